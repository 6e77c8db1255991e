/*
 * tld.c - twitter-text 3.1 character classes, the TLD matcher over the tables
 * of data/tlds.c, and the label length check of its idna.toAscii (punycode,
 * RFC 3492, counted only).
 */
#include "ent_private.h"

#include "core/wordset.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* twitter-text's punct list: no '"' and no '`' (its source repeats "'" instead).
 * A constant table, so that parsers in several threads share it safely. */
const unsigned char citep_tt_punct_table[128] = {
    ['!'] = 1, ['\''] = 1, ['#'] = 1, ['%'] = 1, ['&'] = 1, ['('] = 1, [')'] = 1, ['*'] = 1,
    ['+'] = 1, [','] = 1,  ['\\'] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1, [':'] = 1, [';'] = 1,
    ['<'] = 1, ['='] = 1,  ['>'] = 1, ['?'] = 1, ['@'] = 1, ['['] = 1, [']'] = 1, ['^'] = 1,
    ['_'] = 1, ['{'] = 1,  ['|'] = 1, ['}'] = 1, ['~'] = 1, ['$'] = 1};

bool citep_tt_directional(int32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2066 && c <= 0x2069);
}

/* validDomainChars from U+0080 on */
bool citep_tt_domain_char_wide(int32_t c)
{
    return !citep_tt_space(c) && !citep_tt_directional(c) && c != 0xFFFE && c != 0xFEFF &&
           c != 0xFFFF;
}

bool citep_tt_latin_accent(int32_t c)
{
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) ||
           c == 0x253 || c == 0x254 || c == 0x256 || c == 0x257 || c == 0x259 || c == 0x25B ||
           c == 0x263 || c == 0x268 || c == 0x26F || c == 0x272 || c == 0x289 || c == 0x28B ||
           c == 0x2BB || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF);
}

/* ---- TLDs ---- */

/* Both lists as hash sets: an ASCII TLD is one lookup in each. Their non-ASCII
 * entries are members too, but an ASCII key never equals them. */
CITEP_WORDSET_OF(GENERIC_TLDS, citep_tld_generic, 4096);
CITEP_WORDSET_OF(COUNTRY_TLDS, citep_tld_country, 1024);

static bool is_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

cite_status citep_tld_init(struct citep_entity_rx *rx)
{
    size_t total = citep_tld_generic_count + citep_tld_country_count;
    rx->wide_tlds = citep_calloc(total, sizeof *rx->wide_tlds);
    if (!rx->wide_tlds)
        return CITE_ENOMEM;
    /* Generic before country: the order of twitter-text's alternation. */
    for (size_t i = 0; i < total; i++) {
        const char *t = i < citep_tld_generic_count
                            ? citep_tld_generic[i]
                            : citep_tld_country[i - citep_tld_generic_count];
        if (!is_ascii(t))
            rx->wide_tlds[rx->n_wide++] = t;
    }
    return CITE_OK;
}

void citep_tld_free(struct citep_entity_rx *rx)
{
    citep_free(rx->wide_tlds);
}

/* What an ASCII TLD can look like, from the lists: the characters it can begin
 * with and its shortest length. A label after a dot that cannot be one (the
 * "7" of "24.7") is turned down without a lookup. */
static struct {
    atomic_int state;
    bool first[128];
    size_t min_len;
} TLD_SHAPE;

static void fill_shape_list(const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const unsigned char *t = (const unsigned char *)list[i];
        size_t len = strlen(list[i]);
        if (!len || !is_ascii(list[i]))
            continue;
        TLD_SHAPE.first[t[0] & 0x7F] = true;
        if (len < TLD_SHAPE.min_len)
            TLD_SHAPE.min_len = len;
    }
}

static void fill_shape(void *arg)
{
    (void)arg;
    TLD_SHAPE.min_len = SIZE_MAX;
    fill_shape_list(citep_tld_generic, citep_tld_generic_count);
    fill_shape_list(citep_tld_country, citep_tld_country_count);
}

