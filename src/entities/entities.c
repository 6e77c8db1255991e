/*
 * entities.c - hashtags, mentions and lists, cashtags and URLs with the rules
 * of twitter-text 3.1 (extractEntitiesWithIndices and its extract.yml
 * conformance suite): one pass over the text stops only at '#', '@', '$', '.'
 * and the lead byte of '＃'/'＠'; each kind keeps the position where its
 * pattern's previous match ended, as a global regex would, and the four lists
 * are merged with twitter-text's overlap removal.
 */
#include "entities.h"
#include "ent_private.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- patterns ------------------------------------------------------------ */

#define LATIN                                                                          \
    "\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\x{100}-\\x{24F}\\x{253}\\x{254}"  \
    "\\x{256}\\x{257}\\x{259}\\x{25B}\\x{263}\\x{268}\\x{26F}\\x{272}\\x{289}"          \
    "\\x{28B}\\x{2BB}\\x{300}-\\x{36F}\\x{1E00}-\\x{1EFF}"
#define CYR "\\x{400}-\\x{4FF}"
#define PATH_CH "[a-zA-Z" CYR "0-9!*';:=+,.$/%#\\[\\]\\-\\x{2013}_~@|&" LATIN "]"
#define PARENS "\\((?:" PATH_CH "+|(?:" PATH_CH "*\\(" PATH_CH "+\\)" PATH_CH "*))\\)"
#define PATH_END "(?:[+\\-a-zA-Z" CYR "0-9=_#/" LATIN "]|" PARENS ")"
#define PATH_SEG                                                                       \
    "(?:(?:" PATH_CH "*(?:" PARENS PATH_CH "*)*" PATH_END ")|(?:@" PATH_CH "+/))"
#define QUERY "\\?[a-zA-Z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-zA-Z0-9\\-_&=#/]"

/* After the domain: port, path (group 1), query. These two are only ever matched
 * at a given offset, and are compiled anchored: PCRE2 10.42 runs a pattern
 * in the interpreter, not the JIT code, when PCRE2_ANCHORED is given at match time. */
static const char REST_RE[] = "(?::[0-9]+)?(/" PATH_SEG "*)?(?:" QUERY ")?";

static void *rx_malloc(PCRE2_SIZE n, void *ud)
{
    (void)ud;
    return citep_malloc(n);
}

static void rx_free(void *p, void *ud)
{
    (void)ud;
    citep_free(p);
}

static cite_status compile(const char *pat, size_t len, uint32_t opts,
                           pcre2_general_context *gc, pcre2_code **out, cite_error *err)
{
    int ec;
    PCRE2_SIZE eo;
    pcre2_compile_context *cc = pcre2_compile_context_create(gc);
    if (!cc)
        return citep_error(err, CITE_ENOMEM, 0, 0, "out of memory");
    *out = pcre2_compile((PCRE2_SPTR)pat, len, opts | PCRE2_UTF | PCRE2_UCP, &ec, &eo, cc);
    pcre2_compile_context_free(cc);
    if (!*out) {
        PCRE2_UCHAR msg[120];
        pcre2_get_error_message(ec, msg, sizeof msg);
        return citep_error(err, ec == PCRE2_ERROR_HEAPLIMIT ? CITE_ENOMEM : CITE_EREGEX, 0,
                           0, "entity pattern at %zu: %s", (size_t)eo, (char *)msg);
    }
    pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
    return CITE_OK;
}

/* ---- the TLD alternation as a trie ------------------------------------------
 * A regex alternation of some 1,500 TLDs makes PCRE2 try them one by one at every
 * place; written as a trie ("c(?:o(?:m|op)?|a|...)") it takes one branch per
 * character. The match is the same: after a TLD comes a character that cannot
 * continue any TLD (the lookahead), so at most one TLD of a list can match at a
 * given place and the order of the alternatives never decides anything. */

