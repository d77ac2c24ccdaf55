// pattern.cpp: shell pattern matching (XCU 2.13) and pathname expansion. Plain patterns go to
// fnmatch(3) and glob(3); bash's extended patterns (?(list) *(list) +(list) @(list) !(list),
// shopt -s extglob) go to a small engine of our own, which neither knows. Patterns arrive
// with quoted characters already backslash-escaped by the expander.
#include "expand/expand.hpp"

#include <dirent.h>
#include <fnmatch.h>
#include <glob.h>
#include <sys/stat.h>

#include <algorithm>
#include <bit>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <cwctype>
#include <optional>
#include <string>
#include <utility>

namespace ipsh::expand {

namespace {

constexpr size_t kNone = std::string_view::npos;

/// Undecodable bytes stand for themselves above every code point, so they never equal a
/// real character (and are never passed to towlower or iswctype).
constexpr wchar_t kRawBase = 0x110000;

/// One character: its length in bytes and its value.
struct Char {
    size_t len;
    wchar_t wc;
};

/// The character that starts at s[i] (i < s.size()), in the current LC_CTYPE.
Char decode(std::string_view s, size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return {1, static_cast<wchar_t>(b)};
    if (MB_CUR_MAX == 1) {
        std::wint_t w = std::btowc(b);
        return {1, w == WEOF ? kRawBase + b : static_cast<wchar_t>(w)};
    }
    std::mbstate_t st{};
    wchar_t wc = 0;
    size_t k = std::mbrtowc(&wc, s.data() + i, s.size() - i, &st);
    if (k == 0 || k > s.size() - i) return {1, kRawBase + b};
    return {k, wc};
}

wchar_t fold(wchar_t wc) {
    return wc < kRawBase ? static_cast<wchar_t>(std::towlower(static_cast<std::wint_t>(wc))) : wc;
}

/// One of the characters that open an extended pattern when `(` follows.
bool is_ext_op(char c) { return c == '?' || c == '*' || c == '+' || c == '@' || c == '!'; }

/// The index just past the `]` that closes the bracket expression opening at p[i], or kNone
/// when there is none (the `[` is then an ordinary character). `[]...]` and `[!]...]` start
/// with a literal `]`; `[:alpha:]`, `[=a=]` and `[.a.]` are skipped whole.
size_t bracket_end(std::string_view p, size_t i) {
    size_t j = i + 1;
    if (j < p.size() && (p[j] == '!' || p[j] == '^')) ++j;
    if (j < p.size() && p[j] == ']') ++j;
    while (j < p.size()) {
        const char c = p[j];
        if (c == ']') return j + 1;
        const char d = j + 1 < p.size() ? p[j + 1] : '\0';
        if (c == '[' && (d == ':' || d == '=' || d == '.')) {
            const char close[] = {d, ']', '\0'};
            size_t e = p.find(close, j + 2);
            if (e != kNone) {
                j = e + 2;
                continue;
            }
        }
        j += c == '\\' && j + 1 < p.size() ? 2 : 1;
    }
    return kNone;
}

/// The index just past the `)` that closes the group whose `(` is p[i], or kNone. Every
/// unescaped parenthesis outside a bracket expression counts, as in bash: @(a(b)|c) is the
/// two alternatives `a(b)` and `c`.
size_t group_end(std::string_view p, size_t i) {
    int depth = 0;
    for (size_t j = i; j < p.size();) {
        const char c = p[j];
        if (c == '\\') {
            j += 2;
            continue;
        }
        if (c == '[') {
            size_t e = bracket_end(p, j);
            if (e != kNone) {
                j = e;
                continue;
            }
        }
        if (c == '(') ++depth;
        if (c == ')' && --depth == 0) return j + 1;
        ++j;
    }
    return kNone;
}

/// A bracket expression: [abc] [!a-z] [[:alpha:]].
struct Bracket {
    bool negate = false;
    std::vector<std::pair<wchar_t, wchar_t>> ranges;  // a single character is lo == hi
    std::vector<std::wctype_t> classes;               // 0 for an unknown name: matches nothing

