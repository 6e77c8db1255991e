/*
 * citecheck.h - public API of libcitecheck.
 *
 * citecheck reads one news article (plain text or HTML) and finds what it cites:
 * embedded social posts, hashtags/mentions/URLs/cashtags, attributions in prose,
 * and the facts (claims) that posts and body state, then cross-checks them.
 *
 * Ownership rules (apply to every function below unless its comment says otherwise):
 *  - cite_*_new and cite_parse return owned objects; free them with the matching
 *    cite_*_free.  Every free function accepts NULL.
 *  - Getters return borrowed const pointers that stay valid until the object they
 *    came from is freed.
 *  - char * results are owned by the caller and are freed with cite_free().
 *  - Strings handed to a cite_write_fn callback are not NUL-terminated and live
 *    only during the call.
 *  - The library never prints and never exits; diagnostics are collected as
 *    warnings on the document.
 *
 * All spans are byte offsets into the input exactly as the caller passed it,
 * end exclusive, with a 1-based line number (LF, CRLF and CR all end a line).
 */
#ifndef CITECHECK_H
#define CITECHECK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define CITE_EXPORT __attribute__((visibility("default")))
#define CITE_WARN_UNUSED __attribute__((warn_unused_result))
#else
#define CITE_EXPORT
#define CITE_WARN_UNUSED
#endif

#define CITE_VERSION_MAJOR 0
#define CITE_VERSION_MINOR 1
#define CITE_VERSION_PATCH 0
#define CITE_VERSION_STRING "0.1.0"

/* Version of the structs below; callers set cite_options.abi_version to it. */
#define CITE_ABI_VERSION 1

/* ------------------------------------------------------------------------ */
/* Status codes.  Values are only ever appended, never renumbered.           */

typedef enum cite_status {
    CITE_OK = 0,
    CITE_ENOMEM = 1,   /* an allocation failed */
    CITE_EINVAL = 2,   /* a bad argument (NULL where not allowed, bad option) */
    CITE_EIO = 3,      /* reading or writing failed */
    CITE_ETOOBIG = 4,  /* input larger than the configured cap */
    CITE_EBINARY = 5,  /* input is binary (an image, an archive), not text */
    CITE_ECHARSET = 6, /* declared character set is not supported */
    CITE_EREGEX = 7,   /* an internal pattern failed to compile (a bug) */
    CITE_ELIMIT = 8,   /* an internal limit was exceeded (depth, count) */
    CITE_EDATA = 9     /* a bundled data table is missing or corrupt */
} cite_status;

/* A static English description of the status; never NULL. */
CITE_EXPORT const char *cite_strerror(cite_status status);

/* The library version as "MAJOR.MINOR.PATCH"; static. */
CITE_EXPORT const char *cite_version(void);

/* Optional error details, filled by functions that take a cite_error *.
 * May be NULL. The first error set wins. */
typedef struct cite_error {
    cite_status code;
    size_t offset;   /* byte offset in the input, or 0 */
    unsigned line;   /* 1-based line, or 0 when not about a position */
    char text[200];  /* NUL-terminated message */
} cite_error;

/* Replace the allocator (for failure-injection tests). Pass NULLs to restore
 * malloc/realloc/free. Not thread-safe: call before any other function. */
typedef void *(*cite_malloc_fn)(size_t);
typedef void *(*cite_realloc_fn)(void *, size_t);
typedef void (*cite_free_fn)(void *);
CITE_EXPORT void cite_set_alloc_funcs(cite_malloc_fn m, cite_realloc_fn r, cite_free_fn f);

/* Free a char * returned by the library. Accepts NULL. */
CITE_EXPORT void cite_free(void *p);

/* ------------------------------------------------------------------------ */
/* Options.                                                                   */

#define CITE_OPT_DEFAULT 0
/* Treat the input as plain text even if it looks like HTML. */
#define CITE_OPT_FORCE_TEXT (1u << 0)
/* Treat the input as HTML even if it does not look like it. */
#define CITE_OPT_FORCE_HTML (1u << 1)
/* Only run the input and entity stages (what `citecheck entities` needs). */
#define CITE_OPT_ENTITIES_ONLY (1u << 2)
/* Extract entities exactly as twitter-text does, also in article prose
 * (by default `check` is stricter in prose, e.g. no bare domain from "it.In"). */
