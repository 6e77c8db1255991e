/*
 * html.c - the HTML stage (see html.h), following the WHATWG HTML parsing
 * model through gumbo.
 *
 * 1. A linear pre-scan (prescan.c) measures what makes gumbo's tree building
 *    slow or large; pages past the limits below are not given to gumbo: their
 *    tags are stripped for a degraded main text, with a warning.
 * 2. gumbo parses d->utf8; its source offsets map to the input through d->utf8.
 * 3. Metadata (title, published, publisher) from <meta>, JSON-LD and <time>.
 * 4. Embedded posts (src/embeds/embeds_html.c).
 * 5. The main text: the smallest element holding most of the page's prose
 *    (and every embed), minus navigation, scripts, forms and widgets, written
 *    as paragraphs to d->text; embedded posts stay in it as their own
 *    paragraphs, marked with their embed, like a copied page.
 */
#include "html.h"

#include "../embeds/embeds_html.h"
#include "dom.h"
#include "emit.h"
#include "prescan.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What gumbo is given.  Measured with gumbo 0.10.1 (max_errors = 0): 10,000
 * open <div> take 0.1 s and 40,000 take 2 s (quadratic); 10,000 unclosed
 * formatting elements with distinct attributes take 0.6 s; a 16 MB page of
 * ordinary markup takes 1.6 s and 220 MB.  The depth limit leaves room for a
 * properly closed 10,000-deep page inside html and body. */
#define CITEP_HTML_MAX_DEPTH 12000
#define CITEP_HTML_MAX_FORMATTING 5000
#define CITEP_HTML_MAX_TAGS 150000
#define CITEP_HTML_MAX_MARKUP ((size_t)6 * 1024 * 1024)
#define CITEP_HTML_MAX_PARSE ((size_t)16 * 1024 * 1024)
/* Most main text kept (bytes). */
#define CITEP_HTML_MAX_TEXT ((size_t)16 * 1024 * 1024)
/* Share of the page's prose the main-text element must hold. */
#define MAIN_SHARE 0.8
#define MAX_META 2048

/* ---- degraded path ------------------------------------------------------- */

static const char *const block_tags[] = {
    "p",      "div",     "h1",      "h2",         "h3",       "h4",     "h5",
    "h6",     "li",      "ul",      "ol",         "blockquote", "figcaption", "figure",
    "section", "article", "main",   "header",     "footer",   "aside",  "nav",
    "table",  "tr",      "td",      "th",         "pre",      "dd",     "dt",
    "dl",     "br",      "hr",      "address",    "caption",  "details", "summary",
    "form",   "fieldset", "body",   "html",       "center",   "tbody",  "thead"};

static bool tok_block(const struct citep_tok *t)
{
    for (size_t i = 0; i < sizeof block_tags / sizeof *block_tags; i++)
        if (citep_tok_is(t, block_tags[i]))
            return true;
    return false;
}

static cite_status strip_tags(cite_doc *d)
{
    struct citep_emit e;
    citep_emit_init(&e, d, CITEP_HTML_MAX_TEXT);
    const char *s = d->utf8.s;
    size_t len = d->utf8.len, pos = 0;
    struct citep_tok t;
    cite_status st = CITE_OK;
    while (st == CITE_OK && !e.full && citep_tok_next(s, len, &pos, &t)) {
        if (t.type == CITEP_TOK_TEXT)
            st = citep_emit_source(&e, s + t.start, t.end - t.start, t.start);
        else if ((t.type == CITEP_TOK_START || t.type == CITEP_TOK_END) && tok_block(&t))
            st = citep_emit_break(&e);
        if (t.type == CITEP_TOK_START && citep_tok_skip_raw(s, len, &pos, &t))
            st = st ? st : citep_emit_break(&e);
    }
    if (st == CITE_OK)
        st = citep_emit_break(&e);
    if (st == CITE_OK && e.full)
        st = citep_warn(d, "html-text-truncated", 0,
                        "main text cut at %zu bytes", CITEP_HTML_MAX_TEXT);
    return st;
}

/* Every start tag but a last unclosed one takes 3 bytes ("<b>"), so a page this
 * short cannot pass any of the pre-scan's limits. */
