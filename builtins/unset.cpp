// unset.cpp: unset [-f|-v|-n] name...: removes variables (default) or functions. Without
// -f or -v, a name that is no variable but a function removes the function (bash; POSIX
// leaves it unspecified). unset 'a[i]' removes one element of an array. A nameref's
// variable is removed; -n removes the nameref itself (bash).
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_unset(Shell& sh, io::IoStreams&, Args argv) {
    bool funcs = false;
    bool vars_only = false;
    bool ref = false;
    OptParser op(argv, "fvn");
    while (char c = op.next()) {
        if (c == 'f') funcs = true;
        if (c == 'v') vars_only = true;
        if (c == 'n') ref = true;
    }
    if (funcs && vars_only) fail("unset", "cannot simultaneously unset a function and a variable");
    int status = 0;
    for (const auto& name : op.rest()) {
        if (funcs) {
            sh.functions.erase(name);
            continue;
        }
        std::string base;
        std::string sub;
        if (!funcs && split_subscripted(name, base, sub)) {
            // unset 'a[i]' removes one element; unset 'a[@]' the whole array (bash).
            if (sub == "@" || sub == "*") {
                if (!sh.vars.unset(base)) fail("unset", base + ": readonly variable", 2);
            } else if (!sh.unset_element(base, sub)) {
                status = 1;
            }
            continue;
        }
        if (!vars_only && !sh.vars.find_raw(name) && sh.functions.erase(name)) continue;  // no such variable: the function (bash)
        if (!lex::is_name(name)) fail("unset", name + ": bad variable name", 2);
        if (!sh.vars.unset(name, !ref)) {
            fail("unset", (ref ? name : sh.vars.resolve(name)) + ": readonly variable", 2);
        }
    }
    return status;
}

}  // namespace ipsh::builtins
