/*
 * gazetteer.c - loads the generated place table and looks names up in it.
 * The table is compiled in and already sorted, so loading only checks the
 * order (a corrupt or hand-edited table is refused with CITE_EDATA rather than
 * silently missing names) and lookups are binary searches.
 */
#include "claims.h"
#include "gazetteer.h"

#include <string.h>

static int lc(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c; }

/* Compare s[0..n) with the NUL-terminated name, ASCII case folded. */
static int cmp_name(const char *s, size_t n, const char *name)
{
    size_t i;
    for (i = 0; i < n; i++) {
        int a = lc((unsigned char)s[i]), b = lc((unsigned char)name[i]);
        if (b == 0)
            return 1;
        if (a != b)
            return a - b;
    }
    return name[n] ? -1 : 0;
}

cite_status citep_gazetteer_new(struct citep_gazetteer **out)
{
    struct citep_gazetteer *g;
    size_t i;
    if (!out)
        return CITE_EINVAL;
    *out = NULL;
    for (i = 1; i < citep_gaz_n; i++)
        if (cmp_name(citep_gaz[i].name, strlen(citep_gaz[i].name), citep_gaz[i - 1].name) <= 0)
            return CITE_EDATA;
    g = citep_malloc(sizeof *g);
    if (!g)
        return CITE_ENOMEM;
    g->e = citep_gaz;
    g->n = citep_gaz_n;
    *out = g;
    return CITE_OK;
}

void citep_gazetteer_free(struct citep_gazetteer *g) { citep_free(g); }

const struct citep_gaz_entry *citep_gaz_find(const struct citep_gazetteer *g, const char *s,
                                             size_t n)
{
    size_t lo = 0, hi;
    if (!g || !s || n == 0)
        return NULL;
    hi = g->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_name(s, n, g->e[mid].name);
        if (c == 0)
            return &g->e[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}
