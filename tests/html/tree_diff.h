/*
 * tree_diff.h - where two gumbo trees of the same page differ: the tree
 * built with cuts (src/html/cuts.h) against the tree of the whole page. Shared
 * by tests/html/cuts_test.c and fuzz/fuzz_cuts.c.
 */
#ifndef CITE_TEST_TREE_DIFF_H
#define CITE_TEST_TREE_DIFF_H
#include "html/dom.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The offset of a piece of source in buf, or -1 when it is elsewhere (or
 * empty: gumbo leaves some pieces unset). */
static inline long long piece_off(const GumboStringPiece *p, const char *buf, size_t len)
{
    uintptr_t d = (uintptr_t)p->data, b = (uintptr_t)buf;
    if (!p->length || d < b || d - b > len)
        return -1;
    return (long long)(d - b);
}

static inline bool raw(const GumboNode *n)
{
    return citep_dom_tag(n, GUMBO_TAG_SCRIPT) || citep_dom_tag(n, GUMBO_TAG_STYLE);
}

/* Where the two trees first differ, in words, or NULL. */
static inline const char *tree_diff(const GumboNode *a, const GumboNode *b, const char *buf,
                             size_t len)
{
    static char why[160];
    const GumboNode *x = a, *y = b;
    /* the contents of scripts and style sheets are not compared: a cut one
     * has none in the tree (they are read apart, citep_dom_raw_child) */
    for (; x && y; x = citep_dom_next(x, a, !raw(x)), y = citep_dom_next(y, b, !raw(y))) {
        if (x->type != y->type)
            return "node type";
        if (citep_dom_is_elem(x)) {
            const GumboElement *e = &x->v.element, *f = &y->v.element;
            if (e->tag != f->tag || e->tag_namespace != f->tag_namespace)
                return "tag";
            if (e->start_pos.offset != f->start_pos.offset || e->end_pos.offset != f->end_pos.offset)
                return "element offsets";
            if (e->original_tag.length != f->original_tag.length ||
                piece_off(&e->original_tag, buf, len) != piece_off(&f->original_tag, buf, len) ||
                e->original_end_tag.length != f->original_end_tag.length ||
                piece_off(&e->original_end_tag, buf, len) !=
                    piece_off(&f->original_end_tag, buf, len))
                return "tag source";
            if (e->attributes.length != f->attributes.length)
                return "attribute count";
            for (unsigned i = 0; i < e->attributes.length; i++) {
                const GumboAttribute *p = e->attributes.data[i], *q = f->attributes.data[i];
                if (strcmp(p->name, q->name) || strcmp(p->value, q->value))
                    return "attribute";
            }
        } else if (x->type != GUMBO_NODE_DOCUMENT) {
            const GumboText *s = &x->v.text, *t = &y->v.text;
            if (strcmp(s->text, t->text) != 0) {
                snprintf(why, sizeof why, "text \"%.40s\" / \"%.40s\"", s->text, t->text);
                return why;
            }
            if (s->start_pos.offset != t->start_pos.offset ||
                s->original_text.length != t->original_text.length ||
                piece_off(&s->original_text, buf, len) != piece_off(&t->original_text, buf, len))
                return "text source";
        }
    }
    return x || y ? "node count" : NULL;
}

#endif
