// shm.cpp: the `shm` builtin over POSIX shared memory (shm_overview(7), man/ipsh-ipc.7):
//   shm create [-x] [-f] [-m MODE] NAME SIZE
//   shm write [-o OFFSET] NAME [DATA]      shm read [-o OFFSET] [-c BYTES] [-v VAR] NAME
//   shm stat NAME     shm ls     shm unlink [-f] NAME...
// The shell never maps an object: it reads and writes with pread/pwrite on the descriptor
// (close-on-exec, closed before returning), bounded by the size fstat reports, so a peer
// that shrinks the object can't kill the shell with SIGBUS. Past the end is an error, never
// a silent truncation.
#include "builtins/builtins.hpp"
#include "builtins/ipc/ipc_common.hpp"
#include "builtins/util.hpp"
#include "shell/shell.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace ipsh::builtins {

namespace {

using namespace ipc;

constexpr std::string_view kCreateUsage = "shm create [-x] [-f] [-m MODE] NAME SIZE";
constexpr std::string_view kWriteUsage = "shm write [-o OFFSET] NAME [DATA]";
constexpr std::string_view kReadUsage = "shm read [-o OFFSET] [-c BYTES] [-v VAR] NAME";
constexpr std::string_view kStatUsage = "shm stat NAME";
constexpr std::string_view kLsUsage = "shm ls";
constexpr std::string_view kUnlinkUsage = "shm unlink [-f] NAME...";

constexpr std::string_view kHelp =
    "usage: shm create [-x] [-f] [-m MODE] NAME SIZE\n"
    "       shm write [-o OFFSET] NAME [DATA]\n"
    "       shm read [-o OFFSET] [-c BYTES] [-v VAR] NAME\n"
    "       shm stat NAME\n"
    "       shm ls\n"
    "       shm unlink [-f] NAME...\n"
    "Exit status: 0 ok, 2 usage, 3 system error or past the end, 5 no such object,\n"
    "6 exists, 128+N signal N. See ipsh-ipc(7).\n";

constexpr size_t kChunk = 65536;

SharedMemory open_memory(std::string_view ctx, const std::string& name, int oflag) {
    // shm_open sets FD_CLOEXEC itself.
    const int fd = ::shm_open(name.c_str(), oflag, 0);
    if (fd < 0) fail_errno(ctx, Kind::Memory, "shm_open", errno);
    return SharedMemory(fd);
}

struct stat stat_memory(std::string_view ctx, const SharedMemory& m) {
    struct stat st {};
    if (::fstat(m.fd(), &st) != 0) fail_errno(ctx, Kind::Memory, "fstat", errno);
    return st;
}

std::int64_t size_arg(const Options& o, std::string_view what, std::string_view text) {
    auto v = parse_size(text);
    if (!v) o.usage(std::string(what) + " " + shell_quote(text) + ": expected a byte count such as 4096 or 64K");
    return *v;
}

/// The bounds check of read and write: [offset, offset + len) must lie inside the object.
void check_range(std::string_view ctx, std::string_view verb, std::int64_t offset, std::int64_t len,
                 std::int64_t size) {
    if (offset <= size && len <= size - offset) return;
    const std::string nothing = verb == "write" ? "nothing was written" : "nothing was read";
    if (offset > size) {
        fail_with(ctx, kSystem,
                  std::string(verb) + " past the end: offset " + std::to_string(offset) + " is beyond the size " +
                      std::to_string(size) + " (" + nothing + ")");
    }
    fail_with(ctx, kSystem,
              std::string(verb) + " past the end: offset " + std::to_string(offset) + " + " + std::to_string(len) +
                  " bytes > size " + std::to_string(size) + " (" + nothing + ")");
}

int shm_create(Args args) {
    bool excl = false;
    bool force = false;
    mode_t mode = 0600;
    Options o(args, "shm create", "xfm:", {}, kCreateUsage);
    while (int c = o.next()) {
        switch (c) {
        case 'x': excl = true; break;
        case 'f': force = true; break;
        case 'm': mode = o.mode_arg(); break;
        default: break;
        }
    }
    auto ops = o.operands();
    if (ops.size() == 1) o.usage("missing SIZE");
    o.expect_operands(2, 2);
    const std::string name = check_name("shm create", ops[0], Kind::Memory);
    const std::int64_t size = size_arg(o, "SIZE", ops[1]);
    const std::string ctx = "shm create " + name;
    for (int attempt = 0;; ++attempt) {
        const int fd = ::shm_open(name.c_str(), O_RDWR | O_CREAT | O_EXCL, mode);
        if (fd >= 0) {
            SharedMemory m(fd);
            // The umask may have taken bits away: set exactly the mode asked for.
            int err = 0;
            const char* call = nullptr;
            if (::fchmod(fd, mode) != 0) {
                err = errno;
                call = "fchmod";
            } else if (::ftruncate(fd, size) != 0) {
                err = errno;
                call = "ftruncate";
            }
            if (call) {
                ::shm_unlink(name.c_str());  // ours and unusable: don't leave it behind
                fail_errno(ctx, Kind::Memory, call, err, err == EFBIG || err == EINVAL ? "SIZE too large" : "");
            }
            return kOk;
        }
        if (errno != EEXIST) fail_errno(ctx, Kind::Memory, "shm_open", errno);
        if (excl) fail_with(ctx, kExists, "shared memory object already exists (-x)");
        const int e = ::shm_open(name.c_str(), O_RDWR, 0);
        if (e < 0) {
            if (errno == ENOENT && attempt < 5) continue;  // unlinked meanwhile: create it
            fail_errno(ctx, Kind::Memory, "shm_open", errno);
        }
        SharedMemory existing(e);
        const struct stat st = stat_memory(ctx, existing);
        check_owner(ctx, Kind::Memory, st, force);
        if (st.st_size == size) return kOk;
        // Size 0 means a peer created it and has not sized it yet: there is no data to lose.
        if (st.st_size == 0) {
            if (::ftruncate(existing.fd(), size) != 0) fail_errno(ctx, Kind::Memory, "ftruncate", errno);
            return kOk;
        }
        fail_with(ctx, kExists,
                  "the shared memory object exists with size " + std::to_string(st.st_size) + ", not " +
                      std::to_string(size) + "; unlink it first");
    }
}

int shm_write(Shell& sh, io::IoStreams& io, Args args) {
    std::int64_t offset = 0;
    Options o(args, "shm write", "o:", {}, kWriteUsage);
    while (int c = o.next()) {
        if (c == 'o') offset = size_arg(o, "-o", o.arg());
    }
    o.expect_operands(1, 2);
    auto ops = o.operands();
    const std::string name = check_name("shm write", ops[0], Kind::Memory);
    const std::string ctx = "shm write " + name;
    SharedMemory m = open_memory(ctx, name, O_RDWR);
    const std::int64_t size = stat_memory(ctx, m).st_size;
    std::string input;
    std::string_view data;
    if (ops.size() == 2) {
        data = ops[1];
    } else {
        // Standard input, byte for byte; one byte more than fits is enough to refuse it.
        const size_t room = offset <= size ? static_cast<size_t>(size - offset) : 0;
        bool eof = false;
        while (!eof && input.size() <= room) {
            if (int st = read_input(sh, ctx, io.in_fd, input, std::min(kChunk, room + 1 - input.size()), eof)) {
                return st;
            }
        }
        if (!eof) {
            fail_with(ctx, kSystem,
                      "write past the end: standard input has more than the " + std::to_string(room) +
                          " bytes from offset " + std::to_string(offset) + " to the end (size " +
                          std::to_string(size) + "; nothing was written)");
        }
        data = input;
    }
    check_range(ctx, "write", offset, static_cast<std::int64_t>(data.size()), size);
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::pwrite(m.fd(), data.data() + done, data.size() - done, static_cast<off_t>(offset) +
                                                                                      static_cast<off_t>(done));
        if (n < 0) {
            if (errno == EINTR) continue;
            fail_errno(ctx, Kind::Memory, "pwrite", errno);
        }
        done += static_cast<size_t>(n);
    }
    return kOk;
}