static int tld_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The character s[0..l) as a pattern atom. */
static cite_status add_char(struct citep_buf *b, const char *s, size_t l)
{
    int32_t cp = (unsigned char)s[0];
    if (l > 1)
        citep_utf8_decode((const unsigned char *)s, l, &cp);
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))
        return citep_buf_addf(b, "%c", (char)cp);
    return citep_buf_addf(b, "\\x{%X}", (unsigned)cp);
}

/* Length of the character at s, and the end of the run of words from v[i] on
 * that continue with the same character after the first `depth` bytes. */
static size_t same_next(const char *const *v, size_t n, size_t i, size_t depth, size_t *l)
{
    const unsigned char *s = (const unsigned char *)v[i] + depth;
    int32_t cp;
    *l = citep_utf8_decode(s, strlen((const char *)s), &cp);
    if (!*l)
        *l = 1;
    size_t j = i + 1;
    while (j < n && strncmp(v[j] + depth, v[i] + depth, *l) == 0)
        j++;
    return j;
}

/* Emit the sorted words v[0..n), which share their first `depth` bytes. */
static cite_status add_trie(struct citep_buf *b, const char *const *v, size_t n, size_t depth)
{
    bool end_here = v[0][depth] == '\0';
    size_t first = end_here ? 1 : 0, groups = 0, l;
    if (first == n)
        return CITE_OK;
    for (size_t i = first; i < n; i = same_next(v, n, i, depth, &l))
        groups++;
    bool wrap = end_here || groups > 1;
    cite_status rc = wrap ? citep_buf_addf(b, "(?:") : CITE_OK;
    for (size_t i = first, j; !rc && i < n; i = j) {
        j = same_next(v, n, i, depth, &l);
        if (i > first)
            rc = citep_buf_addf(b, "|");
        if (!rc)
            rc = add_char(b, v[i] + depth, l);
        if (!rc)
            rc = add_trie(b, v + i, j - i, depth + l);
    }
    if (!rc && wrap)
        rc = citep_buf_addf(b, end_here ? ")?" : ")");
    return rc;
}

static cite_status add_tld_list(struct citep_buf *b, const char *const *list, size_t n)
{
    const char **v = citep_malloc((n ? n : 1) * sizeof *v);
    if (!v)
        return CITE_ENOMEM;
    memcpy(v, list, n * sizeof *v);
    qsort(v, n, sizeof *v, tld_cmp);
    size_t k = 0; /* drop duplicates, which would only repeat a branch */
    for (size_t i = 0; i < n; i++)
        if (!k || strcmp(v[k - 1], v[i]))
            v[k++] = v[i];
    cite_status rc = k ? add_trie(b, v, k, 0) : CITE_OK;
    citep_free(v);
    return rc;
}

/* validAsciiDomain: ASCII (and Latin accented) labels before a known TLD. */
static cite_status ascii_domain_pattern(struct citep_buf *b)
{
    cite_status rc = citep_buf_addf(b, "(?:[\\-a-z0-9" LATIN "]+\\.)+(?:(?:");
    const char *const *lists[2] = {citep_tld_generic, citep_tld_country};
    size_t counts[2] = {citep_tld_generic_count, citep_tld_country_count};
    for (int l = 0; l < 2 && !rc; l++) {
        rc = add_tld_list(b, lists[l], counts[l]);
        rc = rc ? rc : citep_buf_addf(b, ")(?=[^0-9a-zA-Z@+\\-]|$)|(?:");
    }
    return rc ? rc : citep_buf_addf(b, "xn--[\\-0-9a-z]+))");
}

cite_status citep_entities_ascii_dom(struct citep_entity_rx *rx, pcre2_code **out)
{
    if (!rx->ascii_dom) {
        pcre2_general_context *gc = pcre2_general_context_create(rx_malloc, rx_free, NULL);
        struct citep_buf b;
        citep_buf_init(&b, 0);
        cite_error err = {0};
        cite_status rc = gc ? ascii_domain_pattern(&b) : CITE_ENOMEM;
        if (!rc)
            rc = compile(b.data, b.len, PCRE2_CASELESS, gc, &rx->ascii_dom, &err);
        citep_buf_free(&b);
        pcre2_general_context_free(gc);
        if (rc) {
            *out = NULL;
            return rc;
        }
    }
    *out = rx->ascii_dom;
    return CITE_OK;
}

