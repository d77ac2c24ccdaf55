// arrays.cpp: the Shell's array operations (bash): whole-array and element assignment,
// element lookup and unset. Indexed subscripts are arithmetic expressions; negative ones
// count back from the end. Associative arrays take the subscript text as their key.
#include "expand/expand.hpp"
#include "shell/shell.hpp"

namespace ipsh {

namespace {

std::string element_name(std::string_view name, const std::string& subscript) {
    return std::string(name) + "[" + subscript + "]";
}

/// A subscript before the first element abandons the assignment with status 1, and the
/// script goes on (bash).
[[noreturn]] void bad_subscript(Shell& sh, std::string_view name, const std::string& subscript) {
    sh.raise(1, element_name(name, subscript) + ": bad array subscript", ErrorKind::Utility);
}

}  // namespace

bool Shell::array_index(const vars::Var* v, const std::string& subscript, std::int64_t& out) {
    std::int64_t i = expand::arith(*this, subscript);
    if (i < 0) {
        std::int64_t end = 0;
        if (v && (v->flags & vars::kArray) && !v->elems.empty()) end = v->elems.rbegin()->first + 1;
        else if (v && !v->is_array() && v->is_set) end = 1;
        i += end;
        if (i < 0) return false;
    }
    out = i;
    return true;
}

void Shell::assign_array(std::string_view name, const vars::ArrayLiteral& lit, bool append) {
    const std::string n(name);
    const vars::Var* v = vars.find(name);
    if (v && (v->flags & vars::kReadonly)) raise(1, msg::readonly(n), ErrorKind::Assignment);
    if (v && (v->flags & vars::kAssoc)) {
        std::vector<std::pair<std::string, std::string>> items;
        if (append) {
            auto keys = v->keys();
            for (const auto& k : keys) items.emplace_back(k, *v->element(k));
        }
        // Plain elements pair up as key value (bash 5.1).
        for (size_t i = 0; i < lit.items.size(); ++i) {
            const auto& [key, value] = lit.items[i];
            if (key) {
                items.emplace_back(*key, value);
            } else {
                std::string val = i + 1 < lit.items.size() && !lit.items[i + 1].first ? lit.items[++i].second : "";
                items.emplace_back(value, std::move(val));
            }
        }
        vars.set_assoc(name, items);
        return;
    }
    std::map<std::int64_t, std::string> elems;
    if (append && v) {
        if (v->flags & vars::kArray) elems = v->elems;
        else if (v->is_set) elems[0] = v->value;
    }
    std::int64_t next = elems.empty() ? 0 : elems.rbegin()->first + 1;
    for (const auto& [key, value] : lit.items) {
        if (key) {
            std::int64_t i = expand::arith(*this, *key);
            if (i < 0) {
                i += elems.empty() ? 0 : elems.rbegin()->first + 1;
                if (i < 0) bad_subscript(*this, name, *key);
            }
            next = i;
        }
        elems[next++] = value;
    }
    vars.set_array(name, std::move(elems));
    if (opt.allexport) vars.add_flags(name, vars::kExported);
}

void Shell::assign_element(std::string_view name, const std::string& subscript, std::string value, bool append) {
    const vars::Var* v = vars.find(name);
    if (v && (v->flags & vars::kReadonly)) raise(1, msg::readonly(std::string(name)), ErrorKind::Assignment);
    if (v && (v->flags & vars::kAssoc)) {
        if (append) {
            if (const std::string* old = v->element(subscript)) value = *old + value;
        }
        vars.set_key(name, subscript, std::move(value));
        return;
    }
    std::int64_t i = 0;
    if (!array_index(v, subscript, i)) bad_subscript(*this, name, subscript);
    v = vars.find(name);  // the subscript may have assigned variables
    if (append && v) {
        if (const std::string* old = v->element(i)) value = *old + value;
    }
    vars.set_element(name, i, std::move(value));
}

void Shell::assign_append(std::string_view name, std::string value) {
    const vars::Var* v = vars.find(name);
    if (v && v->is_array()) {
        assign_element(name, "0", std::move(value), true);
        return;
    }
    if (const std::string* old = vars.get(name)) value = *old + value;
    assign(name, std::move(value));
}

bool Shell::element(std::string_view name, const std::string& subscript, std::string& out) {
    const vars::Var* v = vars.find(name);
    if (v && (v->flags & vars::kAssoc)) {
        const std::string* e = v->element(subscript);
        if (!e) return false;
        out = *e;
        return true;
    }
    std::int64_t i = 0;
    if (!array_index(v, subscript, i)) {
        // Reported, then expanded as unset (bash).
        error(element_name(name, subscript) + ": bad array subscript");
        return false;
    }
    v = vars.find(name);
    const std::string* e = v ? v->element(i) : nullptr;
    if (!e) return false;
    out = *e;
    return true;
}

bool Shell::var_is_set(const std::string& spec) {
    const size_t br = spec.find('[');
    if (br == std::string::npos || br == 0 || spec.back() != ']') return vars.get(spec) != nullptr;
    std::string name = spec.substr(0, br);
    std::string sub = spec.substr(br + 1, spec.size() - br - 2);
    if (sub == "@" || sub == "*") {
        const vars::Var* v = vars.find(name);
        return v && v->count() > 0;
    }
    std::string ignored;
    return element(name, sub, ignored);
}

bool Shell::unset_element(std::string_view name, const std::string& subscript) {
    const vars::Var* v = vars.find(name);
    if (!v) return true;
    bool ok = true;
    if (v->flags & vars::kAssoc) {
        ok = vars.unset_key(name, subscript);
    } else {
        std::int64_t i = 0;
        if (!array_index(v, subscript, i)) {
            error("unset: " + element_name(name, subscript) + ": bad array subscript");
            return false;
        }
        ok = vars.unset_element(name, i);
    }
    if (!ok) error("unset: " + std::string(name) + ": readonly variable");
    return ok;
}

}  // namespace ipsh
