// printf.cpp: printf format [argument...] (XCU printf). The format is reused while arguments
// remain; missing arguments read as "" or 0; numeric operands accept C constants (0x1f, 017)
// and 'c for a character's code. A bad operand is reported, the value converted so far is
// printed and the status becomes 1, as POSIX asks and dash and bash do. Integers are 64-bit;
// floating conversions use double (as dash does), so %a prints the same in both shells.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "io/utf8.hpp"
#include "lex/lexer.hpp"
#include "io/fd.hpp"
#include "shell/shell.hpp"

#include <cerrno>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <cwchar>

namespace ipsh::builtins {

namespace {

bool is_octal(char c) { return c >= '0' && c <= '7'; }

/// Reads up to `max` octal digits of `s` from `i` (advancing it) and returns their value as a
/// byte: `\777` wraps to 0377 as in dash and bash.
char octal_byte(std::string_view s, size_t& i, int max) {
    unsigned v = 0;
    for (int n = 0; n < max && i < s.size() && is_octal(s[i]); ++n, ++i)
        v = v * 8 + static_cast<unsigned>(s[i] - '0');
    return static_cast<char>(v & 0xff);
}

/// The one-letter escapes shared by the format and %b (XBD File Format Notation, plus \e
/// which dash and bash both accept). 0 when `c` is not one of them.
char simple_escape(char c) {
    switch (c) {
    case '\\': return '\\';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'e': return '\033';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
    }
}

/// Expands the escapes of a %b operand into `out`. Returns false when \c ended the output.
/// Octal is \0NNN (XCU printf) or, as dash and bash also accept, \NNN.
bool expand_b(std::string_view s, std::string& out) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out.push_back(s[i]);
            continue;
        }
        char c = s[++i];
        if (c == 'c') return false;
        if (char e = simple_escape(c)) {
            out.push_back(e);
        } else if (c == '0') {
            ++i;
            out.push_back(octal_byte(s, i, 3));
            --i;
        } else if (is_octal(c)) {
            out.push_back(octal_byte(s, i, 3));
            --i;
        } else {
            out.push_back('\\');
            out.push_back(c);
        }
    }
    return true;
}

/// One printf run: the operands, the output buffer and the status.
class Printer {
public:
    Printer(Shell& sh, io::IoStreams& io, Args operands) : sh_(sh), io_(io), args_(operands) {}

    /// Runs the format once per round until the operands are used up. Returns the status.
    int run(std::string_view fmt) {
        for (;;) {
            size_t before = next_;
            base_ = next_;
            numbered_end_ = next_;
            bool go_on = once(fmt);
            // With %n$ conversions a pass uses up to the highest operand it named.
            if (numbered_end_ > next_) next_ = numbered_end_;
            if (!go_on) break;
            // Reuse the format only when it consumed something, else `printf x a` would loop.
            if (next_ >= args_.size() || next_ == before) break;
        }
        io_.out << out_;
        return status_;
    }

private:
    /// One pass over the format. False when output must stop (\c or a format error).
    bool once(std::string_view fmt) {
        for (size_t i = 0; i < fmt.size(); ++i) {
            char c = fmt[i];
            if (c == '\\') {
                escape(fmt, i);
            } else if (c == '%') {
                if (!directive(fmt, i)) return false;
            } else {
                out_.push_back(c);
            }
        }
        return true;
    }

    /// A backslash escape in the format at fmt[i]; leaves i on its last character.
    void escape(std::string_view fmt, size_t& i) {
        if (i + 1 >= fmt.size()) {
            out_.push_back('\\');
            return;
        }
        char c = fmt[i + 1];
        if (char e = simple_escape(c)) {
            out_.push_back(e);
            ++i;
        } else if (is_octal(c)) {
            size_t k = i + 1;
            out_.push_back(octal_byte(fmt, k, 3));
            i = k - 1;
        } else if ((c == 'x' || c == 'u' || c == 'U') && i + 2 < fmt.size() && io::hex_digit(fmt[i + 2]) >= 0) {
            // \xHH, \uHHHH, \UHHHHHHHH (bash): a byte, or a character in UTF-8.
            const int max = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            std::uint32_t v = 0;
            size_t k = i + 2;
            for (int n = 0; n < max && k < fmt.size() && io::hex_digit(fmt[k]) >= 0; ++n, ++k) {
                v = v * 16 + static_cast<std::uint32_t>(io::hex_digit(fmt[k]));
            }
            if (c == 'x') out_.push_back(static_cast<char>(v));
            else io::append_utf8(out_, v);
            i = k - 1;
        } else {
            // Not defined by POSIX or bash: kept as written, as dash does (`\"`, `\q`).
            out_.push_back('\\');
            out_.push_back(c);
            ++i;
        }
    }

