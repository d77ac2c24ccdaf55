# not-dash: namerefs are bash and ksh; checked against bash 5.2.
x=foo
declare -n r=x
echo "${r} ${#r} ${r^^} ${r/o/0} ${r:1} ${r:-d} ${r:+set}"
# ${!r} is the name r refers to (bash), at the end of a chain
declare -n r2=r
echo "${!r} ${!r2} $r2"
# arrays through a nameref
a=(zero one two three)
declare -n ar=a
echo "${ar[@]} ${#ar[@]} ${!ar[@]} ${ar[2]}"
ar[1]=ONE; ar+=(four); echo "${a[*]}"
declare -A h=([k]=v)
declare -n hr=h; hr[j]=w; echo "${hr[k]} ${hr[j]} ${#hr[@]}"
# a nameref to an element; the subscript is evaluated each time
declare -n el='a[2]'
echo "el=$el"; el=TWO; echo "${a[2]}"
i=0; declare -n ei='a[i+1]'
echo "ei=$ei"; i=2; echo "ei=$ei"
declare -n ec='a[$(echo 1) + 2]'; echo "ec=$ec"
unset el; echo "${a[*]}"
declare -n all='a[@]'; echo "all=$all"
# arithmetic, read, printf -v and ${:=} assign the target
n=3; declare -n nr=n
echo $((nr * 2)); ((nr += 4)); echo "n=$n"
read -r nr <<'IN'
read
IN
echo "n=$n"
printf -v nr '%s' printed; echo "n=$n"
unset n; : "${nr:=dflt}"; echo "n=$n"
# for with a nameref loop variable: each word becomes the target
p=P q=Q
declare -n lv
for lv in p q; do echo "${!lv}=$lv"; done
declare -p lv
# temporary assignments go to the target and come back
t=1; declare -n tr=t
tr=2 printenv t; echo "t=$t"
# circular references warn and read as unset
declare -n c1=c2 c2=c1
echo "c1=[$c1]"