    bool contains(wchar_t wc) const {
        for (const auto& [lo, hi] : ranges) {
            if (wc >= lo && wc <= hi) return true;
        }
        if (wc >= kRawBase) return false;
        for (std::wctype_t cls : classes) {
            if (cls != 0 && std::iswctype(static_cast<std::wint_t>(wc), cls)) return true;
        }
        return false;
    }
    bool matches(wchar_t wc, bool nocase) const {
        bool in = contains(wc);
        if (!in && nocase && wc < kRawBase) {
            const auto w = static_cast<std::wint_t>(wc);
            in = contains(static_cast<wchar_t>(std::towlower(w))) ||
                 contains(static_cast<wchar_t>(std::towupper(w)));
        }
        return in != negate;
    }
};

struct Node {
    enum class Kind : std::uint8_t { Lit, Any, Star, Bracket, Group };
    Kind kind = Kind::Lit;
    char op = 0;              // Group: one of ? * + @ !
    wchar_t wc = 0;           // Lit: the character
    std::uint32_t index = 0;  // Bracket, Group: the index in Program::brackets / groups
    std::string bytes;        // Lit: the character's bytes
};

}  // namespace

/// A compiled extended pattern: sequences of nodes, where a group node refers to the
/// sequences of its alternatives. seqs[0] is the whole pattern.
struct Matcher::Program {
    MatchOptions opt;
    /// The pattern may match a name that starts with a dot under MatchOptions::period: it,
    /// or a sub-pattern it starts with, starts with a literal dot (see can_start_with_dot).
    bool dot_ok = false;
    std::vector<std::vector<Node>> seqs;
    std::vector<Bracket> brackets;
    std::vector<std::vector<std::uint32_t>> groups;
};

namespace {

/// Turns pattern text into a Matcher::Program.
class Compiler {
public:
    Compiler(std::string_view p, Matcher::Program& prog) : p_(p), prog_(prog) {}

    void run() {
        size_t i = 0;
        prog_.seqs.emplace_back();
        parse_seq(0, i, false);
        prog_.dot_ok = can_start_with_dot(0);
    }

private:
    /// Deeper groups are taken literally: the matcher recurses once per level.
    static constexpr int kMaxDepth = 200;

    /// Parses from p_[i] into seqs[s]: to the end of the pattern, or, inside a group, to the
    /// `|` or `)` that ends this alternative (left unconsumed).
    void parse_seq(std::uint32_t s, size_t& i, bool in_group) {
        std::vector<Node> nodes;
        int parens = 0;  // plain ( ) inside a group: literal, but they nest
        while (i < p_.size()) {
            const char c = p_[i];
            if (in_group && parens == 0 && (c == '|' || c == ')')) break;
            if (c == '\\' && i + 1 < p_.size()) {
                ++i;
                literal(nodes, i);
                continue;
            }
            if (is_ext_op(c) && i + 1 < p_.size() && p_[i + 1] == '(') {
                if (depth_ < kMaxDepth && group_end(p_, i + 1) != kNone) {
                    group(nodes, i);
                } else {
                    literal(nodes, i);  // *(a without its `)` is the text `*(a` (bash)
                }
                continue;
            }
            if (c == '*') {
                if (nodes.empty() || nodes.back().kind != Node::Kind::Star) {
                    nodes.push_back(Node{Node::Kind::Star, 0, 0, 0, {}});
                }
                ++i;
                continue;
            }
            if (c == '?') {
                nodes.push_back(Node{Node::Kind::Any, 0, 0, 0, {}});
                ++i;
                continue;
            }
            if (c == '[') {
                size_t e = bracket_end(p_, i);
                if (e != kNone) {
                    bracket(nodes, i, e);
                    i = e;
                    continue;
                }
            }
            if (in_group && c == '(') ++parens;
            if (in_group && c == ')') --parens;
            literal(nodes, i);
        }
        prog_.seqs[s] = std::move(nodes);
    }

    void literal(std::vector<Node>& nodes, size_t& i) {
        Char ch = decode(p_, i);
        nodes.push_back(Node{Node::Kind::Lit, 0, ch.wc, 0, std::string(p_.substr(i, ch.len))});
        i += ch.len;
    }

