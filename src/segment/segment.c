/*
 * segment.c - hashtag segmentation ("SeaofJapan" -> "Sea of Japan").
 *
 * A Viterbi search over code points for the cheapest sequence of words, where a
 * word's cost is its unigram cost -ln p from the generated word model
 * (data/wordfreq.c, see tools/gen_wordfreq.py), or the cost of an unknown word
 * that grows with its length. On top of the plain unigram model:
 *   - the tag's own typography is evidence: camelCase, letter/digit changes and
 *     ALL-CAPS runs mark likely boundaries, so a word that straddles one pays a
 *     penalty, and so does a cut where the case shows none in a cased tag;
 *   - acronyms (an all-caps run in a tag that also has lowercase) are cheap;
 *   - digits stay whole, with a lone letter glued on ("G20", "3G", "70s");
 *   - words of the surrounding post or article (citep_segctx) get cheaper,
 *     which picks "helicopters departed" when the article says "departed".
 * Letters and case come back exactly as given; separators ('_', '-', ...) are
 * dropped; runs of non-Latin letters (CJK, Arabic, ...) are never cut; a tag
 * with no ASCII letter comes back unchanged. The word length is capped
 * (SEG_MAX_WORD), so the work is linear in the tag's length.
 */
#include "segment/segment.h"
#include "segment/wordfreq.h"

#include <math.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

#define SEG_MAX_WORD 32     /* longest word the search considers, in code points */
#define SEG_CTX_MAX_WORDS (1u << 20) /* distinct context words kept */

/* Costs in nats, tuned on STAN-large dev_corrected.tsv. */
struct seg_params {
    double unk_base;     /* an unknown word: unk_base + unk_char * length */
    double unk_char;
    double acr_base;     /* an all-caps run in a cased tag: acr_base + acr_char * len */
    double acr_char;
    double digit_cost;   /* a run of digits (with a glued letter: + glue_cost) */
    double glue_cost;
    double other_cost;   /* a run of non-Latin letters */
    double word_pen;     /* every word */
    double cross_pen;    /* a word straddling a camelCase boundary */
    double cross1_pen;   /* ... right after a lone lowercase first letter */
    double cut_pen;      /* a cut that the case of a cased tag does not show */
    double ctx_boost;    /* a context word gets this much cheaper */
    double ctx_floor;    /* ... but never cheaper than this */
};

/* A slot of the word model's table (citep_wordfreq_tab) is one 64-bit word:
 * the word's start in citep_wordfreq (0: empty slot), its length in bits 32 to
 * 47 and the high bits of its hash, which stop most misses, in bits 48 to 63.
 * The cost is not stored: it is read from the quantised byte before the word,
 * next to the bytes that a hit compares anyway. */
#define SLOT_OFF(e) ((uint32_t)(e))
#define SLOT_LEN(e) ((size_t)((e) >> 32) & 0xFFFF)
#define SLOT_CHECK(e) ((uint16_t)((e) >> 48))

/* A one-bit-per-hash filter in front of a table: most lookups of a search are
 * for letter strings that are no word, and the filter, 32 times smaller than
 * the table, answers most of them from the cache. */
#define BLOOM_WORD_BITS 6 /* 64-bit words */

struct citep_segmenter {
    const uint64_t *tab;
    size_t mask;
    const uint64_t *bloom;
    unsigned bloom_bits;
    double unk0;  /* cost of a word seen once: ln(corpus size) */
    struct seg_params p;
    /* by length n: unk_base + unk_char * n, acr_base + acr_char * n */
    double unk_n[SEG_MAX_WORD + 1], acr_n[SEG_MAX_WORD + 1];
};

struct ctx_entry {
    uint32_t off, len, h; /* in the context's word store; len 0: empty slot */
};

/* A tag segmented with this context, and the result: articles repeat their
 * hashtags, and the result depends on nothing else. */
struct memo_entry {
    uint32_t off; /* tag then result in memo_store, plus one; 0: empty slot */
    uint32_t tag_len, out_len, h;
};

/* Which context words can matter: a word is looked up only as a run of the
 * letters of a tag, so a word whose first three letters (or two, and its end)
 * occur in no tag segmented with the context is never asked for. One bit per
 * such trigram: two letters a-z, then a letter or the end of the word. */
#define TRI_BITS (1 << 15) /* five bits a letter (its code & 31), 0 for the end */
#define TRI_WORDS ((TRI_BITS + 63) / 64)

struct citep_segctx {
    /* When the text is short enough that the cap on distinct words cannot be
     * reached, only the words of covered trigrams are stored, and the text is
     * scanned again when a tag brings new ones; text is NULL when every word
     * was stored at once. */
    const char *text;
    size_t text_len;
    uint64_t covered[TRI_WORDS];
    char *store;
    size_t store_len, store_cap;
    struct ctx_entry *tab;
    size_t mask, count;
    uint64_t *bloom;
    unsigned bloom_bits;
    char *memo_store;
    size_t memo_len, memo_cap;
    struct memo_entry *memo;
    size_t memo_mask, memo_count;
};

/* ---- hashing ------------------------------------------------------------ */

