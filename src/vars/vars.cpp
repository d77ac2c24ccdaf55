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

const Var* VarTable::find(std::string_view name) const {
    auto it = map_.find(name);
    return it == map_.end() ? nullptr : &it->second;
}

const std::string* VarTable::get(std::string_view name) const {
    const Var* v = find(name);
    return v && v->is_set ? &v->value : nullptr;
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
            if ((v.flags & kExported) && v.is_set) {
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
    for (const auto& [name, v] : map_) out.emplace_back(name, &v);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

}  // namespace ipsh::vars
