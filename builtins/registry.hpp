// registry.hpp: the one sorted table of builtins (STYLE §6). The executor finds builtins only
// through here; lookup is a binary search over a constexpr array.
#pragma once

#include "io/streams.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace ipsh {
class Shell;
}

namespace ipsh::builtins {

/// Special builtins (XCU 2.14) run before functions, keep their assignments, and an error
/// in one ends a non-interactive shell.
enum class Kind : std::uint8_t { Special, Regular };

using Fn = int (*)(Shell&, io::IoStreams&, std::span<const std::string>);

struct BuiltinSpec {
    std::string_view name;
    Fn fn;
    Kind kind;
    bool declaration;  // export/readonly/local: NAME=value operands expand like assignments
    std::string_view summary;
};

/// The builtin called `name`, or nullptr.
const BuiltinSpec* find(std::string_view name);
/// All builtins, sorted by name.
std::span<const BuiltinSpec> all();
/// True for export, readonly and local.
bool is_declaration(std::string_view name);

}  // namespace ipsh::builtins
