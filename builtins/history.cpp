// history.cpp: PLACEHOLDER until implemented (tracked in the issue).
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"

namespace ipsh::builtins {
int builtin_history(Shell&, io::IoStreams&, Args argv) { fail(argv[0], "not implemented yet", 2); }
int builtin_fc(Shell&, io::IoStreams&, Args argv) { fail(argv[0], "not implemented yet", 2); }
}  // namespace ipsh::builtins
