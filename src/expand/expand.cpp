// expand.cpp: word expansion (XCU 2.6). Each word is expanded into fields whose characters
// carry two flags: kQuoted (came from quotes: never split, never a pattern character) and
// kSplit (came from an unquoted expansion: subject to IFS splitting). Splitting, pathname
// expansion and pattern escaping then read those flags.
#include "expand/expand.hpp"

#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "exec/path.hpp"
#include "shell/shell.hpp"
#include "shell/users.hpp"

#include <regex.h>
#include <unistd.h>

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <climits>
#include <cwchar>
#include <cwctype>
#include <optional>

namespace ipsh::expand {

namespace {

enum : char { kPlain = 0, kQuoted = 1, kSplit = 2 };

struct Field {
    std::string text;
    std::string flags;            // one flag byte per character of text
    std::vector<size_t> qmarks;   // where a quoted (possibly empty) part began
};

enum class Mode { Fields, String, Pattern };

bool is_special_pattern_char(char c) {
    switch (c) {
    case '\\': case '*': case '?': case '[': case ']': case '!': case '^': case '-':
    case '(': case ')': case '|': case '@': case '+':  // extglob: "@(a|b)" is no group
        return true;
    default:
        return false;
    }
}

/// The length in bytes of the character at the start of `s` (1 for a byte that starts none).
size_t char_len(std::string_view s) {
    if (s.empty()) return 0;
    if (MB_CUR_MAX == 1 || static_cast<unsigned char>(s[0]) < 0x80) return 1;
    std::mbstate_t st{};
    size_t k = std::mbrlen(s.data(), s.size(), &st);
    return k == static_cast<size_t>(-1) || k == static_cast<size_t>(-2) || k == 0 ? 1 : k;
}

/// The offsets where the characters of `s` start, and s.size() last (for multibyte
/// locales; in a single-byte one every offset is a start).
std::vector<size_t> char_starts(std::string_view s) {
    std::vector<size_t> out;
    for (size_t i = 0; i < s.size(); i += char_len(s.substr(i))) out.push_back(i);
    out.push_back(s.size());
    return out;
}

/// "$*" joins with the first character of IFS (a space when IFS is unset).
std::string star_separator(const Shell& sh) {
    if (!sh.ifs_set) return " ";
    std::string_view ifs = sh.ifs();
    return std::string(ifs.substr(0, char_len(ifs)));
}

size_t char_count(std::string_view s) {
    if (MB_CUR_MAX == 1) return s.size();
    size_t n = 0;
    for (size_t i = 0; i < s.size(); i += char_len(s.substr(i))) ++n;
    return n;
}

class Builder {
public:
    Builder(Shell& sh, Mode mode, bool assignment) : sh_(sh), mode_(mode), assignment_(assignment) {
        fields_.emplace_back();
    }

    void word(const ast::Word& w) {
        for (size_t i = 0; i < w.parts.size(); ++i) part(w, i);
    }

    /// Fields after splitting and globbing (Fields mode).
    void finish_fields(std::vector<std::string>& out) {
        for (auto& f : fields_) split_and_glob(f, out);
    }

    /// The single expanded string (String mode).
    std::string finish_string() {
        std::string s;
        for (auto& f : fields_) s += f.text;
        return s;
    }

    /// The pattern with quoted special characters escaped (Pattern mode).
    std::string finish_pattern() {
        std::string s;
        for (auto& f : fields_) {
            for (size_t i = 0; i < f.text.size(); ++i) {
                if ((f.flags[i] & kQuoted) && is_special_pattern_char(f.text[i])) s.push_back('\\');
                s.push_back(f.text[i]);
            }
        }
        return s;
    }

    /// An extended regular expression with quoted special characters escaped (Pattern
    /// mode): in [[ x =~ "a.b" ]] the quoted dot matches only a dot.
    std::string finish_regex() {
        static constexpr std::string_view kSpecial = "\\.[]()*+?{}|^$";
        std::string s;
        for (auto& f : fields_) {
            for (size_t i = 0; i < f.text.size(); ++i) {
                if ((f.flags[i] & kQuoted) && kSpecial.find(f.text[i]) != std::string_view::npos) s.push_back('\\');
                s.push_back(f.text[i]);
            }
        }
        return s;
    }

private:
    Field& cur() { return fields_.back(); }
    void add(std::string_view s, char flag) {
        cur().text.append(s);
        cur().flags.append(s.size(), flag);
    }
    void mark_quoted() { cur().qmarks.push_back(cur().text.size()); }
    void emit_value(std::string_view v, bool quoted) {
        if (quoted) {
            mark_quoted();
            add(v, kQuoted);
        } else {
            add(v, mode_ == Mode::Fields ? kSplit : kPlain);
        }
    }

