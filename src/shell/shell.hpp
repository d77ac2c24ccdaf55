// shell.hpp: Shell, the one state object (STYLE §8). It owns variables, functions, aliases,
// options, jobs, traps and positional parameters, and is passed as Shell& to the executor
// and every builtin.
#pragma once

#include "ast/ast.hpp"
#include "jobs/jobs.hpp"
#include "parse/parser.hpp"
#include "shell/errors.hpp"
#include "vars/vars.hpp"

#include <sys/types.h>

#include <array>
#include <cstdint>
#include <csignal>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ipsh {

namespace exec {
class Executor;
}
namespace interactive {
class LineEditor;
}

/// Options set on the command line and by `set` (POSIX `set` plus pipefail, vi, emacs...).
struct ShellOptions {
    bool allexport = false;   // -a
    bool notify = false;      // -b
    bool noclobber = false;   // -C
    bool errexit = false;     // -e
    bool noglob = false;      // -f
    bool hashall = false;     // -h
    bool interactive = false; // -i
    bool monitor = false;     // -m
    bool noexec = false;      // -n
    bool stdin_mode = false;  // -s
    bool nounset = false;     // -u
    bool verbose = false;     // -v
    bool xtrace = false;      // -x
    bool pipefail = false;
    bool errtrace = false;    // -E (bash): the ERR trap also runs in functions and subshells
    bool functrace = false;   // -T (bash): the DEBUG trap likewise
    bool posix = false;  // bash's `set -o posix`: recorded only, ipsh already follows POSIX
    bool braceexpand = true;  // -B (bash): a{b,c} and {1..3}; not shown in $-
    // shopt options (bash)
    bool nullglob = false;
    bool failglob = false;
    bool dotglob = false;
    bool nocaseglob = false;
    bool extglob = false;  // ?(..) *(..) +(..) @(..) !(..) patterns; read when a line is parsed
    bool xpg_echo = false;  // echo interprets escapes without -e (XSI, dash)
    bool expand_aliases = true;
    bool ignoreeof = false;
    bool vi = false;
    bool emacs = true;
    bool nolog = false;
    bool login = false;
};

/// One entry of `set -o` and `$-`.
struct OptionSpec {
    char letter;  // 0 when only a long name exists
    const char* name;
    bool ShellOptions::*flag;
    /// A `set -o` option, listed (set -o, SHELLOPTS) and set by name: interactive and
    /// stdin mode are only chosen on the command line.
    bool named() const { return flag != &ShellOptions::interactive && flag != &ShellOptions::stdin_mode; }
};
std::span<const OptionSpec> option_specs();
/// The `shopt` options (bash), and setting one by name; false when unknown.
std::span<const OptionSpec> shopt_specs();
bool set_shopt_option(ShellOptions& o, std::string_view name, bool on);
/// Sets a `set -o` option by name / by letter on `o`; false when unknown (or i/s, which
/// only the command line can set).
bool set_named_option(ShellOptions& o, std::string_view name, bool on);
bool set_letter_option(ShellOptions& o, char letter, bool on);

/// Control flow requested by break/continue/return/exit, read by the executor after the
/// builtin returns (STYLE §5: control flow is returned, not thrown).
enum class Flow : std::uint8_t { Normal, Break, Continue, Return, Exit };

/// The trap conditions that are not signals (bash): they follow the signals in TrapTable.
inline constexpr int kTrapDebug = NSIG;    // DEBUG: before each simple command
inline constexpr int kTrapErr = NSIG + 1;  // ERR: a command failed where set -e would exit
inline constexpr int kTrapSlots = NSIG + 2;  // EXIT, the signals, DEBUG, ERR

struct TrapTable {
    /// nullopt: default; "": ignored; otherwise the command to run. Index 0 is EXIT, then
    /// the signals, then DEBUG and ERR (the order `trap` lists them in, as bash does).
    std::array<std::optional<std::string>, kTrapSlots> action;
};

class Shell : public parse::AliasTable {
public:
    Shell();
    ~Shell() override;
    Shell(const Shell&) = delete;
    Shell& operator=(const Shell&) = delete;