    /// p_[i] is the operator, p_[i + 1] the `(` of a group known to close.
    void group(std::vector<Node>& nodes, size_t& i) {
        const char op = p_[i];
        i += 2;
        const auto g = static_cast<std::uint32_t>(prog_.groups.size());
        prog_.groups.emplace_back();
        ++depth_;
        for (;;) {
            const auto s = static_cast<std::uint32_t>(prog_.seqs.size());
            prog_.seqs.emplace_back();
            prog_.groups[g].push_back(s);
            parse_seq(s, i, true);
            // parse_seq stops at this group's `|` or `)`: group_end() saw it close.
            if (i >= p_.size() || p_[i++] == ')') break;
        }
        --depth_;
        nodes.push_back(Node{Node::Kind::Group, op, 0, g, {}});
    }

    /// One character of a bracket expression at p_[j] (escaped, or [=c=] / [.c.]); nullopt
    /// for a collating element of several characters, which matches nothing here.
    std::optional<wchar_t> bracket_char(size_t& j, size_t last) {
        if (p_[j] == '[' && j + 1 < last && (p_[j + 1] == '=' || p_[j + 1] == '.')) {
            const char close[] = {p_[j + 1], ']', '\0'};
            size_t e = p_.find(close, j + 2);
            if (e != kNone && e < last) {
                std::string_view inner = p_.substr(j + 2, e - (j + 2));
                j = e + 2;
                if (inner.empty()) return std::nullopt;
                Char ch = decode(inner, 0);
                if (ch.len != inner.size()) return std::nullopt;
                return ch.wc;
            }
        }
        if (p_[j] == '\\' && j + 1 < last) ++j;
        Char ch = decode(p_, j);
        j += ch.len;
        return ch.wc;
    }

    /// The bracket expression p_[i, e), e just past its `]`.
    void bracket(std::vector<Node>& nodes, size_t i, size_t e) {
        Bracket b;
        const size_t last = e - 1;  // the closing ']'
        size_t j = i + 1;
        if (p_[j] == '!' || p_[j] == '^') {
            b.negate = true;
            ++j;
        }
        bool first = true;
        while (j < last) {
            if (p_[j] == '[' && j + 1 < last && p_[j + 1] == ':') {
                size_t end = p_.find(":]", j + 2);
                if (end != kNone && end < last) {
                    std::string name(p_.substr(j + 2, end - (j + 2)));
                    b.classes.push_back(std::wctype(name.c_str()));
                    j = end + 2;
                    first = false;
                    continue;
                }
            }
            // A `]` first in the list is an ordinary character.
            std::optional<wchar_t> lo = first && p_[j] == ']' ? std::optional<wchar_t>(L']')
                                                               : std::nullopt;
            if (lo) ++j;
            else lo = bracket_char(j, last);
            first = false;
            const bool class_next = j + 2 < last && p_[j + 1] == '[' && p_[j + 2] == ':';
            if (j + 1 < last && p_[j] == '-' && !class_next) {
                ++j;
                std::optional<wchar_t> hi = bracket_char(j, last);
                if (lo && hi) b.ranges.emplace_back(*lo, *hi);
                continue;
            }
            if (lo) b.ranges.emplace_back(*lo, *lo);
        }
        const auto index = static_cast<std::uint32_t>(prog_.brackets.size());
        nodes.push_back(Node{Node::Kind::Bracket, 0, 0, index, {}});
        prog_.brackets.push_back(std::move(b));
    }

    /// Whether seqs[s] can match a leading dot with a literal one. bash
    /// decides this before it matches a dot file: @(.a|b) and +(.a) can, ?(x).a and
    /// *(x).a can (the group may match nothing), @(|x).a and !(x) cannot.
    bool can_start_with_dot(std::uint32_t s) const {
        for (const Node& nd : prog_.seqs[s]) {
            if (nd.kind == Node::Kind::Lit) return nd.bytes == ".";
            if (nd.kind != Node::Kind::Group || nd.op == '!') return false;
            for (std::uint32_t a : prog_.groups[nd.index]) {
                if (can_start_with_dot(a)) return true;
            }
            if (nd.op != '?' && nd.op != '*') return false;  // else the group may match nothing
        }
        return false;
    }

