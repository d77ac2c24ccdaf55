// shift.cpp: shift [n]: drops the first n positional parameters. Shifting more than $# is an
// error (and, shift being special, ends a non-interactive shell as in dash).
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_shift(Shell& sh, io::IoStreams&, Args argv) {
    std::int64_t n = 1;
    if (argv.size() > 2) fail("shift", "too many arguments");
    if (argv.size() == 2) {
        auto v = parse_int(argv[1]);
        if (!v || *v < 0) fail("shift", argv[1] + ": numeric argument required");
        n = *v;
    }
    if (static_cast<std::uint64_t>(n) > sh.positional.size()) fail("shift", "can't shift that many", 1);
    sh.positional.erase(sh.positional.begin(), sh.positional.begin() + n);
    sh.getopts = {};  // new parameters: getopts starts over (dash)
    return 0;
}

}  // namespace ipsh::builtins
