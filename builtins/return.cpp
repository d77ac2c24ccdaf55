// return.cpp: return [n] from a function or a sourced file. At the top of a non-interactive
// shell it ends the shell, as in dash.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_return(Shell& sh, io::IoStreams&, Args argv) {
    // A bare return that ends a trap action uses $? from before the action (XCU return).
    int status = sh.trap_status >= 0 && sh.func_depth == sh.trap_func_depth ? sh.trap_status
                                                                            : sh.last_status;
    if (argv.size() > 2) fail("return", "too many arguments");
    if (argv.size() == 2) {
        auto n = parse_int(argv[1]);
        if (!n) fail("return", argv[1] + ": numeric argument required");
        status = static_cast<int>(static_cast<std::uint64_t>(*n) & 0xff);
    }
    if (sh.func_depth == 0 && sh.source_depth == 0) {
        if (sh.opt.interactive) fail("return", "can only return from a function or sourced file", 1);
        sh.flow = Flow::Exit;
        return status;
    }
    sh.flow = Flow::Return;
    return status;
}

}  // namespace ipsh::builtins
