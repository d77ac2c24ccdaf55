// spawn.hpp: the fast path for external commands: vfork() and exec, with fd actions,
// process group, terminal and signal dispositions decided in the parent (STYLE §4 ChildPlan).
#pragma once

#include "exec/redirect.hpp"

#include <sys/types.h>

#include <array>
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
    std::array<bool, NSIG> keep_ignored{};  // user-ignored signals (trap '' SIG) stay ignored
};

/// Spawns the child. Returns its pid, or -1 with `err` set to the exec errno (the failed
/// child is already reaped).
pid_t spawn(const SpawnPlan& plan, int& err);

}  // namespace ipsh::exec
