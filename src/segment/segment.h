/*
 * segment.h - hashtag segmentation ("SeaofJapan" -> "Sea of Japan") with a
 * word-frequency model and the surrounding text as context.
 */
#ifndef CITEP_SEGMENT_H
#define CITEP_SEGMENT_H
#include "../internal.h"

struct citep_segctx; /* words of the context text (post/article) */

cite_status citep_segmenter_new(struct citep_segmenter **out);
void citep_segmenter_free(struct citep_segmenter *s);

/* Context from text[0..len) (valid UTF-8). *out freed with citep_segctx_free.
 * The context may read text again when a tag is segmented with it, so text
 * must stay valid and unchanged until the context is freed. */
cite_status citep_segctx_new(const struct citep_segmenter *s, const char *text, size_t len,
                             struct citep_segctx **out);
void citep_segctx_free(struct citep_segctx *c);

/* Segment tag[0..len) (no '#'); ctx may be NULL. *out is citep_malloc'd,
 * NUL-terminated, words joined by single spaces, letters as in the input.
 * ctx remembers the results of short tags, so a tag repeated in one text is
 * segmented once; a ctx is therefore not for two threads at a time. */
cite_status citep_segment(const struct citep_segmenter *s, struct citep_segctx *ctx,
                          const char *tag, size_t len, char **out);
#endif
