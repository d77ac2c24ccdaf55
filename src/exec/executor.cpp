// executor.cpp: the AST walker. Decides in the parent what a child will do, forks or spawns,
// and waits. Control flow is returned in ExecResult; shell errors are thrown as ShellError
// and caught at the top of a source, in builtin dispatch and at the child entry (STYLE §5).
#include "exec/executor.hpp"

#include "builtins/builtins.hpp"
#include "builtins/registry.hpp"
#include "builtins/util.hpp"
#include "exec/path.hpp"
#include "exec/redirect.hpp"
#include "exec/spawn.hpp"
#include "expand/expand.hpp"
#include "interactive/line_editor.hpp"
#include "io/fd.hpp"
#include "io/streams.hpp"
#include "parse/parser.hpp"
#include "signals/signals.hpp"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <utility>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <cstring>

namespace ipsh::exec {

namespace {

/// The status of a command that could not be executed (XCU 2.8.2): 127 when the file is not
/// there (no such file, a path through a non-directory, a name too long; as dash), else 126.
int exec_error_status(int err) { return err == ENOENT || err == ENOTDIR || err == ENAMETOOLONG ? 127 : 126; }

/// The descriptor of the shell that a child's fd 2 would be after `actions` (dup2s done in
/// order; from = -1 closes), or -1 when it would be closed. A command that cannot be
/// executed reports it there, as if the child had: `nosuch 2>/dev/null` is silent.
int child_stderr(const std::vector<FdAction>& actions) {
    std::vector<std::pair<int, int>> where;  // child fd -> shell fd (-1: closed)
    auto lookup = [&](int fd) {
        for (auto it = where.rbegin(); it != where.rend(); ++it) {
            if (it->first == fd) return it->second;
        }
        return fd;
    };
    for (const FdAction& a : actions) where.emplace_back(a.to, a.from < 0 ? -1 : lookup(a.from));
    return lookup(2);
}

/// Writes a shell error message where the child's standard error would have gone.
void child_error(const Shell& sh, const std::vector<FdAction>& actions, const std::string& message) {
    const int fd = child_stderr(actions);
    if (fd >= 0) sh.error(message, fd);
}

/// Quotes a word for xtrace output when it would not read back as itself.
std::string trace_quote(const std::string& s) {
    const bool control = std::any_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
    if (!s.empty() && !control && s.find_first_of(" \t\n'\"\\$`|&;<>()*?[]{}~#!") == std::string::npos) return s;
    if (s == "'") return "\\'";  // as bash shows it, rather than ''\'''
    // Control characters as $'\t' and $'\n' escapes, so that each command is one line.
    return builtins::shell_quote_line(s);
}

/// A pipeline that is one brace group, if, loop or case. Its status comes from a command
/// inside, which set -e already judged: `{ test -f x && echo y; }` fails without exiting,
/// as in dash and bash. A subshell or a function call still exits.
bool is_plain_compound(const ast::Pipeline& p);

/// A compound command whose redirection failed: status 1, and under set -e the shell exits
/// (is_plain_compound() keeps the and-or level from doing it), as in dash and bash.
ExecResult redirect_failed(const Shell& sh, ExecFlags f) {
    if (sh.opt.errexit && !f.tested) return ExecResult{1, Flow::Exit};
    return ExecResult{1};
}

bool is_plain_compound(const ast::Pipeline& p) {
    if (p.stages.size() != 1) return false;
    const ast::Command& c = p.stages[0];
    return std::holds_alternative<ast::Box<ast::BraceGroup>>(c) ||
           std::holds_alternative<ast::Box<ast::IfClause>>(c) ||
           std::holds_alternative<ast::Box<ast::LoopClause>>(c) ||
           std::holds_alternative<ast::Box<ast::ForClause>>(c) ||
           std::holds_alternative<ast::Box<ast::CaseClause>>(c);
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Sources: scripts, -c strings, eval, `.`, the terminal.

ExecResult Executor::run_source(lex::InputSource& src, int first_line, bool toplevel) {
    lex::Reader reader(src, first_line);
    reader.on_line = [this](std::string_view text) {
        if (!sh_.opt.verbose) return;
        io::write_all(2, text);
        if (text.back() != '\n') io::write_all(2, "\n");
    };
    parse::Parser parser(reader, &sh_);
    ExecResult last{0};
    bool ran = false;  // an input with no commands has status 0 (eval '', . /dev/null)
    for (;;) {
        parse::ParseResult r;
        try {
            r = parser.next_command();
        } catch (const Interrupted&) {
            // Ctrl-C at a PS1/PS2 prompt: forget the half-typed command.
            reader.discard_buffered();
            sh_.last_status = 130;
            continue;
        }
        if (std::holds_alternative<parse::EndOfInput>(r)) break;
        if (const auto* se = std::get_if<parse::SyntaxError>(&r)) {
            sh_.current_line = se->line;
            if (!toplevel) sh_.raise(2, se->message, ErrorKind::Syntax);
            ShellError e{2, se->message, ErrorKind::Syntax};
            reader.discard_buffered();
            if (sh_.report(e)) sh_.exit_shell(2);
            continue;
        }
        if (const auto* inc = std::get_if<parse::Incomplete>(&r)) {
            sh_.current_line = inc->line;
            if (!toplevel) sh_.raise(2, inc->message, ErrorKind::Syntax);
            ShellError e{2, inc->message, ErrorKind::Syntax};
            reader.discard_buffered();
            if (sh_.report(e)) sh_.exit_shell(2);
            if (sh_.opt.interactive) continue;
            break;
        }
        auto& list = std::get<ast::List>(r);
        if (list.items.empty()) continue;
        if (sh_.opt.noexec && !sh_.opt.interactive) continue;
        ran = true;
        if (!toplevel) {
            last = run_list(list, {});
            if (last.flow != Flow::Normal) return last;
            continue;
        }
        try {
            last = run_list(list, {});
            if (last.flow == Flow::Exit) sh_.exit_shell(last.status);
            if (last.flow != Flow::Normal) {
                // break/continue/return outside their construct: finish the command quietly.
                last.flow = Flow::Normal;
            }
        } catch (const ShellError& e) {
            if (sh_.report(e)) sh_.exit_shell(e.status);
        } catch (const Interrupted&) {
            sh_.last_status = 130;
            io::write_all(2, "\n");
        }
    }
    last.status = ran ? sh_.last_status : 0;
    return last;
}

ExecResult Executor::run_string(const std::string& text, int first_line) {
    sh_.check_stack("eval");
    lex::StringSource src(text);
    return run_source(src, first_line, false);
}

// ---------------------------------------------------------------------------------------
// Lists, and-or lists, pipelines.

ExecResult Executor::run_list(const ast::List& list, ExecFlags f) {
    ExecResult r{sh_.last_status};
    const size_t n = list.items.size();
    for (size_t i = 0; i < n; ++i) {
        const auto& item = list.items[i];
        // `set -n; echo x` runs nothing after set -n, even on the same line (dash, bash).
        if (sh_.opt.noexec && !sh_.opt.interactive) break;
        if (item.background) {
            run_background(item);
            r = ExecResult{0};
            sh_.last_status = 0;
        } else {
            ExecFlags g = f;
            g.exit_after = f.exit_after && i + 1 == n;
            r = run_and_or(item.and_or, g);
        }
        if (signals::any_pending() && trap_flow(r)) return r;
        if (r.flow != Flow::Normal) return r;
    }
    return r;
}

bool Executor::trap_flow(ExecResult& r) {
    sh_.run_pending_traps();
    if (sh_.flow == Flow::Normal) return false;
    // A trap action ran `return`: leave the function as if it ran here.
    r = ExecResult{sh_.last_status, sh_.flow, sh_.flow_levels};
    sh_.flow = Flow::Normal;
    sh_.flow_levels = 0;
    return true;
}

ExecResult Executor::run_and_or(const ast::AndOr& ao, ExecFlags f) {
    const size_t n = ao.pipelines.size();
    ExecResult r{0};
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) {
            bool ok = sh_.last_status == 0;
            if ((ao.ops[i - 1] == ast::AndOrOp::And) != ok) continue;
        }
        if (i > 0 && sh_.opt.noexec && !sh_.opt.interactive) break;
        ExecFlags g = f;
        const bool last = i + 1 == n;
        g.tested = f.tested || !last;
        g.exit_after = f.exit_after && last;
        r = run_pipeline(ao.pipelines[i], g);
        sh_.last_status = r.status;
        // Traps run after each pipeline, so `kill -s INT $$ && echo x` runs the INT trap
        // before `echo x` (dash).
        if (signals::any_pending() && trap_flow(r)) return r;
        if (r.flow != Flow::Normal) return r;
        if (last && r.status != 0 && !g.tested && !ao.pipelines[i].bang &&
            !is_plain_compound(ao.pipelines[i])) {
            // The ERR trap runs where set -e would exit (bash).
            if (sh_.traps.action[kTrapErr]) sh_.run_hook_trap(kTrapErr);
            if (sh_.opt.errexit) return ExecResult{r.status, Flow::Exit};
        }
    }
    return r;
}

namespace {

/// Where the clocks stood when a timed pipeline started.
struct TimeMark {
    timespec real{};
    rusage self{};
    rusage children{};
};

TimeMark time_mark() {
    TimeMark m;
    ::clock_gettime(CLOCK_MONOTONIC, &m.real);
    ::getrusage(RUSAGE_SELF, &m.self);
    ::getrusage(RUSAGE_CHILDREN, &m.children);
    return m;
}

double seconds(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; }

/// One time in TIMEFORMAT's style: `digits` decimals (0-3), `lng` as 1m2.345s.
std::string format_seconds(double t, int digits, bool lng) {
    char buf[64];
    if (lng) {
        const long minutes = static_cast<long>(t / 60);
        std::snprintf(buf, sizeof buf, "%ldm%.*fs", minutes, digits, t - static_cast<double>(minutes) * 60);
    } else {
        std::snprintf(buf, sizeof buf, "%.*f", digits, t);
    }
    return buf;
}

/// The report of `time`: TIMEFORMAT (bash) when set, else bash's default, or the POSIX form
/// for `time -p`. %[p][l]R, U, S are real, user and system seconds, %P the CPU percentage.
std::string time_report(const Shell& sh, const TimeMark& start, bool posix) {
    const TimeMark end = time_mark();
    const double real = static_cast<double>(end.real.tv_sec - start.real.tv_sec) +
                        static_cast<double>(end.real.tv_nsec - start.real.tv_nsec) / 1e9;
    const double user = seconds(end.self.ru_utime) - seconds(start.self.ru_utime) +
                        seconds(end.children.ru_utime) - seconds(start.children.ru_utime);
    const double sys = seconds(end.self.ru_stime) - seconds(start.self.ru_stime) +
                       seconds(end.children.ru_stime) - seconds(start.children.ru_stime);
    std::string fmt = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS";
    if (posix) {
        fmt = "real %2R\nuser %2U\nsys %2S";
    } else if (const std::string* tf = sh.vars.get("TIMEFORMAT")) {
        fmt = *tf;
    }
    std::string out;
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%' || i + 1 >= fmt.size()) {
            out += fmt[i];
            continue;
        }
        size_t j = i + 1;
        if (fmt[j] == '%') {
            out += '%';
            i = j;
            continue;
        }
        int digits = 3;
        bool lng = false;
        if (fmt[j] >= '0' && fmt[j] <= '9') digits = std::min(fmt[j++] - '0', 3);
        if (j < fmt.size() && fmt[j] == 'l') {
            lng = true;
            ++j;
        }
        if (j >= fmt.size()) {
            out += fmt.substr(i);
            break;
        }
        switch (fmt[j]) {
        case 'R': out += format_seconds(real, digits, lng); break;
        case 'U': out += format_seconds(user, digits, lng); break;
        case 'S': out += format_seconds(sys, digits, lng); break;
        case 'P': out += format_seconds(real > 0 ? (user + sys) * 100 / real : 0, digits, false); break;
        default: out += fmt.substr(i, j - i + 1); break;
        }
        i = j;
    }
    if (!out.empty()) out += '\n';
    return out;
}

}  // namespace

