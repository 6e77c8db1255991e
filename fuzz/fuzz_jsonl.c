/*
 * fuzz_jsonl.c - libFuzzer target for the `report --jsonl-in` reader
 * (src/cli/jsonl.c): the capped line reader and the record parser
 * {"id", "text" | "html", "date"}. The first byte picks the line cap (small
 * caps exercise the over-long-line path); the rest is the JSONL input. Aborts
 * when the reader loses or invents bytes, or when an accepted record breaks
 * the parser's promises (a non-empty id without NUL, a body, a valid date).
 */
// fuzz-sources: src/cli/jsonl.c src/cli/util.c
#include "cli/corpus.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_record(const struct jsonl_record *rec)
{
    if (!rec->id || !rec->id[0] || !rec->body)
        abort();
    if (rec->body[rec->len] != '\0')
        abort();
    if (rec->date[0] && !cli_valid_date(rec->date))
        abort();
}

/* Every record line alone through the parser. */
static void parse_lines(const char *s, size_t n)
{
    while (n) {
        const char *nl = memchr(s, '\n', n);
        size_t len = nl ? (size_t)(nl - s) : n;
        struct jsonl_record rec;
        char err[300];
        if (jsonl_parse_record(s, len, &rec, err, sizeof err)) {
            check_record(&rec);
            jsonl_record_free(&rec);
        } else if (!err[0] || !memchr(err, '\0', sizeof err)) {
            abort(); /* a refusal always says why */
        }
        s += len + (nl != NULL);
        n -= len + (nl != NULL);
    }
}

/* The reader over a file: lines up to the cap come back whole, longer ones
 * are reported and skipped, and line numbers count both. */
static void read_lines(const char *s, size_t n, size_t cap)
{
    FILE *f = tmpfile();
    if (!f)
        return;
    if (fwrite(s, 1, n, f) != n || fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return;
    }
    struct jsonl_reader r;
    struct citep_buf line;
    citep_buf_init(&line, 0);
    if (jsonl_reader_init(&r, fileno(f), cap) != CITE_OK)
        abort();
    size_t pos = 0;
    unsigned long lines = 0;
    for (enum jsonl_line k; (k = jsonl_reader_next(&r, &line)) != JSONL_EOF;) {
        if (k == JSONL_ERROR)
            abort();
        const char *nl = memchr(s + pos, '\n', n - pos);
        size_t len = nl ? (size_t)(nl - (s + pos)) : n - pos;
        if (++lines != r.lineno)
            abort();
        if (k == JSONL_TOO_LONG && len <= cap)
            abort();
        if (k == JSONL_LINE) {
            size_t want = len && s[pos + len - 1] == '\r' ? len - 1 : len;
            if (len > cap || line.len != want || (want && memcmp(line.data, s + pos, want)))
                abort();
        }
        pos += len + (nl != NULL);
    }
    if (pos != n)
        abort();
    jsonl_reader_free(&r);
    citep_buf_free(&line);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const size_t caps[] = {1, 2, 7, 64, 4096, 1 << 20};
    size_t cap = caps[data[0] % (sizeof caps / sizeof caps[0])];
    const char *s = (const char *)data + 1;
    parse_lines(s, size - 1);
    read_lines(s, size - 1, cap);
    return 0;
}
