// users.hpp: the user database as the files in /etc see it (passwd(5)).
//
// The release ipsh is a static executable, and a static glibc cannot load NSS modules: its
// getpwnam() reads only /etc/passwd anyway, and the linker warns about it at every build.
// So the shell reads /etc/passwd itself, here; ~user falls back to getent(1) for users that
// only other databases know (LDAP, sssd; see expand.cpp).
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>

namespace ipsh::users {

struct User {
    std::string name;
    uid_t uid = 0;
    gid_t gid = 0;
    std::string gecos;
    std::string home;
    std::string shell;
};

/// Parses one passwd(5) line (`name:password:uid:gid:gecos:home:shell`); nullopt for a
/// comment, a blank line or a malformed entry.
std::optional<User> parse_line(std::string_view line);

/// The first entry of `file` (default /etc/passwd) with this name or uid.
std::optional<User> by_name(std::string_view name, const char* file = nullptr);
std::optional<User> by_uid(uid_t uid, const char* file = nullptr);

/// Calls `fn(const User&)` for each entry of the file in order until it returns false.
template <class Fn>
void for_each(Fn&& fn, const char* file = nullptr);

/// One entry at a time, for the getpwent() family (static_nss.cpp).
class Reader {
public:
    explicit Reader(const char* file = nullptr);
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;
    std::optional<User> next();

private:
    int fd_ = -1;
    std::string buf_;
    size_t at_ = 0;
    bool eof_ = false;
};

template <class Fn>
void for_each(Fn&& fn, const char* file) {
    Reader r(file);
    while (auto u = r.next()) {
        if (!fn(*u)) break;
    }
}

}  // namespace ipsh::users
