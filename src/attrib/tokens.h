/*
 * tokens.h - the attribution stage's tokeniser: words (with inner
 * apostrophes, hyphens and abbreviation dots), punctuation, and quote marks
 * paired within a paragraph; plus sentence boundaries that never fall inside
 * a paired quote.
 */
#ifndef CITEP_ATTRIB_TOKENS_H
#define CITEP_ATTRIB_TOKENS_H
#include "../internal.h"

enum { TK_WORD, TK_PUNCT, TK_QOPEN, TK_QCLOSE };

struct tok {
    size_t s, e;       /* byte offsets in the text */
    long pair;         /* quotes: index of the matching mark, or -1 */
    unsigned char kind;
    unsigned char cap; /* word starts with an upper-case letter */
    unsigned char ch;  /* punctuation: the ASCII char, '-' for dashes, '.' for an ellipsis */
    unsigned char end; /* this token ends a sentence */
};

struct toks {
    struct tok *v;
    size_t n, cap;
};

/* Tokenise text[start..end) into t (reset first). */
cite_status citep_tokenize(struct toks *t, const char *text, size_t start, size_t end);
/* Is token i the word w (ASCII case-insensitive, straight/curly apostrophes equal)? */
bool citep_attr_tok_is(const struct toks *t, const char *text, size_t i, const char *w);
#endif
