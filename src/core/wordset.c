/*
 * wordset.c - lazily filled hash sets over constant word lists (see wordset.h).
 * FNV-1a hashing with linear probing; the table holds indices into the caller's
 * list, so no word is copied.
 */
#include "core/wordset.h"

#include <string.h>

static uint32_t hash(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

static void fill(struct citep_wordset *ws)
{
    uint32_t mask = ws->nslot - 1, count = 0;
    for (const char *const *p = ws->words; *p; p++) {
        size_t n = strlen(*p);
        /* a full table or an over-long word is a programming error in a list:
         * such words are left out rather than looping or overflowing */
        if (n > 255 || ++count * 2 > ws->nslot)
            continue;
        uint32_t i = hash(*p, n) & mask;
        while (ws->slot[i] && !(ws->len[i] == n && !memcmp(ws->words[ws->slot[i] - 1], *p, n)))
            i = (i + 1) & mask;
        if (!ws->slot[i]) {
            ws->slot[i] = (uint16_t)(p - ws->words + 1);
            ws->len[i] = (uint8_t)n;
        }
    }
}

static void ready(struct citep_wordset *ws)
{
    if (atomic_load_explicit(&ws->state, memory_order_acquire) == 2)
        return;
    int expect = 0;
    if (atomic_compare_exchange_strong(&ws->state, &expect, 1)) {
        fill(ws);
        atomic_store_explicit(&ws->state, 2, memory_order_release);
        return;
    }
    while (atomic_load_explicit(&ws->state, memory_order_acquire) != 2)
        ; /* another thread is filling a table of a few hundred words */
}

unsigned citep_wordset_find(struct citep_wordset *ws, const char *w, size_t n)
{
    if (n > 255)
        return 0;
    ready(ws);
    uint32_t mask = ws->nslot - 1, i = hash(w, n) & mask;
    for (uint16_t k; (k = ws->slot[i]) != 0; i = (i + 1) & mask)
        if (ws->len[i] == n && !memcmp(ws->words[k - 1], w, n))
            return k;
    return 0;
}

unsigned citep_wordset_findz(struct citep_wordset *ws, const char *w)
{
    return citep_wordset_find(ws, w, strlen(w));
}
