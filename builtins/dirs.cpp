// dirs.cpp: the directory stack of bash: dirs [-clpv] [+N|-N], pushd [-n] [dir|+N|-N] and
// popd [-n] [+N|-N]. The stack (Shell::dir_stack) holds the directories below the current
// one; the list `dirs` shows starts with the current directory, and +N / -N count from its
// left / right end, from zero. pushd and popd change directory through change_directory(),
// so PWD and OLDPWD are set as cd sets them.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <vector>

namespace ipsh::builtins {

namespace {

/// The current directory as the first entry of the list: what `pwd` prints, or $PWD when
/// the directory's name cannot be found any more.
std::string current_entry(Shell& sh, std::string_view who) {
    std::string cwd = current_directory(sh);
    if (cwd.empty()) {
        if (const std::string* pwd = sh.vars.get("PWD")) cwd = *pwd;
    }
    if (cwd.empty()) fail(who, "cannot determine the current directory", 1);
    return cwd;
}

/// `dir` with $HOME written as ~ (bash's dirs): only whole leading components match, so
/// HOME=/tmp/a leaves /tmp/ab alone, and HOME=/ leaves everything alone.
std::string abbreviated(Shell& sh, const std::string& dir) {
    const std::string* home = sh.vars.get("HOME");
    if (!home || home->size() < 2 || dir.compare(0, home->size(), *home) != 0) return dir;
    if (dir.size() == home->size()) return "~";
    if (dir[home->size()] != '/') return dir;
    return "~" + dir.substr(home->size());
}

/// How dirs prints the list.
struct Listing {
    bool long_form = false;  // -l: no ~
    bool lines = false;      // -p: one entry a line
    bool numbered = false;   // -v: one entry a line, after its index
};

void print_entry(Shell& sh, io::IoStreams& io, const std::string& dir, std::size_t index, const Listing& how) {
    std::string text = how.long_form ? dir : abbreviated(sh, dir);
    if (how.numbered) {
        char num[32];
        std::snprintf(num, sizeof num, "%2zu  ", index);
        text.insert(0, num);
    }
    io.out << text << "\n";
}

void print_list(Shell& sh, io::IoStreams& io, std::string_view who, const Listing& how) {
    std::vector<std::string> all{current_entry(sh, who)};
    all.insert(all.end(), sh.dir_stack.begin(), sh.dir_stack.end());
    if (how.lines || how.numbered) {
        for (std::size_t i = 0; i < all.size(); ++i) print_entry(sh, io, all[i], i, how);
        return;
    }
    std::string line;
    for (const auto& d : all) {
        if (!line.empty()) line += ' ';
        line += how.long_form ? d : abbreviated(sh, d);
    }
    io.out << line << "\n";
}

/// Whether `w` is written like an index (+N or -N) rather than a directory or option.
bool looks_like_index(const std::string& w) { return w.size() > 1 && (w[0] == '+' || w[0] == '-'); }

/// The number in +N / -N; a usage error (2) when it is not one, as bash checks it at once.
std::int64_t index_number(std::string_view who, const std::string& w) {
    auto n = parse_int(std::string_view(w).substr(1));
    if (!n) fail(who, w + ": invalid number", 2);
    return *n;
}

/// Position of +N / -N in the list of `size` entries (the current directory included), or
/// nullopt when it is outside the list.
std::optional<std::size_t> list_position(std::string_view who, const std::string& w, std::size_t size) {
    const std::int64_t n = index_number(who, w);
    const auto count = static_cast<std::int64_t>(size);
    const std::int64_t pos = w[0] == '+' ? n : count - 1 - n;
    if (n < 0 || pos < 0 || pos >= count) return std::nullopt;
    return static_cast<std::size_t>(pos);
}

/// A directory taken from the stack is used as it is: not looked up in CDPATH, and `-` is
/// not $OLDPWD.
CdRequest stack_entry() {
    CdRequest how;
    how.dash_is_oldpwd = false;
    how.cdpath = false;
    return how;
}

}  // namespace

/// dirs [-clpv] [+N|-N]: each option is its own word (`dirs -lv` is read as an index, as in
/// bash); -c empties the stack and prints nothing.
int builtin_dirs(Shell& sh, io::IoStreams& io, Args argv) {
    Listing how;
    bool clear = false;
    std::optional<std::string> index;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        const std::string& w = argv[i];
        if (w == "--") break;
        if (w == "-c") {
            clear = true;
        } else if (w == "-l") {
            how.long_form = true;
        } else if (w == "-p") {
            how.lines = true;
        } else if (w == "-v") {
            how.numbered = true;
        } else if (!w.empty() && (w[0] == '+' || w[0] == '-')) {
            index_number("dirs", w);
            index = w;
        } else {
            fail("dirs", w + ": invalid option", 2);
        }
    }
    if (clear) {
        sh.dir_stack.clear();
        return 0;
    }
    if (!index) {
        print_list(sh, io, "dirs", how);
        return 0;
    }
    const std::string cwd = current_entry(sh, "dirs");
    auto pos = list_position("dirs", *index, sh.dir_stack.size() + 1);
    if (!pos) {
        fail("dirs", sh.dir_stack.empty() ? "directory stack empty"
                                          : index->substr(1) + ": directory stack index out of range",
             1);
    }
    print_entry(sh, io, *pos == 0 ? cwd : sh.dir_stack[*pos - 1], *pos, how);
    return 0;
}