_Static_assert(CITEP_HTML_MAX_FORMATTING <= CITEP_HTML_MAX_DEPTH &&
                   CITEP_HTML_MAX_FORMATTING <= CITEP_HTML_MAX_TAGS &&
                   (size_t)CITEP_HTML_MAX_FORMATTING * 3 <= CITEP_HTML_MAX_MARKUP,
               "the formatting limit is no longer the lowest");
#define PRESCAN_MIN_BYTES ((size_t)CITEP_HTML_MAX_FORMATTING * 3)

/* Refuse gumbo (NULL) or say why not. */
static const char *too_hard(const cite_doc *d, struct citep_prescan *ps)
{
    if (d->utf8.len > CITEP_HTML_MAX_PARSE)
        return "the page is larger than the HTML parser's limit";
    if (d->utf8.len < PRESCAN_MIN_BYTES)
        return NULL;
    citep_prescan(d->utf8.s, d->utf8.len, CITEP_HTML_MAX_DEPTH, CITEP_HTML_MAX_FORMATTING,
                  ps);
    if (ps->max_depth > CITEP_HTML_MAX_DEPTH)
        return "elements are nested deeper than the HTML parser's limit";
    if (ps->max_fmt > CITEP_HTML_MAX_FORMATTING)
        return "too many unclosed formatting elements";
    if (ps->tags > CITEP_HTML_MAX_TAGS)
        return "too many tags";
    if (ps->markup > CITEP_HTML_MAX_MARKUP)
        return "too much markup";
    return NULL;
}

/* ---- metadata -------------------------------------------------------------- */

static const char *collapse(cite_doc *d, const char *s, cite_status *st)
{
    if (!s)
        return NULL;
    struct citep_buf b;
    citep_buf_init(&b, 0);
    bool sp = false;
    for (const char *p = s; *p && b.len < MAX_META; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') {
            sp = true;
            continue;
        }
        if ((sp && b.len && citep_buf_addc(&b, ' ')) || citep_buf_addc(&b, *p)) {
            *st = CITE_ENOMEM;
            return NULL;
        }
        sp = false;
    }
    const char *r = b.len ? citep_arena_strndup(d->arena, b.data, b.len) : NULL;
    if (b.len && !r)
        *st = CITE_ENOMEM;
    citep_buf_free(&b);
    return r;
}

static const char *node_text(cite_doc *d, const GumboNode *n, cite_status *st)
{
    struct citep_buf b;
    citep_buf_init(&b, 0);
    if (citep_dom_text(n, NULL, &b, MAX_META) != CITE_OK) {
        *st = CITE_ENOMEM;
        return NULL;
    }
    const char *r = b.len ? citep_arena_strndup(d->arena, b.data, b.len) : NULL;
    if (b.len && !r)
        *st = CITE_ENOMEM;
    citep_buf_free(&b);
    return r;
}

struct meta {
    const char *og_title, *title, *h1;
    const char *meta_date, *ld_date, *time_date;
    const char *og_site, *ld_publisher, *ld_headline;
    const char *item_date; /* itemprop="datePublished" on any element */
    const char *ld_pub_id; /* a publisher given by reference: {"@id": "...#organization"} */
};

static const char *json_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The first object in a JSON-LD tree with datePublished/publisher. */
static void ld_walk(cite_doc *d, json_t *j, struct meta *m, int depth, cite_status *st)
{
    if (depth > 8)
        return;
    if (json_is_array(j)) {
        for (size_t i = 0; i < json_array_size(j); i++)
            ld_walk(d, json_array_get(j, i), m, depth + 1, st);
        return;
    }
    if (!json_is_object(j))
        return;
    const char *dp = json_str(j, "datePublished");
    if (dp && !m->ld_date) {
        m->ld_date = collapse(d, dp, st);
        if (!m->ld_headline)
            m->ld_headline = collapse(d, json_str(j, "headline"), st);
    }
    json_t *pub = json_object_get(j, "publisher");
    if (json_is_array(pub))
        pub = json_array_get(pub, 0);
    if (!m->ld_publisher && json_is_object(pub))
        m->ld_publisher = collapse(d, json_str(pub, "name"), st);
    if (!m->ld_publisher && !m->ld_pub_id && json_is_object(pub))
        m->ld_pub_id = json_str(pub, "@id");
    json_t *graph = json_object_get(j, "@graph");
    if (graph)
        ld_walk(d, graph, m, depth + 1, st);
}

/* The name of the node with "@id" id in a JSON-LD tree (Yoast's graphs give
 * the publisher as a reference to an Organization node), or NULL. */
