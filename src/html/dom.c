/*
 * dom.c - gumbo behind a small interface (see dom.h).
 *
 * gumbo 0.10.1 records every parse error together with a copy of the stack of
 * open elements, which makes memory quadratic on pages with thousands of
 * unclosed tags; max_errors = 0 turns that bookkeeping off (we never read the
 * errors).  The pre-scan in html.c bounds what gumbo is given.
 *
 * Memory: gumbo makes a few thousand small allocations per page and frees them
 * one by one in gumbo_destroy_output.  Given a citep_gumbo_mem, the tree is
 * built by bumping a pointer through chunks that the parser keeps from one
 * page to the next (chunks freed after every page would make malloc hand the
 * heap top back to the kernel and fault it in again), and the whole tree is
 * dropped at once instead of destroyed node by node.  gumbo's frees during the
 * parse (grown buffers, tokens) are ignored: a parse allocates about 1.2 times
 * what its tree finally holds.  Chunks come from malloc, not citep_malloc:
 * gumbo never checks an allocation, so an injected failure would crash it
 * (the same holds for gumbo's default allocator, which is plain malloc).
 */
#include "dom.h"

#include "cuts.h"
#include "html.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* First chunk; later ones double the total. */
#define GMEM_CHUNK ((size_t)256 * 1024)
/* After a page that needed more than this, the chunks are given back. */
#define GMEM_KEEP ((size_t)8 * 1024 * 1024)

struct gchunk {
    struct gchunk *next;
    size_t size;
    max_align_t data[];
};

struct citep_gumbo_mem {
    struct gchunk *first, *cur; /* the chunks; the one being filled */
    char *p, *end;              /* free space in cur */
    size_t total;               /* bytes in all chunks */
};

cite_status citep_gumbo_mem_new(struct citep_gumbo_mem **out)
{
    *out = citep_calloc(1, sizeof **out);
    return *out ? CITE_OK : CITE_ENOMEM;
}

