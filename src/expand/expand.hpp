// expand.hpp: word expansion in POSIX order (XCU 2.6): tilde, parameter, command
// substitution and arithmetic, then field splitting, pathname expansion and quote removal.
// Reaches the executor only through Executor::command_substitution (STYLE §1).
#pragma once

#include "ast/ast.hpp"
#include "vars/vars.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ipsh {
class Shell;
}

namespace ipsh::expand {

/// Expands command words into fields (splitting and globbing included), appended to `out`.
/// Throws ShellError on expansion errors.
void expand_words(Shell& sh, const std::vector<ast::Word>& words, std::vector<std::string>& out);
/// One word into fields (brace expansion first, when `set -B` is on).
void expand_word(Shell& sh, const ast::Word& word, std::vector<std::string>& out);
/// True when the word has an unquoted `{`, so brace expansion may apply.
bool has_brace(const ast::Word& word);
/// Brace expansion (bash): the words `word` stands for, each still to be expanded; empty
/// when no brace in it expands.
std::vector<ast::Word> brace_expand(const ast::Word& word);
/// The elements of an array literal: plain ones are expanded into fields, [key]=value
/// ones like an assignment.
vars::ArrayLiteral expand_array_literal(Shell& sh, const std::vector<ast::ArrayElem>& elems);
/// Expansion without field splitting or globbing: assignments (with tilde after '=' and
/// ':'), redirection targets, case subjects, here-document bodies.
std::string expand_string(Shell& sh, const ast::Word& word, bool assignment = false);
/// Expansion for a pattern (case, ${x#p}): quoted characters come out backslash-escaped.
std::string expand_pattern(Shell& sh, const ast::Word& word);
/// Expansion for the right side of [[ x =~ re ]]: quoted characters match literally.
std::string expand_regex(Shell& sh, const ast::Word& word);
/// Matches `text` against an extended regular expression: 0 match, 1 none, 2 bad regex.
int regex_match(Shell& sh, const std::string& re, const std::string& text);
/// True when `word` can be expanded without side effects (no $(...), no $((...)),
/// no ${x=...} or ${x?...}): safe to expand in the parent before spawning.
bool is_pure(const ast::Word& word);

/// How a pattern matches: XCU 2.13, plus bash's options.
struct MatchOptions {
    /// ?(list) *(list) +(list) @(list) !(list): zero or one, zero or more, one or more,
    /// exactly one of the |-separated patterns, or anything else (bash `shopt -s extglob`;
    /// always on for [[ x == pattern ]]).
    bool extglob = false;
    /// Letters match either case (nocaseglob).
    bool nocase = false;
    /// A '.' that starts the string matches only a literal '.' of the pattern (or of a
    /// sub-pattern that starts there): never *, ?, a bracket expression or !(...). This is
    /// pathname expansion without dotglob.
    bool period = false;
};

/// A shell pattern prepared once and matched against many strings (${x//pat/rep} tries
/// every substring). Quoted characters arrive backslash-escaped. Plain patterns use
/// fnmatch(3); extended ones a matcher of ours whose time is polynomial in the text length
/// for any pattern (no exponential backtracking: *(a|aa) on a long string is fast).
class Matcher {
public:
    explicit Matcher(std::string_view pattern, MatchOptions opt = {});
    ~Matcher();
    Matcher(Matcher&&) noexcept;
    Matcher& operator=(Matcher&&) noexcept;
    Matcher(const Matcher&) = delete;
    Matcher& operator=(const Matcher&) = delete;
    /// True when the whole of `text` matches.
    bool matches(std::string_view text) const;

    struct Program;  // a compiled extended pattern (pattern.cpp)

private:
    friend class SubstringMatcher;
    std::string pattern_;                  // for fnmatch(3)
    MatchOptions opt_;
    std::unique_ptr<const Program> prog_;  // null unless the pattern has extended groups
};

/// One text matched against a pattern at many of its substrings (${x%p}, ${x//p/r}). For an
/// extended pattern the text is decoded once and all the matches from one start are found
/// together, so ${x//@(b)/c} takes time about linear in the length of x, not cubic.
/// `m` and `text` must outlive it. Without MatchOptions::period.
class SubstringMatcher {
public:
    SubstringMatcher(const Matcher& m, std::string_view text);
    ~SubstringMatcher();
    SubstringMatcher(const SubstringMatcher&) = delete;
    SubstringMatcher& operator=(const SubstringMatcher&) = delete;
    /// True when text[from, to) matches; from <= to, both at character starts.
    bool matches(size_t from, size_t to);

private:
    struct State;
    const Matcher& m_;
    std::string_view text_;
    std::unique_ptr<State> st_;  // null for a plain pattern: each substring goes to fnmatch
};

/// Matching of a whole string against a shell pattern.
bool pattern_match(std::string_view pattern, std::string_view text, MatchOptions opt = {});
/// Pathname expansion of one pattern; empty when nothing matches. `dot`: wildcards match a
/// leading dot too (shopt -s dotglob); `nocase`: letters match either case (nocaseglob);
/// `extglob`: extended groups (shopt -s extglob), which glob(3) lacks, so such patterns
/// are matched against directory entries here.
std::vector<std::string> glob(const std::string& pattern, bool dot = false, bool nocase = false,
                              bool extglob = false);
/// True when the string has an unescaped *, ? or [.
bool has_glob_chars(std::string_view pattern);

/// The length in bytes of the IFS character that starts at text[i], 0 if none starts there.
/// IFS holds characters: in a UTF-8 locale IFS=ç separates at the two bytes of ç together.
size_t ifs_char_at(std::string_view ifs, std::string_view text, size_t i);

/// Evaluates an arithmetic expression (XCU 2.6.4) with 64-bit integers. Throws ShellError.
std::int64_t arith(Shell& sh, std::string_view expr);

/// Tilde expansion of a tilde-prefix ("~", "~user"); returns false when it doesn't apply.
bool expand_tilde(Shell& sh, std::string_view prefix, std::string& out);

}  // namespace ipsh::expand
