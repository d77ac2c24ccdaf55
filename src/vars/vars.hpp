// vars.hpp: the variable table (POSIX XCU 2.5.3): values, export/readonly flags, dynamic
// scopes for `local` (as dash does: a local hides the global until the function returns),
// and the cached environment block handed to exec.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ipsh::vars {

enum VarFlag : std::uint8_t {
    kExported = 1,
    kReadonly = 2,
};

struct Var {
    std::string value;
    bool is_set = false;  // false: declared (export x, readonly x, local x) but without a value
    std::uint8_t flags = 0;
};

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class VarTable {
public:
    /// Imports `environ`: every valid name becomes an exported variable; other entries are
    /// passed through to children unchanged.
    void import_environment(char** env);

    const Var* find(std::string_view name) const;
    /// The value, or nullptr when unset.
    const std::string* get(std::string_view name) const;
    /// Sets a value and adds `flags`. Returns false (and changes nothing) when readonly.
    bool set(std::string_view name, std::string value, std::uint8_t flags = 0);
    /// Adds flags without changing the value (export x / readonly x).
    void add_flags(std::string_view name, std::uint8_t flags);
    /// Clears the export flag (for `export -n`).
    void remove_flags(std::string_view name, std::uint8_t flags);
    /// Removes a variable. Returns false when it is readonly.
    bool unset(std::string_view name);

    /// Function scopes for `local`.
    void push_scope();
    void pop_scope();
    /// Saves `name` in the innermost scope so it is restored when the function returns.
    /// Returns false outside a function.
    bool make_local(std::string_view name);
    bool in_function() const { return !scopes_.empty(); }

    /// Remembers the current state of `name` and returns a token that restores it; used for
    /// the temporary assignments of `VAR=x builtin` and `VAR=x function`.
    struct Saved {
        std::string name;
        std::optional<Var> old;
    };
    Saved save(std::string_view name) const;
    void restore(Saved s);

    /// The environment for exec, rebuilt only after an exported variable changed.
    char* const* envp();
    /// All variables sorted by name (for `set`, `export -p`, completion).
    std::vector<std::pair<std::string, const Var*>> sorted() const;

    /// Called after any variable's value changes or it is unset (PATH, IFS, OPTIND hooks).
    std::function<void(std::string_view)> on_change;

private:
    void changed(std::string_view name, bool exported);

    std::unordered_map<std::string, Var, StringHash, std::equal_to<>> map_;
    std::vector<std::vector<Saved>> scopes_;
    std::vector<std::string> passthrough_env_;
    std::vector<std::string> env_strings_;
    std::vector<char*> envp_;
    bool env_dirty_ = true;
};

}  // namespace ipsh::vars
