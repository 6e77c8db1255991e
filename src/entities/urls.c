/*
 * urls.c - URLs as twitter-text 3.1 extracts them (extractUrlsWithIndices with
 * extractUrlsWithoutProtocol, the extractUrl pattern of regexp/extractUrl.js).
 *
 * The domain part of that pattern is matched here by hand: its labels are fixed
 * by the dots, so the greedy "subdomains, domain name, TLD" choice is the longest
 * chain of valid labels that ends before a known TLD. Every run of domain
 * characters is cut into labels once and each start position inside it is then
 * decided in constant time, which keeps a megabyte of dotted text linear. The
 * port, path and query after the domain use PCRE2 with the same grammar.
 */
#include "ent_private.h"

#include <string.h>

/* The view is valid UTF-8 and every subject below starts and ends on a
 * character boundary, so PCRE2 need not check it (which would cost a pass
 * over the subject per call). */
#define NOCHECK PCRE2_NO_UTF_CHECK

struct url_label {
    size_t start, end; /* [start, end) without the dot */
    size_t after_us;   /* just after the last '_' in the label, or start */
    size_t tld;        /* TLD length at start (labels after a dot), or 0 */
    long best;         /* last label of the greedy chain that starts here, or -1 */
    bool first_c, last_c;
};

static CITEP_ENT_INLINE bool in_run(int32_t c)
{
    return c == '-' || c == '_' || c == '.' || citep_tt_domain_char(c);
}

/* Letters and digits, the bulk of a run: domain characters in every class. */
static CITEP_ENT_INLINE bool ascii_alnum(unsigned char c)
{
    return (unsigned char)((c | 0x20) - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

/* validUrlPrecedingChars: anything but [A-Za-z0-9@＠$#＃] and U+FFFE/FEFF/FFFF. */
static bool url_preceding(int32_t c)
{
    if (c < 0x80)
        return !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
                 c == '@' || c == '$' || c == '#');
    return c != 0xFF20 && c != 0xFF03 && c != 0xFFFE && c != 0xFEFF && c != 0xFFFF;
}

/* How a match may begin just before a domain at pos: 0 it may not, 1 with the
 * character before pos (or "^" at 0), 2 with the high surrogate of the
 * character at pos: twitter-text matches UTF-16, so a domain may begin at the
 * low half of a character outside the BMP when nothing before it can serve. */
static int start_kind(const struct citep_urlscan *u, size_t pos)
{
    if (pos == 0)
        return 1;
    size_t p = citep_cp_back(u->s, pos), l;
    if (p >= u->done && url_preceding(citep_cp_at(u->s, u->n, p, &l)))
        return 1;
    return (unsigned char)u->s[pos] >= 0xF0 && pos >= u->done ? 2 : 0;
}

static cite_status add_label(struct citep_urlscan *u, size_t start)
{
    if (u->nlabels == u->labcap &&
        citep_vec_reserve((void **)&u->labels, &u->labcap, u->nlabels + 1,
                          sizeof *u->labels))
        return CITE_ENOMEM;
    struct url_label *lb = &u->labels[u->nlabels++];
    memset(lb, 0, sizeof *lb);
    lb->start = lb->end = lb->after_us = start;
    return CITE_OK;
}

/* Cut [rs, re) into labels and fill each label's greedy chain end. */
static cite_status build_labels(struct citep_urlscan *u, size_t rs, size_t re)
{
    u->nlabels = 0;
    u->any_tld = false;
    if (add_label(u, rs))
        return CITE_ENOMEM;
    for (size_t i = rs; i < re;) {
        size_t l;
        struct url_label *lb = &u->labels[u->nlabels - 1];
        if (ascii_alnum((unsigned char)u->s[i])) { /* a domain character, not '_' */
            if (lb->end == lb->start)
                lb->first_c = true;
            lb->last_c = true;
            lb->end = ++i;
            continue;
        }
        int32_t c = citep_cp_at(u->s, u->n, i, &l);
        if (c == '.') {
            if (add_label(u, i + 1))
                return CITE_ENOMEM;
            size_t t = citep_tld_match(u->rx, u->s, u->n, i + 1);
            u->labels[u->nlabels - 1].tld = t;
            u->any_tld |= t > 0;
        } else {
            bool dc = citep_tt_domain_char(c);
            if (lb->end == lb->start)
                lb->first_c = dc;
            lb->last_c = dc;
            lb->end = i + l;
            if (c == '_')
                lb->after_us = i + 1;
        }
        i += l;
    }
    for (size_t k = u->nlabels; k-- > 0;) {
        struct url_label *lb = &u->labels[k];
        bool sub = lb->end > lb->start && lb->first_c && lb->last_c;
        const struct url_label *next = k + 1 < u->nlabels ? &u->labels[k + 1] : NULL;
        lb->best = -1;
        if (sub && next && next->best >= 0)
            lb->best = next->best;
        else if (sub && next && next->tld && lb->after_us == lb->start)
            lb->best = (long)k;
    }
    return CITE_OK;
}

/* Domain end for a domain starting at pos inside label k (pos holds a domain
 * character), or 0 when there is none. */
static size_t domain_end(const struct citep_urlscan *u, size_t k, size_t pos)
{
    const struct url_label *lb = &u->labels[k];
    if (!lb->last_c || k + 1 >= u->nlabels)
        return 0;
    const struct url_label *next = &u->labels[k + 1];
    long e = -1;
    if (next->best >= 0)
        e = next->best;
    else if (next->tld && lb->after_us <= pos)
        e = (long)k;
    if (e < 0)
        return 0;
    const struct url_label *t = &u->labels[e + 1];
    return t->start + t->tld;
}

/* Domain end for a candidate start pos in label k that is not yet known to hold
 * a domain character. */
static size_t try_at(const struct citep_urlscan *u, size_t k, size_t pos)
{
    size_t l;
    int32_t c = citep_cp_at(u->s, u->n, pos, &l);
    if (c == '.' || !citep_tt_domain_char(c))
        return 0;
    return domain_end(u, k, pos);
}

static size_t utf16_units(const char *s, size_t n)
{
    if (citep_ascii_span(s, n) == n) /* most URLs */
        return n;
    size_t units = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        units += (c & 0xC0) != 0x80;
        units += c >= 0xF0;
    }
    return units;
}