cite_status citep_entities_init(struct citep_entity_rx **out, cite_error *err)
{
    *out = NULL;
    struct citep_entity_rx *rx = citep_calloc(1, sizeof *rx);
    if (!rx)
        return citep_error(err, CITE_ENOMEM, 0, 0, "out of memory");
    pcre2_general_context *gc = pcre2_general_context_create(rx_malloc, rx_free, NULL);
    cite_status rc = gc ? citep_tld_init(rx) : CITE_ENOMEM;
    if (!rc)
        rc = compile(REST_RE, sizeof REST_RE - 1, PCRE2_ANCHORED, gc, &rx->rest, err);
    if (!rc)
        rc = compile(QUERY, sizeof QUERY - 1, PCRE2_ANCHORED, gc, &rx->query, err);
    if (!rc) {
        rx->mctx = pcre2_match_context_create(gc);
        rx->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, gc);
        rc = rx->mctx && rx->jit ? CITE_OK : CITE_ENOMEM;
    }
    if (!rc) {
        pcre2_set_match_limit(rx->mctx, CITEP_PCRE2_MATCH_LIMIT);
        pcre2_set_depth_limit(rx->mctx, CITEP_PCRE2_DEPTH_LIMIT);
        pcre2_jit_stack_assign(rx->mctx, NULL, rx->jit);
    }
    pcre2_general_context_free(gc);
    if (rc) {
        citep_entities_free(rx);
        return citep_error(err, rc, 0, 0, "cannot set up the entity patterns");
    }
    *out = rx;
    return CITE_OK;
}

void citep_entities_free(struct citep_entity_rx *rx)
{
    if (!rx)
        return;
    pcre2_code_free(rx->rest);
    pcre2_code_free(rx->query);
    pcre2_code_free(rx->ascii_dom);
    pcre2_match_context_free(rx->mctx);
    pcre2_jit_stack_free(rx->jit);
    citep_tld_free(rx);
    citep_free(rx);
}

/* ---- hashtags ------------------------------------------------------------- */

static bool hashtag_special(int32_t c)
{
    return c == '_' || c == 0x200C || c == 0x200D || c == 0xA67E || c == 0x05BE ||
           c == 0x05F3 || c == 0x05F4 || c == 0xFF5E || c == 0x301C || c == 0x309B ||
           c == 0x309C || c == 0x30A0 || c == 0x30FB || c == 0x3003 || c == 0x0F0B ||
           c == 0x0F0C || c == 0xB7;
}

/* 2: a letter or mark (hashtagAlpha), 1: another hashtag character, 0: none. */
static int hashtag_class(int32_t c)
{
    if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return 2;
        return (c >= '0' && c <= '9') || c == '_';
    }
    utf8proc_category_t cat = utf8proc_category(c);
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME)
        return 2;
    return cat == UTF8PROC_CATEGORY_ND || hashtag_special(c);
}

struct scan {
    const char *s;
    size_t n;
    size_t hash_last, at_last, cash_last; /* where each pattern's last match ended */
};

/* Is the code point before pos usable as a match's first character? */
static bool prev_cp(const struct scan *sc, size_t pos, size_t last, int32_t *c)
{
    size_t p = citep_cp_back(sc->s, pos), l;
    *c = citep_cp_at(sc->s, sc->n, p, &l);
    return p >= last;
}

static bool hash_at(const char *s, size_t n, size_t i, size_t *len)
{
    if (i < n && s[i] == '#')
        return (*len = 1);
    if (i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
        (unsigned char)s[i + 2] == 0x83)
        return (*len = 3);
    return false;
}

