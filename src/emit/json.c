/*
 * json.c - the `check` report as JSON (CONTRACT.md, schema_version 1) and the
 * `entities` output in twitter-text's key names. Keys are written in schema
 * order; numbers are written with a fixed precision so golden files are stable.
 */
#include "emit.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

const char *citep_claim_value_text(const cite_claim *c, char *buf, size_t n)
{
    if (c->type != CITE_CLAIM_QUANTITY || !isfinite(c->number))
        return c->value ? c->value : "";
    if (c->number_hi > c->number)
        snprintf(buf, n, "%.15g-%.15g", c->number, c->number_hi);
    else
        snprintf(buf, n, "%.15g", c->number);
    return buf;
}

/* ---- streamed JSON writer ---------------------------------------------------
 * The report is written as it is walked, through a fixed chunk flushed to the
 * caller's writer: a tree of the whole report cost several times the input in
 * memory. The layout is jansson's (JSON_COMPACT, or JSON_INDENT(2) when
 * pretty; JSON_REAL_PRECISION(12)), which the report was first written with
 * and which the golden files pin. The output is several times the input, so
 * every value is appended straight into the chunk: one room check, then
 * stores; keys are literals of known length, copied inline. */

#if defined(__GNUC__)
#define JW_INLINE __attribute__((always_inline)) inline
#else
#define JW_INLINE inline
#endif

#define JW_CHUNK 65536
#define JW_DEPTH 8 /* the report nests 5 deep */
/* The separator before a member at a depth: ',' and, when pretty, the new line
 * and indent; always copied as JW_PRE bytes, of which the first prelen count. */
#define JW_PRE 24
#define JW_SEP_MAX (2 + 2 * JW_DEPTH)

struct jw {
    char *buf;
    size_t len;
    cite_write_fn w;
    void *ud;
    cite_status rc;
    bool pretty;
    int depth;
    bool first[JW_DEPTH]; /* no member written yet at this depth */
    unsigned char prelen[JW_DEPTH];
    char pre[JW_DEPTH][JW_PRE + 1];
};

static void jw_init(struct jw *j, char *buf, cite_write_fn w, void *ud, bool pretty)
{
    memset(j, 0, sizeof *j);
    j->buf = buf, j->w = w, j->ud = ud, j->pretty = pretty;
    for (int k = 0; k < JW_DEPTH; k++) {
        memset(j->pre[k], ' ', JW_PRE + 1);
        memcpy(j->pre[k], ",\n", 2);
        j->prelen[k] = (unsigned char)(pretty ? 2 + 2 * k : 1);
    }
}

static void jw_flush(struct jw *j)
{
    if (j->rc == CITE_OK && j->len && j->w(j->buf, j->len, j->ud))
        j->rc = CITE_EIO;
    j->len = 0;
}

/* Room for n (<= JW_CHUNK) more bytes at the end of the chunk. */
static JW_INLINE char *jw_room(struct jw *j, size_t n)
{
    if (n > JW_CHUNK - j->len)
        jw_flush(j);
    return j->buf + j->len;
}

static JW_INLINE void jw_end(struct jw *j, const char *p)
{
    j->len = (size_t)(p - j->buf);
}

static void jw_add_long(struct jw *j, const char *p, size_t n)
{
    jw_flush(j);
    if (n < JW_CHUNK) {
        memcpy(j->buf, p, n);
        j->len = n;
    } else if (j->rc == CITE_OK && j->w(p, n, j->ud)) {
        j->rc = CITE_EIO;
    }
}

static JW_INLINE void jw_add(struct jw *j, const char *p, size_t n)
{
    if (n > JW_CHUNK - j->len) {
        jw_add_long(j, p, n);
        return;
    }
    memcpy(j->buf + j->len, p, n);
    j->len += n;
}

#define JW_LIT(j, s) jw_add((j), (s), sizeof(s) - 1)

