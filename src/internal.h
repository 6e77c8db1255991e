/*
 * internal.h - shared internals of libcitecheck: allocation wrappers, growable
 * buffers and vectors, the string arena, text views with their offset maps,
 * and the document and parser structs that every stage reads and fills.
 *
 * Internal cross-file names use the prefix citep_. Nothing here is exported.
 */
#ifndef CITEP_INTERNAL_H
#define CITEP_INTERNAL_H

#include "citecheck/citecheck.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- limits ---------------------------------------------------------- */
#define CITEP_MAX_EMBEDS 10000
#define CITEP_MAX_ENTITIES 5000000
#define CITEP_MAX_WARNINGS 64
#define CITEP_PCRE2_MATCH_LIMIT 1000000
#define CITEP_PCRE2_DEPTH_LIMIT 10000

/* ---- allocation (all library allocations go through these) ----------- */
void *citep_malloc(size_t n);
void *citep_calloc(size_t n, size_t size);
void *citep_realloc(void *p, size_t n);
void citep_free(void *p);
/* NUL-terminated copy of s[0..n), or NULL on OOM. */
char *citep_strndup(const char *s, size_t n);

/* Advise the kernel that the fresh block p[0..n) will be filled front to back
 * (huge pages where available); does nothing for small blocks. */
void citep_advise_huge(void *p, size_t n);

/* Grow *vec (elements of elem bytes, capacity *cap) to hold at least need
 * elements. Returns CITE_OK or CITE_ENOMEM (then *vec is unchanged). */
cite_status citep_vec_reserve(void **vec, size_t *cap, size_t need, size_t elem);

/* A vector of T: CITEP_VEC(cite_entity) v; CITEP_PUSH(&v, item) -> cite_status. */
#define CITEP_VEC(T) struct { T *v; size_t n, cap; }
/* (the reserve call only when the vector is full: pushes are in every stage's
 * inner loop) */
#define CITEP_PUSH(vecp, item)                                                        \
    ((vecp)->n < (vecp)->cap ||                                                       \
             citep_vec_reserve((void **)&(vecp)->v, &(vecp)->cap, (vecp)->n + 1,      \
                               sizeof(*(vecp)->v)) == CITE_OK                         \
         ? ((vecp)->v[(vecp)->n++] = (item), CITE_OK)                                 \
         : CITE_ENOMEM)

/* ---- growable byte buffer with a hard cap ---------------------------- */
struct citep_buf {
    char *data;  /* NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    size_t max;  /* refuse to grow past this (0: SIZE_MAX) */
};
void citep_buf_init(struct citep_buf *b, size_t max);
/* Append; on failure the buffer is freed and reset (like curl's dynbuf).
 * Returns CITE_OK, CITE_ENOMEM or CITE_ETOOBIG. */
