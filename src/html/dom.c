/*
 * dom.c - gumbo behind a small interface (see dom.h).
 *
 * gumbo 0.10.1 records every parse error together with a copy of the stack of
 * open elements, which makes memory quadratic on pages with thousands of
 * unclosed tags; max_errors = 0 turns that bookkeeping off (we never read the
 * errors).  The pre-scan in html.c bounds what gumbo is given.
 *
 * gumbo's allocations go to a pool owned by the parse: small blocks are cut
 * from large chunks and never freed one by one (gumbo frees most of what it
 * allocates only when the tree is destroyed, and the few temporaries it drops
 * earlier are small), large blocks (growing text buffers) are allocated and
 * freed one by one.  Freeing the tree is then freeing the chunks, with no walk
 * over the nodes.  gumbo never checks an allocation's result, so when our
 * allocator fails the pool falls back to the C library's malloc and the parse
 * reports CITE_ENOMEM once gumbo returns; only when both fail does gumbo see
 * NULL, as it would with its default allocator.  Under AddressSanitizer every
 * block is a separate allocation so that overruns inside gumbo stay visible.
 */
#include "dom.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#if defined(__SANITIZE_ADDRESS__)
#define POOL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ASAN 1
#endif
#endif

#ifdef POOL_ASAN
#define POOL_BIG 0 /* every block on its own */
#else
#define POOL_BIG 2048 /* larger blocks are allocated on their own */
#endif
#define POOL_CHUNK ((size_t)32 * 1024)
#define POOL_CHUNK_MAX ((size_t)1024 * 1024)
#define POOL_ALIGN alignof(max_align_t)

/* Every block (chunk, big block) starts with this header; a block handed to
 * gumbo is preceded by one word: 0 for a piece of a chunk, else its header. */
struct pool_blk {
    struct pool_blk *prev, *next;
    bool sys; /* from the C library's malloc (our allocator had failed) */
};

struct citep_dom_pool {
    struct pool_blk *chunks, *big;
    char *cur;   /* where the next block's word goes */
    size_t left; /* bytes free in the current chunk from cur */
    size_t next_chunk;
    bool failed;
};

#define POOL_ROUND(n) (((n) + POOL_ALIGN - 1) / POOL_ALIGN * POOL_ALIGN)
#define POOL_HDR POOL_ROUND(sizeof(struct pool_blk) + sizeof(void *))

static struct pool_blk *blk_new(struct citep_dom_pool *p, size_t n, struct pool_blk **list)
{
    struct pool_blk *b = citep_malloc(n);
    bool sys = false;
    if (!b) {
        p->failed = true;
        b = malloc(n);
        sys = true;
        if (!b)
            return NULL;
    }
    b->sys = sys;
    b->prev = NULL;
    b->next = *list;
    if (*list)
        (*list)->prev = b;
    *list = b;
    return b;
}

static void blk_free(struct pool_blk *b)
{
    if (b->sys)
        free(b);
    else
        citep_free(b);
}

static void *pool_big(struct citep_dom_pool *p, size_t n)
{
    if (n > SIZE_MAX - POOL_HDR)
        return NULL;
    struct pool_blk *b = blk_new(p, POOL_HDR + n, &p->big);
    if (!b)
        return NULL;
    char *r = (char *)b + POOL_HDR;
    ((struct pool_blk **)r)[-1] = b;
    return r;
}

static void *pool_alloc(void *ud, size_t n)
{
    struct citep_dom_pool *p = ud;
    if (n > POOL_BIG)
        return pool_big(p, n);
    size_t need = POOL_ROUND(sizeof(void *) + n);
    if (p->left < need) {
        size_t size = p->next_chunk;
        struct pool_blk *c = blk_new(p, size, &p->chunks);
        if (!c)
            return NULL;
        if (p->next_chunk < POOL_CHUNK_MAX)
            p->next_chunk *= 2;
        p->cur = (char *)c + POOL_HDR - sizeof(void *);
        p->left = size - (POOL_HDR - sizeof(void *));
    }
    char *r = p->cur + sizeof(void *);
    ((struct pool_blk **)r)[-1] = NULL;
    p->cur += need;
    p->left -= need;
    return r;
}

static void pool_dealloc(void *ud, void *ptr)
{
    struct citep_dom_pool *p = ud;
    struct pool_blk *b = ptr ? ((struct pool_blk **)ptr)[-1] : NULL;
    if (!b)
        return;
    if (b->prev)
        b->prev->next = b->next;
    else
        p->big = b->next;
    if (b->next)
        b->next->prev = b->prev;
    blk_free(b);
}

static void pool_free_list(struct pool_blk *b)
{
    while (b) {
        struct pool_blk *next = b->next;
        blk_free(b);
        b = next;
    }
}

cite_status citep_dom_parse(struct citep_dom *dom, const char *buf, size_t len)
{
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    dom->buf = buf;
    dom->len = len;
    dom->out = NULL;
    dom->pool = citep_calloc(1, sizeof *dom->pool);
    if (!dom->pool)
        return CITE_ENOMEM;
    dom->pool->next_chunk = POOL_CHUNK;
    o.allocator = pool_alloc;
    o.deallocator = pool_dealloc;
    o.userdata = dom->pool;
    dom->out = gumbo_parse_with_options(&o, buf, len);
    return dom->out && !dom->pool->failed ? CITE_OK : CITE_ENOMEM;
}

void citep_dom_free(struct citep_dom *dom)
{
    if (dom->pool) {
        pool_free_list(dom->pool->chunks);
        pool_free_list(dom->pool->big);
        citep_free(dom->pool);
    }
    dom->pool = NULL;
    dom->out = NULL;
}

const GumboNode *citep_dom_root(const struct citep_dom *dom)
{
    return dom->out ? dom->out->document : NULL;
}

static const GumboVector *children(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return &n->v.element.children;
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    return NULL;
}

const GumboNode *citep_dom_next(const GumboNode *n, const GumboNode *top, bool descend)
{
    const GumboVector *c = children(n);
    if (descend && c && c->length)
        return c->data[0];
    while (n && n != top) {
        const GumboNode *p = n->parent;
        if (!p)
            return NULL;
        c = children(p);
        if (c && n->index_within_parent + 1 < c->length)
            return c->data[n->index_within_parent + 1];
        n = p;
    }
    return NULL;
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
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
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
