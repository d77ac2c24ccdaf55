// users.cpp: reading /etc/passwd (see users.hpp).
#include "shell/users.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>

namespace ipsh::users {

namespace {

constexpr const char* kPasswd = "/etc/passwd";

bool parse_id(std::string_view s, unsigned long& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::optional<User> parse_line(std::string_view line) {
    if (line.empty() || line[0] == '#' || line[0] == '+' || line[0] == '-') return std::nullopt;
    std::string_view f[7];
    size_t n = 0;
    size_t start = 0;
    for (;;) {
        const size_t colon = line.find(':', start);
        if (n == 7) return std::nullopt;  // more than seven fields
        if (colon == std::string_view::npos) {
            f[n++] = line.substr(start);
            break;
        }
        f[n++] = line.substr(start, colon - start);
        start = colon + 1;
    }
    unsigned long uid = 0;
    unsigned long gid = 0;
    if (n != 7 || f[0].empty() || !parse_id(f[2], uid) || !parse_id(f[3], gid)) return std::nullopt;
    return User{std::string(f[0]), static_cast<uid_t>(uid), static_cast<gid_t>(gid), std::string(f[4]),
                std::string(f[5]), std::string(f[6])};
}

Reader::Reader(const char* file) : fd_(::open(file ? file : kPasswd, O_RDONLY | O_CLOEXEC)) {}

Reader::~Reader() {
    if (fd_ >= 0) ::close(fd_);
}

std::optional<User> Reader::next() {
    if (fd_ < 0) return std::nullopt;
    for (;;) {
        size_t nl = buf_.find('\n', at_);
        while (nl == std::string::npos && !eof_) {
            char chunk[4096];
            const ssize_t got = ::read(fd_, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) {
                eof_ = true;
                break;
            }
            buf_.erase(0, at_);
            at_ = 0;
            buf_.append(chunk, static_cast<size_t>(got));
            nl = buf_.find('\n', at_);
        }
        if (at_ >= buf_.size()) return std::nullopt;
        const size_t end = nl == std::string::npos ? buf_.size() : nl;
        std::string_view line(buf_.data() + at_, end - at_);
        at_ = end + 1;
        if (auto u = parse_line(line)) return u;
    }
}

std::optional<User> by_name(std::string_view name, const char* file) {
    std::optional<User> found;
    for_each([&](const User& u) {
        if (u.name != name) return true;
        found = u;
        return false;
    }, file);
    return found;
}

std::optional<User> by_uid(uid_t uid, const char* file) {
    std::optional<User> found;
    for_each([&](const User& u) {
        if (u.uid != uid) return true;
        found = u;
        return false;
    }, file);
    return found;
}

}  // namespace ipsh::users
