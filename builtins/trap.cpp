// trap.cpp: trap [action condition...]: runs `action` when a signal arrives (at the next safe
// point) or, for EXIT, when the shell ends. '-' resets, '' ignores. Without operands it lists
// the traps in a form `eval` can re-use. ERR (a command failed where set -e would exit) and
// DEBUG (before each simple command) are bash's; they are not inherited by functions.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

namespace ipsh::builtins {

namespace {

std::string condition_name(int s) {
    if (s == kTrapErr) return "ERR";
    if (s == kTrapDebug) return "DEBUG";
    return signals::name_of(s);
}

/// Calls fn(signal) for each condition named in `names`; a bad one is reported and the
/// others still apply, and the status is then 1 (dash, bash).
template <class Fn>
int for_each_condition(Shell& sh, Args names, Fn fn) {
    int status = 0;
    for (const auto& name : names) {
        if (name == "ERR" || name == "DEBUG") {
            fn(name == "ERR" ? kTrapErr : kTrapDebug);
            continue;
        }
        auto sig = signals::from_name(name);
        if (!sig) {
            sh.error("trap: " + name + ": bad trap");
            status = 1;
            continue;
        }
        fn(*sig);
    }
    return status;
}

}  // namespace

int builtin_trap(Shell& sh, io::IoStreams& io, Args argv) {
    size_t i = 1;
    const TrapTable& listed = sh.listed_traps ? *sh.listed_traps : sh.traps;
    if (i < argv.size() && argv[i] == "-l") {
        for (int s : signals::all_signals()) io.out << s << ") SIG" << signals::name_of(s) << "\n";
        return 0;
    }
    if (i < argv.size() && argv[i] == "-p") {
        // trap -p [condition...] (POSIX 2024): the commands that would restore the given
        // conditions, default ones included (`trap -- - INT`); all of them without operands.
        ++i;
        if (i < argv.size() && argv[i] == "--") ++i;
        auto print = [&](int s) {
            const auto& a = listed.action[static_cast<size_t>(s)];
            io.out << "trap -- " << (a ? shell_quote_always(*a) : std::string("-")) << " "
                   << condition_name(s) << "\n";
        };
        if (i >= argv.size()) {
            print(0);
            for (int s : signals::all_signals()) print(s);
            for (int s : {kTrapDebug, kTrapErr}) {
                if (listed.action[static_cast<size_t>(s)]) print(s);
            }
            return 0;
        }
        return for_each_condition(sh, argv.subspan(i), print);
    }
    if (i < argv.size() && argv[i] == "--") ++i;
    if (i >= argv.size()) {
        for (int s = 0; s < kTrapSlots; ++s) {
            const auto& a = listed.action[static_cast<size_t>(s)];
            if (!a) continue;
            io.out << "trap -- " << shell_quote_always(*a) << " " << condition_name(s) << "\n";
        }
        return 0;
    }
    // `trap N sig...` with N an unsigned number resets every listed condition (POSIX).
    std::optional<std::string> action;
    bool reset = false;
    const std::string& first = argv[i];
    bool numeric = !first.empty() && first.find_first_not_of("0123456789") == std::string::npos;
    if (numeric || first == "-") {
        reset = true;
        if (!numeric) ++i;
    } else {
        action = first;
        ++i;
    }
    if (i >= argv.size() && !numeric) fail("trap", "condition expected");
    sh.listed_traps.reset();
    return for_each_condition(sh, argv.subspan(i), [&](int s) {
        if (s == SIGKILL || s == SIGSTOP) return;
        // A non-interactive shell cannot trap a signal that was ignored when it started.
        if (s > 0 && s < NSIG && signals::ignored_at_entry(s) && !sh.opt.interactive) return;
        auto& slot = sh.traps.action[static_cast<size_t>(s)];
        if (reset) {
            slot.reset();
        } else {
            slot = action;
        }
        if (s > 0 && s < NSIG) sh.apply_disposition(s);
    });
}

}  // namespace ipsh::builtins
