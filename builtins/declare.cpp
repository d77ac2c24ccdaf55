// declare.cpp: export, readonly, local and declare/typeset: declaration utilities that mark
// (and optionally assign) variables. `-p` prints them in a form the shell can read back.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"

#include <algorithm>

namespace ipsh::builtins {

namespace {

int declare(Shell& sh, io::IoStreams& io, Args argv, std::uint8_t flag, std::string_view word) {
    bool print = false;
    bool unexport = false;
    OptParser op(argv, flag == vars::kExported ? "pn" : "p");
    while (char c = op.next()) {
        if (c == 'p') print = true;
        if (c == 'n') unexport = true;
    }
    auto rest = op.rest();
    if (rest.empty()) {
        for (const auto& [name, v] : sh.vars.sorted()) {
            if (!(v->flags & flag)) continue;
            io.out << word << " " << name;
            if (v->is_set) io.out << "=" << shell_quote_always(v->value);
            io.out << "\n";
        }
        return 0;
    }
    (void)print;
    int status = 0;
    for (const auto& a : rest) {
        size_t eq = a.find('=');
        std::string name = a.substr(0, eq);
        if (!lex::is_name(name)) {
            sh.error(std::string(word) + ": '" + a + "': not a valid identifier");
            status = 1;
            continue;
        }
        if (unexport) {
            sh.vars.remove_flags(name, vars::kExported);
            continue;
        }
        if (eq != std::string::npos) {
            if (!sh.vars.set(name, a.substr(eq + 1), flag)) fail(word, name + ": readonly variable", 1);
        } else {
            sh.vars.add_flags(name, flag);
        }
    }
    if (status != 0) throw ShellError{status, "", ErrorKind::Utility};
    return status;
}

}  // namespace

int builtin_export(Shell& sh, io::IoStreams& io, Args argv) {
    return declare(sh, io, argv, vars::kExported, "export");
}

int builtin_readonly(Shell& sh, io::IoStreams& io, Args argv) {
    return declare(sh, io, argv, vars::kReadonly, "readonly");
}

int builtin_local(Shell& sh, io::IoStreams&, Args argv) {
    if (!sh.vars.in_function()) fail("local", "not in a function", 1);
    for (size_t i = 1; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "-") {
            // `local -`: the options come back as they are now when the function returns.
            if (sh.local_options && !*sh.local_options) *sh.local_options = sh.opt;
            continue;
        }
        size_t eq = a.find('=');
        std::string name = a.substr(0, eq);
        if (!lex::is_name(name)) fail("local", "'" + a + "': not a valid identifier", 1);
        sh.vars.make_local(name);
        if (eq != std::string::npos) sh.assign(name, a.substr(eq + 1));
    }
    return 0;
}

/// declare and typeset (bash, ksh): -x export, -r readonly, +x unexport, -g global; in a
/// function the names are local unless -g. -p prints, -f/-F list functions. Arrays (-a, -A)
/// and -i, -l, -u, -n are refused: ipsh has only string variables.
int builtin_declare(Shell& sh, io::IoStreams& io, Args argv) {
    const std::string& word = argv[0];
    std::uint8_t add = 0;
    std::uint8_t remove = 0;
    bool print = false;
    bool global = false;
    bool funcs = false;
    bool func_names = false;
    size_t i = 1;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "--") {
            ++i;
            break;
        }
        if (a.size() < 2 || (a[0] != '-' && a[0] != '+')) break;
        const bool minus = a[0] == '-';
        for (char c : std::string_view(a).substr(1)) {
            switch (c) {
            case 'x': (minus ? add : remove) |= vars::kExported; break;
            case 'r':
                if (!minus) fail(word, "+r: a readonly variable stays readonly", 1);
                add |= vars::kReadonly;
                break;
            case 'p': print = true; break;
            case 'g': global = true; break;
            case 'f': funcs = true; break;
            case 'F': func_names = true; break;
            case 'a': case 'A': case 'i': case 'l': case 'u': case 'n':
                fail(word, std::string("-") + c + ": not supported (ipsh variables are strings)", 2);
            default: fail(word, std::string(1, a[0]) + c + ": invalid option", 2);
            }
        }
    }
    Args rest = argv.subspan(i);
    if (funcs || func_names) {
        std::vector<std::string> names;
        if (rest.empty()) {
            for (const auto& [n, f] : sh.functions) names.push_back(n);
            std::sort(names.begin(), names.end());
        } else {
            names.assign(rest.begin(), rest.end());
        }
        int status = 0;
        for (const auto& n : names) {
            auto it = sh.functions.find(n);
            if (it == sh.functions.end()) {
                status = 1;
                continue;
            }
            if (func_names) io.out << word << " -f " << n << "\n";
            else io.out << it->second->text << "\n";
        }
        return status;
    }
    auto show = [&](const std::string& name, const vars::Var& v) {
        std::string flags;
        if (v.flags & vars::kReadonly) flags += "r";
        if (v.flags & vars::kExported) flags += "x";
        io.out << word << " " << (flags.empty() ? "--" : "-" + flags) << " " << name;
        if (v.is_set) io.out << "=" << shell_quote_line(v.value);
        io.out << "\n";
    };
    if (rest.empty()) {
        for (const auto& [name, v] : sh.vars.sorted()) {
            if ((add & ~v->flags) != 0) continue;  // declare -x lists the exported ones
            show(name, *v);
        }
        return 0;
    }
    int status = 0;
    for (const auto& a : rest) {
        size_t eq = a.find('=');
        std::string name = a.substr(0, eq);
        if (!lex::is_name(name)) {
            sh.error(word + ": '" + a + "': not a valid identifier");
            status = 1;
            continue;
        }
        if (print) {
            const vars::Var* v = sh.vars.find(name);
            if (!v) {
                sh.error(word + ": " + name + ": not found");
                status = 1;
                continue;
            }
            show(name, *v);
            continue;
        }
        if (sh.vars.in_function() && !global) sh.vars.make_local(name);
        if (remove) sh.vars.remove_flags(name, remove);
        if (eq != std::string::npos) {
            const std::uint8_t flags = add | (sh.opt.allexport ? vars::kExported : 0);
            if (!sh.vars.set(name, a.substr(eq + 1), flags)) {
                sh.error(word + ": " + name + ": readonly variable");
                status = 1;
            }
        } else {
            sh.vars.add_flags(name, add);
        }
    }
    return status;
}

}  // namespace ipsh::builtins