ExecResult Executor::run_pipeline(const ast::Pipeline& p, ExecFlags f) {
    // Process substitutions made while this pipeline runs end with it.
    struct Procsubs {
        Executor& ex;
        size_t mark;
        ~Procsubs() { ex.finish_procsubs(mark); }
    } procsubs{*this, procsub_fds_.size()};
    if (!p.timed) return run_pipeline_stages(p, f);
    // The report comes from this shell after the pipeline ends: no exec in place.
    f.exit_after = false;
    const TimeMark start = time_mark();
    ExecResult r = run_pipeline_stages(p, f);
    io::write_all(2, time_report(sh_, start, p.time_posix));
    return r;
}

ExecResult Executor::run_pipeline_stages(const ast::Pipeline& p, ExecFlags f) {
    if (p.bang) f.tested = true;
    ExecResult r;
    if (p.stages.size() == 1) {
        r = run_command(p.stages[0], f);
        sh_.pipestatus.assign(1, r.status);
    } else {
        jobs::Job& job = sh_.jobs.create(p.text);
        job.job_control = sh_.job_control();
        io::UniqueFd prev;
        std::vector<int> open_fds;
        for (size_t i = 0; i < p.stages.size(); ++i) {
            io::Pipe pp;
            const bool last = i + 1 == p.stages.size();
            if (!last && !io::Pipe::create(pp)) {
                sh_.error("pipe: " + io::errno_text(errno));
                break;
            }
            std::vector<int> close_fds;
            if (!last) close_fds.push_back(pp.read.get());
            launch_stage(p.stages[i], prev.get(), last ? -1 : pp.write.get(), job, false, close_fds);
            // Close our copies at once: only one read end stays open in the shell.
            prev = std::move(pp.read);
        }
        prev.reset();
        if (job.procs.empty()) {
            sh_.jobs.remove(&job);
            r.status = 1;
            sh_.pipestatus.assign(1, 1);
        } else {
            r.status = wait_foreground(job);
        }
    }
    if (p.bang && r.flow == Flow::Normal) r.status = r.status == 0 ? 1 : 0;
    return r;
}

void Executor::run_background(const ast::ListItem& item) {
    const ast::AndOr& ao = item.and_or;
    jobs::Job& job = sh_.jobs.create(item.text);
    job.foreground = false;
    job.job_control = sh_.job_control();
    if (ao.pipelines.size() == 1 && !ao.pipelines[0].bang) {
        const auto& p = ao.pipelines[0];
        io::UniqueFd prev;
        for (size_t i = 0; i < p.stages.size(); ++i) {
            io::Pipe pp;
            const bool last = i + 1 == p.stages.size();
            if (!last && !io::Pipe::create(pp)) break;
            std::vector<int> close_fds;
            if (!last) close_fds.push_back(pp.read.get());
            launch_stage(p.stages[i], prev.get(), last ? -1 : pp.write.get(), job, true, close_fds);
            prev = std::move(pp.read);
        }
    } else {
        pid_t pid = fork_child(&job, true, [&]() {
            ExecResult r = run_and_or(ao, ExecFlags{true, false});
            return r.status;
        });
        if (pid > 0) add_process(job, pid, item.text);
    }
    if (job.procs.empty()) {
        sh_.jobs.remove(&job);
        return;
    }
    sh_.last_bg_pid = job.procs.back().pid;
    sh_.pipestatus.assign(1, 0);
    sh_.jobs.make_visible(job);
    if (sh_.opt.interactive && !sh_.is_subshell()) {
        std::string line = "[" + std::to_string(job.id) + "] " + std::to_string(job.procs.back().pid) + "\n";
        io::write_all(2, line);
    }
}

// ---------------------------------------------------------------------------------------
// Commands.

ExecResult Executor::run_command(const ast::Command& cmd, ExecFlags f) {
    return std::visit(
        ast::overloaded{
            [&](const ast::SimpleCommand& c) { return run_simple(c, f); },
            [&](const ast::Box<ast::Subshell>& c) { return run_subshell(*c, f); },
            [&](const ast::Box<ast::BraceGroup>& c) {
                RedirectionFrame frame(sh_);
                if (!frame.apply(c->redirs)) return redirect_failed(sh_, f);
                return run_list(c->body, f);
            },
            [&](const ast::Box<ast::IfClause>& c) { return run_if(*c, f); },
            [&](const ast::Box<ast::LoopClause>& c) { return run_loop(*c, f); },
            [&](const ast::Box<ast::ForClause>& c) { return run_for(*c, f); },
            [&](const ast::Box<ast::CaseClause>& c) { return run_case(*c, f); },
            [&](const ast::Box<ast::ArithCommand>& c) {
                RedirectionFrame frame(sh_);
                if (!frame.apply(c->redirs)) return redirect_failed(sh_, f);
                sh_.current_line = c->pos.line;
                try {
                    std::int64_t v = expand::arith(sh_, expand::expand_string(sh_, c->expr));
                    return ExecResult{v != 0 ? 0 : 1};
                } catch (const ShellError& e) {
                    if (e.kind != ErrorKind::Arithmetic) throw;
                    return ExecResult{1};
                }
            },
            [&](const ast::Box<ast::CondCommand>& c) {
                RedirectionFrame frame(sh_);
                if (!frame.apply(c->redirs)) return redirect_failed(sh_, f);
                sh_.current_line = c->pos.line;
                return ExecResult{eval_cond(c->expr)};
            },
            [&](const ast::Box<ast::FuncDef>& c) {
                // A function could never be called under a special builtin's name (XCU 2.9.1
                // finds special builtins first); dash and bash reject the definition.
                if (const auto* spec = builtins::find(c->name);
                    spec && spec->kind == builtins::Kind::Special && c->name != "source") {
                    sh_.current_line = c->pos.line;
                    sh_.raise(2, c->name + ": is a special builtin", ErrorKind::Syntax);
                }
                auto def = std::make_shared<ast::FuncDef>(*c);
                if (sh_.opt.hashall) remember_utilities(*def->body);
                sh_.functions[c->name] = std::move(def);
                return ExecResult{0};
            },
        },
        cmd);
}

