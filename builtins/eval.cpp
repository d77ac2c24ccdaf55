// eval.cpp: eval [arg...]: joins its operands with spaces and runs them as shell input. A
// leading `--` is skipped and another word starting with '-' is an invalid option, as in bash
// (dash runs it as a command).
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_eval(Shell& sh, io::IoStreams& io, Args argv) {
    std::string text;
    size_t first = 1;
    if (first < argv.size() && argv[first] == "--") {
        ++first;
    } else if (first < argv.size() && argv[first].size() > 1 && argv[first][0] == '-') {
        fail("eval", argv[first] + ": invalid option", 2);
    }
    for (size_t i = first; i < argv.size(); ++i) {
        if (i > first) text.push_back(' ');
        text += argv[i];
    }
    io.out.flush();
    // $? inside is the status from before eval: `(exit 5); eval 'echo $?'` prints 5.
    exec::ExecResult r = sh.executor().run_string(text, sh.current_line);
    sh.flow = r.flow;
    sh.flow_levels = r.levels;
    return r.status;
}

}  // namespace ipsh::builtins
