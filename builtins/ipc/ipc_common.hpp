// ipc_common.hpp: what the mq, shm and sem builtins share (POSIX IPC, STYLE §6): the
// documented exit statuses, name checks done before any system call, option parsing with
// long options, monotonic deadlines, waits that Ctrl-C and trapped signals interrupt, and
// the RAII handles MessageQueue, SharedMemory and Semaphore. Every call is stateless (open,
// act, close) and every descriptor is close-on-exec, so no IPC descriptor reaches a child.
// No iostreams and no objects with static constructors here: they would slow every start-up.
#pragma once

#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "io/fd.hpp"

#include <mqueue.h>
#include <semaphore.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ipsh {
class Shell;
}

namespace ipsh::builtins::ipc {

/// Exit statuses, the same for mq, shm and sem (man/ipsh-ipc.7, EXIT STATUS). 128+N means
/// "interrupted by signal N" and is computed, not listed.
enum Status : int {
    kOk = 0,
    kUnavailable = 1,  // -n and nothing to do now: queue empty or full, semaphore at zero
    kUsage = 2,        // bad option, operand or name; data a variable cannot hold
    kSystem = 3,       // a system call failed, or a size or offset is out of bounds
    kTimeout = 4,      // -t SECONDS passed
    kNoObject = 5,     // no such queue, shared memory object or semaphore
    kExists = 6,       // create -x found one, or create found one owned by another user
};

/// What kind of object a name is for: decides the length limit and the words in messages.
enum class Kind : std::uint8_t { Queue, Memory, Semaphore };

/// "message queue", "shared memory object", "semaphore".
std::string_view kind_noun(Kind kind);

/// Checks a user-supplied name and returns it with its leading slash: "/jobs" and "jobs"
/// both give "/jobs". A name is one non-empty component ('.' and '..' excluded) without
/// control characters, at most NAME_MAX bytes (NAME_MAX - 4 for semaphores, which glibc
/// stores as /dev/shm/sem.NAME). Throws a usage ShellError (status 2) naming the problem.
std::string check_name(std::string_view ctx, std::string_view raw, Kind kind);

/// Throws ShellError{status, "<ctx>: <message>"}; the dispatcher prints it with the
/// "ipsh: " prefix and returns the status.
[[noreturn]] void fail_with(std::string_view ctx, int status, std::string_view message);
/// A status and its message, for commands that report an error and go on (unlink NAME...).
struct Failure {
    int status;
    std::string message;
};
/// What fail_errno() would throw, without throwing.
Failure describe_errno(Kind kind, std::string_view call, int err, std::string_view detail = {});
/// A failed system call: ENOENT becomes status 5 ("no such message queue"), EEXIST status 6,
/// anything else status 3 with "<call>: <strerror>" and `detail` (if any) in parentheses.
[[noreturn]] void fail_errno(std::string_view ctx, Kind kind, std::string_view call, int err,
                             std::string_view detail = {});

/// How long a blocking call may wait: -n (not at all), -t SECONDS, or without limit.
struct WaitSpec {
    bool nowait = false;
    std::optional<std::int64_t> timeout_ns;
};

/// getopt-style parser for a subcommand's options: grouped short flags (-xn), `-pVALUE` or
/// `-p VALUE`, long options, `--` ends the options, and options stop at the first operand
/// (so a MESSAGE may start with '-' once NAME is given). Errors are usage errors (status 2)
/// that quote the subcommand's usage line.
class Options : public OptParser {
public:
    /// `args` are the words after the subcommand; `ctx` is e.g. "mq send".
    Options(Args args, std::string_view ctx, std::string_view shorts,
            std::span<const LongOption> longs, std::string_view usage)
        : OptParser(args, shorts, longs, 0), ctx_(ctx), usage_(usage) {}
    /// The operands after the options.
    Args operands() const { return rest(); }
    /// Throws the usage error "<ctx>: <problem> (usage: <usage>)", status 2.
    [[noreturn]] void usage(std::string_view problem) const override;
    /// Usage error unless the number of operands is in [min, max].
    void expect_operands(size_t min, size_t max) const;
    /// For subcommands without options whose one operand is a NAME (stat, post, value):
    /// parses, and returns the checked name.
    std::string only_name(Kind kind);
    /// For subcommands without options or operands (ls).
    void nothing_more();
    /// Applies -t SECONDS (c == 't') or -n to `w`; they exclude each other.
    void wait_option(int c, WaitSpec& w) const;
    /// Parses the current arg() as an integer in [min, max]; usage error otherwise.
    std::int64_t int_arg(std::string_view opt, std::int64_t min, std::int64_t max) const;
    /// Parses the current arg() as an octal mode 0..0777 (-m).
    mode_t mode_arg() const;
    /// Parses the current arg() as seconds ("2", "0.25"), returned in nanoseconds (-t).
    std::int64_t seconds_arg() const;
    /// Parses the current arg() as the name of a variable to set (-v, --prio-var): a usage
    /// error when it is not a name or is readonly, checked before anything is received.
    std::string var_arg(const Shell& sh, std::string_view opt) const;
    const std::string& ctx() const { return ctx_; }

private:
    std::string ctx_;
    std::string_view usage_;
};

/// Parses a byte count or offset: decimal digits with an optional K, M or G (powers of 1024).
std::optional<std::int64_t> parse_size(std::string_view s);

/// CLOCK_MONOTONIC in nanoseconds.
std::int64_t monotonic_ns();

/// A point on the monotonic clock, or "never": wall-clock changes don't move it.
class Deadline {
public:
    /// No limit for WaitSpec{} ; now + timeout for -t; "already passed" for -n.
    static Deadline from(const WaitSpec& w);
    bool never() const { return never_; }
    /// Nanoseconds left (0 once passed). Meaningless when never().
    std::int64_t left_ns() const;

private:
    bool never_ = true;
    std::int64_t at_ns_ = 0;
};

/// The first pending signal that must cut a blocking wait short, or 0: SIGINT (caught only
/// when interactive or trapped, otherwise it kills the shell before we see it), any signal
/// with a trap action (including the ones `sem run` installs), and SIGHUP in an interactive
/// shell. SIGCHLD and the like don't interrupt. The signal stays pending for the shell.
int interrupting_signal(const Shell& sh);

/// Waits until `fd` is ready for `events` (POLLIN/POLLOUT), the deadline passes or an
/// interrupting signal arrives. The self-pipe is polled too, so a signal arriving just
/// before the wait is not missed. Returns 0 (ready), kTimeout or 128+N. Throws on poll errors.
int wait_fd(const Shell& sh, std::string_view ctx, int fd, short events, const Deadline& dl);

/// Reads what is available from `fd` (at most `max` bytes) and appends it to `out`, waiting
/// with wait_fd() first. Returns 0 (`eof` tells whether input ended) or 128+N.
int read_input(const Shell& sh, std::string_view ctx, int fd, std::string& out, size_t max,
               bool& eof);

/// Sets the umask to 0 for its lifetime, so an object is created with exactly the mode asked
/// for (mq_open and sem_open apply the umask; shm uses fchmod instead).
class UmaskZero {
public:
    UmaskZero();
    ~UmaskZero();
    UmaskZero(const UmaskZero&) = delete;
    UmaskZero& operator=(const UmaskZero&) = delete;

private:
    mode_t old_;
};

/// Refuses (status 6) an existing object that belongs to another user unless `force`: an
/// object someone else created in advance could be read or rewritten by its owner.
void check_owner(std::string_view ctx, Kind kind, const struct stat& st, bool force);

/// Prints the `mode=0600` and `owner=NAME` lines of `stat` (the owner's user name, or the
/// uid when it has none), quoted for eval.
void print_mode_owner(io::OutStream& out, const struct stat& st);

/// Prints "/name", sorted, for each object of `kind` in `dir` (the mqueue mount for queues,
/// /dev/shm for the others, where a semaphore NAME is the file sem.NAME).
void list_dir(std::string_view ctx, Kind kind, const std::string& dir, io::OutStream& out);

/// Moves a descriptor the builtins opened to 10 or above when it took the place of a closed
/// standard descriptor (0, 1 or 2): `mq send /q <&-` would otherwise read its own queue as
/// standard input. Returns the descriptor to use (the same one when it was already high).
int lift_fd(int fd);

/// Owns an mqd_t and closes it. On Linux an mqd_t is a file descriptor, so poll() and
/// fstat() work on it; it is opened with O_CLOEXEC.
class MessageQueue {
public:
    MessageQueue() = default;
    explicit MessageQueue(mqd_t q) : q_(static_cast<mqd_t>(lift_fd(static_cast<int>(q)))) {}
    MessageQueue(MessageQueue&& o) noexcept : q_(o.q_) { o.q_ = kNone; }
    MessageQueue& operator=(MessageQueue&& o) noexcept;
    MessageQueue(const MessageQueue&) = delete;
    MessageQueue& operator=(const MessageQueue&) = delete;
    ~MessageQueue();

