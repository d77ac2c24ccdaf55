// cli.cpp: ipsh-cli, the long-option front end of ipsh, built with CLI11.
//
// ipsh itself is a static executable that must start as fast as dash, and CLI11's static
// objects (validators built with std::stringstream, hence the locale machinery) would cost
// every start-up more than half a megabyte of memory. So ipsh scans POSIX short options by
// hand and, only when a `--long` option is present, execs this program:
//
//   ipsh-cli SHELL ARGV0 K LONG1 ... LONGK [ARG...]
//
// which parses LONG1..LONGK with CLI11, answers --help and --version or reports a usage
// error itself, and otherwise execs SHELL again as ARGV0 ARG... with the parsed settings in
// IPSH_CLI_RESULT (e.g. "norc,login"), which the shell reads and removes at once.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr const char* kVersion = "ipsh 0.1.0";
constexpr const char* kUsage =
    "Usage: ipsh [-abCEefhilmnsTuvx] [-o option] [-O shopt] [--norc] [--login] [script [arg...]]\n"
    "       ipsh [options] -c command [name [arg...]]\n";

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

[[noreturn]] void usage_error(const std::string& problem) {
    write_out(2, "ipsh: " + problem + "\n" + kUsage + "Try 'ipsh --help' for more information.\n");
    std::_Exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) usage_error("ipsh-cli is started by ipsh, not by hand");
    const char* shell = argv[1];
    const char* argv0 = argv[2];
    const int k = std::atoi(argv[3]);
    if (k < 0 || 4 + k > argc) usage_error("ipsh-cli: bad arguments");

    CLI::App app{"ipsh: a POSIX shell with message-queue, shared-memory and semaphore builtins", "ipsh"};
    app.set_help_flag("--help", "print this help and exit");
    bool show_version = false;
    bool norc = false;
    bool login = false;
    app.add_flag("--version", show_version, "print the version and exit");
    app.add_flag("--norc", norc, "do not read ~/.ipshrc when interactive");
    app.add_flag("--login", login, "act as a login shell: read /etc/profile and ~/.profile");
    app.footer(std::string(kUsage) +
               "\nShort options (also settable with `set`):\n"
               "  -c          read commands from the first operand\n"
               "  -s          read commands from standard input\n"
               "  -i          interactive\n"
               "  -l          login shell\n"
               "  -n          read commands but do not run them (syntax check)\n"
               "  -e -x -u -f -C -a -b -h -m -v -E -T   see set in ipsh(1); +x turns one off\n"
               "  -o NAME     set an option by name (+o NAME unsets it)\n"
               "  -O NAME     set a shopt option (+O NAME unsets it)\n"
               "\nSee ipsh(1) and ipsh-ipc(7).\n");
    std::vector<std::string> longs;
    for (int i = 4 + k; i-- > 4;) longs.emplace_back(argv[i]);  // CLI11 takes them reversed
    try {
        app.parse(longs);
    } catch (const CLI::CallForHelp&) {
        write_out(1, app.help());
        return 0;
    } catch (const CLI::ExtrasError&) {
        usage_error(std::string(argv[4 + k - 1]) + ": invalid option");
    } catch (const CLI::ParseError& e) {
        usage_error(e.what());
    }
    if (show_version) {
        write_out(1, std::string(kVersion) + "\n");
        return 0;
    }
    std::string result;
    if (norc) result += "norc,";
    if (login) result += "login,";
    ::setenv("IPSH_CLI_RESULT", result.c_str(), 1);
    std::vector<char*> args;
    args.push_back(const_cast<char*>(argv0));
    for (int i = 4 + k; i < argc; ++i) args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execv(shell, args.data());
    write_out(2, std::string("ipsh: cannot run ") + shell + ": " + std::strerror(errno) + "\n");
    return 127;
}
