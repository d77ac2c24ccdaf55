// shopt.cpp: shopt [-pqsu] [-o] [name...] (bash). The options it knows are the ones ipsh
// implements: nullglob (a pattern that matches nothing expands to nothing), failglob (it is
// an error), dotglob (patterns match names that start with a dot), nocaseglob (pathname
// expansion ignores case), extglob (the ?(..) *(..) +(..) @(..) !(..) patterns; as in bash
// it counts for lines parsed after the shopt command runs), expand_aliases (on by default,
// as POSIX wants) and xpg_echo (echo interprets backslash escapes without -e, as XSI and
// dash do). -o works on the `set -o` options instead. An unknown name is an error, never
// silently accepted.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

#include <array>

namespace ipsh::builtins {

namespace {

struct Shopt {
    const char* name;
    bool ShellOptions::*flag;
};

}  // namespace

int builtin_shopt(Shell& sh, io::IoStreams& io, Args argv) {
    bool set = false;
    bool unset = false;
    bool quiet = false;
    bool print = false;
    bool set_o = false;
    OptParser op(argv, "pqsuo");
    while (char c = op.next()) {
        if (c == 's') set = true;
        if (c == 'u') unset = true;
        if (c == 'q') quiet = true;
        if (c == 'p') print = true;
        if (c == 'o') set_o = true;
    }
    if (set && unset) fail("shopt", "cannot set and unset shell options simultaneously", 2);
    // One table of (name, flag) for either family.
    std::vector<Shopt> table;
    if (set_o) {
        for (const auto& o : option_specs()) {
            if (o.flag != &ShellOptions::interactive && o.flag != &ShellOptions::stdin_mode) {
                table.push_back({o.name, o.flag});
            }
        }
    } else {
        for (const auto& o : shopt_specs()) table.push_back({o.name, o.flag});
    }
    auto show = [&](const Shopt& s) {
        bool on = sh.opt.*s.flag;
        if (quiet) return;
        if (print) {
            if (set_o) io.out << "set " << (on ? "-o " : "+o ") << s.name << "\n";
            else io.out << "shopt " << (on ? "-s " : "-u ") << s.name << "\n";
            return;
        }
        std::string name = s.name;
        if (name.size() < 15) name.resize(15, ' ');
        io.out << name << "\t" << (on ? "on" : "off") << "\n";
    };
    auto operands = op.rest();
    if (operands.empty()) {
        if (set || unset) {
            // shopt -s alone lists the options that are on (bash).
            for (const auto& s : table) {
                if (sh.opt.*s.flag == set) show(s);
            }
            return 0;
        }
        for (const auto& s : table) show(s);
        return 0;
    }
    int status = 0;
    for (const auto& name : operands) {
        const Shopt* found = nullptr;
        for (const auto& s : table) {
            if (name == s.name) found = &s;
        }
        if (!found) {
            sh.error("shopt: " + name + ": invalid " + (set_o ? "option" : "shell option") + " name");
            status = 1;
            continue;
        }
        if (set || unset) {
            if (set_o) {
                sh.set_option(found->name, set);
            } else {
                sh.opt.*found->flag = set;
            }
        } else {
            show(*found);
            if (!(sh.opt.*found->flag)) status = 1;
        }
    }
    return status;
}

}  // namespace ipsh::builtins
