// main.cpp: command line -> ShellOptions, then hands over to the Shell: a -c string, a script,
// standard input, or the interactive loop. No shell logic lives here (STYLE §1).
//
// CLI11 defines the long options and prints --help, in the ipsh-cli front end (src/cli/),
// run only when a long option is given. POSIX short options, with their `+x` forms CLI11
// cannot express, are scanned here.
#include "exec/executor.hpp"
#include "exec/path.hpp"
#include "interactive/line_editor.hpp"
#include "io/fd.hpp"
#include "lex/reader.hpp"
#include "shell/input.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace {

using ipsh::Shell;
using ipsh::ShellOptions;

constexpr const char* kVersion = "ipsh 0.1.0";
constexpr const char* kUsage =
    "Usage: ipsh [-abCEefhilmnsTuvx] [-o option] [-O shopt] [--norc] [--login] [script [arg...]]\n"
    "       ipsh [options] -c command [name [arg...]]\n";

enum class Mode { Stdin, Command, Script };

struct Launch {
    Mode mode = Mode::Stdin;
    ShellOptions opt;
    bool force_interactive = false;
    bool norc = false;
    bool login = false;
    std::vector<std::string> operands;  // command or script, then name/arguments
};

[[noreturn]] void usage_exit(const std::string& problem) {
    std::string msg = "ipsh: " + problem + "\n" + kUsage + "Try 'ipsh --help' for more information.\n";
    ipsh::io::write_all(2, msg);
    std::_Exit(2);
}

/// Long options are parsed by ipsh-cli (src/cli/cli.cpp), a separate program with CLI11,
/// found next to this executable (build tree) or in ../libexec/ipsh (installed). It execs
/// this shell again with the long options removed and their meaning in IPSH_CLI_RESULT, so
/// the ordinary start-up never pays for CLI11. Without the helper the options are still
/// understood; only --help is shorter.
void parse_long(int argc, char** argv, const std::vector<std::string>& longs,
                const std::vector<int>& long_at, Launch& l) {
    char self[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        std::string dir = self;
        dir.resize(dir.rfind('/') == std::string::npos ? 0 : dir.rfind('/'));
        for (const std::string& cli : {dir + "/ipsh-cli", dir + "/../libexec/ipsh/ipsh-cli"}) {
            if (::access(cli.c_str(), X_OK) != 0) continue;
            std::vector<std::string> words = {cli, self, argv[0] ? argv[0] : "ipsh", std::to_string(longs.size())};
            for (const auto& a : longs) words.push_back(a);
            for (int i = 1; i < argc; ++i) {
                bool is_long = false;
                for (int at : long_at) is_long = is_long || at == i;
                if (!is_long) words.emplace_back(argv[i]);
            }
            std::vector<char*> args;
            for (auto& w : words) args.push_back(w.data());
            args.push_back(nullptr);
            ::execv(cli.c_str(), args.data());
        }
    }
    for (const auto& a : longs) {
        if (a == "--norc") {
            l.norc = true;
        } else if (a == "--login") {
            l.login = true;
        } else if (a == "--version") {
            ipsh::io::write_all(1, std::string(kVersion) + "\n");
            std::_Exit(0);
        } else if (a == "--help") {
            ipsh::io::write_all(1, kUsage);
            std::_Exit(0);
        } else {
            usage_exit(a + ": invalid option");
        }
    }
}

/// Settings parsed by ipsh-cli before it exec'd us (see parse_long).
void take_cli_result(Launch& l) {
    const char* r = std::getenv("IPSH_CLI_RESULT");
    if (!r) return;
    std::string_view v(r);
    if (v.find("norc,") != std::string_view::npos) l.norc = true;
    if (v.find("login,") != std::string_view::npos) l.login = true;
    ::unsetenv("IPSH_CLI_RESULT");
}

