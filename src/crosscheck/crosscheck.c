/*
 * crosscheck.c - compares what each embedded post states with what the
 * article body states, claim by claim, into d->findings.
 *
 * Rules (one per claim type, applied the same way to every article):
 *  - quantity: same counted thing (singular lemma; units compared after
 *    conversion within their family). Each side is an interval: exact values,
 *    comparators ("at least 5" is 5 or more), ranges, vague amounts ("dozens" =
 *    24..99), approximations (+-10%) and round figures (1,200 stands for
 *    1,150 to 1,250). Overlap -> consistent, none -> conflict, no body count of
 *    that thing -> post_only. Counts qualified by different proper adjectives
 *    ("Chinese warships" vs "Russian warships") are different things. Words of
 *    one class ("two ships" vs "a pair of vessels") may agree but never
 *    conflict. Durations (terms, "lasted N hours", "an outage of 36 hours")
 *    compare across units. A post's total may be the sum of the body's parts
 *    ("more than 26,000 claims" against 23,600 and another 3,100), fitted more
 *    closely than a single figure.
 *  - place: countries are the actors of a story rather than where it happened,
 *    so they give no findings. Places are compared by the name the gazetteer
 *    knows them by ("Ghent" is "Gent"). A named city, sea or region in the body ->
 *    consistent; else, when the post places the event ("in X") and the body
 *    places the story ("in Y", "north of Y") at another place of the same kind that the
 *    post never names -> conflict; else post_only. The post's own wording need not be
 *    locative (a hashtag often stands alone). A place the gazetteer does not know
 *    ("in Knowsley") has no kind: consistent or post_only, never conflict.
 *  - date: the same resolved date (or the same words, when a side cannot be
 *    resolved) in the body -> consistent; a different date
 *    for the same word ("attack on Monday" vs "attack on Tuesday") -> conflict;
 *    else post_only.
 *  - entity: named in the body (full name or surname) -> consistent, else
 *    post_only.
 *  - body_only: a body count of something the post mentions without a number
 *    (or a body measure of what the post names: "300 tonnes of oil" for "oil leak").
 */
#include "crosscheck.h"
#include "claims/claims.h"
#include "claims/lemma.h"
#include "attrib/dates.h"
#include "core/wordset.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#define CROSS_MAX_FINDINGS 100000

struct interval {
    double lo, hi;
};

/* The unit of rounding of a round figure: 1200 -> 100, 3500000 -> 100000. */
static double round_unit(double v)
{
    double p = 1;
    v = fabs(v);
    if (v < 1000 || v > 1e15 || v != floor(v))
        return 0;
    while (p * 10 <= v && fmod(v, p * 10) == 0)
        p *= 10;
    return p > 1 ? p : 0;
}

static bool one_figure(double v);

/* "nearly 15", "almost 2,000", "just under 300": a figure a little above
 * the count, which lies below it. */
static bool just_under(const cite_claim *c)
{
    static const char *const W[] = {"nearly ", "almost ", "just under ", "close to ",
                                    "a little under ", "not quite ", NULL};
    for (size_t i = 0; c->text && W[i]; i++)
        if (!strncasecmp(c->text, W[i], strlen(W[i])))
            return true;
    return false;
}

static struct interval interval_of(const cite_claim *c, double factor)
{
    struct interval r;
    const char *cmp = c->comparator ? c->comparator : "eq";
    double v = c->number * factor, hi = c->number_hi * factor, u;
    r.lo = v;
    r.hi = hi > v ? hi : v;
    if (!strcmp(cmp, "ge"))
        r.hi = INFINITY;
    else if (!strcmp(cmp, "gt"))
        r.lo = nextafter(v, INFINITY), r.hi = INFINITY;
    else if (!strcmp(cmp, "le"))
        r.lo = -INFINITY;
    else if (!strcmp(cmp, "lt"))
        r.lo = -INFINITY, r.hi = nextafter(v, -INFINITY);
    else if (!strcmp(cmp, "approx") && !(hi > v)) {
        /* "about 100" is loose by a tenth; "about 68,000", written to two
         * figures, by a twentieth: 72,000 is another count */
        double tol = one_figure(fabs(c->number)) || fabs(c->number) < 10 ? 0.1 : 0.05;
        r.lo = v - fabs(v) * tol; /* "about -12°C": below zero too */
        r.hi = v + fabs(v) * tol;
        if (just_under(c) && v > 0) { /* "nearly 15 inches": 14.2, not 15.5 */
            r.lo = v - v * 0.1;
            r.hi = v;
        }
    }
    u = round_unit(c->number) * factor;
    if (u > 0 && !strcmp(cmp, "eq")) {
        /* half the rounding unit, but never more than 5%: "200 million" is
         * not "anything from 150 to 250 million" */
        double h = u / 2 < fabs(v) * 0.05 ? u / 2 : fabs(v) * 0.05;
        h *= 0.999; /* neighbours of one rounding ("110" and "120 million") only touch */
        r.lo = v - h;
        r.hi = v + h;
    }
    if (factor != 1) { /* converted figures are rounded by whoever converted them */
        r.lo -= fabs(r.lo) * 0.03;
        r.hi += fabs(r.hi) * 0.03;
    }
    return r;
}

/* ---- same thing? ------------------------------------------------------------- */

#define PROPER_MAX 128

/* Proper adjectives in a claim's text ("five Chinese warships" -> "Chinese"). */
static void proper_words(const char *text, char *out, size_t n)
{
    size_t o = 0, i = 0;
    out[0] = '\0';
    if (!text)
        return;
    while (text[i]) {
        size_t b = i;
        while (text[i] && text[i] != ' ')
            i++;
        if (b > 0 && text[b] >= 'A' && text[b] <= 'Z' && o + (i - b) + 2 < n) {
            memcpy(out + o, text + b, i - b);
            o += i - b;
            out[o++] = ' ';
            out[o] = '\0';
        }
        while (text[i] == ' ')
            i++;
    }
}

/* Digits written after the decimal point in a claim's value ("46.8" -> 1),
 * or in its text when the figure there is the value with trailing zeros:
 * "7.00%" is given to two decimals, and 6.75% is no rounding of it. (Not a
 * thousands point: "1.350" read as 1.35 is not the value 1350.) */
static int decimals_of(const cite_claim *c)
{
    const char *dot = c->value ? strchr(c->value, '.') : NULL;
    int n = dot ? (int)strlen(dot + 1) : 0;
    for (const char *t = c->text; t && *t; t++) {
        if (*t < '0' || *t > '9' || (t > c->text && t[-1] >= '0' && t[-1] <= '9'))
            continue;
        char *e;
        double v = strtod(t, &e);
        const char *pt = memchr(t, '.', (size_t)(e - t));
        if (pt && e > pt + 1 && (int)(e - pt - 1) > n && v == c->number)
            n = (int)(e - pt - 1);
        break;
    }
    return n;
}

/* Is the claim a measure that is often rounded: a share ("46.8%") or a length,
 * weight, speed or temperature ("11.4 miles"), not a duration? */
static bool roundable(const cite_claim *c)
{
    double f;
    const char *fam = citep_unit_family(c->subject, &f);
    return !strncmp(c->subject, "percent", 7) || (fam && strcmp(fam, "duration") != 0);
}

/* A share or measure given to fewer decimals is the other one rounded: "47%"
 * is "46.8%", "52%" is "52.4 percent", "11 miles" is "11.4 miles". Not for
 * counts and terms: "6 years" is not "five and a half" rounded. */
static bool rounded_share(const cite_claim *p, const cite_claim *b)
{
    const char *cp = p->comparator ? p->comparator : "eq";
    const char *cb = b->comparator ? b->comparator : "eq";
    int dp = decimals_of(p), db = decimals_of(b);
    bool shares = !strncmp(p->subject, "percent", 7) && !strncmp(b->subject, "percent", 7);
    if (!roundable(p) || !roundable(b) || (!shares && strcmp(p->subject, b->subject) != 0) ||
        strcmp(cp, "eq") || strcmp(cb, "eq") || dp == db || p->number_hi > p->number ||
        b->number_hi > b->number)
        return false;
    const cite_claim *coarse = dp < db ? p : b, *fine = dp < db ? b : p;
    double unit = pow(10, -(dp < db ? dp : db));
    return fabs(fine->number - coarse->number) < unit / 2 + 1e-9;
}

/* Both sides approximate single figures: each one's +-10% would add up to 20%. */
static bool both_about(const cite_claim *p, const cite_claim *b)
{
    return p->comparator && b->comparator && !strcmp(p->comparator, "approx") &&
           !strcmp(b->comparator, "approx") && !(p->number_hi > p->number) &&
           !(b->number_hi > b->number);
}

/* A figure with one significant digit, 10 or more: 20, 500, 1,000, 3 million. */
static bool one_figure(double v)
{
    if (v < 10 || v > 1e15)
        return false;
    double p = pow(10, floor(log10(v)));
    return fabs(v / p - floor(v / p + 0.5)) < 1e-9;
}

/* Both sides give a bound of the same direction on a single figure ("at least 12
 * people" and "at least 31 people"): each is its source's best count, so far apart
 * they disagree even though both can be true. */
static bool same_bound(const cite_claim *p, const cite_claim *b)
{
    const char *cp = p->comparator ? p->comparator : "eq";
    const char *cb = b->comparator ? b->comparator : "eq";
    bool lp = !strcmp(cp, "ge") || !strcmp(cp, "gt"), lb = !strcmp(cb, "ge") || !strcmp(cb, "gt");
    bool up = !strcmp(cp, "le") || !strcmp(cp, "lt"), ub = !strcmp(cb, "le") || !strcmp(cb, "lt");
    return ((lp && lb) || (up && ub)) && !(p->number_hi > p->number) &&
           !(b->number_hi > b->number) && p->number > 0 && b->number > 0;
}

/* Two plain figures of one unit, one round ("18 million") and the other
 * exactly half its rounding unit away ("17.5 million"): the finer one is a
 * figure of its own, not what the round one was rounded from. */
static bool half_unit_off(const cite_claim *p, const cite_claim *b, double fp, double fb)
{
    const char *cp = p->comparator ? p->comparator : "eq";
    const char *cb = b->comparator ? b->comparator : "eq";
    if (fp != 1 || fb != 1 || strcmp(cp, "eq") || strcmp(cb, "eq") ||
        p->number_hi > p->number || b->number_hi > b->number)
        return false;
    double up = round_unit(p->number), ub = round_unit(b->number);
    const cite_claim *coarse = up > ub ? p : b, *fine = up > ub ? b : p;
    double u = fmax(up, ub), v = fabs(coarse->number);
    return u > 0 && u / 2 < v * 0.05 && fabs(fabs(fine->number) - v) == u / 2;
}

static bool consistent_quantity(const cite_claim *p, const cite_claim *b, double fp, double fb)
{
    cite_claim pm, bm;
    if (!strncmp(p->subject, "percent", 7) && (p->number < 0) != (b->number < 0)) {
        /* a change written with its sign ("-5%") is the fall the other side
         * words ("fell 5.2 percent"): compare the sizes */
        pm = *p, bm = *b;
        pm.number = fabs(pm.number), pm.number_hi = fabs(pm.number_hi);
        bm.number = fabs(bm.number), bm.number_hi = fabs(bm.number_hi);
        p = &pm, b = &bm;
    }
    struct interval x = interval_of(p, fp), y = interval_of(b, fb);
    if (both_about(p, b)) { /* "about 350,000" vs "about 290,000": not the same estimate */
        double a = p->number * fp, c = b->number * fb, m = fmax(fabs(a), fabs(c));
        return fabs(a - c) <= m * 0.1 + 1e-9;
    }
    if (same_bound(p, b)) { /* "at least 12" vs "at least 31": a revised toll */
        double a = fabs(p->number * fp), c = fabs(b->number * fb);
        bool lower = p->comparator[0] == 'g';
        /* a round bound on the loose side is a weak statement: "well over 1,000
         * objections" is still right about "more than 1,300" */
        if (one_figure(lower ? fmin(a, c) : fmax(a, c)) &&
            (lower ? fmin(a, c) : fmax(a, c)) >= 100)
            return true;
        /* small whole figures are not rounded: "up to 4 metres" is not "up to
         * five metres", "at least 4 dead" is not "at least 5" */
        if (fmax(a, c) < 10 && a == floor(a) && c == floor(c))
            return a == c;
        return fmin(a, c) >= fmax(a, c) * 0.8;
    }
    if (half_unit_off(p, b, fp, fb))
        return false;
    return (x.lo <= y.hi && y.lo <= x.hi) || rounded_share(p, b);
}

/* ---- messages ------------------------------------------------------------------ */

static void plural(const char *w, double n, bool vague, char *out, size_t sz)
{
    size_t l = strlen(w);
    if (!strcmp(w, "celsius") || !strcmp(w, "fahrenheit")) { /* "46 degrees Celsius" */
        snprintf(out, sz, "degree%s %c%s", n == 1 && !vague ? "" : "s", w[0] - 'a' + 'A', w + 1);
        return;
    }
    bool unit = citep_unit_family(w, &(double){0}) != NULL, pl = false, ct;
    char lem[CITEP_LEMMA_MAX];
    /* "5 crew", "41.6 billion yen": a word that is its own plural */
    bool same = !unit && l < sizeof lem && citep_lemma(w, l, lem, sizeof lem, &pl, &ct) &&
                ct && !strcmp(lem, w);
    if ((n == 1 && !vague) || !strncmp(w, "percent", 7) || same ||
        (unit && (w[l - 1] == 's' || strchr(w, '/') || !strcmp(w, "mph")))) {
        snprintf(out, sz, "%s", w);
    } else if (!strcmp(w, "foot")) {
        snprintf(out, sz, "feet");
    } else if (!strcmp(w, "person")) {
        snprintf(out, sz, "people");
    } else if (l > 4 && !strcmp(w + l - 3, "man") && strcmp(w, "human") != 0) {
        snprintf(out, sz, "%.*smen", (int)(l - 3), w); /* "fishermen", "gunmen" */
    } else if (l > 1 && w[l - 1] == 'y' && !strchr("aeiou", w[l - 2])) {
        snprintf(out, sz, "%.*sies", (int)(l - 1), w);
    } else if (l > 1 && (w[l - 1] == 's' || w[l - 1] == 'x' || w[l - 1] == 'z' ||
                         (w[l - 1] == 'h' && (w[l - 2] == 'c' || w[l - 2] == 's')))) {
        snprintf(out, sz, "%ses", w);
    } else {
        snprintf(out, sz, "%ss", w);
    }
}

static void amount(const cite_claim *c, char *out, size_t sz)
{
    static const struct {
        const char *cmp, *words;
    } W[] = {{"ge", "at least "}, {"gt", "more than "}, {"le", "up to "},
             {"lt", "fewer than "}, {"approx", "about "}, {NULL, NULL}};
    const char *pre = "";
    char noun[96];
    size_t k;
    bool vague = c->number_hi > c->number;
    for (k = 0; c->comparator && W[k].cmp; k++)
        if (!strcmp(c->comparator, W[k].cmp) && !vague)
            pre = W[k].words;
    plural(c->subject ? c->subject : "", c->number, vague, noun, sizeof noun);
    if (c->subject && !strcmp(c->subject, "magnitude")) /* "magnitude 6.4" */
        snprintf(out, sz, "%smagnitude %s", pre, c->value ? c->value : "?");
    else if (c->subject && !strncmp(c->subject, "percent", 7)) {
        const char *of = c->subject + 7 + (c->subject[7] == ' '); /* "percent of voters" */
        snprintf(out, sz, "%s%s%s%s", pre, c->value, *of ? " " : "", of);
    }
    else
        snprintf(out, sz, "%s%s %s", pre, c->value ? c->value : "?", noun);
}

