// ipc_common.cpp: name checks, statuses, option parsing, deadlines, interruptible waits and
// the RAII handles shared by the mq, shm and sem builtins. No static objects with
// constructors (start-up cost) and no iostreams.
#include "builtins/ipc/ipc_common.hpp"

#include "builtins/util.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"
#include "shell/users.hpp"
#include "signals/signals.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

namespace ipsh::builtins::ipc {

std::string_view kind_noun(Kind kind) {
    switch (kind) {
    case Kind::Queue: return "message queue";
    case Kind::Memory: return "shared memory object";
    case Kind::Semaphore: return "semaphore";
    }
    return "object";
}

void fail_with(std::string_view ctx, int status, std::string_view message) {
    std::string m(ctx);
    m += ": ";
    m += message;
    throw ShellError{status, std::move(m), ErrorKind::Utility};
}

Failure describe_errno(Kind kind, std::string_view call, int err, std::string_view detail) {
    if (err == ENOENT) return {kNoObject, "no such " + std::string(kind_noun(kind))};
    if (err == EEXIST) return {kExists, std::string(kind_noun(kind)) + " already exists"};
    std::string m(call);
    m += ": ";
    m += io::errno_text(err);
    if (!detail.empty()) {
        m += " (";
        m += detail;
        m += ")";
    }
    return {kSystem, std::move(m)};
}

void fail_errno(std::string_view ctx, Kind kind, std::string_view call, int err, std::string_view detail) {
    Failure f = describe_errno(kind, call, err, detail);
    fail_with(ctx, f.status, f.message);
}

// ---------------------------------------------------------------------------------------
// Names.

std::string check_name(std::string_view ctx, std::string_view raw, Kind kind) {
    std::string_view body = raw;
    if (!body.empty() && body.front() == '/') body.remove_prefix(1);
    auto bad = [&](std::string_view why) {
        fail_with(ctx, kUsage, "invalid name " + shell_quote_always(raw) + ": " + std::string(why));
    };
    if (raw.empty()) bad("a name cannot be empty");
    if (body.empty()) bad("nothing follows the slash");
    if (body.find('/') != std::string_view::npos) {
        bad("a name is one component, with no '/' after the leading one");
    }
    if (body == "." || body == "..") bad("'.' and '..' are not names");
    if (kind == Kind::Memory && body.starts_with("sem.")) {
        // glibc keeps semaphore X in /dev/shm/sem.X: shm must not reach semaphores.
        bad("names starting with 'sem.' are the files of semaphores");
    }
    for (char c : body) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) bad("control characters are not allowed");
    }
    // A semaphore NAME lives in /dev/shm/sem.NAME, so 4 bytes of NAME_MAX are taken.
    const size_t max = kind == Kind::Semaphore ? NAME_MAX - 4 : NAME_MAX;
    if (body.size() > max) {
        bad("too long (" + std::to_string(body.size()) + " bytes; a " + std::string(kind_noun(kind)) +
            " name has at most " + std::to_string(max) + ")");
    }
    return "/" + std::string(body);
}

// ---------------------------------------------------------------------------------------
// Options.

void Options::usage(std::string_view problem) const {
    std::string m(problem);
    m += " (usage: ";
    m += usage_;
    m += ")";
    fail_with(ctx_, kUsage, m);
}

void Options::expect_operands(size_t min, size_t max) const {
    const size_t n = operands().size();
    if (n < min) usage(n == 0 ? "missing NAME" : "missing operand");
    if (n > max) usage("unexpected operand " + shell_quote_always(operands()[max]));
}

std::string Options::only_name(Kind kind) {
    while (next()) {
    }
    expect_operands(1, 1);
    return check_name(ctx_, operands()[0], kind);
}

void Options::nothing_more() {
    while (next()) {
    }
    expect_operands(0, 0);
}

void Options::wait_option(int c, WaitSpec& w) const {
    if (c == 't' ? w.nowait : w.timeout_ns.has_value()) usage("-t and -n exclude each other");
    if (c == 't') w.timeout_ns = seconds_arg();
    else w.nowait = true;
}

std::int64_t Options::int_arg(std::string_view opt, std::int64_t min, std::int64_t max) const {
    auto v = parse_int(arg());
    if (!v || *v < min || *v > max) {
        usage(std::string(opt) + " " + shell_quote(arg()) + ": expected a whole number " +
              (max == INT64_MAX ? "of " + std::to_string(min) + " or more"
                                : "from " + std::to_string(min) + " to " + std::to_string(max)));
    }
    return *v;
}

mode_t Options::mode_arg() const {
    unsigned v = 0;
    bool ok = !arg().empty() && arg().size() <= 4;
    for (char c : arg()) {
        if (c < '0' || c > '7') ok = false;
        else v = v * 8 + static_cast<unsigned>(c - '0');
    }
    if (!ok || v > 0777) usage("-m " + shell_quote(arg()) + ": expected an octal mode from 0 to 0777, such as 0600");
    return static_cast<mode_t>(v);
}

