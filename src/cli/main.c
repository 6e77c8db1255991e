/*
 * main.c - the citecheck tool: dispatch to a command.
 */
#include "cli.h"

#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
};

static const struct command COMMANDS[] = {
    {"check", cmd_check},   {"entities", cmd_entities}, {"report", cmd_report},
    {"regress", cmd_regress}, {"segment", cmd_segment},
};

int main(int argc, char **argv)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
    /* A run of the tool is short: memory handed back to the system between
     * stages (PCRE2's JIT compiler alone frees and trims the heap some hundred
     * times) or blocks of a few megabytes mapped and unmapped one by one only
     * cost system calls and TLB flushes, so the heap keeps what it has. */
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
    if (argc < 2)
        return cli_usage_error(NULL, "no command given");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0 || strcmp(cmd, "version") == 0) {
        printf("citecheck %s\n", cite_version());
        return EXIT_CLEAN;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        (strcmp(cmd, "help") == 0 && argc == 2)) {
        cli_help_main(stdout);
        return EXIT_CLEAN;
    }
    if (strcmp(cmd, "help") == 0) {
        if (cli_help_command(argv[2], stdout))
            return EXIT_CLEAN;
        return cli_usage_error(NULL, "unknown command '%s'", argv[2]);
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        if (strcmp(cmd, COMMANDS[i].name) == 0)
            return COMMANDS[i].run(argc - 1, argv + 1);
    return cli_usage_error(NULL, "unknown command '%s'", cmd);
}
