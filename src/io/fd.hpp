// fd.hpp: owning file descriptors and EINTR-safe syscall wrappers. Raw ints only at syscall
// boundaries; every descriptor the shell opens for itself is close-on-exec (STYLE §4).
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace ipsh::io {

/// A move-only owner of one file descriptor; closes it in the destructor.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    UniqueFd(UniqueFd&& o) noexcept : fd_(o.release()) {}
    UniqueFd& operator=(UniqueFd&& o) noexcept {
        if (this != &o) reset(o.release());
        return *this;
    }
    ~UniqueFd() { reset(); }

    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    explicit operator bool() const { return valid(); }
    /// Gives up ownership without closing.
    int release() {
        int f = fd_;
        fd_ = -1;
        return f;
    }
    /// Closes the current descriptor (if any) and takes ownership of `fd`.
    void reset(int fd = -1);

private:
    int fd_ = -1;
};

/// Both ends of a pipe, created close-on-exec.
struct Pipe {
    UniqueFd read;
    UniqueFd write;
    /// Creates a pipe with O_CLOEXEC on both ends; returns false and sets errno on failure.
    static bool create(Pipe& out);
};

/// read(2) retried on EINTR. Returns bytes read, 0 at EOF, -1 on error.
ssize_t read_retry(int fd, void* buf, size_t len);
/// Writes all of `data`, retrying on EINTR and short writes. False on error (errno set).
bool write_all(int fd, std::string_view data);
/// Reads everything until EOF. Returns false on a read error (errno set); `out` keeps what came.
bool read_all(int fd, std::string& out);
/// Duplicates `fd` to the lowest free descriptor >= `min_fd`, close-on-exec. -1 on error.
int dup_high(int fd, int min_fd = 10);
/// Sets or clears FD_CLOEXEC.
bool set_cloexec(int fd, bool on);
/// True when `fd` is open.
bool is_open(int fd);
/// strerror() for the current errno value, as a std::string.
std::string errno_text(int err);

}  // namespace ipsh::io
