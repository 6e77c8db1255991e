/*
 * html.h - HTML5 input: parse d->utf8 with gumbo, extract the article's main
 * text into d->text (paragraphs in order, navigation/scripts/styles/footers
 * dropped), the metadata (title, published, publisher) into d->source, and
 * the embed markup into d->embeds (via src/embeds/embeds_html.c).
 */
#ifndef CITEP_HTML_H
#define CITEP_HTML_H
#include "../internal.h"

cite_status citep_html_extract(cite_doc *d, cite_error *err);

/* The memory gumbo's trees are built in, kept by a parser from one document to
 * the next (see dom.c). */
struct citep_gumbo_mem;
cite_status citep_gumbo_mem_new(struct citep_gumbo_mem **out);
void citep_gumbo_mem_free(struct citep_gumbo_mem *m);
#endif