    std::string_view p_;
    Matcher::Program& prog_;
    int depth_ = 0;
};

/// A set of positions in a text, as a bit set that stores only the words from its first
/// to its last set bit: the sets a group yields from one start are often a position or
/// two, and are made and merged once per start.
class PosSet {
public:
    void set(size_t i) {
        cover(i / 64, i / 64 + 1);
        w_[i / 64 - base_] |= bit(i);
    }
    bool test(size_t i) const { return (word_at(i / 64) & bit(i)) != 0; }
    /// The first position >= i in the set, or kNone.
    size_t next(size_t i) const {
        size_t k = std::max(i / 64, base_);
        if (k - base_ >= w_.size()) return kNone;
        std::uint64_t word = w_[k - base_];
        if (k == i / 64) word &= ~std::uint64_t{0} << (i % 64);
        for (;;) {
            if (word) return k * 64 + static_cast<size_t>(std::countr_zero(word));
            if (++k - base_ >= w_.size()) return kNone;
            word = w_[k - base_];
        }
    }
    bool empty() const { return next(0) == kNone; }
    void merge(const PosSet& o) {
        if (o.w_.empty()) return;
        cover(o.base_, o.base_ + o.w_.size());
        for (size_t j = 0; j < o.w_.size(); ++j) w_[o.base_ + j - base_] |= o.w_[j];
    }
    /// Adds the positions >= from that are in `mask` and not in `minus` (when given).
    void merge_from(const PosSet& mask, size_t from, const PosSet* minus = nullptr) {
        const size_t k0 = std::max(from / 64, mask.base_);
        const size_t k1 = mask.base_ + mask.w_.size();
        if (k0 >= k1) return;
        cover(k0, k1);
        for (size_t k = k0; k < k1; ++k) {
            std::uint64_t word = mask.w_[k - mask.base_];
            if (minus) word &= ~minus->word_at(k);
            if (k == from / 64) word &= ~std::uint64_t{0} << (from % 64);
            w_[k - base_] |= word;
        }
    }
    size_t words() const { return w_.size(); }

private:
    static std::uint64_t bit(size_t i) { return std::uint64_t{1} << (i % 64); }
    std::uint64_t word_at(size_t k) const {
        return k >= base_ && k - base_ < w_.size() ? w_[k - base_] : 0;
    }
    /// Makes words [lo, hi) stored.
    void cover(size_t lo, size_t hi) {
        if (w_.empty()) {
            base_ = lo;
            w_.assign(hi - lo, 0);
            return;
        }
        if (lo < base_) {
            w_.insert(w_.begin(), base_ - lo, 0);
            base_ = lo;
        }
        if (hi > base_ + w_.size()) w_.resize(hi - base_, 0);
    }

    size_t base_ = 0;  // the word that w_[0] holds
    std::vector<std::uint64_t> w_;
};

/// One match of a Program against a text. Instead of backtracking, each sequence maps a
/// set of start positions to the set of positions where it can end, so the work is
/// polynomial in the text length whatever the pattern: *(a|aa) on ten thousand a's is a
/// few milliseconds. A group's result from one start position is remembered for +(...),
/// *(...) and !(...), which ask for it from every position they reach.
class Run {
public:
    Run(const Matcher::Program& prog, std::string_view text)
        : prog_(prog), text_(text), n_(text.size()), len_(text.size()), wc_(text.size()),
          memo_(prog.seqs.size()) {
        // Only character starts are ever reached: decode those.
        for (size_t i = 0; i < n_;) {
            Char ch = decode(text_, i);
            starts_.set(i);
            len_[i] = static_cast<std::uint8_t>(ch.len);
            wc_[i] = ch.wc;
            i += ch.len;
        }
        starts_.set(n_);
        lead_dot_ = prog_.opt.period && n_ > 0 && text_[0] == '.';
    }

    bool full_match() { return ends_from(0).test(n_); }