#define CITE_OPT_TWITTER_EXACT (1u << 3)
/* Skip hashtag segmentation. */
#define CITE_OPT_NO_SEGMENT (1u << 4)
/* Let cite_parse refer to the caller's buffer instead of copying it when the
 * input needs no repair (valid UTF-8 without NUL bytes or a BOM, already NFC).
 * The caller then promises that buf[len] is readable and is '\0', and that buf
 * stays unchanged and allocated until cite_doc_free. Saves a copy of the input
 * (its memory and the time to write it), which matters for large files. */
#define CITE_OPT_BORROW_INPUT (1u << 5)

#define CITE_DEFAULT_MAX_BYTES ((size_t)64 * 1024 * 1024)

typedef struct cite_options {
    unsigned abi_version; /* CITE_ABI_VERSION */
    unsigned flags;       /* CITE_OPT_* */
    size_t max_bytes;     /* input cap; 0 means CITE_DEFAULT_MAX_BYTES */
    char date[11];        /* publication date "YYYY-MM-DD", or "" for unknown */
    const char *path;     /* shown as source.path; borrowed (must stay valid while the
                             parser is used), may be NULL */
    const char *charset;  /* character set declared with the input, e.g. by an HTTP
                             Content-Type ("iso-8859-1"), or NULL. Used when the
                             input itself declares none (a UTF-8 BOM or an HTML
                             <meta charset> wins); an unsupported one gives
                             CITE_ECHARSET. Borrowed like path. */
} cite_options;

/* Fill *opts with the defaults. */
CITE_EXPORT void cite_options_init(cite_options *opts);

/* ------------------------------------------------------------------------ */
/* Parser and document.                                                       */

/* A parser holds compiled patterns and loaded data tables. Reusable, not
 * thread-safe: use one per thread. */
typedef struct cite_parser cite_parser;
/* A document holds everything found in one article. Read-only after parse. */
typedef struct cite_doc cite_doc;

/* Create a parser. Returns NULL on failure with *err filled (err may be NULL).
 * Free with cite_parser_free. */
CITE_EXPORT CITE_WARN_UNUSED cite_parser *cite_parser_new(const cite_options *opts,
                                                          cite_error *err);
CITE_EXPORT void cite_parser_free(cite_parser *p);

/* Set the path (shown as source.path) and the publication date ("YYYY-MM-DD",
 * or NULL/"" for none) for the next cite_parse calls on p, e.g. when one
 * parser analyses many files. path is borrowed until it is set again.
 * Returns CITE_EINVAL for a malformed date. */
CITE_EXPORT cite_status cite_parser_set_document(cite_parser *p, const char *path,
                                                 const char *date);

/* Analyse buf[0..len). buf need not be NUL-terminated and is copied.
 * On CITE_OK *out is a new document to free with cite_doc_free.
 * Messy input (invalid UTF-8, broken HTML) is not an error: it is repaired and
 * noted as warnings. Errors: CITE_ENOMEM, CITE_EINVAL, CITE_ETOOBIG, CITE_EBINARY,
 * CITE_ECHARSET, CITE_ELIMIT. */
CITE_EXPORT CITE_WARN_UNUSED cite_status cite_parse(cite_parser *p, const char *buf,
                                                    size_t len, cite_doc **out,
                                                    cite_error *err);
CITE_EXPORT void cite_doc_free(cite_doc *doc);

typedef struct cite_span {
    size_t start; /* byte offset in the input as given */
    size_t end;   /* exclusive */
    unsigned line; /* 1-based line of start */
} cite_span;

/* Source metadata. Strings are NULL where unknown. */
typedef struct cite_source {
    const char *path;
    const char *format; /* "text" or "html" */
    size_t bytes;
    const char *title;
    const char *published; /* ISO date or date-time as found */
    const char *publisher;
} cite_source;

CITE_EXPORT const cite_source *cite_doc_source(const cite_doc *doc);

/* The text the stages read, *len bytes of valid UTF-8 (NUL-terminated): for a
 * text input the input repaired and normalised to NFC, for HTML the page's main
 * text, a paragraph a line. Spans do not index it (they point into the input).
 * Valid while doc lives (and, with CITE_OPT_BORROW_INPUT, the input buffer).
 * "" for an empty document, NULL for a NULL doc (*len 0); len may be NULL. */
CITE_EXPORT const char *cite_doc_text(const cite_doc *doc, size_t *len);

