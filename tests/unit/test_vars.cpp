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

TEST_CASE("a nameref reads, assigns and unsets the variable it names") {
    vars::VarTable t;
    CHECK(t.set("x", "1"));
    CHECK(t.set("r", "x", vars::kNameref));
    CHECK(*t.get("r") == "1");
    CHECK(t.find("r") == t.find("x"));
    CHECK(t.find_raw("r")->value == "x");
    CHECK(t.resolve("r") == "x");
    CHECK(t.set("r", "2"));
    CHECK(*t.get("x") == "2");
    CHECK(t.find_raw("r")->value == "x");
    t.add_flags("r", vars::kExported);  // export r exports x
    CHECK((t.find_raw("x")->flags & vars::kExported) != 0);
    CHECK((t.find_raw("r")->flags & vars::kExported) == 0);
    CHECK(t.unset("r"));
    CHECK(t.find_raw("x") == nullptr);
    CHECK(t.find_raw("r") != nullptr);
    CHECK(t.unset("r", false));  // unset -n
    CHECK(t.find_raw("r") == nullptr);
}

TEST_CASE("nameref chains, arrays and the reference itself") {
    vars::VarTable t;
    t.set("x", "v");
    t.set("r1", "x", vars::kNameref);
    t.set("r2", "r1", vars::kNameref);
    CHECK(*t.get("r2") == "v");
    CHECK(t.resolve("r2") == "x");
    CHECK(t.set_array("r2", {{0, "a"}, {3, "b"}}));
    CHECK(t.find("x")->values() == std::vector<std::string>{"a", "b"});
    CHECK(t.set_element("r1", 1, "c"));
    CHECK(*t.find("x")->element(1) == "c");
    // declare +n r1: r1 becomes a plain variable holding the name.
    t.remove_flags("r1", vars::kNameref);
    CHECK(*t.get("r1") == "x");
    CHECK(*t.get("r2") == "x");
    // A readonly nameref still assigns its target (bash).
    t.set("q", "y", vars::kNameref | vars::kReadonly);
    CHECK(t.set("q", "1"));
    CHECK(*t.get("y") == "1");
    CHECK_FALSE(t.set("q", "z", vars::kNameref));
}

TEST_CASE("a nameref without a value takes one when assigned") {
    vars::VarTable t;
    t.add_flags("r", vars::kNameref);
    CHECK(t.get("r") == nullptr);
    CHECK(t.set("r", "x"));
    CHECK(t.find_raw("r")->value == "x");
    CHECK(t.get("x") == nullptr);
    std::vector<std::string> problems;
    t.on_ref_problem = [&](std::string_view name, vars::RefProblem) {
        problems.emplace_back(name);
    };
    t.add_flags("s", vars::kNameref);
    CHECK_FALSE(t.set("s", "1x"));
    CHECK(problems == std::vector<std::string>{"1x"});
    CHECK_FALSE(t.find_raw("s")->is_set);
}

TEST_CASE("circular namerefs are reported and read as unset") {
    vars::VarTable t;
    std::vector<std::pair<std::string, vars::RefProblem>> problems;
    t.on_ref_problem = [&](std::string_view name, vars::RefProblem p) {
        problems.emplace_back(name, p);
    };
    t.set("a", "b", vars::kNameref);
    t.set("b", "a", vars::kNameref);
    CHECK(t.get("a") == nullptr);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].first == "a");
    CHECK(problems[0].second == vars::RefProblem::kCircular);
    CHECK_FALSE(t.set("a", "1"));
    CHECK(problems.back().second == vars::RefProblem::kCircularWrite);
    CHECK(t.resolve("a") == "a");
    CHECK(t.unset("a"));  // removes a itself (bash)
    CHECK(t.find_raw("a") == nullptr);
    CHECK(t.find_raw("b") != nullptr);
}

TEST_CASE("a nameref to an array element") {
    vars::VarTable t;
    t.set_array("a", {{0, "zero"}, {1, "one"}});
    t.set("r", "a[1]", vars::kNameref);
    CHECK(t.find("r") == nullptr);
    CHECK(*t.get("r") == "one");
    CHECK(t.set("r", "ONE"));
    CHECK(*t.find("a")->element(1) == "ONE");
    CHECK(t.unset("r"));
    CHECK(t.find("a")->element(1) == nullptr);
    CHECK(t.find("a")->element(0) != nullptr);
    // The shell evaluates the subscript (arithmetic, $i); here it only names the key.
    t.subscript_key = [](std::string_view, const vars::Var*, const std::string& text,
                         bool) -> std::optional<std::string> {
        return text == "i" ? std::optional<std::string>("0") : std::nullopt;
    };
    t.set("s", "a[i]", vars::kNameref);
    CHECK(*t.get("s") == "zero");
    t.make_array("h", true);
    t.set_key("h", "k", "v");
    t.set("hr", "h[k]", vars::kNameref);
    t.subscript_key = nullptr;
    CHECK(*t.get("hr") == "v");
    CHECK(t.set("hr", "w"));
    CHECK(*t.find("h")->element(std::string("k")) == "w");
}

TEST_CASE("nameref targets, locals and temporary assignments") {
    CHECK(vars::VarTable::valid_ref_target("x"));
    CHECK(vars::VarTable::valid_ref_target("a[1]"));
    CHECK(vars::VarTable::valid_ref_target("a[[1]]"));
    CHECK_FALSE(vars::VarTable::valid_ref_target("1x"));
    CHECK_FALSE(vars::VarTable::valid_ref_target(""));
    CHECK_FALSE(vars::VarTable::valid_ref_target("a[]"));
    CHECK_FALSE(vars::VarTable::valid_ref_target("a[1]x"));
    CHECK_FALSE(vars::VarTable::valid_ref_target("a[1][2]"));
    CHECK_FALSE(vars::VarTable::valid_ref_target("a[x"));

    vars::VarTable t;
    t.set("x", "1");
    t.set("r", "x", vars::kNameref);
    // r=2 cmd saves and restores x, the variable assigned.
    auto saved = t.save("r");
    CHECK(saved.name == "x");
    t.set("r", "2");
    t.restore(std::move(saved));
    CHECK(*t.get("x") == "1");
    // local r in a function is a new plain variable; the nameref comes back on return.
    t.push_scope();
    t.make_local("r");
    CHECK(t.find_raw("r") == nullptr);
    t.set("r", "5");
    CHECK(*t.get("x") == "1");
    t.pop_scope();
    CHECK(*t.get("r") == "1");
    CHECK((t.find_raw("r")->flags & vars::kNameref) != 0);
}