    void part(const ast::Word& w, size_t index) {
        const ast::WordPart& p = w.parts[index];
        if (const auto* lit = std::get_if<ast::Literal>(&p)) {
            literal(w, index, *lit);
        } else if (const auto* pe = std::get_if<ast::ParamExp>(&p)) {
            param(*pe);
        } else if (const auto* cs = std::get_if<ast::CommandSub>(&p)) {
            if (cs->process) {
                emit_value(sh_.executor().process_substitution(*cs->body, cs->process == '>'), true);
                return;
            }
            std::string out = sh_.executor().command_substitution(*cs->body);
            emit_value(out, cs->quoted);
        } else if (const auto* ae = std::get_if<ast::ArithExp>(&p)) {
            std::string e = expand_string(sh_, *ae->expr);
            std::int64_t v = arith(sh_, e);
            emit_value(std::to_string(v), ae->quoted);
        }
    }

    void literal(const ast::Word& w, size_t index, const ast::Literal& lit) {
        if (lit.quoted) {
            mark_quoted();
            add(lit.text, kQuoted);
            return;
        }
        std::string_view t = lit.text;
        if (index == 0 && !t.empty() && t[0] == '~') {
            size_t end = assignment_ ? t.find_first_of("/:") : t.find('/');
            bool whole = end == std::string_view::npos;
            // ~"user" and ~$user are not tilde-prefixes: the prefix runs to the first unquoted
            // slash and every character of it must be an unquoted literal (XCU 2.6.1).
            bool next_part = whole && index + 1 < w.parts.size();
            if (!next_part) {
                std::string_view prefix = whole ? t : t.substr(0, end);
                std::string home;
                if (expand_tilde(sh_, prefix, home)) {
                    mark_quoted();
                    add(home, kQuoted);
                    t.remove_prefix(prefix.size());
                }
            }
        }
        if (assignment_) {
            // Tilde-prefixes also follow each unquoted ':' in an assignment (XCU 2.6.1).
            size_t i = 0;
            while (i < t.size()) {
                size_t colon = t.find(':', i);
                if (colon == std::string_view::npos) break;
                if (colon + 1 >= t.size() || t[colon + 1] != '~') {
                    // `a=~:x:~/y`: a component without a tilde; look at the next one.
                    add(t.substr(i, colon + 1 - i), kPlain);
                    t = t.substr(colon + 1);
                    i = 0;
                    continue;
                }
                add(t.substr(i, colon + 1 - i), kPlain);
                std::string_view rest = t.substr(colon + 1);
                size_t end = rest.find_first_of("/:");
                std::string_view prefix = end == std::string_view::npos ? rest : rest.substr(0, end);
                std::string home;
                if (expand_tilde(sh_, prefix, home)) {
                    add(home, kQuoted);
                    i = colon + 1 + prefix.size();
                } else {
                    add("~", kPlain);
                    i = colon + 2;
                }
                t = t.substr(i);
                i = 0;
            }
        }
        // Unquoted text inside ${x:-word} came from an expansion: it is split like one.
        add(t, in_param_arg_ > 0 && mode_ == Mode::Fields ? kSplit : kPlain);
    }

    /// Expands the word of ${x:-word} or ${x:+word} into the current field.
    void param_word(const ast::ParamExp& p) {
        if (p.quoted) {
            mark_quoted();
            word(*p.arg);
            return;
        }
        ++in_param_arg_;
        word(*p.arg);
        --in_param_arg_;
    }

    /// Looks up a scalar parameter. False when unset.
    bool lookup(const std::string& name, std::string& out) {
        char c = name[0];
        if (name.size() == 1 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '_') {
            switch (c) {
            case '?': out = std::to_string(sh_.last_status); return true;
            case '$': out = std::to_string(sh_.root_pid); return true;
            case '!':
                if (sh_.last_bg_pid == 0) return false;
                out = std::to_string(sh_.last_bg_pid);
                return true;
            case '#': out = std::to_string(sh_.positional.size()); return true;
            case '-': out = sh_.option_letters(); return true;
            case '0': out = sh_.arg0; return true;
            case '@': case '*': {
                if (sh_.positional.empty()) return false;
                std::string sep = c == '*' ? star_separator(sh_) : " ";
                out.clear();
                for (size_t i = 0; i < sh_.positional.size(); ++i) {
                    if (i) out += sep;
                    out += sh_.positional[i];
                }
                return true;
            }
            default: break;
            }
        }
        if (c >= '0' && c <= '9') {
            size_t n = 0;
            for (char d : name) {
                n = n * 10 + static_cast<size_t>(d - '0');
                if (n > 1000000000) break;
            }
            if (n == 0) {
                out = sh_.arg0;
                return true;
            }
            if (n > sh_.positional.size()) return false;
            out = sh_.positional[n - 1];
            return true;
        }
        if (const std::string* v = sh_.vars.get(name)) {
            out = *v;
            return true;
        }
        if (name == "_") {
            out = sh_.last_arg;
            return true;
        }
        return false;
    }

    /// How patterns in ${x#p}, ${x/p/r} and ${x^p} match: extglob follows shopt.
    MatchOptions match_options() const { return MatchOptions{sh_.opt.extglob, false, false}; }

