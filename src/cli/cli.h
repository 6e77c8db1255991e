/*
 * cli.h - what the command files of the citecheck tool share: exit codes,
 * input reading, output writers and messages. The tool only parses arguments,
 * reads input, calls the library and prints.
 */
#ifndef CITECHECK_CLI_H
#define CITECHECK_CLI_H

#include "citecheck/citecheck.h"

#include <stdbool.h>
#include <stdio.h>

enum exit_code {
    EXIT_CLEAN = 0,    /* ran, no conflict */
    EXIT_CONFLICT = 1, /* ran, found a conflict (see --fail-on) */
    EXIT_USAGE = 2     /* usage or input error */
};

extern const char *cli_prog;

/* "citecheck: error: <what>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Bad usage: the message plus a hint to `citecheck help CMD`; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Read a whole file ("-" or NULL = stdin) into *buf (malloc'd, NUL-terminated),
 * refusing more than max bytes. On failure prints a message naming the file
 * and returns false. */
bool cli_read_input(const char *path, size_t max, char **buf, size_t *len);

/* An input held in memory: read into a buffer, or for a large regular file
 * mapped read-only (no copy; the kernel reads ahead). */
struct cli_input {
    char *buf;
    size_t len;
    bool mapped;
    bool nul_ended; /* buf[len] is a readable '\0' (CITE_OPT_BORROW_INPUT may be used) */
};
/* Like cli_read_input; free with cli_input_free. */
bool cli_input_open(const char *path, size_t max, struct cli_input *in);
void cli_input_free(struct cli_input *in);

/* Parse a size such as 64M, 500k, 1048576. */
bool cli_parse_size(const char *s, size_t *out);
/* Check YYYY-MM-DD (a real calendar date). */
bool cli_valid_date(const char *s);

/* cite_write_fn writing to a FILE *. */
int cli_write_file(const char *buf, size_t len, void *fp);

/* Print the document's warnings on stderr, prefixed by the file name. */
void cli_print_warnings(const cite_doc *doc, const char *name);

/* Help texts (help.c). */
void cli_help_main(FILE *f);
bool cli_help_command(const char *cmd, FILE *f);

/* Commands. argc/argv start at the command name. */
int cmd_check(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_segment(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_regress(int argc, char **argv);

#endif
