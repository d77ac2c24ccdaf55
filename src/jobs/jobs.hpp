// jobs.hpp: the job table (one job per pipeline, one process group per job under job
// control), reaping with waitpid, and the terminal hand-off (STYLE §4, dash jobs.c).
#pragma once

#include <sys/types.h>
#include <termios.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ipsh::jobs {

enum class ProcState : std::uint8_t { Running, Stopped, Done };

struct Process {
    pid_t pid = 0;
    ProcState state = ProcState::Running;
    int wstatus = 0;  // raw status from waitpid
    std::string text;
};

struct Job {
    int id = 0;  // job number; 0 until the job is shown to the user
    pid_t pgid = 0;
    std::vector<Process> procs;
    std::string text;
    bool foreground = true;
    bool job_control = false;  // has its own process group
    bool hidden = false;       // command substitution or internal: never listed
    bool changed = false;      // state changed and not yet reported
    bool waited = false;       // status already collected by `wait` or the foreground wait
    termios tmodes{};
    bool has_tmodes = false;

    bool done() const;
    /// Some process stopped and none still running.
    bool stopped() const;
    bool running() const { return !done() && !stopped(); }
    /// The shell's $? for this job: the last process, or with pipefail the last failing one.
    int status(bool pipefail) const;
    /// "Running", "Done", "Exit 3", "Stopped", "Terminated", ...
    std::string state_text() const;
};

/// "[1]+  Stopped                 sleep 30": the line used by `jobs` and job notices.
/// `mark` is '+', '-' or ' '; with `pid` the leader's process ID follows the mark.
std::string format_job(const Job& job, char mark, bool pid);

/// Converts a raw wait status to a shell status (exit code or 128+signal).
int status_from_wait(int wstatus);

class JobTable {
public:
    Job& create(std::string text);
    Job* by_pid(pid_t pid);
    Job* by_id(int id);
    /// Gives the job a number (if it has none) and makes it the current job.
    void make_visible(Job& job);
    void remove(const Job* job);
    /// Records a status from waitpid. Returns the job, or nullptr for an unknown pid.
    Job* record(pid_t pid, int wstatus);
    /// %+ and %-.
    Job* current();
    Job* previous();
    void set_current(Job& job);
    std::vector<std::unique_ptr<Job>>& all() { return jobs_; }
    /// Drops every job (a subshell cannot wait for its parent's children).
    void clear() {
        jobs_.clear();
        order_.clear();
    }
    bool has_running_background() const;
    bool has_stopped() const;

private:
    std::vector<std::unique_ptr<Job>> jobs_;
    std::vector<int> order_;  // job ids, most recently current last
};

enum class Reap : std::uint8_t { Reaped, NoChildren, Interrupted, NothingReady };

/// One waitpid(-1, WUNTRACED [|WNOHANG]) and its bookkeeping. With `block`, EINTR is reported
/// as Interrupted so the caller can look at pending signals.
Reap reap_one(JobTable& table, bool block);

/// Reaps every child that has already changed state (non-blocking).
void reap_ready(JobTable& table);

}  // namespace ipsh::jobs