    [[noreturn]] void unset_error(const std::string& name) {
        sh_.raise(1, msg::not_set(name), ErrorKind::Expansion);
    }

    /// "$@", $@, "$*", $*: one field per parameter where the context allows it.
    void emit_list(const std::vector<std::string>& values, bool at, bool quoted) {
        if (mode_ == Mode::Fields && (at || !quoted)) {
            for (size_t i = 0; i < values.size(); ++i) {
                if (i) fields_.emplace_back();
                if (quoted) mark_quoted();
                add(values[i], quoted ? kQuoted : kSplit);
            }
            return;
        }
        std::string sep = " ";
        if (!at) sep = star_separator(sh_);
        std::string joined;
        for (size_t i = 0; i < values.size(); ++i) {
            if (i) joined += sep;
            joined += values[i];
        }
        if (quoted) mark_quoted();
        add(joined, quoted ? kQuoted : kPlain);
    }

    std::string remove(const std::string& value, ast::ParamOp op, const std::string& pat) {
        // Only whole characters are removed: the cuts are tried at character starts, which
        // in a single-byte locale are all offsets (no table is built for them).
        const bool mb = MB_CUR_MAX > 1;
        const std::vector<size_t> starts = mb ? char_starts(value) : std::vector<size_t>{};
        const size_t n = mb ? starts.size() : value.size() + 1;
        auto cut = [&](size_t k) { return mb ? starts[k] : k; };
        const std::string_view v(value);
        const Matcher m(pat, match_options());
        SubstringMatcher sm(m, v);
        switch (op) {
        case ast::ParamOp::RemovePrefix:
            for (size_t k = 0; k < n; ++k) {
                if (sm.matches(0, cut(k))) return value.substr(cut(k));
            }
            break;
        case ast::ParamOp::RemoveLongPrefix:
            for (size_t k = n; k-- > 0;) {
                if (sm.matches(0, cut(k))) return value.substr(cut(k));
            }
            break;
        case ast::ParamOp::RemoveSuffix:
            for (size_t k = n; k-- > 0;) {
                if (sm.matches(cut(k), v.size())) return value.substr(0, cut(k));
            }
            break;
        case ast::ParamOp::RemoveLongSuffix:
            for (size_t k = 0; k < n; ++k) {
                if (sm.matches(cut(k), v.size())) return value.substr(0, cut(k));
            }
            break;
        default: break;
        }
        return value;
    }

    /// ${x/p/r} on one value: `mode` '/' replaces every match, '#' a match at the start,
    /// '%' one at the end, 0 the first. Matches are the longest at each position, tried at
    /// character starts.
    static std::string replace(const std::string& value, char mode, const std::string& pat,
                               const std::string& rep, MatchOptions opt) {
        const std::vector<size_t> starts = char_starts(value);
        const Matcher m(pat, opt);
        const std::string_view v(value);
        SubstringMatcher sm(m, v);
        if (mode == '#') {
            for (size_t k = starts.size(); k-- > 0;) {
                if (sm.matches(0, starts[k])) return rep + value.substr(starts[k]);
            }
            return value;
        }
        if (mode == '%') {
            for (size_t k = 0; k < starts.size(); ++k) {
                if (sm.matches(starts[k], v.size())) return value.substr(0, starts[k]) + rep;
            }
            return value;
        }
        if (pat.empty()) return value;
        std::string out;
        size_t i = 0;
        bool done = false;
        while (i + 1 < starts.size()) {
            std::optional<size_t> found;
            if (!done) {
                // j == i: an empty match, which only an extended pattern such as ?(x)
                // allows; as in bash, rep goes in before the character: ${x//?(X)/_}.
                for (size_t j = starts.size(); j-- > i;) {
                    if (sm.matches(starts[i], starts[j])) {
                        found = j;
                        break;
                    }
                }
            }
            if (found && *found > i) {
                out += rep;
                i = *found;
                if (mode != '/') done = true;
            } else {
                if (found) {
                    out += rep;
                    if (mode != '/') done = true;
                }
                out.append(v.substr(starts[i], starts[i + 1] - starts[i]));
                ++i;
            }
        }
        return out;
    }

    /// ${x^} ${x^^} ${x,} ${x,,}: the first or every character in upper or lower case.
    static std::string change_case(const std::string& value, bool upper, bool all,
                                   const std::string* pat, MatchOptions opt = {}) {
        std::optional<Matcher> m;
        if (pat) m.emplace(*pat, opt);
        std::string out;
        std::mbstate_t st{};
        for (size_t i = 0; i < value.size();) {
            size_t len = char_len(std::string_view(value).substr(i));
            if (i > 0 && !all) {
                out.append(value, i, std::string::npos);
                break;
            }
            wchar_t wc = 0;
            size_t k = std::mbrtowc(&wc, value.data() + i, len, &st);
            if (m && !m->matches(std::string_view(value).substr(i, len))) {
                out.append(value, i, len);
            } else if (k == 0 || k > len) {
                st = {};
                out.append(value, i, len);
            } else {
                wc = upper ? static_cast<wchar_t>(std::towupper(static_cast<wint_t>(wc)))
                           : static_cast<wchar_t>(std::towlower(static_cast<wint_t>(wc)));
                char buf[MB_LEN_MAX];
                std::mbstate_t ost{};
                size_t n = std::wcrtomb(buf, wc, &ost);
                if (n == static_cast<size_t>(-1)) out.append(value, i, len);
                else out.append(buf, n);
            }
            i += len;
        }
        return out;
    }

