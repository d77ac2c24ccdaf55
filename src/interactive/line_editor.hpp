// line_editor.hpp: GNU Readline behind a small interface. Readline's callback API runs inside
// a poll() loop on stdin and the signal self-pipe, so Ctrl-C cancels the line, job notices
// and window resizes are handled between keystrokes (Readline manual §2.4.12). This is the
// only module that includes <readline/readline.h>.
#pragma once

#include "lex/reader.hpp"

#include <optional>
#include <string>

namespace ipsh {
class Shell;
}

namespace ipsh::interactive {

class LineEditor {
public:
    explicit LineEditor(Shell& sh);
    ~LineEditor();
    LineEditor(const LineEditor&) = delete;
    LineEditor& operator=(const LineEditor&) = delete;

    /// Reads one line (without its newline). nullopt at end of input (Ctrl-D on an empty
    /// line). Throws Interrupted when Ctrl-C cancels the line.
    std::optional<std::string> read_line(const std::string& prompt);
    /// Records a line in the history list. Blank lines are skipped: returns false for them.
    bool remember(const std::string& line);
    /// Adds a continuation line (read at PS2) to the newest entry, after a newline, so a
    /// multi-line command is one entry that Up recalls and `fc -s` re-runs whole (bash's
    /// cmdhist + lithist). The history file still holds one line per line.
    void extend_newest(const std::string& line);
    /// Reads $HISTFILE (default ~/.ipsh_history; none when HISTFILE is empty).
    void load_history();
    /// Appends this session's lines to the history file and trims it to HISTFILESIZE.
    void save_history();
    /// Saves history and restores the terminal; called when the shell exits.
    void shutdown();
    void set_vi_mode(bool vi);
    /// Writes text (e.g. a job notice) above the line being edited and redraws it.
    void print_above(const std::string& text);
    /// Number of history entries, and entry i (1-based, as `history` shows them).
    int history_count() const;
    int history_base() const;
    std::optional<std::string> history_entry(int number) const;
    void clear_history();
    /// Replaces the newest entry (the command line being run, e.g. `fc -s`) with `line`, as
    /// bash does, so the history shows what ran and `fc -s` never finds itself. An empty
    /// `line` removes the entry. No-op when the history is empty.
    void replace_newest(const std::string& line);
    /// Deletes entry `number` (history -d); later entries keep their numbers shifted down,
    /// as in bash. False when there is no such entry.
    bool remove_entry(int number);

private:
    std::string history_file() const;
    /// read_line() for input that is not a terminal: the prompt, then bytes up to a newline.
    std::optional<std::string> read_plain_line(const std::string& prompt);

    Shell& sh_;
    bool reading_ = false;
    int added_ = 0;  // lines added this session, not yet saved
    bool loaded_ = false;
    bool shut_ = false;
};

/// The terminal as an InputSource: PS1 for a new command, PS2 for continuation lines.
class InteractiveSource : public lex::InputSource {
public:
    InteractiveSource(Shell& sh, LineEditor& ed) : sh_(sh), ed_(ed) {}
    bool read_more(std::string& buf, bool continuation) override;

private:
    Shell& sh_;
    LineEditor& ed_;
    int eof_warnings_ = 0;
    bool entry_open_ = false;  // the command being read has a history entry to extend
};

/// PS1/PS2 expansion: \u \h \H \w \W \$ \t \T \d \n \! \# \[ \] \\ \nnn, then $-expansions.
std::string expand_prompt(Shell& sh, const std::string& ps);

/// PS4 for `set -x` traces: the escapes of expand_prompt (bash expands PS4 "as with PS1"),
/// without the \[ \] markers that only Readline understands.
std::string expand_trace_prefix(Shell& sh, const std::string& ps4);

/// Installs the completion functions (commands, files, $variables, %jobs, subcommands).
void install_completion(Shell& sh);

/// Runs the interactive shell: job control, history, the read-eval loop. Returns only to
/// exit with the last status.
int run_interactive(Shell& sh);

/// Sets up job control on the terminal: own process group, foreground, terminal modes.
/// Returns false when there is no usable terminal (job control stays off).
bool init_job_control(Shell& sh);

/// Gives the terminal back to the process group the shell started in, and rejoins it (bash's
/// end_job_control), so a parent that ran `ipsh` without job control can read the terminal
/// again. Called once, when the shell exits; no-op when the shell started as a group leader.
void release_terminal(Shell& sh);

}  // namespace ipsh::interactive
