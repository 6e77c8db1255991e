/*
 * ent_private.h - what the entity scanner's files share: the character classes
 * of twitter-text 3.1 (Regex.java and the JavaScript regexp folder), the TLD tables generated into
 * data/tlds.c, and the URL matcher's entry point.
 */
#ifndef CITEP_ENT_PRIVATE_H
#define CITEP_ENT_PRIVATE_H
#include "../internal.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* data/tlds.c (tools/gen_tlds.py): lower case UTF-8, reverse code-point order,
 * NULL after the last (not counted). */
extern const char *const citep_tld_generic[];
extern const size_t citep_tld_generic_count;
extern const char *const citep_tld_country[];
extern const size_t citep_tld_country_count;

/* A URL can be no longer than this many UTF-16 units, protocol counted twice as
 * twitter-text does (extractUrlsWithIndices MAX_URL_LENGTH). */
#define CITEP_URL_MAX_UNITS 4096
/* A t.co slug longer than this is no t.co link. */
#define CITEP_TCO_MAX_SLUG 40
/* A DNS label, after punycode, is 1..63 characters. */
#define CITEP_DNS_LABEL_MAX 63
/* Bytes after the domain given to the path/query pattern: a longer URL is rejected
 * by CITEP_URL_MAX_UNITS anyway (a UTF-16 unit takes at most 3 bytes). */
#define CITEP_URL_WINDOW (3 * CITEP_URL_MAX_UNITS + 64)

struct citep_entity_rx {
    pcre2_code *rest;       /* port, path, query after a domain (anchored) */
    pcre2_code *query;      /* a query alone, for t.co links (anchored) */
    pcre2_code *ascii_dom;  /* validAsciiDomain (searched), compiled on first use:
                               only a domain with non-ASCII characters needs it */
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    const char **wide_tlds;  /* non-ASCII TLDs in alternation order */
    size_t n_wide;
};

/* Scratch kept across one extraction (reused for every run of domain chars). */
struct citep_urlscan {
    struct citep_entity_rx *rx;
    pcre2_match_data *md;
    const char *s;
    size_t n;
    size_t done;       /* regex lastIndex: nothing before it may be used again */
    size_t skip;       /* dots before this were already looked at */
    bool strict;       /* not CITE_OPT_TWITTER_EXACT: the "it.In" rule */
    struct url_label *labels;
    size_t nlabels, labcap;
    bool any_tld;      /* some label of the current run starts with a TLD */
};

/* One entity found by a scanner, before merging (offsets in the view). */
struct citep_hit {
    size_t start, end;      /* covers the sigil and any list slug */
    size_t t_start, t_end;  /* the entity text (URL: as written) */
    size_t slug_start;      /* list slug start (== end when none) */
    cite_entity_type type;
};
typedef CITEP_VEC(struct citep_hit) citep_hits;

/* ---- character classes (code points) ---- */
/* These three run for every character of a domain-like run: inline, with the
 * ASCII case first. */
extern const unsigned char citep_tt_punct_table[128];

/* spacesGroup */
static inline bool citep_tt_space(int32_t c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0D) || c == 0x20;
    return c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

/* punct */
static inline bool citep_tt_punct(int32_t c)
{
    return c > 0 && c < 0x80 && citep_tt_punct_table[c];
}

bool citep_tt_directional(int32_t c);

bool citep_tt_domain_char_wide(int32_t c);

#if defined(__GNUC__)
#define CITEP_ENT_INLINE __attribute__((always_inline)) inline
#else
#define CITEP_ENT_INLINE inline
#endif

/* validDomainChars: runs for every character of a dotted run, so the ASCII
 * case is always inline. */
static CITEP_ENT_INLINE bool citep_tt_domain_char(int32_t c)
{
    if (c < 0x80)
        return !citep_tt_punct(c) && !citep_tt_space(c);
    return citep_tt_domain_char_wide(c);
}
bool citep_tt_latin_accent(int32_t c); /* latinAccentChars */

/* Decode the code point at s[i] (valid UTF-8); *len gets its byte length. */
static inline int32_t citep_cp_at(const char *s, size_t n, size_t i, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    int32_t cp = 0xFFFD;
    size_t l = citep_utf8_decode(u, n - i, &cp);
    *len = l ? l : 1;
    return cp;
}
/* Start of the code point that ends at byte i (i > 0). */
static inline size_t citep_cp_back(const char *s, size_t i)
{
    do
        i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

/* TLD at s[i]: its byte length (0 if none), the first alternative of
 * gTLD | ccTLD | punycode that matches and is followed by no [0-9A-Za-z@+-]. */
size_t citep_tld_match(const struct citep_entity_rx *rx, const char *s, size_t n, size_t i);
cite_status citep_tld_init(struct citep_entity_rx *rx);
void citep_tld_free(struct citep_entity_rx *rx);
/* The same at s[i] < 0x80: an ASCII TLD or a punycode one, as validAsciiDomain's
 * TLD part matches it in a subject s[0..n) (n is "$"). */
size_t citep_tld_ascii(const char *s, size_t n, size_t i);
/* validAsciiDomain, compiled on first use (*out NULL on failure, with a status). */
cite_status citep_entities_ascii_dom(struct citep_entity_rx *rx, pcre2_code **out);
/* Length of punycode.toASCII(label) (IDNA "xn--" form when non-ASCII). */
size_t citep_idna_label_len(const char *s, size_t n);

/* Scan URLs (extractUrlsWithIndices) with the dot at `dot` as trigger. */
cite_status citep_urls_at(struct citep_urlscan *u, size_t dot, citep_hits *out);
#endif
