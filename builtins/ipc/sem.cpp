// sem.cpp: the `sem` builtin over POSIX named semaphores (sem_overview(7), man/ipsh-ipc.7):
//   sem create [-x] [-f] [-m MODE] [-i VALUE] NAME
//   sem wait [-t SECONDS | -n] NAME     sem post NAME     sem value NAME     sem stat NAME
//   sem run [-t SECONDS | -n] NAME -- COMMAND [ARG...]    sem ls     sem unlink [-f] NAME...
// Waits use sem_clockwait on CLOCK_MONOTONIC in short slices, so Ctrl-C and trapped signals
// end them promptly. `sem run` posts the semaphore on every way out of the command: normal
// return, ShellError, Ctrl-C (Interrupted), exit, and the signals that would kill the shell.
#include "builtins/builtins.hpp"
#include "builtins/ipc/ipc_common.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <ctime>
#include <vector>

namespace ipsh::builtins {

namespace {

using namespace ipc;

constexpr std::string_view kCreateUsage = "sem create [-x] [-f] [-m MODE] [-i VALUE] NAME";
constexpr std::string_view kWaitUsage = "sem wait [-t SECONDS | -n] NAME";
constexpr std::string_view kPostUsage = "sem post NAME";
constexpr std::string_view kValueUsage = "sem value NAME";
constexpr std::string_view kStatUsage = "sem stat NAME";
constexpr std::string_view kRunUsage = "sem run [-t SECONDS | -n] NAME -- COMMAND [ARG...]";
constexpr std::string_view kLsUsage = "sem ls";
constexpr std::string_view kUnlinkUsage = "sem unlink [-f] NAME...";

constexpr std::string_view kHelp =
    "usage: sem create [-x] [-f] [-m MODE] [-i VALUE] NAME\n"
    "       sem wait [-t SECONDS | -n] NAME\n"
    "       sem post NAME\n"
    "       sem value NAME\n"
    "       sem stat NAME\n"
    "       sem run [-t SECONDS | -n] NAME -- COMMAND [ARG...]\n"
    "       sem ls\n"
    "       sem unlink [-f] NAME...\n"
    "Exit status: 0 ok, 1 semaphore at zero (-n), 2 usage, 3 system error, 4 timeout,\n"
    "5 no such semaphore, 6 exists, 128+N signal N. See ipsh-ipc(7).\n";

/// Longest single sem_clockwait: a signal that lands between the pending check and the wait
/// (sem_clockwait has no self-pipe to watch) is seen within this time.
constexpr std::int64_t kSliceNs = 100 * 1000 * 1000;

/// The trap action `sem run` installs while it holds a semaphore (see SignalHold).
constexpr std::string_view kUnwindAction = "command sem --unwind ";

/// Thrown by `sem --unwind SIG` (run as the trap action above) to leave the command that
/// `sem run` is running, so that its guard posts the semaphore.
struct SignalUnwind {
    int sig;
};

/// glibc keeps the semaphore NAME in /dev/shm/sem.NAME: its mode and owner are the file's.
std::string sem_path(const std::string& name) { return "/dev/shm/sem." + name.substr(1); }

struct stat stat_sem(std::string_view ctx, const std::string& name) {
    struct stat st {};
    const std::string path = sem_path(name);
    if (::lstat(path.c_str(), &st) != 0) fail_errno(ctx, Kind::Semaphore, "stat " + path, errno);
    return st;
}

/// Opens an existing semaphore as sem_open(name, 0) would, but checks the file first: a
/// regular file (not a symbolic link) big enough for a sem_t. glibc maps whatever it finds,
/// so a short file that someone else put there would kill the shell with SIGBUS at the
/// first sem_wait. (A peer allowed to write the file can still truncate it while it is
/// mapped: that is the one way left to fault the shell, see ipsh-ipc(7).)
Semaphore open_sem(std::string_view ctx, const std::string& name) {
    const std::string path = sem_path(name);
    io::UniqueFd fd(lift_fd(::open(path.c_str(), O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)));
    if (!fd) {
        const int err = errno;
        if (err == ELOOP) fail_with(ctx, kSystem, path + " is a symbolic link, not a semaphore");
        fail_errno(ctx, Kind::Semaphore, "sem_open", err);
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) fail_errno(ctx, Kind::Semaphore, "fstat " + path, errno);
    if (!S_ISREG(st.st_mode) || st.st_size < static_cast<off_t>(sizeof(sem_t))) {
        fail_with(ctx, kSystem,
                  path + " is not a semaphore (" +
                      (S_ISREG(st.st_mode) ? std::to_string(st.st_size) + " bytes; a semaphore has " +
                                                 std::to_string(sizeof(sem_t))
                                           : std::string("not a regular file")) +
                      ")");
    }
    void* p = ::mmap(nullptr, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0);
    if (p == MAP_FAILED) fail_errno(ctx, Kind::Semaphore, "mmap " + path, errno);
    return Semaphore(static_cast<sem_t*>(p), Semaphore::Origin::Mapped);
}

/// Decrements the semaphore, waiting as `w` allows. Returns 0, 1 (-n), 4 or 128+N.
int acquire(const Shell& sh, std::string_view ctx, sem_t* s, const WaitSpec& w) {
    const Deadline dl = Deadline::from(w);
    for (;;) {
        if (::sem_trywait(s) == 0) return kOk;
        if (errno != EAGAIN && errno != EINTR) fail_errno(ctx, Kind::Semaphore, "sem_trywait", errno);
        if (w.nowait) return kUnavailable;
        if (int sig = interrupting_signal(sh)) return 128 + sig;
        std::int64_t slice = kSliceNs;
        if (!dl.never()) {
            const std::int64_t left = dl.left_ns();
            if (left == 0) return kTimeout;
            slice = std::min(slice, left);
        }
        const std::int64_t at = monotonic_ns() + slice;
        timespec abs{};
        abs.tv_sec = static_cast<time_t>(at / 1000000000);
        abs.tv_nsec = static_cast<long>(at % 1000000000);
        if (::sem_clockwait(s, CLOCK_MONOTONIC, &abs) == 0) return kOk;
        if (errno != ETIMEDOUT && errno != EINTR) fail_errno(ctx, Kind::Semaphore, "sem_clockwait", errno);
    }
}

int sem_create(Args args) {
    bool excl = false;
    bool force = false;
    mode_t mode = 0600;
    unsigned value = 0;
    Options o(args, "sem create", "xfm:i:", {}, kCreateUsage);
    while (int c = o.next()) {
        switch (c) {
        case 'x': excl = true; break;
        case 'f': force = true; break;
        case 'm': mode = o.mode_arg(); break;
        case 'i': value = static_cast<unsigned>(o.int_arg("-i", 0, SEM_VALUE_MAX)); break;
        default: break;
        }
    }
    o.expect_operands(1, 1);
    const std::string name = check_name("sem create", o.operands()[0], Kind::Semaphore);
    const std::string ctx = "sem create " + name;
    for (int attempt = 0;; ++attempt) {
        sem_t* s;
        {
            // sem_open creates the file with the umask applied: clear it for an exact mode.
            UmaskZero exact;
            s = ::sem_open(name.c_str(), O_CREAT | O_EXCL, mode, value);
        }
        if (s != SEM_FAILED) {
            Semaphore created(s, Semaphore::Origin::SemOpen);
            return kOk;
        }
        if (errno != EEXIST) fail_errno(ctx, Kind::Semaphore, "sem_open", errno);
        if (excl) fail_with(ctx, kExists, "semaphore already exists (-x)");
        struct stat st {};
        if (::lstat(sem_path(name).c_str(), &st) != 0) {
            if (errno == ENOENT && attempt < 5) continue;  // unlinked meanwhile: create it
            fail_errno(ctx, Kind::Semaphore, "stat " + sem_path(name), errno);
        }
        check_owner(ctx, Kind::Semaphore, st, force);
        Semaphore existing = open_sem(ctx, name);  // and it must really be a semaphore
        return kOk;
    }
}

int sem_wait(Shell& sh, Args args) {
    WaitSpec w;
    Options o(args, "sem wait", "t:n", {}, kWaitUsage);
    while (int c = o.next()) o.wait_option(c, w);
    o.expect_operands(1, 1);
    const std::string name = check_name("sem wait", o.operands()[0], Kind::Semaphore);
    const std::string ctx = "sem wait " + name;
    Semaphore s = open_sem(ctx, name);
    return acquire(sh, ctx, s.get(), w);
}

int sem_post(Args args) {
    Options o(args, "sem post", "", {}, kPostUsage);
    const std::string name = o.only_name(Kind::Semaphore);
    const std::string ctx = "sem post " + name;
    Semaphore s = open_sem(ctx, name);
    if (::sem_post(s.get()) != 0) fail_errno(ctx, Kind::Semaphore, "sem_post", errno);
    return kOk;
}

int get_value(std::string_view ctx, const Semaphore& s) {
    int v = 0;
    if (::sem_getvalue(s.get(), &v) != 0) fail_errno(ctx, Kind::Semaphore, "sem_getvalue", errno);
    return v;
}

int sem_value(io::IoStreams& io, Args args) {
    Options o(args, "sem value", "", {}, kValueUsage);
    const std::string name = o.only_name(Kind::Semaphore);
    const std::string ctx = "sem value " + name;
    Semaphore s = open_sem(ctx, name);
    io.out << get_value(ctx, s) << "\n";
    return kOk;
}

int sem_stat(io::IoStreams& io, Args args) {
    Options o(args, "sem stat", "", {}, kStatUsage);
    const std::string name = o.only_name(Kind::Semaphore);
    const std::string ctx = "sem stat " + name;
    Semaphore s = open_sem(ctx, name);
    const int v = get_value(ctx, s);
    const struct stat st = stat_sem(ctx, name);
    io.out << "value=" << v << "\n";
    print_mode_owner(io.out, st);
    return kOk;
}

int sem_ls(io::IoStreams& io, Args args) {
    Options o(args, "sem ls", "", {}, kLsUsage);
    o.nothing_more();
    list_dir("sem ls", Kind::Semaphore, "/dev/shm", io.out);
    return kOk;
}

// ---------------------------------------------------------------------------------------
// sem run

/// The signals that end a shell outright when nothing catches them.
constexpr int kFatalSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

/// While `sem run` holds the semaphore, a signal that would kill the shell on the spot (no
/// trap, default disposition) would leave the semaphore taken forever. SignalHold catches
/// those signals with a temporary trap action, `command sem --unwind SIG`: run at the next
/// safe point, it throws SignalUnwind, which leaves the command; `sem run` posts, restores
/// the disposition and re-raises the signal, so the shell still dies of it (and its parent
/// sees that). Signals the shell already handles (a user trap, an interactive shell's
/// SIGINT, which throws Interrupted, or an ignored signal) are left alone. Children get the
/// default disposition as usual: the action is a trap, which subshells and exec reset.
class SignalHold {
public:
    explicit SignalHold(Shell& sh) : sh_(sh) {
        const bool top_interactive = sh.opt.interactive && !sh.is_subshell();
        for (int sig : kFatalSignals) {
            auto& act = sh.traps.action[static_cast<size_t>(sig)];
            if (act) continue;  // trapped, ignored, or held by an enclosing `sem run`
            if (top_interactive && sig != SIGHUP) continue;  // Interrupted, or ignored
            if (!top_interactive && signals::ignored_at_entry(sig)) continue;
            act = action_for(sig);
            sh.apply_disposition(sig);
            held_[static_cast<size_t>(sig)] = true;
        }
    }
    ~SignalHold() { restore(); }
    SignalHold(const SignalHold&) = delete;
    SignalHold& operator=(const SignalHold&) = delete;