/* Warnings: oddities repaired or degraded while parsing. */
typedef struct cite_warning {
    const char *code;    /* stable short code, e.g. "invalid-utf8" */
    const char *message; /* human text */
    size_t offset;       /* byte offset in the input of the first occurrence */
    size_t count;        /* occurrences */
} cite_warning;

CITE_EXPORT size_t cite_doc_warning_count(const cite_doc *doc);
CITE_EXPORT const cite_warning *cite_doc_warning_at(const cite_doc *doc, size_t i);

/* Entities (twitter-text semantics). */
typedef enum cite_entity_type {
    CITE_HASHTAG = 0,
    CITE_MENTION = 1,
    CITE_URL = 2,
    CITE_CASHTAG = 3
} cite_entity_type;

typedef struct cite_entity {
    cite_entity_type type;
    const char *text;      /* hashtag/cashtag without '#'/'$', screen name without '@', URL */
    const char *list_slug; /* "/list-name" for a list mention, else NULL */
    const char *segmented; /* hashtags: words separated by spaces; else NULL */
    cite_span span;        /* covers the sigil ('#', '@', '$') and any list slug */
    size_t cp_start;       /* same span in Unicode code points of the input */
    size_t cp_end;
    int embed;             /* index of the embed it lies in, or -1 for the body */
} cite_entity;

CITE_EXPORT size_t cite_doc_entity_count(const cite_doc *doc);
CITE_EXPORT const cite_entity *cite_doc_entity_at(const cite_doc *doc, size_t i);

/* Embedded social posts. */
typedef struct cite_embed {
    const char *id;       /* "E1", "E2", ... */
    const char *platform; /* "x", "instagram", "bluesky", "mastodon", "threads",
                             "tiktok", "facebook", "youtube", "telegram", "truthsocial" */
    const char *author;   /* display name, or NULL */
    const char *handle;   /* without '@'; Mastodon "user@instance"; or NULL */
    const char *date;     /* "YYYY-MM-DD" or NULL */
    const char *url;      /* as written, or NULL */
    const char *text;     /* the post's text, or NULL when the embed has none */
    const char *post_id;  /* platform post id when known, else NULL */
    cite_span span;       /* the whole embed */
    cite_span text_span;  /* the post text (start == end when none) */
} cite_embed;

CITE_EXPORT size_t cite_doc_embed_count(const cite_doc *doc);
CITE_EXPORT const cite_embed *cite_doc_embed_at(const cite_doc *doc, size_t i);

/* Citations: who is cited for what. */
typedef struct cite_citation {
    const char *id;        /* "C1", ... */
    const char *source;    /* as written, e.g. "the Chinese Ministry of Defense" */
    const char *kind;      /* news_outlet, official, person, organization,
                              social_post, document, anonymous */
    const char *role;      /* descriptor such as "China's defense minister", or NULL */
    const char *cue;       /* "reports", "according to", ... or NULL */
    const char *date;      /* ISO date or NULL */
    const char *date_text; /* as written or NULL */
    const char *claim;     /* the clause cited, or NULL */
    const char *quote;     /* quoted words, or NULL */
    int embed;             /* embed index, or -1 */
    cite_span span;        /* first mention */
    size_t nspans;         /* all mentions (>= 1) */
    const cite_span *spans;
} cite_citation;

CITE_EXPORT size_t cite_doc_citation_count(const cite_doc *doc);
CITE_EXPORT const cite_citation *cite_doc_citation_at(const cite_doc *doc, size_t i);

/* Claims: facts stated by a post or the body. */
typedef enum cite_claim_type {
    CITE_CLAIM_QUANTITY = 0,
    CITE_CLAIM_PLACE = 1,
    CITE_CLAIM_DATE = 2,
    CITE_CLAIM_ENTITY = 3
} cite_claim_type;

typedef struct cite_claim {
    const char *id;       /* "K1", ... */
    cite_claim_type type;
    const char *subject;  /* quantity: counted thing (singular lemma); place/entity: name;
                             date: what is dated or NULL */
    const char *value;    /* normalised value as text: "5", "2023-07-17", "Qingdao" */
    double number;        /* quantity: the value (low end of a range) */
    double number_hi;     /* quantity: high end of a range (== number when none) */
    const char *comparator; /* "eq", "ge", "gt", "le", "lt", "approx", "range" */
    const char *text;     /* as written */
    int embed;            /* embed index, or -1 for the body */
    cite_span span;
    const char *event;    /* quantity: what befell the counted things ("death" for
                             "23 people have died", "injury"), or NULL; static */
} cite_claim;