ExecResult Executor::run_subshell(const ast::Subshell& s, ExecFlags f) {
    sh_.current_line = s.pos.line;
    if (f.exit_after) {
        // Already a child that ends after this: no need for another fork.
        RedirectionFrame frame(sh_);
        if (!frame.apply(s.redirs)) return ExecResult{1};
        ExecResult r = run_list(s.body, f);
        if (r.flow != Flow::Normal && r.flow != Flow::Exit) r.flow = Flow::Normal;
        frame.keep();  // this process ends next: its EXIT trap sees the redirections
        return r;
    }
    jobs::Job& job = sh_.jobs.create("( ... )");
    job.job_control = sh_.job_control();
    pid_t pid = fork_child(&job, false, [&]() {
        RedirectionFrame frame(sh_);
        if (!frame.apply(s.redirs)) return 1;
        ExecResult r = run_list(s.body, ExecFlags{true, f.tested});
        // The subshell's EXIT trap runs inside its redirections: `(trap 'echo x' EXIT) >f`.
        frame.keep();
        return r.status;
    });
    if (pid < 0) {
        sh_.jobs.remove(&job);
        return ExecResult{2};
    }
    add_process(job, pid, "subshell");
    return ExecResult{wait_foreground(job)};
}

ExecResult Executor::run_if(const ast::IfClause& c, ExecFlags f) {
    RedirectionFrame frame(sh_);
    if (!frame.apply(c.redirs)) return redirect_failed(sh_, f);
    ExecFlags cond{false, true};
    for (size_t i = 0; i < c.conds.size(); ++i) {
        ExecResult r = run_list(c.conds[i], cond);
        if (r.flow != Flow::Normal) return r;
        if (r.status == 0) return run_list(c.bodies[i], f);
    }
    if (c.else_body) return run_list(*c.else_body, f);
    sh_.last_status = 0;
    return ExecResult{0};
}

namespace {

/// Counts the loops the shell is inside, so break and continue know when they apply.
class LoopDepth {
public:
    explicit LoopDepth(int& depth) : depth_(depth) { ++depth_; }
    ~LoopDepth() { --depth_; }
    LoopDepth(const LoopDepth&) = delete;
    LoopDepth& operator=(const LoopDepth&) = delete;

private:
    int& depth_;
};

/// What a loop does once its condition or body has run.
enum class LoopStep { Next, Stop, Leave };

/// Consumes one level of `break N` / `continue N`. Leave means the loop returns `out`:
/// the levels left for the loops around it, or a return/exit on its way up.
LoopStep loop_step(const ExecResult& r, int status, ExecResult& out) {
    switch (r.flow) {
    case Flow::Normal: return LoopStep::Next;
    case Flow::Break:
    case Flow::Continue:
        if (r.levels > 1) {
            out = ExecResult{status, r.flow, r.levels - 1};
            return LoopStep::Leave;
        }
        return r.flow == Flow::Break ? LoopStep::Stop : LoopStep::Next;
    default: out = r; return LoopStep::Leave;
    }
}

}  // namespace

ExecResult Executor::run_loop(const ast::LoopClause& l, ExecFlags f) {
    RedirectionFrame frame(sh_);
    if (!frame.apply(l.redirs)) return redirect_failed(sh_, f);
    ExecFlags cond{false, true};
    ExecFlags body{false, f.tested};
    int status = 0;
    LoopDepth depth(sh_.loop_depth);
    ExecResult out;
    for (;;) {
        ExecResult c = run_list(l.cond, cond);
        if (c.flow != Flow::Normal) {
            LoopStep step = loop_step(c, 0, out);
            if (step == LoopStep::Leave) return out;
            if (step == LoopStep::Stop) break;
            continue;
        }
        if ((c.status == 0) == l.until) break;
        ExecResult b = run_list(l.body, body);
        status = b.status;
        LoopStep step = loop_step(b, status, out);
        if (step == LoopStep::Leave) return out;
        if (step == LoopStep::Stop) break;
    }
    sh_.last_status = status;
    return ExecResult{status};
}

ExecResult Executor::run_for(const ast::ForClause& c, ExecFlags f) {
    RedirectionFrame frame(sh_);
    if (!frame.apply(c.redirs)) return redirect_failed(sh_, f);
    sh_.current_line = c.pos.line;
    if (c.arith) return run_arith_for(c);
    std::vector<std::string> items;
    if (c.has_in) {
        expand::expand_words(sh_, c.words, items);
    } else {
        items = sh_.positional;
    }
    ExecFlags body{false, f.tested};
    int status = 0;
    LoopDepth depth(sh_.loop_depth);
    ExecResult out;
    for (auto& item : items) {
        // With a nameref loop variable, each word becomes what it refers to (bash).
        const vars::Var* ref = sh_.vars.find_raw(c.var);
        if (ref && (ref->flags & vars::kNameref)) {
            if (!sh_.vars.set(c.var, std::move(item), vars::kNameref)) {
                sh_.raise(1, msg::readonly(c.var), ErrorKind::Assignment);
            }
        } else {
            sh_.assign(c.var, std::move(item));
        }
        ExecResult b = run_list(c.body, body);
        status = b.status;
        LoopStep step = loop_step(b, status, out);
        if (step == LoopStep::Leave) return out;
        if (step == LoopStep::Stop) break;
    }
    sh_.last_status = status;
    return ExecResult{status};
}

ExecResult Executor::run_arith_for(const ast::ForClause& c) {
    // A failing expression ends the loop with status 1 (bash); errors in the body do not
    // pass through here.
    bool failed = false;
    auto eval = [&](const ast::Word& w, std::int64_t empty) -> std::int64_t {
        if (w.parts.empty() || failed) return empty;
        try {
            return expand::arith(sh_, expand::expand_string(sh_, w));
        } catch (const ShellError& e) {
            if (e.kind != ErrorKind::Arithmetic) throw;
            failed = true;
            return 0;
        }
    };
    ExecFlags body{false, false};
    int status = 0;
    LoopDepth depth(sh_.loop_depth);
    ExecResult out;
    for (eval(c.words[0], 0); !failed && eval(c.words[1], 1) != 0 && !failed; eval(c.words[2], 0)) {
        ExecResult b = run_list(c.body, body);
        status = b.status;
        LoopStep step = loop_step(b, status, out);
        if (step == LoopStep::Leave) return out;
        if (step == LoopStep::Stop) break;
        sh_.current_line = c.pos.line;
    }
    if (failed) status = 1;
    sh_.last_status = status;
    return ExecResult{status};
}

int Executor::eval_cond(const ast::CondNode& n) {
    using K = ast::CondNode::Kind;
    switch (n.kind) {
    case K::Word: return expand::expand_string(sh_, n.words[0]).empty() ? 1 : 0;
    case K::Not: {
        int r = eval_cond(n.kids[0]);
        return r > 1 ? r : 1 - r;
    }
    case K::And: {
        int r = eval_cond(n.kids[0]);
        return r != 0 ? r : eval_cond(n.kids[1]);
    }
    case K::Or: {
        int r = eval_cond(n.kids[0]);
        return r == 1 ? eval_cond(n.kids[1]) : r;
    }
    case K::Unary: {
        std::string v = expand::expand_string(sh_, n.words[0]);
        if (n.op == "-v") return sh_.var_is_set(v) ? 0 : 1;
        return builtins::test_unary(sh_, n.op[1], v) ? 0 : 1;
    }
    case K::Binary: break;
    }
    std::string l = expand::expand_string(sh_, n.words[0]);
    const std::string& op = n.op;
    if (op == "=" || op == "==" || op == "!=") {
        // bash matches extended patterns in [[ ]] whatever shopt extglob says.
        bool m = expand::pattern_match(expand::expand_pattern(sh_, n.words[1]), l, {.extglob = true});
        return m == (op != "!=") ? 0 : 1;
    }
    if (op == "=~") return expand::regex_match(sh_, expand::expand_regex(sh_, n.words[1]), l);
    std::string r = expand::expand_string(sh_, n.words[1]);
    if (op.size() == 3 && op[0] == '-' && op != "-nt" && op != "-ot" && op != "-ef") {
        // -eq and the rest take arithmetic expressions, as in bash: [[ 1+1 -eq 2 ]].
        std::int64_t a = expand::arith(sh_, l);
        std::int64_t b = expand::arith(sh_, r);
        bool res = op == "-eq" ? a == b : op == "-ne" ? a != b : op == "-lt" ? a < b
                 : op == "-le" ? a <= b : op == "-gt" ? a > b : a >= b;
        return res ? 0 : 1;
    }
    return builtins::test_binary(sh_, l, op, r) ? 0 : 1;
}

