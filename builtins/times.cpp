// times.cpp: times (XCU times): the user and system CPU time of the shell, then of its
// terminated children, in the "0m0.004s 0m0.000s" form of dash and bash.
#include "builtins/builtins.hpp"
#include "shell/shell.hpp"

#include <sys/resource.h>

#include <cstdio>

namespace ipsh::builtins {

namespace {

/// "1m2.345s": minutes, seconds and milliseconds (truncated, as bash prints them).
std::string minutes_seconds(const timeval& tv) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%lldm%lld.%03llds", static_cast<long long>(tv.tv_sec / 60),
                  static_cast<long long>(tv.tv_sec % 60),
                  static_cast<long long>(tv.tv_usec / 1000));
    return buf;
}

}  // namespace

int builtin_times(Shell&, io::IoStreams& io, Args) {
    // Operands are ignored, as in dash and bash (POSIX defines none).
    rusage self{};
    rusage children{};
    ::getrusage(RUSAGE_SELF, &self);
    ::getrusage(RUSAGE_CHILDREN, &children);
    io.out << minutes_seconds(self.ru_utime) << " " << minutes_seconds(self.ru_stime) << "\n";
    io.out << minutes_seconds(children.ru_utime) << " " << minutes_seconds(children.ru_stime)
           << "\n";
    return 0;
}

}  // namespace ipsh::builtins
