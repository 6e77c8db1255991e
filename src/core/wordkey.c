/*
 * wordkey.c - filling the word-key sets of wordkey.h on first use.
 */
#include "core/wordkey.h"

#include <string.h>

/* The key of a list word, or 0 when it cannot have one (not lower-case
 * letters, or too long): a programming error in a list, and such a word is
 * left out rather than matching something else. */
static uint64_t list_key(const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return 0;
    return citep_wordkey(w, n);
}

static void fill(void *arg)
{
    struct citep_keyset *ks = arg;
    uint32_t mask = ks->nslot - 1, count = 0;
    for (const char *const *p = ks->words; *p; p++) {
        uint64_t key = list_key(*p);
        uint32_t i;
        if (!key || ++count * 2 > ks->nslot)
            continue; /* see list_key; a full table is the same kind of error */
        for (i = citep_wordkey_slot(key, ks->nslot); ks->key[i] && ks->key[i] != key; i = (i + 1) & mask)
            ;
        if (!ks->key[i]) { /* a duplicate keeps its first index */
            ks->key[i] = key;
            ks->val[i] = (uint16_t)(p - ks->words + 1);
        }
    }
}

void citep_keyset_ready(struct citep_keyset *ks) { citep_fill_once(&ks->state, fill, ks); }

static void fill_class(void *arg)
{
    struct citep_keyclass *kc = arg;
    uint32_t mask = kc->nslot - 1, count = 0;
    for (const struct citep_keylist *l = kc->lists; l->words; l++) {
        for (const char *const *p = l->words; *p; p++) {
            uint64_t key = list_key(*p);
            uint32_t i;
            if (!key)
                continue; /* see list_key */
            i = citep_wordkey_slot(key, kc->nslot);
            while (kc->key[i] && kc->key[i] != key)
                i = (i + 1) & mask;
            if (!kc->key[i]) {
                if (++count * 2 > kc->nslot)
                    continue; /* a full table: the word is left out */
                kc->key[i] = key;
            }
            kc->bits[i] |= l->bits;
        }
    }
}

void citep_keyclass_ready(struct citep_keyclass *kc)
{
    citep_fill_once(&kc->state, fill_class, kc);
}
