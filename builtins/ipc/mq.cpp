// mq.cpp: the `mq` builtin over POSIX message queues (mq_overview(7), man/ipsh-ipc.7):
//   mq create [-x] [-f] [-m MODE] [--maxmsg N] [--msgsize BYTES] NAME
//   mq send [-p PRIO] [-t SECONDS | -n] [-l] NAME [MESSAGE...]
//   mq recv [-t SECONDS | -n] [-c COUNT] [-v VAR] [--prio-var VAR] NAME
//   mq stat NAME     mq ls     mq unlink [-f] NAME...
// Each call opens the queue (O_CLOEXEC | O_NONBLOCK), acts and closes it. Waiting is done
// with ppoll() on the queue descriptor (Linux), so timeouts run on the monotonic clock and
// Ctrl-C or a trapped signal ends the wait at once.
#include "builtins/builtins.hpp"
#include "builtins/ipc/ipc_common.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

namespace ipsh::builtins {

namespace {

using namespace ipc;

constexpr std::string_view kCreateUsage = "mq create [-x] [-f] [-m MODE] [--maxmsg N] [--msgsize BYTES] NAME";
constexpr std::string_view kSendUsage = "mq send [-p PRIO] [-t SECONDS | -n] [-l] NAME [MESSAGE...]";
constexpr std::string_view kRecvUsage = "mq recv [-t SECONDS | -n] [-c COUNT] [-v VAR] [--prio-var VAR] NAME";
constexpr std::string_view kStatUsage = "mq stat NAME";
constexpr std::string_view kLsUsage = "mq ls";
constexpr std::string_view kUnlinkUsage = "mq unlink [-f] NAME...";

constexpr std::string_view kHelp =
    "usage: mq create [-x] [-f] [-m MODE] [--maxmsg N] [--msgsize BYTES] NAME\n"
    "       mq send [-p PRIO] [-t SECONDS | -n] [-l] NAME [MESSAGE...]\n"
    "       mq recv [-t SECONDS | -n] [-c COUNT] [-v VAR] [--prio-var VAR] NAME\n"
    "       mq stat NAME\n"
    "       mq ls\n"
    "       mq unlink [-f] NAME...\n"
    "Exit status: 0 ok, 1 nothing available (-n), 2 usage, 3 system error, 4 timeout,\n"
    "5 no such queue, 6 exists, 128+N signal N. See ipsh-ipc(7).\n";

enum LongKey : int { kMaxmsg = 256, kMsgsize, kPrioVar };

constexpr LongOption kCreateLongs[] = {{"maxmsg", kMaxmsg, true}, {"msgsize", kMsgsize, true}};
constexpr LongOption kRecvLongs[] = {{"prio-var", kPrioVar, true}};

constexpr const char* kMsgMax = "/proc/sys/fs/mqueue/msg_max";
constexpr const char* kMsgsizeMax = "/proc/sys/fs/mqueue/msgsize_max";

/// Input beyond the queue's message size that `mq send` still reads to report the real size.
constexpr size_t kOversizeSlack = 1 << 20;

MessageQueue open_queue(std::string_view ctx, const std::string& name, int oflag) {
    const mqd_t q = ::mq_open(name.c_str(), oflag | O_CLOEXEC);
    if (q == static_cast<mqd_t>(-1)) fail_errno(ctx, Kind::Queue, "mq_open", errno);
    return MessageQueue(q);
}

/// Opens for reading, or for writing when reading is not allowed (stat, ownership checks).
MessageQueue open_any(std::string_view ctx, const std::string& name) {
    mqd_t q = ::mq_open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (q == static_cast<mqd_t>(-1) && errno == EACCES) q = ::mq_open(name.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (q == static_cast<mqd_t>(-1)) fail_errno(ctx, Kind::Queue, "mq_open", errno);
    return MessageQueue(q);
}

mq_attr get_attr(std::string_view ctx, const MessageQueue& q) {
    mq_attr a{};
    if (::mq_getattr(q.get(), &a) != 0) fail_errno(ctx, Kind::Queue, "mq_getattr", errno);
    return a;
}

struct stat stat_queue(std::string_view ctx, const MessageQueue& q) {
    struct stat st {};
    if (::fstat(q.fd(), &st) != 0) fail_errno(ctx, Kind::Queue, "fstat", errno);
    return st;
}

/// Checks a requested size against a /proc/sys/fs/mqueue limit; the message names the limit
/// and how an administrator raises it.
void check_limit(std::string_view ctx, const char* opt, std::int64_t value, const char* path, const char* what) {
    auto limit = read_sys_number(path);
    if (!limit || value <= *limit) return;
    std::string sysctl = std::string(path + std::strlen("/proc/sys/"));
    for (char& c : sysctl) {
        if (c == '/') c = '.';
    }
    fail_with(ctx, kSystem,
              std::string(opt) + " " + std::to_string(value) + " is above the system limit of " +
                  std::to_string(*limit) + " " + what + " (" + path + "); an administrator raises it with: sysctl -w " +
                  sysctl + "=" + std::to_string(value));
}

/// mq_open(O_CREAT) failures, explained with the limit that caused them.
[[noreturn]] void fail_create(std::string_view ctx, int err, const mq_attr* attr) {
    std::string detail;
    if (err == ENOSPC) {
        auto n = read_sys_number("/proc/sys/fs/mqueue/queues_max");
        detail = "the system-wide limit of " + (n ? std::to_string(*n) + " " : std::string()) +
                 "queues is reached: /proc/sys/fs/mqueue/queues_max, raised with sysctl -w fs.mqueue.queues_max=N";
    } else if (err == EMFILE) {
        // Also without --maxmsg/--msgsize: the queue then gets the system defaults.
        const long maxmsg = attr ? attr->mq_maxmsg : read_sys_number("/proc/sys/fs/mqueue/msg_default").value_or(10);
        const long msgsize =
            attr ? attr->mq_msgsize : read_sys_number("/proc/sys/fs/mqueue/msgsize_default").value_or(8192);
        rlimit rl{};
        ::getrlimit(RLIMIT_MSGQUEUE, &rl);
        detail = "maxmsg " + std::to_string(maxmsg) + " x msgsize " + std::to_string(msgsize) +
                 " may exceed this user's queue memory limit RLIMIT_MSGQUEUE (ulimit -q: " +
                 (rl.rlim_cur == RLIM_INFINITY ? std::string("unlimited") : std::to_string(rl.rlim_cur)) +
                 " bytes for all queues)";
    } else if (err == EINVAL && attr) {
        detail = "maxmsg " + std::to_string(attr->mq_maxmsg) + ", msgsize " + std::to_string(attr->mq_msgsize) +
                 ": see " + kMsgMax + " and " + kMsgsizeMax;
    }
    fail_errno(ctx, Kind::Queue, "mq_open", err, detail);
}

int mq_create(Args args) {
    bool excl = false;
    bool force = false;
    mode_t mode = 0600;
    std::optional<std::int64_t> maxmsg;
    std::optional<std::int64_t> msgsize;
    Options o(args, "mq create", "xfm:", kCreateLongs, kCreateUsage);
    while (int c = o.next()) {
        switch (c) {
        case 'x': excl = true; break;
        case 'f': force = true; break;
        case 'm': mode = o.mode_arg(); break;
        // Large values are checked against the system's limits below, which say how to raise them.
        case kMaxmsg: maxmsg = o.int_arg("--maxmsg", 1, INT64_MAX); break;
        case kMsgsize: {
            auto v = parse_size(o.arg());
            if (!v || *v < 1) {
                o.usage("--msgsize " + shell_quote(o.arg()) + ": expected a byte count from 1, such as 8192 or 64K");
            }
            msgsize = v;
            break;
        }
        default: break;
        }
    }
    o.expect_operands(1, 1);
    const std::string name = check_name("mq create", o.operands()[0], Kind::Queue);
    const std::string ctx = "mq create " + name;
    if (maxmsg) check_limit(ctx, "--maxmsg", *maxmsg, kMsgMax, "messages per queue");
    if (msgsize) check_limit(ctx, "--msgsize", *msgsize, kMsgsizeMax, "bytes per message");
    mq_attr attr{};
    const mq_attr* attrp = nullptr;
    if (maxmsg || msgsize) {
        // Both fields are needed: the one not given takes the system default.
        attr.mq_maxmsg = maxmsg.value_or(read_sys_number("/proc/sys/fs/mqueue/msg_default").value_or(10));
        attr.mq_msgsize = msgsize.value_or(read_sys_number("/proc/sys/fs/mqueue/msgsize_default").value_or(8192));
        attrp = &attr;
    }
    for (int attempt = 0;; ++attempt) {
        mqd_t q;
        {
            // mq_open applies the umask: clear it so the mode is exactly -m (default 0600).
            UmaskZero exact;
            q = ::mq_open(name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode, const_cast<mq_attr*>(attrp));
        }
        if (q != static_cast<mqd_t>(-1)) {
            MessageQueue created(q);
            return kOk;
        }
        if (errno != EEXIST) fail_create(ctx, errno, attrp);
        if (excl) fail_with(ctx, kExists, "message queue already exists (-x)");
        mqd_t e = ::mq_open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (e == static_cast<mqd_t>(-1) && errno == EACCES) e = ::mq_open(name.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (e == static_cast<mqd_t>(-1)) {
            if (errno == ENOENT && attempt < 5) continue;  // unlinked meanwhile: create it
            fail_errno(ctx, Kind::Queue, "mq_open", errno);
        }
        MessageQueue existing(e);
        check_owner(ctx, Kind::Queue, stat_queue(ctx, existing), force);
        const mq_attr have = get_attr(ctx, existing);
        if ((maxmsg && have.mq_maxmsg != *maxmsg) || (msgsize && have.mq_msgsize != *msgsize)) {
            fail_with(ctx, kExists,
                      "the message queue exists with maxmsg=" + std::to_string(have.mq_maxmsg) + " msgsize=" +
                          std::to_string(have.mq_msgsize) + ", not the sizes asked for; unlink it first");
        }
        return kOk;
    }
}

/// Sends one message, waiting for room as `w` allows. Returns 0, 1 (full, -n), 4 or 128+N.
int send_one(const Shell& sh, std::string_view ctx, const MessageQueue& q, std::string_view msg, unsigned prio,
             const WaitSpec& w, long msgsize, std::string_view what) {
    if (msg.size() > static_cast<size_t>(msgsize)) {
        fail_with(ctx, kSystem,
                  io::errno_text(EMSGSIZE) + " (" + std::string(what) + " is " + std::to_string(msg.size()) +
                      " bytes, queue allows " + std::to_string(msgsize) + ")");
    }
    const Deadline dl = Deadline::from(w);
    for (;;) {
        if (::mq_send(q.get(), msg.data(), msg.size(), prio) == 0) return kOk;
        if (errno == EINTR) continue;
        if (errno != EAGAIN) fail_errno(ctx, Kind::Queue, "mq_send", errno);
        if (w.nowait) return kUnavailable;
        if (int st = wait_fd(sh, ctx, q.fd(), POLLOUT, dl)) return st;
    }
}

int mq_send(Shell& sh, io::IoStreams& io, Args args) {
    long prio_max = ::sysconf(_SC_MQ_PRIO_MAX);
    if (prio_max <= 0) prio_max = 32768;
    unsigned prio = 0;
    WaitSpec w;
    bool lines = false;
    Options o(args, "mq send", "p:t:nl", {}, kSendUsage);
    while (int c = o.next()) {
        switch (c) {
        case 'p': prio = static_cast<unsigned>(o.int_arg("-p", 0, prio_max - 1)); break;
        case 't': case 'n': o.wait_option(c, w); break;
        case 'l': lines = true; break;
        default: break;
        }
    }
    auto ops = o.operands();
    if (ops.empty()) o.usage("missing NAME");
    const std::string name = check_name("mq send", ops[0], Kind::Queue);
    const std::string ctx = "mq send " + name;
    if (lines && ops.size() > 1) o.usage("-l sends the lines of standard input and takes no MESSAGE");
    MessageQueue q = open_queue(ctx, name, O_WRONLY | O_NONBLOCK);
    const long msgsize = get_attr(ctx, q).mq_msgsize;

    if (ops.size() > 1) {
        // Several words make one message, joined by spaces as echo would print them.
        std::string msg = ops[1];
        for (size_t i = 2; i < ops.size(); ++i) msg += " " + ops[i];
        return send_one(sh, ctx, q, msg, prio, w, msgsize, "message");
    }

    std::string buf;
    bool eof = false;
    if (!lines) {
        // All of standard input is one message, byte for byte.
        const size_t cap = static_cast<size_t>(msgsize) + kOversizeSlack;
        while (!eof && buf.size() <= cap) {
            if (int st = read_input(sh, ctx, io.in_fd, buf, 65536, eof)) return st;
        }
        if (!eof) {
            fail_with(ctx, kSystem,
                      io::errno_text(EMSGSIZE) + " (standard input is more than " + std::to_string(cap) +
                          " bytes, queue allows " + std::to_string(msgsize) + ")");
        }
        return send_one(sh, ctx, q, buf, prio, w, msgsize, "message");
    }

    // -l: one message per line, sent as soon as the line is complete (a pipeline stage).
    size_t sent = 0;
    size_t start = 0;
    for (;;) {
        size_t nl;
        while ((nl = buf.find('\n', start)) != std::string::npos) {
            std::string_view line(buf.data() + start, nl - start);
            const std::string what = "line " + std::to_string(sent + 1);
            int st = send_one(sh, ctx, q, line, prio, w, msgsize, what);
            if (st == kUnavailable) {
                sh.error(ctx + ": queue full after " + std::to_string(sent) + " lines; the rest was not sent (-n)");
            }
            if (st != kOk) return st;
            ++sent;
            start = nl + 1;
        }
        buf.erase(0, start);
        start = 0;
        if (eof) break;
        if (buf.size() > static_cast<size_t>(msgsize)) {
            fail_with(ctx, kSystem,
                      io::errno_text(EMSGSIZE) + " (line " + std::to_string(sent + 1) + " is more than " +
                          std::to_string(msgsize) + " bytes, queue allows " + std::to_string(msgsize) + ")");
        }
        if (int st = read_input(sh, ctx, io.in_fd, buf, 65536, eof)) return st;
    }
    if (!buf.empty()) {
        // A last line without its newline is a message too.
        int st = send_one(sh, ctx, q, buf, prio, w, msgsize, "line " + std::to_string(sent + 1));
        if (st == kUnavailable) {
            sh.error(ctx + ": queue full after " + std::to_string(sent) + " lines; the rest was not sent (-n)");
        }
        return st;
    }
    return kOk;
}

/// Flushes stdout; a failed write loses messages already taken from the queue, so say so.
void flush_or_fail(std::string_view ctx, io::IoStreams& io, size_t pending) {
    if (io.out.flush()) return;
    const int err = errno;
    fail_with(ctx, kSystem,
              "write: " + io::errno_text(err) + " (" + std::to_string(pending) +
                  " received message(s) could not be written and are lost)");
}

int mq_recv(Shell& sh, io::IoStreams& io, Args args) {
    WaitSpec w;
    std::int64_t count = 1;
    bool counted = false;
    std::optional<std::string> var;
    std::optional<std::string> prio_var;
    Options o(args, "mq recv", "t:nc:v:", kRecvLongs, kRecvUsage);
    while (int c = o.next()) {
        switch (c) {
        case 't': case 'n': o.wait_option(c, w); break;
        case 'c':
            count = o.int_arg("-c", 1, INT_MAX);
            counted = true;
            break;
        case 'v': var = o.var_arg(sh, "-v"); break;
        case kPrioVar: prio_var = o.var_arg(sh, "--prio-var"); break;
        default: break;
        }
    }
    if (counted && (var || prio_var)) o.usage("-c writes messages to standard output; -v and --prio-var take one message");
    if (var && prio_var && *var == *prio_var) o.usage("-v and --prio-var name the same variable");
    o.expect_operands(1, 1);
    const std::string name = check_name("mq recv", o.operands()[0], Kind::Queue);
    const std::string ctx = "mq recv " + name;
    // A message taken off the queue and then not written is lost: check standard output
    // before receiving anything.
    if (!var && io.out.fd() >= 0 && ::fcntl(io.out.fd(), F_GETFD) < 0) {
        fail_with(ctx, kSystem, "standard output: " + io::errno_text(errno) + " (nothing was received)");
    }

    // With -v a message holding a NUL byte is put back, which needs write access; fall back
    // to read-only when that is all we may do.
    MessageQueue q;
    if (var) {
        const mqd_t d = ::mq_open(name.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (d != static_cast<mqd_t>(-1)) q = MessageQueue(d);
        else if (errno != EACCES) fail_errno(ctx, Kind::Queue, "mq_open", errno);
    }
    if (!q.valid()) q = open_queue(ctx, name, O_RDONLY | O_NONBLOCK);
    const long msgsize = get_attr(ctx, q).mq_msgsize;
    std::string buf(static_cast<size_t>(msgsize), '\0');

    size_t unflushed = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        const Deadline dl = Deadline::from(w);
        unsigned prio = 0;
        ssize_t n;
        for (;;) {
            n = ::mq_receive(q.get(), buf.data(), buf.size(), &prio);
            if (n >= 0) break;
            if (errno == EINTR) continue;
            if (errno != EAGAIN) fail_errno(ctx, Kind::Queue, "mq_receive", errno);
            if (w.nowait) {
                flush_or_fail(ctx, io, unflushed);
                return kUnavailable;
            }
            // Whoever reads our output gets what came so far before we block.
            flush_or_fail(ctx, io, unflushed);
            unflushed = 0;
            if (int st = wait_fd(sh, ctx, q.fd(), POLLIN, dl)) return st;
        }
        std::string_view msg(buf.data(), static_cast<size_t>(n));
        if (var) {
            const size_t nul = msg.find('\0');
            if (nul != std::string_view::npos) {
                const std::string why = "the message has a NUL byte at offset " + std::to_string(nul) +
                                        ", which a shell variable cannot hold";
                if (::mq_send(q.get(), msg.data(), msg.size(), prio) == 0) {
                    fail_with(ctx, kUsage,
                              why + "; it was put back on the queue (behind messages of its priority): "
                                    "receive it without -v to get its bytes");
                }
                fail_with(ctx, kSystem, why + "; it could not be put back (mq_send: " + io::errno_text(errno) + ") and is lost");
            }
            sh.assign(*var, std::string(msg));
        } else {
            io.out.write(msg);
            // -c prints one message per line.
            if (counted && (msg.empty() || msg.back() != '\n')) io.out.put('\n');
            ++unflushed;
        }
        if (prio_var) sh.assign(*prio_var, std::to_string(prio));
    }
    flush_or_fail(ctx, io, unflushed);
    return kOk;
}

int mq_stat(io::IoStreams& io, Args args) {
    Options o(args, "mq stat", "", {}, kStatUsage);
    const std::string name = o.only_name(Kind::Queue);
    const std::string ctx = "mq stat " + name;
    MessageQueue q = open_any(ctx, name);
    const mq_attr a = get_attr(ctx, q);
    const struct stat st = stat_queue(ctx, q);
    io.out << "maxmsg=" << a.mq_maxmsg << "\n";
    io.out << "msgsize=" << a.mq_msgsize << "\n";
    io.out << "curmsgs=" << a.mq_curmsgs << "\n";
    print_mode_owner(io.out, st);
    return kOk;
}

/// Where the mqueue file system is mounted (usually /dev/mqueue): the only way to list queues.
std::optional<std::string> mqueue_mount() {
    io::UniqueFd fd(::open("/proc/self/mounts", O_RDONLY | O_CLOEXEC));
    std::string text;
    if (!fd || !io::read_all(fd.get(), text)) return std::nullopt;
    std::optional<std::string> found;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + pos, end - pos);
        pos = end + 1;
        // "<source> <mount point> <type> ...", with spaces in the mount point as \040.
        const size_t a = line.find(' ');
        const size_t b = a == std::string_view::npos ? a : line.find(' ', a + 1);
        const size_t c = b == std::string_view::npos ? b : line.find(' ', b + 1);
        if (c == std::string_view::npos || line.substr(b + 1, c - b - 1) != "mqueue") continue;
        std::string_view raw = line.substr(a + 1, b - a - 1);
        std::string dir;
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\\' && i + 3 < raw.size()) {
                dir.push_back(static_cast<char>((raw[i + 1] - '0') * 64 + (raw[i + 2] - '0') * 8 + (raw[i + 3] - '0')));
                i += 3;
            } else {
                dir.push_back(raw[i]);
            }
        }
        if (dir == "/dev/mqueue") return dir;
        if (!found) found = dir;
    }
    return found;
}