std::int64_t Options::seconds_arg() const {
    // D+[.D*] or .D+ ; at most nine fraction digits count (nanoseconds); at most a year.
    constexpr std::int64_t kMaxSeconds = 366LL * 24 * 3600;
    std::int64_t whole = 0;
    std::int64_t frac = 0;
    std::int64_t scale = 100000000;
    bool digits = false;
    bool dot = false;
    bool ok = true;
    for (char c : arg()) {
        if (c == '.' && !dot) {
            dot = true;
        } else if (c >= '0' && c <= '9') {
            digits = true;
            if (!dot) {
                whole = whole * 10 + (c - '0');
                if (whole > kMaxSeconds) ok = false;
            } else if (scale > 0) {
                frac += (c - '0') * scale;
                scale /= 10;
            }
        } else {
            ok = false;
        }
    }
    if (!ok || !digits) {
        usage("-t " + shell_quote(arg()) + ": expected a number of seconds, such as 5 or 0.25 (at most " +
              std::to_string(kMaxSeconds) + ")");
    }
    return whole * 1000000000 + frac;
}

std::string Options::var_arg(const Shell& sh, std::string_view opt) const {
    if (!lex::is_name(arg())) usage(std::string(opt) + " " + shell_quote(arg()) + ": not a valid variable name");
    // A message received into a readonly variable would be lost: refuse before receiving.
    const vars::Var* v = sh.vars.find(arg());
    if (v && (v->flags & vars::kReadonly)) usage(std::string(opt) + " " + arg() + ": readonly variable");
    return arg();
}

