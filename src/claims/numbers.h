/*
 * numbers.h - numbers in English news prose: digits with grouping and scale
 * suffixes ("1,200", "3.5bn", "10k"), number words ("twenty-three", "a dozen",
 * "one and a half"), ordinals ("sixth", "21st"), percents and comparative
 * ranges ("at least 5", "three to four", "between 20 and 30").
 *
 * The behaviour follows the English number specs of Microsoft
 * Recognizers-Text (NumberModel, OrdinalModel, NumberRangeModel, PercentModel)
 * where they matter for news; tests/conformance/recognizers-number/ holds the
 * vendored cases that tests/claims/numbers_conformance_test.c checks.
 */
#ifndef CITEP_NUMBERS_H
#define CITEP_NUMBERS_H
#include "../internal.h"

#define CITEP_NUM_MAX_ITEMS 100000 /* per scanned string; the rest is ignored */
#define CITEP_NUM_MAX_DIGITS 40    /* longer digit runs are not numbers */

enum citep_num_kind {
    CITEP_NUM_CARDINAL = 0,
    CITEP_NUM_ORDINAL,
    CITEP_NUM_PERCENT, /* an expression over a cardinal */
    CITEP_NUM_RANGE    /* an expression: comparator or range over cardinals */
};

/* A base number (cardinal or ordinal) or an expression built on them. */
struct citep_num {
    enum citep_num_kind kind;
    size_t start, end;  /* bytes in the scanned string, end exclusive */
    double value;       /* cardinal/ordinal/percent value; range: low end */
    double hi;          /* range: high end (== value otherwise) */
    bool has_lo, has_hi, lo_incl, hi_incl; /* range bounds */
    const char *cmp;    /* "eq","ge","gt","le","lt","approx","range" */
    bool words;         /* written (partly) in words */
    bool scaled;        /* a scale word or suffix ("million", "bn", "k") */
    bool vague;         /* "dozens", "hundreds of": a loose amount */
    bool glued_unit;    /* digits glued to a unit ("29km"): not a bare number */
    bool in_token;      /* digits inside a code ("F-16", "SCP-173") */
    bool currency;      /* "$", "€", "£" before it */
    bool year_like;     /* a plain integer 1500..2100 */
    int decimals;       /* digits written after the decimal point */
    double scale;       /* the scale factor written (1e6 for "million"), or 0 */
    size_t unit_end;    /* glued_unit: end of the unit letters */
};

/* A growing array of numbers that a caller keeps between scans, so that a
 * paragraph's numbers cost no allocation (free v with citep_free). */
struct citep_numbuf {
    struct citep_num *v;
    size_t n, cap;
    bool euro; /* the text groups thousands with a point and writes a decimal comma
                  ("4.260", "3,5"), as most languages of Europe do */
};

/* Scan s[0..n) for base numbers (cardinals and ordinals), in order.
 * *out is a new array (citep_free) of *count items. */
cite_status citep_numbers_scan(const char *s, size_t n, struct citep_num **out,
                               size_t *count);

/* Build expressions (percents, ranges, comparators, approximations) over the
 * base numbers from citep_numbers_scan. *out is a new array of every base number
 * that is not part of an expression plus the expressions, ordered by start. */
cite_status citep_numbers_express(const char *s, size_t n, const struct citep_num *base,
                                  size_t nbase, struct citep_num **out, size_t *count);

/* The same two into buf (its old contents replaced; on an error it holds what
 * was found so far). */
cite_status citep_numbers_scan_into(const char *s, size_t n, struct citep_numbuf *buf);
cite_status citep_numbers_express_into(const char *s, size_t n,
                                       const struct citep_num *base, size_t nbase,
                                       struct citep_numbuf *buf);

/* Format v the way the specs print values ("1200", "0.08", "1.5"). */
void citep_num_format(double v, char *out, size_t outsz);

/* The currency sign starting at s[i] (of s[0..n)): its length in bytes, 0 when
 * there is none; *name (when not NULL) gets the currency ("$" dollar, "€" euro,
 * "£" pound, "¥" yen, "₹" rupee, ...). */
size_t citep_currency_sign(const char *s, size_t n, size_t i, const char **name);

/* A capital R glued before the digits at s[start] and standing alone
 * ("R76.4bn"): the rand's sign. */
bool citep_rand_sign(const char *s, size_t start);
#endif