static bool at_sign_at(const char *s, size_t n, size_t i, size_t *len)
{
    if (i < n && s[i] == '@')
        return (*len = 1);
    if (i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
        (unsigned char)s[i + 2] == 0xA0)
        return (*len = 3);
    return false;
}

static bool url_scheme_sep(const char *s, size_t n, size_t i)
{
    return i + 3 <= n && memcmp(s + i, "://", 3) == 0;
}

static cite_status hashtag(struct scan *sc, size_t p, size_t hl, citep_hits *out)
{
    int32_t c;
    size_t l;
    if (p > 0 && !(prev_cp(sc, p, sc->hash_last, &c) &&
                   (c == 0xFE0E || c == 0xFE0F || (hashtag_class(c) == 0 && c != '&'))))
        return CITE_OK;
    if (p == 0 && sc->hash_last > 0)
        return CITE_OK;
    size_t q = p + hl, i = q;
    if (i < sc->n) {
        c = citep_cp_at(sc->s, sc->n, i, &l);
        if (c == 0xFE0F || c == 0x20E3)
            return CITE_OK;
    }
    bool alpha = false;
    while (i < sc->n) {
        unsigned char b = (unsigned char)sc->s[i];
        if ((unsigned char)((b | 0x20) - 'a') < 26) { /* the bulk of a tag */
            alpha = true;
            i++;
            continue;
        }
        int k = hashtag_class(citep_cp_at(sc->s, sc->n, i, &l));
        if (!k)
            break;
        alpha |= k == 2;
        i += l;
    }
    if (!alpha)
        return CITE_OK;
    sc->hash_last = i;
    if (hash_at(sc->s, sc->n, i, &l) || url_scheme_sep(sc->s, sc->n, i))
        return CITE_OK;
    struct citep_hit h = {p, i, q, i, i, CITE_HASHTAG};
    return CITEP_PUSH(out, h);
}

/* ---- mentions and lists ---------------------------------------------------- */

