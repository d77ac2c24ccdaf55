// expand.hpp: word expansion in POSIX order (XCU 2.6): tilde, parameter, command
// substitution and arithmetic, then field splitting, pathname expansion and quote removal.
// Reaches the executor only through Executor::command_substitution (STYLE §1).
#pragma once

#include "ast/ast.hpp"
#include "vars/vars.hpp"

#include <cstdint>
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

/// fnmatch()-style matching of a whole string against a shell pattern.
bool pattern_match(std::string_view pattern, std::string_view text);
/// Pathname expansion of one pattern; empty when nothing matches. `dot`: wildcards match a
/// leading dot too (shopt -s dotglob); `nocase`: letters match either case (nocaseglob).
std::vector<std::string> glob(const std::string& pattern, bool dot = false, bool nocase = false);
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
