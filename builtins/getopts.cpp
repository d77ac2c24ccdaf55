// getopts.cpp: PLACEHOLDER until implemented (tracked in the issue).
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"

namespace ipsh::builtins {
int builtin_getopts(Shell&, io::IoStreams&, Args argv) { fail(argv[0], "not implemented yet", 2); }
}  // namespace ipsh::builtins
