// unset.cpp: unset [-f|-v] name...: removes variables (default) or functions.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_unset(Shell& sh, io::IoStreams&, Args argv) {
    bool funcs = false;
    bool vars_only = false;
    OptParser op(argv, "fv");
    while (char c = op.next()) {
        if (c == 'f') funcs = true;
        if (c == 'v') vars_only = true;
    }
    if (funcs && vars_only) fail("unset", "cannot simultaneously unset a function and a variable");
    for (const auto& name : op.rest()) {
        if (funcs) {
            sh.functions.erase(name);
            continue;
        }
        if (!lex::is_name(name)) fail("unset", name + ": bad variable name", 1);
        if (!sh.vars.unset(name)) fail("unset", name + ": readonly variable", 1);
    }
    return 0;
}

}  // namespace ipsh::builtins
