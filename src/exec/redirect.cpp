// redirect.cpp: opening redirection targets, the in-shell RedirectionFrame and the
// parent-side planning for spawned children.
#include "exec/redirect.hpp"

#include "expand/expand.hpp"
#include "shell/shell.hpp"
#include "signals/signals.hpp"

#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

/// What one redirection resolves to before it is applied.
struct Resolved {
    int target = -1;
    int source = -1;      // fd to dup from; -1 with close=true means close the target
    bool close = false;
    bool move = false;    // n>&m- (ksh, bash): after the dup, m is closed
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
    std::string word = expand::expand_string(sh, r.target);
    if (r.op == ast::RedirOp::DupIn || r.op == ast::RedirOp::DupOut) {
        if (word == "-") {
            out.close = true;
            return true;
        }
        std::string_view num = word;
        if (num.size() > 1 && num.back() == '-') {
            num.remove_suffix(1);
            out.move = true;
        }
        bool digits = !num.empty() && num.size() < 8;
        int n = 0;
        for (char c : num) {
            digits = digits && c >= '0' && c <= '9';
            n = n * 10 + (c - '0');
        }
        if (!digits) {
            sh.error(word + ": ambiguous redirect");
            return false;
        }
        out.source = n;
        return true;
    }
    if (word.empty()) {
        sh.error("cannot open '': No such file or directory");
        return false;
    }
    int flags = 0;
    switch (r.op) {
    case ast::RedirOp::In: flags = O_RDONLY; break;
    case ast::RedirOp::ReadWrite: flags = O_RDWR | O_CREAT; break;
    case ast::RedirOp::Append: flags = O_WRONLY | O_CREAT | O_APPEND; break;
    case ast::RedirOp::Clobber: flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    case ast::RedirOp::Out:
        flags = sh.opt.noclobber ? (O_WRONLY | O_CREAT | O_EXCL) : (O_WRONLY | O_CREAT | O_TRUNC);
        break;
    default: break;
    }
    int fd;
    do {
        fd = ::open(word.c_str(), flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR && !signals::pending(SIGINT));
    if (fd < 0 && errno == EEXIST && r.op == ast::RedirOp::Out) {
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
        if (!res.close && !res.owned && res.source == res.target) continue;
        if (!res.close && res.source != res.owned.get()) {
            // n>&m: m must be open and must not be one of the shell's own descriptors (those
            // are all close-on-exec; the user's never are), such as a pipe of this pipeline.
            int fl = ::fcntl(res.source, F_GETFD);
            if (fl < 0 || (fl & FD_CLOEXEC)) {
                sh_.error(std::to_string(res.source) + ": bad file descriptor");
                return false;
            }
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
    }
    return true;
}

bool plan_redirections(Shell& sh, const std::vector<ast::Redirect>& redirs,
                       std::vector<FdAction>& actions, std::vector<io::UniqueFd>& keep_open) {
    std::vector<int> targets;
    for (const auto& r : redirs) {
        Resolved res;
        if (!resolve(sh, r, res)) return false;
        if (!res.close && !res.owned && res.source == res.target) continue;
        if (res.close) {
            actions.push_back({-1, res.target});
        } else {
            if (!res.owned) {
                bool earlier = false;
                for (int t : targets) earlier = earlier || t == res.source;
                int fl = ::fcntl(res.source, F_GETFD);
                if (!earlier && (fl < 0 || (fl & FD_CLOEXEC))) {
                    sh.error(std::to_string(res.source) + ": bad file descriptor");
                    return false;
                }
            }
            actions.push_back({res.source, res.target});
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
