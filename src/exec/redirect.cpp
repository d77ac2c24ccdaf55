// redirect.cpp: opening redirection targets, the in-shell RedirectionFrame and the
// parent-side planning for spawned children.
#include "exec/redirect.hpp"

#include "expand/expand.hpp"
#include "shell/errors.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string_view>

namespace ipsh::exec {

namespace {

int default_fd(ast::RedirOp op) {
    switch (op) {
    case ast::RedirOp::In: case ast::RedirOp::ReadWrite: case ast::RedirOp::DupIn:
    case ast::RedirOp::HereDoc: case ast::RedirOp::HereString:
        return 0;
    default:
        return 1;
    }
}

/// The descriptor number `s` spells (digits only), if any.
std::optional<int> fd_number(std::string_view s) {
    if (s.empty() || s.size() >= 8) return std::nullopt;
    int n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

/// What one redirection resolves to before it is applied.
struct Resolved {
    int target = -1;
    int source = -1;      // fd to dup from; -1 with close=true means close the target
    bool close = false;
    bool move = false;    // n>&m- (ksh, bash): after the dup, m is closed
    bool also_stderr = false;  // &>word: fd 2 gets the same file as the target (1)
    io::UniqueFd owned;   // a descriptor we opened (close-on-exec, >= 10)
};

/// Puts a descriptor we opened at 10 or above, and never on the redirection's own target:
/// `exec 10>f` must not open f at 10 (the frame would then save and close the new file),
/// and a low here-document fd could be overwritten by a later redirection of the same
/// command before it is used.
void own(Resolved& out, int fd) {
    out.owned.reset(fd);
    if (fd < 10 || fd == out.target) {
        int high = io::dup_high(fd, 10);
        if (high >= 0 && high == out.target) {
            const int next = io::dup_high(fd, out.target + 1);
            ::close(high);
            high = next;
        }
        if (high >= 0) out.owned.reset(high);
    }
    out.source = out.owned.get();
}

/// Opens or resolves one redirection. Prints the error and returns false on failure.
bool resolve(Shell& sh, const ast::Redirect& r, Resolved& out) {
    out.target = r.fd >= 0 ? r.fd : default_fd(r.op);
    ast::RedirOp op = r.op;
    if (r.op == ast::RedirOp::HereDoc || r.op == ast::RedirOp::HereString) {
        std::string body = r.op == ast::RedirOp::HereDoc ? expand::expand_string(sh, r.heredoc->body)
                                                         : expand::expand_string(sh, r.target) + "\n";
        io::UniqueFd fd = heredoc_fd(body);
        if (!fd) {
            sh.error("cannot create here-document: " + io::errno_text(errno));
            return false;
        }
        own(out, fd.release());
        return true;
    }
    std::string word;
    if (r.op != ast::RedirOp::DupIn && r.op != ast::RedirOp::DupOut) {
        word = expand::expand_string(sh, r.target);
    } else {
        // The word of n>&word must be one field (bash): >&"$@" with two arguments is an
        // error, not a file named after both.
        std::vector<std::string> fields;
        expand::expand_word(sh, r.target, fields);
        if (fields.size() != 1) {
            std::string joined;
            for (const auto& f : fields) joined.append(joined.empty() ? "" : " ").append(f);
            sh.error(fields.empty() ? std::string("ambiguous redirect") : joined + ": ambiguous redirect");
            return false;
        }
        word = std::move(fields[0]);
        if (word == "-") {
            out.close = true;
            if (!r.fd_var.empty()) {
                // {name}>&- closes the descriptor whose number name holds.
                const std::string* v = sh.vars.get(r.fd_var);
                std::optional<int> n = v ? fd_number(*v) : std::nullopt;
                if (!n) {
                    sh.error(r.fd_var + ": ambiguous redirect");
                    return false;
                }
                out.target = *n;
            }
            return true;
        }
        std::string_view num = word;
        if (num.size() > 1 && num.back() == '-') {
            num.remove_suffix(1);
            out.move = true;
        }
        if (std::optional<int> n = fd_number(num)) {
            out.source = *n;
            return true;
        }
        // >&file is &>file (bash), but only for standard output: 2>&file stays an error.
        if (r.op == ast::RedirOp::DupIn || out.move || out.target != 1 || !r.fd_var.empty()) {
            sh.error(word + ": ambiguous redirect");
            return false;
        }
        op = ast::RedirOp::OutErr;
    }
    out.also_stderr = op == ast::RedirOp::OutErr || op == ast::RedirOp::AppendErr;
    if (word.empty()) {
        sh.error("cannot open '': No such file or directory");
        return false;
    }
    int flags = 0;
    switch (op) {
    case ast::RedirOp::In: flags = O_RDONLY; break;
    case ast::RedirOp::ReadWrite: flags = O_RDWR | O_CREAT; break;
    case ast::RedirOp::Append: case ast::RedirOp::AppendErr:
        flags = O_WRONLY | O_CREAT | O_APPEND;
        break;
    case ast::RedirOp::Clobber: flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    case ast::RedirOp::Out: case ast::RedirOp::OutErr:
        flags = sh.opt.noclobber ? (O_WRONLY | O_CREAT | O_EXCL) : (O_WRONLY | O_CREAT | O_TRUNC);
        break;
    default: break;
    }
    int fd;
    do {
        fd = ::open(word.c_str(), flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR && !signals::pending(SIGINT));
    if (fd < 0 && errno == EEXIST && (op == ast::RedirOp::Out || op == ast::RedirOp::OutErr)) {
        // noclobber only protects regular files: `>/dev/null` still works (XCU 2.7.2).
        struct stat st {};
        if (::stat(word.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
            fd = ::open(word.c_str(), O_WRONLY | O_CLOEXEC);
        } else {
            sh.error(word + ": cannot overwrite existing file");
            return false;
        }
    }
    if (fd < 0) {
        sh.error(word + ": " + io::errno_text(errno));
        return false;
    }
    own(out, fd);
    return true;
}

/// n>&m: m must be open and must not be one of the shell's own descriptors (those are all
/// close-on-exec; the user's never are), such as a pipe of this pipeline. Prints the error.
bool users_fd(Shell& sh, int fd) {
    int fl = ::fcntl(fd, F_GETFD);
    if (fl < 0 || (fl & FD_CLOEXEC)) {
        sh.error(std::to_string(fd) + ": bad file descriptor");
        return false;
    }
    return true;
}

/// {name}>... run in the shell: the descriptor goes to the lowest free number from 10 up,
/// stays open after the command (bash: the script decides when to close it) and `name`
/// holds its number. {name}>&- closes it; a descriptor of the shell's own is left alone.
bool bind_fd_var(Shell& sh, const std::string& name, const Resolved& res) {
    if (res.close) {
        const int fl = ::fcntl(res.target, F_GETFD);
        if (fl >= 0 && !(fl & FD_CLOEXEC)) ::close(res.target);
        return true;
    }
    const int fd = ::fcntl(res.source, F_DUPFD, 10);
    if (fd < 0) {
        sh.error(name + ": " + io::errno_text(errno));
        return false;
    }
    if (!sh.vars.set(name, std::to_string(fd), sh.opt.allexport ? vars::kExported : 0)) {
        ::close(fd);
        sh.error(msg::readonly(name));
        return false;
    }
    return true;
}

}  // namespace

io::UniqueFd heredoc_fd(const std::string& content) {
    io::Pipe p;
    if (content.size() < 65536) {
        if (io::Pipe::create(p)) {
            int cap = ::fcntl(p.write.get(), F_GETPIPE_SZ);
            if (cap > 0 && content.size() < static_cast<size_t>(cap)) {
                if (!content.empty() && !io::write_all(p.write.get(), content)) return io::UniqueFd();
                p.write.reset();
                io::UniqueFd r(io::dup_high(p.read.get(), 10));
                return r ? std::move(r) : std::move(p.read);
            }
        }
    }
    int fd = ::memfd_create("ipsh-heredoc", MFD_CLOEXEC);
    if (fd < 0) return io::UniqueFd();
    io::UniqueFd m(fd);
    if (!io::write_all(fd, content) || ::lseek(fd, 0, SEEK_SET) < 0) return io::UniqueFd();
    return m;
}

void vacate_fd(Shell& sh, int fd) {
    if (fd == sh.tty_fd && fd >= 0) {
        int moved = io::dup_high(fd, fd + 1);
        if (moved >= 0) {
            ::close(fd);
            sh.tty_fd = moved;
        }
    }
}

RedirectionFrame::RedirectionFrame(Shell& sh) : sh_(sh) {}

RedirectionFrame::~RedirectionFrame() {
    if (keep_) {
        for (auto& s : saved_) {
            if (s.copy >= 0) ::close(s.copy);
        }
        return;
    }
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
        if (it->copy >= 0) {
            ::dup2(it->copy, it->fd);
            ::close(it->copy);
        } else {
            ::close(it->fd);
        }
    }
}

void RedirectionFrame::save(int fd) {
    for (const auto& s : saved_) {
        if (s.fd == fd) return;
    }
    vacate_fd(sh_, fd);
    saved_.push_back({fd, io::dup_high(fd, 10)});
}

bool RedirectionFrame::apply(const std::vector<ast::Redirect>& redirs) {
    for (const auto& r : redirs) {
        Resolved res;
        sh_.current_line = r.pos.line ? r.pos.line : sh_.current_line;
        if (!resolve(sh_, r, res)) return false;
        // `3>&3` leaves fd 3 as it is, open or not (dash, bash).
        if (r.fd_var.empty() && !res.close && !res.owned && res.source == res.target) continue;
        if (!res.close && res.source != res.owned.get() && !users_fd(sh_, res.source)) return false;
        if (!r.fd_var.empty()) {
            if (!bind_fd_var(sh_, r.fd_var, res)) return false;
            continue;
        }
        save(res.target);
        if (res.close) {
            ::close(res.target);
        } else if (res.source != res.target) {
            if (::dup2(res.source, res.target) < 0) {
                sh_.error(std::to_string(res.target) + ": " + io::errno_text(errno));
                return false;
            }
            if (res.move) {
                save(res.source);
                ::close(res.source);
            }
        } else {
            io::set_cloexec(res.target, false);
        }
        if (res.also_stderr) {
            save(2);
            if (::dup2(res.target, 2) < 0) {
                sh_.error("2: " + io::errno_text(errno));
                return false;
            }
        }
    }
    return true;
}

bool plan_redirections(Shell& sh, const std::vector<ast::Redirect>& redirs,
                       std::vector<FdAction>& actions, std::vector<io::UniqueFd>& keep_open) {
    std::vector<int> targets;
    for (const auto& r : redirs) {
        Resolved res;
        if (!resolve(sh, r, res)) return false;
        if (r.fd_var.empty() && !res.close && !res.owned && res.source == res.target) continue;
        if (res.close) {
            actions.push_back({-1, res.target});
        } else {
            if (!res.owned) {
                bool earlier = false;
                for (int t : targets) earlier = earlier || t == res.source;
                if (!earlier && !users_fd(sh, res.source)) return false;
            }
            if (!r.fd_var.empty()) {
                // {name}>... for a child only: the descriptor keeps the number (10 or more)
                // it has here, and name is not set in the shell (bash).
                if (!res.owned) {
                    const int copy = io::dup_high(res.source, 10);
                    if (copy < 0) {
                        sh.error(r.fd_var + ": " + io::errno_text(errno));
                        return false;
                    }
                    own(res, copy);
                }
                res.target = res.source;
            }
            actions.push_back({res.source, res.target});
            if (res.also_stderr) {
                actions.push_back({res.source, 2});
                targets.push_back(2);
            }
            if (res.owned) keep_open.push_back(std::move(res.owned));
            if (res.move) {
                actions.push_back({-1, res.source});
                targets.push_back(res.source);
            }
        }
        targets.push_back(res.target);
    }
    return true;
}

}  // namespace ipsh::exec