static const char *ld_name_of(json_t *j, const char *id, int depth)
{
    if (depth > 8)
        return NULL;
    if (json_is_array(j)) {
        for (size_t i = 0; i < json_array_size(j); i++) {
            const char *r = ld_name_of(json_array_get(j, i), id, depth + 1);
            if (r)
                return r;
        }
        return NULL;
    }
    if (!json_is_object(j))
        return NULL;
    const char *own = json_str(j, "@id"), *name = json_str(j, "name");
    if (own && name && !strcmp(own, id))
        return name;
    json_t *graph = json_object_get(j, "@graph");
    return graph ? ld_name_of(graph, id, depth + 1) : NULL;
}

static void json_ld(cite_doc *d, const struct citep_dom *dom, const GumboNode *script,
                    struct meta *m, cite_status *st)
{
    const GumboNode *t = citep_dom_raw_child(dom, script);
    if (!t || t->type != GUMBO_NODE_TEXT)
        return;
    json_error_t jerr;
    json_t *j = json_loads(t->v.text.text, JSON_DECODE_ANY, &jerr);
    if (!j)
        return; /* broken JSON-LD is common and not worth a warning */
    ld_walk(d, j, m, 0, st);
    if (!m->ld_publisher && m->ld_pub_id) {
        const char *name = ld_name_of(j, m->ld_pub_id, 0);
        if (name)
            m->ld_publisher = collapse(d, name, st);
    }
    m->ld_pub_id = NULL; /* it points into j */
    json_decref(j);
}

static void meta_tag(cite_doc *d, const GumboNode *n, struct meta *m, cite_status *st)
{
    const char *prop = citep_dom_attr(n, "property");
    const char *name = citep_dom_attr(n, "name");
    const char *key = prop ? prop : name;
    const char *val = citep_dom_attr(n, "content");
    if (!key || !val)
        return;
    if (!strcmp(key, "og:title") && !m->og_title)
        m->og_title = collapse(d, val, st);
    else if (!strcmp(key, "og:site_name") && !m->og_site)
        m->og_site = collapse(d, val, st);
    else if ((!strcmp(key, "article:published_time") || !strcmp(key, "datePublished") ||
              !strcmp(key, "date") || !strcmp(key, "pubdate")) && !m->meta_date)
        m->meta_date = collapse(d, val, st);
}

/* A <time> inside a quoted or embedded post dates the post, not the page. */
static bool in_blockquote(const GumboNode *n)
{
    for (; n; n = n->parent)
        if (citep_dom_tag(n, GUMBO_TAG_BLOCKQUOTE))
            return true;
    return false;
}

static bool iso_date(const char *s);

/* Microdata: itemprop="datePublished" on a <meta>, <time> or <abbr> (Blogger),
 * its value in content, datetime or title. Not inside a quoted post. */
static void item_date(cite_doc *d, const GumboNode *n, struct meta *m, cite_status *st)
{
    const char *ip = citep_dom_attr(n, "itemprop");
    if (!ip || strcmp(ip, "datePublished") != 0 || in_blockquote(n))
        return;
    const char *v = citep_dom_attr(n, "content");
    if (!v)
        v = citep_dom_attr(n, "datetime");
    if (!v)
        v = citep_dom_attr(n, "title");
    if (v && iso_date(v))
        m->item_date = collapse(d, v, st);
}

/* Does set_source() read anything that JSON-LD gives? Not when the <meta> tags
 * already name the title, the publisher and a valid date. */
static bool ld_needed(const struct meta *m)
{
    return (!m->og_title && !m->title) || !m->og_site || !iso_date(m->meta_date);
}

