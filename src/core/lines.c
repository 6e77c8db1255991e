/*
 * lines.c - line index over the input: LF, CRLF and a lone CR each end a line.
 */
#include "../internal.h"

#include <string.h>

cite_status citep_lines_build(struct citep_lines *l, const char *s, size_t len)
{
    size_t cap = 0;
    l->starts = NULL;
    l->n = 0;
    if (citep_vec_reserve((void **)&l->starts, &cap, 1, sizeof(size_t)))
        return CITE_ENOMEM;
    l->starts[l->n++] = 0;
    /* most text has no CR at all: then one search per line is enough */
    const char *cr = memchr(s, '\r', len);
    for (size_t i = 0; i < len; i++) {
        const char *p = memchr(s + i, '\n', len - i);
        const char *q = NULL;
        if (cr && cr < s + i)
            cr = memchr(s + i, '\r', len - i); /* the next CR, searched once */
        if (cr && (!p || cr < p))
            q = cr;
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

unsigned citep_lines_line_of(const struct citep_lines *l, size_t off)
{
    if (!l->n)
        return 1;
    size_t lo = 0, hi = l->n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (unsigned)(lo + 1);
}

void citep_lines_free(struct citep_lines *l)
{
    citep_free(l->starts);
    l->starts = NULL;
    l->n = 0;
}