static bool name_char(int c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

/* validMentionPrecedingChars, matched so that it ends at the at sign at p. */
static bool mention_preceded_ok(const struct scan *sc, size_t p)
{
    const char *s = sc->s;
    int32_t c;
    if (p == 0)
        return sc->at_last == 0;
    if (prev_cp(sc, p, sc->at_last, &c) && !(c < 0x80 && (name_char(c) || strchr("!#$%&*@", c))) &&
        c != 0xFF20)
        return true;
    for (size_t colon = 0; colon < 2; colon++) {
        if (colon && s[p - 1] != ':')
            break;
        size_t r = p - colon;
        if (r < 2 || (s[r - 2] | 0x20) != 'r' || (s[r - 1] | 0x20) != 't')
            continue;
        size_t b = r - 2;
        if (b == 0 && sc->at_last == 0)
            return true;
        if (b > 0 && prev_cp(sc, b, sc->at_last, &c) &&
            !(c < 0x80 && (name_char(c) || strchr("+~.-", c))))
            return true;
    }
    return false;
}

/* endMentionMatch: an at sign, a Latin accented letter or "://" right after. */
static bool mention_end_bad(const char *s, size_t n, size_t i)
{
    size_t l;
    if (i >= n)
        return false;
    if (at_sign_at(s, n, i, &l) || url_scheme_sep(s, n, i))
        return true;
    return citep_tt_latin_accent(citep_cp_at(s, n, i, &l));
}

static cite_status mention(struct scan *sc, size_t p, size_t al, citep_hits *out)
{
    const char *s = sc->s;
    size_t q = p + al, i = q;
    while (i < sc->n && i - q < 20 && name_char((unsigned char)s[i]))
        i++;
    if (i == q || !mention_preceded_ok(sc, p))
        return CITE_OK;
    size_t name_end = i;
    if (i + 1 < sc->n && s[i] == '/' && ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z')) {
        size_t j = i + 2;
        while (j < sc->n && j - (i + 2) < 24 && (name_char((unsigned char)s[j]) || s[j] == '-'))
            j++;
        i = j;
    }
    sc->at_last = i;
    if (mention_end_bad(s, sc->n, i))
        return CITE_OK;
    struct citep_hit h = {p, i, q, name_end, name_end, CITE_MENTION};
    return CITEP_PUSH(out, h);
}

bool citep_entities_reply(const char *s, size_t n, size_t *name_off, size_t *name_len)
{
    size_t i = 0, l;
    while (i < n && citep_tt_space(citep_cp_at(s, n, i, &l)))
        i += l;
    if (!at_sign_at(s, n, i, &l))
        return false;
    size_t q = i + l, e = q;
    while (e < n && e - q < 20 && name_char((unsigned char)s[e]))
        e++;
    if (e == q || mention_end_bad(s, n, e))
        return false;
    *name_off = q;
    *name_len = e - q;
    return true;
}

/* ---- cashtags --------------------------------------------------------------- */

static bool js_space(int32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* (?=$|\s|[punct]) */
static bool cashtag_end_ok(const char *s, size_t n, size_t i)
{
    size_t l;
    if (i >= n)
        return true;
    int32_t c = citep_cp_at(s, n, i, &l);
    return js_space(c) || citep_tt_punct(c);
}

static size_t letters(const char *s, size_t n, size_t i, size_t max)
{
    size_t k = 0;
    while (i + k < n && k < max && (s[i + k] | 0x20) >= 'a' && (s[i + k] | 0x20) <= 'z')
        k++;
    return k;
}

static cite_status cashtag(struct scan *sc, size_t p, citep_hits *out)
{
    const char *s = sc->s;
    int32_t c;
    if (p == 0 ? sc->cash_last > 0 : !(prev_cp(sc, p, sc->cash_last, &c) && citep_tt_space(c)))
        return CITE_OK;
    size_t q = p + 1, k = letters(s, sc->n, q, 6), e = q + k, end = 0;
    if (!k)
        return CITE_OK;
    if (e + 1 < sc->n && (s[e] == '.' || s[e] == '_')) {
        for (size_t j = letters(s, sc->n, e + 1, 2); j > 0 && !end; j--)
            if (cashtag_end_ok(s, sc->n, e + 1 + j))
                end = e + 1 + j;
    }
    if (!end && cashtag_end_ok(s, sc->n, e))
        end = e;
    if (!end)
        return CITE_OK;
    sc->cash_last = end;
    struct citep_hit h = {p, end, q, end, end, CITE_CASHTAG};
    return CITEP_PUSH(out, h);
}

/* ---- the scan ------------------------------------------------------------------ */

enum { K_URL, K_MENTION, K_HASHTAG, K_CASHTAG, K_COUNT };

/* Bytes where an entity can begin: sigils, the dot of a domain, and the lead
 * byte of the full-width '＃' and '＠'. */
/* A constant table: no lazy set-up, so parsers in several threads share it safely. */
static const unsigned char TRIGGER_TABLE[256] = {['#'] = 1, ['@'] = 1, ['$'] = 1, ['.'] = 1,
                                                 [0xEF] = 1};

/* The triggers of the text, found a 64-byte block at a time: one bit per byte,
 * so that the scan steps from trigger to trigger without starting a search at
 * each (a dot ends most sentences, and there is a trigger every few dozen bytes). */
struct trig_scan {
    const unsigned char *s;
    size_t n, base; /* mask holds the triggers of s[base, base + 64) */
    uint64_t mask;
};

#if defined(__SSE2__)
static inline uint64_t trigger_bits(const unsigned char *s)
{
    const __m128i hash = _mm_set1_epi8('#'), at = _mm_set1_epi8('@'), dol = _mm_set1_epi8('$'),
                  dot = _mm_set1_epi8('.'), ef = _mm_set1_epi8((char)0xEF);
    uint64_t m = 0;
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + 16 * k));
        __m128i t = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, hash), _mm_cmpeq_epi8(v, at)),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, dol), _mm_cmpeq_epi8(v, dot)));
        t = _mm_or_si128(t, _mm_cmpeq_epi8(v, ef));
        m |= (uint64_t)(unsigned)_mm_movemask_epi8(t) << (16 * k);
    }
    return m;
}
#else
static inline uint64_t trigger_bits(const unsigned char *s)
{
    uint64_t m = 0;
    for (int k = 0; k < 64; k++)
        m |= (uint64_t)TRIGGER_TABLE[s[k]] << k;
    return m;
}
#endif