static cite_status metadata(cite_doc *d, const struct citep_dom *dom, struct meta *m)
{
    const GumboNode *root = citep_dom_root(dom);
    cite_status st = CITE_OK;
    CITEP_VEC(const GumboNode *) ld = {0}; /* JSON-LD scripts, read last if needed */
    for (const GumboNode *n = root; n && st == CITE_OK;) {
        bool descend = true;
        if (citep_dom_tag(n, GUMBO_TAG_META)) {
            meta_tag(d, n, m, &st);
        } else if (citep_dom_tag(n, GUMBO_TAG_TITLE)) {
            if (!m->title && n->parent && citep_dom_tag(n->parent, GUMBO_TAG_HEAD))
                m->title = node_text(d, n, &st);
            descend = false;
        } else if (citep_dom_tag(n, GUMBO_TAG_H1)) {
            if (!m->h1)
                m->h1 = node_text(d, n, &st);
        } else if (citep_dom_tag(n, GUMBO_TAG_TIME)) {
            const char *dt = citep_dom_attr(n, "datetime");
            if (dt && !m->time_date && !in_blockquote(n))
                m->time_date = collapse(d, dt, &st);
        } else if (citep_dom_tag(n, GUMBO_TAG_SCRIPT)) {
            const char *type = citep_dom_attr(n, "type");
            if (type && !strcmp(type, "application/ld+json"))
                st = CITEP_PUSH(&ld, n);
            descend = false;
        } else if (citep_dom_tag(n, GUMBO_TAG_STYLE) || citep_dom_tag(n, GUMBO_TAG_SVG)) {
            descend = false;
        }
        if (!m->item_date && citep_dom_is_elem(n))
            item_date(d, n, m, &st);
        n = citep_dom_next(n, root, descend);
    }
    for (size_t i = 0; i < ld.n && st == CITE_OK && ld_needed(m); i++)
        json_ld(d, dom, ld.v[i], m, &st);
    citep_free(ld.v);
    return st;
}

static bool iso_date(const char *s)
{
    if (!s || strlen(s) < 10)
        return false;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return false;
    char out[11];
    char tmp[11];
    memcpy(tmp, s, 10);
    tmp[10] = '\0';
    return citep_embed_parse_date(tmp, out) == 1;
}

static void set_source(cite_doc *d, const struct meta *m)
{
    d->source.title = m->og_title ? m->og_title
                      : m->title  ? m->title
                      : m->ld_headline ? m->ld_headline : m->h1;
    d->source.published = m->meta_date   ? m->meta_date
                          : m->ld_date   ? m->ld_date
                          : m->item_date ? m->item_date : m->time_date;
    d->source.publisher = m->og_site ? m->og_site : m->ld_publisher;
    const char *cands[4] = {m->meta_date, m->ld_date, m->item_date, m->time_date};
    for (int i = 0; i < 4 && !d->date[0]; i++)
        if (iso_date(cands[i])) {
            memcpy(d->date, cands[i], 10);
            d->date[10] = '\0';
        }
}

/* ---- what is not article text ---------------------------------------------- */

/* Tag tables indexed by gumbo's tag enum: one load per test instead of a scan
 * of a list for every node of the page. */
#define TAGSET(name) static const bool name[GUMBO_TAG_LAST + 1]
TAGSET(drop_tags) = {
    [GUMBO_TAG_HEAD] = 1,   [GUMBO_TAG_SCRIPT] = 1, [GUMBO_TAG_STYLE] = 1,
    [GUMBO_TAG_NOSCRIPT] = 1, [GUMBO_TAG_TEMPLATE] = 1, [GUMBO_TAG_NAV] = 1,
    [GUMBO_TAG_HEADER] = 1, [GUMBO_TAG_FOOTER] = 1, [GUMBO_TAG_ASIDE] = 1,
    [GUMBO_TAG_FORM] = 1,   [GUMBO_TAG_BUTTON] = 1, [GUMBO_TAG_SVG] = 1,
    [GUMBO_TAG_MATH] = 1,   [GUMBO_TAG_MENU] = 1,   [GUMBO_TAG_SELECT] = 1,
    [GUMBO_TAG_TEXTAREA] = 1, [GUMBO_TAG_INPUT] = 1, [GUMBO_TAG_IFRAME] = 1,
    [GUMBO_TAG_OBJECT] = 1, [GUMBO_TAG_EMBED] = 1,  [GUMBO_TAG_CANVAS] = 1,
    [GUMBO_TAG_VIDEO] = 1,  [GUMBO_TAG_AUDIO] = 1,  [GUMBO_TAG_MAP] = 1,
    [GUMBO_TAG_TITLE] = 1,  [GUMBO_TAG_IMG] = 1};

static bool tag_in(const GumboNode *n, const bool *set)
{
    return set[n->v.element.tag];
}

/* Class/id fragments of page furniture (cookie banners, share bars, ...),
 * sorted: hints_from[c - 'a'] is the first that starts with letter c. */
