/*
 * jsonl.c - the `report --jsonl-in` input: JSON Lines (one JSON object per
 * LF-terminated line, https://jsonlines.org) holding records
 * {"id": ..., "text" | "html": ..., "date": ...} (CONTRACT.md, "Corpora").
 *
 * Lines are read through a fixed block with a per-line cap, so one huge line
 * costs at most the cap and is then skipped, never buffered whole. Record
 * parsing is a pure function so that fuzz/fuzz_jsonl.c can drive it.
 */
#include "corpus.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define JSONL_BLOCK 65536

static char *dup_bytes(const char *s, size_t n)
{
    char *d = citep_malloc(n + 1);
    if (d) {
        if (n)
            memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* The id as text: a string as is, an integer as its digits (Spark and Hive
 * tables often key articles by number). */
static bool take_id(json_t *v, struct jsonl_record *rec, char *err, size_t errsz)
{
    if (json_is_integer(v)) {
        char num[32];
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        rec->id = dup_bytes(num, strlen(num));
    } else if (json_is_string(v)) {
        size_t n = json_string_length(v);
        const char *s = json_string_value(v);
        if (n == 0 || memchr(s, '\0', n)) {
            snprintf(err, errsz, "\"id\" is empty or holds a NUL character");
            return false;
        }
        rec->id = dup_bytes(s, n);
    } else {
        snprintf(err, errsz, "missing \"id\" (a string or an integer)");
        return false;
    }
    if (!rec->id)
        snprintf(err, errsz, "out of memory");
    return rec->id != NULL;
}

static bool take_body(json_t *o, struct jsonl_record *rec, char *err, size_t errsz)
{
    json_t *text = json_object_get(o, "text"), *html = json_object_get(o, "html");
    if (text && html && !json_is_null(text) && !json_is_null(html)) {
        snprintf(err, errsz, "both \"text\" and \"html\" given; use one");
        return false;
    }
    json_t *v = text && !json_is_null(text) ? text : html;
    if (!v || !json_is_string(v)) {
        snprintf(err, errsz, "missing \"text\" or \"html\" (a string)");
        return false;
    }
    rec->html = v == html;
    rec->len = json_string_length(v);
    rec->body = dup_bytes(json_string_value(v), rec->len);
    if (!rec->body)
        snprintf(err, errsz, "out of memory");
    return rec->body != NULL;
}

/* "date": null, "", "YYYY-MM-DD" or a date-time starting with one. */
static bool take_date(json_t *v, struct jsonl_record *rec, char *err, size_t errsz)
{
    if (!v || json_is_null(v))
        return true;
    const char *s = json_is_string(v) ? json_string_value(v) : NULL;
    size_t n = s ? json_string_length(v) : 0;
    if (s && n == 0)
        return true;
    char day[11] = "";
    if (s && n >= 10 && (n == 10 || s[10] == 'T' || s[10] == ' ')) {
        memcpy(day, s, 10);
        day[10] = '\0';
    }
    if (!day[0] || !cli_valid_date(day)) {
        snprintf(err, errsz, "\"date\" wants YYYY-MM-DD");
        return false;
    }
    memcpy(rec->date, day, sizeof rec->date);
    return true;
}

bool jsonl_parse_record(const char *line, size_t len, struct jsonl_record *rec, char *err,
                        size_t errsz)
{
    memset(rec, 0, sizeof *rec);
    json_error_t jerr;
    json_t *o = json_loadb(line, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &jerr);
    if (!o) {
        snprintf(err, errsz, "invalid JSON at column %d: %s", jerr.column, jerr.text);
        return false;
    }
    bool ok = json_is_object(o);
    if (!ok)
        snprintf(err, errsz, "not a JSON object");
    ok = ok && take_id(json_object_get(o, "id"), rec, err, errsz);
    ok = ok && take_body(o, rec, err, errsz);
    ok = ok && take_date(json_object_get(o, "date"), rec, err, errsz);
    json_decref(o);
    if (!ok)
        jsonl_record_free(rec);
    return ok;
}

void jsonl_record_free(struct jsonl_record *rec)
{
    citep_free(rec->id);
    citep_free(rec->body);
    memset(rec, 0, sizeof *rec);
}

cite_status jsonl_reader_init(struct jsonl_reader *r, int fd, size_t max)
{
    memset(r, 0, sizeof *r);
    r->fd = fd;
    r->max = max;
    r->blk = citep_malloc(JSONL_BLOCK);
    return r->blk ? CITE_OK : CITE_ENOMEM;
}

void jsonl_reader_free(struct jsonl_reader *r)
{
    citep_free(r->blk);
    r->blk = NULL;
}

static bool refill(struct jsonl_reader *r)
{
    if (r->eof || r->error)
        return false;
    ssize_t got = read(r->fd, r->blk, JSONL_BLOCK);
    if (got < 0) {
        r->error = true;
        r->err_no = errno;
        return false;
    }
    r->pos = 0;
    r->n = (size_t)got;
    if (got == 0)
        r->eof = true;
    return got > 0;
}

enum jsonl_line jsonl_reader_next(struct jsonl_reader *r, struct citep_buf *line)
{
    line->len = 0;
    if (line->data)
        line->data[0] = '\0';
    bool any = false, too_long = false;
    for (;;) {
        if (r->pos == r->n && !refill(r))
            break;
        any = true;
        const char *start = r->blk + r->pos;
        const char *nl = memchr(start, '\n', r->n - r->pos);
        size_t take = nl ? (size_t)(nl - start) : r->n - r->pos;
        if (!too_long && line->len + take > r->max) {
            too_long = true;
            line->len = 0;
        }
        if (!too_long && take && citep_buf_add(line, start, take) != CITE_OK) {
            r->error = true;
            r->err_no = ENOMEM;
            return JSONL_ERROR;
        }
        r->pos += take + (nl != NULL);
        if (nl)
            break;
    }
    if (r->error)
        return JSONL_ERROR;
    if (!any)
        return JSONL_EOF;
    r->lineno++;
    if (too_long)
        return JSONL_TOO_LONG;
    if (line->len && line->data[line->len - 1] == '\r')
        line->data[--line->len] = '\0';
    return JSONL_LINE;
}
