// signals.cpp: the recording handler, self-pipe, dispositions and signal names.
#include "signals/signals.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ipsh::signals {

// The only writable globals outside Shell (STYLE §8): a handler can't take arguments.
volatile std::sig_atomic_t g_pending[NSIG];
volatile std::sig_atomic_t g_any_pending;
int g_wake_read = -1;
int g_wake_write = -1;

namespace {

// What the shell knows of each disposition, learnt lazily so that start-up and every fork
// touch only the signals the shell actually uses (a full sweep costs 64 system calls).
enum : unsigned char { kUnknown = 0, kDefault, kIgnored, kCaught };
unsigned char g_state[NSIG];
bool g_ignored_at_entry[NSIG];

extern "C" void on_signal(int sig) {
    int saved = errno;
    if (sig > 0 && sig < NSIG) g_pending[sig] = 1;
    g_any_pending = 1;
    if (g_wake_write >= 0) {
        char c = static_cast<char>(sig);
        ssize_t r = ::write(g_wake_write, &c, 1);  // EAGAIN when full is fine: one byte wakes
        (void)r;
    }
    errno = saved;
}

/// Reads the inherited disposition of `sig` the first time the shell looks at it.
void learn(int sig) {
    if (g_state[sig] != kUnknown) return;
    struct sigaction sa {};
    ::sigaction(sig, nullptr, &sa);
    if (sa.sa_handler == SIG_IGN) {
        g_state[sig] = kIgnored;
        g_ignored_at_entry[sig] = true;
    } else {
        g_state[sig] = sa.sa_handler == SIG_DFL ? kDefault : kCaught;
    }
}

void set_handler(int sig, void (*h)(int), unsigned char state) {
    learn(sig);
    if (g_state[sig] == state) return;
    struct sigaction sa {};
    sa.sa_handler = h;
    sigfillset(&sa.sa_mask);
    sa.sa_flags = 0;
    ::sigaction(sig, &sa, nullptr);
    g_state[sig] = state;
}

struct SigName {
    int sig;
    const char* name;
    const char* text;
};

constexpr std::array<SigName, 31> kSignals = {{
    {SIGHUP, "HUP", "Hangup"},
    {SIGINT, "INT", "Interrupt"},
    {SIGQUIT, "QUIT", "Quit"},
    {SIGILL, "ILL", "Illegal instruction"},
    {SIGTRAP, "TRAP", "Trace/breakpoint trap"},
    {SIGABRT, "ABRT", "Aborted"},
    {SIGBUS, "BUS", "Bus error"},
    {SIGFPE, "FPE", "Floating point exception"},
    {SIGKILL, "KILL", "Killed"},
    {SIGUSR1, "USR1", "User defined signal 1"},
    {SIGSEGV, "SEGV", "Segmentation fault"},
    {SIGUSR2, "USR2", "User defined signal 2"},
    {SIGPIPE, "PIPE", "Broken pipe"},
    {SIGALRM, "ALRM", "Alarm clock"},
    {SIGTERM, "TERM", "Terminated"},
    {SIGSTKFLT, "STKFLT", "Stack fault"},
    {SIGCHLD, "CHLD", "Child exited"},
    {SIGCONT, "CONT", "Continued"},
    {SIGSTOP, "STOP", "Stopped (signal)"},
    {SIGTSTP, "TSTP", "Stopped"},
    {SIGTTIN, "TTIN", "Stopped (tty input)"},
    {SIGTTOU, "TTOU", "Stopped (tty output)"},
    {SIGURG, "URG", "Urgent I/O condition"},
    {SIGXCPU, "XCPU", "CPU time limit exceeded"},
    {SIGXFSZ, "XFSZ", "File size limit exceeded"},
    {SIGVTALRM, "VTALRM", "Virtual timer expired"},
    {SIGPROF, "PROF", "Profiling timer expired"},
    {SIGWINCH, "WINCH", "Window changed"},
    {SIGIO, "IO", "I/O possible"},
    {SIGPWR, "PWR", "Power failure"},
    {SIGSYS, "SYS", "Bad system call"},
}};

}  // namespace

void init() {
    if (g_wake_read >= 0) return;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) return;
    // Keep the pipe out of the low descriptors users redirect. F_DUPFD_CLOEXEC shares the
    // open file description, so O_NONBLOCK carries over.
    int r = ::fcntl(fds[0], F_DUPFD_CLOEXEC, 20);
    int w = ::fcntl(fds[1], F_DUPFD_CLOEXEC, 20);
    if (r >= 0 && w >= 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        fds[0] = r;
        fds[1] = w;
    }
    g_wake_read = fds[0];
    g_wake_write = fds[1];
}

int wake_fd() {
    init();
    return g_wake_read;
}

void drain_wake_fd() {
    // Stop at the first short read: under a steady stream of signals every read() lets one
    // more in, and reading until empty would never end. A byte left over only wakes the
    // next poll() early.
    char buf[256];
    while (g_wake_read >= 0 && ::read(g_wake_read, buf, sizeof buf) == sizeof buf) {
    }
}

