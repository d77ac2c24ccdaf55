// path.hpp: PATH search with a cache that is dropped whenever PATH changes.
#pragma once

#include <string>
#include <vector>

namespace ipsh {
class Shell;
}

namespace ipsh::exec {

/// PATH when the environment gives none (the shell sets it at start-up, as dash does), and
/// the search path of `command -p`.
inline constexpr const char* kDefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// The full path of an executable named `name` (no '/') found in PATH, or "" when none.
/// Results are cached in Shell::path_cache.
std::string find_command(Shell& sh, const std::string& name, bool use_cache = true);
/// When the remembered `failed` path of `name` has gone: the next executable in the PATH
/// entries after its directory, or "" (dash searches on from the remembered entry; an
/// earlier directory is not searched, so a command put there waits for `hash -r`).
std::string find_command_after(Shell& sh, const std::string& name, const std::string& failed);
/// Searches PATH for a readable file (for `.`).
std::string find_in_path(Shell& sh, const std::string& name);
/// Every executable regular file named `name` (no '/') in PATH, in PATH order, duplicates
/// kept (`type -a` lists them all, as bash does). Not cached.
std::vector<std::string> find_all_commands(Shell& sh, const std::string& name);
/// Whether `path` is a regular file the shell may execute (`type ./x`: a directory is not).
bool is_executable(const std::string& path);

}  // namespace ipsh::exec
