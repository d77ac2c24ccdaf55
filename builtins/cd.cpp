// cd.cpp: cd [-L|-P] [dir|-] and pwd [-L|-P] (XCU cd, pwd). Logical mode (the default) keeps
// PWD free of symlink resolution by removing `.` and `..` lexically; CDPATH is searched for
// relative names; `cd -` goes to OLDPWD and prints it.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "io/fd.hpp"
#include "shell/shell.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <vector>

namespace ipsh::builtins {

namespace {

std::string physical_cwd() {
    std::string buf(PATH_MAX, '\0');
    if (!::getcwd(buf.data(), buf.size())) return {};
    buf.resize(std::char_traits<char>::length(buf.c_str()));
    return buf;
}

bool is_dir(const std::string& p);

/// Removes `.`, `..` and repeated slashes from an absolute path. The component before each
/// `..` must be a directory (XCU cd step 8b): `cd ./file/../x` fails; `bad` then names it.
std::string canonical(const std::string& path, std::string& bad) {
    std::vector<std::string> parts;
    size_t i = 0;
    while (i < path.size()) {
        size_t j = path.find('/', i);
        if (j == std::string::npos) j = path.size();
        std::string part = path.substr(i, j - i);
        if (part == "..") {
            if (!parts.empty()) {
                std::string prefix;
                for (const auto& p : parts) prefix += "/" + p;
                if (bad.empty() && !is_dir(prefix)) bad = prefix;
                parts.pop_back();
            }
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        i = j + 1;
    }
    // Exactly two leading slashes may mean something to the system (XCU 4.13): keep them.
    const bool double_slash = path.size() >= 2 && path[0] == '/' && path[1] == '/' &&
                              (path.size() == 2 || path[2] != '/');
    std::string out = double_slash ? "/" : "";
    for (const auto& p : parts) out += "/" + p;
    if (out.empty() || out == "/") return double_slash ? "//" : "/";
    return out;
}

bool is_dir(const std::string& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

int builtin_cd(Shell& sh, io::IoStreams& io, Args argv) {
    bool physical = false;
    // -e (POSIX 2024): with -P, fail with 1 when the new PWD cannot be determined.
    bool check_pwd = false;
    OptParser op(argv, "LPe");
    while (char c = op.next()) {
        if (c == 'e') {
            check_pwd = true;
        } else {
            physical = c == 'P';
        }
    }
    auto rest = op.rest();
    if (rest.size() > 1) fail("cd", "too many arguments", 1);
    std::string dir;
    bool print = false;
    if (rest.empty()) {
        const std::string* home = sh.vars.get("HOME");
        if (!home || home->empty()) fail("cd", "HOME not set", 1);
        dir = *home;
    } else if (rest[0] == "-") {
        const std::string* old = sh.vars.get("OLDPWD");
        if (!old || old->empty()) fail("cd", "OLDPWD not set", 1);
        dir = *old;
        print = true;
    } else {
        dir = rest[0];
    }
    if (dir.empty()) fail("cd", "empty directory name", 1);
    // CDPATH applies to names that don't start with /, . or .. (XCU cd step 5).
    std::string target = dir;
    bool relative_search = dir[0] != '/' && dir != "." && dir != ".." && dir.rfind("./", 0) != 0 &&
                           dir.rfind("../", 0) != 0;
    if (relative_search) {
        if (const std::string* cdpath = sh.vars.get("CDPATH")) {
            size_t start = 0;
            for (;;) {
                size_t colon = cdpath->find(':', start);
                std::string entry = cdpath->substr(start, colon == std::string::npos ? std::string::npos : colon - start);
                std::string cand = entry.empty() ? "./" + dir : entry + (entry.back() == '/' ? "" : "/") + dir;
                if (is_dir(cand)) {
                    target = cand;
                    if (!entry.empty()) print = true;
                    break;
                }
                if (colon == std::string::npos) break;
                start = colon + 1;
            }
        }
    }
    const std::string* pwd = sh.vars.get("PWD");
    std::string logical;
    if (!physical) {
        std::string base = (pwd && !pwd->empty() && (*pwd)[0] == '/') ? *pwd : physical_cwd();
        // Join without doubling a slash: `cd ..` from / must not look like `//..`.
        const bool slash = !base.empty() && base.back() == '/';
        std::string bad;
        logical = canonical(target[0] == '/' ? target : base + (slash ? "" : "/") + target, bad);
        if (!bad.empty()) {
            struct stat st {};
            fail("cd", dir + ": " + (::stat(bad.c_str(), &st) == 0 ? io::errno_text(ENOTDIR)
                                                                  : io::errno_text(errno)),
                 1);
        }
    }
    const std::string& go = physical ? target : logical;
    if (::chdir(go.c_str()) != 0) {
        int err = errno;
        // The logical path may not exist physically (a `..` through a symlink): try as given.
        if (physical || ::chdir(target.c_str()) != 0) fail("cd", dir + ": " + io::errno_text(err), 1);
        logical = physical_cwd();
    }
    std::string newpwd = physical ? physical_cwd() : logical;
    sh.vars.set("OLDPWD", pwd ? *pwd : physical_cwd(), vars::kExported);
    if (newpwd.empty()) {
        // The directory changed, but its name is unknown (a parent is unreadable).
        sh.vars.unset("PWD");
        return physical && check_pwd ? 1 : 0;
    }
    sh.vars.set("PWD", newpwd, vars::kExported);
    if (print) io.out << newpwd << "\n";
    return 0;
}

int builtin_pwd(Shell& sh, io::IoStreams& io, Args argv) {
    bool physical = false;
    OptParser op(argv, "LP");
    while (char c = op.next()) physical = c == 'P';
    if (!physical) {
        const std::string* pwd = sh.vars.get("PWD");
        struct stat a {};
        struct stat b {};
        if (pwd && !pwd->empty() && (*pwd)[0] == '/' && ::stat(pwd->c_str(), &a) == 0 && ::stat(".", &b) == 0 &&
            a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
            io.out << *pwd << "\n";
            return 0;
        }
    }
    std::string cwd = physical_cwd();
    if (cwd.empty()) {
        // The directory was removed or a parent is unreadable: its last known name (dash, bash).
        const std::string* pwd = sh.vars.get("PWD");
        if (physical || !pwd || pwd->empty() || (*pwd)[0] != '/') fail("pwd", io::errno_text(errno), 1);
        cwd = *pwd;
    }
    io.out << cwd << "\n";
    return 0;
}

}  // namespace ipsh::builtins
