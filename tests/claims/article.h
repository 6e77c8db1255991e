/*
 * article.h - the cross-check tests' article: a body, a sentence that
 * introduces the post, the post with its signature, and a closing line; and
 * the finding of one type and subject in the report. Shared by the claims
 * tests that compare a post with a body (lang, placeev, quantity_lang).
 */
#ifndef CITECHECK_TESTS_ARTICLE_H
#define CITECHECK_TESTS_ARTICLE_H
#include "citecheck/citecheck.h"

#include <stdio.h>
#include <string.h>

/* body, intro, post and signature, each on its own line, then a closing
 * line; parsed with p, or NULL. */
static inline cite_doc *test_article(cite_parser *p, const char *body, const char *intro,
                                     const char *post, const char *signature)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s\n%s\n%s\n%s\nMore details will follow.\n", body, intro,
             post, signature);
    cite_doc *d = NULL;
    return cite_parse(p, buf, strlen(buf), &d, NULL) == CITE_OK ? d : NULL;
}

static inline const cite_finding *test_finding(const cite_doc *d, cite_claim_type t,
                                               const char *subject)
{
    for (size_t i = 0; d && i < cite_doc_finding_count(d); i++) {
        const cite_finding *f = cite_doc_finding_at(d, i);
        if (f->type == t && f->subject && !strcmp(f->subject, subject))
            return f;
    }
    return NULL;
}
#endif
