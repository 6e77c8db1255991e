/*
 * cuts.c - which script and style contents gumbo is spared (see cuts.h).
 *
 * A light scan from '<' to '<' finds the start tags (skipping comments and
 * the contents of raw-text elements); a script or style start tag outside
 * svg/math, with only listed attributes, whose contents end unambiguously, is
 * cut.  Anything unusual (an entity or a quote out of place in the tag, "<!--"
 * in a script, "</script " with attributes) is simply not cut, and a scan that
 * went wrong only costs a second parse: the tree decides.
 */
#include "cuts.h"

#include <string.h>

static const char *const script_attrs[] = {
    "type",           "src",      "async",    "defer", "nonce",         "charset",
    "crossorigin",    "integrity", "referrerpolicy", "nomodule", "language", "id",
    "fetchpriority",  "blocking", NULL};
static const char *const style_attrs[] = {"type", "media", "nonce", "id", "title",
                                          "blocking", NULL};

bool citep_cut_attr_ok(bool style, const char *name, size_t nlen)
{
    const char *const *a = style ? style_attrs : script_attrs;
    while (*a && !(strlen(*a) == nlen && memcmp(*a, name, nlen) == 0))
        a++;
    return *a != NULL;
}

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* ASCII case-insensitive: is s[0..k) the lowercase w[0..k)? */
static bool eq_ci(const char *s, const char *w, size_t k)
{
    size_t j = 0;
    while (j < k && lower((unsigned char)s[j]) == (unsigned char)w[j])
        j++;
    return j == k;
}

/* One attribute at s[*p] (not white space, not '/' or '>'). */
static bool attr_ok(const char *s, size_t len, size_t *p, bool style)
{
    size_t i = *p, n0 = i;
    while (i < len && !is_ws((unsigned char)s[i]) && !strchr("/>=\"'<", s[i]))
        i++;
    char name[16];
    size_t nlen = i - n0;
    if (!nlen || nlen > sizeof name)
        return false;
    for (size_t k = 0; k < nlen; k++)
        name[k] = (char)lower((unsigned char)s[n0 + k]);
    while (i < len && is_ws((unsigned char)s[i]))
        i++;
    if (i < len && s[i] == '=') {
        for (i++; i < len && is_ws((unsigned char)s[i]); i++)
            ;
        if (i < len && (s[i] == '"' || s[i] == '\'')) {
            const char *q = memchr(s + i + 1, s[i], len - i - 1);
            if (!q)
                return false;
            i = (size_t)(q - s) + 1;
        } else {
            for (; i < len && !is_ws((unsigned char)s[i]) && s[i] != '>'; i++)
                if (strchr("\"'<=`", s[i]))
                    return false;
        }
    }
    *p = i;
    return citep_cut_attr_ok(style, name, nlen);
}

/* The attributes of a start tag from p (just after its name): the offset of
 * the tag's '>', or SIZE_MAX if one is not listed (or the tag is odd). */
