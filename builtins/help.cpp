// help.cpp: help [name...]: lists the builtins with a one-line summary each.
#include "builtins/builtins.hpp"
#include "builtins/registry.hpp"
#include "builtins/util.hpp"

namespace ipsh::builtins {

int builtin_help(Shell&, io::IoStreams& io, Args argv) {
    auto line = [&](const BuiltinSpec& b) {
        std::string name(b.name);
        if (name.size() < 10) name.resize(10, ' ');
        io.out << name << " " << b.summary << "\n";
    };
    if (argv.size() == 1) {
        io.out << "ipsh builtins (see ipsh(1) for details):\n";
        for (const auto& b : all()) line(b);
        return 0;
    }
    int status = 0;
    for (size_t i = 1; i < argv.size(); ++i) {
        if (const BuiltinSpec* b = find(argv[i])) {
            line(*b);
        } else {
            io.err << "help: no builtin matches '" << argv[i] << "'\n";
            status = 1;
        }
    }
    return status;
}

}  // namespace ipsh::builtins
