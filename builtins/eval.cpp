// eval.cpp: eval [arg...]: joins its operands with spaces and runs them as shell input.
#include "builtins/builtins.hpp"
#include "exec/executor.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_eval(Shell& sh, io::IoStreams& io, Args argv) {
    std::string text;
    for (size_t i = 1; i < argv.size(); ++i) {
        if (i > 1) text.push_back(' ');
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