static size_t attrs_end(const char *s, size_t len, size_t p, bool style)
{
    while (p < len) {
        if (s[p] == '>')
            return p;
        if (is_ws((unsigned char)s[p]))
            p++;
        else if (s[p] == '/' || !attr_ok(s, len, &p, style))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Where the contents of a script or style starting at p end: the offset of
 * its "</script>" or "</style>", or SIZE_MAX when that is not plain. */
static size_t contents_end(const char *s, size_t len, size_t p, bool style)
{
    const char *name = style ? "style" : "script";
    size_t k = style ? 5 : 6;
    while (p < len) {
        const char *lt = memchr(s + p, '<', len - p);
        if (!lt)
            return SIZE_MAX;
        p = (size_t)(lt - s);
        if (!style && len - p >= 4 && memcmp(s + p, "<!--", 4) == 0)
            return SIZE_MAX; /* the escaped states of script data */
        if (p + 2 + k < len && s[p + 1] == '/' && eq_ci(s + p + 2, name, k)) {
            unsigned char c = (unsigned char)s[p + 2 + k];
            if (c == '>')
                return p;
            if (is_ws(c) || c == '/')
                return SIZE_MAX;
        }
        p++;
    }
    return SIZE_MAX;
}

/* Past the next "</name" (k letters) from p, or len. */
static size_t past_end_tag(const char *s, size_t len, size_t p, const char *name, size_t k)
{
    while (p < len) {
        const char *lt = memchr(s + p, '<', len - p);
        if (!lt)
            return len;
        p = (size_t)(lt - s) + 1;
        if (p + 1 + k <= len && s[p] == '/' && eq_ci(s + p + 1, name, k))
            return p + 1 + k;
    }
    return len;
}

/* Past a comment, doctype or processing instruction starting at p ('<'). */
static size_t past_decl(const char *s, size_t len, size_t p)
{
    bool comment = len - p >= 4 && memcmp(s + p, "<!--", 4) == 0;
    for (p += comment ? 4 : 2; p < len; p++) {
        const char *gt = memchr(s + p, '>', len - p);
        if (!gt)
            return len;
        p = (size_t)(gt - s);
        if (!comment || (s[p - 1] == '-' && s[p - 2] == '-'))
            return p + 1;
    }
    return len;
}

enum tag_kind { K_OTHER, K_SCRIPT, K_STYLE, K_FOREIGN, K_STOP, K_RAW };

static const struct {
    char name[10];
    unsigned char len;
    unsigned char kind;
} kinds[] = {{"script", 6, K_SCRIPT},  {"style", 5, K_STYLE},      {"svg", 3, K_FOREIGN},
             {"math", 4, K_FOREIGN},   {"frameset", 8, K_STOP},    {"plaintext", 9, K_STOP},
             {"title", 5, K_RAW},      {"textarea", 8, K_RAW},     {"xmp", 3, K_RAW},
             {"iframe", 6, K_RAW},     {"noembed", 7, K_RAW},      {"noframes", 8, K_RAW},
             {"noscript", 8, K_RAW}};

/* The kind of the tag name (lowercase) name[0..k). */
static enum tag_kind kind_of(const char *name, size_t k)
{
    switch (name[0]) {
    case 'f': case 'i': case 'm': case 'n': case 'p': case 's': case 't': case 'x':
        break;
    default:
        return K_OTHER;
    }
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (kinds[i].len == k && kinds[i].name[0] == name[0] &&
            memcmp(kinds[i].name, name, k) == 0)
            return (enum tag_kind)kinds[i].kind;
    return K_OTHER;
}

/* A script or style start tag whose name ends at p: the cut it makes (none
 * when len is 0), and where the scan goes on. */
static size_t candidate(const char *s, size_t len, size_t p, bool style, bool foreign,
                        size_t removed, struct citep_cut *k)
{
    k->len = 0;
    if (foreign) /* not raw text there; and breakout tags may end the svg */
        return p;
    size_t gt = attrs_end(s, len, p, style);
    size_t e = gt == SIZE_MAX ? SIZE_MAX : contents_end(s, len, gt + 1, style);
    if (e == SIZE_MAX)
        return past_end_tag(s, len, p, style ? "style" : "script", style ? 5 : 6);
    size_t n = e - (gt + 1);
    *k = (struct citep_cut){gt + 1 - removed, n, removed + n,
                            style ? CITEP_CUT_STYLE : CITEP_CUT_SCRIPT};
    return e;
}

static bool build_copy(const char *s, size_t len, struct citep_cuts *c, size_t removed)
{
    c->len = len - removed;
    c->buf = citep_malloc(c->len + 1);
    if (!c->buf)
        return false;
    size_t from = 0, to = 0;
    for (size_t i = 0; i < c->v.n; i++) {
        const struct citep_cut *k = &c->v.v[i];
        memcpy(c->buf + to, s + from, k->at - to);
        from += k->at - to + k->len;
        to = k->at;
    }
    memcpy(c->buf + to, s + from, len - from);
    c->buf[c->len] = '\0';
    return true;
}

/* Runs of text shorter than this are left to gumbo: a cut costs its own
 * bookkeeping and a copy of the text back into the tree. */
#define TEXT_CUT_MIN 32

static size_t utf8_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Bytes of a text run that gumbo would not give back as they are: 1 for a
 * reference's '&', CR, NUL and the control characters it replaces with U+FFFD;
 * 2 for the first byte of a sequence that may be such a character (U+0080 to
 * U+009F, U+FDD0 to U+FDEF, U+FFFE and U+FFFF in every plane). */
static const unsigned char RUN_BYTE[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, /* 0x00: TAB, LF, FF pass */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['&'] = 1, [0x7F] = 1, [0xC2] = 2, [0xEF] = 2,
    [0xF0] = 2, [0xF1] = 2, [0xF2] = 2, [0xF3] = 2, [0xF4] = 2};

/* Does gumbo replace the code point c with U+FFFD (its utf8.c)? */
static bool replaced(int32_t c)
{
    return (c >= 0x1 && c <= 0x8) || c == 0xB || (c >= 0xE && c <= 0x1F) ||
           (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) ||
           (c & 0xFFFF) == 0xFFFE || (c & 0xFFFF) == 0xFFFF;
}

/* The text before the '<' at p, from the last '>' in s[lo, p) on: the cut it
 * makes (none when len is 0): all of the run but its white space in front and
 * its first character, when gumbo would give the run as it is (no reference,
 * CR, NUL or character it replaces). */
static void text_run(const char *s, size_t lo, size_t p, size_t removed, struct citep_cut *k)
{
    k->len = 0;
    if (p - lo < TEXT_CUT_MIN + 1)
        return;
    size_t a = p;
    unsigned flags = 0;
    while (a > lo && s[a - 1] != '>')
        flags |= RUN_BYTE[(unsigned char)s[--a]];
    if (a == lo || (flags & 1))
        return; /* no '>' (the '<' before did not open a tag that ended here), or a byte gumbo changes */
    while (a < p && is_ws((unsigned char)s[a]))
        a++;
    if (p - a < TEXT_CUT_MIN)
        return;
    if (flags & 2) {
        int32_t c;
        for (size_t i = a, n; i < p; i += n)
            if ((n = citep_utf8_decode((const unsigned char *)s + i, p - i, &c)) == 0 ||
                replaced(c))
                return;
    }
    a += utf8_len((unsigned char)s[a]);
    if (a < p)
        *k = (struct citep_cut){a - removed, p - a, removed + p - a, CITEP_CUT_TEXT};
}

void citep_cuts_find(const char *s, size_t len, struct citep_cuts *c)
{
    memset(c, 0, sizeof *c);
    /* lo: where the last '>' before a '<' may be looked for (SIZE_MAX: the
     * text before the next '<' is not to be cut) */
    size_t p = 0, foreign = 0, removed = 0, lo = 0;
    struct citep_cut cut;
    while (p < len) {
        const char *lt = memchr(s + p, '<', len - p);
        if (!lt || (size_t)(lt - s) + 1 >= len)
            break;
        p = (size_t)(lt - s);
        if (lo < p && !foreign) {
            text_run(s, lo, p, removed, &cut);
            if (cut.len) {
                if (CITEP_PUSH(&c->v, cut) != CITE_OK)
                    break;
                removed += cut.len;
            }
        }
        lo = p + 1;
        if (s[p + 1] == '!' || s[p + 1] == '?') {
            p = past_decl(s, len, p);
            lo = p - 1; /* its '>' */
            continue;
        }
        bool end = s[p + 1] == '/';
        size_t q = p + 1 + end, k = 0;
        /* Most tags need not be read: an end tag matters only inside svg or
         * math, and only names starting with these letters are listed. */
        if ((end && !foreign) || q >= len || !strchr("fimnpstxFIMNPSTX", s[q]) || !s[q]) {
            p = q;
            continue;
        }
        char name[10];
        while (q < len && k < sizeof name && ((s[q] | 32) >= 'a' && (s[q] | 32) <= 'z'))
            name[k++] = (char)(s[q++] | 32);
        p = q;
        if (!k || (q < len && !is_ws((unsigned char)s[q]) && s[q] != '/' && s[q] != '>'))
            continue; /* not a tag, or a name not listed */
        enum tag_kind kd = kind_of(name, k);
        if (end || kd == K_OTHER) {
            if (end && kd == K_FOREIGN && foreign)
                foreign--;
            continue;
        }
        if (kd == K_STOP)
            break;
        if (kd == K_FOREIGN) {
            const char *gt = memchr(s + q, '>', len - q);
            foreign += !gt || gt[-1] != '/';
        } else if (kd == K_RAW) {
            p = lo = past_end_tag(s, len, q, name, k);
        } else {
            p = lo = candidate(s, len, q, kd == K_STYLE, foreign > 0, removed, &cut);
            if (cut.len) {
                if (CITEP_PUSH(&c->v, cut) != CITE_OK)
                    break;
                removed += cut.len;
            }
        }
    }
    if (c->v.n && !build_copy(s, len, c, removed))
        citep_cuts_free(c);
}

void citep_cuts_free(struct citep_cuts *c)
{
    citep_free(c->buf);
    citep_free(c->v.v);
    memset(c, 0, sizeof *c);
}
