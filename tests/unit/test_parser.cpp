// test_parser.cpp: the grammar, compared through ast::dump().
#include "parse/parser.hpp"

#include <doctest/doctest.h>

using namespace ipsh;

namespace {

std::string dump_of(const std::string& text) {
    parse::ParseResult r = parse::parse_string(text);
    if (auto* l = std::get_if<ast::List>(&r)) return ast::dump(*l);
    if (auto* e = std::get_if<parse::SyntaxError>(&r)) return "error line " + std::to_string(e->line) + ": " + e->message;
    if (auto* i = std::get_if<parse::Incomplete>(&r)) return "incomplete: " + i->message;
    return "eof";
}

}  // namespace

TEST_CASE("simple commands, assignments and redirections") {
    CHECK(dump_of("A=1 B=2 cmd x >out 2>&1") == "(simple A=1 B=2 cmd x (> out) (>& 2 1))");
    CHECK(dump_of("x=1") == "(simple x=1)");
    CHECK(dump_of("echo x=1") == "(simple echo x=1)");
    CHECK(dump_of("> f") == "(simple (> f))");
}

TEST_CASE("pipelines, and-or lists, lists") {
    CHECK(dump_of("a | b | c") == "(pipe (simple a) (simple b) (simple c))");
    CHECK(dump_of("! a && b || c") == "(andor (! (simple a)) && (simple b) || (simple c))");
    CHECK(dump_of("a & b; c") == "(list (simple a) & (simple b) (simple c))");
    CHECK(dump_of("a |\n b") == "(pipe (simple a) (simple b))");
    CHECK(dump_of("a |& b") == "(pipe (simple a (>& 2 1)) (simple b))");
    CHECK(dump_of("{ a; } |& b") == "(pipe (group (simple a) (>& 2 1)) (simple b))");
}

TEST_CASE("process substitution is a word, not a redirection") {
    CHECK(dump_of("cat <(a) >(b c)") == "(simple cat <(a) >(b c))");
    CHECK(dump_of("x < <(a)") == "(simple x (< <(a)))");
    CHECK(dump_of("cmd --f=<(a)|b") == "(pipe (simple cmd --f=<(a)) (simple b))");
    CHECK(dump_of("cat < (a)") == "error line 1: syntax error near unexpected token '('");
}

TEST_CASE("time is reserved only at the start of a pipeline") {
    CHECK(dump_of("time a | b") == "(time (pipe (simple a) (simple b)))");
    CHECK(dump_of("time -p ! a") == "(time-p (! (simple a)))");
    CHECK(dump_of("time") == "(time (simple))");
    CHECK(dump_of("a && time b") == "(andor (simple a) && (time (simple b)))");
    CHECK(dump_of("echo time") == "(simple echo time)");
    CHECK(dump_of("time=1") == "(simple time=1)");
}

TEST_CASE("compound commands") {
    CHECK(dump_of("if a; then b; elif c; then d; else e; fi") ==
          "(if (simple a) (simple b) (simple c) (simple d) (else (simple e)))");
    CHECK(dump_of("while a; do b; done") == "(while (simple a) (simple b))");
    CHECK(dump_of("until a; do b; done >f") == "(until (simple a) (simple b) (> f))");
    CHECK(dump_of("for i in a b; do echo $i; done") == "(for i (in a b) (simple echo $i))");
    CHECK(dump_of("for i do echo; done") == "(for i (simple echo))");
    CHECK(dump_of("case $x in a|b) echo 1;; (c) ;& *) echo 3; esac") ==
          "(case $x ((a|b) (simple echo 1)) ((c) (list) ;&) ((*) (simple echo 3)))");
    CHECK(dump_of("{ a; b; } 2>/dev/null") == "(group (list (simple a) (simple b)) (> 2 /dev/null))");
    CHECK(dump_of("(a; b)") == "(subshell (list (simple a) (simple b)))");
    CHECK(dump_of("f() { echo; }") == "(function f (group (simple echo)))");
    CHECK(dump_of("f()\n(echo)") == "(function f (subshell (simple echo)))");
}

TEST_CASE("reserved words only at command position") {
    CHECK(dump_of("echo if then fi") == "(simple echo if then fi)");
    CHECK(dump_of("echo }") == "(simple echo })");
}

