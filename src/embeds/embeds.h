/*
 * embeds.h - embedded social posts.
 *
 * Text input: posts as they look when a page is copied as text (signature
 * lines such as "— Name (@handle) July 17, 2023", "A post shared by ...").
 * Both forms fill d->embeds, d->embed_x and mark d->paras with the embed index.
 */
#ifndef CITEP_EMBEDS_H
#define CITEP_EMBEDS_H
#include "../internal.h"

/* Split d->text into paragraphs (d->paras) if not done yet. */
cite_status citep_paras_build(cite_doc *d);

/* Find embeds in plain text (d->text). */
cite_status citep_embeds_text(cite_doc *d);

/* Assign each entity's `embed` from the embed ranges in d->text. */
void citep_embeds_assign_entities(cite_doc *d);

/* A full month name in one of the other languages embed code writes dates in
 * ("Juni", "agosto", "mei"; s[0..n), case ignored): 1..12, or 0. */
int citep_emb_month_l10n(const char *w, size_t n);
/* The length of Instagram's "A post shared by " (in any of the widget's
 * languages) that s[0..n) starts with, or 0. */
size_t citep_emb_shared_by(const char *s, size_t n);
/* The length of the same line's ending in the languages that put the name
 * first ("Name(@handle)がシェアした投稿") that s[0..n) ends with, or 0. */
size_t citep_emb_shared_after(const char *s, size_t n);
#endif
