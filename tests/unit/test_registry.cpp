// test_registry.cpp: the builtin table.
#include "builtins/registry.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace ipsh;

TEST_CASE("the registry is sorted and lookups find every entry") {
    auto all = builtins::all();
    CHECK(std::ranges::is_sorted(all, {}, &builtins::BuiltinSpec::name));
    for (const auto& b : all) {
        const auto* found = builtins::find(b.name);
        REQUIRE(found != nullptr);
        CHECK(found->name == b.name);
        CHECK(!b.summary.empty());
    }
    CHECK(builtins::find("nonexistent") == nullptr);
    CHECK(builtins::find("") == nullptr);
}

TEST_CASE("special builtins are the POSIX list") {
    for (const char* name : {".", ":", "break", "continue", "eval", "exec", "exit", "export", "readonly",
                             "return", "set", "shift", "times", "trap", "unset"}) {
        CAPTURE(name);
        REQUIRE(builtins::find(name) != nullptr);
        CHECK(builtins::find(name)->kind == builtins::Kind::Special);
    }
    CHECK(builtins::find("cd")->kind == builtins::Kind::Regular);
    CHECK(builtins::is_declaration("export"));
    CHECK(builtins::is_declaration("local"));
    CHECK_FALSE(builtins::is_declaration("echo"));
}