static JW_INLINE void jw_addc(struct jw *j, char c)
{
    if (j->len == JW_CHUNK)
        jw_flush(j);
    j->buf[j->len++] = c;
}

/* Copy n bytes, n small: overlapping fixed-size moves instead of a call. */
static JW_INLINE char *jw_copy(char *d, const char *s, size_t n)
{
    if (n >= 8) {
        if (n > 32) {
            memcpy(d, s, n);
        } else if (n > 16) {
            memcpy(d, s, 16);
            memcpy(d + n - 16, s + n - 16, 16);
        } else {
            memcpy(d, s, 8);
            memcpy(d + n - 8, s + n - 8, 8);
        }
    } else if (n >= 4) {
        memcpy(d, s, 4);
        memcpy(d + n - 4, s + n - 4, 4);
    } else if (n) {
        d[0] = s[0];
        d[n >> 1] = s[n >> 1];
        d[n - 1] = s[n - 1];
    }
    return d + n;
}

/* The separator before a member or element, at p (room for JW_PRE bytes). */
static JW_INLINE char *jw_sep_at(struct jw *j, char *p)
{
    bool f = j->first[j->depth];
    j->first[j->depth] = false;
    if (!j->pretty) {
        *p = ',';
        return p + !f;
    }
    memcpy(p, j->pre[j->depth] + f, JW_PRE);
    return p + j->prelen[j->depth] - f;
}

static void jw_indent(struct jw *j)
{
    if (!j->pretty)
        return;
    char *p = jw_room(j, JW_PRE);
    memcpy(p, j->pre[j->depth] + 1, JW_PRE);
    jw_end(j, p + j->prelen[j->depth] - 1);
}

/* Before an element: the separator and, when pretty, the new line. */
static void jw_sep(struct jw *j)
{
    jw_end(j, jw_sep_at(j, jw_room(j, JW_PRE)));
}

static void jw_open(struct jw *j, char c)
{
    jw_addc(j, c);
    j->first[++j->depth] = true;
}

static void jw_close(struct jw *j, char c)
{
    bool empty = j->first[j->depth--];
    if (!empty)
        jw_indent(j);
    jw_addc(j, c);
}

/* key[0..n) is a member name as written: a plain ASCII literal in quotes and
 * the colon, then a space that only the pretty layout takes. Written with the
 * separator at p (room for JW_KEY_ROOM bytes); returns the end. */
#define JW_KEY_MAX 32
#define JW_KEY_ROOM (JW_PRE + JW_KEY_MAX + 1)
static JW_INLINE char *jw_key_at(struct jw *j, char *p, const char *key, size_t n)
{
    p = jw_sep_at(j, p);
    memcpy(p, key, n + 1); /* n is a constant: inline moves */
    return p + n + j->pretty;
}

static JW_INLINE void jw_key(struct jw *j, const char *key, size_t n)
{
    jw_end(j, jw_key_at(j, jw_room(j, JW_KEY_ROOM), key, n));
}

/* A member name literal as the (key, length) pair the writers take. */
#define KEY(lit) ("\"" lit "\": "), (sizeof(lit) + 2)

/* 0: copied as is; 1: escaped; 2: starts a UTF-8 sequence to check. */
static unsigned char jw_class(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\' ? 1 : c >= 0x80 ? 2 : 0;
}

/* Bytes of w that are not copied as is (jw_class), as their top bits: exact up
 * to the lowest flagged byte (a borrow only moves up), so zero exactly when no
 * byte is flagged. */
static JW_INLINE uint64_t jw_flags64(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    uint64_t m = ((w - ones * 0x20) | ((w ^ (ones * '"')) - ones) |
                  ((w ^ (ones * '\\')) - ones)) & ~w & hi;
    return m | (w & hi);
}

static JW_INLINE uint64_t jw_load64(const unsigned char *u)
{
    uint64_t w;
    memcpy(&w, u, 8);
    return w;
}

