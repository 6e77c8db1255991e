/*
 * emit.h - builds the analysis text (d->text) paragraph by paragraph from
 * pieces of decoded text that each stand for a range of d->utf8, mapping every
 * piece back to the input through d->utf8's offset map.  Whitespace inside a
 * paragraph collapses to one space (U+00A0 included); paragraphs are separated
 * by "\n" and recorded in d->paras.
 */
#ifndef CITEP_HTML_EMIT_H
#define CITEP_HTML_EMIT_H
#include "../internal.h"

struct citep_emit {
    cite_doc *d;
    bool open;           /* the current paragraph has content */
    bool space;          /* whitespace is pending */
    size_t sp_off;       /* where that whitespace is, in d->utf8 */
    size_t last_in;      /* input offset where the last text written ends: the
                            separators (" ", "\n") map there, so that a span
                            ending before one ends at the text */
    size_t para_start;   /* current paragraph's start in d->text */
    int embed;           /* embed index of what is emitted, or -1 */
    size_t max;          /* d->text byte budget */
    bool full;           /* the budget ran out */
};

void citep_emit_init(struct citep_emit *e, cite_doc *d, size_t max);
/* Decoded text s[0..n) standing for d->utf8 bytes [u_off, u_off + u_len). */
cite_status citep_emit_text(struct citep_emit *e, const char *s, size_t n, size_t u_off,
                            size_t u_len);
/* End the current paragraph (if any). */
cite_status citep_emit_break(struct citep_emit *e);
/* Text of an HTML text node: raw is its source (entities not decoded) at
 * u_off, dec the decoded text; pieces are aligned so each maps to its source. */
cite_status citep_emit_aligned(struct citep_emit *e, const char *raw, size_t rawlen,
                               size_t u_off, const char *dec);
/* Source text with character references decoded by a small built-in table
 * (for the degraded path, where gumbo is not run). */
cite_status citep_emit_source(struct citep_emit *e, const char *s, size_t n, size_t u_off);
#endif
