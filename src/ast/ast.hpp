// ast.hpp: the syntax tree of a shell program. Plain data, no behaviour: the Executor walks it
// (STYLE §2). Words stay unexpanded; every command keeps its source line for error messages.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ipsh::ast {

/// Builds one visitor for std::visit out of several lambdas.
template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

/// Where a node starts in its source (1-based line).
struct SourcePos {
    int line = 0;
};

/// A heap-allocated value with value semantics: lets variant alternatives be recursive.
template <class T>
class Box {
public:
    Box(T v) : p_(std::make_unique<T>(std::move(v))) {}  // NOLINT: implicit on purpose
    Box(const Box& o) : p_(std::make_unique<T>(*o.p_)) {}
    Box(Box&&) noexcept = default;
    Box& operator=(const Box& o) {
        if (this != &o) p_ = std::make_unique<T>(*o.p_);
        return *this;
    }
    Box& operator=(Box&&) noexcept = default;
    ~Box() = default;
    T& operator*() { return *p_; }
    const T& operator*() const { return *p_; }
    T* operator->() { return p_.get(); }
    const T* operator->() const { return p_.get(); }

private:
    std::unique_ptr<T> p_;
};

struct List;
using Program = List;
struct Word;

/// Literal characters. `quoted` when they came from '...', "..." or a backslash: such
/// characters are never split, globbed or treated as pattern characters.
struct Literal {
    std::string text;
    bool quoted = false;
};

/// ${name op arg} and its simpler spellings.
enum class ParamOp : std::uint8_t {
    Plain,         // $x ${x}
    Length,        // ${#x}
    Default,       // ${x-w} ${x:-w}
    Assign,        // ${x=w} ${x:=w}
    Error,         // ${x?w} ${x:?w}
    Alternative,   // ${x+w} ${x:+w}
    RemoveSuffix,  // ${x%p}
    RemoveLongSuffix,  // ${x%%p}
    RemovePrefix,      // ${x#p}
    RemoveLongPrefix,  // ${x##p}
    // bash extensions
    Substring,         // ${x:offset} ${x:offset:length}: arg is the offset, arg2 the length
    Replace,           // ${x/p/r} ${x//p/r} ${x/#p/r} ${x/%p/r}: arg pattern, arg2 replacement
    Upper,             // ${x^} ${x^^}: all = doubled
    Lower,             // ${x,} ${x,,}
    Keys,              // ${!a[@]} ${!a[*]}: the subscripts of an array
    Names,             // ${!prefix@} ${!prefix*}: the names of the variables that start so
    Transform,         // ${x@Q} ${x@E} ${x@U} ${x@u} ${x@L} ${x@a}: mode holds the letter
    Bad,               // malformed (${%}, ${x@Q}): an error when expanded; name holds the text
};

struct ParamExp {
    std::string name;  // a name, a positional number or one of @*#?-$!0
    ParamOp op = ParamOp::Plain;
    bool colon = false;   // ':' form: also treats an empty value as unset
    bool quoted = false;  // inside double quotes
    bool indirect = false;  // ${!x}: the parameter named by the value of x (bash)
    char mode = 0;          // Replace: '/' all, '#' anchored at the start, '%' at the end; Upper, Lower: 'a' all; Transform: the letter
    std::shared_ptr<Word> arg;
    std::shared_ptr<Word> arg2;  // Substring length, Replace replacement; null when absent
    std::shared_ptr<Word> index; // ${a[i]}: the subscript, null when none
    char all = 0;                // ${a[@]}, ${a[*]}: '@' or '*'
};

/// $(...) or `...`: parsed once, run in a subshell at expansion time.
struct CommandSub {
    std::shared_ptr<const Program> body;
    bool quoted = false;
    bool backquote = false;
    /// '<' or '>' for the process substitutions <(list) and >(list) (bash, ksh): the word
    /// is a /dev/fd path to a pipe from (to) list, not list's output. 0 for $(...).
    char process = 0;
};

/// $((...)): the expression is expanded like a here-document body, then evaluated.
struct ArithExp {
    std::shared_ptr<Word> expr;
    bool quoted = false;
};

using WordPart = std::variant<Literal, ParamExp, CommandSub, ArithExp>;

struct Word {
    std::vector<WordPart> parts;
    std::string raw;  // the source spelling, for messages, xtrace and completion
    SourcePos pos;
};

enum class RedirOp : std::uint8_t {
    In,         // <
    Out,        // >
    Append,     // >>
    Clobber,    // >|
    ReadWrite,  // <>
    DupIn,      // <&
    DupOut,     // >&
    HereDoc,    // << and <<-
    HereString, // <<< word (bash, ksh): the expanded word and a newline
    OutErr,     // &>word, and >&word when word is not a number or - (bash)
    AppendErr,  // &>>word (bash)
};

/// A here-document: filled in by the lexer when it reaches the line after the operator.
struct HereDoc {
    std::string delimiter;
    bool strip_tabs = false;
    bool quoted = false;  // delimiter had quotes: body is literal
    Word body;            // when !quoted: parsed like a double-quoted string without '"'
    bool filled = false;
};

