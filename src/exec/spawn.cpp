// spawn.cpp: the external-command fast path: vfork() and exec, with everything the child
// must do decided beforehand (STYLE §4 ChildPlan). The child shares the parent's memory until
// it execs, so between vfork and exec it makes system calls only: no allocation, no locks,
// no writes to shared state other than the exec error slot.
//
// Why not posix_spawn: glibc's child walks all 64 signal dispositions before exec (it cannot
// know which ones the parent changed); we do know, and skipping that walk is what makes a
// loop of external commands as fast as dash's.
#include "exec/spawn.hpp"

#include "signals/signals.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

namespace ipsh::exec {

namespace {

/// What the vforked child reads (all prepared by the parent) and writes back.
struct ChildArgs {
    const SpawnPlan* plan;
    int reset[NSIG];  // signals to put back to SIG_DFL
    int nreset;
    volatile int exec_errno;
};

[[noreturn]] [[gnu::noinline]] void child(ChildArgs* a) {
    const SpawnPlan& p = *a->plan;
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int i = 0; i < a->nreset; ++i) ::sigaction(a->reset[i], &dfl, nullptr);
    if (p.pgid >= 0) ::setpgid(0, p.pgid);
    // All signals are still blocked, so taking the terminal from a background process group
    // does not raise SIGTTOU.
    if (p.tty_fd >= 0) ::tcsetpgrp(p.tty_fd, p.pgid > 0 ? p.pgid : ::getpid());
    for (const auto& act : p.actions) {
        if (act.from < 0) {
            ::close(act.to);
        } else if (act.from == act.to) {
            int fl = ::fcntl(act.to, F_GETFD);
            if (fl >= 0) ::fcntl(act.to, F_SETFD, fl & ~FD_CLOEXEC);
        } else if (::dup2(act.from, act.to) < 0) {
            a->exec_errno = errno;
            ::_exit(127);
        }
    }
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::execve(p.path.c_str(), p.argv.data(), p.envp);
    a->exec_errno = errno;
    ::_exit(127);
}

}  // namespace

pid_t spawn(const SpawnPlan& plan, int& err) {
    ChildArgs args{};
    args.plan = &plan;
    args.nreset = 0;
    args.exec_errno = 0;
    signals::child_resets(args.reset, args.nreset, plan.keep_ignored);
    sigset_t all;
    sigset_t old;
    sigfillset(&all);
    ::sigprocmask(SIG_SETMASK, &all, &old);
    pid_t pid = ::vfork();
    if (pid == 0) child(&args);
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    if (pid < 0) {
        err = errno;
        return -1;
    }
    if (args.exec_errno != 0) {
        // The child has already exited; collect it here so no zombie is left.
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        err = args.exec_errno;
        return -1;
    }
    err = 0;
    return pid;
}

}  // namespace ipsh::exec
