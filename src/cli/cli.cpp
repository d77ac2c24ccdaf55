// cli.cpp: the long-option parser of ipsh, built with CLI11 into libipsh-cli.so and loaded by
// main() only when a `--option` is on the command line (see cli_api.h for why).
#include "cli/cli_api.h"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

void write_out(int fd, const std::string& s) {
    const char* p = s.data();
    size_t left = s.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n <= 0) return;
        p += n;
        left -= static_cast<size_t>(n);
    }
}

}  // namespace

extern "C" int ipsh_cli_parse(int count, const char* const* args, const char* usage, const char* version,
                              IpshCliResult* out) {
    std::memset(out, 0, sizeof *out);
    CLI::App app{"ipsh: a POSIX shell with message-queue, shared-memory and semaphore builtins", "ipsh"};
    app.set_help_flag("--help", "print this help and exit");
    bool show_version = false;
    bool norc = false;
    bool login = false;
    app.add_flag("--version", show_version, "print the version and exit");
    app.add_flag("--norc", norc, "do not read ~/.ipshrc when interactive");
    app.add_flag("--login", login, "act as a login shell: read /etc/profile and ~/.profile");
    app.footer(std::string(usage) +
               "\nShort options (also settable with `set`):\n"
               "  -c          read commands from the first operand\n"
               "  -s          read commands from standard input\n"
               "  -i          interactive\n"
               "  -l          login shell\n"
               "  -n          read commands but do not run them (syntax check)\n"
               "  -e -x -u -f -C -a -b -h -m -v   see set in ipsh(1); +x turns one off\n"
               "  -o NAME     set an option by name (+o NAME unsets it)\n"
               "\nSee ipsh(1) and ipsh-ipc(7).\n");
    std::vector<std::string> argv;
    for (int i = count; i-- > 0;) argv.emplace_back(args[i]);  // CLI11 takes them reversed
    try {
        app.parse(argv);
    } catch (const CLI::CallForHelp&) {
        write_out(1, app.help());
        out->exit_now = 1;
        out->exit_status = 0;
        return 0;
    } catch (const CLI::ExtrasError&) {
        std::snprintf(out->error, sizeof out->error, "%s: invalid option", count > 0 ? args[count - 1] : "?");
        return 0;
    } catch (const CLI::ParseError& e) {
        std::snprintf(out->error, sizeof out->error, "%s", e.what());
        return 0;
    }
    if (show_version) {
        write_out(1, std::string(version) + "\n");
        out->exit_now = 1;
        out->exit_status = 0;
        return 0;
    }
    out->norc = norc;
    out->login = login;
    return 0;
}