/* ---- validAsciiDomain ------------------------------------------------------
 * (?:[-a-z0-9LATIN]+\.)+ then a generic TLD, a country TLD (each followed by
 * no [0-9a-zA-Z@+-]) or xn--[-0-9a-z]+, caseless, searched. In an ASCII
 * subject no LATIN letter and no non-ASCII TLD can match, and the regex's
 * choices are fixed: the labels end at dots, the repeat takes as many labels as
 * it can and gives them back one by one, so at a start the match ends at the
 * TLD after the last dot of the label chain that has one. That is done by
 * hand; other subjects go to PCRE2 with the pattern, compiled on first use. */

static bool label_char(unsigned char c)
{
    return c == '-' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The leftmost match in the ASCII d[0..n) at or after off. */
static bool adom_search(const char *d, size_t n, size_t off, size_t *ms, size_t *me)
{
    size_t s = off;
    while (s < n) {
        size_t e = s;
        while (e < n && label_char((unsigned char)d[e]))
            e++;
        if (e == s || e >= n || d[e] != '.') {
            s = e + 1; /* no start up to e is followed by a label and a dot */
            continue;
        }
        size_t dot = e, end = 0;
        for (;;) {
            size_t t = citep_tld_ascii(d, n, dot + 1);
            if (t)
                end = dot + 1 + t;
            size_t f = dot + 1;
            while (f < n && label_char((unsigned char)d[f]))
                f++;
            if (f == dot + 1 || f >= n || d[f] != '.')
                break;
            dot = f;
        }
        if (end) {
            *ms = s;
            *me = end;
            return true;
        }
        s = dot + 1; /* a start inside the chain sees part of it: no TLD either */
    }
    return false;
}

/* The leftmost match in d[0..n) at or after off: 1 (with [*ms, *me)), 0 when
 * there is none, or -1 with *rc set. */
static int adom_match(struct citep_urlscan *u, const char *d, size_t n, size_t off, size_t *ms,
                      size_t *me, cite_status *rc)
{
    if (citep_ascii_span(d, n) == n)
        return adom_search(d, n, off, ms, me);
    pcre2_code *re;
    if ((*rc = citep_entities_ascii_dom(u->rx, &re)) != CITE_OK)
        return -1;
    if (pcre2_match(re, (PCRE2_SPTR)d, n, off, NOCHECK, u->md, u->rx->mctx) < 0)
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(u->md);
    *ms = ov[0];
    *me = ov[1];
    return 1;
}

/* idna.toAscii of twitter-text: every label 1..63 long after punycode, and a
 * domain starting "xn--" must hold an ASCII domain. */
static cite_status idna_ok(struct citep_urlscan *u, size_t ds, size_t de, bool *ok)
{
    const char *d = u->s + ds;
    size_t n = de - ds, ms, me;
    cite_status rc = CITE_OK;
    *ok = false;
    if (n >= 4 && memcmp(d, "xn--", 4) == 0) {
        int m = adom_match(u, d, n, 0, &ms, &me, &rc);
        if (m <= 0)
            return rc;
    }
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && d[i] != '.')
            continue;
        size_t len = citep_idna_label_len(d + start, i - start);
        if (len < 1 || len > CITEP_DNS_LABEL_MAX)
            return CITE_OK;
        start = i + 1;
    }
    *ok = true;
    return CITE_OK;
}