static const char *const drop_hints[] = {
    "advert",  "breadcrumb", "byline-share", "comment",   "consent",  "cookie",
    "menu",    "modal",      "navbar",       "newsletter", "outbrain", "paywall",
    "popup",   "promo",      "recommend",    "related",   "share",    "sidebar",
    "social",  "subscribe",  "taboola"};
static const unsigned char hints_from[27] = {0,  1,  3,  6,  6,  6,  6,  6,  6,
                                             6,  6,  6,  6,  8,  10, 11, 14, 14,
                                             16, 20, 21, 21, 21, 21, 21, 21, 21};
_Static_assert(sizeof drop_hints / sizeof *drop_hints == 21, "hints_from is out of date");

/* Does s hold one of drop_hints (ASCII case-insensitive)? One pass over s. */
static bool has_hint(const char *s)
{
    for (; s && *s; s++) {
        unsigned c = (unsigned char)*s | 32u;
        if (c < 'a' || c > 'z')
            continue;
        for (unsigned i = hints_from[c - 'a']; i < hints_from[c - 'a' + 1]; i++)
            if (strncasecmp(s, drop_hints[i], strlen(drop_hints[i])) == 0)
                return true;
    }
    return false;
}

static const char *const drop_roles[] = {"navigation", "banner", "contentinfo",
                                         "complementary", "search", "dialog", "menu"};

struct nodeset {
    const GumboNode **v;
    size_t n, cap;
};

static int ptr_cmp(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (const GumboNode *const *)a;
    uintptr_t y = (uintptr_t) * (const GumboNode *const *)b;
    return x < y ? -1 : x > y;
}

static bool in_set(const struct nodeset *s, const GumboNode *n)
{
    return s->n && bsearch(&n, s->v, s->n, sizeof *s->v, ptr_cmp) != NULL;
}

/* Every ancestor of an embed: never dropped, whatever its class says. */
static cite_status protect_embeds(const struct citep_html_embeds *em, struct nodeset *s)
{
    for (size_t i = 0; i < em->n; i++)
        for (const GumboNode *n = em->v[i].node; n; n = n->parent)
            if (CITEP_PUSH(s, n) != CITE_OK)
                return CITE_ENOMEM;
    if (s->n)
        qsort(s->v, s->n, sizeof *s->v, ptr_cmp);
    return CITE_OK;
}

static bool dropped(const GumboNode *n, const struct nodeset *keep)
{
    if (!citep_dom_is_elem(n))
        return n->type == GUMBO_NODE_COMMENT;
    if (tag_in(n, drop_tags))
        return !in_set(keep, n);
    if (!n->v.element.attributes.length || in_set(keep, n))
        return false;
    static const char *const names[] = {"hidden", "role", "class", "id"};
    const char *v[4];
    citep_dom_attrs(n, names, 4, v);
    if (v[0])
        return true;
    for (size_t i = 0; v[1] && i < sizeof drop_roles / sizeof *drop_roles; i++)
        if (!strcmp(v[1], drop_roles[i]))
            return true;
    return has_hint(v[2]) || has_hint(v[3]);
}

/* ---- choosing the main-text element ----------------------------------------- */

static bool is_text(const GumboNode *n)
{
    return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
           n->type == GUMBO_NODE_WHITESPACE;
}

/* Prose weight of a text node: its bytes, unless it is link text. */
static size_t weight(const GumboNode *n, size_t in_link)
{
    return n->type == GUMBO_NODE_TEXT && !in_link ? strlen(n->v.text.text) : 0;
}

/* An element left by the prose walk, with the prose under it. */
struct prose_rec {
    const GumboNode *n;
    size_t v;
};
struct prose_recs {
    struct prose_rec *v;
    size_t n, cap;
};

/* Post-order over body: the total prose, and every element the walk went
 * into, in the order it was left, with its prose. */