    /// The positions e such that text[i, e) matches, i a character start.
    PosSet ends_from(size_t i) {
        if (i == 0 && lead_dot_ && !prog_.dot_ok) return {};
        PosSet s;
        s.set(i);
        return eval(0, std::move(s));
    }

private:
    /// Budget for remembered results, in 64-bit words (16 MiB).
    static constexpr size_t kMemoWords = size_t{1} << 21;

    /// The positions where seqs[seq] can end when it starts at any position in `s`.
    PosSet eval(std::uint32_t seq, PosSet s) {
        for (const Node& nd : prog_.seqs[seq]) {
            if (s.empty()) break;
            s = step(nd, s);
        }
        return s;
    }

    /// The positions where seqs[seq] can end when it starts at p.
    PosSet from(std::uint32_t seq, size_t p) {
        auto& memo = memo_[seq];
        if (!memo.empty() && memo[p]) return *memo[p];
        PosSet one;
        one.set(p);
        PosSet r = eval(seq, std::move(one));
        const size_t cost = r.words() + (memo.empty() ? (n_ + 1) * sizeof(memo[0]) / 8 : 0);
        if (memo_words_ + cost <= kMemoWords) {
            memo_words_ += cost;
            if (memo.empty()) memo.resize(n_ + 1);
            memo[p] = r;
        }
        return r;
    }

    /// A leading '.' is matched only by a literal '.' (period option).
    bool dot_guard(size_t p) const { return lead_dot_ && p == 0; }

    PosSet step(const Node& nd, const PosSet& s) {
        PosSet t;
        const bool nocase = prog_.opt.nocase;
        switch (nd.kind) {
        case Node::Kind::Lit:
            for (size_t p = s.next(0); p < n_; p = s.next(p + 1)) {
                if (nocase) {
                    if (fold(wc_[p]) == fold(nd.wc)) t.set(p + len_[p]);
                } else if (text_.compare(p, nd.bytes.size(), nd.bytes) == 0) {
                    t.set(p + nd.bytes.size());
                }
            }
            return t;
        case Node::Kind::Any:
        case Node::Kind::Bracket:
            for (size_t p = s.next(0); p < n_; p = s.next(p + 1)) {
                if (dot_guard(p)) continue;
                if (nd.kind == Node::Kind::Bracket &&
                    !prog_.brackets[nd.index].matches(wc_[p], nocase)) {
                    continue;
                }
                t.set(p + len_[p]);
            }
            return t;
        case Node::Kind::Star: {
            // From a leading dot, not even the empty match: `*.b` does not match `.b`.
            size_t m = s.next(dot_guard(s.next(0)) ? 1 : 0);
            if (m != kNone) t.merge_from(starts_, m);
            return t;
        }
        case Node::Kind::Group: break;
        }
        const auto& alts = prog_.groups[nd.index];
        switch (nd.op) {
        case '@':
        case '?':
            if (nd.op == '?') t = s;
            for (std::uint32_t a : alts) t.merge(eval(a, s));
            return t;
        case '*':
        case '+': {
            // Positions reached grow only forward, so one ascending pass finds them all.
            if (nd.op == '*') t = s;
            PosSet reach = s;
            for (size_t p = reach.next(0); p != kNone; p = reach.next(p + 1)) {
                for (std::uint32_t a : alts) {
                    PosSet x = from(a, p);
                    t.merge(x);
                    reach.merge(x);
                }
            }
            return t;
        }
        default: {  // '!': any string that none of the alternatives matches
            for (size_t p = s.next(0); p != kNone; p = s.next(p + 1)) {
                if (dot_guard(p)) continue;
                PosSet m;
                for (std::uint32_t a : alts) m.merge(from(a, p));
                t.merge_from(starts_, p, &m);
            }
            return t;
        }
        }
    }

