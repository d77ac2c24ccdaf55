// exit.cpp: exit [n]: leaves the shell through the executor (Flow::Exit), so EXIT traps run.
// An interactive shell with stopped jobs warns once first.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_exit(Shell& sh, io::IoStreams& io, Args argv) {
    int status = sh.trap_status >= 0 ? sh.trap_status : sh.last_status;
    if (argv.size() > 2) fail("exit", "too many arguments");  // a usage error: 2, like the others
    if (argv.size() == 2) {
        auto n = parse_int(argv[1]);
        if (!n) {
            sh.error("exit: " + argv[1] + ": numeric argument required");
            status = 2;
        } else {
            status = static_cast<int>(static_cast<std::uint64_t>(*n) & 0xff);
        }
    }
    // Collect jobs that ended meanwhile (a stopped job just killed is not "stopped" any more).
    jobs::reap_ready(sh.jobs);
    if (sh.opt.interactive && !sh.is_subshell() && sh.jobs.has_stopped() && sh.stopped_jobs_warned == 0) {
        sh.stopped_jobs_warned = 1;
        io.err << "There are stopped jobs.\n";
        return 1;
    }
    sh.flow = Flow::Exit;
    return status;
}

}  // namespace ipsh::builtins
