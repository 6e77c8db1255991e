/*
 * gazetteer.c - loads the generated place table and looks names up in it.
 * The table is compiled in and already sorted; loading checks the order (a
 * corrupt or hand-edited table is refused with CITE_EDATA rather than silently
 * missing names) and hashes every name, and every part of a name that ends
 * before a space, so that the places finder can stop extending a run of words
 * as soon as no name continues it. The frequent-word list is hashed the same way.
 */
#include "claims.h"
#include "gazetteer.h"

#include "segment/wordfreq.h"

#include <string.h>

#define GAZ_PREFIX 0x80000000u /* names: the key starts a longer name */

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

/* The first CITEP_KNOWN_WORDS entries of the word model ("<cost>word\n",
 * most frequent first): a capitalised common word ("All", "Two", "Line") is
 * far likelier a sentence start or a heading than a name. */
static cite_status load_common(struct citep_gazetteer *g)
{
    const char *s = citep_wordfreq;
    size_t len = citep_wordfreq_len, i, n = 0;
    if (citep_strtab_init(&g->common, CITEP_KNOWN_WORDS, false) != CITE_OK)
        return CITE_ENOMEM;
    for (i = 0; i < len && n < CITEP_KNOWN_WORDS;) {
        size_t e = i + 1;
        while (e < len && s[e] != '\n')
            e++;
        if (e > i + 1) {
            bool added;
            struct citep_strslot *x;
            x = citep_strtab_add(&g->common, s + i + 1, e - i - 1, &added);
            if (added) /* a repeated word keeps its first (best) rank */
                x->val = (uint32_t)n + 1;
            n++;
        }
        i = e + 1;
    }
    return CITE_OK;
}

static cite_status load_names(struct citep_gazetteer *g)
{
    size_t i, keys = 0;
    for (i = 0; i < g->n; i++)
        for (const char *p = citep_gaz_name(&g->e[i]); *p; p++)
            keys += *p == ' ';
    if (citep_strtab_init(&g->names, g->n + keys, true) != CITE_OK)
        return CITE_ENOMEM;
    for (i = 0; i < g->n; i++) {
        const char *name = citep_gaz_name(&g->e[i]), *p;
        citep_strtab_or(&g->names, name, strlen(name), (uint32_t)i + 1);
        for (p = name; *p; p++)
            if (*p == ' ')
                citep_strtab_or(&g->names, name, (size_t)(p - name), GAZ_PREFIX);
    }
    return CITE_OK;
}

/* Add the key of name's first word (up to a space) to g->first. code[c] is
 * the five-bit code citep_wordkey_add gives byte c, or 0 for the bytes that end
 * the word (NUL and space): one table read a letter for 50,000 names. */
static void add_first(struct citep_gazetteer *g, const char *name,
                      const unsigned char *code)
{
    size_t n = 0, w;
    uint64_t key = 0;
    for (unsigned k; (k = code[(unsigned char)name[n]]) != 0;) {
        key = (key << 5) | k;
        if (++n > CITEP_WORDKEY_MAX)
            return; /* such a word has no key: citep_gaz_may_start lets it through */
    }
    if ((key = citep_wordkey_end(key, n)) == 0)
        return;
    uint64_t m = citep_gaz_first_bits(key, &w);
    g->first[w] |= m;
}

static cite_status load_first(struct citep_gazetteer *g)
{
    size_t i;
    unsigned char code[256];
    for (i = 0; i < 256; i++)
        code[i] = (unsigned char)(citep_wordkey_add(0, (unsigned char)i) & 31);
    code[0] = code[' '] = 0;
    g->first = citep_calloc(CITEP_GAZ_FIRST_WORDS, sizeof *g->first);
    if (!g->first)
        return CITE_ENOMEM;
    for (i = 0; i < g->n; i++)
        add_first(g, citep_gaz_name(&g->e[i]), code);
    for (i = 0; i < citep_gaz_towns_n; i++)
        add_first(g, citep_gaz_name(&citep_gaz_towns[i]), code);
    return CITE_OK;
}

size_t citep_word_rank(const struct citep_gazetteer *g, const char *w)
{
    uint32_t v;
    if (!g || !w || !w[0])
        return SIZE_MAX;
    v = citep_strtab_get(&g->common, w, strlen(w));
    return v ? v - 1 : SIZE_MAX;
}

cite_status citep_gazetteer_new(struct citep_gazetteer **out)
{
    struct citep_gazetteer *g;
    size_t i;
    if (!out)
        return CITE_EINVAL;
    *out = NULL;
    for (i = 1; i < citep_gaz_n; i++)
        if (cmp_name(citep_gaz_name(&citep_gaz[i]), strlen(citep_gaz_name(&citep_gaz[i])),
                     citep_gaz_name(&citep_gaz[i - 1])) <= 0)
            return CITE_EDATA;
    g = citep_calloc(1, sizeof *g);
    if (!g)
        return CITE_ENOMEM;
    g->e = citep_gaz;
    g->n = citep_gaz_n;
    if (load_names(g) != CITE_OK || load_common(g) != CITE_OK || load_first(g) != CITE_OK) {
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
    citep_strtab_free(&g->names);
    citep_strtab_free(&g->common);
    citep_free(g->first);
    citep_free(g);
}

bool citep_gaz_starts_name(const struct citep_gazetteer *g, const char *s, size_t n)
{
    return g && s && n && (citep_strtab_get(&g->names, s, n) & GAZ_PREFIX);
}

const struct citep_gaz_entry *citep_gaz_find(const struct citep_gazetteer *g, const char *s,
                                             size_t n)
{
    uint32_t v;
    if (!g || !s || n == 0)
        return NULL;
    v = citep_strtab_get(&g->names, s, n) & ~GAZ_PREFIX;
    return v ? &g->e[v - 1] : NULL;
}

/* Towns, nine in ten of the names, stay out of the hash table, which would take
 * ten times as long to build at parser creation: they are looked up only where a
 * town can be taken, by binary search in their sorted list. */
const struct citep_gaz_entry *citep_gaz_find_town(const struct citep_gazetteer *g,
                                                  const char *s, size_t n)
{
    size_t lo = 0, hi = g && s ? citep_gaz_towns_n : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_name(s, n, citep_gaz_name(&citep_gaz_towns[mid]));
        if (c == 0)
            return &citep_gaz_towns[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const struct citep_gaz_entry *citep_gaz_lookup(const struct citep_gazetteer *g, const char *s,
                                               size_t n, bool *starts)
{
    uint32_t v;
    *starts = false;
    if (!g || !s || n == 0)
        return NULL;
    v = citep_strtab_get(&g->names, s, n);
    *starts = (v & GAZ_PREFIX) != 0;
    v &= ~GAZ_PREFIX;
    return v ? &g->e[v - 1] : NULL;
}
