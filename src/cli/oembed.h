/*
 * oembed.h - `check --online`: look each embedded post up at its platform's
 * oEmbed endpoint and compare the live text with the article's copy. The
 * outcomes are extra findings of type "embed_text" that the tool adds to the
 * library's report (JSON, text, CSV findings table).
 */
#ifndef CITECHECK_OEMBED_H
#define CITECHECK_OEMBED_H

#include "citecheck/citecheck.h"
#include "fetch.h"

#include <stdbool.h>
#include <stdio.h>

#define OEMBED_DEFAULT_PER_HOST 2
#define OEMBED_MAX_ATTEMPTS 3
#define OEMBED_MAX_RETRY_WAIT 10 /* seconds, the most a Retry-After is honoured */

struct oembed_opts {
    bool enabled;                  /* --online */
    const struct fetch_opts *fetch; /* guard, timeout and cap for each request */
    const char *config;            /* --oembed-config FILE, or NULL */
    long per_host;                 /* concurrent requests per host */
};

struct oembed_outcome {
    size_t embed;           /* index into the document's embeds */
    cite_finding_kind kind; /* consistent, conflict or post_only */
    char *live;             /* the live post text, or NULL when the post is gone */
    char *message;
};

struct oembed_report {
    struct oembed_outcome *v;
    size_t n;
};

void oembed_opts_init(struct oembed_opts *o, const struct fetch_opts *f);

/* Handle one of check's network options; which counts from 0 in the order
 * --timeout, --allow-private-network, --cache, --online, --oembed-config,
 * --oembed-per-host. False for a bad value. */
bool fetch_parse_option(int which, const char *arg, struct fetch_opts *f,
                        struct oembed_opts *o);

/* Look every embed with a post URL up. Failed look-ups are notes on stderr,
 * not errors; returns false (after a message) only for a bad config file or
 * when out of memory. */
bool oembed_run(const cite_doc *doc, const struct oembed_opts *o, struct oembed_report *r);
void oembed_report_free(struct oembed_report *r);

/* Pure parts, for tests: the post text inside an oEmbed "html" value
 * (malloc'd, or NULL), and the comparison of two copies of a post. */
char *oembed_html_text(const char *html);
cite_finding_kind oembed_compare(const char *article, const char *live, char *msg, size_t n);

/* The report with the outcomes added: format "json", "text" or "csv". */
cite_status oembed_render(const cite_doc *doc, const struct oembed_report *r, const char *format,
                          cite_table table, unsigned flags, const char *article, FILE *out);

/* True when an outcome calls for exit status 1: a conflict, or with
 * unverified also a post that is gone. */
bool oembed_fails(const struct oembed_report *r, bool unverified);

#endif