#define FNV_INIT 2166136261u
static uint32_t fnv_add(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

static uint32_t fnv(const char *s, size_t n)
{
    uint32_t h = FNV_INIT;
    for (size_t i = 0; i < n; i++)
        h = fnv_add(h, (unsigned char)s[i]);
    return h;
}

/* The hash of a word in the model and context tables. Its bytes go in 64-bit
 * chunks (byte k of a chunk in bits 8k to 8k + 7, the last chunk zero-padded),
 * so the search can extend it a letter at a time while the tables, built from
 * whole words, take eight bytes a step: 137,000 words are hashed at every
 * parser creation. */
#define WH_SEED 0x243F6A8885A308D3ull

/* Mix in a full chunk that is not the word's last. */
static uint64_t wh_fold(uint64_t s, uint64_t chunk)
{
    uint64_t x = (s ^ chunk) * 0x9E3779B97F4A7C15ull;
    return x ^ (x >> 29);
}

/* The hash, given the state before the last chunk and that chunk. */
static uint32_t wh_final(uint64_t s, uint64_t last)
{
    /* the fold brings the high letters down to where the product's high
     * half, whose low bits pick the slot, depends on them */
    uint64_t x = s ^ last;
    x ^= x >> 29;
    return (uint32_t)((x * 0xBF58476D1CE4E5B9ull) >> 32);
}

/* The chunk of the k (1..8) bytes at p. */
static uint64_t wh_chunk(const char *p, size_t k)
{
    uint64_t c = 0;
    for (size_t i = 0; i < k; i++)
        c |= (uint64_t)(unsigned char)p[i] << (8 * i);
    return c;
}

static uint32_t whash(const char *s, size_t n)
{
    uint64_t st = WH_SEED;
    size_t i = 0;
    for (; n - i > 8; i += 8)
        st = wh_fold(st, wh_chunk(s + i, 8));
    return wh_final(st, n ? wh_chunk(s + i, n - i) : 0);
}

/* A word's hash built a byte at a time. */
struct wh_state {
    uint64_t s, acc;
    unsigned r; /* bytes in acc */
};

static uint32_t wh_add(struct wh_state *w, unsigned char c)
{
    if (w->r == 8) {
        w->s = wh_fold(w->s, w->acc);
        w->acc = 0;
        w->r = 0;
    }
    w->acc |= (uint64_t)c << (8 * w->r++);
    return wh_final(w->s, w->acc);
}

static size_t bloom_bit(uint32_t h, unsigned bits)
{
    return (size_t)((h * 0x9E3779B1u) >> (32 - bits)); /* other bits than the slot's */
}

static void bloom_set(uint64_t *b, unsigned bits, uint32_t h)
{
    size_t k = bloom_bit(h, bits);
    b[k >> BLOOM_WORD_BITS] |= (uint64_t)1 << (k & 63);
}

static bool bloom_maybe(const uint64_t *b, unsigned bits, uint32_t h)
{
    size_t k = bloom_bit(h, bits);
    return (b[k >> BLOOM_WORD_BITS] >> (k & 63)) & 1;
}

/* Bits for n keys: 8 to 16 per key, a power of two from 2^12 to 2^24. */
static unsigned bloom_size(size_t n)
{
    unsigned bits = 12;
    while (bits < 24 && ((size_t)1 << bits) < 16 * n)
        bits++;
    return bits;
}

/* ---- the word model --------------------------------------------------- */

static void seg_default_params(struct seg_params *p, double unk0)
{
    p->unk_base = unk0 + 1.0;
    p->unk_char = 2.0;
    p->acr_base = unk0 - 4.0;
    p->acr_char = 0.5;
    p->digit_cost = 8.0;
    p->glue_cost = 2.0;
    p->other_cost = 10.0;
    p->word_pen = 1.0;
    p->cross_pen = 8.0;
    p->cross1_pen = 3.0;
    p->cut_pen = 3.0;
    p->ctx_boost = 4.0;
    p->ctx_floor = 5.0;
}

/* The cost of the model word at off, as seg_load first computed it. */
static double entry_cost(uint32_t off)
{
    int q = (unsigned char)citep_wordfreq[off - 1] - citep_wordfreq_q0;
    return (float)(citep_wordfreq_cost_min + q / citep_wordfreq_cost_scale);
}

static uint16_t hash_check(uint32_t h)
{
    return (uint16_t)(h >> 16);
}

/* Cost of the lowercase word key[0..n) with hash h, or INFINITY if unknown. */
static double seg_lookup(const struct citep_segmenter *s, const char *key, size_t n,
                         uint32_t h)
{
    uint16_t check = hash_check(h);
    size_t i = h & s->mask;
    for (uint64_t e; (e = s->tab[i]) != 0; i = (i + 1) & s->mask) {
        if (SLOT_CHECK(e) == check && SLOT_LEN(e) == n &&
            !memcmp(citep_wordfreq + SLOT_OFF(e), key, n))
            return entry_cost(SLOT_OFF(e));
    }
    return INFINITY;
}

#define LOAD_CHECK_WORDS 64

/* The table comes with the words, generated: check that it is the table of
 * these words, hashed as here, on the first words of the blob. */
static cite_status seg_load(struct citep_segmenter *s)
{
    size_t size = (size_t)1 << citep_wordfreq_tab_bits;
    if (citep_wordfreq_tab_bits > 30 || size < (size_t)citep_wordfreq_n * 5 / 3 + 2 ||
        citep_wordfreq_bloom_bits < BLOOM_WORD_BITS || citep_wordfreq_bloom_bits > 24 ||
        (int)citep_wordfreq_qmax < citep_wordfreq_q0)
        return CITE_EDATA;
    s->tab = citep_wordfreq_tab;
    s->mask = size - 1;
    s->bloom = citep_wordfreq_bloom;
    s->bloom_bits = citep_wordfreq_bloom_bits;
    size_t pos = 0, len = citep_wordfreq_len;
    for (unsigned k = 0; k < LOAD_CHECK_WORDS && pos < len; k++) {
        const char *w = citep_wordfreq + pos + 1;
        const char *nl = memchr(w, '\n', len - pos - 1);
        if (!nl)
            return CITE_EDATA;
        size_t n = (size_t)(nl - w);
        uint32_t h = whash(w, n);
        if (!bloom_maybe(s->bloom, s->bloom_bits, h) || seg_lookup(s, w, n, h) == INFINITY)
            return CITE_EDATA;
        pos += n + 2;
    }
    s->unk0 = citep_wordfreq_cost_min +
              ((int)citep_wordfreq_qmax - citep_wordfreq_q0) / citep_wordfreq_cost_scale;
    return CITE_OK;
}

cite_status citep_segmenter_new(struct citep_segmenter **out)
{
    if (!out)
        return CITE_EINVAL;
    *out = NULL;
    struct citep_segmenter *s = citep_calloc(1, sizeof *s);
    if (!s)
        return CITE_ENOMEM;
    cite_status rc = seg_load(s);
    if (rc) {
        citep_segmenter_free(s);
        return rc;
    }
    seg_default_params(&s->p, s->unk0);
    for (size_t n = 0; n <= SEG_MAX_WORD; n++) {
        s->unk_n[n] = s->p.unk_base + s->p.unk_char * (double)n;
        s->acr_n[n] = s->p.acr_base + s->p.acr_char * (double)n;
    }
    *out = s;
    return CITE_OK;
}

void citep_segmenter_free(struct citep_segmenter *s)
{
    if (!s)
        return;
    citep_free(s);
}

/* ---- context ------------------------------------------------------------ */

static bool is_alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static bool is_word_byte(unsigned char c)
{
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

static size_t ctx_find(const struct citep_segctx *c, const char *key, size_t n, uint32_t h)
{
    size_t i = h & c->mask;
    while (c->tab[i].len) {
        if (c->tab[i].h == h && c->tab[i].len == n && !memcmp(c->store + c->tab[i].off, key, n))
            break;
        i = (i + 1) & c->mask;
    }
    return i;
}

static cite_status ctx_grow(struct citep_segctx *c)
{
    size_t size = c->tab ? (c->mask + 1) * 2 : 64;
    unsigned bits = bloom_size(size / 2);
    struct ctx_entry *tab = citep_calloc(size, sizeof *tab);
    uint64_t *bloom = citep_calloc((size_t)1 << (bits - BLOOM_WORD_BITS), sizeof *bloom);
    if (!tab || !bloom) {
        citep_free(tab);
        citep_free(bloom);
        return CITE_ENOMEM;
    }
    for (size_t i = 0; c->tab && i <= c->mask; i++) {
        if (!c->tab[i].len)
            continue;
        size_t k = c->tab[i].h & (size - 1);
        while (tab[k].len)
            k = (k + 1) & (size - 1);
        tab[k] = c->tab[i];
        bloom_set(bloom, bits, c->tab[i].h);
    }
    citep_free(c->tab);
    citep_free(c->bloom);
    c->tab = tab;
    c->mask = size - 1;
    c->bloom = bloom;
    c->bloom_bits = bits;
    return CITE_OK;
}

/* Is the lowercase word key[0..n) with hash h (whash) a word of the context? */
static bool ctx_has(const struct citep_segctx *c, const char *key, size_t n, uint32_t h)
{
    if (!c || !c->count)
        return false;
    return c->tab[ctx_find(c, key, n, h)].len != 0;
}

/* Add the lowercase word w[0..n) with hash h once. */
static cite_status ctx_add(struct citep_segctx *c, const char *w, size_t n, uint32_t h)
{
    if (c->count >= SEG_CTX_MAX_WORDS || ctx_has(c, w, n, h))
        return CITE_OK;
    if ((c->count + 1) * 2 > (c->tab ? c->mask + 1 : 0) && ctx_grow(c))
        return CITE_ENOMEM;
    if (citep_vec_reserve((void **)&c->store, &c->store_cap, c->store_len + n, 1))
        return CITE_ENOMEM;
    memcpy(c->store + c->store_len, w, n);
    size_t i = ctx_find(c, w, n, h);
    c->tab[i].off = (uint32_t)c->store_len;
    c->tab[i].len = (uint32_t)n;
    c->tab[i].h = h;
    bloom_set(c->bloom, c->bloom_bits, h);
    c->store_len += n;
    c->count++;
    return CITE_OK;
}

/* The trigram bit of the ASCII letters w[0..n), n >= 2. */
static size_t tri_index(const char *w, size_t n)
{
    /* a letter & 31 is 1..26 in either case: no subtraction, no multiply */
    size_t a = (unsigned char)w[0] & 31, b = (unsigned char)w[1] & 31;
    size_t c = n > 2 ? (unsigned char)w[2] & 31 : 0;
    return a << 10 | b << 5 | c;
}

static bool tri_has(const uint64_t *bits, size_t k)
{
    return (bits[k >> 6] >> (k & 63)) & 1;
}

static void tri_set(uint64_t *bits, size_t k)
{
    bits[k >> 6] |= (uint64_t)1 << (k & 63);
}

/* Calls fn(arg, k) for the trigram k of every word that a search of
 * tag[0..len) may ask the context for: a context word is made of ASCII
 * letters, so it can only match a run of them, from any of its letters, two
 * letters long or longer. Stops early when fn returns false. */
static bool tri_each(const char *tag, size_t len, bool (*fn)(void *, size_t), void *arg)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (!is_alpha((unsigned char)tag[i]) || !is_alpha((unsigned char)tag[i + 1]))
            continue;
        if (!fn(arg, tri_index(tag + i, 2)))
            return false;
        if (i + 2 < len && is_alpha((unsigned char)tag[i + 2]) &&
            !fn(arg, tri_index(tag + i, 3)))
            return false;
    }
    return true;
}

