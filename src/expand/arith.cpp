// arith.cpp: $((...)) evaluation (XCU 2.6.4): signed 64-bit integers with wrap-around, all C
// operators POSIX lists including assignment forms, ?: and ','; short-circuit operands are
// parsed but not evaluated, so `$((0 && x=1))` assigns nothing and `$((1 || 1/0))` is fine.
#include "expand/expand.hpp"

#include "shell/shell.hpp"

#include <cctype>
#include <cstdint>

namespace ipsh::expand {

namespace {

using i64 = std::int64_t;
using u64 = std::uint64_t;

i64 wrap_add(i64 a, i64 b) { return static_cast<i64>(static_cast<u64>(a) + static_cast<u64>(b)); }
i64 wrap_sub(i64 a, i64 b) { return static_cast<i64>(static_cast<u64>(a) - static_cast<u64>(b)); }
i64 wrap_mul(i64 a, i64 b) { return static_cast<i64>(static_cast<u64>(a) * static_cast<u64>(b)); }
i64 wrap_neg(i64 a) { return static_cast<i64>(0 - static_cast<u64>(a)); }
i64 shift_left(i64 a, i64 b) { return static_cast<i64>(static_cast<u64>(a) << (static_cast<u64>(b) & 63)); }
i64 shift_right(i64 a, i64 b) { return a >> (static_cast<u64>(b) & 63); }

class Arith {
public:
    Arith(Shell& sh, std::string_view src, int depth) : sh_(sh), s_(src), depth_(depth) {}

    i64 run() {
        skip();
        if (pos_ >= s_.size()) return 0;
        i64 v = comma();
        skip();
        if (pos_ < s_.size()) fail("syntax error: invalid arithmetic operator");
        return v;
    }

private:
    struct Value {
        i64 v = 0;
        std::string name;  // set when the operand is a variable (an lvalue)
        bool element = false;   // name[subscript]
        std::string subscript;  // the expanded text between the brackets
    };

    [[noreturn]] void fail(const std::string& what) {
        std::string expr(s_);
        while (!expr.empty() && (expr.back() == ' ' || expr.back() == '\n')) expr.pop_back();
        size_t first = expr.find_first_not_of(" \t\n");
        expr = first == std::string::npos ? std::string() : expr.substr(first);
        if (expr.size() > 60) expr = expr.substr(0, 57) + "...";
        std::string m = "arithmetic: " + what + " in '" + expr + "'";
        if (what.rfind("syntax error", 0) == 0 && pos_ < s_.size()) {
            m += " (error token is '" + std::string(s_.substr(pos_)) + "')";
        }
        sh_.raise(1, m, ErrorKind::Arithmetic);
    }

    static bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
    void skip() {
        while (pos_ < s_.size() && space(s_[pos_])) ++pos_;
    }
    bool eat(std::string_view op) {
        skip();
        if (s_.substr(pos_, op.size()) == op) {
            pos_ += op.size();
            return true;
        }
        return false;
    }
    /// Peeks an operator without consuming; rejects `op` when followed by one of `not_next`.
    bool at_op(std::string_view op, std::string_view not_next = "") {
        skip();
        if (pos_ + op.size() > s_.size()) return false;
        for (size_t k = 0; k < op.size(); ++k) {
            if (s_[pos_ + k] != op[k]) return false;
        }
        if (pos_ + op.size() < s_.size() && !not_next.empty() &&
            not_next.find(s_[pos_ + op.size()]) != std::string_view::npos) {
            return false;
        }
        return true;
    }

    i64 var_value(const Value& x) {
        std::string text;
        const std::string* v = nullptr;
        if (x.element) {
            if (sh_.element(x.name, x.subscript, text)) v = &text;
        } else {
            v = sh_.vars.get(x.name);
        }
        if (!v) {
            if (sh_.opt.nounset) {
                sh_.raise(1, msg::not_set(x.element ? x.name + "[" + x.subscript + "]" : x.name), ErrorKind::Expansion);
            }
            return 0;
        }
        if (v->empty()) return 0;
        if (depth_ > 32) fail("expression recursion level exceeded");
        // A variable may hold a number or, as in bash and ksh, another expression.
        std::string expr = *v;
        Arith sub(sh_, expr, depth_ + 1);
        return sub.run();
    }