bool ignored_at_entry(int sig) {
    if (sig <= 0 || sig >= NSIG) return false;
    learn(sig);
    return g_ignored_at_entry[sig];
}

void catch_signal(int sig) {
    if (sig <= 0 || sig >= NSIG) return;
    init();  // the handler writes to the self-pipe: create it before the first handler
    set_handler(sig, on_signal, kCaught);
}

void ignore_signal(int sig) {
    if (sig <= 0 || sig >= NSIG) return;
    set_handler(sig, SIG_IGN, kIgnored);
}

void default_signal(int sig) {
    if (sig <= 0 || sig >= NSIG) return;
    g_pending[sig] = 0;
    set_handler(sig, SIG_DFL, kDefault);
}

bool take(int sig) {
    if (!g_pending[sig]) return false;
    g_pending[sig] = 0;
    return true;
}

bool pending(int sig) { return g_pending[sig] != 0; }

bool any_pending() {
    if (!g_any_pending) return false;
    // Clear first, then look: a signal that lands after its slot was scanned sets the
    // summary flag again instead of being hidden by a late clear.
    g_any_pending = 0;
    for (int s = 1; s < NSIG; ++s) {
        if (g_pending[s]) {
            g_any_pending = 1;
            return true;
        }
    }
    return false;
}

void post(int sig) {
    g_pending[sig] = 1;
    g_any_pending = 1;
}

void reset_for_child(const std::array<bool, NSIG>& keep_ignored) {
    for (int s = 1; s < NSIG; ++s) {
        g_pending[s] = 0;
        const unsigned char st = g_state[s];
        if (st == kCaught ||
            (st == kIgnored && !g_ignored_at_entry[s] && !keep_ignored[static_cast<size_t>(s)])) {
            struct sigaction dfl {};
            dfl.sa_handler = SIG_DFL;
            ::sigaction(s, &dfl, nullptr);
            g_state[s] = kDefault;
        }
    }
    g_any_pending = 0;
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

void child_resets(int* out, int& count, const std::array<bool, NSIG>& keep_ignored) {
    count = 0;
    for (int s = 1; s < NSIG; ++s) {
        const unsigned char st = g_state[s];
        if (st == kCaught ||
            (st == kIgnored && !g_ignored_at_entry[s] && !keep_ignored[static_cast<size_t>(s)])) {
            out[count++] = s;
        }
    }
}

SignalBlocker::SignalBlocker() {
    sigset_t all;
    sigfillset(&all);
    ::sigprocmask(SIG_BLOCK, &all, &old_);
}

SignalBlocker::~SignalBlocker() { ::sigprocmask(SIG_SETMASK, &old_, nullptr); }

std::optional<int> from_name(std::string_view name) {
    if (name.empty()) return std::nullopt;
    if (name[0] >= '0' && name[0] <= '9') {
        int n = 0;
        for (char c : name) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + (c - '0');
            if (n >= NSIG) return std::nullopt;
        }
        return n;
    }
    std::string up;
    for (char c : name) up.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    std::string_view u = up;
    if (u.substr(0, 3) == "SIG") u.remove_prefix(3);
    if (u == "EXIT") return 0;
    for (const auto& s : kSignals) {
        if (u == s.name) return s.sig;
    }
    if (u.substr(0, 5) == "RTMIN" || u.substr(0, 5) == "RTMAX") {
        const bool min = u[4] == 'N';
        std::string_view rest = u.substr(5);
        int n = 0;
        if (!rest.empty()) {
            if (rest[0] != (min ? '+' : '-') || rest.size() < 2 || rest.size() > 3) return std::nullopt;
            for (char c : rest.substr(1)) {
                if (c < '0' || c > '9') return std::nullopt;
                n = n * 10 + (c - '0');
            }
        }
        const int sig = min ? SIGRTMIN + n : SIGRTMAX - n;
        if (sig < SIGRTMIN || sig > SIGRTMAX) return std::nullopt;
        return sig;
    }
    if (u == "IOT") return SIGABRT;
    if (u == "POLL") return SIGIO;
    if (u == "CLD") return SIGCHLD;
    return std::nullopt;
}

std::string name_of(int sig) {
    if (sig == 0) return "EXIT";
    for (const auto& s : kSignals) {
        if (s.sig == sig) return s.name;
    }
    if (sig >= SIGRTMIN && sig <= SIGRTMAX) {
        // The lower half counts up from RTMIN, the upper half down from RTMAX (bash, kill(1)).
        const int up = sig - SIGRTMIN;
        const int down = SIGRTMAX - sig;
        if (up == 0) return "RTMIN";
        if (down == 0) return "RTMAX";
        if (up <= (SIGRTMAX - SIGRTMIN) / 2) return "RTMIN+" + std::to_string(up);
        return "RTMAX-" + std::to_string(down);
    }
    return std::to_string(sig);
}

std::string description(int sig) {
    for (const auto& s : kSignals) {
        if (s.sig == sig) return s.text;
    }
    return "Signal " + std::to_string(sig);
}

std::vector<int> all_signals() {
    std::vector<int> v;
    for (const auto& s : kSignals) v.push_back(s.sig);
    return v;
}

}  // namespace ipsh::signals