static cite_status push(citep_hits *out, size_t start, size_t end, size_t t_start,
                        size_t t_end)
{
    struct citep_hit h = {start, end, t_start, t_end, end, CITE_URL};
    return CITEP_PUSH(out, h);
}

/* t.co links keep only the slug and a query (validTcoUrl). Returns the new end,
 * 0 to drop the URL, or `end` when it is no t.co link. */
static size_t tco_end(struct citep_urlscan *u, size_t q, size_t end)
{
    const char *s = u->s + q;
    size_t n = end - q, p;
    if (n > 7 && strncasecmp(s, "http://", 7) == 0)
        p = 7;
    else if (n > 8 && strncasecmp(s, "https://", 8) == 0)
        p = 8;
    else
        return end;
    if (n - p < 6 || strncasecmp(s + p, "t.co/", 5) != 0)
        return end;
    size_t a = p + 5, b = a;
    while (b < n && ((s[b] >= '0' && s[b] <= '9') || ((s[b] | 0x20) >= 'a' && (s[b] | 0x20) <= 'z')))
        b++;
    if (b == a)
        return end;
    if (b - a > CITEP_TCO_MAX_SLUG)
        return 0;
    if (b < n && s[b] == '?' &&
        pcre2_match(u->rx->query, (PCRE2_SPTR)s, n, b, NOCHECK, u->md,
                    u->rx->mctx) > 0)
        b = pcre2_get_ovector_pointer(u->md)[1];
    return q + b;
}

/* The "it.In" rule of non-exact mode: a sentence with no space after its full
 * stop is no bare domain. */
