// repl.cpp: the interactive shell: job-control set-up on the terminal, then the read-eval
// loop over an InteractiveSource.
#include "interactive/line_editor.hpp"

#include "exec/executor.hpp"
#include "io/fd.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <csignal>

namespace ipsh::interactive {

bool init_job_control(Shell& sh) {
    int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        if (!::isatty(0)) return false;
        fd = io::dup_high(0, 10);
        if (fd < 0) return false;
    }
    // Keep the terminal on a high descriptor so `exec 2>/dev/null` and friends leave it alone.
    int high = io::dup_high(fd, 60);
    if (high >= 0) {
        ::close(fd);
        fd = high;
    }
    // Started in the background: wait (stopped by SIGTTIN) until we are in the foreground.
    for (;;) {
        pid_t fg = ::tcgetpgrp(fd);
        if (fg < 0) {
            ::close(fd);
            return false;
        }
        pid_t pg = ::getpgrp();
        if (fg == pg) break;
        ::kill(-pg, SIGTTIN);
    }
    sh.tty_fd = fd;
    sh.opt.monitor = true;
    sh.install_signal_handlers();  // ignore SIGTSTP/SIGTTIN/SIGTTOU from now on
    pid_t me = ::getpid();
    if (::getpgrp() != me) ::setpgid(0, me);
    sh.shell_pgid = me;
    ::tcsetpgrp(fd, me);
    sh.has_tmodes = ::tcgetattr(fd, &sh.shell_tmodes) == 0;
    return true;
}

int run_interactive(Shell& sh) {
    LineEditor ed(sh);
    sh.editor = &ed;
    ed.load_history();
    InteractiveSource src(sh, ed);
    sh.executor().run_source(src, 1, true);
    sh.exit_shell(sh.last_status);
}

}  // namespace ipsh::interactive
