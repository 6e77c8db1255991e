/*
 * dates.h - relative and absolute date phrases in news prose ("on Saturday",
 * "last month", "yesterday", "on July 3") and their resolution against the
 * article's publication date. Shared by the attribution and claims stages.
 *
 * Resolution rules (never a guess: no article date -> unresolved, except for
 * phrases that carry their own year):
 *   weekday ("on Saturday", "Saturday night")  most recent such day on or before
 *                                               the article date
 *   "last Saturday"                             most recent such day strictly before
 *   "yesterday" / "today", "this morning"       article date - 1 / article date
 *   "on July 3" (no year)                       most recent July 3 on or before it
 *   "in July" (no year)                         most recent July on or before: "YYYY-MM"
 *   "last week" / "this week"                   ISO week "YYYY-Www" of date - 7 / date
 *   "last month" / "this month"                 "YYYY-MM"
 *   "last year" / "this year"                   "YYYY"
 *   "on July 3, 2023", "3 July 2023", "2023-07-03"  that date
 */
#ifndef CITEP_DATES_H
#define CITEP_DATES_H
#include <stdbool.h>
#include <stddef.h>

enum citep_date_kind {
    CITEP_DATE_NONE = 0,
    CITEP_DATE_WEEKDAY,      /* wday */
    CITEP_DATE_LAST_WEEKDAY, /* wday */
    CITEP_DATE_YESTERDAY,
    CITEP_DATE_TODAY,
    CITEP_DATE_LAST_WEEK,
    CITEP_DATE_THIS_WEEK,
    CITEP_DATE_LAST_MONTH,
    CITEP_DATE_THIS_MONTH,
    CITEP_DATE_LAST_YEAR,
    CITEP_DATE_THIS_YEAR,
    CITEP_DATE_MONTH_DAY, /* month, day, year (0 when not written) */
    CITEP_DATE_MONTH      /* month, year (0 when not written) */
};

struct citep_date_expr {
    enum citep_date_kind kind;
    int wday;  /* 0 = Sunday .. 6 = Saturday */
    int year, month, day;
};

/* Every word a date phrase can open with (lower-case, NULL-terminated). A
 * phrase opens with one of them, or with a digit, at the start of a word (its
 * letters up to the first other byte): citep_date_scan finds nothing at any
 * other word. */
extern const char *const citep_date_openers[];

/* Recognise a date phrase at the very start of s[0..n) (case-insensitive,
 * whole words). Returns its length in bytes and fills *e, or 0 when s does not
 * start with one. A leading "on", "in", "earlier", "late" is part of the phrase. */
size_t citep_date_scan(const char *s, size_t n, struct citep_date_expr *e);

/* Resolve e against article_date ("YYYY-MM-DD", "" or NULL). On success writes
 * the ISO 8601 text (at most 10 bytes + NUL) to out (outsz >= 11) and returns
 * true; returns false when the phrase cannot be resolved. */
bool citep_date_resolve(const struct citep_date_expr *e, const char *article_date,
                        char *out, size_t outsz);

/* Parse "YYYY-MM-DD" into its parts; false if malformed or not a real date. */
bool citep_date_parse_iso(const char *s, int *y, int *m, int *d);
#endif
