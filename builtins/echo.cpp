// echo.cpp: echo as XSI specifies it (and dash implements): `-n` as the first operand drops
// the newline; backslash escapes are interpreted; \c ends all output.
#include "builtins/builtins.hpp"

namespace ipsh::builtins {

int builtin_echo(Shell&, io::IoStreams& io, Args argv) {
    size_t i = 1;
    bool newline = true;
    if (i < argv.size() && argv[i] == "-n") {
        newline = false;
        ++i;
    }
    std::string out;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        for (size_t k = 0; k < a.size(); ++k) {
            char c = a[k];
            if (c != '\\' || k + 1 >= a.size()) {
                out.push_back(c);
                continue;
            }
            char e = a[++k];
            switch (e) {
            case 'a': out.push_back('\a'); break;
            case 'b': out.push_back('\b'); break;
            case 'c':
                io.out << out;
                return 0;
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
                out.push_back(static_cast<char>(v));
                break;
            }
            default:
                out.push_back('\\');
                out.push_back(e);
            }
        }
        if (i + 1 < argv.size()) out.push_back(' ');
    }
    if (newline) out.push_back('\n');
    io.out << out;
    return 0;
}

}  // namespace ipsh::builtins
