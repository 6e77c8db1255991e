/*
 * dom.h - the small interface through which citecheck uses gumbo (libgumbo
 * 0.10.1, an HTML5 parser following the WHATWG parsing algorithm): parse with
 * our options, free, and a few read-only helpers over the tree.  Traversals
 * are iterative (parent/sibling links) so nesting depth never costs C stack.
 */
#ifndef CITEP_HTML_DOM_H
#define CITEP_HTML_DOM_H
#include "../internal.h"
#include <gumbo.h>

struct citep_gumbo_mem;

struct citep_dom {
    GumboOutput *out;
    const char *buf; /* the parsed buffer (d->utf8.s); offsets are into it */
    size_t len;
    struct citep_gumbo_mem *mem; /* where the tree lives (NULL: gumbo's malloc) */
    size_t cuts; /* cuts (cuts.h) in the tree kept: 0 when the page was parsed whole */
};

/* Parse buf[0..len) (valid UTF-8, outlives the tree) with the tree in mem (may
 * be NULL; one tree at a time per mem). CITE_ENOMEM on failure.  With mem, the
 * contents of most scripts and style sheets are not in the tree (see cuts.h):
 * read them with citep_dom_raw_child.  Source positions: only the offsets
 * hold; line and column may not. */
cite_status citep_dom_parse(struct citep_dom *dom, const char *buf, size_t len,
                            struct citep_gumbo_mem *mem);
void citep_dom_free(struct citep_dom *dom);
/* The first child of element n; for a script or style sheet whose contents
 * were cut, the text node gumbo makes of them (valid until citep_dom_free).
 * NULL if none. */
const GumboNode *citep_dom_raw_child(const struct citep_dom *dom, const GumboNode *n);
/* The text of script n as the page writes it, in a NUL-terminated copy of
 * *len bytes (free it with citep_free): its text node's, or for contents cut
 * before parsing the bytes between its tags, without parsing them again (a
 * script's contents are raw text). NULL if none, longer than max bytes (not
 * copied), or out of memory. */
char *citep_dom_script_text(const struct citep_dom *dom, const GumboNode *n, size_t max,
                            size_t *len);
const GumboNode *citep_dom_root(const struct citep_dom *dom);

static inline const GumboVector *citep_dom_children(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return &n->v.element.children;
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    return NULL;
}

/* Pre-order successor of n inside the subtree of top; with descend false the
 * children of n are skipped. NULL at the end.  Inline: every walk over the
 * tree steps with it. */
static inline const GumboNode *citep_dom_next(const GumboNode *n, const GumboNode *top,
                                              bool descend)
{
    const GumboVector *c = citep_dom_children(n);
    if (descend && c && c->length)
        return (const GumboNode *)c->data[0];
    while (n && n != top) {
        const GumboNode *p = n->parent;
        if (!p)
            return NULL;
        c = citep_dom_children(p);
        if (c && n->index_within_parent + 1 < c->length)
            return (const GumboNode *)c->data[n->index_within_parent + 1];
        n = p;
    }
    return NULL;
}

static inline bool citep_dom_is_elem(const GumboNode *n)
{
    return n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}
/* True when n is an element with gumbo's tag t (a tag gumbo knows). */
static inline bool citep_dom_tag(const GumboNode *n, GumboTag t)
{
    return citep_dom_is_elem(n) && n->v.element.tag == t;
}
/* True when n is an element with one of gumbo's tags tags[0..k). */
bool citep_dom_tag_among(const GumboNode *n, const GumboTag *tags, size_t k);
/* True when n is an element whose tag name (lowercase) is name; works for
 * unknown tags such as amp-twitter or lite-youtube. */
bool citep_dom_tag_is(const GumboNode *n, const char *name);
/* The attribute's decoded value, or NULL (name: lowercase; matched as gumbo
 * does, ASCII case-insensitively). */
const char *citep_dom_attr(const GumboNode *n, const char *name);
/* The values of the attributes names[0..k) (lowercase) in one pass over n's
 * attributes: vals[i] is the first match or NULL. */
void citep_dom_attrs(const GumboNode *n, const char *const *names, size_t k,
                     const char **vals);
/* True when the class attribute holds the word cls (exact, case-sensitive). */
bool citep_dom_has_class(const GumboNode *n, const char *cls);
/* True when class or id contains frag as a substring (ASCII case-insensitive). */
bool citep_dom_hint(const GumboNode *n, const char *frag);
/* True when a is n or an ancestor of n. */
bool citep_dom_contains(const GumboNode *a, const GumboNode *n);

/* Offsets into the parsed buffer: where n's markup starts and ends. */
size_t citep_dom_start(const GumboNode *n);
size_t citep_dom_end(const GumboNode *n);

/* Append the decoded text under n (minus the subtree skip, may be NULL) to b,
 * whitespace collapsed to single spaces, trimmed; scripts/styles skipped.
 * Stops near max bytes, at a character boundary. */
cite_status citep_dom_text(const GumboNode *n, const GumboNode *skip, struct citep_buf *b,
                           size_t max);

/* Case-insensitive search of needle in s (ASCII). */
const char *citep_dom_strcasestr(const char *s, const char *needle);
#endif
