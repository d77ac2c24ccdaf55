// fd.cpp: UniqueFd, Pipe and the EINTR-retrying wrappers.
#include "io/fd.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ipsh::io {

void UniqueFd::reset(int fd) {
    if (fd_ >= 0 && fd_ != fd) {
        // close() must not be retried on EINTR on Linux: the descriptor is already gone.
        ::close(fd_);
    }
    fd_ = fd;
}

bool Pipe::create(Pipe& out) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) < 0) return false;
    out.read.reset(fds[0]);
    out.write.reset(fds[1]);
    return true;
}

ssize_t read_retry(int fd, void* buf, size_t len) {
    for (;;) {
        ssize_t n = ::read(fd, buf, len);
        if (n < 0 && errno == EINTR) continue;
        return n;
    }
}

bool write_all(int fd, std::string_view data) {
    const char* p = data.data();
    size_t left = data.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    return true;
}

bool read_all(int fd, std::string& out) {
    char buf[8192];
    for (;;) {
        ssize_t n = read_retry(fd, buf, sizeof buf);
        if (n < 0) return false;
        if (n == 0) return true;
        out.append(buf, static_cast<size_t>(n));
    }
}

int dup_high(int fd, int min_fd) { return ::fcntl(fd, F_DUPFD_CLOEXEC, min_fd); }

bool set_cloexec(int fd, bool on) {
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) return false;
    int want = on ? (flags | FD_CLOEXEC) : (flags & ~FD_CLOEXEC);
    return want == flags || ::fcntl(fd, F_SETFD, want) == 0;
}

bool is_open(int fd) { return ::fcntl(fd, F_GETFD) >= 0; }

std::string errno_text(int err) { return std::string(::strerror(err)); }

}  // namespace ipsh::io