TEST_CASE("here-documents") {
    CHECK(dump_of("cat <<EOF\nhello $x\nEOF\n") == "(simple cat (<< EOF [q \"hello \"][param x q][q \"\n\"]))");
    CHECK(dump_of("cat <<'EOF'\nhello $x\nEOF\n") == "(simple cat (<< 'EOF' [q \"hello $x\n\"]))");
    CHECK(dump_of("cat <<-EOF\n\t\tx\n\tEOF\n") == "(simple cat (<< EOF [q \"x\n\"]))");
    CHECK(dump_of("a <<A; b <<B\n1\nA\n2\nB\n") ==
          "(list (simple a (<< A [q \"1\n\"])) (simple b (<< B [q \"2\n\"])))");
}

TEST_CASE("syntax errors name the token and the line") {
    CHECK(dump_of("a)") == "error line 1: syntax error near unexpected token ')'");
    CHECK(dump_of("echo\nif ; then") == "error line 2: syntax error near unexpected token ';'");
    CHECK(dump_of("a && ;") == "error line 1: syntax error near unexpected token ';'");
    CHECK(dump_of("| a") == "error line 1: syntax error near unexpected token '|'");
    CHECK(dump_of("fi") == "error line 1: syntax error near unexpected token 'fi'");
}

TEST_CASE("unfinished input is incomplete, not an error") {
    CHECK(dump_of("if true; then") .rfind("incomplete:", 0) == 0);
    CHECK(dump_of("a |").rfind("incomplete:", 0) == 0);
    CHECK(dump_of("a &&").rfind("incomplete:", 0) == 0);
    CHECK(dump_of("echo 'x").rfind("incomplete:", 0) == 0);
    CHECK(dump_of("{ echo").rfind("incomplete:", 0) == 0);
}

TEST_CASE("deep nesting is an error, not a crash") {
    std::string deep(5000, '(');
    CHECK(dump_of(deep).find("nested too deeply") != std::string::npos);
}

TEST_CASE("(( )), for (( )) and [[ ]] (bash extensions)") {
    CHECK(dump_of("(( x = 1 + 2 ))") == "(arith  x = 1 + 2 )");
    CHECK(dump_of("((a) )") == "(subshell (subshell (simple a)))");
    CHECK(dump_of("[[ -f x && ( a == b* || ! c ) ]]") == "(cond (&& (-f x) (|| (== a b*) (! c))))");
    CHECK(dump_of("[[ a < b ]] >out") == "(cond (< a b) (> out))");
    CHECK(dump_of("[[ x =~ ^(a|b)$ ]]") == "(cond (=~ x ^(a|b)$))");
    CHECK(dump_of("[[ a b ]]") == "error line 1: syntax error near unexpected token 'b'");
    CHECK(dump_of("for ((i=0; i<2)); do :; done").find("three expressions") != std::string::npos);
    CHECK(dump_of("cat <<< word") == "(simple cat (<<< word))");
}

TEST_CASE("array assignments and subscripts (bash extensions)") {
    CHECK(dump_of("a=(1 'two' [5]=x)") == "(simple a=([lit \"1\"] [q \"two\"] [[lit \"5\"]]=[lit \"x\"]))");
    CHECK(dump_of("a+=(x) b=()") == "(simple a+=([lit \"x\"]) b=())");
    CHECK(dump_of("a[$i+1]=v cmd") == "(simple a[[param i][lit \"+1\"]]=v cmd)");
    CHECK(dump_of("s+=more") == "(simple s+=more)");
    CHECK(dump_of("a=(\n 1 # one\n 2\n)") == "(simple a=([lit \"1\"] [lit \"2\"]))");
    CHECK(dump_of("a=([k y]=v)") == "(simple a=([[lit \"k y\"]]=[lit \"v\"]))");
    CHECK(dump_of("local x=(1 2) y") == "(simple local x=(1 2) y)");
    CHECK(dump_of("echo x=(1)") == "error line 1: syntax error near unexpected token '('");
    CHECK(dump_of("a=(1 ; 2)") == "error line 1: syntax error near unexpected token ';'");
    CHECK(dump_of("a=(1 2").rfind("incomplete:", 0) == 0);
    CHECK(dump_of("a[1 =x") == "(simple a[1 =x)");
}
