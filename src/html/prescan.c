/*
 * prescan.c - linear HTML tokenizer and the pre-parse measurement (see
 * prescan.h).  The depth estimate follows the WHATWG tree builder loosely:
 * void elements are never pushed, an end tag pops to its matching open
 * element (ignored when none is open), and the common implied end tags
 * (p, li, dt, dd, option, tr, td, th) close their predecessor, so ordinary
 * sloppy pages are not overestimated.  Formatting elements are counted the
 * way the "list of active formatting elements" grows: only their own end tag
 * removes them, and a new <a> closes the previous one.
 */
#include "prescan.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

static bool name_char(unsigned char c)
{
    return c && !isspace(c) && c != '/' && c != '>';
}

bool citep_tok_is(const struct citep_tok *t, const char *name)
{
    size_t k = strlen(name);
    return t->name_len == k && strncasecmp(t->name, name, k) == 0;
}

/* What the pre-scan needs to know of a tag name, looked up once per tag. */
enum {
    T_RAW = 1,       /* raw text: contents are not markup */
    T_PLAIN = 2,     /* plaintext: the rest of the page is raw text */
    T_VOID = 4,      /* never pushed on the stack of open elements */
    T_FMT = 8,       /* a formatting element */
    T_A = 16,        /* <a>: a new one closes the previous */
    T_IMPLIED = 32,  /* its start closes a predecessor of the same name */
    T_FOREIGN = 64   /* svg, math */
};

struct tag_class {
    char name[10];
    unsigned char len, flags;
};

static const struct tag_class tag_classes[] = {
    {"a", 1, T_FMT | T_A}, {"area", 4, T_VOID}, {"b", 1, T_FMT}, {"base", 4, T_VOID},
    {"big", 3, T_FMT}, {"br", 2, T_VOID}, {"code", 4, T_FMT}, {"col", 3, T_VOID},
    {"dd", 2, T_IMPLIED}, {"dt", 2, T_IMPLIED}, {"em", 2, T_FMT}, {"embed", 5, T_VOID},
    {"font", 4, T_FMT}, {"hr", 2, T_VOID}, {"i", 1, T_FMT}, {"iframe", 6, T_RAW},
    {"img", 3, T_VOID}, {"input", 5, T_VOID}, {"keygen", 6, T_VOID},
    {"li", 2, T_IMPLIED}, {"link", 4, T_VOID}, {"math", 4, T_FOREIGN},
    {"meta", 4, T_VOID}, {"nobr", 4, T_FMT}, {"noembed", 7, T_RAW},
    {"noframes", 8, T_RAW}, {"noscript", 8, T_RAW}, {"option", 6, T_IMPLIED},
    {"p", 1, T_IMPLIED}, {"param", 5, T_VOID}, {"plaintext", 9, T_RAW | T_PLAIN},
    {"s", 1, T_FMT}, {"script", 6, T_RAW}, {"small", 5, T_FMT}, {"source", 6, T_VOID},
    {"strike", 6, T_FMT}, {"strong", 6, T_FMT}, {"style", 5, T_RAW},
    {"svg", 3, T_FOREIGN}, {"td", 2, T_IMPLIED}, {"textarea", 8, T_RAW},
    {"th", 2, T_IMPLIED}, {"title", 5, T_RAW}, {"tr", 2, T_IMPLIED},
    {"track", 5, T_VOID}, {"tt", 2, T_FMT}, {"u", 1, T_FMT}, {"wbr", 3, T_VOID},
    {"xmp", 3, T_RAW}};

/* tag_classes[by_first[c - 'a'] .. by_first[c - 'a' + 1]) start with letter c. */
static const unsigned char by_first[27] = {0,  2,  6,  8,  10, 12, 13, 13, 14,
                                           18, 18, 19, 21, 23, 27, 28, 31, 31,
                                           31, 39, 46, 47, 47, 48, 49, 49, 49};
_Static_assert(sizeof tag_classes / sizeof *tag_classes == 49, "by_first is out of date");