std::optional<std::int64_t> parse_size(std::string_view s) {
    std::int64_t mult = 1;
    if (!s.empty()) {
        switch (s.back()) {
        case 'K': case 'k': mult = 1LL << 10; break;
        case 'M': case 'm': mult = 1LL << 20; break;
        case 'G': case 'g': mult = 1LL << 30; break;
        default: break;
        }
        if (mult != 1) s.remove_suffix(1);
    }
    if (s.empty() || s.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    auto v = parse_int(s);
    if (!v || *v > INT64_MAX / mult) return std::nullopt;
    return *v * mult;
}

// ---------------------------------------------------------------------------------------
// Time and waiting.

std::int64_t monotonic_ns() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Deadline Deadline::from(const WaitSpec& w) {
    Deadline d;
    if (w.nowait) {
        d.never_ = false;
        d.at_ns_ = 0;
    } else if (w.timeout_ns) {
        d.never_ = false;
        d.at_ns_ = monotonic_ns() + *w.timeout_ns;
    }
    return d;
}

std::int64_t Deadline::left_ns() const {
    if (never_ || at_ns_ == 0) return 0;
    return std::max<std::int64_t>(0, at_ns_ - monotonic_ns());
}

int interrupting_signal(const Shell& sh) {
    if (!signals::any_pending()) return 0;
    for (int s = 1; s < NSIG; ++s) {
        if (!signals::pending(s)) continue;
        if (s == SIGINT) return s;
        const auto& act = sh.traps.action[static_cast<size_t>(s)];
        if (act && !act->empty()) return s;
        // An interactive shell catches SIGHUP to hang up its jobs and leave.
        if (s == SIGHUP && sh.opt.interactive && !sh.is_subshell()) return s;
    }
    return 0;
}

int wait_fd(const Shell& sh, std::string_view ctx, int fd, short events, const Deadline& dl) {
    for (;;) {
        if (int sig = interrupting_signal(sh)) return 128 + sig;
        timespec ts{};
        timespec* tp = nullptr;
        if (!dl.never()) {
            const std::int64_t left = dl.left_ns();
            if (left == 0) return kTimeout;
            ts.tv_sec = static_cast<time_t>(left / 1000000000);
            ts.tv_nsec = static_cast<long>(left % 1000000000);
            tp = &ts;
        }
        // The handler writes a byte to the self-pipe: polling it closes the window between
        // the check above and the wait (a signal there would otherwise not end the wait).
        pollfd fds[2] = {{fd, events, 0}, {signals::wake_fd(), POLLIN, 0}};
        // ppoll's relative timeout runs on CLOCK_MONOTONIC.
        const int r = ::ppoll(fds, 2, tp, nullptr);
        if (r < 0) {
            if (errno == EINTR) continue;
            fail_errno(ctx, Kind::Queue, "poll", errno);
        }
        // The flags stay set for the shell; only the wake-up bytes go. Ready input wins:
        // under a steady stream of signals the pipe is never empty.
        if (fds[1].revents != 0) signals::drain_wake_fd();
        if (fds[0].revents != 0) return 0;
    }
}

int read_input(const Shell& sh, std::string_view ctx, int fd, std::string& out, size_t max, bool& eof) {
    eof = false;
    const Deadline forever;
    for (;;) {
        if (int st = wait_fd(sh, ctx, fd, POLLIN, forever)) return st;
        const size_t old = out.size();
        out.resize(old + max);
        const ssize_t n = ::read(fd, out.data() + old, max);
        out.resize(old + (n > 0 ? static_cast<size_t>(n) : 0));
        if (n > 0) return 0;
        if (n == 0) {
            eof = true;
            return 0;
        }
        if (errno == EINTR || errno == EAGAIN) continue;
        const int err = errno;
        fail_with(ctx, kSystem, "read: " + io::errno_text(err));
    }
}

// ---------------------------------------------------------------------------------------
// Creation, ownership, stat and ls.

UmaskZero::UmaskZero() : old_(::umask(0)) {}
UmaskZero::~UmaskZero() { ::umask(old_); }

namespace {

std::string user_name(uid_t uid) {
    if (auto u = users::by_uid(uid)) return u->name;
    return std::to_string(uid);
}

}  // namespace

void check_owner(std::string_view ctx, Kind kind, const struct stat& st, bool force) {
    if (force || st.st_uid == ::geteuid()) return;
    fail_with(ctx, kExists,
              "the " + std::string(kind_noun(kind)) + " exists and belongs to " + user_name(st.st_uid) + " (uid " +
                  std::to_string(st.st_uid) + "); use -f to use it anyway, or another name");
}

void print_mode_owner(io::OutStream& out, const struct stat& st) {
    char mode[16];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    out << "mode=" << mode << "\n";
    out << "owner=" << shell_quote(user_name(st.st_uid)) << "\n";
}

void list_dir(std::string_view ctx, Kind kind, const std::string& dir, io::OutStream& out) {
    std::unique_ptr<DIR, int (*)(DIR*)> d(::opendir(dir.c_str()), &::closedir);  // O_CLOEXEC in glibc
    if (!d) fail_errno(ctx, Kind::Memory, "opendir " + dir, errno);
    std::vector<std::string> names;
    errno = 0;
    while (const dirent* e = ::readdir(d.get())) {
        std::string_view n = e->d_name;
        if (n == "." || n == "..") continue;
        const bool is_sem = n.substr(0, 4) == "sem.";
        if (kind == Kind::Semaphore) {
            if (!is_sem) continue;
            n.remove_prefix(4);
        } else if (kind == Kind::Memory) {
            if (is_sem || (e->d_type != DT_REG && e->d_type != DT_UNKNOWN)) continue;
        }
        names.emplace_back(n);
        errno = 0;
    }
    if (errno != 0) fail_errno(ctx, Kind::Memory, "readdir " + dir, errno);
    std::sort(names.begin(), names.end());
    for (const auto& n : names) out << "/" << n << "\n";
}

int unlink_names(const Shell& sh, Args args, std::string_view ctx, Kind kind, int (*remove)(const char*),
                 std::string_view call, std::string_view usage) {
    bool force = false;
    Options o(args, ctx, "f", {}, usage);
    while (int c = o.next()) force = c == 'f';
    auto ops = o.operands();
    if (ops.empty()) o.usage("missing NAME");
    std::vector<std::string> names;
    for (const auto& raw : ops) names.push_back(check_name(ctx, raw, kind));
    int status = kOk;
    for (const auto& name : names) {
        if (remove(name.c_str()) == 0 || (force && errno == ENOENT)) continue;
        const Failure f = describe_errno(kind, call, errno);
        sh.error(std::string(ctx) + " " + name + ": " + f.message);
        if (status == kOk) status = f.status;
    }
    return status;
}

std::optional<std::int64_t> read_sys_number(const char* path) {
    io::UniqueFd fd(::open(path, O_RDONLY | O_CLOEXEC));
    if (!fd) return std::nullopt;
    char buf[32];
    const ssize_t n = io::read_retry(fd.get(), buf, sizeof buf - 1);
    if (n <= 0) return std::nullopt;
    std::string_view s(buf, static_cast<size_t>(n));
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
    return parse_int(s);
}

// ---------------------------------------------------------------------------------------
// Handles.

MessageQueue& MessageQueue::operator=(MessageQueue&& o) noexcept {
    if (this != &o) {
        if (valid()) ::mq_close(q_);
        q_ = o.q_;
        o.q_ = kNone;
    }
    return *this;
}

int run_subcommand(Shell& sh, io::IoStreams& io, Args argv, int (*dispatch)(Shell&, io::IoStreams&, Args)) {
    int status = dispatch(sh, io, argv);
    if (!io.out.flush() && status == kOk) {
        std::string ctx = argv[0];
        if (argv.size() > 1) ctx += " " + argv[1];
        fail_with(ctx, kSystem, "write: " + io::errno_text(errno));
    }
    return status;
}

int lift_fd(int fd) {
    if (fd < 0 || fd > 2) return fd;
    const int high = io::dup_high(fd, 10);
    if (high < 0) return fd;
    ::close(fd);
    return high;
}

MessageQueue::~MessageQueue() {
    if (valid()) ::mq_close(q_);
}

Semaphore::~Semaphore() {
    if (!valid()) return;
    if (origin_ == Origin::Mapped) ::munmap(s_, sizeof(sem_t));
    else ::sem_close(s_);
}

}  // namespace ipsh::builtins::ipc
