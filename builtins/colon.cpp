// colon.cpp: `:` and `true` succeed, `false` fails; all ignore their operands.
#include "builtins/builtins.hpp"

namespace ipsh::builtins {

int builtin_colon(Shell&, io::IoStreams&, Args) { return 0; }
int builtin_true(Shell&, io::IoStreams&, Args) { return 0; }
int builtin_false(Shell&, io::IoStreams&, Args) { return 1; }

}  // namespace ipsh::builtins
