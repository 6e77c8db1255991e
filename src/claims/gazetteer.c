/*
 * gazetteer.c - loads the generated place table and looks names up in it.
 * The table is compiled in and already sorted, so loading only checks the
 * order (a corrupt or hand-edited table is refused with CITE_EDATA rather than
 * silently missing names) and lookups are binary searches.
 */
#include "claims.h"
#include "gazetteer.h"

#include "segment/wordfreq.h"

#include <stdlib.h>
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

static int word_cmp(const void *a, const void *b)
{
    return strcmp(((const struct citep_word *)a)->w, ((const struct citep_word *)b)->w);
}

/* The first CITEP_KNOWN_WORDS entries of the word model ("<cost>word\n",
 * most frequent first): a capitalised common word ("All", "Two", "Line") is
 * far likelier a sentence start or a heading than a name. */
static cite_status load_common(struct citep_gazetteer *g)
{
    size_t len = citep_wordfreq_len, i, n = 0;
    g->common_buf = citep_malloc(len + 1);
    g->common = citep_malloc(CITEP_KNOWN_WORDS * sizeof *g->common);
    if (!g->common_buf || !g->common)
        return CITE_ENOMEM;
    memcpy(g->common_buf, citep_wordfreq, len);
    g->common_buf[len] = '\0';
    for (i = 0; i < len && n < CITEP_KNOWN_WORDS;) {
        size_t e = i + 1;
        while (e < len && g->common_buf[e] != '\n')
            e++;
        g->common_buf[e] = '\0';
        if (e > i + 1) {
            g->common[n].w = g->common_buf + i + 1;
            g->common[n].rank = n;
            n++;
        }
        i = e + 1;
    }
    g->ncommon = n;
    qsort(g->common, n, sizeof *g->common, word_cmp);
    return CITE_OK;
}

size_t citep_word_rank(const struct citep_gazetteer *g, const char *w)
{
    struct citep_word key, *hit;
    if (!g || !w || !w[0])
        return SIZE_MAX;
    key.w = w;
    hit = bsearch(&key, g->common, g->ncommon, sizeof *g->common, word_cmp);
    return hit ? hit->rank : SIZE_MAX;
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
    g = citep_calloc(1, sizeof *g);
    if (!g)
        return CITE_ENOMEM;
    g->e = citep_gaz;
    g->n = citep_gaz_n;
    if (load_common(g) != CITE_OK) {
        citep_gazetteer_free(g);
        return CITE_ENOMEM;
    }
    *out = g;
    return CITE_OK;
}

void citep_gazetteer_free(struct citep_gazetteer *g)
{
    if (!g)
        return;
    citep_free(g->common);
    citep_free(g->common_buf);
    citep_free(g);
}

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