static cite_status prose_pass(const GumboNode *body, const struct nodeset *keep, size_t *sum,
                              struct prose_recs *recs)
{
    CITEP_VEC(size_t) acc = {0};
    size_t in_link = 0;
    cite_status st = CITEP_PUSH(&acc, (size_t)0);
    const GumboNode *n = body;
    while (st == CITE_OK && n) {
        /* enter n */
        bool down = citep_dom_is_elem(n) && (n == body || !dropped(n, keep)) &&
                    n->v.element.children.length > 0;
        if (is_text(n))
            acc.v[acc.n - 1] += weight(n, in_link);
        if (down) {
            in_link += citep_dom_tag(n, GUMBO_TAG_A);
            if ((st = CITEP_PUSH(&acc, (size_t)0)) != CITE_OK)
                break;
            n = n->v.element.children.data[0];
            continue;
        }
        /* leave n and every ancestor whose last child it is */
        while (st == CITE_OK) {
            if (n == body) {
                n = NULL;
                break;
            }
            const GumboNode *p = n->parent;
            if (n->index_within_parent + 1 < p->v.element.children.length) {
                n = p->v.element.children.data[n->index_within_parent + 1];
                break;
            }
            n = p;
            size_t v = acc.v[--acc.n];
            acc.v[acc.n - 1] += v;
            in_link -= citep_dom_tag(n, GUMBO_TAG_A);
            struct prose_rec r = {n, v};
            st = CITEP_PUSH(recs, r);
        }
    }
    *sum = st == CITE_OK && acc.n ? acc.v[0] : 0;
    citep_free(acc.v);
    return st;
}

static const GumboNode *find_body(const GumboNode *root)
{
    for (const GumboNode *n = root; n; n = citep_dom_next(n, root, true))
        if (citep_dom_tag(n, GUMBO_TAG_BODY))
            return n;
    return root;
}

/* Keep only the common ancestors of all embeds (the chain above their LCA). */
static void lca_chain(const struct citep_html_embeds *em, struct nodeset *s)
{
    size_t w = 0;
    for (size_t i = 0; i < s->n; i++) {
        bool all = true;
        for (size_t k = 0; k < em->n && all; k++)
            all = citep_dom_contains(s->v[i], em->v[k].node);
        if (all)
            s->v[w++] = s->v[i];
    }
    s->n = w;
}

TAGSET(prose_tags) = {
    [GUMBO_TAG_P] = 1,  [GUMBO_TAG_H1] = 1, [GUMBO_TAG_H2] = 1,  [GUMBO_TAG_H3] = 1,
    [GUMBO_TAG_H4] = 1, [GUMBO_TAG_H5] = 1, [GUMBO_TAG_H6] = 1,  [GUMBO_TAG_PRE] = 1,
    [GUMBO_TAG_BLOCKQUOTE] = 1, [GUMBO_TAG_FIGURE] = 1};

/* A lead paragraph (or loose text) beside the chosen element belongs to the
 * article too: climb while the parent has prose of its own next to it.
 * Sibling containers (div, section, ul) do not count: that is where related
 * links and comment threads live. */
static const GumboNode *climb(const GumboNode *n, const GumboNode *body,
                              const struct nodeset *keep)
{
    while (n != body && n->parent) {
        const GumboNode *p = n->parent;
        const GumboVector *c = &p->v.element.children;
        bool prose = false;
        for (size_t i = 0; i < c->length && !prose; i++) {
            const GumboNode *k = c->data[i];
            if (k == n)
                continue;
            if (k->type == GUMBO_NODE_TEXT)
                prose = true;
            else if (citep_dom_is_elem(k) && !dropped(k, keep))
                prose = tag_in(k, prose_tags);
        }
        if (!prose)
            break;
        n = p;
    }
    return n;
}

/* The main-text element: the deepest that holds MAIN_SHARE of the page's prose
 * and contains every embed (must: the embeds' common ancestors; with no embed,
 * any element qualifies), i.e. the first such element the walk left. */
static cite_status choose_main(const GumboNode *body, const struct citep_html_embeds *em,
                               const struct nodeset *keep, const GumboNode **main)
{
    size_t total = 0;
    struct prose_recs recs = {0};
    cite_status st = prose_pass(body, keep, &total, &recs);
    if (st != CITE_OK)
        return citep_free(recs.v), st;
    struct nodeset chain = {0};
    for (size_t i = 0; i < em->n && em->n <= 64; i++)
        for (const GumboNode *n = em->v[i].node; n; n = n->parent)
            if (i == 0 && CITEP_PUSH(&chain, n) != CITE_OK)
                return citep_free(chain.v), citep_free(recs.v), CITE_ENOMEM;
    lca_chain(em, &chain);
    if (chain.n)
        qsort(chain.v, chain.n, sizeof *chain.v, ptr_cmp);
    bool must = em->n > 0 && em->n <= 64 && chain.n;
    const GumboNode *best = NULL;
    for (size_t i = 0; i < recs.n && !best && total; i++)
        if ((double)recs.v[i].v >= MAIN_SHARE * (double)total &&
            (!must || in_set(&chain, recs.v[i].n)))
            best = recs.v[i].n;
    citep_free(chain.v);
    citep_free(recs.v);
    *main = best ? climb(best, body, keep) : body;
    return CITE_OK;
}

