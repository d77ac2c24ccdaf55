// jobspec.cpp: job specification lookup.
#include "builtins/jobspec.hpp"

#include "builtins/util.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

jobs::Job* resolve_job(Shell& sh, std::string_view spec, std::string& err, bool numbers_are_jobs) {
    auto& table = sh.jobs;
    auto visible = [](const jobs::Job& j) { return j.id > 0 && !j.hidden; };
    if (spec.empty() || spec[0] != '%') {
        auto n = parse_int(spec);
        if (!n || *n <= 0) {
            err = std::string(spec) + ": no such job";
            return nullptr;
        }
        if (numbers_are_jobs) {
            if (jobs::Job* j = table.by_id(static_cast<int>(*n))) return j;
        }
        if (jobs::Job* j = table.by_pid(static_cast<pid_t>(*n)); j && visible(*j)) return j;
        err = std::string(spec) + ": no such job";
        return nullptr;
    }
    std::string_view s = spec.substr(1);
    jobs::Job* found = nullptr;
    if (s.empty() || s == "%" || s == "+") {
        found = table.current();
    } else if (s == "-") {
        found = table.previous();
    } else if (auto n = parse_int(s); n && s[0] != '-' && s[0] != '+') {
        found = table.by_id(static_cast<int>(*n));
    } else {
        bool contains = s[0] == '?';
        std::string_view needle = contains ? s.substr(1) : s;
        for (auto& j : table.all()) {
            if (!visible(*j)) continue;
            bool match = contains ? j->text.find(needle) != std::string::npos : j->text.rfind(needle, 0) == 0;
            if (!match) continue;
            if (found) {
                err = std::string(spec) + ": ambiguous job spec";
                return nullptr;
            }
            found = j.get();
        }
    }
    if (!found || !visible(*found)) {
        err = std::string(spec) + ": no such job";
        return nullptr;
    }
    return found;
}

std::string job_line(Shell& sh, jobs::Job& job, bool with_pids) {
    jobs::Job* cur = sh.jobs.current();
    jobs::Job* prev = sh.jobs.previous();
    char mark = &job == cur ? '+' : (&job == prev ? '-' : ' ');
    return jobs::format_job(job, mark, with_pids);
}

}  // namespace ipsh::builtins