static JW_INLINE uint64_t jw_load32(const unsigned char *u)
{
    uint32_t w;
    memcpy(&w, u, 4);
    return w;
}

/* Is every byte of u[0..n) copied as is (jw_class 0)? Whole words, the last
 * one overlapping the one before, so there is no byte loop. */
static JW_INLINE bool jw_plain(const unsigned char *u, size_t n)
{
    if (n >= 16) {
#if defined(__SSE2__)
        const __m128i q = _mm_set1_epi8('"'), b = _mm_set1_epi8('\\');
        const __m128i sp = _mm_set1_epi8(0x20);
        for (size_t i = 0;; i += 16) {
            if (i + 16 > n)
                i = n - 16;
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
            /* signed: bytes from 0x80 on are below 0x20 too */
            __m128i m = _mm_or_si128(_mm_cmplt_epi8(v, sp),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, b)));
            if (_mm_movemask_epi8(m))
                return false;
            if (i + 16 >= n)
                return true;
        }
#else
        for (size_t i = 0;; i += 8) {
            if (i + 8 > n)
                i = n - 8;
            if (jw_flags64(jw_load64(u + i)))
                return false;
            if (i + 8 >= n)
                return true;
        }
#endif
    }
    if (n >= 8)
        return !(jw_flags64(jw_load64(u)) | jw_flags64(jw_load64(u + n - 8)));
    if (n >= 4)
        return !jw_flags64(jw_load32(u) | jw_load32(u + n - 4) << 32);
    if (!n)
        return true;
    /* 1 to 3 bytes: the first, middle and last, the rest a plain letter */
    return !jw_flags64(0x6161616161000000ULL | u[0] | (uint64_t)u[n >> 1] << 8 |
                       (uint64_t)u[n - 1] << 16);
}

static void jw_escape(struct jw *j, unsigned char c)
{
    static const char HEX[] = "0123456789ABCDEF";
    char e[6] = {'\\', (char)c};
    switch (c) {
    case '"': case '\\': break;
    case '\b': e[1] = 'b'; break;
    case '\f': e[1] = 'f'; break;
    case '\n': e[1] = 'n'; break;
    case '\r': e[1] = 'r'; break;
    case '\t': e[1] = 't'; break;
    default:
        memcpy(e + 1, "u00", 3);
        e[4] = HEX[c >> 4], e[5] = HEX[c & 15];
        jw_add(j, e, 6);
        return;
    }
    jw_add(j, e, 2);
}

/* The first byte of u[0..end) that is not copied as is (jw_class), or end:
 * eight bytes at a time where the byte order allows. */
static const unsigned char *jw_plain_end(const unsigned char *u, const unsigned char *end)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; end - u >= 8; u += 8) {
        uint64_t m = jw_flags64(jw_load64(u));
        if (m)
            return u + ((size_t)__builtin_ctzll(m) >> 3);
    }
#endif
    while (u < end && !jw_class(*u))
        u++;
    return u;
}

/* The string s[0..n) that needs escapes or has non-ASCII bytes (see jw_str). */
static void jw_str_slow(struct jw *j, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s, *run = u, *end = u + n;
    jw_addc(j, '"');
    for (u = jw_plain_end(u, end); u < end; u = jw_plain_end(u, end)) {
        if (*u >= 0x80) {
            int32_t cp;
            /* 4 is safe: decoding stops at the first non-continuation byte */
            size_t k = citep_utf8_decode(u, 4, &cp);
            if (k) {
                u += k;
                continue;
            }
            jw_add(j, (const char *)run, (size_t)(u - run));
            JW_LIT(j, "\xEF\xBF\xBD");
        } else {
            jw_add(j, (const char *)run, (size_t)(u - run));
            jw_escape(j, *u);
        }
        run = ++u;
    }
    jw_add(j, (const char *)run, (size_t)(u - run));
    jw_addc(j, '"');
}

