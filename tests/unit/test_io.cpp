// test_io.cpp: descriptor ownership, pipes, redirection frames.
#include "exec/redirect.hpp"
#include "io/fd.hpp"
#include "io/streams.hpp"
#include "parse/parser.hpp"
#include "shell/shell.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ipsh;

TEST_CASE("UniqueFd closes and moves") {
    int raw;
    {
        io::UniqueFd a(::open("/dev/null", O_RDONLY | O_CLOEXEC));
        raw = a.get();
        REQUIRE(raw >= 0);
        io::UniqueFd b(std::move(a));
        CHECK_FALSE(a.valid());
        CHECK(b.get() == raw);
        CHECK(io::is_open(raw));
    }
    CHECK_FALSE(io::is_open(raw));
}

TEST_CASE("Pipe ends are close-on-exec and carry data") {
    io::Pipe p;
    REQUIRE(io::Pipe::create(p));
    CHECK((::fcntl(p.read.get(), F_GETFD) & FD_CLOEXEC) != 0);
    CHECK((::fcntl(p.write.get(), F_GETFD) & FD_CLOEXEC) != 0);
    CHECK(io::write_all(p.write.get(), "hello"));
    p.write.reset();
    std::string got;
    CHECK(io::read_all(p.read.get(), got));
    CHECK(got == "hello");
}

TEST_CASE("OutStream captures into a string") {
    std::string sink;
    {
        io::OutStream out(&sink);
        out << "a" << 'b' << 42LL;
    }
    CHECK(sink == "ab42");
}

TEST_CASE("heredoc_fd delivers small and large bodies") {
    for (size_t n : {size_t{5}, size_t{200000}}) {
        std::string body(n, 'x');
        io::UniqueFd fd = exec::heredoc_fd(body);
        REQUIRE(fd.valid());
        std::string got;
        CHECK(io::read_all(fd.get(), got));
        CHECK(got.size() == n);
    }
}

TEST_CASE("RedirectionFrame restores the descriptor it replaced") {
    Shell sh;
    int probe = ::open("/dev/null", O_RDONLY);
    REQUIRE(probe >= 0);
    // Use a descriptor number nobody else uses in the test runner.
    const int target = 7;
    ::dup2(probe, target);
    ::close(probe);
    struct stat before {};
    ::fstat(target, &before);
    {
        parse::ParseResult r = parse::parse_string("x 7>/dev/zero");
        auto& l = std::get<ast::List>(r);
        const auto& sc = std::get<ast::SimpleCommand>(l.items[0].and_or.pipelines[0].stages[0]);
        exec::RedirectionFrame frame(sh);
        CHECK(frame.apply(sc.redirs));
        struct stat during {};
        ::fstat(target, &during);
        CHECK(during.st_rdev != before.st_rdev);
    }
    struct stat after {};
    ::fstat(target, &after);
    CHECK(after.st_rdev == before.st_rdev);
    ::close(target);
}