    /// A conversion specification starting at fmt[i] == '%'; leaves i on its last character.
    bool directive(std::string_view fmt, size_t& i) {
        size_t start = i++;
        if (i < fmt.size() && fmt[i] == '%') {
            out_.push_back('%');
            return true;
        }
        // %n$ (POSIX 2024): the conversion takes operand n of this pass.
        size_t conv_arg = numbered(fmt, i);
        std::string flags;
        while (i < fmt.size() && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos)
            flags.push_back(fmt[i++]);
        long long width = -1;
        if (i < fmt.size() && fmt[i] == '*') {
            ++i;
            pick_ = numbered(fmt, i);  // *m$
            width = clamp_int(get_int());
            if (width < 0) {
                flags.push_back('-');
                width = -width;
            }
        } else {
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
                if (width > INT_MAX)
                    return bad_format(fmt.substr(start, i - start), "field width too large");
            }
        }
        long long prec = -1;
        if (i < fmt.size() && fmt[i] == '.') {
            ++i;
            prec = 0;
            if (i < fmt.size() && fmt[i] == '*') {
                ++i;
                pick_ = numbered(fmt, i);
                prec = clamp_int(get_int());
                if (prec < 0) prec = -1;  // a negative precision is taken as omitted (C99)
            } else {
                while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                    prec = prec * 10 + (fmt[i++] - '0');
                    if (prec > INT_MAX)
                        return bad_format(fmt.substr(start, i - start), "precision too large");
                }
            }
        }
        if (i < fmt.size() && fmt[i] == '(') {
            // %(format)T (bash): the operand, seconds since the epoch, as strftime(3) shows it.
            size_t close = fmt.find(')', i);
            if (close == std::string_view::npos || close + 1 >= fmt.size() || fmt[close + 1] != 'T')
                return bad_format(fmt.substr(start), "missing format character");
            std::string tfmt(fmt.substr(i + 1, close - i - 1));
            i = close + 1;
            pick_ = conv_arg;
            pad(strftime_of(tfmt), flags, width, prec);
            return true;
        }
        // C length modifiers mean nothing here; bash skips them, so `%ld` works in scripts.
        // When no valid conversion follows, the modifier itself is the bad character.
        size_t mod = i;
        while (i < fmt.size() && std::string_view("hlLqjzt").find(fmt[i]) != std::string_view::npos)
            ++i;
        if (i > mod && (i >= fmt.size() || std::string_view("diouxXaAeEfFgGcsbq").find(fmt[i]) ==
                                               std::string_view::npos)) {
            i = mod;
        }
        if (i >= fmt.size()) return bad_format(fmt.substr(start), "missing format character");
        char conv = fmt[i];
        pick_ = conv_arg;
        std::string spec = "%" + flags;
        if (width >= 0) spec += std::to_string(width);
        if (prec >= 0) spec += "." + std::to_string(prec);
        switch (conv) {
        case 'd':
        case 'i':
            spec += "j";
            spec.push_back(conv);
            append(spec.c_str(), get_int());
            return true;
        case 'o':
        case 'u':
        case 'x':
        case 'X':
            spec += "j";
            spec.push_back(conv);
            append(spec.c_str(), get_uint());
            return true;
        case 'a':
        case 'A':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            spec.push_back(conv);
            append(spec.c_str(), get_float());
            return true;
        case 'c': {
            // An empty or missing operand gives a NUL byte, as in dash and bash.
            const std::string* a = take();
            std::string s(1, a && !a->empty() ? (*a)[0] : '\0');
            pad(s, flags, width, -1);
            return true;
        }
        case 's': {
            const std::string* a = take();
            pad(a ? std::string_view(*a) : std::string_view(), flags, width, prec);
            return true;
        }
        case 'q': {
            // %q (bash): the operand quoted so the shell reads it back as the same word.
            const std::string* a = take();
            std::string q = shell_quote_backslash(a ? std::string_view(*a) : std::string_view());
            pad(q, flags, width, prec);
            return true;
        }
        case 'b': {
            const std::string* a = take();
            std::string s;
            bool go_on = expand_b(a ? std::string_view(*a) : std::string_view(), s);
            pad(s, flags, width, prec);
            return go_on;  // \c: "any remaining characters in the format are ignored"
        }
        default: return bad_format(fmt.substr(start, i + 1 - start), "invalid format character");
        }
    }

    const std::string* take() {
        if (pick_ != 0) {
            // A numbered operand: operand `pick_` of this pass, without moving on.
            size_t k = base_ + pick_ - 1;
            pick_ = 0;
            if (k + 1 > numbered_end_) numbered_end_ = k + 1;
            return k < args_.size() ? &args_[k] : nullptr;
        }
        return next_ < args_.size() ? &args_[next_++] : nullptr;
    }

    /// Reads `n$` at fmt[i] (a numbered-operand reference); returns n, or 0 when absent.
    static size_t numbered(std::string_view fmt, size_t& i) {
        size_t k = i;
        size_t n = 0;
        while (k < fmt.size() && fmt[k] >= '0' && fmt[k] <= '9' && n < 100000) n = n * 10 + static_cast<size_t>(fmt[k++] - '0');
        if (k == i || n == 0 || k >= fmt.size() || fmt[k] != '$') return 0;
        i = k + 1;
        return n;
    }

    static long long clamp_int(std::intmax_t v) {
        if (v > INT_MAX) return INT_MAX;
        if (v < -INT_MAX) return -INT_MAX;
        return v;
    }

    /// Writes `s` cut to `prec` and padded to `width` (left-aligned with the '-' flag).
    void pad(std::string_view s, const std::string& flags, long long width, long long prec) {
        if (prec >= 0 && static_cast<size_t>(prec) < s.size())
            s = s.substr(0, static_cast<size_t>(prec));
        size_t fill = width > 0 && static_cast<size_t>(width) > s.size()
                          ? static_cast<size_t>(width) - s.size()
                          : 0;
        bool left = flags.find('-') != std::string::npos;
        if (!left) out_.append(fill, ' ');
        out_.append(s);
        if (left) out_.append(fill, ' ');
    }

    template <class T>
    void append(const char* spec, T value) {
        char small[128];
        int n = std::snprintf(small, sizeof small, spec, value);
        if (n < 0) return;
        if (static_cast<size_t>(n) < sizeof small) {
            out_.append(small, static_cast<size_t>(n));
            return;
        }
        std::string big(static_cast<size_t>(n) + 1, '\0');
        std::snprintf(big.data(), big.size(), spec, value);
        big.resize(static_cast<size_t>(n));
        out_ += big;
    }

    /// 'c or "c: the code of the character after the quote (0 for a lone quote): in a
    /// multibyte locale the character's code point (printf '%x' "'μ" is 3bc), else its byte.
    static bool char_code(const std::string& a, std::intmax_t& v) {
        if (a.empty() || (a[0] != '\'' && a[0] != '"')) return false;
        v = a.size() > 1 ? static_cast<unsigned char>(a[1]) : 0;
        if (v >= 0x80 && MB_CUR_MAX > 1) {
            std::mbstate_t st{};
            wchar_t wc = 0;
            const size_t k = std::mbrtowc(&wc, a.data() + 1, a.size() - 1, &st);
            if (k != static_cast<size_t>(-1) && k != static_cast<size_t>(-2)) v = static_cast<std::intmax_t>(wc);
        }
        return true;
    }

    /// Checks how strtoimax & co. ended: reports junk or overflow (the value is still used).
    void check(const std::string& a, const char* end, int err) {
        if (end == a.c_str() || *end != '\0') {
            complain(a + ": invalid number");
        } else if (err == ERANGE) {
            complain(a + ": " + io::errno_text(ERANGE));
        }
    }

    /// The text of %(tfmt)T for the next operand: none or -1 is now, -2 the time the shell
    /// started. Local time follows TZ when the shell exports it (as in bash); an empty
    /// format is %X. Like bash, a result of 128 bytes or more is left out.
    std::string strftime_of(const std::string& tfmt) {
        const std::string* a = take();
        const std::intmax_t v = a ? int_of(a) : -1;
        std::time_t t = v == -1 ? std::time(nullptr) : v == -2 ? static_cast<std::time_t>(sh_.start_time)
                                                              : static_cast<std::time_t>(v);
        const vars::Var* tz = sh_.vars.find("TZ");
        if (tz && tz->is_set && (tz->flags & vars::kExported)) ::setenv("TZ", tz->value.c_str(), 1);
        else ::unsetenv("TZ");
        ::tzset();
        std::tm tm {};
        char buf[128];
        if (!::localtime_r(&t, &tm)) return {};
        size_t n = std::strftime(buf, sizeof buf, tfmt.empty() ? "%X" : tfmt.c_str(), &tm);
        return std::string(buf, n);
    }

    std::intmax_t get_int() { return int_of(take()); }

    std::intmax_t int_of(const std::string* a) {
        std::intmax_t v = 0;
        if (!a || a->empty() || char_code(*a, v)) return v;
        char* end = nullptr;
        errno = 0;
        v = std::strtoimax(a->c_str(), &end, 0);
        check(*a, end, errno);
        return v;
    }

    std::uintmax_t get_uint() {
        const std::string* a = take();
        std::intmax_t c = 0;
        if (!a || a->empty()) return 0;
        if (char_code(*a, c)) return static_cast<std::uintmax_t>(c);
        char* end = nullptr;
        errno = 0;
        // strtoumax takes "-1" as 2^64-1, which is what `printf %u -1` prints everywhere.
        std::uintmax_t v = std::strtoumax(a->c_str(), &end, 0);
        check(*a, end, errno);
        return v;
    }

    double get_float() {
        const std::string* a = take();
        std::intmax_t c = 0;
        if (!a || a->empty()) return 0;
        if (char_code(*a, c)) return static_cast<double>(c);
        char* end = nullptr;
        errno = 0;
        double v = std::strtod(a->c_str(), &end);
        check(*a, end, errno);
        return v;
    }

    /// An operand error: reported, status 1, and printing goes on (XCU printf).
    void complain(const std::string& message) {
        io_.out << out_;
        out_.clear();
        io_.out.flush();
        sh_.error("printf: " + message);
        status_ = 1;
    }

    /// A format error: reported, and the output stops there (as in bash).
    bool bad_format(std::string_view directive, const char* what) {
        complain("'" + std::string(directive) + "': " + what);
        return false;
    }

    Shell& sh_;
    io::IoStreams& io_;
    Args args_;
    size_t next_ = 0;
    size_t base_ = 0;          // first operand of the current pass (for %n$)
    size_t numbered_end_ = 0;  // one past the highest operand a %n$ named in this pass
    size_t pick_ = 0;          // the operand number the next take() must return, or 0
    std::string out_;
    int status_ = 0;
};

}  // namespace