    // --- state -----------------------------------------------------------------------
    vars::VarTable vars;
    std::unordered_map<std::string, std::shared_ptr<const ast::FuncDef>> functions;
    std::map<std::string, std::string> aliases;
    ShellOptions opt;
    jobs::JobTable jobs;
    TrapTable traps;
    /// In a subshell, the traps from before it was entered: `trap` and `trap -p` list them
    /// until a trap command with operands runs there (POSIX 2024 trap, bash). Unset outside.
    std::optional<TrapTable> listed_traps;
    std::vector<std::string> positional;  // $1...
    std::string arg0;                     // $0
    std::string script_name;              // shown in messages when running a script file
    int last_status = 0;                  // $?
    pid_t last_bg_pid = 0;                // $!
    std::vector<int> pipestatus;          // PIPESTATUS: the last foreground pipeline's statuses
    std::uint64_t random_state = 0;       // RANDOM's generator
    std::int64_t seconds_base = 0;        // SECONDS counts from this time
    std::int64_t start_time = 0;          // when the shell started: printf %(fmt)T -2
    pid_t root_pid = 0;                   // $$ (the top shell's pid, also in subshells)
    pid_t shell_pgid = 0;
    int tty_fd = -1;                      // terminal for job control (high, close-on-exec)
    termios shell_tmodes{};
    bool has_tmodes = false;
    int current_line = 0;                 // LINENO and the line shown in messages
    std::string last_arg;                 // $_: the last argument of the last simple command
    int subshell_level = 0;
    bool is_subshell() const { return subshell_level > 0; }
    /// Signals whose trap action is running: it does not run again inside itself (the signal
    /// stays pending), but another signal's trap may interrupt it (dash, bash).
    std::array<bool, kTrapSlots> trap_running{};
    /// $? just before the running trap action (EXIT included), -1 outside one: a bare `exit`
    /// in the action uses it (XCU exit: "the exit status shall be the value it had
    /// immediately preceding the trap action").
    int trap_status = -1;
    int trap_func_depth = 0;  // func_depth when the running trap action started
    int func_depth = 0;
    /// The running function's slot for `local -` (dash, bash): the options as they were when
    /// it ran, restored when the function returns. Null outside functions.
    std::optional<ShellOptions>* local_options = nullptr;
    int loop_depth = 0;
    int source_depth = 0;
    int cmdsub_status = 0;                // status of the last $(...) in the current command
    bool cmdsub_ran = false;
    bool exiting = false;
    int stopped_jobs_warned = 0;          // `exit` with stopped jobs warns once
    /// Where getopts is (dash): the index of the next word, and the letters still to read
    /// from a grouped word such as -abc. The place belongs to the positional parameters:
    /// `set --` starts it over and each function call has its own, put back on return.
    /// Assigning OPTIND moves the index (OPTIND=1 starts over).
    struct GetoptsPlace {
        std::size_t index = 1;
        std::string rest;
    };
    GetoptsPlace getopts;
    /// The directory stack of pushd, popd and dirs (bash), without the current directory,
    /// which `dirs` shows first: front() is the directory `popd` goes back to. Entries are
    /// kept as given (`pushd -n dir` does not check dir). DIRSTACK reads it.
    std::vector<std::string> dir_stack;
    std::array<bool, NSIG> trap_ignored{};  // user ignored with trap ''

    // Control flow requested by a builtin.
    Flow flow = Flow::Normal;
    int flow_levels = 0;

    std::uintptr_t stack_base = 0;        // frame address near main(), for the recursion check
    std::uintptr_t stack_budget = 0;      // bytes of stack recursion may use (from RLIMIT_STACK)

    exec::Executor& executor() { return *executor_; }
    interactive::LineEditor* editor = nullptr;

    // --- behaviour -------------------------------------------------------------------
    /// Prefix for messages: "ipsh: ", then "script: " when running a file, then "line N: "
    /// when not interactive.
    std::string error_prefix() const;
    /// Writes "<prefix><message>\n" to `fd` (standard error unless a command's own
    /// redirected standard error is meant).
    void error(std::string_view message, int fd = 2) const;
    /// Reports an error where it happens (so it goes to the stderr of the failing command,
    /// inside its redirections), then throws a ShellError with an empty message to unwind.
    [[noreturn]] void raise(int status, const std::string& message, ErrorKind kind);
    /// Raises an error instead of letting runaway recursion (functions, eval, .) overflow the
    /// stack: `what` names the culprit in the message.
    void check_stack(const std::string& what);
    /// Prints a ShellError and applies POSIX 2.8.1: returns true when the shell must exit.
    bool report(const ShellError& e, bool special_builtin = false);

