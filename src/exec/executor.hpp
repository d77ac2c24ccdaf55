// executor.hpp: walks the AST and runs it (dash eval.c, fish parse_execution.cpp). Pipelines
// fork one child per stage wired with pipe()/dup2(); simple external commands take a
// posix_spawn (vfork) path; builtins and functions outside pipelines run in the shell.
#pragma once

#include "ast/ast.hpp"
#include "jobs/jobs.hpp"
#include "lex/reader.hpp"
#include "shell/shell.hpp"

#include <functional>
#include <string>
#include <vector>

namespace ipsh::exec {

struct ExecFlags {
    bool exit_after = false;  // we are a child that ends after this command: exec in place
    bool tested = false;      // in a condition or a non-final && / || operand: no set -e
};

struct ExecResult {
    int status = 0;
    Flow flow = Flow::Normal;
    int levels = 0;  // for break N / continue N
};

/// How `run_argv` looks a name up.
struct Lookup {
    bool functions = true;
    bool builtins = true;
};

class Executor {
public:
    explicit Executor(Shell& sh) : sh_(sh) {}

    /// Reads and runs commands from `src` until it ends. `toplevel` is the shell's own input
    /// (script, -c, stdin, the terminal): errors there are reported and, when fatal, end
    /// the shell. Elsewhere (eval, .) they propagate.
    ExecResult run_source(lex::InputSource& src, int first_line, bool toplevel);
    /// Parses and runs a string (eval, traps). Syntax errors throw ShellError.
    ExecResult run_string(const std::string& text, int first_line);

    ExecResult run_list(const ast::List& list, ExecFlags f);
    ExecResult run_command(const ast::Command& cmd, ExecFlags f);

    /// $(...): runs the program in a child and returns its output without trailing newlines.
    /// Sets Shell::cmdsub_status.
    std::string command_substitution(const ast::Program& prog);
    /// <(list) and >(list) (bash): starts list in a child with its standard output (with
    /// `output`, its input) on a pipe, and returns /dev/fd/N for the shell's end, which
    /// stays open, inherited by commands, until the pipeline being run ends.
    std::string process_substitution(const ast::Program& prog, bool output);
    /// Runs the external command at `path` with `argv` on the vfork path and collects its
    /// standard output in `out` (a hidden job, reaped like any other); with `quiet` its
    /// stderr goes to /dev/null. False when it could not be started; else `status` is set.
    bool capture_external(const std::string& path, const std::vector<std::string>& argv, bool quiet,
                          std::string& out, int& status);

    /// Runs an already expanded command line (for `command`, `sem run`, `xargs`-like use).
    ExecResult run_argv(const std::vector<std::string>& argv, Lookup lookup, ExecFlags f);
    /// Replaces the shell with `argv` (the `exec` builtin). Returns only on failure, with
    /// the status to use (126/127) after printing the error.
    int exec_replace(const std::vector<std::string>& argv);

    /// Waits for a foreground job, handing it the terminal under job control. Returns $?.
    int wait_foreground(jobs::Job& job);
    /// Continues a stopped job in the foreground or background (fg/bg).
    int continue_job(jobs::Job& job, bool foreground);