/* ---- writing the main text -------------------------------------------------- */

TAGSET(para_tags) = {
    [GUMBO_TAG_P] = 1,       [GUMBO_TAG_H1] = 1,      [GUMBO_TAG_H2] = 1,
    [GUMBO_TAG_H3] = 1,      [GUMBO_TAG_H4] = 1,      [GUMBO_TAG_H5] = 1,
    [GUMBO_TAG_H6] = 1,      [GUMBO_TAG_LI] = 1,      [GUMBO_TAG_BLOCKQUOTE] = 1,
    [GUMBO_TAG_FIGCAPTION] = 1, [GUMBO_TAG_DIV] = 1,  [GUMBO_TAG_SECTION] = 1,
    [GUMBO_TAG_ARTICLE] = 1, [GUMBO_TAG_MAIN] = 1,    [GUMBO_TAG_UL] = 1,
    [GUMBO_TAG_OL] = 1,      [GUMBO_TAG_TABLE] = 1,   [GUMBO_TAG_TR] = 1,
    [GUMBO_TAG_TD] = 1,      [GUMBO_TAG_TH] = 1,      [GUMBO_TAG_PRE] = 1,
    [GUMBO_TAG_DD] = 1,      [GUMBO_TAG_DT] = 1,      [GUMBO_TAG_DL] = 1,
    [GUMBO_TAG_FIGURE] = 1,  [GUMBO_TAG_ADDRESS] = 1, [GUMBO_TAG_CAPTION] = 1,
    [GUMBO_TAG_DETAILS] = 1, [GUMBO_TAG_SUMMARY] = 1, [GUMBO_TAG_CENTER] = 1,
    [GUMBO_TAG_BR] = 1,      [GUMBO_TAG_HR] = 1};

static bool para_tag(const GumboNode *n)
{
    return citep_dom_is_elem(n) && tag_in(n, para_tags);
}

struct walk {
    cite_doc *d;
    struct citep_emit e;
    struct citep_html_embeds *em;
    const struct nodeset *keep;
    const struct citep_html_embed *cur;   /* the embed being written */
    bool in_text;                         /* inside cur's text element */
};

static cite_status mark_start(struct walk *w, size_t *slot)
{
    cite_status st = citep_emit_break(&w->e);
    if (*slot == SIZE_MAX)
        *slot = w->d->text.len + (w->d->text.len ? 1 : 0);
    return st;
}

static cite_status on_enter(struct walk *w, const GumboNode *n)
{
    cite_doc *d = w->d;
    if (is_text(n)) {
        const GumboText *t = &n->v.text;
        size_t off = (size_t)(t->original_text.data - d->utf8.s);
        if (n->type == GUMBO_NODE_CDATA || off > d->utf8.len)
            return citep_emit_text(&w->e, t->text, strlen(t->text), t->start_pos.offset,
                                   t->original_text.length);
        return citep_emit_aligned(&w->e, t->original_text.data, t->original_text.length, off,
                                  t->text);
    }
    const struct citep_html_embed *he = w->cur ? NULL : citep_embeds_html_lookup(w->em, n);
    if (he) {
        w->cur = he;
        w->e.embed = he->index;
        return mark_start(w, &d->embed_x.v[he->index].s_start);
    }
    if (w->cur && n == w->cur->text_node) {
        struct citep_embed_x *x = &d->embed_x.v[w->cur->index];
        w->in_text = true;
        if (x->t_start != SIZE_MAX) { /* a second copy of the same post */
            size_t dummy = SIZE_MAX;
            return mark_start(w, &dummy);
        }
        return mark_start(w, &x->t_start);
    }
    return para_tag(n) ? citep_emit_break(&w->e) : CITE_OK;
}

