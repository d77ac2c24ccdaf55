// util.cpp: OptParser and friends.
#include "builtins/util.hpp"
#include "lex/lexer.hpp"

#include <limits>

namespace ipsh::builtins {

int OptParser::next() {
    if (pos_ == 0) {
        if (index_ >= argv_.size()) return 0;
        const std::string& w = argv_[index_];
        if (w.size() < 2 || w[0] != '-') return 0;
        if (w == "--") {
            ++index_;
            return 0;
        }
        if (w[1] == '-') {
            if (!longs_.empty()) return next_long(w);
            usage(w + ": invalid option");  // name the word typed, not "--"
        }
        pos_ = 1;
    }
    const std::string& w = argv_[index_];
    const char c = w[pos_++];
    const size_t at = spec_.find(c);
    if (c == ':' || at == std::string_view::npos) usage(std::string("-") + c + ": invalid option");
    if (at + 1 < spec_.size() && spec_[at + 1] == ':') {
        if (pos_ < w.size()) {
            arg_ = w.substr(pos_);
        } else if (index_ + 1 < argv_.size()) {
            arg_ = argv_[++index_];
        } else {
            usage(std::string("-") + c + ": option requires an argument");
        }
        pos_ = 0;
        ++index_;
        return c;
    }
    if (pos_ >= w.size()) {
        pos_ = 0;
        ++index_;
    }
    return c;
}

int OptParser::next_long(const std::string& w) {
    const std::string_view body = std::string_view(w).substr(2);
    const std::string_view name = body.substr(0, body.find('='));
    ++index_;
    for (const LongOption& lo : longs_) {
        if (lo.name != name) continue;
        const bool inline_value = name.size() < body.size();
        if (!lo.takes_arg) {
            if (inline_value) usage("--" + std::string(name) + " takes no value");
        } else if (inline_value) {
            arg_ = std::string(body.substr(name.size() + 1));
        } else if (index_ < argv_.size()) {
            arg_ = argv_[index_++];
        } else {
            usage("--" + std::string(name) + ": option requires an argument");
        }
        return lo.key;
    }
    usage(w + ": invalid option");
    return 0;  // not reached: usage() throws
}

void OptParser::usage(std::string_view problem) const { fail(argv_[0], problem); }

void fail(std::string_view name, std::string_view message, int status) {
    std::string m(name);
    m += ": ";
    m += message;
    throw ShellError{status, std::move(m), ErrorKind::Utility};
}

std::optional<std::int64_t> parse_int(std::string_view s) {
    // Blanks around the digits are allowed, as strtol-based shells do: `exit ' 3'` (dash, bash).
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    if (s.empty()) return std::nullopt;
    size_t i = 0;
    bool neg = false;
    if (s[0] == '-' || s[0] == '+') {
        neg = s[0] == '-';
        i = 1;
    }
    if (i >= s.size()) return std::nullopt;
    std::uint64_t v = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        std::uint64_t d = static_cast<std::uint64_t>(s[i] - '0');
        if (v > (std::numeric_limits<std::uint64_t>::max() - d) / 10) return std::nullopt;
        v = v * 10 + d;
    }
    if (!neg && v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
    if (neg && v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + 1) return std::nullopt;
    return neg ? static_cast<std::int64_t>(0 - v) : static_cast<std::int64_t>(v);
}

namespace {

/// A word the shell reads back as itself without quotes.
bool needs_no_quotes(std::string_view s) {
    return !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=/.,:@%") ==
                             std::string_view::npos;
}

}  // namespace

std::string shell_quote(std::string_view s) {
    return needs_no_quotes(s) ? std::string(s) : shell_quote_always(s);
}

std::string shell_quote_always(std::string_view s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out.push_back(c);
    }
    out += "'";
    return out;
}

}  // namespace ipsh::builtins

namespace ipsh::builtins {

namespace {

bool has_control(std::string_view s) {
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) return true;
    }
    return false;
}

}  // namespace

std::string shell_quote_line(std::string_view s) {
    if (!has_control(s)) return shell_quote_always(s);
    std::string out = "$'";
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\v': out += "\\v"; break;
        case '\033': out += "\\E"; break;
        case '\\': out += "\\\\"; break;
        case '\'': out += "\\'"; break;
        default:
            if (u < 0x20 || u == 0x7f) {
                const char* digits = "01234567";
                out += '\\';
                out += digits[(u >> 6) & 7];
                out += digits[(u >> 3) & 7];
                out += digits[u & 7];
            } else {
                out.push_back(c);
            }
        }
    }
    out += "'";
    return out;
}

std::string shell_quote_value(std::string_view s) {
    return s.empty() || needs_no_quotes(s) ? std::string(s) : shell_quote_line(s);
}

std::string shell_quote_backslash(std::string_view s) {
    if (s.empty()) return "''";
    if (has_control(s)) return shell_quote_line(s);
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        bool quote = std::string_view(" '\"\\|&;()<>!{}*[?]^$`,").find(c) != std::string_view::npos;
        // ~ starts a tilde expansion at the start of a word and after = or : (assignments);
        // # starts a comment only at the start.
        if (c == '~') quote = i == 0 || s[i - 1] == '=' || s[i - 1] == ':';
        if (c == '#') quote = i == 0;
        if (quote) out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

bool split_subscripted(const std::string& s, std::string& name, std::string& subscript) {
    const size_t br = s.find('[');
    if (br == std::string::npos || br == 0 || s.back() != ']' || !lex::is_name(std::string_view(s).substr(0, br))) {
        return false;
    }
    name = s.substr(0, br);
    subscript = s.substr(br + 1, s.size() - br - 2);
    return true;
}

namespace {

/// "value" with \ " $ ` escaped, as bash writes array elements.
std::string double_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\' || c == '$' || c == '`') out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

}  // namespace

std::string declare_quote(std::string_view v) {
    for (char c : v) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) return shell_quote_line(v);
    }
    return double_quote(v);
}

std::string array_text(const vars::Var& v) {
    std::string out = "(";
    const std::vector<std::string> keys = v.keys();
    const std::vector<std::string> values = v.values();
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i) out.push_back(' ');
        const bool plain = (v.flags & vars::kArray) ||
                           (!keys[i].empty() && keys[i].find_first_of(" \t\n\"'\\$`;&|<>()[]*?~#=") == std::string::npos);
        out += "[" + (plain ? keys[i] : double_quote(keys[i])) + "]=" + declare_quote(values[i]);
    }
    // bash ends an associative array's list with a blank.
    if ((v.flags & vars::kAssoc) && !keys.empty()) out.push_back(' ');
    out.push_back(')');
    return out;
}

}  // namespace ipsh::builtins