int shm_read(Shell& sh, io::IoStreams& io, Args args) {
    std::int64_t offset = 0;
    std::optional<std::int64_t> count;
    std::optional<std::string> var;
    Options o(args, "shm read", "o:c:v:", {}, kReadUsage);
    while (int c = o.next()) {
        switch (c) {
        case 'o': offset = size_arg(o, "-o", o.arg()); break;
        case 'c': count = size_arg(o, "-c", o.arg()); break;
        case 'v': var = o.var_arg(sh, "-v"); break;
        default: break;
        }
    }
    o.expect_operands(1, 1);
    const std::string name = check_name("shm read", o.operands()[0], Kind::Memory);
    const std::string ctx = "shm read " + name;
    SharedMemory m = open_memory(ctx, name, O_RDONLY);
    const std::int64_t size = stat_memory(ctx, m).st_size;
    const std::int64_t len = count ? *count : std::max<std::int64_t>(0, size - offset);
    check_range(ctx, "read", offset, len, size);
    std::string value;
    std::string chunk;
    std::int64_t done = 0;
    while (done < len) {
        chunk.resize(static_cast<size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(kChunk), len - done)));
        const ssize_t n = ::pread(m.fd(), chunk.data(), chunk.size(), static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            fail_errno(ctx, Kind::Memory, "pread", errno);
        }
        if (n == 0) {
            fail_with(ctx, kSystem,
                      "the object shrank to fewer than " + std::to_string(offset + len) + " bytes during the read");
        }
        std::string_view got(chunk.data(), static_cast<size_t>(n));
        if (var) value.append(got);
        else io.out.write(got);
        done += n;
    }
    if (var) {
        // A fixed-size object is usually padded with NUL bytes after its text (as C strings
        // are): drop them. A NUL inside the data can't be stored in a variable.
        const size_t end = value.find_last_not_of('\0');
        value.resize(end == std::string::npos ? 0 : end + 1);
        const size_t nul = value.find('\0');
        if (nul != std::string::npos) {
            fail_with(ctx, kUsage,
                      "the data has a NUL byte at offset " + std::to_string(offset + static_cast<std::int64_t>(nul)) +
                          ", which a shell variable cannot hold (read it without -v, or a smaller range with -o/-c)");
        }
        sh.assign(*var, std::move(value));
    }
    return kOk;
}