Launch parse_command_line(int argc, char** argv) {
    Launch l;
    take_cli_result(l);
    std::vector<std::string> longs;
    std::vector<int> long_at;
    int i = 1;
    for (; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--" || a == "-") {
            ++i;
            break;
        }
        if (a.size() >= 2 && a[0] == '-' && a[1] == '-') {
            longs.emplace_back(a);
            long_at.push_back(i);
            continue;
        }
        if (a.size() < 2 || (a[0] != '-' && a[0] != '+')) break;
        const bool on = a[0] == '-';
        for (size_t k = 1; k < a.size(); ++k) {
            char c = a[k];
            switch (c) {
            case 'c': l.mode = Mode::Command; continue;  // +c too (dash, bash)
            case 's': l.opt.stdin_mode = on; continue;
            case 'i': l.force_interactive = on; continue;
            case 'l': l.login = on; continue;
            case 'o': {
                if (i + 1 >= argc) usage_exit(std::string(1, a[0]) + "o: option name required");
                std::string name = argv[++i];
                if (!ipsh::set_named_option(l.opt, name, on)) usage_exit(name + ": invalid option name");
                continue;
            }
            case 'O': {
                // -O name / +O name: a shopt option (bash).
                if (i + 1 >= argc) usage_exit(std::string(1, a[0]) + "O: option name required");
                std::string name = argv[++i];
                if (!ipsh::set_shopt_option(l.opt, name, on)) usage_exit(name + ": invalid shell option name");
                continue;
            }
            default:
                if (!ipsh::set_letter_option(l.opt, c, on)) {
                    usage_exit(std::string(1, a[0]) + c + ": invalid option");
                }
            }
        }
    }
    for (; i < argc; ++i) l.operands.emplace_back(argv[i]);
    if (!longs.empty()) parse_long(argc, argv, longs, long_at, l);
    if (l.mode == Mode::Command && l.operands.empty()) usage_exit("-c: option requires an argument");
    if (l.mode == Mode::Stdin && !l.opt.stdin_mode && !l.operands.empty()) l.mode = Mode::Script;
    return l;
}

bool same_file(const char* a, const char* b) {
    struct stat sa {};
    struct stat sb {};
    return ::stat(a, &sa) == 0 && ::stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void init_variables(Shell& sh) {
    sh.vars.import_environment(environ);
    // $_ starts as the path the parent put in the environment (or argv[0]) and then follows
    // the last argument of each simple command, as in bash. It is not a variable in the table,
    // so changing it after every command does not rebuild the environment block for exec.
    const std::string* u = sh.vars.get("_");
    sh.last_arg = u ? *u : sh.arg0;
    sh.vars.unset("_");
    if (!sh.vars.get("PS1")) sh.vars.set("PS1", ::geteuid() == 0 ? "# " : "$ ");
    if (!sh.vars.get("PS2")) sh.vars.set("PS2", "> ");
    if (!sh.vars.get("PS4")) sh.vars.set("PS4", "+ ");
    sh.vars.set("OPTIND", "1");
    sh.vars.set("PPID", std::to_string(::getppid()));
    // bash's UID, EUID (read-only), OSTYPE and HOSTNAME, and its dynamic variables.
    sh.vars.set("UID", std::to_string(::getuid()), ipsh::vars::kReadonly);
    sh.vars.set("EUID", std::to_string(::geteuid()), ipsh::vars::kReadonly);
    sh.vars.set("OSTYPE", "linux-gnu");
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0) sh.vars.set("HOSTNAME", host);
    sh.init_dynamic_vars();
    // IFS is never taken from the environment; the shell sets it to <space><tab><newline>
    // when it starts (XCU sh, ENVIRONMENT VARIABLES), so "$IFS" and `saved=$IFS` see it.
    sh.vars.set("IFS", " \t\n");
    if (!sh.vars.get("PATH")) sh.vars.set("PATH", ipsh::exec::kDefaultPath);
    // PWD is kept when it names the current directory by another (logical) path, and is
    // exported, as in dash and bash.
    const std::string* pwd = sh.vars.get("PWD");
    if (!pwd || (*pwd)[0] != '/' || !same_file(pwd->c_str(), ".")) {
        char buf[PATH_MAX];
        if (::getcwd(buf, sizeof buf)) sh.vars.set("PWD", buf);
    }
    if (sh.vars.get("PWD")) sh.vars.add_flags("PWD", ipsh::vars::kExported);
}

