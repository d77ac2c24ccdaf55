// ulimit.cpp: ulimit [-HS] [-a | -Rcdefilmnpqrstuvx...] [limit] (XCU ulimit, with bash's
// resource letters). Shows the soft limit (-H: the hard one) or sets both (-H or -S: only that
// one). Units follow bash in POSIX mode: 512-byte blocks for -c and -f, KiB for -d -l -m -s -v.
// -a lists everything in bash's layout.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "io/fd.hpp"
#include "shell/shell.hpp"

#include <sys/resource.h>

#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <vector>

namespace ipsh::builtins {

namespace {

constexpr int kPipeSize = -1;  // -p: not a resource, reported as PIPE_BUF in 512-byte units

struct Limit {
    char option;
    int resource;
    rlim_t factor;      // bytes (or units) per displayed unit
    const char* text;   // description for -a
    const char* units;  // shown in parentheses, or nullptr
};

// bash's order (alphabetical by option letter, -R first) so `ulimit -a` reads the same.
constexpr std::array<Limit, 17> kLimits = {{
    {'R', RLIMIT_RTTIME, 1, "real-time non-blocking time", "microseconds"},
    {'c', RLIMIT_CORE, 512, "core file size", "blocks"},
    {'d', RLIMIT_DATA, 1024, "data seg size", "kbytes"},
    {'e', RLIMIT_NICE, 1, "scheduling priority", nullptr},
    {'f', RLIMIT_FSIZE, 512, "file size", "blocks"},
    {'i', RLIMIT_SIGPENDING, 1, "pending signals", nullptr},
    {'l', RLIMIT_MEMLOCK, 1024, "max locked memory", "kbytes"},
    {'m', RLIMIT_RSS, 1024, "max memory size", "kbytes"},
    {'n', RLIMIT_NOFILE, 1, "open files", nullptr},
    {'p', kPipeSize, 512, "pipe size", "512 bytes"},
    {'q', RLIMIT_MSGQUEUE, 1, "POSIX message queues", "bytes"},
    {'r', RLIMIT_RTPRIO, 1, "real-time priority", nullptr},
    {'s', RLIMIT_STACK, 1024, "stack size", "kbytes"},
    {'t', RLIMIT_CPU, 1, "cpu time", "seconds"},
    {'u', RLIMIT_NPROC, 1, "max user processes", nullptr},
    {'v', RLIMIT_AS, 1024, "virtual memory", "kbytes"},
    {'x', RLIMIT_LOCKS, 1, "file locks", nullptr},
}};

const Limit* find_limit(char c) {
    for (const auto& l : kLimits) {
        if (l.option == c) return &l;
    }
    return nullptr;
}

std::string value_text(const Limit& l, bool hard) {
    rlim_t v;
    if (l.resource == kPipeSize) {
        v = PIPE_BUF;
    } else {
        rlimit r{};
        if (::getrlimit(l.resource, &r) != 0) return "error";
        v = hard ? r.rlim_max : r.rlim_cur;
    }
    if (v == RLIM_INFINITY) return "unlimited";
    return std::to_string(static_cast<unsigned long long>(v / l.factor));
}

/// "core file size              (blocks, -c) ": bash's "%-20s %20s" layout.
std::string label(const Limit& l) {
    char unit[64];
    if (l.units) {
        std::snprintf(unit, sizeof unit, "(%s, -%c) ", l.units, l.option);
    } else {
        std::snprintf(unit, sizeof unit, "(-%c) ", l.option);
    }
    char buf[128];
    std::snprintf(buf, sizeof buf, "%-20s %20s", l.text, unit);
    return buf;
}

/// Sets `l` from the operand text: a number of units, "unlimited", "hard" or "soft".
void set_limit(const Limit& l, const std::string& text, bool soft, bool hard) {
    std::string what = std::string(l.text) + ": cannot modify limit: ";
    if (l.resource == kPipeSize) fail("ulimit", what + io::errno_text(EINVAL), 1);
    rlimit r{};
    if (::getrlimit(l.resource, &r) != 0) fail("ulimit", what + io::errno_text(errno), 1);
    rlim_t v;
    if (text == "unlimited") {
        v = RLIM_INFINITY;
    } else if (text == "hard") {
        v = r.rlim_max;
    } else if (text == "soft") {
        v = r.rlim_cur;
    } else {
        auto n = parse_int(text);
        if (!n || *n < 0 || text[0] == '+' || text[0] == '-')
            fail("ulimit", text + ": invalid number");
        auto u = static_cast<rlim_t>(*n);
        if (u > (RLIM_INFINITY - 1) / l.factor) fail("ulimit", text + ": limit out of range");
        v = u * l.factor;
    }
    if (soft) r.rlim_cur = v;
    if (hard) r.rlim_max = v;
    if (::setrlimit(l.resource, &r) != 0) fail("ulimit", what + io::errno_text(errno), 1);
}

}  // namespace

int builtin_ulimit(Shell&, io::IoStreams& io, Args argv) {
    bool hard = false;
    bool soft = false;
    bool all = false;
    std::vector<const Limit*> chosen;
    OptParser op(argv, "HSaRcdefilmnpqrstuvx");
    while (char c = op.next()) {
        if (c == 'H') {
            hard = true;
        } else if (c == 'S') {
            soft = true;
        } else if (c == 'a') {
            all = true;
        } else {
            chosen.push_back(find_limit(c));
        }
    }
    auto rest = op.rest();
    if (rest.size() > 1) fail("ulimit", "too many arguments");
    if (all) {
        if (!rest.empty()) fail("ulimit", "too many arguments");
        for (const auto& l : kLimits) io.out << label(l) << value_text(l, hard && !soft) << "\n";
        return 0;
    }
    if (chosen.empty()) chosen.push_back(find_limit('f'));  // POSIX: -f is the default
    if (rest.empty()) {
        // Several resources are labelled as in -a; one is shown as a bare value.
        for (const Limit* l : chosen) {
            if (chosen.size() > 1) io.out << label(*l);
            io.out << value_text(*l, hard && !soft) << "\n";
        }
        return 0;
    }
    // Setting: both limits unless -H or -S narrows it.
    if (!hard && !soft) hard = soft = true;
    for (const Limit* l : chosen) set_limit(*l, rest[0], soft, hard);
    return 0;
}

}  // namespace ipsh::builtins