    void store(const Value& x, i64 v) {
        if (noeval_) return;
        if (x.element) sh_.assign_element(x.name, x.subscript, std::to_string(v), false);
        else sh_.assign(x.name, std::to_string(v));
    }

    i64 rvalue(const Value& x) {
        if (!x.name.empty()) return noeval_ ? 0 : var_value(x);
        return x.v;
    }

    /// A variable operand at pos_: a name and, for an array element, its [subscript].
    Value lvalue() {
        size_t start = pos_;
        while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) ++pos_;
        Value x;
        x.name = std::string(s_.substr(start, pos_ - start));
        if (pos_ < s_.size() && s_[pos_] == '[') {
            size_t open = pos_;
            int depth = 0;
            for (; pos_ < s_.size(); ++pos_) {
                if (s_[pos_] == '[') ++depth;
                if (s_[pos_] == ']' && --depth == 0) break;
            }
            if (pos_ >= s_.size()) {
                pos_ = open;
                fail("syntax error: missing ']'");
            }
            x.element = true;
            x.subscript = std::string(s_.substr(open + 1, pos_ - open - 1));
            ++pos_;
        }
        return x;
    }

    /// Evaluates an indexed subscript once, so a[i++] += 1 moves i once.
    Value resolved(Value x) {
        if (!x.element || noeval_) return x;
        const vars::Var* v = sh_.vars.find(x.name);
        if (v && (v->flags & vars::kAssoc)) return x;
        Arith sub(sh_, x.subscript, depth_ + 1);
        x.subscript = std::to_string(sub.run());
        return x;
    }

    i64 comma() {
        i64 v = assign();
        while (at_op(",")) {
            ++pos_;
            v = assign();
        }
        return v;
    }

