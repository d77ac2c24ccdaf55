// parser.cpp: one function per production of XCU 2.10.2. Reserved words are recognised here,
// only where the grammar allows them; aliases are substituted at command position.
#include "parse/parser.hpp"

#include <array>

namespace ipsh::parse {

using lex::Tok;
using lex::Token;
using lex::SyntaxFailure;

namespace {

constexpr int kMaxDepth = 500;

constexpr std::array<std::string_view, 16> kReserved = {
    "!", "case", "do", "done", "elif", "else", "esac", "fi",
    "for", "if", "in", "then", "until", "while", "{", "}",
};

bool is_reserved(const Token& t) {
    if (t.kind != Tok::Word || !t.plain) return false;
    for (auto w : kReserved) {
        if (t.text == w) return true;
    }
    return false;
}

bool is_redirect_op(Tok k) {
    switch (k) {
    case Tok::Less: case Tok::Great: case Tok::DGreat: case Tok::Clobber: case Tok::LessGreat:
    case Tok::LessAnd: case Tok::GreatAnd: case Tok::DLess: case Tok::DLessDash: case Tok::TLess:
    case Tok::AndGreat: case Tok::AndDGreat:
        return true;
    default:
        return false;
    }
}

/// Where the subscript that opens at parts[0].text[open] ('[') closes: the parts inside go
/// to `sub`; returns the part holding the ']' and sets `after` to the offset just past it.
/// Only unquoted brackets count. nullopt when it does not close.
std::optional<size_t> split_subscript(const std::vector<ast::WordPart>& parts, size_t open, ast::Word& sub,
                                      size_t& after) {
    int depth = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        const auto* lit = std::get_if<ast::Literal>(&parts[i]);
        if (!lit || lit->quoted) {
            if (i == 0) return std::nullopt;
            sub.parts.push_back(parts[i]);
            continue;
        }
        size_t from = i == 0 ? open + 1 : 0;
        for (size_t k = from; k < lit->text.size(); ++k) {
            char c = lit->text[k];
            if (c == '[') ++depth;
            if (c != ']') continue;
            if (depth-- > 0) continue;
            if (k > from) sub.parts.emplace_back(ast::Literal{lit->text.substr(from, k - from), false});
            after = k + 1;
            return i;
        }
        if (lit->text.size() > from) sub.parts.emplace_back(ast::Literal{lit->text.substr(from), false});
    }
    return std::nullopt;
}

/// The rest of a word after `=`: the remainder of literal parts[part] from `from`, then the
/// parts after it.
ast::Word word_rest(const ast::Word& w, size_t part, size_t from) {
    ast::Word out;
    out.pos = w.pos;
    const std::string& text = std::get<ast::Literal>(w.parts[part]).text;
    if (from < text.size()) out.parts.emplace_back(ast::Literal{text.substr(from), false});
    for (size_t i = part + 1; i < w.parts.size(); ++i) out.parts.push_back(w.parts[i]);
    return out;
}

/// NAME=value, NAME+=value, NAME[sub]=value or NAME[sub]+=value at the start of a word,
/// with NAME unquoted: an assignment (XCU 2.10.2 rule 7; += and subscripts from bash).
bool split_assignment(const Token& t, ast::Assignment& out) {
    if (t.kind != Tok::Word || t.word.parts.empty()) return false;
    const auto* lit = std::get_if<ast::Literal>(&t.word.parts.front());
    if (!lit || lit->quoted) return false;
    const std::string& text = lit->text;
    size_t n = 0;
    while (n < text.size() && (text[n] == '_' || std::isalnum(static_cast<unsigned char>(text[n])))) ++n;
    if (n == 0 || !lex::is_name(std::string_view(text).substr(0, n))) return false;
    size_t part = 0;
    size_t at = n;
    std::shared_ptr<ast::Word> index;
    if (at < text.size() && text[at] == '[') {
        ast::Word sub;
        size_t after = 0;
        std::optional<size_t> p = split_subscript(t.word.parts, at, sub, after);
        if (!p) return false;
        sub.pos = t.word.pos;
        index = std::make_shared<ast::Word>(std::move(sub));
        part = *p;
        at = after;
    }
    const std::string& rest = std::get<ast::Literal>(t.word.parts[part]).text;
    bool append = false;
    if (rest.compare(at, 2, "+=") == 0) {
        append = true;
        ++at;
    } else if (rest.compare(at, 1, "=") != 0) {
        return false;
    }
    out.name = text.substr(0, n);
    out.index = std::move(index);
    out.append = append;
    out.value = word_rest(t.word, part, at + 1);
    size_t eq = t.text.find(append ? "+=" : "=", index ? t.text.find(']') : 0);
    out.value.raw = eq == std::string::npos ? std::string() : t.text.substr(eq + (append ? 2 : 1));
    return true;
}

/// The words that take NAME=(...) operands, as bash's declaration builtins do.
bool takes_array_operands(const ast::Word& w) {
    if (w.parts.size() != 1) return false;
    const auto* lit = std::get_if<ast::Literal>(&w.parts[0]);
    if (!lit || lit->quoted) return false;
    const std::string& s = lit->text;
    return s == "declare" || s == "typeset" || s == "local" || s == "export" || s == "readonly";
}

struct DepthGuard {
    int& d;
    explicit DepthGuard(int& depth, int line) : d(depth) {
        if (++d > kMaxDepth) {
            --d;
            throw SyntaxFailure{line, "syntax error: commands nested too deeply", false};
        }
    }
    ~DepthGuard() { --d; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
};

}  // namespace

const Token& Parser::peek() {
    if (!peeked_) peeked_ = lex_.next();
    return *peeked_;
}

Token Parser::take() {
    peek();
    Token t = std::move(*peeked_);
    peeked_.reset();
    last_end_ = t.end;
    return t;
}

bool Parser::peek_reserved(std::string_view word) {
    const Token& t = peek();
    return t.kind == Tok::Word && t.plain && t.text == word;
}

struct Parser::OpenGuard {
    Parser& p;
    OpenGuard(Parser& parser, std::string_view closer, std::string_view opener, int line) : p(parser) {
        p.open_.push_back({closer, opener, line});
    }
    ~OpenGuard() { p.open_.pop_back(); }
    OpenGuard(const OpenGuard&) = delete;
    OpenGuard& operator=(const OpenGuard&) = delete;
};

void Parser::unexpected(const Token& t) {
    if (t.kind == Tok::Eof) {
        std::string m = "syntax error: unexpected end of file";
        if (!open_.empty()) {
            const Open& o = open_.back();
            m += " (expecting '" + std::string(o.closer) + "' to close '" + std::string(o.opener) +
                 "' from line " + std::to_string(o.line) + ")";
        }
        throw SyntaxFailure{t.line, m, true};
    }
    throw SyntaxFailure{t.line, "syntax error near unexpected token '" + lex::describe(t) + "'", false};
}

void Parser::expect(Tok k) {
    if (peek().kind != k) unexpected(peek());
    take();
}

void Parser::expect_reserved(std::string_view word, std::string_view construct) {
    (void)construct;
    if (!peek_reserved(word)) unexpected(peek());
    take();
}

void Parser::skip_newlines_cmd() {
    // An alias may expand to nothing but blanks (`alias b=' '; echo x | b<newline>cat`):
    // the newlines after it are skipped as if the alias word was not there.
    for (;;) {
        skip_newlines();
        if (!try_alias()) return;
    }
}

void Parser::skip_newlines() {
    while (peek().kind == Tok::Newline) take();
}

bool Parser::at_list_end() {
    // A command may start here: aliases are substituted before reserved words are looked
    // for, so `alias end='}'` and `alias t='then echo'` work (XCU 2.3.1).
    while (try_alias()) {
    }
    const Token& t = peek();
    switch (t.kind) {
    case Tok::Eof: case Tok::RParen: case Tok::DSemi: case Tok::SemiAnd: case Tok::DSemiAnd:
        return true;
    case Tok::Word:
        if (!t.plain) return false;
        return t.text == "then" || t.text == "else" || t.text == "elif" || t.text == "fi" ||
               t.text == "do" || t.text == "done" || t.text == "esac" || t.text == "}";
    default:
        return false;
    }
}

ParseResult Parser::next_command() {
    try {
        peeked_.reset();
        r_.start_command();
        alias_blank_.clear();
        // Like bash, `shopt -s extglob` counts from the next command read: the parser
        // runs nothing, so the option is read before each command.
        lex_.extglob = aliases_ && aliases_->extglob_enabled();
        while (try_alias()) {
        }
        const Token& t = peek();
        if (t.kind == Tok::Eof) return EndOfInput{};
        if (t.kind == Tok::Newline) {
            take();
            return ast::List{};
        }
        ast::List list = parse_list_top();
        const Token& end = peek();
        if (end.kind == Tok::Newline) {
            take();
        } else if (end.kind != Tok::Eof) {
            unexpected(end);
        }
        return list;
    } catch (const SyntaxFailure& f) {
        peeked_.reset();
        if (f.at_eof) return Incomplete{f.line, f.message};
        return SyntaxError{f.line, f.message};
    }
}

ast::List Parser::parse_list_top() {
    ast::List list;
    for (;;) {
        size_t start = peek().start;
        ast::ListItem item;
        item.and_or = parse_and_or();
        item.text = r_.text(start, last_end_);
        const Token& t = peek();
        if (t.kind == Tok::Semi || t.kind == Tok::Amp) {
            item.background = t.kind == Tok::Amp;
            take();
            list.items.push_back(std::move(item));
            while (try_alias()) {
            }
            const Token& n = peek();
            if (n.kind == Tok::Newline || n.kind == Tok::Eof) break;
            continue;
        }
        list.items.push_back(std::move(item));
        break;
    }
    return list;
}

ast::List Parser::parse_compound_list(bool allow_empty) {
    ast::List list;
    skip_newlines_cmd();
    for (;;) {
        if (at_list_end()) {
            if (list.items.empty() && !allow_empty) unexpected(peek());
            break;
        }
        size_t start = peek().start;
        ast::ListItem item;
        item.and_or = parse_and_or();
        item.text = r_.text(start, last_end_);
        const Token& t = peek();
        if (t.kind == Tok::Semi || t.kind == Tok::Amp) {
            item.background = t.kind == Tok::Amp;
            take();
            skip_newlines_cmd();
        } else if (t.kind == Tok::Newline) {
            skip_newlines_cmd();
        } else {
            list.items.push_back(std::move(item));
            if (!at_list_end()) unexpected(peek());
            break;
        }
        list.items.push_back(std::move(item));
    }
    return list;
}

ast::AndOr Parser::parse_and_or() {
    ast::AndOr ao;
    ao.pipelines.push_back(parse_pipeline());
    for (;;) {
        Tok k = peek().kind;
        if (k != Tok::AndIf && k != Tok::OrIf) break;
        take();
        skip_newlines_cmd();
        ao.ops.push_back(k == Tok::AndIf ? ast::AndOrOp::And : ast::AndOrOp::Or);
        ao.pipelines.push_back(parse_pipeline());
    }
    return ao;
}

ast::Pipeline Parser::parse_pipeline() {
    ast::Pipeline p;
    while (try_alias()) {
    }
    const Token& first = peek();
    size_t start = first.start;
    p.pos.line = first.line;
    if (first.kind == Tok::Word && first.plain && first.text == "time") {
        // `time` is a reserved word only here, at the start of a pipeline (bash).
        take();
        p.timed = true;
        if (peek().kind == Tok::Word && peek().plain && peek().text == "-p") {
            take();
            p.time_posix = true;
        }
        while (try_alias()) {
        }
        start = peek().start;
        switch (peek().kind) {
        case Tok::Newline: case Tok::Semi: case Tok::Amp: case Tok::Eof: case Tok::AndIf:
        case Tok::OrIf: case Tok::RParen: case Tok::DSemi: case Tok::SemiAnd: case Tok::DSemiAnd:
            // A lone `time` times nothing (bash).
            p.stages.emplace_back(ast::SimpleCommand{});
            p.text = "time";
            return p;
        default:
            break;
        }
    }
    if (peek_reserved("!")) {
        take();
        p.bang = true;
        start = peek().start;
    }
    p.stages.push_back(parse_command());
    while (peek_is(Tok::Pipe) || peek_is(Tok::PipeAmp)) {
        if (take().kind == Tok::PipeAmp) add_stderr_to_stdout(p.stages.back());
        skip_newlines_cmd();
        p.stages.push_back(parse_command());
    }
    p.text = r_.text(start, last_end_);
    return p;
}

bool Parser::try_alias() {
    if (!aliases_) return false;
    const Token& t = peek();
    // Reserved words are recognised before aliases: `alias if=:` does not change `if`.
    if (t.kind != Tok::Word || !t.plain || is_reserved(t)) return false;
    const std::string* value = aliases_->find_alias(t.text);
    if (!value || r_.inside_alias(t.text, t.start)) return false;
    Token word = take();
    // The lexer stopped right after the word, so the alias text goes exactly where it was.
    r_.splice(*value, word.text);
    if (!value->empty() && (value->back() == ' ' || value->back() == '\t')) {
        alias_blank_ = word.text;
    } else if (!r_.inside_alias(alias_blank_, word.start)) {
        // `alias w2='w1 ' w1=hi`: w1 is the start of w2's text, whose blank still makes the
        // word after w2 a candidate; otherwise the chain of blanks ends here.
        alias_blank_.clear();
    }
    return true;
}

void Parser::add_stderr_to_stdout(ast::Command& cmd) {
    // `a |& b` is `a 2>&1 | b` (bash): the 2>&1 comes after a's own redirections.
    ast::Redirect r;
    r.fd = 2;
    r.op = ast::RedirOp::DupOut;
    r.target.parts.emplace_back(ast::Literal{"1", false});
    r.target.raw = "1";
    std::visit(ast::overloaded{
                   [&](ast::SimpleCommand& c) { c.redirs.push_back(r); },
                   [&](ast::Box<ast::FuncDef>&) {},
                   [&](auto& c) { c->redirs.push_back(r); },
               },
               cmd);
}

bool Parser::try_blank_alias() {
    if (alias_blank_.empty()) return false;
    const Token& t = peek();
    if (t.kind != Tok::Word || r_.inside_alias(alias_blank_, t.start)) return false;
    alias_blank_.clear();
    if (!try_alias()) return false;
    // The alias text starts in the same place: its first word may be an alias too
    // (`alias i2='i1 ' i1='i '`).
    while (try_alias()) {
    }
    return true;
}

ast::Command Parser::parse_command() {
    DepthGuard guard(depth_, peek().line);
    while (try_alias()) {
    }
    const Token& t = peek();
    if (t.kind == Tok::LParen) return parse_subshell();
    if (t.kind == Tok::ArithCmd) {
        ast::ArithCommand a;
        a.pos.line = t.line;
        a.expr = take().word;
        parse_redirect_list(a.redirs);
        return ast::Box<ast::ArithCommand>(std::move(a));
    }
    if (t.kind == Tok::Word && t.plain) {
        if (t.text == "{") return parse_brace_group();
        if (t.text == "[[") return parse_cond();
        if (t.text == "if") return parse_if();
        if (t.text == "while") return parse_loop(false);
        if (t.text == "until") return parse_loop(true);
        if (t.text == "for") return parse_for();
        if (t.text == "case") return parse_case();
        if (is_reserved(t)) unexpected(t);
    }
    return parse_simple_command();
}

void Parser::parse_redirect_list(std::vector<ast::Redirect>& out) {
    while (parse_redirect(out)) {
    }
}

bool Parser::parse_redirect(std::vector<ast::Redirect>& out) {
    const Token& t = peek();
    int fd = -1;
    std::string fd_var;
    if (t.kind == Tok::IoNumber) {
        fd = 0;
        for (char c : t.text) {
            fd = fd * 10 + (c - '0');
            if (fd > 100000) fd = 100000;
        }
        take();
    } else if (t.kind == Tok::IoVar) {
        fd_var = t.text;
        take();
    } else if (!is_redirect_op(t.kind)) {
        return false;
    }
    Token op = take();
    ast::Redirect r;
    r.fd = fd;
    r.fd_var = std::move(fd_var);
    r.pos.line = op.line;
    switch (op.kind) {
    case Tok::Less: r.op = ast::RedirOp::In; break;
    case Tok::Great: r.op = ast::RedirOp::Out; break;
    case Tok::DGreat: r.op = ast::RedirOp::Append; break;
    case Tok::Clobber: r.op = ast::RedirOp::Clobber; break;
    case Tok::LessGreat: r.op = ast::RedirOp::ReadWrite; break;
    case Tok::LessAnd: r.op = ast::RedirOp::DupIn; break;
    case Tok::GreatAnd: r.op = ast::RedirOp::DupOut; break;
    case Tok::DLess: case Tok::DLessDash: r.op = ast::RedirOp::HereDoc; break;
    case Tok::TLess: r.op = ast::RedirOp::HereString; break;
    case Tok::AndGreat: r.op = ast::RedirOp::OutErr; break;
    case Tok::AndDGreat: r.op = ast::RedirOp::AppendErr; break;
    default: unexpected(op);
    }
    const Token& target = peek();
    if (target.kind != Tok::Word) unexpected(target);
    Token w = take();
    if (r.op == ast::RedirOp::HereDoc) {
        // A delimiter is only quote-removed, never expanded, so an unquoted $(...) or $((...))
        // in it is surely a mistake: a syntax error, as in dash (bash takes the text as is).
        for (const auto& part : w.word.parts) {
            const auto* cs = std::get_if<ast::CommandSub>(&part);
            const auto* ae = std::get_if<ast::ArithExp>(&part);
            if ((cs && !cs->backquote && !cs->quoted) || (ae && !ae->quoted)) {
                throw SyntaxFailure{w.line, "syntax error: bad here-document delimiter '" + w.text + "'", false};
            }
        }
        auto h = std::make_shared<ast::HereDoc>();
        h->strip_tabs = op.kind == Tok::DLessDash;
        h->quoted = w.text.find_first_of("'\"\\") != std::string::npos;
        h->delimiter = lex::unquote(w.text);
        lex_.add_heredoc(h);
        r.heredoc = std::move(h);
    }
    r.target = std::move(w.word);
    out.push_back(std::move(r));
    return true;
}

ast::Command Parser::parse_simple_command() {
    ast::SimpleCommand sc;
    sc.pos.line = peek().line;
    for (;;) {
        if (parse_redirect(sc.redirs)) {
            // `>/dev/null e args`: the first word after redirections is still the command name.
            if (sc.words.empty()) {
                while (try_alias()) {
                }
            }
            continue;
        }
        const Token& t = peek();
        if (t.kind != Tok::Word) break;
        if (sc.words.empty()) {
            ast::Assignment a;
            if (split_assignment(t, a)) {
                Token w = take();
                if (array_follows(w, a)) a.array = parse_array_literal();
                sc.assigns.push_back(std::move(a));
                while (try_alias()) {
                }
                continue;
            }
        } else if (try_blank_alias()) {
            continue;
        }
        Token w = take();
        if (sc.words.empty() && sc.assigns.empty() && sc.redirs.empty() && peek_is(Tok::LParen) &&
            w.plain) {
            return parse_function(std::move(w));
        }
        if (!sc.words.empty() && takes_array_operands(sc.words[0])) {
            ast::Assignment a;
            if (split_assignment(w, a) && array_follows(w, a)) {
                const size_t start = w.start;
                a.array = parse_array_literal();
                ast::Word text;
                text.raw = r_.text(start, last_end_);
                text.pos = w.word.pos;
                text.parts.emplace_back(ast::Literal{text.raw, true});
                sc.array_args.emplace_back(sc.words.size(), std::move(a));
                sc.words.push_back(std::move(text));
                continue;
            }
        }
        sc.words.push_back(std::move(w.word));
    }
    if (sc.words.empty() && sc.assigns.empty() && sc.redirs.empty()) unexpected(peek());
    return sc;
}

bool Parser::array_follows(const Token& w, const ast::Assignment& a) {
    return !a.index && a.value.parts.empty() && peek_is(Tok::LParen) && peek().start == w.end;
}

std::vector<ast::ArrayElem> Parser::parse_array_literal() {
    take();  // (
    std::vector<ast::ArrayElem> elems;
    struct KeyMode {
        lex::Lexer& lex;
        ~KeyMode() { lex.array_elements = false; }
    } key_mode{lex_};
    lex_.array_elements = true;
    for (;;) {
        const Token& t = peek();
        if (t.kind == Tok::Newline) {
            take();
            continue;
        }
        if (t.kind == Tok::RParen) {
            last_end_ = t.end;
            take();
            return elems;
        }
        if (t.kind != Tok::Word) unexpected(t);
        Token w = take();
        ast::ArrayElem e;
        const auto* lit = std::get_if<ast::Literal>(&w.word.parts.front());
        if (lit && !lit->quoted && !lit->text.empty() && lit->text[0] == '[') {
            // [key]=value
            ast::Word sub;
            size_t after = 0;
            std::optional<size_t> p = split_subscript(w.word.parts, 0, sub, after);
            if (p && std::get<ast::Literal>(w.word.parts[*p]).text.compare(after, 1, "=") == 0) {
                sub.pos = w.word.pos;
                e.key = std::make_shared<ast::Word>(std::move(sub));
                e.value = word_rest(w.word, *p, after + 1);
                e.value.raw = w.text;
                elems.push_back(std::move(e));
                continue;
            }
        }
        e.value = std::move(w.word);
        elems.push_back(std::move(e));
    }
}

ast::Command Parser::parse_function(Token name) {
    // Any plain word names a function (bash: foo-bar, file.ext, a=b); POSIX asks only for
    // names, as dash allows. Quotes, expansions and a slash (which would never be looked up
    // as a function) are refused.
    const bool plain = !name.text.empty() && name.text.find_first_of("$`'\"\\/") == std::string::npos;
    if (!plain) {
        throw SyntaxFailure{name.line, "syntax error: bad function name '" + name.text + "'", false};
    }
    take();  // (
    expect(Tok::RParen);
    skip_newlines();
    ast::FuncDef f;
    f.name = name.text;
    f.pos.line = name.line;
    const Token& t = peek();
    bool compound = t.kind == Tok::LParen || t.kind == Tok::ArithCmd ||
                    (t.kind == Tok::Word && t.plain &&
                     (t.text == "{" || t.text == "if" || t.text == "while" || t.text == "until" ||
                      t.text == "for" || t.text == "case" || t.text == "[["));
    if (!compound) unexpected(t);
    f.body = std::make_shared<const ast::Command>(parse_command());
    f.text = r_.text(name.start, last_end_);
    return ast::Box<ast::FuncDef>(std::move(f));
}

/// Splits the text of for ((a; b; c)) at its two top-level semicolons (unquoted, outside
/// expansions).
std::vector<ast::Word> Parser::split_arith_for(const ast::Word& w) {
    std::vector<ast::Word> out(1);
    for (const auto& p : w.parts) {
        // The lexer marks the text of (( )) as quoted (it is expanded like "..."); a ';' in
        // a literal part is still a separator.
        const auto* lit = std::get_if<ast::Literal>(&p);
        if (!lit) {
            out.back().parts.push_back(p);
            continue;
        }
        size_t start = 0;
        for (;;) {
            size_t semi = lit->text.find(';', start);
            std::string piece = lit->text.substr(start, semi == std::string::npos ? std::string::npos : semi - start);
            if (!piece.empty()) out.back().parts.emplace_back(ast::Literal{std::move(piece), lit->quoted});
            if (semi == std::string::npos) break;
            out.emplace_back();
            start = semi + 1;
        }
    }
    if (out.size() != 3) {
        throw SyntaxFailure{w.pos.line, "syntax error: for ((...)) needs three expressions separated by ';'", false};
    }
    for (auto& e : out) {
        e.pos = w.pos;
        bool blank = true;
        for (const auto& p : e.parts) {
            const auto* lit = std::get_if<ast::Literal>(&p);
            if (lit) e.raw += lit->text;
            blank = blank && lit && lit->text.find_first_not_of(" \t\n") == std::string::npos;
        }
        // `for (( ; ; i++ ))`: an expression of blanks is no expression (the condition true).
        if (blank) e.parts.clear();
    }
    return out;
}

/// [[ expression ]]: || binds loosest, then &&, then !; parentheses group. Operands are words;
/// < and > come from the lexer as redirection operators and are taken back as comparisons.
ast::Command Parser::parse_cond() {
    ast::CondCommand c;
    c.pos.line = take().line;
    OpenGuard open(*this, "]]", "[[", c.pos.line);
    c.expr = cond_or();
    if (!peek_reserved("]]")) unexpected(peek());
    take();
    parse_redirect_list(c.redirs);
    return ast::Box<ast::CondCommand>(std::move(c));
}

ast::CondNode Parser::cond_or() {
    ast::CondNode l = cond_and();
    while (skip_newlines(), peek_is(Tok::OrIf)) {
        take();
        skip_newlines();
        ast::CondNode n;
        n.kind = ast::CondNode::Kind::Or;
        n.kids.push_back(std::move(l));
        n.kids.push_back(cond_and());
        l = std::move(n);
    }
    return l;
}

ast::CondNode Parser::cond_and() {
    ast::CondNode l = cond_not();
    while (skip_newlines(), peek_is(Tok::AndIf)) {
        take();
        skip_newlines();
        ast::CondNode n;
        n.kind = ast::CondNode::Kind::And;
        n.kids.push_back(std::move(l));
        n.kids.push_back(cond_not());
        l = std::move(n);
    }
    return l;
}

ast::CondNode Parser::cond_not() {
    DepthGuard guard(depth_, peek().line);
    skip_newlines();
    if (peek_reserved("!")) {
        take();
        ast::CondNode n;
        n.kind = ast::CondNode::Kind::Not;
        n.kids.push_back(cond_not());
        return n;
    }
    if (peek_is(Tok::LParen)) {
        take();
        ast::CondNode n = cond_or();
        skip_newlines();
        if (!peek_is(Tok::RParen)) unexpected(peek());
        take();
        return n;
    }
    const Token& t = peek();
    if (t.kind != Tok::Word || (t.plain && t.text == "]]")) unexpected(t);
    Token first = take();
    ast::CondNode n;
    static constexpr std::string_view kUnary = "abcdefghkLnoprsStuvwxzGNO";
    if (first.plain && first.text.size() == 2 && first.text[0] == '-' &&
        kUnary.find(first.text[1]) != std::string_view::npos && peek().kind == Tok::Word &&
        !(peek().plain && peek().text == "]]")) {
        n.kind = ast::CondNode::Kind::Unary;
        n.op = first.text;
        n.words.push_back(take().word);
        return n;
    }
    const Token& o = peek();
    std::string op;
    if (o.kind == Tok::Less) op = "<";
    else if (o.kind == Tok::Great) op = ">";
    else if (o.kind == Tok::Word && o.plain) {
        static constexpr std::string_view kBinary[] = {"=", "==", "!=", "=~", "-eq", "-ne", "-lt", "-le",
                                                       "-gt", "-ge", "-nt", "-ot", "-ef"};
        for (auto b : kBinary) {
            if (o.text == b) op = o.text;
        }
    }
    if (op.empty()) {
        n.kind = ast::CondNode::Kind::Word;
        n.words.push_back(std::move(first.word));
        return n;
    }
    take();
    n.kind = ast::CondNode::Kind::Binary;
    n.op = op;
    n.words.push_back(std::move(first.word));
    if (op == "=~") {
        // As in bash, ( ) | < > written next to the regular expression belong to it:
        // [[ $x =~ ^(a|b)$ ]].
        ast::Word re;
        size_t end = 0;
        for (bool first_piece = true;; first_piece = false) {
            const Token& x = peek();
            if (!first_piece && x.start != end) break;
            if (x.kind == Tok::Word && !(x.plain && x.text == "]]")) {
                for (const auto& p : x.word.parts) re.parts.push_back(p);
            } else if (x.kind == Tok::LParen || x.kind == Tok::RParen || x.kind == Tok::Pipe ||
                       x.kind == Tok::Less || x.kind == Tok::Great) {
                re.parts.emplace_back(ast::Literal{x.text, false});
            } else {
                break;
            }
            re.raw += x.text;
            end = x.end;
            take();
        }
        if (end == 0) unexpected(peek());
        re.pos.line = n.words[0].pos.line;
        n.words.push_back(std::move(re));
        return n;
    }
    // The right side of = == != is read as an extended pattern whatever shopt extglob says,
    // as bash does: [[ $x == @(a|b) ]].
    struct ExtglobOn {
        lex::Lexer& lex;
        bool saved;
        ~ExtglobOn() { lex.extglob = saved; }
    } on{lex_, lex_.extglob};
    if (op == "=" || op == "==" || op == "!=") lex_.extglob = true;
    const Token& r = peek();
    if (r.kind != Tok::Word) unexpected(r);
    n.words.push_back(take().word);
    return n;
}

ast::Command Parser::parse_brace_group() {
    ast::BraceGroup g;
    g.pos.line = take().line;
    OpenGuard open(*this, "}", "{", g.pos.line);
    g.body = parse_compound_list();
    expect_reserved("}", "{");
    parse_redirect_list(g.redirs);
    return ast::Box<ast::BraceGroup>(std::move(g));
}

ast::Command Parser::parse_subshell() {
    ast::Subshell s;
    s.pos.line = take().line;
    OpenGuard open(*this, ")", "(", s.pos.line);
    s.body = parse_compound_list();
    if (!peek_is(Tok::RParen)) unexpected(peek());
    take();
    parse_redirect_list(s.redirs);
    return ast::Box<ast::Subshell>(std::move(s));
}

ast::Command Parser::parse_if() {
    ast::IfClause c;
    c.pos.line = take().line;
    OpenGuard open(*this, "fi", "if", c.pos.line);
    c.conds.push_back(parse_compound_list());
    expect_reserved("then", "if");
    c.bodies.push_back(parse_compound_list());
    for (;;) {
        if (peek_reserved("elif")) {
            take();
            c.conds.push_back(parse_compound_list());
            expect_reserved("then", "elif");
            c.bodies.push_back(parse_compound_list());
        } else if (peek_reserved("else")) {
            take();
            c.else_body = parse_compound_list();
            expect_reserved("fi", "if");
            break;
        } else {
            expect_reserved("fi", "if");
            break;
        }
    }
    parse_redirect_list(c.redirs);
    return ast::Box<ast::IfClause>(std::move(c));
}

ast::Command Parser::parse_loop(bool until) {
    ast::LoopClause l;
    l.until = until;
    l.pos.line = take().line;
    OpenGuard open(*this, "done", until ? "until" : "while", l.pos.line);
    l.cond = parse_compound_list();
    parse_do_group(until ? "until" : "while", l.body, l.redirs);
    return ast::Box<ast::LoopClause>(std::move(l));
}

void Parser::parse_do_group(const char* opener, ast::List& body, std::vector<ast::Redirect>& redirs) {
    if (std::string_view(opener) == "for" && peek_reserved("{")) {
        // `for i in a b; { ...; }` and `for ((...)) { ...; }` (bash, ksh).
        const int line = take().line;
        OpenGuard open(*this, "}", "{", line);
        body = parse_compound_list();
        expect_reserved("}", "{");
        parse_redirect_list(redirs);
        return;
    }
    expect_reserved("do", opener);
    body = parse_compound_list();
    expect_reserved("done", "do");
    parse_redirect_list(redirs);
}

ast::Command Parser::parse_for() {
    ast::ForClause f;
    f.pos.line = take().line;
    OpenGuard open(*this, "done", "for", f.pos.line);
    // `alias FOR='for ' i='x ' IN='in '; FOR i IN 1 2`: the word after an alias that ends
    // in a blank is checked for an alias too (XCU 2.3.1), the name and `in` included.
    try_blank_alias();
    const Token& n = peek();
    if (n.kind == Tok::ArithCmd) {
        f.arith = true;
        f.words = split_arith_for(take().word);
        if (peek_is(Tok::Semi)) take();
        skip_newlines();
        parse_do_group("for", f.body, f.redirs);
        return ast::Box<ast::ForClause>(std::move(f));
    }
    if (n.kind != Tok::Word) unexpected(n);
    if (!lex::is_name(n.text)) {
        throw SyntaxFailure{n.line, "syntax error: '" + n.text + "' is not a valid identifier", false};
    }
    f.var = take().text;
    skip_newlines();
    try_blank_alias();
    if (peek_reserved("in")) {
        take();
        f.has_in = true;
        for (;;) {
            try_blank_alias();
            if (peek().kind != Tok::Word) break;
            f.words.push_back(take().word);
        }
        if (peek_is(Tok::Semi) || peek_is(Tok::Newline)) {
            take();
        } else {
            unexpected(peek());
        }
        skip_newlines();
    } else if (peek_is(Tok::Semi)) {
        take();
        skip_newlines();
    }
    parse_do_group("for", f.body, f.redirs);
    return ast::Box<ast::ForClause>(std::move(f));
}

ast::Command Parser::parse_case() {
    ast::CaseClause c;
    c.pos.line = take().line;
    OpenGuard open(*this, "esac", "case", c.pos.line);
    const Token& s = peek();
    if (s.kind != Tok::Word) unexpected(s);
    c.subject = take().word;
    skip_newlines();
    expect_reserved("in", "case");
    skip_newlines();
    for (;;) {
        if (peek_reserved("esac")) {
            take();
            break;
        }
        ast::CaseItem item;
        if (peek_is(Tok::LParen)) take();
        for (;;) {
            const Token& p = peek();
            if (p.kind != Tok::Word) unexpected(p);
            item.patterns.push_back(take().word);
            if (peek_is(Tok::Pipe)) {
                take();
                continue;
            }
            break;
        }
        expect(Tok::RParen);
        item.body = parse_compound_list(true);
        const Token& t = peek();
        if (t.kind == Tok::DSemi || t.kind == Tok::SemiAnd || t.kind == Tok::DSemiAnd) {
            item.fallthrough = t.kind == Tok::SemiAnd;
            item.test_next = t.kind == Tok::DSemiAnd;
            take();
            skip_newlines();
            c.items.push_back(std::move(item));
            continue;
        }
        c.items.push_back(std::move(item));
        expect_reserved("esac", "case");
        break;
    }
    parse_redirect_list(c.redirs);
    return ast::Box<ast::CaseClause>(std::move(c));
}

std::shared_ptr<const ast::Program> Parser::parse_cmdsub(lex::Reader& r) {
    Parser sub(r, aliases_);
    sub.depth_ = depth_;
    DepthGuard guard(sub.depth_, r.line());
    auto prog = std::make_shared<ast::Program>();
    sub.skip_newlines();
    if (!sub.peek_is(Tok::RParen)) *prog = sub.parse_compound_list(true);
    if (!sub.peek_is(Tok::RParen)) {
        sub.open_.push_back({")", "$(", r.line()});
        sub.unexpected(sub.peek());
    }
    // Take the ')' without looking further: the outer lexer continues right after it.
    sub.peeked_.reset();
    return prog;
}

std::shared_ptr<const ast::Program> Parser::parse_text(const std::string& text, int line) {
    lex::StringSource src(text);
    lex::Reader rd(src, line);
    Parser sub(rd, aliases_);
    sub.depth_ = depth_;
    DepthGuard guard(sub.depth_, line);
    auto prog = std::make_shared<ast::Program>();
    sub.skip_newlines();
    if (!sub.peek_is(Tok::Eof)) *prog = sub.parse_compound_list(true);
    if (!sub.peek_is(Tok::Eof)) sub.unexpected(sub.peek());
    return prog;
}

ParseResult parse_string(const std::string& text, const AliasTable* aliases) {
    lex::StringSource src(text);
    lex::Reader rd(src);
    Parser p(rd, aliases);
    ast::List all;
    for (;;) {
        ParseResult r = p.next_command();
        if (auto* l = std::get_if<ast::List>(&r)) {
            for (auto& item : l->items) all.items.push_back(std::move(item));
            continue;
        }
        if (std::holds_alternative<EndOfInput>(r)) return all;
        return r;
    }
}

}  // namespace ipsh::parse