static bool tri_mark(void *bits, size_t k)
{
    tri_set(bits, k);
    return true;
}

static bool tri_covered(void *c, size_t k)
{
    return tri_has(((const struct citep_segctx *)c)->covered, k);
}

/* Skip a hashtag, mention or URL at text[i]: they are not prose, and a tag
 * must not vouch for itself. Returns the index after it, or i. */
static size_t ctx_skip(const char *text, size_t len, size_t i)
{
    unsigned char c = (unsigned char)text[i];
    if ((c == '#' || c == '@') && i + 1 < len &&
        is_word_byte((unsigned char)text[i + 1])) {
        i++;
        while (i < len && is_word_byte((unsigned char)text[i]))
            i++;
    } else if (c == ':' && len - i >= 3 && text[i + 1] == '/' && text[i + 2] == '/') {
        while (i < len && (unsigned char)text[i] > ' ')
            i++;
    }
    return i;
}

/* End of the run of ASCII letters from s[i] in s[0..n): eight bytes at a time
 * where the byte order allows, as prose is mostly such runs. */
static size_t alpha_end(const unsigned char *s, size_t n, size_t i)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t hi = 0x8080808080808080ULL, lo7 = 0x7F7F7F7F7F7F7F7FULL;
    for (; i + 8 <= n; i += 8) {
        uint64_t w, x;
        memcpy(&w, s + i, 8);
        x = (w | 0x2020202020202020ULL) & lo7;
        /* per byte: high bit of x + 0x1F is x >= 'a', of x + 0x05 is x > 'z' */
        uint64_t alpha = (x + 0x1F1F1F1F1F1F1F1FULL) & ~(x + 0x0505050505050505ULL) & ~w & hi;
        if (alpha != hi)
            return i + ((size_t)__builtin_ctzll(~alpha & hi) >> 3);
    }
#endif
    while (i < n && is_alpha(s[i]))
        i++;
    return i;
}

