/*
 * embeds_text_int.h - helpers shared by paras.c and embeds_text.c (private to
 * src/embeds: the plain-text side of embed detection).
 */
#ifndef CITEP_EMBEDS_TEXT_INT_H
#define CITEP_EMBEDS_TEXT_INT_H
#include "../internal.h"

/* One line of d->text: raw extent without the line break, and the extent with
 * surrounding white space trimmed (s == e for a blank line). */
struct citep_emb_line {
    size_t raw_s, raw_e;
    size_t s, e;
    bool blank;
};

/* Split s[0..len) into lines (LF, CRLF and CR end a line). Returns the count;
 * *out is allocated with citep_malloc (NULL when there are no lines); *st is
 * CITE_ENOMEM on failure. */
size_t citep_emb_lines(const char *s, size_t len, struct citep_emb_line **out,
                       cite_status *st);

/* Trim spaces, tabs and no-break spaces from both ends of [*b, *e). */
void citep_emb_trim(const char *s, size_t *b, size_t *e);
#endif
