// builtins.hpp: one declaration per builtin; each is defined in builtins/<name>.cpp.
// Signature: status = builtin_x(shell, streams, argv) with argv[0] the name (STYLE §6).
#pragma once

#include "io/streams.hpp"

#include <span>
#include <string>
#include <string_view>

namespace ipsh {
class Shell;
}

namespace ipsh::builtins {

using Args = std::span<const std::string>;

int builtin_alias(Shell&, io::IoStreams&, Args);
int builtin_bg(Shell&, io::IoStreams&, Args);
int builtin_break(Shell&, io::IoStreams&, Args);
int builtin_builtin(Shell&, io::IoStreams&, Args);
int builtin_cd(Shell&, io::IoStreams&, Args);
int builtin_colon(Shell&, io::IoStreams&, Args);
int builtin_command(Shell&, io::IoStreams&, Args);
int builtin_continue(Shell&, io::IoStreams&, Args);
int builtin_dirs(Shell&, io::IoStreams&, Args);
int builtin_dot(Shell&, io::IoStreams&, Args);
int builtin_echo(Shell&, io::IoStreams&, Args);
int builtin_eval(Shell&, io::IoStreams&, Args);
int builtin_exec(Shell&, io::IoStreams&, Args);
int builtin_exit(Shell&, io::IoStreams&, Args);
int builtin_export(Shell&, io::IoStreams&, Args);
int builtin_false(Shell&, io::IoStreams&, Args);
int builtin_fc(Shell&, io::IoStreams&, Args);
int builtin_fg(Shell&, io::IoStreams&, Args);
int builtin_getopts(Shell&, io::IoStreams&, Args);
int builtin_hash(Shell&, io::IoStreams&, Args);
int builtin_help(Shell&, io::IoStreams&, Args);
int builtin_history(Shell&, io::IoStreams&, Args);
int builtin_jobs(Shell&, io::IoStreams&, Args);
int builtin_kill(Shell&, io::IoStreams&, Args);
int builtin_let(Shell&, io::IoStreams&, Args);
int builtin_mapfile(Shell&, io::IoStreams&, Args);  // also readarray
int builtin_local(Shell&, io::IoStreams&, Args);
int builtin_declare(Shell&, io::IoStreams&, Args);
int builtin_mq(Shell&, io::IoStreams&, Args);
int builtin_popd(Shell&, io::IoStreams&, Args);
int builtin_printf(Shell&, io::IoStreams&, Args);
int builtin_pushd(Shell&, io::IoStreams&, Args);
int builtin_pwd(Shell&, io::IoStreams&, Args);
int builtin_read(Shell&, io::IoStreams&, Args);
int builtin_readonly(Shell&, io::IoStreams&, Args);
int builtin_return(Shell&, io::IoStreams&, Args);
int builtin_sem(Shell&, io::IoStreams&, Args);
int builtin_set(Shell&, io::IoStreams&, Args);
int builtin_shift(Shell&, io::IoStreams&, Args);
int builtin_shopt(Shell&, io::IoStreams&, Args);
int builtin_shm(Shell&, io::IoStreams&, Args);
int builtin_test(Shell&, io::IoStreams&, Args);
/// Appends `a` with echo's backslash escapes interpreted (XSI's; with `bash` also \E \x \u
/// \U). Returns false when \c ended the output.
bool echo_escapes(const std::string& a, std::string& out, bool bash);
/// The unary (-f, -z, ...) and binary (-nt, -ef, <, ...) tests of `test`, for [[ ]].
bool test_unary(Shell& sh, char op, const std::string& arg);
bool test_binary(Shell& sh, const std::string& l, const std::string& op, const std::string& r);
int builtin_times(Shell&, io::IoStreams&, Args);
int builtin_trap(Shell&, io::IoStreams&, Args);
int builtin_true(Shell&, io::IoStreams&, Args);
int builtin_type(Shell&, io::IoStreams&, Args);
int builtin_ulimit(Shell&, io::IoStreams&, Args);
int builtin_umask(Shell&, io::IoStreams&, Args);
int builtin_unalias(Shell&, io::IoStreams&, Args);
int builtin_unset(Shell&, io::IoStreams&, Args);
int builtin_wait(Shell&, io::IoStreams&, Args);

/// Runs `cmd` without looking up functions, for `command` and `builtin` (command.cpp), and
/// hands on the control flow it asked for (break, return). Errors propagate as thrown.
int run_without_functions(Shell& sh, io::IoStreams& io, Args cmd);

/// How change_directory() goes: cd's -P and -e, and what applies to the directory name.
struct CdRequest {
    bool physical = false;       // -P: resolve symlinks; PWD from getcwd()
    bool check_pwd = false;      // -e: status 1 when the new PWD cannot be determined
    bool dash_is_oldpwd = true;  // `-` means $OLDPWD, printed after the change
    bool cdpath = true;          // a relative name is looked up in CDPATH
};
/// Changes the directory as cd does (cd.cpp) and updates PWD and OLDPWD; pushd and popd
/// use it. `who` names the builtin in messages. Throws ShellError (status 1) on failure;
/// returns 1 only for -e as described, else 0.
int change_directory(Shell& sh, io::IoStreams& io, std::string_view who, const std::string& dir,
                     const CdRequest& how);
/// The current directory as `pwd` prints it: $PWD when it names the current directory,
/// else the physical path, or "" when that cannot be found.
std::string current_directory(Shell& sh);

}  // namespace ipsh::builtins