    i64 assign() {
        size_t save = pos_;
        skip();
        if (pos_ < s_.size() && (std::isalpha(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) {
            Value name = lvalue();
            skip();
            static constexpr std::string_view ops[] = {"<<=", ">>=", "*=", "/=", "%=", "+=", "-=",
                                                       "&=", "^=", "|=", "="};
            for (auto op : ops) {
                if (s_.substr(pos_, op.size()) != op) continue;
                if (op == "=" && pos_ + 1 < s_.size() && s_[pos_ + 1] == '=') break;
                pos_ += op.size();
                name = resolved(std::move(name));
                i64 rhs = assign();
                i64 result = rhs;
                if (op != "=") {
                    i64 lhs = noeval_ ? 0 : var_value(name);
                    result = binary(op.substr(0, op.size() - 1), lhs, rhs);
                }
                store(name, result);
                return result;
            }
        }
        pos_ = save;
        return conditional();
    }

    i64 conditional() {
        i64 c = logical_or();
        if (at_op("?")) {
            ++pos_;
            bool take_first = c != 0;
            if (!take_first) ++noeval_;
            i64 a = comma();
            if (!take_first) --noeval_;
            if (!eat(":")) fail("syntax error: ':' expected for conditional expression");
            if (take_first) ++noeval_;
            i64 b = conditional();
            if (take_first) --noeval_;
            return take_first ? a : b;
        }
        return c;
    }

    i64 logical_or() {
        i64 v = logical_and();
        while (at_op("||")) {
            pos_ += 2;
            if (v) ++noeval_;
            i64 r = logical_and();
            if (v) --noeval_;
            v = (v || r) ? 1 : 0;
        }
        return v;
    }

    i64 logical_and() {
        i64 v = bit_or();
        while (at_op("&&")) {
            pos_ += 2;
            if (!v) ++noeval_;
            i64 r = bit_or();
            if (!v) --noeval_;
            v = (v && r) ? 1 : 0;
        }
        return v;
    }

    i64 bit_or() {
        i64 v = bit_xor();
        while (at_op("|", "|=")) {
            ++pos_;
            v |= bit_xor();
        }
        return v;
    }
    i64 bit_xor() {
        i64 v = bit_and();
        while (at_op("^", "=")) {
            ++pos_;
            v ^= bit_and();
        }
        return v;
    }
    i64 bit_and() {
        i64 v = equality();
        while (at_op("&", "&=")) {
            ++pos_;
            v &= equality();
        }
        return v;
    }
    i64 equality() {
        i64 v = relational();
        for (;;) {
            if (at_op("==")) {
                pos_ += 2;
                v = v == relational();
            } else if (at_op("!=")) {
                pos_ += 2;
                v = v != relational();
            } else {
                return v;
            }
        }
    }
    i64 relational() {
        i64 v = shift();
        for (;;) {
            if (at_op("<=")) {
                pos_ += 2;
                v = v <= shift();
            } else if (at_op(">=")) {
                pos_ += 2;
                v = v >= shift();
            } else if (at_op("<", "<")) {
                ++pos_;
                v = v < shift();
            } else if (at_op(">", ">")) {
                ++pos_;
                v = v > shift();
            } else {
                return v;
            }
        }
    }
    i64 shift() {
        i64 v = additive();
        for (;;) {
            if (at_op("<<", "=")) {
                pos_ += 2;
                v = shift_left(v, additive());
            } else if (at_op(">>", "=")) {
                pos_ += 2;
                v = shift_right(v, additive());
            } else {
                return v;
            }
        }
    }
    i64 additive() {
        i64 v = multiplicative();
        for (;;) {
            // After an operand that is not a variable, `2--3` is 2 - -3 (bash, dash).
            if (at_op("+", "=")) {
                ++pos_;
                v = wrap_add(v, multiplicative());
            } else if (at_op("-", "=")) {
                ++pos_;
                v = wrap_sub(v, multiplicative());
            } else {
                return v;
            }
        }
    }
    i64 multiplicative() {
        i64 v = power();
        for (;;) {
            if (at_op("*", "=*")) {
                ++pos_;
                v = binary("*", v, power());
            } else if (at_op("/", "=")) {
                ++pos_;
                v = binary("/", v, power());
            } else if (at_op("%", "=")) {
                ++pos_;
                v = binary("%", v, power());
            } else {
                return v;
            }
        }
    }
    /// `**` (bash, ksh; not POSIX): binds tighter than `*`, looser than unary minus, and to the
    /// right, so `-2**2` is 4 and `2**3**2` is 512. A negative exponent is an error.
    i64 power() {
        i64 base = unary();
        if (!at_op("**", "=")) return base;
        pos_ += 2;
        i64 exp = power();
        if (exp < 0) {
            if (noeval_) return 0;
            fail("exponent less than 0");
        }
        u64 r = 1, b = static_cast<u64>(base);  // square and multiply, wrapping like `*`
        for (u64 e = static_cast<u64>(exp); e; e >>= 1) {
            if (e & 1) r *= b;
            b *= b;
        }
        return static_cast<i64>(r);
    }

    i64 binary(std::string_view op, i64 a, i64 b) {
        if (op == "+") return wrap_add(a, b);
        if (op == "-") return wrap_sub(a, b);
        if (op == "*") return wrap_mul(a, b);
        if (op == "/" || op == "%") {
            if (b == 0) {
                if (noeval_) return 0;
                fail("division by zero");
            }
            if (a == INT64_MIN && b == -1) return op == "/" ? a : 0;
            return op == "/" ? a / b : a % b;
        }
        if (op == "<<") return shift_left(a, b);
        if (op == ">>") return shift_right(a, b);
        if (op == "&") return a & b;
        if (op == "^") return a ^ b;
        if (op == "|") return a | b;
        return 0;
    }

    i64 unary() {
        skip();
        if ((at_op("++") || at_op("--")) && name_follows(pos_ + 2)) {
            bool inc = s_[pos_] == '+';
            pos_ += 2;
            Value x = primary();
            if (x.name.empty()) fail("syntax error: operand expected");
            i64 v = noeval_ ? 0 : var_value(x);
            v = inc ? wrap_add(v, 1) : wrap_sub(v, 1);
            store(x, v);
            return v;
        }
        if (at_op("+")) {
            ++pos_;
            return unary();
        }
        if (at_op("-")) {
            ++pos_;
            return wrap_neg(unary());
        }
        if (at_op("!")) {
            ++pos_;
            return unary() == 0 ? 1 : 0;
        }
        if (at_op("~")) {
            ++pos_;
            return ~unary();
        }
        Value x = primary();
        if (!x.name.empty()) {
            if (at_op("++") || at_op("--")) {
                bool inc = s_[pos_] == '+';
                pos_ += 2;
                i64 v = noeval_ ? 0 : var_value(x);
                store(x, inc ? wrap_add(v, 1) : wrap_sub(v, 1));
                return v;
            }
        }
        return rvalue(x);
    }

    /// Whether a variable name starts at `at` (after blanks): only then are a leading `++`
    /// and `--` increments; `--3` is - -3 (bash, dash).
    bool name_follows(size_t at) const {
        while (at < s_.size() && space(s_[at])) ++at;
        return at < s_.size() && (std::isalpha(static_cast<unsigned char>(s_[at])) || s_[at] == '_');
    }

    Value primary() {
        skip();
        if (pos_ >= s_.size()) fail("syntax error: operand expected");
        char c = s_[pos_];
        if (c == '(') {
            ++pos_;
            if (++parens_ > 500) fail("expression nested too deeply");
            Value v;
            v.v = comma();
            --parens_;
            if (!eat(")")) fail("syntax error: missing ')'");
            return v;
        }
        if (std::isdigit(static_cast<unsigned char>(c))) {
            Value v;
            v.v = number();
            return v;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') return resolved(lvalue());
        fail("syntax error: operand expected");
    }

    i64 number() {
        size_t start = pos_;
        int base = 10;
        if (s_[pos_] == '0' && pos_ + 1 < s_.size() && (s_[pos_ + 1] == 'x' || s_[pos_ + 1] == 'X')) {
            base = 16;
            pos_ += 2;
        } else if (s_[pos_] == '0') {
            base = 8;
        }
        // base#digits, as in bash and ksh.
        size_t hash = pos_;
        while (hash < s_.size() && std::isdigit(static_cast<unsigned char>(s_[hash]))) ++hash;
        if (base == 10 && hash < s_.size() && s_[hash] == '#') {
            int b = 0;
            for (size_t i = pos_; i < hash; ++i) b = b * 10 + (s_[i] - '0');
            if (b < 2 || b > 64) fail("invalid arithmetic base");
            base = b;
            pos_ = hash + 1;
        }
        u64 v = 0;
        size_t digits = 0;
        while (pos_ < s_.size()) {
            char c = s_[pos_];
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'Z') d = base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
            else if (c == '@') d = 62;
            else if (c == '_') d = 63;
            else break;
            if (d >= base) {
                pos_ = start;
                fail("value too great for base");
            }
            v = v * static_cast<u64>(base) + static_cast<u64>(d);
            ++pos_;
            ++digits;
        }
        if (digits == 0 && base == 16) fail("syntax error: invalid number");
        return static_cast<i64>(v);
    }

    Shell& sh_;
    std::string_view s_;
    size_t pos_ = 0;
    int depth_;
    int noeval_ = 0;
    int parens_ = 0;
};

}  // namespace

std::int64_t arith(Shell& sh, std::string_view expr) {
    Arith a(sh, expr, 0);
    return a.run();
}

}  // namespace ipsh::expand
