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
    kNameref = 32,  // declare -n (bash): the value names the variable this name stands for
};

/// Why a nameref could not be followed; passed to VarTable::on_ref_problem.
enum class RefProblem : std::uint8_t {
    kCircular,       // a lookup met a loop (declare -n a=b b=a; echo $a): a warning
    kCircularWrite,  // an assignment met one (a=1): the assignment fails
    kBadName,        // the name (in the argument) cannot be the target: `declare -n r; r=1x`
                     // assigns an invalid name to an unset nameref, `r=(1)` or `r[0]=1` with
                     // r naming an element a[1] (bash: "`a[1]': not a valid identifier")
    kDropped,        // an array assignment met an unset nameref (declare -n r; r=(1 2)): r
                     // becomes a plain array, with a warning (bash)
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

/// Namerefs (declare -n, bash): a variable with kNameref holds the name of another
/// variable, or of an array element such as a[2], and every lookup or change by its name
/// reaches that variable, following chains of namerefs. All the methods below that take a
/// name follow namerefs, except find_raw, make_local, restore, sorted and envp, the flags
/// methods and set() when their flags include kNameref (they act on the reference itself:
/// declare -n, declare +n), and unset(name, false) (unset -n). A nameref without a value
/// refers to nothing: it reads as unset, and assigning it makes it refer to the value
/// (declare -n r; r=x). A change reports the name at the end of the chain to on_change.
class VarTable {
public:
    /// Imports `environ`: every valid name becomes an exported variable; other entries are
    /// passed through to children unchanged.
    void import_environment(char** env);

    /// The variable `name` stands for; nullptr when there is none, when a nameref names an
    /// element (the element is no variable: get() reads it) or when the chain loops.
    const Var* find(std::string_view name) const;
    /// The variable called `name` itself: no nameref is followed and a dynamic variable's
    /// value is not computed.
    const Var* find_raw(std::string_view name) const;
    /// The value, or nullptr when unset. Through a nameref to an element, the element.
    const std::string* get(std::string_view name) const;
    /// Sets a value and adds `flags`. Returns false (and changes nothing) when readonly, or
    /// after on_ref_problem when a nameref chain loops. With kNameref in `flags`, makes
    /// `name` itself a nameref to `value`, which must pass valid_ref_target (else
    /// on_ref_problem(kBadName) and false).
    bool set(std::string_view name, std::string value, std::uint8_t flags = 0);
    /// Adds flags without changing the value (export x / readonly x).
    void add_flags(std::string_view name, std::uint8_t flags);
    /// Clears the export flag (for `export -n`).
    void remove_flags(std::string_view name, std::uint8_t flags);
    /// Removes a variable. Returns false when it is readonly. `deref` false removes a
    /// nameref itself (unset -n); a chain that loops removes `name` itself (bash).
    bool unset(std::string_view name, bool deref = true);

    /// The name `name` stands for after following namerefs (possibly an element, a[2]):
    /// `name` itself when it is no nameref, an unset one, or the chain loops.
    std::string resolve(std::string_view name) const;
    /// Whether `target` may be a nameref's value: a name, or a name and a non-empty,
    /// balanced [subscript] that ends it (a[2], a[$i+1]).
    static bool valid_ref_target(std::string_view target);

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
    /// Called when a nameref cannot be followed: `name` is the name looked up (for
    /// kBadName, the rejected target). The shell warns, or throws to abandon a change; when
    /// it returns from a write problem the write returns false.
    std::function<void(std::string_view name, RefProblem)> on_ref_problem;
    /// For a nameref to an element of array `base` (`v`, nullptr when unset): turns the
    /// subscript's text into the element's key, expanding it ($i, $(...)) each time (bash)
    /// and, for an indexed array, evaluating it as arithmetic (a negative index counts from
    /// the end): the decimal index. nullopt when there is no such element. May throw to
    /// abandon a `write`. Unset: the text is the key.
    std::function<std::optional<std::string>(std::string_view base, const Var* v,
                                             const std::string& text, bool write)>
        subscript_key;

private:
    /// Where a name leads after following namerefs.
    struct Ref {
        std::string_view name;      // the variable's name, or an element's text a[2]; points
                                    // into the argument or into a nameref's value
        const Var* var = nullptr;   // its entry (none for an element or a missing variable)
        bool circular = false;
        bool element = false;
    };
    Ref follow(std::string_view name) const;
    /// Follows namerefs for a change to `name`: returns false (after on_ref_problem) when
    /// the chain loops, or when it ends at an element and `elements` is false; else sets
    /// `to` to the name to change, or to an element's text when `*element` is set.
    bool route(std::string_view name, std::string& to, bool* element) const;
    void problem(std::string_view name, RefProblem p) const;
    /// Through a nameref to the element `target` (a[2]): its base name and key, or nullopt.
    std::optional<std::pair<std::string, std::string>> element_key(std::string_view target,
                                                                   bool write) const;
    const std::string* get_element(std::string_view target) const;
    bool set_element_ref(std::string_view target, std::string value);
    Saved save_raw(std::string_view name) const;
    /// Clears kNameref from `v` (a nameref without a value) before an array assignment.
    void drop_ref(std::string_view name, Var& v) const;
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