    /// Sets a variable as an assignment does (allexport, readonly check). Throws ShellError.
    void assign(std::string_view name, std::string value);
    /// Arrays (bash). `subscript` is the expanded text between the brackets: an arithmetic
    /// expression for an indexed array, the key of an associative one. Throw ShellError.
    /// name=(...) and name+=(...).
    void assign_array(std::string_view name, const vars::ArrayLiteral& lit, bool append);
    /// name[subscript]=value and name[subscript]+=value.
    void assign_element(std::string_view name, const std::string& subscript, std::string value, bool append);
    /// name+=value.
    void assign_append(std::string_view name, std::string value);
    /// The element name[subscript]; false when it is unset.
    bool element(std::string_view name, const std::string& subscript, std::string& out);
    /// test -v / [[ -v ]]: whether `name` or `name[subscript]` is set.
    bool var_is_set(const std::string& spec);
    /// unset 'name[subscript]'; false (after a message) when it cannot be unset.
    bool unset_element(std::string_view name, const std::string& subscript);
    /// The index an indexed-array subscript stands for: negative ones count back from the
    /// end. False when it is before the first element.
    bool array_index(const vars::Var* v, const std::string& subscript, std::int64_t& out);
    /// Array literals given to the declaration utility now running, by argument index.
    std::vector<std::pair<size_t, vars::ArrayLiteral>> array_args;

    /// The value of IFS, or the default " \t\n" when unset.
    std::string_view ifs() const;
    /// Expands text the way a here-document body is expanded ($x, $(...), $((...)), \):
    /// used for PS1/PS2/PS4 and ENV. Falls back to the text itself on a syntax error.
    std::string expand_text(const std::string& text);
    /// `$-`.
    std::string option_letters() const;
    /// Applies `set -o name` / `set +o name`; false when unknown.
    bool set_option(std::string_view name, bool on);
    bool set_option_letter(char c, bool on);
    /// Puts back the options `set` can change (not -i, -s or the login flag), as `local -`
    /// does when its function returns.
    void restore_options(const ShellOptions& saved);

    /// Runs pending traps (at a safe point). Returns the control flow an `exit` in a trap
    /// asked for. Throws Interrupted when an untrapped SIGINT arrived in an interactive shell.
    void run_pending_traps();
    /// Runs the ERR or DEBUG trap action, if one is set and it is not running already; $?
    /// is kept around it. At the top level only: functions do not inherit them (bash
    /// without set -E / -T).
    void run_hook_trap(int condition);
    /// Runs the EXIT trap (once), saves history, and exits the process with `status`.
    [[noreturn]] void exit_shell(int status);
    /// Called in a forked child that runs shell code: resets traps and job state.
    void enter_subshell(bool keep_job_control_tty = false);
    /// Sets the disposition of `sig` from the trap table and the shell's own needs
    /// (interactive: SIGINT, SIGCHLD, SIGWINCH, SIGHUP caught; SIGQUIT, SIGTERM and, under
    /// job control, SIGTSTP/SIGTTIN/SIGTTOU ignored).
    void apply_disposition(int sig);
    /// apply_disposition() for every signal.
    void install_signal_handlers();
    /// True when some condition (EXIT included) has a command trap, not just '' or default.
    bool has_traps() const;
    /// The signals a child must keep ignored.
    std::array<bool, NSIG> child_ignored() const;

    /// Job control: whether it is active now (interactive -m and a terminal).
    bool job_control() const { return opt.monitor && tty_fd >= 0 && !is_subshell(); }
    /// Prints notices of finished or stopped background jobs and forgets finished ones.
    void notify_jobs(bool only_changed = true);

    const std::string* find_alias(const std::string& name) const override;
    bool extglob_enabled() const override { return opt.extglob; }

    /// Hash table of command paths; dropped when PATH changes.
    std::unordered_map<std::string, std::string, vars::StringHash, std::equal_to<>> path_cache;
    std::string ifs_cache;
    int command_number = 1;                       // \# in prompts
    std::string completion_path;                  // PATH the command-name cache was built for
    std::vector<std::string> completion_commands;
    bool ifs_set = false;

    /// Sets the C library's LC_CTYPE from LC_ALL, LC_CTYPE or LANG (the shell's variables).
    void apply_locale();

    /// Creates bash's dynamic variables (RANDOM, SECONDS, BASHPID, PIPESTATUS).
    void init_dynamic_vars();
    /// A new seed for RANDOM, so subshells do not repeat their parent's numbers.
    void reseed_random();

private:
    void on_var_change(std::string_view name);
    void refresh_dynamic(std::string_view name, vars::Var& v);
    std::unique_ptr<exec::Executor> executor_;
};

}  // namespace ipsh
