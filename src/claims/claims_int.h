/*
 * claims_int.h - private to src/claims: the word tokens the claim finders
 * share, and the finders themselves (quantities, places, dates, entities).
 */
#ifndef CITEP_CLAIMS_INT_H
#define CITEP_CLAIMS_INT_H
#include "claims.h"
#include "gazetteer.h"
#include "lemma.h"
#include "numbers.h"
#include "../core/wordset.h"

#define T_CAP 1u      /* first letter upper-case */
#define T_HASH 2u     /* a word of a segmented hashtag */
#define T_SENT 4u     /* first word of a sentence */
#define T_BREAK 8u    /* punctuation follows the word */
#define T_ALLCAPS 16u /* every letter upper-case */
#define T_STOP 32u    /* lw is a stop word (citep_is_stopword) */
#define T_MONTH 64u   /* lw names a month (citep_is_month) */
#define T_POSS 128u   /* a possessive: "NASA's" (a name ends there) */
#define T_DATE 256u   /* a date phrase may open here (see citep_date_openers) */

#define CITEP_CLAIMS_MAX_TOKENS 200000 /* per paragraph; the rest is ignored */
#define CITEP_CLAIMS_MAX 100000        /* claims per document */

struct citep_tok {
    size_t s, e;       /* in d->text (a hashtag's words share its span) */
    const char *o;     /* the word as written (in d->text or the arena) */
    size_t olen;
    char lw[CITEP_LEMMA_MAX]; /* lower-case word ("" when too long) */
    size_t lwn;        /* strlen(lw) */
    uint64_t key;      /* citep_wordkey of the word, or 0 (core/wordkey.h) */
    unsigned fl;
    int tag;           /* hashtag number within the paragraph, or -1 */
};

struct citep_ment;

struct citep_cx {
    cite_doc *d;
    const struct citep_gazetteer *g;
    int embed;               /* of the paragraph being read */
    bool foreign;            /* that paragraph is a post not in English (lang.h) */
    size_t para_claims;      /* d->claims.n when the paragraph began */
    const char *ref_date;    /* date that relative dates resolve against */
    CITEP_VEC(struct citep_tok) t;
    struct citep_ment *ment; /* post entity names (body paragraphs only) */
    struct citep_placeev *ev; /* names the document shows to be places */
    /* post entities of one capitalised word opening a sentence ("Eruption has
     * started"): dropped at the end if the body writes the word in lower case */
    CITEP_VEC(struct citep_lone {
        size_t claim;
        uint64_t key;
        bool seen;
    }) lone;
    const cite_entity **tags; /* the hashtags, by input offset */
    size_t ntags;
    const cite_entity **skips; /* URLs and mentions, by input offset */
    size_t nskips;
    size_t *skip_reach;       /* [k]: the furthest end of skips[0..k] */
    bool skip_ordered;        /* view order is input order (see para_skips) */
    struct citep_numbuf nums, exprs; /* a paragraph's numbers (quantity.c), reused */
};

/* Push a claim for the view range [s, e). Strings are copied to the arena. */
/* The name the gazetteer knows the place named so by (citep_gaz_canon: "Gent"
 * for "Ghent"), or name itself. A place claim whose value is its subject gets
 * this value. */
const char *citep_place_canon(const struct citep_cx *cx, const char *name);
cite_status citep_claim_add(struct citep_cx *cx, cite_claim_type type, const char *subject,
                            const char *value, size_t s, size_t e, double number,
                            double number_hi, const char *cmp);

/* Is token t's lower-case word in the set? */
static inline bool citep_tok_in(struct citep_wordset *ws, const struct citep_tok *t)
{
    return citep_wordset_find(ws, t->lw, t->lwn) != 0;
}

/* Is token t's lower-case word the string literal w? The length first, and no
 * strcmp call (lw holds no NUL before lwn). */
#define CITEP_LW_IS(t, w) \
    ((t)->lwn == sizeof(w) - 1 && !memcmp((t)->lw, (w), sizeof(w) - 1))

/* Does a locative word precede token k ("in the", "from the port of")? */
bool citep_locative_before(const struct citep_cx *cx, size_t k);

/* The town named by the capitalised words (or hashtag words) from token k, where
 * a town can be taken: a town's name is often a surname or a word too, so it
 * needs a locative word before it ("in Dover") or a hashtag ("#Dover").
 * Returns the number of tokens, or 0. */
size_t citep_town_at(const struct citep_cx *cx, size_t k, const struct citep_gaz_entry **out);

bool citep_is_stopword(const char *lw);
bool citep_is_month(const char *lw);

cite_status citep_find_quantities(struct citep_cx *cx, size_t a, size_t b);
cite_status citep_find_places(struct citep_cx *cx, bool dateline);
cite_status citep_find_dates(struct citep_cx *cx, size_t b);
cite_status citep_find_entities(struct citep_cx *cx);
/* Body mentions of the post entity names (claims [first, last) of d->claims):
 * build the name index once, then call citep_find_entity_mentions per body
 * paragraph with cx->ment set. */
cite_status citep_entity_index_new(const cite_doc *d, size_t first, size_t last,
                                   struct citep_ment **out);
void citep_entity_index_free(struct citep_ment *m);
cite_status citep_find_entity_mentions(struct citep_cx *cx);
/* Drop the cx->lone claims the body showed to be common words. */
void citep_drop_common_lone(struct citep_cx *cx);

/* Places the gazetteer does not know (placeev.c): note the evidence in each
 * paragraph's tokens (dateline: the paragraph opens with one), then, once all
 * paragraphs are read, turn entity claims and post hashtags with such names
 * into place claims and find the body's mentions of the posts' places. */
struct citep_placeev;
cite_status citep_placeev_new(size_t text_len, struct citep_placeev **out);
void citep_placeev_free(struct citep_placeev *ev);
cite_status citep_placeev_read(struct citep_cx *cx, bool dateline);
cite_status citep_placeev_apply(struct citep_cx *cx);
/* Has the document so far shown the name s[0..n) to be a place? */
bool citep_placeev_noted(const struct citep_placeev *ev, const char *s, size_t n);
/* Is token t a word that opens the name of a feature or a building, in
 * English or a language whose names put it first ("Mount", "Cerro", "Estadio")? */
bool citep_place_first_word(const struct citep_tok *t);
/* Do tokens [k, e) end with the words of a site ("Space Center", "Cosmodrome")? */
bool citep_site_end(const struct citep_cx *cx, size_t k, size_t e);
/* Is the place the gazetteer names (of kind kind) at tokens [k, k + len) a
 * vessel's or craft's name there ("the Aurora", "Manta 10-01")? */
bool citep_place_designation(const struct citep_cx *cx, size_t k, size_t len, char kind);

/* The prose of paragraph p when it is a body paragraph: view bytes [*a, *b). */
bool citep_body_range(const cite_doc *d, size_t p, size_t *a, size_t *b);
#endif
