// parser.hpp: recursive-descent parser for the POSIX shell grammar (XCU 2.10). It never
// executes, prints or exits: it returns a tree, a syntax error, or "incomplete" (STYLE §3).
#pragma once

#include "ast/ast.hpp"
#include "lex/lexer.hpp"
#include "lex/reader.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ipsh::parse {

/// A definite syntax error: no further input can fix it.
struct SyntaxError {
    int line = 0;
    std::string message;  // e.g. "syntax error near unexpected token ')'"
};

/// Input ended inside an unfinished construct (open quote, `if` without `fi`, trailing `|`).
struct Incomplete {
    int line = 0;
    std::string message;  // what is missing, for the error shown when no more input comes
};

/// End of input with nothing left to run.
struct EndOfInput {};

using ParseResult = std::variant<ast::List, EndOfInput, SyntaxError, Incomplete>;

/// Tells the parser which words are aliases (POSIX 2.3.1); the Shell implements it.
class AliasTable {
public:
    virtual ~AliasTable() = default;
    /// The alias value, or nullptr.
    virtual const std::string* find_alias(const std::string& name) const = 0;
    /// True when `shopt -s extglob` is on: the lexer then reads @(a|b) as part of a word.
    virtual bool extglob_enabled() const { return false; }
};

class Parser : public lex::CmdSubParser {
public:
    explicit Parser(lex::Reader& r, const AliasTable* aliases = nullptr)
        : r_(r), lex_(r, *this), aliases_(aliases) {
        lex_.extglob = aliases && aliases->extglob_enabled();
    }

    /// Parses the next complete command (one line, plus continuation lines it needs).
    /// A blank line gives an empty List.
    ParseResult next_command();

    std::shared_ptr<const ast::Program> parse_cmdsub(lex::Reader& r) override;
    std::shared_ptr<const ast::Program> parse_text(const std::string& text, int line) override;

private:
    const lex::Token& peek();
    lex::Token take();
    bool peek_is(lex::Tok k) { return peek().kind == k; }
    bool peek_reserved(std::string_view word);
    bool at_list_end();
    void skip_newlines();
    /// skip_newlines() at a place where a command may start: aliases are substituted too.
    void skip_newlines_cmd();
    void expect_reserved(std::string_view word, std::string_view construct);
    void expect(lex::Tok k);
    [[noreturn]] void unexpected(const lex::Token& t);

    ast::List parse_list_top();
    ast::List parse_compound_list(bool allow_empty = false);
    ast::AndOr parse_and_or();
    ast::Pipeline parse_pipeline();
    ast::Command parse_command();
    ast::Command parse_simple_command();
    bool try_alias();
    /// try_alias() for the word right after an alias whose text ends in a blank.
    bool try_blank_alias();
    /// Adds 2>&1 to a command before `|&`.
    void add_stderr_to_stdout(ast::Command& cmd);
    ast::Command parse_function(lex::Token name);
    /// True when `(` follows the assignment word `w` (`a=(`) with no blank between.
    bool array_follows(const lex::Token& w, const ast::Assignment& a);
    /// ( elements... ) after `name=`.
    std::vector<ast::ArrayElem> parse_array_literal();
    bool parse_redirect(std::vector<ast::Redirect>& out);
    void parse_redirect_list(std::vector<ast::Redirect>& out);
    ast::Command parse_brace_group();
    ast::Command parse_cond();
    ast::CondNode cond_or();
    ast::CondNode cond_and();
    ast::CondNode cond_not();
    static std::vector<ast::Word> split_arith_for(const ast::Word& w);
    ast::Command parse_subshell();
    ast::Command parse_if();
    ast::Command parse_loop(bool until);
    ast::Command parse_for();
    /// `do compound-list done` and the redirections after it, for while, until and for.
    void parse_do_group(const char* opener, ast::List& body, std::vector<ast::Redirect>& redirs);
    ast::Command parse_case();

    lex::Reader& r_;
    lex::Lexer lex_;
    const AliasTable* aliases_;
    std::optional<lex::Token> peeked_;
    size_t last_end_ = 0;
    // The alias whose value ended in a blank: the first word after its text is checked for
    // an alias too (XCU 2.3.1). Empty when none.
    std::string alias_blank_;
    int depth_ = 0;
    /// Constructs still open, innermost last: {closing word, opening word, line}. Used to
    /// say what end of input interrupted ("expecting 'fi' to close 'if' from line 3").
    struct Open {
        std::string_view closer;
        std::string_view opener;
        int line;
    };
    std::vector<Open> open_;
    struct OpenGuard;
};

/// Parses a whole string (for tests and `-n`): every command, or the first error.
ParseResult parse_string(const std::string& text, const AliasTable* aliases = nullptr);

}  // namespace ipsh::parse
