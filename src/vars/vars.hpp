// vars.hpp: the variable table (POSIX XCU 2.5.3): values, export/readonly flags, dynamic
// scopes for `local` (as dash does: a local hides the global until the function returns),
// and the cached environment block handed to exec. Besides strings, a variable may hold an
// indexed array (sparse, by 64-bit index) or an associative array (bash): $a is ${a[0]}.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ipsh::vars {

enum VarFlag : std::uint8_t {
    kExported = 1,
    kReadonly = 2,
    kArray = 4,  // indexed array (declare -a, a=(...), a[i]=v)
    kAssoc = 8,  // associative array (declare -A)
    kDynamic = 16,  // RANDOM, SECONDS, BASHPID, LINENO, PIPESTATUS, SHELLOPTS: computed when read
};

/// One element of an associative array; `seq` orders elements inserted into the same
/// bucket (newest first), so "${!a[@]}" lists keys in the order bash does.
struct AssocItem {
    std::string value;
    std::uint64_t seq = 0;
};

struct Var {
    std::string value;    // a string variable's value
    bool is_set = false;  // false: declared (export x, readonly x, local x) but without a value
    std::uint8_t flags = 0;
    std::map<std::int64_t, std::string> elems;  // kArray
    std::unordered_map<std::string, AssocItem> assoc;  // kAssoc
    std::uint64_t next_seq = 0;

    bool is_array() const { return (flags & (kArray | kAssoc)) != 0; }
    /// An element, or nullptr when it is unset. A string variable is its own element 0.
    const std::string* element(std::int64_t index) const;
    const std::string* element(const std::string& key) const;
    /// The values in index (or bash's key) order, and the subscripts in the same order.
    std::vector<std::string> values() const;
    std::vector<std::string> keys() const;
    /// The number of elements set (1 for a set string variable).
    size_t count() const;
};

/// An array literal after expansion: plain elements (no key) and [key]=value ones.
struct ArrayLiteral {
    std::vector<std::pair<std::optional<std::string>, std::string>> items;
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
    /// The same without computing a dynamic variable's value.
    const Var* find_raw(std::string_view name) const;
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

    /// Arrays. Each returns false (changing nothing) when the variable is readonly.
    /// Makes `name` an indexed (or associative) array; a string value becomes element 0.
    bool make_array(std::string_view name, bool assoc);
    /// Replaces the whole array (indexed or, when the variable is one, associative).
    bool set_array(std::string_view name, std::map<std::int64_t, std::string> elems);
    bool set_assoc(std::string_view name, const std::vector<std::pair<std::string, std::string>>& items);
    /// Sets one element; a string variable becomes an array first.
    bool set_element(std::string_view name, std::int64_t index, std::string value);
    bool set_key(std::string_view name, const std::string& key, std::string value);
    bool unset_element(std::string_view name, std::int64_t index);
    bool unset_key(std::string_view name, const std::string& key);

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
    /// Called when a kDynamic variable is looked up, to compute its value (bash's RANDOM,
    /// SECONDS, BASHPID, PIPESTATUS). Unsetting the variable ends that.
    std::function<void(std::string_view, Var&)> refresh;

private:
    void changed(std::string_view name, bool exported);
    /// The variable to change, created when missing; nullptr when readonly.
    Var* writable(std::string_view name);
    /// `v` (the variable `name` of this table), its value computed first when it is dynamic.
    const Var* refreshed(std::string_view name, const Var& v) const;

    std::unordered_map<std::string, Var, StringHash, std::equal_to<>> map_;
    std::vector<std::vector<Saved>> scopes_;
    std::vector<std::string> passthrough_env_;
    std::vector<std::string> env_strings_;
    std::vector<char*> envp_;
    bool env_dirty_ = true;
};

}  // namespace ipsh::vars