struct Redirect {
    int fd = -1;  // -1: the operator's default (0 for input, 1 for output)
    std::string fd_var;  // {name}>...: the shell picks fd >= 10 and sets name (bash)
    RedirOp op = RedirOp::In;
    Word target;
    std::shared_ptr<HereDoc> heredoc;
    SourcePos pos;
};

/// One element of an array literal: `word`, or `[key]=word`.
struct ArrayElem {
    std::shared_ptr<Word> key;  // null for a plain element
    Word value;
};

/// name=value, name+=value, name[i]=value, name=(elements...).
struct Assignment {
    std::string name;
    Word value;
    bool append = false;                         // +=
    std::shared_ptr<Word> index;                 // name[index]=...
    std::optional<std::vector<ArrayElem>> array; // name=(...)
};

struct SimpleCommand {
    std::vector<Assignment> assigns;
    std::vector<Word> words;
    /// Array literals given to a declaration utility (`local a=(1 2)`): words[first] is the
    /// literal's source text, which the executor replaces by the assignment.
    std::vector<std::pair<size_t, Assignment>> array_args;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

struct Subshell;
struct BraceGroup;
struct IfClause;
struct LoopClause;
struct ForClause;
struct CaseClause;
struct FuncDef;
struct ArithCommand;
struct CondCommand;

using Command = std::variant<SimpleCommand, Box<Subshell>, Box<BraceGroup>, Box<IfClause>,
                             Box<LoopClause>, Box<ForClause>, Box<CaseClause>, Box<FuncDef>,
                             Box<ArithCommand>, Box<CondCommand>>;

struct Pipeline {
    bool bang = false;
    /// `time [-p] pipeline` (bash, ksh; POSIX leaves `time` before a pipeline unspecified):
    /// the shell reports the real, user and system time of the whole pipeline.
    bool timed = false;
    bool time_posix = false;  // -p: the POSIX `time` format
    std::vector<Command> stages;
    SourcePos pos;
    std::string text;  // source text, for `jobs`
};

enum class AndOrOp : std::uint8_t { And, Or };

/// p1 op1 p2 op2 p3 ...: ops.size() == pipelines.size() - 1.
struct AndOr {
    std::vector<Pipeline> pipelines;
    std::vector<AndOrOp> ops;
};

struct ListItem {
    AndOr and_or;
    bool background = false;
    std::string text;
};

struct List {
    std::vector<ListItem> items;
};

struct Subshell {
    List body;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

struct BraceGroup {
    List body;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

/// if c0; then b0; elif c1; then b1; else e; fi
struct IfClause {
    std::vector<List> conds;
    std::vector<List> bodies;
    std::optional<List> else_body;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

struct LoopClause {
    bool until = false;
    List cond;
    List body;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

struct ForClause {
    std::string var;
    bool has_in = false;  // without `in`, iterates over "$@"
    std::vector<Word> words;
    /// for ((init; cond; step)) (bash, ksh): var is empty and words holds the three
    /// expressions (an empty one is no expression; an empty condition is true).
    bool arith = false;
    List body;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

struct CaseItem {
    std::vector<Word> patterns;
    List body;
    bool fallthrough = false;  // ;& (POSIX 2024)
    bool test_next = false;    // ;;& (bash): go on testing the patterns of the next items
};

struct CaseClause {
    Word subject;
    std::vector<CaseItem> items;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

/// name() compound-command. The body is shared so a function outlives its source text.
struct FuncDef {
    std::string name;
    std::shared_ptr<const Command> body;
    SourcePos pos;
    std::string text;  // source text of the whole definition, for `type`
};

/// ((expression)) (bash, ksh): status 0 when the arithmetic expression is non-zero, else 1.
struct ArithCommand {
    Word expr;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

/// One node of a [[ ]] expression.
struct CondNode {
    enum class Kind : std::uint8_t { Word, Unary, Binary, Not, And, Or };
    Kind kind = Kind::Word;
    std::string op;              // Unary: "-f", "-z"...; Binary: "==", "=~", "<", "-eq"...
    std::vector<Word> words;     // Word and Unary: one operand; Binary: two
    std::vector<CondNode> kids;  // Not: one; And, Or: two
};

/// [[ expression ]] (bash, ksh): no field splitting or pathname expansion of operands; the
/// right side of == and != is a pattern, of =~ an extended regular expression.
struct CondCommand {
    CondNode expr;
    std::vector<Redirect> redirs;
    SourcePos pos;
};

/// Calls fn for each simple command in cmd, in source order, not descending into nested
/// function definitions or command substitutions.
void for_each_simple_command(const Command& cmd, const std::function<void(const SimpleCommand&)>& fn);

/// S-expression rendering of a tree, for tests and debugging.
std::string dump(const List& list);
std::string dump(const Command& cmd);
std::string dump(const Word& word);

}  // namespace ipsh::ast
