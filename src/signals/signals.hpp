// signals.hpp: the one signal handler and its self-pipe. The handler only records the signal
// (a flag and one byte down the pipe); all work happens in the main loop (STYLE §7).
#pragma once

#include <array>
#include <csignal>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsh::signals {

/// Creates the self-pipe (non-blocking, close-on-exec) if it does not exist yet. Done
/// lazily, before the first handler is installed, so a plain script never creates it.
void init();
/// Read end of the self-pipe, for poll().
int wake_fd();
/// Empties the self-pipe. Not async-signal-safe (main loop only).
void drain_wake_fd();

/// Installs the recording handler for `sig` (without SA_RESTART, so blocking calls return
/// EINTR and the loop can look at the flags).
void catch_signal(int sig);
void ignore_signal(int sig);
void default_signal(int sig);
/// True when `sig` was ignored when the shell started (POSIX: such signals stay ignored in a
/// non-interactive shell and cannot be trapped). Learnt lazily, at the first use of `sig`.
bool ignored_at_entry(int sig);

/// Test-and-clear: was `sig` delivered since the last call?
bool take(int sig);
/// Peek without clearing.
bool pending(int sig);
/// Any signal recorded and not yet taken.
bool any_pending();
/// Marks a signal as delivered (used to re-post SIGINT seen through a child's death).
void post(int sig);

/// For a freshly forked child: every caught signal, and every signal the shell itself ignores,
/// back to default, except those flagged in `keep_ignored` (user `trap '' SIG`) and those
/// ignored when the shell started; then an empty mask. Async-signal-safe.
void reset_for_child(const std::array<bool, NSIG>& keep_ignored);
/// The signals a vforked child must reset to default before exec for the same result as
/// reset_for_child(): the ones the shell ignores itself (caught ones reset at exec anyway,
/// but are listed too so that no handler can run in the child before exec).
void child_resets(int* out, int& count, const std::array<bool, NSIG>& keep_ignored);

/// Blocks all catchable signals for its lifetime (critical sections, the fork window).
class SignalBlocker {
public:
    SignalBlocker();
    ~SignalBlocker();
    SignalBlocker(const SignalBlocker&) = delete;
    SignalBlocker& operator=(const SignalBlocker&) = delete;

private:
    sigset_t old_;
};

/// "INT" -> SIGINT, "SIGINT" -> SIGINT, "2" -> 2, "EXIT" -> 0; nullopt when unknown.
std::optional<int> from_name(std::string_view name);
/// SIGINT -> "INT"; 0 -> "EXIT".
std::string name_of(int sig);
/// Text for a job that died or stopped from `sig` ("Interrupt", "Stopped (tty input)").
std::string description(int sig);
/// Signal numbers that have names, in order.
std::vector<int> all_signals();

}  // namespace ipsh::signals