int builtin_printf(Shell& sh, io::IoStreams& io, Args argv) {
    size_t i = 1;
    const std::string* var = nullptr;  // -v NAME (bash): the output goes to NAME
    for (;;) {
        if (i < argv.size() && argv[i] == "--") {
            ++i;
            break;
        }
        if (i + 1 < argv.size() && argv[i] == "-v") {
            var = &argv[i + 1];
            std::string base;
            std::string sub;
            if (!lex::is_name(*var) && !split_subscripted(*var, base, sub)) {
                fail("printf", "'" + *var + "': not a valid identifier");
            }
            i += 2;
            continue;
        }
        if (i < argv.size() && argv[i].size() > 1 && argv[i][0] == '-') {
            // POSIX defines no options; like dash and bash, refuse others rather than print them.
            fail("printf", argv[i] + ": invalid option");
        }
        break;
    }
    if (i >= argv.size()) fail("printf", "usage: printf [-v var] format [argument...]");
    if (!var) {
        Printer p(sh, io, argv.subspan(i + 1));
        return p.run(argv[i]);
    }
    std::string captured;
    int status = 0;
    {
        io::OutStream sink(&captured);
        io::IoStreams to_string{sink, io.err, io.in_fd};
        Printer p(sh, to_string, argv.subspan(i + 1));
        status = p.run(argv[i]);
    }
    std::string base;
    std::string sub;
    if (split_subscripted(*var, base, sub)) sh.assign_element(base, sub, std::move(captured), false);
    else sh.assign(*var, std::move(captured));
    return status;
}

}  // namespace ipsh::builtins
