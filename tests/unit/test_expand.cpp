// test_expand.cpp: expansion through a real Shell (no fork needed for these).
#include "expand/expand.hpp"
#include "parse/parser.hpp"
#include "shell/shell.hpp"

#include <doctest/doctest.h>

using namespace ipsh;

namespace {

/// Expands the words of a one-command line into fields joined with '|'.
std::string fields(Shell& sh, const std::string& text) {
    parse::ParseResult r = parse::parse_string(text);
    auto& l = std::get<ast::List>(r);
    const auto& sc = std::get<ast::SimpleCommand>(l.items[0].and_or.pipelines[0].stages[0]);
    std::vector<std::string> out;
    expand::expand_words(sh, sc.words, out);
    std::string s;
    for (size_t i = 0; i < out.size(); ++i) s += (i ? "|" : "") + out[i];
    return s + "<" + std::to_string(out.size()) + ">";
}

}  // namespace

TEST_CASE("parameter expansion forms") {
    Shell sh;
    sh.vars.set("x", "hello.tar.gz");
    sh.vars.set("e", "");
    CHECK(fields(sh, "echo ${x%.*} ${x%%.*} ${x#*.} ${x##*.}") == "echo|hello.tar|hello|tar.gz|gz<5>");
    CHECK(fields(sh, "echo ${#x} ${u-d} ${e-d} ${e:-d} ${x:+a} ${u+a}") == "echo|12|d|d|a<5>");
    CHECK(fields(sh, "echo ${u=set} $u") == "echo|set|set<3>");
}

TEST_CASE("field splitting follows IFS") {
    Shell sh;
    sh.vars.set("v", "  a  b\tc ");
    CHECK(fields(sh, "echo $v") == "echo|a|b|c<4>");
    CHECK(fields(sh, "echo \"$v\"") == "echo|  a  b\tc <2>");
    sh.vars.set("IFS", ":");
    sh.vars.set("p", ":a::b:");
    CHECK(fields(sh, "echo $p") == "echo||a||b<5>");
    sh.vars.set("IFS", "");
    CHECK(fields(sh, "echo $p") == "echo|:a::b:<2>");
    sh.vars.unset("IFS");
    sh.vars.set("w", " x : y ");
    sh.vars.set("IFS", " :");
    CHECK(fields(sh, "echo $w") == "echo|x|y<3>");
}

TEST_CASE("\"$@\" keeps fields, \"$*\" joins") {
    Shell sh;
    sh.positional = {"a b", "", "c"};
    CHECK(fields(sh, "echo \"$@\"") == "echo|a b||c<4>");
    CHECK(fields(sh, "echo \"x$@y\"") == "echo|xa b||cy<4>");
    CHECK(fields(sh, "echo $@") == "echo|a|b|c<4>");
    CHECK(fields(sh, "echo \"$*\"") == "echo|a b  c<2>");
    sh.positional.clear();
    CHECK(fields(sh, "echo \"$@\"") == "echo<1>");
    CHECK(fields(sh, "echo \"\"$@") == "echo|<2>");
}

TEST_CASE("quoted and empty words") {
    Shell sh;
    CHECK(fields(sh, "echo '' \"\" $nothing") == "echo||<3>");
    CHECK(fields(sh, "echo a\"\"b '*'") == "echo|ab|*<3>");
}

TEST_CASE("arithmetic") {
    Shell sh;
    sh.vars.set("i", "5");
    CHECK(expand::arith(sh, "1 + 2 * 3") == 7);
    CHECK(expand::arith(sh, "(1 + 2) * 3") == 9);
    CHECK(expand::arith(sh, "i += 2, i * 2") == 14);
    CHECK(*sh.vars.get("i") == "7");
    CHECK(expand::arith(sh, "0x1f + 010 + 2#101") == 31 + 8 + 5);
    CHECK(expand::arith(sh, "-7 / 2") == -3);
    CHECK(expand::arith(sh, "-7 % 2") == -1);
    CHECK(expand::arith(sh, "1 < 2 && 3 >= 3 || 0") == 1);
    CHECK(expand::arith(sh, "5 ? 1 : 1/0") == 1);
    CHECK(expand::arith(sh, "0 && (j = 1)") == 0);
    CHECK(sh.vars.get("j") == nullptr);
    CHECK(expand::arith(sh, "i++ + ++i") == 7 + 9);
    CHECK(expand::arith(sh, "~0 ^ 5 | 2 & 3 << 1") == ((~0 ^ 5) | (2 & (3 << 1))));
    CHECK(expand::arith(sh, "9223372036854775807 + 1") == INT64_MIN);
    CHECK_THROWS_AS(expand::arith(sh, "1 / 0"), ShellError);
    CHECK_THROWS_AS(expand::arith(sh, "1 +"), ShellError);
    CHECK_THROWS_AS(expand::arith(sh, "08"), ShellError);
}