/* Words of up to 16 letters already added, one slot per hash of the word:
 * prose repeats a few thousand words, and these small tables stay in the
 * cache where the full one would not. A word is its own key here (its
 * letters, zero-padded), so a hit is exact. Words of fewer than eight letters,
 * most of them, have a table of single 64-bit keys. */
#define SEEN8_BITS 12
#define SEEN16_BITS 10
#define SEEN_MAX 16
#define SEEN_FROM_BYTES 65536 /* shorter contexts go without */

struct ctx_build {
    struct citep_segctx *c;
    const char *text;
    size_t len;
    uint64_t *seen8;  /* 1 << SEEN8_BITS keys, or NULL */
    uint64_t *seen16; /* 1 << SEEN16_BITS pairs */
    const uint64_t *want; /* trigrams of the words to add, or NULL: every word */
};

static size_t seen_slot(uint64_t key, unsigned bits)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

/* The n (<= SEEN_MAX) letters at text[start] lowercased into two words. */
static void seen_key(const char *text, size_t start, size_t n, uint64_t w[2])
{
    w[0] = w[1] = 0;
    for (size_t k = 0; k < n; k++)
        w[k / 8] |= (uint64_t)((unsigned char)text[start + k] | 0x20) << (8 * (k % 8));
}

static bool seen_before(struct ctx_build *b, size_t start, size_t n)
{
    if (!b->seen16 || n > SEEN_MAX)
        return false;
    uint64_t w[2];
    seen_key(b->text, start, n, w);
    uint64_t *e = &b->seen16[2 * seen_slot(w[0] ^ (w[1] * 0xC2B2AE3D27D4EB4FULL), SEEN16_BITS)];
    if (e[0] == w[0] && e[1] == w[1])
        return true;
    e[0] = w[0];
    e[1] = w[1];
    return false;
}

static bool glued(const struct ctx_build *b, size_t start, size_t end)
{
    const unsigned char *u = (const unsigned char *)b->text;
    return (start > 0 && u[start - 1] >= 0x80) || (end < b->len && u[end] >= 0x80);
}

/* Add the letters text[start..end) unless they are glued to a non-ASCII
 * letter, or too short or too long to be looked up. */
static cite_status ctx_add_word(struct ctx_build *b, size_t start, size_t end)
{
    size_t n = end - start;
    /* the trigram first: it turns away most words */
    if (n < 2 || n > SEG_MAX_WORD ||
        (b->want && !tri_has(b->want, tri_index(b->text + start, n))) ||
        glued(b, start, end) || seen_before(b, start, n))
        return CITE_OK;
    char word[SEG_MAX_WORD];
    for (size_t k = 0; k < n; k++)
        word[k] = (char)(b->text[start + k] | 0x20);
    return ctx_add(b->c, word, n, whash(word, n));
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CTX_FAST 1
/* Letters at the start of the eight bytes in w: 0..8. */
static size_t swar_letters(uint64_t w)
{
    const uint64_t hi = 0x8080808080808080ULL, lo7 = 0x7F7F7F7F7F7F7F7FULL;
    uint64_t x = (w | 0x2020202020202020ULL) & lo7;
    /* per byte: high bit of x + 0x1F is x >= 'a', of x + 0x05 is x > 'z' */
    uint64_t alpha = (x + 0x1F1F1F1F1F1F1F1FULL) & ~(x + 0x0505050505050505ULL) & ~w & hi;
    return alpha == hi ? 8 : (size_t)__builtin_ctzll(~alpha & hi) >> 3;
}

/* The first n (<= 8) bytes of w lowercased, the rest zero. */
static uint64_t lower_bytes(uint64_t w, size_t n)
{
    uint64_t m = n >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * n)) - 1;
    return (w | 0x2020202020202020ULL) & m;
}
#endif

/* The whole run of letters text[i..i+n): added unless it is too short or too
 * long, unwanted or glued, or already in the small tables. A run of fewer than
 * 16 letters with 16 bytes to read there comes from two loads, and in a long
 * text most such words are found in the small tables. */
#ifdef CTX_FAST
/* The run of 2 to 15 wanted letters text[i..i+n), not glued, with 16 bytes to
 * read at i. */
static inline cite_status ctx_short_run(struct ctx_build *b, size_t i, size_t n)
{
    uint64_t w[2];
    memcpy(w, b->text + i, 16);
    uint64_t key[2] = {lower_bytes(w[0], n), n > 8 ? lower_bytes(w[1], n - 8) : 0};
    if (!b->seen8) {
        /* a short text goes without the small tables: ctx_add sees repeats */
    } else if (n < 8) {
        uint64_t *e = &b->seen8[seen_slot(key[0], SEEN8_BITS)];
        if (*e == key[0])
            return CITE_OK;
        *e = key[0];
    } else {
        uint64_t *e =
            &b->seen16[2 * seen_slot(key[0] ^ (key[1] * 0xC2B2AE3D27D4EB4FULL), SEEN16_BITS)];
        if (e[0] == key[0] && e[1] == key[1])
            return CITE_OK;
        e[0] = key[0];
        e[1] = key[1];
    }
    char word[16];
    memcpy(word, key, 16);
    /* key holds the chunks of the word's hash (n < 16) */
    uint32_t h = n <= 8 ? wh_final(WH_SEED, key[0])
                        : wh_final(wh_fold(WH_SEED, key[0]), key[1]);
    return ctx_add(b->c, word, n, h);
}

static bool ctx_wanted(const struct ctx_build *b, size_t i, size_t n)
{
    return !b->want || tri_has(b->want, tri_index(b->text + i, n));
}
#endif

static cite_status ctx_run(struct ctx_build *b, size_t i, size_t n)
{
#ifdef CTX_FAST
    if (n < 2 || !ctx_wanted(b, i, n))
        return CITE_OK;
    if (n >= 16 || i + 16 > b->len)
        return ctx_add_word(b, i, i + n);
    return glued(b, i, i + n) ? CITE_OK : ctx_short_run(b, i, n);
#else
    return ctx_add_word(b, i, i + n);
#endif
}

/* The end of the run of letters at text[i]: from two loads when it is shorter
 * than 16 letters and 16 bytes can be read there. */
static size_t run_end_at(const struct ctx_build *b, size_t i)
{
#ifdef CTX_FAST
    if (i + 16 <= b->len) {
        uint64_t w[2];
        memcpy(w, b->text + i, 16);
        size_t n = swar_letters(w[0]);
        if (n < 8 || (n += swar_letters(w[1])) < 16)
            return i + n;
    }
#endif
    return alpha_end((const unsigned char *)b->text, b->len, i);
}

