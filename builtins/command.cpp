// command.cpp: command [-p] [-v|-V] name [arg...]: runs a command skipping functions (and
// without special-builtin consequences), or describes how a name would be run. type uses
// the same description.
#include "builtins/builtins.hpp"
#include "builtins/registry.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "exec/path.hpp"
#include "shell/shell.hpp"

#include <array>

namespace ipsh::builtins {

namespace {

constexpr std::array<std::string_view, 18> kKeywords = {
    "!", "[[", "]]", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "until", "while", "{", "}"};

bool is_keyword(std::string_view s) {
    for (auto k : kKeywords) {
        if (k == s) return true;
    }
    return false;
}

/// Prints how `name` would be found. `verbose`: type's sentences; else command -v's terse form.
/// `who` names the builtin in the not-found message.
bool describe(Shell& sh, io::IoStreams& io, const std::string& name, bool verbose, bool default_path,
              std::string_view who) {
    if (name.find('/') == std::string::npos) {
        if (auto it = sh.aliases.find(name); it != sh.aliases.end()) {
            if (verbose) io.out << name << " is an alias for " << it->second << "\n";
            else io.out << "alias " << name << "=" << shell_quote_always(it->second) << "\n";
            return true;
        }
        if (is_keyword(name)) {
            io.out << (verbose ? name + " is a shell keyword" : name) << "\n";
            return true;
        }
        const BuiltinSpec* b = find(name);
        if (b && b->kind == Kind::Special) {
            io.out << (verbose ? name + " is a special shell builtin" : name) << "\n";
            return true;
        }
        if (sh.functions.count(name)) {
            io.out << (verbose ? name + " is a shell function" : name) << "\n";
            return true;
        }
        if (b) {
            io.out << (verbose ? name + " is a shell builtin" : name) << "\n";
            return true;
        }
        std::string path;
        if (default_path) {
            auto saved = sh.vars.save("PATH");
            sh.vars.set("PATH", exec::kDefaultPath);
            path = exec::find_command(sh, name, false);
            sh.vars.restore(std::move(saved));
        } else {
            bool cached = sh.path_cache.count(name) > 0;
            path = exec::find_command(sh, name, true);
            if (cached && verbose) {
                io.out << name << " is hashed (" << path << ")\n";
                return true;
            }
        }
        if (!path.empty()) {
            io.out << (verbose ? name + " is " + path : path) << "\n";
            return true;
        }
    } else if (::access(name.c_str(), X_OK) == 0) {
        io.out << (verbose ? name + " is " + name : name) << "\n";
        return true;
    }
    if (verbose) sh.error(std::string(who) + ": " + name + ": not found");
    return false;
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
            if (!describe(sh, io, name, V, p, "command")) status = 1;
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

int builtin_type(Shell& sh, io::IoStreams& io, Args argv) {
    int status = 0;
    for (size_t i = 1; i < argv.size(); ++i) {
        if (!describe(sh, io, argv[i], true, false, "type")) status = 1;
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
