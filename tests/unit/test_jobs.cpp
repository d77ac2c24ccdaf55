// test_jobs.cpp: the job table's bookkeeping, current/previous jobs, statuses and formats,
// and signal names.
#include "jobs/jobs.hpp"
#include "signals/signals.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>

using namespace ipsh;

namespace {

// Raw wait statuses as the kernel encodes them (see <sys/wait.h>).
int exited(int code) { return code << 8; }
int killed(int sig) { return sig; }
int stopped(int sig) { return (sig << 8) | 0x7f; }

}  // namespace

TEST_CASE("status_from_wait maps exits and signals") {
    CHECK(jobs::status_from_wait(exited(0)) == 0);
    CHECK(jobs::status_from_wait(exited(3)) == 3);
    CHECK(jobs::status_from_wait(killed(SIGINT)) == 130);
    CHECK(jobs::status_from_wait(killed(SIGKILL)) == 137);
    CHECK(jobs::status_from_wait(stopped(SIGTSTP)) == 128 + SIGTSTP);
}

TEST_CASE("a pipeline job is done only when every process is") {
    jobs::JobTable t;
    jobs::Job& j = t.create("a | b");
    j.procs.push_back({100, jobs::ProcState::Running, 0, "a"});
    j.procs.push_back({101, jobs::ProcState::Running, 0, "b"});
    CHECK(t.record(100, exited(1)) == &j);
    CHECK_FALSE(j.done());
    CHECK(t.record(101, exited(0)) == &j);
    CHECK(j.done());
    CHECK(j.status(false) == 0);
    CHECK(j.status(true) == 1);  // pipefail: the last failing stage
    CHECK(j.state_text() == "Done");
    CHECK(t.record(999, exited(0)) == nullptr);
}

TEST_CASE("a stopped pipeline is one stopped job") {
    jobs::JobTable t;
    jobs::Job& j = t.create("sleep 100 | cat");
    j.procs.push_back({200, jobs::ProcState::Running, 0, "sleep"});
    j.procs.push_back({201, jobs::ProcState::Running, 0, "cat"});
    t.record(200, stopped(SIGTSTP));
    CHECK_FALSE(j.stopped());  // cat still runs
    t.record(201, stopped(SIGTSTP));
    CHECK(j.stopped());
    CHECK(j.state_text() == "Stopped");
    t.record(200, 0xffff);  // WIFCONTINUED
    CHECK(j.running());
}

TEST_CASE("job numbers, current and previous") {
    jobs::JobTable t;
    jobs::Job& a = t.create("a");
    jobs::Job& b = t.create("b");
    a.procs.push_back({300, jobs::ProcState::Running, 0, "a"});
    b.procs.push_back({301, jobs::ProcState::Running, 0, "b"});
    t.make_visible(a);
    t.make_visible(b);
    CHECK(a.id == 1);
    CHECK(b.id == 2);
    CHECK(t.current() == &b);
    CHECK(t.previous() == &a);
    t.record(300, stopped(SIGTSTP));
    CHECK(t.current() == &a);  // a stopped job is preferred as the current one
    CHECK(t.by_id(2) == &b);
    CHECK(t.by_pid(301) == &b);
    t.remove(&a);
    CHECK(t.by_id(1) == nullptr);
    jobs::Job& c = t.create("c");
    c.procs.push_back({302, jobs::ProcState::Running, 0, "c"});
    t.make_visible(c);
    CHECK(c.id == 3);
}

TEST_CASE("job lines have one format") {
    jobs::JobTable t;
    jobs::Job& j = t.create("sleep 30");
    j.procs.push_back({400, jobs::ProcState::Running, 0, "sleep"});
    j.foreground = false;
    t.make_visible(j);
    CHECK(jobs::format_job(j, '+', false) == "[1]+  Running                 sleep 30 &");
    CHECK(jobs::format_job(j, '+', true) == "[1]+  400 Running                 sleep 30 &");
    t.record(400, killed(SIGTERM));
    CHECK(jobs::format_job(j, '-', false) == "[1]-  Terminated              sleep 30");
    jobs::Job& k = t.create("false");
    k.procs.push_back({401, jobs::ProcState::Running, 0, "false"});
    t.make_visible(k);
    t.record(401, exited(1));
    CHECK(k.state_text() == "Done(1)");
}

TEST_CASE("signal names both ways") {
    CHECK(signals::from_name("INT") == SIGINT);
    CHECK(signals::from_name("sigterm") == SIGTERM);
    CHECK(signals::from_name("9") == 9);
    CHECK(signals::from_name("EXIT") == 0);
    CHECK_FALSE(signals::from_name("NOPE").has_value());
    CHECK_FALSE(signals::from_name("99999").has_value());
    CHECK(signals::name_of(SIGHUP) == "HUP");
    CHECK(signals::name_of(0) == "EXIT");
    CHECK(signals::description(SIGTTIN) == "Stopped (tty input)");
}
