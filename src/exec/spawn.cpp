// spawn.cpp: posix_spawn with the plan's actions.
#include "exec/spawn.hpp"

#include <spawn.h>

#include <cerrno>

namespace ipsh::exec {

pid_t spawn(const SpawnPlan& plan, int& err) {
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    sigset_t empty;
    sigemptyset(&empty);
    posix_spawnattr_setsigmask(&attr, &empty);
    posix_spawnattr_setsigdefault(&attr, &plan.sigdefault);
    if (plan.pgid >= 0) {
        flags |= POSIX_SPAWN_SETPGROUP;
        posix_spawnattr_setpgroup(&attr, plan.pgid);
    }
    posix_spawnattr_setflags(&attr, flags);
    for (const auto& a : plan.actions) {
        if (a.from < 0) {
            posix_spawn_file_actions_addclose(&fa, a.to);
        } else {
            posix_spawn_file_actions_adddup2(&fa, a.from, a.to);
        }
    }
    if (plan.tty_fd >= 0) {
        // The child takes the terminal before exec, so a program that reads it at once
        // (vi, less) is never stopped with SIGTTIN.
        posix_spawn_file_actions_addtcsetpgrp_np(&fa, plan.tty_fd);
    }
    pid_t pid = -1;
    int r = ::posix_spawn(&pid, plan.path.c_str(), &fa, &attr, plan.argv.data(), plan.envp);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (r != 0) {
        err = r;
        return -1;
    }
    err = 0;
    return pid;
}

}  // namespace ipsh::exec
