/*
 * prescan.h - a linear, allocation-light tokenizer over HTML source, used
 * before gumbo to measure what makes tree building blow up (open-element
 * depth, unclosed formatting elements, tag count) and, when a page is refused
 * to gumbo, to strip tags for a degraded main text.  It follows the shape of
 * the WHATWG tokenizer (tags, comments, raw-text elements) without its error
 * recovery details.
 */
#ifndef CITEP_HTML_PRESCAN_H
#define CITEP_HTML_PRESCAN_H
#include <stdbool.h>
#include <stddef.h>

enum citep_tok_type {
    CITEP_TOK_TEXT,  /* s[start, end) is character data (entities not decoded) */
    CITEP_TOK_START, /* a start tag; name/name_len; self_closing */
    CITEP_TOK_END,   /* an end tag */
    CITEP_TOK_OTHER  /* comment, doctype, processing instruction */
};

struct citep_tok {
    enum citep_tok_type type;
    size_t start, end;
    const char *name; /* tags: the name as written */
    size_t name_len;
    bool self_closing;
};

/* The token at *pos; advances *pos. Returns false at the end. */
bool citep_tok_next(const char *s, size_t len, size_t *pos, struct citep_tok *t);

/* After a start tag of a raw-text element (script, style, textarea, title,
 * iframe, noscript, ...): move *pos past its contents and return true. */
bool citep_tok_skip_raw(const char *s, size_t len, size_t *pos, const struct citep_tok *tag);

/* Case-insensitive name test for a tag token. */
bool citep_tok_is(const struct citep_tok *t, const char *name);

struct citep_prescan {
    size_t tags;       /* start tags */
    size_t markup;     /* bytes outside raw-text element contents */
    size_t max_depth;  /* estimated deepest stack of open elements */
    size_t max_fmt;    /* estimated longest list of active formatting elements */
};

/* Measure s[0..len); stops early once a value passes its limit. */
void citep_prescan(const char *s, size_t len, size_t max_depth, size_t max_fmt,
                   struct citep_prescan *out);
#endif