int mq_ls(io::IoStreams& io, Args args) {
    Options o(args, "mq ls", "", {}, kLsUsage);
    o.nothing_more();
    auto dir = mqueue_mount();
    if (!dir) {
        fail_with("mq ls", kSystem,
                  "no mqueue file system is mounted, so queues cannot be listed; an administrator mounts it with: "
                  "mkdir -p /dev/mqueue && mount -t mqueue none /dev/mqueue");
    }
    list_dir("mq ls", Kind::Queue, *dir, io.out);
    return kOk;
}

}  // namespace

namespace {

int dispatch(Shell& sh, io::IoStreams& io, Args argv) {
    if (argv.size() < 2) fail_with("mq", kUsage, "missing subcommand (create, send, recv, stat, ls, unlink; see mq --help)");
    const std::string& sub = argv[1];
    Args args = argv.subspan(2);
    if (sub == "create") return mq_create(args);
    if (sub == "send") return mq_send(sh, io, args);
    if (sub == "recv") return mq_recv(sh, io, args);
    if (sub == "stat") return mq_stat(io, args);
    if (sub == "ls") return mq_ls(io, args);
    if (sub == "unlink") return unlink_names(sh, args, "mq unlink", Kind::Queue, ::mq_unlink, "mq_unlink", kUnlinkUsage);
    if (sub == "--help" || sub == "-h" || sub == "help") {
        io.out << kHelp;
        return kOk;
    }
    fail_with("mq", kUsage, "unknown subcommand " + shell_quote_always(sub) + " (create, send, recv, stat, ls, unlink)");
}

}  // namespace

int builtin_mq(Shell& sh, io::IoStreams& io, Args argv) {
    return ipc::run_subcommand(sh, io, argv, dispatch);
}

}  // namespace ipsh::builtins
