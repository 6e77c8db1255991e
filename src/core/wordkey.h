/*
 * wordkey.h - short lower-case ASCII words as integers, and sets over constant
 * lists of such words, for the per-token "is this word one of ..." questions
 * of the claim and date scanners.
 *
 * A word of 1..12 letters packs into 60 bits (five per letter, 'a' = 1), so
 * the key of a word can be built while its letters are read anyway (lower-
 * casing a token, finding where a word ends), and a lookup is one multiply
 * and usually one integer comparison: no hashing of bytes, no string compare.
 * An empty or longer word has key 0, and a byte that is not a letter gets a
 * code no letter has: no set holds such a word.
 *
 * A set is declared next to its list with CITEP_KEYSET and needs no set-up:
 * the first lookup fills a static table from the NULL-terminated list (once,
 * safely across threads), as src/core/wordset.h does for arbitrary words.
 */
#ifndef CITEP_WORDKEY_H
#define CITEP_WORDKEY_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wordset.h" /* citep_fill_once */

#define CITEP_WORDKEY_MAX 12 /* letters in the longest word with a key */

/* The key so far extended by byte c (a letter of either case; any other byte
 * puts a code no letter has, so that word matches nothing). Start from 0 and
 * finish with citep_wordkey_end, which refuses words of more than
 * CITEP_WORDKEY_MAX bytes (their first letters were shifted out). */
static inline uint64_t citep_wordkey_add(uint64_t key, unsigned char c)
{
    unsigned l = (unsigned)(c | 32) - 'a';
    return (key << 5) | (l < 26 ? l + 1 : 31);
}

/* The key of a word of n bytes built with citep_wordkey_add, or 0. */
static inline uint64_t citep_wordkey_end(uint64_t key, size_t n)
{
    return n >= 1 && n <= CITEP_WORDKEY_MAX ? key : 0;
}

/* The key of w[0..n), or 0. */
static inline uint64_t citep_wordkey(const char *w, size_t n)
{
    uint64_t key = 0;
    if (n < 1 || n > CITEP_WORDKEY_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        key = citep_wordkey_add(key, (unsigned char)w[i]);
    return key;
}

struct citep_keyset {
    atomic_int state;         /* 0 empty, 1 being filled, 2 ready */
    const char *const *words; /* NULL-terminated; index + 1 is the value */
    uint32_t nslot;           /* a power of two, more than twice the words */
    uint64_t *key;            /* 0 free */
    uint16_t *val;            /* index + 1 of the word in each slot */
};

/* CITEP_KEYSET(name, list, nslot): a static set over `list` (lower-case words of
 * 1..12 letters; a duplicate keeps its first index) with `nslot` slots (a power
 * of two greater than twice the number of words). */
#define CITEP_KEYSET(name, list, n)                                                      \
    static uint64_t name##_key_[n];                                                      \
    static uint16_t name##_val_[n];                                                      \
    static struct citep_keyset name = {0, (list), (n), name##_key_, name##_val_}

void citep_keyset_ready(struct citep_keyset *ks);

/* The first slot for a key in a table of nslot slots (a power of two). */
static inline uint32_t citep_wordkey_slot(uint64_t key, uint32_t nslot)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & (nslot - 1);
}

/* 1 + the index in the list of the word with this key, or 0 when absent. */
static inline unsigned citep_keyset_find(struct citep_keyset *ks, uint64_t key)
{
    uint32_t i;
    if (!key)
        return 0;
    if (atomic_load_explicit(&ks->state, memory_order_acquire) != 2)
        citep_keyset_ready(ks);
    for (i = citep_wordkey_slot(key, ks->nslot); ks->key[i]; i = (i + 1) & (ks->nslot - 1))
        if (ks->key[i] == key)
            return ks->val[i];
    return 0;
}

/* A word's classes from several lists at once: each list adds its bits to the
 * words in it, so a token is classified by one lookup. */
struct citep_keylist {
    const char *const *words; /* NULL-terminated, as for CITEP_KEYSET */
    unsigned bits;
};

struct citep_keyclass {
    atomic_int state;                  /* 0 empty, 1 being filled, 2 ready */
    const struct citep_keylist *lists; /* ends with a NULL words */
    uint32_t nslot;                    /* a power of two, more than twice the words */
    uint64_t *key;                     /* 0 free */
    unsigned *bits;
};

#define CITEP_KEYCLASS(name, lists, n)                                                   \
    static uint64_t name##_key_[n];                                                      \
    static unsigned name##_bits_[n];                                                     \
    static struct citep_keyclass name = {0, (lists), (n), name##_key_, name##_bits_}

void citep_keyclass_ready(struct citep_keyclass *kc);

/* The bits of every list that holds the word with this key (0 for none). */
static inline unsigned citep_keyclass_get(struct citep_keyclass *kc, uint64_t key)
{
    uint32_t i, mask = kc->nslot - 1;
    if (!key)
        return 0;
    if (atomic_load_explicit(&kc->state, memory_order_acquire) != 2)
        citep_keyclass_ready(kc);
    for (i = citep_wordkey_slot(key, kc->nslot); kc->key[i]; i = (i + 1) & mask)
        if (kc->key[i] == key)
            return kc->bits[i];
    return 0;
}
#endif