/* Bytes of the context scan: 1 an ASCII letter, 2 what may start a hashtag,
 * mention or URL to skip, 0 anything else. */
static const unsigned char CTX_BYTE[256] = {
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1,
    ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['#'] = 2, ['@'] = 2, [':'] = 2};

/* One word or skip of the scan at text[i] (CTX_BYTE class cl, not 0);
 * returns the index after it. */
static size_t ctx_step(struct ctx_build *b, size_t i, unsigned char cl, cite_status *rc)
{
    if (cl == 2) {
        size_t k = ctx_skip(b->text, b->len, i);
        return k != i ? k : i + 1;
    }
    size_t end = run_end_at(b, i);
    *rc = ctx_run(b, i, end - i);
    return end;
}

#if defined(__SSE2__) && defined(CTX_FAST)
#define CTX_BLOCKS 1
/* Bits of the 64 bytes at u: ASCII letters in *letters, bytes from 0x80 on
 * in *high, '#', '@' and ':' in the result. */
static uint64_t ctx_masks64(const unsigned char *u, uint64_t *letters, uint64_t *high)
{
    const __m128i lo = _mm_set1_epi8('a' - 1), hi = _mm_set1_epi8('z' + 1);
    const __m128i sp = _mm_set1_epi8(0x20), h = _mm_set1_epi8('#');
    const __m128i at = _mm_set1_epi8('@'), co = _mm_set1_epi8(':');
    uint64_t l = 0, x = 0, hb = 0;
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + 16 * k));
        hb |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << (16 * k);
        __m128i f = _mm_or_si128(v, sp); /* signed: bytes from 0x80 on stay below 'a' */
        __m128i a = _mm_and_si128(_mm_cmpgt_epi8(f, lo), _mm_cmplt_epi8(f, hi));
        __m128i o = _mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, co));
        o = _mm_or_si128(o, _mm_cmpeq_epi8(v, h));
        l |= (uint64_t)(unsigned)_mm_movemask_epi8(a) << (16 * k);
        x |= (uint64_t)(unsigned)_mm_movemask_epi8(o) << (16 * k);
    }
    *letters = l;
    *high = hb;
    return x;
}

/* The scan of ctx_scan 64 bytes at a time, up to the last whole block: words
 * are found from bit masks, so a run of letters that ends in the block is
 * measured without a look at its bytes, and those whose trigram is not wanted,
 * most of them in a short text, are passed over. i is never inside a run of
 * letters. Returns where the byte-wise scan goes on. */
static size_t ctx_scan_blocks(struct ctx_build *b, cite_status *rc)
{
    const unsigned char *u = (const unsigned char *)b->text;
    size_t i = 0;
    while (!*rc && b->len - i >= 64) {
        uint64_t letters, high, ev = ctx_masks64(u + i, &letters, &high);
        ev |= letters & ~(letters << 1); /* starts of letter runs, and the specials */
        /* bit k: the byte before k is not ASCII */
        uint64_t high_before = high << 1 | (uint64_t)(i > 0 && u[i - 1] >= 0x80);
        size_t next = i + 64;
        while (ev) {
            size_t k = (size_t)__builtin_ctzll(ev), p = i + k;
            uint64_t rest = ~letters >> k; /* bit 0 is p, not a letter for a special */
            if (rest && !(rest & 1)) { /* a run of letters that ends in the block */
                size_t n = (size_t)__builtin_ctzll(rest);
                ev &= ev - 1;
                if (n < 2 || !ctx_wanted(b, p, n)) /* most words of a short text */
                    continue;
                if (n < 16 && b->len - p >= 16) { /* 16 bytes to read */
                    if (((high_before >> k) | (high >> (k + n))) & 1)
                        continue;
                    *rc = ctx_short_run(b, p, n);
                } else {
                    *rc = ctx_run(b, p, n);
                }
                if (*rc)
                    return i;
                continue;
            }
            if (!rest && k > 0) { /* the run goes on: the next block starts with it */
                next = p;
                break;
            }
            size_t e = ctx_step(b, p, CTX_BYTE[u[p]], rc);
            if (*rc)
                return i;
            if (e - i >= 64) { /* past the block: start the next one there */
                next = e;
                break;
            }
            ev &= ~(uint64_t)0 << (e - i); /* events before e are inside what was read */
        }
        i = next;
    }
    return i;
}
#endif

static cite_status ctx_scan(struct ctx_build *b)
{
    const unsigned char *u = (const unsigned char *)b->text;
    size_t i = 0, len = b->len;
    cite_status rc = CITE_OK;
#ifdef CTX_BLOCKS
    i = ctx_scan_blocks(b, &rc);
#endif
    while (i < len && !rc) {
        unsigned char cl = CTX_BYTE[u[i]];
        if (!cl) { /* spaces and punctuation between words, in a tight loop */
            do
                i++;
            while (i < len && !CTX_BYTE[u[i]]);
            continue;
        }
        i = ctx_step(b, i, cl, &rc);
    }
    return rc;
}

/* Add to c the words of text[0..len) whose trigrams are in want (NULL: all). */
static cite_status ctx_fill(struct citep_segctx *c, const char *text, size_t len,
                            const uint64_t *want)
{
    struct ctx_build b = {c, text, len, NULL, NULL, want};
    bool big = len >= SEEN_FROM_BYTES;
    if (big) {
        b.seen8 = citep_calloc((size_t)1 << SEEN8_BITS, sizeof *b.seen8);
        b.seen16 = citep_calloc((size_t)2 << SEEN16_BITS, sizeof *b.seen16);
    }
    cite_status rc = big && (!b.seen8 || !b.seen16) ? CITE_ENOMEM : ctx_scan(&b);
    citep_free(b.seen8);
    citep_free(b.seen16);
    return rc;
}

/* Cover the trigrams of the hashtags written in text[0..len): they are the
 * tags most likely to be segmented with it. */
static void ctx_cover_text_tags(struct citep_segctx *c, const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    while (p < end && (p = memchr(p, '#', (size_t)(end - p))) != NULL) {
        const char *q = ++p;
        while (q < end && is_word_byte((unsigned char)*q))
            q++;
        tri_each(p, (size_t)(q - p), tri_mark, c->covered);
        p = q;
    }
}

