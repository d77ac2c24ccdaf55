// test_users.cpp: the passwd(5) reader behind ~user, \u and the IPC owner names.
#include "shell/users.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace ipsh;

TEST_CASE("parse_line takes the seven fields of a passwd entry") {
    auto u = users::parse_line("alice:x:1001:100:Alice A.,,,:/home/alice:/bin/sh");
    REQUIRE(u);
    CHECK(u->name == "alice");
    CHECK(u->uid == 1001);
    CHECK(u->gid == 100);
    CHECK(u->gecos == "Alice A.,,,");
    CHECK(u->home == "/home/alice");
    CHECK(u->shell == "/bin/sh");
    // Empty GECOS, home and shell fields are allowed.
    auto v = users::parse_line("svc:*:5:5:::");
    REQUIRE(v);
    CHECK(v->home.empty());
    CHECK(v->shell.empty());
}

TEST_CASE("parse_line rejects comments, NIS markers and malformed entries") {
    CHECK_FALSE(users::parse_line(""));
    CHECK_FALSE(users::parse_line("# comment:x:0:0::/:/bin/sh"));
    CHECK_FALSE(users::parse_line("+nisuser::::::"));
    CHECK_FALSE(users::parse_line("short:x:1:1:/home"));
    CHECK_FALSE(users::parse_line("bad:x:one:1::/home/bad:/bin/sh"));
    CHECK_FALSE(users::parse_line("neg:x:-1:1::/home/neg:/bin/sh"));
    CHECK_FALSE(users::parse_line(":x:1:1::/home/noname:/bin/sh"));
    CHECK_FALSE(users::parse_line("extra:x:1:1::/home/x:/bin/sh:more"));
}

TEST_CASE("by_name and by_uid find the first matching entry of a file") {
    char path[] = "/tmp/ipsh-users-XXXXXX";
    const int fd = ::mkstemp(path);
    REQUIRE(fd >= 0);
    const std::string text =
        "# a comment\n"
        "root:x:0:0:root:/root:/bin/bash\n"
        "garbage line\n"
        "bob:x:1002:1002::/home/bob:/bin/sh\n"
        "bob:x:1003:1003::/home/bob2:/bin/sh\n"
        "last:x:1004:1004::/home/last:/bin/sh";  // no final newline
    REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fd);
    CHECK(users::by_name("bob", path)->home == "/home/bob");
    CHECK(users::by_uid(1003, path)->name == "bob");
    CHECK(users::by_name("last", path)->uid == 1004);
    CHECK_FALSE(users::by_name("nobody-here", path));
    CHECK_FALSE(users::by_uid(4242, path));
    int n = 0;
    users::for_each([&](const users::User&) { return ++n < 100; }, path);
    CHECK(n == 4);
    ::unlink(path);
    CHECK_FALSE(users::by_name("root", path));  // a missing file has no users
}

TEST_CASE("the real /etc/passwd knows the current user's uid") {
    // Every machine the tests run on has an entry for root.
    CHECK(users::by_uid(0)->name == "root");
    CHECK(users::by_name("root")->uid == 0);
}