    /// $r and ${!r} for a nameref r (declare -n, bash). Returns false when the usual code
    /// path does it: it follows namerefs itself (VarTable).
    bool nameref(const ast::ParamExp& p, const vars::Var& ref) {
        const std::string target = sh_.vars.resolve(p.name);
        if (p.indirect) {
            // ${!r} is the name r refers to, at the end of a chain.
            if (!ref.is_set || target == p.name) {
                sh_.raise(1, p.name + ": invalid indirect expansion", ErrorKind::Expansion);
            }
            if (p.op != ast::ParamOp::Plain) return false;
            emit_value(target, p.quoted);
            return true;
        }
        // declare -n r='a[@]': $r is ${a[@]}. (r='a[2]' is read by the VarTable.)
        const size_t br = target.find('[');
        if (br == std::string::npos || target.size() != br + 3) return false;
        if (target[br + 1] != '@' && target[br + 1] != '*') return false;
        ast::ParamExp q = p;
        q.name = target.substr(0, br);
        q.all = target[br + 1];
        param(q);
        return true;
    }

    /// ${x:offset:length} on a string, by characters; a negative offset counts from the end,
    /// a negative length leaves that many characters off the end (bash).
    std::string substring(const std::string& value, std::int64_t off, std::optional<std::int64_t> len) {
        const std::vector<size_t> starts = char_starts(value);
        const auto n = static_cast<std::int64_t>(starts.size() - 1);
        if (off < 0) off = std::max<std::int64_t>(0, n + off);
        if (off > n) return "";
        std::int64_t end = n;
        if (len) {
            end = *len < 0 ? n + *len : off + std::min(*len, n - off);
            if (end < off) {
                if (*len < 0) sh_.raise(1, std::to_string(*len) + ": substring expression < 0", ErrorKind::Expansion);
                end = off;
            }
        }
        return value.substr(starts[static_cast<size_t>(off)], starts[static_cast<size_t>(end)] - starts[static_cast<size_t>(off)]);
    }