/* What a date is about: the post's word for it, else the body's ("from Monday
 * our buses are diverted" has none before the date; "will be diverted from
 * Monday" has). NULL when neither side says. */
static const char *date_subject_of(const cite_claim *p, const cite_claim *b)
{
    if (p && p->subject)
        return p->subject;
    return b ? b->subject : NULL;
}

static const char *date_what(const cite_claim *p, const cite_claim *b)
{
    const char *w = date_subject_of(p, b);
    return w ? w : "it";
}

static bool same_str(const char *a, const char *b) { return a && b && !strcmp(a, b); }

static const char *message(cite_doc *d, cite_finding_kind kind, const cite_claim *p,
                           const cite_claim *b)
{
    char ap[160] = "", ab[160] = "", noun[96] = "";
    const cite_claim *c = p ? p : b;
    if (c->type == CITE_CLAIM_QUANTITY) {
        if (p)
            amount(p, ap, sizeof ap);
        if (b)
            amount(b, ab, sizeof ab);
        plural(c->subject ? c->subject : "", 2, false, noun, sizeof noun);
        if (p && b && same_str(p->subject, CITEP_FIGURE))
            return citep_arena_printf(d->arena, "post gives the figure %s; the body says %s, "
                                      "which agrees", p->value ? p->value : "?", ab);
        switch (kind) {
        case CITE_CONSISTENT:
            return !strcmp(ap, ab) ? citep_arena_printf(d->arena, "post and body both say %s", ap)
                                   : citep_arena_printf(d->arena, "post says %s; the body says %s, which agrees", ap, ab);
        case CITE_CONFLICT:
            return citep_arena_printf(d->arena, "post says %s; the body says %s", ap, ab);
        case CITE_POST_ONLY:
            return citep_arena_printf(d->arena, "post says %s; the body does not mention %s", ap,
                                      noun);
        default:
            return citep_arena_printf(d->arena, "body says %s; the post gives no number", ab);
        }
    }
    if (c->type == CITE_CLAIM_DATE) {
        const char *what = date_what(p, b);
        switch (kind) {
        case CITE_CONSISTENT:
            return citep_arena_printf(d->arena, "post and body both date %s %s", what, p->value);
        case CITE_CONFLICT:
            return citep_arena_printf(d->arena, "post dates %s %s; the body dates it %s", what,
                                      p->value, b->value);
        case CITE_POST_ONLY:
            return citep_arena_printf(d->arena, "post dates %s %s; the body does not", what,
                                      p->value);
        default:
            return citep_arena_printf(d->arena, "body dates %s %s; the post does not", what,
                                      b->value);
        }
    }
    /* names as written: a place's value is the name the gazetteer knows it by */
    const char *pn = p ? (p->subject ? p->subject : p->value) : NULL;
    const char *bn = b ? (b->subject ? b->subject : b->value) : NULL;
    switch (kind) {
    case CITE_CONSISTENT:
        return citep_arena_printf(d->arena, "post and body both name %s", pn);
    case CITE_CONFLICT:
        return citep_arena_printf(d->arena, "post names %s; the body names %s instead", pn, bn);
    case CITE_POST_ONLY:
        return citep_arena_printf(d->arena, "post names %s; the body does not mention %s", pn,
                                  pn);
    default:
        return citep_arena_printf(d->arena, "body names %s; the post does not", bn);
    }
}

static bool lemma_of(const char *w, size_t n, char *lem);

/* Heads too vague to name a thing alone: "1,310 test sites", "23 polling
 * stations", "two fibre cuts" are counts of test sites, polling stations and
 * fibre cuts, and a finding that says "sites" tells a reader little. */
static const char *const VAGUE_HEAD[] = {"site", "station", "point", "team", "cut",
                                         "centre", "center", "unit", "stop", NULL};
CITEP_WORDSET(vague_head_set, VAGUE_HEAD, 32);
/* Describing words before such a head that name no kind ("12 new stations"). */
static const char *const NOT_KIND[] = {
    "new", "other", "more", "further", "additional", "several", "many", "few", "main",
    "major", "small", "large", "big", "old", "extra", "temporary", "key", "remaining",
    "existing", "separate", "different", "same", "total", "single", "last", "first",
    "next", "own", "such", "some", "all", NULL};
CITEP_WORDSET(not_kind_set, NOT_KIND, 64);

/* The word written right before the head of quantity c when it names a kind of
 * a vague head ("polling" in "23 polling stations"): its start in c->text and
 * its length, or 0. */
static size_t kind_word(const cite_claim *c, const char **w)
{
    const char *t = c->text, *e, *b, *hb;
    char lem[CITEP_LEMMA_MAX];
    if (!t || !c->subject || !citep_wordset_has(&vague_head_set, c->subject))
        return 0;
    e = t + strlen(t);
    for (hb = e; hb > t && hb[-1] != ' ';)
        hb--;
    if (hb == t || !lemma_of(hb, (size_t)(e - hb), lem) || strcmp(lem, c->subject) != 0)
        return 0;
    for (b = hb - 1; b > t && b[-1] >= 'a' && b[-1] <= 'z';)
        b--;
    size_t n = (size_t)(hb - 1 - b);
    if (n < 3 || (b > t && b[-1] != ' ') || citep_wordset_find(&not_kind_set, b, n) ||
        (n > 2 && !memcmp(b + n - 2, "ed", 2)) || (n > 2 && !memcmp(b + n - 2, "al", 2)))
        return 0;
    *w = b;
    return n;
}

/* The subject of a quantity finding: the head, or "kind head" when both sides
 * name the same kind of a vague head. Shares that disagree are a conflict of
 * percentages, whatever group each side names ("40% of storm claims" against
 * "about 14 per cent of the claims"). */
static bool same_str(const char *a, const char *b);
static bool crowd_of_people(const cite_claim *p, const cite_claim *b);

static const char *qty_subject(cite_doc *d, cite_finding_kind kind, const cite_claim *p,
                               const cite_claim *b)
{
    const char *wp = NULL, *wb = NULL;
    if (p && b && same_str(p->subject, CITEP_FIGURE))
        return b->subject; /* what the body says the figure counts */
    if (kind == CITE_CONFLICT && p && !strncmp(p->subject, "percent", 7))
        return "percent";
    size_t np = p && b ? kind_word(p, &wp) : 0, nb = np ? kind_word(b, &wb) : 0;
    if (p && b && crowd_of_people(p, b))
        return same_str(p->subject, "person") ? b->subject : p->subject; /* the crowd's word */
    if (!np || np != nb || memcmp(wp, wb, np) != 0)
        return (p ? p : b)->subject;
    const char *s = citep_arena_printf(d->arena, "%.*s %s", (int)np, wp, p->subject);
    return s ? s : p->subject;
}

/* Do two names differ only in accents and case ("Valparaíso", "valparaiso")? */
static bool same_letters(const char *a, const char *b)
{
    char fa[128], fb[128];
    size_t na = citep_fold(a, strlen(a), fa, sizeof fa - 1),
           nb = citep_fold(b, strlen(b), fb, sizeof fb - 1);
    if (na == SIZE_MAX || nb == SIZE_MAX || na != nb)
        return false;
    return !strncasecmp(fa, fb, na);
}

/* A finding about claims p (post) and b (body), of type `type`. */
static cite_status add_typed(cite_doc *d, cite_finding_kind kind, cite_claim_type type,
                             int embed, const cite_claim *p, const cite_claim *b)
{
    cite_finding f;
    const cite_claim *c = p ? p : b;
    if (d->findings.n >= CROSS_MAX_FINDINGS)
        return CITE_OK;
    memset(&f, 0, sizeof f);
    f.kind = kind;
    f.type = type;
    f.subject = c->type == CITE_CLAIM_DATE       ? date_subject_of(p, b)
                : c->type == CITE_CLAIM_QUANTITY ? qty_subject(d, kind, p, b)
                                                 : c->subject;
    f.embed = embed;
    f.post = p;
    f.body = b;
    f.message = message(d, kind, p, b);
    if (!f.message)
        return CITE_ENOMEM;
    return CITEP_PUSH(&d->findings, f);
}

static cite_status add(cite_doc *d, cite_finding_kind kind, int embed, const cite_claim *p,
                       const cite_claim *b)
{
    return add_typed(d, kind, (p ? p : b)->type, embed, p, b);
}

/* ---- the index -----------------------------------------------------------------
 * Every lookup goes through one sorted array of (tag, key, claim) rows, so the
 * cross-check costs O(n log n) in the number of claims plus, per post claim, a
 * scan of the body claims that share its key (same counted thing, same place,
 * same date...), never a pass over every body claim. Rows of one key keep input
 * order, so "the first body claim that..." means the same as a linear scan. */

enum {
    K_QTY = 'q',     /* body quantity by counted thing (unit family for units) */
    K_QSUBJ = 'b',   /* body quantity by exact subject (body_only) */
    K_QMAT = 'm',    /* body measure by what it measures: "300 tonnes of oil" (body_only) */
    K_PLACE = 'p',   /* body place by name */
    K_LOC = 'l',     /* body locative place by kind letter, then name */
    K_DVAL = 'v',    /* body date by resolved value */
    K_DTEXT = 't',   /* body date by words as written (case-insensitive) */
    K_DSUBJ = 's',   /* body date by subject */
    K_ENT = 'e',     /* body entity by name */
    K_PPLACE = 'P',  /* post place by name (then embed) */
    K_PQTY = 'Q',    /* post quantity by subject (then embed) */
    K_PCLAIM = 'C',  /* post claim by embed, type, subject, value: repeats */
    K_QVAL = 'V'     /* body quantity by its value, when no one states it by chance */
};

struct row {
    int tag;
    int embed;       /* K_PPLACE, K_PQTY, K_PCLAIM: the post; else 0 */
    uint64_t pre;    /* key_pre(tag, key): orders most rows without a string compare */
    const char *key; /* NUL-terminated */
    const char *key2; /* K_PCLAIM: the value of a quantity; else NULL */
    size_t claim;
};

struct xc {
    cite_doc *d;
    CITEP_VEC(struct row) r;
    bool *repeat;        /* per claim: an equal post claim came first */
    size_t *tags, *tagf; /* hashtag entities grouped by post (see group()) */
    bool body_qty;       /* some K_QSUBJ or K_QMAT row: else lookup() finds nothing */
    bool wd_done;        /* wd_first filled */
    size_t wd_first[7];  /* first unresolved body date naming each weekday */
    size_t *md_first;    /* the same for each month and day (12 * 31), or NULL */
    CITEP_VEC(size_t) days; /* body dates of one day, in order (see clause_date) */
    bool days_done;
    const size_t *pc, *pcf; /* claims grouped by post (see group()) */
    int nposts;             /* posts in pcf */
};

/* Names compare without their accents: a post's "#Montréal" is the body's
 * "Montreal", "Élodie" is "Elodie". */
static bool folded_tag(int tag)
{
    return tag == K_PLACE || tag == K_PPLACE || tag == K_ENT;
}

/* strcmp of a and b with accents removed (see citep_fold_next). */
static int folded_cmp(const char *a, const char *b)
{
    char fa[4], fb[4];
    size_t na = 0, nb = 0, ia = 0, ib = 0;
    /* most names are ASCII: compare bytes until a difference or a letter that
     * may fold */
    while (*a && *a == *b && (unsigned char)*a < 0x80)
        a++, b++;
    if ((unsigned char)*a < 0x80 && (unsigned char)*b < 0x80)
        return (unsigned char)*a < (unsigned char)*b ? -1 : (unsigned char)*a > (unsigned char)*b;
    for (;;) {
        while (ia == na && *a)
            na = citep_fold_next(&a, fa), ia = 0;
        while (ib == nb && *b)
            nb = citep_fold_next(&b, fb), ib = 0;
        int ca = ia < na ? (unsigned char)fa[ia] : -1, cb = ib < nb ? (unsigned char)fb[ib] : -1;
        if (ca != cb || ca < 0)
            return ca < cb ? -1 : ca > cb;
        ia++, ib++;
    }
}

static int key_cmp(int tag, const char *a, const char *b)
{
    if (tag == K_DTEXT)
        return strcasecmp(a, b);
    return folded_tag(tag) ? folded_cmp(a, b) : strcmp(a, b);
}

/* The first eight bytes of key as key_cmp sees them (ASCII lower case for
 * K_DTEXT), as a big-endian integer: integers compare as the strings do, and
 * unequal integers settle a comparison without reading the strings. */
static uint64_t key_pre(int tag, const char *key)
{
    uint64_t v = 0;
    int i;
    if (tag == K_DTEXT) {
        for (i = 0; i < 8 && key[i]; i++) {
            unsigned char ch = (unsigned char)key[i];
            v = v << 8 | (ch >= 'A' && ch <= 'Z' ? ch + 32u : ch);
        }
    } else if (folded_tag(tag)) {
        char f[4];
        const char *s = key;
        for (i = 0; i < 8 && (unsigned char)*s - 1u < 0x7Fu; i++) /* ASCII, not NUL */
            v = v << 8 | (unsigned char)*s++;
        while (i < 8 && *s)
            for (size_t j = 0, n = citep_fold_next(&s, f); j < n && i < 8; j++, i++)
                v = v << 8 | (unsigned char)f[j];
    } else {
        for (i = 0; i < 8 && key[i]; i++)
            v = v << 8 | (unsigned char)key[i];
    }
    return i ? v << (8 * (8 - i)) : 0;
}

/* (tag, key) of a against (tag, key) with prefix pre. */
static int tag_key_cmp(const struct row *a, int tag, uint64_t pre, const char *key)
{
    if (a->tag != tag)
        return a->tag < tag ? -1 : 1;
    if (a->pre != pre)
        return a->pre < pre ? -1 : 1;
    return key_cmp(tag, a->key, key);
}

static int row_cmp(const void *x, const void *y)
{
    const struct row *a = x, *b = y;
    int c;
    if ((c = tag_key_cmp(a, b->tag, b->pre, b->key)) != 0)
        return c;
    if (a->embed != b->embed)
        return a->embed < b->embed ? -1 : 1;
    if ((c = strcmp(a->key2 ? a->key2 : "", b->key2 ? b->key2 : "")) != 0)
        return c;
    return a->claim < b->claim ? -1 : a->claim > b->claim;
}

/* First row with (tag, key[, embed]); *end gets the end of the run. */
static size_t find_rows(const struct xc *x, int tag, const char *key, int embed, bool by_embed,
                        size_t *end)
{
    size_t lo = 0, hi = x->r.n, e;
    uint64_t pre = key_pre(tag, key);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct row *m = &x->r.v[mid];
        int c = tag_key_cmp(m, tag, pre, key);
        if (c == 0 && by_embed && m->embed != embed)
            c = m->embed < embed ? -1 : 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t first = lo;
    /* the run's end by a second search: a run may hold thousands of rows (one
     * counted thing in a long document), and most callers want only a few */
    for (e = x->r.n; lo < e;) {
        size_t mid = lo + (e - lo) / 2;
        const struct row *m = &x->r.v[mid];
        int c = tag_key_cmp(m, tag, pre, key);
        if (c == 0 && by_embed && m->embed != embed)
            c = m->embed < embed ? -1 : 1;
        if (c <= 0)
            lo = mid + 1;
        else
            e = mid;
    }
    *end = e;
    return first;
}

static cite_status put(struct xc *x, int tag, int embed, const char *key, const char *key2,
                       size_t claim)
{
    struct row r;
    if (!key)
        return CITE_OK;
    r.tag = tag;
    r.embed = embed;
    r.pre = key_pre(tag, key);
    r.key = key;
    r.key2 = key2;
    r.claim = claim;
    /* the call only when full: build_index reserves room for every row */
    if (x->r.n >= x->r.cap &&
        citep_vec_reserve((void **)&x->r.v, &x->r.cap, x->r.n + 1, sizeof *x->r.v))
        return CITE_ENOMEM;
    x->r.v[x->r.n++] = r;
    return CITE_OK;
}

