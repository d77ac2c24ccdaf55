// redirect.hpp: redirections (XCU 2.7). In the shell process a RedirectionFrame saves each
// target fd (F_DUPFD_CLOEXEC >= 10) and restores it on destruction (dash redir.c popredir);
// for a spawned child, the same redirections become an ordered list of fd actions that
// posix_spawn applies (fish dup2_list_t).
#pragma once

#include "ast/ast.hpp"
#include "io/fd.hpp"

#include <string>
#include <vector>

namespace ipsh {
class Shell;
}

namespace ipsh::exec {

/// dup2(from, to) or close(to), applied in order in the child.
struct FdAction {
    int from = -1;  // -1: close `to`
    int to = -1;
};

class RedirectionFrame {
public:
    explicit RedirectionFrame(Shell& sh);
    ~RedirectionFrame();
    RedirectionFrame(const RedirectionFrame&) = delete;
    RedirectionFrame& operator=(const RedirectionFrame&) = delete;

    /// Applies redirections in order. On failure prints the error and returns false.
    /// May throw ShellError for expansion errors in targets.
    bool apply(const std::vector<ast::Redirect>& redirs);
    /// Makes what was applied permanent (`exec >file`).
    void keep() { keep_ = true; }

private:
    /// Remembers what `fd` is now, once per frame, so the destructor can put it back.
    void save(int fd);

    struct Saved {
        int fd;
        int copy;  // -1: fd was closed before
    };
    Shell& sh_;
    std::vector<Saved> saved_;
    bool keep_ = false;
};

/// Opens redirection targets in the parent and turns them into actions for a child.
/// The opened descriptors are owned by `keep_open` and are close-on-exec. Returns false
/// (after printing the error) when a redirection fails.
bool plan_redirections(Shell& sh, const std::vector<ast::Redirect>& redirs,
                       std::vector<FdAction>& actions, std::vector<io::UniqueFd>& keep_open);

/// A readable descriptor holding `content` (a pipe when it fits, else a memfd).
io::UniqueFd heredoc_fd(const std::string& content);

/// Moves shell-internal descriptors away from `fd` before a redirection targets it.
void vacate_fd(Shell& sh, int fd);

}  // namespace ipsh::exec
