/*
 * emit.h - helpers shared by the renderers (JSON, text, CSV).
 */
#ifndef CITEP_EMIT_H
#define CITEP_EMIT_H
#include "../internal.h"

#include <jansson.h>

/* A JSON string that is always valid UTF-8: invalid bytes become U+FFFD
 * (jansson refuses invalid UTF-8, and a field would silently vanish).
 * NULL s gives JSON null. Returns a new reference or NULL on OOM. */
json_t *citep_json_str(const char *s);
/* {start, end, line} */
json_t *citep_json_span(const cite_span *s);
/* The embed id ("E1") of embed index k, or JSON null for -1. */
json_t *citep_json_embed_ref(const cite_doc *d, int k);
/* Set key to value (stolen); returns -1 on failure (value released). */
int citep_json_set(json_t *obj, const char *key, json_t *value);
/* Dump root (stolen) through w. */
cite_status citep_json_write(json_t *root, unsigned flags, cite_write_fn w, void *ud);
/* Build the value of a claim for reports: a JSON number for quantities. */
json_t *citep_json_claim_value(const cite_claim *c);
/* The claim's value as text for CSV and messages ("5", "3-4", "Qingdao"). */
const char *citep_claim_value_text(const cite_claim *c, char *buf, size_t n);
#endif