/* Strings up to this long that need no escape are written in one step. */
#define JW_STR_DIRECT (JW_CHUNK / 4)

/* A string that is always valid UTF-8: one U+FFFD for each byte that does not
 * start a valid sequence (a field must not vanish or fail the report). NULL
 * is JSON null. Control characters are \uXXXX except the short escapes;
 * '/' and non-ASCII stay as they are. The key before it, if any, goes into
 * the chunk in the same step. */
static JW_INLINE void jw_key_str_n(struct jw *j, const char *key, size_t kn, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (s && n <= JW_STR_DIRECT && jw_plain((const unsigned char *)s, n)) {
        char *p = jw_room(j, JW_KEY_ROOM + n + 2);
        if (key)
            p = jw_key_at(j, p, key, kn);
        *p++ = '"';
        p = jw_copy(p, s, n);
        *p++ = '"';
        jw_end(j, p);
        return;
    }
    if (key)
        jw_key(j, key, kn);
    if (s)
        jw_str_slow(j, s, n);
    else
        JW_LIT(j, "null");
}

static void jw_str(struct jw *j, const char *s)
{
    jw_key_str_n(j, NULL, 0, s);
}

/* Decimal digits of m (> 0). */
static JW_INLINE unsigned jw_digits(unsigned long long m)
{
    static const unsigned long long P10[20] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
        100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
        10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
        100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull};
#if defined(__GNUC__)
    /* log10(2) ~ 1233 / 4096: one below or exact, the table decides */
    unsigned t = (unsigned)(64 - __builtin_clzll(m)) * 1233 >> 12;
    return t + (t < 20 && m >= P10[t]);
#else
    unsigned n = 1;
    while (n < 20 && m >= P10[n])
        n++;
    return n;
#endif
}

/* v in decimal at p (room for 20 bytes); returns the end. Written from the
 * last digit back, two digits a step. */
static JW_INLINE char *jw_uint_at(char *p, unsigned long long m)
{
    static const char D2[201] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    if (m < 10) {
        *p = (char)('0' + m);
        return p + 1;
    }
    char *end = p + jw_digits(m), *q = end;
    while (m > UINT32_MAX) {
        q -= 2;
        memcpy(q, D2 + 2 * (m % 100), 2);
        m /= 100;
    }
    uint32_t v = (uint32_t)m; /* offsets and counts: 32-bit steps are cheaper */
    while (v >= 100) {
        q -= 2;
        memcpy(q, D2 + 2 * (v % 100), 2);
        v /= 100;
    }
    m = v;
    if (m >= 10)
        memcpy(q - 2, D2 + 2 * m, 2);
    else
        q[-1] = (char)('0' + m);
    return end;
}

static JW_INLINE char *jw_int_at(char *p, long long v)
{
    if (v < 0) {
        *p++ = '-';
        return jw_uint_at(p, 0ull - (unsigned long long)v);
    }
    return jw_uint_at(p, (unsigned long long)v);
}

static void jw_int(struct jw *j, long long v)
{
    jw_end(j, jw_int_at(jw_room(j, 24), v));
}
/* A finite double as jansson writes it: "%.12g" with a '.' decimal point,
 * ".0" added when it would read back as an integer, and the exponent without
 * '+' or leading zeros ("1e16", "2.5e-7"). */
static void jw_real(struct jw *j, double v)
{
    char b[48];
    int n = snprintf(b, sizeof b, "%.12g", v);
    if (n <= 0 || (size_t)n >= sizeof b - 2) {
        j->rc = j->rc ? j->rc : CITE_EIO;
        return;
    }
    const char *point = localeconv()->decimal_point;
    char *dot = *point != '.' ? strchr(b, *point) : NULL;
    if (dot)
        *dot = '.';
    if (!strchr(b, '.') && !strchr(b, 'e')) {
        memcpy(b + n, ".0", 3);
        n += 2;
    }
    char *e = strchr(b, 'e');
    if (e) {
        char *from = e + 1, *to = e + 1;
        if (*from == '-')
            to++, from++;
        else if (*from == '+')
            from++;
        while (*from == '0' && from[1])
            from++;
        memmove(to, from, strlen(from) + 1);
        n = (int)strlen(b);
    }
    jw_add(j, b, (size_t)n);
}