    bool valid() const { return q_ != kNone; }
    mqd_t get() const { return q_; }
    int fd() const { return static_cast<int>(q_); }

private:
    static constexpr mqd_t kNone = static_cast<mqd_t>(-1);
    mqd_t q_ = kNone;
};

/// Owns the descriptor of a shared memory object. The shell never maps it: reads and writes
/// go through pread/pwrite bounded by fstat's size, so a peer that shrinks the object can't
/// make the shell fault (a mapping would raise SIGBUS past the new end).
class SharedMemory {
public:
    SharedMemory() = default;
    explicit SharedMemory(int fd) : fd_(lift_fd(fd)) {}
    bool valid() const { return fd_.valid(); }
    int fd() const { return fd_.get(); }

private:
    io::UniqueFd fd_;
};

/// Owns a semaphore mapping and unmaps it: one made by sem_open (sem_close), or one the
/// builtins mapped themselves after checking the file (open_sem in sem.cpp; munmap).
class Semaphore {
public:
    enum class Origin : std::uint8_t { SemOpen, Mapped };
    Semaphore() = default;
    Semaphore(sem_t* s, Origin origin) : s_(s), origin_(origin) {}
    Semaphore(Semaphore&& o) noexcept : s_(o.s_), origin_(o.origin_) { o.s_ = SEM_FAILED; }
    Semaphore& operator=(Semaphore&&) = delete;
    Semaphore(const Semaphore&) = delete;
    Semaphore& operator=(const Semaphore&) = delete;
    ~Semaphore();

    bool valid() const { return s_ != SEM_FAILED; }
    sem_t* get() const { return s_; }

private:
    sem_t* s_ = SEM_FAILED;
    Origin origin_ = Origin::SemOpen;
};

/// `<cmd> unlink [-f] NAME...` (ctx is e.g. "mq unlink"): checks every name before removing
/// anything, removes each with `remove` (mq_unlink, shm_unlink, sem_unlink), reports failures
/// and goes on. -f ignores names that don't exist. Returns the first failure's status.
int unlink_names(const Shell& sh, Args args, std::string_view ctx, Kind kind, int (*remove)(const char*),
                 std::string_view call, std::string_view usage);

/// Runs `dispatch` (a subcommand of mq, shm or sem) and flushes what it printed. A failed
/// write to standard output is an operating-system error: status 3 and
/// "<cmd> <sub>: write: <strerror>", never the 1 that means "nothing available".
int run_subcommand(Shell& sh, io::IoStreams& io, Args argv, int (*dispatch)(Shell&, io::IoStreams&, Args));

/// Reads one number from a /proc/sys file (the mqueue limits); nullopt when unreadable.
std::optional<std::int64_t> read_sys_number(const char* path);

}  // namespace ipsh::builtins::ipc