static cite_status on_leave(struct walk *w, const GumboNode *n)
{
    cite_doc *d = w->d;
    if (!citep_dom_is_elem(n))
        return CITE_OK;
    if (w->cur && n == w->cur->text_node) {
        cite_status st = citep_emit_break(&w->e);
        struct citep_embed_x *x = &d->embed_x.v[w->cur->index];
        if (w->in_text && x->t_end == SIZE_MAX && x->t_start != SIZE_MAX) {
            x->t_end = d->text.len;
            if (x->t_end < x->t_start) /* nothing was written */
                x->t_start = x->t_end = SIZE_MAX;
        }
        w->in_text = false;
        return st;
    }
    if (w->cur && n == w->cur->node) {
        cite_status st = citep_emit_break(&w->e);
        struct citep_embed_x *x = &d->embed_x.v[w->cur->index];
        if (x->s_start != SIZE_MAX && x->s_end == SIZE_MAX) {
            x->s_end = d->text.len;
            if (x->s_end < x->s_start)
                x->s_start = x->s_end = SIZE_MAX;
        }
        w->cur = NULL;
        w->e.embed = -1;
        return st;
    }
    return para_tag(n) ? citep_emit_break(&w->e) : CITE_OK;
}

static cite_status write_main(struct walk *w, const GumboNode *top)
{
    cite_status st = CITE_OK;
    const GumboNode *n = top;
    while (st == CITE_OK && n && !w->e.full) {
        st = on_enter(w, n);
        bool down = citep_dom_is_elem(n) && n->v.element.children.length &&
                    (n == top || !dropped(n, w->keep) || n == (w->cur ? w->cur->node : NULL));
        if (down) {
            n = n->v.element.children.data[0];
            continue;
        }
        for (;;) {
            if (st == CITE_OK)
                st = on_leave(w, n);
            if (n == top) {
                n = NULL;
                break;
            }
            const GumboNode *p = n->parent;
            if (n->index_within_parent + 1 < p->v.element.children.length) {
                n = p->v.element.children.data[n->index_within_parent + 1];
                break;
            }
            n = p;
        }
    }
    if (st == CITE_OK)
        st = citep_emit_break(&w->e);
    return st;
}

/* ---- the stage --------------------------------------------------------------- */

static cite_status parsed(cite_doc *d, struct citep_dom *dom)
{
    struct citep_html_embeds em = {0};
    struct nodeset keep = {0};
    struct meta m;
    memset(&m, 0, sizeof m);
    const GumboNode *root = citep_dom_root(dom), *body = find_body(root), *main = body;
    cite_status st = metadata(d, dom, &m);
    if (st == CITE_OK) {
        set_source(d, &m);
        st = citep_embeds_html_find(d, dom, &em);
    }
    /* the main text holds the posts shown in the page, not those only in a
     * data script */
    struct citep_html_embeds shown = {0};
    for (size_t i = 0; st == CITE_OK && i < em.n; i++)
        if (!em.v[i].detached)
            st = CITEP_PUSH(&shown, em.v[i]);
    if (st == CITE_OK)
        st = protect_embeds(&shown, &keep);
    if (st == CITE_OK)
        st = choose_main(body, &shown, &keep, &main);
    citep_embeds_html_free(&shown);
    if (st == CITE_OK) {
        struct walk w = {.d = d, .em = &em, .keep = &keep};
        citep_emit_init(&w.e, d, CITEP_HTML_MAX_TEXT);
        st = write_main(&w, main);
        if (st == CITE_OK && w.e.full)
            st = citep_warn(d, "html-text-truncated", 0, "main text cut at %zu bytes",
                            CITEP_HTML_MAX_TEXT);
    }
    if (st == CITE_OK)
        st = citep_embeds_html_finish(d, &em);
    citep_free(keep.v);
    citep_embeds_html_free(&em);
    return st;
}

cite_status citep_html_extract(cite_doc *d, cite_error *err)
{
    struct citep_prescan ps;
    const char *why = too_hard(d, &ps);
    cite_status st;
    if (why) {
        st = citep_warn(d, "html-degraded", 0,
                        "%s; tags were stripped and embeds not looked for", why);
        if (st == CITE_OK)
            st = strip_tags(d);
    } else {
        struct citep_dom dom = {0};
        st = citep_dom_parse(&dom, d->utf8.s, d->utf8.len, d->parser->gumbo_mem);
        if (st == CITE_OK)
            st = parsed(d, &dom);
        citep_dom_free(&dom);
    }
    if (st != CITE_OK)
        return citep_error(err, st, 0, 0, "HTML stage: %s", cite_strerror(st));
    return CITE_OK;
}