/* The stem of an event word, lower-case, into out (n bytes): "reopening",
 * "reopened" and "reopens" are one event, so are "vaccination" and
 * "vaccinated". A crude suffix rule is enough here: the stem is only a key,
 * and both sides pass through the same rule. */
static const char *event_stem(const char *w, char *out, size_t n)
{
    static const char *const SUFFIX[] = {"ings", "ing", "ions", "ion", "ed", "es", "s", "e"};
    size_t len = 0;
    for (; w[len] && len + 1 < n; len++)
        out[len] = (char)(w[len] >= 'A' && w[len] <= 'Z' ? w[len] + 32 : w[len]);
    out[len] = '\0';
    for (size_t i = 0; i < sizeof SUFFIX / sizeof *SUFFIX; i++) {
        size_t k = strlen(SUFFIX[i]);
        if (len >= k + 4 && !memcmp(out + len - k, SUFFIX[i], k) &&
            !(k == 1 && out[len - 2] == 's')) { /* "progress", "address" keep theirs */
            out[len - k] = '\0';
            break;
        }
    }
    return out;
}

/* Quantities of one thing share a key; units share their family's. */
static const char *qty_key(const cite_claim *c)
{
    double f;
    const char *fam = c->subject ? citep_unit_family(c->subject, &f) : NULL;
    if (fam)
        return fam;
    if (c->subject && !strncmp(c->subject, "percent", 7) &&
        strcmp(c->subject, "percentage point") != 0) /* a change of shares is none */
        return "percent"; /* "41%" and "41 percent of voters" may be one share */
    if ((fam = citep_count_class(c->subject)) != NULL)
        return fam; /* "two ships", "a pair of vessels" */
    return c->subject;
}

/* The singular lemma of the word w[0..n), in any case, into lem (CITEP_LEMMA_MAX). */
static bool lemma_of(const char *w, size_t n, char *lem)
{
    char lw[CITEP_LEMMA_MAX];
    bool pl, ct;
    if (n == 0 || n >= sizeof lw)
        return false;
    for (size_t i = 0; i < n; i++)
        lw[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i]);
    return citep_lemma(lw, n, lem, CITEP_LEMMA_MAX, &pl, &ct);
}

/* What a measure measures: the singular of the last word of "N <unit> of ...",
 * in the arena; NULL for anything else. *rc gets CITE_ENOMEM on failure. */
static const char *material_key(cite_doc *d, const cite_claim *c, cite_status *rc)
{
    const char *k;
    double f;
    const char *of, *w, *e;
    char lem[CITEP_LEMMA_MAX];
    if (!c->subject || !c->text || !citep_unit_family(c->subject, &f) ||
        (of = strstr(c->text, " of ")) == NULL)
        return NULL;
    e = c->text + strlen(c->text);
    for (w = e; w > of + 4 && w[-1] != ' ';)
        w--;
    if (!lemma_of(w, (size_t)(e - w), lem))
        return NULL;
    if ((k = citep_arena_strdup(d->arena, lem)) == NULL)
        *rc = CITE_ENOMEM;
    return k;
}

/* The name a place is known by: the gazetteer's name of the place for each of
 * its spellings ("Ghent" and "Gent" both give "Gent"). */
static const char *place_key(const cite_claim *c)
{
    return c->value ? c->value : c->subject;
}

static const char *kind_key(const cite_claim *c)
{
    static const char *const K[] = {"c", "n", "w", "r"};
    switch (CITEP_PLACE_KIND(c)) {
    case 'c': return K[0];
    case 'n': return K[1];
    case 'w': return K[2];
    default: return K[3];
    }
}

/* Post claims are compared for repeats within one type: each type has its own tag. */
static int pclaim_tag(cite_claim_type t) { return K_PCLAIM + 256 * ((int)t + 1); }

static cite_status index_claim(struct xc *x, size_t i)
{
    const cite_claim *c = &x->d->claims.v[i];
    cite_status rc = CITE_OK;
    if (c->embed >= 0) {
        /* first row: the claim itself, for finding repeats (claims without a
         * subject or value are never repeats of one another) */
        if (c->subject && (c->type != CITE_CLAIM_QUANTITY || c->value))
            rc = put(x, pclaim_tag(c->type), c->embed, c->subject,
                     c->type == CITE_CLAIM_QUANTITY ? c->value : NULL, i);
        if (rc == CITE_OK && c->type == CITE_CLAIM_PLACE)
            rc = put(x, K_PPLACE, c->embed, place_key(c), NULL, i);
        if (rc == CITE_OK && c->type == CITE_CLAIM_QUANTITY)
            rc = put(x, K_PQTY, c->embed, c->subject, NULL, i);
        return rc;
    }
    switch (c->type) {
    case CITE_CLAIM_QUANTITY:
        /* a figure the body says was revised ("first gave it as 6.4 and later
         * revised it to 6.1") is no longer the body's: a post giving it
         * disagrees with the revision */
        if (c->event && !strcmp(c->event, "superseded"))
            break;
        rc = put(x, K_QTY, 0, qty_key(c), NULL, i);
        if (rc == CITE_OK)
            rc = put(x, K_QSUBJ, 0, c->subject, NULL, i);
        if (rc == CITE_OK) {
            const char *mat = material_key(x->d, c, &rc);
            if (rc == CITE_OK)
                rc = put(x, K_QMAT, 0, mat, NULL, i);
        }
        if (rc == CITE_OK && !(c->number_hi > c->number) && citep_distinct_figure(c->number)) {
            const char *v = citep_arena_printf(x->d->arena, "%.15g", c->number);
            rc = v ? put(x, K_QVAL, 0, v, NULL, i) : CITE_ENOMEM;
        }
        break;
    case CITE_CLAIM_PLACE:
        rc = put(x, K_PLACE, 0, place_key(c), NULL, i);
        if (rc == CITE_OK && CITEP_PLACE_LOCATIVE(c))
            rc = put(x, K_LOC, 0, kind_key(c), place_key(c), i);
        break;
    case CITE_CLAIM_DATE:
        rc = put(x, K_DVAL, 0, c->value, NULL, i);
        if (rc == CITE_OK)
            rc = put(x, K_DTEXT, 0, c->text, NULL, i);
        if (rc == CITE_OK && c->subject) {
            size_t n = strlen(c->subject);
            char *st = citep_arena_alloc(x->d->arena, n + 1);
            rc = st ? put(x, K_DSUBJ, 0, event_stem(c->subject, st, n + 1), NULL, i)
                    : CITE_ENOMEM;
        }
        break;
    default:
        rc = put(x, K_ENT, 0, c->subject, NULL, i);
        break;
    }
    return rc;
}

/* Sort v[0..n) by row_cmp (a total order: the result is that of any sort).
 * A merge sort whose comparisons are mostly one integer compare, inline. */
static cite_status sort_rows(struct row *v, size_t n)
{
    struct row *tmp = citep_malloc(n * sizeof *tmp), *a = v, *b = tmp;
    if (!tmp)
        return CITE_ENOMEM;
    for (size_t w = 1; w < n; w *= 2, a = a == v ? tmp : v, b = b == v ? tmp : v) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                b[k++] = row_cmp(&a[j], &a[i]) < 0 ? a[j++] : a[i++];
            while (i < mid)
                b[k++] = a[i++];
            while (j < hi)
                b[k++] = a[j++];
        }
    }
    if (a != v)
        memcpy(v, a, n * sizeof *v);
    citep_free(tmp);
    return CITE_OK;
}

static cite_status build_index(struct xc *x)
{
    cite_doc *d = x->d;
    size_t i, j;
    cite_status rc = CITE_OK;
    x->repeat = citep_calloc(d->claims.n ? d->claims.n : 1, sizeof *x->repeat);
    /* index_claim puts at most four rows per claim */
    if (!x->repeat ||
        citep_vec_reserve((void **)&x->r.v, &x->r.cap, 4 * d->claims.n + 1, sizeof *x->r.v))
        return CITE_ENOMEM;
    for (i = 0; i < d->claims.n && rc == CITE_OK; i++)
        rc = index_claim(x, i);
    if (rc != CITE_OK)
        return rc;
    if (x->r.n > 1 && sort_rows(x->r.v, x->r.n))
        return CITE_ENOMEM;
    for (i = 0; i < x->r.n && !x->body_qty; i++)
        x->body_qty = x->r.v[i].tag == K_QSUBJ || x->r.v[i].tag == K_QMAT;
    /* in each run of equal post claims, all but the first are repeats */
    for (i = 0; i < x->r.n; i = j) {
        for (j = i + 1; j < x->r.n && x->r.v[j].tag == x->r.v[i].tag &&
                        x->r.v[j].tag > 255 && x->r.v[j].embed == x->r.v[i].embed &&
                        !strcmp(x->r.v[j].key, x->r.v[i].key) &&
                        !strcmp(x->r.v[j].key2 ? x->r.v[j].key2 : "",
                                x->r.v[i].key2 ? x->r.v[i].key2 : "");
             j++)
            x->repeat[x->r.v[j].claim] = true;
    }
    return CITE_OK;
}

/* ---- per type ------------------------------------------------------------------ */

/* The dimension a length gives: the last word of the claim when it names one
 * ("15 feet deep" -> "deep"), else "". */
static const char *dimension_of(const char *text)
{
    const char *sp = text ? strrchr(text, ' ') : NULL, *dim;
    return sp && (dim = citep_dimension(sp + 1, strlen(sp + 1))) ? dim : "";
}

/* Can two measures be of one thing: not a depth and a width, nor a depth and
 * "eight inches of rain"? */
static bool same_dimension(const char *tp, const char *tb)
{
    const char *dp = dimension_of(tp), *db = dimension_of(tb);
    bool mp = tp && strstr(tp, " of "), mb = tb && strstr(tb, " of ");
    if (dp[0] && db[0])
        return !strcmp(dp, db);
    return !((dp[0] && mb) || (db[0] && mp));
}

/* People counted as such on one side and as a crowd on the other ("7,500 of
 * you roaring us home", "a crowd of 7,412 fans"): they may agree, never
 * conflict, since a crowd is not all the people a story counts. */
static bool crowd_of_people(const cite_claim *p, const cite_claim *b)
{
    const char *cp = citep_count_class(p->subject), *cb = citep_count_class(b->subject);
    return (same_str(p->subject, "person") && citep_count_class_strict(cb) && cb[1] == 'a') ||
           (same_str(b->subject, "person") && citep_count_class_strict(cp) && cp[1] == 'a');
}

/* Same counted thing: the subjects match (or share a unit family) and the
 * proper adjectives agree. A bare share ("41%") may stand for a share of a
 * named group ("41 percent of voters"); fp and fb get the unit factors. */
static bool same_thing(const struct xc *x, size_t pi, size_t bi, double *fp, double *fb,
                       bool *exact)
{
    const cite_claim *p = &x->d->claims.v[pi], *b = &x->d->claims.v[bi];
    char wp[PROPER_MAX], wb[PROPER_MAX];
    *fp = *fb = 1;
    *exact = same_str(p->subject, b->subject);
    if (!*exact) {
        const char *famp = citep_unit_family(p->subject, fp);
        const char *famb = citep_unit_family(b->subject, fb);
        if (!famp || !famb || strcmp(famp, famb) != 0) {
            const char *cp = citep_count_class(p->subject);
            *fp = *fb = 1;
            /* shares of two differently named groups ("of workers", "of its
             * members") may be one share; they are never exact, so they may
             * agree but not conflict */
            bool shares = !strncmp(p->subject, "percent", 7) && !strncmp(b->subject, "percent", 7);
            if (strcmp(p->subject, "percent") != 0 && strcmp(b->subject, "percent") != 0 &&
                !shares && !(cp && same_str(cp, citep_count_class(b->subject))))
                return false;
        }
    }
    if (citep_unit_family(p->subject, &(double){0}) && !same_dimension(p->text, b->text))
        return false;
    proper_words(p->text, wp, sizeof wp);
    proper_words(b->text, wb, sizeof wb);
    return !wp[0] || !wb[0] || !strcmp(wp, wb);
}

static bool same_figure(const cite_claim *p, const cite_claim *b, double fp, double fb)
{
    double a = p->number * fp, c = b->number * fb;
    return fabs(a - c) <= fmax(fabs(a), fabs(c)) * 0.05;
}

/* Happenings one count may stand for: the injured are those taken to hospital. */
/* The ratio of the larger to the smaller of two figures (>= 1; huge for 0). */
static double ratio(const cite_claim *p, const cite_claim *b)
{
    double x = fabs(p->number), y = fabs(b->number);
    return x == 0 || y == 0 ? HUGE_VAL : fmax(x, y) / fmin(x, y);
}

static bool closer(const cite_claim *p, const cite_claim *b, const cite_claim *than)
{
    return ratio(p, b) < ratio(p, than);
}

static bool money_near(const cite_claim *p, const cite_claim *b)
{
    return ratio(p, b) <= 3;
}

static bool capacity(const cite_claim *c)
{
    return c->event && !strcmp(c->event, "capacity");
}

static const char *event_class(const char *ev)
{
    return !strcmp(ev, "hospitalisation") ? "injury" : ev;
}

/* A measure written as an adjective ("a 100-foot yacht") sizes a thing; one
 * written as a phrase ("1,163 km") is mostly a distance covered. They may
 * agree but are too unlike to conflict. */
static bool worded_adjective(const cite_claim *c);

static bool adjectival(const cite_claim *c)
{
    return c->text && !strchr(c->text, ' ') && strchr(c->text, '-') &&
           ((c->text[0] >= '0' && c->text[0] <= '9') || worded_adjective(c));
}

/* The same adjective with its number in words: "a six-day journey", "a
 * ten-minute delay" (the last part is the unit counted, not "twenty-five"). */
static bool worded_adjective(const cite_claim *c)
{
    const char *h = strrchr(c->text, '-');
    return c->subject && h && !strcmp(h + 1, c->subject);
}

/* Measures in two units ten times apart or more are of two things ("1,163 km
 * of racing", "waves of up to five metres"), not one figure given wrongly. */
static bool same_scale(const cite_claim *p, const cite_claim *b, double fp, double fb)
{
    double x = fabs(p->number * fp), y = fabs(b->number * fb);
    if (fp == fb || x == 0 || y == 0)
        return true;
    return fmax(x, y) / fmin(x, y) < 10;
}

/* ---- what a share is of -------------------------------------------------
 * "63%" alone says nothing of what it is a share of; the words around it do
 * ("public debt is still 63% of GDP" against "Public debt stood at 61.8 per
 * cent of GDP", not "growth of 4.9 per cent"). Of the body shares a post's
 * share disagrees with, the one whose sentence shares the most words with the
 * post's is the one it contradicts. (Sharing none is no proof of another
 * thing: "turnout" and "turned out" share no word.) */

#define CTX_WORDS 24
#define CTX_REACH 90 /* bytes on each side, within the sentence */
#define SHARE_ROWS_MAX 256 /* body shares read for one post share: bounds the work */

struct ctx {
    char w[CTX_WORDS][12];
    size_t n;
};

static bool ctx_stop(const char *w, size_t n)
{
    static const char *const STOP[] = {"the", "and", "for", "per", "cent", "percent", "was",
                                       "its", "has", "are", "but", "not", "yet", "with",
                                       "from", "that", "this", "than", "were", "have",
                                       "been", "said", "says", "will", "about", "more",
                                       "less", "still", "now", "all", "our", "their", NULL};
    for (size_t i = 0; STOP[i]; i++)
        if (STOP[i][0] == w[0] && strlen(STOP[i]) == n && !memcmp(STOP[i], w, n))
            return true;
    return false;
}

