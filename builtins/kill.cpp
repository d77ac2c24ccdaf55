// kill.cpp: kill [-s sig | -n num | -sig] pid|%job... and kill -l [exit_status|sig...]
// (XCU kill). A job under job control gets the signal on its whole process group, as the
// terminal would deliver it; other jobs get it on each of their processes. Every operand is
// tried even when an earlier one fails; any failure makes the status 1.
#include "builtins/builtins.hpp"
#include "builtins/jobspec.hpp"
#include "builtins/util.hpp"
#include "io/fd.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <signal.h>

#include <cerrno>

namespace ipsh::builtins {

namespace {

constexpr const char* kUsage =
    "usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [exitstatus]";

/// True when `sig` is a signal with a name (not EXIT, not an unused number).
bool named_signal(int sig) {
    if (sig <= 0 || sig >= NSIG) return false;
    std::string n = signals::name_of(sig);
    return !n.empty() && (n[0] < '0' || n[0] > '9');
}

/// kill -l: every name, one per line; or each operand translated (number or exit status to
/// name, name to number).
int list(Shell& sh, io::IoStreams& io, Args operands) {
    if (operands.empty()) {
        for (int s : signals::all_signals()) io.out << signals::name_of(s) << "\n";
        return 0;
    }
    int status = 0;
    for (const auto& a : operands) {
        if (auto n = parse_int(a)) {
            // An exit status of a signalled process is 128+N (XCU kill, -l).
            std::int64_t s = *n > 128 ? *n - 128 : *n;
            if (s > 0 && s < NSIG && named_signal(static_cast<int>(s))) {
                io.out << signals::name_of(static_cast<int>(s)) << "\n";
                continue;
            }
        } else if (auto s = signals::from_name(a); s && *s > 0) {
            io.out << *s << "\n";
            continue;
        }
        io.out.flush();
        sh.error("kill: " + a + ": invalid signal specification");
        status = 1;
    }
    return status;
}

/// Sends `sig` to `pid`; reports a failure as bash does ("kill: (123) - No such process").
bool send(Shell& sh, pid_t pid, int sig) {
    if (::kill(pid, sig) == 0) return true;
    sh.error("kill: (" + std::to_string(pid) + ") - " + io::errno_text(errno));
    return false;
}

bool send_job(Shell& sh, jobs::Job& job, int sig) {
    bool ok = true;
    jobs::reap_ready(sh.jobs);  // learn of stops that happened since the last reap
    if (job.job_control && job.pgid > 0) {
        ok = send(sh, -job.pgid, sig);
        // A stopped job would only see TERM or HUP once continued: continue it (as bash does)
        // so `kill %1` ends a stopped job at once.
        if (ok && job.stopped() && (sig == SIGTERM || sig == SIGHUP)) ::kill(-job.pgid, SIGCONT);
        return ok;
    }
    for (auto& p : job.procs) {
        if (p.state == jobs::ProcState::Done) continue;
        if (!send(sh, p.pid, sig)) ok = false;
        if (p.state == jobs::ProcState::Stopped && (sig == SIGTERM || sig == SIGHUP))
            ::kill(p.pid, SIGCONT);
    }
    return ok;
}

int signal_or_fail(const std::string& spec) {
    auto s = signals::from_name(spec);
    if (!s) fail("kill", spec + ": invalid signal specification", 1);
    return *s;
}

}  // namespace

int builtin_kill(Shell& sh, io::IoStreams& io, Args argv) {
    if (argv.size() < 2) fail("kill", kUsage);
    size_t i = 1;
    int sig = SIGTERM;
    const std::string& first = argv[1];
    if (first == "-l" || first == "-L") {
        size_t k = 2;
        if (k < argv.size() && argv[k] == "--") ++k;
        return list(sh, io, argv.subspan(k));
    }
    if (first == "-s" || first == "-n") {
        if (argv.size() < 3) fail("kill", first + ": option requires an argument");
        if (first == "-n" && !parse_int(argv[2]))
            fail("kill", argv[2] + ": invalid signal specification", 1);
        sig = signal_or_fail(argv[2]);
        i = 3;
    } else if (first == "--") {
        i = 2;
    } else if (first.size() > 1 && first[0] == '-') {
        // -SIG, -NUM (POSIX): the first operand starting with '-' names the signal.
        sig = signal_or_fail(first.substr(1));
        i = 2;
    }
    if (i < argv.size() && argv[i] == "--" && i > 1 && argv[i - 1] != "--") ++i;
    if (i >= argv.size()) fail("kill", kUsage);

    int status = 0;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (!a.empty() && a[0] == '%') {
            std::string err;
            jobs::Job* job = resolve_job(sh, a, err, true);
            if (!job) {
                sh.error("kill: " + err);
                status = 1;
            } else if (!send_job(sh, *job, sig)) {
                status = 1;
            }
            continue;
        }
        auto pid = parse_int(a);
        if (!pid || *pid != static_cast<pid_t>(*pid)) {
            sh.error("kill: " + a + ": arguments must be process or job IDs");
            status = 1;
            continue;
        }
        // A negative pid names a process group (kill -- -PGID); 0 the shell's own group.
        if (!send(sh, static_cast<pid_t>(*pid), sig)) status = 1;
    }
    return status;
}

}  // namespace ipsh::builtins