/// Runs a start-up file if it exists; its errors never end the shell.
void source_file(Shell& sh, const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    std::string text;
    ipsh::io::read_all(fd, text);
    ::close(fd);
    std::string saved = sh.script_name;
    try {
        ipsh::lex::StringSource src(text);
        ipsh::exec::ExecResult r = sh.executor().run_source(src, 1, false);
        if (r.flow == ipsh::Flow::Exit) sh.exit_shell(r.status);
    } catch (const ipsh::ShellError& e) {
        sh.report(e);
    } catch (const ipsh::Interrupted&) {
    }
    sh.script_name = saved;
}

void read_profiles(Shell& sh) {
    source_file(sh, "/etc/profile");
    if (const std::string* home = sh.vars.get("HOME")) source_file(sh, *home + "/.profile");
}

}  // namespace

int main(int argc, char** argv) {
    Launch l = parse_command_line(argc, argv);
    if (argv[0] && argv[0][0] == '-') l.login = true;

    Shell sh;
    sh.opt = l.opt;
    sh.opt.login = l.login;
    sh.arg0 = argv[0] ? argv[0] : "ipsh";
    init_variables(sh);
    sh.apply_locale();
    const bool interactive_stdin = l.mode == Mode::Stdin &&
                                   (l.force_interactive || (::isatty(0) && ::isatty(2)));
    if (sh.opt.login && !interactive_stdin) {
        // A login shell reads the profiles whatever it then runs (`ipsh -l -c cmd`), as
        // dash and bash do; the interactive case reads them after job-control set-up below.
        sh.install_signal_handlers();
        read_profiles(sh);
    }

    if (l.mode == Mode::Command) {
        std::string cmd = l.operands[0];
        if (l.operands.size() > 1) {
            sh.arg0 = l.operands[1];
            sh.positional.assign(l.operands.begin() + 2, l.operands.end());
        }
        sh.opt.interactive = l.force_interactive;
        sh.install_signal_handlers();
        ipsh::lex::StringSource src(std::move(cmd));
        sh.executor().run_source(src, 1, true);
        sh.exit_shell(sh.last_status);
    }
    if (l.mode == Mode::Script) {
        const std::string& path = l.operands[0];
        sh.arg0 = path;
        sh.script_name = path;
        sh.positional.assign(l.operands.begin() + 1, l.operands.end());
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            int err = errno;
            sh.script_name.clear();
            sh.error(path + ": " + ipsh::io::errno_text(err));
            return err == ENOENT ? 127 : 126;
        }
        std::string text;
        bool ok = ipsh::io::read_all(fd, text);
        int err = errno;
        ::close(fd);
        if (!ok) {
            sh.script_name.clear();
            sh.error(path + ": " + ipsh::io::errno_text(err));
            return 126;
        }
        sh.opt.interactive = l.force_interactive;
        sh.install_signal_handlers();
        ipsh::lex::StringSource src(std::move(text));
        sh.executor().run_source(src, 1, true);
        sh.exit_shell(sh.last_status);
    }
    // Commands from standard input.
    sh.positional = l.operands;
    sh.opt.stdin_mode = true;
    if (!interactive_stdin) {
        sh.install_signal_handlers();
        ipsh::FdSource src(0);
        sh.executor().run_source(src, 1, true);
        sh.exit_shell(sh.last_status);
    }
    sh.opt.interactive = true;
    sh.install_signal_handlers();
    ipsh::interactive::init_job_control(sh);
    if (sh.opt.login) read_profiles(sh);
    if (const std::string* env = sh.vars.get("ENV")) {
        // POSIX: ENV is parameter-expanded and names a file an interactive shell runs.
        std::string file = sh.expand_text(*env);
        if (!file.empty()) source_file(sh, file);
    }
    if (!l.norc) {
        if (const std::string* home = sh.vars.get("HOME")) source_file(sh, *home + "/.ipshrc");
    }
    return ipsh::interactive::run_interactive(sh);
}
