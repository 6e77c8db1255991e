/*
 * wordset.c - lazily filled hash sets over constant word lists (see wordset.h).
 * The stages ask several questions of every word of every paragraph, so a
 * lookup must cost little more than one hash: the hash mixes the first eight
 * bytes as one integer, each slot keeps those bytes too, and a word of up to
 * eight bytes is found or refused without touching the list at all.
 */
#include "core/wordset.h"

#include <string.h>

static inline bool same(const struct citep_wordset *ws, uint32_t i, uint64_t pre, const char *w,
                        size_t n)
{
    return ws->len[i] == n && ws->key[i] == pre &&
           (n <= 8 || !memcmp(ws->words[ws->slot[i] - 1] + 8, w + 8, n - 8));
}

static void fill(void *arg)
{
    struct citep_wordset *ws = arg;
    uint32_t mask = ws->nslot - 1, count = 0;
    for (const char *const *p = ws->words; *p; p++) {
        size_t n = strlen(*p);
        /* a full table or an over-long word is a programming error in a list:
         * such words are left out rather than looping or overflowing */
        if (n > 255 || ++count * 2 > ws->nslot)
            continue;
        uint64_t pre = citep_wordset_prefix(*p, n);
        uint32_t i = citep_wordset_hash(pre, *p, n) & mask;
        while (ws->slot[i] && !same(ws, i, pre, *p, n))
            i = (i + 1) & mask;
        if (!ws->slot[i]) {
            ws->slot[i] = (uint16_t)(p - ws->words + 1);
            ws->len[i] = (uint8_t)n;
            ws->key[i] = pre;
        }
    }
}

void citep_fill_once(atomic_int *state, void (*fill_fn)(void *), void *arg)
{
    int expect = 0;
    if (atomic_compare_exchange_strong(state, &expect, 1)) {
        fill_fn(arg);
        atomic_store_explicit(state, 2, memory_order_release);
        return;
    }
    while (atomic_load_explicit(state, memory_order_acquire) != 2)
        ; /* another thread is filling the table */
}

/* Any lookup: long words, and the first lookup that fills the table. */
unsigned citep_wordset_find_any(struct citep_wordset *ws, const char *w, size_t n)
{
    if (n > 255)
        return 0;
    if (atomic_load_explicit(&ws->state, memory_order_acquire) != 2)
        citep_fill_once(&ws->state, fill, ws);
    uint64_t pre = citep_wordset_prefix(w, n);
    uint32_t mask = ws->nslot - 1, i = citep_wordset_hash(pre, w, n) & mask;
    for (uint16_t k; (k = ws->slot[i]) != 0; i = (i + 1) & mask)
        if (same(ws, i, pre, w, n))
            return k;
    return 0;
}

unsigned citep_wordset_findz(struct citep_wordset *ws, const char *w)
{
    return citep_wordset_find(ws, w, strlen(w));
}
