// exec.cpp: exec [command [arg...]]: without a command its redirections stay in effect;
// with one, the shell is replaced. A failed exec ends a non-interactive shell (126/127).
#include "builtins/builtins.hpp"
#include "exec/executor.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_exec(Shell& sh, io::IoStreams& io, Args argv) {
    size_t first = 1;
    if (first < argv.size() && argv[first] == "--") ++first;
    if (first >= argv.size()) {
        sh.executor().keep_redirections = true;
        return 0;
    }
    io.out.flush();
    io.err.flush();
    std::vector<std::string> cmd(argv.begin() + static_cast<std::ptrdiff_t>(first), argv.end());
    int status = sh.executor().exec_replace(cmd);
    sh.install_signal_handlers();
    if (!sh.opt.interactive) throw ShellError{status, "", ErrorKind::ExecFailed};
    return status;
}

}  // namespace ipsh::builtins
