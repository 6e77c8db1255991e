/*
 * strtab.c - string hash tables (see strtab.h): a multiply-xor hash over the
 * (folded) bytes eight at a time, linear probing, at most half full.
 */
#include "strtab.h"

#include <string.h>

static unsigned char lc(unsigned char c)
{
    return (unsigned char)(c + ((unsigned)(c - 'A') < 26 ? 32 : 0));
}

/* Eight bytes with their ASCII capitals in lower case, as lc() does byte by byte
 * (the sums are of seven-bit bytes, so none carries into the next). */
static uint64_t lc8(uint64_t v)
{
    const uint64_t one = 0x0101010101010101ull, lo7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t y = v & lo7;
    uint64_t up = (y + (0x80 - 'A') * one) & ~(y + (0x80 - 'Z' - 1) * one) & ~v & (one << 7);
    return v | up >> 2;
}

/* Eight bytes at a time (a key is mostly a word or two: one or two rounds). */
static uint32_t hash(const char *s, size_t n, bool fold)
{
    const uint64_t k = 0xFF51AFD7ED558CCDull;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n, v;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&v, s + i, 8);
        h = (h ^ (fold ? lc8(v) : v)) * k;
        h ^= h >> 29;
    }
    if (i < n) { /* the last 1..7 bytes, read without a memcpy call */
        size_t r = n - i;
        const unsigned char *u = (const unsigned char *)s + i;
        if (r >= 4) { /* two reads of four that may overlap */
            uint32_t a, b;
            memcpy(&a, u, 4);
            memcpy(&b, u + r - 4, 4);
            v = (uint64_t)a | (uint64_t)b << 32;
        } else {
            v = (uint64_t)u[0] | (uint64_t)u[r / 2] << 8 | (uint64_t)u[r - 1] << 16;
        }
        h = (h ^ (fold ? lc8(v) : v)) * k;
    }
    h ^= h >> 32;
    h *= k;
    return (uint32_t)(h >> 32);
}

static bool fold_eq(const char *a, const char *b, size_t n)
{
    size_t i;
    if (!memcmp(a, b, n)) /* a key is mostly looked up as it was written */
        return true;
    for (i = 0; i < n; i++)
        if (lc((unsigned char)a[i]) != lc((unsigned char)b[i]))
            return false;
    return true;
}

/* The filter bit of key s[0..n): keys that compare equal share it. */
static size_t filter_bit(const struct citep_strtab *t, const char *s, size_t n)
{
    unsigned first, last;
    if (n == 0)
        return 0;
    first = (unsigned char)s[0];
    last = (unsigned char)s[n - 1];
    if (t->fold) {
        first = lc((unsigned char)first);
        last = lc((unsigned char)last);
    }
    return (first * 7u + last * 31u + (unsigned)n * 131u) % CITEP_STRTAB_FILTER;
}

static bool filter_has(const struct citep_strtab *t, const char *s, size_t n)
{
    size_t b;
    if (t->nkeys > CITEP_STRTAB_FILTER / 8)
        return true;
    b = filter_bit(t, s, n);
    return (t->filter[b / 64] >> (b % 64)) & 1;
}

/* The two bloom bits of a key's hash h. */
static void bloom_bits(const struct citep_strtab *t, uint32_t h, size_t *a, size_t *b)
{
    *a = h & t->bloom_mask;
    *b = (size_t)(((uint64_t)h * 0x9E3779B97F4A7C15ull) >> 32) & t->bloom_mask;
}

static bool bloom_has(const struct citep_strtab *t, uint32_t h)
{
    size_t a, b;
    bloom_bits(t, h, &a, &b);
    return ((t->bloom[a / 64] >> (a % 64)) & (t->bloom[b / 64] >> (b % 64)) & 1) != 0;
}

static void bloom_add(struct citep_strtab *t, uint32_t h)
{
    size_t a, b;
    bloom_bits(t, h, &a, &b);
    t->bloom[a / 64] |= (uint64_t)1 << (a % 64);
    t->bloom[b / 64] |= (uint64_t)1 << (b % 64);
}

