// read.cpp: read [-rs] [-p prompt] [-d delim] [-n count] [-t seconds] [-u fd] [name...]
// (XCU read, plus bash's -p -d -n -t -s -u and its default REPLY). It never consumes input
// past the delimiter, so the next command reading the same descriptor gets the rest: pipes
// and terminals are read one byte at a time, regular files by blocks with the excess given
// back by lseek. A trapped signal interrupts it with status 128+N so the trap runs at once.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "expand/expand.hpp"
#include "io/fd.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <ctime>
#include <optional>
#include <vector>

namespace ipsh::builtins {

namespace {

constexpr int kTimeoutStatus = 128 + SIGALRM;  // what bash returns when -t expires

/// Why ByteSource::get() did not return a byte.
enum Stop : int { kEof = -1, kError = -2, kTimeout = -3, kSignal = -4 };

/// Reads the input without going past what is consumed (see the file comment).
class ByteSource {
public:
    ByteSource(Shell& sh, int fd, std::optional<double> timeout) : sh_(sh), fd_(fd) {
        struct stat st {};
        seekable_ = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::lseek(fd, 0, SEEK_CUR) != -1;
        if (timeout) {
            ::clock_gettime(CLOCK_MONOTONIC, &deadline_);
            auto whole = static_cast<time_t>(*timeout);
            long nanos = static_cast<long>((*timeout - static_cast<double>(whole)) * 1e9);
            deadline_.tv_sec += whole;
            deadline_.tv_nsec += nanos;
            if (deadline_.tv_nsec >= 1000000000L) {
                deadline_.tv_nsec -= 1000000000L;
                ++deadline_.tv_sec;
            }
            timed_ = true;
        }
        // Signals matter only when one can end the read: a trap is set, or the shell is
        // interactive (SIGINT, SIGHUP). Otherwise a plain blocking read() is enough, and a
        // byte-at-a-time read from a pipe costs one system call per byte, not two.
        watch_signals_ = sh.opt.interactive;
        for (const auto& a : sh.traps.action) watch_signals_ = watch_signals_ || (a && !a->empty());
    }
    ~ByteSource() { give_back(); }
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    /// The next byte (0..255), or a Stop value. For kSignal, signal() tells which one.
    int get() {
        if (pos_ < len_) return static_cast<unsigned char>(buf_[pos_++]);
        for (;;) {
            // A regular file never blocks; anything else may, so wait for it first when a
            // timeout or a signal could end the wait.
            if (!seekable_ && (timed_ || watch_signals_)) {
                int r = wait_readable();
                if (r != 0) return r;
            }
            ssize_t n = ::read(fd_, buf_, seekable_ ? sizeof buf_ : 1);
            if (n > 0) {
                len_ = static_cast<size_t>(n);
                pos_ = 1;
                return static_cast<unsigned char>(buf_[0]);
            }
            if (n == 0) return kEof;
            if (errno != EINTR) return kError;
            if (interrupted()) return kSignal;
        }
    }

    /// Returns unread bytes of a regular file to it, so the file offset is just past the
    /// consumed delimiter.
    void give_back() {
        if (seekable_ && pos_ < len_) ::lseek(fd_, -static_cast<off_t>(len_ - pos_), SEEK_CUR);
        pos_ = len_ = 0;
    }

    int signal() const { return signal_; }

private:
    /// Waits until the input is readable: 0, or kTimeout / kSignal / kError. The signal
    /// handler's self-pipe is polled too, which closes the window between looking at the
    /// signal flags and blocking (a signal there would otherwise not end the read).
    int wait_readable() {
        for (;;) {
            if (watch_signals_ && interrupted()) return kSignal;
            int ms = -1;
            if (timed_) {
                timespec now{};
                ::clock_gettime(CLOCK_MONOTONIC, &now);
                long long left = (static_cast<long long>(deadline_.tv_sec) - now.tv_sec) * 1000 +
                                 (deadline_.tv_nsec - now.tv_nsec + 999999) / 1000000;
                ms = left < 0 ? 0 : (left > INT_MAX ? INT_MAX : static_cast<int>(left));
            }
            pollfd fds[2] = {{fd_, POLLIN, 0},
                             {watch_signals_ ? signals::wake_fd() : -1, POLLIN, 0}};
            int r = ::poll(fds, 2, ms);
            if (r < 0) {
                if (errno == EINTR) continue;
                return kError;
            }
            if (r == 0) {
                if (ms < INT_MAX) return kTimeout;
                continue;
            }
            // The flags stay set for the shell's main loop; only the wake-up bytes go.
            if (fds[1].revents != 0) signals::drain_wake_fd();
            // Ready input wins over the wake-up: under a steady stream of signals the pipe
            // is never empty, and going round again would never read.
            if (fds[0].revents != 0) return 0;  // readable, or hung up / in error
        }
    }

