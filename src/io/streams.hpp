// streams.hpp: the buffered output streams builtins write through (never std::cout), so that
// output can be redirected, captured for $(...) and unit-tested without a fork (STYLE §6).
#pragma once

#include <string>
#include <string_view>

namespace ipsh::io {

/// A buffered writer to a file descriptor, or to a string when capturing.
class OutStream {
public:
    /// Writes to `fd`.
    explicit OutStream(int fd) : fd_(fd) {}
    /// Captures into `*sink` (unit tests); the fd is unused.
    explicit OutStream(std::string* sink) : sink_(sink) {}
    OutStream(const OutStream&) = delete;
    OutStream& operator=(const OutStream&) = delete;
    ~OutStream() { flush(); }

    OutStream& operator<<(std::string_view s) {
        write(s);
        return *this;
    }
    OutStream& operator<<(char c) {
        put(c);
        return *this;
    }
    OutStream& operator<<(long long v);
    OutStream& operator<<(int v) { return *this << static_cast<long long>(v); }
    OutStream& operator<<(long v) { return *this << static_cast<long long>(v); }
    OutStream& operator<<(unsigned long v) { return *this << static_cast<long long>(v); }
    void write(std::string_view s);
    void put(char c);
    /// Sends the buffer to the fd; false when a write failed now or earlier.
    bool flush();
    /// True once a write has failed (EPIPE, EBADF, ENOSPC...).
    bool failed() const { return failed_; }
    int fd() const { return fd_; }

private:
    int fd_ = -1;
    std::string* sink_ = nullptr;
    std::string buf_;
    bool failed_ = false;
};

/// What a builtin reads from and writes to.
struct IoStreams {
    OutStream& out;
    OutStream& err;
    int in_fd = 0;
};

}  // namespace ipsh::io
