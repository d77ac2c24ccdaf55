// util.hpp: small helpers shared by builtins: getopt-style option parsing (handles `--` and
// grouped flags, STYLE §6), usage errors, number parsing and shell quoting.
#pragma once

#include "shell/errors.hpp"
#include "vars/vars.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ipsh::builtins {

/// One long option: `--name VALUE` or `--name=VALUE`. OptParser::next() returns `key` for it.
struct LongOption {
    std::string_view name;
    int key;
    bool takes_arg;
};

/// Iterates over options of a builtin's argv, POSIX getopt style: "ab:c" means -a, -b ARG
/// and -c (grouped as -ac, -bARG or -b ARG); long options when given; options end at the
/// first operand, at "--" (consumed) or at "-".
class OptParser {
public:
    /// `first` is the index of the first word that may be an option (1 skips the name).
    OptParser(std::span<const std::string> argv, std::string_view spec, std::span<const LongOption> longs = {},
              size_t first = 1)
        : argv_(argv), spec_(spec), longs_(longs), index_(first) {}
    virtual ~OptParser() = default;
    OptParser(const OptParser&) = delete;
    OptParser& operator=(const OptParser&) = delete;
    /// The next option: a letter, a LongOption::key, or 0 when options are over. Calls
    /// usage() for an unknown option or a missing argument.
    int next();
    /// The argument of the option just returned.
    const std::string& arg() const { return arg_; }
    /// Index of the first operand once next() returned 0.
    size_t index() const { return index_; }
    /// Operands after the options.
    std::span<const std::string> rest() const { return argv_.subspan(index_); }
    /// Throws the usage error (status 2) for `problem`: "argv[0]: problem" unless overridden.
    [[noreturn]] virtual void usage(std::string_view problem) const;

private:
    int next_long(const std::string& w);

    std::span<const std::string> argv_;
    std::string_view spec_;
    std::span<const LongOption> longs_;
    size_t index_;
    size_t pos_ = 0;  // position inside a grouped word like -abc
    std::string arg_;
};

/// Throws ShellError{status, "name: message", Utility}.
[[noreturn]] void fail(std::string_view name, std::string_view message, int status = 2);

/// Parses a decimal integer (optional sign, no junk); nullopt otherwise.
std::optional<std::int64_t> parse_int(std::string_view s);

/// Single-quotes a value, when it needs it, so the shell reads it back as the same string.
std::string shell_quote(std::string_view s);

/// Always single-quotes (the form dash uses for `set`, `export -p` and `alias`).
std::string shell_quote_always(std::string_view s);
/// Like shell_quote_always, but a value with control characters (a newline, a tab...) is
/// written as $'...' so each variable of `set` takes exactly one line (bash does the same).
std::string shell_quote_line(std::string_view s);
/// A variable's value as `set` lists it (bash): as it is when no character needs quoting
/// (and empty stays empty), else shell_quote_line().
std::string shell_quote_value(std::string_view s);
/// printf %q (bash): a backslash before each character the shell would otherwise take
/// specially (and before ~ and # where they would start a tilde or a comment), '' for the
/// empty string, and $'...' when there are control characters.
std::string shell_quote_backslash(std::string_view s);

/// Splits "name[subscript]" (unset 'a[1]', test -v 'a[k]', read 'a[2]'); false when `s`
/// has no subscript or the part before it is not a name.
bool split_subscripted(const std::string& s, std::string& name, std::string& subscript);

/// A value as `declare -p` writes it: "..." with \\ " $ ` escaped, or $'...' when it
/// holds control characters (bash).
std::string declare_quote(std::string_view v);

/// `name=(...)` for an array (declare -p, set): [i]="v" pairs, quoted as bash does.
std::string array_text(const vars::Var& v);

}  // namespace ipsh::builtins
