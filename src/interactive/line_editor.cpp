// line_editor.cpp: the Readline callback loop and history.
#include "interactive/line_editor.hpp"

#include "io/fd.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <readline/history.h>
#include <readline/readline.h>

namespace ipsh::interactive {

// Readline's callback takes no context pointer, so the finished line has to land in a global
// (one of the two exceptions to STYLE §8, with the signal flags).
char* g_rl_line = nullptr;
bool g_rl_done = false;

namespace {

extern "C" void on_line(char* line) {
    g_rl_line = line;
    g_rl_done = true;
    // Remove the handler at once so Readline does not redisplay the prompt.
    rl_callback_handler_remove();
}

/// Readline writes through a FILE*. glibc's stdio drops the data of a write() that fails
/// with EINTR, and the shell's handler has no SA_RESTART (STYLE §7): a SIGCHLD that lands
/// while the prompt or the echo is written made characters vanish ("ish[4]$ ", "echo lie").
/// This stream writes to fd 2 (whatever it is now, like stderr) and retries.
extern "C" ssize_t write_fd2(void* /*cookie*/, const char* buf, size_t size) {
    return io::write_all(2, std::string_view(buf, size)) ? static_cast<ssize_t>(size) : -1;
}

FILE* output_stream() {
    cookie_io_functions_t fns{};
    fns.write = write_fd2;
    FILE* f = ::fopencookie(nullptr, "w", fns);
    if (!f) return stderr;
    std::setvbuf(f, nullptr, _IONBF, 0);  // unbuffered, like stderr: ordered with io::write_all
    return f;
}

}  // namespace

LineEditor::LineEditor(Shell& sh) : sh_(sh) {
    rl_readline_name = "ipsh";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_instream = stdin;
    // Never closed: Readline may write until the process ends (the stream stays reachable).
    rl_outstream = output_stream();
    using_history();
    set_vi_mode(sh.opt.vi);
    install_completion(sh);
}

LineEditor::~LineEditor() { shutdown(); }

void LineEditor::set_vi_mode(bool vi) {
    if (vi) {
        rl_variable_bind("editing-mode", "vi");
    } else {
        rl_variable_bind("editing-mode", "emacs");
    }
}

std::optional<std::string> LineEditor::read_plain_line(const std::string& prompt) {
    io::write_all(2, prompt);
    std::string line;
    for (;;) {
        pollfd fds[2] = {{0, POLLIN, 0}, {signals::wake_fd(), POLLIN, 0}};
        int r = ::poll(fds, 2, -1);
        if (r < 0 && errno != EINTR) return std::nullopt;
        if ((r >= 0 && (fds[1].revents & POLLIN)) || signals::any_pending()) {
            signals::drain_wake_fd();
            if (signals::take(SIGINT)) {
                const auto& trap = sh_.traps.action[SIGINT];
                if (trap && !trap->empty()) signals::post(SIGINT);
                io::write_all(2, "\n");
                throw Interrupted{};
            }
            const auto& chld_trap = sh_.traps.action[SIGCHLD];
            if (!(chld_trap && !chld_trap->empty()) && signals::take(SIGCHLD)) {
                jobs::reap_ready(sh_.jobs);
            }
            sh_.run_pending_traps();
        }
        if (r > 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            // One byte at a time: what follows the line belongs to the commands it runs
            // (`read` in the input itself), as in any shell reading a pipe.
            char c = 0;
            ssize_t n = ::read(0, &c, 1);
            if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            if (n <= 0) {
                if (line.empty()) return std::nullopt;
                return line;
            }
            if (c == '\n') return line;
            line.push_back(c);
        }
    }
}

std::optional<std::string> LineEditor::read_line(const std::string& prompt) {
    // `ipsh -i < file` or input from a pipe: no line editing, no echo of what was read
    // (Readline would echo each line after the prompt); the prompt still goes to stderr,
    // as in dash and bash.
    if (!::isatty(0)) return read_plain_line(prompt);
    g_rl_done = false;
    g_rl_line = nullptr;
    // Readline 8.2 never clears this in callback mode: after one Ctrl-D (set -o ignoreeof)
    // every later line would end with an extra blank line.
    rl_eof_found = 0;
    // The window may have changed while a command ran and the SIGWINCH went to that job (or
    // was consumed by the wait loop): ask the terminal for its size before each line, or a
    // line wider than the old width wraps at the old column and overwrites itself.
    signals::take(SIGWINCH);
    rl_reset_screen_size();
    // Ctrl-C, Ctrl-Z and Ctrl-\ normally make the terminal flush its input queue. If that
    // happens after poll() saw a key but before Readline reads it, Readline blocks in its
    // own select() (it retries on EINTR) and the SIGINT is only seen at the next key
    // (typing `echo half` and Ctrl-C quickly showed nothing); a Ctrl-Z or Ctrl-\ at the
    // prompt would throw away what was typed. With NOFLSH the keys stay readable; the
    // SIGINT path below flushes the type-ahead itself. NOFLSH is set before the prompt
    // appears (keys typed as soon as it shows are safe too) and cleared when the line is
    // done, so a Ctrl-C to a running command still drops its type-ahead, as usual.
    termios modes{};
    bool noflsh = false;
    if (::tcgetattr(0, &modes) == 0 && !(modes.c_lflag & NOFLSH)) {
        modes.c_lflag |= NOFLSH;
        noflsh = ::tcsetattr(0, TCSANOW, &modes) == 0;
    }
    reading_ = true;
    struct Done {
        bool& reading;
        bool noflsh;
        ~Done() {
            reading = false;
            // Readline's deprep put back the modes it found, NOFLSH included.
            termios m{};
            if (noflsh && ::tcgetattr(0, &m) == 0 && (m.c_lflag & NOFLSH)) {
                m.c_lflag &= ~static_cast<tcflag_t>(NOFLSH);
                ::tcsetattr(0, TCSANOW, &m);
            }
        }
    } done{reading_, noflsh};
    rl_callback_handler_install(prompt.c_str(), on_line);
    for (;;) {
        pollfd fds[2] = {{0, POLLIN, 0}, {signals::wake_fd(), POLLIN, 0}};
        int r = ::poll(fds, 2, -1);
        if (r < 0 && errno != EINTR) {
            rl_callback_handler_remove();
            return std::nullopt;
        }
        if ((r >= 0 && (fds[1].revents & POLLIN)) || signals::any_pending()) {
            signals::drain_wake_fd();
            if (signals::take(SIGWINCH)) rl_resize_terminal();
            if (signals::take(SIGINT)) {
                // Ctrl-C: throw the line away and start over on a fresh line. "^C" goes
                // after the text while Readline still owns the line: removing the handler
                // sends the cursor back to column 0 (bracketed-paste off, then "\r"), where
                // it would overwrite the prompt.
                rl_point = rl_end;
                rl_redisplay();
                io::write_all(2, "^C");
                rl_free_line_state();
                rl_callback_sigcleanup();
                rl_callback_handler_remove();
                ::tcflush(0, TCIFLUSH);  // what the terminal would have done without NOFLSH
                io::write_all(2, "\n");
                const auto& trap = sh_.traps.action[SIGINT];
                if (trap && !trap->empty()) signals::post(SIGINT);
                throw Interrupted{};
            }
            // One reap takes every child that has ended, so a burst costs one redraw. Not a
            // loop: waitpid() itself lets the next SIGCHLD in, and a process sending them
            // without pause (the flood test) kept the shell here for good, deaf to the
            // keyboard. A `trap ... CHLD` needs the signal left pending for
            // run_pending_traps().
            const auto& chld_trap = sh_.traps.action[SIGCHLD];
            const bool chld_trapped = chld_trap && !chld_trap->empty();
            if (!chld_trapped && signals::take(SIGCHLD)) {
                jobs::reap_ready(sh_.jobs);
                if (sh_.opt.notify) {
                    bool any = false;
                    for (auto& j : sh_.jobs.all()) any = any || (j->id > 0 && j->changed);
                    if (any) {
                        rl_clear_visible_line();
                        sh_.notify_jobs();
                        rl_forced_update_display();
                    }
                }
            }
            // A SIGCHLD that came during the reap waits for the next round (the pipe has its
            // byte); only a signal with something to run is worth a redraw.
            bool to_run = false;
            for (int s = 1; s < NSIG && !to_run; ++s) {
                to_run = signals::pending(s) && (s != SIGCHLD || chld_trapped);
            }
            if (to_run) {
                rl_clear_visible_line();
                sh_.run_pending_traps();
                rl_forced_update_display();
            }
        }
        if (r > 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            rl_callback_read_char();
            if (g_rl_done) break;
        }
    }
    if (!g_rl_line) {
        // End of input: leave the cursor on a fresh line. Readline 8.2 does it itself when
        // bracketed paste is on (and says so in rl_eof_found); with TERM=dumb it does not.
        const char* paste = rl_variable_value("enable-bracketed-paste");
        const bool newline_done = rl_eof_found && paste && std::string_view(paste) == "on";
        if (!newline_done) io::write_all(2, "\n");
        return std::nullopt;
    }
    std::string line(g_rl_line);
    std::free(g_rl_line);
    g_rl_line = nullptr;
    return line;
}

bool LineEditor::remember(const std::string& line) {
    if (line.find_first_not_of(" \t\n") == std::string::npos) return false;
    add_history(line.c_str());
    ++added_;
    // HISTSIZE bounds the list in memory.
    if (const std::string* hs = sh_.vars.get("HISTSIZE")) {
        char* end = nullptr;
        long n = std::strtol(hs->c_str(), &end, 10);
        if (end && *end == '\0' && n >= 0) stifle_history(static_cast<int>(n));
    }
    return true;
}

void LineEditor::extend_newest(const std::string& line) {
    if (history_length == 0) return;
    HIST_ENTRY* last = history_get(::history_base + history_length - 1);
    if (!last) return;
    std::string joined = std::string(last->line) + "\n" + line;
    if (HIST_ENTRY* old = replace_history_entry(history_length - 1, joined.c_str(), nullptr)) {
        free_history_entry(old);
    }
}

std::string LineEditor::history_file() const {
    if (const std::string* f = sh_.vars.get("HISTFILE")) return *f;
    if (const std::string* home = sh_.vars.get("HOME")) return *home + "/.ipsh_history";
    return {};
}

void LineEditor::load_history() {
    loaded_ = true;
    std::string f = history_file();
    if (const std::string* hs = sh_.vars.get("HISTSIZE")) {
        char* end = nullptr;
        long n = std::strtol(hs->c_str(), &end, 10);
        if (end && *end == '\0' && n >= 0) stifle_history(static_cast<int>(n));
    } else {
        stifle_history(1000);
    }
    if (f.empty()) return;
    read_history(f.c_str());
}

void LineEditor::save_history() {
    std::string f = history_file();
    if (f.empty() || added_ == 0) return;
    // Create the file private before Readline writes to it.
    int fd = ::open(f.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) return;
    ::close(fd);
    int n = added_ < history_length ? added_ : history_length;
    // Appending (not rewriting) keeps the lines of shells that saved in the meantime.
    if (append_history(n, f.c_str()) == 0) added_ = 0;
    long max = 2000;
    if (const std::string* fs = sh_.vars.get("HISTFILESIZE")) {
        char* end = nullptr;
        long v = std::strtol(fs->c_str(), &end, 10);
        if (end && *end == '\0' && v >= 0) max = v;
    }
    history_truncate_file(f.c_str(), static_cast<int>(max));
    ::chmod(f.c_str(), 0600);
}

void LineEditor::shutdown() {
    if (shut_) return;
    shut_ = true;
    save_history();
    if (reading_) rl_callback_handler_remove();
    release_terminal(sh_);
}

void LineEditor::print_above(const std::string& text) {
    if (reading_) rl_clear_visible_line();
    io::write_all(2, text);
    if (reading_) rl_forced_update_display();
}

int LineEditor::history_count() const { return history_length; }
int LineEditor::history_base() const { return ::history_base; }

std::optional<std::string> LineEditor::history_entry(int number) const {
    HIST_ENTRY* e = history_get(number);
    if (!e) return std::nullopt;
    return std::string(e->line);
}

void LineEditor::clear_history() {
    ::clear_history();
    added_ = 0;
}

bool LineEditor::remove_entry(int number) {
    const int offset = number - ::history_base;
    if (offset < 0 || offset >= history_length) return false;
    HIST_ENTRY* old = remove_history(offset);
    if (!old) return false;
    free_history_entry(old);
    // An unsaved line may be gone now; never append more lines than were added.
    if (added_ > history_length) added_ = history_length;
    return true;
}

void LineEditor::replace_newest(const std::string& line) {
    if (history_length == 0) return;
    const int last = history_length - 1;
    if (line.empty()) {
        if (HIST_ENTRY* old = remove_history(last)) free_history_entry(old);
        if (added_ > 0) --added_;
        return;
    }
    if (HIST_ENTRY* old = replace_history_entry(last, line.c_str(), nullptr)) {
        free_history_entry(old);
    }
}

bool InteractiveSource::read_more(std::string& buf, bool continuation) {
    if (!continuation) {
        jobs::reap_ready(sh_.jobs);
        sh_.notify_jobs();
        if (signals::any_pending()) sh_.run_pending_traps();
    }
    const std::string* ps = sh_.vars.get(continuation ? "PS2" : "PS1");
    std::string prompt = ps ? expand_prompt(sh_, *ps) : std::string(continuation ? "> " : "$ ");
    for (;;) {
        std::optional<std::string> line = ed_.read_line(prompt);
        if (!line) {
            if (sh_.opt.ignoreeof && !continuation && eof_warnings_ < 10) {
                ++eof_warnings_;
                io::write_all(2, "Use \"exit\" to leave the shell.\n");
                continue;
            }
            // Ctrl-D is an `exit`: with stopped jobs it warns once first, as `exit` does
            // (bash), instead of hanging the jobs up at once.
            jobs::reap_ready(sh_.jobs);
            if (!continuation && sh_.jobs.has_stopped() && sh_.stopped_jobs_warned == 0) {
                sh_.stopped_jobs_warned = 1;
                io::write_all(2, "There are stopped jobs.\n");
                continue;
            }
            return false;
        }
        eof_warnings_ = 0;
        if (continuation && entry_open_) {
            ed_.extend_newest(*line);
        } else {
            entry_open_ = ed_.remember(*line);
        }
        buf += *line;
        buf.push_back('\n');
        return true;
    }
}

}  // namespace ipsh::interactive
