// history.cpp: history [-c] [-d N] [N] and fc [-r] [-e editor] [first [last]] /
// fc -l [-nr] [first [last]] / fc -s [old=new] [first] (POSIX XCU fc, bash's history).
// The list lives in the LineEditor (Readline); a shell that is not interactive has none.
//
// The newest entry is the command line that is running (it was remembered when it was read),
// so "the previous command" is the entry before it, and `fc -s` / `fc` replace that newest
// entry with the command they run, as bash does: the history then shows `echo X`, not
// `fc -s b=X`, and a later `fc -s` never re-runs an fc.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "interactive/line_editor.hpp"
#include "io/fd.hpp"
#include "shell/shell.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <string>
#include <vector>

namespace ipsh::builtins {

namespace {

/// Entry numbers of the history as fc sees it: [oldest, previous]; `current` is the running
/// command's entry (not listed, not re-run).
struct Range {
    int oldest = 1;
    int previous = 0;
    int current = 1;
    bool empty() const { return previous < oldest; }
};

Range history_range(const interactive::LineEditor& ed) {
    Range r;
    r.oldest = ed.history_base();
    const int newest = ed.history_base() + ed.history_count() - 1;
    r.current = newest;
    r.previous = newest - 1;
    return r;
}

bool is_number(const std::string& s) { return parse_int(s).has_value(); }

/// Resolves an fc operand: a number (negative: an offset from the running command, so -1 is
/// the previous one), or the prefix of a command (the newest one that starts with it).
/// Numbers out of range are clamped, as bash and ksh do. nullopt when no command matches.
std::optional<int> resolve(const interactive::LineEditor& ed, const Range& r,
                           const std::string& spec) {
    if (auto n = parse_int(spec)) {
        std::int64_t v = *n;
        if (v <= 0) v = r.current + v;  // -1: previous; 0 as well (bash)
        if (*n == 0) v = r.previous;
        if (v < r.oldest) v = r.oldest;
        if (v > r.previous) v = r.previous;
        return static_cast<int>(v);
    }
    for (int i = r.previous; i >= r.oldest; --i) {
        std::optional<std::string> e = ed.history_entry(i);
        if (e && e->rfind(spec, 0) == 0) return i;
    }
    return std::nullopt;
}

/// Runs text as shell input for fc, carrying break/return/exit out like eval.
int run_text(Shell& sh, io::IoStreams& io, const std::string& text) {
    io.out.flush();
    io.err.flush();
    exec::ExecResult r = sh.executor().run_string(text, sh.current_line);
    sh.flow = r.flow;
    sh.flow_levels = r.levels;
    return r.status;
}

/// The first occurrence of `old` replaced by `now` (POSIX fc -s old=new).
std::string substitute(std::string cmd, const std::string& sub) {
    size_t eq = sub.find('=');
    std::string old = sub.substr(0, eq);
    std::string now = sub.substr(eq + 1);
    if (old.empty()) return cmd;
    size_t at = cmd.find(old);
    if (at != std::string::npos) cmd.replace(at, old.size(), now);
    return cmd;
}

/// fc without -l/-s: the commands go to a temporary file, the editor runs on it, and what
/// it saved runs as shell input (echoed to stderr first, like ksh and bash).
int fc_edit(Shell& sh, io::IoStreams& io, interactive::LineEditor& ed, const std::string& editor,
            const std::vector<int>& numbers) {
    std::string text;
    for (int n : numbers) {
        if (std::optional<std::string> e = ed.history_entry(n)) text += *e + "\n";
    }
    const std::string* tmpdir = sh.vars.get("TMPDIR");
    std::string dir = tmpdir && !tmpdir->empty() ? *tmpdir : std::string("/tmp");
    std::string path = dir + "/ipsh-fc.XXXXXX";
    std::vector<char> templ(path.begin(), path.end());
    templ.push_back('\0');
    int fd = ::mkostemp(templ.data(), O_CLOEXEC);
    if (fd < 0) fail("fc", "cannot create a temporary file: " + io::errno_text(errno), 1);
    path.assign(templ.data());
    const bool wrote = io::write_all(fd, text);
    ::close(fd);
    struct Unlink {
        const std::string& path;
        ~Unlink() { ::unlink(path.c_str()); }
    } unlink_at_end{path};
    if (!wrote) fail("fc", path + ": " + io::errno_text(errno), 1);

    // The fc line itself leaves the history whatever happens next (bash).
    ed.replace_newest("");
    // `editor` is shell text on purpose: FCEDIT='vi -n' or 'sed -i s/a/b/' must work.
    int status = run_text(sh, io, editor + " " + shell_quote(path));
    if (sh.flow != Flow::Normal || status != 0) return status;

    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("fc", path + ": " + io::errno_text(errno), 1);
    std::string edited;
    const bool ok = io::read_all(fd, edited);
    ::close(fd);
    if (!ok) fail("fc", path + ": " + io::errno_text(errno), 1);
    if (edited.find_first_not_of(" \t\n") == std::string::npos) return 0;
    io.err << edited;
    if (edited.back() != '\n') io.err << '\n';
    std::string entry = edited;
    while (!entry.empty() && entry.back() == '\n') entry.pop_back();
    ed.remember(entry);
    return run_text(sh, io, edited);
}

}  // namespace

int builtin_history(Shell& sh, io::IoStreams& io, Args argv) {
    OptParser opts(argv, "cd:");
    bool clear = false;
    std::optional<std::string> remove;
    while (char c = opts.next()) {
        if (c == 'c') clear = true;
        if (c == 'd') remove = opts.arg();
    }
    auto rest = opts.rest();
    if (rest.size() > 1) fail(argv[0], "too many arguments");
    std::optional<std::int64_t> count;
    if (!rest.empty()) {
        count = parse_int(rest[0]);
        if (!count || *count < 0) fail(argv[0], rest[0] + ": numeric argument required");
    }
    interactive::LineEditor* ed = sh.editor;
    // A shell that is not interactive keeps no history: nothing to list (bash prints nothing).
    if (!ed) return 0;
    if (clear) {
        ed->clear_history();
        return 0;
    }
    if (remove) {
        std::optional<std::int64_t> n = parse_int(*remove);
        const int first = ed->history_base();
        const int last = first + ed->history_count() - 1;
        if (n && *n < 0) n = last + 1 + *n;
        if (!n || *n < first || *n > last) {
            fail(argv[0], *remove + ": history position out of range", 1);
        }
        ed->remove_entry(static_cast<int>(*n));
        return 0;
    }
    const int first = ed->history_base();
    const int end = first + ed->history_count();
    int start = first;
    if (count && *count < end - first) start = end - static_cast<int>(*count);
    for (int i = start; i < end; ++i) {
        std::optional<std::string> e = ed->history_entry(i);
        if (!e) continue;
        std::string num = std::to_string(i);
        if (num.size() < 5) num.insert(0, 5 - num.size(), ' ');
        io.out << num << "  " << *e << '\n';
    }
    return 0;
}

int builtin_fc(Shell& sh, io::IoStreams& io, Args argv) {
    bool list = false;
    bool no_numbers = false;
    bool reverse = false;
    bool redo = false;
    std::optional<std::string> editor;
    // Hand-rolled option loop: `fc -l -3` has a negative number as an operand.
    size_t i = 1;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "--") {
            ++i;
            break;
        }
        if (a.size() < 2 || a[0] != '-' || is_number(a)) break;
        for (size_t k = 1; k < a.size(); ++k) {
            switch (a[k]) {
            case 'l': list = true; break;
            case 'n': no_numbers = true; break;
            case 'r': reverse = true; break;
            case 's': redo = true; break;
            case 'e':
                if (k + 1 < a.size()) {
                    editor = a.substr(k + 1);
                } else if (i + 1 < argv.size()) {
                    editor = argv[++i];
                } else {
                    fail(argv[0], "-e: option requires an argument");
                }
                k = a.size();
                break;
            default: fail(argv[0], std::string("-") + a[k] + ": invalid option");
            }
        }
    }
    if (editor && *editor == "-") redo = true;  // `fc -e - ...` is the old spelling of -s
    std::vector<std::string> ops(argv.begin() + static_cast<std::ptrdiff_t>(i), argv.end());

    interactive::LineEditor* ed = sh.editor;
    if (!ed) fail(argv[0], "no command history: the shell is not interactive", 1);
    const Range r = history_range(*ed);

    if (redo) {
        std::vector<std::string> subs;
        size_t k = 0;
        while (k < ops.size() && ops[k].find('=') != std::string::npos) subs.push_back(ops[k++]);
        if (ops.size() - k > 1) fail(argv[0], "too many arguments");
        if (r.empty()) fail(argv[0], "no command found", 1);
        std::optional<int> n = r.previous;
        if (k < ops.size()) n = resolve(*ed, r, ops[k]);
        if (!n) fail(argv[0], ops[k] + ": no command found", 1);
        std::optional<std::string> cmd = ed->history_entry(*n);
        if (!cmd) fail(argv[0], "no command found", 1);
        std::string text = *cmd;
        for (const auto& s : subs) text = substitute(text, s);
        io.err << text << '\n';
        ed->replace_newest(text);
        return run_text(sh, io, text + "\n");
    }

    if (ops.size() > 2) fail(argv[0], "too many arguments");
    if (r.empty()) {
        if (list) return 0;
        fail(argv[0], "no command found", 1);
    }
    int first;
    int last;
    if (ops.empty()) {
        first = list ? std::max(r.oldest, r.previous - 15) : r.previous;
        last = r.previous;
    } else {
        std::optional<int> f = resolve(*ed, r, ops[0]);
        if (!f) fail(argv[0], ops[0] + ": no command found", 1);
        first = *f;
        last = list ? r.previous : first;
        if (ops.size() == 2) {
            std::optional<int> l = resolve(*ed, r, ops[1]);
            if (!l) fail(argv[0], ops[1] + ": no command found", 1);
            last = *l;
        }
    }
    // POSIX: first after last lists (or edits) in reverse order; -r reverses again.
    std::vector<int> numbers;
    for (int n = std::min(first, last); n <= std::max(first, last); ++n) numbers.push_back(n);
    if ((first > last) != reverse) std::reverse(numbers.begin(), numbers.end());

    if (list) {
        for (int n : numbers) {
            std::optional<std::string> e = ed->history_entry(n);
            if (!e) continue;
            if (!no_numbers) io.out << std::to_string(n);
            io.out << '\t' << *e << '\n';
        }
        return 0;
    }
    std::string ed_cmd;
    if (editor) {
        ed_cmd = *editor;
    } else if (const std::string* v = sh.vars.get("FCEDIT"); v && !v->empty()) {
        ed_cmd = *v;
    } else if (const std::string* e = sh.vars.get("EDITOR"); e && !e->empty()) {
        ed_cmd = *e;
    } else {
        ed_cmd = "ed";  // POSIX: the default editor is ed
    }
    return fc_edit(sh, io, *ed, ed_cmd, numbers);
}

}  // namespace ipsh::builtins
