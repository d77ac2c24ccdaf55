// static_nss.cpp: getpwnam(), getpwuid() and getpwent() for the static ipsh, over
// ipsh::users (the passwd file), linked only into the static executable.
//
// Readline calls these for ~user expansion and user-name completion. A static glibc would
// serve them from /etc/passwd too, since it cannot load NSS modules, but its versions make
// the linker warn that they need a shared glibc at run time. With these definitions in the
// executable, glibc's are never linked. Not thread-safe, like the originals.
#include <pwd.h>

#include <memory>

#include "shell/users.hpp"

namespace {

struct Entry {
    ipsh::users::User user;
    passwd pw{};
};

Entry g_entry;
std::unique_ptr<ipsh::users::Reader> g_reader;

passwd* fill(std::optional<ipsh::users::User> u) {
    if (!u) return nullptr;
    g_entry.user = std::move(*u);
    ipsh::users::User& x = g_entry.user;
    g_entry.pw = passwd{x.name.data(), const_cast<char*>("x"), x.uid, x.gid, x.gecos.data(), x.home.data(),
                        x.shell.data()};
    return &g_entry.pw;
}

}  // namespace

extern "C" {

passwd* getpwnam(const char* name) { return fill(ipsh::users::by_name(name)); }

passwd* getpwuid(uid_t uid) { return fill(ipsh::users::by_uid(uid)); }

void setpwent() { g_reader = std::make_unique<ipsh::users::Reader>(); }

void endpwent() { g_reader.reset(); }

passwd* getpwent() {
    if (!g_reader) setpwent();
    return fill(g_reader->next());
}

}  // extern "C"
