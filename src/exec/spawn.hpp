// spawn.hpp: the fast path for external commands: posix_spawn (which glibc implements with
// clone(CLONE_VM|CLONE_VFORK)), with fd actions, process group, terminal and signal
// dispositions decided in the parent (STYLE §4 ChildPlan).
#pragma once

#include "exec/redirect.hpp"

#include <sys/types.h>

#include <csignal>
#include <string>
#include <vector>

namespace ipsh::exec {

struct SpawnPlan {
    std::string path;
    std::vector<char*> argv;  // null-terminated
    char* const* envp = nullptr;
    std::vector<FdAction> actions;
    pid_t pgid = -1;      // -1: stay in the shell's group; 0: new group; >0: join
    int tty_fd = -1;      // when >= 0, make the new group the terminal's foreground
    sigset_t sigdefault;  // dispositions to reset to default in the child
};

/// Spawns the child. Returns its pid, or -1 with `err` set to the exec errno.
pid_t spawn(const SpawnPlan& plan, int& err);

}  // namespace ipsh::exec
