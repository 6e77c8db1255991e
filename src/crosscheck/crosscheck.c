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
 *    ("Chinese warships" vs "Russian warships") are different things.
 *  - place: countries are the actors of a story rather than where it happened,
 *    so they give no findings. A named city, sea or region in the body ->
 *    consistent; else, when the post places the event ("in X") and the body
 *    places the story ("in Y") at another place of the same kind that the post never names ->
 *    conflict; else post_only. The post's own wording need not be locative
 *    (a hashtag often stands alone).
 *  - date: the same resolved date (or the same words, when a side cannot be
 *    resolved) in the body -> consistent; a different date
 *    for the same word ("attack on Monday" vs "attack on Tuesday") -> conflict;
 *    else post_only.
 *  - entity: named in the body (full name or surname) -> consistent, else
 *    post_only.
 *  - body_only: a body count of something the post mentions without a number.
 */
#include "crosscheck.h"
#include "claims/claims.h"
#include "claims/lemma.h"

#include <math.h>
#include <stdio.h>
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
        r.lo = v * 0.9;
        r.hi = v * 1.1;
    }
    u = round_unit(c->number) * factor;
    if (u > 0 && !strcmp(cmp, "eq")) {
        r.lo = v - u / 2;
        r.hi = v + u / 2;
    }
    if (factor != 1) { /* converted figures are rounded by whoever converted them */
        r.lo -= fabs(r.lo) * 0.03;
        r.hi += fabs(r.hi) * 0.03;
    }
    return r;
}

/* ---- same thing? ------------------------------------------------------------- */

