// errors.hpp: the shell-error channel (STYLE §5) and the message templates used across the
// shell, kept in one place so their wording stays consistent.
#pragma once

#include <cstdint>
#include <string>

namespace ipsh {

/// What went wrong; decides whether a non-interactive shell exits (POSIX XCU 2.8.1).
enum class ErrorKind : std::uint8_t {
    Syntax,      // exits a non-interactive shell
    Expansion,   // ${x?}, set -u, bad substitution: exits
    Arithmetic,  // a bad or failing arithmetic expression: exits, except that in (( )) and
                 // for (( )) it is the command's failure (status 1), as in bash
    Assignment,  // readonly variable: exits
    Utility,     // error in a builtin: exits only for special builtins
    Fatal,       // always ends the (sub)shell, e.g. an error in a special builtin
    ExecFailed,  // `exec cmd` could not run cmd: ends a non-interactive shell even under
                 // `command` (dash, bash)
};

/// Thrown to abandon the current command. Caught at the REPL, in eval/., in builtin
/// dispatch and at the child entry; never thrown past fork or from a signal handler.
struct ShellError {
    int status = 2;
    std::string message;
    ErrorKind kind = ErrorKind::Expansion;
};

/// Thrown (only between commands, never from a handler) when SIGINT must abandon the whole
/// command line in an interactive shell, e.g. `while :; do sleep 1; done` and Ctrl-C.
struct Interrupted {};

namespace msg {
inline std::string not_found(const std::string& cmd) { return cmd + ": command not found"; }
inline std::string readonly(const std::string& name) { return name + ": readonly variable"; }
inline std::string not_set(const std::string& name) { return name + ": parameter not set"; }
inline std::string bad_name(const std::string& who, const std::string& name) {
    return who + ": '" + name + "': not a valid identifier";
}
}  // namespace msg

}  // namespace ipsh
