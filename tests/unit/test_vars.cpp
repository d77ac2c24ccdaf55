// test_vars.cpp: VarTable flags, scopes and the environment block.
#include "vars/vars.hpp"

#include <doctest/doctest.h>

#include <cstring>

using namespace ipsh;

TEST_CASE("set, get, readonly, unset") {
    vars::VarTable t;
    CHECK(t.get("x") == nullptr);
    CHECK(t.set("x", "1"));
    CHECK(*t.get("x") == "1");
    t.add_flags("x", vars::kReadonly);
    CHECK_FALSE(t.set("x", "2"));
    CHECK_FALSE(t.unset("x"));
    CHECK(*t.get("x") == "1");
}

TEST_CASE("local scopes restore on pop") {
    vars::VarTable t;
    t.set("x", "global");
    t.push_scope();
    CHECK(t.make_local("x"));
    t.set("x", "local");
    t.make_local("y");
    t.set("y", "new");
    CHECK(*t.get("x") == "local");
    t.pop_scope();
    CHECK(*t.get("x") == "global");
    CHECK(t.get("y") == nullptr);
    CHECK_FALSE(t.make_local("z"));
}

TEST_CASE("environment contains exported variables only and is rebuilt on change") {
    vars::VarTable t;
    t.set("A", "1", vars::kExported);
    t.set("B", "2");
    auto count = [&]() {
        int n = 0;
        bool a = false;
        for (char* const* e = t.envp(); *e; ++e) {
            ++n;
            a = a || std::strcmp(*e, "A=1") == 0 || std::strcmp(*e, "A=3") == 0;
        }
        return a ? n : -1;
    };
    CHECK(count() == 1);
    t.add_flags("B", vars::kExported);
    CHECK(count() == 2);
    t.set("A", "3");
    bool found = false;
    for (char* const* e = t.envp(); *e; ++e) found = found || std::strcmp(*e, "A=3") == 0;
    CHECK(found);
}