    /// True when a signal that must end the read is pending: a trapped one, or SIGINT or
    /// SIGHUP in an interactive shell. Others (SIGCHLD...) just resume it.
    bool interrupted() {
        if (!signals::any_pending()) return false;
        for (int s = 1; s < NSIG; ++s) {
            if (!signals::pending(s)) continue;
            const auto& a = sh_.traps.action[static_cast<size_t>(s)];
            bool trapped = a && !a->empty();
            if (trapped || (sh_.opt.interactive && (s == SIGINT || s == SIGHUP))) {
                signal_ = s;
                return true;
            }
        }
        return false;
    }

    Shell& sh_;
    int fd_;
    bool seekable_ = false;
    bool timed_ = false;
    bool watch_signals_ = false;
    timespec deadline_{};
    char buf_[4096];
    size_t pos_ = 0;
    size_t len_ = 0;
    int signal_ = 0;
};

/// Puts a terminal in the mode -s (no echo) and -n (byte at a time) need, and restores it.
class TermMode {
public:
    TermMode(int fd, bool silent, bool char_mode) {
        if ((!silent && !char_mode) || ::tcgetattr(fd, &saved_) != 0) return;
        termios t = saved_;
        if (silent) t.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
        if (char_mode) {
            t.c_lflag &= ~static_cast<tcflag_t>(ICANON);
            t.c_cc[VMIN] = 1;
            t.c_cc[VTIME] = 0;
        }
        if (::tcsetattr(fd, TCSADRAIN, &t) == 0) fd_ = fd;
    }
    ~TermMode() {
        if (fd_ >= 0) ::tcsetattr(fd_, TCSADRAIN, &saved_);
    }
    TermMode(const TermMode&) = delete;
    TermMode& operator=(const TermMode&) = delete;

private:
    int fd_ = -1;
    termios saved_{};
};

/// "1", "0.5", ".25": seconds for -t; nullopt when malformed.
std::optional<double> parse_seconds(const std::string& s) {
    if (s.empty()) return std::nullopt;
    double v = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) v = v * 10 + (s[i] - '0');
    if (i < s.size() && s[i] == '.') {
        double scale = 0.1;
        for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, scale /= 10)
            v += (s[i] - '0') * scale;
    }
    if (i != s.size() || s == ".") return std::nullopt;
    return v;
}

/// A line as read: the bytes and, for each, whether a backslash escaped it (such bytes are
/// never field separators).
struct Line {
    std::string text;
    std::vector<bool> quoted;
    void push(char c, bool q) {
        text.push_back(c);
        quoted.push_back(q);
    }
};

