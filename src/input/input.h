/*
 * input.h - bytes -> valid UTF-8 with an offset map.
 *
 * Copies the input, refuses binary data, skips a BOM, sniffs HTML and its
 * declared charset (UTF-8, ISO-8859-1, Windows-1252), repairs invalid UTF-8 and
 * NUL bytes as U+FFFD (with a warning), normalises to NFC where needed, and
 * builds the line index. Fills d->input, d->utf8, d->lines, d->is_html and, for
 * text input, d->text.
 */
#ifndef CITEP_INPUT_H
#define CITEP_INPUT_H
#include "../internal.h"

cite_status citep_input_load(cite_doc *d, const char *buf, size_t len,
                             const cite_options *opts, cite_error *err);

/* True when buf looks like HTML (used by the sniffing; exposed for tests). */
bool citep_input_looks_html(const char *buf, size_t len);
#endif
