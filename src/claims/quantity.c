/*
 * quantity.c - quantity claims: a number (numbers.c) and the thing it counts,
 * the head noun of the words that follow ("five #warships" -> warship,
 * "four ship-borne #helicoptersdeparted" -> helicopter). Ordinals, years,
 * dates, times, codes ("F-16") and fractions are not counts.
 */
#include "claims_int.h"
#include "lang.h"
#include "numbers.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define NP_MAX 5 /* words read after a number looking for its noun */

/* snprintf(out, n, "%s", w) without the format machinery (n > 0). */
static void copy_str(char *out, size_t n, const char *w)
{
    size_t l = strlen(w);
    if (l >= n)
        l = n - 1;
    memcpy(out, w, l);
    out[l] = '\0';
}

/* First token at or after view offset off, or t.n. */
static size_t tok_from(const struct citep_cx *cx, size_t off)
{
    size_t lo = 0, hi = cx->t.n; /* tokens are in text order */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cx->t.v[mid].s < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Only blanks and '#' between the number and its first word. */
static bool adjacent(const char *s, size_t from, size_t to)
{
    for (; from < to; from++)
        if (s[from] != ' ' && s[from] != '#' && s[from] != '\t')
            return false;
    return true;
}

static bool ends_with(const char *w, const char *suf)
{
    size_t n = strlen(w), k = strlen(suf);
    return n > k + 2 && !strcmp(w + n - k, suf);
}

/* Adjectives in -ly that describe the counted thing ("114 mostly elderly
 * customers", "12 weekly flights"), not adverbs of a verb after it. */
static const char *const LY_ADJ[] = {"elderly", "daily", "weekly", "monthly", "yearly",
                                     "hourly", "nightly", "quarterly", "deadly", "costly",
                                     "friendly", "early", "lonely", "orderly", "curly",
                                     "burly", "sickly", "holy", NULL};
CITEP_WORDSET(ly_adj_set, LY_ADJ, 64);

static bool verbish(const char *lw)
{
    if (strchr(lw, '-'))
        return false;
    if (ends_with(lw, "ly"))
        return !citep_wordset_has(&ly_adj_set, lw);
    return ends_with(lw, "ed") || ends_with(lw, "ing");
}

struct head {
    size_t k;  /* token index of the head */
    char lemma[CITEP_LEMMA_MAX];
};

/* Find the counted noun in tokens [k0, ...). */
/* A partitive count ("three of our officers", "two of the ships") counts the
 * noun after the article or possessive: is token k that "of"? */
static const char *const DET[] = {"the", "our", "their", "its", "his",
                                  "her", "these", "those", "my", "your", NULL};
CITEP_WORDSET(det_set, DET, 32);

static bool partitive(const struct citep_cx *cx, size_t k)
{
    if (k + 2 >= cx->t.n || !CITEP_LW_IS(&cx->t.v[k], "of"))
        return false;
    return citep_tok_in(&det_set, &cx->t.v[k + 1]);
}

/* A unit written in capitals, as units often are: "MW", "GWh", "KM". */
static bool unit_abbrev(const struct citep_tok *t)
{
    return t->olen <= 4 && citep_unit_word(t->lw, t->lwn);
}

enum foreign_head { HEAD_FOUND, HEAD_SKIP, HEAD_NONE, HEAD_ENGLISH };

/* The counted noun of a post in another language: a noun of lang.c's lists
 * (HEAD_FOUND, h->lemma set), a word between number and noun ("de", at the
 * first word only: HEAD_SKIP), or a unit or an invariant noun, which the
 * English rules read (HEAD_ENGLISH). Any other word ends the search: its
 * plural ending is no English one. */
static enum foreign_head foreign_head(const struct citep_tok *t, bool first, struct head *h)
{
    const char *lem = citep_lang_noun(t->lw, t->lwn);
    char buf[CITEP_LEMMA_MAX];
    bool plural, countable;
    if (lem) {
        copy_str(h->lemma, sizeof h->lemma, lem);
        return HEAD_FOUND;
    }
    if (first && citep_lang_filler(t->lw, t->lwn))
        return HEAD_SKIP;
    if (citep_lemma(t->lw, t->lwn, buf, sizeof buf, &plural, &countable) && countable)
        return HEAD_ENGLISH;
    return HEAD_NONE;
}

/* A word of lower-case letters only (of any script): no code, figure or
 * sign. */
static bool foreign_word(const struct citep_tok *t)
{
    if (t->fl & (T_CAP | T_HASH))
        return false;
    for (size_t i = 0; i < t->lwn; i++) {
        unsigned char c = (unsigned char)t->lw[i];
        if (c < 0x80 && !(c >= 'a' && c <= 'z'))
            return false;
    }
    return true;
}

/* A capitalised word of a post in another language that is one of lang.c's
 * counted nouns: a noun, not a name, in a language that capitalises nouns. */
static bool capital_noun(const struct citep_tok *t, struct head *h)
{
    const char *lem = citep_lang_noun(t->lw, t->lwn);
    if (!lem || (t->fl & T_ALLCAPS))
        return false;
    copy_str(h->lemma, sizeof h->lemma, lem);
    return true;
}

#define FOREIGN_SKIP 2 /* words passed over before a listed noun in another language */

static bool find_head(const struct citep_cx *cx, size_t k0, double value, struct head *h)
{
    size_t k, last = SIZE_MAX, skipped = 0;
    char lem[CITEP_LEMMA_MAX];
    if (partitive(cx, k0))
        k0 += 2;
    for (k = k0; k < cx->t.n && k < k0 + NP_MAX; k++) {
        const struct citep_tok *t = &cx->t.v[k];
        bool plural, countable;
        if (!t->lw[0] || (t->fl & (T_STOP | T_MONTH)))
            break;
        if (k > k0 && ((t->fl & T_SENT) || (cx->t.v[k - 1].fl & T_BREAK)))
            break;
        if ((t->fl & T_CAP) && !(t->fl & T_HASH) && k == k0 && (t->fl & T_SENT))
            break;
        if (t->lw[0] >= '0' && t->lw[0] <= '9')
            break;
        if ((t->fl & T_CAP) && cx->foreign && capital_noun(t, h)) {
            h->k = k; /* German writes every noun with a capital: "400.000 Menschen" */
            return true;
        }
        if ((t->fl & T_CAP) && !(t->fl & T_HASH) && !(t->fl & T_SENT) &&
            !((t->fl & T_ALLCAPS) && t->olen >= 3 && k0 >= 2 &&
              !(cx->t.v[k0 - 2].fl & T_CAP)) && /* not "Type 55 SELLS" */
            !(k == k0 && unit_abbrev(t))) /* "89,412 MW", "3 GWh" */
            continue; /* a proper word modifies ("5 Chinese warships") but is never
                         the counted thing ("4-1 Arsenal"); a word in capitals may be
                         shouted ("2,000 GOOD-PAYING JOBS") */
        /* a word of another script after the figure ("5 किलो" in a headline
         * of Hindi and English) is read by the lists of lang.c whatever the
         * post's language */
        if (cx->foreign || (unsigned char)t->lw[0] >= 0xCD) {
            switch (foreign_head(t, k == k0, h)) {
            case HEAD_FOUND:
                h->k = k;
                return true;
            case HEAD_SKIP:
                continue;
            case HEAD_NONE:
                /* adjectives and classifiers stand between a number and its
                 * noun in most languages ("250 nových pracovních míst", "24,8
                 * triệu lượt hành khách"): pass over two of them, no more,
                 * and only words of letters */
                if (++skipped > FOREIGN_SKIP || (t->fl & T_BREAK) || t->lwn < 2 ||
                    !foreign_word(t))
                    return false;
                continue;
            default:
                break;
            }
        }
        if (!citep_lemma(t->lw, t->lwn, lem, sizeof lem, &plural, &countable))
            break;
        if (plural || countable || value == 1) {
            if (value != 1 && !plural && !countable)
                continue;
            if (value == 1 && verbish(t->lw))
                break;
            if (value == 1 && !plural && !countable) {
                /* singular head: the last noun-like word of the phrase */
                last = k;
                memcpy(h->lemma, lem, sizeof lem);
                continue;
            }
            h->k = k;
            memcpy(h->lemma, lem, sizeof lem);
            return true;
        }
        if (verbish(t->lw) && k > k0)
            break;
    }
    if (last != SIZE_MAX) {
        h->k = last;
        return true;
    }
    return false;
}

static bool bare_digits(const struct citep_tok *t)
{
    size_t i;
    for (i = 0; i < t->olen; i++)
        if (t->o[i] < '0' || t->o[i] > '9')
            return false;
    return t->olen > 0;
}

/* "our 72, 73 and 2 buses": the last of a list of bare numbers names routes or
 * items (labels); a count would be given once, not after other numbers. */
static bool list_label(const struct citep_cx *cx, size_t pk)
{
    size_t q;
    if (pk >= cx->t.n || !bare_digits(&cx->t.v[pk]) || pk == 0)
        return false;
    if (CITEP_LW_IS(&cx->t.v[pk - 1], "and") || CITEP_LW_IS(&cx->t.v[pk - 1], "or")) {
        if (pk < 2)
            return false;
        q = pk - 2;
    } else {
        q = pk - 1;
        if (!(cx->t.v[q].fl & T_BREAK) || cx->d->text.s[cx->t.v[q].e] != ',')
            return false;
    }
    return bare_digits(&cx->t.v[q]) &&
           ((cx->t.v[q].fl & T_BREAK) || q + 1 == pk - 1);
}

/* Words after a number that make it a time ("5 pm"), and words before one that
 * make it a label ("No 5", "flight 370"). */
static const char *const TIME_AFTER[] = {"am", "pm", "a.m", "p.m", NULL};
static const char *const LABEL_BEFORE[] = {
    "no", "number", "page", "article", "section", "chapter", "version", "flight", "grade",
    "room", "class", "route", "gate", "platform", "terminal", "junction", "exit", "row",
    "seat", "level", "stage", "floor", "ward", "block", "bay", "pier", NULL};
CITEP_WORDSET(time_after_set, TIME_AFTER, 16);
CITEP_WORDSET(label_before_set, LABEL_BEFORE, 64);

/* Numbers that are dates, times, codes or list labels rather than amounts. */
/* The temperature scale a unit after a number names: "c", "celsius",
 * "centigrade", "f", "fahrenheit", with or without a degree sign ("°c", "° f",
 * "℃"), already lower-cased; NULL for anything else. */
static const char *temperature_scale(const char *u, size_t n)
{
    if (n > 1 && *u == ' ')
        u++, n--;
    if (n >= 2 && (unsigned char)u[0] == 0xC2 &&
        ((unsigned char)u[1] == 0xB0 || (unsigned char)u[1] == 0xBA)) {
        u += 2, n -= 2;
        if (n && *u == ' ')
            u++, n--;
    } else if (n == 3 && !memcmp(u, "\xE2\x84", 2)) {
        return (unsigned char)u[2] == 0x83 ? "celsius" : (unsigned char)u[2] == 0x89 ? "fahrenheit" : NULL;
    }
    if ((n == 1 && u[0] == 'c') || (n == 7 && !memcmp(u, "celsius", 7)) ||
        (n == 10 && !memcmp(u, "centigrade", 10)))
        return "celsius";
    if ((n == 1 && u[0] == 'f') || (n == 10 && !memcmp(u, "fahrenheit", 10)))
        return "fahrenheit";
    return NULL;
}

/* The glued unit after x ("°C" in "-12°C") lower-cased into u (size n): its
 * length, or 0 when there is none or it does not fit. */
static size_t glued_unit(const struct citep_cx *cx, const struct citep_num *x, size_t a, char *u,
                         size_t n)
{
    const char *s = cx->d->text.s + a + x->end;
    size_t ul = x->unit_end - x->end;
    if (!x->glued_unit || ul >= n)
        return 0;
    for (size_t i = 0; i < ul; i++)
        u[i] = (char)(s[i] | ((s[i] >= 'A' && s[i] <= 'Z') ? 32 : 0));
    return ul;
}

/* A scale named by a glued unit: "°C", "℃", or a capital "C"/"F" alone ("30C"
 * is a reading, "6f" is not). */
static const char *glued_temperature(const struct citep_cx *cx, const struct citep_num *x,
                                     size_t a, const char *u, size_t ul)
{
    char c = cx->d->text.s[a + x->end];
    return ul > 1 || (c >= 'A' && c <= 'Z') ? temperature_scale(u, ul) : NULL;
}

/* Below zero is a reading, not a count, only on a temperature scale. */
static bool temperature_follows(const struct citep_cx *cx, const struct citep_num *x, size_t a,
                                size_t nk)
{
    char u[16];
    size_t ul = glued_unit(cx, x, a, u, sizeof u);
    if (ul)
        return glued_temperature(cx, x, a, u, ul) != NULL;
    return nk < cx->t.n && (CITEP_LW_IS(&cx->t.v[nk], "degrees") ||
                            CITEP_LW_IS(&cx->t.v[nk], "degree"));
}

/* A figure like a year that counts: "they say 2000 trucks waiting". A year
 * before a plural follows a word that sets it ("in 2000", "the 2024 elections",
 * "since 1990"); one right before a plural common noun with no such word counts it. */
static const char *const YEAR_BEFORE[] = {
    "the", "in", "since", "of", "from", "until", "till", "by", "between", "before",
    "after", "during", "this", "its", "their", "his", "her", "our", "to", "and", "or",
    "a", "an", "for", "than", "that", "last", "next", "early", "late", "mid", NULL};
CITEP_WORDSET(year_before_set, YEAR_BEFORE, 64);

static bool time_word(const char *lemma);

static bool year_counts(const struct citep_cx *cx, size_t a, const struct citep_num *x,
                        size_t nk)
{
    char lem[CITEP_LEMMA_MAX];
    bool pl, ct;
    size_t pk = tok_from(cx, a + x->start);
    if (nk >= cx->t.n || pk == 0 || pk > cx->t.n)
        return false;
    const struct citep_tok *n = &cx->t.v[nk], *p = &cx->t.v[pk - 1];
    if ((n->fl & (T_CAP | T_STOP | T_MONTH)) || (p->fl & T_BREAK) || !n->lw[0] ||
        citep_tok_in(&year_before_set, p) || (p->lw[0] >= '0' && p->lw[0] <= '9'))
        return false;
    return citep_lemma(n->lw, n->lwn, lem, sizeof lem, &pl, &ct) && pl && !time_word(lem) &&
           !citep_unit_family(lem, &(double){0});
}

/* "Day 4 of the spill", "on day 3", "Metro Line 1", "since round 2": a
 * number after a word of a sequence names its place in it. The word is
 * capitalised or follows a preposition; "every day 300 people" counts. */
static const char *const SEQUENCE[] = {"day", "line", "round", "phase", "episode", "lane",
                                       "week", "leg", "heat", "matchday", "gameweek", NULL};
CITEP_WORDSET(sequence_set, SEQUENCE, 32);
static const char *const SEQ_PREP[] = {"on", "of", "since", "from", "by", "until", "till",
                                       "after", "before", "in", "into", "to", NULL};
CITEP_WORDSET(seq_prep_set, SEQ_PREP, 32);

static bool sequence_label(const struct citep_cx *cx, size_t pk)
{
    if (pk == 0 || pk > cx->t.n)
        return false;
    const struct citep_tok *p = &cx->t.v[pk - 1];
    if ((p->fl & (T_BREAK | T_HASH)) || !citep_tok_in(&sequence_set, p))
        return false;
    if ((p->fl & T_CAP) && !(p->fl & T_ALLCAPS))
        return true;
    return pk >= 2 && !(cx->t.v[pk - 2].fl & T_BREAK) && citep_tok_in(&seq_prep_set, &cx->t.v[pk - 2]);
}

static bool not_an_amount(const struct citep_cx *cx, const struct citep_num *x, size_t a,
                          size_t nk)
{
    const char *s = cx->d->text.s;
    size_t e = a + x->end, pk;
    if (x->kind == CITEP_NUM_ORDINAL || x->in_token)
        return true;
    if (x->year_like && !x->currency && !strcmp(x->cmp, "eq") && !year_counts(cx, a, x, nk))
        return true;
    if (x->value < 1 && x->kind != CITEP_NUM_PERCENT && !x->vague &&
        !(x->value < 0 && temperature_follows(cx, x, a, nk)))
        return true;
    if (x->value != floor(x->value) && !x->scaled && x->kind != CITEP_NUM_PERCENT &&
        !x->currency && !x->glued_unit && nk < cx->t.n && !cx->t.v[nk].lw[0])
        return true;
    if (e < cx->d->text.len && s[e] == ':')
        return true;
    /* "one of the city's ...", "one of its busiest years": a member, not a count */
    if (x->value == 1 && !x->vague && nk < cx->t.n && CITEP_LW_IS(&cx->t.v[nk], "of"))
        return true;
    if (nk < cx->t.n && ((cx->t.v[nk].fl & T_MONTH) ||
                         citep_tok_in(&time_after_set, &cx->t.v[nk])))
        return true;
    pk = tok_from(cx, a + x->start);
    if (list_label(cx, pk) || sequence_label(cx, pk))
        return true;
    if (pk > 0 && pk <= cx->t.n) {
        const struct citep_tok *p = &cx->t.v[pk - 1];
        /* "November 26" is a day, "as of 3 November, 26.4 million tonnes" a count */
        if (((p->fl & T_MONTH) && !(p->fl & T_BREAK)) || citep_tok_in(&label_before_set, p))
            return true;
    }
    return false;
}

static const char *currency_of(const char *s, size_t a, const struct citep_num *x)
{
    size_t st = a + x->start;
    if (!x->currency)
        return NULL;
    while (s[st] && !(s[st] >= '0' && s[st] <= '9')) /* "between $5 and $7" */
        st++;
    for (size_t l = 1; l <= 3 && l <= st; l++) {
        const char *cur;
        if (citep_currency_sign(s, st, st - l, &cur) == l)
            return cur;
    }
    if (citep_rand_sign(s, st))
        return "rand"; /* "R76.4bn" */
    return "euro";
}

/* "NOK 1.42bn", "CHF 120 million": an ISO code in capitals right before. */
static const char *code_before(const struct citep_cx *cx, size_t a,
                               const struct citep_num *x)
{
    size_t pk = tok_from(cx, a + x->start);
    if (pk == 0 || pk > cx->t.n)
        return NULL;
    const struct citep_tok *t = &cx->t.v[pk - 1];
    if (t->olen == 2 && !memcmp(t->o, "Rs", 2) && t->e + 2 >= a + x->start)
        return "rupee"; /* "Rs 500 crore", "Rs. 2,000" */
    if (t->olen == 3 && (!memcmp(t->o, "KSh", 3) || !memcmp(t->o, "Ksh", 3)) &&
        t->e + 2 >= a + x->start)
        return "shilling"; /* Kenya's "KSh 25,000" */
    if (!(t->fl & T_ALLCAPS) || (t->fl & T_BREAK) || t->e + 2 < a + x->start)
        return NULL;
    return citep_currency_code(t->lw, t->lwn);
}

/* Signs of currencies that follow the amount, as their countries write them:
 * the Czech "Kč", the Polish "zł", the CFA franc's "FCFA" or "CFA" ("2 500
 * FCFA", "2,800 CFA/kg"), and the Romanian "lei" in lower case. */
static const char *currency_after(const struct citep_tok *t)
{
    if (t->olen == 3 && !memcmp(t->o, "K\xC4\x8D", 3))
        return "koruna";
    if (t->olen == 3 && !memcmp(t->o, "z\xC5\x82", 3))
        return "zloty";
    if ((t->olen == 4 && !memcmp(t->o, "FCFA", 4)) || (t->olen == 3 && !memcmp(t->o, "CFA", 3)))
        return "cfa franc";
    if (t->olen == 3 && !memcmp(t->o, "lei", 3))
        return "leu";
    return NULL;
}

/* A currency written after the amount, as central Europe and Turkey write
 * theirs: "100 000 Ft" (forint, not feet: the foot is "ft"), "3,45 TL",
 * "690 kr" is left alone (krona or krone); an ISO code in capitals after it
 * ("250 EUR", "1.2 million CHF"). nk is the token after the number. */
static const char *code_after(const struct citep_cx *cx, size_t a, const struct citep_num *x,
                              size_t nk)
{
    if (nk >= cx->t.n || !adjacent(cx->d->text.s, a + x->end, cx->t.v[nk].s))
        return NULL;
    const struct citep_tok *t = &cx->t.v[nk];
    if (t->olen == 2 && !memcmp(t->o, "Ft", 2))
        return "forint";
    if (t->olen == 2 && !memcmp(t->o, "TL", 2))
        return "lira";
    const char *after = currency_after(t);
    if (after)
        return after;
    if (t->olen == 3 && (t->fl & T_ALLCAPS) && !(t->fl & T_HASH))
        return citep_currency_code(t->lw, t->lwn);
    return NULL;
}

/* Units Hebrew writes as two letters with a gershayim (or a plain double
 * quote) between them: מ"ק cubic metres, מ"ר square metres, ק"מ kilometres,
 * ק"ג kilograms. After the figure at p: the unit's name, its end into *end. */
static const char *hebrew_unit(const char *s, size_t p, size_t n, size_t *end)
{
    static const struct {
        unsigned char a, b;
        const char *name;
    } U[] = {{0x9E, 0xA7, "cubic metre"}, {0x9E, 0xA8, "square metre"},
             {0xA7, 0x9E, "kilometre"}, {0xA7, 0x92, "kilogram"}};
    const unsigned char *u = (const unsigned char *)s;
    if (p < n && u[p] == ' ')
        p++;
    if (p + 2 > n || u[p] != 0xD7)
        return NULL;
    size_t q = p + 2, ql = q < n && u[q] == '"' ? 1 : q + 1 < n && u[q] == 0xD7 && u[q + 1] == 0xB4 ? 2 : 0;
    if (!ql || q + ql + 2 > n || u[q + ql] != 0xD7)
        return NULL;
    for (size_t i = 0; i < sizeof U / sizeof U[0]; i++)
        if (u[p + 1] == U[i].a && u[q + ql + 1] == U[i].b) {
            *end = q + ql + 2;
            return U[i].name;
        }
    return NULL;
}

/* "R 35 million": the rand's sign set apart from a scaled amount. */
static bool rand_before(const struct citep_cx *cx, size_t a, const struct citep_num *x)
{
    size_t pk = tok_from(cx, a + x->start);
    if (pk == 0 || pk > cx->t.n || !x->scaled)
        return false;
    const struct citep_tok *t = &cx->t.v[pk - 1];
    return t->olen == 1 && t->o[0] == 'R' && !(t->fl & T_BREAK) && t->e + 1 == a + x->start;
}

static void value_text(const struct citep_num *x, char *out, size_t n)
{
    char a[48], b[48];
    citep_num_format(x->value, a, sizeof a);
    if (x->hi > x->value && (x->has_hi || !strcmp(x->cmp, "range") || x->vague)) {
        citep_num_format(x->hi, b, sizeof b);
        snprintf(out, n, "%s-%s", a, b);
    } else {
        size_t l = strlen(a), pl = x->kind == CITEP_NUM_PERCENT;
        if (l + pl >= n) { /* no room for all of it: cut, as snprintf would */
            size_t k = n ? n - 1 : 0;
            if (k > l)
                k = l;
            memcpy(out, a, k);
            if (n)
                out[k] = '\0';
            return;
        }
        memcpy(out, a, l);
        memcpy(out + l, "%", pl);
        out[l + pl] = '\0';
    }
}

/* "40% of voters": the share of what. */
static bool percent_subject(const struct citep_cx *cx, size_t nk, char *out, size_t n)
{
    struct head h;
    size_t k = nk;
    if (k < cx->t.n && CITEP_LW_IS(&cx->t.v[k], "of")) {
        k++;
        while (k < cx->t.n &&
               (CITEP_LW_IS(&cx->t.v[k], "the") || CITEP_LW_IS(&cx->t.v[k], "all") ||
                CITEP_LW_IS(&cx->t.v[k], "its") || CITEP_LW_IS(&cx->t.v[k], "their")))
            k++;
        if (k < cx->t.n && find_head(cx, k, 2, &h)) {
            snprintf(out, n, "percent of %s", h.lemma);
            return true;
        }
    }
    snprintf(out, n, "percent");
    return false;
}

/* Durations and times of day count time, not things the story is about. */
static const char *const TIME_WORD[] = {"day", "week", "month", "year", "hour", "minute",
                                        "second", "decade", "century", "time", "night",
                                        "weekend", "morning", "evening", "o'clock", NULL};
CITEP_WORDSET(time_word_set, TIME_WORD, 64);

static bool time_word(const char *lemma) { return citep_wordset_has(&time_word_set, lemma); }

/* A duration is a fact of the story when it is a term or how long something
 * lasted: "jailed for six years", "sentenced on Friday to 6 years", "banned from
 * driving for 2 years", "the strike lasted 48 hours", "a sentence of 10 years",
 * not "within 24 hours" or "two weeks after". */
static const char *const TERM_VERB[] = {
    "jailed", "sentenced", "imprisoned", "banned", "barred", "suspended", "disqualified",
    "detained", "lasted", "lasts", "lasting", "served", "serving", "serve", "extended",
    "gets", "got", "given", "handed", "receives", "received", "faces", "facing", "closed",
    "shut", "halted", "stopped", "delayed", "stranded", "trapped", "stuck", "blocked",
    "disrupted", "grounded", "without", "waited", "queued", "burned", "burnt", "raged",
    "offline", "evacuated", "held", "hospitalised", "hospitalized", "took", "take",
    "takes", "taking", "circled", "hovered", "diverted",
    /* the time a change adds: "adding around 25 minutes", "allow 35 extra minutes" */
    "adding", "adds", "added", "allow", NULL};
/* and how long an event went on: "an outage of 36 hours", "a 48-hour strike",
 * "closed for two weeks", "waited five hours", "dwell time stands at 5.1 days" */
static const char *const TERM_NOUN[] = {
    "sentence", "term", "ban", "suspension", "outage", "delay", "wait", "blackout",
    "closure", "shutdown", "strike", "stoppage", "standoff", "siege", "search", "journey",
    "flight", "voyage", "total", "disruption", "lockdown", "curfew", "walkout", "blockade",
    "hearing", "trial", "operation", "rescue", "ceasefire", "truce", "tour", "festival",
    "race", "session", "mission", "spell", "stay", "detention", "occupation",
    /* a gap in time: "a lead of 11 seconds", "14s ahead of", "two minutes behind" */
    "lead", "margin", "gap", "deficit", "advantage", "ahead", "behind", "clear", NULL};
static const char *const MODAL[] = {"to", "will", "would", "could", "may", "might",
                                    "should", "can", "must", NULL};
CITEP_WORDSET(term_verb_set, TERM_VERB, 128);
CITEP_WORDSET(term_noun_set, TERM_NOUN, 128);
CITEP_WORDSET(modal_set, MODAL, 32);

#define TERM_GAP 5 /* words between the verb and "for"/"to" */

static bool term_verb(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    if (CITEP_LW_IS(t, "last")) /* "expected to last", not "the last 3 years" */
        return k > 0 && citep_tok_in(&modal_set, &cx->t.v[k - 1]);
    return citep_tok_in(&term_verb_set, t);
}

/* Words of an approximation or a bound between "for" and a duration. */
static const char *const APPROX[] = {"at", "least", "most", "about", "around", "nearly",
                                     "almost", "some", "roughly", "approximately", "over",
                                     "under", "just", "more", "less", "than", "another",
                                     "up", "only", NULL};
CITEP_WORDSET(approx_set, APPROX, 64);
static const char *const OBJECT[] = {"us", "them", "him", "her", "me", "you", NULL};
CITEP_WORDSET(object_set, OBJECT, 16);

/* Is token k one of the event nouns, or its plural? */
static bool term_noun(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    return citep_tok_in(&term_noun_set, t) ||
           (t->lwn > 3 && t->lw[t->lwn - 1] == 's' &&
            citep_wordset_find(&term_noun_set, t->lw, t->lwn - 1));
}

/* "dwell time stands at 5.1 days", "the journey time of 35 minutes": a "time"
 * a few words before the duration (pk) in its clause measures something. */
static bool time_measure_before(const struct citep_cx *cx, size_t pk)
{
    for (size_t k = pk, gap = 0; k > 0 && gap < 4; k--, gap++) {
        const struct citep_tok *t = &cx->t.v[k - 1];
        if (t->fl & T_BREAK)
            return false;
        if (CITEP_LW_IS(t, "time") || CITEP_LW_IS(t, "times"))
            return k < pk; /* not "time" right before the number */
        if (t->fl & T_SENT)
            return false;
    }
    return false;
}

/* A duration written as an adjective before an event ("a 48-hour strike", "a
 * 36-hour systems outage"): the event is the first or second token from k0,
 * the first after the duration. */
static bool term_after(const struct citep_cx *cx, size_t k0)
{
    for (size_t k = k0; k > 0 && k < cx->t.n && k <= k0 + 1; k++) {
        if (cx->t.v[k - 1].fl & T_BREAK)
            return false;
        if (term_noun(cx, k))
            return true;
    }
    return false;
}

/* "four years of restoration", "48 hours of rain", "15 minutes of it": the
 * length of what follows "of" (not "10 years of age", nor "within 10 minutes
 * of the crash", a time after it). pk: the duration's first token, k0: the
 * first after it. */
static const char *const AFTER_TIME[] = {"within", "after", "before", "inside", "since",
                                         "ago", NULL};
CITEP_WORDSET(after_time_set, AFTER_TIME, 16);

static bool length_of(const struct citep_cx *cx, size_t pk, size_t k0)
{
    if (k0 == 0 || k0 + 1 >= cx->t.n || !CITEP_LW_IS(&cx->t.v[k0], "of") ||
        (cx->t.v[k0 - 1].fl & T_BREAK) || (cx->t.v[k0].fl & T_BREAK))
        return false;
    const struct citep_tok *n = &cx->t.v[k0 + 1];
    if (CITEP_LW_IS(n, "age") || (n->lw[0] >= '0' && n->lw[0] <= '9') || !n->lw[0])
        return false;
    while (pk > 0 && citep_tok_in(&approx_set, &cx->t.v[pk - 1]))
        pk--;
    /* "after four years of restoration", "after three days of talks": how long
     * it went on, not a time after it as "within 10 minutes of the crash" */
    if (pk > 0 && CITEP_LW_IS(&cx->t.v[pk - 1], "after"))
        return true;
    return !(pk > 0 && citep_tok_in(&after_time_set, &cx->t.v[pk - 1]));
}

static bool time_tok(const struct citep_tok *t);

/* "After four years, the altarpiece is back": a sentence that opens with the
 * span ended tells how long it took. p is "after", the duration's number at
 * pk and its unit after it. */
static bool after_opening(const struct citep_cx *cx, size_t pk)
{
    const struct citep_tok *u = pk + 1 < cx->t.n ? &cx->t.v[pk + 1] : NULL;
    return pk > 0 && (cx->t.v[pk - 1].fl & T_SENT) && u && time_tok(u) && (u->fl & T_BREAK) &&
           u->e < cx->d->text.len && cx->d->text.s[u->e] == ',';
}

/* Verbs of an end: "restored after 48 hours" says how long it was off. */
static const char *const ENDED[] = {
    "restored", "reopened", "resumed", "released", "freed", "rescued", "reconnected",
    "lifted", "found", "ended", "closed", "closes", "shut", "shuts", "retired", "retires",
    "stepped", "quit", "quits", NULL};
CITEP_WORDSET(ended_set, ENDED, 64);
#define ENDED_GAP 3 /* words between the verb and "after": "closed on Saturday after" */

/* Is one of the few words before token k (in its clause) a verb of an end? */
static bool ended_before(const struct citep_cx *cx, size_t k)
{
    for (size_t gap = 0; k > 0 && gap <= ENDED_GAP; k--, gap++) {
        const struct citep_tok *t = &cx->t.v[k - 1];
        if (t->fl & T_BREAK)
            return false;
        if (citep_tok_in(&ended_set, t))
            return true;
    }
    return false;
}
static const char *const NUMWORD[] = {"one", "two", "three", "four", "five", "six", "seven",
                                      "eight", "nine", "ten", "eleven", "twelve", "a", "an",
                                      NULL};
CITEP_WORDSET(numword_set, NUMWORD, 32);

static bool number_tok(const struct citep_tok *t)
{
    return (t->lw[0] >= '0' && t->lw[0] <= '9') || citep_tok_in(&numword_set, t);
}

/* "won in 11 of Chile's 16 regions", "12 de las 16 regiones", "three of the
 * five judges": a count out of a total counts the total's noun. Token k is the
 * one after the count; the head after the total goes to h. */
static bool of_total(const struct citep_cx *cx, size_t k, struct head *h)
{
    const struct citep_tok *v = cx->t.v;
    if (k + 2 >= cx->t.n || (v[k].fl & T_BREAK) ||
        !(CITEP_LW_IS(&v[k], "of") || (cx->foreign && citep_lang_filler(v[k].lw, v[k].lwn))))
        return false;
    k++;
    if (!(v[k].lw[0] >= '0' && v[k].lw[0] <= '9') && !(v[k].fl & T_BREAK) &&
        (citep_tok_in(&det_set, &v[k]) || (v[k].fl & T_POSS) ||
         (cx->foreign && v[k].lwn > 0 && v[k].lwn <= 3)))
        k++; /* "of the", "of Chile's", "de las" */
    if (k + 1 >= cx->t.n || (v[k].fl & T_BREAK) ||
        !((v[k].lw[0] >= '0' && v[k].lw[0] <= '9') ||
          (v[k].lwn > 2 && citep_tok_in(&numword_set, &v[k]))))
        return false;
    return find_head(cx, k + 1, 2, h);
}

/* Is token t a unit of time ("years", "month")? */
static bool time_tok(const struct citep_tok *t)
{
    char lem[CITEP_LEMMA_MAX];
    bool pl, ct;
    double f;
    const char *fam;
    return t->lw[0] && citep_lemma(t->lw, t->lwn, lem, sizeof lem, &pl, &ct) &&
           (fam = citep_unit_family(lem, &f)) != NULL && !strcmp(fam, "duration");
}

/* Is token k the hour of a time of day ("10" in "10:00")? */
static bool clock_colon(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    return t->lw[0] >= '0' && t->lw[0] <= '9' && cx->d->text.s[t->e] == ':' &&
           cx->d->text.s[t->e + 1] >= '0' && cx->d->text.s[t->e + 1] <= '9';
}

/* Does the duration starting at token pk give a term? */
static bool term_before(const struct citep_cx *cx, size_t pk)
{
    size_t k, gap;
    if (pk == 0 || pk > cx->t.n || (cx->t.v[pk - 1].fl & T_BREAK))
        return false;
    /* "for at least eight weeks", "for about 40 minutes" */
    while (pk > 1 && citep_tok_in(&approx_set, &cx->t.v[pk - 1]) &&
           !(cx->t.v[pk - 2].fl & T_BREAK))
        pk--;
    const struct citep_tok *p = &cx->t.v[pk - 1];
    if (term_verb(cx, pk - 1))
        return true; /* "lasted 48 hours", "served six years" */
    /* "took us 6 hours", "kept them 3 days": the verb's object comes first */
    if (pk >= 2 && citep_tok_in(&object_set, p) && !(cx->t.v[pk - 2].fl & T_BREAK) &&
        term_verb(cx, pk - 2))
        return true;
    if (time_measure_before(cx, pk))
        return true;
    if (CITEP_LW_IS(p, "of"))
        return pk >= 2 && term_noun(cx, pk - 2);
    /* "every 15 minutes": how often a service runs; "held off the chasers by 42
     * seconds", "delayed by 40 minutes": a margin or a change */
    if (CITEP_LW_IS(p, "every") || CITEP_LW_IS(p, "by"))
        return true;
    /* "restored after 48 hours", "rescued after three days": how long the outage
     * or the ordeal lasted */
    if (CITEP_LW_IS(p, "after"))
        return ended_before(cx, pk - 1) || after_opening(cx, pk);
    /* "4 years 2 months", "four years and two months": the rest of a term */
    size_t q = CITEP_LW_IS(p, "and") && pk >= 2 ? pk - 2 : pk - 1;
    if (q >= 1 && time_tok(&cx->t.v[q]) && !(cx->t.v[q].fl & T_BREAK) &&
        number_tok(&cx->t.v[q - 1]))
        return term_before(cx, q - 1);
    if (!CITEP_LW_IS(p, "for") && !CITEP_LW_IS(p, "to"))
        return false;
    for (k = pk - 1, gap = 0; k > 0 && gap <= TERM_GAP; k--) {
        const struct citep_tok *t = &cx->t.v[k - 1];
        /* a date or a time of day between the verb and "for" counts for nothing:
         * "suspended on 8 September from 10:00 for 48 hours" */
        bool when = (t->lw[0] >= '0' && t->lw[0] <= '9') || (t->fl & T_MONTH);
        if ((t->fl & T_BREAK) && !(when && clock_colon(cx, k - 1)))
            return false;
        if (term_verb(cx, k - 1))
            return true;
        if ((t->fl & T_SENT) && !(when && k >= 2 && clock_colon(cx, k - 2)))
            return false;
        gap += !when;
    }
    return false;
}

static bool is_word_char(char c);


/* A length unit squared ("square kilometres", "sq km", "km²") is an area, and
 * one per hour ("km/h", "miles/h") a speed; any other head is itself. Writes
 * the subject and returns the end of the phrase. */
static size_t compound_unit(const struct citep_cx *cx, size_t nk, const struct head *h,
                            char *out, size_t n)
{
    const char *s = cx->d->text.s;
    size_t e = cx->t.v[h->k].e, len = cx->d->text.len;
    double f;
    const char *fam = citep_unit_family(h->lemma, &f);
    char sq[CITEP_LEMMA_MAX + 8];
    copy_str(out, n, h->lemma);
    if (!strcmp(h->lemma, "franc") && h->k > nk &&
        (CITEP_LW_IS(&cx->t.v[h->k - 1], "cfa") || CITEP_LW_IS(&cx->t.v[h->k - 1], "fcfa"))) {
        copy_str(out, n, "cfa franc"); /* "2,800 CFA francs": the currency of west Africa */
        return e;
    }
    if (!strcmp(h->lemma, "degree") && h->k + 1 < cx->t.n) {
        /* "12 degrees Celsius", "54 degrees F" */
        const struct citep_tok *t = &cx->t.v[h->k + 1];
        const char *scale = temperature_scale(t->lw, t->lwn);
        if (scale && !(cx->t.v[h->k].fl & T_BREAK)) {
            copy_str(out, n, scale);
            return t->e;
        }
    }
    if (!fam || strcmp(fam, "length") != 0)
        return e;
    /* a power of the length: written before it ("square", "sq", "cubic", "cu")
     * or as a superscript after it ("km²", "m³") */
    static const struct {
        const char *name, *word, *abbr, *sup;
    } POW[] = {{"square", "square", "sq", "\xC2\xB2"}, {"cubic", "cubic", "cu", "\xC2\xB3"}};
    for (size_t i = 0; i < sizeof POW / sizeof POW[0]; i++) {
        bool sup = e + 2 <= len && !memcmp(s + e, POW[i].sup, 2);
        snprintf(sq, sizeof sq, "%s %s", POW[i].name, h->lemma);
        const char *before = h->k > nk ? cx->t.v[h->k - 1].lw : "";
        if ((sup || !strcmp(before, POW[i].word) || !strcmp(before, POW[i].abbr)) &&
            citep_unit_family(sq, &f)) {
            copy_str(out, n, sq);
            return e + (sup ? 2 : 0);
        }
    }
    /* "23 kilometres per second", "80 miles per hour" */
    if (h->k + 2 < cx->t.n && !strcmp(cx->t.v[h->k + 1].lw, "per") &&
        !(cx->t.v[h->k].fl & T_BREAK) && !(cx->t.v[h->k + 1].fl & T_BREAK)) {
        const char *per = cx->t.v[h->k + 2].lw;
        const char *u = !strcmp(h->lemma, "kilometre") && !strcmp(per, "second") ? "km/s"
                        : !strcmp(h->lemma, "metre") && !strcmp(per, "second")     ? "m/s"
                        : !strcmp(h->lemma, "kilometre") && !strcmp(per, "hour") ? "km/h"
                        : !strcmp(h->lemma, "mile") && !strcmp(per, "hour")      ? "mph"
                                                                                 : NULL;
        if (u) {
            copy_str(out, n, u);
            return cx->t.v[h->k + 2].e;
        }
    }
    if (e + 2 <= len && s[e] == '/' && s[e + 1] == 's' &&
        (!strcmp(h->lemma, "kilometre") || !strcmp(h->lemma, "metre")) &&
        (e + 2 == len || !is_word_char(s[e + 2]))) {
        /* "a speed of 26 km/s", "gusts of 38 m/s" */
        copy_str(out, n, h->lemma[0] == 'k' ? "km/s" : "m/s");
        return e + 2;
    }
    if (e + 2 <= len && s[e] == '/' && (s[e + 1] == 'h' || s[e + 1] == 'H') &&
        (e + 2 == len || !is_word_char(s[e + 2]))) {
        if (!strcmp(h->lemma, "kilometre"))
            snprintf(out, n, "km/h");
        else if (!strcmp(h->lemma, "mile"))
            snprintf(out, n, "mph");
        else
            return e;
        return e + 2;
    }
    return e;
}

static bool is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* "14 people had been arrested" counts arrests as well as people: news states
 * the same fact as a count of events ("15 arrests") or of those they befell.
 * Returns the event noun for the passive verb after the counted thing at k. */
static const char *const AUX[] = {"were", "was", "have", "has", "had", "been", "are",
                                  "is", "being", "got", "reportedly", "later", "confirmed",
                                  "feared", "now", "since", "all", NULL};
static const char *const EVENT_VERB[] = {
    "arrested", "detained", "killed", "injured", "wounded", "evacuated", "rescued",
    "hospitalised", "hospitalized", "charged", "convicted", "deported", "died", "dead",
    "hurt", "drowned", NULL};
static const char *const EVENT_NOUN[] = {
    "arrest", "arrest", "death", "injury", "injury", "evacuation", "rescue",
    "hospitalisation", "hospitalisation", "charge", "conviction", "deportation", "death",
    "death", "injury", "death", NULL};
/* the same happenings named by the verb before the count ("killing seven people") */
static const char *const EVENT_BEFORE[] = {
    "killed", "killing", "kills", "kill", "injuring", "injured", "wounding", "wounded",
    "evacuated", "evacuating", "arrested", "arresting", "rescued", "rescuing", NULL};
static const char *const EVENT_BEFORE_NOUN[] = {
    "death", "death", "death", "death", "injury", "injury", "injury", "injury",
    "evacuation", "evacuation", "arrest", "arrest", "rescue", "rescue", NULL};
CITEP_WORDSET(event_before_set, EVENT_BEFORE, 32);
static const char *const TO_HOSPITAL[] = {"in", "taken", "rushed", "admitted", "airlifted",
                                          "flown", "treated", "went", "sent", "brought",
                                          NULL};
CITEP_WORDSET(to_hospital_set, TO_HOSPITAL, 32);
CITEP_WORDSET(aux_set, AUX, 64);
CITEP_WORDSET(event_set, EVENT_VERB, 32);

/* In a post in another language, the happening named by one of the first
 * three words after the counted noun, before the clause ends ("9 mineros
 * fueron rescatados", "9 kişi hayatını kaybetmiş"); NULL in English. */
#define FOREIGN_EVENT_REACH 3
static const char *foreign_event(const struct citep_cx *cx, size_t k)
{
    for (size_t j = k; cx->foreign && j < cx->t.n && j < k + FOREIGN_EVENT_REACH; j++) {
        if (j > k && (cx->t.v[j].fl & T_SENT))
            break;
        const char *ev = citep_lang_event(cx->t.v[j].lw, cx->t.v[j].lwn);
        if (ev)
            return ev;
        if (cx->t.v[j].fl & T_BREAK)
            break;
    }
    return NULL;
}

static const char *event_noun(const struct citep_cx *cx, size_t k)
{
    const char *fe = foreign_event(cx, k);
    if (fe)
        return fe;
    size_t aux = 0;
    unsigned v;
    /* "Three dockworkers, aged 24, 31 and 45, were arrested" */
    if (k < cx->t.n && CITEP_LW_IS(&cx->t.v[k], "aged"))
        for (k++; k < cx->t.n && (CITEP_LW_IS(&cx->t.v[k], "and") ||
                                  CITEP_LW_IS(&cx->t.v[k], "between") ||
                                  CITEP_LW_IS(&cx->t.v[k], "to") ||
                                  (cx->t.v[k].lw[0] >= '0' && cx->t.v[k].lw[0] <= '9'));)
            k++; /* "aged 24, 31 and 45," */
    for (; k < cx->t.n && aux < 3; k++, aux++) {
        if (!citep_tok_in(&aux_set, &cx->t.v[k]))
            break;
        if (cx->t.v[k].fl & T_BREAK)
            return NULL;
    }
    if (k >= cx->t.n)
        return NULL;
    /* "1,120 people are in hospital", "two workers were taken to hospital" */
    for (size_t j = k; j < cx->t.n && j < k + 4; j++) {
        if (!strcmp(cx->t.v[j].lw, "hospital") || !strcmp(cx->t.v[j].lw, "hospitals"))
            return j == k || citep_tok_in(&to_hospital_set, &cx->t.v[k]) ? "hospitalisation"
                                                                          : NULL;
        if (cx->t.v[j].fl & T_BREAK)
            break;
    }
    v = citep_wordset_find(&event_set, cx->t.v[k].lw, cx->t.v[k].lwn); /* index + 1 */
    return v ? EVENT_NOUN[v - 1] : NULL;
}

/* The happening a verb right before the count names: "killing seven people". */
static const char *event_before(const struct citep_cx *cx, size_t pk)
{
    unsigned v;
    if (pk == 0 || pk > cx->t.n || (cx->t.v[pk - 1].fl & T_BREAK))
        return NULL;
    v = citep_wordset_find(&event_before_set, cx->t.v[pk - 1].lw, cx->t.v[pk - 1].lwn);
    return v ? EVENT_BEFORE_NOUN[v - 1] : NULL;
}

/* "can carry up to 180 passengers", "seats 40,000", "room for 300 people": what
 * a thing could hold, not how many there were. pk: the number's first token. */
static const char *const HOLD_VERB[] = {"carry", "hold", "seat", "accommodate", "house",
                                        "take", "fit", "sleep", NULL};
static const char *const HOLDS[] = {"seats", "holds", "accommodates", "sleeps", NULL};
static const char *const MAY[] = {"can", "could", "able", "designed", "built", NULL};
CITEP_WORDSET(hold_verb_set, HOLD_VERB, 16);
CITEP_WORDSET(holds_set, HOLDS, 16);
CITEP_WORDSET(may_set, MAY, 16);

static bool capacity_before(const struct citep_cx *cx, size_t pk)
{
    const struct citep_tok *v;
    if (pk == 0 || pk > cx->t.n || (cx->t.v[pk - 1].fl & T_BREAK))
        return false;
    v = &cx->t.v[pk - 1];
    if (citep_tok_in(&holds_set, v))
        return true;
    if ((CITEP_LW_IS(v, "of") || CITEP_LW_IS(v, "for")) && pk >= 2 &&
        !(cx->t.v[pk - 2].fl & T_BREAK) &&
        (CITEP_LW_IS(&cx->t.v[pk - 2], "capacity") || CITEP_LW_IS(&cx->t.v[pk - 2], "room")))
        return true;
    if (!citep_tok_in(&hold_verb_set, v) || pk < 2 || (cx->t.v[pk - 2].fl & T_BREAK))
        return false;
    /* "can carry", or "able to carry", "designed to hold"; not "will carry", a
     * forecast of those who will be there */
    size_t m = pk - 2;
    if (CITEP_LW_IS(&cx->t.v[m], "to") && m > 0 && !(cx->t.v[m - 1].fl & T_BREAK))
        m--;
    return citep_tok_in(&may_set, &cx->t.v[m]) &&
           (m == pk - 2) == (CITEP_LW_IS(&cx->t.v[m], "can") ||
                             CITEP_LW_IS(&cx->t.v[m], "could"));
}

/* Words between a count named first and its number: "the number of
 * demonstrators at 12,500", "the toll had climbed to 5,000", "Death toll now 5,000". */
static const char *const LEAD_IN[] = {
    "at", "to", "now", "was", "is", "were", "are", "had", "has", "have", "been", "stood",
    "stands", "stand", "rose", "risen", "climbed", "reached", "hit", "jumped", "increased",
    "grew", "put", "estimated", "reportedly", "fallen", "fell", "dropped", "declined",
    "decreased", "slipped", NULL};
CITEP_WORDSET(lead_in_set, LEAD_IN, 64);

/* Words that refer back to a count: "The figure had fallen to 19". */
static const char *const BACK_REF[] = {"figure", "number", "total", "count", "tally", NULL};
CITEP_WORDSET(back_ref_set, BACK_REF, 16);

/* The paragraph's last count before this one, not a share or a duration: its
 * subject into subject. */
static bool last_count(const struct citep_cx *cx, char *subject, size_t n)
{
    for (size_t i = cx->d->claims.n; i > cx->para_claims; i--) {
        const cite_claim *c = &cx->d->claims.v[i - 1];
        if (c->type != CITE_CLAIM_QUANTITY || !c->subject || !strncmp(c->subject, "percent", 7) ||
            time_word(c->subject))
            continue;
        snprintf(subject, n, "%s", c->subject);
        return true;
    }
    return false;
}

/* "cut 1,800 jobs overseas and another 1,200 in Japan": a bare figure after
 * "another" or "a further" (token pk) counts what the count before it counted. */
static bool another_before(const struct citep_cx *cx, size_t pk, char *subject, size_t n)
{
    if (pk == 0 || pk > cx->t.n || (cx->t.v[pk - 1].fl & T_BREAK))
        return false;
    const struct citep_tok *t = &cx->t.v[pk - 1];
    if (!CITEP_LW_IS(t, "another") &&
        !(CITEP_LW_IS(t, "further") && pk >= 2 && CITEP_LW_IS(&cx->t.v[pk - 2], "a")))
        return false;
    return last_count(cx, subject, n);
}

/* "first gave its magnitude as 6.4 and later revised it to 6.1": a bare figure
 * after a verb of correction and "to" (token pk) counts what the paragraph's
 * last count counted, and outdates that count when it differs: the body's
 * first figure is then no agreement for a post that gives it (its event
 * "superseded" keeps it out of the cross-check). */
static const char *const REVISE[] = {"revised", "revise", "revises", "corrected", "amended",
                                     "downgraded", "upgraded", NULL};
static const char *const REVISE_GAP[] = {"it", "its", "this", "that", "the", "figure",
                                         "estimate", "down", "up", "downward", "upward",
                                         "downwards", "upwards", "later", NULL};
CITEP_WORDSET(revise_set, REVISE, 16);
CITEP_WORDSET(revise_gap_set, REVISE_GAP, 32);

static bool revised_before(struct citep_cx *cx, size_t pk, double value, char *subject,
                           size_t n)
{
    const struct citep_tok *v = cx->t.v;
    size_t k;
    if (pk < 2 || pk > cx->t.n || !CITEP_LW_IS(&v[pk - 1], "to") || (v[pk - 2].fl & T_BREAK))
        return false;
    for (k = pk - 1; k > 0 && pk - 1 - k < 3; k--) {
        if (v[k - 1].fl & T_BREAK)
            return false;
        if (citep_tok_in(&revise_set, &v[k - 1]))
            break;
        if (!citep_tok_in(&revise_gap_set, &v[k - 1]))
            return false;
    }
    if (k == 0 || !citep_tok_in(&revise_set, &v[k - 1]))
        return false;
    for (size_t i = cx->d->claims.n; i > cx->para_claims; i--) {
        cite_claim *c = &cx->d->claims.v[i - 1];
        if (c->type != CITE_CLAIM_QUANTITY || !c->subject || !strncmp(c->subject, "percent", 7) ||
            time_word(c->subject))
            continue;
        snprintf(subject, n, "%s", c->subject);
        if (cx->embed < 0 && c->embed < 0 && c->number != value && !c->event)
            c->event = "superseded";
        return true;
    }
    return false;
}

/* "Eight people were killed and 31 injured": a bare figure after "and" that is
 * followed right away by what befell them (token nk) counts the people the
 * paragraph's last count of people counted. */
static bool elided_count(const struct citep_cx *cx, size_t pk, size_t nk, char *subject,
                         size_t n)
{
    if (pk == 0 || pk > cx->t.n || nk >= cx->t.n || (cx->t.v[pk - 1].fl & T_BREAK) ||
        !CITEP_LW_IS(&cx->t.v[pk - 1], "and") || !citep_tok_in(&event_set, &cx->t.v[nk]))
        return false;
    for (size_t i = cx->d->claims.n; i > cx->para_claims; i--) {
        const cite_claim *c = &cx->d->claims.v[i - 1];
        const char *cls = c->type == CITE_CLAIM_QUANTITY && c->subject
                              ? citep_count_class(c->subject) : NULL;
        if (c->event && cls && !strcmp(cls, "human")) {
            snprintf(subject, n, "%s", c->subject);
            return true;
        }
    }
    return false;
}

/* "27 ships were waiting. The figure had fallen to 19 by Thursday": a sentence
 * opening with "the figure" (w at k) counts what the paragraph's last count
 * before it counted. */
static bool counted_before(const struct citep_cx *cx, size_t k, char *subject, size_t n)
{
    const struct citep_tok *v = cx->t.v;
    if (!citep_tok_in(&back_ref_set, &v[k]) ||
        !((v[k].fl & T_SENT) || (k > 0 && (v[k - 1].fl & T_SENT) &&
                                 (CITEP_LW_IS(&v[k - 1], "the") ||
                                  CITEP_LW_IS(&v[k - 1], "that") ||
                                  CITEP_LW_IS(&v[k - 1], "this")))))
        return false;
    return last_count(cx, subject, n);
}

static const char *const CROWD[] = {"crowd", "attendance", "audience", NULL};
CITEP_WORDSET(crowd_set, CROWD, 8);

/* "the number of permanent jobs the site will create to about 1,100": the
 * counted thing is the first plural noun after "number of", a short clause
 * back from the lead-in word before the number (k: the first lead-in token). */
static bool number_of_clause(const struct citep_cx *cx, size_t k, char *subject, size_t n)
{
    bool pl, ct;
    for (size_t j = k, m = 0; j >= 2 && m < 10; j--, m++) {
        const struct citep_tok *t = &cx->t.v[j - 1];
        if (t->fl & T_BREAK || t->lw[0] == '\0' || (t->lw[0] >= '0' && t->lw[0] <= '9'))
            return false;
        if (strcmp(t->lw, "of") != 0 || strcmp(cx->t.v[j - 2].lw, "number") != 0)
            continue;
        for (size_t q = j; q < k && q < j + 3; q++) { /* "of permanent jobs" */
            const struct citep_tok *w = &cx->t.v[q];
            if (!w->lwn || (w->fl & T_BREAK))
                return false;
            if (citep_lemma(w->lw, w->lwn, subject, n < CITEP_LEMMA_MAX ? n : CITEP_LEMMA_MAX,
                            &pl, &ct) && pl)
                return true;
        }
        return false;
    }
    return false;
}

/* The counted thing named before the number at token pk, or false. */
static bool named_before(const struct citep_cx *cx, size_t pk, char *subject, size_t n)
{
    size_t k = pk, skipped = 0;
    bool pl, ct;
    while (k > 0 && skipped < 4 && !(cx->t.v[k - 1].fl & T_BREAK) &&
           citep_tok_in(&lead_in_set, &cx->t.v[k - 1]))
        k--, skipped++;
    if (pk >= 2 && CITEP_LW_IS(&cx->t.v[pk - 1], "of") &&
        !(cx->t.v[pk - 2].fl & T_BREAK) &&
        citep_tok_in(&crowd_set, &cx->t.v[pk - 2])) {
        snprintf(subject, n, "spectator"); /* "in front of a crowd of 1,806" */
        return true;
    }
    if (k == 0 || k == pk || (cx->t.v[k - 1].fl & T_BREAK))
        return false; /* a lead-in word is needed: "toll 5,000" is a heading */
    /* "the death toll from the landslide in Banjarnegara has risen to 21" */
    for (size_t j = k, m = 0; skipped >= 2 && j > 0 && m < 8; j--, m++) {
        if (cx->t.v[j - 1].fl & T_BREAK)
            break;
        if (CITEP_LW_IS(&cx->t.v[j - 1], "toll")) {
            snprintf(subject, n, "death");
            return true;
        }
    }
    const struct citep_tok *w = &cx->t.v[k - 1];
    if (counted_before(cx, k - 1, subject, n))
        return true;
    if (CITEP_LW_IS(w, "toll")) {
        snprintf(subject, n, "death"); /* a toll without a kind counts the dead */
        return true;
    }
    if (k < 3 || !CITEP_LW_IS(&cx->t.v[k - 2], "of") ||
        !CITEP_LW_IS(&cx->t.v[k - 3], "number") ||
        (cx->t.v[k - 2].fl & T_BREAK) || (cx->t.v[k - 3].fl & T_BREAK) || !w->lwn)
        return number_of_clause(cx, k, subject, n);
    if (CITEP_LW_IS(w, "dead"))
        snprintf(subject, n, "death");
    else if (CITEP_LW_IS(w, "injured") || CITEP_LW_IS(w, "wounded"))
        snprintf(subject, n, "injury");
    else if (!citep_lemma(w->lw, w->lwn, subject, n < CITEP_LEMMA_MAX ? n : CITEP_LEMMA_MAX,
                          &pl, &ct) || !pl)
        return false; /* "the number of people", not "the number of Paris" */
    return true;
}

/* "300 tonnes of fuel oil": a measure names what it measures after "of"; the
 * claim runs to the last word of that ("oil"), so a post that speaks of the
 * oil finds the body's measure of it. k is the token after the unit. */
/* Only blanks and a superscript two or three between token k-1 and token k:
 * "6,600 m³ of water" is no break before "of". */
static bool power_gap(const struct citep_cx *cx, size_t k)
{
    const unsigned char *u = (const unsigned char *)cx->d->text.s;
    size_t i = cx->t.v[k - 1].e, e = cx->t.v[k].s;
    bool sup = false;
    while (i < e) {
        if (u[i] == ' ')
            i++;
        else if (i + 1 < e && u[i] == 0xC2 && (u[i + 1] == 0xB2 || u[i + 1] == 0xB3))
            i += 2, sup = true;
        else
            return false;
    }
    return sup;
}

static size_t material_end(const struct citep_cx *cx, size_t k, const char *subject,
                           size_t end)
{
    double f;
    const char *fam = citep_unit_family(subject, &f);
    size_t j, last = 0;
    if (!fam || strcmp(fam, "duration") == 0 || strcmp(fam, "speed") == 0 || k == 0 ||
        k + 1 >= cx->t.n || !CITEP_LW_IS(&cx->t.v[k], "of") || cx->t.v[k].s < end ||
        ((cx->t.v[k - 1].fl & T_BREAK) && !power_gap(cx, k)) || (cx->t.v[k].fl & T_BREAK))
        return end;
    j = k + 1;
    if (citep_tok_in(&det_set, &cx->t.v[j]) && !(cx->t.v[j].fl & T_BREAK))
        j++;
    for (size_t first = j; j < cx->t.n && j < k + 5; j++) {
        const struct citep_tok *t = &cx->t.v[j];
        if (!t->lw[0] || (t->fl & (T_STOP | T_MONTH | T_SENT | T_HASH)) ||
            (t->lw[0] >= '0' && t->lw[0] <= '9'))
            break;
        if (verbish(t->lw) && !(j == first && ends_with(t->lw, "ing") &&
                                !(t->fl & T_BREAK)))
            break; /* "of heating oil", but not "of water flooding homes" */
        if (!verbish(t->lw))
            last = j;
        if (t->fl & T_BREAK)
            break;
    }
    return last ? cx->t.v[last].e : end;
}

/* A unit joined to its number by a hyphen, as an adjective: "an 11-mile path",
 * "a 40-metre drop". The unit's lemma goes to subject (CITEP_LEMMA_MAX bytes). */
static bool hyphen_unit(const char *s, size_t p, size_t n, char *subject, size_t *end)
{
    char u[CITEP_LEMMA_MAX];
    size_t q = p + 1, l = 0;
    bool plural, countable;
    double f;
    if (p >= n || s[p] != '-')
        return false;
    while (q < n && l + 1 < sizeof u && ((s[q] | 32) >= 'a' && (s[q] | 32) <= 'z'))
        u[l++] = (char)(s[q++] | 32);
    /* "a 628-nautical-mile race", "a 40-square-metre flat" */
    if (q + 1 < n && s[q] == '-' && l > 0 && l < 9) {
        u[l] = '\0';
        if (!strcmp(u, "nautical") || !strcmp(u, "square") || !strcmp(u, "cubic")) {
            char w[CITEP_LEMMA_MAX], lw[CITEP_LEMMA_MAX];
            size_t r = q + 1, m = 0;
            while (r < n && m + 1 < sizeof w && ((s[r] | 32) >= 'a' && (s[r] | 32) <= 'z'))
                w[m++] = (char)(s[r++] | 32);
            w[m] = '\0';
            if (m && !(r < n && (s[r] == '-' || (unsigned char)s[r] >= 0x80)) &&
                citep_lemma(w, m, lw, sizeof lw, &plural, &countable) &&
                snprintf(subject, CITEP_LEMMA_MAX, "%s %s", u, lw) < CITEP_LEMMA_MAX &&
                citep_unit_family(subject, &f)) {
                *end = r;
                return true;
            }
            return false;
        }
    }
    if (l == 0 || (q < n && (s[q] == '-' || (unsigned char)s[q] >= 0x80 ||
                             (s[q] >= '0' && s[q] <= '9'))))
        return false; /* "3-year-old" is an age */
    u[l] = '\0';
    const char *fam = citep_lemma(u, l, subject, CITEP_LEMMA_MAX, &plural, &countable)
                          ? citep_unit_family(subject, &f)
                          : NULL;
    if (!fam)
        return false; /* a duration ("a 48-hour strike") is then taken only as a term */
    *end = q;
    return true;
}

/* "15 feet deep", "30 ft across": the dimension a length measures ends the
 * claim, so that a depth is compared with a depth; otherwise what a measure
 * measures ("300 tonnes of fuel oil", see material_end). */
static size_t measure_end(const struct citep_cx *cx, size_t k, const char *subject, size_t end)
{
    double f;
    const char *fam = citep_unit_family(subject, &f);
    if (fam && !strcmp(fam, "length") && k > 0 && k < cx->t.n && cx->t.v[k].s >= end &&
        !(cx->t.v[k - 1].fl & T_BREAK) && citep_dimension(cx->t.v[k].lw, cx->t.v[k].lwn))
        return cx->t.v[k].e;
    return material_end(cx, k, subject, end);
}

/* A scale word joined by hyphens, as an adjective: "a 1.1-billion-franc plan",
 * "a 2-million-tonne harvest", "a $2.8-billion plant" (the currency sign
 * before). Writes the scaled number to *out, the counted thing to subject
 * (CITEP_LEMMA_MAX bytes) and the phrase's end to *end. */
static bool scale_word_after(const char *s, size_t p, size_t n, const struct citep_num *x,
                             struct citep_num *out, char *subject, size_t *end)
{
    static const struct {
        const char *w;
        double f;
    } SCALE[] = {{"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
    char u[CITEP_LEMMA_MAX];
    size_t q, l = 0;
    bool plural, countable;
    double f;
    if (p >= n || s[p] != '-' || x->scaled || x->kind != CITEP_NUM_CARDINAL)
        return false;
    for (size_t k = 0; k < sizeof SCALE / sizeof SCALE[0]; k++) {
        size_t wl = strlen(SCALE[k].w);
        if (p + 1 + wl > n || strncasecmp(s + p + 1, SCALE[k].w, wl) != 0)
            continue;
        q = p + 1 + wl;
        if (q < n && s[q] == '-') { /* "-billion-franc" */
            for (q++; q < n && l + 1 < sizeof u && ((s[q] | 32) >= 'a' && (s[q] | 32) <= 'z');)
                u[l++] = (char)(s[q++] | 32);
            u[l] = '\0';
            if (!l || (q < n && (s[q] == '-' || (unsigned char)s[q] >= 0x80)) ||
                !citep_lemma(u, l, subject, CITEP_LEMMA_MAX, &plural, &countable) ||
                !(citep_currency_word(subject) || citep_unit_family(subject, &f)))
                return false;
        } else if (x->currency && (q >= n || !((s[q] | 32) >= 'a' && (s[q] | 32) <= 'z'))) {
            snprintf(subject, CITEP_LEMMA_MAX, "%s", currency_of(s, p - x->end, x));
        } else {
            return false;
        }
        *out = *x;
        out->value *= SCALE[k].f;
        out->hi *= SCALE[k].f;
        out->scaled = true;
        out->scale = SCALE[k].f;
        out->end = q - (p - x->end);
        *end = q;
        return true;
    }
    return false;
}

/* A figure after a label and a colon, as a post's list of figures gives them
 * ("Cumulative deaths: 64", "New cases in the last 24 hours: 18"): the count
 * of the label's first plural noun, when the figure ends its line or clause. */
static bool labelled_count(const struct citep_cx *cx, size_t a, const struct citep_num *x,
                           char *subject, size_t n)
{
    const char *s = cx->d->text.s;
    size_t len = cx->d->text.len, st = a + x->start, en = a + x->end, pk = tok_from(cx, st);
    size_t j = st;
    while (j > 0 && s[j - 1] == ' ')
        j--;
    if (pk == 0 || pk > cx->t.n || j == 0 || s[j - 1] != ':')
        return false;
    while (en < len && s[en] == ' ')
        en++;
    if (en < len && s[en] != '\n' && s[en] != '\r' && s[en] != '(' && s[en] != ',' &&
        s[en] != '.' && s[en] != ';')
        return false;
    size_t k = pk; /* back to the label's first word, on its line */
    while (k > 0 && pk - k < 10 && !(cx->t.v[k - 1].fl & T_SENT) &&
           (k == pk || !(cx->t.v[k - 2].fl & T_BREAK)))
        k--;
    if (k == 0 || !(cx->t.v[k - 1].fl & T_SENT))
        return false;
    for (size_t i = k - 1; i < pk; i++) {
        const struct citep_tok *t = &cx->t.v[i];
        char lem[CITEP_LEMMA_MAX];
        bool pl, ct;
        if (t->lw[0] && !(t->fl & T_STOP) && citep_lemma(t->lw, t->lwn, lem, sizeof lem, &pl, &ct) &&
            pl && !time_word(lem)) {
            copy_str(subject, n, lem);
            return true;
        }
    }
    return false;
}

/* "Police estimated the crowd on the final climb at about 40,000", "the
 * crowd was put at 45,000": an estimate of a crowd, given after "at", counts
 * the people in it. A crowd word and a verb of estimating in the clause
 * before "at" (pk: the number's first token). */
static const char *const ESTIMATE[] = {"estimated", "estimate", "estimates", "put", "puts",
                                       "counted", "reckoned", NULL};
CITEP_WORDSET(estimate_set, ESTIMATE, 16);
static const char *const CROWD_WORD[] = {"crowd", "crowds", "attendance", "audience", NULL};
CITEP_WORDSET(crowd_word_set, CROWD_WORD, 8);

static bool crowd_estimate(const struct citep_cx *cx, size_t pk)
{
    bool crowd = false, est = false;
    if (pk < 3 || pk > cx->t.n || !CITEP_LW_IS(&cx->t.v[pk - 1], "at") ||
        (cx->t.v[pk - 1].fl & T_BREAK))
        return false;
    for (size_t j = pk - 1, m = 0; j > 0 && m < 10; j--, m++) {
        const struct citep_tok *t = &cx->t.v[j - 1];
        if (t->fl & T_BREAK)
            break;
        crowd = crowd || citep_tok_in(&crowd_word_set, t);
        est = est || citep_tok_in(&estimate_set, t);
        if (t->fl & T_SENT)
            break;
    }
    return crowd && est;
}

/* "Police say 60,000 lined the route", "12,000 marched through the city": a
 * bare number right before a verb only people do counts people. */
static const char *const PEOPLE_VERB[] = {"lined", "attended", "gathered", "marched",
                                          "rallied", "protested", "queued", "flocked",
                                          "thronged", "demonstrated", NULL};
CITEP_WORDSET(people_verb_set, PEOPLE_VERB, 32);

static bool people_did(const struct citep_cx *cx, size_t a, const struct citep_num *x, size_t nk)
{
    const char *s = cx->d->text.s;
    size_t e = a + x->end;
    return nk < cx->t.n && cx->t.v[nk].s == e + 1 && s[e] == ' ' &&
           citep_tok_in(&people_verb_set, &cx->t.v[nk]);
}

/* A bound or a range of shares ("more than 20%", "up to 40 percent", "3-4%")
 * is a range to the scanner, whose text still ends in the percent sign. */
static bool ends_in_percent(const char *s, const struct citep_num *x)
{
    size_t e = x->end, b = x->start;
    if (x->kind != CITEP_NUM_RANGE || e <= b)
        return false;
    if (s[e - 1] == '%')
        return true;
    return (e - b >= 7 && !strncasecmp(s + e - 7, "percent", 7)) ||
           (e - b >= 8 && !strncasecmp(s + e - 8, "per cent", 8));
}

/* A race gap glued to its "s": "14s ahead", "3s behind", "40s clear" (seconds,
 * as race reports write them; "1990s" is a decade and never reaches here). */
static bool gap_seconds(const struct citep_cx *cx, size_t a, const struct citep_num *x,
                        const char *u, size_t ul)
{
    size_t k = tok_from(cx, a + x->unit_end);
    if (ul != 1 || u[0] != 's' || x->value >= 1000 || k >= cx->t.n)
        return false;
    const struct citep_tok *t = &cx->t.v[k];
    return CITEP_LW_IS(t, "ahead") || CITEP_LW_IS(t, "behind") || CITEP_LW_IS(t, "clear");
}

static bool every_before(const struct citep_cx *cx, size_t pk)
{
    return pk > 0 && pk <= cx->t.n && CITEP_LW_IS(&cx->t.v[pk - 1], "every") &&
           !(cx->t.v[pk - 1].fl & T_BREAK);
}

/* "1.42m t", "from 1.8m to 2.5m hl", "1.5m passengers": a glued "m" is a
 * million when a unit of another kind than length follows (tonnes, hectolitres,
 * barrels), or a plural noun after a fraction (no "100m hurdles"). Past a
 * range's first end ("1.8m to 2.5m hl") the unit after its second counts. The
 * head into h. */
static bool glued_million(const struct citep_cx *cx, size_t a, const struct citep_num *x,
                          struct head *h)
{
    const char *s = cx->d->text.s;
    size_t k = tok_from(cx, a + x->unit_end);
    double f;
    if (x->currency || x->unit_end != x->end + 1 || s[a + x->end] != 'm' || k >= cx->t.n ||
        !adjacent(s, a + x->unit_end, cx->t.v[k].s) || (cx->t.v[k - 1].fl & T_BREAK))
        return false;
    const struct citep_tok *t = &cx->t.v[k];
    if ((CITEP_LW_IS(t, "to") || CITEP_LW_IS(t, "and")) && k + 2 < cx->t.n &&
        !(t->fl & T_BREAK)) {
        const struct citep_tok *n2 = &cx->t.v[k + 1];
        if (n2->olen < 2 || n2->o[0] < '0' || n2->o[0] > '9' || n2->o[n2->olen - 1] != 'm' ||
            (n2->fl & T_BREAK))
            return false;
        k += 2;
    }
    if (!find_head(cx, k, 2, h) || h->k != k)
        return false;
    const char *fam = citep_unit_family(h->lemma, &f);
    if (fam)
        return strcmp(fam, "length") != 0 && strcmp(fam, "area") != 0;
    return x->value != floor(x->value) && cx->t.v[k].lwn > 2;
}

/* "kV 132", "MW 25", "wateja 210,000": a post in another language may put
 * the unit or the counted noun before the figure, as Swahili and Indonesian
 * do; a listed noun or a unit right before it (no mark between) is its
 * head. */
static bool noun_before(const struct citep_cx *cx, size_t pk, char *subject, size_t n)
{
    char lem[CITEP_LEMMA_MAX];
    bool pl, ct;
    double f;
    if (!cx->foreign || cx->embed < 0 || pk == 0 || pk > cx->t.n)
        return false;
    const struct citep_tok *t = &cx->t.v[pk - 1];
    if ((t->fl & (T_BREAK | T_HASH)) || !t->lwn)
        return false;
    const char *noun = citep_lang_noun(t->lw, t->lwn);
    if (noun && !time_word(noun)) {
        copy_str(subject, n, noun);
        return true;
    }
    if (t->olen <= 3 && citep_unit_word(t->lw, t->lwn) &&
        citep_lemma(t->lw, t->lwn, lem, sizeof lem, &pl, &ct) && citep_unit_family(lem, &f) &&
        strcmp(lem, "metre") != 0 && strcmp(lem, "tonne") != 0 && strcmp(lem, "gram") != 0) {
        copy_str(subject, n, lem); /* not "m", "t" or "g", which may be anything */
        return true;
    }
    return false;
}

/* A figure of a post in another language whose counted word no list knows
 * ("1,720 ครั้ง", "1 284 557 คัน"): kept as a bare figure when it is one a
 * body could not state by chance (three significant digits or more, 100 or
 * over), for the cross-check to find by its value alone. */
static bool foreign_figure(const struct citep_cx *cx, size_t a, const struct citep_num *x,
                           size_t nk)
{
    if (!cx->foreign || cx->embed < 0 || x->words || x->vague || x->kind != CITEP_NUM_CARDINAL ||
        x->hi > x->value || !citep_distinct_figure(x->value))
        return false;
    /* a word follows right after it (the counted thing), not a sign or a figure */
    const char *s = cx->d->text.s;
    unsigned char c0 = nk < cx->t.n && cx->t.v[nk].lwn > 0 ? (unsigned char)cx->t.v[nk].lw[0] : 0;
    return c0 && (c0 >= 0x80 || (c0 >= 'a' && c0 <= 'z')) && adjacent(s, a + x->end, cx->t.v[nk].s);
}

bool citep_distinct_figure(double v)
{
    if (!(v >= 100) || v > 1e15 || v != floor(v) || (v >= 1900 && v <= 2100))
        return false;
    while (fmod(v, 10) == 0)
        v /= 10;
    return v >= 100;
}

/* The letters right before s[j] (back over at most two of ' ', ':', '-'):
 * their start into *k, or SIZE_MAX when a letter or digit comes first. */
static size_t word_back(const char *s, size_t j, size_t *k)
{
    for (int m = 0; m < 2 && j > 0 && (s[j - 1] == ' ' || s[j - 1] == ':' || s[j - 1] == '-');
         m++)
        j--;
    size_t b = j;
    while (b > 0 && ((s[b - 1] | 32) >= 'a' && (s[b - 1] | 32) <= 'z'))
        b--;
    if (b == j || (b > 0 && ((unsigned char)s[b - 1] >= 0x80 ||
                             (s[b - 1] >= '0' && s[b - 1] <= '9'))))
        return SIZE_MAX;
    *k = b;
    return j - b;
}

static bool word_is(const char *s, size_t b, size_t len, const char *w)
{
    return strlen(w) == len && !strncasecmp(s + b, w, len);
}

/* An earthquake's magnitude: "magnitude 6.9", "a magnitude of 6.7", "gave its
 * magnitude as 6.4", "a 5.8-magnitude quake", "Mag:6.4", and the seismologists'
 * "M6.1" or "Mw 6.1" (with a decimal, so no motorway's "M6"). */
static bool quake_magnitude(const struct citep_cx *cx, size_t a, const struct citep_num *x)
{
    const char *s = cx->d->text.s;
    size_t n = cx->d->text.len, st = a + x->start, e = a + x->end, b, len;
    if (x->kind != CITEP_NUM_CARDINAL || x->vague || x->scaled || x->currency ||
        x->glued_unit || x->value <= 0 || x->value >= 10)
        return false;
    if (e + 9 < n && (s[e] == '-' || s[e] == ' ') && !strncasecmp(s + e + 1, "magnitude", 9) &&
        !((s[e + 10] | 32) >= 'a' && (s[e + 10] | 32) <= 'z'))
        return true; /* "a 5.8-magnitude quake" */
    if ((len = word_back(s, st, &b)) == SIZE_MAX)
        return false;
    if (word_is(s, b, len, "magnitude") || word_is(s, b, len, "mag"))
        return true;
    if (word_is(s, b, len, "of") || word_is(s, b, len, "as") || word_is(s, b, len, "was") ||
        word_is(s, b, len, "is")) { /* "a magnitude of 6.7" */
        size_t b2, len2 = b > 0 && s[b - 1] == ' ' ? word_back(s, b - 1, &b2) : SIZE_MAX;
        return len2 != SIZE_MAX && word_is(s, b2, len2, "magnitude");
    }
    bool frac = x->value != floor(x->value) && st - (b + len) <= 1;
    return frac && ((len == 1 && s[b] == 'M') ||
                    (len == 2 && s[b] == 'M' && (s[b + 1] == 'w' || s[b + 1] == 'L')));
}

/* "his 18-strong crew", "a 40-strong team": the number of its members, the
 * head after "-strong" (into h). */
static bool strong_count(const struct citep_cx *cx, size_t a, const struct citep_num *x,
                         struct head *h)
{
    const char *s = cx->d->text.s;
    size_t e = a + x->end, n = cx->d->text.len;
    if (x->kind != CITEP_NUM_CARDINAL || x->vague || e + 7 >= n || s[e] != '-' ||
        strncasecmp(s + e + 1, "strong", 6) != 0 ||
        ((s[e + 7] | 32) >= 'a' && (s[e + 7] | 32) <= 'z'))
        return false;
    size_t k = tok_from(cx, e + 7);
    if (k >= cx->t.n || k == 0 || (cx->t.v[k - 1].fl & T_BREAK) || cx->t.v[k].s > e + 9)
        return false;
    return find_head(cx, k, x->value, h);
}

/* A share in the sentence around the figure x, as large as it or larger ("38%
 * of crashes, down 3 points", "support fell 4 points to 31 per cent"): its
 * points are percentage points. An index's points are not: "the Sensex fell
 * 1,800 points, or 2.4%". */
static bool ends_in_percent(const char *s, const struct citep_num *x);
#define SHARE_REACH 160 /* bytes read on each side, within the sentence */

static bool share_in_sentence(const struct citep_cx *cx, size_t a, const struct citep_num *x)
{
    const char *s = cx->d->text.s;
    size_t n = cx->d->text.len, at = a + x->start, b = at, e = at;
    if (x->value > 100 || x->hi > x->value)
        return false;
    while (b > 0 && at - b < SHARE_REACH && s[b - 1] != '\n' &&
           !((s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?') && s[b] == ' '))
        b--;
    while (e < n && e - at < SHARE_REACH && s[e] != '\n' &&
           !((s[e] == '.' || s[e] == '!' || s[e] == '?') && (e + 1 == n || s[e + 1] == ' ')))
        e++;
    for (size_t k = 0; k < cx->exprs.n; k++) {
        const struct citep_num *y = &cx->exprs.v[k];
        if (a + y->start >= b && a + y->end <= e &&
            (y->kind == CITEP_NUM_PERCENT || ends_in_percent(s + a, y)) && y->value >= x->value)
            return true;
    }
    return false;
}

static cite_status one_quantity(struct citep_cx *cx, size_t a, const struct citep_num *x)
{
    const char *s = cx->d->text.s;
    char subject[CITEP_LEMMA_MAX + 16], value[100];
    size_t nk = tok_from(cx, a + x->end), end = a + x->end;
    const char *cur, *event = NULL;
    struct head h;
    bool plural, countable;
    struct citep_num scaled;
    if (quake_magnitude(cx, a, x)) {
        value_text(x, value, sizeof value);
        return citep_claim_add(cx, CITE_CLAIM_QUANTITY, "magnitude", value, a + x->start,
                               a + x->end, x->value, x->hi, x->cmp);
    }
    if (not_an_amount(cx, x, a, nk))
        return CITE_OK;
    if (scale_word_after(s, a + x->end, cx->d->text.len, x, &scaled, subject, &end)) {
        x = &scaled; /* "a 1.1-billion-franc plan", "a $2.8-billion plant" */
    } else if (x->glued_unit && glued_million(cx, a, x, &h)) {
        scaled = *x; /* "1.42m t", "1.8m to 2.5m hl" */
        scaled.value *= 1e6;
        scaled.hi *= 1e6;
        scaled.scaled = true;
        scaled.scale = 1e6;
        scaled.glued_unit = false;
        x = &scaled;
        copy_str(subject, sizeof subject, h.lemma);
        end = a + x->unit_end;
    } else if (x->glued_unit) { /* "29km" */
        char u[CITEP_LEMMA_MAX];
        size_t ul = glued_unit(cx, x, a, u, sizeof u);
        double f;
        if (!ul)
            return CITE_OK;
        if (ul == 1 && u[0] == 'm' && (cur = code_before(cx, a, x)) != NULL) {
            scaled = *x; /* "NOK 900m", "CHF 120m": millions of that currency */
            scaled.value *= 1e6;
            scaled.hi *= 1e6;
            scaled.scaled = true;
            scaled.glued_unit = false;
            x = &scaled;
            copy_str(subject, sizeof subject, cur);
            end = a + x->unit_end;
        } else if ((cur = glued_temperature(cx, x, a, u, ul)) != NULL)
            copy_str(subject, sizeof subject, cur); /* "-12°C", "30C" */
        else if (gap_seconds(cx, a, x, u, ul))
            copy_str(subject, sizeof subject, "second"); /* "14s ahead of" */
        else if (!citep_lemma(u, ul, subject, CITEP_LEMMA_MAX, &plural, &countable) ||
                 !citep_unit_family(subject, &f))
            return CITE_OK;
        end = a + x->unit_end;
        end = measure_end(cx, tok_from(cx, end), subject, end);
    } else if (strong_count(cx, a, x, &h)) {
        copy_str(subject, sizeof subject, h.lemma); /* "his 18-strong crew" */
        end = cx->t.v[h.k].e;
    } else if (hyphen_unit(s, a + x->end, cx->d->text.len, subject, &end)) {
        ; /* "an 11-mile path" */
    } else if (x->kind == CITEP_NUM_PERCENT || ends_in_percent(s + a, x)) {
        percent_subject(cx, nk, subject, sizeof subject);
    } else if (x->currency && x->scaled && (cur = currency_of(s, a, x)) != NULL) {
        /* "€5m add-ons", "$2 billion bonds": a sum with its sign is counted in
         * its currency, whatever it pays for */
        copy_str(subject, sizeof subject, cur);
    } else if (x->value >= 2 && !x->currency && nk + 1 < cx->t.n &&
               adjacent(s, end, cx->t.v[nk].s) && CITEP_LW_IS(&cx->t.v[nk], "of") &&
               !(cx->t.v[nk].fl & T_BREAK) &&
               (CITEP_LW_IS(&cx->t.v[nk + 1], "you") || CITEP_LW_IS(&cx->t.v[nk + 1], "us"))) {
        copy_str(subject, sizeof subject, "person"); /* "162K of you joined us" */
        end = cx->t.v[nk + 1].e;
    } else if (!x->currency && (cur = code_after(cx, a, x, nk)) != NULL) {
        copy_str(subject, sizeof subject, cur); /* "100 000 Ft", "9.80 TL" */
        /* a sign after the figure ("2 500 FCFA", "2,4 mld. Kč") names the
         * currency, which the subject says: no proper word of the claim */
        if (!currency_after(&cx->t.v[nk]))
            end = cx->t.v[nk].e;
    } else if (!x->currency && (cur = hebrew_unit(s, a + x->end, cx->d->text.len, &end)) != NULL) {
        copy_str(subject, sizeof subject, cur); /* "120 מיליון מ"ק" */
    } else if (!x->currency && rand_before(cx, a, x)) {
        copy_str(subject, sizeof subject, "rand"); /* "R 35 million" */
    } else if (nk < cx->t.n && adjacent(s, end, cx->t.v[nk].s) &&
               (!CITEP_LW_IS(&cx->t.v[nk], "of") || partitive(cx, nk)) &&
               find_head(cx, nk, x->vague ? 2 : x->hi, &h)) {
        end = compound_unit(cx, nk, &h, subject, sizeof subject);
        end = measure_end(cx, tok_from(cx, end), subject, end);
        event = event_noun(cx, h.k + 1);
    } else if (!x->vague && x->kind == CITEP_NUM_CARDINAL && nk < cx->t.n &&
               adjacent(s, end, cx->t.v[nk].s) && of_total(cx, nk, &h) &&
               !citep_unit_family(h.lemma, &(double){0})) {
        copy_str(subject, sizeof subject, h.lemma); /* "11 of Chile's 16 regions" */
        end = cx->t.v[h.k].e;
        /* a part is compared with parts, never with the total or another
         * count; a part that befell something ("Nine of our 38 singers were
         * hurt") is a count of that happening, which the body words its own
         * way ("injuring nine people"): no count of singers at all */
        if (event_noun(cx, h.k + 1))
            return CITE_OK;
        event = "part";
    } else if (x->vague && nk < cx->t.n && find_head(cx, nk, 2, &h)) {
        copy_str(subject, sizeof subject, h.lemma); /* "dozens of people" */
        end = cx->t.v[h.k].e;
        event = event_noun(cx, h.k + 1);
    } else if ((cur = currency_of(s, a, x)) != NULL || (cur = code_before(cx, a, x)) != NULL) {
        copy_str(subject, sizeof subject, cur);
    } else if (!x->words && (x->kind == CITEP_NUM_CARDINAL || x->kind == CITEP_NUM_RANGE) &&
               named_before(cx, tok_from(cx, a + x->start), subject, sizeof subject)) {
        ; /* "the number of demonstrators at 12,500" */
    } else if (!x->words && x->kind == CITEP_NUM_CARDINAL &&
               another_before(cx, tok_from(cx, a + x->start), subject, sizeof subject)) {
        ; /* "1,800 jobs overseas and another 1,200 in Japan" */
    } else if (x->kind == CITEP_NUM_CARDINAL &&
               revised_before(cx, tok_from(cx, a + x->start), x->value, subject,
                              sizeof subject)) {
        ; /* "later revised it to 6.1" */
    } else if (!x->words && x->kind == CITEP_NUM_CARDINAL &&
               labelled_count(cx, a, x, subject, sizeof subject)) {
        ; /* "Cumulative deaths: 64", "Crossings cancelled today: 14" */
    } else if (!x->words && (x->kind == CITEP_NUM_CARDINAL || x->kind == CITEP_NUM_RANGE) &&
               (crowd_estimate(cx, tok_from(cx, a + x->start)) || people_did(cx, a, x, nk))) {
        copy_str(subject, sizeof subject, "person"); /* "estimated the crowd at 40,000" */
    } else if (x->kind == CITEP_NUM_CARDINAL &&
               elided_count(cx, tok_from(cx, a + x->start), nk, subject, sizeof subject)) {
        event = event_noun(cx, nk); /* "killed and 31 injured" */
    } else if ((x->kind == CITEP_NUM_CARDINAL || x->kind == CITEP_NUM_RANGE) && !x->words &&
               noun_before(cx, tok_from(cx, a + x->start), subject, sizeof subject)) {
        ; /* "wateja 210,000", "kV 132" */
    } else if ((x->kind == CITEP_NUM_CARDINAL || x->kind == CITEP_NUM_RANGE) && nk < cx->t.n &&
               adjacent(s, end, cx->t.v[nk].s) && citep_tok_in(&event_set, &cx->t.v[nk]) &&
               !(cx->t.v[nk].fl & T_CAP)) {
        /* "Final toll: 38 dead, 350 hurt": people, named by what befell them */
        copy_str(subject, sizeof subject, "person");
        event = event_noun(cx, nk);
        end = cx->t.v[nk].e;
    } else if (foreign_figure(cx, a, x, nk)) {
        copy_str(subject, sizeof subject, CITEP_FIGURE); /* "1,720 ครั้ง" */
    } else {
        return CITE_OK;
    }
    if (!strcmp(subject, "point") && share_in_sentence(cx, a, x))
        copy_str(subject, sizeof subject, "percentage point"); /* "38%, down 3 points" */
    if (time_word(subject) && !(citep_unit_family(subject, &(double){0}) &&
                                (term_before(cx, tok_from(cx, a + x->start)) ||
                                 term_after(cx, tok_from(cx, end)) ||
                                 length_of(cx, tok_from(cx, a + x->start),
                                           tok_from(cx, end)))))
        return CITE_OK;
    value_text(x, value, sizeof value);
    if (!strncmp(subject, "percent", 7) && strcmp(subject, "percentage point") != 0 &&
        !strchr(value, '%') && strlen(value) + 1 < sizeof value)
        strcat(value, "%"); /* a bound of shares: "more than 90%" */
    const char *cls = citep_count_class(subject); /* not "one yacht was taken to hospital" */
    if (cls && strcmp(cls, "human") != 0)
        event = NULL;
    size_t n0 = cx->d->claims.n;
    cite_status rc = citep_claim_add(cx, CITE_CLAIM_QUANTITY, subject, value, a + x->start,
                                     end, x->value, x->hi, x->cmp);
    if (rc == CITE_OK && cx->d->claims.n > n0) {
        const char *ev = event ? event : event_before(cx, tok_from(cx, a + x->start));
        if (cls && strcmp(cls, "human") != 0)
            ev = NULL;
        if (!event && capacity_before(cx, tok_from(cx, a + x->start)))
            ev = "capacity";
        if (every_before(cx, tok_from(cx, a + x->start)))
            ev = "interval"; /* "every 30 minutes" is how often, not how long */
        cx->d->claims.v[n0].event = ev && strcmp(ev, subject) != 0 ? ev : NULL;
    }
    /* only in the body: there it lets a post's "15 arrests" find its fact; in a
     * post the same alias would only add a second, unmatched claim */
    if (rc == CITE_OK && event && cx->embed < 0 && strcmp(event, subject) != 0)
        rc = citep_claim_add(cx, CITE_CLAIM_QUANTITY, event, value, a + x->start, end, x->value,
                             x->hi, x->cmp);
    return rc;
}

/* "a pair of vessels": two of them, said in words that are no number. */
static cite_status pair_at(struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k], *art = &cx->t.v[k - 1];
    struct head h;
    if (!CITEP_LW_IS(t, "pair") ||
        (!CITEP_LW_IS(art, "a") && !CITEP_LW_IS(art, "one")) ||
        !CITEP_LW_IS(&cx->t.v[k + 1], "of") || (art->fl & T_BREAK) || (t->fl & T_BREAK) ||
        (cx->t.v[k + 1].fl & T_BREAK) || (t->fl & T_HASH) || !find_head(cx, k + 2, 2, &h) ||
        time_word(h.lemma))
        return CITE_OK;
    return citep_claim_add(cx, CITE_CLAIM_QUANTITY, h.lemma, "2", art->s, cx->t.v[h.k].e, 2, 2,
                           "eq");
}

/* "X scored twice", "netted three times", "a hat-trick": a count of goals said
 * without a noun, which is how reports give a scorer's goals. */
static const char *const SCORED[] = {"scored", "scores", "score", "netted", "nets", NULL};
static const char *const TIMES[] = {"once", "twice", "thrice", NULL};
static const char *const SMALL[] = {"one", "two", "three", "four", "five", "six", "seven",
                                    "eight", "nine", "ten", NULL};
CITEP_WORDSET(scored_set, SCORED, 16);
CITEP_WORDSET(times_set, TIMES, 8);
CITEP_WORDSET(small_set, SMALL, 32);

static cite_status goals_at(struct citep_cx *cx, size_t k)
{
    const struct citep_tok *v = &cx->t.v[k], *t = &cx->t.v[k + 1];
    unsigned n;
    size_t end = t->e;
    char val[16];
    if (v->fl & T_HASH)
        return CITE_OK;
    if (v->lw[0] == 'h' && (CITEP_LW_IS(v, "hat-trick") || CITEP_LW_IS(v, "hattrick")))
        return citep_claim_add(cx, CITE_CLAIM_QUANTITY, "goal", "3", v->s, v->e, 3, 3, "eq");
    if ((v->fl & T_BREAK) || v->lwn < 4 || v->lwn > 6 || !citep_tok_in(&scored_set, v))
        return CITE_OK;
    if ((n = citep_wordset_find(&times_set, t->lw, t->lwn)) == 0 && k + 2 < cx->t.n &&
        !(t->fl & T_BREAK) && CITEP_LW_IS(&cx->t.v[k + 2], "times")) {
        if ((n = citep_wordset_find(&small_set, t->lw, t->lwn)) == 0 && t->lwn == 1 &&
            t->lw[0] >= '1' && t->lw[0] <= '9')
            n = (unsigned)(t->lw[0] - '0');
        end = cx->t.v[k + 2].e;
    }
    if (n == 0)
        return CITE_OK;
    snprintf(val, sizeof val, "%u", n);
    return citep_claim_add(cx, CITE_CLAIM_QUANTITY, "goal", val, v->s, end, n, n, "eq");
}

/* Counts said in words that are no number: one pass over the paragraph's
 * tokens, which the first letter of the word mostly settles. */
/* "every half an hour", "for half an hour": 30 minutes said in words, counted
 * where a figure in minutes would be (an interval, or a term). */
static cite_status half_hour_at(struct citep_cx *cx, size_t k)
{
    size_t h = k + 1;
    if (!CITEP_LW_IS(&cx->t.v[k], "half") || (cx->t.v[k].fl & T_BREAK))
        return CITE_OK;
    if (h < cx->t.n && (CITEP_LW_IS(&cx->t.v[h], "an") || CITEP_LW_IS(&cx->t.v[h], "a")) &&
        !(cx->t.v[h].fl & T_BREAK))
        h++;
    if (h >= cx->t.n || !CITEP_LW_IS(&cx->t.v[h], "hour"))
        return CITE_OK;
    bool every = every_before(cx, k);
    if (!every && !term_before(cx, k))
        return CITE_OK;
    size_t n0 = cx->d->claims.n;
    cite_status rc = citep_claim_add(cx, CITE_CLAIM_QUANTITY, "minute", "30", cx->t.v[k].s,
                                     cx->t.v[h].e, 30, 30, "eq");
    if (rc == CITE_OK && every && cx->d->claims.n > n0)
        cx->d->claims.v[n0].event = "interval";
    return rc;
}

/* "closed for a day and a half", "lasted half a day": a span said in words,
 * counted where a figure would be (a term, or an interval). k is "a"/"an" or
 * "half". */
static const char *const SPAN_UNIT[] = {"day", "week", "month", "year", "hour", "minute",
                                        NULL};
CITEP_WORDSET(span_unit_set, SPAN_UNIT, 16);

static cite_status worded_span_at(struct citep_cx *cx, size_t k)
{
    const struct citep_tok *v = cx->t.v;
    size_t u, end;
    double n;
    bool half = CITEP_LW_IS(&v[k], "half");
    if (half) { /* "half a day" (half an hour is 30 minutes: half_hour_at) */
        if (k + 2 >= cx->t.n || !(CITEP_LW_IS(&v[k + 1], "a") || CITEP_LW_IS(&v[k + 1], "an")) ||
            (v[k].fl & T_BREAK) || (v[k + 1].fl & T_BREAK) || CITEP_LW_IS(&v[k + 2], "hour"))
            return CITE_OK;
        u = k + 2, n = 0.5, end = v[u].e;
    } else { /* "a day and a half" */
        if (k + 4 >= cx->t.n || !CITEP_LW_IS(&v[k + 2], "and") || !CITEP_LW_IS(&v[k + 3], "a") ||
            !CITEP_LW_IS(&v[k + 4], "half") || (v[k].fl & T_BREAK) || (v[k + 1].fl & T_BREAK) ||
            (v[k + 2].fl & T_BREAK) || (v[k + 3].fl & T_BREAK))
            return CITE_OK;
        u = k + 1, n = 1.5, end = v[k + 4].e;
    }
    if (!citep_tok_in(&span_unit_set, &v[u]))
        return CITE_OK;
    bool every = every_before(cx, k);
    if (!every && !term_before(cx, k))
        return CITE_OK;
    size_t n0 = cx->d->claims.n;
    cite_status rc = citep_claim_add(cx, CITE_CLAIM_QUANTITY, v[u].lw, n == 0.5 ? "0.5" : "1.5",
                                     v[k].s, end, n, n, "eq");
    if (rc == CITE_OK && every && cx->d->claims.n > n0)
        cx->d->claims.v[n0].event = "interval";
    return rc;
}

static cite_status word_quantities(struct citep_cx *cx)
{
    size_t k;
    cite_status rc = CITE_OK;
    for (k = 0; k + 1 < cx->t.n && rc == CITE_OK; k++) {
        char c = cx->t.v[k].lw[0];
        if (c == 'p' && k > 0 && k + 2 < cx->t.n)
            rc = pair_at(cx, k);
        else if (c == 's' || c == 'n')
            rc = goals_at(cx, k);
        else if (c == 'h' && CITEP_LW_IS(&cx->t.v[k], "half")) {
            rc = half_hour_at(cx, k);
            if (rc == CITE_OK)
                rc = worded_span_at(cx, k);
        } else if (c == 'h')
            rc = goals_at(cx, k);
        else if (c == 'a' && cx->t.v[k].lwn <= 2)
            rc = worded_span_at(cx, k);
    }
    return rc;
}

static bool is_digit_byte(char c)
{
    return c >= '0' && c <= '9';
}

/* Does a post in another language write numbers the European way? Yes,
 * unless it writes a comma between digits and then three more, and never a
 * point so ("1,200" as English does, and as Asian and Latin American
 * accounts often do). */
static bool euro_marks(const char *s, size_t n)
{
    bool comma3 = false, point3 = false;
    for (size_t i = 1; i + 3 < n; i++) {
        if ((s[i] != ',' && s[i] != '.') || !is_digit_byte(s[i - 1]) ||
            !is_digit_byte(s[i + 1]) || !is_digit_byte(s[i + 2]) || !is_digit_byte(s[i + 3]) ||
            (i + 4 < n && is_digit_byte(s[i + 4])))
            continue;
        if (s[i] == ',')
            comma3 = true;
        else
            point3 = true;
    }
    return point3 || !comma3;
}

/* A post in English that writes its figures the European way all the same:
 * a decimal comma before one or two digits ("DKK 2,1 mia.") and a point before
 * three ("2.200 m"), never a comma before three. */
static bool mixed_marks(const char *s, size_t n)
{
    bool comma3 = false, point3 = false, comma_dec = false;
    for (size_t i = 1; i + 1 < n; i++) {
        if ((s[i] != ',' && s[i] != '.') || !is_digit_byte(s[i - 1]) || !is_digit_byte(s[i + 1]))
            continue;
        size_t d = 0;
        while (i + 1 + d < n && is_digit_byte(s[i + 1 + d]))
            d++;
        if (d == 3 && s[i] == ',')
            comma3 = true;
        else if (d == 3)
            point3 = true;
        else if (d <= 2 && s[i] == ',' && (i + 1 + d == n || s[i + 1 + d] != ','))
            comma_dec = true;
    }
    return comma_dec && point3 && !comma3;
}

cite_status citep_find_quantities(struct citep_cx *cx, size_t a, size_t b)
{
    size_t k;
    cx->nums.euro = cx->foreign ? euro_marks(cx->d->text.s + a, b - a)
                                : cx->embed >= 0 && mixed_marks(cx->d->text.s + a, b - a);
    cite_status rc = citep_numbers_scan_into(cx->d->text.s + a, b - a, &cx->nums);
    if (rc == CITE_OK)
        rc = citep_numbers_express_into(cx->d->text.s + a, b - a, cx->nums.v, cx->nums.n,
                                        &cx->exprs);
    for (k = 0; k < cx->exprs.n && rc == CITE_OK; k++)
        rc = one_quantity(cx, a, &cx->exprs.v[k]);
    if (rc == CITE_OK)
        rc = word_quantities(cx);
    return rc;
}
