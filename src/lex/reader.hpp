// reader.hpp: the character stream under the lexer. Pulls text from an InputSource one line at
// a time (so a script's later lines are read only after earlier commands ran, as POSIX
// requires), tracks line numbers, and supports alias splicing and back-tracking marks.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsh::lex {

/// Where shell source comes from: a string, a file, or the line editor.
class InputSource {
public:
    virtual ~InputSource() = default;
    /// Appends more text (normally one line, with its newline) to `buf`. `continuation` is
    /// true when the parser is inside an unfinished command (the prompt is PS2, not PS1).
    /// Returns false at end of input.
    virtual bool read_more(std::string& buf, bool continuation) = 0;
};

/// A fixed string; handed over whole on the first request.
class StringSource : public InputSource {
public:
    explicit StringSource(std::string text) : text_(std::move(text)) {}
    bool read_more(std::string& buf, bool continuation) override;

private:
    std::string text_;
    bool done_ = false;
};

class Reader {
public:
    explicit Reader(InputSource& src, int first_line = 1) : src_(src), line_(first_line) {}

    /// The character `ahead` positions forward, or -1 at end of input.
    int peek(size_t ahead = 0);
    /// Consumes and returns one character (-1 at end of input).
    int get();
    int line() const { return line_; }
    size_t pos() const { return pos_; }
    /// Source text between two positions of the current command.
    std::string text(size_t from, size_t to) const;

    /// Inserts alias text at the current position. Words read from it are not expanded as
    /// `name` again (POSIX XCU 2.3.1).
    void splice(std::string_view text, const std::string& name);
    /// True when position `at` lies inside text spliced for alias `name`.
    bool inside_alias(const std::string& name, size_t at) const;

    /// Marks the start of a new complete command: drops consumed text and makes the next
    /// read a PS1 read.
    void start_command();
    /// Throws away everything buffered (after a syntax error at the prompt).
    void discard_buffered();

    struct Mark {
        size_t pos;
        int line;
    };
    Mark mark() const { return {pos_, line_}; }
    void reset(Mark m) {
        pos_ = m.pos;
        line_ = m.line;
    }

    /// Called with each line of input (newline included) when the lexer first takes a
    /// character from it, so `set -v` shows a line just before it runs (dash, bash).
    /// Alias text is not passed on.
    std::function<void(std::string_view)> on_line;

private:
    bool fill();

    struct AliasRegion {
        size_t start;
        size_t end;
        std::string name;
    };

    InputSource& src_;
    std::string buf_;
    size_t pos_ = 0;
    int line_;
    size_t shown_ = 0;  // buf_ before this offset was passed to on_line
    bool continuation_ = false;
    bool eof_ = false;
    std::vector<AliasRegion> aliases_;
};

}  // namespace ipsh::lex