/* The first trigger at or after i (i never decreases between calls), or n. */
static inline size_t next_trigger(struct trig_scan *t, size_t i)
{
    for (;;) {
        if (i - t->base < 64) {
            uint64_t m = t->mask & (~(uint64_t)0 << (i - t->base));
            if (m)
                return t->base + (size_t)__builtin_ctzll(m);
            i = t->base + 64;
        }
        if (i + 64 > t->n) { /* the tail, byte by byte: nothing is read past n */
            while (i < t->n && !TRIGGER_TABLE[t->s[i]])
                i++;
            return i < t->n ? i : t->n;
        }
        t->base = i;
        t->mask = trigger_bits(t->s + i);
    }
}

/* ---- results ---------------------------------------------------------------------- */

/* Code points of the input as given (after the BOM, an invalid byte counting
 * as one), counted forward from the previous entity. */
struct cp_counter {
    const cite_doc *d;
    size_t byte, cp;
    bool valid; /* the input after the BOM is the text view itself: valid UTF-8 */
};

/* Is the input after the BOM exactly the text view, so known to be valid? */
static bool input_is_text(const cite_doc *d)
{
    const struct citep_text *t = &d->text;
    return t->nsegs == 1 && t->segs[0].t_off == 0 && t->segs[0].t_len == t->len &&
           t->segs[0].i_len == t->len && t->segs[0].i_off == d->bom_len &&
           d->bom_len + t->len == d->input_len;
}

/* Code points in the valid UTF-8 in[from..to), a short stretch (the gap
 * between two entities, or one entity): the bytes that are not 10xxxxxx,
 * eight at a time without the set-up of citep_utf8_count; the last few bytes
 * in the word that ends at `to` when there is one. */
