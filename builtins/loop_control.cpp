// loop_control.cpp: break [n] and continue [n] leave or restart the n innermost loops
// (XCU 2.14); outside a loop they do nothing, as in dash.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

namespace {

int loop_control(Shell& sh, Args argv, Flow flow) {
    std::int64_t n = 1;
    if (argv.size() > 2) fail(argv[0], "too many arguments");
    if (argv.size() == 2) {
        auto v = parse_int(argv[1]);
        if (!v || *v < 1) fail(argv[0], argv[1] + ": loop count out of range");
        n = *v;
    }
    if (sh.loop_depth == 0) return 0;
    sh.flow = flow;
    sh.flow_levels = static_cast<int>(std::min<std::int64_t>(n, sh.loop_depth));
    return 0;
}

}  // namespace

int builtin_break(Shell& sh, io::IoStreams&, Args argv) { return loop_control(sh, argv, Flow::Break); }
int builtin_continue(Shell& sh, io::IoStreams&, Args argv) { return loop_control(sh, argv, Flow::Continue); }

}  // namespace ipsh::builtins