/// pushd [-n] [dir | +N | -N]: with a directory, cd there (as cd does: CDPATH, `-`) and
/// put the old one on the stack; with none, swap the top two entries; +N / -N rotate the
/// list so that entry comes first. -n changes only the stack. Then the list is printed.
int builtin_pushd(Shell& sh, io::IoStreams& io, Args argv) {
    bool no_cd = false;
    std::size_t i = 1;
    bool options_ended = false;
    for (; i < argv.size(); ++i) {
        if (argv[i] == "-n") {
            no_cd = true;
        } else if (argv[i] == "--") {
            ++i;
            options_ended = true;
            break;
        } else {
            break;
        }
    }
    Args rest = argv.subspan(i);
    if (rest.size() > 1) fail("pushd", "too many arguments", 1);
    std::vector<std::string>& stack = sh.dir_stack;
    if (rest.empty()) {
        // `pushd -n` alone does nothing (bash).
        if (no_cd) return 0;
        if (stack.empty()) fail("pushd", "no other directory", 1);
        std::string old = current_entry(sh, "pushd");
        change_directory(sh, io, "pushd", stack.front(), stack_entry());
        stack.front() = std::move(old);
    } else if (!options_ended && looks_like_index(rest[0])) {
        const std::string& w = rest[0];
        std::vector<std::string> list{current_entry(sh, "pushd")};
        list.insert(list.end(), stack.begin(), stack.end());
        auto pos = list_position("pushd", w, list.size());
        if (!pos) fail("pushd", stack.empty() ? "directory stack empty" : w + ": directory stack index out of range", 1);
        if (*pos == 0 && no_cd) return 0;
        std::rotate(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(*pos), list.end());
        // Even +0 changes directory, to the current one (bash): OLDPWD becomes PWD.
        if (!no_cd) change_directory(sh, io, "pushd", list.front(), stack_entry());
        // With -n the entry rotated to the top is dropped, since the current directory
        // stays where it is: `pushd -n +1` on "a b c" leaves "a c a" (bash).
        stack.assign(list.begin() + 1, list.end());
        if (no_cd) return 0;
    } else if (no_cd) {
        stack.insert(stack.begin(), rest[0]);
    } else {
        std::string old = current_entry(sh, "pushd");
        change_directory(sh, io, "pushd", rest[0], CdRequest{});
        stack.insert(stack.begin(), std::move(old));
    }
    print_list(sh, io, "pushd", Listing{});
    return 0;
}

/// popd [-n] [+N | -N]: remove the top entry and cd to the next (which becomes the current
/// directory), or remove entry N without changing directory. -n removes the entry below
/// the current directory instead of changing to it. Then the list is printed.
int builtin_popd(Shell& sh, io::IoStreams& io, Args argv) {
    bool no_cd = false;
    std::optional<std::string> index;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        const std::string& w = argv[i];
        if (w == "--") break;
        if (w == "-n") {
            no_cd = true;
        } else if (!w.empty() && (w[0] == '+' || w[0] == '-')) {
            index_number("popd", w);
            index = w;
        } else {
            fail("popd", w + ": invalid argument", 2);
        }
    }
    std::vector<std::string>& stack = sh.dir_stack;
    if (stack.empty()) fail("popd", "directory stack empty", 1);
    std::size_t pos = 0;
    if (index) {
        auto p = list_position("popd", *index, stack.size() + 1);
        if (!p) fail("popd", *index + ": directory stack index out of range", 1);
        pos = *p;
    }
    if (pos == 0) {
        if (!no_cd) change_directory(sh, io, "popd", stack.front(), stack_entry());
        stack.erase(stack.begin());
    } else {
        stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(pos - 1));
    }
    print_list(sh, io, "popd", Listing{});
    return 0;
}

}  // namespace ipsh::builtins