    void param(const ast::ParamExp& p) {
        if (!p.index && !p.all && p.op != ast::ParamOp::Keys && p.op != ast::ParamOp::Names) {
            const vars::Var* ref = sh_.vars.find_raw(p.name);
            if (ref && (ref->flags & vars::kNameref) && nameref(p, *ref)) return;
        }
        if (p.indirect) {
            // ${!x}: expand the parameter whose name is the value of x.
            std::string target;
            bool found = p.index ? sh_.element(p.name, expand_string(sh_, *p.index), target) : lookup(p.name, target);
            if (!found) {
                if (sh_.opt.nounset) unset_error(p.name);
                target.clear();
            }
            ast::ParamExp q = p;
            q.indirect = false;
            q.index = nullptr;
            q.all = 0;
            // The target may name an element, a[1], or a whole array, a[@].
            const size_t br = target.find('[');
            if (br != std::string::npos && br > 0 && target.back() == ']' && lex::is_name(target.substr(0, br))) {
                std::string inner = target.substr(br + 1, target.size() - br - 2);
                if (inner == "@" || inner == "*") {
                    q.all = inner[0];
                } else {
                    auto w = std::make_shared<ast::Word>();
                    w->parts.emplace_back(ast::Literal{inner, true});
                    q.index = std::move(w);
                }
                target.resize(br);
            }
            bool ok = !target.empty() && (lex::is_name(target) || target == "@" || target == "*" ||
                      target == "#" || target == "?" || target == "$" || target == "!" || target == "-" ||
                      std::all_of(target.begin(), target.end(), [](char d) { return d >= '0' && d <= '9'; }));
            if (!ok) sh_.raise(1, p.name + ": invalid indirect expansion", ErrorKind::Expansion);
            q.name = target;
            param(q);
            return;
        }
        if (p.op == ast::ParamOp::Keys || p.op == ast::ParamOp::Names) {
            std::vector<std::string> names;
            if (p.op == ast::ParamOp::Keys) {
                if (const vars::Var* v = sh_.vars.find(p.name)) names = v->keys();
            } else {
                for (const auto& [n, v] : sh_.vars.sorted()) {
                    if (n.compare(0, p.name.size(), p.name) == 0 && (v->is_set || v->is_array())) names.push_back(n);
                }
            }
            emit_list(names, p.all == '@', p.quoted);
            return;
        }
        // ${a[@]} and ${a[*]} are lists like $@ and $*; ${a[i]} is one element.
        const bool array_all = p.all != 0;
        const bool list = p.name == "@" || p.name == "*" || array_all;
        const bool at = array_all ? p.all == '@' : p.name == "@";
        std::vector<std::string> array_values;
        const std::vector<std::string>& items = array_all ? array_values : sh_.positional;
        std::string value;
        bool set = false;
        std::string shown = p.name;  // for messages
        if (array_all) {
            const vars::Var* v = sh_.vars.find(p.name);
            if (v) array_values = v->values();
            set = !array_values.empty();
            for (size_t i = 0; i < array_values.size(); ++i) {
                if (i) value += " ";
                value += array_values[i];
            }
            shown += std::string("[") + p.all + "]";  // under set -u, like "$@": no error (bash 5.2)
        } else if (p.index) {
            std::string sub = expand_string(sh_, *p.index);
            shown += "[" + sub + "]";
            set = sh_.element(p.name, sub, value);
        } else {
            set = lookup(p.name, value);
        }
        const bool null = !set || (p.colon && (list ? value.empty() && (at ? std::all_of(
            items.begin(), items.end(), [](const std::string& s) { return s.empty(); }) : true) : value.empty()));
        auto emit_self = [&]() {
            if (list) {
                emit_list(items, at, p.quoted);
            } else {
                emit_value(value, p.quoted);
            }
        };
        switch (p.op) {
        case ast::ParamOp::Bad:
            sh_.raise(2, p.name + ": bad substitution", ErrorKind::Expansion);
        case ast::ParamOp::Keys:
        case ast::ParamOp::Names:
            return;
        case ast::ParamOp::Transform: {
            if (!set && !list && sh_.opt.nounset) unset_error(shown);
            auto apply = [&](const std::string& v) -> std::string {
                switch (p.mode) {
                case 'Q': return builtins::shell_quote_line(v);
                case 'E': {
                    std::string out;
                    builtins::echo_escapes(v, out, true);
                    return out;
                }
                case 'U': return change_case(v, true, true, nullptr);
                case 'u': return change_case(v, true, false, nullptr);
                case 'L': return change_case(v, false, true, nullptr);
                default: {  // 'a': the attributes
                    const vars::Var* var = sh_.vars.find(p.name);
                    std::string f;
                    if (var && (var->flags & vars::kArray)) f += 'a';
                    if (var && (var->flags & vars::kAssoc)) f += 'A';
                    if (var && (var->flags & vars::kReadonly)) f += 'r';
                    if (var && (var->flags & vars::kExported)) f += 'x';
                    return f;
                }
                }
            };
            if (list) {
                std::vector<std::string> vals;
                vals.reserve(items.size());
                for (const auto& v : items) vals.push_back(apply(v));
                emit_list(vals, at, p.quoted);
            } else if (set || p.mode == 'a') {
                emit_value(apply(value), p.quoted);
            } else if (p.quoted) {
                mark_quoted();
            }
            return;
        }
        case ast::ParamOp::Plain:
            if (!set && !list) {
                if (sh_.opt.nounset) unset_error(shown);
                if (p.quoted) mark_quoted();
                return;
            }
            emit_self();
            return;
        case ast::ParamOp::Length:
            if (list) {
                emit_value(std::to_string(items.size()), p.quoted);
                return;
            }
            if (!set && sh_.opt.nounset) unset_error(shown);
            emit_value(std::to_string(char_count(value)), p.quoted);
            return;
        case ast::ParamOp::Default:
            if (null) {
                param_word(p);
            } else {
                emit_self();
            }
            return;
        case ast::ParamOp::Alternative:
            if (!null) {
                param_word(p);
            } else if (p.quoted) {
                mark_quoted();
            }
            return;
        case ast::ParamOp::Assign:
            if (null) {
                if (!lex::is_name(p.name) || array_all) {
                    sh_.raise(2, "$" + shown + ": cannot assign in this way", ErrorKind::Expansion);
                }
                std::string v = expand_string(sh_, *p.arg);
                if (p.index) sh_.assign_element(p.name, shown.substr(p.name.size() + 1, shown.size() - p.name.size() - 2), v, false);
                else sh_.assign(p.name, v);
                emit_value(v, p.quoted);
            } else {
                emit_self();
            }
            return;
        case ast::ParamOp::Error:
            if (null) {
                std::string m;
                if (p.arg && !p.arg->parts.empty()) {
                    m = expand_string(sh_, *p.arg);
                } else {
                    m = p.colon ? "parameter null or not set" : "parameter not set";
                }
                sh_.raise(1, shown + ": " + m, ErrorKind::Expansion);
            }
            emit_self();
            return;
        case ast::ParamOp::RemoveSuffix:
        case ast::ParamOp::RemoveLongSuffix:
        case ast::ParamOp::RemovePrefix:
        case ast::ParamOp::RemoveLongPrefix: {
            if (!set && !list && sh_.opt.nounset) unset_error(shown);
            std::string pat = expand_pattern(sh_, *p.arg);
            if (list) {
                std::vector<std::string> vals;
                vals.reserve(items.size());
                for (const auto& v : items) vals.push_back(remove(v, p.op, pat));
                emit_list(vals, at, p.quoted);
            } else {
                emit_value(remove(value, p.op, pat), p.quoted);
            }
            return;
        }
        case ast::ParamOp::Replace:
        case ast::ParamOp::Upper:
        case ast::ParamOp::Lower: {
            if (!set && !list && sh_.opt.nounset) unset_error(shown);
            std::string pat;
            std::string rep;
            if (p.arg) pat = expand_pattern(sh_, *p.arg);
            if (p.op == ast::ParamOp::Replace && p.arg2) rep = expand_string(sh_, *p.arg2);
            auto apply = [&](const std::string& v) {
                const MatchOptions o = match_options();
                if (p.op == ast::ParamOp::Replace) return replace(v, p.mode, pat, rep, o);
                const std::string* cp = p.arg ? &pat : nullptr;
                return change_case(v, p.op == ast::ParamOp::Upper, p.mode == 'a', cp, o);
            };
            if (list) {
                std::vector<std::string> vals;
                vals.reserve(items.size());
                for (const auto& v : items) vals.push_back(apply(v));
                emit_list(vals, at, p.quoted);
            } else if (set) {
                emit_value(apply(value), p.quoted);
            } else if (p.quoted) {
                mark_quoted();
            }
            return;
        }
        case ast::ParamOp::Substring: {
            if (!set && !list && sh_.opt.nounset) unset_error(shown);
            std::int64_t off = arith(sh_, expand_string(sh_, *p.arg));
            std::optional<std::int64_t> len;
            if (p.arg2) len = arith(sh_, expand_string(sh_, *p.arg2));
            if (array_all) {
                // ${a[@]:off:len}: the elements from index off on (from the end when
                // negative), at most len of them (bash).
                const vars::Var* v = sh_.vars.find(p.name);
                std::vector<std::pair<std::int64_t, std::string>> elems;
                if (v && (v->flags & vars::kArray)) {
                    elems.assign(v->elems.begin(), v->elems.end());
                } else if (v) {
                    std::int64_t k = 0;
                    for (auto& s : v->values()) elems.emplace_back(k++, std::move(s));
                }
                if (len && *len < 0) sh_.raise(1, std::to_string(*len) + ": substring expression < 0", ErrorKind::Expansion);
                if (off < 0) off += elems.empty() ? 0 : elems.back().first + 1;
                std::vector<std::string> vals;
                if (off >= 0) {
                    for (auto& [k, s] : elems) {
                        if (k < off) continue;
                        if (len && static_cast<std::int64_t>(vals.size()) >= *len) break;
                        vals.push_back(std::move(s));
                    }
                }
                emit_list(vals, at, p.quoted);
                return;
            }
            if (list) {
                // $@ and $* slices count $0 as position 0 (bash).
                std::vector<std::string> all;
                all.reserve(sh_.positional.size() + 1);
                all.push_back(sh_.arg0);
                all.insert(all.end(), sh_.positional.begin(), sh_.positional.end());
                auto n = static_cast<std::int64_t>(all.size());
                // A negative offset before $0 selects nothing (bash): ${*: -11} of 9 params.
                if (off < 0) off = n + off < 0 ? n : n + off;
                std::int64_t end = n;
                if (len) {
                    if (*len < 0) sh_.raise(1, std::to_string(*len) + ": substring expression < 0", ErrorKind::Expansion);
                    end = std::min(n, off + *len);
                }
                std::vector<std::string> vals;
                for (std::int64_t k = off; k < end; ++k) vals.push_back(all[static_cast<size_t>(k)]);
                emit_list(vals, at, p.quoted);
                return;
            }
            if (!set) {
                if (p.quoted) mark_quoted();
                return;
            }
            emit_value(substring(value, off, len), p.quoted);
            return;
        }
        }
    }

