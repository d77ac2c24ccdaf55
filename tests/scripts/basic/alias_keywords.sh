# Aliases are substituted wherever a command may start, before reserved words are looked
# for: they can produce `}`, `then`, `do`, `done`, `esac`, `;;`, `!`, `(` and `)`. Reserved
# words themselves are never aliases (XCU 2.3.1).
alias a='echo ABC' begin='{' end='}'
if true; then begin a; end; fi
alias i='if echo' t='then echo' ei='elif echo' es='else echo' f='fi </dev/null'
i if; then echo then1; elif echo elif; then echo then2; else echo else; fi
if echo if; t then1; elif echo elif; then echo then2; else echo else; fi
if false; then echo then1; ei elif; then echo then2; else echo else; fi
if false; then echo then1; elif false; then echo then2; es else; fi
if false; then echo then1; elif false; then echo then2; else echo else; f
alias w='while :' u='until :' d='do echo' dn='done | cat -'
w X; true; d while; break; dn
u X; false; d until; break; dn
alias c='case a in a) :' e='esac </dev/null | cat -'
c X; echo A; e
alias s=';;'
case a in
    (b) s
    (a) echo "after ;;"
esac
alias n='! echo'
if n negated; then echo then; else echo else; fi
alias l='(' r=')'
v=A
l echo subshell; v=B; r
echo "$v"
alias if=: then=: else=: fi=: for=: do=: done=:
if true; then echo "reserved words win"; else echo else; fi
for x in A; do echo "$x"; done
