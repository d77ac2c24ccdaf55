// let.cpp: let expr...: evaluates each operand as an arithmetic expression (bash, ksh). The
// status is 0 when the last value is not zero, 1 when it is zero or an expression is bad
// (the error is reported and the shell goes on, as for `(( ))`).
#include "builtins/builtins.hpp"
#include "expand/expand.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_let(Shell& sh, io::IoStreams&, Args argv) {
    size_t i = 1;
    if (i < argv.size() && argv[i] == "--") ++i;
    if (i >= argv.size()) {
        sh.error("let: expression expected");
        return 1;
    }
    std::int64_t v = 0;
    for (; i < argv.size(); ++i) {
        try {
            v = expand::arith(sh, argv[i]);
        } catch (const ShellError& e) {
            if (e.kind != ErrorKind::Arithmetic) throw;
            return 1;
        }
    }
    return v != 0 ? 0 : 1;
}

}  // namespace ipsh::builtins
