/*
 * strtab.h - an open-addressing hash table from strings (pointer and length,
 * not copied) to a 32-bit value, for the claims stage's lookups in tables that
 * are built once per parser (gazetteer, frequent words) or per document (post
 * entity names). Keys compare exactly or ASCII case-insensitively.
 */
#ifndef CITEP_STRTAB_H
#define CITEP_STRTAB_H
#include "../internal.h"

#define CITEP_STRTAB_FILTER 1024 /* bits */

struct citep_strtab {
    struct citep_strslot {
        const char *w; /* NULL: free */
        uint32_t len;
        uint32_t val;
    } *slot;
    uint32_t *hash; /* per slot: the key's hash (never 0), 0 when free */
    size_t mask;
    bool fold;     /* ASCII case-insensitive keys */
    /* a bit per (length, first and last byte) class of the keys held: most
     * lookups in a small table are refused here without hashing the key (a
     * large table sets most bits, and is not filtered) */
    uint64_t filter[CITEP_STRTAB_FILTER / 64];
    size_t nkeys;
    /* a large table (built once per parser: the gazetteer, the frequent words)
     * has a filter of its own instead, two bits per key, about 16 bits a key
     * room: most lookups there are for words it does not hold, and the filter
     * answers them from cache where the slots would cost a miss or two */
    uint64_t *bloom;
    size_t bloom_mask; /* bits - 1 */
};

#define CITEP_STRTAB_BLOOM_MIN 4096 /* keys a table is made for to get one */

/* A table with room for n keys. */
cite_status citep_strtab_init(struct citep_strtab *t, size_t n, bool fold);
void citep_strtab_free(struct citep_strtab *t);

/* The slot of key s[0..n): the one that holds it, or NULL when absent. */
struct citep_strslot *citep_strtab_find(const struct citep_strtab *t, const char *s,
                                        size_t n);

/* The slot of key s[0..n), added (with value 0) if absent. The key must stay
 * valid as long as the table; *added tells whether it was new. */
struct citep_strslot *citep_strtab_add(struct citep_strtab *t, const char *s, size_t n,
                                       bool *added);

/* The value of key s[0..n), or 0 when absent. */
uint32_t citep_strtab_get(const struct citep_strtab *t, const char *s, size_t n);

/* Add key s[0..n) if absent and OR val into its value. */
void citep_strtab_or(struct citep_strtab *t, const char *s, size_t n, uint32_t val);
#endif
