// print_state.cpp: prints what a child inherited from the shell: open descriptors, blocked
// and ignored signals, and whether it leads its process group. Golden tests use it to check
// that children start clean (fish's fish_test_helper).
#include <dirent.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::string what = argc > 1 ? argv[1] : "all";
    if (what == "all" || what == "fds") {
        std::vector<int> fds;
        if (DIR* d = opendir("/proc/self/fd")) {
            int self = dirfd(d);
            while (dirent* e = readdir(d)) {
                if (e->d_name[0] == '.') continue;
                int fd = std::atoi(e->d_name);
                if (fd != self) fds.push_back(fd);
            }
            closedir(d);
        }
        std::printf("fds:");
        for (int fd : fds) std::printf(" %d", fd);
        std::printf("\n");
    }
    if (what == "all" || what == "signals") {
        sigset_t blocked;
        sigprocmask(SIG_BLOCK, nullptr, &blocked);
        std::printf("blocked:");
        for (int s = 1; s < 32; ++s) {
            if (sigismember(&blocked, s)) std::printf(" %d", s);
        }
        std::printf("\nignored:");
        for (int s = 1; s < 32; ++s) {
            struct sigaction sa;
            if (sigaction(s, nullptr, &sa) == 0 && sa.sa_handler == SIG_IGN) std::printf(" %d", s);
        }
        std::printf("\n");
    }
    if (what == "all" || what == "pgrp") {
        std::printf("group leader: %s\n", getpgrp() == getpid() ? "yes" : "no");
    }
    return 0;
}