    /// Set by `exec` without a command: keep the current redirections.
    bool keep_redirections = false;

private:
    /// The shell's ends of process substitution pipes, closed when the pipeline that
    /// expanded them ends (finish_procsubs), and the children, forgotten once reaped.
    std::vector<int> procsub_fds_;
    std::vector<pid_t> procsub_pids_;
    void finish_procsubs(size_t mark);
    /// $(...) and <(...)/>(...): forks a child that runs `prog` with the pipe end `end` as
    /// its descriptor `target`, after closing the pipe's other end `other_end`.
    pid_t fork_program(jobs::Job& job, bool background, const ast::Program& prog, int end, int target,
                       int other_end);
    /// `set -h` (XCU set): finds and hashes the utilities a function body names, as the
    /// function is defined. Only plain names: a word with quotes or expansions, a builtin
    /// or a function is left to run time.
    void remember_utilities(const ast::Command& body);
    ExecResult run_and_or(const ast::AndOr& ao, ExecFlags f);
    /// Runs pending traps; true (with `r` set) when an action asked to return.
    bool trap_flow(ExecResult& r);
    ExecResult run_pipeline(const ast::Pipeline& p, ExecFlags f);
    ExecResult run_pipeline_stages(const ast::Pipeline& p, ExecFlags f);
    void run_background(const ast::ListItem& item);
    ExecResult run_simple(const ast::SimpleCommand& sc, ExecFlags f);
    ExecResult run_assignments(const ast::SimpleCommand& sc);
    ExecResult run_resolved(const ast::SimpleCommand* sc, const std::vector<std::string>& argv,
                            Lookup lookup, ExecFlags f);
    ExecResult run_builtin(const void* spec, const ast::SimpleCommand* sc,
                           const std::vector<std::string>& argv, bool special);
    ExecResult call_function(const std::shared_ptr<const ast::FuncDef>& fn,
                             const ast::SimpleCommand* sc, const std::vector<std::string>& argv,
                             ExecFlags f);
    ExecResult run_external(const ast::SimpleCommand* sc, const std::vector<std::string>& argv,
                            ExecFlags f);
    ExecResult run_subshell(const ast::Subshell& s, ExecFlags f);
    ExecResult run_if(const ast::IfClause& c, ExecFlags f);
    ExecResult run_loop(const ast::LoopClause& l, ExecFlags f);
    ExecResult run_for(const ast::ForClause& c, ExecFlags f);
    ExecResult run_case(const ast::CaseClause& c, ExecFlags f);
    ExecResult run_arith_for(const ast::ForClause& c);
    /// The status of a [[ ]] expression: 0 true, 1 false, 2 error (a bad regex).
    int eval_cond(const ast::CondNode& n);

    void expand_command_words(const ast::SimpleCommand& sc, std::vector<std::string>& argv,
                              std::vector<std::pair<size_t, vars::ArrayLiteral>>* arrays = nullptr);
    /// Performs one assignment word (all its forms); returns the value as xtrace shows it.
    std::string assign(const ast::Assignment& a);
    /// How xtrace names an assignment's target: a, a[i], a+.
    static std::string assignment_target(const ast::Assignment& a);
    /// Writes the xtrace line to `fd` (the shell's stderr from before the command's
    /// redirections, so `cmd 2>/dev/null` is still traced).
    void trace(const ast::SimpleCommand* sc, const std::vector<std::pair<std::string, std::string>>& assigns,
               const std::vector<std::string>& argv, int fd = 2);

    /// Starts one pipeline stage; returns its pid (or -1 when it could not start).
    pid_t launch_stage(const ast::Command& cmd, int in_fd, int out_fd, jobs::Job& job,
                       bool background, const std::vector<int>& close_fds);
    /// fork() with the child set up as a member of `job`; the child runs `body` and exits.
    pid_t fork_child(jobs::Job* job, bool background, const std::function<int()>& body);
    /// Child-side set-up after fork: process group, terminal, signal dispositions.
    void child_setup(jobs::Job* job, bool background);
    [[noreturn]] void child_exit(int status);
    void add_process(jobs::Job& job, pid_t pid, std::string text);
    /// Waits for a job without touching the terminal (command substitution, subshells of
    /// a non-interactive shell).
    int wait_job(jobs::Job& job);
    /// $(cmd) where cmd is one simple command: a side-effect-free builtin runs in the shell
    /// with its output captured; an external command is spawned without forking the shell.
    /// False when the general path (fork a subshell) must be taken.
    bool substitution_fast_path(const ast::Program& prog, std::string& result);

    Shell& sh_;
};

}  // namespace ipsh::exec
