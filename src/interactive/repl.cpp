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

// The process group the shell was started in, given the terminal back at exit (see
// release_terminal). Set once by init_job_control; like the Readline callback globals in
// line_editor.cpp it lives outside Shell only because Shell has no field for it.
pid_t g_original_pgrp = -1;

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
    // Started in the background (`ipsh &` from another shell): wait, stopped by SIGTTIN,
    // until we are put in the foreground. An inherited SIG_IGN would turn this into a busy
    // loop, so SIGTTIN gets its default action for the wait (bash does the same);
    // install_signal_handlers() below ignores it again.
    for (;;) {
        pid_t fg = ::tcgetpgrp(fd);
        if (fg < 0) {
            ::close(fd);
            return false;
        }
        pid_t pg = ::getpgrp();
        if (fg == pg) break;
        signals::default_signal(SIGTTIN);
        ::kill(-pg, SIGTTIN);
    }
    sh.tty_fd = fd;
    sh.opt.monitor = true;
    sh.install_signal_handlers();  // ignore SIGTSTP/SIGTTIN/SIGTTOU from now on
    // `sh -c 'ipsh; read x'`: the shell shares sh's group. It moves to a group of its own
    // (so its jobs can have theirs and Ctrl-Z never stops it) and gives the terminal back to
    // sh's group when it exits, or sh's `read` would stop with SIGTTIN.
    g_original_pgrp = ::getpgrp();
    pid_t me = ::getpid();
    if (g_original_pgrp != me) ::setpgid(0, me);
    sh.shell_pgid = me;
    ::tcsetpgrp(fd, me);
    sh.has_tmodes = ::tcgetattr(fd, &sh.shell_tmodes) == 0;
    return true;
}

void release_terminal(Shell& sh) {
    if (sh.tty_fd < 0 || sh.is_subshell() || g_original_pgrp <= 0) return;
    if (g_original_pgrp == sh.shell_pgid || ::tcgetpgrp(sh.tty_fd) != sh.shell_pgid) return;
    // SIGTTOU is ignored, so handing the terminal over from the foreground cannot stop us.
    // Both calls fail harmlessly when the original group is gone.
    ::tcsetpgrp(sh.tty_fd, g_original_pgrp);
    ::setpgid(0, g_original_pgrp);
}

int run_interactive(Shell& sh) {
    // Readline edits multibyte text in the character type main() took from LC_ALL,
    // LC_CTYPE or LANG (Shell::apply_locale).
    LineEditor ed(sh);
    sh.editor = &ed;
    ed.load_history();
    InteractiveSource src(sh, ed);
    sh.executor().run_source(src, 1, true);
    sh.exit_shell(sh.last_status);
}

}  // namespace ipsh::interactive
