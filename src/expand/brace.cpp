// brace.cpp: brace expansion, as bash does it (not POSIX; `set +B` turns it off). It runs on
// the unexpanded word, before every other expansion: `a{b,c}d` becomes the words `abd acd`,
// `{1..10..3}` and `{a..e}` are sequences, and braces may nest. Only unquoted `{`, `,`, `}`
// and `..` count: a quoted or backslash-escaped brace, and everything inside $x, ${...},
// $(...) and $((...)), is an opaque piece of the word. A brace with no partner, or whose
// contents are neither a list with a top-level comma nor a valid sequence, stays as it is.
#include "expand/expand.hpp"

#include <charconv>
#include <cstdint>
#include <optional>

namespace ipsh::expand {

namespace {

/// One piece of a word: an unquoted literal character (part == nullptr) or a whole part.
struct Atom {
    char c = 0;
    const ast::WordPart* part = nullptr;
    bool is(char ch) const { return part == nullptr && c == ch; }
};
using Atoms = std::vector<Atom>;

Atoms atomize(const ast::Word& w) {
    Atoms out;
    for (const auto& p : w.parts) {
        const auto* lit = std::get_if<ast::Literal>(&p);
        if (lit && !lit->quoted) {
            for (char c : lit->text) out.push_back(Atom{c, nullptr});
        } else {
            out.push_back(Atom{0, &p});
        }
    }
    return out;
}

/// Turns atoms back into a word, merging runs of literal characters.
ast::Word rebuild(const Atoms& atoms, const ast::Word& like) {
    ast::Word w;
    w.raw = like.raw;
    w.pos = like.pos;
    std::string run;
    for (const Atom& a : atoms) {
        if (!a.part) {
            run.push_back(a.c);
            continue;
        }
        if (!run.empty()) w.parts.emplace_back(ast::Literal{std::move(run), false});
        run.clear();
        w.parts.push_back(*a.part);
    }
    if (!run.empty()) w.parts.emplace_back(ast::Literal{std::move(run), false});
    return w;
}

/// The text of atoms [b, e) when all of them are literal characters.
std::optional<std::string> plain_text(const Atoms& a, size_t b, size_t e) {
    std::string s;
    for (size_t i = b; i < e; ++i) {
        if (a[i].part) return std::nullopt;
        s.push_back(a[i].c);
    }
    return s;
}

std::optional<std::int64_t> to_int(std::string_view s) {
    if (s.empty()) return std::nullopt;
    std::string_view digits = s[0] == '-' || s[0] == '+' ? s.substr(1) : s;
    if (digits.empty()) return std::nullopt;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
    return s[0] == '-' ? -v : v;
}

/// Zero-padding width of a sequence end point: its length when it starts with 0 (after a
/// sign), else 0.
size_t pad_width(std::string_view s) {
    std::string_view d = s[0] == '-' || s[0] == '+' ? s.substr(1) : s;
    return d.size() > 1 && d[0] == '0' ? s.size() : 0;
}

/// {x..y} or {x..y..step}: integers or single letters. nullopt when `text` is not one.
std::optional<std::vector<std::string>> sequence(const std::string& text) {
    size_t d1 = text.find("..");
    if (d1 == std::string::npos || d1 == 0) return std::nullopt;
    std::string from = text.substr(0, d1);
    std::string rest = text.substr(d1 + 2);
    std::string to = rest;
    std::int64_t step = 1;
    size_t d2 = rest.find("..");
    if (d2 != std::string::npos) {
        to = rest.substr(0, d2);
        auto s = to_int(rest.substr(d2 + 2));
        if (!s) return std::nullopt;
        step = *s;
    }
    if (to.empty()) return std::nullopt;
    // As in bash, the sign of the step does not matter: the direction comes from the ends.
    std::uint64_t mag = step < 0 ? 0 - static_cast<std::uint64_t>(step) : static_cast<std::uint64_t>(step);
    if (mag == 0) mag = 1;
    constexpr size_t kMaxWords = 1u << 20;  // refuse {1..9999999999} rather than exhaust memory
    std::vector<std::string> out;
    auto a = to_int(from);
    auto b = to_int(to);
    if (a && b) {
        size_t width = std::max(pad_width(from), pad_width(to));
        bool up = *a <= *b;
        std::uint64_t span = up ? static_cast<std::uint64_t>(*b) - static_cast<std::uint64_t>(*a)
                                : static_cast<std::uint64_t>(*a) - static_cast<std::uint64_t>(*b);
        if (span / mag >= kMaxWords) return std::nullopt;
        for (std::uint64_t k = 0; k <= span / mag; ++k) {
            std::uint64_t off = k * mag;
            std::int64_t v = static_cast<std::int64_t>(up ? static_cast<std::uint64_t>(*a) + off
                                                         : static_cast<std::uint64_t>(*a) - off);
            std::string s = std::to_string(v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
            size_t digits = width > 0 && v < 0 ? width - 1 : width;
            if (s.size() < digits) s.insert(0, digits - s.size(), '0');
            if (v < 0) s.insert(0, 1, '-');
            out.push_back(std::move(s));
        }
        return out;
    }
    auto letter = [](const std::string& s) {
        return s.size() == 1 && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'));
    };
    if (!letter(from) || !letter(to)) return std::nullopt;
    int x = from[0];
    int y = to[0];
    int inc = static_cast<int>(std::min<std::uint64_t>(mag, 256));
    if (x <= y) {
        for (int c = x; c <= y; c += inc) out.emplace_back(1, static_cast<char>(c));
    } else {
        for (int c = x; c >= y; c -= inc) out.emplace_back(1, static_cast<char>(c));
    }
    return out;
}

void expand_atoms(const Atoms& a, std::vector<Atoms>& out);

/// Tries the brace at `open`: on success appends the expansions of the whole word to `out`.
bool try_brace(const Atoms& a, size_t open, std::vector<Atoms>& out) {
    int depth = 0;
    std::vector<size_t> commas;
    size_t close = 0;
    for (size_t i = open + 1; i < a.size(); ++i) {
        if (a[i].is('{')) {
            ++depth;
        } else if (a[i].is('}')) {
            if (depth == 0) {
                close = i;
                break;
            }
            --depth;
        } else if (a[i].is(',') && depth == 0) {
            commas.push_back(i);
        }
    }
    if (close == 0) return false;
    Atoms prefix(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(open));
    Atoms suffix(a.begin() + static_cast<std::ptrdiff_t>(close) + 1, a.end());
    std::vector<Atoms> alternatives;
    if (commas.empty()) {
        auto text = plain_text(a, open + 1, close);
        if (!text) return false;
        auto seq = sequence(*text);
        if (!seq) return false;
        for (const auto& s : *seq) {
            Atoms alt;
            for (char c : s) alt.push_back(Atom{c, nullptr});
            alternatives.push_back(std::move(alt));
        }
    } else {
        size_t start = open + 1;
        commas.push_back(close);
        for (size_t c : commas) {
            Atoms alt(a.begin() + static_cast<std::ptrdiff_t>(start), a.begin() + static_cast<std::ptrdiff_t>(c));
            expand_atoms(alt, alternatives);
            start = c + 1;
        }
    }
    std::vector<Atoms> tails;
    expand_atoms(suffix, tails);
    for (const auto& alt : alternatives) {
        for (const auto& t : tails) {
            Atoms w = prefix;
            w.insert(w.end(), alt.begin(), alt.end());
            w.insert(w.end(), t.begin(), t.end());
            out.push_back(std::move(w));
        }
    }
    return true;
}

void expand_atoms(const Atoms& a, std::vector<Atoms>& out) {
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].is('{') && try_brace(a, i, out)) return;
    }
    out.push_back(a);
}

}  // namespace

bool has_brace(const ast::Word& w) {
    for (const auto& p : w.parts) {
        const auto* lit = std::get_if<ast::Literal>(&p);
        if (lit && !lit->quoted && lit->text.find('{') != std::string::npos) return true;
    }
    return false;
}

std::vector<ast::Word> brace_expand(const ast::Word& w) {
    Atoms atoms = atomize(w);
    std::vector<Atoms> words;
    bool any = false;
    for (size_t i = 0; i < atoms.size() && !any; ++i) {
        if (atoms[i].is('{')) any = try_brace(atoms, i, words);
    }
    std::vector<ast::Word> out;
    if (!any) return out;
    out.reserve(words.size());
    for (const auto& x : words) out.push_back(rebuild(x, w));
    return out;
}

}  // namespace ipsh::expand