cite_status citep_buf_add(struct citep_buf *b, const void *s, size_t n);
cite_status citep_buf_addc(struct citep_buf *b, char c);
cite_status citep_buf_addf(struct citep_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void citep_buf_free(struct citep_buf *b);
/* Hand the data over (caller frees with citep_free); the buffer is reset. */
char *citep_buf_steal(struct citep_buf *b, size_t *len);

/* ---- arena: strings that live as long as the document ---------------- */
struct citep_arena;
struct citep_arena *citep_arena_new(void);
void citep_arena_free(struct citep_arena *a);
void *citep_arena_alloc(struct citep_arena *a, size_t n); /* 8-aligned, NULL on OOM */
char *citep_arena_strndup(struct citep_arena *a, const char *s, size_t n);
char *citep_arena_strdup(struct citep_arena *a, const char *s);
char *citep_arena_printf(struct citep_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- text views --------------------------------------------------------
 * A text view is valid, NUL-terminated UTF-8 that the stages analyse, plus a
 * map from its byte offsets back to byte offsets in the input as given.
 * The map is a sorted list of segments; inside a segment whose two lengths
 * are equal offsets map one to one; in any other segment (a repaired byte, a
 * decoded entity, a normalised character) every inner offset maps to the
 * segment's input start and its end maps to the input end. */
struct citep_seg {
    size_t t_off, t_len; /* in the view */
    size_t i_off, i_len; /* in the input */
};

struct citep_text {
    char *s;     /* NUL-terminated, valid UTF-8 */
    size_t len;
    size_t cap;  /* 0 with s set: s is the caller's input (CITE_OPT_BORROW_INPUT),
                    never written or freed */
    struct citep_seg *segs;
    size_t nsegs, segcap;
};

void citep_text_init(struct citep_text *t);
void citep_text_free(struct citep_text *t);
/* Append s[0..n) that stands for input bytes [i_off, i_off + i_len).
 * Adjacent one-to-one pieces are merged into one segment. */
cite_status citep_text_append(struct citep_text *t, const char *s, size_t n, size_t i_off,
                              size_t i_len);
/* Map a view offset (0..len) to an input offset: a start offset. */
size_t citep_text_to_input(const struct citep_text *t, size_t off);
/* Map an end offset (exclusive): an end on a segment boundary stays with the
 * segment before it; an end inside a non one-to-one segment covers all of it. */
size_t citep_text_end_to_input(const struct citep_text *t, size_t off);

/* ---- line index over the input ---------------------------------------- */
struct citep_lines {
    size_t *starts; /* byte offset of each line's first byte; starts[0] == 0 */
    size_t n;
};
cite_status citep_lines_build(struct citep_lines *l, const char *s, size_t len);
unsigned citep_lines_line_of(const struct citep_lines *l, size_t off);
void citep_lines_free(struct citep_lines *l);

/* ---- the document ------------------------------------------------------ */

/* A paragraph of the analysis text (d->text); embed is the embed index whose
 * text it belongs to, or -1 for article prose. */
struct citep_para {
    size_t start, end; /* offsets in d->text */
    int embed;
};

/* Internal extras per embed, parallel to d->embeds. */
struct citep_embed_x {
    size_t t_start, t_end; /* the post text in d->text; both SIZE_MAX if not in it */
    size_t s_start, s_end; /* the whole embed in d->text (or SIZE_MAX) */
};

struct cite_doc {
    struct citep_arena *arena;
    const struct cite_parser *parser;

    const char *input;    /* the input as given; valid only during cite_parse */
    size_t input_len;
    size_t bom_len;       /* 3 when a UTF-8 BOM was skipped */
    struct citep_lines lines;
    bool is_html;

    struct citep_text utf8;  /* the whole input as valid UTF-8 (HTML: before parsing) */
    struct citep_text text;  /* analysis text: text input = utf8 (NFC); HTML = main text */
    char date[11];           /* publication date "YYYY-MM-DD" or "" */

    cite_source source;
    CITEP_VEC(cite_warning) warnings;
    CITEP_VEC(cite_entity) entities;
    CITEP_VEC(cite_embed) embeds;
    CITEP_VEC(struct citep_embed_x) embed_x;
    CITEP_VEC(struct citep_para) paras;
    CITEP_VEC(cite_citation) citations;
    CITEP_VEC(cite_claim) claims;
    CITEP_VEC(cite_finding) findings;
};

/* Record a warning (merged with an earlier one of the same code: count++). */
cite_status citep_warn(cite_doc *d, const char *code, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A span in the input for the view range [t_start, t_end) of view t. */
cite_span citep_span_from_view(const cite_doc *d, const struct citep_text *t,
                               size_t t_start, size_t t_end);
/* A span for input offsets. */
cite_span citep_span_from_input(const cite_doc *d, size_t start, size_t end);
/* Fill err (may be NULL) if it is not set yet; returns code. */
cite_status citep_error(cite_error *err, cite_status code, size_t offset, unsigned line,
                        const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ---- the parser -------------------------------------------------------- */
struct citep_entity_rx;   /* src/entities */
struct citep_segmenter;   /* src/segment */
struct citep_gazetteer;   /* src/claims */
struct citep_outlets;     /* src/attrib */
struct citep_gumbo_mem;   /* src/html */

struct cite_parser {
    cite_options opts;
    struct citep_entity_rx *erx;
    struct citep_segmenter *seg;
    struct citep_gazetteer *gaz;
    struct citep_outlets *outlets;
    struct citep_gumbo_mem *gumbo_mem; /* src/html: reused by each HTML parse */
};

/* ---- small helpers shared by stages ------------------------------------ */
/* Decode one UTF-8 code point at s[0..n); returns its length (1..4) and sets *cp,
 * or returns 0 for an invalid sequence. */
size_t citep_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Encode cp into out (>= 4 bytes); returns the length. */
size_t citep_utf8_encode(int32_t cp, char *out);
/* Number of code points in the valid UTF-8 s[0..n). */
size_t citep_utf8_count(const char *s, size_t n);
/* The code point at *s (valid UTF-8) as it compares in a name without its
 * accents ("é" -> "e", "ø" -> "o", "ß" -> "ss"), into out: 0 to 4 bytes (none
 * for a lone combining mark); *s moves past it. ASCII is itself. */
size_t citep_fold_next(const char **s, char out[4]);
/* s[0..n) folded so into out (cap bytes, no NUL added): its length, or
 * SIZE_MAX when it does not fit. */
size_t citep_fold(const char *s, size_t n, char *out, size_t cap);
/* Length of the longest prefix of s[0..n) made of ASCII bytes other than NUL. */
size_t citep_ascii_span(const char *s, size_t n);

#endif /* CITEP_INTERNAL_H */
