// wait.cpp: wait [-n] [pid|%job...]: waits for background jobs (-n, as in bash: for the
// next one to finish). Returns the status of the last
// operand (127 when unknown), or 128+N when a trapped signal N interrupts the wait.
#include "builtins/builtins.hpp"
#include "builtins/jobspec.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <sys/wait.h>

namespace ipsh::builtins {

namespace {

/// Reaps until `done()` is true. Returns 0, or 128+sig for a trapped signal.
template <class Done>
int wait_until(Shell& sh, Done done) {
    // Collect state changes that already happened (a SIGCONT after a stop) before judging.
    jobs::reap_ready(sh.jobs);
    auto trapped = [&]() {
        for (int s = 1; s < NSIG; ++s) {
            const auto& a = sh.traps.action[static_cast<size_t>(s)];
            if (signals::pending(s) && a && !a->empty()) return s;
        }
        return 0;
    };
    while (!done()) {
        // A trapped signal that came while another child was being reaped (no EINTR then,
        // as in `(kill -USR1 $$) & wait $long`) still ends the wait.
        if (int s = trapped()) return 128 + s;
        jobs::Reap r = jobs::reap_one(sh.jobs, true);
        if (r == jobs::Reap::NoChildren) break;
        if (r == jobs::Reap::Interrupted) {
            if (int s = trapped()) return 128 + s;
            if (signals::pending(SIGINT) && sh.opt.interactive) return 130;
        }
    }
    return 0;
}

}  // namespace

int builtin_wait(Shell& sh, io::IoStreams& io, Args argv) {
    // Under job control a stopped job ends the wait (its status is 128+signal); otherwise,
    // as in dash and bash, wait waits for the job to terminate.
    const bool stops_count = sh.job_control();
    size_t i = 1;
    if (i < argv.size() && argv[i] == "-n") {
        // wait -n (bash): the next background job to finish; 127 when there is none.
        auto candidates = [&]() {
            std::vector<jobs::Job*> v;
            for (auto& j : sh.jobs.all()) {
                if (!j->hidden && !j->foreground) v.push_back(j.get());
            }
            return v;
        };
        if (candidates().empty()) return 127;
        jobs::Job* finished = nullptr;
        int r = wait_until(sh, [&]() {
            for (auto* j : candidates()) {
                if (j->done()) {
                    finished = j;
                    return true;
                }
            }
            return candidates().empty();
        });
        if (r) return r;
        if (!finished) return 127;
        int status = finished->status(sh.opt.pipefail);
        sh.jobs.remove(finished);
        return status;
    }
    if (i < argv.size() && argv[i] == "--") ++i;
    if (i >= argv.size()) {
        int r = wait_until(sh, [&]() {
            for (auto& j : sh.jobs.all()) {
                if (!j->hidden && !j->foreground && !j->done() && !(stops_count && j->stopped())) return false;
            }
            return true;
        });
        if (r) return r;
        // Everything has been waited for: forget finished background jobs.
        std::vector<const jobs::Job*> done;
        for (auto& j : sh.jobs.all()) {
            if (j->done() && !sh.opt.interactive) done.push_back(j.get());
        }
        for (const auto* j : done) sh.jobs.remove(j);
        return 0;
    }
    int status = 0;
    for (; i < argv.size(); ++i) {
        const std::string& spec = argv[i];
        std::string err;
        jobs::Job* job = nullptr;
        pid_t pid = 0;
        if (!spec.empty() && spec[0] == '%') {
            job = resolve_job(sh, spec, err, true);
            if (!job) {
                sh.error("wait: " + err);
                status = 127;
                continue;
            }
        } else {
            auto n = parse_int(spec);
            if (!n || *n <= 0) fail("wait", "'" + spec + "': not a pid or valid job spec");
            pid = static_cast<pid_t>(*n);
            job = sh.jobs.by_pid(pid);
            if (!job) {
                status = 127;
                continue;
            }
        }
        int r = wait_until(sh, [&]() { return job->done() || (stops_count && job->stopped()); });
        if (r) return r;
        int ws = job->procs.back().wstatus;
        if (pid) {
            status = 0;
            for (auto& p : job->procs) {
                if (p.pid == pid) {
                    status = jobs::status_from_wait(p.wstatus);
                    ws = p.wstatus;
                }
            }
        } else {
            status = job->status(sh.opt.pipefail);
        }
        // Like dash and bash, say why a waited-for job died ("Terminated", "Killed").
        if (job->done() && WIFSIGNALED(ws) && WTERMSIG(ws) != SIGINT && WTERMSIG(ws) != SIGPIPE) {
            std::string d = signals::description(WTERMSIG(ws));
            if (WCOREDUMP(ws)) d += " (core dumped)";
            io.err << d << "\n";
        }
        if (job->done()) sh.jobs.remove(job);
    }
    return status;
}

}  // namespace ipsh::builtins