static void gmem_release(struct citep_gumbo_mem *m)
{
    for (struct gchunk *c = m->first, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    m->first = NULL;
    m->total = 0;
}

void citep_gumbo_mem_free(struct citep_gumbo_mem *m)
{
    if (!m)
        return;
    gmem_release(m);
    citep_free(m);
}

/* The next kept chunk with room for n bytes, or a new one at the end.  Not
 * inlined: gumbo allocates about once per input byte, and the bump in
 * gmem_alloc is then a leaf that saves no registers. */
__attribute__((noinline)) static void *gmem_more(struct citep_gumbo_mem *m, size_t n)
{
    struct gchunk **link = m->cur ? &m->cur->next : &m->first;
    while (*link && (*link)->size < n)
        link = &(*link)->next;
    struct gchunk *c = *link;
    if (!c) {
        size_t size = m->total > GMEM_CHUNK ? m->total : GMEM_CHUNK;
        if (size < n)
            size = n;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->next = NULL;
        c->size = size;
        *link = c;
        m->total += size;
    }
    m->cur = c;
    m->p = (char *)c->data + n;
    m->end = (char *)c->data + c->size;
    return c->data;
}

static void *gmem_alloc(void *ud, size_t n)
{
    struct citep_gumbo_mem *m = ud;
    n = n ? (n + 15) & ~(size_t)15 : 16;
    if ((size_t)(m->end - m->p) >= n) {
        void *r = m->p;
        m->p += n;
        return r;
    }
    return gmem_more(m, n);
}

static void gmem_dealloc(void *ud, void *ptr)
{
    (void)ud;
    (void)ptr;
}

/* Drop the tree: the chunks are refilled by the next parse. */
static void gmem_reset(struct citep_gumbo_mem *m)
{
    if (m->total > GMEM_KEEP)
        gmem_release(m);
    m->cur = NULL;
    m->p = m->end = NULL;
}

static GumboOutput *gparse(struct citep_gumbo_mem *mem, const char *buf, size_t len)
{
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    if (mem) {
        o.allocator = gmem_alloc;
        o.deallocator = gmem_dealloc;
        o.userdata = mem;
    }
    return gumbo_parse_with_options(&o, buf, len);
}

static void gdrop(struct citep_gumbo_mem *mem, GumboOutput *out)
{
    if (mem)
        gmem_reset(mem);
    else if (out)
        gumbo_destroy_output(&kGumboDefaultOptions, out);
}

/* ---- a tree parsed from the cut copy ------------------------------------- */

struct fix {
    const struct citep_cuts *c;
    struct citep_gumbo_mem *mem; /* where text with its cuts put back goes */
    const char *buf; /* the page */
    size_t matched;  /* cuts found in the tree */
    size_t k;        /* cuts [0, k) are at or before the last offset mapped */
};

/* The page's offset of off in the cut copy, searched from where the last one
 * was: offsets come nearly in order. */
static inline size_t map(struct fix *f, size_t off)
{
    const struct citep_cut *v = f->c->v.v;
    size_t k = f->k, n = f->c->v.n;
    while (k < n && v[k].at <= off)
        k++;
    while (k && v[k - 1].at > off)
        k--;
    f->k = k;
    return k ? off + v[k - 1].sum : off;
}

static void fix_pos(struct fix *f, GumboSourcePosition *p)
{
    p->offset = (unsigned)map(f, p->offset);
}

static void fix_piece(struct fix *f, GumboStringPiece *s)
{
    uintptr_t p = (uintptr_t)s->data, b = (uintptr_t)f->c->buf;
    if (p >= b && p - b <= f->c->len)
        s->data = f->buf + map(f, (size_t)(p - b));
}

/* Is e, an empty script or style, the element of a cut? */
static void match_cut(struct fix *f, const GumboElement *e)
{
    bool style = e->tag == GUMBO_TAG_STYLE;
    size_t at = e->end_pos.offset, lo = 0, hi = f->c->v.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->c->v.v[mid].at < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    const struct citep_cut *k = lo < f->c->v.n ? &f->c->v.v[lo] : NULL;
    if (!k || k->at != at || k->kind != (style ? CITEP_CUT_STYLE : CITEP_CUT_SCRIPT) ||
        e->start_pos.offset + e->original_tag.length != at ||
        e->original_end_tag.data != f->c->buf + at ||
        e->original_end_tag.length != (style ? 8u : 9u))
        return;
    for (unsigned i = 0; i < e->attributes.length; i++) {
        const GumboAttribute *a = e->attributes.data[i];
        if (!citep_cut_attr_ok(style, a->name, strlen(a->name)))
            return;
    }
    f->matched++;
}

static void fix_elem(struct fix *f, GumboElement *e)
{
    if ((e->tag == GUMBO_TAG_SCRIPT || e->tag == GUMBO_TAG_STYLE) &&
        e->tag_namespace == GUMBO_NAMESPACE_HTML && !e->children.length &&
        e->original_end_tag.length)
        match_cut(f, e);
    fix_pos(f, &e->start_pos);
    fix_pos(f, &e->end_pos);
    fix_piece(f, &e->original_tag);
    fix_piece(f, &e->original_end_tag);
    for (unsigned i = 0; i < e->attributes.length; i++) {
        GumboAttribute *a = e->attributes.data[i];
        fix_piece(f, &a->original_name);
        fix_piece(f, &a->original_value);
        fix_pos(f, &a->name_start);
        fix_pos(f, &a->name_end);
        /* value_start and value_end: gumbo 0.10.1 leaves them unset */
    }
}

/* A text, comment or CDATA node: pointed at the page, with the bytes of the
 * text cuts in its source put back into its text. The text must follow the
 * source byte for byte up to the last cut (no reference or CR before it:
 * gumbo gave the cut bytes unchanged, and the kept ones too); false when it
 * does not, or when a cut is in a node that is not text. */
static bool fix_text(struct fix *f, GumboNode *node)
{
    GumboText *t = &node->v.text;
    uintptr_t p = (uintptr_t)t->original_text.data, b = (uintptr_t)f->c->buf;
    const struct citep_cut *v = f->c->v.v;
    size_t nc = f->c->v.n, a = (size_t)(p - b), n = t->original_text.length, lo = 0, hi = nc;
    if (p < b || a > f->c->len) {
        fix_pos(f, &t->start_pos);
        return true;
    }
    while (lo < hi) { /* the first cut after the node's first byte */
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].at <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo, add = 0;
    for (; end < nc && v[end].at <= a + n; end++) {
        if (v[end].kind != CITEP_CUT_TEXT || node->type != GUMBO_NODE_TEXT)
            return false;
        add += v[end].len;
    }
    if (end > lo) {
        const char *src = f->c->buf + a, *dec = t->text;
        size_t dn = strlen(dec), i = 0, o = 0; /* i: source and text read; o: written */
        char *out = gmem_alloc(f->mem, dn + add + 1);
        if (!out)
            return false;
        for (size_t q = lo; q < end; q++) {
            size_t m = v[q].at - a - i; /* the source up to the cut, which is its own text */
            if (i + m > dn || memcmp(src + i, dec + i, m) != 0)
                return false;
            memcpy(out + o, dec + i, m);
            o += m;
            i += m;
            memcpy(out + o, f->buf + v[q].at + v[q].sum - v[q].len, v[q].len);
            o += v[q].len;
        }
        memcpy(out + o, dec + i, dn - i + 1); /* the rest, and the NUL */
        t->text = out;
        f->matched += end - lo;
        size_t pa = map(f, a);
        t->original_text.data = f->buf + pa;
        t->original_text.length = map(f, a + n) - pa;
        t->start_pos.offset = (unsigned)pa;
        return true;
    }
    fix_pos(f, &t->start_pos);
    fix_piece(f, &t->original_text);
    return true;
}

/* Point the tree at the page instead of the cut copy (offsets and the
 * original_* pieces; line and column are left as they were), put the cut text
 * back, and check that every cut was the contents of its element or in the
 * source of a text node: the tree then is the one the whole page gives, less
 * the contents of the cut scripts and style sheets. */
static bool fix_tree(GumboOutput *out, const struct citep_cuts *c, const char *buf,
                     struct citep_gumbo_mem *mem)
{
    struct fix f = {c, mem, buf, 0, 0};
    GumboNode *root = out->document;
    for (GumboNode *n = root; n; n = (GumboNode *)citep_dom_next(n, root, true)) {
        if (citep_dom_is_elem(n))
            fix_elem(&f, &n->v.element);
        else if (n->type != GUMBO_NODE_DOCUMENT && !fix_text(&f, n))
            return false;
    }
    return f.matched == c->v.n;
}

cite_status citep_dom_parse(struct citep_dom *dom, const char *buf, size_t len,
                            struct citep_gumbo_mem *mem)
{
    dom->buf = buf;
    dom->len = len;
    dom->mem = mem;
    dom->out = NULL;
    dom->cuts = 0;
    struct citep_cuts cuts = {0};
    if (mem) /* citep_dom_raw_child parses in mem */
        citep_cuts_find(buf, len, &cuts);
    if (cuts.buf) {
        dom->out = gparse(mem, cuts.buf, cuts.len);
        if (!dom->out || !fix_tree(dom->out, &cuts, buf, mem)) {
            gdrop(mem, dom->out);
            dom->out = NULL;
        } else {
            dom->cuts = cuts.v.n;
        }
    }
    citep_cuts_free(&cuts);
    if (!dom->out)
        dom->out = gparse(mem, buf, len);
    return dom->out ? CITE_OK : CITE_ENOMEM;
}

const GumboNode *citep_dom_raw_child(const struct citep_dom *dom, const GumboNode *n)
{
    if (!citep_dom_is_elem(n))
        return NULL;
    const GumboElement *e = &n->v.element;
    if (e->children.length)
        return e->children.data[0];
    size_t a = e->start_pos.offset + e->original_tag.length, b = e->end_pos.offset;
    bool style = e->tag == GUMBO_TAG_STYLE;
    if (!dom->mem || (e->tag != GUMBO_TAG_SCRIPT && !style) || !e->original_tag.length ||
        !e->original_end_tag.length || b <= a || b > dom->len)
        return NULL;
    /* Cut: the contents, parsed on their own, give the same text node (their
     * end was plain, and raw text does not depend on what precedes it). */
    const char *open = style ? "<style>" : "<script>", *close = style ? "</style>" : "</script>";
    size_t no = strlen(open), nc = strlen(close), len = no + (b - a) + nc;
    char *s = gmem_alloc(dom->mem, len);
    if (!s)
        return NULL;
    memcpy(s, open, no);
    memcpy(s + no, dom->buf + a, b - a);
    memcpy(s + no + b - a, close, nc);
    GumboOutput *out = gparse(dom->mem, s, len);
    const GumboNode *root = out ? out->document : NULL;
    for (const GumboNode *k = root; k; k = citep_dom_next(k, root, true))
        if (citep_dom_tag(k, e->tag))
            return k->v.element.children.length ? k->v.element.children.data[0] : NULL;
    return NULL;
}

char *citep_dom_script_text(const struct citep_dom *dom, const GumboNode *n, size_t max,
                            size_t *len)
{
    if (!citep_dom_tag(n, GUMBO_TAG_SCRIPT))
        return NULL;
    const GumboElement *e = &n->v.element;
    const char *s = NULL;
    size_t a = e->start_pos.offset + e->original_tag.length, b = e->end_pos.offset;
    if (e->children.length) {
        const GumboNode *t = e->children.data[0];
        if (t->type != GUMBO_NODE_TEXT || !t->v.text.text)
            return NULL;
        s = t->v.text.text;
        b = strlen(s);
        a = 0;
    } else if (dom->mem && e->original_tag.length && e->original_end_tag.length && a < b &&
               b <= dom->len) {
        s = dom->buf;
    } else {
        return NULL;
    }
    if (b - a > max)
        return NULL;
    char *r = citep_malloc(b - a + 1);
    if (!r)
        return NULL;
    memcpy(r, s + a, b - a);
    r[b - a] = '\0';
    *len = b - a;
    return r;
}

void citep_dom_free(struct citep_dom *dom)
{
    gdrop(dom->mem, dom->out);
    dom->out = NULL;
}

const GumboNode *citep_dom_root(const struct citep_dom *dom)
{
    return dom->out ? dom->out->document : NULL;
}

bool citep_dom_tag_is(const GumboNode *n, const char *name)
{
    if (!citep_dom_is_elem(n))
        return false;
    if (n->v.element.tag != GUMBO_TAG_UNKNOWN)
        return strcmp(gumbo_normalized_tagname(n->v.element.tag), name) == 0;
    /* Unknown tags: the name is only in the source text "<amp-twitter ...". */
    GumboStringPiece t = n->v.element.original_tag;
    size_t k = strlen(name);
    if (t.length < k + 1 || t.data[0] != '<' || strncasecmp(t.data + 1, name, k) != 0)
        return false;
    if (t.length == k + 1)
        return true;
    unsigned char c = (unsigned char)t.data[k + 1];
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
           c == '\f';
}

/* name (lowercase) against an attribute name: the first byte decides most. */
static bool attr_name_is(const char *an, const char *name)
{
    unsigned char c = (unsigned char)an[0];
    return (c >= 'A' && c <= 'Z' ? c + 32 : c) == (unsigned char)name[0] &&
           strcasecmp(an, name) == 0;
}

const char *citep_dom_attr(const GumboNode *n, const char *name)
{
    if (!citep_dom_is_elem(n))
        return NULL;
    const GumboVector *v = &n->v.element.attributes;
    for (unsigned i = 0; i < v->length; i++) {
        const GumboAttribute *a = v->data[i];
        if (attr_name_is(a->name, name))
            return a->value;
    }
    return NULL;
}

void citep_dom_attrs(const GumboNode *n, const char *const *names, size_t k,
                     const char **vals)
{
    for (size_t j = 0; j < k; j++)
        vals[j] = NULL;
    if (!citep_dom_is_elem(n))
        return;
    const GumboVector *v = &n->v.element.attributes;
    for (unsigned i = 0; i < v->length; i++) {
        const GumboAttribute *a = v->data[i];
        for (size_t j = 0; j < k; j++)
            if (!vals[j] && attr_name_is(a->name, names[j]))
                vals[j] = a->value;
    }
}

static bool has_word(const char *s, const char *w)
{
    size_t k = strlen(w);
    while (s && *s) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f')
            s++;
        size_t m = strcspn(s, " \t\n\r\f");
        if (m == k && strncmp(s, w, k) == 0)
            return true;
        s += m;
    }
    return false;
}

