// dot.cpp: `. file [arg...]` (and `source`): runs a file in the current shell. For `.`, a
// name without a slash is looked up in PATH only (XCU dot; dash and bash --posix). `source`,
// bash's spelling, also tries the current directory afterwards, as bash does outside POSIX
// mode.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "exec/executor.hpp"
#include "exec/path.hpp"
#include "io/fd.hpp"
#include "shell/shell.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace ipsh::builtins {

int builtin_dot(Shell& sh, io::IoStreams& io, Args argv) {
    size_t first = 1;
    if (first < argv.size() && argv[first] == "--") ++first;
    if (first >= argv.size()) fail(argv[0], "filename argument required");
    const std::string& name = argv[first];
    std::string path = name;
    if (name.find('/') == std::string::npos) {
        path = exec::find_in_path(sh, name);
        if (path.empty() && argv[0] == "source" && ::access(name.c_str(), R_OK) == 0) path = name;
        if (path.empty()) fail(argv[0], name + ": not found", 1);
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(argv[0], name + ": " + io::errno_text(errno), 1);
    std::string text;
    bool ok = io::read_all(fd, text);
    int err = errno;
    ::close(fd);
    if (!ok) fail(argv[0], name + ": " + io::errno_text(err), 1);
    io.out.flush();

    const bool has_args = first + 1 < argv.size();
    std::vector<std::string> saved;
    if (has_args) {
        saved = std::move(sh.positional);
        sh.positional.assign(argv.begin() + static_cast<std::ptrdiff_t>(first) + 1, argv.end());
    }
    struct Restore {
        Shell& sh;
        bool has_args;
        std::vector<std::string>& saved;
        int line;
        ~Restore() {
            --sh.source_depth;
            if (has_args) sh.positional = std::move(saved);
            sh.current_line = line;
        }
    } restore{sh, has_args, saved, sh.current_line};
    ++sh.source_depth;
    exec::ExecResult r = sh.executor().run_string(text, 1);
    if (r.flow == Flow::Return) r.flow = Flow::Normal;
    sh.flow = r.flow;
    sh.flow_levels = r.levels;
    return r.status;
}

}  // namespace ipsh::builtins
