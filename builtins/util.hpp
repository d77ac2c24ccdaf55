// util.hpp: small helpers shared by builtins: getopt-style option parsing (handles `--` and
// grouped flags, STYLE §6), usage errors, number parsing and shell quoting.
#pragma once

#include "shell/errors.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ipsh::builtins {

/// Iterates over options of a builtin's argv, POSIX getopt style: "ab:c" means -a, -b ARG
/// and -c; options end at the first operand, at "--" (consumed) or at "-".
class OptParser {
public:
    OptParser(std::span<const std::string> argv, std::string_view spec) : argv_(argv), spec_(spec) {}
    /// The next option letter; 0 when options are over. Throws a usage ShellError (status 2)
    /// for an unknown option or a missing argument.
    char next();
    /// The argument of the option just returned.
    const std::string& arg() const { return arg_; }
    /// Index of the first operand once next() returned 0.
    size_t index() const { return index_; }
    /// Operands after the options.
    std::span<const std::string> rest() const { return argv_.subspan(index_); }

private:
    std::span<const std::string> argv_;
    std::string_view spec_;
    size_t index_ = 1;
    size_t pos_ = 0;  // position inside a grouped word like -abc
    std::string arg_;
};

/// Throws ShellError{status, "name: message", Utility}.
[[noreturn]] void fail(std::string_view name, std::string_view message, int status = 2);

/// Parses a decimal integer (optional sign, no junk); nullopt otherwise.
std::optional<std::int64_t> parse_int(std::string_view s);

/// Single-quotes a value so the shell reads it back as the same string.
std::string shell_quote(std::string_view s);

}  // namespace ipsh::builtins

namespace ipsh::builtins {
/// Always single-quotes (the form dash uses for `set`, `export -p` and `alias`).
std::string shell_quote_always(std::string_view s);
}  // namespace ipsh::builtins
