// path.hpp: PATH search with a cache that is dropped whenever PATH changes.
#pragma once

#include <string>

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
/// Searches PATH for a readable file (for `.`).
std::string find_in_path(Shell& sh, const std::string& name);

}  // namespace ipsh::exec