static bool ascii_alnum(int c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The lookahead after a TLD: (?=[^0-9a-zA-Z@+-]|$). */
static bool tld_end_ok(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return true;
    int c = (unsigned char)s[i];
    return !ascii_alnum(c) && c != '@' && c != '+' && c != '-';
}

size_t citep_tld_ascii(const char *s, size_t n, size_t i)
{
    char low[64];
    size_t k = 0;
    while (i + k < n && ascii_alnum((unsigned char)s[i + k])) {
        if (k + 1 >= sizeof low)
            return 0;
        low[k] = (char)(s[i + k] | 0x20);
        k++;
    }
    if (k == 0)
        return 0;
    citep_fill_once(&TLD_SHAPE.state, fill_shape, NULL);
    if (k >= TLD_SHAPE.min_len && TLD_SHAPE.first[(unsigned char)low[0]] &&
        tld_end_ok(s, n, i + k) &&
        (citep_wordset_find(&GENERIC_TLDS, low, k) || citep_wordset_find(&COUNTRY_TLDS, low, k)))
        return k;
    /* xn--[-0-9a-z]+, greedy. */
    if (n - i > 4 && (s[i] | 0x20) == 'x' && (s[i + 1] | 0x20) == 'n' && s[i + 2] == '-' &&
        s[i + 3] == '-') {
        size_t j = i + 4;
        while (j < n && (ascii_alnum((unsigned char)s[j]) || s[j] == '-'))
            j++;
        if (j > i + 4) /* validPunycode has no lookahead */
            return j - i;
    }
    return 0;
}

bool citep_is_tld(const char *s, size_t n)
{
    return n > 0 && citep_tld_ascii(s, n, 0) == n;
}

/* Does the text at s[i] start with the (lower case) TLD t, ignoring case? */
static size_t wide_prefix(const char *s, size_t n, size_t i, const char *t)
{
    size_t j = i, tl = strlen(t), k = 0;
    while (k < tl) {
        if (j >= n)
            return 0;
        size_t l1, l2;
        int32_t a = citep_cp_at(s, n, j, &l1), b = citep_cp_at(t, tl, k, &l2);
        if (a != b && utf8proc_tolower(a) != b)
            return 0;
        j += l1, k += l2;
    }
    return j - i;
}

size_t citep_tld_match(const struct citep_entity_rx *rx, const char *s, size_t n, size_t i)
{
    if (i >= n)
        return 0;
    if ((unsigned char)s[i] < 0x80)
        return citep_tld_ascii(s, n, i);
    for (size_t k = 0; k < rx->n_wide; k++) {
        size_t l = wide_prefix(s, n, i, rx->wide_tlds[k]);
        if (l && tld_end_ok(s, n, i + l))
            return l;
    }
    return 0;
}

/* ---- punycode length (RFC 3492 section 6.3, output counted, not written) ---- */

static uint64_t adapt(uint64_t delta, uint64_t points, bool first)
{
    uint64_t k = 0;
    delta = first ? delta / 700 : delta / 2;
    delta += delta / points;
    while (delta > 455) {
        delta /= 35;
        k += 36;
    }
    return k + (36 * delta) / (delta + 38);
}

static size_t puny_encoded_len(const int32_t *cp, size_t len)
{
    uint64_t out = 0, h, basic = 0, nn = 128, delta = 0, bias = 72;
    for (size_t i = 0; i < len; i++)
        basic += cp[i] < 0x80;
    out = basic + (basic > 0);
    h = basic;
    while (h < len) {
        uint64_t m = UINT64_MAX;
        for (size_t i = 0; i < len; i++)
            if ((uint64_t)cp[i] >= nn && (uint64_t)cp[i] < m)
                m = (uint64_t)cp[i];
        delta += (m - nn) * (h + 1);
        nn = m;
        for (size_t i = 0; i < len; i++) {
            if ((uint64_t)cp[i] < nn)
                delta++;
            if ((uint64_t)cp[i] != nn)
                continue;
            uint64_t q = delta;
            for (uint64_t k = 36;; k += 36) {
                uint64_t t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
                if (q < t)
                    break;
                out++;
                q = (q - t) / (36 - t);
            }
            out++;
            bias = adapt(delta, h + 1, h == basic);
            delta = 0;
            h++;
        }
        delta++;
        nn++;
        if (out > 1000) /* far past any label limit: stop counting */
            break;
    }
    return (size_t)out;
}

/* One dot-free part: its length in punycode.toASCII terms. */
static size_t part_len(const char *s, size_t n)
{
    int32_t buf[CITEP_DNS_LABEL_MAX + 1];
    size_t k = 0;
    bool wide = false;
    for (size_t i = 0; i < n;) {
        size_t l;
        int32_t c = citep_cp_at(s, n, i, &l);
        if (c > 0x7E)
            wide = true;
        if (k == CITEP_DNS_LABEL_MAX + 1)
            return CITEP_DNS_LABEL_MAX + 1; /* too long whatever the encoding */
        buf[k++] = c;
        i += l;
    }
    if (!wide)
        return n;
    return 4 + puny_encoded_len(buf, k);
}

size_t citep_idna_label_len(const char *s, size_t n)
{
    size_t a = 0;
    while (a < n && (unsigned char)s[a] <= 0x7E)
        a++;
    if (a == n) /* the common case: a plain ASCII label is its own encoding */
        return n;
    /* punycode.toASCII maps U+3002, U+FF0E, U+FF61 to '.' and encodes each part. */
    size_t total = 0, start = 0;
    for (size_t i = 0; i < n;) {
        size_t l;
        int32_t c = citep_cp_at(s, n, i, &l);
        if (c == 0x3002 || c == 0xFF0E || c == 0xFF61) {
            total += part_len(s + start, i - start) + 1;
            start = i + l;
        }
        i += l;
    }
    return total + part_len(s + start, n - start);
}
