// vars.cpp: VarTable.
#include "vars/vars.hpp"

#include "lex/lexer.hpp"

#include <algorithm>

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
    return it == map_.end() ? nullptr : refreshed(name, it->second);
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
    if (!v) return nullptr;
    if (v->is_array()) return v->element(0);
    return v->is_set ? &v->value : nullptr;
}

void VarTable::changed(std::string_view name, bool exported) {
    if (exported) env_dirty_ = true;
    if (on_change) on_change(name);
}

bool VarTable::set(std::string_view name, std::string value, std::uint8_t flags) {
    auto it = map_.find(name);
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
    auto it = map_.find(name);
    if (it == map_.end()) it = map_.emplace(std::string(name), Var{}).first;
    std::uint8_t before = it->second.flags;
    it->second.flags |= flags;
    if ((before ^ it->second.flags) & kExported) env_dirty_ = true;
}

void VarTable::remove_flags(std::string_view name, std::uint8_t flags) {
    auto it = map_.find(name);
    if (it == map_.end()) return;
    if (it->second.flags & flags & kExported) env_dirty_ = true;
    it->second.flags &= static_cast<std::uint8_t>(~flags);
}

bool VarTable::unset(std::string_view name) {
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
    return &it->second;
}

bool VarTable::make_array(std::string_view name, bool assoc) {
    auto it = map_.find(name);
    if (it == map_.end()) it = map_.emplace(std::string(name), Var{}).first;
    Var& v = it->second;
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
    scope.push_back(save(name));
    return true;
}

VarTable::Saved VarTable::save(std::string_view name) const {
    Saved s;
    s.name = std::string(name);
    if (const Var* v = find(name)) s.old = *v;
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
