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

/* 1 + the index in the list of the word w[0..n) (exact bytes), or 0 when absent.
 * Words longer than 255 bytes are never members. */
unsigned citep_wordset_find(struct citep_wordset *ws, const char *w, size_t n);

/* The same for a NUL-terminated word. */
unsigned citep_wordset_findz(struct citep_wordset *ws, const char *w);

static inline bool citep_wordset_has(struct citep_wordset *ws, const char *w)
{
    return citep_wordset_findz(ws, w) != 0;
}

#endif