ExecResult Executor::run_case(const ast::CaseClause& c, ExecFlags f) {
    RedirectionFrame frame(sh_);
    if (!frame.apply(c.redirs)) return redirect_failed(sh_, f);
    sh_.current_line = c.pos.line;
    std::string subject = expand::expand_string(sh_, c.subject);
    ExecResult last{0};
    bool any = false;
    for (size_t i = 0; i < c.items.size(); ++i) {
        bool matched = false;
        for (const auto& pw : c.items[i].patterns) {
            std::string pat = expand::expand_pattern(sh_, pw);
            if (expand::pattern_match(pat, subject, {.extglob = sh_.opt.extglob})) {
                matched = true;
                break;
            }
        }
        if (!matched) continue;
        ExecResult r{0};
        size_t j = i;
        for (; j < c.items.size(); ++j) {
            r = run_list(c.items[j].body, f);
            if (r.flow != Flow::Normal || !c.items[j].fallthrough) break;
        }
        if (c.items[i].body.items.empty() && !c.items[i].fallthrough) r.status = 0;
        sh_.last_status = r.status;
        if (r.flow != Flow::Normal || j >= c.items.size() || !c.items[j].test_next) return r;
        last = r;
        any = true;
        i = j;  // ;;&: go on matching after the item that ended the run
    }
    if (any) return last;
    sh_.last_status = 0;
    return ExecResult{0};
}

// ---------------------------------------------------------------------------------------
// Simple commands.

void Executor::expand_command_words(const ast::SimpleCommand& sc, std::vector<std::string>& argv,
                                    std::vector<std::pair<size_t, vars::ArrayLiteral>>* arrays) {
    argv.reserve(sc.words.size());
    size_t next_array = 0;
    for (size_t i = 0; i < sc.words.size(); ++i) {
        const ast::Word& w = sc.words[i];
        if (next_array < sc.array_args.size() && sc.array_args[next_array].first == i) {
            // `local a=(1 2)`: the builtin gets "a=(...)" and the expanded elements beside it.
            const ast::Assignment& a = sc.array_args[next_array++].second;
            if (arrays) arrays->emplace_back(argv.size(), expand::expand_array_literal(sh_, *a.array));
            argv.push_back(a.name + (a.append ? "+=(" : "=(") + ")");
            continue;
        }
        // Declaration utilities (export, readonly, local) expand NAME=value operands like
        // assignments: no field splitting, tilde after '=' (POSIX 2024 XCU 2.9.1).
        if (i > 0 && !argv.empty() && builtins::is_declaration(argv[0]) && !w.parts.empty()) {
            if (const auto* lit = std::get_if<ast::Literal>(&w.parts.front()); lit && !lit->quoted) {
                size_t eq = lit->text.find('=');
                if (eq != std::string::npos && eq > 0 && lex::is_name(std::string_view(lit->text).substr(0, eq))) {
                    ast::Word value;
                    std::string rest = lit->text.substr(eq + 1);
                    if (!rest.empty()) value.parts.emplace_back(ast::Literal{rest, false});
                    for (size_t k = 1; k < w.parts.size(); ++k) value.parts.push_back(w.parts[k]);
                    argv.push_back(lit->text.substr(0, eq + 1) + expand::expand_string(sh_, value, true));
                    continue;
                }
            }
        }
        expand::expand_word(sh_, w, argv);
    }
}

void Executor::trace(const ast::SimpleCommand* /*sc*/,
                     const std::vector<std::pair<std::string, std::string>>& assigns,
                     const std::vector<std::string>& argv, int fd) {
    std::string line;
    if (const std::string* ps4 = sh_.vars.get("PS4")) {
        // PS4 is expanded each time; xtrace is off meanwhile so it cannot recurse.
        bool saved = sh_.opt.xtrace;
        sh_.opt.xtrace = false;
        line = interactive::expand_trace_prefix(sh_, *ps4);
        sh_.opt.xtrace = saved;
    }
    bool first = true;
    for (const auto& [name, value] : assigns) {
        if (!first) line.push_back(' ');
        first = false;
        line += name + "=" + (value.empty() ? std::string() : trace_quote(value));
    }
    for (const auto& a : argv) {
        if (!first) line.push_back(' ');
        first = false;
        line += trace_quote(a);
    }
    line.push_back('\n');
    io::write_all(fd, line);
}

std::string Executor::assign(const ast::Assignment& a) {
    if (a.array) {
        vars::ArrayLiteral lit = expand::expand_array_literal(sh_, *a.array);
        sh_.assign_array(a.name, lit, a.append);
        std::string shown = "(";
        for (size_t i = 0; i < lit.items.size(); ++i) {
            if (i) shown += " ";
            if (lit.items[i].first) shown += "[" + *lit.items[i].first + "]=";
            shown += trace_quote(lit.items[i].second);
        }
        return shown + ")";
    }
    std::string v = expand::expand_string(sh_, a.value, true);
    if (a.index) {
        sh_.assign_element(a.name, expand::expand_string(sh_, *a.index), v, a.append);
    } else if (a.append) {
        sh_.assign_append(a.name, v);
    } else {
        sh_.assign(a.name, v);
    }
    return v;
}

std::string Executor::assignment_target(const ast::Assignment& a) {
    std::string t = a.name;
    if (a.index) t += "[" + a.index->raw + "]";
    if (a.append) t += "+";
    return t;
}

ExecResult Executor::run_assignments(const ast::SimpleCommand& sc) {
    // XCU 2.9.1: redirections are performed before the assignments are expanded, so a failed
    // redirection assigns nothing, and `x=$(cmd 2>&1) 2>/dev/null` sees the redirection.
    RedirectionFrame frame(sh_);
    if (!frame.apply(sc.redirs)) return ExecResult{1};
    std::vector<std::pair<std::string, std::string>> done;
    for (const auto& a : sc.assigns) {
        std::string v = assign(a);
        if (sh_.opt.xtrace) done.emplace_back(assignment_target(a), std::move(v));
    }
    if (sh_.opt.xtrace && !done.empty()) trace(&sc, done, {});
    return ExecResult{sh_.cmdsub_ran ? sh_.cmdsub_status : 0};
}

ExecResult Executor::run_simple(const ast::SimpleCommand& sc, ExecFlags f) {
    sh_.current_line = sc.pos.line;
    if (sh_.traps.action[kTrapDebug]) sh_.run_hook_trap(kTrapDebug);
    sh_.cmdsub_ran = false;
    sh_.cmdsub_status = 0;
    std::vector<std::string> argv;
    std::vector<std::pair<size_t, vars::ArrayLiteral>> arrays;
    expand_command_words(sc, argv, &arrays);
    if (argv.empty()) {
        ExecResult r = run_assignments(sc);
        sh_.last_arg.clear();
        return r;
    }
    struct ArrayArgs {
        Shell& sh;
        std::vector<std::pair<size_t, vars::ArrayLiteral>> saved;
        ~ArrayArgs() { sh.array_args = std::move(saved); }
    } array_args{sh_, std::exchange(sh_.array_args, std::move(arrays))};
    ExecResult r = run_resolved(&sc, argv, Lookup{}, f);
    // `declare a=(1 2)` leaves $_ as the name alone (bash).
    const bool last_is_array = !sh_.array_args.empty() && sh_.array_args.back().first == argv.size() - 1;
    sh_.last_arg = std::move(argv.back());
    if (last_is_array) {
        const size_t eq = std::min(sh_.last_arg.find('='), sh_.last_arg.find("+="));
        if (eq != std::string::npos) sh_.last_arg.erase(eq);
    }
    return r;
}

ExecResult Executor::run_argv(const std::vector<std::string>& argv, Lookup lookup, ExecFlags f) {
    if (argv.empty()) return ExecResult{0};
    return run_resolved(nullptr, argv, lookup, f);
}

ExecResult Executor::run_resolved(const ast::SimpleCommand* sc, const std::vector<std::string>& argv,
                                  Lookup lookup, ExecFlags f) {
    const std::string& name = argv[0];
    if (name.find('/') == std::string::npos) {
        const builtins::BuiltinSpec* spec = lookup.builtins ? builtins::find(name) : nullptr;
        if (spec && spec->kind == builtins::Kind::Special && lookup.functions) {
            return run_builtin(spec, sc, argv, true);
        }
        if (lookup.functions) {
            auto it = sh_.functions.find(name);
            if (it != sh_.functions.end()) {
                auto fn = it->second;
                return call_function(fn, sc, argv, f);
            }
        }
        if (spec) return run_builtin(spec, sc, argv, spec->kind == builtins::Kind::Special && lookup.functions);
    }
    return run_external(sc, argv, f);
}