#define TAG_NAME_MAX 9 /* longest name in tag_classes */

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* The flags of a tag token's name (0 for names not listed). */
static unsigned tag_flags(const struct citep_tok *t)
{
    if (t->name_len > TAG_NAME_MAX)
        return 0;
    char ln[TAG_NAME_MAX];
    for (size_t i = 0; i < t->name_len; i++)
        ln[i] = (char)lower((unsigned char)t->name[i]);
    if (!t->name_len || ln[0] < 'a' || ln[0] > 'z')
        return 0;
    for (size_t i = by_first[ln[0] - 'a']; i < by_first[ln[0] - 'a' + 1]; i++) {
        const struct tag_class *c = &tag_classes[i];
        if (c->len == t->name_len && memcmp(c->name, ln, t->name_len) == 0)
            return c->flags;
    }
    return 0;
}

/* Where "</name" starts at or after p, or len. */
static size_t find_end_tag(const char *s, size_t len, size_t p, const char *name, size_t n)
{
    while (p < len) {
        const char *lt = memchr(s + p, '<', len - p);
        if (!lt)
            return len;
        p = (size_t)(lt - s);
        if (p + 2 + n <= len && s[p + 1] == '/' && strncasecmp(s + p + 2, name, n) == 0 &&
            (p + 2 + n == len || !name_char((unsigned char)s[p + 2 + n])))
            return p;
        p++;
    }
    return len;
}

/* End of a tag starting at p ('<'), honouring quoted attribute values. */
static size_t tag_end(const char *s, size_t len, size_t p, bool *self_closing)
{
    *self_closing = false;
    for (size_t i = p + 1; i < len; i++) {
        char c = s[i];
        if (c == '"' || c == '\'') {
            if (s[i - 1] == '=' || isspace((unsigned char)s[i - 1])) {
                const char *q = memchr(s + i + 1, c, len - i - 1);
                if (!q)
                    return len;
                i = (size_t)(q - s);
            }
        } else if (c == '>') {
            *self_closing = s[i - 1] == '/';
            return i + 1;
        }
    }
    return len;
}

static bool markup_close(const char *s, size_t len, size_t p, const char *pat, size_t *end)
{
    size_t k = strlen(pat);
    for (size_t i = p; i + k <= len; i++) {
        const char *hit = memchr(s + i, pat[0], len - i);
        if (!hit)
            break;
        i = (size_t)(hit - s);
        if (i + k <= len && memcmp(s + i, pat, k) == 0) {
            *end = i + k;
            return true;
        }
    }
    *end = len;
    return false;
}

bool citep_tok_next(const char *s, size_t len, size_t *pos, struct citep_tok *t)
{
    size_t p = *pos;
    if (p >= len)
        return false;
    memset(t, 0, sizeof *t);
    t->start = p;
    if (s[p] != '<' || p + 1 >= len) {
        const char *lt = memchr(s + p + 1, '<', len - p - 1);
        t->type = CITEP_TOK_TEXT;
        t->end = lt ? (size_t)(lt - s) : len;
        *pos = t->end;
        return true;
    }
    unsigned char c = (unsigned char)s[p + 1];
    if (c == '!' || c == '?') {
        t->type = CITEP_TOK_OTHER;
        if (p + 3 < len && s[p + 2] == '-' && s[p + 3] == '-')
            markup_close(s, len, p + 4, "-->", &t->end);
        else
            markup_close(s, len, p + 2, ">", &t->end);
        *pos = t->end;
        return true;
    }
    bool end = c == '/';
    size_t n0 = p + 1 + end;
    if (n0 >= len || !isalpha((unsigned char)s[n0])) {
        /* a lone '<' is text */
        const char *lt = memchr(s + p + 1, '<', len - p - 1);
        t->type = CITEP_TOK_TEXT;
        t->end = lt ? (size_t)(lt - s) : len;
        *pos = t->end;
        return true;
    }
    size_t n1 = n0;
    while (n1 < len && name_char((unsigned char)s[n1]))
        n1++;
    t->type = end ? CITEP_TOK_END : CITEP_TOK_START;
    t->name = s + n0;
    t->name_len = n1 - n0;
    t->end = tag_end(s, len, p, &t->self_closing);
    *pos = t->end;
    return true;
}