bool citep_dom_has_class(const GumboNode *n, const char *cls)
{
    return has_word(citep_dom_attr(n, "class"), cls);
}

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

const char *citep_dom_strcasestr(const char *s, const char *needle)
{
    size_t k = strlen(needle);
    if (!k)
        return s && *s ? s : NULL;
    unsigned char first = lower((unsigned char)needle[0]);
    for (; s && *s; s++)
        if (lower((unsigned char)*s) == first && strncasecmp(s, needle, k) == 0)
            return s;
    return NULL;
}

bool citep_dom_hint(const GumboNode *n, const char *frag)
{
    static const char *const names[] = {"class", "id"};
    const char *v[2];
    citep_dom_attrs(n, names, 2, v);
    return citep_dom_strcasestr(v[0], frag) || citep_dom_strcasestr(v[1], frag);
}

bool citep_dom_contains(const GumboNode *a, const GumboNode *n)
{
    for (; n; n = n->parent)
        if (n == a)
            return true;
    return false;
}

size_t citep_dom_start(const GumboNode *n)
{
    if (citep_dom_is_elem(n))
        return n->v.element.start_pos.offset;
    if (n->type == GUMBO_NODE_DOCUMENT)
        return 0;
    return n->v.text.start_pos.offset;
}

static size_t own_end(const GumboNode *n)
{
    if (citep_dom_is_elem(n)) {
        const GumboElement *e = &n->v.element;
        if (e->original_end_tag.length)
            return e->end_pos.offset + e->original_end_tag.length;
        return e->start_pos.offset + e->original_tag.length;
    }
    if (n->type == GUMBO_NODE_DOCUMENT)
        return 0;
    return n->v.text.start_pos.offset + n->v.text.original_text.length;
}

