// cd.cpp: cd [-L|-P] [dir|-] and pwd [-L|-P] (XCU cd, pwd). Logical mode (the default) keeps
// PWD free of symlink resolution by removing `.` and `..` lexically; CDPATH is searched for
// relative names; `cd -` goes to OLDPWD and prints it. pushd and popd change directory
// through change_directory() too.
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

std::string current_directory(Shell& sh) {
    const std::string* pwd = sh.vars.get("PWD");
    struct stat a {};
    struct stat b {};
    if (pwd && !pwd->empty() && (*pwd)[0] == '/' && ::stat(pwd->c_str(), &a) == 0 && ::stat(".", &b) == 0 &&
        a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
        return *pwd;
    }
    return physical_cwd();
}

int change_directory(Shell& sh, io::IoStreams& io, std::string_view who, const std::string& dir,
                     const CdRequest& how) {
    const std::string name(who);
    std::string target = dir;
    bool print = false;
    if (how.dash_is_oldpwd && dir == "-") {
        const std::string* old = sh.vars.get("OLDPWD");
        if (!old || old->empty()) fail(name, "OLDPWD not set", 1);
        target = *old;
        print = true;
    }
    if (target.empty()) fail(name, "empty directory name", 1);
    const std::string shown = target;  // the name in messages: before CDPATH is applied
    // CDPATH applies to names that don't start with /, . or .. (XCU cd step 5).
    bool relative_search = how.cdpath && target[0] != '/' && target != "." && target != ".." &&
                           target.rfind("./", 0) != 0 && target.rfind("../", 0) != 0;
    if (relative_search) {
        if (const std::string* cdpath = sh.vars.get("CDPATH")) {
            size_t start = 0;
            for (;;) {
                size_t colon = cdpath->find(':', start);
                std::string entry = cdpath->substr(start, colon == std::string::npos ? std::string::npos : colon - start);
                std::string cand = entry.empty() ? "./" + shown : entry + (entry.back() == '/' ? "" : "/") + shown;
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
    if (!how.physical) {
        std::string base = (pwd && !pwd->empty() && (*pwd)[0] == '/') ? *pwd : physical_cwd();
        // Join without doubling a slash: `cd ..` from / must not look like `//..`.
        const bool slash = !base.empty() && base.back() == '/';
        std::string bad;
        logical = canonical(target[0] == '/' ? target : base + (slash ? "" : "/") + target, bad);
        if (!bad.empty()) {
            struct stat st {};
            fail(name, shown + ": " + (::stat(bad.c_str(), &st) == 0 ? io::errno_text(ENOTDIR)
                                                                    : io::errno_text(errno)),
                 1);
        }
    }
    const std::string& go = how.physical ? target : logical;
    if (::chdir(go.c_str()) != 0) {
        int err = errno;
        // The logical path may not exist physically (a `..` through a symlink): try as given.
        if (how.physical || ::chdir(target.c_str()) != 0) fail(name, shown + ": " + io::errno_text(err), 1);
        logical = physical_cwd();
    }
    std::string newpwd = how.physical ? physical_cwd() : logical;
    sh.vars.set("OLDPWD", pwd ? *pwd : physical_cwd(), vars::kExported);
    if (newpwd.empty()) {
        // The directory changed, but its name is unknown (a parent is unreadable).
        sh.vars.unset("PWD");
        return how.physical && how.check_pwd ? 1 : 0;
    }
    sh.vars.set("PWD", newpwd, vars::kExported);
    if (print) io.out << newpwd << "\n";
    return 0;
}

int builtin_cd(Shell& sh, io::IoStreams& io, Args argv) {
    CdRequest how;
    OptParser op(argv, "LPe");
    while (char c = op.next()) {
        if (c == 'e') {
            // -e (POSIX 2024): with -P, fail with 1 when the new PWD cannot be determined.
            how.check_pwd = true;
        } else {
            how.physical = c == 'P';
        }
    }
    auto rest = op.rest();
    if (rest.size() > 1) fail("cd", "too many arguments", 1);
    if (!rest.empty()) return change_directory(sh, io, "cd", rest[0], how);
    const std::string* home = sh.vars.get("HOME");
    if (!home || home->empty()) fail("cd", "HOME not set", 1);
    how.dash_is_oldpwd = false;  // HOME=- names a directory called "-"
    return change_directory(sh, io, "cd", *home, how);
}

int builtin_pwd(Shell& sh, io::IoStreams& io, Args argv) {
    bool physical = false;
    OptParser op(argv, "LP");
    while (char c = op.next()) physical = c == 'P';
    std::string cwd = physical ? physical_cwd() : current_directory(sh);
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