ExecResult Executor::run_builtin(const void* spec_ptr, const ast::SimpleCommand* sc,
                                 const std::vector<std::string>& argv, bool special) {
    const auto* spec = static_cast<const builtins::BuiltinSpec*>(spec_ptr);
    // XCU 2.9.1: redirections are performed before the assignments are expanded, so
    // `a=$(cat f) 3>f true` sees f created (dash). The trace still goes to the old stderr.
    RedirectionFrame frame(sh_);
    io::UniqueFd trace_fd;
    if (sh_.opt.xtrace && sc && !sc->redirs.empty()) trace_fd.reset(io::dup_high(2, 10));
    if (sc && !frame.apply(sc->redirs)) {
        if (special && !sh_.opt.interactive) {
            throw ShellError{1, "", ErrorKind::Fatal};
        }
        return ExecResult{1};
    }
    std::vector<vars::VarTable::Saved> saved;
    std::vector<std::pair<std::string, std::string>> traced;
    struct Restore {
        Shell& sh;
        std::vector<vars::VarTable::Saved>& saved;
        ~Restore() {
            for (auto it = saved.rbegin(); it != saved.rend(); ++it) sh.vars.restore(std::move(*it));
        }
    } restore{sh_, saved};
    if (sc) {
        // `v=1 exec cmd` hands v to cmd's environment (XCU 2.14 exec), as dash and bash do.
        const bool exports = !special || (argv[0] == "exec" && argv.size() > 1);
        for (const auto& a : sc->assigns) {
            if (!special && !a.array && !a.index) saved.push_back(sh_.vars.save(a.name));
            std::string v = assign(a);
            if (exports && !a.array && !a.index) sh_.vars.add_flags(a.name, vars::kExported);
            if (sh_.opt.xtrace) traced.emplace_back(assignment_target(a), std::move(v));
        }
    }
    if (sh_.opt.xtrace) trace(sc, traced, argv, trace_fd ? trace_fd.get() : 2);
    io::OutStream out(1);
    io::OutStream err(2);
    io::IoStreams ios{out, err, 0};
    int status;
    keep_redirections = false;
    try {
        status = spec->fn(sh_, ios, std::span<const std::string>(argv));
    } catch (ShellError& e) {
        out.flush();
        err.flush();
        if (!e.message.empty()) sh_.error(e.message);
        e.message.clear();
        // local y=v on a read-only y ends a script like a readonly assignment does (dash).
        const bool local_assign = e.kind == ErrorKind::Assignment && argv[0] == "local";
        if (special || e.kind == ErrorKind::ExecFailed || local_assign) {
            if (e.kind == ErrorKind::Utility) e.kind = ErrorKind::Fatal;
            throw;
        }
        status = e.status;
    }
    if (!out.flush()) {
        err.flush();
        if (status == 0) {
            sh_.error(argv[0] + ": write error: " + io::errno_text(errno));
            status = 1;
        }
    }
    err.flush();
    // Without a command node (`command exec 8<f`, run through run_argv) the redirections
    // belong to the caller's frame: leave the request for it.
    if (keep_redirections && sc) {
        frame.keep();
        keep_redirections = false;
    }
    ExecResult r{status & 0xff};
    if (sh_.flow != Flow::Normal) {
        r.flow = sh_.flow;
        r.levels = sh_.flow_levels;
        sh_.flow = Flow::Normal;
        sh_.flow_levels = 0;
    }
    return r;
}

void Executor::remember_utilities(const ast::Command& body) {
    ast::for_each_simple_command(body, [&](const ast::SimpleCommand& sc) {
        if (sc.words.empty() || sc.words[0].parts.size() != 1) return;
        const auto* lit = std::get_if<ast::Literal>(&sc.words[0].parts[0]);
        if (!lit || lit->quoted || lit->text.empty() || lit->text.find('/') != std::string::npos) return;
        if (builtins::find(lit->text) || sh_.functions.count(lit->text)) return;
        find_command(sh_, lit->text);
    });
}

ExecResult Executor::call_function(const std::shared_ptr<const ast::FuncDef>& fn,
                                   const ast::SimpleCommand* sc, const std::vector<std::string>& argv,
                                   ExecFlags f) {
    sh_.check_stack(fn->name);
    // Redirections first, then the assignments (XCU 2.9.1), as for builtins.
    RedirectionFrame frame(sh_);
    io::UniqueFd trace_fd;
    if (sh_.opt.xtrace && sc && !sc->redirs.empty()) trace_fd.reset(io::dup_high(2, 10));
    if (sc && !frame.apply(sc->redirs)) return ExecResult{1};
    std::vector<vars::VarTable::Saved> saved;
    std::vector<std::pair<std::string, std::string>> traced;
    struct Unassign {
        Shell& sh;
        std::vector<vars::VarTable::Saved>& saved;
        bool armed = true;
        ~Unassign() {
            if (!armed) return;
            for (auto it = saved.rbegin(); it != saved.rend(); ++it) sh.vars.restore(std::move(*it));
        }
    } unassign{sh_, saved};
    if (sc) {
        for (const auto& a : sc->assigns) {
            if (!a.array && !a.index) saved.push_back(sh_.vars.save(a.name));
            std::string v = assign(a);
            if (!a.array && !a.index) sh_.vars.add_flags(a.name, vars::kExported);
            if (sh_.opt.xtrace) traced.emplace_back(assignment_target(a), std::move(v));
        }
    }
    if (sh_.opt.xtrace) trace(sc, traced, argv, trace_fd ? trace_fd.get() : 2);
    unassign.armed = false;  // from here State restores them, after the scope is popped
    struct State {
        Shell& sh;
        std::vector<vars::VarTable::Saved>& saved;
        std::vector<std::string> positional;
        Shell::GetoptsPlace getopts;
        int loop_depth;
        std::optional<ShellOptions>* outer_options;
        int line;                               // the call's line: LINENO after the return
        std::optional<ShellOptions> options{};  // set by `local -`
        ~State() {
            sh.current_line = line;
            sh.vars.pop_scope();
            --sh.func_depth;
            sh.positional = std::move(positional);
            sh.loop_depth = loop_depth;
            sh.local_options = outer_options;
            if (options) sh.restore_options(*options);
            for (auto it = saved.rbegin(); it != saved.rend(); ++it) sh.vars.restore(std::move(*it));
            // Last: putting back a `local OPTIND` moved the place too.
            sh.getopts = std::move(getopts);
        }
    };
    State state{sh_, saved, std::move(sh_.positional), std::move(sh_.getopts), sh_.loop_depth,
                sh_.local_options, sh_.current_line};
    sh_.local_options = &state.options;
    sh_.positional.assign(argv.begin() + 1, argv.end());
    sh_.getopts = {};  // the function's own parameters, its own getopts place (dash)
    ++sh_.func_depth;
    sh_.loop_depth = 0;
    sh_.vars.push_scope();
    ExecFlags g{false, f.tested};
    ExecResult r = run_command(*fn->body, g);
    if (r.flow == Flow::Return || r.flow == Flow::Break || r.flow == Flow::Continue) r.flow = Flow::Normal;
    return r;
}

