// vars.cpp: VarTable.
#include "vars/vars.hpp"

#include "lex/lexer.hpp"

#include <algorithm>
#include <charconv>

namespace ipsh::vars {

void VarTable::import_environment(char** env) {
    for (char** e = env; e && *e; ++e) {
        std::string_view entry(*e);
        size_t eq = entry.find('=');
        if (eq == std::string_view::npos) continue;
        std::string_view name = entry.substr(0, eq);
        if (!lex::is_name(name)) {
            passthrough_env_.emplace_back(entry);
            continue;
        }
        Var& v = map_[std::string(name)];
        v.value = std::string(entry.substr(eq + 1));
        v.is_set = true;
        v.flags |= kExported;
    }
    env_dirty_ = true;
}

namespace {

/// The bucket bash files a key of an associative array under (32-bit FNV-1 over 1024
/// buckets): listing keys bucket by bucket gives "${!a[@]}" in bash's order.
std::uint32_t assoc_bucket(std::string_view key) {
    std::uint32_t h = 2166136261U;
    for (char c : key) {
        h *= 16777619U;
        h ^= static_cast<unsigned char>(c);
    }
    return h & 1023U;
}

/// The keys of an associative array in listing order.
std::vector<const std::pair<const std::string, AssocItem>*> assoc_order(const Var& v) {
    std::vector<const std::pair<const std::string, AssocItem>*> items;
    items.reserve(v.assoc.size());
    for (const auto& kv : v.assoc) items.push_back(&kv);
    std::sort(items.begin(), items.end(), [](const auto* a, const auto* b) {
        std::uint32_t ba = assoc_bucket(a->first);
        std::uint32_t bb = assoc_bucket(b->first);
        if (ba != bb) return ba < bb;
        return a->second.seq > b->second.seq;
    });
    return items;
}

}  // namespace

const std::string* Var::element(std::int64_t index) const {
    if (flags & kAssoc) return element(std::to_string(index));
    if (!(flags & kArray)) return index == 0 && is_set ? &value : nullptr;
    auto it = elems.find(index);
    return it == elems.end() ? nullptr : &it->second;
}

const std::string* Var::element(const std::string& key) const {
    if (!(flags & kAssoc)) return nullptr;
    auto it = assoc.find(key);
    return it == assoc.end() ? nullptr : &it->second.value;
}

std::vector<std::string> Var::values() const {
    std::vector<std::string> out;
    if (flags & kAssoc) {
        for (const auto* kv : assoc_order(*this)) out.push_back(kv->second.value);
    } else if (flags & kArray) {
        for (const auto& [i, s] : elems) out.push_back(s);
    } else if (is_set) {
        out.push_back(value);
    }
    return out;
}

std::vector<std::string> Var::keys() const {
    std::vector<std::string> out;
    if (flags & kAssoc) {
        for (const auto* kv : assoc_order(*this)) out.push_back(kv->first);
    } else if (flags & kArray) {
        for (const auto& [i, s] : elems) out.push_back(std::to_string(i));
    } else if (is_set) {
        out.emplace_back("0");
    }
    return out;
}

size_t Var::count() const {
    if (flags & kAssoc) return assoc.size();
    if (flags & kArray) return elems.size();
    return is_set ? 1 : 0;
}

const Var* VarTable::find_raw(std::string_view name) const {
    auto it = map_.find(name);
    return it == map_.end() ? nullptr : &it->second;
}

const Var* VarTable::find(std::string_view name) const {
    auto it = map_.find(name);
    if (it == map_.end()) return nullptr;
    if (!(it->second.flags & kNameref) || !it->second.is_set) return refreshed(name, it->second);
    Ref r = follow(name);
    if (r.circular) {
        problem(name, RefProblem::kCircular);
        return nullptr;
    }
    return r.var ? refreshed(r.name, *r.var) : nullptr;
}

namespace {

bool parse_index(std::string_view text, std::int64_t& out) {
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && p == end;
}

}  // namespace

VarTable::Ref VarTable::follow(std::string_view name) const {
    Ref r;
    r.name = name;
    auto it = map_.find(name);
    // A chain of more steps than there are variables goes round in a loop.
    for (size_t steps = 0; it != map_.end(); ++steps) {
        const Var& v = it->second;
        r.var = &v;
        if (!(v.flags & kNameref) || !v.is_set || v.value.empty()) return r;
        if (steps >= map_.size()) return Ref{name, nullptr, true, false};
        r.name = v.value;
        r.var = nullptr;
        if (r.name.find('[') != std::string_view::npos) {
            r.element = true;
            return r;
        }
        it = map_.find(r.name);
    }
    return r;
}

bool VarTable::route(std::string_view name, std::string& to, bool* element) const {
    Ref r = follow(name);
    if (r.circular) {
        problem(name, RefProblem::kCircularWrite);
        return false;
    }
    if (r.element) {
        if (!element) {
            // r=(1 2) or r[0]=1 with r naming a[1] (bash).
            problem(r.name, RefProblem::kBadName);
            return false;
        }
        *element = true;
    }
    to.assign(r.name);
    return true;
}

void VarTable::problem(std::string_view name, RefProblem p) const {
    if (on_ref_problem) on_ref_problem(name, p);
}

std::string VarTable::resolve(std::string_view name) const {
    Ref r = follow(name);
    return std::string(r.circular ? name : r.name);
}

bool VarTable::valid_ref_target(std::string_view target) {
    const size_t br = target.find('[');
    if (br == std::string_view::npos) return lex::is_name(target);
    if (!lex::is_name(target.substr(0, br)) || target.size() < br + 3) return false;
    if (target.back() != ']') return false;
    // The [ after the name must be closed by the last character: a[[1]] but not a[1][2].
    int depth = 0;
    for (size_t i = br; i < target.size(); ++i) {
        if (target[i] == '[') ++depth;
        if (target[i] == ']' && --depth == 0) return i + 1 == target.size();
    }
    return false;
}

std::optional<std::pair<std::string, std::string>> VarTable::element_key(std::string_view target,
                                                                         bool write) const {
    // Copied first: `target` may lie in a nameref's value, which the subscript can change.
    const size_t br = target.find('[');
    std::string base(target.substr(0, br));
    std::string text(target.substr(br + 1, target.size() - br - 2));
    if (text == "@" || text == "*") {
        // declare -n r='a[@]': only ${r} can read all of them (the expansion does).
        if (write) problem(target, RefProblem::kBadName);
        return std::nullopt;
    }
    std::optional<std::string> key = text;
    if (subscript_key) key = subscript_key(base, find(base), text, write);
    if (!key) return std::nullopt;
    return std::pair{std::move(base), std::move(*key)};
}

const std::string* VarTable::get_element(std::string_view target) const {
    auto k = element_key(target, false);
    if (!k) return nullptr;
    const Var* v = find(k->first);
    if (!v) return nullptr;
    if (v->flags & kAssoc) return v->element(k->second);
    std::int64_t i = 0;
    return parse_index(k->second, i) ? v->element(i) : nullptr;
}

bool VarTable::set_element_ref(std::string_view target, std::string value) {
    auto k = element_key(target, true);
    if (!k) return false;
    const Var* v = find(k->first);
    if (v && (v->flags & kAssoc)) return set_key(k->first, k->second, std::move(value));
    std::int64_t i = 0;
    return parse_index(k->second, i) && set_element(k->first, i, std::move(value));
}

const Var* VarTable::refreshed(std::string_view name, const Var& v) const {
    if ((v.flags & kDynamic) && refresh) {
        // The table owns the variable; only its computed value changes here.
        refresh(name, const_cast<Var&>(v));
    }
    return &v;
}

const std::string* VarTable::get(std::string_view name) const {
    const Var* v = find(name);
    if (!v) {
        // Through a nameref to an element, a[2], the element.
        auto it = map_.find(name);
        if (it == map_.end() || !(it->second.flags & kNameref)) return nullptr;
        Ref r = follow(name);
        return r.element ? get_element(r.name) : nullptr;
    }
    if (v->is_array()) return v->element(0);
    return v->is_set ? &v->value : nullptr;
}

void VarTable::changed(std::string_view name, bool exported) {
    if (exported) env_dirty_ = true;
    if (on_change) on_change(name);
}

bool VarTable::set(std::string_view name, std::string value, std::uint8_t flags) {
    if (flags & kNameref) {
        // declare -n r=x, and each round of `for r in x y` with a nameref r: r itself changes.
        if (!valid_ref_target(value)) {
            problem(value, RefProblem::kBadName);
            return false;
        }
        auto it = map_.find(name);
        if (it == map_.end()) it = map_.emplace(std::string(name), Var{}).first;
        Var& v = it->second;
        if ((v.flags & kReadonly) || v.is_array()) return false;
        v.value = std::move(value);
        v.is_set = true;
        v.flags |= flags;
        changed(name, (v.flags & kExported) != 0);
        return true;
    }
    auto it = map_.find(name);
    std::string to;
    if (it != map_.end() && (it->second.flags & kNameref)) {
        bool element = false;
        if (!route(name, to, &element)) return false;
        if (element) return set_element_ref(to, std::move(value));
        it = map_.find(to);
        // declare -n r; r=x: a nameref without a value now refers to x (bash).
        if (it != map_.end() && (it->second.flags & kNameref)) {
            return set(to, std::move(value), kNameref);
        }
        name = to;
    }
    if (it == map_.end()) {
        it = map_.emplace(std::string(name), Var{}).first;
    } else if (it->second.flags & kReadonly) {
        return false;
    } else if (it->second.is_array()) {
        // a=x on an array sets its element 0 (bash).
        it->second.flags |= flags;
        if (it->second.flags & kAssoc) return set_key(name, "0", std::move(value));
        return set_element(name, 0, std::move(value));
    }
    it->second.value = std::move(value);
    it->second.is_set = true;
    it->second.flags |= flags;
    changed(name, (it->second.flags & kExported) != 0);
    return true;
}

void VarTable::add_flags(std::string_view name, std::uint8_t flags) {
    std::string to;
    if (!(flags & kNameref)) {
        bool element = false;
        if (!route(name, to, &element) || element) return;
        name = to;
    }
    auto it = map_.find(name);
    if (it == map_.end()) it = map_.emplace(std::string(name), Var{}).first;
    std::uint8_t before = it->second.flags;
    it->second.flags |= flags;
    if ((before ^ it->second.flags) & kExported) env_dirty_ = true;
}

void VarTable::remove_flags(std::string_view name, std::uint8_t flags) {
    std::string to;
    if (!(flags & kNameref)) {
        bool element = false;
        if (!route(name, to, &element) || element) return;
        name = to;
    }
    auto it = map_.find(name);
    if (it == map_.end()) return;
    if (it->second.flags & flags & kExported) env_dirty_ = true;
    it->second.flags &= static_cast<std::uint8_t>(~flags);
}

bool VarTable::unset(std::string_view name, bool deref) {
    std::string to(name);
    if (deref) {
        Ref r = follow(name);
        if (r.circular) {
            problem(name, RefProblem::kCircular);  // then name itself goes (bash)
        } else if (r.element) {
            // declare -n r='a[1]'; unset r: the element (bash).
            auto k = element_key(r.name, true);
            const Var* v = k ? find(k->first) : nullptr;
            if (!v) return true;
            if (v->flags & kAssoc) return unset_key(k->first, k->second);
            std::int64_t i = 0;
            return !parse_index(k->second, i) || unset_element(k->first, i);
        } else {
            to.assign(r.name);
        }
    }
    name = to;
    auto it = map_.find(name);
    if (it == map_.end()) return true;
    if (it->second.flags & kReadonly) return false;
    bool exported = (it->second.flags & kExported) != 0;
    map_.erase(it);
    changed(name, exported);
    return true;
}

Var* VarTable::writable(std::string_view name) {
    auto it = map_.find(name);
    if (it == map_.end()) it = map_.emplace(std::string(name), Var{}).first;
    if (it->second.flags & kReadonly) return nullptr;
    drop_ref(name, it->second);
    return &it->second;
}

void VarTable::drop_ref(std::string_view name, Var& v) const {
    if (!(v.flags & kNameref)) return;
    // Only a nameref without a value gets here (route() follows the others): declare -n r;
    // r=(1 2) makes r a plain array (bash).
    problem(name, RefProblem::kDropped);
    v.flags &= static_cast<std::uint8_t>(~kNameref);
}

bool VarTable::make_array(std::string_view name, bool assoc) {
    std::string to;
    if (!route(name, to, nullptr)) return false;
    name = to;
    auto it = map_.find(name);
    if (it == map_.end()) it = map_.emplace(std::string(name), Var{}).first;
    Var& v = it->second;
    drop_ref(name, v);
    if (v.is_array()) return true;
    const bool exported = (v.flags & kExported) != 0;
    if (v.is_set) {
        if (assoc) v.assoc["0"] = AssocItem{std::move(v.value), v.next_seq++};
        else v.elems[0] = std::move(v.value);
    }
    v.value.clear();
    v.flags |= assoc ? kAssoc : kArray;
    changed(name, exported);
    return true;
}

bool VarTable::set_array(std::string_view name, std::map<std::int64_t, std::string> elems) {
    std::string to;
    if (!route(name, to, nullptr)) return false;
    name = to;
    Var* v = writable(name);
    if (!v) return false;
    v->value.clear();
    v->assoc.clear();
    v->flags = static_cast<std::uint8_t>((v->flags & ~kAssoc) | kArray);
    v->elems = std::move(elems);
    v->is_set = true;
    changed(name, (v->flags & kExported) != 0);
    return true;
}

bool VarTable::set_assoc(std::string_view name, const std::vector<std::pair<std::string, std::string>>& items) {
    std::string to;
    if (!route(name, to, nullptr)) return false;
    name = to;
    Var* v = writable(name);
    if (!v) return false;
    v->value.clear();
    v->elems.clear();
    v->assoc.clear();
    v->flags = static_cast<std::uint8_t>((v->flags & ~kArray) | kAssoc);
    for (const auto& [k, val] : items) {
        auto [it, fresh] = v->assoc.try_emplace(k);
        it->second.value = val;
        if (fresh) it->second.seq = v->next_seq++;
    }
    v->is_set = true;
    changed(name, (v->flags & kExported) != 0);
    return true;
}

bool VarTable::set_element(std::string_view name, std::int64_t index, std::string value) {
    std::string to;
    if (!route(name, to, nullptr)) return false;
    name = to;
    if (!writable(name)) return false;
    make_array(name, false);
    Var& v = map_.find(name)->second;
    if (v.flags & kAssoc) return set_key(name, std::to_string(index), std::move(value));
    v.elems[index] = std::move(value);
    v.is_set = true;
    changed(name, (v.flags & kExported) != 0);
    return true;
}

bool VarTable::set_key(std::string_view name, const std::string& key, std::string value) {
    std::string to;
    if (!route(name, to, nullptr)) return false;
    name = to;
    Var* v = writable(name);
    if (!v) return false;
    if (!(v->flags & kAssoc)) make_array(name, true);
    auto [it, fresh] = v->assoc.try_emplace(key);
    it->second.value = std::move(value);
    if (fresh) it->second.seq = v->next_seq++;
    v->is_set = true;
    changed(name, (v->flags & kExported) != 0);
    return true;
}

bool VarTable::unset_element(std::string_view name, std::int64_t index) {
    std::string to;
    if (!route(name, to, nullptr)) return false;
    name = to;
    auto it = map_.find(name);
    if (it == map_.end()) return true;
    Var& v = it->second;
    if (v.flags & kReadonly) return false;
    if (v.flags & kAssoc) return unset_key(name, std::to_string(index));
    if (!(v.flags & kArray)) {
        if (index == 0) return unset(name);
        return true;
    }
    v.elems.erase(index);
    changed(name, (v.flags & kExported) != 0);
    return true;
}

bool VarTable::unset_key(std::string_view name, const std::string& key) {
    std::string to;
    if (!route(name, to, nullptr)) return false;
    name = to;
    auto it = map_.find(name);
    if (it == map_.end()) return true;
    Var& v = it->second;
    if (v.flags & kReadonly) return false;
    v.assoc.erase(key);
    changed(name, (v.flags & kExported) != 0);
    return true;
}

void VarTable::push_scope() { scopes_.emplace_back(); }

void VarTable::pop_scope() {
    if (scopes_.empty()) return;
    auto saved = std::move(scopes_.back());
    scopes_.pop_back();
    // Restore in reverse so that `local x; local x` ends with the oldest value.
    for (auto it = saved.rbegin(); it != saved.rend(); ++it) restore(std::move(*it));
}

bool VarTable::make_local(std::string_view name) {
    if (scopes_.empty()) return false;
    auto& scope = scopes_.back();
    for (const auto& s : scope) {
        if (s.name == name) return true;
    }
    scope.push_back(save_raw(name));
    // `local r` hides a caller's nameref r behind a new plain variable (bash).
    auto it = map_.find(name);
    if (it != map_.end() && (it->second.flags & kNameref)) {
        const bool exported = (it->second.flags & kExported) != 0;
        map_.erase(it);
        changed(name, exported);
    }
    return true;
}

VarTable::Saved VarTable::save(std::string_view name) const {
    Ref r = follow(name);
    if (r.circular) return save_raw(name);
    // r=x cmd with r naming a[1]: the whole array comes back.
    if (r.element) return save_raw(r.name.substr(0, r.name.find('[')));
    return save_raw(r.name);
}

VarTable::Saved VarTable::save_raw(std::string_view name) const {
    Saved s;
    s.name = std::string(name);
    auto it = map_.find(name);
    if (it != map_.end()) s.old = *refreshed(name, it->second);
    return s;
}

void VarTable::restore(Saved s) {
    auto it = map_.find(s.name);
    bool was_exported = it != map_.end() && (it->second.flags & kExported);
    if (s.old) {
        bool now_exported = (s.old->flags & kExported) != 0;
        map_[s.name] = std::move(*s.old);
        changed(s.name, was_exported || now_exported);
    } else if (it != map_.end()) {
        map_.erase(it);
        changed(s.name, was_exported);
    }
}

char* const* VarTable::envp() {
    if (env_dirty_) {
        env_strings_.clear();
        for (const auto& [name, v] : map_) {
            if ((v.flags & kExported) && v.is_set && !v.is_array()) {  // arrays are not exported
                std::string e;
                e.reserve(name.size() + 1 + v.value.size());
                e.append(name).push_back('=');
                e.append(v.value);
                env_strings_.push_back(std::move(e));
            }
        }
        for (const auto& p : passthrough_env_) env_strings_.push_back(p);
        envp_.clear();
        for (auto& s : env_strings_) envp_.push_back(s.data());
        envp_.push_back(nullptr);
        env_dirty_ = false;
    }
    return envp_.data();
}

std::vector<std::pair<std::string, const Var*>> VarTable::sorted() const {
    std::vector<std::pair<std::string, const Var*>> out;
    out.reserve(map_.size());
    for (const auto& [name, v] : map_) out.emplace_back(name, refreshed(name, v));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

}  // namespace ipsh::vars
