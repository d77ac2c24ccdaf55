// declare.cpp: export, readonly, local and declare/typeset: declaration utilities that mark
// (and optionally assign) variables. `-p` prints them in a form the shell can read back.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"

#include <algorithm>
#include <optional>

namespace ipsh::builtins {

namespace {

int declare(Shell& sh, io::IoStreams& io, Args argv, std::uint8_t flag, std::string_view word) {
    bool print = false;
    bool unexport = false;
    OptParser op(argv, flag == vars::kExported ? "pn" : "p");
    while (char c = op.next()) {
        if (c == 'p') print = true;
        if (c == 'n') unexport = true;
    }
    auto rest = op.rest();
    if (rest.empty()) {
        for (const auto& [name, v] : sh.vars.sorted()) {
            if (!(v->flags & flag)) continue;
            io.out << word << " " << name;
            if (v->is_set) io.out << "=" << shell_quote_always(v->value);
            io.out << "\n";
        }
        return 0;
    }
    (void)print;
    int status = 0;
    for (const auto& a : rest) {
        size_t eq = a.find('=');
        std::string name = a.substr(0, eq);
        // export x+=v, readonly x+=v: append (bash).
        const bool append = eq != std::string::npos && !name.empty() && name.back() == '+';
        if (append) name.pop_back();
        if (!lex::is_name(name)) {
            sh.error(std::string(word) + ": '" + a + "': not a valid identifier");
            status = 1;
            continue;
        }
        if (unexport) {
            // export -n name=value assigns, then unexports (bash).
            if (eq != std::string::npos) sh.assign(name, a.substr(eq + 1));
            sh.vars.remove_flags(name, vars::kExported);
            continue;
        }
        const vars::ArrayLiteral* lit = nullptr;
        for (const auto& [k, l] : sh.array_args) {
            if (argv.size() - rest.size() + static_cast<size_t>(&a - rest.data()) == k) lit = &l;
        }
        if (lit) {
            // readonly a=(1 2) (bash); arrays are never exported.
            sh.assign_array(name, *lit, false);
            sh.vars.add_flags(name, flag);
        } else if (eq != std::string::npos) {
            std::string value = a.substr(eq + 1);
            if (append) {
                if (const std::string* old = sh.vars.get(name)) value = *old + value;
            }
            if (!sh.vars.set(name, std::move(value), flag)) fail(word, name + ": readonly variable", 1);
        } else {
            sh.vars.add_flags(name, flag);
        }
    }
    if (status != 0) throw ShellError{status, "", ErrorKind::Utility};
    return status;
}

}  // namespace

int builtin_export(Shell& sh, io::IoStreams& io, Args argv) {
    return declare(sh, io, argv, vars::kExported, "export");
}

int builtin_readonly(Shell& sh, io::IoStreams& io, Args argv) {
    return declare(sh, io, argv, vars::kReadonly, "readonly");
}

namespace {

/// `declare -aA... name=value`, as bash prints it.
void show(io::IoStreams& io, const std::string& name, const vars::Var& v) {
    std::string flags;
    if (v.flags & vars::kArray) flags += "a";
    if (v.flags & vars::kAssoc) flags += "A";
    if (v.flags & vars::kNameref) flags += "n";
    if (v.flags & vars::kReadonly) flags += "r";
    if (v.flags & vars::kExported) flags += "x";
    io.out << "declare " << (flags.empty() ? "--" : "-" + flags) << " " << name;
    if (v.is_array()) {
        if (v.is_set) io.out << "=" << array_text(v);
    } else if (v.is_set) {
        io.out << "=" << declare_quote(v.value);
    }
    io.out << "\n";
}

struct DeclareSpec {
    std::uint8_t add = 0;     // flags to set
    std::uint8_t remove = 0;  // flags to clear (+x)
    bool local = false;       // make the names local to the running function
};

/// declare -n name[=target] (bash): makes `name` itself a nameref, to `target` or, without
/// one, to the name it already holds (x=y; declare -n x). Returns false after an error.
bool declare_ref(Shell& sh, const std::string& word, const std::string& a, const std::string& name,
                 bool append, const DeclareSpec& d) {
    const size_t eq = a.find('=');
    if (d.local) {
        sh.vars.make_local(name);
        // local -n r: a new reference to nothing, whatever r held in the caller (bash).
        const vars::Var* old = sh.vars.find_raw(name);
        if (eq == std::string::npos && old && !(old->flags & vars::kNameref)) {
            sh.vars.unset(name, false);
        }
    }
    const vars::Var* v = sh.vars.find_raw(name);
    if (v && v->is_array()) {
        sh.error(word + ": " + name + ": reference variable cannot be an array");
        return false;
    }
    if (v && (v->flags & vars::kReadonly) && eq != std::string::npos) {
        sh.error(word + ": " + name + ": readonly variable");
        return false;
    }
    std::optional<std::string> target;
    if (eq != std::string::npos) {
        target = a.substr(eq + 1);
        if (append && v && (v->flags & vars::kNameref) && v->is_set) target = v->value + *target;
    } else if (v && v->is_set && !(v->flags & vars::kNameref)) {
        target = v->value;
    }
    if (target) {
        if (!vars::VarTable::valid_ref_target(*target)) {
            const char* why =
                target->empty() ? "not a valid identifier" : "invalid variable name for name reference";
            sh.error(word + ": '" + *target + "': " + why);
            return false;
        }
        if (target->substr(0, target->find('[')) == name) {
            // In a function bash only warns: local -n x=$1 called with x.
            if (!d.local) {
                sh.error(word + ": " + name + ": nameref variable self references not allowed");
                return false;
            }
            sh.error(word + ": warning: " + name + ": circular name reference");
        }
    }
    const auto flags =
        static_cast<std::uint8_t>(vars::kNameref | (d.add & (vars::kExported | vars::kReadonly)));
    if (!target) {
        sh.vars.add_flags(name, flags);
    } else if (!sh.vars.set(name, std::move(*target), flags)) {
        sh.error(word + ": " + name + ": readonly variable");
        return false;
    }
    return true;
}

/// Declares (and assigns) one operand: name, name=value, name[sub]=value, name=(...) when
/// the executor left an array literal for argument `index`. Returns false after reporting
/// an error.
bool declare_one(Shell& sh, const std::string& word, const std::string& a, size_t index, const DeclareSpec& d) {
    const vars::ArrayLiteral* lit = nullptr;
    for (const auto& [i, l] : sh.array_args) {
        if (i == index) lit = &l;
    }
    size_t eq = a.find('=');
    bool append = eq != std::string::npos && eq > 0 && a[eq - 1] == '+';
    std::string name = a.substr(0, append ? eq - 1 : eq);
    std::string sub;
    bool element = false;
    if (!lex::is_name(name)) {
        std::string base;
        if (eq == std::string::npos || !split_subscripted(name, base, sub)) {
            sh.error(word + ": '" + a + "': not a valid identifier");
            return false;
        }
        name = base;
        element = true;
    }
    if (d.add & vars::kNameref) {
        if (lit || element) {
            sh.error(word + ": " + name + ": reference variable cannot be an array");
            return false;
        }
        return declare_ref(sh, word, a, name, append, d);
    }
    if (d.local) sh.vars.make_local(name);
    const vars::Var* v = sh.vars.find(name);
    if ((d.add & ~vars::kReadonly) && v && (v->flags & vars::kReadonly) && eq != std::string::npos) {
        sh.error(word + ": " + name + ": readonly variable");
        return false;
    }
    if (const auto other = static_cast<std::uint8_t>(d.remove & ~vars::kNameref)) {
        sh.vars.remove_flags(name, other);
    }
    const bool assoc = (d.add & vars::kAssoc) != 0;
    if (d.add & (vars::kArray | vars::kAssoc)) {
        if (v && v->is_array() && ((v->flags & vars::kAssoc) != 0) != assoc) {
            sh.error(word + ": " + name + ": cannot convert " + (assoc ? "indexed to associative" : "associative to indexed") + " array");
            return false;
        }
        sh.vars.make_array(name, assoc);
        // `local -a x` is a new, empty array, not the caller's x (bash); plain `local x`
        // keeps the outer value, as in dash.
        if (d.local) sh.assign_array(name, vars::ArrayLiteral{}, false);
    }
    const std::uint8_t flags = static_cast<std::uint8_t>(d.add & (vars::kExported | vars::kReadonly));
    if (d.local && eq != std::string::npos) {
        // local y=v on a read-only y is an assignment error that ends a script, as in dash;
        // declare and typeset report it and go on, as in bash.
        v = sh.vars.find(name);
        if (v && (v->flags & vars::kReadonly)) sh.raise(1, word + ": " + name + ": readonly variable", ErrorKind::Assignment);
    }
    try {
        if (lit) {
            sh.assign_array(name, *lit, append);
        } else if (element) {
            sh.assign_element(name, sub, a.substr(eq + 1), append);
        } else if (eq != std::string::npos) {
            std::string value = a.substr(eq + 1);
            if (append) {
                sh.assign_append(name, std::move(value));
            } else {
                v = sh.vars.find(name);
                if (v && (v->flags & vars::kReadonly)) {
                    sh.error(word + ": " + name + ": readonly variable");
                    return false;
                }
                sh.vars.set(name, std::move(value), sh.opt.allexport ? vars::kExported : 0);
            }
        }
    } catch (const ShellError&) {
        return false;
    }
    if (flags) sh.vars.add_flags(name, flags);
    // declare +n r=v assigns through the reference, then r stops being one (bash).
    if (d.remove & vars::kNameref) sh.vars.remove_flags(name, vars::kNameref);
    return true;
}

}  // namespace

int builtin_local(Shell& sh, io::IoStreams&, Args argv) {
    if (!sh.vars.in_function()) fail("local", "not in a function", 1);
    DeclareSpec d;
    d.local = true;
    size_t i = 1;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "--") {
            ++i;
            break;
        }
        if (a.size() < 2 || a[0] != '-') break;
        for (char c : std::string_view(a).substr(1)) {
            switch (c) {
            case 'a': d.add |= vars::kArray; break;
            case 'A': d.add |= vars::kAssoc; break;
            case 'n': d.add |= vars::kNameref; break;
            case 'r': d.add |= vars::kReadonly; break;
            case 'x': d.add |= vars::kExported; break;
            default: fail("local", std::string("-") + c + ": invalid option", 2);
            }
        }
    }
    int status = 0;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "-") {
            // `local -`: the options come back as they are now when the function returns.
            if (sh.local_options && !*sh.local_options) *sh.local_options = sh.opt;
            continue;
        }
        if (!declare_one(sh, "local", a, i, d)) status = 1;
    }
    return status;
}