static bool glued_sentence(const struct citep_urlscan *u, size_t ds, size_t de)
{
    size_t t = de;
    while (t > ds && u->s[t - 1] != '.')
        t--;
    if (t < ds + 2 || de - t < 2)
        return false;
    const char *s = u->s;
    if (!(s[t] >= 'A' && s[t] <= 'Z') || !(s[t - 2] >= 'a' && s[t - 2] <= 'z'))
        return false;
    for (size_t i = t + 1; i < de; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return false;
    return true;
}

/* First offset >= from of needle in hay[0..n), or SIZE_MAX. */
static size_t find_from(const char *hay, size_t n, size_t from, const char *needle,
                        size_t len)
{
    for (size_t i = from; i + len <= n; i++)
        if (memcmp(hay + i, needle, len) == 0)
            return i;
    return SIZE_MAX;
}

/* Protocol-less: every ASCII domain inside the domain is a URL; the last one
 * takes the path when there is one. */
static cite_status bare_urls(struct citep_urlscan *u, size_t ds, size_t de, size_t end,
                             bool has_path, citep_hits *out)
{
    const char *d = u->s + ds;
    size_t n = de - ds, off = 0, from = 0, last = SIZE_MAX;
    while (off < n) {
        size_t ms, me;
        cite_status rc = CITE_OK;
        int m = adom_match(u, d, n, off, &ms, &me, &rc);
        if (m < 0)
            return rc;
        if (m == 0)
            break;
        size_t mlen = me - ms;
        off = me > ms ? me : ms + 1;
        /* twitter-text places it with domain.indexOf(text, previous end): the
         * first equal text, which may lie before the match itself. */
        size_t a = find_from(d, n, from, d + ms, mlen);
        if (a == SIZE_MAX) /* cannot happen: the match itself lies after from */
            a = ms;
        if (push(out, ds + a, ds + a + mlen, ds + a, ds + a + mlen))
            return CITE_ENOMEM;
        last = out->n - 1;
        from = a + mlen;
    }
    if (last != SIZE_MAX && has_path) {
        /* The text is the ASCII domain and what follows the whole domain. */
        out->v[last].end = end;
        out->v[last].slug_start = de; /* second piece of the text: [de, end) */
    }
    return CITE_OK;
}

/* A match from q (protocol or domain start) with the domain [ds, de). */
static cite_status finish(struct citep_urlscan *u, size_t q, size_t ds, size_t de,
                          size_t proto, bool bad_before, citep_hits *out)
{
    size_t lim = u->n - de > CITEP_URL_WINDOW ? de + CITEP_URL_WINDOW : u->n;
    while (lim < u->n && ((unsigned char)u->s[lim] & 0xC0) == 0x80)
        lim--; /* whole characters only: the subject is not checked again */
    size_t end = de;
    bool has_path = false;
    /* Every part of the pattern begins with ':', '/' or '?': without one the
     * match is empty, and needs no call. */
    bool more = de < lim && (u->s[de] == ':' || u->s[de] == '/' || u->s[de] == '?');
    if (more && pcre2_match(u->rx->rest, (PCRE2_SPTR)u->s, lim, de, NOCHECK, u->md,
                            u->rx->mctx) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(u->md);
        end = ov[1];
        has_path = ov[2] != PCRE2_UNSET && ov[3] > ov[2];
    }
    u->done = u->skip = end;
    bool ok;
    cite_status rc = idna_ok(u, ds, de, &ok);
    if (rc || !ok || (proto ? proto : 8) + utf16_units(u->s + q, end - q) > CITEP_URL_MAX_UNITS)
        return rc;
    if (proto) {
        size_t e = tco_end(u, q, end);
        return e ? push(out, q, e, q, e) : CITE_OK;
    }
    if (bad_before)
        return CITE_OK;
    if (u->strict && end == de && glued_sentence(u, ds, de))
        return CITE_OK;
    return bare_urls(u, ds, de, end, has_path, out);
}

static size_t protocol_before(const struct citep_urlscan *u, size_t rs)
{
    if (rs < 7 || u->s[rs - 1] != '/')
        return 0;
    if (rs >= 8 && strncasecmp(u->s + rs - 8, "https://", 8) == 0)
        return 8;
    if (rs >= 7 && strncasecmp(u->s + rs - 7, "http://", 7) == 0)
        return 7;
    return 0;
}

cite_status citep_urls_at(struct citep_urlscan *u, size_t dot, citep_hits *out)
{
    size_t rs = dot, re = dot, l;
    /* A full stop before a space or punctuation ends its run: every earlier dot
     * of the run was looked at already, so no TLD can follow one. */
    unsigned char next = dot + 1 < u->n ? (unsigned char)u->s[dot + 1] : ' ';
    if (next < 0x80 && !in_run(next)) {
        u->skip = dot + 1;
        return CITE_OK;
    }
    while (rs > u->done) {
        if (ascii_alnum((unsigned char)u->s[rs - 1])) {
            rs--;
            continue;
        }
        size_t p = citep_cp_back(u->s, rs);
        if (!in_run(citep_cp_at(u->s, u->n, p, &l)))
            break;
        rs = p;
    }
    while (re < u->n) {
        if (ascii_alnum((unsigned char)u->s[re])) {
            re++;
            continue;
        }
        if (!in_run(citep_cp_at(u->s, u->n, re, &l)))
            break;
        re += l;
    }
    cite_status rc = build_labels(u, rs, re);
    if (rc)
        return rc;
    u->skip = re; /* unless a match below moves it further */
    if (!u->any_tld)
        return CITE_OK; /* the common case: a sentence's full stop */
    size_t proto = protocol_before(u, rs);
    if (proto && rs - proto >= u->done && start_kind(u, rs - proto) == 1 &&
        citep_tt_domain_char(citep_cp_at(u->s, u->n, rs, &l))) {
        size_t de = domain_end(u, 0, rs);
        if (de)
            return finish(u, rs - proto, rs, de, proto, false, out);
    }
    size_t last_dot = u->labels[u->nlabels - 1].start - 1, k = 0, first = SIZE_MAX;
    int32_t c0 = rs == 0 ? citep_cp_at(u->s, u->n, 0, &l) : 0;
    if (rs == 0 && url_preceding(c0) && citep_tt_domain_char(c0) && c0 < 0x10000)
        first = l; /* at the text start "one preceding char" is tried before "^" */
    for (size_t pos = rs; pos < last_dot; pos += l) {
        int32_t c = citep_cp_at(u->s, u->n, pos, &l);
        if (c == '.') {
            k++;
            continue;
        }
        size_t de = 0;
        int kind;
        if (pos == 0 && first < last_dot)
            de = try_at(u, k, first);
        if (de)
            return finish(u, first, first, de, 0, false, out);
        if (pos != first && citep_tt_domain_char(c) && (kind = start_kind(u, pos)) != 0)
            de = domain_end(u, k, pos);
        if (de) {
            /* a bare domain may not follow "-", "_", "." or "/" */
            bool bad = kind == 1 && pos > 0 && strchr("-_./", u->s[pos - 1]);
            return finish(u, pos, pos, de, 0, bad, out);
        }
    }
    return CITE_OK;
}
