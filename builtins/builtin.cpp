// builtin.cpp: builtin name [arg...]: runs the builtin `name` even when a function of that
// name exists (bash); a function that wraps a builtin calls it this way.
#include "builtins/builtins.hpp"
#include "builtins/registry.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_builtin(Shell& sh, io::IoStreams& io, Args argv) {
    size_t i = 1;
    if (i < argv.size() && argv[i] == "--") ++i;
    if (i >= argv.size()) return 0;
    if (!find(argv[i])) {
        sh.error("builtin: " + argv[i] + ": not a shell builtin");
        return 1;
    }
    return run_without_functions(sh, io, argv.subspan(i));
}

}  // namespace ipsh::builtins
