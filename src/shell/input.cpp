// input.cpp: FdSource.
#include "shell/input.hpp"

#include "io/fd.hpp"

#include <unistd.h>

#include <cstring>

namespace ipsh {

FdSource::FdSource(int fd) : fd_(fd), seekable_(::lseek(fd, 0, SEEK_CUR) >= 0) {}

bool FdSource::read_more(std::string& buf, bool /*continuation*/) {
    bool got = false;
    if (seekable_) {
        char block[4096];
        for (;;) {
            ssize_t n = io::read_retry(fd_, block, sizeof block);
            if (n <= 0) return got;
            const char* nl = static_cast<const char*>(std::memchr(block, '\n', static_cast<size_t>(n)));
            if (nl) {
                size_t take = static_cast<size_t>(nl - block) + 1;
                buf.append(block, take);
                if (take < static_cast<size_t>(n)) {
                    ::lseek(fd_, -static_cast<off_t>(static_cast<size_t>(n) - take), SEEK_CUR);
                }
                return true;
            }
            buf.append(block, static_cast<size_t>(n));
            got = true;
        }
    }
    for (;;) {
        char c;
        ssize_t n = io::read_retry(fd_, &c, 1);
        if (n <= 0) return got;
        buf.push_back(c);
        got = true;
        if (c == '\n') return true;
    }
}

}  // namespace ipsh
