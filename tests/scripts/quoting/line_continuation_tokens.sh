# Backslash-newline is removed before tokens are recognised (XCU 2.2.1): inside reserved
# words, operators (&& || ;; >> <> >& <& << >|), here-document delimiters and assignments.
\
!\
 false
echo "bang st=$?"
\
{\
 echo 1
\
}\
||
\
{\
 echo 2
\
}\

\
c\
a\
s\
e\
 a \
i\
n\
 (a) echo case\
;\
;\
e\
s\
a\
c\

true\
&\
&\
\
false\
|\
|\
\
echo andor
echo 1 >redir
echo 2 \
3\
>\
>\
\
redir \
>\
&\
\
3
cat \
4\
<\
>\
redir \
<\
&\
\
4
cat \
<\
<\
\
E\
N\
D\

foo
END
fo\
o\
=\
b\
ar
echo $foo
