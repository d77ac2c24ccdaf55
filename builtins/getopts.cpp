// getopts.cpp: getopts optstring name [arg...] (XCU getopts). Parses one option per call from
// the args (default: the positional parameters), keeping its place in Shell::getopts and
// writing the index of the next word to OPTIND. Assigning OPTIND (e.g. OPTIND=1) moves the
// place through Shell::on_var_change; as in dash, `set --` starts it over and a function call
// has its own (POSIX leaves both unspecified; bash keeps one place for everything). OPTARG is
// unset when the option has no argument (POSIX, bash). Messages use bash's wording, prefixed
// by $0.
#include "builtins/builtins.hpp"
#include "builtins/util.hpp"
#include "lex/lexer.hpp"
#include "shell/shell.hpp"

namespace ipsh::builtins {

int builtin_getopts(Shell& sh, io::IoStreams& io, Args argv) {
    if (argv.size() < 3) fail("getopts", "usage: getopts optstring name [arg ...]");
    std::string_view optstring = argv[1];
    const std::string& name = argv[2];
    Args params = argv.size() > 3 ? argv.subspan(3) : Args(sh.positional);
    // A leading ':' selects silent error reporting: no messages, and OPTARG names the option.
    bool silent = !optstring.empty() && optstring[0] == ':';
    if (silent) optstring.remove_prefix(1);

    size_t optind = sh.getopts.index;
    std::string rest = sh.getopts.rest;  // letters still to read from a grouped word

    // A bad NAME is reported once the option is parsed: OPTARG and OPTIND still move on
    // (dash, bash), so a loop over getopts ends.
    auto finish = [&](std::string_view result, const std::string* optarg, std::string left) {
        if (optarg) {
            sh.assign("OPTARG", *optarg);
        } else {
            sh.vars.unset("OPTARG");
        }
        sh.assign("OPTIND", std::to_string(optind));  // moves the place (on_var_change)...
        sh.getopts = {optind, std::move(left)};       // ...so set it again afterwards
        if (!lex::is_name(name)) fail("getopts", "'" + name + "': not a valid identifier");
        sh.assign(name, std::string(result));
    };

    if (rest.empty()) {
        // Options end at the first operand, at "-" and after "--" (XBD 12.2 guideline 10).
        if (optind - 1 >= params.size()) {
            // OPTIND left past the end (by an earlier, longer list: `set --` then getopts
            // again) points just after the last parameter, as in bash and dash.
            optind = params.size() + 1;
            finish("?", nullptr, {});
            return 1;
        }
        const std::string& word = params[optind - 1];
        if (word == "--") {
            ++optind;
            finish("?", nullptr, {});
            return 1;
        }
        if (word.size() < 2 || word[0] != '-') {
            finish("?", nullptr, {});
            return 1;
        }
        rest = word.substr(1);
        ++optind;
    }
    char c = rest[0];
    rest.erase(0, 1);
    std::string letter(1, c);
    size_t at = optstring.find(c);
    if (c == ':' || at == std::string_view::npos) {
        if (silent) {
            finish("?", &letter, std::move(rest));
        } else {
            io.err << sh.arg0 << ": illegal option -- " << letter << "\n";
            finish("?", nullptr, std::move(rest));
        }
        return 0;
    }
    if (at + 1 < optstring.size() && optstring[at + 1] == ':') {
        std::string optarg;
        if (!rest.empty()) {
            optarg = std::move(rest);  // -ovalue
            rest.clear();
        } else if (optind - 1 < params.size()) {
            optarg = params[optind - 1];  // -o value
            ++optind;
        } else if (silent) {
            finish(":", &letter, {});
            return 0;
        } else {
            io.err << sh.arg0 << ": option requires an argument -- " << letter << "\n";
            finish("?", nullptr, {});
            return 0;
        }
        finish(letter, &optarg, {});
        return 0;
    }
    finish(letter, nullptr, std::move(rest));
    return 0;
}

}  // namespace ipsh::builtins
