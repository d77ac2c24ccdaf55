// umask.cpp: umask [-S] [mask] (XCU umask). Prints the mask as four octal digits, or with -S
// in symbolic form (u=rwx,g=rx,o=rx). Sets it from octal or from a chmod-style symbolic mode
// (XCU chmod "Extended Description"): [ugoa]*[+-=][rwxXst]* or a copy [+-=][ugo], clauses
// separated by commas and applied in order to the permissions the mask leaves.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <optional>

namespace ipsh::builtins {

namespace {

/// The current mask (reading it means setting it and putting it back).
mode_t current_mask() {
    mode_t m = ::umask(0);
    ::umask(m);
    return m;
}

std::string symbolic(mode_t mask) {
    mode_t perm = ~mask & 0777;
    std::string out;
    const char* who = "ugo";
    for (int i = 0; i < 3; ++i) {
        int shift = 6 - 3 * i;
        if (i) out.push_back(',');
        out.push_back(who[i]);
        out.push_back('=');
        if (perm & (4u << shift)) out.push_back('r');
        if (perm & (2u << shift)) out.push_back('w');
        if (perm & (1u << shift)) out.push_back('x');
    }
    return out;
}

bool one_of(std::string_view set, char c) { return set.find(c) != std::string_view::npos; }

/// The permission bits of class u, g, o or a.
mode_t class_bits(char c) {
    switch (c) {
    case 'u': return 0700;
    case 'g': return 0070;
    case 'o': return 0007;
    default: return 0777;
    }
}

/// Spreads rwx bits (0..7) over the classes in `who` (a mask of 0700/070/07 parts).
mode_t spread(mode_t bits, mode_t who) { return (bits << 6 | bits << 3 | bits) & who; }

/// Applies a symbolic mode to the permissions `perm`; nullopt when malformed.
std::optional<mode_t> apply_symbolic(std::string_view s, mode_t perm) {
    size_t i = 0;
    for (;;) {
        mode_t who = 0;
        for (; i < s.size() && one_of("ugoa", s[i]); ++i) who |= class_bits(s[i]);
        // No who: all classes. (chmod would also filter by the umask; for umask itself dash
        // and bash take it as 'a'.)
        if (who == 0) who = 0777;
        if (i >= s.size() || !one_of("+-=", s[i])) return std::nullopt;
        while (i < s.size() && one_of("+-=", s[i])) {
            char op = s[i++];
            mode_t bits = 0;
            if (i < s.size() && one_of("ugo", s[i])) {
                // permcopy: the current permissions of that class (XCU chmod).
                int shift = s[i] == 'u' ? 6 : (s[i] == 'g' ? 3 : 0);
                bits = spread((perm >> shift) & 7, who);
                ++i;
            } else {
                mode_t rwx = 0;
                for (; i < s.size() && one_of("rwxXst", s[i]); ++i) {
                    switch (s[i]) {
                    case 'r': rwx |= 4; break;
                    case 'w': rwx |= 2; break;
                    case 'x': rwx |= 1; break;
                    case 'X': rwx |= (perm & 0111) ? 1 : 0; break;  // as for a non-directory
                    default: break;                                 // s, t: not part of a umask
                    }
                }
                bits = spread(rwx, who);
            }
            switch (op) {
            case '+': perm |= bits; break;
            case '-': perm &= ~bits; break;
            default: perm = (perm & ~who) | bits; break;
            }
        }
        if (i >= s.size()) return perm;
        if (s[i] != ',') return std::nullopt;
        ++i;
    }
}

}  // namespace

int builtin_umask(Shell&, io::IoStreams& io, Args argv) {
    bool sym = false;
    bool reusable = false;  // -p (bash): as a umask command that sets it again
    OptParser op(argv, "Sp");
    while (char c = op.next()) {
        if (c == 'S') sym = true;
        if (c == 'p') reusable = true;
    }
    auto rest = op.rest();
    if (rest.empty()) {
        mode_t m = current_mask();
        if (reusable) io.out << (sym ? "umask -S " : "umask ");
        if (sym) {
            io.out << symbolic(m) << "\n";
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "%04o", static_cast<unsigned>(m));
            io.out << buf << "\n";
        }
        return 0;
    }
    // Only the first operand counts; dash and bash ignore the others too.
    const std::string& spec = rest[0];
    if (!spec.empty() && spec[0] >= '0' && spec[0] <= '9') {
        unsigned v = 0;
        // A bad number is an operand error, status 1 as in bash (dash takes the low bits).
        for (char c : spec) {
            if (c < '0' || c > '7') fail("umask", spec + ": invalid octal number", 1);
            v = v * 8 + static_cast<unsigned>(c - '0');
            if (v > 07777) fail("umask", spec + ": octal number out of range", 1);
        }
        ::umask(static_cast<mode_t>(v & 0777));
        return 0;
    }
    auto perm = apply_symbolic(spec, ~current_mask() & 0777);
    if (!perm) fail("umask", spec + ": invalid symbolic mode");
    ::umask(~*perm & 0777);
    return 0;
}

}  // namespace ipsh::builtins
