// registry.cpp: the builtin table. Keep it sorted: a static_assert checks the order.
#include "builtins/registry.hpp"

#include "builtins/builtins.hpp"

#include <algorithm>
#include <array>

namespace ipsh::builtins {

namespace {

constexpr Kind S = Kind::Special;
constexpr Kind R = Kind::Regular;

constexpr std::array kBuiltins = std::to_array<BuiltinSpec>({
    {".", builtin_dot, S, false, "run commands from a file in the current shell"},
    {":", builtin_colon, S, false, "do nothing, successfully"},
    {"[", builtin_test, R, false, "evaluate a condition (same as test; ends with ])"},
    {"alias", builtin_alias, R, false, "define or list aliases"},
    {"bg", builtin_bg, R, false, "continue a stopped job in the background"},
    {"break", builtin_break, S, false, "leave the innermost N loops"},
    {"builtin", builtin_builtin, R, false, "run a builtin, skipping functions of the same name"},
    {"cd", builtin_cd, R, false, "change the working directory"},
    {"command", builtin_command, R, false, "run a command without function lookup, or describe it"},
    {"continue", builtin_continue, S, false, "start the next iteration of the innermost N loops"},
    {"declare", builtin_declare, R, true, "set variables and their attributes (-x, -r; local in functions)"},
    {"dirs", builtin_dirs, R, false, "list or clear the directory stack of pushd and popd"},
    {"echo", builtin_echo, R, false, "write arguments to standard output"},
    {"eval", builtin_eval, S, false, "run arguments as shell commands"},
    {"exec", builtin_exec, S, false, "replace the shell with a command, or apply redirections"},
    {"exit", builtin_exit, S, false, "leave the shell"},
    {"export", builtin_export, S, true, "mark variables for the environment of commands"},
    {"false", builtin_false, R, false, "do nothing, unsuccessfully"},
    {"fc", builtin_fc, R, false, "list or re-run commands from history"},
    {"fg", builtin_fg, R, false, "continue a job in the foreground"},
    {"getopts", builtin_getopts, R, false, "parse positional options"},
    {"hash", builtin_hash, R, false, "remember or forget command locations"},
    {"help", builtin_help, R, false, "list builtins, or describe one"},
    {"history", builtin_history, R, false, "list or clear the command history"},
    {"jobs", builtin_jobs, R, false, "list jobs"},
    {"kill", builtin_kill, R, false, "send a signal to processes or jobs"},
    {"let", builtin_let, R, false, "evaluate arithmetic expressions"},
    {"local", builtin_local, R, true, "make variables local to the current function"},
    {"mapfile", builtin_mapfile, R, false, "read lines into an indexed array (also readarray)"},
    {"mq", builtin_mq, R, false, "POSIX message queues: create, send, recv, stat, ls, unlink"},
    {"popd", builtin_popd, R, false, "remove a directory from the stack and cd to the next"},
    {"printf", builtin_printf, R, false, "write formatted output"},
    {"pushd", builtin_pushd, R, false, "cd and put the old directory on the stack, or rotate it"},
    {"pwd", builtin_pwd, R, false, "print the working directory"},
    {"read", builtin_read, R, false, "read a line into variables"},
    {"readarray", builtin_mapfile, R, false, "read lines into an indexed array (same as mapfile)"},
    {"readonly", builtin_readonly, S, true, "make variables read-only"},
    {"return", builtin_return, S, false, "return from a function or sourced file"},
    {"sem", builtin_sem, R, false, "POSIX named semaphores: create, wait, post, value, run, ls, unlink"},
    {"set", builtin_set, S, false, "set options and positional parameters, or list variables"},
    {"shift", builtin_shift, S, false, "shift positional parameters"},
    {"shm", builtin_shm, R, false, "POSIX shared memory: create, write, read, stat, ls, unlink"},
    {"shopt", builtin_shopt, R, false, "set bash-style shell options (nullglob, failglob, dotglob...)"},
    {"source", builtin_dot, R, false, "run commands from a file in the current shell (same as .)"},
    {"test", builtin_test, R, false, "evaluate a condition"},
    {"times", builtin_times, S, false, "print accumulated process times"},
    {"trap", builtin_trap, S, false, "run commands when signals arrive or the shell exits"},
    {"true", builtin_true, R, false, "do nothing, successfully"},
    {"type", builtin_type, R, false, "describe how a name would be run"},
    {"typeset", builtin_declare, R, true, "set variables and their attributes (same as declare)"},
    {"ulimit", builtin_ulimit, R, false, "show or set resource limits"},
    {"umask", builtin_umask, R, false, "show or set the file creation mask"},
    {"unalias", builtin_unalias, R, false, "remove aliases"},
    {"unset", builtin_unset, S, false, "remove variables or functions"},
    {"wait", builtin_wait, R, false, "wait for jobs and return their status"},
});

static_assert(std::ranges::is_sorted(kBuiltins, {}, &BuiltinSpec::name),
              "keep kBuiltins sorted by name: lookup is a binary search");

}  // namespace

const BuiltinSpec* find(std::string_view name) {
    auto it = std::ranges::lower_bound(kBuiltins, name, {}, &BuiltinSpec::name);
    if (it == kBuiltins.end() || it->name != name) return nullptr;
    return &*it;
}

std::span<const BuiltinSpec> all() { return kBuiltins; }

bool is_declaration(std::string_view name) {
    const BuiltinSpec* b = find(name);
    return b && b->declaration;
}

}  // namespace ipsh::builtins