/* Store the context words that a search of tag[0..len) may ask for, when the
 * context holds only the words of covered trigrams. */
static cite_status ctx_cover_tag(struct citep_segctx *c, const char *tag, size_t len)
{
    if (!c || !c->text || tri_each(tag, len, tri_covered, c))
        return CITE_OK;
    uint64_t want[TRI_WORDS];
    memset(want, 0, sizeof want);
    tri_each(tag, len, tri_mark, want);
    for (size_t k = 0; k < TRI_WORDS; k++) {
        want[k] &= ~c->covered[k];
        c->covered[k] |= want[k];
    }
    return ctx_fill(c, c->text, c->text_len, want);
}

cite_status citep_segctx_new(const struct citep_segmenter *s, const char *text,
                             size_t len, struct citep_segctx **out)
{
    if (!out)
        return CITE_EINVAL;
    *out = NULL;
    if (!s || (!text && len))
        return CITE_EINVAL;
    struct citep_segctx *c = citep_calloc(1, sizeof *c);
    if (!c)
        return CITE_ENOMEM;
    text = text ? text : "";
    cite_status rc;
    /* k words of two letters or more take 3k - 1 bytes at least */
    if ((len + 1) / 3 <= SEG_CTX_MAX_WORDS) {
        c->text = text;
        c->text_len = len;
        ctx_cover_text_tags(c, text, len);
        rc = ctx_fill(c, text, len, c->covered);
    } else {
        rc = ctx_fill(c, text, len, NULL);
    }
    if (rc) {
        citep_segctx_free(c);
        return rc;
    }
    *out = c;
    return CITE_OK;
}

void citep_segctx_free(struct citep_segctx *c)
{
    if (!c)
        return;
    citep_free(c->store);
    citep_free(c->tab);
    citep_free(c->bloom);
    citep_free(c->memo_store);
    citep_free(c->memo);
    citep_free(c);
}

/* ---- remembered results ------------------------------------------------- */

#define MEMO_MAX_TAG 256              /* longer tags are segmented every time */
#define MEMO_MAX_BYTES ((size_t)64 << 20)

static size_t memo_find(const struct citep_segctx *c, const char *tag, size_t len, uint32_t h)
{
    size_t i = h & c->memo_mask;
    while (c->memo[i].off) {
        const struct memo_entry *m = &c->memo[i];
        if (m->h == h && m->tag_len == len && !memcmp(c->memo_store + m->off - 1, tag, len))
            break;
        i = (i + 1) & c->memo_mask;
    }
    return i;
}

/* The remembered result for tag[0..len) as a fresh copy in *out, if any. */
static bool memo_get(const struct citep_segctx *c, const char *tag, size_t len, char **out)
{
    if (!c || !c->memo || len == 0 || len > MEMO_MAX_TAG)
        return false;
    const struct memo_entry *m = &c->memo[memo_find(c, tag, len, fnv(tag, len))];
    if (!m->off)
        return false;
    *out = citep_strndup(c->memo_store + m->off - 1 + m->tag_len, m->out_len);
    return true;
}

static cite_status memo_grow(struct citep_segctx *c)
{
    size_t size = c->memo ? (c->memo_mask + 1) * 2 : 64;
    struct memo_entry *tab = citep_calloc(size, sizeof *tab);
    if (!tab)
        return CITE_ENOMEM;
    for (size_t i = 0; c->memo && i <= c->memo_mask; i++) {
        if (!c->memo[i].off)
            continue;
        size_t k = c->memo[i].h & (size - 1);
        while (tab[k].off)
            k = (k + 1) & (size - 1);
        tab[k] = c->memo[i];
    }
    citep_free(c->memo);
    c->memo = tab;
    c->memo_mask = size - 1;
    return CITE_OK;
}

/* Remember that tag[0..len) gives out; a full memo just stops growing. */
static cite_status memo_put(struct citep_segctx *c, const char *tag, size_t len,
                            const char *out)
{
    size_t olen = strlen(out);
    if (!c || len == 0 || len > MEMO_MAX_TAG || c->memo_len + len + olen > MEMO_MAX_BYTES)
        return CITE_OK;
    if ((c->memo_count + 1) * 2 > (c->memo ? c->memo_mask + 1 : 0) && memo_grow(c))
        return CITE_ENOMEM;
    if (citep_vec_reserve((void **)&c->memo_store, &c->memo_cap, c->memo_len + len + olen, 1))
        return CITE_ENOMEM;
    uint32_t h = fnv(tag, len);
    size_t i = memo_find(c, tag, len, h);
    memcpy(c->memo_store + c->memo_len, tag, len);
    memcpy(c->memo_store + c->memo_len + len, out, olen);
    c->memo[i] = (struct memo_entry){(uint32_t)c->memo_len + 1, (uint32_t)len,
                                     (uint32_t)olen, h};
    c->memo_len += len + olen;
    c->memo_count++;
    return CITE_OK;
}

/* ---- the tag as classified code points ---------------------------------- */

enum { CL_LOWER = 1, CL_UPPER, CL_DIGIT, CL_SEP, CL_OTHER };

struct seg_tag {
    size_t n;              /* code points */
    size_t *off;           /* byte offset of each code point, off[n] = length */
    unsigned char *cls;    /* CL_* */
    char *key;             /* lowercase ASCII letter, or 0x80 for any other letter */
    double *best;          /* best[i]: cheapest segmentation of cps [0, i) */
    size_t *back;          /* start of the last word of best[i]; SIZE_MAX: a separator */
    double *cut;           /* cut[j]: cost of a cut before code point j (cut_cost) */
    void *mem;             /* the one allocation behind the arrays */
    bool has_lower, cased;
};

static bool is_latin(int32_t cp)
{
    return cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF) ||
           (cp >= 0x2C60 && cp <= 0x2C7F) ||
           (cp >= 0xA720 && cp <= 0xA7FF);
}

static unsigned char classify(int32_t cp, unsigned char prev)
{
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z')
            return CL_LOWER;
        if (cp >= 'A' && cp <= 'Z')
            return CL_UPPER;
        return cp >= '0' && cp <= '9' ? CL_DIGIT : CL_SEP;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return is_latin(cp) ? CL_UPPER : CL_OTHER;
    case UTF8PROC_CATEGORY_LL:
        return is_latin(cp) ? CL_LOWER : CL_OTHER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return prev && prev != CL_SEP ? prev : CL_OTHER; /* a mark joins its base */
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return cp == 0x200D ? CL_OTHER : CL_SEP; /* ZWJ keeps emoji sequences */
    default:
        return CL_OTHER; /* other letters, symbols, emoji, other digits */
    }
}

