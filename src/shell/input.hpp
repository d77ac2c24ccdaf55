// input.hpp: InputSource for a descriptor (script on stdin, `ipsh -s`). It never reads past
// the end of the current line, so commands that read stdin see the rest of the script
// (POSIX XCU 2 "Input Files"): seekable input is read in blocks and the excess is given
// back with lseek; pipes are read one byte at a time.
#pragma once

#include "lex/reader.hpp"

namespace ipsh {

class FdSource : public lex::InputSource {
public:
    explicit FdSource(int fd);
    bool read_more(std::string& buf, bool continuation) override;

private:
    int fd_;
    bool seekable_;
};

}  // namespace ipsh