/* ---- check report ---------------------------------------------------------- */

static JW_INLINE void jw_key_str(struct jw *j, const char *key, size_t kn, const char *v)
{
    jw_key_str_n(j, key, kn, v);
}

static JW_INLINE void jw_key_int(struct jw *j, const char *key, size_t kn, long long v)
{
    char *p = jw_room(j, JW_KEY_ROOM + 24);
    jw_end(j, jw_int_at(jw_key_at(j, p, key, kn), v));
}

/* {start, end, line} */
static void jw_span(struct jw *j, const cite_span *s)
{
    if (!j->pretty) { /* the compact layout in one step */
        char *p = jw_room(j, 96);
        memcpy(p, "{\"start\":", 9);
        p = jw_int_at(p + 9, (long long)s->start);
        memcpy(p, ",\"end\":", 7);
        p = jw_int_at(p + 7, (long long)s->end);
        memcpy(p, ",\"line\":", 8);
        p = jw_int_at(p + 8, (long long)s->line);
        *p++ = '}';
        jw_end(j, p);
        return;
    }
    jw_open(j, '{');
    jw_key_int(j, KEY("start"), (long long)s->start);
    jw_key_int(j, KEY("end"), (long long)s->end);
    jw_key_int(j, KEY("line"), (long long)s->line);
    jw_close(j, '}');
}

static void jw_key_span(struct jw *j, const char *key, size_t kn, const cite_span *s)
{
    jw_key(j, key, kn);
    jw_span(j, s);
}

/* The embed id ("E1") of embed index k, or null when k is none. */
static void jw_key_embed_ref(struct jw *j, const char *key, size_t kn, const cite_doc *d,
                             int k)
{
    jw_key_str(j, key, kn, k < 0 || (size_t)k >= d->embeds.n ? NULL : d->embeds.v[k].id);
}

/* Where an entity or claim sits: its embed's id, or "body". */
static void jw_key_in(struct jw *j, const cite_doc *d, int k)
{
    if (k >= 0)
        jw_key_embed_ref(j, KEY("in"), d, k);
    else
        jw_key_str(j, KEY("in"), "body");
}

/* A quantity as a JSON number (an integer when it is one), else the text. */
static void jw_claim_value(struct jw *j, const cite_claim *c)
{
    jw_key(j, KEY("value"));
    if (c->type != CITE_CLAIM_QUANTITY || !isfinite(c->number))
        jw_str(j, c->value);
    else if (c->number == floor(c->number) && fabs(c->number) < 9e15)
        jw_int(j, (long long)c->number);
    else
        jw_real(j, c->number);
}

static void source_json(struct jw *j, const cite_doc *d)
{
    const cite_source *s = &d->source;
    jw_key(j, KEY("source"));
    jw_open(j, '{');
    jw_key_str(j, KEY("path"), s->path);
    jw_key_str(j, KEY("format"), s->format);
    jw_key_int(j, KEY("bytes"), (long long)s->bytes);
    jw_key_str(j, KEY("title"), s->title);
    jw_key_str(j, KEY("published"), s->published);
    jw_key_str(j, KEY("publisher"), s->publisher);
    jw_close(j, '}');
}

static void embed_json(struct jw *j, const cite_doc *d, size_t i)
{
    const cite_embed *e = &d->embeds.v[i];
    jw_key_str(j, KEY("id"), e->id);
    jw_key_str(j, KEY("platform"), e->platform);
    jw_key_str(j, KEY("author"), e->author);
    jw_key_str(j, KEY("handle"), e->handle);
    jw_key_str(j, KEY("date"), e->date);
    jw_key_str(j, KEY("url"), e->url);
    jw_key_str(j, KEY("text"), e->text);
    jw_key_str(j, KEY("post_id"), e->post_id);
    jw_key_span(j, KEY("span"), &e->span);
}