size_t citep_dom_end(const GumboNode *n)
{
    /* An element closed implicitly ends where its last descendant ends. */
    size_t end = own_end(n);
    if (citep_dom_is_elem(n) && n->v.element.original_end_tag.length)
        return end;
    for (const GumboNode *c = citep_dom_next(n, n, true); c; c = citep_dom_next(c, n, true)) {
        size_t e = own_end(c);
        if (e > end)
            end = e;
    }
    return end;
}

static bool inline_elem(const GumboNode *n)
{
    static const GumboTag tags[] = {GUMBO_TAG_A,    GUMBO_TAG_SPAN,   GUMBO_TAG_B,
                                    GUMBO_TAG_I,    GUMBO_TAG_EM,     GUMBO_TAG_STRONG,
                                    GUMBO_TAG_SMALL, GUMBO_TAG_U,     GUMBO_TAG_S,
                                    GUMBO_TAG_SUB,  GUMBO_TAG_SUP,    GUMBO_TAG_ABBR,
                                    GUMBO_TAG_CODE, GUMBO_TAG_MARK,   GUMBO_TAG_Q,
                                    GUMBO_TAG_CITE, GUMBO_TAG_TIME,   GUMBO_TAG_FONT};
    return citep_dom_tag_among(n, tags, sizeof tags / sizeof *tags);
}

