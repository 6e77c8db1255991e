/*
 * embeds_html.h - embedded social posts in HTML: the platforms' official embed
 * markup (and the CMS/AMP wrappers around it) found in the gumbo tree.
 * Called by src/html/html.c, which then places the posts' text in d->text.
 */
#ifndef CITEP_EMBEDS_HTML_H
#define CITEP_EMBEDS_HTML_H
#include "../html/dom.h"

/* One embed element found in the tree. Duplicates (the same post embedded
 * twice) get their own record but share index. */
struct citep_html_embed {
    const GumboNode *node;      /* outermost element of the embed */
    const GumboNode *text_node; /* element holding the post text, or NULL */
    int index;                  /* index into d->embeds */
    const char *text;           /* the post's words read from data, or NULL */
    bool detached;              /* node only stands for it (a data script) */
};

struct citep_html_embeds {
    struct citep_html_embed *v;
    size_t n, cap;
    /* indexes kept by embeds_html.c so that a page with thousands of posts
     * stays linear: records sorted by node (for lookup), and a hash of the
     * posts' dedupe keys (slot = index into d->embeds + 1, 0 = empty) */
    struct citep_node_ref {
        uintptr_t node;
        size_t i;
    } *by_node;
    size_t by_node_n;
    size_t *key_slot, key_cap, key_n;
};

/* Find the embeds under the document root, in document order; push them to
 * d->embeds (ids "E1"...) and d->embed_x (positions SIZE_MAX until html.c
 * places the text). Span offsets are mapped to the input through d->utf8. */
cite_status citep_embeds_html_find(cite_doc *d, const struct citep_dom *dom,
                                   struct citep_html_embeds *out);

/* The posts in the markup html[0..len) (a post's oEmbed "html", a CMS's body
 * kept as data): each is pushed as found in the page at anchor (the element
 * that shows it, or the script holding the data: detached), with its words.
 * Call citep_embeds_html_sort() after the last. */
cite_status citep_embeds_html_fragment(cite_doc *d, const char *html, size_t len,
                                       const GumboNode *anchor, bool detached,
                                       struct citep_html_embeds *out);

/* Put d->embeds (with d->embed_x and the records' indices) in the order of
 * their spans, renumbering the ids: posts read from data come after the
 * page's markup in the walk, but belong where they are shown. */
cite_status citep_embeds_html_sort(cite_doc *d, struct citep_html_embeds *out);

/* The post at url (a platform's post address; anything else is ignored),
 * shown by the element anchor (a framework component whose props name it). */
cite_status citep_embeds_html_address(cite_doc *d, const char *url, const GumboNode *anchor,
                                      struct citep_html_embeds *out);

/* Posts kept as data in the page's JSON scripts (embeds_json.c): oEmbed
 * answers, the props of a framework's components. */
cite_status citep_embeds_json_find(cite_doc *d, const struct citep_dom *dom,
                                   struct citep_html_embeds *out);

/* After d->text is built: fill each embed's text and text_span from the
 * d->text range recorded in d->embed_x, or from the tree if it is not there. */
cite_status citep_embeds_html_finish(cite_doc *d, const struct citep_html_embeds *e);

/* The first record whose node is n, or NULL. */
const struct citep_html_embed *citep_embeds_html_lookup(struct citep_html_embeds *e,
                                                        const GumboNode *n);

void citep_embeds_html_free(struct citep_html_embeds *e);

/* Parse a post date ("July 17, 2023", "17 July 2023", "2023-07-17T..."):
 * returns 1 and fills out ("YYYY-MM-DD"), 0 when s holds no date, -1 when it
 * holds one that does not exist ("July 32, 2023"). */
int citep_embed_parse_date(const char *s, char out[11]);
#endif
