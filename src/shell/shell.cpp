// shell.cpp: Shell state helpers: messages and POSIX 2.8.1 error consequences, assignments,
// options, traps at safe points, subshell entry and shell exit.
#include "shell/shell.hpp"

#include "exec/executor.hpp"
#include "expand/expand.hpp"
#include "interactive/line_editor.hpp"
#include "io/fd.hpp"
#include "lex/lexer.hpp"
#include "signals/signals.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <clocale>
#include <cstdlib>

namespace ipsh {

namespace {

constexpr std::array<OptionSpec, 22> kOptions = {{
    {'a', "allexport", &ShellOptions::allexport},
    {'B', "braceexpand", &ShellOptions::braceexpand},
    {'b', "notify", &ShellOptions::notify},
    {'C', "noclobber", &ShellOptions::noclobber},
    {'E', "errtrace", &ShellOptions::errtrace},
    {'e', "errexit", &ShellOptions::errexit},
    {'f', "noglob", &ShellOptions::noglob},
    {'h', "hashall", &ShellOptions::hashall},
    {'i', "interactive", &ShellOptions::interactive},
    {'m', "monitor", &ShellOptions::monitor},
    {'n', "noexec", &ShellOptions::noexec},
    {'s', "stdin", &ShellOptions::stdin_mode},
    {'T', "functrace", &ShellOptions::functrace},
    {'u', "nounset", &ShellOptions::nounset},
    {'v', "verbose", &ShellOptions::verbose},
    {'x', "xtrace", &ShellOptions::xtrace},
    {0, "emacs", &ShellOptions::emacs},
    {0, "ignoreeof", &ShellOptions::ignoreeof},
    {0, "nolog", &ShellOptions::nolog},
    {0, "pipefail", &ShellOptions::pipefail},
    {0, "posix", &ShellOptions::posix},
    {0, "vi", &ShellOptions::vi},
}};

/// The options of `shopt` (bash) that ipsh implements, sorted by name.
constexpr std::array<OptionSpec, 7> kShopts = {{
    {0, "dotglob", &ShellOptions::dotglob},
    {0, "expand_aliases", &ShellOptions::expand_aliases},
    {0, "extglob", &ShellOptions::extglob},
    {0, "failglob", &ShellOptions::failglob},
    {0, "nocaseglob", &ShellOptions::nocaseglob},
    {0, "nullglob", &ShellOptions::nullglob},
    {0, "xpg_echo", &ShellOptions::xpg_echo},
}};

[[gnu::noinline]] std::uintptr_t frame_address() {
    return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
}

}  // namespace

std::span<const OptionSpec> option_specs() { return kOptions; }

std::span<const OptionSpec> shopt_specs() { return kShopts; }

bool set_shopt_option(ShellOptions& o, std::string_view name, bool on) {
    for (const auto& spec : kShopts) {
        if (name != spec.name) continue;
        o.*spec.flag = on;
        return true;
    }
    return false;
}

bool set_named_option(ShellOptions& o, std::string_view name, bool on) {
    for (const auto& spec : kOptions) {
        if (name != spec.name) continue;
        if (!spec.named()) return false;
        o.*spec.flag = on;
        if (spec.flag == &ShellOptions::vi) o.emacs = !on;
        if (spec.flag == &ShellOptions::emacs) o.vi = !on;
        return true;
    }
    return false;
}

bool set_letter_option(ShellOptions& o, char letter, bool on) {
    if (letter == 'i' || letter == 's') return false;
    for (const auto& spec : kOptions) {
        if (spec.letter != letter) continue;
        o.*spec.flag = on;
        return true;
    }
    return false;
}

Shell::Shell() : executor_(std::make_unique<exec::Executor>(*this)) {
    root_pid = ::getpid();
    stack_base = frame_address();
    vars.on_change = [this](std::string_view name) { on_var_change(name); };
    vars.refresh = [this](std::string_view name, vars::Var& v) { refresh_dynamic(name, v); };
    vars.on_ref_problem = [this](std::string_view name, vars::RefProblem p) {
        const std::string n(name);
        switch (p) {
        case vars::RefProblem::kCircular:
            error("warning: " + n + ": circular name reference");
            break;
        case vars::RefProblem::kDropped:
            error("warning: " + n + ": removing nameref attribute");
            break;
        // Like a readonly variable, these abandon the assignment (bash).
        case vars::RefProblem::kCircularWrite:
            raise(1, "warning: " + n + ": circular name reference", ErrorKind::Assignment);
        case vars::RefProblem::kBadName:
            raise(1, "'" + n + "': not a valid identifier", ErrorKind::Assignment);
        }
    };
    // declare -n r='a[$i+1]': the subscript is expanded each time r is used (bash).
    vars.subscript_key = [this](std::string_view base, const vars::Var* v, const std::string& text,
                                bool write) -> std::optional<std::string> {
        const bool plain = text.find_first_of("$`\\") == std::string::npos;
        const std::string name(base);
        std::string sub = plain ? text : expand_text(text);
        if (!plain) v = vars.find(name);  // the expansion may have changed it
        if (v && (v->flags & vars::kAssoc)) return sub;
        std::int64_t i = 0;
        if (array_index(v, sub, i)) return std::to_string(i);
        const std::string m = name + "[" + sub + "]: bad array subscript";
        if (write) raise(1, m, ErrorKind::Utility);
        error(m);
        return std::nullopt;
    };
}

void Shell::init_dynamic_vars() {
    for (const char* name : {"RANDOM", "SECONDS", "BASHPID", "LINENO"}) {
        vars.set(name, "");
        vars.add_flags(name, vars::kDynamic);
    }
    vars.make_array("PIPESTATUS", false);
    vars.add_flags("PIPESTATUS", vars::kDynamic);
    vars.make_array("DIRSTACK", false);
    vars.add_flags("DIRSTACK", vars::kDynamic);
    vars.set("SHELLOPTS", "");
    vars.add_flags("SHELLOPTS", vars::kDynamic | vars::kReadonly);
    seconds_base = static_cast<std::int64_t>(::time(nullptr));
    start_time = seconds_base;
    reseed_random();
}

void Shell::reseed_random() {
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    random_state = (static_cast<std::uint64_t>(ts.tv_nsec) << 20) ^
                   static_cast<std::uint64_t>(ts.tv_sec) ^
                   (static_cast<std::uint64_t>(::getpid()) << 40);
}

void Shell::refresh_dynamic(std::string_view name, vars::Var& v) {
    if (name == "RANDOM") {
        // A 64-bit LCG; its high bits give 0..32767, as bash's RANDOM does.
        random_state = random_state * 6364136223846793005ULL + 1442695040888963407ULL;
        v.value = std::to_string((random_state >> 33) & 0x7fff);
        v.is_set = true;
    } else if (name == "SECONDS") {
        v.value = std::to_string(static_cast<std::int64_t>(::time(nullptr)) - seconds_base);
        v.is_set = true;
    } else if (name == "LINENO") {
        // A variable (not only an expansion) so that arithmetic sees it: (( x = LINENO )).
        v.value = std::to_string(current_line);
        v.is_set = true;
    } else if (name == "BASHPID") {
        v.value = std::to_string(::getpid());
        v.is_set = true;
    } else if (name == "SHELLOPTS") {
        // The set -o options that are on, in alphabetical order, joined with ':' (bash).
        std::vector<std::string_view> on;
        for (const auto& o : kOptions) {
            if (o.named() && opt.*o.flag) on.push_back(o.name);
        }
        std::sort(on.begin(), on.end());
        v.value.clear();
        for (auto n : on) v.value.append(v.value.empty() ? "" : ":").append(n);
        v.is_set = true;
    } else if (name == "PIPESTATUS" && (v.flags & vars::kArray)) {
        v.elems.clear();
        for (size_t i = 0; i < pipestatus.size(); ++i) {
            v.elems[static_cast<std::int64_t>(i)] = std::to_string(pipestatus[i]);
        }
    } else if (name == "DIRSTACK" && (v.flags & vars::kArray)) {
        // The current directory, then the pushd stack (bash), full names: no ~.
        v.elems.clear();
        const std::string* pwd = vars.get("PWD");
        if (pwd && !pwd->empty() && (*pwd)[0] == '/') {
            v.elems[0] = *pwd;
        } else if (char* cwd = ::getcwd(nullptr, 0)) {
            v.elems[0] = cwd;
            std::free(cwd);
        }
        for (size_t i = 0; i < dir_stack.size(); ++i) v.elems[static_cast<std::int64_t>(i + 1)] = dir_stack[i];
    }
}

Shell::~Shell() = default;

void Shell::on_var_change(std::string_view name) {
    if (name == "PATH") {
        path_cache.clear();
    } else if (name == "PWD") {
        // A command found through a relative PATH entry is somewhere else now.
        std::erase_if(path_cache, [](const auto& e) { return e.second.empty() || e.second[0] != '/'; });
    } else if (name == "IFS") {
        if (const std::string* v = vars.get("IFS")) {
            ifs_cache = *v;
            ifs_set = true;
        } else {
            ifs_set = false;
        }
    } else if (name == "RANDOM" || name == "SECONDS") {
        // Assigning seeds RANDOM and sets where SECONDS counts from (bash). The value is
        // read from the table itself: the variable stays dynamic.
        const vars::Var* raw = vars.find_raw(name);
        if (raw && (raw->flags & vars::kDynamic)) {
            std::int64_t n = std::strtoll(raw->value.c_str(), nullptr, 10);
            if (name == "RANDOM") {
                random_state = static_cast<std::uint64_t>(n);
            } else {
                seconds_base = static_cast<std::int64_t>(::time(nullptr)) - n;
            }
        }
    } else if (name == "DIRSTACK") {
        // DIRSTACK[n]=dir replaces an entry of the stack; element 0 (the current directory)
        // and indices past the end change nothing (bash).
        const vars::Var* raw = vars.find_raw(name);
        if (raw && (raw->flags & vars::kDynamic) && raw->is_array()) {
            for (size_t i = 0; i < dir_stack.size(); ++i) {
                auto it = raw->elems.find(static_cast<std::int64_t>(i + 1));
                if (it != raw->elems.end()) dir_stack[i] = it->second;
            }
        }
    } else if (name == "OPTIND") {
        const std::string* v = vars.get("OPTIND");
        const long long n = v ? std::strtoll(v->c_str(), nullptr, 10) : 1;
        getopts = {n >= 1 ? static_cast<std::size_t>(n) : 1, {}};
    } else if (name == "LC_ALL" || name == "LC_CTYPE" || name == "LANG") {
        apply_locale();
    }
}

void Shell::apply_locale() {
    // The character type decides what one character is for ?, ${#x} and ${x#?} (XBD 7).
    // Only LC_CTYPE: sorting and messages stay in the C locale, so output is predictable.
    const char* name = "C";
    for (const char* var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const std::string* v = vars.get(var);
        if (v && !v->empty()) {
            name = v->c_str();
            break;
        }
    }
    if (!std::setlocale(LC_CTYPE, name)) std::setlocale(LC_CTYPE, "C");
}

std::string_view Shell::ifs() const {
    return ifs_set ? std::string_view(ifs_cache) : std::string_view(" \t\n");
}

std::string Shell::error_prefix() const {
    std::string p = "ipsh: ";
    if (!script_name.empty()) p += script_name + ": ";
    if (!opt.interactive && current_line > 0) p += "line " + std::to_string(current_line) + ": ";
    return p;
}

void Shell::error(std::string_view message, int fd) const {
    std::string line = error_prefix();
    line.append(message);
    line.push_back('\n');
    io::write_all(fd, line);
}

void Shell::raise(int status, const std::string& message, ErrorKind kind) {
    error(message);
    throw ShellError{status, "", kind};
}

void Shell::check_stack(const std::string& what) {
    if (stack_budget == 0) {
        rlimit rl{};
        std::uintptr_t limit = 8u << 20;
        if (::getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = rl.rlim_cur;
        if (limit > (64u << 20)) limit = 64u << 20;
        stack_budget = limit - limit / 4;
    }
    const std::uintptr_t here = frame_address();
    if (stack_base > here && stack_base - here > stack_budget) {
        std::string m = what + ": maximum recursion depth exceeded";
        if (func_depth > 0) m += " (" + std::to_string(func_depth) + " nested function calls)";
        raise(2, m, ErrorKind::Expansion);
    }
}

bool Shell::report(const ShellError& e, bool /*special_builtin*/) {
    if (!e.message.empty()) error(e.message);
    last_status = e.status;
    // A utility error that abandoned a whole command (failglob's "no match") is a failed
    // command: set -e ends the shell, even in a condition, as bash does.
    if (e.kind == ErrorKind::Utility) return opt.errexit;
    return !opt.interactive || is_subshell();
}

void Shell::assign(std::string_view name, std::string value) {
    if (!vars.set(name, std::move(value), opt.allexport ? vars::kExported : 0)) {
        raise(1, msg::readonly(vars.resolve(name)), ErrorKind::Assignment);
    }
}

std::string Shell::option_letters() const {
    std::string s;
    for (const auto& o : kOptions) {
        // B is left out, so $- reads the same as in dash for POSIX scripts.
        if (o.letter && o.letter != 'B' && opt.*o.flag) s.push_back(o.letter);
    }
    return s;
}

bool Shell::set_option(std::string_view name, bool on) {
    if (!set_named_option(opt, name, on)) return false;
    if ((name == "vi" || name == "emacs") && editor) editor->set_vi_mode(opt.vi);
    return true;
}

bool Shell::set_option_letter(char c, bool on) { return set_letter_option(opt, c, on); }

void Shell::restore_options(const ShellOptions& saved) {
    const bool vi = opt.vi;
    ShellOptions o = saved;
    o.interactive = opt.interactive;
    o.stdin_mode = opt.stdin_mode;
    o.login = opt.login;
    opt = o;
    if (opt.vi != vi && editor) editor->set_vi_mode(opt.vi);
}

std::string Shell::expand_text(const std::string& text) {
    try {
        lex::StringSource empty("");
        lex::Reader rd(empty);
        parse::Parser parser(rd, this);
        ast::Word w = lex::Lexer::parse_heredoc_text(text, current_line, parser);
        return expand::expand_string(*this, w);
    } catch (const lex::SyntaxFailure&) {
        return text;
    } catch (const ShellError&) {
        return text;
    }
}

const std::string* Shell::find_alias(const std::string& name) const {
    if (!opt.expand_aliases) return nullptr;  // shopt -u expand_aliases
    auto it = aliases.find(name);
    return it == aliases.end() ? nullptr : &it->second;
}

bool Shell::has_traps() const {
    for (const auto& a : traps.action) {
        if (a && !a->empty()) return true;
    }
    return false;
}

std::array<bool, NSIG> Shell::child_ignored() const {
    std::array<bool, NSIG> keep{};
    for (int s = 1; s < NSIG; ++s) {
        const auto& a = traps.action[static_cast<size_t>(s)];
        keep[static_cast<size_t>(s)] = a && a->empty();
    }
    return keep;
}

void Shell::apply_disposition(int sig) {
    if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP) return;
    const auto& act = traps.action[static_cast<size_t>(sig)];
    if (act) {
        if (act->empty()) {
            signals::ignore_signal(sig);
        } else {
            signals::catch_signal(sig);
        }
        return;
    }
    const bool inter = opt.interactive && !is_subshell();
    if (inter) {
        switch (sig) {
        case SIGINT: case SIGCHLD: case SIGWINCH: case SIGHUP:
            signals::catch_signal(sig);
            return;
        case SIGQUIT: case SIGTERM:
            signals::ignore_signal(sig);
            return;
        case SIGTSTP: case SIGTTIN: case SIGTTOU:
            if (opt.monitor) {
                signals::ignore_signal(sig);
                return;
            }
            break;
        default: break;
        }
    }
    if (signals::ignored_at_entry(sig)) {
        signals::ignore_signal(sig);
    } else {
        signals::default_signal(sig);
    }
    // (ignored_at_entry() learns the inherited state before anything is changed.)
}

void Shell::install_signal_handlers() {
    // Only the signals the shell has a reason to touch: in a non-interactive shell without
    // traps that is none at all, so start-up costs no system call here.
    for (int s = 1; s < NSIG; ++s) {
        if (traps.action[static_cast<size_t>(s)]) apply_disposition(s);
    }
    if (opt.interactive && !is_subshell()) {
        for (int s : {SIGINT, SIGCHLD, SIGWINCH, SIGHUP, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU}) {
            apply_disposition(s);
        }
    }
}

void Shell::run_pending_traps() {
    if (!signals::any_pending()) return;
    for (int s = 1; s < NSIG; ++s) {
        if (trap_running[static_cast<size_t>(s)] || !signals::take(s)) continue;
        const auto& act = traps.action[static_cast<size_t>(s)];
        if (s == SIGCHLD) {
            jobs::reap_ready(jobs);
            if (opt.notify && opt.interactive && !is_subshell()) notify_jobs();
        }
        if (act && !act->empty()) {
            const std::string action = *act;
            const int saved = last_status;
            // What a nested trap changes is put back for the action it interrupted.
            struct Running {
                Shell& sh;
                size_t sig;
                int status;
                int depth;
                ~Running() {
                    sh.trap_running[sig] = false;
                    sh.trap_status = status;
                    sh.trap_func_depth = depth;
                }
            } running{*this, static_cast<size_t>(s), trap_status, trap_func_depth};
            trap_running[static_cast<size_t>(s)] = true;
            trap_status = saved;
            trap_func_depth = func_depth;
            exec::ExecResult r;
            try {
                r = executor().run_string(action, current_line);
            } catch (const ShellError& e) {
                if (report(e)) exit_shell(e.status);
                continue;
            }
            if (r.flow == Flow::Exit) exit_shell(r.status);
            if (r.flow == Flow::Return && (func_depth > 0 || source_depth > 0)) {
                // `return` in the action returns from the function (or dot script) that was
                // running when the signal came (dash, bash); the executor picks it up.
                flow = Flow::Return;
                flow_levels = 0;
                last_status = r.status;
                continue;
            }
            last_status = saved;
            continue;
        }
        if (s == SIGINT && opt.interactive && !is_subshell()) {
            throw Interrupted{};
        }
        if ((s == SIGHUP || s == SIGTERM) && opt.interactive && !is_subshell() && !act) {
            if (s == SIGTERM) continue;  // an interactive shell ignores SIGTERM
            // Hang-up: pass it on to the jobs, save history, leave (bash does the same).
            for (auto& j : jobs.all()) {
                if (j->done()) continue;
                pid_t target = j->job_control && j->pgid > 0 ? -j->pgid : j->procs.front().pid;
                ::kill(target, SIGHUP);
                if (j->stopped()) ::kill(target, SIGCONT);
            }
            exit_shell(128 + SIGHUP);
        }
    }
}

void Shell::run_hook_trap(int condition) {
    const auto slot = static_cast<size_t>(condition);
    const auto& act = traps.action[slot];
    // Functions do not inherit ERR and DEBUG, unless set -E (ERR) or set -T (DEBUG).
    const bool inherited = condition == kTrapErr ? opt.errtrace : opt.functrace;
    if (!act || act->empty() || trap_running[slot] || (func_depth > 0 && !inherited)) return;
    const std::string action = *act;
    const int saved = last_status;
    struct Running {
        Shell& sh;
        size_t slot;
        ~Running() { sh.trap_running[slot] = false; }
    } running{*this, slot};
    trap_running[slot] = true;
    exec::ExecResult r;
    try {
        r = executor().run_string(action, current_line);
    } catch (const ShellError& e) {
        if (report(e)) exit_shell(e.status);
    }
    if (r.flow == Flow::Exit) exit_shell(r.status);
    last_status = saved;
}

void Shell::enter_subshell(bool /*keep_job_control_tty*/) {
    ++subshell_level;
    opt.interactive = false;
    reseed_random();
    trap_status = -1;  // `(exit)` inside a trap action exits the subshell with its own $?
    // A subshell started by the EXIT trap runs its own EXIT trap (dash, bash):
    // `trap '(trap "echo inner" EXIT; :)' EXIT`.
    exiting = false;
    jobs.clear();
    editor = nullptr;
    // Caught signals go back to their defaults in a subshell; ignored ones stay ignored
    // (XCU 2.12). The EXIT trap of the parent does not run when the subshell ends.
    if (!listed_traps) listed_traps = traps;
    for (int s = 0; s < kTrapSlots; ++s) {
        // set -E and set -T keep ERR and DEBUG in subshells (bash).
        if ((s == kTrapErr && opt.errtrace) || (s == kTrapDebug && opt.functrace)) continue;
        auto& a = traps.action[static_cast<size_t>(s)];
        if (a && !a->empty()) a.reset();
    }
}

void Shell::notify_jobs(bool only_changed) {
    std::vector<const jobs::Job*> finished;
    jobs::Job* cur = jobs.current();
    jobs::Job* prev = jobs.previous();
    for (auto& jp : jobs.all()) {
        jobs::Job& j = *jp;
        if (j.hidden || j.id == 0) continue;
        bool report_done = j.done();
        bool report_stop = j.stopped() && (j.changed || !only_changed);
        if (!report_done && !report_stop) continue;
        if (opt.interactive && !is_subshell()) {
            char mark = &j == cur ? '+' : (&j == prev ? '-' : ' ');
            io::write_all(2, jobs::format_job(j, mark, false) + "\n");
        }
        j.changed = false;
        if (report_done) finished.push_back(&j);
    }
    if (opt.interactive || only_changed) {
        for (const auto* j : finished) jobs.remove(j);
    }
}

void Shell::exit_shell(int status) {
    if (!exiting) {
        exiting = true;
        auto& act = traps.action[0];
        if (act && !act->empty()) {
            std::string action = *act;
            act.reset();
            last_status = status;
            trap_status = status;
            try {
                exec::ExecResult r = executor().run_string(action, current_line);
                if (r.flow == Flow::Exit) status = r.status;
            } catch (const ShellError& e) {
                report(e);
            } catch (...) {
            }
        }
    }
    if (is_subshell()) ::_exit(status & 0xff);
    if (opt.interactive) {
        // Stopped jobs would stay stopped forever once their shell is gone: hang them up and
        // let them continue to receive it (the warning of the first `exit` said so).
        for (auto& j : jobs.all()) {
            if (!j->stopped()) continue;
            pid_t target = j->job_control && j->pgid > 0 ? -j->pgid : j->procs.front().pid;
            ::kill(target, SIGHUP);
            ::kill(target, SIGCONT);
        }
    }
    if (editor) editor->shutdown();
    if (has_tmodes && tty_fd >= 0) ::tcsetattr(tty_fd, TCSADRAIN, &shell_tmodes);
    std::exit(status & 0xff);
}

}  // namespace ipsh
