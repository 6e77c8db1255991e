/*
 * future_dates_test.c - a weekday in a sentence about what is to come resolves
 * to the coming such day; in a sentence about the past, to the last one.
 */
#include "harness.h"
#include "citecheck/citecheck.h"

#include <stdio.h>
#include <string.h>

/* The value of the post's date claim about `subject`, or "". */
static void post_date(cite_parser *p, const char *post, const char *subject, char *out,
                      size_t n)
{
    char buf[1024];
    /* the post is dated Monday 24 February 2025 */
    snprintf(buf, sizeof buf,
             "The village shop closed last autumn.\nThe shop posted the news.\n%s\n"
             "Posted by Dale Community Shop on Monday, February 24, 2025\n"
             "More news will follow.\n",
             post);
    cite_doc *d = NULL;
    out[0] = '\0';
    if (cite_parse(p, buf, strlen(buf), &d, NULL) != CITE_OK)
        return;
    for (size_t i = 0; i < cite_doc_claim_count(d); i++) {
        const cite_claim *c = cite_doc_claim_at(d, i);
        if (c->type == CITE_CLAIM_DATE && c->embed >= 0 &&
            !strcmp(c->subject ? c->subject : "", subject) && c->value)
            snprintf(out, n, "%s", c->value);
    }
    cite_doc_free(d);
}

static void expect(cite_parser *p, const char *post, const char *subject, const char *want,
                   const char *what)
{
    char got[64];
    post_date(p, post, subject, got, sizeof got);
    T_REPORT(!strcmp(got, want), "%s: want %s, got \"%s\"", what, want, got);
}

int main(void)
{
    cite_options o;
    cite_options_init(&o);
    cite_parser *p = cite_parser_new(&o, NULL);
    OK(p != NULL, "parser");
    if (!p)
        return TEST_SUMMARY();
    expect(p, "We did it! We reopen on Saturday with a new manager.", "reopen", "2025-03-01",
           "\"We reopen on Saturday\" is the coming Saturday");
    expect(p, "Good news: the shop will open its doors on Friday again.", "door", "2025-02-28",
           "\"will ... on Friday\" is the coming Friday");
    expect(p, "Thank you all: the shop was sold on Saturday to the village.", "sold",
           "2025-02-22", "\"was sold on Saturday\" is the last Saturday");
    expect(p, "We will celebrate on Monday with cake for everyone.", "celebrate", "2025-02-24",
           "\"on Monday\" posted on a Monday is that day");
    expect(p, "Starting April 7 we will be open all day.", "", "2025-04-07",
           "a day of the year ahead (\"Starting April 7 we will\") is this year's");
    expect(p, "The first sale was on April 7 last year.", "sale", "2024-04-07",
           "a day of the year in the past is last year's");
    expect(p, "The shop will be open every Sunday from now on.", "open", "",
           "\"every Sunday\" is no date");
    expect(p, "Winter bookings are well ahead of last year on most routes.", "ahead", "",
           "\"ahead of last year\" is a baseline, no date");
    expect(p, "The shop was sold last year to the village.", "sold", "2024",
           "\"sold last year\" is a date");
    expect(p, "The line is closed until at least Saturday for repairs.", "closed", "2025-03-01",
           "\"is closed until at least Saturday\" is the coming Saturday");
    expect(p, "The line was closed until Saturday for repairs.", "closed", "2025-02-22",
           "\"was closed until Saturday\" is the last Saturday");
    cite_parser_free(p);
    return TEST_SUMMARY();
}