cite_status citep_strtab_init(struct citep_strtab *t, size_t n, bool fold)
{
    size_t cap = 16;
    while (cap < 2 * n + 2)
        cap *= 2;
    /* a slot is read only where its hash is set: only the hashes need zeroing
     * (a table per document is mostly empty, and clearing it all cost more than
     * filling it) */
    t->slot = cap <= SIZE_MAX / sizeof *t->slot ? citep_malloc(cap * sizeof *t->slot)
                                                : NULL;
    t->hash = citep_calloc(cap, sizeof *t->hash);
    t->mask = cap - 1;
    t->fold = fold;
    memset(t->filter, 0, sizeof t->filter);
    t->nkeys = 0;
    t->bloom = NULL;
    t->bloom_mask = 0;
    if (n >= CITEP_STRTAB_BLOOM_MIN) { /* cap / 2 >= n keys: 8 * cap bits */
        t->bloom = citep_calloc(cap / 8, sizeof *t->bloom);
        t->bloom_mask = cap * 8 - 1;
    }
    if (t->slot && t->hash && (t->bloom || n < CITEP_STRTAB_BLOOM_MIN))
        return CITE_OK;
    citep_strtab_free(t);
    return CITE_ENOMEM;
}

void citep_strtab_free(struct citep_strtab *t)
{
    citep_free(t->slot);
    citep_free(t->hash);
    citep_free(t->bloom);
    t->slot = NULL;
    t->hash = NULL;
    t->bloom = NULL;
}

/* Index of the slot that holds key s[0..n) (hash h), or of the free slot
 * where it goes. Slots are told apart by hash first, so a probe rarely reads
 * a key. */
static size_t probe(const struct citep_strtab *t, const char *s, size_t n, uint32_t h)
{
    size_t i = h & t->mask;
    for (;; i = (i + 1) & t->mask) {
        const struct citep_strslot *x = &t->slot[i];
        if (!t->hash[i])
            return i;
        if (t->hash[i] == h && x->len == n &&
            (t->fold ? fold_eq(x->w, s, n) : !memcmp(x->w, s, n)))
            return i;
    }
}

static uint32_t key_hash(const struct citep_strtab *t, const char *s, size_t n)
{
    uint32_t h = hash(s, n, t->fold);
    return h ? h : 1;
}

struct citep_strslot *citep_strtab_find(const struct citep_strtab *t, const char *s,
                                        size_t n)
{
    size_t i;
    uint32_t h;
    if (!t->slot || n > UINT32_MAX || !filter_has(t, s, n))
        return NULL;
    h = key_hash(t, s, n);
    if (t->bloom && !bloom_has(t, h))
        return NULL;
    i = probe(t, s, n, h);
    return t->hash[i] ? &t->slot[i] : NULL;
}

struct citep_strslot *citep_strtab_add(struct citep_strtab *t, const char *s, size_t n,
                                       bool *added)
{
    uint32_t h = key_hash(t, s, n);
    size_t i = probe(t, s, n, h);
    *added = !t->hash[i];
    if (*added) {
        size_t b = filter_bit(t, s, n);
        t->filter[b / 64] |= (uint64_t)1 << (b % 64);
        t->nkeys++;
        if (t->bloom)
            bloom_add(t, h);
        t->hash[i] = h;
        t->slot[i].w = s;
        t->slot[i].len = (uint32_t)n;
        t->slot[i].val = 0;
    }
    return &t->slot[i];
}

uint32_t citep_strtab_get(const struct citep_strtab *t, const char *s, size_t n)
{
    const struct citep_strslot *x = citep_strtab_find(t, s, n);
    return x ? x->val : 0;
}

void citep_strtab_or(struct citep_strtab *t, const char *s, size_t n, uint32_t val)
{
    bool added;
    citep_strtab_add(t, s, n, &added)->val |= val;
}