#define ENTITY_KEY(k) "\"" k "\": "
static const char *const ENTITY_KEYS[] = {ENTITY_KEY("hashtags"), ENTITY_KEY("mentions"),
                                          ENTITY_KEY("urls"), ENTITY_KEY("cashtags")};

/* {hashtags, mentions, urls, cashtags}, every array present. */
static void entities_json(struct jw *j, const cite_doc *d)
{
    jw_key(j, KEY("entities"));
    jw_open(j, '{');
    for (int t = 0; t < 4; t++) {
        jw_key(j, ENTITY_KEYS[t], strlen(ENTITY_KEYS[t]) - 1);
        jw_open(j, '[');
        for (size_t i = 0; i < d->entities.n && j->rc == CITE_OK; i++) {
            const cite_entity *e = &d->entities.v[i];
            if ((int)e->type != t)
                continue;
            jw_sep(j);
            jw_open(j, '{');
            jw_key_str(j, KEY("text"), e->text);
            if (e->list_slug)
                jw_key_str(j, KEY("list_slug"), e->list_slug);
            jw_key_span(j, KEY("span"), &e->span);
            jw_key_in(j, d, e->embed);
            if (e->type == CITE_HASHTAG)
                jw_key_str(j, KEY("segmented"), e->segmented);
            jw_close(j, '}');
        }
        jw_close(j, ']');
    }
    jw_close(j, '}');
}

static void citation_json(struct jw *j, const cite_doc *d, size_t i)
{
    const cite_citation *c = &d->citations.v[i];
    jw_key_str(j, KEY("id"), c->id);
    jw_key_str(j, KEY("source"), c->source);
    jw_key_str(j, KEY("kind"), c->kind);
    jw_key_str(j, KEY("role"), c->role);
    jw_key_str(j, KEY("cue"), c->cue);
    jw_key_str(j, KEY("date"), c->date);
    jw_key_str(j, KEY("date_text"), c->date_text);
    jw_key_str(j, KEY("claim"), c->claim);
    jw_key_str(j, KEY("quote"), c->quote);
    jw_key_embed_ref(j, KEY("embed"), d, c->embed);
    jw_key_span(j, KEY("span"), &c->span);
    if (c->nspans > 1) {
        jw_key(j, KEY("spans"));
        jw_open(j, '[');
        for (size_t k = 0; k < c->nspans; k++) {
            jw_sep(j);
            jw_span(j, &c->spans[k]);
        }
        jw_close(j, ']');
    }
}

static void claim_json(struct jw *j, const cite_doc *d, size_t i)
{
    const cite_claim *c = &d->claims.v[i];
    jw_key_str(j, KEY("id"), c->id);
    jw_key_str(j, KEY("type"), cite_claim_type_name(c->type));
    jw_key_str(j, KEY("subject"), c->subject);
    jw_claim_value(j, c);
    /* "1e309 to 1e310": a bound past the largest double is no number at all */
    if (c->type == CITE_CLAIM_QUANTITY && c->number_hi > c->number && isfinite(c->number_hi)) {
        jw_key(j, KEY("value_max"));
        jw_real(j, c->number_hi);
    }
    if (c->comparator)
        jw_key_str(j, KEY("comparator"), c->comparator);
    jw_key_str(j, KEY("text"), c->text);
    jw_key_in(j, d, c->embed);
    jw_key_span(j, KEY("span"), &c->span);
}

/* One side of a finding: {value, text, span}, or null. */
static void side_json(struct jw *j, const char *key, size_t kn, const cite_claim *c)
{
    jw_key(j, key, kn);
    if (!c) {
        JW_LIT(j, "null");
        return;
    }
    jw_open(j, '{');
    jw_claim_value(j, c);
    jw_key_str(j, KEY("text"), c->text);
    jw_key_span(j, KEY("span"), &c->span);
    jw_close(j, '}');
}