/* Copy s[0, n) lower-case into out; true when it is a function word. */
static bool ctx_stop_ci(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    out[n] = '\0';
    return ctx_stop(out, n);
}

/* The words of s[a, b) into c: lower-case, three letters or more, a plural's
 * final "s" dropped, no function words. */
static void ctx_add(struct ctx *c, const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && c->n < CTX_WORDS) {
        while (i < b && !((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
            i++;
        size_t j = i;
        while (j < b && (((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z') || s[j] == '-'))
            j++;
        size_t n = j - i;
        if (n >= 3 && n < sizeof c->w[0] && !ctx_stop_ci(s + i, n, c->w[c->n])) {
            if (n > 3 && c->w[c->n][n - 1] == 's' && c->w[c->n][n - 2] != 's')
                c->w[c->n][n - 1] = '\0';
            c->n++;
        }
        i = j;
    }
}

/* Does a symbol or an emoji (U+2000..U+2BFF, U+1Fxxx) start or continue at
 * s[i]? Posts end their clauses with them ("on strike today ✊ The company"). */
static bool ctx_break(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    return c >= 0xF0 || c == 0xE2;
}

/* The text spans index: the analysis text of a text input, or the HTML source. */
static const struct citep_text *span_text(const cite_doc *d)
{
    return d->is_html ? &d->utf8 : &d->text;
}

/* Where claim q's text starts in span_text(d); SIZE_MAX when it is not found
 * where its span says (a repaired input). */
static size_t claim_at(const cite_doc *d, const cite_claim *q)
{
    const struct citep_text *t = span_text(d);
    size_t n = q->text ? strlen(q->text) : 0;
    size_t a = q->span.start >= d->bom_len ? q->span.start - d->bom_len : SIZE_MAX;
    if (!t->s || !n || a == SIZE_MAX || a + n > t->len || memcmp(t->s + a, q->text, n) != 0)
        return SIZE_MAX;
    return a;
}

/* The words of the sentence around claim q, as written in the input; false
 * when the claim's text is not found where its span says. */
static bool ctx_of(const cite_doc *d, const cite_claim *q, struct ctx *c)
{
    const char *s = span_text(d)->s;
    size_t len = span_text(d)->len, n = q->text ? strlen(q->text) : 0, a = claim_at(d, q);
    c->n = 0;
    if (a == SIZE_MAX)
        return false;
    size_t lo = a, hi = a + n;
    while (lo > 0 && a - lo < CTX_REACH && !strchr(".!?;\n", s[lo - 1]) &&
           !ctx_break(s, lo - 1) &&
           !(s[lo - 1] == '.' && lo >= 2 && s[lo - 2] >= '0' && s[lo - 2] <= '9'))
        lo--;
    while (hi < len && hi - (a + n) < CTX_REACH &&
           !(strchr("!?;\n", s[hi]) || ctx_break(s, hi) ||
             (s[hi] == '.' && !(hi + 1 < len && s[hi + 1] >= '0' && s[hi + 1] <= '9'))))
        hi++;
    ctx_add(c, s, lo, a);
    ctx_add(c, s, a + n, hi);
    return true;
}

static size_t ctx_shared(const struct ctx *p, const struct ctx *b)
{
    size_t k = 0;
    for (size_t i = 0; i < p->n; i++)
        for (size_t j = 0; j < b->n; j++)
            if (!strcmp(p->w[i], b->w[j])) {
                k++;
                break;
            }
    return k;
}

/* Of the body shares in rows [r, end) that p is a share of the same thing
 * as, the one whose sentence shares the most words with p's, or NULL. Only
 * those that disagree with p are asked about. */
static const cite_claim *share_conflict(struct xc *x, const cite_claim *p, size_t r, size_t end)
{
    struct ctx cp, cb;
    const cite_claim *best = NULL;
    size_t most = 0;
    if (!ctx_of(x->d, p, &cp) || end - r > SHARE_ROWS_MAX)
        return NULL; /* many shares: the first disagreeing one, as before */
    for (; r < end; r++) {
        const cite_claim *b = &x->d->claims.v[x->r.v[r].claim];
        if (strncmp(b->subject, "percent", 7) || consistent_quantity(p, b, 1, 1) ||
            !ctx_of(x->d, b, &cb))
            continue;
        size_t k = ctx_shared(&cp, &cb);
        if (k > most)
            most = k, best = b;
    }
    return best;
}

#define SUM_PARTS_MAX 4 /* body figures tried as the parts of a post's total */
/* Below this a sum of small figures agrees by chance too often (a match report's
 * points: 18 + 11 = 29) */
#define SUM_PARTS_MIN 100

/* Is b a plain figure: no bound, no range? */
static bool plain_figure(const cite_claim *b)
{
    const char *c = b->comparator ? b->comparator : "eq";
    return (!strcmp(c, "eq") || !strcmp(c, "approx")) && !(b->number_hi > b->number) &&
           b->number > 0;
}

/* Is b a plain count: a plain figure of its own (not a share)? */
static bool plain_count(const cite_claim *b)
{
    return plain_figure(b) && strncmp(b->subject, "percent", 7) != 0;
}

/* Does a sum of parts give the post's figure? Closer than consistent_quantity
 * asks: an approximate part must not stretch a sum of other things to fit
 * ("about 38 million pesos" taken and 11.5 million recovered are not "45
 * million"). A lower bound fits a total up to a quarter above it. p > 0. */
static bool sum_fits(const cite_claim *p, double total)
{
    const char *c = p->comparator ? p->comparator : "eq";
    double v = p->number;
    if (c[0] == 'g')
        return total >= v && total <= v * 1.25;
    if (c[0] == 'l')
        return total <= v && total >= v * 0.8;
    if (!strcmp(c, "approx"))
        return fabs(total - v) <= v * 0.02;
    /* an exact figure: equal to three significant digits (16.4 million is not
     * 14.6 + 2 million) */
    return fabs(total - v) <= 0.5 * pow(10, floor(log10(v)) - 2);
}

/* "More than 26,000 claims" in the post, "23,600 claims" in one province and
 * "another 3,100" in two others in the body: a post's total may be the sum of
 * the body's parts. The body's plain counts of the very word (at most
 * SUM_PARTS_MAX), two of them or all, summed; the first part agreeing, or NULL. */
static const cite_claim *parts_agree(const struct xc *x, size_t pi, double *total)
{
    const cite_doc *d = x->d;
    const cite_claim *p = &d->claims.v[pi], *part[SUM_PARTS_MAX];
    size_t r, end, n = 0;
    if (!plain_count(p) && !(p->comparator && p->comparator[0] == 'g'))
        return NULL; /* a total may be given as a lower bound: "more than 26,000" */
    for (r = find_rows(x, K_QTY, qty_key(p), 0, false, &end); r < end && n <= SUM_PARTS_MAX;
         r++) {
        const cite_claim *b = &d->claims.v[x->r.v[r].claim];
        double fp, fb;
        bool exact;
        if (same_thing(x, pi, x->r.v[r].claim, &fp, &fb, &exact) && exact && fp == 1 &&
            fb == 1 && plain_count(b) && n++ < SUM_PARTS_MAX)
            part[n - 1] = b;
    }
    if (n > SUM_PARTS_MAX || p->number < SUM_PARTS_MIN)
        return NULL; /* many figures of one thing: some sum fits by chance */
    double all = 0;
    for (size_t i = 0; i < n; i++) {
        all += part[i]->number;
        for (size_t j = i + 1; j < n; j++)
            if (sum_fits(p, *total = part[i]->number + part[j]->number))
                return part[i];
    }
    *total = all;
    return n >= 3 && sum_fits(p, all) ? part[0] : NULL;
}

/* How far above a lower bound a writer who knew the figure would still write
 * it: "more than 9,000" stands for less than 10,000 (the next step of its one
 * significant digit), "more than 1,100" for up to about a quarter more. */
static double bound_reach(double v)
{
    double step = v > 0 ? pow(10, floor(log10(v))) : 0;
    double r = v * 1.25;
    return one_figure(v) || (v >= 1 && v < 10 && v == floor(v)) ? fmax(r, v + step) : r;
}

/* Does b agree with p only loosely: a vague amount ("hundreds of trains", four
 * times as wide as its floor or more) or a lower bound far below p's figure
 * ("more than 3%" for 7%)? Such an agreement gives way to a plain figure of
 * the very thing that disagrees ("520 trains" against "hundreds of trains"
 * and "420 passenger trains"); with no such figure it stands. */
static bool weak_agreement(const cite_claim *p, const cite_claim *b, double fp, double fb)
{
    const char *cb = b->comparator ? b->comparator : "eq";
    double a = fabs(p->number * fp), v = fabs(b->number * fb);
    if (!plain_figure(p))
        return false;
    if (b->number_hi > b->number && b->number > 0 && b->number_hi >= b->number * 4)
        return true;
    return cb[0] == 'g' && !(b->number_hi > b->number) && v > 0 && a > bound_reach(v);
}

static bool ctx_share_stem(const struct ctx *p, const struct ctx *b);

/* Is the figure a rate: "€3,5 million per affected commune", "€16 a ticket",
 * "12 each", "3,200 rupees for a 10-kilogram crate"? A rate and a total may
 * agree by chance but never conflict. */
static bool rate_of(const cite_doc *d, const cite_claim *q)
{
    static const char *const PER[] = {"per ", "each ", "apiece", "a ", "an ", "every ",
                                      "for a ", "for an ", "for each ", "for every ", NULL};
    const struct citep_text *t = span_text(d);
    size_t a = claim_at(d, q), i;
    if (a == SIZE_MAX)
        return false;
    for (i = a + strlen(q->text); i < t->len && t->s[i] == ' '; i++)
        ;
    for (size_t k = 0; PER[k]; k++)
        if (i + strlen(PER[k]) <= t->len && !strncasecmp(t->s + i, PER[k], strlen(PER[k])))
            return true;
    return false;
}

/* The post figure's sentence, read once for all the body figures it is
 * weighed against (an article of many figures asks hundreds of times). */
struct told {
    const cite_doc *d;
    const cite_claim *p;
    struct ctx cp;
    int state;               /* 0 not read yet, 1 read, -1 not found */
    const cite_claim *kept;  /* the figure kept_alike was asked for */
    bool kept_alike;
    bool money;              /* the post's figure is a sum */
};

static bool told_with(struct told *t, const cite_claim *b)
{
    struct ctx cb;
    if (!t->state)
        t->state = ctx_of(t->d, t->p, &t->cp) ? 1 : -1;
    return t->state > 0 && ctx_of(t->d, b, &cb) && ctx_share_stem(&t->cp, &cb);
}

/* Of two disagreeing figures, is b told in words of the post's sentence and
 * the one kept so far not? "60,000 lined the route" disagrees with "about
 * 45,000 people lined the route" before "more than 160,000 people attended". */
static bool told_better(struct told *t, const cite_claim *b, const cite_claim *kept)
{
    if (!kept || t->money)
        return false;
    if (kept != t->kept) {
        t->kept = kept;
        t->kept_alike = told_with(t, kept);
    }
    return !t->kept_alike && told_with(t, b);
}

/* A body figure that is only a lower bound or a vague range ("more than 40,000
 * acres", "dozens of ships") is the lead's short form of a figure the article
 * gives later ("41,700 acres", "31 container ships"). When the body gives such
 * an exact figure of the very word (not "about 400", itself an estimate, often
 * of something else), inside the bound, a post's single figure is
 * checked against it, not against the bound: the first of them that disagrees
 * with p, when none agrees, or NULL. An upper bound ("up to 4.8 million yen
 * each") is left alone: figures under it are mostly other cases. */
static bool single_figure(const cite_claim *c)
{
    const char *cmp = c->comparator ? c->comparator : "eq";
    return (!strcmp(cmp, "eq") || !strcmp(cmp, "approx")) && !(c->number_hi > c->number);
}

static bool loose_low(const cite_claim *c)
{
    const char *cmp = c->comparator ? c->comparator : "eq";
    return cmp[0] == 'g' || c->number_hi > c->number;
}

static const cite_claim *precise_within(const struct xc *x, size_t pi, const cite_claim *b)
{
    const cite_doc *d = x->d;
    const cite_claim *p = &d->claims.v[pi], *off = NULL;
    size_t r, end;
    if (!loose_low(b) || !single_figure(p) || citep_currency_word(p->subject) ||
        !strncmp(p->subject, "percent", 7))
        return NULL;
    for (r = find_rows(x, K_QTY, qty_key(p), 0, false, &end); r < end; r++) {
        const cite_claim *e = &d->claims.v[x->r.v[r].claim];
        if (e == b || !single_figure(e) || (e->comparator && strcmp(e->comparator, "eq")) ||
            !same_str(e->subject, b->subject) ||
            !same_str(e->subject, p->subject) || capacity(e) != capacity(p) ||
            !e->event != !p->event ||
            (e->event && strcmp(event_class(e->event), event_class(p->event))) ||
            adjectival(e) != adjectival(p) || !consistent_quantity(e, b, 1, 1))
            continue;
        if (consistent_quantity(p, e, 1, 1))
            return NULL;
        if (!off)
            off = e;
    }
    return off;
}

/* The body's quantity with the very figure of post quantity p, when the figure
 * is one no one states by chance ("1,720 crashes" against "1,720 accidents",
 * a post's "1,720 ครั้ง" against the body's "1,720 accidents"): two counts, or
 * two measures of one family. NULL when there is none. */
static const cite_claim *same_figure_elsewhere(const struct xc *x, const cite_claim *p)
{
    double f;
    /* the post may bound the figure ("hơn 24,8 triệu", more than 24.8 million):
     * a figure this distinct, stated by the body, is the one it bounds */
    if (p->number_hi > p->number || !citep_distinct_figure(p->number))
        return NULL;
    char v[32];
    snprintf(v, sizeof v, "%.15g", p->number);
    bool bare = same_str(p->subject, CITEP_FIGURE);
    const char *fp = bare ? NULL : citep_unit_family(p->subject, &f);
    bool money_p = !bare && citep_currency_word(p->subject);
    size_t end;
    for (size_t r = find_rows(x, K_QVAL, v, 0, false, &end); r < end; r++) {
        const cite_claim *b = &x->d->claims.v[x->r.v[r].claim];
        const char *fb = citep_unit_family(b->subject, &f);
        bool money_b = citep_currency_word(b->subject);
        if (b->comparator && strcmp(b->comparator, "eq") != 0)
            continue;
        if (bare ? !fb && !money_b && strncmp(b->subject, "percent", 7) != 0
                 : money_p == money_b && (fp ? fb && !strcmp(fp, fb) : !fb))
            return b;
    }
    return NULL;
}

/* A post's bound ("swells of up to 4 metres") that takes in a body figure
 * only loosely (a "two-metre" limit, far below it) is weighed against the
 * body's bound of the same direction for the very thing ("waves of up to five
 * metres"): that is the statement it repeats. Returns such a bound when it
 * disagrees, or NULL. */
static const cite_claim *bound_against(const struct xc *x, size_t pi, const cite_claim *b)
{
    const cite_doc *d = x->d;
    const cite_claim *p = &d->claims.v[pi];
    const char *cp = p->comparator ? p->comparator : "eq";
    const char *cb = b->comparator ? b->comparator : "eq";
    size_t r, end;
    bool upper = cp[0] == 'l';
    double v = fabs(p->number), w = fabs(b->number);
    if ((cp[0] != 'l' && cp[0] != 'g') || p->number_hi > p->number || strcmp(cb, "eq") ||
        b->number_hi > b->number || !same_str(b->subject, p->subject) || v == 0 ||
        (upper ? w * 1.25 >= v : w <= bound_reach(v)))
        return NULL;
    for (r = find_rows(x, K_QTY, qty_key(p), 0, false, &end); r < end; r++) {
        const cite_claim *e = &d->claims.v[x->r.v[r].claim];
        if (e == b || !same_str(e->subject, p->subject) || !same_bound(p, e) ||
            capacity(e) != capacity(p) || !e->event != !p->event ||
            (e->event && strcmp(event_class(e->event), event_class(p->event))) ||
            !same_dimension(p->text, e->text))
            continue;
        if (consistent_quantity(p, e, 1, 1))
            return NULL;
        return e;
    }
    return NULL;
}

/* A post's people ("7,500 of you roaring us home") that the body counts as a
 * crowd ("a crowd of 7,412"), or the other way round: the body's figure that
 * agrees, or NULL. Never a conflict, since a crowd is not all the people a
 * story counts. */
static const cite_claim *crowd_agrees(const struct xc *x, const cite_claim *p)
{
    const char *cp = citep_count_class(p->subject);
    bool person = same_str(p->subject, "person");
    size_t r, end;
    if (p->event || (!person && !(cp && citep_count_class_strict(cp) && cp[1] == 'a')))
        return NULL;
    const char *key = person ? "=audience" : "human";
    for (r = find_rows(x, K_QTY, key, 0, false, &end); r < end; r++) {
        const cite_claim *b = &x->d->claims.v[x->r.v[r].claim];
        if (!b->event && (person || same_str(b->subject, "person")) &&
            consistent_quantity(p, b, 1, 1))
            return b;
    }
    return NULL;
}

/* A temperature in the other scale ("-46°F" in the post, "minus 43.6 degrees
 * Celsius" in the body): the body's figure it converts to, within about a
 * degree Fahrenheit (writers round a conversion to the degree), or NULL. The
 * scales need an offset, so they are no unit family; they may agree, never
 * conflict (which reading a converted figure stands for is not sure). */
static const cite_claim *scale_agrees(const struct xc *x, const cite_claim *p)
{
    bool f = same_str(p->subject, "fahrenheit");
    size_t r, end;
    if (!f && !same_str(p->subject, "celsius"))
        return NULL;
    cite_claim q = *p;
    q.subject = f ? "celsius" : "fahrenheit";
    q.number = f ? (p->number - 32) * 5 / 9 : p->number * 9 / 5 + 32;
    q.number_hi = f ? (p->number_hi - 32) * 5 / 9 : p->number_hi * 9 / 5 + 32;
    double tol = f ? 0.6 : 1.1;
    for (r = find_rows(x, K_QTY, q.subject, 0, false, &end); r < end; r++) {
        const cite_claim *b = &x->d->claims.v[x->r.v[r].claim];
        if (!same_str(b->subject, q.subject))
            continue;
        if (consistent_quantity(&q, b, 1, 1) ||
            (!(b->number_hi > b->number) && !(q.number_hi > q.number) &&
             fabs(q.number - b->number) <= tol))
            return b;
    }
    return NULL;
}

/* Does another figure of the same post give the body's sum b ("NOK 1.42bn"
 * profit beside "NOK 900m" capex, against the body's 1.42 billion)? Then b
 * is that figure's, not a misreport of p. */
static bool said_otherwise(const struct xc *x, int k, const cite_claim *p, const cite_claim *b)
{
    size_t r, end;
    for (r = find_rows(x, K_PQTY, p->subject, k, true, &end); r < end; r++) {
        const cite_claim *o = &x->d->claims.v[x->r.v[r].claim];
        if (o != p && same_str(o->subject, b->subject) && consistent_quantity(o, b, 1, 1))
            return true;
    }
    return false;
}

/* A vague amount ("tens of thousands", "dozens", "hundreds of") is a loose
 * order of size: a figure on either side conflicts with it only when clearly
 * outside, more than twice its top or under half its bottom. "13,000 people"
 * is no misreport of "tens of thousands of people". */
static bool vague_amount(const cite_claim *c)
{
    return c->comparator && !strcmp(c->comparator, "approx") && c->number_hi > c->number;
}

static bool loosely_within(const cite_claim *p, const cite_claim *b, double fp, double fb)
{
    const cite_claim *v = vague_amount(b) ? b : vague_amount(p) ? p : NULL;
    if (!v)
        return false;
    const cite_claim *o = v == b ? p : b;
    double fv = v == b ? fb : fp, fo = v == b ? fp : fb;
    double lo = v->number * fv, hi = v->number_hi * fv, x = fabs(o->number * fo);
    return x >= lo / 2 && x <= hi * 2;
}

/* A consistent finding whose body side is a figure worked out from the body's
 * (a sum of parts, a difference of shares): its message says how, "post says
 * 12 dead; <how> <v><unit>, which agrees". */
static cite_status add_agreed(cite_doc *d, int k, const cite_claim *p, const cite_claim *b,
                              const char *how, double v, const char *unit)
{
    cite_status rc = add(d, CITE_CONSISTENT, k, p, b);
    char ap[160];
    amount(p, ap, sizeof ap);
    if (rc == CITE_OK && d->findings.n && d->findings.v[d->findings.n - 1].post == p &&
        !(d->findings.v[d->findings.n - 1].message = citep_arena_printf(
              d->arena, "post says %s; %s %.15g%s, which agrees", ap, how, v, unit)))
        rc = CITE_ENOMEM;
    return rc;
}

#define SENTENCE_REACH 300     /* bytes either side of a claim read for its sentence */

/* The sentence around text[a..b): [*lo, *hi). */
static void sentence_of(const struct citep_text *t, size_t a, size_t b, size_t *lo, size_t *hi)
{
    size_t l = a, h = b;
    while (l > 0 && a - l < SENTENCE_REACH && !strchr(".!?\n", t->s[l - 1]))
        l--;
    while (h < t->len && h - b < SENTENCE_REACH && !strchr("!?\n", t->s[h]) &&
           !(t->s[h] == '.' && (h + 1 >= t->len || t->s[h + 1] == ' ' || t->s[h + 1] == '\n')))
        h++;
    *lo = l, *hi = h;
}

#define POINTS_REACH 200 /* bytes between the two shares at most */

/* Are claims a and b in one sentence, at most POINTS_REACH bytes apart? */
static bool one_sentence(const cite_doc *d, const cite_claim *a, const cite_claim *b)
{
    const struct citep_text *t = span_text(d);
    size_t x = claim_at(d, a), y = claim_at(d, b);
    if (x == SIZE_MAX || y == SIZE_MAX)
        return false;
    if (x > y) {
        size_t z = x;
        x = y, y = z;
    }
    size_t lo, hi;
    if (y - x > POINTS_REACH)
        return false;
    sentence_of(t, x, x, &lo, &hi);
    return hi >= y;
}

/* A change in percentage points ("down 3 points") that the body gives as two
 * shares of one sentence ("38 percent, down from 41 percent"): the later of the
 * two body shares whose difference is the post's figure, as it is written
 * (3 points is 2.6 to 3.4), with that difference into *moved; or NULL. */
static const cite_claim *points_moved(const struct xc *x, const cite_claim *p, double *moved)
{
    size_t r, q, end;
    if (!same_str(p->subject, "percentage point") || p->number_hi > p->number ||
        p->number <= 0 || (p->comparator && strcmp(p->comparator, "eq") != 0))
        return NULL;
    double tol = 0.5 * pow(10, -decimals_of(p)) + 1e-9;
    r = find_rows(x, K_QTY, "percent", 0, false, &end);
    for (; r < end; r++) {
        const cite_claim *a = &x->d->claims.v[x->r.v[r].claim];
        for (q = r + 1; q < end; q++) {
            const cite_claim *b = &x->d->claims.v[x->r.v[q].claim];
            double diff = fabs(a->number - b->number);
            if (a->number_hi > a->number || b->number_hi > b->number ||
                fabs(diff - p->number) > tol || !one_sentence(x->d, a, b))
                continue;
            *moved = diff;
            return b;
        }
    }
    return NULL;
}

static cite_status check_quantity(struct xc *x, int k, size_t pi)
{
    cite_doc *d = x->d;
    const cite_claim *p = &d->claims.v[pi], *conflict = NULL, *weak = NULL;
    size_t r, end;
    if (!p->subject)
        return add(d, CITE_POST_ONLY, k, p, NULL);
    if (!strcmp(p->subject, CITEP_FIGURE)) { /* a bare figure: found by value, or nothing */
        const cite_claim *b = same_figure_elsewhere(x, p);
        return b ? add(d, CITE_CONSISTENT, k, p, b) : CITE_OK;
    }
    bool money = citep_currency_word(p->subject);
    struct told told = {d, p, {{{0}}, 0}, 0, NULL, false, money};
    int rate_p = -1; /* is p a rate? asked once, when a body figure gets that far */
    /* first the body's figures for the very word and the same happening ("9
     * people dead" against "19 people drowned", not "a boat for 40 people"),
     * then those for the very word, then those for its class: "12,000
     * residents" agrees with "12,000 residents" before "31 people" */
    for (int pass = p->event ? 0 : 1; pass < 3; pass++) {
    for (r = find_rows(x, K_QTY, qty_key(p), 0, false, &end); r < end; r++) {
        const cite_claim *b = &d->claims.v[x->r.v[r].claim];
        double fp, fb;
        bool exact;
        if (!same_thing(x, pi, x->r.v[r].claim, &fp, &fb, &exact) || exact != (pass < 2))
            continue;
        /* "1,120 people in hospital" is not "23 people have died" */
        if (p->event && b->event && strcmp(event_class(p->event), event_class(b->event)))
            continue;
        /* what a ferry can carry is no count of those on board */
        if (capacity(p) != capacity(b))
            continue;
        if (pass == 0 && !b->event)
            continue;
        /* a figure for the very word that disagrees outweighs one for another
         * word of its class that merely fits ("at least 12 people" vs "at least
         * 31 people" and "about 150 passengers") */
        if (consistent_quantity(p, b, fp, fb) &&
            !(pass == 2 && conflict && !same_figure(p, b, fp, fb))) {
            const cite_claim *e = exact ? precise_within(x, pi, b) : NULL;
            if (e) /* the bound's exact figure, given later, disagrees */
                return add(d, CITE_CONFLICT, k, p, e);
            if (exact && (e = bound_against(x, pi, b)) != NULL)
                return add(d, CITE_CONFLICT, k, p, e); /* "up to 4" against "up to five" */
            if (!weak_agreement(p, b, fp, fb))
                return add(d, CITE_CONSISTENT, k, p, b);
            if (!weak)
                weak = b;
            continue;
        }
        /* a conflict needs the very same thing, not a share of something else;
         * nor when only one side says what befell them: "12 people hurt" may
         * not be about "31 people" on board */
        if (!p->event == !b->event && adjectival(p) == adjectival(b) &&
            same_scale(p, b, fp, fb) && !loosely_within(p, b, fp, fb) &&
            (rate_p < 0 ? (rate_p = rate_of(d, p)) : rate_p) == rate_of(d, b) &&
            (exact || citep_unit_family(p->subject, &fp) ||
             citep_count_class_strict(citep_count_class(p->subject))) &&
            (!conflict || (money && closer(p, b, conflict)) || told_better(&told, b, conflict)))
            conflict = b;
    }
    if (pass == 0 && conflict) /* the same happening, counted otherwise */
        break;
    }
    /* a bare share conflicts with the body's share of the same thing, if any */
    if (conflict && !strncmp(p->subject, "percent", 7) &&
        !strncmp(conflict->subject, "percent", 7)) {
        r = find_rows(x, K_QTY, qty_key(p), 0, false, &end);
        const cite_claim *near = share_conflict(x, p, r, end);
        if (near)
            conflict = near;
    }
    /* a loose agreement stands unless a plain figure of the very thing, told
     * with a word of the post's sentence ("cancelled", "repo"), disagrees: not
     * "about 400 lanterns were sold" against "500 lanterns on the river" */
    if (weak && !(conflict && plain_figure(conflict) && same_str(conflict->subject, p->subject) &&
                  told_with(&told, conflict)))
        return add(d, CITE_CONSISTENT, k, p, weak);
    /* an article names many sums, most of them of other things (profit, sales,
     * a forecast): a sum conflicts only with the body's nearest, and only when
     * it is near enough to be a misreport of it */
    if (conflict && money && (!money_near(p, conflict) || said_otherwise(x, k, p, conflict)))
        conflict = NULL;
    /* "2 people died" in the post, "two workers died" or "the death toll rose
     * to 2" in the body: the body's count of the happening itself. It may agree;
     * a toll may count more than the post speaks of, so it never conflicts */
    if (!conflict && p->event)
        for (r = find_rows(x, K_QTY, p->event, 0, false, &end); r < end; r++) {
            const cite_claim *b = &d->claims.v[x->r.v[r].claim];
            if (consistent_quantity(p, b, 1, 1))
                return add(d, CITE_CONSISTENT, k, p, b);
        }
    double total = 0;
    const cite_claim *part = conflict ? parts_agree(x, pi, &total) : NULL;
    if (part)
        return add_agreed(d, k, p, part, "the body gives parts that add up to", total, "");
    if (!conflict) {
        const cite_claim *crowd = crowd_agrees(x, p);
        if (!crowd)
            crowd = scale_agrees(x, p);
        if (crowd)
            return add(d, CITE_CONSISTENT, k, p, crowd);
    }
    double moved = 0;
    const cite_claim *to = conflict ? NULL : points_moved(x, p, &moved);
    if (to) /* "down 3 points": the body's shares before and after */
        return add_agreed(d, k, p, to, "the body's shares in one sentence differ by", moved,
                          " points");
    const cite_claim *same = conflict ? NULL : same_figure_elsewhere(x, p);
    if (same) /* the body counts the very figure under another word */
        return add(d, CITE_CONSISTENT, k, p, same);
    return add(d, conflict ? CITE_CONFLICT : CITE_POST_ONLY, k, p, conflict);
}

static bool post_names(const struct xc *x, int k, const char *name)
{
    size_t end;
    return find_rows(x, K_PPLACE, name, k, true, &end) < end;
}

/* Does post k name another place of p's kind that the body names too? Then the
 * body agrees on where the story is, and p is a detail only the post gives
 * ("called at #Vlissingen before reaching Antwerp"), not another place. */
static bool confirmed_place(const struct xc *x, int k, const cite_claim *p)
{
    size_t end;
    for (size_t i = x->pcf[k], n = 0; i < x->pcf[k + 1] && n < 64; i++) {
        const cite_claim *q = &x->d->claims.v[x->pc[i]];
        if (q->type != CITE_CLAIM_PLACE || q == p)
            continue;
        n++;
        if (CITEP_PLACE_KIND(q) == CITEP_PLACE_KIND(p) && !same_str(place_key(q), place_key(p)) &&
            find_rows(x, K_PLACE, place_key(q), 0, false, &end) < end)
            return true;
    }
    return false;
}

/* The words of the clause before claim q (up to reach bytes back), as ctx_of
 * reads them; false when q's text is not where its span says. */
static bool ctx_before(const cite_doc *d, const cite_claim *q, size_t reach, struct ctx *c)
{
    const struct citep_text *t = span_text(d);
    size_t a = claim_at(d, q), lo;
    c->n = 0;
    if (a == SIZE_MAX)
        return false;
    for (lo = a; lo > 0 && a - lo < reach && !strchr(".!?;\n", t->s[lo - 1]) &&
                 !ctx_break(t->s, lo - 1);)
        lo--;
    ctx_add(c, t->s, lo, a);
    return true;
}

/* Do two clauses share a word of four letters or more, stems compared
 * ("concedes" and "conceded")? */
static bool ctx_share_stem(const struct ctx *p, const struct ctx *b)
{
    char sp[CITEP_LEMMA_MAX], sb[CTX_WORDS][sizeof b->w[0]];
    size_t nb = 0;
    for (size_t j = 0; j < b->n; j++) /* b's stems once, not once per word of p */
        if (strlen(b->w[j]) >= 4)
            event_stem(b->w[j], sb[nb++], sizeof sb[0]);
    for (size_t i = 0; i < p->n; i++) {
        if (strlen(p->w[i]) < 4)
            continue;
        event_stem(p->w[i], sp, sizeof sp);
        for (size_t j = 0; j < nb; j++)
            if (!strcmp(sp, sb[j]))
                return true;
    }
    return false;
}

#define PLACE_CLAUSE_POST 40  /* bytes before a post's place: "appeal to the Higher Court" */
#define PLACE_CLAUSE_BODY 100 /* before a body place, whose clause is longer */
#define PLACE_ROWS_MAX 256    /* body places asked for one post place */

/* The body's locative place of p's kind, not named by post k, whose clause
 * before it has the word right before p's "in" or "at": "the Higher Court in
 * #Maribor" against "appeal to the Higher Court in Ljubljana", "concedes in
 * #Darkhan" against "conceded defeat ... at the party's headquarters in
 * Ulaanbaatar". The same thing placed elsewhere; NULL when none. */
/* Is "in" or "at" written right before the post's place ("Court in
 * #Maribor")? Not a place further along a list ("at Keleti and Győr
 * stations") or after another word ("from Arica to ..."). */
static bool right_after_locative(const cite_doc *d, const cite_claim *q)
{
    const struct citep_text *t = span_text(d);
    size_t a = claim_at(d, q);
    if (a == SIZE_MAX)
        return false;
    while (a > 0 && (t->s[a - 1] == ' ' || t->s[a - 1] == '#'))
        a--;
    if (a < 3 || t->s[a - 3] != ' ')
        return false;
    char w0 = (char)(t->s[a - 2] | 32), w1 = (char)(t->s[a - 1] | 32);
    return (w0 == 'i' && w1 == 'n') || (w0 == 'a' && w1 == 't');
}

/* Does post k name the place key with the word w (cp's one word) right before
 * its "in" or "at"? A post that names the body's place only for something
 * else ("Ljubljana District Court: ..." beside "the Higher Court in
 * #Maribor") still puts the thing of p elsewhere. */
static bool post_places_so(const struct xc *x, int k, const char *key, const struct ctx *w)
{
    struct ctx cq;
    for (size_t i = x->pcf[k], n = 0; i < x->pcf[k + 1] && n < 64; i++) {
        const cite_claim *q = &x->d->claims.v[x->pc[i]];
        if (q->type != CITE_CLAIM_PLACE || !same_str(place_key(q), key))
            continue;
        n++;
        if (!right_after_locative(x->d, q) || !ctx_before(x->d, q, PLACE_CLAUSE_POST, &cq) ||
            cq.n == 0)
            continue; /* "Ljubljana District Court:": the place of nothing in p's clause */
        memmove(cq.w[0], cq.w[cq.n - 1], sizeof cq.w[0]);
        cq.n = 1;
        if (ctx_share_stem(w, &cq))
            return true;
    }
    return false;
}

static const cite_claim *clause_place(const struct xc *x, int k, const cite_claim *p)
{
    struct ctx cp, cb;
    size_t r, end;
    if (!right_after_locative(x->d, p) || !ctx_before(x->d, p, PLACE_CLAUSE_POST, &cp) ||
        cp.n == 0)
        return NULL;
    memmove(cp.w[0], cp.w[cp.n - 1], sizeof cp.w[0]); /* the word the place places */
    cp.n = 1;
    r = find_rows(x, K_LOC, kind_key(p), 0, false, &end);
    for (size_t n = 0; r < end && n < PLACE_ROWS_MAX; r++, n++) {
        const cite_claim *b = &x->d->claims.v[x->r.v[r].claim];
        if (CITEP_PLACE_KIND(b) != CITEP_PLACE_KIND(p) ||
            (post_names(x, k, place_key(b)) && post_places_so(x, k, place_key(b), &cp)) ||
            !ctx_before(x->d, b, PLACE_CLAUSE_BODY, &cb))
            continue;
        if (ctx_share_stem(&cp, &cb))
            return b;
    }
    return NULL;
}

#define LIST_GAP 8 /* bytes between two listed places: " and ", ", ", " to " */

/* Is text[a..b) no more than list glue: spaces, commas, "&", a dash, or
 * one short joining word ("and", "to", "y", "et", "und", "a")? */
static bool list_glue(const char *t, size_t a, size_t b)
{
    size_t letters = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)t[i];
        if ((c | 32) >= 'a' && (c | 32) <= 'z')
            letters++;
        else if (c != ' ' && c != ',' && c != '&' && c != '-' && c != '#')
            return false;
    }
    return letters <= 3;
}

static bool word_before(const char *t, size_t a, const char *w)
{
    size_t n = strlen(w);
    return a >= n + 2 && t[a - 1] == ' ' && !strncasecmp(t + a - 1 - n, w, n) &&
           (t[a - 2 - n] == ' ' || t[a - 2 - n] == '\n');
}

/* Does text[a..len) go on " to X" (or "a", "al", "à", "bis", "até", "tot")? */
static bool to_a_name(const char *t, size_t a, size_t len)
{
    static const char *const TO[] = {" to ", " a ", " al ", " \xC3\xA0 ", " bis ",
                                     " at\xC3\xA9 ", " tot ", NULL};
    for (size_t i = 0; TO[i]; i++) {
        size_t n = strlen(TO[i]);
        if (a + n < len && !strncmp(t + a, TO[i], n) &&
            ((t[a + n] >= 'A' && t[a + n] <= 'Z') || (unsigned char)t[a + n] >= 0xC3))
            return true;
    }
    return false;
}

/* Is place p one end of a range ("from Arica to ...", "de Arica a ...")? */
static bool range_end(const char *t, size_t a, size_t b, size_t len)
{
    static const char *const FROM[] = {"from", "de", "desde", "du", "von", "van", "da",
                                       NULL};
    for (size_t i = 0; FROM[i]; i++)
        if (word_before(t, a, FROM[i]))
            return to_a_name(t, b, len);
    return false;
}

/* Does post k list place p with another of its places ("at Keleti and Győr
 * stations", "from Arica to Magallanes")? A place in a list or a range is one
 * of several the post names, not where it says the story is: no conflict. */
static bool listed_place(const struct xc *x, int k, const cite_claim *p)
{
    const struct citep_text *t = span_text(x->d);
    size_t bom = x->d->bom_len;
    if (!t->s || p->span.start < bom || p->span.end - bom > t->len)
        return false;
    if (range_end(t->s, p->span.start - bom, p->span.end - bom, t->len))
        return true;
    for (size_t i = x->pcf[k], n = 0; i < x->pcf[k + 1] && n < 64; i++) {
        const cite_claim *q = &x->d->claims.v[x->pc[i]];
        if (q->type != CITE_CLAIM_PLACE || q == p || q->span.start < bom ||
            q->span.end - bom > t->len)
            continue;
        n++;
        size_t a = q->span.end <= p->span.start ? q->span.end : p->span.end;
        size_t b = q->span.end <= p->span.start ? p->span.start : q->span.start;
        if (b >= a && b - a <= LIST_GAP && list_glue(t->s, a - bom, b - bom))
            return true;
    }
    return false;
}

#define SWAP_GAP 48    /* bytes between two places of one body list */
#define SWAP_NEIGHBOURS 4 /* body claims looked at on each side of the shared place */

/* Is text[a..b) the middle of a list of places: commas, "and", "or", "&" and
 * capitalised words (a country after each place: "Kraków, Poland, and
 * Bengaluru, India"), no end of a sentence? */
static bool list_middle(const char *t, size_t a, size_t b)
{
    if (b < a || b - a > SWAP_GAP)
        return false;
    for (size_t i = a; i < b;) {
        unsigned char c = (unsigned char)t[i];
        if (c == ' ' || c == ',' || c == '&' || c == '#') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < b && t[j] != ' ' && t[j] != ',')
            j++;
        bool joint = (j - i == 3 && !strncmp(t + i, "and", 3)) ||
                     (j - i == 2 && !strncmp(t + i, "or", 2));
        if (!joint && !((c >= 'A' && c <= 'Z') || c >= 0xC3))
            return false; /* a lower-case word: no list */
        for (size_t m = i; m < j; m++)
            if (strchr(".;:!?()\n", t[m]))
                return false;
        i = j;
    }
    return true;
}

/* Is post place q glued by list_glue to post place p? */
static bool glued(const struct citep_text *t, size_t bom, const cite_claim *p,
                  const cite_claim *q)
{
    if (q->type != CITE_CLAIM_PLACE || q == p || q->span.start < bom ||
        q->span.end - bom > t->len)
        return false;
    size_t a = q->span.end <= p->span.start ? q->span.end : p->span.end;
    size_t b = q->span.end <= p->span.start ? p->span.start : q->span.start;
    return b >= a && b - a <= LIST_GAP && list_glue(t->s, a - bom, b - bom);
}

/* How many places of post k are glued to its place p (at most 2 counted). */
static int glued_count(const struct xc *x, int k, const struct citep_text *t, size_t bom,
                       const cite_claim *p)
{
    int c = 0;
    for (size_t i = x->pcf[k], n = 0; i < x->pcf[k + 1] && n < 64 && c < 2; i++, n++)
        c += glued(t, bom, p, &x->d->claims.v[x->pc[i]]);
    return c;
}

/* Post k lists place p with its place q, the two alone ("moving to Kraków and
 * Hyderabad"), and the body lists q with another place of p's kind that the post never
 * names ("to its offices in Kraków, Poland, and Bengaluru, India"): one item
 * of the same list told otherwise, a conflict with that body place. NULL when
 * there is none. */
static const cite_claim *swapped_in_list(const struct xc *x, int k, const cite_claim *p)
{
    const cite_doc *d = x->d;
    const struct citep_text *t = span_text(d);
    size_t bom = d->bom_len, end;
    if (!t->s || p->span.start < bom || p->span.end - bom > t->len)
        return NULL;
    for (size_t i = x->pcf[k], n = 0; i < x->pcf[k + 1] && n < 64; i++) {
        const cite_claim *q = &d->claims.v[x->pc[i]];
        n++;
        /* a pair, not a longer list: a list of four states with one other is
         * one left out and one added, not one told otherwise */
        if (CITEP_PLACE_KIND(q) != CITEP_PLACE_KIND(p) || !glued(t, bom, p, q) ||
            glued_count(x, k, t, bom, p) != 1 || glued_count(x, k, t, bom, q) != 1)
            continue;
        size_t r = find_rows(x, K_PLACE, place_key(q), 0, false, &end);
        for (size_t m = 0; r < end && m < 16; r++, m++) {
            size_t bq = x->r.v[r].claim;
            const cite_claim *cq = &d->claims.v[bq];
            for (int dir = -1; dir <= 1; dir += 2) {
                const cite_claim *prev = cq;
                for (size_t j = bq, s = 0; s < SWAP_NEIGHBOURS; s++) {
                    if ((dir < 0 && j == 0) || (dir > 0 && j + 1 >= d->claims.n))
                        break;
                    j = dir < 0 ? j - 1 : j + 1;
                    const cite_claim *c = &d->claims.v[j];
                    if (c->embed >= 0 || c->type != CITE_CLAIM_PLACE || c->span.start < bom ||
                        c->span.end - bom > t->len)
                        break;
                    size_t ga = dir > 0 ? prev->span.end : c->span.end;
                    size_t gb = dir > 0 ? c->span.start : prev->span.start;
                    if (gb < ga || !list_middle(t->s, ga - bom, gb - bom))
                        break;
                    prev = c;
                    if (CITEP_PLACE_KIND(c) == 'n' && CITEP_PLACE_KIND(p) != 'n')
                        continue; /* a country after a city in the list */
                    if (CITEP_PLACE_KIND(c) != CITEP_PLACE_KIND(p))
                        break;
                    if (!same_str(place_key(c), place_key(q)) &&
                        !post_names(x, k, place_key(c)))
                        return c;
                }
            }
        }
    }
    return NULL;
}

/* Do the sentences of post place p and body place b tell of the same thing: a
 * word of four letters or more in common, stems compared ("Villages near
 * #Bordeaux under water" and "cut off several villages south-east of
 * Toulouse")? A place the post names for something else ("every taxi driver
 * I've met in Cartagena") is no other place for the body's story. */
static bool shares_rare_name(const struct xc *x, int k, const cite_claim *p,
                             const cite_claim *b);

static bool same_story(const cite_doc *d, const cite_claim *p, const cite_claim *b)
{
    struct told t = {d, p, {{{0}}, 0}, 0, NULL, false, false};
    return told_with(&t, b);
}

#define SPELLING_MAX 96 /* bytes of a place name respelled by spelled_otherwise */

/* The body's place that post place p names by another spelling: its name as
 * written when the gazetteer took the two for different places, or that name
 * with spaces for hyphens ("San-Pedro" for the body's "San Pedro"). NULL when
 * there is none. */
static const cite_claim *spelled_otherwise(const struct xc *x, const cite_claim *p)
{
    char buf[SPELLING_MAX];
    size_t r, end, n = p->subject ? strlen(p->subject) : 0;
    if (!n || n >= sizeof buf)
        return NULL;
    if (!same_str(p->subject, place_key(p)) &&
        (r = find_rows(x, K_PLACE, p->subject, 0, false, &end)) < end)
        return &x->d->claims.v[x->r.v[r].claim];
    memcpy(buf, p->subject, n + 1);
    bool hyphen = false;
    for (size_t i = 1; i + 1 < n; i++)
        if (buf[i] == '-' && buf[i - 1] != ' ' && buf[i + 1] != ' ')
            buf[i] = ' ', hyphen = true;
    if (!hyphen || (r = find_rows(x, K_PLACE, buf, 0, false, &end)) >= end)
        return NULL;
    return &x->d->claims.v[x->r.v[r].claim];
}

static cite_status check_place(struct xc *x, int k, const cite_claim *p)
{
    cite_doc *d = x->d;
    const cite_claim *other = NULL;
    size_t r, end;
    if (CITEP_PLACE_KIND(p) == 'n')
        return CITE_OK;
    r = find_rows(x, K_PLACE, place_key(p), 0, false, &end);
    if (r < end)
        return add(d, CITE_CONSISTENT, k, p, &d->claims.v[x->r.v[r].claim]);
    if ((other = spelled_otherwise(x, p)) != NULL)
        return add(d, CITE_CONSISTENT, k, p, other);
    if (CITEP_PLACE_KIND(p) == CITEP_PLACE_UNKNOWN)
        return add(d, CITE_POST_ONLY, k, p, NULL); /* of no known kind: no conflict */
    if ((other = clause_place(x, k, p)) != NULL || (other = swapped_in_list(x, k, p)) != NULL)
        return add(d, CITE_CONFLICT, k, p, other);
    if (confirmed_place(x, k, p) || listed_place(x, k, p))
        return add(d, CITE_POST_ONLY, k, p, NULL);
    /* the first locative body place of the same kind that the post never names:
     * rows of one name are adjacent and in input order, so only the first row
     * of each name is a candidate */
    for (r = find_rows(x, K_LOC, kind_key(p), 0, false, &end); r < end; r++) {
        const cite_claim *b = &d->claims.v[x->r.v[r].claim];
        if (r > 0 && x->r.v[r - 1].tag == K_LOC && same_str(x->r.v[r - 1].key, x->r.v[r].key) &&
            same_str(x->r.v[r - 1].key2, x->r.v[r].key2))
            continue;
        if (CITEP_PLACE_KIND(b) != CITEP_PLACE_KIND(p) || (other && b > other) ||
            post_names(x, k, place_key(b)))
            continue;
        other = b;
    }
    if (other && !same_story(d, p, other) && !shares_rare_name(x, k, p, other))
        other = NULL;
    return add(d, other ? CITE_CONFLICT : CITE_POST_ONLY, k, p, other);
}

static size_t first_claim(const struct xc *x, int tag, const char *key)
{
    size_t end, r;
    if (!key)
        return SIZE_MAX;
    r = find_rows(x, tag, key, 0, false, &end);
    return r < end ? x->r.v[r].claim : SIZE_MAX;
}

/* The weekday a date's text names (0 = Sunday), or -1. Not when the day of
 * the month follows ("on Monday, November 24"): that day is the date. */
static int weekday_of(const char *text)
{
    struct citep_date_expr e;
    size_t n = text ? strlen(text) : 0;
    if (!text || citep_date_scan(text, n, &e) != n || e.kind != CITEP_DATE_WEEKDAY)
        return -1;
    return e.wday;
}

static bool resolved(const cite_claim *c)
{
    return c->value && strlen(c->value) == 10 && c->value[4] == '-' && c->value[7] == '-';
}

/* A weekday the post resolved against its own date ("Friday's disorder" ->
 * 2023-02-10) is the same day as the body's unresolved "on Friday evening" when
 * the article gives no date to resolve it: the body's first such date. */
static size_t same_weekday(struct xc *x, const cite_claim *p)
{
    int wd = weekday_of(p->text);
    if (!x->wd_done) { /* one pass over the claims, whatever the number of posts */
        for (int i = 0; i < 7; i++)
            x->wd_first[i] = SIZE_MAX;
        for (size_t i = x->d->claims.n; i-- > 0;) {
            const cite_claim *b = &x->d->claims.v[i];
            int w;
            if (b->type == CITE_CLAIM_DATE && b->embed < 0 && !resolved(b) &&
                (w = weekday_of(b->text)) >= 0)
                x->wd_first[w] = i;
        }
        x->wd_done = true;
    }
    return wd < 0 ? SIZE_MAX : x->wd_first[wd];
}

/* The month and day a date's text names: "March 1", or "Tuesday, June 16"
 * (a weekday, then its day of the month). */
static bool month_day_of(const char *text, struct citep_date_expr *e)
{
    size_t n = text ? strlen(text) : 0, len;
    if (!text || !(len = citep_date_scan(text, n, e)))
        return false;
    if (e->kind == CITEP_DATE_WEEKDAY && len < n && text[len] == ',') {
        while (++len < n && text[len] == ' ')
            ;
        if (!citep_date_scan(text + len, n - len, e))
            return false;
    }
    return e->kind == CITEP_DATE_MONTH_DAY;
}

/* A post's resolved date (2025-03-01) is the day of the body's "on March 1"
 * when the body's year is unknown (no article date): the first such body date,
 * or SIZE_MAX. The table is built once per document. */
static size_t same_month_day(struct xc *x, const cite_claim *p)
{
    int y, m, dd;
    if (!resolved(p) || sscanf(p->value, "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12 ||
        dd < 1 || dd > 31)
        return SIZE_MAX;
    if (!x->md_first) {
        if (!(x->md_first = citep_malloc(12 * 31 * sizeof *x->md_first)))
            return SIZE_MAX;
        for (size_t i = 0; i < 12 * 31; i++)
            x->md_first[i] = SIZE_MAX;
        for (size_t i = x->d->claims.n; i-- > 0;) {
            const cite_claim *b = &x->d->claims.v[i];
            struct citep_date_expr e;
            if (b->type == CITE_CLAIM_DATE && b->embed < 0 && !resolved(b) &&
                month_day_of(b->text, &e) &&
                !e.year && e.month >= 1 && e.month <= 12 && e.day >= 1 && e.day <= 31)
                x->md_first[(e.month - 1) * 31 + e.day - 1] = i;
        }
    }
    return x->md_first[(m - 1) * 31 + dd - 1];
}

/* Days since 1970-01-01 of a "YYYY-MM-DD" value, or false. */
static bool day_number(const char *v, long *out)
{
    int y, m, dd;
    if (!v || sscanf(v, "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12 || dd < 1 ||
        dd > 31)
        return false;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400, doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    *out = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    return true;
}

/* The weekday (0 = Sunday) of post k's resolved date p when it lies within a
 * week of the post ("on 8 September", "tomorrow"), or -1. */
static int near_weekday(const struct xc *x, int k, const cite_claim *p)
{
    long dp, de;
    if (!resolved(p) || (size_t)k >= x->d->embeds.n ||
        !day_number(x->d->embeds.v[k].date, &de) || !day_number(p->value, &dp) ||
        dp - de > 6 || de - dp > 6)
        return -1;
    return (int)(((dp % 7) + 7 + 4) % 7); /* 1970-01-01 was a Thursday */
}

/* Such a date is the undated body's "on Tuesday" when it falls on a Tuesday:
 * news means the nearest such day. The body's date of the very event, when it
 * gives one (o), is the one compared; else its first date of that weekday. */
static size_t same_week_day(struct xc *x, int k, const cite_claim *p, size_t o)
{
    int wd = near_weekday(x, k, p);
    if (wd < 0)
        return SIZE_MAX;
    if (o != SIZE_MAX)
        return !resolved(&x->d->claims.v[o]) && weekday_of(x->d->claims.v[o].text) == wd
                   ? o : SIZE_MAX;
    same_weekday(x, p); /* fills wd_first */
    return x->wd_first[wd];
}

/* Do two dates of one day-precision differ (1), agree (0), or can't they be
 * told apart (-1): a resolved date against an undated "on Wednesday" or "on
 * April 23" is compared by its weekday (within a week of post k) or its day. */
static int days_differ(const struct xc *x, int k, const cite_claim *p, const cite_claim *b)
{
    struct citep_date_expr e;
    int y, m, dd, wb = weekday_of(b->text);
    int wp = resolved(p) ? near_weekday(x, k, p) : weekday_of(p->text);
    if (resolved(p) && resolved(b))
        return strcmp(p->value, b->value) != 0;
    if (wb >= 0 && wp >= 0)
        return wb != wp;
    if (resolved(p) && !resolved(b) && sscanf(p->value, "%4d-%2d-%2d", &y, &m, &dd) == 3 &&
        month_day_of(b->text, &e) && !e.year)
        return e.month != m || e.day != dd;
    return -1;
}

#define CLAUSE_BACK 120   /* bytes read back from a body date for its event */
#define CLAUSE_DATES 256  /* body dates asked for one post date: bounds the work */

/* Does the clause before body date b name the event stem ("She will be sworn
 * in at a special session of the city council on May 7" for "sworn")? */
static bool clause_names(const cite_doc *d, const cite_claim *b, const char *stem)
{
    const struct citep_text *t = span_text(d);
    size_t a = claim_at(d, b), lo;
    char w[CITEP_LEMMA_MAX], st[CITEP_LEMMA_MAX];
    if (a == SIZE_MAX)
        return false;
    for (lo = a; lo > 0 && a - lo < CLAUSE_BACK && !strchr(".!?;\n", t->s[lo - 1]);)
        lo--;
    for (size_t i = lo; i < a;) {
        size_t j = i;
        while (j < a && (t->s[j] | 32) >= 'a' && (t->s[j] | 32) <= 'z')
            j++;
        if (j > i && j - i < sizeof w) {
            memcpy(w, t->s + i, j - i);
            w[j - i] = '\0';
            if (!strcmp(event_stem(w, st, sizeof st), stem))
                return true;
        }
        i = j > i ? j : i + 1;
    }
    return false;
}

/* The body's date of the post's event told by the words before it, when the
 * body gives it another subject ("sworn in at a special session of the city
 * council on May 7"): the first such date of one day that can be compared with
 * p (*diff: days_differ), or SIZE_MAX. */
static size_t clause_date(struct xc *x, int k, const cite_claim *p, const char *stem,
                          int *diff)
{
    const cite_doc *d = x->d;
    if (!x->days_done) {
        for (size_t i = 0; i < d->claims.n; i++) {
            const cite_claim *b = &d->claims.v[i];
            struct citep_date_expr e;
            if (b->type == CITE_CLAIM_DATE && b->embed < 0 &&
                (resolved(b) || weekday_of(b->text) >= 0 ||
                 (b->text && citep_date_scan(b->text, strlen(b->text), &e) &&
                  e.kind == CITEP_DATE_MONTH_DAY)) &&
                CITEP_PUSH(&x->days, i) != CITE_OK)
                break;
        }
        x->days_done = true;
    }
    for (size_t i = 0; i < x->days.n && i < CLAUSE_DATES; i++) {
        const cite_claim *b = &d->claims.v[x->days.v[i]];
        if (clause_names(d, b, stem) && (*diff = days_differ(x, k, p, b)) >= 0)
            return x->days.v[i];
    }
    return SIZE_MAX;
}

#define SHARED_NAME_MAX_USES 3 /* a name written more often is the story's, no anchor */
/* Occurrences of s[0..n) in text[a..b) as a whole word, up to max. */
static size_t word_uses(const struct citep_text *t, size_t a, size_t b, const char *w, size_t n,
                        size_t max)
{
    size_t c = 0;
    for (size_t i = a; i + n <= b && c < max; i++) {
        if (memcmp(t->s + i, w, n))
            continue;
        bool left = i == 0 || !isalnum((unsigned char)t->s[i - 1]);
        bool right = i + n >= t->len || !isalnum((unsigned char)t->s[i + n]);
        c += left && right;
    }
    return c;
}

/* Do the sentences of post claim p and body claim b share a rare name: a place
 * or a name of post k that the document writes at most SHARED_NAME_MAX_USES
 * times, so not the story's town? One event told on both sides in two
 * languages or in other words shares its names ("trophy party at Keskustori",
 * "a celebration on Keskustori"; "Rovdjursföreningen Norr har redan överklagat
 * ...", "Rovdjursföreningen Norr said ... it had appealed"). */
static bool shares_rare_name(const struct xc *x, int k, const cite_claim *p, const cite_claim *b)
{
    const cite_doc *d = x->d;
    const struct citep_text *t = span_text(d);
    size_t a = claim_at(d, p), ba = claim_at(d, b), plo, phi, blo, bhi;
    if (a == SIZE_MAX || ba == SIZE_MAX || !b->text)
        return false;
    sentence_of(t, a, a + strlen(p->text), &plo, &phi);
    sentence_of(t, ba, ba + strlen(b->text), &blo, &bhi);
    for (size_t i = x->pcf[k], n = 0; i < x->pcf[k + 1] && n < 64; i++) {
        const cite_claim *q = &d->claims.v[x->pc[i]];
        size_t qa, qn;
        if ((q->type != CITE_CLAIM_PLACE && q->type != CITE_CLAIM_ENTITY) || !q->text || q == p)
            continue;
        n++;
        if ((qa = claim_at(d, q)) == SIZE_MAX || qa < plo || qa >= phi ||
            (qn = strlen(q->text)) < 4 || q->text[0] == '#' ||
            (q->type == CITE_CLAIM_PLACE && CITEP_PLACE_KIND(q) == 'n'))
            continue;
        if (word_uses(t, blo, bhi, q->text, qn, 1) &&
            word_uses(t, 0, t->len, q->text, qn, SHARED_NAME_MAX_USES + 1) <=
                SHARED_NAME_MAX_USES)
            return true;
    }
    return false;
}

/* The body's date of the event of post date p told by a rare name the two
 * sentences share (shares_rare_name): the first such body date of one day
 * that can be compared (*diff), or SIZE_MAX. */
static size_t shared_name_date(struct xc *x, int k, const cite_claim *p, int *diff)
{
    /* a post's sign-off ("See you in Cardiff on March 15!", "Join us ...")
     * names no event of its own to anchor */
    static const char *const LIGHT[] = {"see", "join", "get", "go", "come", "meet", "watch",
                                        "make", "take", "have", "do", "say", "tell", NULL};
    if (!x->days_done || !p->subject)
        return SIZE_MAX;
    for (size_t i = 0; LIGHT[i]; i++)
        if (!strcmp(p->subject, LIGHT[i]))
            return SIZE_MAX;
    for (size_t j = 0; j < x->days.n && j < CLAUSE_DATES; j++) {
        const cite_claim *b = &x->d->claims.v[x->days.v[j]];
        if (shares_rare_name(x, k, p, b) && (*diff = days_differ(x, k, p, b)) >= 0)
            return x->days.v[j];
    }
    return SIZE_MAX;
}

static cite_status check_date(struct xc *x, int k, const cite_claim *p)
{
    cite_doc *d = x->d;
    size_t a = first_claim(x, K_DVAL, p->value), b = first_claim(x, K_DTEXT, p->text), o;
    if (b < a)
        a = b;
    if (a == SIZE_MAX)
        a = same_weekday(x, p);
    if (a == SIZE_MAX)
        a = same_month_day(x, p);
    char st[CITEP_LEMMA_MAX];
    o = p->subject ? first_claim(x, K_DSUBJ, event_stem(p->subject, st, sizeof st)) : SIZE_MAX;
    if (a == SIZE_MAX)
        a = same_week_day(x, k, p, o);
    /* a date of nothing either side names ("Wednesday 4 March" alone) is no
     * fact to check: a finding could only say "the post dates it" */
    bool nothing = !p->subject || !p->subject[0];
    if (a != SIZE_MAX)
        return nothing && !d->claims.v[a].subject ? CITE_OK
                                                  : add(d, CITE_CONSISTENT, k, p, &d->claims.v[a]);
    if (nothing)
        return CITE_OK;
    int diff = -1;
    if (o == SIZE_MAX && p->subject && (a = clause_date(x, k, p, st, &diff)) != SIZE_MAX)
        return add(d, diff ? CITE_CONFLICT : CITE_CONSISTENT, k, p, &d->claims.v[a]);
    if (o == SIZE_MAX && (a = shared_name_date(x, k, p, &diff)) != SIZE_MAX)
        return add(d, diff ? CITE_CONFLICT : CITE_CONSISTENT, k, p, &d->claims.v[a]);
    /* the body's date of the very event, which may give the day another way
     * ("dinsdag 16 juni" against "Tuesday, June 16") */
    if (o != SIZE_MAX && days_differ(x, k, p, &d->claims.v[o]) == 0)
        return add(d, CITE_CONSISTENT, k, p, &d->claims.v[o]);
    return add(d, o != SIZE_MAX ? CITE_CONFLICT : CITE_POST_ONLY, k, p,
               o != SIZE_MAX ? &d->claims.v[o] : NULL);
}

/* A name in capitals of four letters or more as a word ("NURI" -> "Nuri"),
 * into out (n bytes); NULL when the name is not so written. */
static const char *as_word(const char *name, char *out, size_t n)
{
    size_t i = 0;
    for (; name && name[i]; i++)
        if (name[i] < 'A' || name[i] > 'Z' || i + 1 >= n)
            return NULL;
    if (i < 4)
        return NULL;
    out[0] = name[0];
    for (size_t j = 1; j < i; j++)
        out[j] = (char)(name[j] - 'A' + 'a');
    out[i] = '\0';
    return out;
}

static cite_status check_entity_kind(struct xc *x, int k, const cite_claim *p);

/* Is the word w[0..n) the last word of the name, a surname after a given
 * name ("Eetu Mäkelä")? Not after a word in capitals ("PT MKN": a company's
 * form). */
static bool surname_of(const char *name, const char *w, size_t n)
{
    size_t len = strlen(name);
    if (len <= n + 1 || strcmp(name + len - n, w) || name[len - n - 1] != ' ')
        return false;
    return !(name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'A' && name[1] <= 'Z');
}

#define FULL_NAME_CLAIMS 4096 /* post claims looked at for a one-word name's full form */

/* A surname alone in a post that another post gives in full ("Mäkelä" after
 * "Eetu Mäkelä"): the full name, that the findings name the person by once;
 * NULL when none. */
static const char *full_name(const struct xc *x, const cite_claim *p)
{
    size_t n = p->subject ? strlen(p->subject) : 0;
    const char *full = NULL;
    if (n < 3 || strchr(p->subject, ' ') || (p->subject[1] >= 'A' && p->subject[1] <= 'Z'))
        return NULL; /* a name of words, or an acronym ("MKN") */
    for (size_t i = x->pcf[0], c = 0; i < x->pcf[x->nposts] && c < FULL_NAME_CLAIMS; i++, c++) {
        const cite_claim *q = &x->d->claims.v[x->pc[i]];
        if (q->type != CITE_CLAIM_ENTITY || !q->subject || q == p ||
            !surname_of(q->subject, p->subject, n))
            continue;
        if (full && strcmp(full, q->subject))
            return NULL; /* two people of that name: which one is not known */
        full = q->subject;
    }
    return full;
}

static cite_status check_entity(struct xc *x, int k, const cite_claim *p)
{
    size_t n0 = x->d->findings.n;
    cite_status rc = check_entity_kind(x, k, p);
    const char *full;
    if (rc == CITE_OK && x->d->findings.n == n0 + 1 &&
        x->d->findings.v[n0].type == CITE_CLAIM_ENTITY && (full = full_name(x, p)) != NULL)
        x->d->findings.v[n0].subject = full;
    return rc;
}

static cite_status check_entity_kind(struct xc *x, int k, const cite_claim *p)
{
    char w[64];
    const char *word;
    size_t b = first_claim(x, K_ENT, p->subject);
    /* "NURI" in one post, the body's "Nuri" (found for another post) */
    if (b == SIZE_MAX && (word = as_word(p->subject, w, sizeof w)) != NULL)
        b = first_claim(x, K_ENT, word);
    if (b == SIZE_MAX && (b = first_claim(x, K_PLACE, p->subject)) != SIZE_MAX)
        /* another post gave the name as a place ("in Taiki"), and so the body */
        return add_typed(x->d, CITE_CONSISTENT, CITE_CLAIM_PLACE, k, p, &x->d->claims.v[b]);
    return add(x->d, b != SIZE_MAX ? CITE_CONSISTENT : CITE_POST_ONLY, k, p,
               b != SIZE_MAX ? &x->d->claims.v[b] : NULL);
}

/* ---- body_only ----------------------------------------------------------------- */

struct hits {
    CITEP_VEC(size_t) v;
};

/* The first body count of the thing named by the word w, when the post does
 * not count it itself: its claim index, or SIZE_MAX. */
static size_t lookup(const struct xc *x, int k, const char *w, size_t n)
{
    char lem[CITEP_LEMMA_MAX];
    size_t i, end;
    double f;
    const char *fam;
    if (!lemma_of(w, n, lem))
        return SIZE_MAX;
    /* "after years of work", "in the coming days": spans of time a post speaks
     * of are no counted things of the story */
    if ((fam = citep_unit_family(lem, &f)) != NULL && !strcmp(fam, "duration"))
        return SIZE_MAX;
    i = find_rows(x, K_QSUBJ, lem, 0, false, &end);
    if (i >= end) { /* the post names what a body measure measures: "oil leak" */
        i = find_rows(x, K_QMAT, lem, 0, false, &end);
        const char *unit = i < end ? x->d->claims.v[x->r.v[i].claim].subject : NULL;
        if (!unit || find_rows(x, K_PQTY, unit, k, true, &end) < end)
            return SIZE_MAX;
    }
    /* another post of the article that counts it already sets the body's count
     * against a figure: the reader needs no second line for it */
    if (find_rows(x, K_PQTY, lem, k, false, &end) < end)
        return SIZE_MAX;
    return x->r.v[i].claim;
}

/* Claim c joins *h once. */
static cite_status keep(struct hits *h, size_t c)
{
    size_t i;
    if (c == SIZE_MAX)
        return CITE_OK;
    for (i = 0; i < h->v.n; i++)
        if (h->v.v[i] == c)
            return CITE_OK;
    return CITEP_PUSH(&h->v, c);
}

static int idx_cmp(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Does a number end right before s[b] ("9 hours", "six weeks")? Then the post
 * counts that thing itself, though not as a claim ("after 9 hours"). */
static const char *const NUMBER_WORD[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", NULL};
CITEP_WORDSET(number_word_set, NUMBER_WORD, 64);

static bool counted(const char *s, size_t from, size_t b)
{
    char w[16];
    size_t e = b, i, n;
    while (e > from && (s[e - 1] == ' ' || s[e - 1] == '-'))
        e--;
    if (e == b || e == from)
        return false;
    if (s[e - 1] >= '0' && s[e - 1] <= '9') { /* a number alone, not "@user700" */
        for (i = e; i > from && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == ',' ||
                                 s[i - 1] == '.');)
            i--;
        return i == from || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '~';
    }
    for (i = e; i > from && e - i < sizeof w - 1 && (s[i - 1] | 32) >= 'a' &&
                (s[i - 1] | 32) <= 'z';)
        i--;
    n = e - i;
    if (n == 0 || n >= sizeof w)
        return false;
    for (size_t j = 0; j < n; j++)
        w[j] = (char)(s[i + j] | 32);
    return citep_wordset_find(&number_word_set, w, n) != 0;
}

/* Does the post's word s[b..i) speak of how many there are: a plural
 * ("tankers", "people"), a word that is its own plural ("aircraft"), a
 * singular before "numbers" ("record passenger numbers") or a mass noun the
 * body measures ("Oil leak reported")? A countable thing named in the singular
 * is one of them ("the jail", "Port of Valparaíso", "voter turnout", "every
 * household", "at km 91"), not a number the post leaves out. end: the end of
 * the post's text. */
static bool mention(const struct xc *x, const char *s, size_t b, size_t i, size_t end)
{
    static const char *const TALLY[] = {" number", " numbers", " count", " counts", " figures",
                                        " total", " totals", NULL};
    char lw[CITEP_LEMMA_MAX], lem[CITEP_LEMMA_MAX];
    bool pl, ct;
    size_t n = i - b, e;
    double f;
    if (n == 0 || n >= sizeof lw)
        return false;
    for (size_t j = 0; j < n; j++)
        lw[j] = (char)((s[b + j] >= 'A' && s[b + j] <= 'Z') ? s[b + j] + 32 : s[b + j]);
    if (!citep_lemma(lw, n, lem, CITEP_LEMMA_MAX, &pl, &ct))
        return false;
    if (pl || (ct && !citep_unit_family(lem, &f)))
        return true;
    for (size_t t = 0; TALLY[t]; t++) {
        size_t l = strlen(TALLY[t]);
        if (i + l <= end && !strncasecmp(s + i, TALLY[t], l) &&
            !(i + l < end && (s[i + l] | 32) >= 'a' && (s[i + l] | 32) <= 'z'))
            return true;
    }
    return find_rows(x, K_QSUBJ, lem, 0, false, &e) >= e;
}

/* Body counts of things the post's words (or its hashtags' words) name. */
static cite_status body_only(struct xc *x, int k)
{
    cite_doc *d = x->d;
    const struct citep_embed_x *e = &d->embed_x.v[k];
    const char *s = d->text.s;
    struct hits h;
    size_t i, c;
    cite_status rc = CITE_OK;
    if (!x->body_qty) /* every lookup() would fail */
        return CITE_OK;
    memset(&h, 0, sizeof h);
    if (e->t_start != SIZE_MAX && e->t_end <= d->text.len)
        for (i = e->t_start; i < e->t_end && rc == CITE_OK;) {
            size_t b = i;
            while (i < e->t_end && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
                i++;
            if (i == b)
                i++;
            else if ((c = lookup(x, k, s + b, i - b)) != SIZE_MAX && !counted(s, e->t_start, b) &&
                     mention(x, s, b, i, e->t_end))
                rc = keep(&h, c);
        }
    for (i = x->tagf[k]; i < x->tagf[k + 1] && rc == CITE_OK; i++) {
        const cite_entity *en = &d->entities.v[x->tags[i]];
        const char *p = en->segmented;
        if (!p)
            continue;
        while (*p && rc == CITE_OK) {
            size_t n = 0;
            while (p[n] && p[n] != ' ')
                n++;
            rc = keep(&h, lookup(x, k, p, n));
            p += n;
            while (*p == ' ')
                p++;
        }
    }
    if (h.v.n > 1)
        qsort(h.v.v, h.v.n, sizeof *h.v.v, idx_cmp);
    for (i = 0; i < h.v.n && rc == CITE_OK; i++)
        rc = add(d, CITE_BODY_ONLY, k, NULL, &d->claims.v[h.v.v[i]]);
    citep_free(h.v.v);
    return rc;
}

/* Items 0..n-1 with owner(i) in 0..m-1, grouped by owner in index order:
 * (*out)[(*first)[k] .. (*first)[k+1]) are owner k's. Counting sort, O(n + m). */
static cite_status group(size_t n, size_t m, int (*owner)(const cite_doc *, size_t),
                         const cite_doc *d, size_t **out, size_t **first)
{
    size_t i, *fill;
    *out = citep_malloc((n ? n : 1) * sizeof **out);
    *first = citep_calloc(m + 2, sizeof **first);
    fill = citep_calloc(m + 1, sizeof *fill);
    if (!*out || !*first || !fill) {
        citep_free(fill);
        return CITE_ENOMEM;
    }
    for (i = 0; i < n; i++) {
        int o = owner(d, i);
        if (o >= 0 && (size_t)o < m)
            (*first)[o + 1]++;
    }
    for (i = 0; i < m; i++)
        (*first)[i + 1] += (*first)[i];
    for (i = 0; i < n; i++) {
        int o = owner(d, i);
        if (o >= 0 && (size_t)o < m)
            (*out)[(*first)[o] + fill[o]++] = i;
    }
    citep_free(fill);
    return CITE_OK;
}

static int claim_owner(const cite_doc *d, size_t i) { return d->claims.v[i].embed; }

static int hashtag_owner(const cite_doc *d, size_t i)
{
    return d->entities.v[i].type == CITE_HASHTAG ? d->entities.v[i].embed : -1;
}

/* Does a name open with a word for a part of a place ("North Atlantic",
 * "Greater Manchester")? */
static bool part_of_place(const char *name)
{
    static const char *const PART[] = {"North ", "South ", "East ", "West ", "Northern ",
                                       "Southern ", "Eastern ", "Western ", "Central ",
                                       "Upper ", "Lower ", "Greater ", "Inner ", "Outer ",
                                       NULL};
    for (size_t i = 0; name && PART[i]; i++)
        if (!strncmp(name, PART[i], strlen(PART[i])))
            return true;
    return false;
}

/* Is place claim p inside a longer place claim of post k ("Harlan" in "Harlan
 * County")? The longer name is the place the post means. */
static bool inside_longer_place(const struct xc *x, int k, const cite_claim *p)
{
    for (size_t i = x->pcf[k], n = 0; i < x->pcf[k + 1] && n < 64; i++) {
        const cite_claim *q = &x->d->claims.v[x->pc[i]];
        /* or a longer name ("Kigali" in "Mur de Kigali", a climb), unless it
         * only names a part of the place ("North Atlantic") */
        if ((q->type != CITE_CLAIM_PLACE && q->type != CITE_CLAIM_ENTITY) || q == p ||
            (q->type == CITE_CLAIM_ENTITY && part_of_place(q->subject)))
            continue;
        n++;
        if (q->span.start <= p->span.start && q->span.end >= p->span.end &&
            q->span.end - q->span.start > p->span.end - p->span.start)
            return true;
    }
    return false;
}

/* The name of place p as the posts that name the place write it, when the
 * spellings differ only in accents and case: "Montréal" in one post,
 * "Montreal" in the next, "#valparaiso" after "#Valparaíso" are one place,
 * named once in the findings. */
static const char *first_spelling(const struct xc *x, const cite_claim *p)
{
    size_t end, r0 = find_rows(x, K_PPLACE, place_key(p), 0, false, &end), r = r0;
    const char *first = NULL, *name = p->subject;
    size_t earliest = SIZE_MAX;
    if (!p->subject)
        return p->subject;
    /* one place written otherwise by the posts ("जयपुर" and "#CustomsJaipur",
     * "Bariloche" and "#Bariloche") is named as it is first written */
    for (size_t n = 0; r < end && n < 16; r++, n++) {
        size_t c = x->r.v[r].claim;
        if (x->d->claims.v[c].subject && c < earliest)
            earliest = c, name = x->d->claims.v[c].subject;
    }
    /* the first spelling with its accents ("Kraków" after "#DerbyKrakowa"'s
     * "Krakow"), else the first */
    r = r0;
    for (size_t n = 0; r < end && n < 16; r++, n++) {
        const char *w = x->d->claims.v[x->r.v[r].claim].subject;
        if (!w || !same_letters(w, name))
            continue;
        if (citep_ascii_span(w, strlen(w)) < strlen(w))
            return w;
        if (!first)
            first = w;
    }
    return first ? first : name;
}

static cite_status check_post(struct xc *x, int k, size_t i)
{
    const cite_claim *p = &x->d->claims.v[i];
    if (p->type == CITE_CLAIM_PLACE && inside_longer_place(x, k, p))
        return CITE_OK;
    switch (p->type) {
    case CITE_CLAIM_QUANTITY:
        return check_quantity(x, k, i);
    case CITE_CLAIM_PLACE: {
        size_t n0 = x->d->findings.n;
        cite_status rc = check_place(x, k, p);
        if (rc == CITE_OK && x->d->findings.n > n0)
            x->d->findings.v[n0].subject = first_spelling(x, p);
        return rc;
    }
    case CITE_CLAIM_DATE:
        return check_date(x, k, p);
    default:
        return check_entity(x, k, p);
    }
}

cite_status citep_crosscheck(cite_doc *d)
{
    struct xc x;
    size_t k, i, m, *pc = NULL, *pcf = NULL;
    cite_status rc;
    if (!d)
        return CITE_EINVAL;
    memset(&x, 0, sizeof x);
    x.d = d;
    m = d->embeds.n < d->embed_x.n ? d->embeds.n : d->embed_x.n;
    if (m == 0)
        return CITE_OK; /* no posts: nothing to compare */
    rc = build_index(&x);
    if (rc == CITE_OK)
        rc = group(d->claims.n, m, claim_owner, d, &pc, &pcf);
    if (rc == CITE_OK)
        rc = group(d->entities.n, m, hashtag_owner, d, &x.tags, &x.tagf);
    x.pc = pc, x.pcf = pcf, x.nposts = (int)m;
    for (k = 0; k < m && rc == CITE_OK; k++) {
        for (i = pcf[k]; i < pcf[k + 1] && rc == CITE_OK; i++)
            if (!x.repeat[pc[i]])
                rc = check_post(&x, (int)k, pc[i]);
        if (rc == CITE_OK)
            rc = body_only(&x, (int)k);
    }
    citep_free(pc);
    citep_free(pcf);
    citep_free(x.tags);
    citep_free(x.tagf);
    citep_free(x.md_first);
    citep_free(x.days.v);
    citep_free(x.r.v);
    citep_free(x.repeat);
    return rc;
}
