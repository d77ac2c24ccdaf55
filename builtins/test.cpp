// test.cpp: test expression and [ expression ] (XCU test). With 0 to 4 arguments the result
// is decided by the argument count as POSIX specifies (so `test ! = =` and `[ -n ]` mean what
// POSIX says); longer expressions use the usual precedence: ! binds tighter than -a, which
// binds tighter than -o, and parentheses group. Status 0 true, 1 false, 2 error. Error wording
// follows bash ("integer expression expected", "missing ']'").
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <limits>

namespace ipsh::builtins {

namespace {

bool is_unary_op(std::string_view s) {
    if (s.size() != 2 || s[0] != '-') return false;
    return std::string_view("abcdefghkLnoprsStuvwxzGON").find(s[1]) != std::string_view::npos;
}

bool is_binary_op(std::string_view s) {
    static constexpr std::array<std::string_view, 13> kOps = {
        "=", "==", "!=", "<", ">", "-eq", "-ne", "-gt", "-ge", "-lt", "-le", "-nt", "-ot",
    };
    for (auto op : kOps) {
        if (s == op) return true;
    }
    return s == "-ef";
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/// Evaluates one test expression. Throws (through fail) with status 2 on a syntax error.
class Evaluator {
public:
    Evaluator(Shell& sh, std::string_view name, Args args)
        : sh_(sh), name_(name), args_(args) {}

    bool run() {
        size_t n = args_.size();
        switch (n) {
        case 0: return false;
        case 1: return !args_[0].empty();
        case 2: return two(0);
        case 3: return three(0);
        case 4:
            if (args_[0] == "!") return !three(1);
            if (args_[0] == "(" && args_[3] == ")") return two(1);
            break;
        default: break;
        }
        bool v = or_expr();
        if (pos_ < n) error("too many arguments");
        return v;
    }

    // The rest is public too: test_unary() and test_binary() lend unary() and binary() to [[ ]].
    [[noreturn]] void error(const std::string& message) { fail(name_, message, 2); }

    // --- decided by the argument count (XCU test, "Application Usage" table) -------------
    bool two(size_t i) {
        if (args_[i] == "!") return args_[i + 1].empty();
        if (is_unary_op(args_[i])) return unary(args_[i][1], args_[i + 1]);
        error(args_[i] + ": unary operator expected");
    }

    bool three(size_t i) {
        const std::string& op = args_[i + 1];
        if (is_binary_op(op)) return binary(args_[i], op, args_[i + 2]);
        // XSI: -a and -o are binary primaries between two one-argument tests.
        if (op == "-a") return !args_[i].empty() && !args_[i + 2].empty();
        if (op == "-o") return !args_[i].empty() || !args_[i + 2].empty();
        if (args_[i] == "!") return !two(i + 1);
        if (args_[i] == "(" && args_[i + 2] == ")") return !args_[i + 1].empty();
        error(op + ": binary operator expected");
    }

    // --- precedence parser for longer expressions -------------------------------------
    // Both sides of -a/-o are always parsed, so a syntax error is found wherever it is.
    bool or_expr() {
        bool v = and_expr();
        if (pos_ < args_.size() && args_[pos_] == "-o") {
            ++pos_;
            bool w = or_expr();
            return v || w;
        }
        return v;
    }

    bool and_expr() {
        bool v = term();
        if (pos_ < args_.size() && args_[pos_] == "-a") {
            ++pos_;
            bool w = and_expr();
            return v && w;
        }
        return v;
    }

    bool term() {
        size_t n = args_.size();
        if (pos_ >= n) error("argument expected");
        if (args_[pos_] == "!") {
            ++pos_;
            return !term();
        }
        if (args_[pos_] == "(") {
            ++pos_;
            bool v = or_expr();
            if (pos_ >= n || args_[pos_] != ")") error("')' expected");
            ++pos_;
            return v;
        }
        if (pos_ + 2 < n && is_binary_op(args_[pos_ + 1])) {
            bool v = binary(args_[pos_], args_[pos_ + 1], args_[pos_ + 2]);
            pos_ += 3;
            return v;
        }
        // A unary operator as the last argument is just a string (as in bash): `[ x -o -n ]`.
        if (is_unary_op(args_[pos_]) && pos_ + 1 < n) {
            bool v = unary(args_[pos_][1], args_[pos_ + 1]);
            pos_ += 2;
            return v;
        }
        return !args_[pos_++].empty();
    }

    // --- primaries ----------------------------------------------------------------------
    /// An integer operand: optional blanks, sign, decimal digits, optional blanks.
    std::int64_t integer(const std::string& s) {
        size_t b = 0;
        size_t e = s.size();
        while (b < e && is_blank(s[b])) ++b;
        while (e > b && is_blank(s[e - 1])) --e;
        auto v = parse_int(std::string_view(s.data() + b, e - b));
        if (!v) error(s + ": integer expression expected");
        return *v;
    }

    bool unary(char op, const std::string& arg) {
        switch (op) {
        case 'n': return !arg.empty();
        case 'o': {
            // -o option: whether a `set -o` option is on (bash, ksh).
            for (const auto& o : option_specs()) {
                if (arg == o.name) return sh_.opt.*o.flag;
            }
            return false;
        }
        case 'z': return arg.empty();
        case 'v': return sh_.var_is_set(arg);  // -v name, -v 'a[i]': the variable is set (bash)
        case 't': {
            std::int64_t fd = integer(arg);
            return fd >= 0 && fd <= std::numeric_limits<int>::max() &&
                   ::isatty(static_cast<int>(fd));
        }
        case 'r': return ::faccessat(AT_FDCWD, arg.c_str(), R_OK, AT_EACCESS) == 0;
        case 'w': return ::faccessat(AT_FDCWD, arg.c_str(), W_OK, AT_EACCESS) == 0;
        case 'x': return ::faccessat(AT_FDCWD, arg.c_str(), X_OK, AT_EACCESS) == 0;
        default: break;
        }
        struct stat st {};
        if (op == 'h' || op == 'L') return ::lstat(arg.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
        if (::stat(arg.c_str(), &st) != 0) return false;
        switch (op) {
        case 'b': return S_ISBLK(st.st_mode);
        case 'c': return S_ISCHR(st.st_mode);
        case 'd': return S_ISDIR(st.st_mode);
        case 'a':  // bash and ksh: the old spelling of -e
        case 'e': return true;
        case 'f': return S_ISREG(st.st_mode);
        case 'g': return (st.st_mode & S_ISGID) != 0;
        case 'k': return (st.st_mode & S_ISVTX) != 0;
        case 'p': return S_ISFIFO(st.st_mode);
        case 's': return st.st_size > 0;
        case 'S': return S_ISSOCK(st.st_mode);
        case 'u': return (st.st_mode & S_ISUID) != 0;
        case 'G': return st.st_gid == ::getegid();
        case 'O': return st.st_uid == ::geteuid();
        case 'N':
            return st.st_mtim.tv_sec > st.st_atim.tv_sec ||
                   (st.st_mtim.tv_sec == st.st_atim.tv_sec &&
                    st.st_mtim.tv_nsec > st.st_atim.tv_nsec);
        default: return false;
        }
    }

    /// -nt / -ot as POSIX.1-2024 defines them (and bash does): a missing file is older than
    /// any existing one.
    static int compare_mtime(const std::string& a, const std::string& b) {
        struct stat sa {};
        struct stat sb {};
        bool ha = ::stat(a.c_str(), &sa) == 0;
        bool hb = ::stat(b.c_str(), &sb) == 0;
        if (!ha || !hb) return ha ? 1 : (hb ? -1 : 0);
        if (sa.st_mtim.tv_sec != sb.st_mtim.tv_sec)
            return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec ? 1 : -1;
        if (sa.st_mtim.tv_nsec != sb.st_mtim.tv_nsec)
            return sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec ? 1 : -1;
        return 0;
    }

    bool binary(const std::string& l, const std::string& op, const std::string& r) {
        if (op == "=" || op == "==") return l == r;
        if (op == "!=") return l != r;
        if (op == "<") return l < r;
        if (op == ">") return l > r;
        if (op == "-nt") return compare_mtime(l, r) > 0;
        if (op == "-ot") return compare_mtime(l, r) < 0;
        if (op == "-ef") {
            struct stat sa {};
            struct stat sb {};
            return ::stat(l.c_str(), &sa) == 0 && ::stat(r.c_str(), &sb) == 0 &&
                   sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
        }
        std::int64_t a = integer(l);
        std::int64_t b = integer(r);
        if (op == "-eq") return a == b;
        if (op == "-ne") return a != b;
        if (op == "-gt") return a > b;
        if (op == "-ge") return a >= b;
        if (op == "-lt") return a < b;
        return a <= b;  // -le
    }

    Shell& sh_;
    std::string name_;
    Args args_;
    size_t pos_ = 0;
};

}  // namespace

bool test_unary(Shell& sh, char op, const std::string& arg) {
    return Evaluator(sh, "[[", {}).unary(op, arg);
}

bool test_binary(Shell& sh, const std::string& l, const std::string& op, const std::string& r) {
    return Evaluator(sh, "[[", {}).binary(l, op, r);
}

int builtin_test(Shell& sh, io::IoStreams&, Args argv) {
    Args args = argv.subspan(1);
    if (argv[0] == "[") {
        if (args.empty() || args.back() != "]") fail("[", "missing ']'", 2);
        args = args.first(args.size() - 1);
    }
    return Evaluator(sh, argv[0], args).run() ? 0 : 1;
}

}  // namespace ipsh::builtins
