/*
 * emit.h - helpers shared by the renderers (JSON, text, CSV).
 */
#ifndef CITEP_EMIT_H
#define CITEP_EMIT_H
#include "../internal.h"

/* The claim's value as text for CSV and messages ("5", "3-4", "Qingdao"). */
const char *citep_claim_value_text(const cite_claim *c, char *buf, size_t n);
#endif