static void tag_free(struct seg_tag *t)
{
    citep_free(t->mem);
}

static bool is_letter(unsigned char cl)
{
    return cl == CL_LOWER || cl == CL_UPPER;
}

/* A case change that the tag's writer made on purpose: "xY", or "XYz" (both the
 * cut before Y, as in NASA|Launch, and before z, as in NASA|launch). */
static bool natural_cut(const struct seg_tag *t, size_t k)
{
    const unsigned char *c = t->cls;
    if (c[k - 1] == CL_LOWER && c[k] == CL_UPPER)
        return true;
    if (c[k - 1] == CL_UPPER && c[k] == CL_UPPER)
        return k + 1 < t->n && c[k + 1] == CL_LOWER;
    return c[k - 1] == CL_UPPER && c[k] == CL_LOWER && k >= 2 && c[k - 2] == CL_UPPER;
}

static void tag_find_case(struct seg_tag *t)
{
    for (size_t k = 0; k < t->n; k++) {
        if (t->cls[k] == CL_LOWER)
            t->has_lower = true;
        if (k > 0 && is_letter(t->cls[k - 1]) && is_letter(t->cls[k]) &&
            natural_cut(t, k))
            t->cased = true;
    }
}

/* Decode tag into t. Returns CITE_EINVAL for invalid UTF-8. */
static cite_status tag_load(struct seg_tag *t, const char *tag, size_t len,
                            bool *ascii_letter)
{
    size_t n = 0;
    *ascii_letter = false;
    for (size_t i = 0; i < len; n++) {
        int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const uint8_t *)tag + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0)
            return CITE_EINVAL;
        if (k == 1 && is_alpha((unsigned char)tag[i]))
            *ascii_letter = true;
        i += (size_t)k;
    }
    t->n = n;
    /* the doubles first, then the sizes, then the bytes: one aligned allocation */
    size_t m = n + 1, each = 2 * sizeof(double) + 2 * sizeof(size_t) + 2;
    if (m > SIZE_MAX / each)
        return CITE_ENOMEM;
    char *mem = t->mem = citep_malloc(m * each);
    if (!mem)
        return CITE_ENOMEM;
    t->best = (double *)(void *)mem;
    t->cut = t->best + m;
    t->off = (size_t *)(void *)(t->cut + m);
    t->back = t->off + m;
    t->cls = (unsigned char *)(t->back + m);
    t->key = (char *)t->cls + m;
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
        int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const uint8_t *)tag + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        t->off[j] = i;
        t->cls[j] = classify(cp, j ? t->cls[j - 1] : 0);
        t->key[j] = cp < 0x80 ? (char)(cp | 0x20) : (char)0x80;
        i += (size_t)k;
    }
    t->off[n] = len;
    t->cls[n] = 0;
    tag_find_case(t);
    return CITE_OK;
}

/* ---- the search --------------------------------------------------------- */

static void relax(struct seg_tag *t, size_t i, size_t j, double cost)
{
    double c = t->best[i] + cost;
    if (c < t->best[j]) {
        t->best[j] = c;
        t->back[j] = i;
    }
}

/* Cost of the cut before code point j (0 at the ends or at a visible boundary). */
static double cut_cost(const struct citep_segmenter *s, const struct seg_tag *t, size_t j)
{
    if (!t->cased || j >= t->n || !is_letter(t->cls[j - 1]) || !is_letter(t->cls[j]))
        return 0;
    return natural_cut(t, j) ? 0 : s->p.cut_pen;
}

/* Cost of the letters [i, j) as one word; key/h are its lowercase form. */
/* What the case of the letters [i, j) says about them as one word, kept up to
 * date as j grows (in the same order as a sum from i would add it). */
struct word_shape {
    double pen;  /* camelCase boundaries the word straddles */
    bool upper;  /* all capitals */
};

/* Extend the word that starts at i by the letter k. */
static void shape_add(const struct seg_params *p, const struct seg_tag *t, size_t i, size_t k,
                      struct word_shape *w)
{
    if (t->cls[k] != CL_UPPER)
        w->upper = false;
    if (k > i && t->cls[k - 1] == CL_LOWER && t->cls[k] == CL_UPPER)
        w->pen += k == i + 1 ? p->cross1_pen : p->cross_pen; /* iPhone, eBay */
    else if (k >= i + 2 && t->cls[k] == CL_LOWER && t->cls[k - 1] == CL_UPPER &&
             t->cls[k - 2] == CL_UPPER)
        w->pen += p->cross_pen; /* "BNPare": an acronym runs into a word */
}

/* Cost of the letters [i, j) as one word; h is the hash of its lowercase form;
 * in_model false: the model's filter rules it out; ctx NULL: no context word. */
static double letter_cost(const struct citep_segmenter *s, const struct citep_segctx *ctx,
                          const struct seg_tag *t, size_t i, size_t j, uint32_t h,
                          bool in_model, const struct word_shape *w)
{
    const struct seg_params *p = &s->p;
    size_t n = j - i;
    double c = in_model ? seg_lookup(s, t->key + i, n, h) : INFINITY;
    if (n >= 2 && ctx_has(ctx, t->key + i, n, h)) {
        double b = (c < s->unk0 ? c : s->unk0) - p->ctx_boost;
        c = b > p->ctx_floor ? b : p->ctx_floor;
    }
    double unk = s->unk_n[n];
    if (w->upper && n >= 2 && t->has_lower && s->acr_n[n] < unk)
        unk = s->acr_n[n];
    return (c < unk ? c : unk) + w->pen + p->word_pen;
}

static size_t run_end(const struct seg_tag *t, size_t i, unsigned char cl)
{
    while (i < t->n && t->cls[i] == cl)
        i++;
    return i;
}

/* A lone letter glued to a digit run ends at j: "3G|", "70s|", "3GS" no. */
static bool glue_after(const struct seg_tag *t, size_t j)
{
    return j < t->n && is_letter(t->cls[j]) &&
           (j + 1 == t->n || t->cls[j + 1] != CL_LOWER);
}

