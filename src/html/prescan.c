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

static const char *const raw_elems[] = {"script", "style", "textarea", "title", "xmp",
                                        "iframe", "noembed", "noframes", "noscript",
                                        "plaintext"};

static bool is_raw(const struct citep_tok *t)
{
    for (size_t i = 0; i < sizeof raw_elems / sizeof *raw_elems; i++)
        if (citep_tok_is(t, raw_elems[i]))
            return true;
    return false;
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
    char q = 0;
    *self_closing = false;
    for (size_t i = p + 1; i < len; i++) {
        char c = s[i];
        if (q) {
            if (c == q)
                q = 0;
        } else if (c == '"' || c == '\'') {
            if (s[i - 1] == '=' || isspace((unsigned char)s[i - 1]))
                q = c;
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

bool citep_tok_skip_raw(const char *s, size_t len, size_t *pos, const struct citep_tok *tag)
{
    if (tag->type != CITEP_TOK_START || tag->self_closing || !is_raw(tag))
        return false;
    char name[16];
    size_t n = tag->name_len < sizeof name - 1 ? tag->name_len : sizeof name - 1;
    memcpy(name, tag->name, n);
    name[n] = '\0';
    *pos = citep_tok_is(tag, "plaintext") ? len : find_end_tag(s, len, *pos, name, n);
    return true;
}

/* ---- measurement ----------------------------------------------------------- */

static const char *const void_elems[] = {"area", "base", "br",    "col",   "embed",
                                         "hr",   "img",  "input", "link",  "meta",
                                         "param", "source", "track", "wbr", "keygen"};
static const char *const fmt_elems[] = {"a",      "b",  "big", "code", "em",
                                        "font",   "i",  "nobr", "s",   "small",
                                        "strike", "strong", "tt", "u"};
static const char *const implied[] = {"p", "li", "dt", "dd", "option", "tr", "td", "th"};

static bool in_list(const struct citep_tok *t, const char *const *l, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (citep_tok_is(t, l[i]))
            return true;
    return false;
}
#define IN(t, l) in_list((t), (l), sizeof(l) / sizeof *(l))

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
        h = (h ^ (uint32_t)tolower((unsigned char)t->name[i])) * 16777619u;
    return h % BUCKETS;
}

static void pop(struct scan *sc)
{
    sc->open[sc->stack[--sc->depth]]--;
}

static void on_start(struct scan *sc, const struct citep_tok *t, size_t max_depth)
{
    unsigned b = bucket(t);
    if (IN(t, fmt_elems)) {
        if (!citep_tok_is(t, "a") || sc->fmt[b] == 0)
            sc->fmt[b]++, sc->nfmt++;
    }
    if (IN(t, void_elems) || (t->self_closing && sc->foreign))
        return;
    if (sc->depth && IN(t, implied) && sc->stack[sc->depth - 1] == b)
        pop(sc);
    if (sc->depth >= max_depth + 1)
        return; /* already over the limit: no need to grow */
    sc->stack[sc->depth++] = (unsigned short)b;
    sc->open[b]++;
    if (citep_tok_is(t, "svg") || citep_tok_is(t, "math"))
        sc->foreign++;
}

static void on_end(struct scan *sc, const struct citep_tok *t)
{
    unsigned b = bucket(t);
    if (IN(t, fmt_elems) && sc->fmt[b])
        sc->fmt[b]--, sc->nfmt--;
    if (!sc->open[b])
        return;
    while (sc->depth && sc->stack[sc->depth - 1] != b)
        pop(sc);
    if (sc->depth)
        pop(sc);
    if ((citep_tok_is(t, "svg") || citep_tok_is(t, "math")) && sc->foreign)
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
            out->tags++;
            if (sc.depth >= cap && !IN(&t, void_elems))
                coarse++;
            else
                on_start(&sc, &t, cap);
            citep_tok_skip_raw(s, len, &pos, &t);
        } else if (t.type == CITEP_TOK_END) {
            if (coarse)
                coarse--;
            else
                on_end(&sc, &t);
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
