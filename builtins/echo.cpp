// echo.cpp: echo, as bash has it: words are printed as they are unless -e asks for
// backslash escapes (POSIX leaves backslashes implementation-defined). `shopt -s xpg_echo`
// interprets XSI's escapes by default, as dash does. Leading words made only of -n, -e and
// -E letters (`-n`, `-e`, `-en`) are options: -n drops the newline, -e turns escapes on
// (XSI's and bash's \e \E \x \u \U), -E off. Any other word, `--` included, is the first
// operand.
#include "builtins/builtins.hpp"

#include "io/utf8.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

namespace {

bool is_option_word(const std::string& w) {
    if (w.size() < 2 || w[0] != '-') return false;
    for (size_t k = 1; k < w.size(); ++k) {
        if (w[k] != 'n' && w[k] != 'e' && w[k] != 'E') return false;
    }
    return true;
}

/// Appends `a` with its escapes interpreted. Returns false when \c ended all output.
/// XSI escapes and \e (as dash): \a \b \c \e \f \n \r \t \v \\, \0 and up to three octal digits; with `bash`
/// (echo -e) also \E, \x with one or two hex digits, \u and \U with up to four and eight.
/// Any other backslash stays as it is.
}  // namespace

bool echo_escapes(const std::string& a, std::string& out, bool bash) {
    for (size_t k = 0; k < a.size(); ++k) {
        char c = a[k];
        if (c != '\\' || k + 1 >= a.size()) {
            out.push_back(c);
            continue;
        }
        char e = a[++k];
        if (!bash && (e == 'E' || e == 'x' || e == 'u' || e == 'U')) e = '?';
        switch (e) {
        case 'a': out.push_back('\a'); break;
        case 'b': out.push_back('\b'); break;
        case 'c': return false;
        case 'e': case 'E': out.push_back('\033'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'v': out.push_back('\v'); break;
        case '\\': out.push_back('\\'); break;
        case '0': {
            int v = 0;
            for (int d = 0; d < 3 && k + 1 < a.size() && a[k + 1] >= '0' && a[k + 1] <= '7'; ++d) {
                v = v * 8 + (a[++k] - '0');
            }
            out.push_back(static_cast<char>(v & 0xff));
            break;
        }
        case 'x': case 'u': case 'U': {
            const int max = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            std::uint32_t v = 0;
            int n = 0;
            while (n < max && k + 1 < a.size() && io::hex_digit(a[k + 1]) >= 0) {
                v = v * 16 + static_cast<std::uint32_t>(io::hex_digit(a[++k]));
                ++n;
            }
            if (n == 0) {
                out.push_back('\\');
                out.push_back(e);
            } else if (e == 'x') {
                out.push_back(static_cast<char>(v));
            } else {
                io::append_utf8(out, v);
            }
            break;
        }
        default:
            out.push_back('\\');
            out.push_back(a[k]);
        }
    }
    return true;
}

int builtin_echo(Shell& sh, io::IoStreams& io, Args argv) {
    size_t i = 1;
    bool newline = true;
    bool escapes = sh.opt.xpg_echo;
    bool bash_escapes = false;
    for (; i < argv.size() && is_option_word(argv[i]); ++i) {
        for (char f : std::string_view(argv[i]).substr(1)) {
            if (f == 'n') newline = false;
            else escapes = bash_escapes = f == 'e';
        }
    }
    std::string out;
    for (; i < argv.size(); ++i) {
        if (!escapes) {
            out += argv[i];
        } else if (!echo_escapes(argv[i], out, bash_escapes)) {
            io.out << out;
            return 0;
        }
        if (i + 1 < argv.size()) out.push_back(' ');
    }
    if (newline) out.push_back('\n');
    io.out << out;
    return 0;
}

}  // namespace ipsh::builtins