/// declare and typeset (bash, ksh): -a indexed array, -A associative array, -x export,
/// -r readonly, +x unexport, -n nameref (+n: no longer one), -g global; in a function the
/// names are local unless -g. -p prints, -f/-F list functions. -i, -l and -u are refused.
int builtin_declare(Shell& sh, io::IoStreams& io, Args argv) {
    const std::string& word = argv[0];
    DeclareSpec d;
    bool print = false;
    bool global = false;
    bool funcs = false;
    bool func_names = false;
    size_t i = 1;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "--") {
            ++i;
            break;
        }
        if (a.size() < 2 || (a[0] != '-' && a[0] != '+')) break;
        const bool minus = a[0] == '-';
        for (char c : std::string_view(a).substr(1)) {
            switch (c) {
            case 'x': (minus ? d.add : d.remove) |= vars::kExported; break;
            case 'r':
                if (!minus) fail(word, "+r: a readonly variable stays readonly", 1);
                d.add |= vars::kReadonly;
                break;
            case 'a':
            case 'A':
                if (!minus) fail(word, std::string("+") + c + ": cannot destroy an array this way", 1);
                d.add |= c == 'a' ? vars::kArray : vars::kAssoc;
                break;
            case 'n': (minus ? d.add : d.remove) |= vars::kNameref; break;
            case 'p': print = true; break;
            case 'g': global = true; break;
            case 'f': funcs = true; break;
            case 'F': func_names = true; break;
            case 'i': case 'l': case 'u':
                fail(word, std::string("-") + c + ": not supported", 2);
            default: fail(word, std::string(1, a[0]) + c + ": invalid option", 2);
            }
        }
    }
    Args rest = argv.subspan(i);
    if (funcs || func_names) {
        std::vector<std::string> names;
        if (rest.empty()) {
            for (const auto& [n, f] : sh.functions) names.push_back(n);
            std::sort(names.begin(), names.end());
        } else {
            names.assign(rest.begin(), rest.end());
        }
        int status = 0;
        for (const auto& n : names) {
            auto it = sh.functions.find(n);
            if (it == sh.functions.end()) {
                status = 1;
                continue;
            }
            if (func_names) io.out << word << " -f " << n << "\n";
            else io.out << it->second->text << "\n";
        }
        return status;
    }
    if (rest.empty()) {
        for (const auto& [name, v] : sh.vars.sorted()) {
            if ((d.add & ~v->flags) != 0) continue;  // declare -x lists the exported ones
            show(io, name, *v);
        }
        return 0;
    }
    d.local = sh.vars.in_function() && !global;
    int status = 0;
    for (; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (print) {
            // declare -p r shows a nameref itself (declare -n r="x").
            const vars::Var* v = sh.vars.find_raw(a);
            if (v && !(v->flags & vars::kNameref)) v = sh.vars.find(a);
            if (!v || !lex::is_name(a)) {
                sh.error(word + ": " + a + ": not found");
                status = 1;
                continue;
            }
            show(io, a, *v);
            continue;
        }
        if (!declare_one(sh, word, a, i, d)) status = 1;
    }
    return status;
}

}  // namespace ipsh::builtins