/// Splits `line` into `names` (XCU read, 2.6.5 field splitting): leading IFS white space is
/// skipped, each name but the last takes one field, and the last takes the rest of the line
/// without its trailing IFS white space; when that rest is a single field followed by one
/// delimiter, the delimiter is dropped too (`IFS=: read a b <<< 'x:y:'` gives b=y, while
/// 'x:y::' gives b='y::'), as dash and bash do.
std::vector<std::string> split(const Line& line, std::string_view ifs, size_t count) {
    const std::string& s = line.text;
    size_t n = s.size();
    auto sep = [&](size_t k) { return !line.quoted[k] && expand::ifs_char_at(ifs, s, k) > 0; };
    auto white = [&](size_t k) { return sep(k) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n'); };
    // Skips one delimiter: IFS white space, at most one other IFS character, white space.
    auto skip_delim = [&](size_t& p, size_t end) {
        while (p < end && white(p)) ++p;
        if (p < end && sep(p) && !white(p)) {
            p += expand::ifs_char_at(ifs, s, p);
            while (p < end && white(p)) ++p;
        }
    };
    std::vector<std::string> out;
    size_t p = 0;
    while (p < n && white(p)) ++p;
    for (size_t i = 0; i + 1 < count; ++i) {
        size_t start = p;
        while (p < n && !sep(p)) ++p;
        out.push_back(s.substr(start, p - start));
        skip_delim(p, n);
    }
    size_t end = n;
    while (end > p && white(end - 1)) --end;
    size_t q = p;
    while (q < end && !sep(q)) ++q;
    if (q < end) {
        size_t r = q;
        skip_delim(r, end);
        if (r >= end) end = q;
    }
    out.push_back(s.substr(p, end - p));
    return out;
}

/// Every field of `line` (read -a): as split() with as many names as there are fields.
std::vector<std::string> split_all(const Line& line, std::string_view ifs) {
    const std::string& s = line.text;
    size_t n = s.size();
    auto sep = [&](size_t k) { return !line.quoted[k] && expand::ifs_char_at(ifs, s, k) > 0; };
    auto white = [&](size_t k) { return sep(k) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n'); };
    std::vector<std::string> out;
    size_t p = 0;
    while (p < n && white(p)) ++p;
    while (p < n) {
        size_t start = p;
        while (p < n && !sep(p)) ++p;
        out.push_back(s.substr(start, p - start));
        while (p < n && white(p)) ++p;
        if (p < n && sep(p) && !white(p)) {
            p += expand::ifs_char_at(ifs, s, p);
            while (p < n && white(p)) ++p;
        }
    }
    return out;
}

}  // namespace

int builtin_read(Shell& sh, io::IoStreams& io, Args argv) {
    bool raw = false;
    bool silent = false;
    std::optional<std::string> prompt;
    char delim = '\n';
    long long max_chars = -1;
    std::optional<double> timeout;
    int fd = io.in_fd;
    std::optional<std::string> array;
    bool exact = false;  // -N: exactly that many characters, delimiters included, no splitting
    OptParser op(argv, "rsp:d:n:N:t:u:a:");
    while (char c = op.next()) {
        switch (c) {
        case 'a':
            array = op.arg();
            if (!lex::is_name(*array)) fail("read", "'" + *array + "': not a valid identifier");
            break;
        case 'N': {
            auto v = parse_int(op.arg());
            if (!v || *v < 0) fail("read", op.arg() + ": invalid number");
            max_chars = *v;
            exact = true;
            break;
        }
        case 'r': raw = true; break;
        case 's': silent = true; break;
        case 'p': prompt = op.arg(); break;
        case 'd': delim = op.arg().empty() ? '\0' : op.arg()[0]; break;
        case 'n': {
            auto v = parse_int(op.arg());
            if (!v || *v < 0) fail("read", op.arg() + ": invalid number");
            max_chars = *v;
            break;
        }
        case 't':
            timeout = parse_seconds(op.arg());
            if (!timeout) fail("read", op.arg() + ": invalid timeout specification");
            break;
        case 'u': {
            auto v = parse_int(op.arg());
            if (!v || *v < 0 || *v > INT_MAX || !io::is_open(static_cast<int>(*v))) {
                fail("read", op.arg() + ": invalid file descriptor: " + io::errno_text(EBADF));
            }
            fd = static_cast<int>(*v);
            break;
        }
        default: break;
        }
    }
    std::vector<std::string> names(op.rest().begin(), op.rest().end());

    // -t 0 only asks whether input is waiting; nothing is read (bash).
    if (timeout && *timeout == 0) {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0 ? 0 : 1;
    }
    bool tty = ::isatty(fd);
    // As in dash and bash, the prompt is shown only when reading from a terminal.
    if (prompt && tty) {
        io.err << *prompt;
        io.err.flush();
    }

    Line line;
    int status = 0;
    {
        TermMode mode(tty ? fd : -1, silent, max_chars >= 0);
        ByteSource in(sh, fd, timeout);
        long long stored = 0;
        for (;;) {
            if (max_chars >= 0 && stored >= max_chars) break;
            int c = in.get();
            if (c == kSignal) return 128 + in.signal();
            if (c < 0) {
                if (c == kError) sh.error("read: " + io::errno_text(errno));
                status = c == kTimeout ? kTimeoutStatus : 1;
                break;
            }
            if (c == static_cast<unsigned char>(delim) && !exact) break;
            if (c == '\0') continue;  // NUL bytes cannot be in a variable: dropped, as dash does
            if (c == '\\' && !raw) {
                int e = in.get();
                if (e == kSignal) return 128 + in.signal();
                if (e < 0) {
                    status = e == kTimeout ? kTimeoutStatus : 1;
                    break;
                }
                if (e == '\n') continue;  // backslash-newline joins the lines
                if (e == '\0') continue;
                line.push(static_cast<char>(e), true);
                ++stored;
                continue;
            }
            line.push(static_cast<char>(c), false);
            ++stored;
        }
    }

    if (array) {
        vars::ArrayLiteral lit;
        for (auto& f : split_all(line, sh.ifs())) lit.items.emplace_back(std::nullopt, std::move(f));
        const vars::Var* v = sh.vars.find(*array);
        if (v && (v->flags & vars::kAssoc)) fail("read", *array + ": cannot convert associative to indexed array", 1);
        sh.assign_array(*array, lit, false);
        return status;
    }
    if (exact && !names.empty()) {
        sh.assign(names[0], line.text);
        for (size_t i = 1; i < names.size(); ++i) sh.assign(names[i], "");
        return status;
    }
    if (names.empty()) {
        // No name: the whole line in REPLY, without any field splitting (bash).
        sh.assign("REPLY", line.text);
        return status;
    }
    std::vector<std::string> values = split(line, sh.ifs(), names.size());
    // Names are checked as they are assigned, after the line is consumed (dash and bash).
    for (size_t i = 0; i < names.size(); ++i) {
        if (!lex::is_name(names[i])) fail("read", "'" + names[i] + "': not a valid identifier");
        sh.assign(names[i], std::move(values[i]));
    }
    return status;
}

/// mapfile / readarray (bash): the lines of the input into an indexed array. It shares
/// read's input (ByteSource: byte at a time from a pipe, so with -n it takes no more than
/// the lines it stores) and so lives here.
int builtin_mapfile(Shell& sh, io::IoStreams&, Args argv) {
    const std::string& name = argv[0];
    char delim = '\n';
    long long count = 0;   // -n: at most this many lines (0: all)
    long long origin = -1; // -O: first index; the array is not emptied first
    long long skip = 0;    // -s: lines thrown away first
    bool strip = false;    // -t: without the delimiter
    int fd = 0;
    OptParser op(argv, "d:n:O:s:tu:C:c:");
    auto number = [&](const std::string& text, const char* what) {
        auto v = parse_int(text);
        if (!v || *v < 0) fail(name, text + ": invalid " + what, 1);
        return *v;
    };
    while (char c = op.next()) {
        switch (c) {
        case 'd': delim = op.arg().empty() ? '\0' : op.arg()[0]; break;
        case 'n': count = number(op.arg(), "line count"); break;
        case 'O': origin = number(op.arg(), "array origin"); break;
        case 's': skip = number(op.arg(), "line count"); break;
        case 't': strip = true; break;
        case 'u': {
            auto v = parse_int(op.arg());
            if (!v || *v < 0 || *v > INT_MAX || !io::is_open(static_cast<int>(*v))) {
                fail(name, op.arg() + ": invalid file descriptor: " + io::errno_text(EBADF), 1);
            }
            fd = static_cast<int>(*v);
            break;
        }
        default: fail(name, std::string("-") + c + ": callbacks are not supported");
        }
    }
    auto rest = op.rest();
    if (rest.size() > 1) fail(name, "too many arguments");
    const std::string array = rest.empty() ? std::string("MAPFILE") : rest[0];
    if (!lex::is_name(array)) fail(name, "'" + array + "': not a valid identifier", 1);
    if (const vars::Var* v = sh.vars.find(array); v && (v->flags & vars::kAssoc)) {
        fail(name, array + ": not an indexed array", 1);
    }
    std::vector<std::string> lines;
    {
        ByteSource in(sh, fd, std::nullopt);
        std::string line;
        bool any = false;
        for (;;) {
            if (count > 0 && static_cast<long long>(lines.size()) >= count) break;
            int c = in.get();
            if (c == kSignal) return 128 + in.signal();
            if (c < 0) {
                if (c == kError) sh.error(name + ": " + io::errno_text(errno));
                if (any) lines.push_back(std::move(line));
                break;
            }
            any = true;
            if (c != static_cast<unsigned char>(delim)) {
                if (c != '\0') line.push_back(static_cast<char>(c));  // NUL cannot be stored
                continue;
            }
            if (!strip) line.push_back(delim);
            if (skip > 0) {
                --skip;
            } else {
                lines.push_back(std::move(line));
            }
            line.clear();
            any = false;
        }
        if (skip > 0 && !lines.empty()) lines.clear();  // a last line without delimiter
    }
    if (origin < 0) {
        vars::ArrayLiteral lit;
        for (auto& l : lines) lit.items.emplace_back(std::nullopt, std::move(l));
        sh.assign_array(array, lit, false);
    } else {
        if (!sh.vars.find(array)) sh.assign_array(array, vars::ArrayLiteral{}, false);
        for (size_t i = 0; i < lines.size(); ++i) {
            sh.assign_element(array, std::to_string(origin + static_cast<long long>(i)), std::move(lines[i]), false);
        }
    }
    return 0;
}

}  // namespace ipsh::builtins
