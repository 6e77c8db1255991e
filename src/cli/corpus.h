/*
 * corpus.h - what `citecheck report` and `citecheck regress` share: the folder
 * walker, the JSONL record reader, the progress bar and a growable output
 * buffer (CONTRACT.md, "Corpora").
 */
#ifndef CITECHECK_CLI_CORPUS_H
#define CITECHECK_CLI_CORPUS_H

#include "cli.h"
#include "internal.h"

#include <stdbool.h>
#include <stddef.h>

/* ------------------------------------------------------------------------ */
/* walk.c                                                                     */

/* One article found by the walker, in output order. */
struct corpus_item {
    char *path;  /* as given or as walked ("dir/sub/a.txt"); "-" is stdin */
};

struct corpus_list {
    struct corpus_item *v;
    size_t n, cap;
    size_t missing; /* PATH arguments (or folders) that could not be read at all */
};

/* Walk the PATH arguments in the order given; folders depth-first with their
 * entries sorted by name bytes. Files found in folders are kept when they end
 * in .txt, .html or .htm (any case); a file named on the command line is kept
 * whatever its name. Skipped entries, symlink loops and unreadable folders get
 * a note on stderr unless quiet. Returns CITE_ENOMEM only. */
cite_status corpus_walk(char **paths, size_t npaths, bool quiet, struct corpus_list *out);
void corpus_list_free(struct corpus_list *l);

/* Read a whole regular file (or FIFO named by the user), refusing more than
 * max bytes. On failure returns false and puts the reason in err. *buf is
 * citep_malloc'd and NUL-terminated. */
bool corpus_read_file(const char *path, size_t max, char **buf, size_t *len, char *err,
                      size_t errsz);

/* ------------------------------------------------------------------------ */
/* jsonl.c                                                                    */

/* One input record {"id", "text" | "html", "date"}. */
struct jsonl_record {
    char *id;       /* citep_malloc'd; a numeric id is kept as its digits */
    char *body;     /* citep_malloc'd text or HTML (may hold NUL bytes) */
    size_t len;
    bool html;      /* the record had "html" rather than "text" */
    char date[11];  /* "YYYY-MM-DD" or "" */
};

/* Parse one JSONL line (without its newline). Returns true and fills rec, or
 * false with a one-line reason in err (rec is then empty). Pure: no I/O, no
 * globals, so the fuzzer can call it. */
bool jsonl_parse_record(const char *line, size_t len, struct jsonl_record *rec, char *err,
                        size_t errsz);
void jsonl_record_free(struct jsonl_record *rec);

/* A line reader over a file descriptor with a hard cap per line, so a 100 MB
 * line costs at most max bytes and a longer one is skipped, not buffered. */
struct jsonl_reader {
    int fd;
    size_t max;
    unsigned long lineno; /* of the line last returned */
    char *blk;
    size_t pos, n;
    bool eof, error;
    int err_no;
};

enum jsonl_line { JSONL_LINE, JSONL_TOO_LONG, JSONL_EOF, JSONL_ERROR };

cite_status jsonl_reader_init(struct jsonl_reader *r, int fd, size_t max);
/* Next line into *line (reset first; no newline, a trailing CR dropped). On
 * JSONL_TOO_LONG the line was skipped; r->lineno still counts it. */
enum jsonl_line jsonl_reader_next(struct jsonl_reader *r, struct citep_buf *line);
void jsonl_reader_free(struct jsonl_reader *r);

/* ------------------------------------------------------------------------ */
/* progress.c                                                                 */

struct progress;

/* A progress bar on stderr, or NULL (no bar) when stderr is not a terminal or
 * quiet is set. total 0 means unknown (records from a stream). */
struct progress *progress_new(size_t total, bool quiet);
/* done articles so far; redraws at most ten times a second. NULL is a no-op. */
void progress_update(struct progress *p, size_t done);
/* Erase the bar so a message can be printed; the next update redraws it. */
void progress_clear(struct progress *p);
void progress_free(struct progress *p);

/* ------------------------------------------------------------------------ */
/* Output buffers.                                                            */

/* cite_write_fn appending to a struct citep_buf *. */
int corpus_write_buf(const char *buf, size_t len, void *ud);

#endif
