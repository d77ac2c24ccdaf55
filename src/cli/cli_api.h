/* cli_api.h: the boundary between ipsh and its CLI11-based option parser, which lives in a
 * separate shared module (libipsh-cli.so) loaded only when a long option appears. CLI11
 * brings <iostream>, locales and static objects that would otherwise cost every shell
 * start-up about 0.5 MB of memory and a measurable delay. Plain C types only. */
#ifndef IPSH_CLI_API_H
#define IPSH_CLI_API_H

#ifdef __cplusplus
extern "C" {
#endif

struct IpshCliResult {
    int norc;      /* --norc given */
    int login;     /* --login given */
    int exit_now;  /* --help or --version was handled: exit with exit_status */
    int exit_status;
    char error[256]; /* non-empty: a usage error to report (exit 2) */
};

/* Parses the long options in args[0..count). Prints --help / --version output itself. */
typedef int (*IpshCliParseFn)(int count, const char* const* args, const char* usage,
                              const char* version, struct IpshCliResult* out);
int ipsh_cli_parse(int count, const char* const* args, const char* usage, const char* version,
                   struct IpshCliResult* out);

#ifdef __cplusplus
}
#endif

#endif
