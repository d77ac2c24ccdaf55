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

namespace {

/// The pattern with each letter outside a bracket expression turned into [xX], for
/// nocaseglob (glob(3) has no flag for it). Letters inside brackets are left as written.
std::string nocase_pattern(const std::string& p) {
    std::string out;
    bool in_bracket = false;
    for (size_t i = 0; i < p.size(); ++i) {
        char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            out.push_back(c);
            out.push_back(p[++i]);
            continue;
        }
        if (in_bracket) {
            if (c == ']') in_bracket = false;
            out.push_back(c);
            continue;
        }
        if (c == '[' && p.find(']', i + 2) != std::string::npos) {
            in_bracket = true;
            out.push_back(c);
            if (i + 1 < p.size() && (p[i + 1] == '!' || p[i + 1] == '^')) out.push_back(p[++i]);
            if (i + 1 < p.size() && p[i + 1] == ']') out.push_back(p[++i]);
            continue;
        }
        bool lower = c >= 'a' && c <= 'z';
        bool upper = c >= 'A' && c <= 'Z';
        if (lower || upper) {
            out.push_back('[');
            out.push_back(c);
            out.push_back(static_cast<char>(lower ? c - 'a' + 'A' : c - 'A' + 'a'));
            out.push_back(']');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace

std::vector<std::string> glob(const std::string& pattern, bool dot, bool nocase) {
    std::vector<std::string> out;
    glob_t g{};
    std::string pat = pattern;
    if (nocase) pat = nocase_pattern(pattern);
    int r = ::glob(pat.c_str(), dot ? GLOB_PERIOD : 0, nullptr, &g);
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
