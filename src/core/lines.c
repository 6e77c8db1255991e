/*
 * lines.c - line index over the input: LF, CRLF and a lone CR each end a line.
 */
#include "../internal.h"

#include <string.h>

/* Where the next CR is. The text is searched for CRs a window at a time just
 * ahead of the line search, so both read the same bytes while they are in the
 * cache, and a text without CR costs one search per window. */
#define CR_WINDOW ((size_t)1 << 16)

struct cr_scan {
    const char *s;
    size_t len;
    size_t scanned; /* [.., scanned) searched */
    const char *cr; /* the first CR found in the last search, or NULL */
};

/* The first CR in s[i..limit), or NULL. */
static const char *first_cr(struct cr_scan *c, size_t i, size_t limit)
{
    for (;;) {
        if (c->cr && c->cr >= c->s + i)
            return c->cr < c->s + limit ? c->cr : NULL;
        if (c->scanned < i)
            c->scanned = i;
        if (c->cr) { /* passed: look again in what was searched already */
            c->cr = memchr(c->s + i, '\r', c->scanned - i);
            if (c->cr)
                continue;
        }
        if (c->scanned >= limit)
            return NULL;
        size_t end = c->len - c->scanned > CR_WINDOW ? c->scanned + CR_WINDOW : c->len;
        if (end < limit)
            end = limit;
        c->cr = memchr(c->s + c->scanned, '\r', end - c->scanned);
        c->scanned = end;
    }
}

/* The input stage builds d->lines in its own single pass over the bytes
 * (src/input/input.c), together with the UTF-8 check; this is the same index
 * for any other text. */
cite_status citep_lines_build(struct citep_lines *l, const char *s, size_t len)
{
    size_t cap = 0;
    l->starts = NULL;
    l->n = 0;
    if (citep_vec_reserve((void **)&l->starts, &cap, 1, sizeof(size_t)))
        return CITE_ENOMEM;
    l->starts[l->n++] = 0;
    struct cr_scan crs = {s, len, 0, NULL};
    for (size_t i = 0; i < len; i++) {
        const char *p = memchr(s + i, '\n', len - i);
        const char *q = first_cr(&crs, i, p ? (size_t)(p - s) : len);
        if (q)
            p = q;
        if (!p)
            break;
        i = (size_t)(p - s);
        if (*p == '\r' && i + 1 < len && s[i + 1] == '\n')
            i++;
        if (citep_vec_reserve((void **)&l->starts, &cap, l->n + 1, sizeof(size_t))) {
            citep_lines_free(l);
            return CITE_ENOMEM;
        }
        l->starts[l->n++] = i + 1;
    }
    return CITE_OK;
}

/* The line last found, per thread: callers ask for spans in text order, so
 * the answer is mostly that line or one a little further, found by galloping
 * from it. It is only a hint, checked against the index it is used on. */
static _Thread_local size_t line_hint;

unsigned citep_lines_line_of(const struct citep_lines *l, size_t off)
{
    if (!l->n)
        return 1;
    size_t lo = 0, hi = l->n, k = line_hint;
    if (k < l->n && l->starts[k] <= off) {
        size_t step = 1;
        lo = k;
        while (k + step < l->n && l->starts[k + step] <= off) {
            lo = k + step;
            step *= 2;
        }
        hi = k + step < l->n ? k + step : l->n;
    }
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    line_hint = lo;
    return (unsigned)(lo + 1);
}

void citep_lines_free(struct citep_lines *l)
{
    citep_free(l->starts);
    l->starts = NULL;
    l->n = 0;
}