    void split_and_glob(Field& f, std::vector<std::string>& out) {
        std::vector<Field> split;
        split_field(f, split);
        for (auto& s : split) {
            if (!sh_.opt.noglob && has_unquoted_glob(s, sh_.opt.extglob)) {
                std::string pat;
                for (size_t i = 0; i < s.text.size(); ++i) {
                    if ((s.flags[i] & kQuoted) && is_special_pattern_char(s.text[i])) pat.push_back('\\');
                    pat.push_back(s.text[i]);
                }
                std::vector<std::string> matches =
                    glob(pat, sh_.opt.dotglob, sh_.opt.nocaseglob, sh_.opt.extglob);
                if (!matches.empty()) {
                    for (auto& m : matches) out.push_back(std::move(m));
                    continue;
                }
                if (sh_.opt.failglob) sh_.raise(1, "no match: " + s.text, ErrorKind::Utility);
                if (sh_.opt.nullglob) continue;
            }
            out.push_back(std::move(s.text));
        }
    }

    /// True when the field is a pattern: an unquoted, unescaped * or ?, or an unquoted [ that has a
    /// closing ] after it (a lone `[`, as in `[ $i -lt 3 ]`, is an ordinary character and
    /// must not cost a directory scan).
    static bool has_unquoted_glob(const Field& f, bool extglob) {
        const size_t n = f.text.size();
        for (size_t i = 0; i < n; ++i) {
            if (f.flags[i] & kQuoted) continue;
            char c = f.text[i];
            if (c == '\\') {
                // A backslash from an expansion escapes the next character: x='a\*' is no
                // pattern and stays as it is, backslash and all (dash, bash).
                ++i;
                continue;
            }
            if (c == '*' || c == '?') return true;
            // @(a|b).txt, !(x): an extended group with no other pattern character.
            const bool opens = i + 1 < n && f.text[i + 1] == '(' && !(f.flags[i + 1] & kQuoted);
            if (extglob && opens && (c == '@' || c == '!' || c == '+')) return true;
            if (c == '[') {
                size_t j = i + 1;
                if (j < n && (f.text[j] == '!' || f.text[j] == '^')) ++j;
                if (j < n && f.text[j] == ']') ++j;  // `[]...]` starts with a literal ]
                for (; j < n; ++j) {
                    if (f.text[j] == ']') return true;
                    if (f.text[j] == '/') break;
                }
            }
        }
        return false;
    }