static void step_digits(const struct citep_segmenter *s, struct seg_tag *t, size_t i,
                        size_t from)
{
    size_t j = run_end(t, i, CL_DIGIT);
    double c = s->p.digit_cost + s->p.word_pen + (from < i ? s->p.glue_cost : 0);
    relax(t, from, j, c + t->cut[j]);
    if (glue_after(t, j))
        relax(t, from, j + 1, c + s->p.glue_cost + t->cut[j + 1]);
}

/* Which lookups of a word may find something (the filters say so). */
enum { MAYBE_MODEL = 1, MAYBE_CTX = 2 };

/* The words from one start touch up to SEG_MAX_WORD random slots of the model
 * and of the context: asking for all of them first lets the memory system
 * fetch them together rather than one after another. */
static size_t word_hashes(const struct citep_segmenter *s, const struct citep_segctx *ctx,
                          const struct seg_tag *t, size_t i, uint32_t *hs,
                          unsigned char *maybe)
{
    struct wh_state ws = {WH_SEED, 0, 0};
    bool use_ctx = ctx && ctx->count;
    size_t j = i + 1;
    for (; j <= t->n && j - i <= SEG_MAX_WORD && is_letter(t->cls[j - 1]); j++) {
        uint32_t h = wh_add(&ws, (unsigned char)t->key[j - 1]);
        hs[j - i] = h;
        maybe[j - i] = 0;
        if (bloom_maybe(s->bloom, s->bloom_bits, h)) {
            PREFETCH(&s->tab[h & s->mask]);
            maybe[j - i] |= MAYBE_MODEL;
        }
        if (use_ctx && j - i >= 2 && bloom_maybe(ctx->bloom, ctx->bloom_bits, h)) {
            PREFETCH(&ctx->tab[h & ctx->mask]);
            maybe[j - i] |= MAYBE_CTX;
        }
    }
    return j;
}

static void step_letters(const struct citep_segmenter *s, const struct citep_segctx *ctx,
                         struct seg_tag *t, size_t i)
{
    uint32_t hs[SEG_MAX_WORD + 1];
    unsigned char maybe[SEG_MAX_WORD + 1];
    size_t end = word_hashes(s, ctx, t, i, hs, maybe);
    struct word_shape w = {0, true};
    for (size_t j = i + 1; j < end; j++) {
        shape_add(&s->p, t, i, j - 1, &w);
        double c = letter_cost(s, maybe[j - i] & MAYBE_CTX ? ctx : NULL, t, i, j, hs[j - i],
                               maybe[j - i] & MAYBE_MODEL, &w);
        relax(t, i, j, c + t->cut[j]);
    }
    /* "G20": a lone letter that starts a digit run */
    bool lone = i == 0 || !is_letter(t->cls[i - 1]) ||
                (t->cls[i - 1] == CL_LOWER && t->cls[i] == CL_UPPER);
    if (lone && i + 1 < t->n && t->cls[i + 1] == CL_DIGIT)
        step_digits(s, t, i + 1, i);
}

static void search(const struct citep_segmenter *s, const struct citep_segctx *ctx,
                   struct seg_tag *t)
{
    for (size_t i = 0; i <= t->n; i++)
        t->best[i] = INFINITY;
    t->best[0] = 0;
    t->cut[0] = 0;
    for (size_t j = 1; j <= t->n; j++)
        t->cut[j] = cut_cost(s, t, j);
    for (size_t i = 0; i < t->n; i++) {
        if (t->best[i] == INFINITY)
            continue;
        unsigned char cl = t->cls[i];
        if (cl == CL_SEP) {
            if (t->best[i] < t->best[i + 1]) {
                t->best[i + 1] = t->best[i];
                t->back[i + 1] = SIZE_MAX;
            }
        } else if (cl == CL_OTHER) {
            relax(t, i, run_end(t, i, CL_OTHER), s->p.other_cost + s->p.word_pen);
        } else if (cl == CL_DIGIT) {
            step_digits(s, t, i, i);
        } else {
            step_letters(s, ctx, t, i);
        }
    }
}

/* Write the words of the best path, joined by single spaces. */
static cite_status emit(const struct seg_tag *t, const char *tag, char **out)
{
    size_t nw = 0;
    for (size_t j = t->n; j > 0; j = t->back[j] == SIZE_MAX ? j - 1 : t->back[j])
        nw += t->back[j] != SIZE_MAX;
    size_t cap = t->off[t->n] + nw + 1;
    char *buf = citep_malloc(cap);
    if (!buf)
        return CITE_ENOMEM;
    size_t pos = cap - 1;
    buf[pos] = '\0';
    bool first = true;
    for (size_t j = t->n; j > 0;) {
        if (t->back[j] == SIZE_MAX) {
            j--;
            continue;
        }
        size_t i = t->back[j], bytes = t->off[j] - t->off[i];
        if (!first)
            buf[--pos] = ' ';
        first = false;
        pos -= bytes;
        memcpy(buf + pos, tag + t->off[i], bytes);
        j = i;
    }
    if (pos)
        memmove(buf, buf + pos, cap - pos);
    *out = buf;
    return CITE_OK;
}

cite_status citep_segment(const struct citep_segmenter *s, struct citep_segctx *ctx,
                          const char *tag, size_t len, char **out)
{
    if (!out)
        return CITE_EINVAL;
    *out = NULL;
    if (!s || (!tag && len))
        return CITE_EINVAL;
    if (memo_get(ctx, tag, len, out))
        return *out ? CITE_OK : CITE_ENOMEM;
    struct seg_tag t;
    memset(&t, 0, sizeof t);
    bool ascii_letter;
    cite_status rc = tag_load(&t, tag ? tag : "", len, &ascii_letter);
    if (!rc && !ascii_letter) {
        *out = citep_strndup(tag ? tag : "", len);
        rc = *out ? CITE_OK : CITE_ENOMEM;
    } else if (!rc && (rc = ctx_cover_tag(ctx, tag, len)) == CITE_OK) {
        search(s, ctx, &t);
        rc = emit(&t, tag, out);
    }
    tag_free(&t);
    if (!rc)
        rc = memo_put(ctx, tag, len, *out);
    if (rc) {
        citep_free(*out);
        *out = NULL;
    }
    return rc;
}