    const Matcher::Program& prog_;
    std::string_view text_;
    size_t n_;
    std::vector<std::uint8_t> len_;  // at character starts: the character's length
    std::vector<wchar_t> wc_;        // at character starts: its value
    PosSet starts_;                  // the character starts, and n
    bool lead_dot_ = false;
    std::vector<std::vector<std::optional<PosSet>>> memo_;  // [seq][start], filled lazily
    size_t memo_words_ = 0;
};

/// True when the pattern has an unescaped ?( *( +( @( or !(.
bool has_ext_opener(std::string_view p) {
    for (size_t i = 0; i + 1 < p.size(); ++i) {
        if (p[i] == '\\') {
            ++i;
            continue;
        }
        if (is_ext_op(p[i]) && p[i + 1] == '(') return true;
    }
    return false;
}

}  // namespace

Matcher::Matcher(std::string_view pattern, MatchOptions opt) : pattern_(pattern), opt_(opt) {
    if (opt.extglob && has_ext_opener(pattern)) {
        auto prog = std::make_unique<Program>();
        prog->opt = opt;
        Compiler(pattern_, *prog).run();
        prog_ = std::move(prog);
        return;
    }
    // A lone backslash at the end escapes nothing: it stands for itself (dash, bash), where
    // fnmatch(3) would reject the whole pattern.
    size_t bs = 0;
    while (bs < pattern_.size() && pattern_[pattern_.size() - 1 - bs] == '\\') ++bs;
    if (bs % 2 == 1) pattern_.push_back('\\');
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

bool Matcher::matches(std::string_view text) const {
    if (prog_) return Run(*prog_, text).full_match();
    // Fast paths for the common `*` and literal patterns.
    if (!opt_.period && pattern_ == "*") return true;
    if (!opt_.nocase && pattern_.find_first_of("*?[\\") == std::string::npos) {
        return pattern_ == text;
    }
    std::string t(text);
    int flags = (opt_.nocase ? FNM_CASEFOLD : 0) | (opt_.period ? FNM_PERIOD : 0);
    return ::fnmatch(pattern_.c_str(), t.c_str(), flags) == 0;
}

struct SubstringMatcher::State {
    State(const Matcher::Program& prog, std::string_view text) : run(prog, text) {}
    Run run;
    size_t from = kNone;  // the start whose matches `ends` holds
    PosSet ends;
};

SubstringMatcher::SubstringMatcher(const Matcher& m, std::string_view text) : m_(m), text_(text) {
    if (m.prog_) st_ = std::make_unique<State>(*m.prog_, text);
}

SubstringMatcher::~SubstringMatcher() = default;

bool SubstringMatcher::matches(size_t from, size_t to) {
    if (!st_) return m_.matches(text_.substr(from, to - from));
    if (st_->from != from) {
        st_->ends = st_->run.ends_from(from);
        st_->from = from;
    }
    return st_->ends.test(to);
}

bool pattern_match(std::string_view pattern, std::string_view text, MatchOptions opt) {
    return Matcher(pattern, opt).matches(text);
}

bool has_glob_chars(std::string_view pattern) {
    for (size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (c == '*' || c == '?' || c == '[') return true;
    }
    return false;
}

namespace {

/// The pattern with each letter outside a bracket expression turned into [xX], for
/// nocaseglob (glob(3) has no flag for it). Letters inside brackets are left as written.
std::string nocase_pattern(const std::string& p) {
    std::string out;
    bool in_bracket = false;
    for (size_t i = 0; i < p.size(); ++i) {
        char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            out.push_back(c);
            out.push_back(p[++i]);
            continue;
        }
        if (in_bracket) {
            if (c == ']') in_bracket = false;
            out.push_back(c);
            continue;
        }
        if (c == '[' && p.find(']', i + 2) != std::string::npos) {
            in_bracket = true;
            out.push_back(c);
            if (i + 1 < p.size() && (p[i + 1] == '!' || p[i + 1] == '^')) out.push_back(p[++i]);
            if (i + 1 < p.size() && p[i + 1] == ']') out.push_back(p[++i]);
            continue;
        }
        bool lower = c >= 'a' && c <= 'z';
        bool upper = c >= 'A' && c <= 'Z';
        if (lower || upper) {
            out.push_back('[');
            out.push_back(c);
            out.push_back(static_cast<char>(lower ? c - 'a' + 'A' : c - 'A' + 'a'));
            out.push_back(']');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

/// The pattern without its backslash escapes.
std::string unescape(std::string_view p) {
    std::string out;
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '\\' && i + 1 < p.size()) ++i;
        out.push_back(p[i]);
    }
    return out;
}

bool is_dir(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

/// Pathname expansion of a pattern with extended groups, which glob(3) cannot do: the
/// pattern is cut at the slashes outside groups, each component that has pattern
/// characters is matched against the names in the directories reached so far, and the
/// others are appended as they are. `.` and `..` are never produced (bash 5.2
/// globskipdots); without dotglob a name that starts with a dot needs a pattern or
/// sub-pattern that starts with a literal dot (@(.a|b) matches .a; !(x) never matches .a).
std::vector<std::string> ext_glob(std::string_view pattern, bool dot, bool nocase) {
    // Components, each with the run of slashes that follows it.
    std::vector<std::pair<std::string_view, std::string_view>> comps;
    size_t i = 0;
    while (i < pattern.size() && pattern[i] == '/') ++i;
    const std::string root(pattern.substr(0, i));
    for (size_t start = i;;) {
        size_t j = start;
        int depth = 0;
        while (j < pattern.size()) {
            const char c = pattern[j];
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '/' && depth == 0) break;
            if (c == '(') ++depth;
            if (c == ')' && depth > 0) --depth;
            ++j;
        }
        j = std::min(j, pattern.size());
        size_t k = j;
        while (k < pattern.size() && pattern[k] == '/') ++k;
        comps.emplace_back(pattern.substr(start, j - start), pattern.substr(j, k - j));
        if (k >= pattern.size()) break;
        start = k;
    }
    std::vector<std::string> paths{root};
    bool check = false;  // literal components were appended after the last scan
    const MatchOptions opt{true, nocase, !dot};
    for (const auto& [comp, slashes] : comps) {
        if (paths.empty()) break;
        if (!has_glob_chars(comp) && !has_ext_opener(comp)) {
            const std::string lit = unescape(comp);
            for (auto& p : paths) p += lit + std::string(slashes);
            check = true;
            continue;
        }
        check = false;
        const Matcher m(comp, opt);
        std::vector<std::string> next;
        for (const auto& p : paths) {
            DIR* d = ::opendir(p.empty() ? "." : p.c_str());
            if (!d) continue;
            while (const dirent* e = ::readdir(d)) {
                const std::string_view name(e->d_name);
                if (name == "." || name == ".." || !m.matches(name)) continue;
                std::string path = p + std::string(name);
                if (slashes.empty()) {
                    next.push_back(std::move(path));
                } else if (is_dir(path)) {
                    next.push_back(path + '/');  // bash: one slash after a matched name
                }
            }
            ::closedir(d);
        }
        paths = std::move(next);
    }
    if (check) {
        std::erase_if(paths, [](const std::string& p) {
            struct stat st {};
            if (!p.empty() && p.back() == '/') return !is_dir(p);
            return ::lstat(p.c_str(), &st) != 0;
        });
    }
    std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
        return std::strcoll(a.c_str(), b.c_str()) < 0;
    });
    return paths;
}

}  // namespace

std::vector<std::string> glob(const std::string& pattern, bool dot, bool nocase, bool extglob) {
    if (extglob && has_ext_opener(pattern)) return ext_glob(pattern, dot, nocase);
    std::vector<std::string> out;
    glob_t g{};
    std::string pat = pattern;
    if (nocase) pat = nocase_pattern(pattern);
    int r = ::glob(pat.c_str(), dot ? GLOB_PERIOD : 0, nullptr, &g);
    if (r == 0) {
        out.reserve(g.gl_pathc);
        for (size_t i = 0; i < g.gl_pathc; ++i) {
            std::string_view name(g.gl_pathv[i]);
            // POSIX 2024 and bash 5.2: `.*` does not produce `.` and `..`.
            size_t slash = name.rfind('/');
            std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
            if (base == "." || base == "..") continue;
            out.emplace_back(name);
        }
    }
    ::globfree(&g);
    return out;
}

}  // namespace ipsh::expand
