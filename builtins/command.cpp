// command.cpp: command [-p] [-v|-V] name [arg...]: runs a command skipping functions (and
// without special-builtin consequences), or describes how a name would be run. type (with
// bash's -a -f -p -P -t) uses the same lookup; hash lives here too.
#include "builtins/builtins.hpp"
#include "builtins/registry.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "exec/path.hpp"
#include "shell/shell.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace ipsh::builtins {

namespace {

constexpr std::array<std::string_view, 19> kKeywords = {
    "!", "[[", "]]", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "time", "until", "while", "{", "}"};

/// One way a name can be run. Listed in the order the shell looks (XCU 2.9.1.1: special
/// builtins come before functions in ipsh), which is the order `type -a` prints them.
struct Match {
    enum class What : std::uint8_t { Alias, Keyword, SpecialBuiltin, Function, Builtin, File };
    What what;
    std::string text;  // the alias's value, or the file's path
    bool hashed = false;  // the file's path came from the hash table
};

/// What to look for (type's options; command -v and -V use the defaults).
struct Search {
    bool all = false;           // type -a: every match, every file in PATH
    bool functions = true;      // type -f clears it
    bool files_only = false;    // type -P: a PATH search even when a builtin has the name
    bool default_path = false;  // command -p: the system PATH, not $PATH or the hash table
};

bool is_keyword(std::string_view s) {
    for (auto k : kKeywords) {
        if (k == s) return true;
    }
    return false;
}

/// The ways `name` would be found: the first only, unless `s.all`.
std::vector<Match> lookup(Shell& sh, const std::string& name, const Search& s) {
    using W = Match::What;
    std::vector<Match> out;
    if (name.find('/') != std::string::npos) {
        // A path names itself, if it can be run: not a directory (bash; dash only asks access).
        if (exec::is_executable(name)) out.push_back({W::File, name});
        return out;
    }
    auto done = [&] { return !s.all && !out.empty(); };
    if (!s.files_only) {
        if (auto it = sh.aliases.find(name); it != sh.aliases.end()) out.push_back({W::Alias, it->second});
        if (!done() && is_keyword(name)) out.push_back({W::Keyword, {}});
        const BuiltinSpec* b = find(name);
        if (!done() && b && b->kind == Kind::Special) out.push_back({W::SpecialBuiltin, {}});
        if (!done() && s.functions && sh.functions.count(name)) out.push_back({W::Function, {}});
        if (!done() && b && b->kind != Kind::Special) out.push_back({W::Builtin, {}});
        if (done()) return out;
    }
    std::optional<vars::VarTable::Saved> saved;
    if (s.default_path) {
        saved = sh.vars.save("PATH");
        sh.vars.set("PATH", exec::kDefaultPath);
    }
    if (s.all) {
        // Every file, from PATH itself: the hash table remembers only the first.
        for (auto& p : exec::find_all_commands(sh, name)) out.push_back({W::File, std::move(p)});
    } else {
        const bool hashed = !s.default_path && sh.path_cache.count(name) > 0;
        std::string path = exec::find_command(sh, name, !s.default_path);
        if (!path.empty()) out.push_back({W::File, std::move(path), hashed});
    }
    if (saved) sh.vars.restore(std::move(*saved));
    return out;
}

/// type's sentence for one match (and command -V's).
std::string sentence(const std::string& name, const Match& m) {
    using W = Match::What;
    switch (m.what) {
    case W::Alias: return name + " is an alias for " + m.text;
    case W::Keyword: return name + " is a shell keyword";
    case W::SpecialBuiltin: return name + " is a special shell builtin";
    case W::Function: return name + " is a shell function";
    case W::Builtin: return name + " is a shell builtin";
    case W::File: return m.hashed ? name + " is hashed (" + m.text + ")" : name + " is " + m.text;
    }
    return {};
}

/// type -t's word for one match (bash).
std::string_view kind_word(const Match& m) {
    using W = Match::What;
    switch (m.what) {
    case W::Alias: return "alias";
    case W::Keyword: return "keyword";
    case W::SpecialBuiltin:
    case W::Builtin: return "builtin";
    case W::Function: return "function";
    case W::File: return "file";
    }
    return {};
}

/// command -v / -V: prints how `name` would be found; false (after a message for -V) when
/// it would not be.
bool describe(Shell& sh, io::IoStreams& io, const std::string& name, bool verbose, bool default_path) {
    Search s;
    s.default_path = default_path;
    const std::vector<Match> found = lookup(sh, name, s);
    if (found.empty()) {
        if (verbose) sh.error("command: " + name + ": not found");
        return false;
    }
    const Match& m = found.front();
    if (verbose) {
        io.out << sentence(name, m) << "\n";
    } else if (m.what == Match::What::Alias) {
        io.out << "alias " << name << "=" << shell_quote_always(m.text) << "\n";
    } else {
        io.out << (m.what == Match::What::File ? m.text : name) << "\n";
    }
    return true;
}

}  // namespace

