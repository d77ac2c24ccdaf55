# <<- strips the leading tabs of each logical line; after a backslash-newline the tabs
# of the continued line stay (dash, bash).
cat <<-E
	a\
	b
		c
	
	E
echo end
cat <<-E
		
x\
	E
	E
