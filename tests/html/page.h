/*
 * page.h - helpers of the HTML tests (tests/html, tests/embeds): parse a page
 * through the public API, read the input under a span, look for a warning.
 */
#ifndef CITE_TEST_PAGE_H
#define CITE_TEST_PAGE_H
#include <citecheck/citecheck.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static inline cite_doc *parse_opts(const char *html, size_t len, unsigned flags)
{
    cite_options o;
    cite_options_init(&o);
    o.flags = flags | CITE_OPT_NO_SEGMENT;
    cite_parser *p = cite_parser_new(&o, NULL);
    cite_doc *d = NULL;
    cite_error err;
    memset(&err, 0, sizeof err);
    cite_status st = p ? cite_parse(p, html, len, &d, &err) : CITE_ENOMEM;
    if (st != CITE_OK)
        fprintf(stderr, "parse failed: %s (%s)\n", cite_strerror(st), err.text);
    cite_parser_free(p);
    return d;
}

static inline cite_doc *parse(const char *html)
{
    return parse_opts(html, strlen(html), CITE_OPT_FORCE_HTML);
}

/* The input bytes under a span, as a NUL-terminated string (static). */
static inline const char *cut(const char *in, cite_span s)
{
    static char buf[4096];
    size_t n = s.end > s.start ? s.end - s.start : 0;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, in + s.start, n);
    buf[n] = '\0';
    return buf;
}

static inline bool starts_with(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

static inline bool has_warning(const cite_doc *d, const char *code)
{
    for (size_t i = 0; i < cite_doc_warning_count(d); i++)
        if (!strcmp(cite_doc_warning_at(d, i)->code, code))
            return true;
    return false;
}

#define PAGE(body)                                                                       \
    "<!DOCTYPE html><html><head><title>Test page</title></head><body><article>"         \
    "<p>An article paragraph that says something about the news of the day.</p>" body  \
    "<p>A closing paragraph with a few more words in it.</p></article></body></html>"

static inline const cite_embed *one(cite_doc *d, const char *what)
{
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 1, what);
    return d && cite_doc_embed_count(d) == 1 ? cite_doc_embed_at(d, 0) : NULL;
}

#endif
