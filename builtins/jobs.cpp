// jobs.cpp: jobs [-lp] [job...], fg [job], bg [job...]: job control builtins.
#include "builtins/builtins.hpp"
#include "builtins/jobspec.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_jobs(Shell& sh, io::IoStreams& io, Args argv) {
    bool longfmt = false;
    bool pids = false;
    OptParser op(argv, "lp");
    while (char c = op.next()) {
        if (c == 'l') longfmt = true;
        if (c == 'p') pids = true;
    }
    jobs::reap_ready(sh.jobs);
    std::vector<jobs::Job*> list;
    if (op.rest().empty()) {
        for (auto& j : sh.jobs.all()) {
            if (j->id > 0 && !j->hidden) list.push_back(j.get());
        }
    } else {
        for (const auto& spec : op.rest()) {
            std::string err;
            jobs::Job* j = resolve_job(sh, spec, err, true);
            if (!j) fail("jobs", err, 1);
            list.push_back(j);
        }
    }
    // `kill $(jobs -p)`: inside a command substitution (output captured, fd -1) the listing
    // must not count as the report that forgets finished jobs.
    const bool captured = io.out.fd() < 0;
    std::vector<const jobs::Job*> finished;
    for (jobs::Job* j : list) {
        if (pids) {
            io.out << static_cast<long long>(j->pgid ? j->pgid : j->procs.front().pid) << "\n";
        } else {
            io.out << job_line(sh, *j, longfmt) << "\n";
        }
        if (captured) continue;
        j->changed = false;
        if (j->done()) finished.push_back(j);
    }
    for (const auto* j : finished) sh.jobs.remove(j);
    return 0;
}

namespace {

jobs::Job* pick(Shell& sh, Args argv, size_t i, const char* who) {
    std::string err;
    jobs::Job* j = nullptr;
    if (i < argv.size()) {
        j = resolve_job(sh, argv[i], err, true);
    } else {
        j = sh.jobs.current();
        if (!j) err = "no current job";
    }
    if (!j) fail(who, err, 1);
    return j;
}

}  // namespace

int builtin_fg(Shell& sh, io::IoStreams& io, Args argv) {
    if (!sh.job_control()) fail("fg", "no job control", 1);
    size_t i = 1;
    if (i < argv.size() && argv[i] == "--") ++i;
    jobs::Job* j = pick(sh, argv, i, "fg");
    if (j->done()) fail("fg", "job has terminated", 1);
    io.out << j->text << "\n";
    io.out.flush();
    sh.jobs.set_current(*j);
    return sh.executor().continue_job(*j, true);
}

int builtin_bg(Shell& sh, io::IoStreams& io, Args argv) {
    if (!sh.job_control()) fail("bg", "no job control", 1);
    size_t i = 1;
    if (i < argv.size() && argv[i] == "--") ++i;
    int status = 0;
    do {
        jobs::Job* j = pick(sh, argv, i, "bg");
        if (j->running()) {
            sh.error("bg: job " + std::to_string(j->id) + " already in background");
            continue;
        }
        if (j->done()) fail("bg", "job has terminated", 1);
        io.out << "[" << static_cast<long long>(j->id) << "] " << j->text << " &\n";
        sh.executor().continue_job(*j, false);
        sh.last_bg_pid = j->procs.back().pid;
    } while (++i < argv.size());
    return status;
}

}  // namespace ipsh::builtins