    void split_field(Field& f, std::vector<Field>& out) {
        bool any_split = f.flags.find(kSplit) != std::string::npos;
        if (!any_split) {
            if (!f.text.empty() || !f.qmarks.empty()) out.push_back(std::move(f));
            return;
        }
        std::string_view ifs = sh_.ifs();
        size_t sep_len = 1;  // bytes of the separator is_ifs() last found
        auto is_ifs = [&](size_t i) {
            if (!(f.flags[i] & kSplit)) return false;
            sep_len = ifs_char_at(ifs, f.text, i);
            for (size_t j = 1; j < sep_len; ++j) {
                if (!(f.flags[i + j] & kSplit)) return false;
            }
            return sep_len > 0;
        };
        auto is_ws = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
        Field cur;
        bool started = false;
        size_t mi = 0;
        auto apply_marks = [&](size_t i) {
            while (mi < f.qmarks.size() && f.qmarks[mi] <= i) {
                started = true;
                ++mi;
            }
        };
        auto emit = [&]() {
            out.push_back(std::move(cur));
            cur = Field{};
            started = false;
        };
        const size_t n = f.text.size();
        size_t i = 0;
        while (i < n) {
            apply_marks(i);
            if (!is_ifs(i)) {
                cur.text.push_back(f.text[i]);
                cur.flags.push_back(f.flags[i]);
                started = true;
                ++i;
                continue;
            }
            bool hard = false;
            while (i < n && is_ifs(i) && is_ws(f.text[i])) ++i;
            if (i < n && is_ifs(i) && !is_ws(f.text[i])) {
                hard = true;
                i += sep_len;
                while (i < n && is_ifs(i) && is_ws(f.text[i])) ++i;
            }
            if (hard || started) emit();
        }
        apply_marks(n);
        if (started) emit();
    }