static bool skip_raw(const char *s, size_t len, size_t *pos, const struct citep_tok *tag,
                     unsigned flags)
{
    if (tag->type != CITEP_TOK_START || tag->self_closing || !(flags & T_RAW))
        return false;
    *pos = flags & T_PLAIN ? len : find_end_tag(s, len, *pos, tag->name, tag->name_len);
    return true;
}

bool citep_tok_skip_raw(const char *s, size_t len, size_t *pos, const struct citep_tok *tag)
{
    return skip_raw(s, len, pos, tag, tag->type == CITEP_TOK_START ? tag_flags(tag) : 0);
}

/* ---- measurement ----------------------------------------------------------- */

#define BUCKETS 512
struct scan {
    unsigned short *stack; /* bucket of each open element */
    size_t depth;
    size_t open[BUCKETS]; /* open elements per bucket */
    size_t fmt[BUCKETS];  /* active formatting elements per bucket */
    size_t nfmt;
    size_t foreign;       /* open svg/math */
};

static unsigned bucket(const struct citep_tok *t)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < t->name_len; i++)
        h = (h ^ (uint32_t)lower((unsigned char)t->name[i])) * 16777619u;
    return h % BUCKETS;
}

static void pop(struct scan *sc)
{
    sc->open[sc->stack[--sc->depth]]--;
}

static void on_start(struct scan *sc, const struct citep_tok *t, unsigned flags,
                     size_t max_depth)
{
    unsigned b = bucket(t);
    if (flags & T_FMT) {
        if (!(flags & T_A) || sc->fmt[b] == 0)
            sc->fmt[b]++, sc->nfmt++;
    }
    if ((flags & T_VOID) || (t->self_closing && sc->foreign))
        return;
    if (sc->depth && (flags & T_IMPLIED) && sc->stack[sc->depth - 1] == b)
        pop(sc);
    if (sc->depth >= max_depth + 1)
        return; /* already over the limit: no need to grow */
    sc->stack[sc->depth++] = (unsigned short)b;
    sc->open[b]++;
    if (flags & T_FOREIGN)
        sc->foreign++;
}

static void on_end(struct scan *sc, const struct citep_tok *t, unsigned flags)
{
    unsigned b = bucket(t);
    if ((flags & T_FMT) && sc->fmt[b])
        sc->fmt[b]--, sc->nfmt--;
    if (!sc->open[b])
        return;
    while (sc->depth && sc->stack[sc->depth - 1] != b)
        pop(sc);
    if (sc->depth)
        pop(sc);
    if ((flags & T_FOREIGN) && sc->foreign)
        sc->foreign--;
}

void citep_prescan(const char *s, size_t len, size_t max_depth, size_t max_fmt,
                   struct citep_prescan *out)
{
    static struct scan zero;
    struct scan sc = zero;
    /* The first TRACKED open elements are tracked by name; deeper ones are only
     * counted (any end tag closes one), which is coarse but still linear. */
    unsigned short stack_mem[4096];
    memset(out, 0, sizeof *out);
    sc.stack = stack_mem;
    size_t cap = sizeof stack_mem / sizeof *stack_mem - 1;
    size_t coarse = 0;
    size_t pos = 0;
    struct citep_tok t;
    while (citep_tok_next(s, len, &pos, &t)) {
        if (t.type == CITEP_TOK_START) {
            unsigned flags = tag_flags(&t);
            out->tags++;
            if (sc.depth >= cap && !(flags & T_VOID))
                coarse++;
            else
                on_start(&sc, &t, flags, cap);
            skip_raw(s, len, &pos, &t, flags);
        } else if (t.type == CITEP_TOK_END) {
            if (coarse)
                coarse--;
            else
                on_end(&sc, &t, tag_flags(&t));
        }
        out->markup += t.end - t.start;
        if (sc.depth + coarse > out->max_depth)
            out->max_depth = sc.depth + coarse;
        if (sc.nfmt > out->max_fmt)
            out->max_fmt = sc.nfmt;
        if (out->max_depth > max_depth || out->max_fmt > max_fmt)
            return;
    }
}