int shm_stat(io::IoStreams& io, Args args) {
    Options o(args, "shm stat", "", {}, kStatUsage);
    const std::string name = o.only_name(Kind::Memory);
    const std::string ctx = "shm stat " + name;
    SharedMemory m = open_memory(ctx, name, O_RDONLY);
    const struct stat st = stat_memory(ctx, m);
    io.out << "size=" << static_cast<long long>(st.st_size) << "\n";
    print_mode_owner(io.out, st);
    return kOk;
}

int shm_ls(io::IoStreams& io, Args args) {
    Options o(args, "shm ls", "", {}, kLsUsage);
    o.nothing_more();
    list_dir("shm ls", Kind::Memory, "/dev/shm", io.out);
    return kOk;
}

}  // namespace

namespace {

int dispatch(Shell& sh, io::IoStreams& io, Args argv) {
    if (argv.size() < 2) fail_with("shm", kUsage, "missing subcommand (create, write, read, stat, ls, unlink; see shm --help)");
    const std::string& sub = argv[1];
    Args args = argv.subspan(2);
    if (sub == "create") return shm_create(args);
    if (sub == "write") return shm_write(sh, io, args);
    if (sub == "read") return shm_read(sh, io, args);
    if (sub == "stat") return shm_stat(io, args);
    if (sub == "ls") return shm_ls(io, args);
    if (sub == "unlink") return unlink_names(sh, args, "shm unlink", Kind::Memory, ::shm_unlink, "shm_unlink", kUnlinkUsage);
    if (sub == "--help" || sub == "-h" || sub == "help") {
        io.out << kHelp;
        return kOk;
    }
    fail_with("shm", kUsage, "unknown subcommand " + shell_quote_always(sub) + " (create, write, read, stat, ls, unlink)");
}

}  // namespace

int builtin_shm(Shell& sh, io::IoStreams& io, Args argv) {
    return ipc::run_subcommand(sh, io, argv, dispatch);
}

}  // namespace ipsh::builtins
