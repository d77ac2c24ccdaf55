// test_lexer.cpp: tokens, quoting and the extent of expansions.
#include "lex/lexer.hpp"
#include "parse/parser.hpp"

#include <doctest/doctest.h>

using namespace ipsh;

namespace {

std::vector<lex::Token> tokens(const std::string& text) {
    lex::StringSource src(text);
    lex::Reader r(src);
    parse::Parser hook(r);
    lex::Lexer lx(r, hook);
    std::vector<lex::Token> out;
    for (;;) {
        lex::Token t = lx.next();
        bool end = t.kind == lex::Tok::Eof;
        out.push_back(std::move(t));
        if (end) break;
    }
    return out;
}

std::string kinds(const std::string& text) {
    std::string s;
    for (const auto& t : tokens(text)) {
        if (!s.empty()) s += " ";
        s += t.kind == lex::Tok::Word ? "W(" + t.text + ")" : t.kind == lex::Tok::IoNumber ? "N(" + t.text + ")" : lex::describe(t);
    }
    return s;
}

}  // namespace

TEST_CASE("operators are split from words") {
    CHECK(kinds("a|b&&c||d;e&") == "W(a) | W(b) && W(c) || W(d) ; W(e) & end of file");
    CHECK(kinds("a>>f 2>&1 <&3 <>x >|y") ==
          "W(a) >> W(f) N(2) >& W(1) <& W(3) <> W(x) >| W(y) end of file");
    CHECK(kinds("case x in a) ;; b) ;& esac") ==
          "W(case) W(x) W(in) W(a) ) ;; W(b) ) ;& W(esac) end of file");
}

TEST_CASE("comments and line continuation") {
    CHECK(kinds("echo a # comment ) |\nb") == "W(echo) W(a) newline W(b) end of file");
    // A plain word's text is the word without its line continuations, so `i\<nl>f` is the
    // reserved word `if` and `ee\<nl>ee` can name an alias.
    CHECK(kinds("ec\\\nho") == "W(echo) end of file");
    CHECK(kinds("echo a#b") == "W(echo) W(a#b) end of file");
}

TEST_CASE("quotes keep metacharacters inside one word") {
    auto t = tokens("'a b|c' \"d $x e\" f\\ g");
    REQUIRE(t.size() == 4);
    CHECK(t[0].text == "'a b|c'");
    CHECK(!t[0].plain);
    CHECK(lex::describe(t[1]) == "\"d $x e\"");
    CHECK(ast::dump(t[2].word) == "[lit \"f\"][q \" \"][lit \"g\"]");
}

TEST_CASE("expansion parts") {
    auto t = tokens("a${x:-'y z'}$(echo ')')$((1+(2)))`b`");
    REQUIRE(t.size() == 2);
    CHECK(ast::dump(t[0].word) ==
          "[lit \"a\"][param x op2 : [q \"y z\"]][cmdsub (simple echo ')')][arith [q \"1+(2)\"]][cmdsub (simple b)]");
}

TEST_CASE("process substitutions") {
    auto t = tokens("cat <(a) x>(b c)");
    REQUIRE(t.size() == 4);
    CHECK(ast::dump(t[1].word) == "[<procsub (simple a)]");
    CHECK(ast::dump(t[2].word) == "[lit \"x\"][>procsub (simple b c)]");
}

TEST_CASE("$(( that is really a subshell inside a command substitution") {
    auto t = tokens("$((echo a); (echo b))");
    REQUIRE(t.size() == 2);
    CHECK(ast::dump(t[0].word) == "[cmdsub (list (subshell (simple echo a)) (subshell (simple echo b)))]");
}

TEST_CASE("io numbers only directly before a redirection") {
    CHECK(kinds("echo 2 >x") == "W(echo) W(2) > W(x) end of file");
    CHECK(kinds("echo 2>x") == "W(echo) N(2) > W(x) end of file");
}

TEST_CASE("bash's &>, &>> and {name} before a redirection") {
    CHECK(kinds("a &>f &>>g") == "W(a) &> W(f) &>> W(g) end of file");
    CHECK(kinds("a & >f") == "W(a) & > W(f) end of file");
    CHECK(kinds("exec {fd}>f {fd}>&-") == "W(exec) {fd} > W(f) {fd} >& W(-) end of file");
    // Only {name} directly before the operator: anything else stays a word.
    CHECK(kinds("echo {fd} >f {1x}>g") == "W(echo) W({fd}) > W(f) W({1x}) > W(g) end of file");
}

TEST_CASE("unterminated quotes are incomplete input") {
    for (const char* text : {"echo 'a", "echo \"a", "echo `a", "echo ${a", "echo $(a"}) {
        CAPTURE(text);
        bool incomplete = false;
        try {
            tokens(text);
        } catch (const lex::SyntaxFailure& f) {
            incomplete = f.at_eof;
        }
        CHECK(incomplete);
    }
}

TEST_CASE("bad substitution is an error only when expanded") {
    // dash and bash accept `if false; then echo ${a!}; fi`: the lexer keeps the malformed
    // expansion, with its text for the message, and the expansion raises the error.
    auto t = tokens("echo ${a!} ${x@Z}");
    REQUIRE(t.size() == 4);
    for (size_t i : {size_t{1}, size_t{2}}) {
        REQUIRE(t[i].word.parts.size() == 1);
        const auto* pe = std::get_if<ast::ParamExp>(&t[i].word.parts[0]);
        REQUIRE(pe != nullptr);
        CHECK(pe->op == ast::ParamOp::Bad);
    }
    CHECK(std::get<ast::ParamExp>(t[1].word.parts[0]).name == "${a!}");
    CHECK(std::get<ast::ParamExp>(t[2].word.parts[0]).name == "${x@Z}");
}

TEST_CASE("extglob groups are part of the word") {
    auto ext_kinds = [](const std::string& text) {
        lex::StringSource src(text);
        lex::Reader r(src);
        parse::Parser hook(r);
        lex::Lexer lx(r, hook);
        lx.extglob = true;
        std::string s;
        for (;;) {
            lex::Token t = lx.next();
            if (t.kind == lex::Tok::Eof) break;
            if (!s.empty()) s += " ";
            s += t.kind == lex::Tok::Word ? "W(" + t.text + ")" : lex::describe(t);
        }
        return s;
    };
    CHECK(ext_kinds("echo !(*.txt) a@(b|c d)e") == "W(echo) W(!(*.txt)) W(a@(b|c d)e)");
    CHECK(ext_kinds("x +(a|@(b|c)) ;") == "W(x) W(+(a|@(b|c))) ;");
    CHECK(ext_kinds("a (b)") == "W(a) ( W(b) )");  // a blank first: a subshell's parenthesis
    CHECK(ext_kinds("'@'(x)") == "W('@') ( W(x) )");  // a quoted operator opens nothing
    CHECK(kinds("echo @(a)") == "W(echo) W(@) ( W(a) ) end of file");  // extglob off
    CHECK_THROWS_AS(ext_kinds("echo @(a"), lex::SyntaxFailure);
}

TEST_CASE("[[ == ]] reads an extended pattern without shopt extglob") {
    CHECK(std::holds_alternative<ast::List>(parse::parse_string("[[ x == @(a|b c) ]]")));
    CHECK(std::holds_alternative<ast::List>(parse::parse_string("[[ !(x) ]]")));  // ! ( x )
    CHECK(std::holds_alternative<parse::SyntaxError>(parse::parse_string("echo @(a|b)")));
}