CITE_EXPORT size_t cite_doc_claim_count(const cite_doc *doc);
CITE_EXPORT const cite_claim *cite_doc_claim_at(const cite_doc *doc, size_t i);

/* Findings: the cross-check of each embedded post against the body. */
typedef enum cite_finding_kind {
    CITE_CONSISTENT = 0,
    CITE_CONFLICT = 1,
    CITE_POST_ONLY = 2,
    CITE_BODY_ONLY = 3
} cite_finding_kind;

typedef struct cite_finding {
    cite_finding_kind kind;
    cite_claim_type type;
    const char *subject;
    int embed;                /* embed index */
    const cite_claim *post;   /* NULL when the post does not state it */
    const cite_claim *body;   /* NULL when the body does not state it */
    const char *message;      /* one human line */
} cite_finding;

CITE_EXPORT size_t cite_doc_finding_count(const cite_doc *doc);
CITE_EXPORT const cite_finding *cite_doc_finding_at(const cite_doc *doc, size_t i);
/* "consistent", "conflict", "post_only", "body_only" */
CITE_EXPORT const char *cite_finding_kind_name(cite_finding_kind k);
/* "info", "warning", "error" */
CITE_EXPORT const char *cite_finding_severity(cite_finding_kind k);
/* "quantity", "place", "date", "entity" */
CITE_EXPORT const char *cite_claim_type_name(cite_claim_type t);

/* ------------------------------------------------------------------------ */
/* Hashtag segmentation.                                                      */

/* Split a hashtag (without '#', UTF-8, len bytes) into words. ctx/ctxlen is
 * optional context text (the post or article; may be NULL): words that occur
 * in it are preferred. On CITE_OK *out is a new NUL-terminated string, words
 * separated by single spaces, letters as in the input; free with cite_free. */
CITE_EXPORT CITE_WARN_UNUSED cite_status cite_segment(cite_parser *p, const char *tag,
                                                      size_t len, const char *ctx,
                                                      size_t ctxlen, char **out);

/* ------------------------------------------------------------------------ */
/* Renderers.  Output goes through a callback so callers can stream to a     */
/* FILE * or collect in memory.  The callback returns 0 to go on, non-zero to */
/* stop (the renderer then returns CITE_EIO).                                 */

typedef int (*cite_write_fn)(const char *buf, size_t len, void *userdata);

/* `citecheck entities --format json`: twitter-text style, code-point indices. */
CITE_EXPORT cite_status cite_render_entities_json(const cite_doc *doc, cite_write_fn w,
                                                  void *ud);
/* `citecheck entities --format text`. */
CITE_EXPORT cite_status cite_render_entities_text(const cite_doc *doc, cite_write_fn w,
                                                  void *ud);

#define CITE_RENDER_DEFAULT 0
/* Pretty-print JSON with two-space indentation. */
#define CITE_RENDER_PRETTY (1u << 0)
/* Colour the text report with ANSI escapes. */
#define CITE_RENDER_COLOR (1u << 1)
/* CSV: write the header row. */
#define CITE_RENDER_HEADER (1u << 2)

/* The `check` report as JSON (schema_version 1). */
CITE_EXPORT cite_status cite_render_json(const cite_doc *doc, unsigned flags,
                                         cite_write_fn w, void *ud);
/* The `check` report for people. */
CITE_EXPORT cite_status cite_render_text(const cite_doc *doc, unsigned flags,
                                         cite_write_fn w, void *ud);

typedef enum cite_table {
    CITE_TABLE_CITATIONS = 0,
    CITE_TABLE_FINDINGS = 1,
    CITE_TABLE_EMBEDS = 2
} cite_table;

/* CSV rows for one article (RFC 4180, CRLF). `article` fills the first column.
 * With CITE_RENDER_HEADER the header row is written first. doc may be NULL to
 * write only the header. */
CITE_EXPORT cite_status cite_render_csv(const cite_doc *doc, const char *article,
                                        cite_table table, unsigned flags,
                                        cite_write_fn w, void *ud);

#ifdef __cplusplus
}
#endif
#endif /* CITECHECK_H */