static void finding_json(struct jw *j, const cite_doc *d, size_t i)
{
    const cite_finding *f = &d->findings.v[i];
    jw_key_str(j, KEY("kind"), cite_finding_kind_name(f->kind));
    jw_key_str(j, KEY("type"), cite_claim_type_name(f->type));
    jw_key_str(j, KEY("subject"), f->subject);
    jw_key_embed_ref(j, KEY("embed"), d, f->embed);
    side_json(j, KEY("post"), f->post);
    side_json(j, KEY("body"), f->body);
    jw_key_str(j, KEY("severity"), cite_finding_severity(f->kind));
    jw_key_str(j, KEY("message"), f->message);
}

static void warning_json(struct jw *j, const cite_doc *d, size_t i)
{
    const cite_warning *w = &d->warnings.v[i];
    jw_key_str(j, KEY("code"), w->code);
    jw_key_str(j, KEY("message"), w->message);
    jw_key_int(j, KEY("offset"), (long long)w->offset);
    jw_key_int(j, KEY("count"), (long long)w->count);
}

/* key: [ {fn(d, 0)}, {fn(d, 1)}, ... ] */
static void array_json(struct jw *j, const char *key, size_t kn, const cite_doc *d,
                       size_t n, void (*fn)(struct jw *, const cite_doc *, size_t))
{
    jw_key(j, key, kn);
    jw_open(j, '[');
    for (size_t i = 0; i < n && j->rc == CITE_OK; i++) {
        jw_sep(j);
        jw_open(j, '{');
        fn(j, d, i);
        jw_close(j, '}');
    }
    jw_close(j, ']');
}

cite_status cite_render_json(const cite_doc *d, unsigned flags, cite_write_fn w, void *ud)
{
    if (!d || !w)
        return CITE_EINVAL;
    struct jw j;
    char *buf = citep_malloc(JW_CHUNK);
    if (!buf)
        return CITE_ENOMEM;
    jw_init(&j, buf, w, ud, (flags & CITE_RENDER_PRETTY) != 0);
    jw_open(&j, '{');
    jw_key_int(&j, KEY("schema_version"), 1);
    source_json(&j, d);
    array_json(&j, KEY("embeds"), d, d->embeds.n, embed_json);
    entities_json(&j, d);
    array_json(&j, KEY("citations"), d, d->citations.n, citation_json);
    array_json(&j, KEY("claims"), d, d->claims.n, claim_json);
    array_json(&j, KEY("findings"), d, d->findings.n, finding_json);
    array_json(&j, KEY("warnings"), d, d->warnings.n, warning_json);
    jw_close(&j, '}');
    jw_addc(&j, '\n');
    jw_flush(&j);
    citep_free(j.buf);
    return j.rc;
}

/* ---- entities (twitter-text keys, code-point indices) ------------------------
 * Streamed without building a jansson tree: a tweet-sized input gives a few
 * entities, but a corpus file gives hundreds of thousands, and a tree of them
 * costs more than the scan itself. Strings come from the valid UTF-8 analysis
 * text, so only quotes, backslashes and control characters need escaping
 * (with lower-case hex digits, as the output has always had). Each entity is
 * written in one step when its strings need no escape. */

/* The string s[0..n) with escapes (see tt_entity). */
static void tt_str_slow(struct jw *j, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const char *run = s, *end = s + n;
    jw_addc(j, '"');
    for (const char *p = s; p < end; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        jw_add(j, run, (size_t)(p - run));
        char esc[6] = {'\\', (char)c};
        size_t k = 2;
        if (c < 0x20) {
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            k = 6;
        }
        jw_add(j, esc, k);
        run = p + 1;
    }
    jw_add(j, run, (size_t)(end - run));
    jw_addc(j, '"');
}

