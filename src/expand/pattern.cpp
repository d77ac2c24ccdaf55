// pattern.cpp: shell pattern matching (XCU 2.13) on top of fnmatch(3) and glob(3). Patterns
// arrive with quoted characters already backslash-escaped by the expander.
#include "expand/expand.hpp"

#include <fnmatch.h>
#include <glob.h>

#include <string>

namespace ipsh::expand {

bool pattern_match(std::string_view pattern, std::string_view text) {
    // Fast paths for the common `*` and literal patterns.
    if (pattern == "*") return true;
    if (pattern.find_first_of("*?[\\") == std::string_view::npos) return pattern == text;
    std::string p(pattern);
    // A lone backslash at the end escapes nothing: it stands for itself (dash, bash), where
    // fnmatch(3) would reject the whole pattern.
    size_t bs = 0;
    while (bs < p.size() && p[p.size() - 1 - bs] == '\\') ++bs;
    if (bs % 2 == 1) p.push_back('\\');
    std::string t(text);
    return ::fnmatch(p.c_str(), t.c_str(), 0) == 0;
}

bool has_glob_chars(std::string_view pattern) {
    for (size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (c == '*' || c == '?' || c == '[') return true;
    }
    return false;
}

std::vector<std::string> glob(const std::string& pattern) {
    std::vector<std::string> out;
    glob_t g{};
    int r = ::glob(pattern.c_str(), 0, nullptr, &g);
    if (r == 0) {
        out.reserve(g.gl_pathc);
        for (size_t i = 0; i < g.gl_pathc; ++i) {
            std::string_view name(g.gl_pathv[i]);
            // POSIX 2024 and bash 5.2: `.*` does not produce `.` and `..`.
            size_t slash = name.rfind('/');
            std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
            if (base == "." || base == "..") continue;
            out.emplace_back(name);
        }
    }
    ::globfree(&g);
    return out;
}

}  // namespace ipsh::expand