TEST_CASE("pattern matching") {
    CHECK(expand::pattern_match("a*c", "abbc"));
    CHECK(expand::pattern_match("[!a]?", "bx"));
    CHECK_FALSE(expand::pattern_match("[!a]?", "ax"));
    CHECK(expand::pattern_match("\\*", "*"));
    CHECK_FALSE(expand::pattern_match("\\*", "x"));
    CHECK(expand::pattern_match("[[:digit:]]*", "9z"));
}

TEST_CASE("extended patterns (extglob)") {
    const expand::MatchOptions ext{.extglob = true};
    auto m = [&](const char* p, const char* t) { return expand::pattern_match(p, t, ext); };
    CHECK(m("--@(help|verbose)", "--verbose"));
    CHECK_FALSE(m("--@(help|verbose)", "--oops"));
    CHECK(m("--?(help)", "--"));
    CHECK_FALSE(m("--?(help)", "--helphelp"));
    CHECK(m("+(ab)", "ababab"));
    CHECK_FALSE(m("+(ab)", ""));
    CHECK(m("*(ab)", ""));
    CHECK(m("*(foo*)", "foofoo_foo__foo___"));
    CHECK(m("!(*.txt)", "a.c"));
    CHECK_FALSE(m("!(*.txt)", "a.txt"));
    CHECK(m("!(abc)", "abcd"));
    CHECK(m("!(abc)", ""));
    CHECK(m("a!()b", "aXb"));
    CHECK_FALSE(m("a!()b", "ab"));
    CHECK(m("--@(help|no-@(long|short))", "--no-short"));  // nested
    CHECK(m("@(a(b)|c)", "a(b)"));                         // plain parentheses nest
    CHECK(m("@(a\\|b)", "a|b"));                           // an escaped | is literal
    CHECK_FALSE(m("@(a\\|b)", "a"));
    CHECK(m("*(a", "*(a"));  // no closing parenthesis: literal text
    CHECK_FALSE(m("*(a", "b(a"));
    CHECK(m("@([[:digit:]]|x)y", "7y"));
    CHECK(m("@([]a])", "]"));
    // Without the option, the same text is an ordinary pattern.
    CHECK_FALSE(expand::pattern_match("@(a|b)", "a"));
    CHECK(expand::pattern_match("@(a|b)", "@(a|b)"));
    CHECK(expand::pattern_match("*(a)", "x(a)"));
}

TEST_CASE("extended patterns take polynomial time") {
    const std::string long_a(20000, 'a');
    expand::Matcher star(std::string("*(a|aa)"), {.extglob = true});
    CHECK(star.matches(long_a));
    CHECK_FALSE(star.matches(long_a + "b"));
    CHECK_FALSE(expand::pattern_match("*(a|aa|aaa)c", long_a, {.extglob = true}));
    CHECK(expand::pattern_match("!(*b*)", long_a, {.extglob = true}));
}

TEST_CASE("extended patterns and a leading dot (pathname expansion)") {
    const expand::MatchOptions opt{.extglob = true, .period = true};
    auto m = [&](const char* p, const char* t) { return expand::pattern_match(p, t, opt); };
    CHECK(m("@(.a|b)", ".a"));
    CHECK(m("?(x).a", ".a"));  // the group may match nothing
    CHECK_FALSE(m("@(|x).a", ".a"));
    CHECK_FALSE(m("!(x)", ".a"));
    CHECK_FALSE(m("@(*)", ".a"));
    CHECK_FALSE(m("*.@(a)", ".a"));
    CHECK(m("!(x)", "a"));
    CHECK(expand::pattern_match("!(x)", ".a", {.extglob = true}));  // outside pathnames
}
