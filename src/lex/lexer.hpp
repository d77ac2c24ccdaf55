// lexer.hpp: turns characters into tokens (POSIX XCU 2.3). Knows quoting, expansions' extent
// and operators, but not the grammar: reserved words are recognised by the parser, and
// $(...) bodies are handed to a CmdSubParser callback.
#pragma once

#include "ast/ast.hpp"
#include "lex/reader.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ipsh::lex {

enum class Tok : std::uint8_t {
    Word,
    IoNumber,
    IoVar,      // {name} right before a redirection operator (bash): text is the name
    Newline,
    Eof,
    AndIf,      // &&
    OrIf,       // ||
    DSemi,      // ;;
    SemiAnd,    // ;&
    DSemiAnd,   // ;;& (bash)
    DLess,      // <<
    DLessDash,  // <<-
    DGreat,     // >>
    LessAnd,    // <&
    GreatAnd,   // >&
    LessGreat,  // <>
    Clobber,    // >|
    Less,       // <
    Great,      // >
    Pipe,       // |
    PipeAmp,    // |& (bash): standard error goes down the pipe too
    Amp,        // &
    Semi,       // ;
    LParen,     // (
    RParen,     // )
    TLess,      // <<< (bash, ksh)
    AndGreat,   // &> (bash): stdout and stderr to a file
    AndDGreat,  // &>> (bash): stdout and stderr appended to a file
    ArithCmd,   // ((expression)): word holds the expression (bash, ksh)
};

struct Token {
    Tok kind = Tok::Eof;
    ast::Word word;    // for Word and IoNumber
    std::string text;  // source spelling
    bool plain = false;  // a Word with no quoting and no expansions
    int line = 0;
    size_t start = 0;
    size_t end = 0;
};

/// A syntax problem found while reading. `at_eof` means input ended inside a construct, so
/// more input could complete it.
struct SyntaxFailure {
    int line;
    std::string message;
    bool at_eof;
};

/// How the lexer asks the parser for the body of $(...) and `...`.
class CmdSubParser {
public:
    virtual ~CmdSubParser() = default;
    /// Parses a command list from `r` up to and including the closing ')'.
    virtual std::shared_ptr<const ast::Program> parse_cmdsub(Reader& r) = 0;
    /// Parses the already unescaped text of a backquoted substitution.
    virtual std::shared_ptr<const ast::Program> parse_text(const std::string& text,
                                                           int line) = 0;
};

/// Spelling of a token kind ("newline", "end of file", "&&", ...), for messages.
std::string describe(const Token& t);

class Lexer {
public:
    Lexer(Reader& r, CmdSubParser& sub) : r_(r), sub_(sub) {}

    /// Reads the next token. Throws SyntaxFailure.
    Token next();
    /// Registers a here-document whose body starts on the line after the next newline.
    void add_heredoc(std::shared_ptr<ast::HereDoc> h) { pending_.push_back(std::move(h)); }
    bool has_pending_heredocs() const { return !pending_.empty(); }
    /// Reads bodies of pending here-documents (called at a newline, and at end of input).
    void read_heredocs();
    Reader& reader() { return r_; }

    /// Parses `text` as a here-document body or prompt string: $, ` and \ are special,
    /// quotes are not.
    static ast::Word parse_heredoc_text(const std::string& text, int line, CmdSubParser& sub);

private:
    enum class Mode : std::uint8_t { Unquoted, ParamArg, ParamArgQuoted, HereDoc, Arith };

    ast::Word scan_word(Mode mode, bool& plain);
    void scan_dquote(std::vector<ast::WordPart>& parts);
    void scan_dollar(std::vector<ast::WordPart>& parts, bool quoted);
    /// $'...' (POSIX 2024 XCU 2.2.4): backslash escapes decoded, the result quoted.
    void scan_dollar_single(std::vector<ast::WordPart>& parts);
    /// Consumes backslash-newline pairs at the current position.
    void skip_continuations();
    void scan_param(std::vector<ast::WordPart>& parts, bool quoted);
    void scan_param_body(std::vector<ast::WordPart>& parts, bool quoted, int line);
    /// Reads `((` expression `))` from the current position; nullopt, with nothing consumed,
    /// when the parentheses do not close that way.
    std::optional<ast::Word> scan_double_paren();
    bool try_arith(std::vector<ast::WordPart>& parts, bool quoted);
    /// `((` ... `))` as one ArithCmd token; false (nothing consumed) when the parentheses
    /// do not close that way, so `((cmd) | x)` stays nested subshells.
    bool try_arith_command(Token& t);
    int stop_char_ = 0;  // see scan_word
public:
    /// Set by the parser inside an array literal: a word that starts with `[` keeps blanks
    /// up to its closing `]`, so `([a b]=1)` has the key "a b" (bash).
    bool array_elements = false;
    /// Set by the parser when `shopt -s extglob` is on (and for the right side of == in
    /// [[ ]]): in a word, `(` right after an unquoted ? * + @ or ! opens an extended
    /// pattern group, read up to its `)` with blanks and operators as word characters.
    bool extglob = false;
private:
    void scan_backquote(std::vector<ast::WordPart>& parts, bool quoted);
    [[noreturn]] void fail(const std::string& msg, bool at_eof, int line = -1);

    Reader& r_;
    CmdSubParser& sub_;
    std::vector<std::shared_ptr<ast::HereDoc>> pending_;
    int depth_ = 0;  // nesting of ${...} / "..." inside one word, bounded to protect the stack
};

/// True for a valid shell variable name.
bool is_name(std::string_view s);
/// The delimiter text of a here-document word: quotes and backslashes removed.
std::string unquote(std::string_view raw);

}  // namespace ipsh::lex