bool citep_dom_tag_among(const GumboNode *n, const GumboTag *tags, size_t k)
{
    if (!citep_dom_is_elem(n))
        return false;
    for (size_t i = 0; i < k; i++)
        if (n->v.element.tag == tags[i])
            return true;
    return false;
}

static bool skipped(const GumboNode *n)
{
    return citep_dom_tag(n, GUMBO_TAG_SCRIPT) || citep_dom_tag(n, GUMBO_TAG_STYLE) ||
           citep_dom_tag(n, GUMBO_TAG_TEMPLATE) || citep_dom_tag(n, GUMBO_TAG_NOSCRIPT);
}

/* How much of the word at s (up to white space) fits when used bytes of max
 * are taken: its first byte always (it was checked), then bytes while under
 * max, and the rest of a character begun under it. */
static size_t word_take(const char *s, size_t used, size_t max)
{
    size_t run = strcspn(s, " \t\n\r\f");
    size_t limit = max > used ? max - used : 0;
    size_t take = run <= limit ? run : limit ? limit : 1;
    while (take < run && ((unsigned char)s[take] & 0xC0) == 0x80)
        take++;
    return take;
}

cite_status citep_dom_text(const GumboNode *n, const GumboNode *skip, struct citep_buf *b,
                           size_t max)
{
    bool space = false;
    size_t start = b->len;
    for (const GumboNode *c = n; c; c = citep_dom_next(c, n, !skipped(c) && c != skip)) {
        if (c == skip) {
            space = true;
            continue;
        }
        if (citep_dom_is_elem(c) && !inline_elem(c))
            space = true; /* block boundaries separate words */
        if (c->type != GUMBO_NODE_TEXT && c->type != GUMBO_NODE_WHITESPACE &&
            c->type != GUMBO_NODE_CDATA)
            continue;
        for (const char *s = c->v.text.text; *s;) {
            unsigned char ch = (unsigned char)*s;
            if (b->len - start >= max && (ch & 0xC0) != 0x80)
                return CITE_OK;
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
                space = true;
                s++;
                continue;
            }
            if (space && b->len > start && citep_buf_addc(b, ' ') != CITE_OK)
                return CITE_ENOMEM;
            space = false;
            size_t take = word_take(s, b->len - start, max);
            if (citep_buf_add(b, s, take) != CITE_OK)
                return CITE_ENOMEM;
            s += take;
        }
    }
    return CITE_OK;
}