/* Non-ASCII is written as it is here: only the escapes need the slow way. */
static bool tt_plain(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (jw_plain(u, n))
        return true;
    for (size_t i = 0; i < n; i++)
        if (u[i] < 0x20 || u[i] == '"' || u[i] == '\\')
            return false;
    return true;
}

static JW_INLINE char *tt_str_at(char *p, const char *s, size_t n)
{
    *p++ = '"';
    p = jw_copy(p, s, n);
    *p++ = '"';
    return p;
}

/* Room for the bytes of one entity, strings aside (103 at most). */
#define TT_FIXED 128

static void tt_entity(struct jw *j, const cite_entity *e, bool first)
{
    static const struct {
        char s[16];
        unsigned char n;
    } OPEN[4] = {{",{\"hashtag\":", 12}, {",{\"screen_name\":", 16}, {",{\"url\":", 8},
                 {",{\"cashtag\":", 12}};
    int t = (int)e->type;
    size_t nt = strlen(e->text), ns = e->list_slug ? strlen(e->list_slug) : 0;
    size_t ng = t == CITE_HASHTAG && e->segmented ? strlen(e->segmented) : 0;
    bool direct = nt + ns + ng <= JW_STR_DIRECT && tt_plain(e->text, nt) &&
                  (!ns || tt_plain(e->list_slug, ns)) && (!ng || tt_plain(e->segmented, ng));
    char *p = jw_room(j, TT_FIXED + (direct ? nt + ns + ng : 0));
    memcpy(p, OPEN[t].s + first, 16);
    p += OPEN[t].n - first;
    if (direct) {
        p = tt_str_at(p, e->text, nt);
    } else {
        jw_end(j, p);
        tt_str_slow(j, e->text, nt);
        p = jw_room(j, TT_FIXED);
    }
    if (e->list_slug) {
        memcpy(p, ",\"list_slug\":", 13);
        p += 13;
        if (direct) {
            p = tt_str_at(p, e->list_slug, ns);
        } else {
            jw_end(j, p);
            tt_str_slow(j, e->list_slug, ns);
            p = jw_room(j, TT_FIXED);
        }
    }
    memcpy(p, ",\"indices\":[", 12);
    p = jw_uint_at(p + 12, e->cp_start);
    *p++ = ',';
    p = jw_uint_at(p, e->cp_end);
    *p++ = ']';
    if (t == CITE_HASHTAG) {
        memcpy(p, ",\"segmented\":", 13);
        p += 13;
        if (!e->segmented) {
            memcpy(p, "null", 4);
            p += 4;
        } else if (direct) {
            p = tt_str_at(p, e->segmented, ng);
        } else {
            jw_end(j, p);
            tt_str_slow(j, e->segmented, ng);
            p = jw_room(j, 1);
        }
    }
    *p++ = '}';
    jw_end(j, p);
}

cite_status cite_render_entities_json(const cite_doc *d, cite_write_fn w, void *ud)
{
    static const char *const HEADS[4] = {"{\"hashtags\":[", "],\"mentions\":[", "],\"urls\":[",
                                         "],\"cashtags\":["};
    if (!d || !w)
        return CITE_EINVAL;
    struct jw j;
    char *buf = citep_malloc(JW_CHUNK);
    if (!buf)
        return CITE_ENOMEM;
    jw_init(&j, buf, w, ud, false);
    for (int t = 0; t < 4; t++) {
        jw_add(&j, HEADS[t], strlen(HEADS[t]));
        bool first = true;
        for (size_t i = 0; i < d->entities.n; i++) {
            const cite_entity *e = &d->entities.v[i];
            if ((int)e->type != t)
                continue;
            tt_entity(&j, e, first);
            first = false;
        }
    }
    jw_add(&j, "]}\n", 3);
    jw_flush(&j);
    citep_free(buf);
    return j.rc;
}
