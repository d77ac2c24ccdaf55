// jobspec.hpp: resolving job specifications (%n %+ %% %- %string %?string) and pids.
#pragma once

#include "jobs/jobs.hpp"

#include <string>
#include <string_view>

namespace ipsh {
class Shell;
}

namespace ipsh::builtins {

/// The job `spec` names; nullptr with `err` set ("%3: no such job") when none or ambiguous.
/// A plain number is taken as a job number when `numbers_are_jobs`, else as a pid.
jobs::Job* resolve_job(Shell& sh, std::string_view spec, std::string& err, bool numbers_are_jobs);

/// "[1]+  Running                 sleep 10 &": the line `jobs` prints for a job.
std::string job_line(Shell& sh, jobs::Job& job, bool with_pids);

}  // namespace ipsh::builtins
