// completion.cpp: Tab completion. At command position: builtins, functions, aliases and
// executables on PATH (cached per PATH value); after '$': variable names; after '%' for
// fg/bg/kill/wait/jobs: job specs; for mq/shm/sem: subcommands; elsewhere: file names,
// quoted by Readline's default quoting.
#include "interactive/line_editor.hpp"

#include "builtins/registry.hpp"
#include "shell/shell.hpp"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>

#include <readline/readline.h>

namespace ipsh::interactive {

// Readline's completion hooks are plain function pointers: the shell they complete for has
// to be reachable from a global (like the line callback in line_editor.cpp).
Shell* g_completion_shell = nullptr;

namespace {

char* dup(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

/// Turns a sorted candidate list into Readline's NULL-terminated array (first entry is the
/// common prefix, which Readline computes when given rl_completion_matches semantics).
char** to_matches(const std::string& text, std::vector<std::string> cands) {
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    std::vector<std::string> keep;
    for (auto& c : cands) {
        if (c.rfind(text, 0) == 0) keep.push_back(c);
    }
    if (keep.empty()) return nullptr;
    char** m = static_cast<char**>(std::malloc((keep.size() + 2) * sizeof(char*)));
    std::string prefix = keep[0];
    for (const auto& k : keep) {
        size_t n = 0;
        while (n < prefix.size() && n < k.size() && prefix[n] == k[n]) ++n;
        prefix.resize(n);
    }
    m[0] = dup(keep.size() == 1 ? keep[0] : prefix);
    for (size_t i = 0; i < keep.size(); ++i) m[i + 1] = dup(keep[i]);
    m[keep.size() + 1] = nullptr;
    if (keep.size() == 1) {
        std::free(m[1]);
        m[1] = nullptr;
    }
    return m;
}

/// The cache key for the command names: PATH plus the modification time of each of its
/// directories, so installing a program (which changes its directory) is seen at the next
/// Tab without reading every directory each time.
std::string path_key(const std::string& path) {
    std::string key = path;
    size_t start = 0;
    for (;;) {
        size_t colon = path.find(':', start);
        size_t len = colon == std::string::npos ? std::string::npos : colon - start;
        std::string dir = path.substr(start, len);
        struct stat st {};
        key.push_back('\n');
        if (::stat(dir.empty() ? "." : dir.c_str(), &st) == 0) {
            key += std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
        }
        if (colon == std::string::npos) break;
        start = colon + 1;
    }
    return key;
}

/// Command names, cached per PATH value (and directory times, see path_key).
const std::vector<std::string>& path_commands(Shell& sh) {
    std::string& cached_key = sh.completion_path;
    std::vector<std::string>& cached = sh.completion_commands;
    const std::string* p = sh.vars.get("PATH");
    std::string path = p ? *p : "";
    std::string key = path_key(path);
    if (key == cached_key && !cached.empty()) return cached;
    cached_key = key;
    cached.clear();
    size_t start = 0;
    for (;;) {
        size_t colon = path.find(':', start);
        size_t len = colon == std::string::npos ? std::string::npos : colon - start;
        std::string dir = path.substr(start, len);
        if (dir.empty()) dir = ".";
        if (DIR* d = ::opendir(dir.c_str())) {
            while (dirent* e = ::readdir(d)) {
                if (e->d_name[0] == '.') continue;
                std::string full = dir + "/" + e->d_name;
                struct stat st {};
                if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
                    ::access(full.c_str(), X_OK) == 0) {
                    cached.emplace_back(e->d_name);
                }
            }
            ::closedir(d);
        }
        if (colon == std::string::npos) break;
        start = colon + 1;
    }
    return cached;
}

/// Reserved words after which a command starts: `if ech<Tab>` completes a command name.
bool starts_command(const std::string& word) {
    for (const char* k : {"!", "{", "do", "elif", "else", "if", "then", "until", "while"}) {
        if (word == k) return true;
    }
    return false;
}

/// Words before the one being completed, split on blanks (enough to know the context).
std::vector<std::string> words_before(int start) {
    std::string line(rl_line_buffer, static_cast<size_t>(start));
    size_t cut = line.find_last_of(";|&(`");
    std::string seg = cut == std::string::npos ? line : line.substr(cut + 1);
    std::vector<std::string> words;
    size_t i = 0;
    while (i < seg.size()) {
        while (i < seg.size() && (seg[i] == ' ' || seg[i] == '\t')) ++i;
        size_t j = i;
        while (j < seg.size() && seg[j] != ' ' && seg[j] != '\t') ++j;
        if (j > i) words.push_back(seg.substr(i, j - i));
        i = j;
    }
    return words;
}

extern "C" char** complete(const char* text_c, int start, int /*end*/) {
    Shell& sh = *g_completion_shell;
    std::string text(text_c);
    std::vector<std::string> before = words_before(start);
    // Skip leading assignments and reserved words: `A=1 cmd` and `if cmd` complete `cmd`
    // as a command.
    while (!before.empty() && ((before.front().find('=') != std::string::npos &&
                                before.front().find('=') > 0) ||
                               starts_command(before.front()))) {
        before.erase(before.begin());
    }
    if (start > 0 && rl_line_buffer[start - 1] == '$') {
        // `$HO<Tab>` gives `$HOME`; `${HO<Tab>` gives `${HOME}` ('$' breaks words, '{' not).
        const bool brace = !text.empty() && text[0] == '{';
        std::vector<std::string> names;
        for (const auto& [name, v] : sh.vars.sorted()) {
            names.push_back(brace ? "{" + name + "}" : name);
        }
        rl_attempted_completion_over = 1;
        return to_matches(text, names);
    }
    if (!text.empty() && text[0] == '$') {
        std::vector<std::string> names;
        for (const auto& [name, v] : sh.vars.sorted()) names.push_back("$" + name);
        rl_attempted_completion_over = 1;
        return to_matches(text, names);
    }
    if (before.empty()) {
        if (text.find('/') != std::string::npos) return nullptr;  // a path: files
        std::vector<std::string> names;
        for (const auto& b : builtins::all()) names.emplace_back(b.name);
        for (const auto& [name, f] : sh.functions) names.push_back(name);
        for (const auto& [name, v] : sh.aliases) names.push_back(name);
        for (const auto& c : path_commands(sh)) names.push_back(c);
        for (const char* k : {"case", "for", "if", "until", "while"}) names.emplace_back(k);
        rl_attempted_completion_over = 1;
        return to_matches(text, names);
    }
    const std::string& cmd = before.front();
    if (!text.empty() && text[0] == '%' &&
        (cmd == "fg" || cmd == "bg" || cmd == "kill" || cmd == "wait" || cmd == "jobs" ||
         cmd == "disown")) {
        std::vector<std::string> specs;
        for (auto& j : sh.jobs.all()) {
            if (j->id > 0 && !j->hidden) specs.push_back("%" + std::to_string(j->id));
        }
        rl_attempted_completion_over = 1;
        return to_matches(text, specs);
    }
    if (before.size() == 1) {
        static const std::vector<std::pair<std::string, std::vector<std::string>>> kSub = {
            {"mq", {"create", "send", "recv", "stat", "ls", "unlink"}},
            {"shm", {"create", "write", "read", "stat", "ls", "unlink"}},
            {"sem", {"create", "wait", "post", "value", "run", "ls", "unlink"}},
            {"set", {"-o", "+o"}},
        };
        for (const auto& [name, subs] : kSub) {
            if (cmd == name) {
                rl_attempted_completion_over = 1;
                return to_matches(text, subs);
            }
        }
    }
    if ((cmd == "set" && !before.empty() && (before.back() == "-o" || before.back() == "+o"))) {
        std::vector<std::string> opts;
        for (const auto& o : option_specs()) opts.emplace_back(o.name);
        rl_attempted_completion_over = 1;
        return to_matches(text, opts);
    }
    return nullptr;  // Readline's file-name completion
}

// Characters that must be quoted when a completed file name contains them.
constexpr const char* kQuoteChars = " \t\n\\\"'@<>=;|&()#$`?*[]!:{}";

/// Readline asks whether line[index] is quoted, so that `cat has\ sp<Tab>` keeps
/// `has\ sp` as one word: a backslash quotes the next character outside single quotes.
extern "C" int char_is_quoted(char* line, int index) {
    bool single = false;
    for (int i = 0; i < index; ++i) {
        char c = line[i];
        if (single) {
            single = c != '\'';
        } else if (c == '\\') {
            if (i + 1 == index) return 1;
            ++i;
        } else if (c == '\'') {
            single = true;
        }
    }
    return 0;
}

/// The file name as the shell will see it: `has\ sp` -> `has sp` (unquoted), inside double
/// quotes only \$ \` \" \\ lose the backslash, inside single quotes nothing changes.
extern "C" char* dequote_filename(char* text, int quote_char) {
    std::string out;
    for (const char* p = text; *p; ++p) {
        if (*p == '\\' && p[1] && quote_char != '\'' &&
            (quote_char != '"' || std::strchr("$`\"\\", p[1]))) {
            ++p;
        }
        out.push_back(*p);
    }
    return dup(out);
}

/// Quotes a completed file name the way the user started it (bash): inside "..." or '...'
/// keep that quote (Readline adds the closing one for a single match); otherwise escape
/// each special character with a backslash, so `cat has<Tab>` gives `cat has\ space.txt`.
extern "C" char* quote_filename(char* text, int /*match_type*/, char* quote_pointer) {
    const char q = quote_pointer ? *quote_pointer : '\0';
    std::string out;
    if (q == '"') {
        out.push_back('"');
        for (const char* p = text; *p; ++p) {
            if (std::strchr("$`\"\\", *p)) out.push_back('\\');
            out.push_back(*p);
        }
    } else if (q == '\'') {
        out.push_back('\'');
        for (const char* p = text; *p; ++p) {
            if (*p == '\'') {
                out += "'\\''";
            } else {
                out.push_back(*p);
            }
        }
    } else {
        for (const char* p = text; *p; ++p) {
            // A leading ~ stays a tilde prefix; elsewhere special characters are escaped.
            if (std::strchr(kQuoteChars, *p) && !(p == text && *p == '~')) out.push_back('\\');
            out.push_back(*p);
        }
    }
    return dup(out);
}

}  // namespace

void install_completion(Shell& sh) {
    g_completion_shell = &sh;
    rl_attempted_completion_function = complete;
    rl_filename_quote_characters = kQuoteChars;
    rl_completer_quote_characters = "'\"";
    rl_char_is_quoted_p = char_is_quoted;
    rl_filename_quoting_function = quote_filename;
    rl_filename_dequoting_function = dequote_filename;
    rl_completer_word_break_characters = const_cast<char*>(" \t\n\"'<>;|&()$`");
}

}  // namespace ipsh::interactive
