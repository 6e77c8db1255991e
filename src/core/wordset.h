/*
 * wordset.h - constant word lists as hash sets, for the stages' many "is this word
 * one of ..." questions (stop words, months, cue verbs, units, demonyms).
 *
 * A set is declared next to its list with CITEP_WORDSET and needs no set-up and no
 * allocation: the first lookup fills a static open-addressing table from the
 * NULL-terminated list (once, safely across threads), and every later lookup is
 * one hash and usually one comparison, instead of a strcmp per list entry.
 */
#ifndef CITEP_WORDSET_H
#define CITEP_WORDSET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct citep_wordset {
    atomic_int state;            /* 0 empty, 1 being filled, 2 ready */
    const char *const *words;    /* NULL-terminated; index + 1 is the value */
    uint32_t nslot;              /* a power of two, more than twice the words */
    uint16_t *slot;              /* 0 free, else index + 1 into words */
    uint8_t *len;                /* length of the word in each slot (capped at 255) */
    uint64_t *key;               /* its first eight bytes, zero-padded */
};

/* CITEP_WORDSET(name, list, nslot): a static set over `list` with `nslot` slots
 * (a power of two greater than twice the number of words; checked on filling). */
/* n must be at least twice the words: for a list defined in the same file, a
 * list that outgrows its table fails to compile rather than losing words
 * (CITEP_WORDSET_OF takes a list declared elsewhere, of a size not known here). */
#define CITEP_WORDSET(name, list, n)                                                     \
    _Static_assert((sizeof(list) / sizeof(list)[0] - 1) * 2 <= (n),                      \
                   "CITEP_WORDSET " #name ": table too small for " #list);              \
    CITEP_WORDSET_OF(name, list, n)
#define CITEP_WORDSET_OF(name, list, n)                                                  \
    static uint16_t name##_slot_[n];                                                     \
    static uint8_t name##_len_[n];                                                       \
    static uint64_t name##_key_[n];                                                      \
    static struct citep_wordset name = {0, (list), (n), name##_slot_, name##_len_, name##_key_}

/* Make a lazily filled table ready: the first caller runs fill(arg) while *state
 * goes 0 (empty) -> 1 (being filled) -> 2 (ready); callers in other threads meanwhile
 * wait for 2. Tables of constant lists take microseconds to fill. */
void citep_fill_once(atomic_int *state, void (*fill)(void *), void *arg);

/* The first min(n, 8) bytes of w as an integer, zero-padded. */
static inline uint64_t citep_wordset_prefix(const char *w, size_t n)
{
    uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* two overlapping loads of a fixed size, no copy of a variable length:
     * the bytes both loads read land on the same places */
    if (n >= 8) {
        memcpy(&v, w, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, w, 4);
        memcpy(&b, w + n - 4, 4);
        v = a | (uint64_t)b << (8 * (n - 4));
    } else if (n >= 2) {
        uint16_t a, b;
        memcpy(&a, w, 2);
        memcpy(&b, w + n - 2, 2);
        v = a | (uint64_t)b << (8 * (n - 2));
    } else if (n == 1) {
        v = (unsigned char)w[0];
    }
#else
    memcpy(&v, w, n < 8 ? n : 8);
#endif
    return v;
}

/* The slot hash of a word whose first bytes are pre: the bytes past the eighth
 * go in one at a time. */
static inline uint32_t citep_wordset_hash(uint64_t pre, const char *w, size_t n)
{
    uint64_t h = (pre ^ ((uint64_t)n << 56)) * 0x9E3779B97F4A7C15ull;
    for (size_t i = 8; i < n; i++)
        h = (h ^ (unsigned char)w[i]) * 0x100000001B3ull;
    return (uint32_t)(h >> 32);
}

/* citep_wordset_find for long words, and the first lookup, which fills the table. */
unsigned citep_wordset_find_any(struct citep_wordset *ws, const char *w, size_t n);

/* 1 + the index in the list of the word w[0..n) (exact bytes), or 0 when absent.
 * Words longer than 255 bytes are never members. Inline: the stages ask it of
 * most words they read, and a word of eight bytes or fewer is one hash and an
 * integer comparison, less than the cost of a call. */
static inline unsigned citep_wordset_find(struct citep_wordset *ws, const char *w, size_t n)
{
    if (n > 8 || atomic_load_explicit(&ws->state, memory_order_acquire) != 2)
        return citep_wordset_find_any(ws, w, n);
    uint64_t pre = citep_wordset_prefix(w, n);
    uint32_t mask = ws->nslot - 1, i = citep_wordset_hash(pre, w, n) & mask;
    for (uint16_t k; (k = ws->slot[i]) != 0; i = (i + 1) & mask)
        if (ws->len[i] == n && ws->key[i] == pre)
            return k;
    return 0;
}

/* The same for a NUL-terminated word. */
unsigned citep_wordset_findz(struct citep_wordset *ws, const char *w);

static inline bool citep_wordset_has(struct citep_wordset *ws, const char *w)
{
    return citep_wordset_findz(ws, w) != 0;
}

#endif
