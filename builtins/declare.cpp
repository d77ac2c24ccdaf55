// declare.cpp: export, readonly and local: declaration utilities that mark (and optionally
// assign) variables. `-p` prints them in a form the shell can read back.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"

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

}  // namespace ipsh::builtins