    bool holds(int sig) const { return sig > 0 && sig < NSIG && held_[static_cast<size_t>(sig)]; }

    /// A held signal that arrived (it is consumed), or 0.
    int take_pending() const {
        for (int sig : kFatalSignals) {
            if (holds(sig) && signals::take(sig)) return sig;
        }
        return 0;
    }

    /// Puts back the shell's own handling, unless the command set a trap of its own.
    void restore() {
        for (int sig : kFatalSignals) {
            if (!holds(sig)) continue;
            held_[static_cast<size_t>(sig)] = false;
            auto& act = sh_.traps.action[static_cast<size_t>(sig)];
            if (act && *act == action_for(sig)) {
                act.reset();
                sh_.apply_disposition(sig);
            }
        }
    }

    static std::string action_for(int sig) { return std::string(kUnwindAction) + signals::name_of(sig); }

private:
    Shell& sh_;
    std::array<bool, NSIG> held_{};
};

/// After a held signal: act as the shell would have without `sem run`.
int deliver(Shell& sh, io::IoStreams& io, int sig) {
    if (sig == SIGHUP && sh.opt.interactive && !sh.is_subshell()) {
        signals::post(SIGHUP);  // the shell hangs up its jobs and leaves
        return 128 + sig;
    }
    io.out.flush();
    io.err.flush();
    ::kill(::getpid(), sig);  // default disposition again: this ends the shell
    return 128 + sig;
}

/// Posts the semaphore when the command is over, however it ends.
class PostGuard {
public:
    PostGuard(const Shell& sh, std::string ctx, sem_t* s) : sh_(sh), ctx_(std::move(ctx)), s_(s) {}
    ~PostGuard() {
        if (::sem_post(s_) != 0) sh_.error(ctx_ + ": sem_post: " + io::errno_text(errno));
    }
    PostGuard(const PostGuard&) = delete;
    PostGuard& operator=(const PostGuard&) = delete;

private:
    const Shell& sh_;
    std::string ctx_;
    sem_t* s_;
};

int sem_run(Shell& sh, io::IoStreams& io, Args args) {
    WaitSpec w;
    Options o(args, "sem run", "t:n", {}, kRunUsage);
    while (int c = o.next()) o.wait_option(c, w);
    auto ops = o.operands();
    if (ops.empty()) o.usage("missing NAME");
    const std::string name = check_name("sem run", ops[0], Kind::Semaphore);
    const std::string ctx = "sem run " + name;
    size_t first = 1;
    if (first < ops.size() && ops[first] == "--") ++first;
    if (first >= ops.size()) o.usage("missing COMMAND");
    const std::vector<std::string> cmd(ops.begin() + static_cast<std::ptrdiff_t>(first), ops.end());

    SignalHold hold(sh);
    Semaphore s = open_sem(ctx, name);
    const int st = acquire(sh, ctx, s.get(), w);
    if (st > 128 && hold.holds(st - 128)) {
        // A held signal came while waiting: nothing to post, die of it as the shell would.
        signals::take(st - 128);
        hold.restore();
        return deliver(sh, io, st - 128);
    }
    if (st != kOk) return st;

    io.out.flush();  // our output so far comes before the command's
    exec::ExecResult r;
    int sig = 0;
    {
        PostGuard post(sh, ctx, s.get());
        try {
            r = sh.executor().run_argv(cmd, exec::Lookup{}, exec::ExecFlags{});
        } catch (const SignalUnwind& u) {
            if (!hold.holds(u.sig)) throw;  // not ours (cannot happen: only holds install it)
            sig = u.sig;
        }
        // An external command ends without a safe point: look for a held signal here.
        if (sig == 0) sig = hold.take_pending();
    }
    hold.restore();
    if (sig != 0) return deliver(sh, io, sig);
    sh.flow = r.flow;
    sh.flow_levels = r.levels;
    return r.status;
}

/// `sem --unwind SIG`: the trap action of SignalHold. Only meaningful while it is installed.
int sem_unwind(Shell& sh, Args args) {
    if (args.size() == 1) {
        auto sig = signals::from_name(args[0]);
        if (sig && *sig > 0 && *sig < NSIG) {
            const auto& act = sh.traps.action[static_cast<size_t>(*sig)];
            if (act && *act == SignalHold::action_for(*sig)) throw SignalUnwind{*sig};
        }
    }
    fail_with("sem --unwind", kUsage, "internal to `sem run`: only valid as the trap action it installs");
}

}  // namespace

namespace {

int dispatch(Shell& sh, io::IoStreams& io, Args argv) {
    if (argv.size() < 2) {
        fail_with("sem", kUsage, "missing subcommand (create, wait, post, value, stat, run, ls, unlink; see sem --help)");
    }
    const std::string& sub = argv[1];
    Args args = argv.subspan(2);
    if (sub == "create") return sem_create(args);
    if (sub == "wait") return sem_wait(sh, args);
    if (sub == "post") return sem_post(args);
    if (sub == "value") return sem_value(io, args);
    if (sub == "stat") return sem_stat(io, args);
    if (sub == "run") return sem_run(sh, io, args);
    if (sub == "ls") return sem_ls(io, args);
    if (sub == "unlink") return unlink_names(sh, args, "sem unlink", Kind::Semaphore, ::sem_unlink, "sem_unlink", kUnlinkUsage);
    if (sub == "--unwind") return sem_unwind(sh, args);
    if (sub == "--help" || sub == "-h" || sub == "help") {
        io.out << kHelp;
        return kOk;
    }
    fail_with("sem", kUsage,
              "unknown subcommand " + shell_quote_always(sub) + " (create, wait, post, value, stat, run, ls, unlink)");
}

}  // namespace

int builtin_sem(Shell& sh, io::IoStreams& io, Args argv) {
    return ipc::run_subcommand(sh, io, argv, dispatch);
}

}  // namespace ipsh::builtins