    Shell& sh_;
    Mode mode_;
    bool assignment_;
    int in_param_arg_ = 0;
    std::vector<Field> fields_;
};

bool simple_literal(const ast::Word& w, const std::string*& text) {
    if (w.parts.size() != 1) return false;
    const auto* lit = std::get_if<ast::Literal>(&w.parts[0]);
    if (!lit) return false;
    if (!lit->quoted) {
        if (!lit->text.empty() && lit->text[0] == '~') return false;
        // `(`: an extended pattern such as @(a|b).txt (extglob).
        if (lit->text.find_first_of("*?(") != std::string::npos) return false;
        size_t open = lit->text.find('[');
        if (open != std::string::npos && lit->text.find(']', open + 1) != std::string::npos) return false;
    }
    text = &lit->text;
    return true;
}

}  // namespace

void expand_word(Shell& sh, const ast::Word& word, std::vector<std::string>& out) {
    if (sh.opt.braceexpand && has_brace(word)) {
        auto words = brace_expand(word);
        if (!words.empty()) {
            for (const auto& w : words) {
                Builder b(sh, Mode::Fields, false);
                b.word(w);
                b.finish_fields(out);
            }
            return;
        }
    }
    const std::string* text = nullptr;
    if (simple_literal(word, text)) {
        out.push_back(*text);
        return;
    }
    Builder b(sh, Mode::Fields, false);
    b.word(word);
    b.finish_fields(out);
}

void expand_words(Shell& sh, const std::vector<ast::Word>& words, std::vector<std::string>& out) {
    for (const auto& w : words) expand_word(sh, w, out);
}

vars::ArrayLiteral expand_array_literal(Shell& sh, const std::vector<ast::ArrayElem>& elems) {
    vars::ArrayLiteral lit;
    for (const auto& e : elems) {
        if (e.key) {
            std::string key = expand_string(sh, *e.key);
            lit.items.emplace_back(std::move(key), expand_string(sh, e.value, true));
            continue;
        }
        std::vector<std::string> fields;
        expand_word(sh, e.value, fields);
        for (auto& f : fields) lit.items.emplace_back(std::nullopt, std::move(f));
    }
    return lit;
}

std::string expand_string(Shell& sh, const ast::Word& word, bool assignment) {
    if (!assignment) {
        const std::string* text = nullptr;
        if (word.parts.size() == 1 && simple_literal(word, text)) return *text;
    }
    Builder b(sh, Mode::String, assignment);
    b.word(word);
    return b.finish_string();
}

std::string expand_pattern(Shell& sh, const ast::Word& word) {
    Builder b(sh, Mode::Pattern, false);
    b.word(word);
    return b.finish_pattern();
}

std::string expand_regex(Shell& sh, const ast::Word& word) {
    Builder b(sh, Mode::Pattern, false);
    b.word(word);
    return b.finish_regex();
}

int regex_match(Shell& sh, const std::string& re, const std::string& text) {
    regex_t rx;
    if (::regcomp(&rx, re.c_str(), REG_EXTENDED) != 0) return 2;
    std::vector<regmatch_t> m(rx.re_nsub + 1);
    int rc = ::regexec(&rx, text.c_str(), m.size(), m.data(), 0);
    ::regfree(&rx);
    // BASH_REMATCH: [0] the whole match, [n] group n (empty when it took no part).
    if (rc == 0) {
        std::map<std::int64_t, std::string> groups;
        for (size_t i = 0; i < m.size(); ++i) {
            groups[static_cast<std::int64_t>(i)] =
                m[i].rm_so < 0 ? std::string()
                               : text.substr(static_cast<size_t>(m[i].rm_so), static_cast<size_t>(m[i].rm_eo - m[i].rm_so));
        }
        sh.vars.set_array("BASH_REMATCH", std::move(groups));
        return 0;
    }
    sh.vars.set_array("BASH_REMATCH", {});
    return 1;
}

bool is_pure(const ast::Word& word) {
    for (const auto& p : word.parts) {
        if (std::holds_alternative<ast::CommandSub>(p) || std::holds_alternative<ast::ArithExp>(p)) {
            return false;
        }
        if (const auto* pe = std::get_if<ast::ParamExp>(&p)) {
            if (pe->op == ast::ParamOp::Assign || pe->op == ast::ParamOp::Error ||
                pe->op == ast::ParamOp::Bad) {
                return false;
            }
            if (pe->arg && !is_pure(*pe->arg)) return false;
            if (pe->index) return false;  // ${a[i++]}: subscripts are arithmetic
        }
    }
    return true;
}

namespace {

/// The home directory of `name` from `getent passwd` (found in PATH): the static binary
/// only reads /etc/passwd itself, so users known through NSS modules (LDAP, sssd, systemd)
/// are asked of the system's getent. Only plain user names are passed on.
std::optional<std::string> getent_home(Shell& sh, const std::string& name) {
    if (name.empty() || name[0] == '-' ||
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") !=
            std::string::npos) {
        return std::nullopt;
    }
    const std::string tool = exec::find_command(sh, "getent");
    if (tool.empty()) return std::nullopt;
    std::string line;
    int status = 0;
    if (!sh.executor().capture_external(tool, {"getent", "passwd", name}, true, line, status) || status != 0) {
        return std::nullopt;
    }
    // name:password:uid:gid:gecos:home:shell
    size_t at = 0;
    for (int field = 0; field < 5; ++field) {
        at = line.find(':', at);
        if (at == std::string::npos) return std::nullopt;
        ++at;
    }
    const size_t end = line.find(':', at);
    if (end == std::string::npos || line.compare(0, name.size() + 1, name + ":") != 0) return std::nullopt;
    return line.substr(at, end - at);
}

}  // namespace

bool expand_tilde(Shell& sh, std::string_view prefix, std::string& out) {
    if (prefix.empty() || prefix[0] != '~') return false;
    std::string_view user = prefix.substr(1);
    if (user.empty()) {
        if (const std::string* home = sh.vars.get("HOME")) {
            out = *home;
            return true;
        }
        if (auto me = users::by_uid(::getuid())) {
            out = std::move(me->home);
            return true;
        }
        return false;
    }
    std::string name(user);
    if (auto u = users::by_name(name)) {
        out = std::move(u->home);
        return true;
    }
    if (auto home = getent_home(sh, name)) {
        out = std::move(*home);
        return true;
    }
    return false;
}

size_t ifs_char_at(std::string_view ifs, std::string_view text, size_t i) {
    if (static_cast<unsigned char>(text[i]) < 0x80 || MB_CUR_MAX == 1) {
        return ifs.find(text[i]) != std::string_view::npos ? 1 : 0;
    }
    for (size_t k = 0; k < ifs.size();) {
        const size_t len = char_len(ifs.substr(k));
        if (text.substr(i, len) == ifs.substr(k, len)) return len;
        k += len;
    }
    return 0;
}

}  // namespace ipsh::expand
