// alias.cpp: alias [name[=value]...] and unalias [-a] name...: aliases are substituted by the
// parser for the command word (XCU 2.3.1).
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_alias(Shell& sh, io::IoStreams& io, Args argv) {
    size_t i = 1;
    if (i < argv.size() && argv[i] == "--") ++i;
    if (i >= argv.size()) {
        for (const auto& [name, value] : sh.aliases) io.out << name << "=" << shell_quote_always(value) << "\n";
        return 0;
    }
    int status = 0;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        size_t eq = a.find('=');
        if (eq == std::string::npos) {
            auto it = sh.aliases.find(a);
            if (it == sh.aliases.end()) {
                sh.error("alias: " + a + ": not found");
                status = 1;
            } else {
                io.out << a << "=" << shell_quote_always(it->second) << "\n";
            }
            continue;
        }
        std::string name = a.substr(0, eq);
        if (name.empty() || name.find_first_of("/$`'\"\\ \t\n;&|<>()=") != std::string::npos) {
            sh.error("alias: " + name + ": invalid alias name");
            status = 1;
            continue;
        }
        sh.aliases[name] = a.substr(eq + 1);
    }
    return status;
}

int builtin_unalias(Shell& sh, io::IoStreams&, Args argv) {
    OptParser op(argv, "a");
    while (char c = op.next()) {
        if (c == 'a') {
            sh.aliases.clear();
            return 0;
        }
    }
    if (op.rest().empty()) fail("unalias", "usage: unalias [-a] name...");
    int status = 0;
    for (const auto& name : op.rest()) {
        if (sh.aliases.erase(name) == 0) {
            sh.error("unalias: " + name + ": not found");
            status = 1;
        }
    }
    return status;
}

}  // namespace ipsh::builtins
