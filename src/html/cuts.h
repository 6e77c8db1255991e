/*
 * cuts.h - what of the page gumbo is spared: the contents of scripts and
 * style sheets that nothing reads, and the bulk of long runs of plain text.
 * gumbo turns every character into a token of its own, so on ordinary pages
 * these cost most of the parse; the tree does not depend on them.
 *
 * A script or style cut is only proposed where the source alone decides where
 * the contents end (no "<!--" in a script, the first "</script" or "</style"
 * closing it with ">"), and only for elements whose attributes are all in a
 * short list that no later stage reads (no class, no data-*).  The one script
 * contents read, the JSON-LD for the metadata, are parsed on their own when
 * asked for (citep_dom_raw_child).
 *
 * A text cut is a run between a '>' and the next '<' (outside raw-text
 * elements, svg and math) with no '&', CR or NUL in it, so that gumbo would
 * give its bytes unchanged: its first character is kept, so that the tree has
 * the same text node, and the rest is cut.  dom.c puts the cut bytes back into
 * that node's text.
 *
 * dom.c checks every cut against the tree gumbo built (a script or style: an
 * HTML element of that name, empty, its start tag ending and its end tag
 * starting at the cut; a text cut: inside a text node whose source and text
 * agree up to it) and parses the page again whole if one does not hold.
 */
#ifndef CITEP_HTML_CUTS_H
#define CITEP_HTML_CUTS_H
#include "../internal.h"

/* An offset off in the cut copy is off + sum of the last cut at or before it
 * in the page. */
struct citep_cut {
    size_t at;   /* offset in the cut copy where the contents were */
    size_t len;  /* bytes removed there */
    size_t sum;  /* bytes removed at and before this cut */
    unsigned char kind; /* CITEP_CUT_* */
};

enum { CITEP_CUT_SCRIPT, CITEP_CUT_STYLE, CITEP_CUT_TEXT };

struct citep_cuts {
    char *buf;   /* the page without the cut contents (NULL: no cut) */
    size_t len;
    CITEP_VEC(struct citep_cut) v;
};

/* Find the cuts in s[0..len) and build the cut copy. On allocation failure no
 * cut is made (the page is parsed whole). */
void citep_cuts_find(const char *s, size_t len, struct citep_cuts *c);
void citep_cuts_free(struct citep_cuts *c);

/* Whether a script (style false) or style sheet with an attribute of this name
 * (lowercase, as gumbo gives it) may be cut. */
bool citep_cut_attr_ok(bool style, const char *name, size_t nlen);
#endif
