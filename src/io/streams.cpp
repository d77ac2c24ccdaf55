// streams.cpp: OutStream buffering.
#include "io/streams.hpp"

#include "io/fd.hpp"

#include <charconv>

namespace ipsh::io {

namespace {
constexpr size_t kFlushAt = 8192;
}

OutStream& OutStream::operator<<(long long v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    write(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
    return *this;
}

void OutStream::write(std::string_view s) {
    if (sink_) {
        sink_->append(s);
        return;
    }
    buf_.append(s);
    if (buf_.size() >= kFlushAt) flush();
}

void OutStream::put(char c) {
    if (sink_) {
        sink_->push_back(c);
        return;
    }
    buf_.push_back(c);
    if (buf_.size() >= kFlushAt) flush();
}

bool OutStream::flush() {
    if (sink_ || buf_.empty()) return !failed_;
    if (!failed_ && !write_all(fd_, buf_)) failed_ = true;
    buf_.clear();
    return !failed_;
}

}  // namespace ipsh::io
