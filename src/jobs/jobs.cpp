// jobs.cpp: JobTable and reaping.
#include "jobs/jobs.hpp"

#include "signals/signals.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cerrno>

namespace ipsh::jobs {

bool Job::done() const {
    return std::all_of(procs.begin(), procs.end(),
                       [](const Process& p) { return p.state == ProcState::Done; });
}

bool Job::stopped() const {
    bool any_stopped = false;
    for (const auto& p : procs) {
        if (p.state == ProcState::Running) return false;
        if (p.state == ProcState::Stopped) any_stopped = true;
    }
    return any_stopped;
}

int status_from_wait(int ws) {
    if (WIFEXITED(ws)) return WEXITSTATUS(ws);
    if (WIFSIGNALED(ws)) return 128 + WTERMSIG(ws);
    if (WIFSTOPPED(ws)) return 128 + WSTOPSIG(ws);
    return 0;
}

int Job::status(bool pipefail) const {
    if (procs.empty()) return 0;
    if (stopped()) {
        for (const auto& p : procs) {
            if (p.state == ProcState::Stopped) return status_from_wait(p.wstatus);
        }
    }
    if (pipefail) {
        for (auto it = procs.rbegin(); it != procs.rend(); ++it) {
            int s = status_from_wait(it->wstatus);
            if (s != 0) return s;
        }
        return 0;
    }
    return status_from_wait(procs.back().wstatus);
}

std::string Job::state_text() const {
    if (stopped()) {
        for (const auto& p : procs) {
            if (p.state == ProcState::Stopped) return signals::description(WSTOPSIG(p.wstatus));
        }
    }
    if (!done()) return "Running";
    const int ws = procs.back().wstatus;
    if (WIFSIGNALED(ws)) {
        std::string s = signals::description(WTERMSIG(ws));
        if (WCOREDUMP(ws)) s += " (core dumped)";
        return s;
    }
    int code = WIFEXITED(ws) ? WEXITSTATUS(ws) : 0;
    // POSIX jobs: "Done(code)" for a non-zero exit status (dash, bash --posix).
    return code == 0 ? "Done" : "Done(" + std::to_string(code) + ")";
}

std::string format_job(const Job& job, char mark, bool pid) {
    std::string line = "[" + std::to_string(job.id) + "]" + mark + "  ";
    if (pid && !job.procs.empty()) line += std::to_string(job.procs.front().pid) + " ";
    std::string state = job.state_text();
    if (state.size() < 24) state.resize(24, ' ');
    line += state;
    line += job.text;
    if (job.running() && !job.foreground && (job.text.empty() || job.text.back() != '&')) line += " &";
    return line;
}

Job& JobTable::create(std::string text) {
    auto j = std::make_unique<Job>();
    j->text = std::move(text);
    jobs_.push_back(std::move(j));
    return *jobs_.back();
}

Job* JobTable::by_pid(pid_t pid) {
    for (auto& j : jobs_) {
        for (auto& p : j->procs) {
            if (p.pid == pid) return j.get();
        }
    }
    return nullptr;
}

Job* JobTable::by_id(int id) {
    if (id <= 0) return nullptr;
    for (auto& j : jobs_) {
        if (j->id == id) return j.get();
    }
    return nullptr;
}

void JobTable::make_visible(Job& job) {
    if (job.id == 0) {
        int max = 0;
        for (auto& j : jobs_) max = std::max(max, j->id);
        job.id = max + 1;
    }
    set_current(job);
}

void JobTable::set_current(Job& job) {
    if (job.id == 0) return;
    order_.erase(std::remove(order_.begin(), order_.end(), job.id), order_.end());
    order_.push_back(job.id);
}

void JobTable::remove(const Job* job) {
    if (!job) return;
    int id = job->id;
    order_.erase(std::remove(order_.begin(), order_.end(), id), order_.end());
    jobs_.erase(std::remove_if(jobs_.begin(), jobs_.end(),
                               [job](const std::unique_ptr<Job>& j) { return j.get() == job; }),
                jobs_.end());
}

Job* JobTable::current() {
    // A stopped job is preferred as the current job, as in other shells.
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
        Job* j = by_id(*it);
        if (j && j->stopped()) return j;
    }
    return order_.empty() ? nullptr : by_id(order_.back());
}

Job* JobTable::previous() {
    Job* cur = current();
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
        Job* j = by_id(*it);
        if (j && j != cur) return j;
    }
    return nullptr;
}

Job* JobTable::record(pid_t pid, int ws) {
    Job* j = by_pid(pid);
    if (!j) return nullptr;
    for (auto& p : j->procs) {
        if (p.pid != pid) continue;
        p.wstatus = ws;
        if (WIFSTOPPED(ws)) {
            p.state = ProcState::Stopped;
        } else if (WIFCONTINUED(ws)) {
            p.state = ProcState::Running;
        } else {
            p.state = ProcState::Done;
        }
    }
    j->changed = true;
    return j;
}

bool JobTable::has_running_background() const {
    return std::any_of(jobs_.begin(), jobs_.end(),
                       [](const auto& j) { return !j->foreground && !j->done(); });
}

bool JobTable::has_stopped() const {
    return std::any_of(jobs_.begin(), jobs_.end(), [](const auto& j) { return j->stopped(); });
}

Reap reap_one(JobTable& table, bool block) {
    int ws = 0;
    pid_t pid = ::waitpid(-1, &ws, WUNTRACED | WCONTINUED | (block ? 0 : WNOHANG));
    if (pid < 0) {
        if (errno == EINTR) return Reap::Interrupted;
        return Reap::NoChildren;
    }
    if (pid == 0) return Reap::NothingReady;
    table.record(pid, ws);
    return Reap::Reaped;
}

void reap_ready(JobTable& table) {
    for (;;) {
        Reap r = reap_one(table, false);
        if (r != Reap::Reaped) break;
    }
}

}  // namespace ipsh::jobs