static size_t short_count(const unsigned char *in, size_t from, size_t to)
{
    const uint64_t hi = 0x8080808080808080ULL;
    size_t cont = 0, i = from;
    uint64_t w;
    for (; i + 8 <= to; i += 8) {
        memcpy(&w, in + i, 8);
        uint64_t m = w & ~(w << 1) & hi; /* bit 7 set, bit 6 clear */
        if (m)
            cont += (size_t)(((m >> 7) * 0x0101010101010101ULL) >> 56);
    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (i < to && to >= 8) {
        memcpy(&w, in + to - 8, 8);
        w >>= 8 * (8 - (to - i)); /* the last to - i bytes, zeros above */
        uint64_t m = w & ~(w << 1) & hi;
        cont += (size_t)(((m >> 7) * 0x0101010101010101ULL) >> 56);
        i = to;
    }
#endif
    for (; i < to; i++)
        cont += (in[i] & 0xC0) == 0x80;
    return to - from - cont;
}

/* Code points of the input up to target, counted on from the last call. */
static size_t cp_index(struct cp_counter *c, size_t target)
{
    const unsigned char *in = (const unsigned char *)c->d->input;
    if (target < c->byte) {
        c->byte = c->d->bom_len;
        c->cp = 0;
    }
    if (c->valid) {
        size_t n = target - c->byte;
        c->cp += n < 64 ? short_count(in, c->byte, target)
                        : citep_utf8_count((const char *)in + c->byte, n);
        c->byte = target;
        return c->cp;
    }
    while (c->byte < target) {
        uint64_t w;
        if (target - c->byte >= 8 && (memcpy(&w, in + c->byte, 8), !(w & 0x8080808080808080u))) {
            c->byte += 8; /* eight ASCII bytes */
            c->cp += 8;
            continue;
        }
        if (in[c->byte] < 0x80) {
            c->byte++;
        } else {
            int32_t cp;
            size_t l = citep_utf8_decode(in + c->byte, c->d->input_len - c->byte, &cp);
            c->byte += l ? l : 1;
        }
        c->cp++;
    }
    return c->cp;
}

static char *entity_text(cite_doc *d, const struct citep_hit *h)
{
    const char *s = d->text.s;
    if (h->type != CITE_URL || h->slug_start >= h->end)
        return citep_arena_strndup(d->arena, s + h->t_start, h->t_end - h->t_start);
    /* A bare domain that takes the path of the whole domain it was found in. */
    size_t a = h->t_end - h->t_start, b = h->end - h->slug_start;
    char *t = citep_arena_alloc(d->arena, a + b + 1);
    if (t) {
        memcpy(t, s + h->t_start, a);
        memcpy(t + a, s + h->slug_start, b);
        t[a + b] = '\0';
    }
    return t;
}

static cite_status add_entity(cite_doc *d, const struct citep_hit *h, struct cp_counter *cc)
{
    if (d->entities.n >= CITEP_MAX_ENTITIES)
        return CITE_ELIMIT;
    cite_entity e;
    memset(&e, 0, sizeof e);
    e.type = h->type;
    e.embed = -1;
    e.text = entity_text(d, h);
    if (!e.text)
        return CITE_ENOMEM;
    if (h->type == CITE_MENTION && h->slug_start < h->end) {
        e.list_slug = citep_arena_strndup(d->arena, d->text.s + h->slug_start,
                                          h->end - h->slug_start);
        if (!e.list_slug)
            return CITE_ENOMEM;
    }
    e.span = citep_span_from_view(d, &d->text, h->start, h->end);
    e.cp_start = cp_index(cc, e.span.start);
    e.cp_end = cp_index(cc, e.span.end);
    return CITEP_PUSH(&d->entities, e);
}

/* removeOverlappingEntities over urls, mentions, hashtags, cashtags (in that
 * order on equal starts): an entity starting inside a kept one is dropped. The
 * lists are merged while the text is scanned, up to a bound that no later
 * entity starts before, so that each entity's text, span and code points are
 * taken while its bytes are still in the cache. */
struct merger {
    size_t prev_end;
    bool any;
    struct cp_counter cc;
};

/* Merge the hits that start before bound and drop them from the lists. */
static cite_status merge_upto(cite_doc *d, citep_hits *h, struct merger *m, size_t bound)
{
    size_t idx[K_COUNT] = {0};
    cite_status rc = CITE_OK;
    for (;;) {
        int best = -1;
        for (int k = 0; k < K_COUNT; k++)
            if (idx[k] < h[k].n &&
                (best < 0 || h[k].v[idx[k]].start < h[best].v[idx[best]].start))
                best = k;
        if (best < 0 || h[best].v[idx[best]].start >= bound)
            break;
        const struct citep_hit *x = &h[best].v[idx[best]++];
        if (m->any && x->start < m->prev_end)
            continue;
        if ((rc = add_entity(d, x, &m->cc)) != CITE_OK)
            break;
        m->prev_end = x->end;
        m->any = true;
    }
    for (int k = 0; k < K_COUNT; k++) {
        if (idx[k])
            memmove(h[k].v, h[k].v + idx[k], (h[k].n - idx[k]) * sizeof *h[k].v);
        h[k].n -= idx[k];
    }
    return rc;
}

/* A large text: room at once for more entities than dense news text has (one
 * per 128 bytes), advised onto huge pages. Growing by doubling would copy the
 * list several times and fault in every page of every copy; reserved pages
 * that are never written cost nothing. */
#define ENTITIES_RESERVE_FROM ((size_t)4 << 20)
#define ENTITIES_BYTES_PER_ENTITY 128

static cite_status reserve_entities(cite_doc *d)
{
    if (d->text.len < ENTITIES_RESERVE_FROM)
        return CITE_OK;
    size_t want = d->entities.n + d->text.len / ENTITIES_BYTES_PER_ENTITY;
    if (citep_vec_reserve((void **)&d->entities.v, &d->entities.cap, want,
                          sizeof *d->entities.v))
        return CITE_ENOMEM;
    citep_advise_huge(d->entities.v, d->entities.cap * sizeof *d->entities.v);
    return CITE_OK;
}

/* Merge this often, in bytes of text scanned. */
#define MERGE_STEP ((size_t)16 << 10)
/* How far back from the scan position a separator is looked for. */
#define MERGE_LOOKBACK 256

/* A bound for merge_upto at scan position i: the last space or line break
 * before i. Entities found from i on start at their sigil (>= i) or, for a
 * URL, at the start of the run of domain characters that holds a later dot,
 * or at the protocol right before that run: neither reaches back over a
 * space. 0 when there is none near. */
static size_t merge_bound(const char *s, size_t i)
{
    size_t lo = i > MERGE_LOOKBACK ? i - MERGE_LOOKBACK : 0;
    for (size_t b = i; b > lo; b--)
        if (s[b - 1] == ' ' || s[b - 1] == '\n')
            return b - 1;
    return 0;
}

static cite_status scan_text(struct scan *sc, struct citep_urlscan *us, citep_hits *h,
                             cite_doc *d, struct merger *mg)
{
    const unsigned char *s = (const unsigned char *)sc->s;
    size_t n = sc->n, l, next_merge = MERGE_STEP;
    struct trig_scan ts = {s, n, SIZE_MAX - 64, 0};
    cite_status rc = CITE_OK;
    for (size_t i = 0; i < n && !rc; i++) {
        if ((i = next_trigger(&ts, i)) >= n)
            break;
        if (i >= next_merge) {
            size_t bound = merge_bound(sc->s, i);
            if (bound && (rc = merge_upto(d, h, mg, bound)) != CITE_OK)
                break;
            next_merge = i + MERGE_STEP;
        }
        if (s[i] == '.') {
            if (i >= us->skip)
                rc = citep_urls_at(us, i, &h[K_URL]);
        } else if (s[i] == '$') {
            rc = cashtag(sc, i, &h[K_CASHTAG]);
        } else if (hash_at(sc->s, n, i, &l)) {
            rc = hashtag(sc, i, l, &h[K_HASHTAG]);
        } else if (at_sign_at(sc->s, n, i, &l)) {
            rc = mention(sc, i, l, &h[K_MENTION]);
        }
    }
    return rc;
}

cite_status citep_entities_extract(cite_doc *d, struct citep_entity_rx *rx,
                                   unsigned flags)
{
    if (!d || !rx)
        return CITE_EINVAL;
    citep_hits h[K_COUNT];
    memset(h, 0, sizeof h);
    struct scan sc = {d->text.s, d->text.len, 0, 0, 0};
    struct citep_urlscan us;
    memset(&us, 0, sizeof us);
    us.rx = rx;
    us.s = d->text.s;
    us.n = d->text.len;
    us.strict = !(flags & CITE_OPT_TWITTER_EXACT);
    struct merger mg = {0, false, {d, d->bom_len, 0, input_is_text(d)}};
    pcre2_general_context *gc = pcre2_general_context_create(rx_malloc, rx_free, NULL);
    us.md = gc ? pcre2_match_data_create(8, gc) : NULL;
    cite_status rc = us.md ? reserve_entities(d) : CITE_ENOMEM;
    if (!rc && d->text.len)
        rc = scan_text(&sc, &us, h, d, &mg);
    if (!rc)
        rc = merge_upto(d, h, &mg, SIZE_MAX);
    for (int k = 0; k < K_COUNT; k++)
        citep_free(h[k].v);
    citep_free(us.labels);
    pcre2_match_data_free(us.md);
    pcre2_general_context_free(gc);
    return rc;
}
