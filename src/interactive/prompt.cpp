// prompt.cpp: prompt strings. Backslash escapes are decoded first (as bash does), then the
// result gets parameter expansion, command substitution and arithmetic like a here-document.
#include "interactive/line_editor.hpp"

#include "shell/shell.hpp"
#include "shell/users.hpp"

#include <unistd.h>

#include <ctime>

#include <readline/history.h>
#include <readline/readline.h>

namespace ipsh::interactive {

namespace {

std::string user_name() {
    if (auto me = users::by_uid(::geteuid())) return me->name;
    return "?";
}

std::string host_name(bool full) {
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0) return "?";
    std::string h(buf);
    if (!full) {
        size_t dot = h.find('.');
        if (dot != std::string::npos) h.resize(dot);
    }
    return h;
}

std::string time_string(const char* fmt) {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    ::localtime_r(&t, &tm);
    char buf[64];
    size_t n = std::strftime(buf, sizeof buf, fmt, &tm);
    return std::string(buf, n);
}

}  // namespace

std::string expand_prompt(Shell& sh, const std::string& ps) {
    std::string out;
    const std::string* home = sh.vars.get("HOME");
    const std::string* pwd = sh.vars.get("PWD");
    for (size_t i = 0; i < ps.size(); ++i) {
        char c = ps[i];
        if (c != '\\' || i + 1 >= ps.size()) {
            out.push_back(c);
            continue;
        }
        char e = ps[++i];
        switch (e) {
        case 'u': out += user_name(); break;
        case 'h': out += host_name(false); break;
        case 'H': out += host_name(true); break;
        case 'w':
        case 'W': {
            std::string w = pwd ? *pwd : std::string();
            if (home && !home->empty() && (w == *home || w.rfind(*home + "/", 0) == 0)) {
                w = "~" + w.substr(home->size());
            }
            if (e == 'W' && w != "/" && w != "~") {
                size_t slash = w.rfind('/');
                if (slash != std::string::npos) w = w.substr(slash + 1);
            }
            out += w;
            break;
        }
        case '$': out.push_back(::geteuid() == 0 ? '#' : '$'); break;
        case 't': out += time_string("%H:%M:%S"); break;
        case 'T': out += time_string("%I:%M:%S"); break;
        case '@': out += time_string("%I:%M %p"); break;
        case 'A': out += time_string("%H:%M"); break;
        case 'd': out += time_string("%a %b %d"); break;
        case 'n': out.push_back('\n'); break;
        case 'e': out.push_back('\033'); break;
        case 'a': out.push_back('\a'); break;
        case '!': out += std::to_string(::history_base + ::history_length); break;
        case '#': out += std::to_string(sh.command_number); break;
        case 's': out += "ipsh"; break;
        case 'v': case 'V': out += "0.1"; break;
        case '[': out.push_back(RL_PROMPT_START_IGNORE); break;
        case ']': out.push_back(RL_PROMPT_END_IGNORE); break;
        case '\\': out.push_back('\\'); break;
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int d = 0; d < 2 && i + 1 < ps.size(); ++d) {
                    if (ps[i + 1] < '0' || ps[i + 1] > '7') break;
                    v = v * 8 + (ps[++i] - '0');
                }
                out.push_back(static_cast<char>(v));
            } else {
                out.push_back('\\');
                out.push_back(e);
            }
        }
    }
    // Keep backslashes produced above (e.g. in a directory name) from being re-read as escapes.
    std::string quoted;
    for (char c : out) {
        if (c == '\\') quoted += "\\\\";
        else quoted.push_back(c);
    }
    return sh.expand_text(quoted);
}

std::string expand_trace_prefix(Shell& sh, const std::string& ps4) {
    std::string out = expand_prompt(sh, ps4);
    // \[ and \] only matter to Readline; a trace line goes straight to fd 2.
    std::erase(out, RL_PROMPT_START_IGNORE);
    std::erase(out, RL_PROMPT_END_IGNORE);
    return out;
}

}  // namespace ipsh::interactive