ExecResult Executor::run_external(const ast::SimpleCommand* sc, const std::vector<std::string>& argv,
                                  ExecFlags f) {
    const std::string& name = argv[0];
    // `PATH=dir cmd` searches the PATH that cmd gets (dash, bash): then the search waits until
    // the assignments are made, and the redirections are applied here, as dash does.
    const bool late_search = name.find('/') == std::string::npos && sc &&
                             std::any_of(sc->assigns.begin(), sc->assigns.end(),
                                         [](const auto& a) { return a.name == "PATH"; });
    std::string path;
    if (name.find('/') != std::string::npos) {
        path = name;
    } else if (!late_search) {
        path = find_command(sh_, name);
        if (path.empty()) {
            // The message goes where the command's stderr would have gone (`cmd 2>/dev/null`);
            // the trace to the shell's own stderr.
            RedirectionFrame frame(sh_);
            io::UniqueFd trace_fd;
            if (sh_.opt.xtrace && sc && !sc->redirs.empty()) trace_fd.reset(io::dup_high(2, 10));
            if (sc && !frame.apply(sc->redirs)) return ExecResult{1};
            std::vector<std::pair<std::string, std::string>> traced;
            if (sc) {
                for (const auto& a : sc->assigns) {
                    std::string v = a.array ? std::string("(...)") : expand::expand_string(sh_, a.value, true);
                    if (sh_.opt.xtrace) traced.emplace_back(assignment_target(a), std::move(v));
                }
            }
            if (sh_.opt.xtrace) trace(sc, traced, argv, trace_fd ? trace_fd.get() : 2);
            sh_.error(msg::not_found(name));
            return ExecResult{127};
        }
    }
    // XCU 2.9.1: redirections are performed (files opened) before the assignments are
    // expanded. A child that ends here can become the command, unless a trap must still run
    // in it (`{ trap 'echo t' USR1; cat fifo; } &` then kill -USR1 $!): dash checks the same.
    const bool exec_in_place = f.exit_after && !sh_.has_traps();
    const bool redirect_here = exec_in_place || late_search;
    RedirectionFrame frame(sh_);  // applied only when exec'ing in place or searching late
    io::UniqueFd trace_fd;
    SpawnPlan plan;
    std::vector<io::UniqueFd> keep_open;
    if (redirect_here) {
        if (sh_.opt.xtrace && sc && !sc->redirs.empty()) trace_fd.reset(io::dup_high(2, 10));
        if (sc && !frame.apply(sc->redirs)) return ExecResult{1};
    } else if (sc && !plan_redirections(sh_, sc->redirs, plan.actions, keep_open)) {
        return ExecResult{1};
    }
    // Temporary assignments go to the child's environment only.
    std::vector<vars::VarTable::Saved> saved;
    std::vector<std::pair<std::string, std::string>> traced;
    if (sc) {
        for (const auto& a : sc->assigns) {
            if (a.array || a.index) {
                // `a[1]=x cmd`, `a=(x) cmd`: arrays do not go to the environment; the
                // assignment stays, as in bash.
                std::string v = assign(a);
                if (sh_.opt.xtrace) traced.emplace_back(assignment_target(a), std::move(v));
                continue;
            }
            std::string v = expand::expand_string(sh_, a.value, true);
            if (a.append) {
                if (const std::string* old = sh_.vars.get(a.name)) v = *old + v;
            }
            saved.push_back(sh_.vars.save(a.name));
            if (!sh_.vars.set(a.name, v, vars::kExported)) {
                for (auto it = saved.rbegin(); it != saved.rend(); ++it) sh_.vars.restore(std::move(*it));
                sh_.raise(1, msg::readonly(a.name), ErrorKind::Assignment);
            }
            if (sh_.opt.xtrace) traced.emplace_back(a.name, std::move(v));
        }
    }
    struct Restore {
        Shell& sh;
        std::vector<vars::VarTable::Saved>& saved;
        ~Restore() {
            for (auto it = saved.rbegin(); it != saved.rend(); ++it) sh.vars.restore(std::move(*it));
        }
    } restore{sh_, saved};
    if (sh_.opt.xtrace) trace(sc, traced, argv, trace_fd ? trace_fd.get() : 2);
    if (late_search) {
        path = find_command(sh_, name, false);
        if (path.empty()) {
            sh_.error(msg::not_found(name));
            return ExecResult{127};
        }
    }

    if (exec_in_place) {
        trace_fd.reset();
        frame.keep();
        return ExecResult{exec_replace(argv)};
    }

    plan.path = path;
    for (const auto& a : argv) plan.argv.push_back(const_cast<char*>(a.c_str()));
    plan.argv.push_back(nullptr);
    plan.envp = sh_.vars.envp();
    plan.keep_ignored = sh_.child_ignored();
    const bool jc = sh_.job_control();
    if (jc) {
        plan.pgid = 0;
        plan.tty_fd = sh_.tty_fd;
    }
    int err = 0;
    pid_t pid = spawn(plan, err);
    if (pid < 0 && err == ENOENT && name.find('/') == std::string::npos) {
        // The remembered path went away: search on from its directory, once.
        sh_.path_cache.erase(name);
        std::string again = find_command_after(sh_, name, path);
        if (!again.empty()) {
            sh_.path_cache[name] = again;
            plan.path = again;
            pid = spawn(plan, err);
        }
    }
    if (pid < 0) {
        if (err == ENOEXEC) {
            // Not a binary: run it as a shell script in a child (XCU 2.9.1.1 e).
            jobs::Job& job = sh_.jobs.create(name);
            job.job_control = jc;
            pid_t child = fork_child(&job, false, [&]() {
                RedirectionFrame frame(sh_);
                if (sc && !redirect_here && !frame.apply(sc->redirs)) return 1;
                return exec_replace(argv);
            });
            if (child < 0) {
                sh_.jobs.remove(&job);
                return ExecResult{126};
            }
            add_process(job, child, name);
            return ExecResult{wait_foreground(job)};
        }
        struct stat st {};
        if (err == EACCES && ::stat(plan.path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            child_error(sh_, plan.actions, name + ": Is a directory");
        } else {
            child_error(sh_, plan.actions, name + ": " + io::errno_text(err));
        }
        return ExecResult{exec_error_status(err)};
    }
    jobs::Job& job = sh_.jobs.create(sc ? name : name);
    job.job_control = jc;
    job.pgid = jc ? pid : 0;
    job.procs.push_back(jobs::Process{pid, jobs::ProcState::Running, 0, name});
    if (!sh_.opt.interactive) {
        // Only the job table needs the text, and only for interactive notices.
        job.text = name;
    } else {
        std::string text;
        for (size_t i = 0; i < argv.size(); ++i) {
            if (i) text.push_back(' ');
            text += argv[i];
        }
        job.text = std::move(text);
    }
    keep_open.clear();
    return ExecResult{wait_foreground(job)};
}

int Executor::exec_replace(const std::vector<std::string>& argv) {
    const std::string& name = argv[0];
    std::string path = name.find('/') != std::string::npos ? name : find_command(sh_, name);
    if (path.empty()) {
        sh_.error(msg::not_found(name));
        return 127;
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    char* const* envp = sh_.vars.envp();
    // Dispositions the shell set for itself must not reach the new program.
    auto keep = sh_.child_ignored();
    signals::reset_for_child(keep);
    ::execve(path.c_str(), args.data(), envp);
    int err = errno;
    if (err == ENOEXEC) {
        // A script without #!: run it with a fresh ipsh (XCU 2.9.1.1).
        char buf[256];
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        ssize_t n = fd >= 0 ? io::read_retry(fd, buf, sizeof buf) : -1;
        if (fd >= 0) ::close(fd);
        bool binary = false;
        for (ssize_t i = 0; i < n && buf[i] != '\n'; ++i) binary = binary || buf[i] == '\0';
        if (binary) {
            sh_.error(name + ": cannot execute binary file");
            return 126;
        }
        std::vector<char*> sh_args;
        std::string self = "/proc/self/exe";
        std::string arg0 = "ipsh";
        sh_args.push_back(arg0.data());
        sh_args.push_back(path.data());
        for (size_t i = 1; i < argv.size(); ++i) sh_args.push_back(const_cast<char*>(argv[i].c_str()));
        sh_args.push_back(nullptr);
        ::execve(self.c_str(), sh_args.data(), envp);
        err = errno;
    }
    if (exec_error_status(err) == 127) {
        sh_.error(name + ": " + io::errno_text(err));
        return 127;
    }
    if (err == EACCES) {
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            sh_.error(name + ": Is a directory");
            return 126;
        }
    }
    sh_.error(name + ": " + io::errno_text(err));
    return 126;
}

// ---------------------------------------------------------------------------------------
// Children.

void Executor::add_process(jobs::Job& job, pid_t pid, std::string text) {
    if (job.job_control) {
        if (job.pgid == 0) job.pgid = pid;
        // Also in the parent: whichever runs first wins the race (STYLE §4).
        ::setpgid(pid, job.pgid);
    }
    job.procs.push_back(jobs::Process{pid, jobs::ProcState::Running, 0, std::move(text)});
}

void Executor::child_setup(jobs::Job* job, bool background) {
    if (job && job->job_control) {
        pid_t me = ::getpid();
        pid_t pg = job->pgid ? job->pgid : me;
        ::setpgid(0, pg);
        if (!background && job->foreground && sh_.tty_fd >= 0) {
            // Blocked signals (we are inside SignalBlocker) let a background member take the
            // terminal without SIGTTOU.
            ::tcsetpgrp(sh_.tty_fd, pg);
        }
    }
    auto keep = sh_.child_ignored();
    const bool no_jc = !(job && job->job_control);
    if (background && no_jc) {
        // Without job control, a background job must not see the terminal's signals or
        // input (XCU 2.9.3.1).
        keep[SIGINT] = true;
        keep[SIGQUIT] = true;
    }
    signals::reset_for_child(keep);
    if (background && no_jc) {
        signals::ignore_signal(SIGINT);
        signals::ignore_signal(SIGQUIT);
    }
}

pid_t Executor::fork_child(jobs::Job* job, bool background, const std::function<int()>& body) {
    pid_t pid;
    {
        signals::SignalBlocker block;
        pid = ::fork();
        if (pid == 0) {
            child_setup(job, background);
            // enter_subshell() empties the job table, `job` included: read it first.
            const bool job_control = job && job->job_control;
            sh_.enter_subshell();
            if (background && !job_control) {
                int devnull = ::open("/dev/null", O_RDONLY);
                if (devnull >= 0 && devnull != 0) {
                    ::dup2(devnull, 0);
                    ::close(devnull);
                }
            }
            int status = 2;
            try {
                status = body();
            } catch (const ShellError& e) {
                if (!e.message.empty()) sh_.error(e.message);
                status = e.status;
            } catch (const Interrupted&) {
                status = 130;
            } catch (...) {
                status = 2;
            }
            child_exit(status);
        }
    }
    if (pid < 0) {
        sh_.error("fork: " + io::errno_text(errno));
        return -1;
    }
    return pid;
}

void Executor::child_exit(int status) { sh_.exit_shell(status); }

pid_t Executor::launch_stage(const ast::Command& cmd, int in_fd, int out_fd, jobs::Job& job,
                             bool background, const std::vector<int>& close_fds) {
    // Fast path: a simple external command whose words have no side effects is expanded
    // here and spawned with vfork semantics.
    if (const auto* sc = std::get_if<ast::SimpleCommand>(&cmd);
        sc && !sc->words.empty() && (!background || job.job_control)) {
        bool pure = true;
        for (const auto& w : sc->words) pure = pure && expand::is_pure(w);
        for (const auto& a : sc->assigns) pure = pure && !a.array && !a.index && !a.append && expand::is_pure(a.value);
        for (const auto& r : sc->redirs) {
            pure = pure && expand::is_pure(r.target) && !r.heredoc;
        }
        std::vector<std::string> argv;
        if (pure) {
            try {
                sh_.current_line = sc->pos.line;
                expand::expand_words(sh_, sc->words, argv);
            } catch (const ShellError&) {
                pure = false;
            }
        }
        std::string path;
        if (pure && !argv.empty()) {
            const std::string& name = argv[0];
            if (name.find('/') != std::string::npos) {
                path = name;
            } else if (!builtins::find(name) && !sh_.functions.count(name)) {
                path = find_command(sh_, name);
            }
        }
        if (!path.empty()) {
            SpawnPlan plan;
            std::vector<io::UniqueFd> keep_open;
            if (in_fd >= 0) plan.actions.push_back({in_fd, 0});
            if (out_fd >= 0) plan.actions.push_back({out_fd, 1});
            if (plan_redirections(sh_, sc->redirs, plan.actions, keep_open)) {
                std::vector<vars::VarTable::Saved> saved;
                std::vector<std::pair<std::string, std::string>> traced;
                for (const auto& a : sc->assigns) {
                    saved.push_back(sh_.vars.save(a.name));
                    std::string v = expand::expand_string(sh_, a.value, true);
                    if (sh_.opt.xtrace) traced.emplace_back(a.name, v);
                    sh_.vars.set(a.name, std::move(v), vars::kExported);
                }
                // Each stage of `a | b` is traced, like any simple command.
                if (sh_.opt.xtrace) trace(sc, traced, argv);
                plan.path = path;
                for (const auto& a : argv) plan.argv.push_back(const_cast<char*>(a.c_str()));
                plan.argv.push_back(nullptr);
                plan.envp = sh_.vars.envp();
                plan.keep_ignored = sh_.child_ignored();
                if (job.job_control) {
                    plan.pgid = job.pgid;
                    if (!background && job.foreground) plan.tty_fd = sh_.tty_fd;
                }
                int err = 0;
                pid_t pid = spawn(plan, err);
                for (auto it = saved.rbegin(); it != saved.rend(); ++it) sh_.vars.restore(std::move(*it));
                if (pid > 0) {
                    add_process(job, pid, argv[0]);
                    return pid;
                }
                if (err != ENOEXEC) {
                    child_error(sh_, plan.actions, argv[0] + ": " + io::errno_text(err));
                    // Keep the pipeline shape: a stage that failed to start reads nothing and
                    // writes nothing; its status is what a failed exec would give.
                    pid_t dummy = fork_child(&job, background, [err]() { return exec_error_status(err); });
                    if (dummy > 0) add_process(job, dummy, argv[0]);
                    return dummy;
                }
            } else {
                pid_t dummy = fork_child(&job, background, []() { return 1; });
                if (dummy > 0) add_process(job, dummy, "redirect");
                return dummy;
            }
        }
    }
    pid_t pid = fork_child(&job, background, [&]() {
        for (int fd : close_fds) ::close(fd);
        if (in_fd >= 0 && in_fd != 0) {
            ::dup2(in_fd, 0);
            ::close(in_fd);
        }
        if (out_fd >= 0 && out_fd != 1) {
            ::dup2(out_fd, 1);
            ::close(out_fd);
        }
        ExecResult r = run_command(cmd, ExecFlags{true, false});
        return r.status;
    });
    if (pid > 0) add_process(job, pid, "");
    return pid;
}

int Executor::wait_job(jobs::Job& job) {
    while (!job.done()) {
        jobs::Reap r = jobs::reap_one(sh_.jobs, true);
        if (r == jobs::Reap::NoChildren) {
            for (auto& p : job.procs) p.state = jobs::ProcState::Done;
        }
    }
    int status = job.status(sh_.opt.pipefail);
    sh_.jobs.remove(&job);
    return status;
}

int Executor::wait_foreground(jobs::Job& job) {
    const bool tty = job.job_control && sh_.tty_fd >= 0;
    if (tty) ::tcsetpgrp(sh_.tty_fd, job.pgid);
    while (!job.done() && !job.stopped()) {
        jobs::Reap r = jobs::reap_one(sh_.jobs, true);
        if (r == jobs::Reap::NoChildren) {
            for (auto& p : job.procs) {
                if (p.state != jobs::ProcState::Done) p.state = jobs::ProcState::Done;
            }
        }
    }
    if (tty) {
        ::tcsetpgrp(sh_.tty_fd, sh_.shell_pgid);
        if (job.stopped()) {
            job.has_tmodes = ::tcgetattr(sh_.tty_fd, &job.tmodes) == 0;
        }
        // A job that stopped or was killed may have left the terminal in its own
        // modes (vi, less): put the shell's back. A job that ended normally
        // leaves what it set (stty at the prompt), and that becomes the shell's.
        bool killed = false;
        for (const auto& p : job.procs) killed = killed || WIFSIGNALED(p.wstatus);
        if (job.stopped() || killed) {
            if (sh_.has_tmodes) ::tcsetattr(sh_.tty_fd, TCSADRAIN, &sh_.shell_tmodes);
        } else {
            sh_.has_tmodes = ::tcgetattr(sh_.tty_fd, &sh_.shell_tmodes) == 0;
        }
    }
    int status = job.status(sh_.opt.pipefail);
    sh_.pipestatus.clear();
    for (const auto& proc : job.procs) sh_.pipestatus.push_back(jobs::status_from_wait(proc.wstatus));
    if (job.stopped()) {
        job.foreground = false;
        sh_.jobs.make_visible(job);
        job.changed = false;
        if (sh_.opt.interactive) io::write_all(2, "\n" + jobs::format_job(job, '+', false) + "\n");
        return status;
    }
    const int ws = job.procs.back().wstatus;
    if (WIFSIGNALED(ws)) {
        int sig = WTERMSIG(ws);
        if (sig == SIGINT) {
            // Act as if the shell got the Ctrl-C too: stop the loop or list (bash does).
            if (sh_.opt.interactive && !sh_.is_subshell()) signals::post(SIGINT);
        } else if (sig != SIGPIPE && !job.hidden) {
            // As dash and bash do, say why a foreground command died ("Killed", "Segmentation
            // fault (core dumped)"); Ctrl-C and broken pipes are expected and stay quiet.
            std::string d = signals::description(sig);
            if (WCOREDUMP(ws)) d += " (core dumped)";
            io::write_all(2, d + "\n");
        }
    }
    sh_.jobs.remove(&job);
    return status;
}

int Executor::continue_job(jobs::Job& job, bool foreground) {
    for (auto& p : job.procs) {
        if (p.state == jobs::ProcState::Stopped) p.state = jobs::ProcState::Running;
    }
    job.foreground = foreground;
    if (foreground && job.job_control && sh_.tty_fd >= 0) {
        ::tcsetpgrp(sh_.tty_fd, job.pgid);
        if (job.has_tmodes) ::tcsetattr(sh_.tty_fd, TCSADRAIN, &job.tmodes);
    }
    if (job.pgid > 0 && job.job_control) {
        ::kill(-job.pgid, SIGCONT);
    } else {
        for (auto& p : job.procs) {
            if (p.state != jobs::ProcState::Done) ::kill(p.pid, SIGCONT);
        }
    }
    if (foreground) return wait_foreground(job);
    return 0;
}

// ---------------------------------------------------------------------------------------
// Command substitution.

namespace {

/// Builtins with no effect on the shell but their output: `$(echo ...)` and friends can run
/// them in the shell itself, capturing the output, instead of forking.
bool capture_safe(std::string_view name) {
    // `jobs` is here so that `kill $(jobs -p)` sees the shell's jobs, as in bash.
    return name == "echo" || name == "printf" || name == "pwd" || name == "test" || name == "[" ||
           name == "true" || name == "false" || name == ":" || name == "jobs";
}

/// The program's only command, when it is one simple command: no list, pipeline, `!`,
/// `time` or `&` around it.
const ast::SimpleCommand* only_simple_command(const ast::Program& prog) {
    if (prog.items.size() != 1 || prog.items[0].background) return nullptr;
    const auto& ao = prog.items[0].and_or;
    if (ao.pipelines.size() != 1) return nullptr;
    const ast::Pipeline& p = ao.pipelines[0];
    if (p.bang || p.timed || p.stages.size() != 1) return nullptr;
    return std::get_if<ast::SimpleCommand>(&p.stages[0]);
}

/// The single simple command of `$(cmd args)`, when the substitution is exactly that.
const ast::SimpleCommand* lone_simple_command(const ast::Program& prog) {
    const ast::SimpleCommand* sc = only_simple_command(prog);
    if (!sc || !sc->assigns.empty() || !sc->redirs.empty() || sc->words.empty()) return nullptr;
    for (const auto& w : sc->words) {
        if (!expand::is_pure(w)) return nullptr;
    }
    return sc;
}

/// `$(< file)` (ksh, bash): the simple command with nothing but an input redirection.
const ast::SimpleCommand* lone_input_redirection(const ast::Program& prog) {
    const ast::SimpleCommand* sc = only_simple_command(prog);
    if (!sc || !sc->assigns.empty() || !sc->words.empty() || sc->redirs.size() != 1) return nullptr;
    const ast::Redirect& r = sc->redirs[0];
    if (r.op != ast::RedirOp::In || (r.fd != -1 && r.fd != 0) || !r.fd_var.empty()) return nullptr;
    return sc;
}

std::string trim_substitution(std::string out) {
    // NUL bytes cannot live in a shell variable: drop them, as dash does.
    if (out.find('\0') != std::string::npos) std::erase(out, '\0');
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

}  // namespace

bool Executor::substitution_fast_path(const ast::Program& prog, std::string& result) {
    const ast::SimpleCommand* sc = lone_simple_command(prog);
    if (!sc || sh_.opt.xtrace) return false;
    std::vector<std::string> argv;
    try {
        sh_.current_line = sc->pos.line;
        expand::expand_words(sh_, sc->words, argv);
    } catch (const ShellError&) {
        return false;
    }
    if (argv.empty()) return false;
    const std::string& name = argv[0];
    const bool has_slash = name.find('/') != std::string::npos;
    const builtins::BuiltinSpec* spec = has_slash ? nullptr : builtins::find(name);
    if (!has_slash && sh_.functions.count(name)) return false;
    int status;
    std::string out;
    if (spec) {
        // `$(trap)` lists the parent's traps (POSIX allows a lone trap command in a command
        // substitution to see them; bash does), so `saved=$(trap)` can restore them later.
        const bool trap_list = name == "trap" && (argv.size() == 1 || argv[1] == "-p");
        if (!capture_safe(name) && !trap_list) return false;
        io::OutStream cap(&out);
        io::OutStream err(2);
        io::IoStreams ios{cap, err, 0};
        try {
            status = spec->fn(sh_, ios, std::span<const std::string>(argv));
        } catch (const ShellError& e) {
            err.flush();
            if (!e.message.empty()) sh_.error(e.message);
            status = e.status;
        }
        err.flush();
    } else {
        std::string path = has_slash ? name : find_command(sh_, name);
        if (path.empty()) return false;
        // Not started: the fork path reports the error the usual way.
        if (!capture_external(path, argv, false, out, status)) return false;
    }
    sh_.cmdsub_status = status;
    sh_.cmdsub_ran = true;
    sh_.last_status = status;
    result = trim_substitution(std::move(out));
    return true;
}

bool Executor::capture_external(const std::string& path, const std::vector<std::string>& argv, bool quiet,
                                std::string& out, int& status) {
    io::Pipe p;
    if (!io::Pipe::create(p)) return false;
    io::UniqueFd devnull;
    SpawnPlan plan;
    plan.path = path;
    for (const auto& a : argv) plan.argv.push_back(const_cast<char*>(a.c_str()));
    plan.argv.push_back(nullptr);
    plan.envp = sh_.vars.envp();
    plan.keep_ignored = sh_.child_ignored();
    plan.actions.push_back({p.write.get(), 1});
    if (quiet) {
        devnull.reset(::open("/dev/null", O_WRONLY | O_CLOEXEC));
        if (!devnull) return false;
        plan.actions.push_back({devnull.get(), 2});
    }
    int err = 0;
    pid_t pid = spawn(plan, err);
    if (pid < 0) return false;
    p.write.reset();
    jobs::Job& job = sh_.jobs.create("");
    job.hidden = true;
    job.procs.push_back(jobs::Process{pid, jobs::ProcState::Running, 0, argv.empty() ? path : argv[0]});
    if (!io::read_all(p.read.get(), out)) out.clear();
    p.read.reset();
    status = wait_job(job);
    return true;
}

pid_t Executor::fork_program(jobs::Job& job, bool background, const ast::Program& prog, int end, int target,
                             int other_end) {
    return fork_child(&job, background, [&]() {
        // The shell's end must go: `>(while read l; ...)` would never see end of file.
        ::close(other_end);
        if (end != target) {
            ::dup2(end, target);
            ::close(end);
        }
        ExecResult r = run_list(prog, ExecFlags{true, false});
        return r.status;
    });
}

std::string Executor::process_substitution(const ast::Program& prog, bool output) {
    io::Pipe p;
    if (!io::Pipe::create(p)) sh_.raise(1, "pipe: " + io::errno_text(errno), ErrorKind::Expansion);
    jobs::Job& job = sh_.jobs.create("");
    job.hidden = true;
    job.foreground = false;
    pid_t pid = output ? fork_program(job, true, prog, p.read.get(), 0, p.write.get())
                       : fork_program(job, true, prog, p.write.get(), 1, p.read.get());
    if (pid < 0) {
        sh_.jobs.remove(&job);
        sh_.raise(1, "fork: " + io::errno_text(errno), ErrorKind::Expansion);
    }
    add_process(job, pid, "");
    procsub_pids_.push_back(pid);
    // The shell's end, without close-on-exec, so the command that names it inherits it.
    io::UniqueFd& mine = output ? p.write : p.read;
    const int fd = ::fcntl(mine.get(), F_DUPFD, 10);
    if (fd < 0) sh_.raise(1, "process substitution: " + io::errno_text(errno), ErrorKind::Expansion);
    procsub_fds_.push_back(fd);
    return "/dev/fd/" + std::to_string(fd);
}

void Executor::finish_procsubs(size_t mark) {
    while (procsub_fds_.size() > mark) {
        ::close(procsub_fds_.back());
        procsub_fds_.pop_back();
    }
    // The children end on their own (EOF or SIGPIPE); the reaped ones leave the job table.
    std::erase_if(procsub_pids_, [&](pid_t pid) {
        for (const auto& j : sh_.jobs.all()) {
            for (const auto& pr : j->procs) {
                if (pr.pid != pid) continue;
                if (!j->done()) return false;
                sh_.jobs.remove(j.get());
                return true;
            }
        }
        return true;  // not in the table (a subshell emptied it)
    });
}

std::string Executor::command_substitution(const ast::Program& prog) {
    std::string fast;
    if (substitution_fast_path(prog, fast)) return fast;
    if (const ast::SimpleCommand* sc = lone_input_redirection(prog)) {
        // `$(< file)` is the file's contents, read by the shell itself (no cat to run);
        // $? is 0, or 1 after the usual message when the file cannot be opened.
        sh_.current_line = sc->pos.line;
        std::string out;
        int status = 1;
        {
            RedirectionFrame frame(sh_);
            if (frame.apply(sc->redirs)) status = io::read_all(0, out) ? 0 : 1;
        }
        sh_.cmdsub_status = status;
        sh_.cmdsub_ran = true;
        sh_.last_status = status;
        return trim_substitution(std::move(out));
    }
    io::Pipe p;
    if (!io::Pipe::create(p)) sh_.raise(2, "pipe: " + io::errno_text(errno), ErrorKind::Expansion);
    jobs::Job& job = sh_.jobs.create("");
    job.hidden = true;
    pid_t pid = fork_program(job, false, prog, p.write.get(), 1, p.read.get());
    p.write.reset();
    std::string out;
    if (pid > 0) {
        add_process(job, pid, "");
        if (!io::read_all(p.read.get(), out)) out.clear();
    }
    p.read.reset();
    int status = pid > 0 ? wait_job(job) : (sh_.jobs.remove(&job), 2);
    sh_.cmdsub_status = status;
    sh_.cmdsub_ran = true;
    sh_.last_status = status;
    return trim_substitution(std::move(out));
}

}  // namespace ipsh::exec