int builtin_command(Shell& sh, io::IoStreams& io, Args argv) {
    bool v = false;
    bool V = false;
    bool p = false;
    OptParser op(argv, "pvV");
    while (char c = op.next()) {
        if (c == 'v') v = true;
        if (c == 'V') V = true;
        if (c == 'p') p = true;
    }
    auto rest = op.rest();
    if (v || V) {
        int status = 0;
        for (const auto& name : rest) {
            // Not found is status 1 (bash; POSIX asks only for non-zero), not 127 (dash).
            if (!describe(sh, io, name, V, p)) status = 1;
        }
        return rest.empty() ? 0 : status;
    }
    if (rest.empty()) return 0;
    std::optional<vars::VarTable::Saved> saved_path;
    if (p) {
        saved_path = sh.vars.save("PATH");
        sh.vars.set("PATH", exec::kDefaultPath);
    }
    int status = 0;
    try {
        status = run_without_functions(sh, io, rest);
    } catch (ShellError& e) {
        if (saved_path) sh.vars.restore(std::move(*saved_path));
        // `command` takes away the special-builtin consequences (XCU 2.14); an exec that
        // could not run its command (ExecFailed) still ends a non-interactive shell.
        if (e.kind == ErrorKind::Fatal || e.kind == ErrorKind::Utility) {
            if (!e.message.empty()) sh.error(e.message);
            return e.status;
        }
        throw;
    }
    if (saved_path) sh.vars.restore(std::move(*saved_path));
    return status;
}

int run_without_functions(Shell& sh, io::IoStreams& io, Args cmd) {
    io.out.flush();
    const std::vector<std::string> words(cmd.begin(), cmd.end());
    exec::Lookup lookup;
    lookup.functions = false;
    exec::ExecResult r = sh.executor().run_argv(words, lookup, exec::ExecFlags{});
    sh.flow = r.flow;
    sh.flow_levels = r.levels;
    return r.status;
}

/// type [-afptP] name... (XCU type; the options are bash's). -t prints one word per match,
/// -p the file's path (nothing for a builtin, which still counts as found), -P the path
/// even when a builtin or function has the name, -a every match, -f skips functions. The
/// last of -t, -p and -P wins; -P's PATH search stays on (`type -Pt ls` prints "file").
/// Status 1 when some name is not found; only the sentence form says so on stderr.
int builtin_type(Shell& sh, io::IoStreams& io, Args argv) {
    enum class Form : std::uint8_t { Sentence, Word, Path };
    Form form = Form::Sentence;
    Search s;
    OptParser op(argv, "afptP");
    while (char c = op.next()) {
        switch (c) {
        case 'a': s.all = true; break;
        case 'f': s.functions = false; break;
        case 't': form = Form::Word; break;
        case 'p': form = Form::Path; break;
        case 'P':
            form = Form::Path;
            s.files_only = true;
            break;
        default: break;
        }
    }
    int status = 0;
    for (const auto& name : op.rest()) {
        const std::vector<Match> found = lookup(sh, name, s);
        if (found.empty()) {
            if (form == Form::Sentence) sh.error("type: " + name + ": not found");
            status = 1;
            continue;
        }
        for (const Match& m : found) {
            switch (form) {
            case Form::Sentence: io.out << sentence(name, m) << "\n"; break;
            case Form::Word: io.out << kind_word(m) << "\n"; break;
            case Form::Path:
                if (m.what == Match::What::File) io.out << m.text << "\n";
                break;
            }
        }
    }
    return status;
}

int builtin_hash(Shell& sh, io::IoStreams& io, Args argv) {
    bool reset = false;
    OptParser op(argv, "r");
    while (char c = op.next()) {
        if (c == 'r') reset = true;
    }
    if (reset) sh.path_cache.clear();
    auto rest = op.rest();
    if (rest.empty()) {
        if (!reset) {
            std::vector<std::string> paths;
            for (const auto& [name, path] : sh.path_cache) paths.push_back(path);
            std::sort(paths.begin(), paths.end());
            for (const auto& p : paths) io.out << p << "\n";
        }
        return 0;
    }
    int status = 0;
    for (const auto& name : rest) {
        if (name.find('/') != std::string::npos || find(name)) continue;
        sh.path_cache.erase(name);
        if (exec::find_command(sh, name, true).empty()) {
            sh.error("hash: " + name + ": not found");
            status = 1;
        }
    }
    return status;
}

}  // namespace ipsh::builtins
