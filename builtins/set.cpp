// set.cpp: set [-+abCefhmnuvx] [-+o name] [--] [arg...]; without operands lists variables;
// `set -o` / `set +o` list options (the latter as re-usable commands).
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

namespace {

void list_options(Shell& sh, io::IoStreams& io, bool reusable) {
    for (const auto& o : option_specs()) {
        if (!o.named()) continue;
        bool on = sh.opt.*o.flag;
        if (reusable) {
            io.out << "set " << (on ? "-o " : "+o ") << o.name << "\n";
        } else {
            std::string name = o.name;
            name.resize(16, ' ');
            io.out << name << (on ? "on" : "off") << "\n";
        }
    }
}

}  // namespace

int builtin_set(Shell& sh, io::IoStreams& io, Args argv) {
    if (argv.size() == 1) {
        for (const auto& [name, v] : sh.vars.sorted()) {
            if (!v->is_set) continue;
            io.out << name << "=" << (v->is_array() ? array_text(*v) : shell_quote_value(v->value)) << "\n";
        }
        return 0;
    }
    size_t i = 1;
    bool set_positional = false;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "--") {
            ++i;
            set_positional = true;
            break;
        }
        if (a == "+") continue;  // a lone + is ignored (dash, bash)
        if (a == "-") {
            // Historical: `set -` turns off -v and -x and ends the options.
            sh.opt.verbose = false;
            sh.opt.xtrace = false;
            ++i;
            set_positional = i < argv.size();
            break;
        }
        if (a.size() < 2 || (a[0] != '-' && a[0] != '+')) break;
        const bool on = a[0] == '-';
        for (size_t k = 1; k < a.size(); ++k) {
            char c = a[k];
            if (c == 'o') {
                if (i + 1 >= argv.size() || (k + 1 < a.size())) {
                    if (k + 1 < a.size()) fail("set", std::string(1, a[0]) + "o: option name must be a separate word");
                    list_options(sh, io, !on);
                    continue;
                }
                const std::string& name = argv[++i];
                if (!sh.set_option(name, on)) fail("set", name + ": invalid option name");
                break;
            }
            if (!sh.set_option_letter(c, on)) fail("set", std::string(1, a[0]) + c + ": invalid option");
        }
    }
    if (i < argv.size()) set_positional = true;
    if (set_positional) {
        sh.positional.assign(argv.begin() + static_cast<std::ptrdiff_t>(i), argv.end());
        sh.getopts = {};  // new parameters: getopts starts over (dash)
    }
    return 0;
}

}  // namespace ipsh::builtins
