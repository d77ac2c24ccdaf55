// reader.cpp: buffered, line-pulling character input for the lexer.
#include "lex/reader.hpp"

#include <algorithm>

namespace ipsh::lex {

bool StringSource::read_more(std::string& buf, bool /*continuation*/) {
    if (done_) return false;
    done_ = true;
    buf.append(text_);
    text_.clear();
    text_.shrink_to_fit();
    return true;
}

bool Reader::fill() {
    if (eof_) return false;
    bool cont = continuation_;
    continuation_ = true;
    const size_t old = buf_.size();
    if (!src_.read_more(buf_, cont)) {
        eof_ = true;
        return false;
    }
    // NUL bytes in a script are dropped (a shell word is a C string); a script with one
    // still runs, as in the Oils spec tests' expectation.
    if (buf_.find('\0', old) != std::string::npos) {
        buf_.erase(std::remove(buf_.begin() + static_cast<std::ptrdiff_t>(old), buf_.end(), '\0'), buf_.end());
    }
    return true;
}

int Reader::peek(size_t ahead) {
    while (pos_ + ahead >= buf_.size()) {
        size_t size = buf_.size();
        if (!fill()) return -1;
        if (buf_.size() == size) continue;
    }
    return static_cast<unsigned char>(buf_[pos_ + ahead]);
}

int Reader::get() {
    int c = peek();
    if (c < 0) return c;
    if (pos_ >= shown_ && on_line) {
        size_t end;
        while ((end = buf_.find('\n', pos_)) == std::string::npos && fill()) {
        }
        end = end == std::string::npos ? buf_.size() : end + 1;
        shown_ = end;
        on_line(std::string_view(buf_).substr(pos_, end - pos_));
    }
    ++pos_;
    if (c == '\n') ++line_;
    return c;
}

std::string Reader::text(size_t from, size_t to) const {
    if (from >= buf_.size() || to <= from) return {};
    if (to > buf_.size()) to = buf_.size();
    return buf_.substr(from, to - from);
}

void Reader::splice(std::string_view text, const std::string& name) {
    buf_.insert(pos_, text);
    if (shown_ >= pos_) shown_ += text.size();
    // A region that ends right here held the alias word itself: the new text belongs to it
    // too, so `alias a=b b=a` cannot expand forever.
    for (auto& r : aliases_) {
        if (r.end > pos_ || (r.end == pos_ && r.start < pos_)) r.end += text.size();
    }
    aliases_.push_back({pos_, pos_ + text.size(), name});
}

bool Reader::inside_alias(const std::string& name, size_t at) const {
    for (const auto& r : aliases_) {
        if (r.name == name && at >= r.start && at < r.end) return true;
    }
    return false;
}

void Reader::start_command() {
    continuation_ = false;
    aliases_.clear();
    if (pos_ > 0) {
        buf_.erase(0, pos_);
        shown_ = shown_ > pos_ ? shown_ - pos_ : 0;
        pos_ = 0;
    }
}

void Reader::discard_buffered() {
    buf_.clear();
    pos_ = 0;
    shown_ = 0;
    aliases_.clear();
    continuation_ = false;
}

}  // namespace ipsh::lex