/* Proper adjectives in a claim's text ("five Chinese warships" -> "Chinese"). */
static void proper_words(const char *text, char *out, size_t n)
{
    size_t o = 0, i = 0;
    out[0] = '\0';
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

/* Same counted thing; fp and fb get the factors to a common unit. */
static bool same_quantity(const cite_claim *p, const cite_claim *b, double *fp, double *fb)
{
    char wp[128], wb[128];
    const char *famp, *famb;
    *fp = *fb = 1;
    if (!p->subject || !b->subject)
        return false;
    if (strcmp(p->subject, b->subject) != 0) {
        famp = citep_unit_family(p->subject, fp);
        famb = citep_unit_family(b->subject, fb);
        if (!famp || !famb || strcmp(famp, famb) != 0)
            return false;
    } else if (citep_unit_family(p->subject, fp)) {
        *fb = *fp = 1;
    }
    proper_words(p->text, wp, sizeof wp);
    proper_words(b->text, wb, sizeof wb);
    return !wp[0] || !wb[0] || !strcmp(wp, wb);
}

static bool consistent_quantity(const cite_claim *p, const cite_claim *b, double fp, double fb)
{
    struct interval x = interval_of(p, fp), y = interval_of(b, fb);
    return x.lo <= y.hi && y.lo <= x.hi;
}

/* ---- messages ------------------------------------------------------------------ */

static void plural(const char *w, double n, bool vague, char *out, size_t sz)
{
    size_t l = strlen(w);
    if ((n == 1 && !vague) || !strncmp(w, "percent", 7) || citep_unit_family(w, &(double){0})) {
        if (n != 1 && citep_unit_family(w, &(double){0}) && w[l - 1] != 's' &&
            strcmp(w, "km/h") && strcmp(w, "mph"))
            snprintf(out, sz, "%ss", w);
        else
            snprintf(out, sz, "%s", w);
    } else if (!strcmp(w, "person")) {
        snprintf(out, sz, "people");
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
    if (c->subject && !strncmp(c->subject, "percent", 7))
        snprintf(out, sz, "%s%s %s", pre, c->value, c->subject + 7 + (c->subject[7] == ' '));
    else
        snprintf(out, sz, "%s%s %s", pre, c->value ? c->value : "?", noun);
}

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
        const char *what = c->subject ? c->subject : "it";
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
    switch (kind) {
    case CITE_CONSISTENT:
        return citep_arena_printf(d->arena, "post and body both name %s", p->value);
    case CITE_CONFLICT:
        return citep_arena_printf(d->arena, "post names %s; the body names %s instead",
                                  p->value, b->value);
    case CITE_POST_ONLY:
        return citep_arena_printf(d->arena, "post names %s; the body does not mention %s",
                                  p->value, p->value);
    default:
        return citep_arena_printf(d->arena, "body names %s; the post does not", b->value);
    }
}

static cite_status add(cite_doc *d, cite_finding_kind kind, int embed, const cite_claim *p,
                       const cite_claim *b)
{
    cite_finding f;
    const cite_claim *c = p ? p : b;
    if (d->findings.n >= CROSS_MAX_FINDINGS)
        return CITE_OK;
    memset(&f, 0, sizeof f);
    f.kind = kind;
    f.type = c->type;
    f.subject = c->subject;
    f.embed = embed;
    f.post = p;
    f.body = b;
    f.message = message(d, kind, p, b);
    if (!f.message)
        return CITE_ENOMEM;
    return CITEP_PUSH(&d->findings, f);
}

/* ---- per type ------------------------------------------------------------------ */

static bool same_str(const char *a, const char *b) { return a && b && !strcmp(a, b); }

static cite_status check_quantity(cite_doc *d, int k, const cite_claim *p)
{
    const cite_claim *conflict = NULL;
    size_t i;
    for (i = 0; i < d->claims.n; i++) {
        const cite_claim *b = &d->claims.v[i];
        double fp, fb;
        if (b->embed >= 0 || b->type != CITE_CLAIM_QUANTITY || !same_quantity(p, b, &fp, &fb))
            continue;
        if (consistent_quantity(p, b, fp, fb))
            return add(d, CITE_CONSISTENT, k, p, b);
        if (!conflict)
            conflict = b;
    }
    return add(d, conflict ? CITE_CONFLICT : CITE_POST_ONLY, k, p, conflict);
}

static bool post_names(const cite_doc *d, int k, const char *name)
{
    size_t i;
    for (i = 0; i < d->claims.n; i++)
        if (d->claims.v[i].embed == k && d->claims.v[i].type == CITE_CLAIM_PLACE &&
            same_str(d->claims.v[i].subject, name))
            return true;
    return false;
}

static cite_status check_place(cite_doc *d, int k, const cite_claim *p)
{
    const cite_claim *other = NULL;
    size_t i;
    if (CITEP_PLACE_KIND(p) == 'n')
        return CITE_OK;
    for (i = 0; i < d->claims.n; i++) {
        const cite_claim *b = &d->claims.v[i];
        if (b->embed >= 0 || b->type != CITE_CLAIM_PLACE)
            continue;
        if (same_str(b->subject, p->subject))
            return add(d, CITE_CONSISTENT, k, p, b);
        if (!other && CITEP_PLACE_LOCATIVE(b) &&
            CITEP_PLACE_KIND(b) == CITEP_PLACE_KIND(p) && !post_names(d, k, b->subject))
            other = b;
    }
    return add(d, other ? CITE_CONFLICT : CITE_POST_ONLY, k, p, other);
}

static cite_status check_date(cite_doc *d, int k, const cite_claim *p)
{
    const cite_claim *other = NULL;
    size_t i;
    for (i = 0; i < d->claims.n; i++) {
        const cite_claim *b = &d->claims.v[i];
        if (b->embed >= 0 || b->type != CITE_CLAIM_DATE)
            continue;
        if (same_str(b->value, p->value) || (b->text && p->text && !strcasecmp(b->text, p->text)))
            return add(d, CITE_CONSISTENT, k, p, b);
        if (!other && same_str(b->subject, p->subject))
            other = b;
    }
    return add(d, other ? CITE_CONFLICT : CITE_POST_ONLY, k, p, other);
}

static cite_status check_entity(cite_doc *d, int k, const cite_claim *p)
{
    size_t i;
    for (i = 0; i < d->claims.n; i++) {
        const cite_claim *b = &d->claims.v[i];
        if (b->embed < 0 && b->type == CITE_CLAIM_ENTITY && same_str(b->subject, p->subject))
            return add(d, CITE_CONSISTENT, k, p, b);
    }
    return add(d, CITE_POST_ONLY, k, p, NULL);
}

/* Was an equal post claim (type, subject, value) already judged? */
static bool repeated(const cite_doc *d, size_t upto, const cite_claim *p)
{
    size_t i;
    for (i = 0; i < upto; i++) {
        const cite_claim *q = &d->claims.v[i];
        if (q->embed == p->embed && q->type == p->type && same_str(q->subject, p->subject) &&
            (p->type != CITE_CLAIM_QUANTITY || same_str(q->value, p->value)))
            return true;
    }
    return false;
}

/* ---- body_only ----------------------------------------------------------------- */

/* Does the post's text (or a hashtag's words) use a word whose lemma is subj? */
static bool post_mentions(const cite_doc *d, int k, const char *subj)
{
    const struct citep_embed_x *x = &d->embed_x.v[k];
    const char *s = d->text.s;
    size_t i, j;
    char w[CITEP_LEMMA_MAX], lem[CITEP_LEMMA_MAX];
    bool pl, ct;
    if (x->t_start == SIZE_MAX || x->t_end > d->text.len)
        return false;
    for (i = x->t_start; i < x->t_end;) {
        size_t b = i, n = 0;
        while (i < x->t_end && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
            i++;
        if (i == b) {
            i++;
            continue;
        }
        for (j = b; j < i && n + 1 < sizeof w; j++)
            w[n++] = (char)(s[j] | 32);
        if (citep_lemma(w, n, lem, sizeof lem, &pl, &ct) && !strcmp(lem, subj))
            return true;
    }
    for (i = 0; i < d->entities.n; i++) {
        const cite_entity *e = &d->entities.v[i];
        const char *p = e->segmented;
        if (e->embed != k || e->type != CITE_HASHTAG || !p)
            continue;
        while (*p) {
            size_t n = 0;
            while (p[n] && p[n] != ' ' && n + 1 < sizeof w) {
                w[n] = (char)(p[n] | ((p[n] >= 'A' && p[n] <= 'Z') ? 32 : 0));
                n++;
            }
            if (n && citep_lemma(w, n, lem, sizeof lem, &pl, &ct) && !strcmp(lem, subj))
                return true;
            p += n;
            while (*p && *p != ' ')
                p++;
            while (*p == ' ')
                p++;
        }
    }
    return false;
}

static bool post_counts(const cite_doc *d, int k, const char *subj)
{
    size_t i;
    for (i = 0; i < d->claims.n; i++)
        if (d->claims.v[i].embed == k && d->claims.v[i].type == CITE_CLAIM_QUANTITY &&
            same_str(d->claims.v[i].subject, subj))
            return true;
    return false;
}

static bool body_repeated(const cite_doc *d, size_t upto, const char *subj)
{
    size_t i;
    for (i = 0; i < upto; i++)
        if (d->claims.v[i].embed < 0 && d->claims.v[i].type == CITE_CLAIM_QUANTITY &&
            same_str(d->claims.v[i].subject, subj))
            return true;
    return false;
}

static cite_status body_only(cite_doc *d, int k)
{
    size_t i;
    cite_status rc = CITE_OK;
    for (i = 0; i < d->claims.n && rc == CITE_OK; i++) {
        const cite_claim *b = &d->claims.v[i];
        if (b->embed >= 0 || b->type != CITE_CLAIM_QUANTITY || !b->subject ||
            post_counts(d, k, b->subject) || body_repeated(d, i, b->subject) ||
            !post_mentions(d, k, b->subject))
            continue;
        rc = add(d, CITE_BODY_ONLY, k, NULL, b);
    }
    return rc;
}

cite_status citep_crosscheck(cite_doc *d)
{
    size_t k, i;
    cite_status rc = CITE_OK;
    if (!d)
        return CITE_EINVAL;
    for (k = 0; k < d->embeds.n && k < d->embed_x.n && rc == CITE_OK; k++) {
        for (i = 0; i < d->claims.n && rc == CITE_OK; i++) {
            const cite_claim *p = &d->claims.v[i];
            if (p->embed != (int)k || repeated(d, i, p))
                continue;
            switch (p->type) {
            case CITE_CLAIM_QUANTITY:
                rc = check_quantity(d, (int)k, p);
                break;
            case CITE_CLAIM_PLACE:
                rc = check_place(d, (int)k, p);
                break;
            case CITE_CLAIM_DATE:
                rc = check_date(d, (int)k, p);
                break;
            default:
                rc = check_entity(d, (int)k, p);
                break;
            }
        }
        if (rc == CITE_OK)
            rc = body_only(d, (int)k);
    }
    return rc;
}
