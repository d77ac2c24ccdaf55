// path.cpp: PATH search (XCU 2.9.1.1) and its cache.
#include "exec/path.hpp"

#include "shell/shell.hpp"

#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

namespace ipsh::exec {

namespace {

bool is_executable_file(const std::string& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    return ::faccessat(AT_FDCWD, p.c_str(), X_OK, AT_EACCESS) == 0;
}

template <class Pred>
std::string search(Shell& sh, const std::string& name, Pred ok) {
    const std::string* path = sh.vars.get("PATH");
    std::string_view p = path ? std::string_view(*path) : std::string_view(kDefaultPath);
    std::string candidate;
    size_t start = 0;
    for (;;) {
        size_t colon = p.find(':', start);
        std::string_view dir = p.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start);
        candidate.assign(dir.empty() ? "." : dir);
        candidate.push_back('/');
        candidate.append(name);
        if (ok(candidate)) return candidate;
        if (colon == std::string_view::npos) break;
        start = colon + 1;
    }
    return {};
}

}  // namespace

std::string find_command(Shell& sh, const std::string& name, bool use_cache) {
    if (use_cache) {
        auto it = sh.path_cache.find(name);
        if (it != sh.path_cache.end()) return it->second;
    }
    std::string found = search(sh, name, is_executable_file);
    // Relative results (PATH=one:$PATH) are remembered too, as in dash and bash; a change
    // of directory forgets them (Shell::on_var_change).
    if (!found.empty()) sh.path_cache[name] = found;
    return found;
}

std::string find_command_after(Shell& sh, const std::string& name, const std::string& failed) {
    bool passed = false;
    return search(sh, name, [&](const std::string& c) {
        if (!passed) {
            passed = c == failed;
            return false;
        }
        return is_executable_file(c);
    });
}

std::string find_in_path(Shell& sh, const std::string& name) {
    return search(sh, name, [](const std::string& c) {
        struct stat st {};
        return ::stat(c.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(c.c_str(), R_OK) == 0;
    });
}

std::vector<std::string> find_all_commands(Shell& sh, const std::string& name) {
    std::vector<std::string> found;
    search(sh, name, [&](const std::string& c) {
        if (is_executable_file(c)) found.push_back(c);
        return false;  // keep going: every PATH entry is looked at
    });
    return found;
}

bool is_executable(const std::string& path) { return is_executable_file(path); }

}  // namespace ipsh::exec
