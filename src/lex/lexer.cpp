// lexer.cpp: token recognition (POSIX XCU 2.3), quoting (2.2) and the extent of expansions
// (2.6). Here-document bodies are read at the newline that follows their operator (2.7.4).
#include "lex/lexer.hpp"

#include "io/utf8.hpp"

#include <cctype>

namespace ipsh::lex {

namespace {

bool is_meta(int c) {
    switch (c) {
    case ' ': case '\t': case '\n': case ';': case '&': case '|':
    case '(': case ')': case '<': case '>':
        return true;
    default:
        return false;
    }
}

bool is_name_start(int c) { return c == '_' || (c >= 0 && c < 128 && std::isalpha(c)); }
bool is_name_char(int c) { return c == '_' || (c >= 0 && c < 128 && std::isalnum(c)); }
bool is_special_param(int c) {
    switch (c) {
    case '@': case '*': case '#': case '?': case '-': case '$': case '!': case '0':
        return true;
    default:
        return false;
    }
}

/// Appends one character to the last literal if its quoting matches, else starts a new one.
void add_char(std::vector<ast::WordPart>& parts, char c, bool quoted) {
    if (!parts.empty()) {
        if (auto* lit = std::get_if<ast::Literal>(&parts.back()); lit && lit->quoted == quoted) {
            lit->text.push_back(c);
            return;
        }
    }
    parts.emplace_back(ast::Literal{std::string(1, c), quoted});
}

}  // namespace

bool is_name(std::string_view s) {
    if (s.empty() || !is_name_start(static_cast<unsigned char>(s[0]))) return false;
    for (char c : s) {
        if (!is_name_char(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

namespace {

/// `{name}`: the word before a redirection operator that names a descriptor variable.
bool is_fd_var(std::string_view s) {
    return s.size() > 2 && s.front() == '{' && s.back() == '}' && is_name(s.substr(1, s.size() - 2));
}

}  // namespace

std::string unquote(std::string_view raw) {
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\\' && i + 1 < raw.size()) {
            out.push_back(raw[++i]);
        } else if (c == '\'') {
            while (++i < raw.size() && raw[i] != '\'') out.push_back(raw[i]);
        } else if (c == '"') {
            while (++i < raw.size() && raw[i] != '"') {
                if (raw[i] == '\\' && i + 1 < raw.size() &&
                    std::string_view("$`\"\\\n").find(raw[i + 1]) != std::string_view::npos) {
                    ++i;
                }
                out.push_back(raw[i]);
            }
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string describe(const Token& t) {
    switch (t.kind) {
    case Tok::Word: case Tok::IoNumber: return t.text;
    case Tok::IoVar: return "{" + t.text + "}";
    case Tok::AndGreat: return "&>";
    case Tok::AndDGreat: return "&>>";
    case Tok::Newline: return "newline";
    case Tok::Eof: return "end of file";
    case Tok::AndIf: return "&&";
    case Tok::OrIf: return "||";
    case Tok::DSemi: return ";;";
    case Tok::SemiAnd: return ";&";
    case Tok::DSemiAnd: return ";;&";
    case Tok::DLess: return "<<";
    case Tok::DLessDash: return "<<-";
    case Tok::DGreat: return ">>";
    case Tok::LessAnd: return "<&";
    case Tok::GreatAnd: return ">&";
    case Tok::LessGreat: return "<>";
    case Tok::Clobber: return ">|";
    case Tok::Less: return "<";
    case Tok::Great: return ">";
    case Tok::Pipe: return "|";
    case Tok::PipeAmp: return "|&";
    case Tok::Amp: return "&";
    case Tok::Semi: return ";";
    case Tok::LParen: return "(";
    case Tok::RParen: return ")";
    case Tok::TLess: return "<<<";
    case Tok::ArithCmd: return "((";
    }
    return "?";
}

void Lexer::fail(const std::string& msg, bool at_eof, int line) {
    throw SyntaxFailure{line < 0 ? r_.line() : line, msg, at_eof};
}

Token Lexer::next() {
    for (;;) {
        int c = r_.peek();
        if (c == ' ' || c == '\t') {
            r_.get();
        } else if (c == '\\' && r_.peek(1) == '\n') {
            r_.get();
            r_.get();
        } else if (c == '#') {
            while (r_.peek() >= 0 && r_.peek() != '\n') r_.get();
        } else {
            break;
        }
    }
    Token t;
    t.line = r_.line();
    t.start = r_.pos();
    int c = r_.peek();
    // Operator characters are looked at past backslash-newlines, which are removed before
    // tokens are recognised (XCU 2.2.1): `&\<newline>&` is `&&`.
    auto at = [&](size_t n) {
        size_t k = 0;
        for (size_t seen = 0;; ++k, ++seen) {
            while (r_.peek(k) == '\\' && r_.peek(k + 1) == '\n') k += 2;
            if (seen == n) return r_.peek(k);
        }
    };
    auto op = [&](Tok k, int n) {
        for (int i = 0; i < n; ++i) {
            skip_continuations();
            r_.get();
        }
        t.kind = k;
    };
    // <(list) and >(list) (bash, ksh) are process substitutions: words, not redirections.
    const bool procsub = (c == '<' || c == '>') && at(1) == '(';
    switch (procsub ? 0 : c) {
    case -1:
        read_heredocs();
        t.kind = Tok::Eof;
        break;
    case '\n':
        r_.get();
        t.kind = Tok::Newline;
        read_heredocs();
        break;
    case '&':
        // `&>` and `&>>` are bash's: POSIX reads `cmd &>f` as `cmd &` then `>f` (dash).
        if (at(1) == '&') op(Tok::AndIf, 2);
        else if (at(1) == '>' && at(2) == '>') op(Tok::AndDGreat, 3);
        else if (at(1) == '>') op(Tok::AndGreat, 2);
        else op(Tok::Amp, 1);
        break;
    case '|':
        if (at(1) == '|') op(Tok::OrIf, 2);
        else if (at(1) == '&') op(Tok::PipeAmp, 2);
        else op(Tok::Pipe, 1);
        break;
    case ';':
        if (at(1) == ';' && at(2) == '&') op(Tok::DSemiAnd, 3);
        else if (at(1) == ';') op(Tok::DSemi, 2);
        else if (at(1) == '&') op(Tok::SemiAnd, 2);
        else op(Tok::Semi, 1);
        break;
    case '<':
        if (at(1) == '<' && at(2) == '<') op(Tok::TLess, 3);
        else if (at(1) == '<') op(at(2) == '-' ? Tok::DLessDash : Tok::DLess, at(2) == '-' ? 3 : 2);
        else if (at(1) == '&') op(Tok::LessAnd, 2);
        else if (at(1) == '>') op(Tok::LessGreat, 2);
        else op(Tok::Less, 1);
        break;
    case '>':
        if (at(1) == '>') op(Tok::DGreat, 2);
        else if (at(1) == '&') op(Tok::GreatAnd, 2);
        else if (at(1) == '|') op(Tok::Clobber, 2);
        else op(Tok::Great, 1);
        break;
    case '(':
        if (r_.peek(1) == '(' && try_arith_command(t)) break;
        op(Tok::LParen, 1);
        break;
    case ')': op(Tok::RParen, 1); break;
    default: {
        bool plain = true;
        t.word = scan_word(Mode::Unquoted, plain);
        t.kind = Tok::Word;
        t.plain = plain;
        t.text = r_.text(t.start, r_.pos());
        if (plain && t.text.find("\\\n") != std::string::npos) {
            // `i\<newline>f` is the word `if` (for reserved words and aliases too).
            t.text = t.word.parts.empty() ? std::string()
                                          : std::get<ast::Literal>(t.word.parts.front()).text;
        }
        t.word.raw = t.text;
        t.word.pos.line = t.line;
        if (plain) {
            int n = r_.peek();
            bool digits = !t.text.empty();
            for (char d : t.text) digits = digits && d >= '0' && d <= '9';
            if (digits && (n == '<' || n == '>')) t.kind = Tok::IoNumber;
            if (!digits && (n == '<' || n == '>') && is_fd_var(t.text)) {
                // {name}>file (bash): the shell picks the descriptor and stores it in name.
                t.kind = Tok::IoVar;
                t.text = t.text.substr(1, t.text.size() - 2);
            }
        }
        break;
    }
    }
    t.end = r_.pos();
    if (t.kind != Tok::Word && t.kind != Tok::IoNumber && t.kind != Tok::IoVar) t.text = describe(t);
    return t;
}

ast::Word Lexer::scan_word(Mode mode, bool& plain) {
    struct NestGuard {
        int& d;
        ~NestGuard() { --d; }
    } nest_guard{++depth_};
    // An extra character that ends this word (the ':' of ${x:1:2}, the '/' of ${x/a/b});
    // words nested in it do not inherit it.
    const int stop = stop_char_;
    stop_char_ = 0;
    if (depth_ > 1000) fail("syntax error: expansions nested too deeply", false);
    ast::Word w;
    w.pos.line = r_.line();
    auto& parts = w.parts;
    const bool quoted_ctx = mode == Mode::ParamArgQuoted || mode == Mode::HereDoc || mode == Mode::Arith;
    int depth = 0;
    const int start_line = r_.line();
    int key_depth = mode == Mode::Unquoted && array_elements && r_.peek() == '[' ? 0 : -1;
    int group_depth = 0;  // inside @(...) and the like (extglob): see `extglob`
    int prev = 0;         // the previous character, when it was read unquoted
    for (;;) {
        int c = r_.peek();
        const int before = prev;
        prev = 0;
        const bool after_op =
            before == '?' || before == '*' || before == '+' || before == '@' || before == '!';
        const bool opens = c == '(' && extglob && after_op;
        if (mode == Mode::Unquoted && (opens || (group_depth > 0 && (c == '(' || c == ')')))) {
            // `echo !(*.txt)`, `case $x in @(a|b))`: the parentheses nest, and what they hold,
            // `|` and blanks included, is part of the word (bash).
            group_depth += c == '(' ? 1 : -1;
            r_.get();
            add_char(parts, static_cast<char>(c), false);
            continue;
        }
        if (key_depth >= 0 && (c == '[' || c == ']')) {
            key_depth += c == '[' ? 1 : -1;
            if (key_depth < 0) key_depth = -1;
        } else if (key_depth > 0 && (c == ' ' || c == '\t')) {
            r_.get();
            add_char(parts, static_cast<char>(c), false);
            continue;
        }
        if (c < 0) {
            if (group_depth > 0) {
                fail("syntax error: unexpected end of file while looking for matching ')'", true,
                     start_line);
            }
            if (mode == Mode::ParamArg || mode == Mode::ParamArgQuoted) {
                fail("syntax error: unexpected end of file while looking for matching '}'", true, start_line);
            }
            if (mode == Mode::Arith) fail("syntax error: unexpected end of file while looking for matching '))'", true, start_line);
            break;
        }
        if (mode == Mode::Unquoted && (c == '<' || c == '>') && r_.peek(1) == '(') {
            // <(list) or >(list) (bash): also inside a word, as in --file=<(list).
            r_.get();
            r_.get();
            ast::CommandSub cs;
            cs.body = sub_.parse_cmdsub(r_);
            cs.process = static_cast<char>(c);
            parts.emplace_back(std::move(cs));
            plain = false;
            continue;
        }
        if (mode == Mode::Unquoted && group_depth == 0 && is_meta(c)) break;
        if ((mode == Mode::ParamArg || mode == Mode::ParamArgQuoted) && c == '}') break;
        if (stop == ']' && c == '[') {
            ++depth;  // a[b[1]]: brackets nest in a subscript
        } else if (stop != 0 && c == stop) {
            if (stop != ']' || depth == 0) break;
            --depth;
        }
        if (mode == Mode::Arith) {
            if (c == '(') {
                ++depth;
            } else if (c == ')') {
                if (depth == 0) break;
                --depth;
            }
        }
        if (c == '\\') {
            r_.get();
            int n = r_.peek();
            if (n == '\n') {
                r_.get();
                continue;
            }
            plain = false;
            if (n < 0) {
                add_char(parts, '\\', true);
                continue;
            }
            bool escapes = false;
            switch (mode) {
            case Mode::Unquoted:
            case Mode::ParamArg: escapes = true; break;
            case Mode::HereDoc: escapes = n == '$' || n == '`' || n == '\\'; break;
            case Mode::ParamArgQuoted:
            case Mode::Arith: escapes = n == '$' || n == '`' || n == '\\' || n == '"' || n == '}'; break;
            }
            if (escapes) {
                r_.get();
                add_char(parts, static_cast<char>(n), true);
            } else {
                add_char(parts, '\\', true);
            }
            continue;
        }
        if (c == '\'' && (mode == Mode::Unquoted || mode == Mode::ParamArg)) {
            int line = r_.line();
            r_.get();
            plain = false;
            std::string text;
            for (;;) {
                int d = r_.get();
                if (d < 0) fail("syntax error: unexpected end of file while looking for matching \"'\"", true, line);
                if (d == '\'') break;
                text.push_back(static_cast<char>(d));
            }
            parts.emplace_back(ast::Literal{std::move(text), true});
            continue;
        }
        if (c == '"' && mode != Mode::HereDoc) {
            r_.get();
            plain = false;
            scan_dquote(parts);
            continue;
        }
        if (c == '$') {
            size_t before = parts.size();
            scan_dollar(parts, quoted_ctx);
            if (parts.size() != before) {
                const auto* lit = std::get_if<ast::Literal>(&parts.back());
                if (!lit || lit->quoted) plain = false;  // an expansion, or $'...'
            }
            continue;
        }
        if (c == '`') {
            plain = false;
            scan_backquote(parts, quoted_ctx);
            continue;
        }
        r_.get();
        add_char(parts, static_cast<char>(c), quoted_ctx);
        if (!quoted_ctx) prev = c;
    }
    return w;
}

void Lexer::scan_dquote(std::vector<ast::WordPart>& parts) {
    const int line = r_.line();
    const size_t before = parts.size();
    for (;;) {
        int c = r_.peek();
        if (c < 0) fail("syntax error: unexpected end of file while looking for matching '\"'", true, line);
        if (c == '"') {
            r_.get();
            break;
        }
        if (c == '\\') {
            r_.get();
            int n = r_.peek();
            if (n == '\n') {
                r_.get();
                continue;
            }
            if (n == '$' || n == '`' || n == '"' || n == '\\') {
                r_.get();
                add_char(parts, static_cast<char>(n), true);
            } else {
                add_char(parts, '\\', true);
            }
            continue;
        }
        if (c == '$') {
            scan_dollar(parts, true);
            continue;
        }
        if (c == '`') {
            scan_backquote(parts, true);
            continue;
        }
        r_.get();
        add_char(parts, static_cast<char>(c), true);
    }
    if (parts.size() == before) parts.emplace_back(ast::Literal{"", true});
}

void Lexer::skip_continuations() {
    while (r_.peek() == '\\' && r_.peek(1) == '\n') {
        r_.get();
        r_.get();
    }
}

void Lexer::scan_dollar_single(std::vector<ast::WordPart>& parts) {
    const int line = r_.line();
    r_.get();  // '\''
    std::string text;
    auto hex = [](int d) { return io::hex_digit(d); };
    auto put_utf8 = [&](std::uint32_t cp) { io::append_utf8(text, cp); };
    bool nul = false;  // text after an escaped NUL is dropped, as in bash
    auto put = [&](int ch) {
        if (ch == 0) nul = true;
        if (!nul) text.push_back(static_cast<char>(ch));
    };
    for (;;) {
        int c = r_.get();
        if (c < 0) fail("syntax error: unexpected end of file while looking for matching \"'\"", true, line);
        if (c == '\'') break;
        if (c != '\\') {
            put(c);
            continue;
        }
        int e = r_.get();
        if (e < 0) fail("syntax error: unexpected end of file while looking for matching \"'\"", true, line);
        switch (e) {
        case 'a': put('\a'); break;
        case 'b': put('\b'); break;
        case 'e': case 'E': put(033); break;
        case 'f': put('\f'); break;
        case 'n': put('\n'); break;
        case 'r': put('\r'); break;
        case 't': put('\t'); break;
        case 'v': put('\v'); break;
        case '\\': case '\'': case '"': case '?': put(e); break;
        case 'c': {
            // \cX: the control character X & 037 (\c\\ is FS).
            int x = r_.get();
            if (x < 0) fail("syntax error: unexpected end of file while looking for matching \"'\"", true, line);
            if (x == '\\' && r_.peek() == '\\') r_.get();
            put(x == '?' ? 0177 : (x & 037));
            break;
        }
        case 'x': {
            int v = 0;
            int n = 0;
            while (n < 2 && hex(r_.peek()) >= 0) {
                v = v * 16 + hex(r_.get());
                ++n;
            }
            if (n == 0) {
                put('\\');
                put('x');
            } else {
                put(v);
            }
            break;
        }
        case 'u': case 'U': {
            std::uint32_t v = 0;
            int n = 0;
            const int max = e == 'u' ? 4 : 8;
            while (n < max && hex(r_.peek()) >= 0) {
                v = v * 16 + static_cast<std::uint32_t>(hex(r_.get()));
                ++n;
            }
            if (n == 0) {
                put('\\');
                put(e);
            } else if (v == 0) {
                nul = true;
            } else if (!nul) {
                put_utf8(v);
            }
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int n = 1; n < 3 && r_.peek() >= '0' && r_.peek() <= '7'; ++n) {
                    v = v * 8 + (r_.get() - '0');
                }
                put(v & 0xff);
            } else {
                put('\\');
                put(e);
            }
        }
    }
    parts.emplace_back(ast::Literal{std::move(text), true});
}

void Lexer::scan_dollar(std::vector<ast::WordPart>& parts, bool quoted) {
    r_.get();  // '$'
    // A backslash-newline is removed before tokens are recognised (XCU 2.2.1): `$\<nl>?` is $?.
    skip_continuations();
    int c = r_.peek();
    if (c == '{') {
        scan_param(parts, quoted);
    } else if (c == '\'' && !quoted) {
        scan_dollar_single(parts);
    } else if (c == '"' && !quoted) {
        // $"..." (bash): a string to translate in the current locale. ipsh has no message
        // catalogues, so it is "..." (what bash does when there is no translation).
        r_.get();
        scan_dquote(parts);
    } else if (c == '(') {
        if (r_.peek(1) == '(' && try_arith(parts, quoted)) return;
        r_.get();
        ast::CommandSub cs;
        cs.body = sub_.parse_cmdsub(r_);
        cs.quoted = quoted;
        parts.emplace_back(std::move(cs));
    } else if (is_name_start(c)) {
        ast::ParamExp p;
        for (;;) {
            skip_continuations();
            if (!is_name_char(r_.peek())) break;
            p.name.push_back(static_cast<char>(r_.get()));
        }
        p.quoted = quoted;
        parts.emplace_back(std::move(p));
    } else if ((c >= '0' && c <= '9') || is_special_param(c)) {
        ast::ParamExp p;
        p.name.push_back(static_cast<char>(r_.get()));
        p.quoted = quoted;
        parts.emplace_back(std::move(p));
    } else {
        add_char(parts, '$', quoted);
    }
}

namespace {
/// Thrown inside scan_param_body() at the first character that makes ${...} malformed.
struct BadSubstitution {};
}  // namespace

void Lexer::scan_param(std::vector<ast::WordPart>& parts, bool quoted) {
    const int line = r_.line();
    const size_t open = r_.pos();  // the '{'
    try {
        scan_param_body(parts, quoted, line);
    } catch (const BadSubstitution&) {
        // A malformed ${...} (`${x/a/b}`, `${%}`) is an error only when it is expanded, as in
        // dash and bash: a script may keep such code in a branch it never runs. The rest is
        // read like an operator's word, so nested expansions and quotes find the right '}'.
        bool plain = true;
        scan_word(quoted ? Mode::ParamArgQuoted : Mode::ParamArg, plain);
        if (r_.peek() != '}') {
            fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
        }
        r_.get();
        ast::ParamExp p;
        p.op = ast::ParamOp::Bad;
        p.quoted = quoted;
        p.name = "$" + r_.text(open, r_.pos());
        parts.emplace_back(std::move(p));
    }
}

void Lexer::scan_param_body(std::vector<ast::WordPart>& parts, bool quoted, int line) {
    r_.get();  // '{'
    skip_continuations();
    ast::ParamExp p;
    p.quoted = quoted;
    auto bad = []() { throw BadSubstitution{}; };
    auto read_name = [&]() {
        skip_continuations();
        int c = r_.peek();
        if (is_name_start(c)) {
            for (;;) {
                skip_continuations();
                if (!is_name_char(r_.peek())) break;
                p.name.push_back(static_cast<char>(r_.get()));
            }
        } else if (c >= '0' && c <= '9') {
            while (r_.peek() >= '0' && r_.peek() <= '9') p.name.push_back(static_cast<char>(r_.get()));
        } else if (is_special_param(c)) {
            p.name.push_back(static_cast<char>(r_.get()));
        } else if (c < 0) {
            fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
        } else {
            bad();
        }
    };
    // ${a[i]} ${a[@]} ${a[*]}: a subscript after a name (bash).
    auto read_subscript = [&]() {
        if (r_.peek() != '[' || !is_name_start(static_cast<unsigned char>(p.name[0]))) return;
        r_.get();
        if ((r_.peek() == '@' || r_.peek() == '*') && r_.peek(1) == ']') {
            p.all = static_cast<char>(r_.get());
            r_.get();
            return;
        }
        bool plain = true;
        stop_char_ = ']';
        // Quotes in a subscript are removed, also inside "...": "${h['a b']}" (bash).
        p.index = std::make_shared<ast::Word>(scan_word(Mode::ParamArg, plain));
        if (r_.peek() < 0) fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
        if (r_.peek() != ']') bad();
        r_.get();
    };
    if (r_.peek() == '!' && is_name_start(r_.peek(1))) {
        // ${!name}: indirection; ${!a[@]}: the subscripts; ${!prefix*}: names (bash).
        r_.get();
        p.indirect = true;
        read_name();
        read_subscript();
        const int c = r_.peek();
        if (p.all && c == '}') {
            p.indirect = false;
            p.op = ast::ParamOp::Keys;
        } else if (!p.index && !p.all && (c == '@' || c == '*') && r_.peek(1) == '}') {
            p.indirect = false;
            p.op = ast::ParamOp::Names;
            p.all = static_cast<char>(r_.get());
        }
    } else if (r_.peek() == '#') {
        int n = r_.peek(1);
        if (n == '}') {
            p.name = "#";
            r_.get();
        } else if (is_name_start(n) || (n >= '0' && n <= '9') || is_special_param(n)) {
            // ${#x} is the length of x; but ${#-w} and ${#?w} apply an operator to $#.
            // So do ${##p} and ${###p}: $# with a prefix removal (dash, bash).
            bool op_on_count = (n == '-' || n == '?' || n == '=' || n == '+' || n == '#') &&
                               r_.peek(2) != '}';
            r_.get();
            if (op_on_count) {
                p.name = "#";
            } else {
                p.op = ast::ParamOp::Length;
                read_name();
                read_subscript();
                if (r_.peek() != '}') bad();
                r_.get();
                parts.emplace_back(std::move(p));
                return;
            }
        } else {
            r_.get();
            p.name = "#";
        }
    } else {
        read_name();
        read_subscript();
    }
    skip_continuations();
    int c = r_.peek();
    bool pattern = false;
    switch (c) {
    case '}':
        r_.get();
        parts.emplace_back(std::move(p));
        return;
    case ':': {
        r_.get();
        int d = r_.peek();
        if (d != '-' && d != '=' && d != '?' && d != '+') {
            // ${x:offset[:length]} (bash): both are arithmetic expressions.
            p.op = ast::ParamOp::Substring;
            bool plain = true;
            stop_char_ = ':';
            p.arg = std::make_shared<ast::Word>(scan_word(Mode::ParamArgQuoted, plain));
            if (r_.peek() == ':') {
                r_.get();
                p.arg2 = std::make_shared<ast::Word>(scan_word(Mode::ParamArgQuoted, plain));
            }
            if (r_.peek() != '}') fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
            r_.get();
            parts.emplace_back(std::move(p));
            return;
        }
        p.colon = true;
        if (d == '-') p.op = ast::ParamOp::Default;
        else if (d == '=') p.op = ast::ParamOp::Assign;
        else if (d == '?') p.op = ast::ParamOp::Error;
        else p.op = ast::ParamOp::Alternative;
        r_.get();
        break;
    }
    case '/': {
        // ${x/pattern/replacement} and the //, /# and /% forms (bash).
        r_.get();
        p.op = ast::ParamOp::Replace;
        int d = r_.peek();
        if (d == '/' || d == '#' || d == '%') {
            p.mode = static_cast<char>(d);
            r_.get();
        }
        bool plain = true;
        stop_char_ = '/';
        p.arg = std::make_shared<ast::Word>(scan_word(Mode::ParamArg, plain));
        if (r_.peek() == '/') {
            r_.get();
            p.arg2 = std::make_shared<ast::Word>(scan_word(quoted ? Mode::ParamArgQuoted : Mode::ParamArg, plain));
        }
        if (r_.peek() != '}') fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
        r_.get();
        parts.emplace_back(std::move(p));
        return;
    }
    case '^':
    case ',': {
        // ${x^} ${x^^} ${x,} ${x,,} (bash), with an optional pattern for the characters.
        const int c1 = r_.get();
        p.op = c1 == '^' ? ast::ParamOp::Upper : ast::ParamOp::Lower;
        if (r_.peek() == c1) {
            r_.get();
            p.mode = 'a';
        }
        if (r_.peek() != '}') {
            bool plain = true;
            p.arg = std::make_shared<ast::Word>(scan_word(Mode::ParamArg, plain));
        }
        if (r_.peek() != '}') fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
        r_.get();
        parts.emplace_back(std::move(p));
        return;
    }
    case '@': {
        // ${x@Q} and the other transformations (bash).
        r_.get();
        const int d = r_.peek();
        if (d < 0) fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
        if (std::string_view("QEULua").find(static_cast<char>(d)) == std::string_view::npos || r_.peek(1) != '}') bad();
        p.op = ast::ParamOp::Transform;
        p.mode = static_cast<char>(r_.get());
        r_.get();
        parts.emplace_back(std::move(p));
        return;
    }
    case '-': p.op = ast::ParamOp::Default; r_.get(); break;
    case '=': p.op = ast::ParamOp::Assign; r_.get(); break;
    case '?': p.op = ast::ParamOp::Error; r_.get(); break;
    case '+': p.op = ast::ParamOp::Alternative; r_.get(); break;
    case '%':
    case '#': {
        // % and # remove a suffix or prefix; doubled, the longest match.
        const int c = r_.get();
        const bool longest = r_.peek() == c;
        if (longest) r_.get();
        pattern = true;
        if (c == '%') {
            p.op = longest ? ast::ParamOp::RemoveLongSuffix : ast::ParamOp::RemoveSuffix;
        } else {
            p.op = longest ? ast::ParamOp::RemoveLongPrefix : ast::ParamOp::RemovePrefix;
        }
        break;
    }
    case -1: fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
    default: bad();
    }
    bool plain = true;
    Mode mode = (pattern || !quoted) ? Mode::ParamArg : Mode::ParamArgQuoted;
    p.arg = std::make_shared<ast::Word>(scan_word(mode, plain));
    if (r_.peek() != '}') fail("syntax error: unexpected end of file while looking for matching '}'", true, line);
    r_.get();
    parts.emplace_back(std::move(p));
}

std::optional<ast::Word> Lexer::scan_double_paren() {
    const Reader::Mark m = r_.mark();
    const size_t pending = pending_.size();
    r_.get();
    r_.get();
    try {
        bool plain = true;
        ast::Word expr = scan_word(Mode::Arith, plain);
        if (r_.peek() == ')' && r_.peek(1) == ')') {
            r_.get();
            r_.get();
            return expr;
        }
    } catch (const SyntaxFailure&) {
        // Not arithmetic after all: the caller re-reads it as parentheses.
    }
    pending_.resize(pending);
    r_.reset(m);
    return std::nullopt;
}

bool Lexer::try_arith(std::vector<ast::WordPart>& parts, bool quoted) {
    std::optional<ast::Word> expr = scan_double_paren();
    if (!expr) return false;  // re-read as $( ( ... ) ... )
    parts.emplace_back(ast::ArithExp{std::make_shared<ast::Word>(std::move(*expr)), quoted});
    return true;
}

bool Lexer::try_arith_command(Token& t) {
    std::optional<ast::Word> expr = scan_double_paren();
    if (!expr) return false;  // re-read as ( ( ... ) ... )
    expr->raw = r_.text(t.start + 2, r_.pos() - 2);
    expr->pos.line = t.line;
    t.word = std::move(*expr);
    t.kind = Tok::ArithCmd;
    return true;
}

void Lexer::scan_backquote(std::vector<ast::WordPart>& parts, bool quoted) {
    const int line = r_.line();
    r_.get();  // '`'
    std::string text;
    for (;;) {
        int c = r_.get();
        if (c < 0) fail("syntax error: unexpected end of file while looking for matching '`'", true, line);
        if (c == '`') break;
        if (c == '\\') {
            int n = r_.peek();
            if (n == '$' || n == '`' || n == '\\' || (quoted && n == '"')) {
                text.push_back(static_cast<char>(r_.get()));
                continue;
            }
        }
        text.push_back(static_cast<char>(c));
    }
    ast::CommandSub cs;
    cs.body = sub_.parse_text(text, line);
    cs.quoted = quoted;
    cs.backquote = true;
    parts.emplace_back(std::move(cs));
}

void Lexer::read_heredocs() {
    auto docs = std::move(pending_);
    pending_.clear();
    for (auto& h : docs) {
        std::string body;
        const int body_line = r_.line();
        while (r_.peek() >= 0) {
            std::string line;
            bool newline = false;
            auto read_physical = [&]() {
                for (;;) {
                    int c = r_.get();
                    if (c < 0) return;
                    if (c == '\n') {
                        newline = true;
                        return;
                    }
                    line.push_back(static_cast<char>(c));
                }
            };
            read_physical();
            if (h->strip_tabs) line.erase(0, line.find_first_not_of('\t'));
            if (!h->quoted) {
                // A backslash-newline joins lines before the delimiter is looked for.
                for (;;) {
                    size_t bs = 0;
                    while (bs < line.size() && line[line.size() - 1 - bs] == '\\') ++bs;
                    if (bs % 2 == 0 || !newline || r_.peek() < 0) break;
                    line.push_back('\n');
                    newline = false;
                    // <<- strips the tabs of each logical line only: the tabs after a
                    // backslash-newline stay (dash, bash).
                    read_physical();
                }
            }
            if (line == h->delimiter) break;
            body += line;
            body.push_back('\n');
            if (!newline) break;
        }
        h->filled = true;
        if (h->quoted) {
            h->body.parts.clear();
            h->body.parts.emplace_back(ast::Literal{body, true});
            h->body.raw = body;
        } else {
            h->body = parse_heredoc_text(body, body_line, sub_);
        }
    }
}

ast::Word Lexer::parse_heredoc_text(const std::string& text, int line, CmdSubParser& sub) {
    StringSource src(text);
    Reader rd(src, line);
    Lexer lx(rd, sub);
    bool plain = true;
    ast::Word w = lx.scan_word(Mode::HereDoc, plain);
    w.raw = text;
    return w;
}

}  // namespace ipsh::lex
