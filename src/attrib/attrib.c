/*
 * attrib.c - attributions in article prose resolved into citations
 * (CONTRACT.md "citations"; kinds news_outlet, official, person, organization,
 * social_post, document, anonymous).
 *
 * Each prose paragraph is tokenised once; quote marks are paired inside the
 * paragraph (curly and straight mixed, unbalanced ones ignored) and sentences
 * never end inside a paired quote. A cue word ("said", "according to",
 * "stated by", "citing") then looks for its source next to it: the subject
 * clause before the verb, or the noun phrase after it. Every look-around is
 * bounded by a few tokens, so the stage is linear in the paragraph length
 * whatever the input (no full stop, thousands of "said").
 * Same source twice -> one citation with several spans; pronouns, short names
 * and "the ministry" refer back to recent citations.
 */
#include "attrib/attrib_int.h"
#include "attrib/dates.h"
#include "attrib/tokens.h"
#include "claims/gazetteer.h"
#include "core/wordset.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_SUBJECT 14     /* tokens in a subject before its verb */
#define MAX_APPOSITION 40  /* tokens between the commas of "X, <description>, said" */
#define MAX_OBJECT 12      /* tokens in a source after its cue */
#define MAX_AUX 4          /* "has also recently" between source and verb */
#define MAX_CITATIONS 100000
#define MAX_FIELD 600      /* bytes kept of a claim or quote */
#define COREF_WINDOW 64    /* citations looked back at for coreference */

/* A source found in the text, before it is merged into a citation. */
struct mention {
    size_t ns, ne;    /* source tokens */
    size_t rs, re;    /* role tokens (rs == re: none) */
    size_t as, ae;    /* tokens of the whole attribution phrase */
    const char *kind;
    int coref;        /* citation it refers back to, or -1 */
    const char *src;  /* source text when it is not tokens [ns, ne) (a full name) */
    const char *role; /* role text when src is given and the role is not [rs, re) */
};

/* A name the text gave something, with the noun that may later stand for it:
 * "space agency ISRO" (agency), "Costruzioni Valtellina, the company"
 * (company), or any company-shaped name ("Veltron Semiconductor"). */
#define ANTE_RING 32
#define ANTE_NOUN 16
struct ante {
    size_t a, b;            /* the name: text bytes */
    char noun[ANTE_NOUN];   /* folded noun, "" for a company by its shape */
};

struct wcit { /* a citation being built */
    const char *source, *kind, *role, *cue, *date, *date_text, *claim, *quote;
    char *key;
    int embed;
    CITEP_VEC(cite_span) spans; /* in the document's arena (see span_push) */
    size_t first;     /* input offset of the first mention, for ordering */
    bool declined;    /* only ever "declined to comment": no source (dropped) */
};

struct actx {
    cite_doc *d;
    const struct citep_outlets *o;
    struct toks tk;
    struct tinfo *ti; /* one per token of the paragraph */
    size_t ticap;
    char *fold;       /* the paragraph's words lower-cased, apostrophes straight */
    size_t foldcap;
    CITEP_VEC(struct wcit) cits;
    int *hash;        /* open addressing over cits by key; -1 empty */
    size_t hcap;
    size_t ss, se;    /* current sentence tokens */
    bool full;        /* MAX_CITATIONS reached */
    struct ante ante[ANTE_RING]; /* names "the company" may stand for, newest last */
    size_t nante;     /* names noted so far; the ring keeps the last ANTE_RING */
    size_t last_at;   /* text offset + 1 of the source last cited (0: none) */
    size_t last_person_at; /* the same for a person */
    struct {          /* the unnamed person last cited ("A bus driver ... said") */
        int idx;      /* citation, or -1 */
        size_t at;    /* text offset + 1 of the mention */
        size_t para;  /* para_no of its paragraph */
        bool plural;  /* "Two people familiar with ...": "they" */
    } anon;
    struct {          /* the outlet whose report a sentence goes on to give */
        size_t ss;    /* the sentence's first token + 1 (0: none) */
        size_t cue;   /* token after the outlet's cue */
    } report;
    struct {          /* the speaker whose words a sentence goes on to give */
        size_t ss;    /* the sentence's first token + 1 (0: none) */
        size_t cue;   /* token after the speaker's verb */
    } words;
    size_t para_no;   /* prose paragraphs read so far */
    bool declining;   /* the mention being added only declined to comment */
    struct {          /* the person last named as a sentence's subject, uncited there */
        const char *src, *role;
        size_t a, b;  /* text offsets of the name */
        size_t para;  /* para_no of its paragraph */
    } subj;
};

static const char K_OUTLET[] = "news_outlet", K_OFFICIAL[] = "official",
                  K_PERSON[] = "person", K_ORG[] = "organization",
                  K_POST[] = "social_post", K_DOC[] = "document", K_ANON[] = "anonymous";

/* ---- token helpers ---------------------------------------------------- */

static const struct tok *T(const struct actx *c, size_t i) { return &c->tk.v[i]; }

static unsigned LX(const struct actx *c, size_t i) { return c->ti[i].lx; }

/* Bytes of the text that may be read from offset off (its NUL too). */
static size_t avail_at(const struct actx *c, size_t off)
{
    return c->d->text.len + 1 - off;
}

/* Is token i the word w (lower case)? As citep_attr_tok_is, from the folded
 * copy. Inline so that, for a literal w, the length and the bytes compared are
 * constants. */
static inline bool tok_is(const struct actx *c, size_t i, const char *w)
{
    const struct tinfo *x = &c->ti[i];
    /* the first letter first: words from a list make strlen a call */
    if (T(c, i)->kind != TK_WORD || c->fold[x->fold] != w[0])
        return false;
    size_t n = strlen(w);
    return x->len == n && memcmp(c->fold + x->fold, w, n) == 0;
}

static inline bool is_w(const struct actx *c, size_t i, const char *w)
{
    return i < c->se && tok_is(c, i, w);
}

/* Is token i one of the n words w (lower case)? */
static bool is_w_in(const struct actx *c, size_t i, const char *const *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (is_w(c, i, w[k]))
            return true;
    return false;
}

/* Is w[0..n) ASCII letters only? (A folded word: no capitals.) */
static bool letters_only(const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if ((unsigned)(w[k] - 'a') >= 26u)
            return false;
    return true;
}

/* Can a date phrase start at word token i? A word of letters only opens
 * one when it is an opener (citep_date_scan would look it up and find
 * nothing else), so most words are answered here. */
static bool may_date(const struct actx *c, size_t i)
{
    const struct tinfo *w = &c->ti[i];
    return w->date || !letters_only(c->fold + w->fold, w->len);
}

static bool all_upper(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'A' || w[i] > 'Z')
            return false;
    return true;
}

/* Lexicon flags of word token t, whose own word has flags fl. */
static unsigned word_flags(const struct actx *c, const struct tok *t, unsigned fl)
{
    const char *w = c->d->text.s + t->s;
    size_t k = t->e - t->s;
    /* "WHO", "US", "IT": a function word in capitals is an acronym, a name */
    if ((fl & (LX_BOUND | LX_PRONOUN | LX_DET | LX_STOP | LX_AUX)) && t->cap && k >= 2 &&
        k <= 4 && all_upper(w, k))
        return 0;
    /* "NASA's inspector general": a body's possessive still names the body
     * (countries keep their own rules: "China's" is a modifier) */
    if (!(fl & ~LX_CUE) && k > 2 && (w[k - 1] | 32) == 's' && (w[k - 2] == '\'' || (k > 4 &&
        (unsigned char)w[k - 2] == 0x99 && (unsigned char)w[k - 3] == 0x80)))
        fl |= citep_lx(c->o, w, k - (w[k - 2] == '\'' ? 2 : 4)) & (LX_OFFICIAL | LX_ORG);
    return fl;
}

/* Fold every word of the paragraph and look it up once, so the rules, which
 * ask about the same few tokens again and again, only read the results. */
static cite_status annotate(struct actx *c, size_t bytes)
{
    size_t n = c->tk.n;
    /* 16 bytes of room past the last word: short words are folded 8 at a time */
    if (citep_vec_reserve((void **)&c->ti, &c->ticap, n ? n : 1, sizeof *c->ti) ||
        citep_vec_reserve((void **)&c->fold, &c->foldcap, bytes + 17, 1))
        return CITE_ENOMEM;
    /* the NUL may be read */
    citep_lx_words(c->o, c->d->text.s, c->d->text.len + 1, &c->tk, c->ti, c->fold, c->foldcap);
    for (size_t i = 0; i < n; i++)
        if (T(c, i)->kind == TK_WORD)
            c->ti[i].lx = word_flags(c, T(c, i), c->ti[i].lx);
    return CITE_OK;
}

static bool is_punct(const struct actx *c, size_t i) { return T(c, i)->kind != TK_WORD; }

static bool is_comma(const struct actx *c, size_t i)
{
    return T(c, i)->kind == TK_PUNCT && T(c, i)->ch == ',';
}

/* "-ed" words: "briefed", "released" (a past participle, or a past tense). */
static bool participle(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    return t->kind == TK_WORD && t->e - t->s > 3 && c->d->text.s[t->e - 1] == 'd' &&
           c->d->text.s[t->e - 2] == 'e';
}

/* ---- citations: keys, hash, coreference ------------------------------- */

static char *make_key(struct actx *c, const char *s)
{
    size_t n = strlen(s), k = 0;
    char *key = citep_arena_alloc(c->d->arena, n + 1);
    if (!key)
        return NULL;
    if (n > 4 && (s[0] == 't' || s[0] == 'T') && strncmp(s + 1, "he ", 3) == 0)
        s += 4, n -= 4;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        key[k++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    key[k] = '\0';
    return key;
}

static size_t hash_str(const char *s)
{
    size_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static cite_status hash_grow(struct actx *c)
{
    size_t cap = c->hcap ? c->hcap * 2 : 64;
    int *h = citep_malloc(cap * sizeof *h);
    if (!h)
        return CITE_ENOMEM;
    for (size_t i = 0; i < cap; i++)
        h[i] = -1;
    for (size_t i = 0; i < c->cits.n; i++) {
        if (!c->cits.v[i].key)
            continue;
        size_t p = hash_str(c->cits.v[i].key) & (cap - 1);
        while (h[p] >= 0)
            p = (p + 1) & (cap - 1);
        h[p] = (int)i;
    }
    citep_free(c->hash);
    c->hash = h;
    c->hcap = cap;
    return CITE_OK;
}

static int hash_find(const struct actx *c, const char *key)
{
    if (!c->hcap)
        return -1;
    size_t p = hash_str(key) & (c->hcap - 1);
    while (c->hash[p] >= 0) {
        if (strcmp(c->cits.v[c->hash[p]].key, key) == 0)
            return c->hash[p];
        p = (p + 1) & (c->hcap - 1);
    }
    return -1;
}

static cite_status hash_add(struct actx *c, int idx)
{
    if ((c->cits.n + 1) * 2 > c->hcap) /* rebuild includes idx */
        return hash_grow(c);
    size_t p = hash_str(c->cits.v[idx].key) & (c->hcap - 1);
    while (c->hash[p] >= 0)
        p = (p + 1) & (c->hcap - 1);
    c->hash[p] = idx;
    return CITE_OK;
}

/* Does the word w[0..n) occur as a whole word in s (case-insensitive)? */
static bool has_word(const char *s, const char *w, size_t n)
{
    size_t ls = strlen(s);
    for (size_t i = 0; i + n <= ls; i++) {
        if ((i > 0 && s[i - 1] != ' ') || (i + n < ls && s[i + n] != ' ' && s[i + n] != '\''))
            continue;
        size_t k = 0;
        while (k < n && ((s[i + k] | 32) == (w[k] | 32)))
            k++;
        if (k == n)
            return true;
    }
    return false;
}

/* A recent citation that a pronoun, short name or "the ministry" refers to. */
static int coref_find(const struct actx *c, size_t ti, unsigned lx, bool definite)
{
    const struct tok *t = T(c, ti);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s, lo = c->cits.n > COREF_WINDOW ? c->cits.n - COREF_WINDOW : 0;
    bool he = tok_is(c, ti, "he") || tok_is(c, ti, "she");
    bool it = tok_is(c, ti, "it");
    for (size_t i = c->cits.n; i-- > lo;) {
        const struct wcit *x = &c->cits.v[i];
        if (x->embed >= 0)
            continue;
        if (he && x->kind == K_PERSON)
            return (int)i;
        if (it && (x->kind == K_OFFICIAL || x->kind == K_ORG || x->kind == K_OUTLET))
            return (int)i;
        if (definite && (lx & LX_ANON) && x->kind == K_ANON)
            return (int)i;
        if (definite && (lx & LX_MEDIA) && x->kind == K_OUTLET)
            return (int)i;
        if (definite && !(lx & LX_MEDIA) && x->kind != K_PERSON && has_word(x->source, w, n))
            return (int)i;
        if (!definite && !he && !it && x->kind == K_PERSON && has_word(x->source, w, n))
            return (int)i;
        /* "according to Kestrel" after "Kestrel Mobile said": a company by its
         * first word */
        if (!definite && !he && !it && x->kind == K_ORG && n >= 3 &&
            strncasecmp(x->source, w, n) == 0 && x->source[n] == ' ' && t->cap)
            return (int)i;
    }
    return -1;
}

/* ---- classification of a source noun phrase --------------------------- */

static bool inner_and(const struct actx *c, size_t i);
static bool plural_possessive(const struct actx *c, size_t i);

/* Do the capitalised words of name start with the letters of acronym w
 * ("World Health Organization" for "WHO"; "of", "for", "and", "the" and
 * other lower-case words are passed over)? */
static bool initials_of(const char *name, const char *w, size_t n)
{
    size_t k = 0;
    for (const char *p = name; *p; p++) {
        if (p != name && p[-1] != ' ' && p[-1] != '-')
            continue;
        if (*p >= 'a' && *p <= 'z')
            continue;
        if (!(*p >= 'A' && *p <= 'Z'))
            return false;
        if (p == name && p[0] == 'T' && p[1] == 'h' && p[2] == 'e' && p[3] == ' ')
            continue;
        if (k == n || *p != w[k])
            return false;
        k++;
    }
    return k == n;
}

/* "the WHO said" after "the World Health Organization said": an acronym of
 * a body already cited, newest first. */
static int acronym_coref(const struct actx *c, size_t ti)
{
    const struct tok *t = T(c, ti);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s, lo = c->cits.n > COREF_WINDOW ? c->cits.n - COREF_WINDOW : 0;
    if (n < 2 || n > 6 || !all_upper(w, n))
        return -1;
    for (size_t i = c->cits.n; i-- > lo;) {
        const struct wcit *x = &c->cits.v[i];
        if (x->embed < 0 && x->kind != K_PERSON && initials_of(x->source, w, n))
            return (int)i;
    }
    return -1;
}


static bool name_tok(const struct actx *c, size_t i)
{
    unsigned f = LX(c, i);
    if (T(c, i)->kind != TK_WORD)
        return false;
    if (f & LX_PARTICLE)
        return true;
    return T(c, i)->cap && !(f & (LX_OFFICIAL | LX_ORG | LX_DOC | LX_TITLE | LX_MEDIA |
                                  LX_COUNTRY | LX_DET | LX_PRONOUN | LX_BOUND | LX_ANON));
}

/* All of [s, e) a personal or proper name (1..4 words, first and last
 * capitalised; lower-case particles come on top: "Annette M. van der Berg"). */
static bool name_like(const struct actx *c, size_t s, size_t e)
{
    struct citep_date_expr x;
    size_t parts = 0;
    for (size_t i = s; i < e && i < s + 7; i++)
        parts += T(c, i)->kind == TK_WORD && !T(c, i)->cap && (LX(c, i) & LX_PARTICLE);
    if (e <= s || e - s > 4 + (parts > 2 ? 2 : parts) || !T(c, s)->cap || !T(c, e - 1)->cap)
        return false;
    if (citep_date_scan(c->d->text.s + T(c, s)->s, T(c, s)->e - T(c, s)->s, &x))
        return false; /* "Saturday", "July" */
    for (size_t i = s; i < e; i++)
        if (!name_tok(c, i))
            return false;
    return true;
}

static unsigned range_flags(const struct actx *c, size_t s, size_t e)
{
    unsigned f = 0;
    for (size_t i = s; i < e; i++)
        f |= LX(c, i);
    return f;
}

static bool role_like(const struct actx *c, size_t s, size_t e)
{
    return e > s && e - s <= MAX_SUBJECT && (range_flags(c, s, e) & (LX_TITLE | LX_MEDIA));
}

static bool any_proper(const struct actx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (T(c, i)->kind == TK_WORD && T(c, i)->cap && !(LX(c, i) & (LX_DET | LX_PRONOUN)) &&
            !(i == c->ss && (LX(c, i) & (LX_ANON | LX_DOC))))
            return true;
    return false;
}

static int outlet_of(const struct actx *c, size_t s, size_t e)
{
    const struct tok *a = T(c, s), *b = T(c, e - 1);
    return citep_outlet_find_in(c->o, c->d->text.s + a->s, b->e - a->s, avail_at(c, a->s));
}

/* Whole phrase a country or capital ("China", "the Kremlin", "South Korea")? */
static bool country_phrase(const struct actx *c, size_t s, size_t e)
{
    if (e > s && is_w(c, s, "the"))
        s++;
    if (e <= s || e - s > 3)
        return false;
    const struct tok *a = T(c, s), *b = T(c, e - 1);
    return (citep_lx_in(c->o, c->d->text.s + a->s, b->e - a->s, avail_at(c, a->s)) &
            LX_COUNTRY) != 0;
}

/* A number that may stand inside a name ("Ocean 21 Logistics", "Il Sole 24
 * Ore", "660 News"): digits only, four at most. */
static bool digit_tok(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    size_t n = t->e - t->s;
    if (t->kind != TK_WORD || n > 4)
        return false;
    for (size_t k = 0; k < n; k++)
        if (c->d->text.s[t->s + k] < '0' || c->d->text.s[t->s + k] > '9')
            return false;
    return true;
}

/* A body's name with a number inside or after it: "Sakura 5 Ventures",
 * "Generation 2030". People's names have no numbers. */
static bool numbered_name(const struct actx *c, size_t s, size_t e)
{
    bool digit = false;
    if (e <= s + 1 || e - s > 5 || !T(c, s)->cap || digit_tok(c, s))
        return false;
    for (size_t i = s; i < e; i++) {
        if (digit_tok(c, i) && T(c, i - 1)->cap)
            digit = true;
        else if (!(T(c, i)->kind == TK_WORD && (T(c, i)->cap || (LX(c, i) & LX_PARTICLE))))
            return false;
    }
    return digit;
}

static bool possessive_tok(const struct actx *c, size_t i);

/* "Radio Azattyk", "Radio Free Europe": a station named by its medium's word
 * first, then capitalised words of no body. */
static bool station_name(const struct actx *c, size_t s, size_t e)
{
    if (e < s + 2 || e - s > 5 || !T(c, s)->cap || !(is_w(c, s, "radio") ||
                                                     is_w(c, s, "television")))
        return false;
    /* "Radio Free Europe's Balkan Service": a station's own service after
     * its possessive */
    bool own = false;
    for (size_t i = s + 1; i < e; i++) {
        if (T(c, i)->kind != TK_WORD || !T(c, i)->cap ||
            (!own && (LX(c, i) & (LX_OFFICIAL | LX_ORG | LX_MEDIA | LX_DET))))
            return false;
        own = own || (possessive_tok(c, i) && i + 1 < e);
    }
    return e - s <= 3 || own;
}

/* Unknown outlets by their shape: "Skai TV", "the Daily Courier". */
static bool media_name(const struct actx *c, size_t s, size_t e)
{
    static const char *const w[] = {"news", "times", "post", "herald", "journal", "gazette",
                                    "tribune", "tv", "radio", "chronicle", "observer",
                                    "courier", "inquirer", "monitor", "today", "magazine",
                                    "telegraph", "express", "standard", "review",
                                    "channel", "television", "fm", "cadena", "canal",
                                    "rádio", "televisión", "televisão", "broadcasting",
                                    /* "Muscat Daily", "Le Quotidien", "Süddeutsche Zeitung" */
                                    "daily", "weekly", "quotidien", "diario", "zeitung",
                                    "gazeta", "dagblad"};
    /* "Channel 4", "RTÉ Radio 1", "Cadena 3": a station's number ends its name */
    const char *d = c->d->text.s + T(c, e - 1)->s;
    size_t nd = T(c, e - 1)->e - T(c, e - 1)->s;
    if (e - s >= 2 && nd <= 3 && d[0] >= '0' && d[0] <= '9' && T(c, e - 2)->cap &&
        is_w_in(c, e - 2, w, sizeof w / sizeof w[0]))
        return true;
    if (e - s < 2 || !T(c, e - 1)->cap || !(T(c, e - 2)->cap || digit_tok(c, e - 2)))
        return false;
    if (station_name(c, s, e))
        return true;
    /* "the Daily Lantern", "the Weekly Bulletin": the medium's word first */
    size_t f = s + (is_w(c, s, "the") && e - s > 2);
    if ((is_w(c, f, "daily") || is_w(c, f, "weekly")) && T(c, f)->cap &&
        T(c, f + 1)->kind == TK_WORD && !(LX(c, f + 1) & (LX_OFFICIAL | LX_ORG)))
        return true;
    /* "the Post-Courier", "the Star-Tribune": the last part of a compound */
    const char *l = c->d->text.s + T(c, e - 1)->s, *h = NULL;
    for (const char *q = l; q < c->d->text.s + T(c, e - 1)->e; q++)
        h = *q == '-' ? q : h;
    if (h && h > l) {
        size_t n = (size_t)(c->d->text.s + T(c, e - 1)->e - h - 1);
        for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
            if (strlen(w[k]) == n && strncasecmp(h + 1, w[k], n) == 0)
                return true;
    }
    return is_w_in(c, e - 1, w, sizeof w / sizeof w[0]);
}

static bool suffix_tok(const struct actx *c, size_t i)
{
    unsigned f = LX(c, i);
    return T(c, i)->kind == TK_WORD && (T(c, i)->cap || (f & LX_PARTICLE)) &&
           !(f & (LX_DET | LX_PRONOUN | LX_BOUND | LX_TITLE | LX_MEDIA | LX_DOC));
}

static bool acronym_tok(const struct actx *c, size_t i);

/* Split "China's defense minister Li Shangfu", "cybersecurity firm Kestrel
 * Labs" into role + name: a lower-case descriptor, then a capitalised name. */
static bool split_role(const struct actx *c, struct mention *m)
{
    size_t e = m->ne, s = e;
    if (station_name(c, m->ns, m->ne))
        return false;
    /* "Radio Free Europe's Balkan Service": a capitalised medium's word
     * opening a name is the name's */
    size_t n0 = m->ns + (is_w(c, m->ns, "the") && m->ne > m->ns + 1);
    if (n0 + 1 < m->ne && T(c, n0)->cap && (is_w(c, n0, "radio") || is_w(c, n0, "television")) &&
        T(c, n0 + 1)->cap && T(c, n0 + 1)->kind == TK_WORD && !(LX(c, n0 + 1) & LX_MEDIA) &&
        (n0 > c->ss || m->ne > n0 + 2))
        return false;
    /* "the radio station W Radio": a medium's word may end the name itself;
     * "PT Zamzam 99 Wisata", "the station 660 News": a number inside a name */
    while (s > m->ns && e - s < 5 &&
           (suffix_tok(c, s - 1) ||
            (s == e && s - 1 > m->ns && T(c, s - 1)->cap && (LX(c, s - 1) & LX_MEDIA) &&
             (suffix_tok(c, s - 2) || digit_tok(c, s - 2))) ||
            (digit_tok(c, s - 1) && s - 1 > m->ns && T(c, s - 2)->kind == TK_WORD &&
             T(c, s - 2)->cap && !(LX(c, s - 2) & LX_DET)) ||
            /* "Channel 4", "RTÉ Radio 1": the medium's word before the number */
            (s < e && digit_tok(c, s) && T(c, s - 1)->cap && (LX(c, s - 1) & LX_MEDIA)) ||
            /* "the Daily Monitor": a capitalised medium's word right after the
             * article opens the name */
            (s < e && s - 1 == m->ns + 1 && T(c, s - 1)->cap && (LX(c, s - 1) & LX_MEDIA) &&
             is_w(c, m->ns, "the")) ||
            /* "the newspaper Daily Mirror": a medium's word opening the name */
            (s < e && s - 1 > m->ns && T(c, s - 1)->cap && (LX(c, s - 1) & LX_MEDIA) &&
             T(c, s - 2)->kind == TK_WORD && !T(c, s - 2)->cap &&
             (LX(c, s - 2) & LX_MEDIA))))
        s--;
    if (s < e && s > m->ns && digit_tok(c, s - 1) && T(c, s)->cap && (LX(c, s) & LX_MEDIA))
        s--; /* "the station 660 News": a number opens a station's name */
    while (s < e && (LX(c, s) & LX_PARTICLE) && !T(c, s)->cap)
        s++; /* "the newspaper El Universal" keeps its article */
    static const char *const preps[7] = {"of", "for", "from", "by", "at", "with", "in"};
    if (s == e || s == m->ns || inner_and(c, s - 1) || plural_possessive(c, s - 1))
        return false;
    /* "the Prosecutor General's Office", "the Auditor General's Department": a
     * title's possessive before a body's word is the body's name */
    if (T(c, s - 1)->cap && (LX(c, s - 1) & LX_TITLE) && possessive_tok(c, s) &&
        T(c, s)->cap && s + 1 < e && T(c, s + 1)->cap &&
        (range_flags(c, s + 1, e) & (LX_OFFICIAL | LX_ORG)))
        return false;
    /* "a group calling itself Black Lotus": the name is only what they call
     * themselves; the source is the group as the text gives it */
    if (is_w(c, s - 1, "itself") || is_w(c, s - 1, "themselves"))
        return false;
    /* "the national Security Ministry": a bare adjective of government is
     * part of the body's name, not a role */
    if (s - 1 == m->ns + 1 && (LX(c, m->ns) & LX_DET) &&
        (is_w(c, s - 1, "national") || is_w(c, s - 1, "federal") || is_w(c, s - 1, "state") ||
         is_w(c, s - 1, "central") || is_w(c, s - 1, "provincial") ||
         is_w(c, s - 1, "regional")) &&
        (range_flags(c, s, e) & LX_OFFICIAL))
        return false;
    /* "Palma per Viure", "Ruiz y Vega": a short lower-case word between
     * capitalised words is the name's own */
    if (s - 1 > m->ns && !T(c, s - 1)->cap && T(c, s - 1)->e - T(c, s - 1)->s <= 3 &&
        T(c, s - 2)->kind == TK_WORD && T(c, s - 2)->cap && !(LX(c, s - 1) & LX_TITLE) &&
        !(LX(c, s - 2) & LX_DET))
        return false; /* "the Securities and | Exchange Commission", "the Finnish Paper
                       * Workers' | Union" are one name each */
    /* "a spokesperson for the Securities ...": the name is a complement */
    size_t p = s - 1 > m->ns && (LX(c, s - 1) & LX_DET) ? s - 2 : s - 1;
    for (int k = 0; k < 7; k++)
        if (is_w(c, p, preps[k]))
            return false;
    unsigned last = LX(c, s - 1);
    /* "the state weather bureau PAGASA": a body's noun before its acronym */
    bool descr = role_like(c, m->ns, s) ||
                 (T(c, s - 1)->kind == TK_WORD && !T(c, s - 1)->cap &&
                  !(last & (LX_DET | LX_PARTICLE | LX_BOUND | LX_STOP | LX_OFFICIAL | LX_ANON))) ||
                 (s + 1 == e && (last & LX_OFFICIAL) && !(last & LX_ANON) &&
                  !T(c, s - 1)->cap && acronym_tok(c, s));
    if (!descr)
        return false;
    m->rs = m->ns, m->re = s, m->ns = s;
    return true;
}

/* Words of a portfolio named after a title: "Minister of Civil Defence",
 * "Secretary of State", "Councillor for Housing and Planning". */
static const char *const portfolio[] = {
    "health", "defence", "defense", "civil", "foreign", "affairs", "interior", "home",
    "finance", "economy", "economic", "education", "justice", "labour", "labor",
    "employment", "agriculture", "environment", "transport", "transportation", "energy",
    "trade", "industry", "culture", "tourism", "housing", "water", "mines", "works",
    "planning", "security", "development", "communications", "information", "sport",
    "sports", "youth", "women", "family", "social", "welfare", "public", "state",
    "national", "natural", "resources", "fisheries", "forestry", "infrastructure",
    "commerce", "and", "&", "the", "immigration", "digital", "science", "technology",
    "rural", "urban", "territorial", "regional", "local", "government", "budget",
    "sanitation", "irrigation", "veterans", "lands", "roads", "highways", "aviation",
    "maritime", "ports", "mining", "oil", "gas", "petroleum", "telecommunications", "media",
    "arts", "heritage", "children", "disability", "equality", "relations", "cooperation",
    "international", "external", "internal", "human", "rights", "climate", "emergency",
    "emergencies", "management", "disaster", "reconstruction", "utilities", "innovation",
    "research", "enterprise", "investment", "consumer", "protection", "competition",
    "food", "land", NULL};
CITEP_WORDSET(portfolio_set, portfolio, 256);

static bool tok_in(const struct actx *c, size_t i, struct citep_wordset *set);
static bool company_name(const struct actx *c, size_t s, size_t e);

/* "Vice Minister of Civil Defence Juan Carlos Mamani", "Deputy Minister of
 * Health Rosa Quispe": a capitalised title with its portfolio, then the
 * person. The portfolio's words are known, so the name starts at the first
 * word that is none of them; the title is the person's role. */
static bool split_title_of(const struct actx *c, struct mention *m)
{
    size_t t = m->ns;
    while (t < m->ne && t < m->ns + 3 && !(T(c, t)->cap && (LX(c, t) & LX_TITLE)))
        t++;
    if (t >= m->ne || !T(c, t)->cap)
        return false;
    while (t + 1 < m->ne && T(c, t + 1)->cap && (LX(c, t + 1) & LX_TITLE))
        t++; /* "Vice Minister", "Deputy Prime Minister" */
    if (t + 3 >= m->ne || !(is_w(c, t + 1, "of") || is_w(c, t + 1, "for")))
        return false;
    size_t n = t + 2;
    /* ("Minister for Climate, Energy and Utilities": fields listed with commas) */
    while (n < m->ne && ((T(c, n)->kind == TK_WORD && tok_in(c, n, &portfolio_set)) ||
                         (is_comma(c, n) && n > t + 2)))
        n++;
    if (n == t + 2 || m->ne - n < 2 || m->ne - n > 4 || !name_like(c, n, m->ne) ||
        company_name(c, n, m->ne))
        return false;
    m->rs = m->ns, m->re = n, m->ns = n;
    return true;
}

/* Company names by their last word ("Hokkaido Electric Power") or first word
 * ("Costruzioni Valtellina"). */
static const char *const company_last[] = {
    "power", "electric", "energy", "motors", "airlines", "airways", "apparel",
    "shipping", "holdings", "group", "capital", "advisors", "advisers", "partners",
    "construction", "agritech", "pharma", "pharmaceuticals", "foods", "labs",
    "technologies", "systems", "industries", "mining", "minerals", "resources",
    "petroleum", "steel", "cement", "railways", "logistics", "telecom", "insurance",
    "ventures", "electronics", "semiconductor", "software", "solutions",
    "entertainment", "studios", "brands", "chemicals", "materials", "metals",
    "networks", "communications", "therapeutics", "biotech", "enterprises", "corp",
    "inc", "ltd", "plc", "llc", "gmbh", "ag", "spa", "sa", "bv", "nv", "oyj", "asa",
    "co", "hynix", "motor", "automotive", "aerospace", "dynamics", "robotics",
    /* a commodity a company deals in: "Khan River Uranium" (not "Gold", a surname) */
    "uranium", "copper", "lithium", "nickel", "coal", "oil", "gas",
    "diamonds", "platinum", "zinc", "potash", "phosphate", "aluminium", "aluminum",
    "trails", "tours", "travel", "hotels", "resorts", "farms", "dairy", "textiles",
    /* the same words in the languages of names news carries as written */
    "industri", "industria", "industrie", "aéreas", "aereas", "transportes", "mineração",
    "mineracao", "logística", "logistica", "energia", "energía", "seguros", "holding",
    "srl", "sl", "ab", "as", "a/s", "oy", "kk", "tbk", "bhd", "pte", NULL};
/* First words of bodies' names in other languages: "Casa Verlani", "Camera
 * Nazionale della Moda Italiana", "Comité de Defensa ...". */
static const char *const company_first[] = {
    "costruzioni", "compagnie", "grupo", "gruppo", "banco", "banca", "societe", "société",
    "casa", "camera", "associação", "associacao", "associazione", "asociación", "asociacion",
    "association", "comité", "comite", "comitato", "consejo", "conselho", "confederación",
    "confederazione", "federación", "federazione", "fédération", "sindicato", "sindacato",
    "syndicat", "instituto", "istituto", "fundación", "fundação", "fondazione", "empresa",
    "sociedad", "società", "companhia", "compañía", "compagnia", "aerolíneas", "aerolineas",
    "observatoire", "observatorio", "observatório", "osservatorio",
    "industrias", "stichting", "vereniging", "unión", "união", "unione", "partido",
    "partito", "pt", "cv", NULL};

CITEP_WORDSET(company_last_set, company_last, 256);
/* A company's legal form after its name: "Pohjola Board Oyj", "Nordex SE". */
static const char *const legal[] = {"oyj", "inc", "ltd", "plc", "llc", "gmbh", "ag", "sa",
                                    "se", "nv", "bv", "asa", "a/s", "ab", "spa", "srl",
                                    "corp", "bhd", "tbk", NULL};
CITEP_WORDSET(legal_set, legal, 64);
CITEP_WORDSET(company_first_set, company_first, 128);

/* Is word token i one of the words of set? */
static bool tok_in(const struct actx *c, size_t i, struct citep_wordset *set)
{
    return citep_wordset_find(set, c->fold + c->ti[i].fold, c->ti[i].len) != 0;
}

/* "Rovuma Coastal LNG", "Pacific Rim IT": a name ending in capitals other
 * than a roman numeral or a person's honours ("MP", "QC") is a company's. */
static bool acronym_last(const struct actx *c, size_t i)
{
    static const char *const honours[] = {"mp", "qc", "kc", "mep", "mla", "msp", "obe",
                                          "mbe", "cbe", "kbe", "jr", "sr", "md", "rn"};
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s, roman = 0;
    if (t->kind != TK_WORD || n < 2 || n > 5 || !all_upper(w, n) ||
        is_w_in(c, i, honours, sizeof honours / sizeof *honours))
        return false;
    for (size_t k = 0; k < n; k++)
        roman += w[k] == 'I' || w[k] == 'V' || w[k] == 'X';
    return roman < n;
}

/* A name that ends like a company's: "Hokkaido Electric Power", "Kaveri
 * Agritech", "Costruzioni Valtellina" (a first word of that sort too). */
static bool company_name(const struct actx *c, size_t s, size_t e)
{
    if (e - s < 2)
        return false;
    /* "JR Hokkaido", "SK Hynix": an acronym opens a company's name, not a person's */
    const struct tok *t0 = T(c, s);
    size_t l0 = t0->e - t0->s, caps = 0;
    for (size_t i = 0; i < l0; i++)
        caps += c->d->text.s[t0->s + i] >= 'A' && c->d->text.s[t0->s + i] <= 'Z';
    if (l0 >= 2 && l0 <= 5 && caps == l0)
        return true;
    if (acronym_last(c, e - 1))
        return true;
    return tok_in(c, e - 1, &company_last_set) || tok_in(c, s, &company_first_set);
}

/* Kind of a name split from its descriptor. */
static const char *split_kind(const struct actx *c, const struct mention *m)
{
    unsigned rf = range_flags(c, m->rs, m->re), nf = range_flags(c, m->ns, m->ne);
    if (outlet_of(c, m->ns, m->ne) >= 0 || media_name(c, m->ns, m->ne) ||
        ((rf & LX_MEDIA) && !(rf & LX_TITLE)))
        return K_OUTLET;
    if (rf & LX_TITLE)
        return K_PERSON;
    if ((rf | nf) & LX_ORG)
        return K_ORG;
    /* "the state weather bureau PAGASA": a state body's own name */
    if ((nf & LX_OFFICIAL) || ((rf & LX_OFFICIAL) && !(rf & LX_ANON)))
        return K_OFFICIAL;
    return m->ne - m->ns >= 2 && name_like(c, m->ns, m->ne) && !company_name(c, m->ns, m->ne)
               ? K_PERSON
               : K_ORG;
}

/* "led by", "compiled by": a participle with its agent after it. */
static bool agent_participle(const struct actx *c, size_t i)
{
    static const char *const w[] = {"led", "run", "made", "written", "held", "paid", "done",
                                    "drawn", "taken", "given", "set", "built", "kept"};
    return is_w(c, i + 1, "by") && (participle(c, i) || is_w_in(c, i, w, sizeof w / sizeof *w));
}

/* "sources familiar with", "officials", "a union official", "economists at
 * ING": unnamed people, judged by the head noun before any prepositional tail. */
static bool demonym_tok(const struct actx *c, size_t i);

/* Is token i a sentence's first word, capitalised only as such: a frequent
 * English word the lexicon has no body, place or outlet for? */
static bool common_opening(const struct actx *c, size_t i)
{
    const struct citep_gazetteer *g = c->d->parser ? c->d->parser->gaz : NULL;
    const struct tinfo *x = &c->ti[i];
    char w[32];
    if (!g || i != c->ss || !T(c, i)->cap || T(c, i)->kind != TK_WORD || x->len >= sizeof w ||
        (LX(c, i) & (LX_ORG | LX_OFFICIAL | LX_COUNTRY | LX_MEDIA)) || demonym_tok(c, i))
        return false;
    memcpy(w, c->fold + x->fold, x->len);
    w[x->len] = '\0';
    return citep_word_rank(g, w) != SIZE_MAX;
}

static bool anon_phrase(const struct actx *c, size_t s, size_t e)
{
    static const char *const marks[5] = {"familiar", "anonymity", "unnamed", "anonymous",
                                         "aware"};
    static const char *const tails[8] = {"of", "at", "from", "in", "with", "for", "close", "who"};
    for (size_t i = s; i < e; i++)
        for (int k = 0; k < 5; k++)
            if (is_w(c, i, marks[k]))
                return true;
    size_t h = s;
    for (; h < e; h++) {
        /* "a large trial led by researchers": what they led is the head */
        if (h > s && agent_participle(c, h))
            break;
        bool tail = false;
        for (int k = 0; k < 8 && !tail; k++)
            tail = is_w(c, h, tails[k]);
        if (tail)
            break;
    }
    /* ("Insurance industry analysts estimate": a sentence's capital on a
     * common word is no name) */
    return h > s && (LX(c, h - 1) & LX_ANON) &&
           !any_proper(c, s + (h > s + 1 && common_opening(c, s)), h);
}

/* The whole phrase (without "the") in the lexicon: "Doctors Without Borders". */
static unsigned phrase_flags(const struct actx *c, size_t s, size_t e)
{
    if (e - s > 1 && is_w(c, s, "the"))
        s++;
    const struct tok *a = T(c, s), *b = T(c, e - 1);
    if (e - s <= 1)
        return 0;
    return citep_lx_in(c->o, c->d->text.s + a->s, b->e - a->s, avail_at(c, a->s));
}

/* "of", "for", "near"...: the words with LX_PREP in the lexicon. */
static bool is_prep(const struct actx *c, size_t i)
{
    return i < c->se && T(c, i)->kind == TK_WORD && (LX(c, i) & LX_PREP);
}

/* A word not in the lexicon that names a person by its ending: "customer",
 * "teacher", "inspector", "economist", "librarian", "fisherman". */
static bool person_noun(const struct actx *c, size_t i)
{
    static const char *const ends[] = {"er", "or", "ist", "ian", "man", "woman", "men",
                                       "hand", "hands", "smith"}; /* "deckhand", "locksmith" */
    /* people nouns without those endings, singular (a plural adds "s") */
    static const char *const words[] = {
        "trustee", "relative", "resident", "employee", "witness", "colleague", "nurse",
        "aide", "pilot", "clerk", "expert", "diplomat", "insider", "executive", "delegate",
        "candidate", "patient", "victim", "veteran", "priest", "deputy", "consultant",
        "agent", "attendant", "assistant", "participant", "tenant", "volunteer",
        "student", "parent", "mother", "father", "guard", "local", "neighbour", "neighbor",
        "analyst", "economist", "engineer", "investigator", "source", "mechanic",
        "teammate", "guide", "friend", "son", "daughter", "wife", "husband", "brother",
        "sister", "widow", "cousin", "niece", "nephew"};
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s;
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
        n--; /* "managers", "senators", "trustees" */
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l + 2 && strncmp(w + n - l, ends[k], l) == 0)
            return true;
    }
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strlen(words[k]) == n && strncasecmp(w, words[k], n) == 0)
            return true;
    return false;
}

/* Only lower-case words after the determiner at s ("one regular customer",
 * "a former compliance officer"), and the head noun is not an institution or a
 * document: an unnamed person. Spokespeople are the exception (their words are
 * their body's: official). */
/* A capitalised adjective of nationality: "Ukrainian", "Polish", "Chinese". */
static bool demonym_tok(const struct actx *c, size_t i)
{
    static const char *const ends[] = {"an", "ish", "ese", "ian", "ic", "i"};
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s;
    if (t->kind != TK_WORD || !t->cap || n < 4 || (LX(c, i) & ~LX_COUNTRY))
        return false;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l + 2 && memcmp(w + n - l, ends[k], l) == 0)
            return true;
    }
    return false;
}

/* "London-based", "Paris-born": a name made an adjective by a lower-case
 * word after its hyphen. */
static bool hyphen_adjective(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s, *h = memchr(w, '-', t->e - t->s);
    return h && h + 1 < c->d->text.s + t->e && h[1] >= 'a' && h[1] <= 'z';
}

static bool ing_word(const struct actx *c, size_t i);

static const char *unnamed_person(const struct actx *c, size_t s, size_t e)
{
    static const char *const indef[] = {"a", "an", "one", "two", "three", "several",
                                        "some", "many", "another", "four", "five"};
    size_t h = s + 1, h0 = s + 1;
    /* "Two U.N. officials told": officials counted but not named */
    static const char *const count[] = {"two", "three", "four", "five", "several"};
    if (e - s >= 2 && e - s <= 4 && is_w(c, e - 1, "officials") &&
        is_w_in(c, s, count, sizeof count / sizeof count[0]))
        return K_ANON;
    /* "two officials involved in the negotiations", "two officials at the
     * Ministry of Transport": the same, whatever follows the head */
    if (is_w_in(c, s, count, sizeof count / sizeof count[0]))
        for (size_t k = s + 1; k < e && k < s + 4 && T(c, k)->kind == TK_WORD &&
                               !(LX(c, k) & (LX_PREP | LX_BOUND | LX_STOP));
             k++)
            if (is_w(c, k, "officials"))
                return K_ANON;
    /* "one of the injured drivers": the people are named after "of the" (a bare
     * "one of the people" points back at people cited before) */
    if ((e - s > 4 || (e - s == 4 && person_noun(c, s + 3))) && is_w(c, s + 1, "of") &&
        (LX(c, s + 2) & LX_DET) && !is_w(c, s, "a") && !is_w(c, s, "an"))
        h = h0 = s + 3; /* ("one of the workers": 'workers' says who) */
    /* "a soldier taking part in the search": a participle after the person's
     * noun ends the head as "briefed" does */
    while (h < e && !is_prep(c, h) && !is_w(c, h, "close") && !(h > h0 && participle(c, h)) &&
           !(h > h0 && ing_word(c, h) && person_noun(c, h - 1)))
        h++;
    if (h <= h0)
        return NULL;
    unsigned hf = LX(c, h - 1);
    bool definite = is_w(c, s, "the");
    bool indefinite = false;
    for (size_t k = 0; k < sizeof indef / sizeof indef[0]; k++)
        indefinite = indefinite || is_w(c, s, indef[k]);
    /* "a guard at the prison", "two soldiers": one of a body's people, unnamed */
    if (indefinite && h == h0 + 1 && (hf & LX_OFFICIAL) && !(hf & (LX_TITLE | LX_ORG)) &&
        !T(c, h - 1)->cap && person_noun(c, h - 1))
        return K_ANON;
    if (hf & (LX_OFFICIAL | LX_ORG | LX_DOC | LX_MEDIA | LX_PRONOUN | LX_COUNTRY | LX_SAY))
        return NULL;
    if (!definite && !indefinite)
        return NULL;
    if (definite) /* "the regional governor": one office holder; "the owner" */
        return !(hf & LX_TITLE) || any_proper(c, s, e) ? NULL
               : (hf & LX_PUBLIC)                      ? K_OFFICIAL
                                                       : K_ANON;
    /* "a U.S. Navy official", "a Western diplomat": the head says a person */
    if (hf & (LX_TITLE | LX_ANON))
        return K_ANON;
    /* "a Ukrainian lorry driver": a demonym is no name, nor is "London-based" */
    for (size_t i = s; i < h; i++)
        if (T(c, i)->cap && i > s && !(LX(c, i) & LX_COUNTRY) && !demonym_tok(c, i) &&
            !hyphen_adjective(c, i))
            return NULL;
    return person_noun(c, h - 1) ? K_ANON : NULL;
}

/* "International ...", "World ...": bodies of many states are organisations,
 * not any one government, whatever their head noun ("agency", "court"). */
static bool intergovernmental(const struct actx *c, size_t s, size_t e)
{
    if (e - s > 1 && is_w(c, s, "the"))
        s++;
    /* "the African Union Commission", "the European Union's observers": the
     * unions of states are bodies of many states too */
    return e - s >= 2 && (is_w(c, s, "international") || is_w(c, s, "world") ||
                          is_w(c, s, "u.n.") || (is_w(c, s, "un") && T(c, s)->cap) ||
                          (is_w(c, s, "united") && is_w(c, s + 1, "nations")) ||
                          ((is_w(c, s, "african") || is_w(c, s, "european")) &&
                           e - s >= 3 && T(c, s + 1)->cap && is_w(c, s + 1, "union")));
}

static bool article_opening(const struct actx *c, size_t i)
{
    static const char *const w[] = {"el", "la", "le", "los", "las", "les", "il", "die", "der"};
    return is_w_in(c, i, w, sizeof w / sizeof w[0]);
}

/* "the state-run Anadolu Agency": how an outlet is owned is no part of its
 * name. The first token of the name after such a word, or s. */
static size_t after_ownership(const struct actx *c, size_t s, size_t e)
{
    size_t i = s;
    if (i + 2 < e && (LX(c, i) & LX_DET))
        i++;
    if (i + 1 < e && (is_w(c, i, "state-run") || is_w(c, i, "state-owned") ||
                      is_w(c, i, "state-controlled") || is_w(c, i, "government-run") ||
                      is_w(c, i, "state")))
        return i + 1;
    return s;
}

/* A word with a possessive "'s" ("Egypt's", "the union's"). */
static bool possessive_tok(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    const unsigned char *w = (const unsigned char *)c->d->text.s + t->s;
    size_t n = t->e - t->s;
    return t->kind == TK_WORD && n > 2 && w[n - 1] == 's' &&
           (w[n - 2] == '\'' || (n > 4 && w[n - 2] == 0x99 && w[n - 3] == 0x80 && w[n - 4] == 0xE2));
}

/* Is the token a country's possessive ("Panama's")? */
static bool country_possessive(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s, k = 0;
    if (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'')
        k = 2;
    else if (n > 4 && w[n - 1] == 's' && (unsigned char)w[n - 2] == 0x99 &&
             (unsigned char)w[n - 3] == 0x80 && (unsigned char)w[n - 4] == 0xE2)
        k = 4;
    if (!k)
        return false;
    if (citep_lx_in(c->o, w, n - k, avail_at(c, t->s)) & LX_COUNTRY)
        return true;
    const struct citep_gazetteer *g = c->d->parser ? c->d->parser->gaz : NULL;
    const struct citep_gaz_entry *x = g ? citep_gaz_find(g, w, n - k) : NULL;
    return x && x->kind == 'n';
}

/* A state's own body, named as a body otherwise is: a central bank ("the
 * Central Bank of Sri Lanka", "the Reserve Bank of India"; a "National Bank"
 * is often a company), or an institute,
 * agency or office after a country's possessive ("Panama's Institute of
 * Meteorology and Hydrology"). */
static const char *const state_head[] = {
    "institute", "center", "centre", "service", "agency", "office", "authority",
    "commission", "bureau", "board", "survey", "administration",
    "system", /* "the National System of Conservation Areas" */
    NULL};
CITEP_WORDSET(state_head_set, state_head, 32);

/* "the National Electoral Institute", "the U.S. National Hurricane Center",
 * "the State Institute for Drug Control": a national or state institute,
 * centre, office or service is the state's (a "National ... Association" or
 * "Union" stays an organisation, as the head is not in the list). */
static bool national_body(const struct actx *c, size_t s, size_t e)
{
    size_t k = s + (e > s + 1 && is_w(c, s, "the"));
    if (k + 1 < e &&
        ((LX(c, k) & LX_COUNTRY) || demonym_tok(c, k) || country_possessive(c, k)))
        k++;
    if (k + 1 >= e || !T(c, k)->cap ||
        !(is_w(c, k, "national") || is_w(c, k, "state") || is_w(c, k, "federal")))
        return false;
    for (size_t i = k + 1; i < e && T(c, i)->kind == TK_WORD && !is_prep(c, i); i++)
        if (T(c, i)->cap && tok_in(c, i, &state_head_set) && !company_name(c, k, e))
            return true;
    return false;
}

/* Heads of a state's own agency named for its country: "the U.S. Geological
 * Survey", "the Securities and Exchange Board of India" (not "institute" or
 * "centre": many a country's institute is a university's or a company's). */
static const char *const agency_head[] = {
    "survey", "board", "agency", "authority", "commission", "bureau", "administration",
    "service", "office", "directorate", "inspectorate", NULL};
CITEP_WORDSET(agency_head_set, agency_head, 32);

/* A country's name, then capitalised words ending in such a head; or such a
 * head, then "of" and a country. */
static bool country_agency(const struct actx *c, size_t s, size_t e)
{
    size_t k = s + (e > s + 1 && is_w(c, s, "the"));
    if (e >= k + 3 && is_w(c, e - 2, "of") && (LX(c, e - 1) & LX_COUNTRY) &&
        T(c, e - 3)->cap && tok_in(c, e - 3, &agency_head_set))
        return !company_name(c, k, e - 2);
    if (e < k + 3 || !(LX(c, k) & LX_COUNTRY) || !T(c, e - 1)->cap ||
        !tok_in(c, e - 1, &agency_head_set) || company_name(c, k, e))
        return false;
    for (size_t i = k + 1; i < e; i++)
        if (T(c, i)->kind != TK_WORD || !T(c, i)->cap)
            return false;
    return true;
}

/* "the National Transportation Safety Committee", "the Nuclear Safety
 * Commission", "the Air Accident Investigation Board": a committee, board
 * or bureau named for safety, investigation or regulation oversees for the
 * state. */
static bool oversight_body(const struct actx *c, size_t s, size_t e)
{
    if (e < s + 3 || !T(c, e - 1)->cap ||
        !(is_w(c, e - 1, "committee") || is_w(c, e - 1, "board") ||
          is_w(c, e - 1, "commission") || is_w(c, e - 1, "bureau")))
        return false;
    for (size_t i = s; i + 1 < e; i++)
        if (T(c, i)->cap && (is_w(c, i, "safety") || is_w(c, i, "investigation") ||
                             is_w(c, i, "regulatory")))
            return !company_name(c, s, e);
    return false;
}

static bool state_body(const struct actx *c, size_t s, size_t e)
{
    if (national_body(c, s, e) || country_agency(c, s, e) || oversight_body(c, s, e))
        return true;
    for (size_t i = s; i + 1 < e; i++)
        if ((is_w(c, i, "central") || is_w(c, i, "reserve")) &&
            T(c, i)->cap && is_w(c, i + 1, "bank"))
            return true;
    size_t k = s + (e > s + 1 && is_w(c, s, "the"));
    return k + 1 < e && country_possessive(c, k) && T(c, k + 1)->cap &&
           (LX(c, k + 1) & LX_ORG) && !company_name(c, k + 1, e);
}

/* "mbl.is", "Vlast.kz": a word shaped like a web domain (the tokeniser keeps
 * a dot before two to four lower-case letters inside a word). */
static bool domain_tok(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s, *dot = NULL;
    for (const char *p = w; p < c->d->text.s + t->e; p++)
        dot = *p == '.' ? p : dot;
    return t->kind == TK_WORD && dot && dot > w && c->d->text.s + t->e - dot >= 3 &&
           dot[1] >= 'a' && dot[1] <= 'z';
}

/* "the newspaper Lietuvos rytas", "the sports daily Sportski žurnal": a
 * title in another language goes on in lower case; its word there is none of
 * the lexicon's and no frequent English word. */
static bool foreign_tail(const struct actx *c, size_t i)
{
    const struct citep_gazetteer *g = c->d->parser ? c->d->parser->gaz : NULL;
    char w[32];
    size_t n = T(c, i)->e - T(c, i)->s;
    if (!g || T(c, i)->kind != TK_WORD || T(c, i)->cap || LX(c, i) || n < 3 || n >= sizeof w)
        return false; /* ("yesterday", "today": frequent English words) */
    memcpy(w, c->d->text.s + T(c, i)->s, n); /* lower case already (not capitalised) */
    w[n] = '\0';
    if (n > 2 && (memcmp(w + n - 2, "ly", 2) == 0 || memcmp(w + n - 2, "ed", 2) == 0))
        return false; /* "the daily Blic recently", "... reported" */
    return citep_word_rank(g, w) == SIZE_MAX;
}

/* "the news site 15min", "the daily 24sata": a medium's name may open with
 * digits and go on in lower-case letters. */
static bool digit_name(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s, k = 0;
    while (k < n && w[k] >= '0' && w[k] <= '9')
        k++;
    if (t->kind != TK_WORD || k == 0 || k == n || n - k < 3)
        return false;
    for (; k < n; k++)
        if (!(w[k] >= 'a' && w[k] <= 'z'))
            return false;
    return true;
}

/* "the German news agency dpa", "the TASS news agency", "the Kazakh news agency
 * Kazinform": a medium's words describe the outlet named before or after them,
 * which alone is the source. Narrows m to the name; false when there is none. */
static bool outlet_in_media_phrase(const struct actx *c, struct mention *m)
{
    size_t s = m->ns, e = m->ne, k = e;
    while (k > s && !(LX(c, k - 1) & LX_MEDIA))
        k--;
    /* "the newspaper Daily Mirror": the longest name, a medium's word and all */
    while (k > s + 1 && k < e && T(c, k - 1)->cap && outlet_of(c, k - 1, e) >= 0)
        k--;
    /* "Radio Azattyk": the whole phrase is the outlet's name */
    if (k == s + 1 && k < e && T(c, s)->cap && outlet_of(c, s, e) >= 0)
        return false;
    if (k > s && k < e &&
        (outlet_of(c, k, e) >= 0 || (k + 1 == e && (domain_tok(c, k) || digit_name(c, k))) ||
         (k + 2 == e && T(c, k)->cap && foreign_tail(c, k + 1)))) {
        m->rs = s, m->re = k, m->ns = k;
        return true;
    }
    /* "the TASS news agency": the name, then "news agency" or "newspaper" */
    if (k != e || e - s < 2 || T(c, e - 1)->cap)
        return false;
    while (k > s && (LX(c, k - 1) & LX_MEDIA) && !T(c, k - 1)->cap)
        k--;
    size_t a = s + (k > s + 1 && (LX(c, s) & LX_DET));
    bool news = is_w(c, k, "news") && k + 1 < e;
    if (a + 1 < k && country_possessive(c, a)) /* "China's Xinhua news agency" */
        a++;
    if (k == e || a >= k || !T(c, a)->cap || k - a > 4 ||
        !(outlet_of(c, a, k) >= 0 || (news && name_like(c, a, k) && !demonym_tok(c, a))))
        return false;
    m->rs = k, m->re = e, m->ns = a, m->ne = k;
    return true;
}

static const char *const months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", NULL};
CITEP_WORDSET(month_set, months, 32);

/* Index of "published", "released" or "issued" before "by" in [s, e), or e. */
static size_t published_by(const struct actx *c, size_t s, size_t e)
{
    for (size_t i = s + 1; i + 1 < e; i++)
        if ((is_w(c, i, "published") || is_w(c, i, "released") || is_w(c, i, "issued") ||
             is_w(c, i, "announced") || is_w(c, i, "compiled")) &&
            is_w(c, i + 1, "by"))
            return i;
    return e;
}

/* "a model published by the Met Office", "telemetry released by the company":
 * what a body publishes is a document, whatever its head noun; a name before
 * the participle ("Maria Ortiz, released by ...") is no thing published. */
static bool published_thing(const struct actx *c, size_t s, size_t e)
{
    size_t p = published_by(c, s, e);
    if (p == e)
        return false;
    for (size_t i = s; i < p; i++)
        if (T(c, i)->cap && !(LX(c, i) & LX_DET))
            return false;
    return true;
}

/* Words before "Council" that make it a government's: "Galway City Council",
 * "the Supreme Council of Antiquities", "the State Council". */
static const char *const council_gov[] = {
    "city", "county", "municipal", "district", "town", "borough", "regional", "provincial",
    "state", "security", "supreme", "privy", "legislative", "executive", "federal",
    "local", "parish", "village", "shire", "metropolitan", "national", NULL};
CITEP_WORDSET(council_gov_set, council_gov, 64);

/* "The Refugee Council", "the Indonesian Ulema Council", "the Council of
 * Atacameño Peoples": a council named for the people or cause it stands for
 * is a civic body; only a government's own council ("Galway City Council",
 * "Council of Ministers", "Council of State") is official. [s, e) has no
 * other word of a state body. */
static bool civic_council(const struct actx *c, size_t s, size_t e)
{
    size_t at = e;
    for (size_t i = s; i < e; i++) {
        if (T(c, i)->kind != TK_WORD || !(LX(c, i) & LX_OFFICIAL))
            continue;
        if (at < e || !T(c, i)->cap || !tok_is(c, i, "council"))
            return false;
        at = i;
    }
    if (at == e || at == s || (at == s + 1 && is_w(c, s, "the")))
        return at < e && at + 2 < e && is_w(c, at + 1, "of") && !is_w(c, at + 2, "state") &&
               !is_w(c, at + 2, "ministers") && !(LX(c, at + 2) & LX_COUNTRY);
    return T(c, at - 1)->cap && !tok_in(c, at - 1, &council_gov_set) &&
           !(LX(c, at - 1) & LX_COUNTRY);
}

/* Words that name a body of members: "the Congress of South African Trade
 * Unions", "the Ceylon Chamber of Commerce", "the Portuguese Civil Aviation
 * Pilots' Union". */
static const char *const civic[] = {"union", "unions", "association", "federation",
                                    "chamber", "confederation", "guild", "syndicate", NULL};
CITEP_WORDSET(civic_set, civic, 32);

/* Is [s, e) a members' body, whatever state word it holds ("Congress")?
 * Its word ends the name or comes before "of": "Union Ministry of Health" is
 * still a ministry. */
static bool civic_name(const struct actx *c, size_t s, size_t e)
{
    for (size_t i = s + 1; i < e; i++)
        if (T(c, i)->cap && T(c, i)->kind == TK_WORD && tok_in(c, i, &civic_set) &&
            (i + 1 == e || is_w(c, i + 1, "of")))
            return true;
    return false;
}

/* An article, at most two words, a document's noun in lower case, then "by". */
static bool document_by(const struct actx *c, size_t s, size_t e)
{
    if (!(LX(c, s) & LX_DET) || (LX(c, s) & LX_PRONOUN))
        return false;
    for (size_t i = s + 1; i < e && i < s + 4; i++)
        if (T(c, i)->kind == TK_WORD && !T(c, i)->cap && (LX(c, i) & LX_DOC))
            return is_w(c, i + 1, "by") && i + 2 < e;
    return false;
}

/* "Seismologist Mele Taufa said", "Economist Rui Santos said": a sentence
 * may open with a person's trade, capitalised only as its first word; a word
 * ending like "-ist" or "-yst" is a trade, never a given name. Narrows m to
 * the name. */
static bool trade_before_name(const struct actx *c, struct mention *m)
{
    size_t s = m->ns, e = m->ne;
    const struct tok *t = T(c, s);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s;
    if (s != c->ss || e - s < 3 || e - s > 4 || !t->cap || LX(c, s) || n < 6 ||
        !(memcmp(w + n - 3, "ist", 3) == 0 || memcmp(w + n - 3, "yst", 3) == 0) ||
        !name_like(c, s + 1, e) || company_name(c, s + 1, e))
        return false;
    m->rs = s, m->re = s + 1, m->ns = s + 1;
    return true;
}

/* "Analysts at the consultancy Agrodatos", "Growers in the Ararat valley":
 * unnamed people, plural and with no article, placed by where they work or
 * live; the place's name after the preposition is no source of its own. */
static bool people_at(const struct actx *c, size_t s, size_t e)
{
    static const char *const tails[] = {"at", "in", "from", "with"};
    size_t h = s;
    while (h < e && h < s + 3 && !is_w_in(c, h, tails, sizeof tails / sizeof *tails))
        h++;
    if (h == s || h >= e - 1 || h >= s + 3 || (LX(c, s) & LX_DET) ||
        any_proper(c, s + (s == c->ss), h))
        return false;
    const struct tok *t = T(c, h - 1);
    unsigned f = LX(c, h - 1);
    bool plural = c->d->text.s[t->e - 1] == 's';
    return plural && (f & ~LX_ANON) == 0 && ((f & LX_ANON) || person_noun(c, h - 1));
}

/* The head noun of a document at token i, before "by" or a participle of
 * publishing: "study", "report", and "paper" (which alone may be a newspaper,
 * but a paper by someone or published somewhere is a text). */
static bool doc_head(const struct actx *c, size_t i)
{
    return T(c, i)->kind == TK_WORD && !T(c, i)->cap &&
           (((LX(c, i) & LX_DOC) && !(LX(c, i) & (LX_ANON | LX_TITLE))) || is_w(c, i, "paper"));
}

/* "a study by researchers at the Institut Pasteur", "a paper published on
 * Monday in the journal Zootaxa": an article, at most two plain words, a
 * document's noun, then "by" or "published": the document, whoever wrote it
 * and wherever it appeared. */
static bool authored_doc(const struct actx *c, size_t s, size_t e)
{
    if (e - s < 4 || !(LX(c, s) & LX_DET) || (LX(c, s) & LX_PRONOUN))
        return false;
    for (size_t h = s + 1; h < s + 4 && h + 1 < e; h++) {
        if (doc_head(c, h))
            return is_w(c, h + 1, "by") || is_w(c, h + 1, "published");
        if (T(c, h)->kind != TK_WORD || T(c, h)->cap)
            return false;
    }
    return false;
}

/* "Volunteers in Medicine", "Mothers Against Drunk Driving", "Women in
 * Tech": capitalised words joined by "in", "for", "against", "without"
 * (and "the", "and" after one) are a body's name, though its first word
 * names people; "Doctors in Gaza", "Officials in Harris County" name a
 * place after "in" and stay people. */
static bool people_named_body(const struct actx *c, size_t s, size_t e)
{
    static const char *const link[] = {"in", "for", "against", "without"};
    if (e - s < 3 || e - s > 8 || !T(c, s)->cap || !T(c, e - 1)->cap)
        return false;
    size_t first = 0; /* the first link word */
    for (size_t i = s; i < e; i++) {
        const struct tok *t = T(c, i);
        if (t->kind != TK_WORD || (i > s && (LX(c, i) & LX_DET) && !is_w(c, i, "the")))
            return false;
        if (i > s && i + 1 < e && is_w_in(c, i, link, sizeof link / sizeof *link)) {
            first = first ? first : i;
            continue;
        }
        if (first && i > first && (is_w(c, i, "the") || is_w(c, i, "and")) && !t->cap)
            continue;
        if (!t->cap || c->ti[i].date)
            return false;
    }
    if (!first || !((LX(c, first - 1) & LX_ANON) || person_noun(c, first - 1)))
        return false;
    /* a place after the link: "Doctors in Gaza", "Residents in Harris County" */
    static const char *const place[] = {"county", "city", "province", "region", "district",
                                        "state", "valley", "island", "islands"};
    if (is_w_in(c, e - 1, place, sizeof place / sizeof *place))
        return false;
    const struct citep_gazetteer *g = c->d->parser ? c->d->parser->gaz : NULL;
    for (size_t i = first + 1; i < e; i++) {
        const struct tok *t = T(c, i);
        if (!t->cap)
            continue;
        if (citep_lx_in(c->o, c->d->text.s + t->s, t->e - t->s, avail_at(c, t->s)) & LX_COUNTRY)
            return false;
        if (g && citep_gaz_find(g, c->d->text.s + t->s, t->e - t->s))
            return false;
    }
    return true;
}

static const char *kind_of_range(const struct actx *c, struct mention *m)
{
    /* "the CGT and Sud Santé unions": a plural body's noun after the names
     * says what they are; the name is the source */
    if (m->ne - m->ns >= 2 && !T(c, m->ne - 1)->cap && T(c, m->ne - 2)->cap &&
        m->ne - 2 > c->ss && /* ("Farm groups said": a sentence's capital) */
        T(c, m->ne - 2)->kind == TK_WORD && !(LX(c, m->ne - 2) & LX_DET) &&
        (is_w(c, m->ne - 1, "unions") || is_w(c, m->ne - 1, "groups") ||
         is_w(c, m->ne - 1, "parties") || is_w(c, m->ne - 1, "companies"))) {
        m->ne--;
        return K_ORG;
    }
    size_t s = m->ns, e = m->ne, o = after_ownership(c, s, e);
    if (authored_doc(c, s, e))
        return K_DOC;
    if (o > s && T(c, o)->cap && outlet_of(c, o, e) >= 0) {
        m->ns = o;
        return K_OUTLET;
    }
    if (e - s >= 2 && outlet_in_media_phrase(c, m))
        return K_OUTLET;
    unsigned f = range_flags(c, s, e);
    struct citep_date_expr x;
    size_t len = T(c, e - 1)->e - T(c, s)->s;
    if (T(c, s)->kind == TK_WORD && may_date(c, s) &&
        citep_date_scan(c->d->text.s + T(c, s)->s, len, &x) >= len)
        return NULL; /* "on Tuesday denied": a date is never a source */
    if (outlet_of(c, s, e) >= 0)
        return K_OUTLET;
    if (published_thing(c, s, e))
        return K_DOC;
    /* "the Polish news agency" with no name after it: still a medium, not
     * the state, whoever owns it */
    if (e - s >= 2 && is_w(c, e - 2, "news") && is_w(c, e - 1, "agency"))
        return K_OUTLET;
    /* "Chinese state media", "Iranian media": a state's or a nation's outlets,
     * left unnamed ("local media" says too little to be more than people) */
    if (e - s >= 2 && is_w(c, e - 1, "media") && !T(c, e - 1)->cap &&
        (is_w(c, e - 2, "state") || is_w(c, e - 2, "state-run") || demonym_tok(c, e - 2)))
        return K_OUTLET;
    if (e == s + 1 && demonym_tok(c, s))
        return NULL; /* "Polish claims of a flood": an adjective, no source */
    if (state_body(c, s, e))
        return K_OFFICIAL;
    if (phrase_flags(c, s, e) & LX_ORG)
        return K_ORG;
    if (intergovernmental(c, s, e) && T(c, e - 1)->cap) {
        /* "the UN refugee agency UNHCR": the acronym after the description */
        if (e - s >= 3 && acronym_tok(c, e - 1) && T(c, e - 2)->kind == TK_WORD &&
            !T(c, e - 2)->cap && !(LX(c, e - 2) & (LX_DET | LX_STOP | LX_PREP)))
            m->rs = s, m->re = e - 1, m->ns = e - 1;
        return K_ORG;
    }
    if (people_named_body(c, s, e))
        return K_ORG;
    /* "Perez's assistant said", "Okafor's lawyer said": someone of a named
     * person's, left unnamed */
    if (e == s + 2 && possessive_tok(c, s) && T(c, s)->cap && T(c, s + 1)->kind == TK_WORD &&
        !T(c, s + 1)->cap && person_noun(c, s + 1) &&
        !(LX(c, s + 1) & (LX_TITLE | LX_OFFICIAL | LX_ORG | LX_MEDIA | LX_DOC)) &&
        !(LX(c, s) & (LX_OFFICIAL | LX_ORG | LX_COUNTRY | LX_MEDIA)) && !country_possessive(c, s) &&
        outlet_of(c, s, s + 1) < 0)
        return K_ANON;
    /* "local fire officials", "Local health officials": the officials of a
     * local government, not people left unnamed ("two local officials" and
     * "a local official" are) */
    /* ("county election officials", "City officials": a level of government
     * before them says whose they are) */
    static const char *const level[] = {"local", "county", "city", "municipal", "town",
                                        "provincial", "district", "regional", "village"};
    if (e - s >= 2 && e - s <= 4 && is_w_in(c, s, level, sizeof level / sizeof *level) &&
        (!T(c, s)->cap || s == c->ss) && is_w(c, e - 1, "officials")) {
        size_t i = s + 1;
        while (i < e - 1 && T(c, i)->kind == TK_WORD && !T(c, i)->cap &&
               !(LX(c, i) & ~(LX_OFFICIAL | LX_PUBLIC)))
            i++;
        if (i == e - 1)
            return K_OFFICIAL;
    }
    const char *who = unnamed_person(c, s, e);
    if (who)
        return who;
    if (split_title_of(c, m) || trade_before_name(c, m))
        return K_PERSON;
    if (people_at(c, s, e))
        return K_ANON;
    if (split_role(c, m))
        return split_kind(c, m);
    bool proper = any_proper(c, s, e);
    if (anon_phrase(c, s, e))
        return K_ANON;
    /* "a 2024 investigation by the Indian Express": what an outlet wrote is a
     * document, the outlet's name after "by" notwithstanding */
    if (document_by(c, s, e))
        return K_DOC;
    if (media_name(c, s, e))
        return K_OUTLET;
    /* "Jamal Carter of the Straphangers"; "Senator Jane Doe of the Greens":
     * a capitalised title before the name is no part of it */
    size_t ps = s;
    while (ps + 2 < e && T(c, ps)->cap && (LX(c, ps) & LX_TITLE) && !(LX(c, ps) & LX_ANON))
        ps++;
    for (size_t i = ps + 2; i + 1 < e; i++)
        if (is_w(c, i, "of") && name_like(c, ps, i)) {
            m->rs = i + 1, m->re = e, m->ns = ps, m->ne = i;
            return K_PERSON;
        }
    /* "Overall leader Carla Domínguez of Spain": a lower-case title before
     * the name and a place after it */
    for (size_t i = s + 3; i + 1 < e && i < s + 8; i++) {
        if (!is_w(c, i, "of"))
            continue;
        for (size_t n = s + 1; n + 1 < i; n++)
            if (!T(c, n - 1)->cap && (LX(c, n - 1) & LX_TITLE) && !(LX(c, n - 1) & LX_ANON) &&
                name_like(c, n, i) && !company_name(c, n, i)) {
                m->rs = s, m->re = n, m->ns = n, m->ne = i;
                return K_PERSON;
            }
        break;
    }
    /* "LSEG data", "Eurostat figures": a body's numbers are a document */
    if (e - s == 2 && T(c, s)->cap && !T(c, e - 1)->cap &&
        (is_w(c, e - 1, "data") || is_w(c, e - 1, "figures") || is_w(c, e - 1, "estimates")))
        return K_DOC;
    /* "company registry documents", "Exchange data": a plural document head
     * with plain words before it */
    if (e - s >= 2 && e - s <= 4 && (LX(c, e - 1) & LX_DOC) && !T(c, e - 1)->cap &&
        !any_proper(c, s + (s == c->ss), e - 1))
        return K_DOC;
    /* "a copy of the allocation letter", "an excerpt from the report" */
    if (e - s >= 4 && (LX(c, s) & LX_DET) &&
        (is_w(c, s + 1, "copy") || is_w(c, s + 1, "excerpt") || is_w(c, s + 1, "extract") ||
         is_w(c, s + 1, "draft") || is_w(c, s + 1, "summary")) &&
        (is_w(c, s + 2, "of") || is_w(c, s + 2, "from")) && (LX(c, e - 1) & LX_DOC))
        return K_DOC;
    /* "The Commission's latest rule-of-law report": after a possessive, the
     * document's noun may come a word later */
    size_t h = s, hl = s + 4 + (e - s > 1 && possessive_tok(c, s + 1));
    while (h < e && h < hl && !(LX(c, h) & LX_DOC))
        h++;
    if (h < e && h < hl && (LX(c, s) & (LX_DET | LX_DOC)) &&
        (T(c, h)->cap == 0 || h == s || h == c->ss) && !name_like(c, s, e))
        return K_DOC;
    /* "provisional results from the commission", "preliminary figures by the
     * agency": a plain word, a document's noun, then its origin */
    if (e - s >= 4 && (T(c, s)->cap == 0 || s == c->ss) && T(c, s)->kind == TK_WORD &&
        !(LX(c, s) & (LX_DET | LX_ANON | LX_TITLE)) && (LX(c, s + 1) & LX_DOC) &&
        !T(c, s + 1)->cap &&
        (is_w(c, s + 2, "from") || is_w(c, s + 2, "by") || is_w(c, s + 2, "of")))
        return K_DOC;
    /* "the Jamaica Public Service Company": a company whatever serves the public */
    if (e - s >= 2 && T(c, e - 1)->cap && (is_w(c, e - 1, "company") ||
                                           is_w(c, e - 1, "corporation")))
        return K_ORG;
    if ((f & LX_OFFICIAL) && (civic_council(c, s, e) || civic_name(c, s, e)))
        return K_ORG;
    if ((f & LX_OFFICIAL) || country_phrase(c, s, e))
        return K_OFFICIAL;
    /* "La Nación", "Le Progrès", "El Universal": a name opening with a
     * capitalised article is a title, most often a newspaper's, not a person's */
    if (e - s >= 2 && T(c, s)->cap && article_opening(c, s))
        return K_OUTLET;
    if (e - s >= 2 && name_like(c, s, e) && !company_name(c, s, e))
        return K_PERSON;
    if ((f & LX_ORG) || proper)
        return K_ORG;
    return NULL;
}

/* Classify m (may narrow it to a name with a role, or resolve a reference). */
#define FULL_NAME_WINDOW 20000 /* bytes searched back for a lone surname's first name */

static bool word_byte(unsigned char b)
{
    return (unsigned)((b | 0x20) - 'a') < 26 || b >= 0x80 || b == '-' || b == '\'';
}

/* "On Friday, Rinaldi said": a lone surname not cited before, written earlier
 * with a first name that was no source then ("Brescia's mayor, Paolo Rinaldi,
 * was furious"). The citation takes the full name; the kind is person. */
/* "Mariela Solís Araya had been walking", then "says Solís": a second
 * surname right after the one the text later uses, and before a lower-case
 * word, belongs to the full name. Bytes of " Araya" at byte a, or 0. */
static size_t second_surname(const struct actx *c, size_t a, size_t end)
{
    const char *t = c->d->text.s;
    struct citep_date_expr x;
    size_t b = a + 1, e;
    if (b + 2 > end || t[a] != ' ' || !(t[b] >= 'A' && t[b] <= 'Z') ||
        !(t[b + 1] >= 'a' && t[b + 1] <= 'z'))
        return 0;
    for (e = b; e < end && word_byte((unsigned char)t[e]); e++)
        ;
    if (e + 2 > end || t[e] != ' ' || !(t[e + 1] >= 'a' && t[e + 1] <= 'z') ||
        citep_lx_in(c->o, t + b, e - b, avail_at(c, b)) ||
        citep_date_scan(t + b, e - b, &x) || citep_outlet_find_in(c->o, t + b, e - b,
                                                                  avail_at(c, b)) >= 0)
        return 0;
    return e - a;
}

static bool full_name_before(struct actx *c, size_t i, size_t j, struct mention *m)
{
    const char *t = c->d->text.s, *w = t + T(c, i)->s;
    size_t n = T(c, j - 1)->e - T(c, i)->s, end = T(c, i)->s;
    size_t lo = end > FULL_NAME_WINDOW ? end - FULL_NAME_WINDOW : 0;
    if (n < 3 || (LX(c, i) & ~LX_PARTICLE) || outlet_of(c, i, j) >= 0)
        return false;
    /* "Bin Salem addressed ..." after "Ahmed bin Salem": a particle opening a
     * sentence is capitalised where the full name has it in lower case */
    bool lower = (LX(c, i) & LX_PARTICLE) && w[0] >= 'A' && w[0] <= 'Z';
    for (int pass = 0; pass < 1 + lower; pass++)
    for (size_t at = lo; at + n <= end;) {
        char f0 = pass ? (char)(w[0] | 0x20) : w[0];
        const char *hit = memchr(t + at, f0, end - at);
        if (!hit || (size_t)(hit - t) + n > end)
            break;
        if (memcmp(hit + 1, w + 1, n - 1) != 0) {
            at = (size_t)(hit - t) + 1;
            continue;
        }
        size_t h = (size_t)(hit - t), b = h;
        at = h + 1;
        if (h < 3 || t[h - 1] != ' ' || (h + n < end && word_byte((unsigned char)t[h + n])))
            continue;
        b = h - 1; /* the word before, on this line */
        while (b > lo && word_byte((unsigned char)t[b - 1]))
            b--;
        if (h - 1 - b < 2 || !(t[b] >= 'A' && t[b] <= 'Z') ||
            !(t[b + 1] >= 'a' && t[b + 1] <= 'z'))
            continue;
        /* "Mayor Rinaldi", "The Rinaldi": a title or a word, not a name; but a
         * capitalised verb of saying right before a surname is a first name
         * ("Said Oubella") */
        unsigned bf = citep_lx_in(c->o, t + b, h - 1 - b, avail_at(c, b));
        if (bf & ~(LX_SAY | LX_INVERT | LX_PASSIVE))
            continue;
        /* "Luis Felipe Tavárez": a second given name before the first */
        if (b > lo + 3 && t[b - 1] == ' ' && word_byte((unsigned char)t[b - 2])) {
            size_t b2 = b - 1;
            struct citep_date_expr x;
            while (b2 > lo && word_byte((unsigned char)t[b2 - 1]))
                b2--;
            if (b - 1 - b2 >= 2 && t[b2] >= 'A' && t[b2] <= 'Z' && t[b2 + 1] >= 'a' &&
                t[b2 + 1] <= 'z' && (b2 == 0 || !word_byte((unsigned char)t[b2 - 1])) &&
                !citep_lx_in(c->o, t + b2, b - 1 - b2, avail_at(c, b2)) &&
                !citep_date_scan(t + b2, b - 1 - b2, &x) &&
                !(b2 >= 2 && t[b2 - 1] == ' ' && t[b2 - 2] >= 'A' && t[b2 - 2] <= 'z' &&
                  word_byte((unsigned char)t[b2 - 2])))
                b = b2; /* (a word of the text before it: "Santo Domingo Felipe") */
        }
        n += second_surname(c, h + n, end);
        char *full = citep_arena_alloc(c->d->arena, h + n - b + 1);
        if (!full)
            return false;
        memcpy(full, t + b, h + n - b);
        full[h + n - b] = '\0';
        m->src = full;
        return true;
    }
    return false;
}

/* "NERSA said" after "the National Energy Regulator of South Africa (NERSA)":
 * the name the text gave the acronym in brackets, as the source, and its kind
 * (official when a word of it marks a state body). */
static bool acronym_before(struct actx *c, size_t i, struct mention *m)
{
    const char *t = c->d->text.s, *w = t + T(c, i)->s;
    size_t n = T(c, i)->e - T(c, i)->s, end = T(c, i)->s;
    size_t lo = end > FULL_NAME_WINDOW ? end - FULL_NAME_WINDOW : 0;
    /* "(Basarnas)", "(Ofcom)": a short name in brackets may be written as a word */
    if (n < 2 || n > 10 || !(w[0] >= 'A' && w[0] <= 'Z') ||
        !((w[1] >= 'A' && w[1] <= 'Z') || (n >= 4 && outlet_of(c, i, i + 1) < 0)))
        return false;
    for (size_t at = lo; at + n + 1 < end;) {
        const char *hit = memchr(t + at, '(', end - at);
        if (!hit || (size_t)(hit - t) + n + 2 > end)
            break;
        size_t h = (size_t)(hit - t);
        at = h + 1;
        if (memcmp(hit + 1, w, n) != 0 || hit[n + 1] != ')' || h < 2 || t[h - 1] != ' ')
            continue;
        /* back over the name's words: capitalised, or "of", "for", "and" inside */
        size_t b = h - 1, words = 0, official = 0;
        while (b > lo && words < 10) {
            size_t we = b, ws = b;
            while (ws > lo && word_byte((unsigned char)t[ws - 1]))
                ws--;
            if (ws == we)
                break;
            bool cap = t[ws] >= 'A' && t[ws] <= 'Z';
            bool inner = (we - ws == 2 && !memcmp(t + ws, "of", 2)) ||
                         (we - ws == 3 && (!memcmp(t + ws, "for", 3) || !memcmp(t + ws, "and", 3)));
            if (!cap && !(inner && words))
                break;
            if ((we - ws == 3 && !memcmp(t + ws, "The", 3)))
                break;
            if (citep_lx_in(c->o, t + ws, we - ws, avail_at(c, ws)) & LX_OFFICIAL)
                official++;
            words++;
            b = ws;
            if (b == 0 || t[b - 1] != ' ')
                break;
            b--;
        }
        size_t ns = b + (t[b] == ' ');
        while (ns < h - 1 && !(t[ns] >= 'A' && t[ns] <= 'Z')) /* no leading "of" */
            ns++;
        if (words < 2 || ns >= h - 1)
            continue;
        char *full = citep_arena_alloc(c->d->arena, h - 1 - ns + 1);
        if (!full)
            return false;
        memcpy(full, t + ns, h - 1 - ns);
        full[h - 1 - ns] = '\0';
        m->src = full;
        /* "CBSL" for "the Central Bank of Sri Lanka": a central bank is the
         * state's, as state_body says of the name written out */
        if (strstr(full, "Central Bank") || strstr(full, "Reserve Bank"))
            official++;
        m->kind = official ? K_OFFICIAL : K_ORG;
        return true;
    }
    return false;
}

#define ANTECEDENT_WINDOW 6000 /* bytes back to the name "the company" stands for */

/* Capitalised words from token i on (at most 4) that may be a name: their end. */
/* The words of name text t[a, ...) whose capitals spell w[0, n): "International
 * Monetary Fund" for "IMF", "Federal Bureau of Investigation" for "FBI" ("of",
 * "for", "and", "the" passed over inside). Its end, or 0. */
static size_t spelled_at(const char *t, size_t a, size_t end, const char *w, size_t n)
{
    size_t k = 0, i = a;
    while (i < end && k < n) {
        size_t j = i;
        while (j < end && word_byte((unsigned char)t[j]))
            j++;
        if (j == i)
            return 0;
        bool link = k > 0 && ((j - i == 2 && !memcmp(t + i, "of", 2)) ||
                              (j - i == 3 && (!memcmp(t + i, "for", 3) ||
                                              !memcmp(t + i, "and", 3) ||
                                              !memcmp(t + i, "the", 3))));
        if (!link) {
            if (t[i] != w[k] || (j - i >= 2 && t[i + 1] >= 'A' && t[i + 1] <= 'Z'))
                return 0;
            k++;
        }
        if (k == n)
            return j;
        if (j >= end || t[j] != ' ')
            return 0;
        i = j + 1;
    }
    return 0;
}

/* "the IMF said" where only "the International Monetary Fund" came before,
 * with no brackets: the last such name before token i is the source. */
static bool acronym_spelled(struct actx *c, size_t i, struct mention *m)
{
    const char *t = c->d->text.s, *w = t + T(c, i)->s;
    size_t n = T(c, i)->e - T(c, i)->s, end = T(c, i)->s, best = 0, bend = 0;
    size_t lo = end > FULL_NAME_WINDOW ? end - FULL_NAME_WINDOW : 0;
    if (n < 3 || n > 6 || !all_upper(w, n))
        return false;
    for (const char *p = memchr(t + lo, w[0], end - lo); p;
         p = (size_t)(p - t) + 1 < end ? memchr(p + 1, w[0], end - (size_t)(p - t) - 1) : NULL) {
        size_t a = (size_t)(p - t), e;
        if (a > 0 && word_byte((unsigned char)t[a - 1]))
            continue;
        if ((e = spelled_at(t, a, end, w, n)) != 0)
            best = a, bend = e;
    }
    if (!bend)
        return false;
    char *full = citep_arena_alloc(c->d->arena, bend - best + 1);
    if (!full)
        return false;
    memcpy(full, t + best, bend - best);
    full[bend - best] = '\0';
    m->src = full;
    unsigned official = 0;
    for (size_t a = best; a < bend;) {
        size_t b = a;
        while (b < bend && word_byte((unsigned char)t[b]))
            b++;
        official |= citep_lx_in(c->o, t + a, b - a, avail_at(c, a)) & LX_OFFICIAL;
        a = b + 1;
    }
    m->kind = official ? K_OFFICIAL : K_ORG;
    return true;
}

static size_t name_run(const struct actx *c, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && j - i < 4 && T(c, j)->kind == TK_WORD && T(c, j)->cap &&
           !(LX(c, j) & (LX_DET | LX_PRONOUN | LX_BOUND | LX_STOP | LX_SAY | LX_COUNTRY)) &&
           !c->ti[j].date)
        j++;
    return j;
}

static void ante_note(struct actx *c, size_t a, size_t b, size_t noun)
{
    struct ante *x = &c->ante[c->nante++ % ANTE_RING];
    x->a = T(c, a)->s, x->b = T(c, b - 1)->e;
    x->noun[0] = '\0';
    if (noun < c->tk.n && c->ti[noun].len < ANTE_NOUN) {
        memcpy(x->noun, c->fold + c->ti[noun].fold, c->ti[noun].len);
        x->noun[c->ti[noun].len] = '\0';
    }
}

/* After "X, the <noun>": does token i go on describing X ("that built it",
 * "behind the app", a comma)? A verb instead makes "the <noun>" a subject of its
 * own ("in Eastfield, the project said"). */
static bool apposition_end(const struct actx *c, size_t i)
{
    static const char *const w[] = {"that", "which", "whose", "behind", "of", "based",
                                    "owned", "founded", "run"};
    if (i >= c->tk.n)
        return false;
    if (T(c, i)->kind == TK_PUNCT)
        return T(c, i)->ch == ',';
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (tok_is(c, i, w[k]))
            return true;
    return false;
}

/* First token of the proper name that ends at token i (exclusive of nothing:
 * i is its last word), back over capitalised words and an inner "and", "of"
 * or "for": "Technical and Construction Supervision Agency". */
static size_t proper_start(const struct actx *c, size_t i)
{
    size_t s = i;
    while (s > 0 && i - s < 8) {
        const struct tok *p = T(c, s - 1);
        bool link = s > 1 && T(c, s - 2)->cap && T(c, s - 2)->kind == TK_WORD &&
                    (tok_is(c, s - 1, "and") || tok_is(c, s - 1, "of") || tok_is(c, s - 1, "for") ||
                     plural_possessive(c, s - 1)); /* "Taiwan's Consumers' Foundation" */
        if (!link && (p->kind != TK_WORD || !p->cap || (LX(c, s - 1) & (LX_DET | LX_STOP))))
            break;
        s -= link ? 2 : 1;
    }
    return s;
}

/* Names that "the <noun>" may stand for, taken from the name itself:
 * "Judge Nino Beridze" ("the judge": a title given to a full name), "the
 * Technical and Construction Supervision Agency" ("the agency"), "the Higher
 * Administrative Court of Berlin-Brandenburg" ("the court"). Token i is the
 * title or the head word, with flags f. */
static bool note_named(struct actx *c, size_t i, unsigned f)
{
    size_t n = c->tk.n;
    if ((f & LX_TITLE) && !(f & (LX_ANON | LX_DET))) {
        size_t e = name_run(c, i + 1, n);
        if (e >= i + 3 && name_like(c, i + 1, e))
            ante_note(c, i + 1, e, i);
        return true;
    }
    size_t p = i > 1 && plural_possessive(c, i - 1) ? i - 2 : i - 1; /* "Consumers' Foundation" */
    /* "the Union of Winemakers of Armenia": the head word opens the name */
    bool opens = (f & (LX_OFFICIAL | LX_ORG)) && i > 0 && tok_is(c, i - 1, "the") &&
                 i + 2 < n && tok_is(c, i + 1, "of") && T(c, i + 2)->cap &&
                 T(c, i + 2)->kind == TK_WORD && !(LX(c, i + 2) & (LX_DET | LX_COUNTRY));
    if (!opens && (!(f & (LX_OFFICIAL | LX_ORG)) || i == 0 || !T(c, p)->cap ||
                   T(c, p)->kind != TK_WORD || (LX(c, p) & LX_DET)))
        return false;
    size_t s = opens ? i : proper_start(c, i), e = i + 1;
    /* "of Nigeria", "of Berlin-Brandenburg", "of Winemakers of Armenia" */
    while (e + 1 < n && e - i < 8 && tok_is(c, e, "of") && T(c, e + 1)->cap &&
           T(c, e + 1)->kind == TK_WORD)
        for (e += 2; e < n && e - i < 8 && T(c, e)->kind == TK_WORD && T(c, e)->cap &&
                     !(LX(c, e) & (LX_DET | LX_PRONOUN | LX_BOUND | LX_STOP | LX_SAY));
             e++)
            ;
    if (s < i || (opens && e > i + 2))
        ante_note(c, s, e, i);
    return false;
}

/* "the mayor of Tashkent, Rustam Nazarov,", "the wali, or governor, of
 * Rabat, Leila Amrani,": a title of a place with the holder's name apposed,
 * which "the mayor" may stand for later. Token i is the title. */
static void title_of_place(struct actx *c, size_t i)
{
    size_t n = c->tk.n, k = i + 1;
    /* the gloss of a foreign title: "or governor," between commas */
    if (k < n && T(c, k)->kind == TK_PUNCT && T(c, k)->ch == ',' && i > 1 &&
        tok_is(c, i - 1, "or") && T(c, i - 2)->kind == TK_PUNCT && T(c, i - 2)->ch == ',')
        k++;
    if (k + 2 >= n || !tok_is(c, k, "of"))
        return;
    size_t e = name_run(c, k + 1, n);
    if (e == k + 1 || e + 2 >= n || T(c, e)->kind != TK_PUNCT || T(c, e)->ch != ',')
        return;
    size_t ne = name_run(c, e + 1, n);
    if (ne >= e + 3 && (ne == n || T(c, ne)->kind == TK_PUNCT) && name_like(c, e + 1, ne))
        ante_note(c, e + 1, ne, i);
}

/* First token of a body's long name ending before token e: capitalised
 * words linked by "of", "for", "and" and "the" after them ("Permanent
 * Committee for the Defence of Human Rights"); e when there is none. */
static size_t long_name_start(const struct actx *c, size_t e)
{
    size_t s = e, k = e;
    while (k > 0 && e - k < 12) {
        const struct tok *p = T(c, k - 1);
        if (p->kind != TK_WORD)
            break;
        if (p->cap && !(LX(c, k - 1) & (LX_DET | LX_PRONOUN | LX_STOP | LX_BOUND))) {
            s = --k;
            continue;
        }
        if (k == s && (tok_is(c, k - 1, "of") || tok_is(c, k - 1, "for") ||
                       tok_is(c, k - 1, "and"))) {
            k--;
            continue;
        }
        if (k == s && tok_is(c, k - 1, "the") && k > 1 &&
            (tok_is(c, k - 2, "of") || tok_is(c, k - 2, "for"))) {
            k -= 2;
            continue;
        }
        break;
    }
    return s;
}

/* Note a name at word token i that "the <noun>" may stand for later. */
static void note_antecedent(struct actx *c, size_t i)
{
    size_t n = c->tk.n;
    const struct tok *t = T(c, i);
    unsigned f = LX(c, i);
    if (i + 1 >= n) /* (a name may end its paragraph: "... of the X Festival.") */
        return;
    if (!t->cap) {
        if ((f & LX_TITLE) && !(f & LX_ANON)) { /* "port director Aivar Lepp" */
            size_t e = name_run(c, i + 1, n);
            if (e >= i + 3 && name_like(c, i + 1, e))
                ante_note(c, i + 1, e, i);
            else
                title_of_place(c, i);
            return;
        }
        if (!(f & (LX_OFFICIAL | LX_ORG)))
            return;
        size_t e = name_run(c, i + 1, n);
        if (e > i + 1) /* "agency ISRO" */
            ante_note(c, i + 1, e, i);
        /* "the city's transport department", later "the department": a
         * body described by whose it is */
        size_t p = i;
        while (p > 0 && i - p < 3 && T(c, p - 1)->kind == TK_WORD && !T(c, p - 1)->cap &&
               !(LX(c, p - 1) & (LX_DET | LX_PRONOUN | LX_BOUND | LX_STOP | LX_PREP)) &&
               !possessive_tok(c, p - 1))
            p--;
        if (p > 1 && p < i + 1 && possessive_tok(c, p - 1) && !T(c, p - 1)->cap &&
            !(f & (LX_ANON | LX_TITLE)) && tok_is(c, p - 2, "the"))
            ante_note(c, p - 2, i + 1, i);
        /* "Costruzioni Valtellina, the company that built it,"; "the
         * Permanent Committee ..., a Guayaquil-based rights group," */
        size_t d = i;
        while (d > 0 && i - d < 4 && T(c, d - 1)->kind == TK_WORD &&
               (!T(c, d - 1)->cap || hyphen_adjective(c, d - 1)) &&
               !(LX(c, d - 1) & (LX_DET | LX_PRONOUN | LX_BOUND | LX_STOP | LX_PREP)))
            d--;
        if (d >= 3 && (tok_is(c, d - 1, "the") || (d < i && (tok_is(c, d - 1, "a") ||
                                                             tok_is(c, d - 1, "an")))) &&
            T(c, d - 2)->ch == ',' && T(c, d - 2)->kind == TK_PUNCT && apposition_end(c, i + 1) &&
            !(f & (LX_ANON | LX_TITLE))) {
            size_t s = long_name_start(c, d - 2);
            if (s < d - 2)
                ante_note(c, s, d - 2, i);
        }
        return;
    }
    if (note_named(c, i, f))
        return;
    /* a company by its shape: the first of two capitalised words or more */
    size_t s = i + ((f & LX_DET) != 0);
    if (s + 1 >= n || !T(c, s + 1)->cap || T(c, s + 1)->kind != TK_WORD ||
        (i > 0 && T(c, i - 1)->cap && T(c, i - 1)->kind == TK_WORD))
        return;
    size_t e = name_run(c, s, n);
    if (e >= s + 2 && (tok_in(c, e - 1, &company_last_set) || tok_in(c, s, &company_first_set)))
        ante_note(c, s, e, n);
}

/* Nouns of a trade that "the company" may stand for: "operator Telmara". */
static const char *const trade[] = {
    "operator", "maker", "producer", "carrier", "retailer", "lender", "insurer", "airline", "firm", "group", "startup", "giant", "manufacturer",
    "distributor", "supplier", "company", "conglomerate", "miner", "chain", NULL};
CITEP_WORDSET(trade_set, trade, 64);

/* "Shares of Veltron Semiconductor fell. The company said", "India's space
 * agency ISRO ... the agency announced", "Costruzioni Valtellina, the company
 * that ...": "the <noun>" with nothing cited before to refer to stands for the
 * name the text gave it: right after the noun, apposed to "the <noun>", or for
 * a company, a name shaped like one. The nearest such name before it is taken. */
static bool name_before(struct actx *c, size_t ti, struct mention *m)
{
    const char *w = c->fold + c->ti[ti].fold;
    size_t len = c->ti[ti].len, at = T(c, ti)->s;
    bool company = tok_is(c, ti, "company") || tok_is(c, ti, "firm");
    size_t lo = c->nante > ANTE_RING ? c->nante - ANTE_RING : 0;
    for (size_t k = c->nante; k-- > lo;) {
        const struct ante *x = &c->ante[k % ANTE_RING];
        if (x->b > at)
            continue;
        if (at - x->b > ANTECEDENT_WINDOW)
            return false;
        bool same = x->noun[0] && strlen(x->noun) == len && memcmp(x->noun, w, len) == 0;
        /* "telecom operator Telmara ... the company": a business by its trade */
        if (!same && (x->noun[0] ? !company || !citep_wordset_find(&trade_set, x->noun,
                                                                   strlen(x->noun))
                                 : !company))
            continue;
        m->src = citep_arena_strndup(c->d->arena, c->d->text.s + x->a, x->b - x->a);
        if (m->src && citep_outlet_find(c->o, m->src, x->b - x->a) >= 0)
            m->kind = K_OUTLET;
        return m->src != NULL;
    }
    return false;
}

/* Has the text cited a body or person by name yet? Then "the company said"
 * that matches none of them by its noun means one of them (most often one
 * whose kind was misjudged), not a new body; before any, it is the article's
 * own unnamed subject ("The coastguard warned"). */
static bool named_source_before(const struct actx *c)
{
    for (size_t i = 0; i < c->cits.n; i++) {
        const struct wcit *x = &c->cits.v[i];
        if (x->embed >= 0 ||
            !(x->kind == K_ORG || x->kind == K_PERSON || x->kind == K_OFFICIAL))
            continue;
        for (const char *p = x->source + 1; *p; p++) /* a capital past the first letter */
            if (*p >= 'A' && *p <= 'Z')
                return true;
    }
    return false;
}

/* "the vaccine alliance Gavi ... Gavi said": a one-word name the text
 * introduced after a noun of its kind is a body of that kind (a word like
 * "Gavi" alone says nothing). Official for a state body's noun, organization
 * for any other body's, else NULL. */
static const char *noted_kind(const struct actx *c, size_t i)
{
    const char *w = c->d->text.s + T(c, i)->s;
    size_t n = T(c, i)->e - T(c, i)->s, lo = c->nante > ANTE_RING ? c->nante - ANTE_RING : 0;
    for (size_t k = c->nante; k-- > lo;) {
        const struct ante *x = &c->ante[k % ANTE_RING];
        if (!x->noun[0] || x->b - x->a != n || memcmp(c->d->text.s + x->a, w, n) != 0)
            continue;
        unsigned f = citep_lx(c->o, x->noun, strlen(x->noun));
        return (f & LX_OFFICIAL) && !(f & LX_MEDIA) ? K_OFFICIAL : (f & LX_ORG) ? K_ORG : NULL;
    }
    return NULL;
}

/* "the hurricane center" after "the U.S. National Hurricane Center", "the
 * competition authority" after "the Norwegian Competition Authority": two or
 * three lower-case words after "the", all of them words of a body cited
 * before, stand for it. */
static int words_coref(const struct actx *c, size_t s, size_t e)
{
    if (e - s < 3 || e - s > 4 || !is_w(c, s, "the"))
        return -1;
    for (size_t i = s + 1; i < e; i++)
        if (T(c, i)->kind != TK_WORD || T(c, i)->cap || (LX(c, i) & (LX_DET | LX_PRONOUN)))
            return -1;
    size_t lo = c->cits.n > COREF_WINDOW ? c->cits.n - COREF_WINDOW : 0;
    for (size_t k = c->cits.n; k-- > lo;) {
        const struct wcit *x = &c->cits.v[k];
        if (x->embed >= 0 || x->kind == K_PERSON)
            continue;
        size_t i = s + 1;
        while (i < e && has_word(x->source, c->d->text.s + T(c, i)->s, T(c, i)->e - T(c, i)->s))
            i++;
        if (i == e)
            return (int)k;
    }
    return -1;
}

/* "The report said" after "A report by a court-appointed expert found": the
 * document cited before under that noun, newest first. */
static int doc_coref(const struct actx *c, const struct mention *m)
{
    size_t i = m->ns + 1;
    if (m->ne != m->ns + 2 || !is_w(c, m->ns, "the") || !(LX(c, i) & LX_DOC) || T(c, i)->cap)
        return -1;
    size_t lo = c->cits.n > COREF_WINDOW ? c->cits.n - COREF_WINDOW : 0;
    for (size_t k = c->cits.n; k-- > lo;) {
        const struct wcit *x = &c->cits.v[k];
        if (x->embed < 0 && x->kind == K_DOC &&
            has_word(x->source, c->d->text.s + T(c, i)->s, T(c, i)->e - T(c, i)->s))
            return (int)k;
    }
    return -1;
}

/* "Le Pen", "de la Cruz", "van der Berg": particles, then one capitalised word. */
static bool particle_surname(const struct actx *c, size_t s, size_t e)
{
    if (e - s < 2 || e - s > 4 || T(c, e - 1)->kind != TK_WORD || !T(c, e - 1)->cap)
        return false;
    for (size_t i = s; i + 1 < e; i++)
        if (T(c, i)->kind != TK_WORD || !(LX(c, i) & LX_PARTICLE))
            return false;
    return true;
}

/* Is the person last named as a subject (c->subj) what "he" or "she" now
 * stands for? Named in this paragraph or the one before, and after the last
 * person cited: "Bin Salem addressed supporters. “...,” he said." */
static bool recent_subject(const struct actx *c)
{
    return c->subj.src && c->subj.para + 1 >= c->para_no && c->subj.a + 1 > c->last_person_at;
}

static bool classify(struct actx *c, struct mention *m)
{
    m->rs = m->re = m->ns;
    m->coref = -1;
    /* "None of them would say": no one said anything */
    if (is_w(c, m->ns, "none") || is_w(c, m->ns, "neither") || is_w(c, m->ns, "nobody"))
        return false;
    /* "Both farmers said": the two people just quoted, no new source */
    if (m->ne - m->ns == 2 && is_w(c, m->ns, "both") && T(c, m->ns + 1)->kind == TK_WORD &&
        !T(c, m->ns + 1)->cap)
        return false;
    /* "Later she said", "Then he added": an adverb opening the sentence
     * before a pronoun is no part of the source */
    if (m->ne - m->ns == 2 && m->ns == c->ss && (LX(c, m->ns + 1) & LX_PRONOUN) &&
        T(c, m->ns)->kind == TK_WORD && !(LX(c, m->ns) & (LX_DET | LX_PRONOUN)) &&
        !possessive_tok(c, m->ns) && !(m->ns + 1 < c->se && possessive_tok(c, m->ns + 1)))
        m->ns++;
    if (m->ne - m->ns == 1 && (LX(c, m->ns) & LX_PRONOUN)) {
        /* "Two people familiar with the talks gave a different account. They
         * said ...": the unnamed people cited last, in this paragraph */
        if (is_w(c, m->ns, "they") && c->anon.idx >= 0 && c->anon.plural &&
            c->anon.para == c->para_no && c->anon.at == c->last_at) {
            m->coref = c->anon.idx;
            return true;
        }
        if (!(is_w(c, m->ns, "he") || is_w(c, m->ns, "she") || is_w(c, m->ns, "it")))
            return false;
        m->coref = coref_find(c, m->ns, 0, false);
        /* "A bus driver on route 51, who asked not to be named, said ...
         * “...,” he said": the unnamed person just cited in this paragraph */
        if (!is_w(c, m->ns, "it") && c->anon.idx >= 0 && !c->anon.plural &&
            c->anon.para == c->para_no && c->anon.at > c->last_person_at &&
            !(recent_subject(c) && c->subj.a + 1 > c->anon.at)) {
            m->coref = c->anon.idx;
            return true;
        }
        if (!is_w(c, m->ns, "it") && recent_subject(c)) {
            m->coref = -1; /* the person the last sentences were about */
            m->src = c->subj.src, m->kind = K_PERSON, m->role = c->subj.role;
            return true;
        }
        return m->coref >= 0;
    }
    /* "One of them said" after "Two other engineers ... confirmed": one of the
     * unnamed group just cited is that group */
    if (m->ne - m->ns == 3 && is_w(c, m->ns, "one") && is_w(c, m->ns + 1, "of") &&
        is_w(c, m->ns + 2, "them")) {
        for (size_t i = c->cits.n, k = 0; i-- > 0 && k < 3; k++)
            if (c->cits.v[i].kind == K_ANON && c->cits.v[i].embed < 0 &&
                !(c->cits.v[i].source && (strncasecmp(c->cits.v[i].source, "a ", 2) == 0 ||
                                          strncasecmp(c->cits.v[i].source, "an ", 3) == 0))) {
                m->coref = (int)i;
                return true;
            }
        return false;
    }
    /* "A second person, who has seen a draft, said" after "one of the people
     * said": another member of the unnamed group cited before is that group */
    static const char *const NTH[] = {"second", "third", "fourth", "another"};
    size_t nth = m->ns + (is_w(c, m->ns, "a") || is_w(c, m->ns, "an"));
    if (m->ne == nth + 2 && is_w_in(c, nth, NTH, sizeof NTH / sizeof *NTH) &&
        (is_w(c, nth + 1, "person") || is_w(c, nth + 1, "source") ||
         is_w(c, nth + 1, "official"))) {
        const struct tok *t = T(c, nth + 1);
        size_t lo = c->cits.n > COREF_WINDOW ? c->cits.n - COREF_WINDOW : 0;
        size_t n = t->e - t->s;
        for (size_t i = c->cits.n; i-- > lo;) {
            const struct wcit *x = &c->cits.v[i];
            if (x->kind != K_ANON || x->embed >= 0 || !x->source ||
                strncasecmp(x->source, "a ", 2) == 0 || strncasecmp(x->source, "an ", 3) == 0)
                continue;
            /* "people" for a person, "sources" for a source, "officials" */
            if (is_w(c, nth + 1, "person") ? has_word(x->source, "people", 6)
                                           : has_word(x->source, c->d->text.s + t->s, n) ||
                                                 strstr(x->source, is_w(c, nth + 1, "source")
                                                                       ? "sources" : "officials")) {
                m->coref = (int)i;
                return true;
            }
        }
    }
    /* "one of the officials said" after "Two officials ... said": a member of
     * the unnamed group cited before is that group; with none before, one
     * unnamed official */
    if (m->ne - m->ns == 4 && is_w(c, m->ns, "one") && is_w(c, m->ns + 1, "of") &&
        is_w(c, m->ns + 2, "the") && is_w(c, m->ns + 3, "officials")) {
        const struct tok *t = T(c, m->ns + 3);
        size_t lo = c->cits.n > COREF_WINDOW ? c->cits.n - COREF_WINDOW : 0;
        for (size_t i = c->cits.n; i-- > lo;)
            if (c->cits.v[i].kind == K_ANON && c->cits.v[i].embed < 0 &&
                has_word(c->cits.v[i].source, c->d->text.s + t->s, t->e - t->s)) {
                m->coref = (int)i;
                return true;
            }
        m->kind = K_ANON;
        return true;
    }
    size_t s = m->ns;
    if (m->ne - s == 2 && (LX(c, s) & LX_TITLE) && T(c, s + 1)->cap)
        s++; /* "Mr. Li" */
    if (m->ne - s == 2 && is_w(c, s, "the") && T(c, s + 1)->cap &&
        ((m->coref = acronym_coref(c, s + 1)) >= 0 || acronym_before(c, s + 1, m) ||
         acronym_spelled(c, s + 1, m)))
        return true; /* "the WHO", "the FRU" after "the Fiji Rugby Union (FRU)" */
    if (m->ne - s == 1 && T(c, s)->cap && !(LX(c, s) & LX_COUNTRY)) {
        m->coref = coref_find(c, s, 0, false);
        if (m->coref >= 0)
            return true;
        if (full_name_before(c, s, s + 1, m)) {
            m->kind = K_PERSON;
            return true;
        }
        if (acronym_before(c, s, m))
            return true;
        if ((m->coref = acronym_coref(c, s)) >= 0)
            return true;
        if (acronym_spelled(c, s, m))
            return true;
        if (outlet_of(c, s, s + 1) < 0 && (m->kind = noted_kind(c, s)) != NULL)
            return true;
    }
    /* "Le Pen said" after "Marine Le Pen", "de la Fuente said" after "Maria de
     * la Fuente": a surname with its particles, in either case */
    if (particle_surname(c, s, m->ne) && full_name_before(c, s, m->ne, m)) {
        m->kind = K_PERSON;
        return true;
    }
    /* "the state news agency", "the public broadcaster": an outlet named before */
    if (m->ne - m->ns > 2 && m->ne - m->ns <= 5 && is_w(c, m->ns, "the") &&
        (LX(c, m->ne - 1) & LX_MEDIA) && !any_proper(c, m->ns + 1, m->ne)) {
        m->coref = coref_find(c, m->ne - 1, LX_MEDIA, true);
        if (m->coref >= 0)
            return true;
    }
    if (m->ne - m->ns == 2 && is_w(c, m->ns, "the") &&
        (LX(c, m->ns + 1) & (LX_OFFICIAL | LX_ORG | LX_MEDIA | LX_ANON | LX_TITLE))) {
        m->coref = coref_find(c, m->ns + 1, LX(c, m->ns + 1), true);
        if (m->coref >= 0)
            return true;
        if ((LX(c, m->ns + 1) & (LX_OFFICIAL | LX_ORG)) && !(LX(c, m->ns + 1) & LX_TITLE)) {
            m->kind = kind_of_range(c, m);
            if (m->kind && !name_before(c, m->ns + 1, m) && !T(c, m->ns + 1)->cap &&
                !(LX(c, m->ns + 1) & LX_MEDIA) && !is_w(c, m->ns + 1, "police") &&
                named_source_before(c))
                return false;
            return m->kind != NULL;
        }
    }
    if ((m->coref = words_coref(c, m->ns, m->ne)) >= 0 || (m->coref = doc_coref(c, m)) >= 0)
        return true;
    /* "the judge" after "Judge Nino Beridze": the one the title was given to */
    if (m->ne - m->ns == 2 && is_w(c, m->ns, "the") && (LX(c, m->ns + 1) & LX_TITLE) &&
        !(LX(c, m->ns + 1) & LX_ANON) && name_before(c, m->ns + 1, m)) {
        m->kind = K_PERSON;
        return true;
    }
    /* "Candidate announces rally": a bare title with no name or article is
     * headline shorthand, not a source */
    if (m->ne - m->ns == 1 && (LX(c, m->ns) & LX_TITLE) && !(LX(c, m->ns) & LX_ANON))
        return false;
    /* "The Namibian newspaper reported", "the Post-Courier website": a name
     * with its medium's word after it is the outlet; the word is no part of
     * its name */
    static const char *const MEDIUM[] = {"newspaper", "tabloid", "broadsheet", "website",
                                         "broadcaster", "magazine"};
    if (m->ne - m->ns >= 2 && m->ne - m->ns <= 6 && T(c, m->ne - 2)->cap &&
        T(c, m->ne - 2)->kind == TK_WORD && !LX(c, m->ne - 2) && /* not "The newspaper" */
        T(c, m->ne - 1)->kind == TK_WORD &&
        !T(c, m->ne - 1)->cap && is_w_in(c, m->ne - 1, MEDIUM, sizeof MEDIUM / sizeof *MEDIUM)) {
        m->ne--;
        m->kind = K_OUTLET;
        return true;
    }
    m->kind = kind_of_range(c, m);
    return m->kind != NULL;
}

/* ---- finding the source next to a cue --------------------------------- */

/* "and" inside a name: "the Globe and Mail", "Procter and Gamble". */
/* "Samsung Electronics and SK Hynix said": names of two capitalised words or
 * more on both sides of "and" are two sources ("Procter and Gamble", "the
 * Securities and Exchange Commission" have one word before it). */
static bool titled_portfolio(const struct actx *c, size_t k, size_t e);

static bool two_names_at(const struct actx *c, size_t i)
{
    if (!is_w(c, i, "and") || i < c->ss + 1 || i + 1 >= c->se)
        return false;
    /* capitalised words on each side; one side of two or more ("Fjordlaks and
     * Havbruk Nord"), as "Procter and Gamble" is one name */
    size_t l = 0, r = 0;
    while (l < 2 && i - l > c->ss && T(c, i - l - 1)->kind == TK_WORD &&
           T(c, i - l - 1)->cap && !(LX(c, i - l - 1) & LX_DET))
        l++;
    while (r < 2 && i + r + 1 < c->se && T(c, i + r + 1)->kind == TK_WORD &&
           T(c, i + r + 1)->cap && !(LX(c, i + r + 1) & LX_DET))
        r++;
    if (!l || !r || l + r < 3)
        return false;
    /* "Ministry of Finance, Planning and Economic Development": the last
     * fields of a body's name that lists them */
    if (i - l > c->ss + 2 && is_comma(c, i - l - 1) && T(c, i - l - 2)->cap &&
        ((range_flags(c, i - l - 2 > c->ss + 4 ? i - l - 6 : c->ss, i - l - 1) &
          (LX_ORG | LX_OFFICIAL)) ||
         titled_portfolio(c, i - l - 2 > c->ss + 4 ? i - l - 6 : c->ss, i - l - 1)))
        return false; /* ("Minister for Climate, Energy and Utilities") */
    /* "Institute for Research on Glaciers and Mountain Ecosystems": inside a
     * longer name */
    if (i - l > c->ss && (is_w(c, i - l - 1, "of") || is_w(c, i - l - 1, "for") ||
                          is_w(c, i - l - 1, "on") || is_w(c, i - l - 1, "in")))
        return false;
    /* "the Ethics and Anti-Corruption Commission", "Manufacturers and Exporters
     * Association": an institution's head after it makes one name */
    for (size_t k = i + 1; k < c->se && T(c, k)->kind == TK_WORD && T(c, k)->cap; k++)
        if (LX(c, k) & (LX_ORG | LX_OFFICIAL | LX_MEDIA))
            return false;
    return true;
}

static bool inner_and(const struct actx *c, size_t i)
{
    return (is_w(c, i, "and") || T(c, i)->ch == '&') && i > c->ss && i + 1 < c->se &&
           !two_names_at(c, i) &&
           T(c, i - 1)->cap && T(c, i + 1)->cap && !(LX(c, i - 1) & LX_COUNTRY) &&
           !(LX(c, i + 1) & LX_COUNTRY);
}

/* A word that links a modifier to its noun: "briefed on", "close to",
 * "familiar with", "released by". The preposition after it stays inside the
 * noun phrase ("two diplomats briefed on the talks said"). */
static bool modifier_link(const struct actx *c, size_t i)
{
    /* ("a letter sent to the department", "a plan drawn up by") */
    return T(c, i)->kind == TK_WORD &&
           (participle(c, i) || is_w(c, i, "close") || is_w(c, i, "familiar") ||
            (i > c->ss && doc_head(c, i - 1) &&
             (is_w(c, i, "sent") || is_w(c, i, "written") || is_w(c, i, "drawn") ||
              is_w(c, i, "given") || is_w(c, i, "made"))));
}

/* Does an article at token k start a noun phrase of its own? Only a
 * preposition, conjunction or verb links it to the words before: "told the
 * BBC | the figures showed", but "a spokesperson for the Securities". */
static bool new_phrase(const struct actx *c, size_t k)
{
    if (k <= c->ss || !(is_w(c, k, "the") || is_w(c, k, "a") || is_w(c, k, "an")))
        return false;
    if (T(c, k - 1)->kind != TK_WORD || (LX(c, k - 1) & (LX_BOUND | LX_STOP | LX_DET)))
        return false;
    return !is_prep(c, k - 1);
}

/* The noun phrase a relative "who"/"which" after the comma at token comma
 * refers to: back to the nearest preposition, so "approval from the Department
 * of Transportation, which said" gives the department. */
static bool antecedent_before(const struct actx *c, size_t comma, bool which, size_t *ns)
{
    size_t k = comma;
    while (k > c->ss && comma - k < MAX_SUBJECT) {
        const struct tok *t = T(c, k - 1);
        unsigned f = LX(c, k - 1);
        /* ("the Depositors' Union, which said": the apostrophe is the name's) */
        if (t->kind != TK_WORD && t->ch != '&' && !plural_possessive(c, k - 1))
            break;
        /* "needs the approval of the Competition Authority, which said": a
         * thing's "of" names the body; a name's own ("Department of
         * Transportation") is crossed */
        if (which && tok_is(c, k - 1, "of") && k - 1 > c->ss && T(c, k - 2)->kind == TK_WORD &&
            !T(c, k - 2)->cap && !(LX(c, k - 2) & (LX_DET | LX_TITLE | LX_ANON)))
            break;
        if (!t->cap && !(f & LX_DET) && !is_w(c, k - 1, "of") && !inner_and(c, k - 1) &&
            (f & (LX_STOP | LX_BOUND | LX_SAY | LX_AUX) || is_w(c, k - 1, "by") ||
             is_w(c, k - 1, "from") || is_w(c, k - 1, "for") || is_w(c, k - 1, "with")))
            break;
        k--;
        if (new_phrase(c, k))
            break;
    }
    while (k < comma && (is_w(c, k, "of") || participle(c, k)))
        k++;
    *ns = k;
    return k < comma;
}

/* The clause subject ending at token e (exclusive): back to a boundary. */
/* The apostrophe of "the Australian Cricketers' Association", "the Farmers'
 * Union": right after a capitalised plural, inside a name. */
static bool plural_possessive(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i), *p;
    const unsigned char *x = (const unsigned char *)c->d->text.s + t->s;
    if (i == c->ss || i + 1 >= c->se ||
        !(x[0] == '\'' || (x[0] == 0xE2 && x[1] == 0x80 && x[2] == 0x99)))
        return false;
    p = T(c, i - 1);
    if (p->kind != TK_WORD || p->e != t->s || c->d->text.s[p->e - 1] != 's' ||
        T(c, i + 1)->kind != TK_WORD)
        return false;
    /* "the farmers' union": in lower case only where no quote pairs the mark */
    return (p->cap && T(c, i + 1)->cap) || t->kind == TK_PUNCT;
}


/* Is [k, e) the end of a name that lists its fields with commas ("...,
 * Planning and Economic Development", "..., Food and Rural Affairs")? The
 * word before the comma at k - 1 is capitalised, and [k, e) is capitalised
 * words joined by an inner "and". */
static bool list_tail(const struct actx *c, size_t k, size_t e)
{
    bool and = false;
    if (k < c->ss + 2 || T(c, k - 2)->kind != TK_WORD || !T(c, k - 2)->cap || !T(c, k)->cap)
        return false;
    for (size_t i = k; i < e; i++) {
        if (is_w(c, i, "and") && i > k && i + 1 < e && T(c, i + 1)->cap)
            and = true;
        /* "Marine Resources, Fisheries and Shipping": fields listed on */
        else if (is_comma(c, i) && i > k && !and && i + 1 < e && T(c, i + 1)->cap &&
                 T(c, i + 1)->kind == TK_WORD && T(c, i - 1)->cap)
            continue;
        else if (T(c, i)->kind != TK_WORD ||
                 !(T(c, i)->cap || is_w(c, i, "of") || is_w(c, i, "for")))
            return false;
    }
    return and;
}

/* "the National Institute for Research on Glaciers": "on" at token i inside
 * a body's name, between capitalised words, the body's own word before it. */
static bool body_name_on(const struct actx *c, size_t i)
{
    if (i + 1 >= c->se || !T(c, i + 1)->cap || T(c, i + 1)->kind != TK_WORD ||
        c->ti[i + 1].date)
        return false;
    for (size_t k = i; k > c->ss && i - k < 4; k--) {
        const struct tok *t = T(c, k - 1);
        if (t->kind != TK_WORD || !(t->cap || tok_is(c, k - 1, "for") || tok_is(c, k - 1, "of")))
            return false;
        if (t->cap && (LX(c, k - 1) & (LX_ORG | LX_OFFICIAL)))
            return true;
    }
    return false;
}

/* "Minister for Climate, Energy and Utilities Søren Holm-Madsen": a title
 * with "for" or "of" in [k, e) opens a portfolio that lists its fields. */
static bool titled_portfolio(const struct actx *c, size_t k, size_t e)
{
    for (size_t i = k; i + 1 < e; i++)
        if (T(c, i)->cap && (LX(c, i) & LX_TITLE) && !(LX(c, i) & LX_ANON) &&
            (is_w(c, i + 1, "for") || is_w(c, i + 1, "of")))
            return true;
    return false;
}

/* "a bus driver on route 51", "a nurse on the night shift": "on" at token i
 * between a person's noun and the post or round that person works, inside
 * the subject ending at e. Not a date ("officials on Monday said"). */
static bool post_on(const struct actx *c, size_t i, size_t e)
{
    if (i <= c->ss || i + 1 >= e || T(c, i - 1)->kind != TK_WORD || T(c, i - 1)->cap ||
        !person_noun(c, i - 1) || (LX(c, i - 1) & (LX_SAY | LX_AUX)))
        return false;
    for (size_t k = i + 1; k < e; k++)
        if (T(c, k)->kind != TK_WORD || c->ti[k].date)
            return false;
    return true;
}

/* "A petition filed in the Allahabad High Court by a group of candidates
 * said": a document's noun and a participle a few words before the "by" at
 * token b, where it was filed between; the one who filed it is part of the
 * document's subject. */
static bool doc_filed_before(const struct actx *c, size_t b)
{
    for (size_t k = b; k > c->ss + 1 && b - k < 8; k--) {
        if (T(c, k - 1)->kind != TK_WORD || (LX(c, k - 1) & LX_BOUND))
            return false;
        if (participle(c, k - 1) && !T(c, k - 1)->cap && doc_head(c, k - 2))
            return true;
    }
    return false;
}

static bool subject_before(const struct actx *c, size_t e, size_t *ns)
{
    size_t k = e, crossed = 0; /* crossed: where the name's list began, or 0 */
    while (k > c->ss && e - k <= MAX_SUBJECT) {
        unsigned f = LX(c, k - 1);
        bool linked = k - 1 > c->ss && modifier_link(c, k - 2);
        if (is_comma(c, k - 1) && list_tail(c, k, e)) {
            crossed = crossed ? crossed : k;
            k--;
            continue;
        }
        if (is_punct(c, k - 1) && T(c, k - 1)->ch != '&' && !plural_possessive(c, k - 1))
            break;
        if ((f & LX_BOUND) && !inner_and(c, k - 1))
            break;
        /* "Reporters Without Borders", "Mothers Against Drunk Driving": the
         * capitalised word inside a body's name */
        bool named = T(c, k - 1)->cap && k - 1 > c->ss && k < e && T(c, k - 2)->cap &&
                     T(c, k)->cap && (is_w(c, k - 1, "without") || is_w(c, k - 1, "against"));
        if ((f & LX_STOP) && !is_w(c, k - 1, "in") && !is_w(c, k - 1, "at") && !linked &&
            !named && !(tok_is(c, k - 1, "on") && (body_name_on(c, k - 1) || post_on(c, k - 1, e))))
            break;
        /* "described as ... by the director"; but "a report by a panel of experts
         * found" is one subject */
        if (is_w(c, k - 1, "by") && !linked && !(k - 1 > c->ss && (LX(c, k - 2) & LX_DOC)) &&
            !doc_filed_before(c, k - 1))
            break;
        if ((f & (LX_SAY | LX_AUX)) && !(f & LX_DOC) && !T(c, k - 1)->cap)
            break;
        k--;
        if (new_phrase(c, k))
            break;
    }
    /* a list of fields is one name only in a body's name: "Ministry of Finance,
     * Planning and Economic Development", not "Ana Ruiz, Pia Berg and Tom Lee" */
    bool of_name = false; /* "Chamber of Commerce, Enterprise and Industry" */
    for (size_t i = k + 1; crossed && i + 2 < crossed && !of_name; i++)
        of_name = is_w(c, i, "of") && T(c, i - 1)->cap && T(c, i + 1)->cap;
    if (crossed && (k == crossed - 1 || !((range_flags(c, k, e) & (LX_ORG | LX_OFFICIAL)) ||
                                          of_name)) &&
        !titled_portfolio(c, k, crossed))
        k = crossed;
    if (k == e || e - k > MAX_SUBJECT)
        return false;
    while (k < e && (is_w(c, k, "in") || is_w(c, k, "at")))
        k++;
    /* "[was] criticised by opposition councillors": the agent, not the participle */
    if (k + 2 < e && participle(c, k) && !T(c, k)->cap && is_w(c, k + 1, "by"))
        k += 2;
    *ns = k;
    return k < e;
}

/* A date phrase at token i; returns the number of tokens it covers (0: none). */
static size_t date_at(const struct actx *c, size_t i, size_t pe, struct citep_date_expr *x,
                      size_t *bytes)
{
    if (i >= c->se || T(c, i)->kind != TK_WORD)
        return 0;
    if (!may_date(c, i))
        return 0;
    size_t n = pe - T(c, i)->s;
    *bytes = citep_date_scan(c->d->text.s + T(c, i)->s, n > 64 ? 64 : n, x);
    if (!*bytes)
        return 0;
    size_t stop = T(c, i)->s + *bytes, j = i;
    while (j < c->se && T(c, j)->s < stop)
        j++;
    return j - i;
}

/* "seen by", "cited by": a document carried by an outlet, which follows. */
static bool carrier_at(const struct actx *c, size_t i)
{
    return (is_w(c, i, "seen") || is_w(c, i, "cited") || is_w(c, i, "obtained") ||
            is_w(c, i, "quoted")) && is_w(c, i + 1, "by");
}

/* "May", "2023": a month's name or a year, alone. */
static bool month_or_year(const struct actx *c, size_t i)
{
    if (i >= c->se || T(c, i)->kind != TK_WORD)
        return false;
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    if (t->e - t->s == 4 && (w[0] == '1' || w[0] == '2') && isdigit((unsigned char)w[1]) &&
        isdigit((unsigned char)w[2]) && isdigit((unsigned char)w[3]))
        return true;
    return t->cap && citep_wordset_find(&month_set, c->fold + c->ti[i].fold, c->ti[i].len);
}

/* "embassy", "consulate", "delegation": a state's office abroad or in a region. */
static bool mission_tok(const struct actx *c, size_t i)
{
    return tok_is(c, i, "embassy") || tok_is(c, i, "consulate") ||
           tok_is(c, i, "consulate-general") || tok_is(c, i, "delegation");
}

/* Does the word at token k (> s when it counts), a preposition, go on with the
 * source after a cue that began at s? "citing two officials at the ministry":
 * where unnamed people work; "citing the Indian embassy in Kathmandu": a
 * mission's place is part of its name; "citing sources close to the board". */
static bool stop_inside(const struct actx *c, size_t s, size_t k)
{
    if (k == s)
        return false;
    if (is_w(c, k, "at"))
        return (LX(c, k - 1) & LX_ANON) != 0;
    /* "citing a person close to the board": who they are close to says who
     * they are */
    if (is_w(c, k, "to"))
        return k - 1 > s && is_w(c, k - 1, "close");
    return is_w(c, k, "in") && k + 1 < c->se && mission_tok(c, k - 1) &&
           (T(c, k + 1)->cap || is_w(c, k + 1, "the"));
}

/* After a document "published": where or when, from "in"/"on" at token k
 * ("on Monday", "in The Lancet", "in the journal Communications Earth &
 * Environment"). Returns the token after it, or k when none. */
static size_t venue_end(const struct actx *c, size_t k, size_t pe)
{
    struct citep_date_expr x;
    size_t bytes, i = k + 1, n;
    if (!(is_w(c, k, "in") || is_w(c, k, "on")) || i >= c->se)
        return k;
    if ((n = date_at(c, k, pe, &x, &bytes)) != 0) /* "on Monday" */
        return k + n;
    if ((n = date_at(c, i, pe, &x, &bytes)) != 0) /* "in March" */
        return i + n;
    i += i < c->se && is_w(c, i, "the");
    for (size_t w = 0; w < 2 && i < c->se && T(c, i)->kind == TK_WORD && !T(c, i)->cap &&
                       (LX(c, i) & LX_MEDIA);
         w++)
        i++; /* "the journal", "the medical journal" */
    size_t e = i;
    while (e < c->se && ((T(c, e)->kind == TK_WORD && T(c, e)->cap) ||
                         (e > i && T(c, e)->ch == '&' && e + 1 < c->se && T(c, e + 1)->cap)))
        e++;
    return e > i ? e : k;
}

/* The source phrase starting at token s (after a cue): to a boundary. */
static size_t object_after(const struct actx *c, size_t s, size_t pe)
{
    struct citep_date_expr x;
    size_t k = s, bytes;
    bool published = false; /* "published by X in May": the date goes with it */
    bool appeared = false;  /* "a paper published on Monday in the journal X" */
    while (k < c->se && k - s < MAX_OBJECT) {
        unsigned f = LX(c, k);
        if (is_punct(c, k) && T(c, k)->ch != '&' && !(k > s && plural_possessive(c, k)))
            break;
        if (k > s && (f & LX_BOUND) && !inner_and(c, k))
            break;
        published = published || (k > s && published_by(c, k - 1, k + 2) == k);
        /* "a paper published on Monday in the journal Zootaxa": where and
         * when a document appeared go with it */
        if (k > s && is_w(c, k, "published") && doc_head(c, k - 1))
            appeared = true;
        size_t v = appeared ? venue_end(c, k, pe) : k;
        if (v > k) {
            k = v;
            if (k < c->se && !is_punct(c, k) && !is_w(c, k, "in") && !is_w(c, k, "on"))
                break; /* "published on Monday the toll rose": no comma */
            continue;
        }
        /* "announced by the Office of the Prime Minister late on Monday": a
         * time of day's adverb before a date ends the name */
        if (k > s && (is_w(c, k, "late") || is_w(c, k, "early")) && k + 1 < c->se &&
            (is_w(c, k + 1, "on") || is_w(c, k + 1, "in") || is_w(c, k + 1, "last") ||
             is_w(c, k + 1, "this") || date_at(c, k + 1, pe, &x, &bytes)))
            break;
        size_t dn = date_at(c, k, pe, &x, &bytes);
        /* "RTL Today", "USA Today": a capitalised "Today" after a name is
         * the name's */
        if (dn == 1 && k > s && T(c, k)->cap && T(c, k - 1)->cap &&
            T(c, k - 1)->kind == TK_WORD && (is_w(c, k, "today") || is_w(c, k, "tonight")))
            dn = 0;
        /* "published by X in May", "announced by the officer in Kitwe" */
        if (published && is_w(c, k, "in") && k + 1 < c->se &&
            (month_or_year(c, k + 1) || (T(c, k + 1)->cap && T(c, k + 1)->kind == TK_WORD &&
                                         !(LX(c, k + 1) & LX_DET)))) {
            k += 2;
            continue;
        }
        if (dn && !(k > s && participle(c, k - 1)))
            break;
        if (dn) {
            k += dn;
            continue;
        }
        /* "citing two officials at the ministry": where unnamed people work */
        if ((f & LX_STOP) && !(k > s && participle(c, k - 1)) && !stop_inside(c, s, k))
            break;
        if (k > s && (f & (LX_SAY | LX_FIND)) && !(f & LX_DOC) && !(LX(c, k - 1) & LX_DOC) &&
            !(published_by(c, k - 1, k + 2) == k)) /* "the results announced by" */
            break;
        if (k > s && carrier_at(c, k))
            break;
        k++;
    }
    /* "a 2022 aerial survey by the five countries of the Kavango-Zambezi
     * conservation area.": a long phrase cut short a word or two before its
     * clause ends runs to that end */
    if (k - s == MAX_OBJECT) {
        size_t j = k;
        while (j < c->se && j < k + 3 && T(c, j)->kind == TK_WORD && !c->ti[j].date &&
               !(LX(c, j) & (LX_BOUND | LX_STOP | LX_SAY | LX_AUX | LX_DET)))
            j++;
        if (j > k && (j == c->se || (is_punct(c, j) && T(c, j)->ch != '&' &&
                                     T(c, j)->kind == TK_PUNCT)))
            k = j;
    }
    return k;
}

/* ", China's defense minister," before a name, or a name before a role. */
static void appositive_before(const struct actx *c, struct mention *m)
{
    size_t comma = m->ns;
    if (comma <= c->ss + 1 || T(c, comma - 1)->ch != ',' || T(c, comma - 1)->kind != TK_PUNCT)
        return;
    size_t ps;
    if (!subject_before(c, comma - 1, &ps))
        return;
    /* "Her son, Marco, who ..., said": a person's noun after a possessive is
     * a role too, and makes the bare name a person's */
    bool kin = comma - 1 == ps + 2 && ((LX(c, ps) & LX_DET) || possessive_tok(c, ps)) &&
               !T(c, ps + 1)->cap && person_noun(c, ps + 1);
    if (name_like(c, m->ns, m->ne) && (role_like(c, ps, comma - 1) || kin)) {
        m->rs = ps, m->re = comma - 1;
        m->as = ps;
        if (kin && m->kind == K_ORG && m->coref < 0 && !company_name(c, m->ns, m->ne))
            m->kind = K_PERSON;
    } else if (role_like(c, m->ns, m->ne) && name_like(c, ps, comma - 1) &&
               /* (not "In Lofa, a district officer said": a place opening
                * the sentence) */
               !(ps > c->ss && (is_prep(c, ps - 1) || (LX(c, ps - 1) & LX_STOP))) &&
               !(range_flags(c, m->ns, m->ne) & LX_ANON && !(range_flags(c, m->ns, m->ne) &
                                                              LX_TITLE))) {
        m->rs = m->ns, m->re = m->ne;
        m->ns = ps, m->ne = comma - 1;
        m->as = ps;
        m->kind = outlet_of(c, m->ns, m->ne) >= 0 ? K_OUTLET : K_PERSON;
    }
}

/* "said Li Shangfu, China's defense minister." */
static void appositive_after(const struct actx *c, struct mention *m, size_t pe)
{
    size_t k = m->ne;
    if (k + 1 >= c->se || T(c, k)->kind != TK_PUNCT || T(c, k)->ch != ',' ||
        !name_like(c, m->ns, m->ne))
        return;
    size_t e = object_after(c, k + 1, pe);
    /* "said Le Minh Tuan, a climate researcher": a person's role makes a
     * name that opens like a paper's title a person's */
    unsigned rf = range_flags(c, k + 1, e);
    bool who = (rf & LX_TITLE) != 0;
    for (size_t i = k + 1; i < e && !is_prep(c, i); i++)
        who = who || (!T(c, i)->cap && person_noun(c, i));
    if (m->kind == K_OUTLET && who && !(rf & LX_MEDIA) && outlet_of(c, m->ns, m->ne) < 0)
        m->kind = K_PERSON;
    if (role_like(c, k + 1, e)) {
        m->rs = k + 1, m->re = e;
        if (e > m->ae)
            m->ae = e;
    }
}


/* ---- strings ----------------------------------------------------------- */

/* Text of tokens [s, e) with curly apostrophes made straight (names, roles). */
static const char *tok_text(struct actx *c, size_t s, size_t e)
{
    const char *p = c->d->text.s + T(c, s)->s;
    size_t n = T(c, e - 1)->e - T(c, s)->s, k = 0;
    const char *e2 = memchr(p, 0xE2, n); /* the first byte of U+2019 */
    char *out = citep_arena_alloc(c->d->arena, n + 1);
    if (!out)
        return NULL;
    size_t i = e2 ? (size_t)(e2 - p) : n; /* the bytes before it are copied as they are */
    memcpy(out, p, i);
    for (k = i; i < n; i++) {
        if ((unsigned char)p[i] == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
            (unsigned char)p[i + 2] == 0x99) {
            out[k++] = '\'';
            i += 2;
        } else {
            out[k++] = p[i];
        }
    }
    out[k] = '\0';
    return out;
}

static bool trim_char(unsigned char ch)
{
    return ch == ' ' || ch == ',' || ch == ';' || ch == ':' || ch == '\n' || ch == '\t' ||
           ch == '.' || ch == '-';
}

/* s[a..b) trimmed of spaces, commas, dashes and end punctuation; at most
 * MAX_FIELD bytes, cut on a character boundary (keep_end: keep the end). */
static const char *field(struct actx *c, size_t a, size_t b, bool keep_end)
{
    const char *s = c->d->text.s;
    for (;;) {
        while (a < b && trim_char((unsigned char)s[a]))
            a++;
        while (b > a && trim_char((unsigned char)s[b - 1]))
            b--;
        /* em/en dashes (E2 80 93/94) */
        if (b - a >= 3 && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
            ((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94)) {
            a += 3;
            continue;
        }
        if (b - a >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
            ((unsigned char)s[b - 1] == 0x93 || (unsigned char)s[b - 1] == 0x94)) {
            b -= 3;
            continue;
        }
        break;
    }
    if (b - a >= 5 && strncmp(s + a, "that ", 5) == 0)
        a += 5;
    if (a >= b)
        return NULL;
    if (b - a > MAX_FIELD) {
        if (keep_end) {
            a = b - MAX_FIELD;
            while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80)
                a++;
        } else {
            b = a + MAX_FIELD;
            while (b > a && ((unsigned char)s[b] & 0xC0) == 0x80)
                b--;
        }
    }
    return citep_arena_strndup(c->d->arena, s + a, b - a);
}

#define DATELINE_MAX 80 /* bytes: "ADDIS ABABA, Ethiopia (Reuters) - " */

/* Where a wire dateline opening s[a..b) ends: words in capitals (the city),
 * then optionally ", Country" and "(Agency)", then a dash ("ADDIS ABABA,
 * Ethiopia (Reuters) - ", "SEOUL, Nov. 26 (Yonhap) --"); a when there is none.
 * The dateline says where the story was filed, not what the source said. */
static bool dash_at(const char *s, size_t d, size_t lim, size_t *end)
{
    if (d + 1 < lim && s[d] == '-' && (s[d + 1] == ' ' || (s[d + 1] == '-' && d + 2 < lim &&
                                                         s[d + 2] == ' '))) {
        *end = d + (s[d + 1] == '-' ? 3 : 2);
        return true;
    }
    if (d + 3 < lim && (unsigned char)s[d] == 0xE2 && (unsigned char)s[d + 1] == 0x80 &&
        ((unsigned char)s[d + 2] == 0x93 || (unsigned char)s[d + 2] == 0x94) && s[d + 3] == ' ') {
        *end = d + 4;
        return true;
    }
    return false;
}

static size_t dateline_end(const char *s, size_t a, size_t b)
{
    size_t i = a, caps = 0, end, lim = b - a > DATELINE_MAX ? a + DATELINE_MAX : b;
    /* the city in capitals: "ADDIS ABABA", "SÃO PAULO", "N'DJAMENA" */
    while (i < lim && ((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0x80 ||
                       s[i] == '\'' || s[i] == '.' ||
                       (s[i] == ' ' && i + 1 < lim && s[i + 1] >= 'A' && s[i + 1] <= 'Z')))
    {
        if (s[i] >= 'A' && s[i] <= 'Z')
            caps++;
        i++;
    }
    if (caps < 3 || i >= lim)
        return a;
    if (s[i] == ' ' && dash_at(s, i + 1, lim, &end))
        return end;
    if (s[i] != ',' && !(s[i] == ' ' && i + 1 < lim && s[i + 1] == '('))
        return a;
    /* then ", Country", ", Nov. 26", " (Reuters)" up to the dash: no quote,
     * no sentence end */
    for (size_t k = i; k + 1 < lim; k++) {
        if (s[k] == '"' || s[k] == ';' || s[k] == ':' ||
            ((unsigned char)s[k] == 0xE2 && s[k + 1] == (char)0x80 && k + 2 < lim &&
             ((unsigned char)s[k + 2] == 0x9C || (unsigned char)s[k + 2] == 0x9D)))
            return a;
        if (s[k] == ' ' && dash_at(s, k + 1, lim, &end))
            return end;
    }
    return a;
}

/* The claim: the sentence without the attribution phrase [as, ae). */
static const char *claim_of(struct actx *c, size_t as, size_t ae)
{
    size_t s0 = T(c, c->ss)->s, s1 = T(c, c->se - 1)->e;
    size_t a = T(c, as)->s, b = T(c, ae - 1)->e;
    bool that = ae < c->se && (is_w(c, ae, "that") ||
                               (T(c, ae)->kind == TK_PUNCT && T(c, ae)->ch == ':'));
    bool dash_before = as > c->ss && T(c, as - 1)->kind == TK_PUNCT && T(c, as - 1)->ch == '-';
    /* "Although China claims to be neutral, ...": the claim ends with the clause */
    bool sub = as > c->ss && (LX(c, as - 1) & LX_BOUND) && !is_w(c, as - 1, "and") &&
               !is_w(c, as - 1, "as") && !is_w(c, as - 1, "but");
    if (sub)
        for (size_t k = ae; k < c->se && k < ae + 80; k++)
            if (T(c, k)->kind == TK_PUNCT && T(c, k)->ch == ',') {
                s1 = T(c, k)->s;
                break;
            }
    if (a > s0)
        s0 = dateline_end(c->d->text.s, s0, a);
    const char *before = that || dash_before || sub ? NULL : field(c, s0, a, true);
    const char *after = field(c, b, s1, false);
    if (!before)
        return after;
    if (!after)
        return before;
    size_t nb = strlen(before), na = strlen(after);
    char *both = citep_arena_alloc(c->d->arena, nb + na + 2);
    if (!both)
        return NULL;
    memcpy(both, before, nb);
    both[nb] = ' ';
    memcpy(both + nb + 1, after, na + 1);
    return both;
}

/* The quote nearest to the attribution in the sentence, without the marks. */
static const char *quote_of(struct actx *c, size_t as, size_t ae)
{
    long best = -1;
    size_t gap = (size_t)-1;
    size_t lo = as > c->ss + 60 ? as - 60 : c->ss, hi = ae + 60 < c->se ? ae + 60 : c->se;
    for (size_t i = lo; i < hi; i++) {
        const struct tok *t = T(c, i);
        if (t->kind != TK_QOPEN || t->pair < 0 || (size_t)t->pair >= c->se)
            continue;
        size_t cl = (size_t)t->pair, g;
        if (cl < as)
            g = as - cl;
        else if (i >= ae)
            g = i - ae + 1;
        else
            continue; /* the attribution sits inside this quote */
        if (g < gap)
            gap = g, best = (long)i;
    }
    if (best < 0)
        return NULL;
    const char *s = c->d->text.s;
    size_t a = T(c, (size_t)best)->e, b = T(c, (size_t)T(c, (size_t)best)->pair)->s;
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == ',' || s[b - 1] == '.'))
        b--;
    if (a >= b)
        return NULL;
    if (b - a > MAX_FIELD) {
        b = a + MAX_FIELD;
        while (b > a && ((unsigned char)s[b] & 0xC0) == 0x80)
            b--;
    }
    return citep_arena_strndup(c->d->arena, s + a, b - a);
}

/* ---- citations ---------------------------------------------------------- */

struct found { /* what one attribution says besides its source */
    const char *cue, *date, *date_text, *claim, *quote;
};

/* Append sp to w's spans. They live in the arena, where the report keeps
 * them: most citations have one or two, and a malloc and free each cost more
 * than the few bytes a grown array leaves behind. */
static cite_status span_push(struct actx *c, struct wcit *w, cite_span sp)
{
    if (w->spans.n == w->spans.cap) {
        size_t cap = w->spans.cap ? 2 * w->spans.cap : 2;
        cite_span *v = cap <= SIZE_MAX / sizeof *v
                           ? citep_arena_alloc(c->d->arena, cap * sizeof *v) : NULL;
        if (!v)
            return CITE_ENOMEM;
        if (w->spans.n)
            memcpy(v, w->spans.v, w->spans.n * sizeof *v);
        w->spans.v = v;
        w->spans.cap = cap;
    }
    w->spans.v[w->spans.n++] = sp;
    return CITE_OK;
}

static cite_status add_span(struct actx *c, struct wcit *w, size_t ts, size_t te)
{
    cite_span sp = citep_span_from_view(c->d, &c->d->text, ts, te);
    if (w->spans.n && w->spans.v[w->spans.n - 1].start == sp.start)
        return CITE_OK;
    if (!w->spans.n)
        w->first = sp.start;
    return span_push(c, w, sp);
}

static void fill_missing(struct wcit *w, const struct found *f)
{
    if (!w->cue)
        w->cue = f->cue;
    if (!w->date && !w->date_text)
        w->date = f->date, w->date_text = f->date_text;
    if (!w->claim)
        w->claim = f->claim;
    if (!w->quote)
        w->quote = f->quote;
}

/* Keeps citation idx as the unnamed person a later "he"/"she" of the
 * paragraph may stand for: one person ("A cellist", "an engineer at the
 * plant"), not "Two officials" or "Sources". */
static void note_anon(struct actx *c, const struct mention *m, int idx, const char *kind,
                      size_t ts)
{
    /* ("The engineer": one person too) */
    if (kind != K_ANON || m->coref >= 0 || m->src ||
        (m->ne <= m->ns + 1 && !(m->ns > c->ss && is_w(c, m->ns - 1, "the"))))
        return;
    c->anon.idx = idx, c->anon.at = ts + 1, c->anon.para = c->para_no;
    const struct tok *h = T(c, m->ne - 1); /* "the engineer" is one, "the engineers" more */
    bool one = is_w(c, m->ns, "the") && m->ne == m->ns + 2 && c->d->text.s[h->e - 1] != 's';
    c->anon.plural = !(is_w(c, m->ns, "a") || is_w(c, m->ns, "an") || one ||
                       m->ne == m->ns + 1);
}

static cite_status add_citation(struct actx *c, const struct mention *m, const struct found *f)
{
    size_t ts = T(c, m->ns)->s, te = T(c, m->ne - 1)->e;
    c->last_at = ts + 1;
    const char *kind = m->coref >= 0 ? c->cits.v[m->coref].kind : m->kind;
    if (kind == K_PERSON)
        c->last_person_at = ts + 1;
    int idx = m->coref;
    const char *src = NULL, *key = NULL;
    if (idx < 0) {
        src = m->src ? m->src : tok_text(c, m->ns, m->ne);
        key = src ? make_key(c, src) : NULL;
        if (!key)
            return CITE_ENOMEM;
        idx = hash_find(c, key);
    }
    if (idx >= 0) {
        struct wcit *x = &c->cits.v[idx];
        if (x->declined && !c->declining) { /* its first words on record */
            x->declined = false;
            x->cue = x->date = x->date_text = x->claim = x->quote = NULL;
        }
        fill_missing(x, f);
        if (!c->cits.v[idx].role && m->re > m->rs)
            c->cits.v[idx].role = tok_text(c, m->rs, m->re);
        if (!c->cits.v[idx].role)
            c->cits.v[idx].role = m->role;
        note_anon(c, m, idx, kind, ts);
        return add_span(c, &c->cits.v[idx], ts, te);
    }
    if (c->cits.n >= MAX_CITATIONS) {
        c->full = true;
        return CITE_OK;
    }
    struct wcit w = {0};
    w.source = src, w.key = (char *)key, w.kind = m->kind, w.embed = -1;
    w.role = m->re > m->rs ? tok_text(c, m->rs, m->re) : m->role;
    w.declined = c->declining;
    fill_missing(&w, f);
    cite_status rc = CITEP_PUSH(&c->cits, w);
    if (!rc)
        rc = hash_add(c, (int)c->cits.n - 1);
    if (!rc)
        rc = add_span(c, &c->cits.v[c->cits.n - 1], ts, te);
    if (!rc)
        note_anon(c, m, (int)c->cits.n - 1, kind, ts);
    return rc;
}

/* ---- cues ----------------------------------------------------------------- */

/* The date of the attribution: right after the cue or source, inside a
 * document's phrase ("released on Sunday"), or opening the sentence. Returns
 * the token just past the date when it follows the phrase directly, else 0. */
static size_t find_date(struct actx *c, const struct mention *m, size_t after, size_t pe,
                        struct found *f)
{
    struct citep_date_expr x;
    size_t bytes = 0, n = date_at(c, after, pe, &x, &bytes), at = after;
    for (size_t i = m->ns; !n && i < m->ne; i++)
        if (is_w(c, i, "on") || is_w(c, i, "last") || is_w(c, i, "yesterday"))
            n = date_at(c, at = i, pe, &x, &bytes);
    if (!n && (n = date_at(c, at = c->ss, pe, &x, &bytes)) &&
        !(c->ss + n < c->se && T(c, c->ss + n)->ch == ','))
        n = 0;
    if (!n)
        return 0;
    char iso[16];
    f->date_text = citep_arena_strndup(c->d->arena, c->d->text.s + T(c, at)->s, bytes);
    if (citep_date_resolve(&x, c->d->date, iso, sizeof iso))
        f->date = citep_arena_strdup(c->d->arena, iso);
    return at == after ? at + n : 0;
}

/* "lithium producer Salar Verde ... Salar Verde said", "the leather goods
 * maker Casa Verlani ... Verlani said": a name the text gave after a trade's
 * noun, or shaped like a company's, is a business, not a person. */
static bool traded_name(const struct actx *c, const struct mention *m)
{
    const char *src = m->src ? m->src : c->d->text.s + T(c, m->ns)->s;
    size_t n = m->src ? strlen(m->src) : T(c, m->ne - 1)->e - T(c, m->ns)->s;
    size_t lo = c->nante > ANTE_RING ? c->nante - ANTE_RING : 0;
    for (size_t k = c->nante; k-- > lo;) {
        const struct ante *x = &c->ante[k % ANTE_RING];
        if (x->b - x->a == n && memcmp(c->d->text.s + x->a, src, n) == 0 &&
            (!x->noun[0] || citep_wordset_find(&trade_set, x->noun, strlen(x->noun))))
            return true;
    }
    return false;
}

/* "Pohjola Board said" after "Pohjola Board Oyj will close": a company cited
 * by its short name is the one the text named in full with its legal form.
 * The full name from the names noted so far, or NULL. */
static const char *legal_name(struct actx *c, const struct mention *m)
{
    const char *t = c->d->text.s, *src = t + T(c, m->ns)->s;
    size_t n = T(c, m->ne - 1)->e - T(c, m->ns)->s;
    size_t lo = c->nante > ANTE_RING ? c->nante - ANTE_RING : 0;
    if (!T(c, m->ns)->cap || (LX(c, m->ns) & LX_DET))
        return NULL;
    for (size_t k = c->nante; k-- > lo;) {
        const struct ante *x = &c->ante[k % ANTE_RING];
        size_t len = x->b - x->a;
        if (x->noun[0] || len <= n + 1 || len > n + 6 || t[x->a + n] != ' ' ||
            memcmp(t + x->a, src, n) != 0 || memchr(t + x->a + n + 1, ' ', len - n - 1))
            continue;
        char w[8];
        size_t wl = len - n - 1;
        for (size_t i = 0; i < wl; i++)
            w[i] = (char)(t[x->a + n + 1 + i] | ((t[x->a + n + 1 + i] >= 'A' &&
                                                    t[x->a + n + 1 + i] <= 'Z') ? 32 : 0));
        if (citep_wordset_find(&legal_set, w, wl))
            return citep_arena_strndup(c->d->arena, t + x->a, len);
    }
    return NULL;
}

static bool past_verb(const struct actx *c, size_t i);
static bool passive_at(const struct actx *c, size_t i);

/* Is there a verb of saying before token b in the sentence whose reported
 * clause runs on to token at (no comma between, but ", and that")? */
static bool said_before(const struct actx *c, size_t b, size_t at)
{
    for (size_t v = c->ss; v < b; v++) {
        if (T(c, v)->kind != TK_WORD || T(c, v)->cap || !(LX(c, v) & LX_SAY) ||
            is_w(c, v, "told") || passive_at(c, v) ||
            !(past_verb(c, v) || is_w(c, v, "said") || is_w(c, v, "say") ||
              is_w(c, v, "says")))
            continue;
        size_t k = v + 1;
        for (; k < at; k++)
            if (T(c, k)->kind != TK_WORD &&
                !(is_comma(c, k) && is_w(c, k + 1, "and") && is_w(c, k + 2, "that")))
                break;
        if (k == at && at > v + 1)
            return true;
    }
    return false;
}


static cite_status finish(struct actx *c, struct mention *m, size_t cue_s, size_t cue_e,
                          size_t after, size_t pe)
{
    struct found f = {0};
    if (m->as > m->ns)
        m->as = m->ns;
    if (m->as > cue_s)
        m->as = cue_s;
    if (m->ae < cue_e)
        m->ae = cue_e;
    if (m->ae < m->ne)
        m->ae = m->ne;
    if (m->kind == K_PERSON && m->coref < 0 && m->rs == m->re && traded_name(c, m))
        m->kind = K_ORG;
    /* "a group calling itself the Batken Volunteer Guard": a name a group gives
     * itself makes it no state body, whatever its words */
    if (m->coref < 0 && m->ns >= c->ss + 2 &&
        (is_w(c, m->ns - 1, "itself") || is_w(c, m->ns - 1, "themselves")) &&
        (is_w(c, m->ns - 2, "calling") || is_w(c, m->ns - 2, "calls") ||
         is_w(c, m->ns - 2, "called")))
        m->kind = K_ORG;
    /* "Gazeta.uz reported": a web address that reports news is a news site */
    if (m->kind == K_ORG && m->coref < 0 && m->ne == m->ns + 1 && domain_tok(c, m->ns) &&
        T(c, m->ns)->cap && (is_w(c, cue_s, "reported") || is_w(c, cue_s, "reports")))
        m->kind = K_OUTLET;
    if (m->kind == K_ORG && m->coref < 0 && !m->src)
        m->src = legal_name(c, m);
    /* "Crestline Estates said" after "Crestline Estates Ltd": two capitalised
     * words that the text gave a legal form are a company, not a person */
    if (m->kind == K_PERSON && m->coref < 0 && !m->src && m->rs == m->re &&
        (m->src = legal_name(c, m)) != NULL)
        m->kind = K_ORG;
    /* "The Jordan Times reported that two of the largest donors had told
     * the government ...": unnamed people speaking inside an outlet's report
     * are the outlet's sources, not the article's; no line of their own
     * (a named body there speaks on record, and "..., citing two officials"
     * gives the outlet's sources a line) */
    const char *kind = m->coref >= 0 ? c->cits.v[m->coref].kind : m->kind;
    if (kind == K_OUTLET && cue_s > m->ns && cue_e > cue_s) {
        c->report.ss = c->ss + 1, c->report.cue = cue_e;
    } else if (c->report.ss == c->ss + 1 && m->coref < 0 && m->ns > c->report.cue &&
               m->ne <= cue_s && kind == K_ANON) {
        for (size_t k = c->report.cue; k < m->ns && k < c->report.cue + 4; k++)
            if (is_w(c, k, "that")) {
                char *key = make_key(c, m->src ? m->src : tok_text(c, m->ns, m->ne));
                if (key && hash_find(c, key) < 0)
                    return CITE_OK;
                break;
            }
    }
    /* "Marco Bianchi said the police had told him the road would reopen":
     * a new speaker right inside someone's reported words is part of that
     * claim, no source of the article's */
    bool nested = c->words.ss == c->ss + 1 && m->ns >= c->words.cue &&
                  m->ns <= c->words.cue + 1 && (m->ns == c->words.cue || is_w(c, c->words.cue, "that"));
    /* "One of them said a manager had told the meeting", "She said her
     * clients had been told by a company officer", "Villagers say ..., and
     * that company staff told them": the same for an unnamed speaker after a
     * speaker who is no citation of its own */
    bool inner = !nested && m->coref < 0 &&
                 (kind == K_ANON || (kind == K_OFFICIAL && !any_proper(c, m->ns, m->ne))) &&
                 said_before(c, m->ns < cue_s ? m->ns : cue_s, m->ns);
    if (((nested && m->ne <= cue_s) || inner) && m->coref < 0 && kind != K_OUTLET &&
        kind != K_DOC && kind != K_POST) {
        char *key = make_key(c, m->src ? m->src : tok_text(c, m->ns, m->ne));
        if (key && hash_find(c, key) < 0)
            return CITE_OK;
    }
    if (kind != K_OUTLET && kind != K_DOC && kind != K_POST && m->ne <= cue_s &&
        cue_e > cue_s && (LX(c, cue_s) & LX_SAY) && !tok_is(c, cue_s, "told"))
        c->words.ss = c->ss + 1, c->words.cue = cue_e;
    f.cue = tok_text(c, cue_s, cue_e);
    size_t dend = find_date(c, m, after, pe, &f);
    if (dend > m->ae)
        m->ae = dend;
    f.claim = claim_of(c, m->as, m->ae);
    f.quote = quote_of(c, m->as, m->ae);
    return add_citation(c, m, &f);
}

/* Source after the cue ("according to X", "stated by X", "said X"). */
/* "denied by Kiggundu's lawyer, Peter Okello, who ...", "said the firm's
 * founder, Ana Ruiz.": a role after the cue, then the name apposed to it;
 * the name is the source, the role its role. m holds the role's tokens. */
static bool role_then_name(struct actx *c, struct mention *m)
{
    size_t s = m->ns, e = m->ne, n = e + 1;
    if (n >= c->se || !is_comma(c, e))
        return false;
    bool kin = e == s + 2 && ((LX(c, s) & LX_DET) || possessive_tok(c, s)) &&
               T(c, s + 1)->kind == TK_WORD && !T(c, s + 1)->cap && person_noun(c, s + 1) &&
               !(LX(c, s + 1) & LX_ANON);
    if (!kin && !(role_like(c, s, e) && !(range_flags(c, s, e) & (LX_MEDIA | LX_ANON)) &&
                  !any_proper(c, s + 1, e)))
        return false;
    while (n < c->se && n < e + 7 && T(c, n)->kind == TK_WORD && !is_w(c, n, "who"))
        n++;
    if (n == e + 1 || !name_like(c, e + 1, n) || (n < c->se && !is_punct(c, n) &&
                                                    !is_w(c, n, "who")))
        return false;
    if (n - (e + 1) == 1)
        return false; /* a surname alone is left to the usual reading */
    *m = (struct mention){e + 1, n, s, e, s, n, NULL, -1, NULL, NULL};
    m->kind = outlet_of(c, e + 1, n) >= 0 ? K_OUTLET : K_PERSON;
    return true;
}

static bool object_mention(struct actx *c, size_t s, size_t pe, struct mention *m)
{
    size_t e = object_after(c, s, pe);
    if (e == s)
        return false;
    *m = (struct mention){s, e, s, s, s, e, NULL, -1, NULL, NULL};
    if (role_then_name(c, m))
        return true;
    if (!classify(c, m))
        return false;
    appositive_after(c, m, pe);
    return true;
}

/* "Li Shangfu, China's defense minister, said" and "China's defense minister,
 * Li Shangfu, said": name and role between commas before the verb. */
/* "directors", "founders", "lawmakers": a role in the plural. */
static bool plural_role(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    size_t n = t->e - t->s;
    if (t->kind != TK_WORD || t->cap || n < 4 || c->d->text.s[t->e - 1] != 's')
        return false;
    return (LX(c, i) & LX_ANON) ||
           (citep_lx(c->o, c->d->text.s + t->s, n - 1) & LX_TITLE) ||
           person_noun(c, i);
}

/* Head nouns that make a described name a business or a civic body. */
static const char *const body_head[] = {
    "company", "companies", "firm", "firms", "group", "union", "unions", "association",
    "federation", "confederation", "alliance", "coalition", "platform", "line",
    "distributor", "distributors", "consortium", "charity", "club", "manufacturer", "chamber", "organisation", "organization",
    "cooperative", "co-operative", "nonprofit", "lobby", "forwarder", "airline",
    "retailer", "supplier", "chain", "body", "network", "collective", "ngo", "team", "teams",
    NULL};
CITEP_WORDSET(body_head_set, body_head, 128);

static bool proper_run(const struct actx *c, size_t s, size_t e);

static bool apposed_subject(struct actx *c, size_t comma, size_t verb, struct mention *m)
{
    size_t a, b, a0;
    /* "The controllers' union, the Associação Portuguesa ... (APCTA), said":
     * the acronym in brackets is no part of the name */
    if (comma >= c->ss + 5 && T(c, comma - 1)->kind == TK_PUNCT && T(c, comma - 1)->ch == ')' &&
        T(c, comma - 3)->kind == TK_PUNCT && T(c, comma - 3)->ch == '(' &&
        acronym_tok(c, comma - 2))
        comma -= 3;
    if (!subject_before(c, comma, &a))
        return false;
    /* "..., Aiko Tanabe and Kenji Ota, said": both names between the commas */
    if (a > c->ss + 2 && is_w(c, a - 1, "and") && name_like(c, a, comma) &&
        subject_before(c, a - 1, &a0) && name_like(c, a0, a - 1))
        a = a0;
    if (a <= c->ss + 1 || !is_comma(c, a - 1) || !subject_before(c, a - 1, &b))
        return false;
    size_t n = a; /* "..., Chief Cabinet Secretary Hirokazu Matsuno, said" */
    if (!name_like(c, a, comma) && (LX(c, a) & LX_TITLE))
        for (n = a + 1; n + 2 <= comma && !name_like(c, n, comma); n++)
            ;
    if (n + 2 > comma)
        n = a;
    /* "The flight directors, Aiko Tanabe and Kenji Ota, said": the second name
     * here; the caller pairs it with the first */
    /* "its coordinator, Awa Ba,": a possessive and a person's noun are a role */
    /* "Croatia's top scorer, Luka Cindric,": a possessive opens the role too */
    bool role = role_like(c, b, a - 1) ||
                ((a - 1 == b + 2 || a - 1 == b + 3) &&
                 ((LX(c, b) & LX_DET) || possessive_tok(c, b)) && !T(c, a - 2)->cap &&
                 (a - 1 == b + 2 || !T(c, b + 1)->cap) && person_noun(c, a - 2));
    /* "Al Mazrouei's team, Qasr Racing,", "Kiggundu's lawyer, Peter Okello,":
     * a name's possessive, then whom or what it has */
    bool body = a - 1 > b + 1 && T(c, a - 2)->kind == TK_WORD && !T(c, a - 2)->cap &&
                tok_in(c, a - 2, &body_head_set);
    for (size_t j = b; body && j < a - 2; j++)
        body = !is_prep(c, j); /* not "the president of the users' chamber" */
    /* ("The European Commission's humanitarian office, ECHO,": a plain word
     * or two may come between the possessive and its noun) */
    bool inst = a - 1 > b + 1 && T(c, a - 2)->kind == TK_WORD && !T(c, a - 2)->cap &&
                (LX(c, a - 2) & (LX_OFFICIAL | LX_ORG)) && !(LX(c, a - 2) & (LX_TITLE | LX_ANON));
    for (size_t j = b; inst && j < a - 2; j++)
        inst = !is_prep(c, j); /* not "The head of the union, Peter Mann," */
    for (size_t p = a >= 3 ? a - 3 : 0, n0 = b + is_w(c, b, "the");
         !role && a >= 3 && p + 4 >= a && p > n0; p--) {
        if (!possessive_tok(c, p)) {
            if (T(c, p)->kind != TK_WORD || T(c, p)->cap || LX(c, p))
                break;
            continue;
        }
        if (T(c, a - 2)->kind == TK_WORD && !T(c, a - 2)->cap &&
            (person_noun(c, a - 2) || body || inst) && proper_run(c, n0, p + 1))
            role = true;
        break;
    }
    for (size_t j = n + 2; j + 2 <= comma; j++)
        if (is_w(c, j, "and") && name_like(c, n, j) && name_like(c, j + 1, comma) &&
            (role || plural_role(c, a - 2))) {
            n = j + 1, role = true;
            break;
        }
    /* "the ferry's operator, Bicol Shipping, said": a company named after the
     * role it plays */
    if (name_like(c, b, a - 1) && role_like(c, a, comma))
        *m = (struct mention){b, a - 1, a, comma, b, verb, NULL, -1, NULL, NULL};
    else if ((role ||
              (a - 1 > b && !T(c, a - 2)->cap && name_like(c, a, comma) &&
               company_name(c, a, comma) && person_noun(c, a - 2))) &&
             name_like(c, n, comma))
        *m = (struct mention){n, comma, b, a - 1, b, verb, NULL, -1, NULL, NULL};
    else if ((role_like(c, b, a - 1) || !any_proper(c, b + 1, a - 1)) &&
             numbered_name(c, a, comma))
        *m = (struct mention){a, comma, b, a - 1, b, verb, NULL, -1, NULL, NULL};
    else if (numbered_name(c, b, a - 1) && !numbered_name(c, a, comma)) {
        /* "Marisol 3 Maritime, the company that manages the ship, said" */
        *m = (struct mention){b, a - 1, a, comma, b, verb, NULL, -1, NULL, NULL};
    } else
        return false;
    if (m->ne - m->ns == 1)
        m->coref = coref_find(c, m->ns, 0, false);
    /* "Ibarra, a former mayor, said" after "his rival, Ernesto Ibarra," */
    if (m->ne - m->ns == 1 && m->coref < 0 && full_name_before(c, m->ns, m->ne, m)) {
        m->kind = K_PERSON;
        return true;
    }
    m->kind = outlet_of(c, m->ns, m->ne) >= 0 || media_name(c, m->ns, m->ne) ? K_OUTLET
              : company_name(c, m->ns, m->ne) || numbered_name(c, m->ns, m->ne) ? K_ORG
                                                                                 : K_PERSON;
    /* "The driver's team, Qasr Racing,": named after a body's noun; "the
     * country's weather agency, PAGASA,": after a state body's noun */
    if (m->kind == K_PERSON && m->re == a - 1 && body)
        m->kind = K_ORG;
    else if (m->kind == K_PERSON && m->re == a - 1 && inst)
        m->kind = (LX(c, a - 2) & LX_OFFICIAL) ? K_OFFICIAL : K_ORG;
    return true;
}

/* The subject at [ns, e) classified; an appositive before it is taken in. */
/* Platforms whose posts are cited ("a post on Facebook", "a TikTok video"). */
static const char *const PLATFORM[] = {"facebook", "x", "twitter", "instagram", "tiktok",
                                       "youtube", "telegram", "threads", "bluesky",
                                       "mastodon", "whatsapp", "reddit", "weibo",
                                       "wechat", "linkedin"};

/* "A widely shared post on Facebook claimed": the post, not the platform, is
 * the source. [ns, e) is the platform's name; the phrase's start, or ns. */
static size_t post_on_platform(const struct actx *c, size_t ns, size_t e)
{
    static const char *const POST[] = {"post", "posts", "video", "videos", "message",
                                       "messages", "tweet", "tweets", "clip", "clips",
                                       "comment", "comments", "thread", "story",
                                       "channel", "account", "page"};
    if (e != ns + 1 || ns < c->ss + 2 || !is_w(c, ns - 1, "on") ||
        !is_w_in(c, ns, PLATFORM, sizeof PLATFORM / sizeof *PLATFORM) ||
        !is_w_in(c, ns - 2, POST, sizeof POST / sizeof *POST))
        return ns;
    size_t s = ns - 2; /* back over "a widely shared" */
    while (s > c->ss && ns - s < 6 && T(c, s - 1)->kind == TK_WORD && !T(c, s - 1)->cap &&
           !(LX(c, s - 1) & (LX_BOUND | LX_SAY | LX_STOP)))
        s--;
    if (s > c->ss && T(c, s - 1)->kind == TK_WORD && (LX(c, s - 1) & LX_DET))
        s--;
    else if (s == c->ss + 1 && T(c, c->ss)->kind == TK_WORD && (LX(c, c->ss) & LX_DET))
        s = c->ss;
    return s;
}

/* "A video posted on a pro-Russian Telegram channel claimed": a subject that
 * starts at "on" after "posted" and names a platform is the post. The post
 * phrase's start, or ns. */
static size_t posted_on(const struct actx *c, size_t ns, size_t e)
{
    static const char *const POST[] = {"post", "video", "message", "tweet", "clip",
                                       "comment", "thread", "story", "statement", "photo"};
    if (ns < c->ss + 2 || !is_w(c, ns, "on") || !(is_w(c, ns - 1, "posted") ||
                                                  is_w(c, ns - 1, "shared")) ||
        !is_w_in(c, ns - 2, POST, sizeof POST / sizeof *POST))
        return ns;
    for (size_t k = ns + 1; k < e; k++)
        if (T(c, k)->cap && is_w_in(c, k, PLATFORM, sizeof PLATFORM / sizeof *PLATFORM))
            return ns - 2 - (ns - 2 > c->ss && (LX(c, ns - 3) & LX_DET));
    return ns;
}

static bool plain_subject(struct actx *c, size_t ns, size_t e, size_t verb, struct mention *m)
{
    size_t ps = post_on_platform(c, ns, e);
    if (ps == ns)
        ps = posted_on(c, ns, e);
    /* "a viral TikTok video", "an Instagram post": the platform's name
     * before the post's noun */
    static const char *const POST[] = {"post", "posts", "video", "videos", "tweet", "tweets",
                                       "clip", "clips", "livestream", "reel"};
    if (ps == ns && e >= ns + 2 && e - ns <= 5 && !T(c, e - 1)->cap && T(c, e - 2)->cap &&
        is_w_in(c, e - 1, POST, sizeof POST / sizeof *POST) &&
        is_w_in(c, e - 2, PLATFORM, sizeof PLATFORM / sizeof *PLATFORM)) {
        *m = (struct mention){ns, e, ns, ns, ns, verb, NULL, -1, NULL, NULL};
        m->kind = K_POST;
        return true;
    }
    if (ps < ns) {
        *m = (struct mention){ps, e, ps, ps, ps, verb, NULL, -1, NULL, NULL};
        m->kind = K_POST;
        return true;
    }
    *m = (struct mention){ns, e, ns, ns, ns, verb, NULL, -1, NULL, NULL};
    if (!classify(c, m))
        return false;
    if (m->coref < 0)
        appositive_before(c, m);
    return true;
}

/* "Mothusi Keabetswe, a 63-year-old farmer whose field was flattened ... and
 * whose cousin was killed ..., said": after a person's name, a description
 * opening with an article may run on over clauses of its own; only a cue verb
 * or a quote inside it ends it. [k, comma) is the description. */
static bool described_name(const struct actx *c, size_t k, size_t comma)
{
    size_t ns;
    if (!(is_w(c, k, "a") || is_w(c, k, "an") || is_w(c, k, "the")) || k < c->ss + 2 ||
        !subject_before(c, k - 1, &ns) || !name_like(c, ns, k - 1))
        return false;
    for (size_t i = k; i < comma; i++)
        if ((LX(c, i) & LX_SAY) || T(c, i)->kind == TK_QOPEN || T(c, i)->kind == TK_QCLOSE)
            return false;
    return true;
}

/* The subject before the comma at token comma: "Li Shangfu, China's defense
 * minister, said", "Amina Traore, who led the trial, told", "one customer, a
 * retired teacher, told". The part between the commas describes the subject
 * (a relative clause or a noun phrase), so the source is what precedes it. */
/* Capitalised words [s, e), two or more, with particles and "of", "for",
 * "and" inside: a body's or a person's proper name. */
static bool proper_run(const struct actx *c, size_t s, size_t e)
{
    if (e < s + 2 || e - s > 8 || !T(c, s)->cap || !T(c, e - 1)->cap)
        return false;
    for (size_t i = s; i < e; i++)
        if (T(c, i)->kind != TK_WORD || (LX(c, i) & (LX_DET | LX_PRONOUN)) ||
            !(T(c, i)->cap || (LX(c, i) & LX_PARTICLE) || is_w(c, i, "of") ||
              is_w(c, i, "for") || is_w(c, i, "and")))
            return false;
    return true;
}


/* What the words between the commas after a name say it is: "X, a company
 * owned by smallholders,", "X, the players' union,", "X, one of the three
 * largest drug distributors,": a business or a civic body, whatever its name
 * looks like (a person's, or an agency's); "X, which represents 600
 * businesses,", "X, which operates the route,": a body, not a person (a state
 * agency also operates things). [k, comma) is the description; kind is the
 * name's kind as it looks. */
static bool described_body(const struct actx *c, size_t k, size_t comma, const char *kind)
{
    static const char *const does[] = {"represents", "operates", "organises", "organizes",
                                       "campaigns", "lobbies"};
    if (is_w(c, k, "which") && k + 1 < comma)
        return kind == K_PERSON && is_w_in(c, k + 1, does, sizeof does / sizeof *does);
    size_t h = k;
    if (is_w(c, h, "one") && is_w(c, h + 1, "of"))
        h += 2;
    if (h >= comma || !(LX(c, h) & LX_DET) || (LX(c, h) & LX_PRONOUN && !is_w(c, h, "the")))
        return false;
    for (h++; h < comma && T(c, h)->kind == TK_WORD && !is_prep(c, h) &&
              !(LX(c, h) & LX_BOUND) && !(participle(c, h) && is_prep(c, h + 1));
         h++)
        ;
    return h > k + 1 && T(c, h - 1)->kind == TK_WORD && !T(c, h - 1)->cap &&
           tok_in(c, h - 1, &body_head_set);
}

static bool past_verb(const struct actx *c, size_t i);

/* "X, a public body funded by the EU and the state,", "X, a statutory
 * agency,": the description says the body is the state's. [k, comma). */
static bool public_body(const struct actx *c, size_t k, size_t comma)
{
    /* ("the country's central bank and banking supervisor") */
    static const char *const pub[] = {"public", "state", "statutory", "government",
                                      "state-run", "state-funded", "government-run",
                                      "central"};
    static const char *const head[] = {"body", "agency", "authority", "regulator", "watchdog",
                                       "bank"};
    if (!is_w(c, k, "a") && !is_w(c, k, "an") && !is_w(c, k, "the"))
        return false;
    bool p = false;
    for (size_t h = k + 1; h < comma && h < k + 5 && T(c, h)->kind == TK_WORD && !T(c, h)->cap;
         h++) {
        if (is_w_in(c, h, head, sizeof head / sizeof *head))
            return p;
        p = p || is_w_in(c, h, pub, sizeof pub / sizeof *pub);
    }
    return false;
}

/* "X, a coalition of doctors, academics and residents, said": the description
 * [k, comma) ends a list whose items are set off by commas too. Where the
 * description starts: back over items of one to three lower-case words to the
 * one that opens with an article; k when [k, comma) ends no such list. */
static size_t list_head(const struct actx *c, size_t k, size_t comma)
{
    bool and = false;
    for (size_t i = k; i < comma; i++) {
        if (T(c, i)->kind != TK_WORD || T(c, i)->cap || (LX(c, i) & LX_SAY))
            return k;
        and = and || is_w(c, i, "and") || is_w(c, i, "or");
    }
    if (!and)
        return k;
    for (size_t j = k - 1, n = 0; n < 4 && j > c->ss + 1; n++) {
        size_t a = j; /* j: a comma; the item before it is [a, j) */
        while (a > c->ss && j - a < 6 && !is_punct(c, a - 1))
            a--;
        if (a <= c->ss + 1 || !is_comma(c, a - 1) || a == j)
            return k;
        for (size_t i = a; i < j; i++)
            if (T(c, i)->cap && i != a)
                return k;
        if (LX(c, a) & LX_DET)
            return a;
        if (j - a > 3 || T(c, a)->cap)
            return k;
        j = a - 1;
    }
    return k;
}

/* "A third author, Dr Aoife Ni Bhriain of the Royal College of Surgeons,
 * said": a plain description, then between the commas a name (after any
 * title) and where its bearer works. The name is the source, the title and
 * the description before it the role. [k, comma) is between the commas. */
static bool named_of(struct actx *c, size_t k, size_t comma, size_t verb, struct mention *m)
{
    size_t n0 = k, n1, ns;
    while (n0 < comma && T(c, n0)->cap && (LX(c, n0) & LX_TITLE) && !(LX(c, n0) & LX_ANON))
        n0++;
    for (n1 = n0; n1 < comma && n1 - n0 < 7 && name_tok(c, n1); n1++)
        ;
    if (n1 >= comma || n1 - n0 < 2 || !name_like(c, n0, n1) || company_name(c, n0, n1) ||
        !(is_w(c, n1, "of") || is_w(c, n1, "from") || is_w(c, n1, "at")) ||
        !subject_before(c, k - 1, &ns) || !(LX(c, ns) & LX_DET) || any_proper(c, ns + 1, k - 1))
        return false;
    *m = (struct mention){n0, n1, ns, k - 1, ns, verb, NULL, -1, NULL, NULL};
    m->kind = K_PERSON;
    return true;
}

/* Does [k, comma) end in a name of two capitalised words or more right after
 * a lower-case noun of a body or a trade ("the shipping company Bennett
 * Marlowe Lines")? */
static bool traded_tail(const struct actx *c, size_t k, size_t comma)
{
    size_t n = comma;
    while (n > k + 1 && comma - n < 5 && T(c, n - 1)->kind == TK_WORD && T(c, n - 1)->cap)
        n--;
    return comma - n >= 2 && n > k + 1 && !T(c, n - 1)->cap && T(c, n - 1)->kind == TK_WORD &&
           (tok_in(c, n - 1, &body_head_set) || tok_in(c, n - 1, &trade_set));
}

/* "contractor", "supplier": a noun of one who does a trade, which a firm
 * may be; "the clerk of the course, Gilles Perrault" is a person. */
static bool agent_noun(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s;
    return n > 4 && (memcmp(w + n - 2, "er", 2) == 0 || memcmp(w + n - 2, "or", 2) == 0);
}

static bool subject_over_comma(struct actx *c, size_t comma, size_t verb, struct mention *m)
{
    size_t ns;
    /* "The controllers' union, the Associação Portuguesa ... (APCTA), said":
     * the acronym in brackets is no part of the name */
    if (comma >= c->ss + 5 && T(c, comma - 1)->kind == TK_PUNCT && T(c, comma - 1)->ch == ')' &&
        T(c, comma - 3)->kind == TK_PUNCT && T(c, comma - 3)->ch == '(' &&
        acronym_tok(c, comma - 2))
        comma -= 3;
    if (apposed_subject(c, comma, verb, m))
        return true;
    size_t k = comma;
    /* descriptions run long: "a 67-year-old retired teacher who takes the bus
     * into town three times a week to visit her sister" */
    while (k > c->ss && comma - k < MAX_APPOSITION && !is_comma(c, k - 1))
        k--;
    if (k <= c->ss + 1 || comma - k >= MAX_APPOSITION || k == comma)
        return false;
    size_t l = list_head(c, k, comma);
    bool listed = l < k;
    k = l;
    /* "A coalition of groups that deployed observers, the Observatoire Citoyen
     * des Élections, said": the name apposed to a plain description; "The
     * contractor that widened the road, Himal Infra Builders, said"; "The
     * ferry's operator, the state-owned ASDP Indonesia Ferry, said" (how it is
     * owned is no part of the name) */
    size_t o = is_w(c, k, "the") ? after_ownership(c, k, comma) : k;
    if (is_w(c, k, "the") && proper_run(c, o > k ? o : k + 1, comma) &&
        subject_before(c, k - 1, &ns) && !any_proper(c, ns + 1, k - 1))
        return plain_subject(c, o > k ? o : k, comma, verb, m);
    /* "The owner of the Meridian Pearl, the Singapore-based shipping company
     * Bennett Marlowe Lines, said": a relation described, then the body named
     * after its trade's noun; the named body is the source */
    if (is_w(c, k, "the") && traded_tail(c, k, comma) && subject_before(c, k - 1, &ns) &&
        (LX(c, ns) & LX_DET) && ns + 1 < k - 1 && !T(c, ns + 1)->cap &&
        plain_subject(c, k, comma, verb, m) && m->rs < m->ns)
        return true;
    if (proper_run(c, k, comma) && (LX(c, c->ss) & LX_DET) && T(c, c->ss + 1)->kind == TK_WORD &&
        !T(c, c->ss + 1)->cap && !any_proper(c, c->ss + 1, k - 1) && plain_subject(c, k, comma, verb, m)) {
        if (m->kind == K_PERSON && person_noun(c, c->ss + 1) && !(LX(c, c->ss + 1) & LX_TITLE) &&
            agent_noun(c, c->ss + 1))
            m->kind = K_ORG; /* "the contractor, X Builders": a body in a trade */
        /* "The driver's team, Qasr Racing,": a body's noun right before */
        if (m->kind == K_PERSON && m->coref < 0 && possessive_tok(c, k - 3) &&
            T(c, k - 2)->kind == TK_WORD && !T(c, k - 2)->cap && tok_in(c, k - 2, &body_head_set))
            m->kind = K_ORG;
        return true;
    }
    if (named_of(c, k, comma, verb, m))
        return true;
    unsigned f = LX(c, k);
    /* "A cellist who was among the nine, and who asked that her name not be
     * used, said": a second relative clause joined to the first */
    bool rel = is_w(c, k, "who") || is_w(c, k, "which") ||
               (is_w(c, k, "and") && k + 1 < comma &&
                (is_w(c, k + 1, "who") || is_w(c, k + 1, "which")));
    /* "a Swedish retailer that buys ...", "one of the three banks that managed ..." */
    /* "Egypt's state news agency": a possessive opens a noun phrase too */
    /* "Sergiu Rotaru, now an opposition MP, said": a role held now or then */
    bool when = (is_w(c, k, "now") || is_w(c, k, "then") || is_w(c, k, "formerly") ||
                 is_w(c, k, "once") || is_w(c, k, "still")) &&
                k + 2 < comma && (LX(c, k + 1) & (LX_DET | LX_TITLE)) &&
                !(LX(c, k + 1) & LX_PRONOUN);
    bool np = ((f & (LX_DET | LX_TITLE)) && !(f & LX_PRONOUN)) || when ||
              (is_w(c, k, "one") && is_w(c, k + 1, "of")) ||
              (possessive_tok(c, k) && k + 1 < comma && !T(c, k + 1)->cap);
    for (size_t i = k; np && i < comma; i++)
        if ((LX(c, i) & LX_SAY) ||
            (is_punct(c, i) && !plural_possessive(c, i) && !(listed && is_comma(c, i))) ||
            ((LX(c, i) & LX_BOUND) && !is_w(c, i, "that") && !is_w(c, i, "who") &&
             !is_w(c, i, "which") && !is_w(c, i, "and") && !is_w(c, i, "or")))
            np = false; /* ("a body funded by the EU and the state": "and" joins words) */
    /* "Barrault, 27, wrote", "Claire Vautrin, asked about the case, said",
     * "Two depot managers, speaking on condition of anonymity, said": an age or
     * a participle clause between the commas describes the subject too */
    const char *w0 = c->d->text.s + T(c, k)->s;
    size_t n0 = T(c, k)->e - T(c, k)->s;
    bool age = k + 1 == comma && w0[0] >= '1' && w0[0] <= '9' && n0 <= 3;
    /* ("X, known by its acronym Y, said": "known" is a participle too) */
    bool clause = past_verb(c, k) || is_w(c, k, "known") ||
                  (T(c, k)->kind == TK_WORD && !T(c, k)->cap && n0 > 5 &&
                   memcmp(w0 + n0 - 3, "ing", 3) == 0);
    /* "Ranil Fonseka, of the Ceylon Policy Lab, wrote": where the subject works */
    bool of = is_w(c, k, "of") || is_w(c, k, "from") || is_w(c, k, "at") ||
              /* "The General Federation of Secondary Education, part of the
               * UGTT confederation, said" */
              (is_w(c, k, "part") && k + 1 < comma && is_w(c, k + 1, "of"));
    /* "The demonstrators, mostly students, said": who they were, in the main */
    bool mostly = (is_w(c, k, "mostly") || is_w(c, k, "mainly") || is_w(c, k, "largely") ||
                   is_w(c, k, "many") || is_w(c, k, "most") || is_w(c, k, "all") ||
                   is_w(c, k, "both")) &&
                  k + 1 < comma && comma - k <= 6;
    for (size_t i = k + 1; mostly && i < comma; i++)
        mostly = T(c, i)->kind == TK_WORD && !(LX(c, i) & (LX_SAY | LX_AUX));
    if (!rel && !np && !age && !clause && !of && !mostly && !described_name(c, k, comma))
        return false;
    size_t se = k - 1; /* "The Indonesian Ulema Council (MUI), the main body ..., said" */
    /* "Zsófia Long, 61, who joined ..., said": an age between commas, then the name */
    if (se >= c->ss + 3 && is_comma(c, se - 2) && T(c, se - 1)->kind == TK_WORD &&
        T(c, se - 1)->e - T(c, se - 1)->s <= 3 && digit_tok(c, se - 1))
        se -= 2;
    /* "An Environment Ministry engineer who has worked on the project, speaking
     * on condition of anonymity, said": the subject ends at its "who" */
    for (size_t w = se; w > c->ss + 1 && se - w < 12 && !is_punct(c, w - 1); w--)
        if (is_w(c, w - 1, "who") && !T(c, w - 1)->cap) {
            se = w - 1;
            break;
        }
    if (se >= c->ss + 4 && T(c, se - 1)->kind == TK_PUNCT && T(c, se - 1)->ch == ')' &&
        T(c, se - 3)->kind == TK_PUNCT && T(c, se - 3)->ch == '(' && T(c, se - 2)->cap)
        se -= 3;
    if (!subject_before(c, se, &ns))
        return false;
    /* "Sarita Gurung, a geologist at ICIMOD, an intergovernmental body, said":
     * a description apposed to a name before it: the name */
    size_t nm;
    if ((is_w(c, ns, "a") || is_w(c, ns, "an")) && ns > c->ss + 1 && is_comma(c, ns - 1) &&
        subject_before(c, ns - 1, &nm) && name_like(c, nm, ns - 1))
        return plain_subject(c, nm, ns - 1, verb, m);
    /* "The Swedish Transport Administration, Trafikverket, which ..., said": a
     * body's name, then its own word for itself; the name in full is the source */
    if (se == ns + 1 && T(c, ns)->cap && ns > c->ss + 2 && is_comma(c, ns - 1) &&
        subject_before(c, ns - 1, &nm) && nm + 2 <= ns - 1 && T(c, ns - 2)->cap &&
        (range_flags(c, nm, ns - 1) & (LX_OFFICIAL | LX_ORG)) &&
        plain_subject(c, nm, ns - 1, verb, m))
        return true;
    if (!plain_subject(c, ns, se, verb, m))
        return false;
    if (m->coref < 0 && m->rs == m->re && m->kind == K_ORG && public_body(c, k, comma))
        m->kind = K_OFFICIAL;
    else if (m->coref < 0 && m->rs == m->re && (m->kind == K_PERSON || m->kind == K_OFFICIAL) &&
             described_body(c, k, comma, m->kind))
        m->kind = K_ORG;
    return true;
}

static bool shared_subject(struct actx *c, size_t e, struct mention *m);

/* "BUSA", "KTDA": two to eight capitals. */
static bool acronym_tok(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    size_t n = t->e - t->s;
    return t->kind == TK_WORD && n >= 2 && n <= 8 && all_upper(c->d->text.s + t->s, n);
}

/* "A diplomat whose country's companies hold stakes in the venture said": a
 * relative "whose" clause describes the subject, which ends before it. */
static size_t whose_end(const struct actx *c, size_t s, size_t e)
{
    for (size_t k = s + 1; k + 1 < e; k++)
        if (is_w(c, k, "whose") && !T(c, k)->cap)
            return k;
    return e;
}

/* "Access Now said": a capitalised "Now" or "Still" after a capitalised word
 * inside a sentence ends a name, not an adverb before the verb. */
static bool name_aux(const struct actx *c, size_t i)
{
    return i > c->ss && T(c, i)->cap && T(c, i - 1)->kind == TK_WORD && T(c, i - 1)->cap &&
           !(LX(c, i - 1) & (LX_DET | LX_PRONOUN));
}

static bool subject_mention(struct actx *c, size_t verb, struct mention *m)
{
    size_t e = verb, ns;
    while (e > c->ss && verb - e < MAX_AUX && (LX(c, e - 1) & LX_AUX) && !name_aux(c, e - 1))
        e--;
    /* "Lena Hoffmann, who was quoted as saying": "who" stands for the phrase
     * before its comma */
    if (e > c->ss + 1 && (is_w(c, e - 1, "who") || is_w(c, e - 1, "which")) &&
        !T(c, e - 1)->cap && is_comma(c, e - 2)) { /* not "WHO", the organisation */
        if (apposed_subject(c, e - 2, verb, m))
            return true;
        /* "the evidence of Dace Lune, a conservator at the museum, who told":
         * "who" after a person's description stands for the person named
         * before it */
        for (size_t k = e - 2; is_w(c, e - 1, "who") && k > c->ss + 2 && e - 2 - k < 12; k--) {
            if (T(c, k - 1)->kind != TK_WORD && !is_comma(c, k - 1))
                break;
            if (!is_comma(c, k - 1))
                continue;
            if (!(is_w(c, k, "a") || is_w(c, k, "an")))
                break;
            size_t n0 = k - 1;
            while (n0 > c->ss && k - 1 - n0 < 4 && T(c, n0 - 1)->kind == TK_WORD &&
                   T(c, n0 - 1)->cap)
                n0--;
            if (n0 < k - 1 && n0 > c->ss && name_like(c, n0, k - 1) &&
                plain_subject(c, n0, k - 1, verb, m) && m->kind == K_PERSON)
                return true;
            break;
        }
        return antecedent_before(c, e - 2, is_w(c, e - 1, "which"), &ns) &&
               plain_subject(c, ns, e - 2, verb, m);
    }
    /* "The National Energy Regulator of South Africa (NERSA) said": the name
     * before its acronym in brackets */
    if (e >= c->ss + 4 && T(c, e - 1)->kind == TK_PUNCT && T(c, e - 1)->ch == ')' &&
        T(c, e - 3)->kind == TK_PUNCT && T(c, e - 3)->ch == '(' && T(c, e - 2)->cap &&
        subject_before(c, e - 3, &ns) && plain_subject(c, ns, e - 3, verb, m)) {
        if (m->kind == K_PERSON && m->coref < 0 && !m->src && acronym_tok(c, e - 2))
            m->kind = K_ORG; /* people have no acronyms: "Business Unity South Africa (BUSA)" */
        return true;
    }
    /* "Khan River Uranium, whose mine employs 1,400 people, said": a "whose"
     * clause between commas describes the name before it */
    for (size_t k = e - 1; e > c->ss + 3 && is_comma(c, e - 1) && k > c->ss + 1 &&
                           e - 1 - k < MAX_APPOSITION; k--) {
        if (T(c, k - 1)->kind == TK_QOPEN || T(c, k - 1)->kind == TK_QCLOSE)
            break;
        if (!is_comma(c, k - 1))
            continue;
        if (is_w(c, k, "whose") && subject_before(c, k - 1, &ns) &&
            plain_subject(c, ns, k - 1, verb, m))
            return true;
        break;
    }
    if (e > c->ss && is_comma(c, e - 1))
        return subject_over_comma(c, e - 1, verb, m);
    /* "the company that runs the dam on the Neretva river warned": a phrase
     * after such a preposition is its object, not the verb's subject */
    static const char *const OBJ_PREP[] = {"on", "near", "from", "with", "over", "into",
                                           "against", "about", "under", "along", "behind"};
    if (subject_before(c, e, &ns) &&
        !(ns > c->ss && !T(c, ns - 1)->cap &&
          is_w_in(c, ns - 1, OBJ_PREP, sizeof OBJ_PREP / sizeof *OBJ_PREP) &&
          post_on_platform(c, ns, whose_end(c, ns, e)) == ns) && /* ("A post on X claimed") */
        plain_subject(c, ns, whose_end(c, ns, e), verb, m))
        return true;
    /* "A senior official who asked not to be named said": a relative clause
     * without commas; the source is the noun phrase before "who" */
    for (size_t k = e; k > c->ss + 1 && e - k < 20; k--) {
        if (is_punct(c, k - 1) || is_w(c, k - 1, "that"))
            break;
        if (is_w(c, k - 1, "who") && !T(c, k - 1)->cap) {
            size_t n0;
            if (!subject_before(c, k - 1, &ns))
                return false;
            /* "Funmilayo Bakare, a nurse who said": the named person */
            /* (not "In Lofa, a district officer who said": a place opening
             * the sentence) */
            if (ns > c->ss + 1 && is_comma(c, ns - 1) && (LX(c, ns) & LX_DET) &&
                subject_before(c, ns - 1, &n0) && name_like(c, n0, ns - 1) &&
                !(n0 > c->ss && (is_prep(c, n0 - 1) || (LX(c, n0 - 1) & LX_STOP))) &&
                plain_subject(c, n0, ns - 1, verb, m))
                return true;
            return plain_subject(c, ns, k - 1, verb, m);
        }
    }
    /* "welcomed the targets and said", "welcomed the targets but warned" */
    if (e > c->ss + 2 && (is_w(c, e - 1, "and") || is_w(c, e - 1, "but")) && !T(c, e - 1)->cap)
        return shared_subject(c, e - 1 - is_comma(c, e - 2), m);
    return false;
}

/* "..., said Li", "“...,” said Li", "... reports the Moscow Times": the verb
 * opens its clause, so its source follows it. */
static bool inverted_position(const struct actx *c, size_t i)
{
    if (i == c->ss)
        return false;
    const struct tok *t = T(c, i - 1);
    /* "So says Pieter Claes, a driver", after the quote it answers */
    if (tok_is(c, i - 1, "so") && T(c, i - 1)->cap &&
        (i - 1 == c->ss || T(c, i - 2)->kind == TK_QCLOSE))
        return true;
    return t->kind == TK_QCLOSE || (t->kind == TK_PUNCT && (t->ch == ',' || t->ch == '-'));
}

/* Is the participle at i passive ("were reported", "has been told")? Its
 * subject is then what was reported ("No casualties were reported", "It was
 * announced that"), never the source, which if named follows "by". */
static bool passive_at(const struct actx *c, size_t i)
{
    for (size_t k = i; k > c->ss && i - k < MAX_AUX; k--) {
        unsigned f = LX(c, k - 1);
        if (f & LX_BE)
            return true;
        if (!(f & LX_AUX) || T(c, k - 1)->cap)
            return false;
    }
    return false;
}

/* "did not say", "has never confirmed": a statement not made cites nobody. */
static bool negated_at(const struct actx *c, size_t i)
{
    for (size_t k = i; k > c->ss && i - k < MAX_AUX; k--) {
        if (is_w(c, k - 1, "not") || is_w(c, k - 1, "never") || is_w(c, k - 1, "didn't") ||
            is_w(c, k - 1, "wouldn't") || is_w(c, k - 1, "hasn't") || is_w(c, k - 1, "won't"))
            return true;
        if (!(LX(c, k - 1) & LX_AUX) || T(c, k - 1)->cap)
            return false;
    }
    return false;
}

/* "declared a state of emergency", "declared a national day of mourning",
 * "declared victory": what is declared from token k is an act, no claim. */
static bool declared_act(const struct actx *c, size_t k)
{
    static const char *const acts[] = {"emergency", "disaster", "mourning", "curfew",
                                       "victory", "holiday", "war", "bankruptcy", "independence"};
    for (size_t j = k; j < c->se && j < k + 6 && T(c, j)->kind == TK_WORD; j++) {
        if (is_w_in(c, j, acts, sizeof acts / sizeof *acts))
            return true;
        if (is_w(c, j, "that"))
            return false;
    }
    return false;
}

/* A verb in the past tense: "welcomed", "gave". */
static const char *const irregular_past[] = {
    "gave", "made",  "took",   "met",    "spoke",  "wrote", "sent",  "sought", "began", "held",
    "left", "won",   "lost",   "struck", "hit",    "put",   "set",   "cut",    "kept",  "paid",
    "led",  "brought", "bought", "sold",  "rose",   "fell",  "threw", "drew",   "came",  "went",
    "became", "chose", "knew",  "saw",   "ran",    "stood", NULL};
CITEP_WORDSET(irregular_past_set, irregular_past, 128);

static bool past_verb(const struct actx *c, size_t i)
{
    return T(c, i)->kind == TK_WORD && !T(c, i)->cap &&
           (participle(c, i) || tok_in(c, i, &irregular_past_set));
}

/* What was said, as the object of "rejected": "rejected claims that ...",
 * "rejected that account", "rejected the figures" answer someone's words;
 * "rejected the proposals", "rejected calls for ..." are acts. */
static const char *const said_things[] = {
    "claim", "claims", "allegation", "allegations", "accusation", "accusations", "account",
    "figures", "report", "reports", "suggestion", "suggestions", "criticism", "assertion",
    "assertions", "charge", "charges", "version", "characterisation", "characterization",
    NULL};
CITEP_WORDSET(said_set, said_things, 64);

static bool said_thing_after(const struct actx *c, size_t k)
{
    for (size_t i = k; i < c->se && i < k + 3; i++) {
        if (T(c, i)->kind != TK_WORD)
            return false;
        if (tok_in(c, i, &said_set))
            return true;
        if (!(LX(c, i) & LX_DET) && !tok_is(c, i, "that") && !tok_is(c, i, "those") &&
            !tok_is(c, i, "these") && !tok_is(c, i, "such"))
            return false;
    }
    return false;
}

/* "The union welcomed the ruling and said", "Police arrested two men,
 * saying": a second predicate shares the subject of the first. From token e
 * (the "and" or the comma) back to the nearest verb in the past tense that has
 * a subject of its own. A cue verb there has cited that subject already, and
 * a quote or a "that" ends the search: what lies before it is another clause. */
/* "taken", "shown", "done", "given": a past participle without "-ed". */
static bool en_participle(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    const char *w = c->d->text.s + t->s;
    size_t n = t->e - t->s;
    return n > 3 && ((w[n - 2] == 'e' && w[n - 1] == 'n') || (w[n - 2] == 'w' && w[n - 1] == 'n') ||
                     (w[n - 2] == 'n' && w[n - 1] == 'e'));
}

static bool shared_subject(struct actx *c, size_t e, struct mention *m)
{
    for (size_t v = e; v > c->ss + 1 && e - v < MAX_APPOSITION;) {
        v--;
        int k = T(c, v)->kind;
        /* "said that ..." opens a reported clause; "a law that bars ..." is a
         * relative clause inside the first predicate's object */
        if (k == TK_QOPEN || k == TK_QCLOSE ||
            (is_w(c, v, "that") && v > c->ss &&
             (past_verb(c, v - 1) || (LX(c, v - 1) & (LX_SAY | LX_FIND)))) ||
            (k == TK_PUNCT && (T(c, v)->ch == ';' || T(c, v)->ch == ':')))
            return false;
        if ((LX(c, v) & (LX_SAY | LX_INVERT | LX_FIND)) &&
            !(is_w(c, v, "rejected") && !said_thing_after(c, v + 1)))
            return false;
        /* "X did not join the strike but criticised ...": "did not" is the
         * first predicate's verb, and "but" says the second was done */
        if (is_w(c, v, "did") && is_w(c, v + 1, "not") && !T(c, v)->cap && is_w(c, e, "but"))
            return subject_mention(c, v, m);
        /* "Analysts at Erste Group were more cautious, writing ...": a
         * copula before an adjective is the first predicate's verb */
        if ((is_w(c, v, "were") || is_w(c, v, "was")) && !T(c, v)->cap && v + 1 < e &&
            T(c, v + 1)->kind == TK_WORD && !past_verb(c, v + 1) && !(LX(c, v + 1) & LX_DET) &&
            !T(c, v + 1)->cap && !en_participle(c, v + 1))
            return subject_mention(c, v, m) && m->kind != K_DOC;
        if (!past_verb(c, v))
            continue;
        if (negated_at(c, v))
            return false;
        if (!passive_at(c, v) && subject_mention(c, v, m))
            return true;
    }
    return false;
}

/* A verb that makes what follows it a clause: "said Tokyo was watching". */
static bool finite_aux(const struct actx *c, size_t i)
{
    static const char *const w[] = {"has", "have", "had", "will", "would", "can", "could",
                                    "may", "might", "must", "should", "did", "does"};
    if (T(c, i)->kind != TK_WORD || T(c, i)->cap)
        return false;
    if (LX(c, i) & LX_BE)
        return true;
    return is_w_in(c, i, w, sizeof w / sizeof w[0]);
}

/* The outlet a statement was given to: "told the BBC the figures showed",
 * "in an interview with CNN", "speaking to Times Radio". Nothing marks where
 * the recipient ends and the reported clause begins ("told Sky News the fall
 * was"), so the longest prefix ending in a capitalised word that is an outlet
 * is taken; people and bodies here are listeners, not sources. */
/* "told Newsmaker", "in a statement sent to the Post-Courier", "quoted by
 * RTL Today": where words go to a medium, a name the outlet list does not
 * know is still the medium that carried them. Only a name of no other kind:
 * one capitalised word (or "the" and up to three; or an acronym's words),
 * none a word of the lexicon (a ministry, "Parliament", a title), a country
 * or a place, and no one the text named before ("told Putin" after "Vladimir
 * Putin" is a person; so is "told Ana Lupu"). s..e is the object phrase. */
static bool unknown_outlet(struct actx *c, size_t s, size_t e, struct mention *m)
{
    size_t p = s + (s < e && is_w(c, s, "the")), k = p;
    while (k < e && k < p + 4 && T(c, k)->kind == TK_WORD && T(c, k)->cap)
        k++;
    if (k == p || k - p > (p > s ? 3u : 1u) + (acronym_tok(c, p) ? 2u : 0u) ||
        (k != e && !(k < c->se && ((LX(c, k) & LX_PRONOUN) || is_w(c, k, "that")))))
        return false; /* ("told Newsmaker they feared": the clause after it) */
    /* "said on Facebook": a platform, no medium */
    if (s > c->ss && is_w(c, s - 1, "on"))
        return false;
    const struct citep_gazetteer *g = c->d->parser ? c->d->parser->gaz : NULL;
    for (size_t i = p; i < k; i++) {
        const struct tok *t = T(c, i);
        if ((LX(c, i) & ~LX_MEDIA) || digit_tok(c, i) ||
            (g && citep_gaz_find(g, c->d->text.s + t->s, t->e - t->s)))
            return false;
    }
    struct mention x = {s, k, s, s, s, k, NULL, -1, NULL, NULL};
    /* "told the Nation" after "The Daily Nation reported": the outlet cited
     * before, by the last words of its name */
    const char *a = c->d->text.s + T(c, p)->s;
    size_t n = T(c, k - 1)->e - T(c, p)->s;
    for (size_t i = c->cits.n; i-- > 0;) {
        const struct wcit *w = &c->cits.v[i];
        size_t l = w->source ? strlen(w->source) : 0;
        if (w->kind == K_OUTLET && l > n && w->source[l - n - 1] == ' ' &&
            strncasecmp(w->source + l - n, a, n) == 0) {
            *m = x;
            m->coref = (int)i;
            return true;
        }
    }
    /* "told the House", "told the Assembly": one common English word is a
     * gathering or a chamber, not a medium ("the Post-Courier" is no word) */
    char lw[32];
    size_t wl = T(c, p)->e - T(c, p)->s;
    if (k == p + 1 && g && wl < sizeof lw && !media_name(c, p, k)) {
        for (size_t i = 0; i < wl; i++)
            lw[i] = (char)tolower((unsigned char)c->d->text.s[T(c, p)->s + i]);
        lw[wl] = '\0';
        if (citep_word_rank(g, lw) != SIZE_MAX)
            return false;
    }
    if (!classify(c, &x) || x.coref >= 0 || x.src || x.rs < x.re ||
        (x.kind != K_PERSON && x.kind != K_ORG && x.kind != K_OUTLET))
        return false;
    *m = x;
    m->kind = K_OUTLET;
    return true;
}

static bool outlet_object(struct actx *c, size_t s, size_t pe, struct mention *m)
{
    /* "told the BBC's Today programme", "told CNN's State of the Union": the
     * outlet whose programme it was */
    size_t p = s + (s < c->se && is_w(c, s, "the"));
    if (p + 1 < c->se && possessive_tok(c, p) && T(c, p)->cap && T(c, p + 1)->kind == TK_WORD) {
        const char *w = c->d->text.s + T(c, p)->s;
        size_t n = T(c, p)->e - T(c, p)->s;
        n -= w[n - 2] == '\'' ? 2 : 4;
        if (citep_outlet_find(c->o, w, n) >= 0) {
            const char *a = c->d->text.s + T(c, s)->s;
            *m = (struct mention){s, p + 1, s, s, s, p + 1, NULL, -1, NULL, NULL};
            m->kind = K_OUTLET;
            m->src = citep_arena_strndup(c->d->arena, a, (size_t)(w + n - a));
            return m->src != NULL;
        }
    }
    size_t e = object_after(c, s, pe);
    if (unknown_outlet(c, s, e, m))
        return true;
    for (size_t k = e; k > s; k--) {
        /* an outlet may write its name in lower case: "told dpa", "broadcaster rbb" */
        /* a station's number ends its name ("Sport 890"), and a name may go on
         * in lower case ("Česká televize") */
        bool tail = k - 1 > s && T(c, k - 2)->cap &&
                    (digit_tok(c, k - 1) || outlet_of(c, k - 2, k) >= 0 ||
                     foreign_tail(c, k - 1));
        if (T(c, k - 1)->kind != TK_WORD || (!T(c, k - 1)->cap && !tail &&
                                             outlet_of(c, k - 1, k) < 0 && !domain_tok(c, k - 1)))
            continue;
        *m = (struct mention){s, k, s, s, s, k, NULL, -1, NULL, NULL};
        if (classify(c, m) && (m->coref >= 0 ? c->cits.v[m->coref].kind : m->kind) == K_OUTLET)
            return true;
    }
    return false;
}

/* "in a statement to", "in written comments to": after a cue at token k, a
 * document given to someone; the token after "to", else 0. */
static size_t given_to(const struct actx *c, size_t k)
{
    if (!is_w(c, k, "in"))
        return 0;
    for (size_t j = k + 1; j < c->se && j < k + 5; j++) {
        if (T(c, j)->kind != TK_WORD || T(c, j)->cap)
            return 0;
        if ((LX(c, j) & LX_DOC) || is_w(c, j, "comments") || is_w(c, j, "remarks")) {
            /* "in a statement sent to", "in written answers given to" */
            static const char *const SENT[] = {"sent", "given", "emailed", "provided",
                                               "supplied", "released", "issued"};
            if (j + 1 < c->se && is_w_in(c, j + 1, SENT, sizeof SENT / sizeof *SENT))
                j++;
            return is_w(c, j + 1, "to") && j + 2 < c->se ? j + 2 : 0;
        }
    }
    return 0;
}

/* "latest", "annual", "rule-of-law": a word that qualifies a document
 * ("the latest report"), never a subject ("officials report"): a lower-case
 * compound of three parts or more, or one of a few words of time and kind. */
static bool doc_adjective(const struct actx *c, size_t i)
{
    static const char *const w[] = {"latest", "annual", "new", "final", "preliminary",
                                    "interim", "quarterly", "monthly", "weekly", "special",
                                    "initial", "internal", "latest", "original", "full"};
    const struct tok *t = T(c, i);
    if (t->kind != TK_WORD || t->cap)
        return false;
    const char *p = c->d->text.s + t->s, *h = memchr(p, '-', t->e - t->s);
    if (h && memchr(h + 1, '-', (size_t)(c->d->text.s + t->e - h - 1)))
        return true;
    return is_w_in(c, i, w, sizeof w / sizeof w[0]);
}

/* Cue verbs whose bare form is also a noun: "a report", "one claim". */
static bool bare_verb(const struct actx *c, size_t i)
{
    static const char *const w[] = {"say", "report", "claim", "warn", "argue", "allege",
                                    "insist", "contend", "announce", "estimate"};
    return is_w_in(c, i, w, sizeof w / sizeof w[0]);
}

/* "told residents to stay indoors": "told" + a short object + "to" + verb. */
static bool directive_told(const struct actx *c, size_t i)
{
    if (!is_w(c, i, "told") && !is_w(c, i, "tells") && !is_w(c, i, "tell"))
        return false;
    for (size_t k = i + 1; k < c->se && k < i + 6; k++) {
        if (T(c, k)->kind != TK_WORD)
            return false;
        if (k > i + 1 && is_w(c, k, "to"))
            return k + 1 < c->se && T(c, k + 1)->kind == TK_WORD && !T(c, k + 1)->cap &&
                   !(LX(c, k + 1) & (LX_DET | LX_PRONOUN));
    }
    return false;
}

/* "added two more", "added 12 points": "add" with a count after it. */
static bool added_count(const struct actx *c, size_t i)
{
    static const char *const n[] = {"another", "more", "two", "three", "four", "five",
                                    "six", "seven", "eight", "nine", "ten"};
    if (!is_w(c, i, "added") && !is_w(c, i, "adds") && !is_w(c, i, "add"))
        return false;
    if (i + 1 >= c->se || T(c, i + 1)->kind != TK_WORD)
        return false;
    unsigned char b = (unsigned char)c->d->text.s[T(c, i + 1)->s];
    if (b >= '0' && b <= '9')
        return true;
    /* "added a further" / "added an extra" but not "added a warning" */
    if (is_w(c, i + 1, "a") || is_w(c, i + 1, "an"))
        return i + 2 < c->se && (is_w(c, i + 2, "further") || is_w(c, i + 2, "second") ||
                                 is_w(c, i + 2, "third") || is_w(c, i + 2, "fourth"));
    return is_w_in(c, i + 1, n, sizeof n / sizeof n[0]);
}

/* "the decision was taken only after Rwandan troops promised to extend
 * their patrols": a pledge to act, told as the event that something waited
 * for (after, until, once ... before its subject), is no one's statement. */
static bool pledge_in_event(const struct actx *c, size_t i)
{
    static const char *const sub[] = {"after", "until", "once", "before", "when", "because",
                                      "unless", "since"};
    if (!(is_w(c, i, "promised") || is_w(c, i, "pledged") || is_w(c, i, "vowed")) ||
        !is_w(c, i + 1, "to"))
        return false;
    for (size_t k = i; k > c->ss && i - k <= MAX_SUBJECT; k--) {
        if (T(c, k - 1)->kind != TK_WORD)
            return false;
        if (is_w_in(c, k - 1, sub, sizeof sub / sizeof *sub))
            return true;
    }
    return false;
}

/* "pledged 1.2 billion crowns", "promised €5m": a sum given, not words. */
static bool pledged_sum(const struct actx *c, size_t i)
{
    if (!(is_w(c, i, "pledged") || is_w(c, i, "promised")) || i + 1 >= c->se)
        return false;
    unsigned char b = (unsigned char)c->d->text.s[T(c, i + 1)->s];
    return (b >= '0' && b <= '9') || b == '$' || b == 0xE2 /* € */ || b == 0xC2 /* £ ¥ */;
}

/* "Captain Semi Radrodro, vice-captain Jone Vatuvei and playmaker Kaveni
 * Tuilau said": named people listed before the last one, each with a role,
 * said it too. at is where the last one's phrase starts. */
static cite_status co_subjects(struct actx *c, size_t at, size_t verb, size_t ce, size_t pe)
{
    cite_status rc = CITE_OK;
    if (at < c->ss + 2 || !is_w(c, at - 1, "and"))
        return CITE_OK;
    for (size_t j = at - 1, n = 0; rc == CITE_OK && n < 4 && j > c->ss; n++) {
        size_t ls;
        if (!subject_before(c, j, &ls))
            break;
        struct mention r = {ls, j, ls, ls, ls, verb, NULL, -1, NULL, NULL};
        /* ("The textile workers' union Filctem-CGIL and the employers'
         * federation Confindustria Moda said": bodies after their trade's
         * noun too) */
        if (!classify(c, &r) || r.coref >= 0 || (r.kind != K_PERSON && r.kind != K_ORG) ||
            r.rs == r.ns)
            break;
        rc = finish(c, &r, verb, ce, ce, pe);
        if (ls < c->ss + 2 || !is_comma(c, ls - 1))
            break;
        j = ls - 1;
    }
    return rc;
}

/* "Pia Rasmussen, of the Socialist People's Party, and Kasper Nygaard, of the
 * Red-Green Alliance, said": the first of two described names joined by
 * "and" said it too. at is where the second one's name starts. */
static cite_status apposed_first(struct actx *c, size_t at, size_t verb, size_t ce, size_t pe)
{
    size_t k, ns;
    if (at < c->ss + 4 || !is_w(c, at - 1, "and") || !is_comma(c, at - 2))
        return CITE_OK;
    for (k = at - 2; k > c->ss && at - 2 - k < MAX_APPOSITION && !is_comma(c, k - 1); k--)
        if (LX(c, k - 1) & LX_SAY)
            return CITE_OK;
    if (k <= c->ss + 1 || k == at - 2 || !((LX(c, k) & LX_DET) || is_prep(c, k)) ||
        !subject_before(c, k - 1, &ns))
        return CITE_OK;
    size_t n0 = k - 1; /* "Opposition lawmakers Pia Rasmussen": the name at its end */
    while (n0 > ns && k - 1 - n0 < 4 && name_tok(c, n0 - 1))
        n0--;
    if (n0 > ns && name_like(c, n0, k - 1))
        ns = n0;
    else if (!name_like(c, ns, k - 1) && !proper_run(c, ns, k - 1) &&
             !numbered_name(c, ns, k - 1))
        return CITE_OK;
    struct mention r = {ns, k - 1, ns, ns, ns, verb, NULL, -1, NULL, NULL};
    if (!classify(c, &r))
        return CITE_OK;
    if (r.coref < 0 && r.rs == r.re && r.kind == K_PERSON && described_body(c, k, at - 2, r.kind))
        r.kind = K_ORG;
    return finish(c, &r, verb, ce, ce, pe);
}

/* The first of "Greenpeace and the WWF said", "The Red Cross and the UN
 * said": [s, e) is a name (one word that is no sentence's opening capital
 * unless the lexicon knows it, or a run of capitalised words). */
static bool both_bodies_first(const struct actx *c, size_t s, size_t e)
{
    if (s + 1 == e)
        return !(LX(c, s) & (LX_DET | LX_PRONOUN | LX_BOUND)) &&
               (s > c->ss || (LX(c, s) & (LX_ORG | LX_OFFICIAL | LX_MEDIA | LX_COUNTRY)));
    return proper_run(c, s, e);
}

/* "saying", "telling", "writing": what may follow "quoted X as". */
static bool as_speaking(const struct actx *c, size_t k)
{
    return is_w(c, k, "saying") || is_w(c, k, "telling") || is_w(c, k, "writing");
}

/* "The agency quoted the embassy as saying", "quoted the minister as telling
 * the session": the token of "as" when a named speaker stands between
 * "quoted" and "as saying", else 0. */
static size_t quoted_speaker(const struct actx *c, size_t i)
{
    if (!is_w(c, i, "quoted") || passive_at(c, i))
        return 0;
    for (size_t k = i + 2; k + 1 < c->se && k < i + 10; k++) {
        if (is_punct(c, k))
            return 0;
        if (is_w(c, k, "as") && as_speaking(c, k + 1))
            return k;
    }
    return 0;
}

/* Both sources of "Y quoted X as saying": Y carried the words, X spoke them. */
static cite_status quoted_pair(struct actx *c, size_t i, size_t as, size_t pe)
{
    struct mention m, r = {i + 1, as, i + 1, i + 1, i + 1, as + 2, NULL, -1, NULL, NULL};
    cite_status rc = CITE_OK;
    if (subject_mention(c, i, &m))
        rc = finish(c, &m, i, i + 1, i + 1, pe);
    if (!rc && classify(c, &r))
        rc = finish(c, &r, i, as + 2, as + 2, pe);
    return rc;
}

/* "its Taipei-based analyst", "the company's chief executive": a possessive
 * or article, then a role (a title or a person's noun) with only modifiers
 * before it; what the text names after it is the person. */
static bool role_phrase(const struct actx *c, size_t s, size_t e)
{
    if (e < s + 2 || e - s > 5 || !((LX(c, s) & LX_DET) || possessive_tok(c, s)) ||
        T(c, e - 1)->cap || !((LX(c, e - 1) & LX_TITLE) || person_noun(c, e - 1)))
        return false;
    for (size_t i = s + 1; i + 1 < e; i++)
        if (T(c, i)->kind != TK_WORD || (T(c, i)->cap && !hyphen_adjective(c, i)) ||
            is_prep(c, i))
            return false;
    return true;
}

/* "said one supporter, Ana Ruiz, a taxi driver": an unnamed person's phrase
 * followed by a name between commas (or before the full stop) is that person. */
static void named_after(const struct actx *c, struct mention *m)
{
    size_t a = m->ne + 1, e = a;
    if (m->coref >= 0 || !(m->kind == K_ANON || role_phrase(c, m->ns, m->ne)) ||
        m->ne >= c->se || !is_comma(c, m->ne))
        return;
    while (e < c->se && e - a < 4 && T(c, e)->kind == TK_WORD)
        e++;
    if (e - a < 2 || !name_like(c, a, e) || (e < c->se && !is_comma(c, e) && !T(c, e)->end))
        return;
    m->rs = m->ns, m->re = m->ne, m->ns = a, m->ne = e, m->ae = e;
    m->kind = K_PERSON;
}

/* "Gudauri Ropeways said in a statement that it was cooperating", "X said
 * that its servers had been encrypted": a source that calls itself "it" is
 * a body, whatever its name looks like. From token ce (after the cue) to the
 * reported clause's "that": is its subject "its ..." or "it" with a verb of
 * its own (not "it was clear", "it would take": those are no one's)? */
static bool ing_word(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    return t->kind == TK_WORD && t->e - t->s > 4 && !memcmp(c->d->text.s + t->e - 3, "ing", 3);
}

static bool speaks_as_it(const struct actx *c, size_t ce)
{
    size_t k = ce;
    while (k < c->se && k - ce < 10 && !tok_is(c, k, "that")) {
        if (tok_is(c, k, "it") || tok_is(c, k, "its")) {
            /* "said it had ended", "said in a statement it had": right after
             * the cue or its prepositional phrase, not inside the clause */
            if (k != ce && !is_prep(c, ce))
                return false;
            break;
        }
        if (T(c, k)->kind == TK_PUNCT || (LX(c, k) & LX_PRONOUN))
            return false;
        k++;
    }
    if (k < c->se && tok_is(c, k, "that") && ++k < c->se && T(c, k)->kind == TK_QOPEN)
        k++;
    if (k + 1 >= c->se)
        return false;
    if (tok_is(c, k, "its"))
        return true;
    size_t v = k + 1 + (T(c, k + 1)->kind == TK_QOPEN); /* 'that it "repudiates' */
    if (!tok_is(c, k, "it") || v >= c->se || T(c, v)->kind != TK_WORD)
        return false;
    if (tok_is(c, v, "had") || tok_is(c, v, "has")) {
        if (v + 2 < c->se && tok_is(c, v + 1, "been")) /* "it had been expecting" */
            v++;
        return v + 1 < c->se && (participle(c, v + 1) || ing_word(c, v + 1));
    }
    if (LX(c, v) & LX_BE) /* "it was cooperating", not "it was clear" */
        return v + 1 < c->se && ing_word(c, v + 1);
    return !(LX(c, v) & (LX_AUX | LX_BE)) && !(LX(c, v) & LX_BOUND) && !T(c, v)->cap;
}

static cite_status cue_verb(struct actx *c, size_t i, size_t pe)
{
    struct mention m;
    unsigned f = LX(c, i);
    size_t ce = i + 1, as = quoted_speaker(c, i);
    if (as)
        return quoted_pair(c, i, as, pe);
    if (is_w(c, i, "quoted") && is_w(c, i + 1, "as") && is_w(c, i + 2, "saying"))
        ce = i + 3;
    else if (!(f & (LX_SAY | LX_INVERT)))
        return CITE_OK;
    /* "a statement posted on its website": a reduced relative, not a verb */
    if (i > c->ss && (LX(c, i - 1) & LX_DOC) && (is_w(c, i, "posted") || is_w(c, i, "published")))
        return CITE_OK;
    if (is_w(c, i, "rejected") && !said_thing_after(c, i + 1))
        return CITE_OK; /* "rejected the proposals": an act, not a statement */
    /* "Footage posted by the news site VnExpress": a participle before "by"
     * qualifies the noun before it; the one it names after "by" is the
     * source when it is an outlet */
    if (ce == i + 1 && is_w(c, i + 1, "by") && participle(c, i) && !passive_at(c, i) &&
        !(i > c->ss && is_w(c, i - 1, "as"))) {
        struct mention r;
        if (object_mention(c, i + 2, pe, &r) &&
            (r.coref >= 0 ? c->cits.v[r.coref].kind : r.kind) == K_OUTLET)
            return finish(c, &r, i, i + 2, r.ne, pe);
        return CITE_OK;
    }
    bool passive = ce == i + 1 && passive_at(c, i);
    if (negated_at(c, i))
        return CITE_OK;
    /* "the governor declared a state of emergency": an act done by declaring */
    if (ce == i + 1 && ce < c->se && is_w(c, i, "declared") && declared_act(c, ce))
        return CITE_OK;
    /* "a preliminary report that", "one claim": a singular indefinite phrase
     * cannot take a bare plural verb, so the cue word is its noun; so is a
     * bare form right after an article or possessive ("asked about the report") */
    if (ce == i + 1 && bare_verb(c, i)) {
        for (size_t k = i; k > c->ss && i - k < 4; k--)
            if (is_w(c, k - 1, "a") || is_w(c, k - 1, "an") || is_w(c, k - 1, "one") ||
                is_w(c, k - 1, "another"))
                return CITE_OK;
        if (i > c->ss && (is_w(c, i - 1, "the") || is_w(c, i - 1, "its") ||
                          is_w(c, i - 1, "his") || is_w(c, i - 1, "her") ||
                          is_w(c, i - 1, "their") || is_w(c, i - 1, "this")))
            return CITE_OK;
        /* "the Commission's latest rule-of-law report", "its annual report":
         * an adjective of a document before the bare form */
        if (i > c->ss && doc_adjective(c, i - 1))
            return CITE_OK;
    }
    /* "told schools to keep children indoors" is an order, and "added two
     * more tries" a score: neither reports what anyone said */
    if (ce == i + 1 && (directive_told(c, i) || added_count(c, i) || pledged_sum(c, i)))
        return CITE_OK;
    /* "has rejected claims that", "dismissed reports of": the object of a verb
     * in the past is a noun */
    if (ce == i + 1 && i > c->ss && participle(c, i - 1) && !T(c, i - 1)->cap &&
        (is_w(c, i, "claims") || is_w(c, i, "reports") || is_w(c, i, "says")))
        return CITE_OK;
    if ((f & LX_SAY || ce > i + 1) && !passive && subject_mention(c, i, &m)) {
        struct mention r;
        size_t ls;
        bool pair = false;
        if (m.coref < 0 && m.ns >= c->ss + 2 && two_names_at(c, m.ns - 1) &&
            subject_before(c, m.ns - 1, &ls)) { /* the first of "A and B said" */
            r = (struct mention){ls, m.ns - 1, ls, ls, ls, i, NULL, -1, NULL, NULL};
            pair = classify(c, &r);
            /* partners named together are of one kind: "Fjordlaks and Havbruk
             * Nord said", where the second alone looks like a person's name */
            if (pair && r.kind == K_ORG && m.kind == K_PERSON && !m.src)
                m.kind = K_ORG;
            else if (pair && m.kind == K_ORG && r.kind == K_PERSON && !r.src)
                r.kind = K_ORG;
        } else if (m.coref < 0 && m.ns >= c->ss + 2 && is_w(c, m.ns, "the") &&
                   is_w(c, m.ns - 1, "and") && T(c, m.ns - 2)->kind == TK_WORD &&
                   T(c, m.ns - 2)->cap && m.kind != K_PERSON && m.kind != K_ANON &&
                   subject_before(c, m.ns - 1, &ls) && ls + is_w(c, ls, "the") < m.ns - 1 &&
                   both_bodies_first(c, ls + is_w(c, ls, "the"), m.ns - 1)) {
            /* "Greenpeace and the WWF said": a second body with its article */
            r = (struct mention){ls, m.ns - 1, ls, ls, ls, i, NULL, -1, NULL, NULL};
            pair = classify(c, &r) && r.coref < 0 && r.kind != K_PERSON && r.kind != K_ANON &&
                   r.kind != K_DOC;
        }
        if (m.kind == K_PERSON && m.coref < 0 && m.rs == m.re && speaks_as_it(c, ce))
            m.kind = K_ORG;
        cite_status rc = finish(c, &m, i, ce, ce, pe);
        if (!rc && pair)
            rc = finish(c, &r, i, ce, ce, pe);
        else if (!rc && m.coref < 0 && m.rs < m.ns)
            rc = co_subjects(c, m.rs, i, ce, pe);
        else if (!rc)
            rc = apposed_first(c, m.ns, i, ce, pe);
        size_t rs = ce + (ce < c->se && is_w(c, ce, "by")), to;
        if (!rc && is_w(c, i, "told") && outlet_object(c, ce, pe, &r))
            rc = finish(c, &r, i, ce, r.ne, pe);
        /* "said on the public broadcaster RTP that": the outlet it was said on */
        else if (!rc && is_w(c, ce, "on") && outlet_object(c, ce + 1, pe, &r))
            rc = finish(c, &r, i, ce + 1, r.ne, pe);
        /* "said in a statement to El Tiempo": the outlet the statement went to */
        else if (!rc && (to = given_to(c, ce)) != 0 && outlet_object(c, to, pe, &r))
            rc = finish(c, &r, i, to, r.ne, pe);
        /* "In a statement sent to the Post-Courier, the company said": the
         * same, opening the sentence */
        else if (!rc && c->ss < m.ns && (to = given_to(c, c->ss)) != 0 && to < m.ns &&
                 outlet_object(c, to, pe, &r) && r.ne < m.ns && is_comma(c, r.ne))
            rc = finish(c, &r, c->ss, to, r.ne, pe);
        else if (!rc && rs > ce && object_mention(c, rs, pe, &r) && r.kind == K_OUTLET)
            rc = finish(c, &r, i, ce, r.ne, pe);
        /* "was quoted as saying by RTL Today": who quotes is a medium */
        else if (!rc && rs > ce && is_w(c, i, "quoted") && outlet_object(c, rs, pe, &r))
            rc = finish(c, &r, i, ce, r.ne, pe);
        return rc;
    }
    /* "The agency told the news agency Interfax": the outlet carried it even
     * when the teller is no source of its own */
    if (is_w(c, i, "told") && !passive && outlet_object(c, ce, pe, &m))
        return finish(c, &m, i, ce, m.ne, pe);
    /* "..., said she blamed the officials": a clause, no source */
    static const char *const SUBJECT_PRONOUN[] = {"she", "he", "they", "it", "we", "i"};
    if ((f & LX_INVERT) && inverted_position(c, i) && ce < c->se &&
        is_w_in(c, ce, SUBJECT_PRONOUN, sizeof SUBJECT_PRONOUN / sizeof *SUBJECT_PRONOUN))
        return CITE_OK;
    if ((f & LX_INVERT) && inverted_position(c, i) && object_mention(c, ce, pe, &m)) {
        for (size_t k = ce; k < m.ne; k++)
            if (finite_aux(c, k))
                return CITE_OK; /* "..., said Tokyo was watching": a clause */
        named_after(c, &m);
        return finish(c, &m, i, ce, m.ne, pe);
    }
    return CITE_OK;
}

/* "declined to comment", "refused to say": a response on the record. */
static size_t decline_cue(const struct actx *c, size_t i)
{
    static const char *const v[] = {"comment", "say", "elaborate", "discuss", "confirm",
                                    "specify", "answer", "respond", "speculate", "give"};
    if (!(is_w(c, i, "declined") || is_w(c, i, "refused")) || !is_w(c, i + 1, "to"))
        return 0;
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        if (is_w(c, i + 2, v[k]))
            return i + 3;
    return 0;
}

/* "called the ruling “a win for the First Amendment”": naming something in
 * quoted words quotes the namer. Only with the quote close by. Judging it in
 * quoted words does too: "welcomed “the constructive atmosphere”",
 * "criticised the government for “negotiating through the newspapers”". */
static size_t characterise_cue(const struct actx *c, size_t i)
{
    if (!(is_w(c, i, "called") || is_w(c, i, "calls") || is_w(c, i, "described") ||
          is_w(c, i, "describes") || is_w(c, i, "dismissed") || is_w(c, i, "hailed") ||
          is_w(c, i, "welcomed") || is_w(c, i, "praised") || is_w(c, i, "condemned") ||
          is_w(c, i, "criticised") || is_w(c, i, "criticized")))
        return 0;
    for (size_t k = i + 1; k < c->se && k < i + 7; k++)
        if (T(c, k)->kind == TK_QOPEN && T(c, k)->pair > (long)k)
            return k;
    return 0;
}

/* A paired quote opening within six words after token i. */
static bool quote_near(const struct actx *c, size_t i)
{
    for (size_t k = i + 1; k < c->se && k < i + 7; k++)
        if (T(c, k)->kind == TK_QOPEN && T(c, k)->pair > (long)k)
            return true;
    return false;
}

/* "Environment Canada issued warnings, according to its website", "The
 * weather bureau PAGASA had raised a warning, according to its bulletin":
 * what "its" owns speaks for the sentence's subject, which is the source.
 * The subject before the sentence's first verb (before token i), classified
 * as a body. */
static bool clause_subject(struct actx *c, size_t i, struct mention *m)
{
    size_t ns;
    for (size_t v = c->ss + 1; v < i && v < c->ss + MAX_SUBJECT; v++) {
        if (T(c, v)->kind != TK_WORD)
            return false;
        if (T(c, v)->cap || !(past_verb(c, v) || (LX(c, v) & LX_AUX)))
            continue;
        if (!subject_before(c, v, &ns) || ns != c->ss ||
            !plain_subject(c, ns, v, v, m) || m->coref >= 0)
            return false;
        return m->kind == K_OFFICIAL || m->kind == K_OUTLET;
    }
    return false;
}

/* The source after a cue phrase [i, ce) ("according to X"), and the outlet
 * that carried it when one did ("a memo seen by Reuters"). */
static cite_status object_cue(struct actx *c, size_t i, size_t ce, size_t pe)
{
    struct mention m, r;
    if (ce < c->se && (is_w(c, ce, "its") || is_w(c, ce, "their")) && i > c->ss &&
        clause_subject(c, i, &m))
        return finish(c, &m, i, ce, ce, pe); /* "according to its bulletin": its owner */
    /* "X, a public body, said ..., according to its annual report": the
     * sentence has cited the owner already; its own document adds nothing */
    if (ce < c->se && (is_w(c, ce, "its") || is_w(c, ce, "their")) &&
        c->last_at > T(c, c->ss)->s && c->last_at <= T(c, i)->s)
        return CITE_OK;
    if (!object_mention(c, ce, pe, &m))
        return CITE_OK;
    cite_status rc = finish(c, &m, i, ce, m.ne, pe);
    size_t k = m.ne + (m.ne < c->se && is_comma(c, m.ne)); /* "the report, quoted by" */
    if (!rc && k + 2 < c->se && carrier_at(c, k) && object_mention(c, k + 2, pe, &r) &&
        (r.coref >= 0 ? c->cits.v[r.coref].kind : r.kind) == K_OUTLET)
        rc = finish(c, &r, k, k + 2, r.ne, pe);
    return rc;
}

/* "An assessment put the damage at 27 percent": "put" at token i cites a
 * figure only with "at" and a number after the thing put ("put pressure on"
 * is no finding). */
static bool put_at(const struct actx *c, size_t i)
{
    for (size_t k = i + 1; k + 1 < c->se && k < i + 12; k++) {
        /* ("put pressure on", "put it into service at 9") */
        if (T(c, k)->kind != TK_WORD || tok_is(c, k, "on") || tok_is(c, k, "in") ||
            tok_is(c, k, "into") || tok_is(c, k, "forward") || tok_is(c, k, "up") ||
            tok_is(c, k, "out") || tok_is(c, k, "off") || tok_is(c, k, "under"))
            return false;
        if (!tok_is(c, k, "at"))
            continue;
        if (k == i + 1)
            return false; /* "a figure her office later put at $2.5 million": no object */
        size_t v = k + 1; /* "at about 40", "at more than 1,200", "at $48 million" */
        while (v + 1 < c->se && v < k + 3 &&
               (tok_is(c, v, "about") || tok_is(c, v, "around") || tok_is(c, v, "some") ||
                tok_is(c, v, "roughly") || tok_is(c, v, "more") || tok_is(c, v, "than") ||
                tok_is(c, v, "least") || tok_is(c, v, "nearly") || tok_is(c, v, "almost")))
            v++;
        const char *w = c->d->text.s + T(c, v)->s;
        return (w[0] >= '0' && w[0] <= '9') || w[0] == '$' || (unsigned char)w[0] == 0xE2 ||
               (unsigned char)w[0] == 0xC2;
    }
    return false;
}

/* "asked about the case on", "speaking on", "appearing on": a word of
 * speaking a few words before token i, in the same clause. */
static size_t spoke_before(const struct actx *c, size_t i)
{
    for (size_t k = i; k > c->ss && i - k <= 5; k--) {
        if (T(c, k - 1)->kind != TK_WORD)
            return SIZE_MAX;
        if (is_w(c, k - 1, "speaking") || is_w(c, k - 1, "asked") ||
            is_w(c, k - 1, "appearing") || is_w(c, k - 1, "interviewed") ||
            is_w(c, k - 1, "talking"))
            return k - 1;
    }
    return SIZE_MAX;
}

/* "in a letter seen by", "In an email to staff obtained by": "in", an
 * article and a document's noun a few words before token i, nothing between
 * but words. */
static bool in_doc_before(const struct actx *c, size_t i)
{
    for (size_t k = i; k > c->ss + 2 && i - k < 8; k--) {
        if (T(c, k - 1)->kind != TK_WORD)
            return false;
        if (doc_head(c, k - 1) && (LX(c, k - 2) & LX_DET) && tok_is(c, k - 3, "in"))
            return true;
    }
    return false;
}

/* "Later she gave her name, Amra Kovac, and said", "He is Nermin Hodzic,
 * 54, who ...": the unnamed person cited just before is named; the citation
 * goes on under the name, its description kept as the role. Returns the
 * token after the name, or 0. */
static size_t named_later(struct actx *c, size_t i)
{
    size_t a;
    if (c->anon.idx < 0 || c->anon.plural || c->para_no > c->anon.para + 2 ||
        c->anon.at <= c->last_person_at || i <= c->ss ||
        !(is_w(c, i - 1, "he") || is_w(c, i - 1, "she")))
        return 0;
    if (is_w(c, i, "gave") && (is_w(c, i + 1, "her") || is_w(c, i + 1, "his")) &&
        is_w(c, i + 2, "name")) {
        a = i + 3;
        if (a < c->se && (is_comma(c, a) || is_w(c, a, "as")))
            a++;
    } else if (i == c->ss + 1 && (is_w(c, i, "is") || is_w(c, i, "was"))) {
        a = i + 1;
    } else {
        return 0;
    }
    size_t e = a;
    while (e < c->se && e - a < 4 && T(c, e)->kind == TK_WORD && T(c, e)->cap)
        e++;
    if (e - a < 2 || !name_like(c, a, e) || (e < c->se && !is_comma(c, e) && !T(c, e - 1)->end))
        return 0;
    struct wcit *w = &c->cits.v[c->anon.idx];
    const char *name = tok_text(c, a, e);
    char *key = name ? make_key(c, name) : NULL;
    if (w->kind != K_ANON || !key || hash_find(c, key) >= 0)
        return 0;
    w->role = w->role ? w->role : w->source;
    w->source = name, w->key = key, w->kind = K_PERSON;
    if (hash_add(c, c->anon.idx))
        return 0;
    c->last_person_at = T(c, a)->s + 1;
    c->anon.idx = -1;
    return e;
}

static cite_status cue_at(struct actx *c, size_t i, size_t pe)
{
    struct mention m, r;
    size_t ce;
    if (named_later(c, i))
        return CITE_OK;
    /* '"Will they switch that off too?" asked Sonia Gharbi': "asked" right
     * after a quote introduces its speaker (elsewhere it mostly asks for
     * something: "asked the court to") */
    if ((LX(c, i) & LX_INVERT) && !(LX(c, i) & LX_SAY) && i > c->ss &&
        T(c, i - 1)->kind == TK_QCLOSE && is_w(c, i, "asked"))
        return cue_verb(c, i, pe);
    /* "In a circular to judges seen by The Observer, she said": the outlet
     * that saw the document has a line of its own */
    if ((is_w(c, i, "seen") || is_w(c, i, "obtained")) && carrier_at(c, i) && in_doc_before(c, i) &&
        object_mention(c, i + 2, pe, &m) &&
        (m.coref >= 0 ? c->cits.v[m.coref].kind : m.kind) == K_OUTLET)
        return finish(c, &m, i, i + 2, m.ne, pe);
    /* "A letter sent to the culture department ... names eleven players":
     * a document that names or lists people or things says so */
    if ((is_w(c, i, "names") || is_w(c, i, "lists")) && i > c->ss + 1 && i + 1 < c->se &&
        T(c, i + 1)->kind == TK_WORD && !(LX(c, i - 1) & LX_DET) &&
        subject_mention(c, i, &m) && m.coref < 0 && m.kind == K_DOC)
        return finish(c, &m, i, i + 1, i + 1, pe);
    /* "The comment came from Yuki Nakagawa, a planetary scientist": words
     * said to come from someone are that person's */
    if ((is_w(c, i, "came") || is_w(c, i, "comes")) && is_w(c, i + 1, "from") && i >= c->ss + 2 &&
        i + 2 < c->se) {
        static const char *const said[] = {"comment", "comments", "remark", "remarks", "warning",
                                           "criticism", "claim", "claims", "words", "quote"};
        size_t h = i - 1;
        if (is_w_in(c, h, said, sizeof said / sizeof *said) &&
            ((LX(c, h - 1) & LX_DET) || (h >= c->ss + 2 && (LX(c, h - 2) & LX_DET) &&
                                          T(c, h - 1)->kind == TK_WORD && !T(c, h - 1)->cap)) &&
            object_mention(c, i + 2, pe, &m) && m.kind != K_DOC)
            return finish(c, &m, i, i + 2, m.ne, pe);
    }
    /* "Claire Vautrin, asked about the case on France Inter, said", "Speaking
     * on France Inter, the minister said": the outlet she spoke on */
    size_t sp;
    if (is_w(c, i, "on") && i > c->ss && i + 1 < c->se && T(c, i + 1)->kind == TK_WORD &&
        (sp = spoke_before(c, i)) != SIZE_MAX && outlet_object(c, i + 1, pe, &m))
        return finish(c, &m, sp == i - 1 ? sp : i, i + 1, m.ne, pe);
    /* "Two people familiar with the discussions gave a different account":
     * an account given is an account of events in words */
    if ((is_w(c, i, "gave") || is_w(c, i, "gives")) && i > c->ss && !passive_at(c, i)) {
        size_t k = i + 1;
        while (k < c->se && k < i + 4 && T(c, k)->kind == TK_WORD && !T(c, k)->cap &&
               !is_w(c, k, "account") && !is_w(c, k, "version"))
            k++;
        if (k < c->se && k < i + 4 && (is_w(c, k, "account") || is_w(c, k, "version")) &&
            T(c, i + 1)->kind == TK_WORD && (LX(c, i + 1) & LX_DET) &&
            subject_mention(c, i, &m))
            return finish(c, &m, i, k + 1, k + 1, pe);
    }
    /* "Analysts at Erste Group were more cautious, writing in a note that
     * ...": what the subject wrote, like "..., saying" */
    if (is_w(c, i, "writing") && i > c->ss + 2 && is_comma(c, i - 1) && i + 1 < c->se &&
        (is_w(c, i + 1, "that") ||
         (is_w(c, i + 1, "in") && i + 3 < c->se && (LX(c, i + 2) & LX_DET) &&
          (doc_head(c, i + 3) || is_w(c, i + 3, "note")))) &&
        shared_subject(c, i - 1, &m))
        return finish(c, &m, i, i + 1, i + 1, pe);
    if (!(LX(c, i) & (LX_SAY | LX_PASSIVE | LX_FIND | LX_CUE | LX_STOP)))
        return CITE_OK; /* most words: no cue starts here */
    if (LX(c, i) & LX_CUE) { /* the cue phrases below all open with such a word */
        if (is_w(c, i, "according") && is_w(c, i + 1, "to"))
            return object_cue(c, i, i + 2, pe);
        if (is_w(c, i, "citing") || is_w(c, i, "quoting"))
            return object_cue(c, i, i + 1, pe);
        /* "per Bernama", "per the official match report"; not "per cent" */
        if (is_w(c, i, "per") && i + 1 < c->se && T(c, i + 1)->kind == TK_WORD &&
            (T(c, i + 1)->cap || is_w(c, i + 1, "the")) &&
            !(i > c->ss && T(c, i - 1)->kind == TK_WORD && T(c, i - 1)->cap))
            /* ("Palma per Viure": a name's own word) */
            return object_cue(c, i, i + 1, pe);
        /* "speaking by phone to Radio Azattyk": how they spoke comes between */
        size_t j = i + 1;
        if (is_w(c, j, "by") && (is_w(c, j + 1, "phone") || is_w(c, j + 1, "telephone") ||
                                 is_w(c, j + 1, "video")))
            j += 2;
        bool spoke = is_w(c, i, "spoke") || is_w(c, i, "spoken") || is_w(c, i, "talked");
        if (((is_w(c, i, "speaking") || is_w(c, i, "talking") || spoke) &&
             (is_w(c, j, "to") || is_w(c, j, "with"))) ||
            (is_w(c, i, "interview") && is_w(c, i + 1, "with"))) {
            size_t at = j > i + 1 ? j + 1 : i + 2;
            if (!outlet_object(c, at, pe, &m) && (at == i + 2 || !outlet_object(c, at = i + 2, pe, &m)))
                m.ns = m.ne = 0;
            if (m.ne > m.ns) {
                /* "Al Mazrouei has spoken to the broadcaster SSC": the person
                 * who gave the interview is on record too (a later "he told
                 * SSC" is that person) */
                struct mention s;
                if (spoke && subject_mention(c, i, &s) &&
                    (s.coref >= 0 ? c->cits.v[s.coref].kind : s.kind) == K_PERSON &&
                    !(s.ne == s.ns + 1 && (LX(c, s.ns) & LX_PRONOUN))) {
                    cite_status rc = finish(c, &s, i, j + 1, j + 1, pe);
                    if (rc)
                        return rc;
                }
                return finish(c, &m, i, at, m.ne, pe);
            }
            /* "X spoke to reporters", "spoke to us by telephone": X is on record */
            if ((is_w(c, i, "spoke") || is_w(c, i, "talked")) &&
                (is_w(c, i + 2, "us") || is_w(c, i + 2, "reporters") ||
                 is_w(c, i + 2, "journalists")) &&
                subject_mention(c, i, &m) && (m.coref >= 0 || m.kind == K_PERSON))
                return finish(c, &m, i, i + 3, i + 3, pe);
            return CITE_OK;
        }
        if ((ce = decline_cue(c, i)) && subject_mention(c, i, &m)) {
            c->declining = true;
            cite_status rc = finish(c, &m, i, ce, ce, pe);
            c->declining = false;
            return rc;
        }
        if ((ce = characterise_cue(c, i)) && !passive_at(c, i) && subject_mention(c, i, &m))
            return finish(c, &m, i, i + 1, i + 1, pe);
        /* "..., calling the mission "a proud moment"": the subject before the comma */
        if (is_w(c, i, "calling") && i > c->ss + 2 && is_comma(c, i - 1) && quote_near(c, i) &&
            shared_subject(c, i - 1, &m))
            return finish(c, &m, i, i + 1, i + 1, pe);
        /* "was described as "entirely justified" by X": X said so */
        if (ce && passive_at(c, i) && (size_t)T(c, ce)->pair + 2 < c->se &&
            is_w(c, (size_t)T(c, ce)->pair + 1, "by") &&
            object_mention(c, (size_t)T(c, ce)->pair + 2, pe, &m)) {
            named_after(c, &m); /* "by the authority's director, Lena Hoffmann," */
            return finish(c, &m, i, i + 1, m.ne, pe);
        }
    }
    unsigned f = LX(c, i);
    /* "..., saying the plan was rushed", "..., adding that": said by the
     * subject of the clause before the comma */
    if ((f & LX_STOP) && i > c->ss + 2 && is_comma(c, i - 1) &&
        (is_w(c, i, "saying") || is_w(c, i, "adding")) && shared_subject(c, i - 1, &m))
        return finish(c, &m, i, i + 1, i + 1, pe);
    if (T(c, i)->cap && i > c->ss && T(c, i - 1)->kind == TK_WORD)
        return CITE_OK; /* "the United States said": a name, not a verb */
    /* "Quoted by the broadcaster ABC, the coach said": a participle opening
     * the sentence */
    if (i == c->ss && is_w(c, i, "quoted") && is_w(c, i + 1, "by") &&
        outlet_object(c, i + 2, pe, &m))
        return finish(c, &m, i, i + 2, m.ne, pe);
    if ((f & LX_PASSIVE) && is_w(c, i + 1, "by") && i > c->ss &&
        (is_w(c, i - 1, "as") || (LX(c, i - 1) & LX_AUX))) {
        if (!object_mention(c, i + 2, pe, &m))
            return CITE_OK;
        cite_status rc = finish(c, &m, i - 1, i + 2, m.ne, pe);
        /* "X was quoted by Y as saying": X spoke, Y carried it */
        if (!rc && is_w(c, i, "quoted") && subject_mention(c, i, &r))
            rc = finish(c, &r, i, i + 1, i + 1, pe);
        return rc;
    }
    /* "That criticism was rejected by the ministry", "the claims were denied
     * by the company": words answered in the passive; whoever answered them
     * said so ("the proposal was rejected by parliament" is a vote) */
    if ((is_w(c, i, "rejected") || is_w(c, i, "denied")) && is_w(c, i + 1, "by") &&
        passive_at(c, i)) {
        size_t k = i;
        while (k > c->ss && (LX(c, k - 1) & (LX_AUX | LX_BE)))
            k--;
        if (k > c->ss && k < i && tok_in(c, k - 1, &said_set) &&
            object_mention(c, i + 2, pe, &m))
            return finish(c, &m, i, i + 2, m.ne, pe);
        return CITE_OK;
    }
    /* "Customers were told by the company that ...": what people were told,
     * said by the agent */
    if (is_w(c, i, "told") && is_w(c, i + 1, "by") && passive_at(c, i) && object_mention(c, i + 2, pe, &m)) {
        named_after(c, &m); /* "by the firm's founder, Ana Ruiz," */
        return finish(c, &m, i, i + 2, m.ne, pe);
    }
    /* "a study found", "the survey shows": these verbs cite only documents;
     * "engineers found cracks" is an event */
    if ((f & LX_FIND) && !passive_at(c, i) && (!tok_is(c, i, "put") || put_at(c, i)) &&
        (!tok_is(c, i, "puts") || put_at(c, i)) && subject_mention(c, i, &m) && m.coref < 0 &&
        m.kind == K_DOC && (m.ns == c->ss || T(c, m.ns - 1)->kind != TK_WORD))
        return finish(c, &m, i, i + 1, i + 1, pe);
    /* "A spokeswoman for the hospitals put the figure at 22 percent", "the
     * ministry put the death toll at 40": whoever puts a figure at a number
     * gives it */
    if ((is_w(c, i, "put") || is_w(c, i, "puts")) && !passive_at(c, i) && put_at(c, i) &&
        !negated_at(c, i) && subject_mention(c, i, &m) && m.kind != K_DOC)
        return finish(c, &m, i, i + 1, i + 1, pe);
    /* "The Metropolitan Court of Budapest found that", "the tribunal ruled
     * that": a court's finding is its judgment on the record */
    if ((f & LX_FIND) && (is_w(c, i, "found") || is_w(c, i, "ruled")) && is_w(c, i + 1, "that") &&
        !passive_at(c, i) && subject_mention(c, i, &m) && m.coref < 0 && m.kind == K_OFFICIAL) {
        for (size_t k = m.ns; k < m.ne; k++)
            if (is_w(c, k, "court") || is_w(c, k, "tribunal"))
                return finish(c, &m, i, i + 1, i + 1, pe);
    }
    if ((f & (LX_SAY | LX_PASSIVE)) && !pledge_in_event(c, i))
        return cue_verb(c, i, pe);
    return CITE_OK;
}

/* "Mayor Sjöström: “We will bring a new plan in March.”": a sentence that is
 * a person's name (a title before it may be) and a colon before a quote, as
 * a transcript gives a speaker. Only people: "Update:" or a body's name over a
 * quote is a heading. */
static cite_status colon_speaker(struct actx *c, size_t pe)
{
    size_t j = c->ss, n0;
    while (j < c->se && j < c->ss + 5 && T(c, j)->kind == TK_WORD)
        j++;
    if (j == c->ss || j + 1 >= c->se || T(c, j)->kind != TK_PUNCT || T(c, j)->ch != ':' ||
        T(c, j + 1)->kind != TK_QOPEN)
        return CITE_OK;
    for (n0 = c->ss; n0 < j && T(c, n0)->cap && (LX(c, n0) & LX_TITLE) &&
                     !(LX(c, n0) & LX_ANON); n0++)
        ;
    if (n0 == j || !name_like(c, n0, j))
        return CITE_OK;
    struct mention m = {n0, j, c->ss, n0, c->ss, j + 1, NULL, -1, NULL, NULL};
    if (n0 + 1 == j) {
        m.coref = coref_find(c, n0, 0, false);
        if (m.coref < 0 && full_name_before(c, n0, j, &m))
            m.kind = K_PERSON;
    } else if (!company_name(c, n0, j) && outlet_of(c, n0, j) < 0) {
        m.kind = K_PERSON;
    }
    if (m.coref >= 0 ? c->cits.v[m.coref].kind != K_PERSON : m.kind != K_PERSON)
        return CITE_OK;
    return finish(c, &m, j, j + 1, j + 1, pe);
}

/* "he laughed: “Ask me in a week.”": a verb in the past that is no cue, then
 * a colon and a quote, reports what its subject said. */
static cite_status colon_verb(struct actx *c, size_t i, size_t pe)
{
    struct mention m;
    if (i + 2 >= c->se || T(c, i + 1)->kind != TK_PUNCT || T(c, i + 1)->ch != ':' ||
        T(c, i + 2)->kind != TK_QOPEN || (LX(c, i) & (LX_SAY | LX_INVERT | LX_CUE)) ||
        !past_verb(c, i) || passive_at(c, i) || negated_at(c, i) ||
        !subject_mention(c, i, &m))
        return CITE_OK;
    return finish(c, &m, i, i + 1, i + 1, pe);
}

/* ---- driver ------------------------------------------------------------- */

/* "defends", "insists": a lower-case word in -s that may be a verb in the
 * present (not "is", "has", "was", nor a word of the lexicon). */
static bool present_s(const struct actx *c, size_t i)
{
    const struct tok *t = T(c, i);
    size_t n = t->e - t->s;
    return t->kind == TK_WORD && !t->cap && n > 4 && c->d->text.s[t->e - 1] == 's' &&
           c->d->text.s[t->e - 2] != 's' && !LX(c, i);
}

/* Is the verb at token v inside a clause that opens the sentence before its
 * subject: "Outside the hall on Saturday, where ...", "When the vote came, ..."?
 * A comma after v and before the next verb closes it. */
static bool opening_clause(const struct actx *c, size_t v)
{
    bool opener = false;
    for (size_t k = c->ss; k < v; k++)
        if (is_w(c, k, "where") || is_w(c, k, "when") || is_w(c, k, "while") ||
            is_w(c, k, "as") || is_w(c, k, "after") || is_w(c, k, "before") ||
            is_w(c, k, "since") || is_w(c, k, "although") || is_w(c, k, "though")) {
            opener = k == c->ss || is_comma(c, k - 1);
            break;
        }
    if (!opener)
        return false;
    for (size_t k = v + 1; k < c->se && k < v + MAX_APPOSITION; k++)
        if (is_comma(c, k))
            return true;
    return false;
}

/* After a sentence [c->ss, c->se) that cited nobody: is the subject of its
 * first verb in the past a person ("Croatia coach Goran Perković, who was
 * sent to the stands, watched ...")? Noted as c->subj, whom a quote or a
 * pronoun after it may belong to. */
static void note_subject(struct actx *c)
{
    struct mention m;
    /* "Mariam Lomidze, whose husband, Davit, was one of the two people
     * killed, has attended every hearing": a name opens the sentence, a
     * relative clause with commas of its own describes it, and the main verb
     * comes after the last comma; the name is the subject */
    size_t k = name_run(c, c->ss, c->se);
    if (k > c->ss + 1 && k + 2 < c->se && name_like(c, c->ss, k) && is_comma(c, k) &&
        (is_w(c, k + 1, "whose") || is_w(c, k + 1, "who"))) {
        size_t v = k + 2, last = 0;
        for (; v < c->se && v < c->ss + MAX_APPOSITION && T(c, v)->kind != TK_QOPEN; v++)
            if (is_comma(c, v))
                last = v;
        v = last + 1;
        while (last && v < c->se && (LX(c, v) & LX_AUX))
            v++;
        if (last && v < c->se && past_verb(c, v) && plain_subject(c, c->ss, k, v, &m) &&
            m.coref < 0 && m.kind == K_PERSON && !m.src) {
            const char *src = tok_text(c, m.ns, m.ne);
            if (src) {
                c->subj.src = src, c->subj.role = NULL;
                c->subj.a = T(c, m.ns)->s, c->subj.b = T(c, m.ne - 1)->e;
                c->subj.para = c->para_no;
            }
            return;
        }
    }
    for (size_t v = c->ss + 1; v < c->se && v < c->ss + MAX_APPOSITION; v++) {
        if (T(c, v)->kind == TK_QOPEN)
            return;
        /* ("Her son, Marco, who manages the accounts, is less sentimental") */
        /* ("The general manager, Darius Kairys, defends him": a verb in the
         * present right after the apposition) */
        if (!past_verb(c, v) && !((is_w(c, v, "is") || is_w(c, v, "was") || present_s(c, v)) &&
                                  v > c->ss && is_comma(c, v - 1)))
            continue;
        /* ("Outside the hall, where a quartet played ..., Algirdas Petrauskas,
         * a retired engineer, dropped a note": a clause of place or time
         * before the subject; its verb has no subject to find) */
        if (opening_clause(c, v))
            continue;
        if (!subject_mention(c, v, &m))
            return;
        const char *kind = m.coref >= 0 ? c->cits.v[m.coref].kind : m.kind;
        if (kind != K_PERSON || (m.ne == m.ns + 1 && (LX(c, m.ns) & LX_PRONOUN)))
            return;
        const char *src = m.coref >= 0 ? c->cits.v[m.coref].source
                          : m.src       ? m.src
                                        : tok_text(c, m.ns, m.ne);
        if (!src)
            return;
        c->subj.src = src;
        c->subj.role = m.re > m.rs ? tok_text(c, m.rs, m.re) : NULL;
        c->subj.a = T(c, m.ns)->s, c->subj.b = T(c, m.ne - 1)->e;
        c->subj.para = c->para_no;
        return;
    }
}

/* A paragraph that is only a quote, with no one cited in it, after a
 * paragraph about a person: that person speaks ("Croatia coach Goran Perković
 * ... watched from a seat behind the bench." then "“From up there it was
 * worse.”"). The citation's span is the name where it was given. */
static cite_status quote_paragraph(struct actx *c, const struct citep_para *p)
{
    /* (a quote of several paragraphs leaves each open but the last) */
    if (!c->tk.n || T(c, 0)->kind != TK_QOPEN || c->last_at > p->start ||
        !recent_subject(c) || c->subj.para + 1 != c->para_no)
        return CITE_OK;
    c->ss = 0, c->se = c->tk.n;
    struct found f = {0};
    f.quote = quote_of(c, 0, 0);
    char *key = make_key(c, c->subj.src);
    if (!key)
        return CITE_ENOMEM;
    int idx = hash_find(c, key);
    if (idx < 0) {
        if (c->cits.n >= MAX_CITATIONS)
            return CITE_OK;
        struct wcit w = {0};
        w.source = c->subj.src, w.key = key, w.kind = K_PERSON, w.embed = -1;
        w.role = c->subj.role;
        cite_status rc = CITEP_PUSH(&c->cits, w);
        if (!rc)
            rc = hash_add(c, (int)c->cits.n - 1);
        if (rc)
            return rc;
        idx = (int)c->cits.n - 1;
    }
    fill_missing(&c->cits.v[idx], &f);
    c->last_at = c->last_person_at = c->subj.a + 1;
    return add_span(c, &c->cits.v[idx], c->subj.a, c->subj.b);
}

/* "09:45 — The clerk of the course said": a live blog's time stamp before
 * a dash opens an entry; the sentence starts after it. Tokens to skip. */
static size_t entry_time(const struct actx *c, size_t s, size_t e)
{
    size_t k = s;
    bool digits = false;
    for (; k < e && k < s + 4; k++) {
        const struct tok *t = T(c, k);
        bool colon = t->kind == TK_PUNCT && t->ch == ':';
        bool num = true;
        for (size_t b = t->s; b < t->e && num; b++)
            num = (c->d->text.s[b] >= '0' && c->d->text.s[b] <= '9') || c->d->text.s[b] == ':';
        if (!colon && !(t->kind == TK_WORD && num))
            break;
        digits = digits || !colon;
    }
    if (!digits || k == s + 1 || k + 1 >= e || T(c, k)->kind != TK_PUNCT || T(c, k)->ch != '-')
        return 0;
    return k + 1 - s;
}

static cite_status paragraph(struct actx *c, const struct citep_para *p)
{
    cite_status rc = citep_tokenize(&c->tk, c->d->text.s, p->start, p->end);
    if (!rc)
        rc = annotate(c, p->end - p->start);
    c->para_no++;
    c->report.ss = c->words.ss = 0; /* (token indices start again with each paragraph) */

    size_t n = c->tk.n;
    for (size_t s = 0; !rc && s < n;) {
        size_t e = s;
        while (e < n && !c->tk.v[e].end)
            e++;
        if (e < n)
            e++;
        c->ss = s + entry_time(c, s, e), c->se = e;
        for (size_t i = c->ss; !rc && i < e && !c->full; i++) {
            const struct tok *t = &c->tk.v[i];
            /* A cue inside a paired quotation is the speaker's, not the
             * article's ("people told me it would not last"): skip the quote. */
            if (t->kind == TK_QOPEN && t->pair > (long)i && (size_t)t->pair < e)
                i = (size_t)t->pair;
            else if (t->kind == TK_WORD) {
                /* only a capital, a body's noun or a title opens a name worth noting */
                if (t->cap || (c->ti[i].lx & (LX_OFFICIAL | LX_ORG | LX_TITLE)))
                    note_antecedent(c, i);
                rc = cue_at(c, i, p->end);
                if (!rc && i == s)
                    rc = colon_speaker(c, p->end);
                if (!rc && i > s)
                    rc = colon_verb(c, i, p->end);
            }
        }
        if (!rc && c->last_at <= T(c, s)->s)
            note_subject(c);
        s = e;
    }
    if (!rc)
        rc = quote_paragraph(c, p);
    return rc;
}

static cite_status embed_citation(struct actx *c, size_t k)
{
    const cite_embed *e = &c->d->embeds.v[k];
    struct wcit w = {0};
    w.kind = K_POST;
    w.embed = (int)k;
    w.source = e->author;
    if (!w.source && e->handle)
        w.source = citep_arena_printf(c->d->arena, "@%s", e->handle);
    if (!w.source)
        w.source = e->url ? e->url : e->platform;
    w.date = e->date;
    w.first = e->span.start;
    if (span_push(c, &w, e->span) || CITEP_PUSH(&c->cits, w))
        return CITE_ENOMEM;
    return CITE_OK;
}

static int by_first(const void *a, const void *b)
{
    const struct wcit *x = *(const struct wcit *const *)a, *y = *(const struct wcit *const *)b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return x < y ? -1 : x > y;
}

static bool sorted_run(struct wcit *const *v, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (by_first(&v[i - 1], &v[i]) > 0)
            return false;
    return true;
}

/* Put order[0..n) in by_first order (a total order: one result however it is
 * reached). The prose citations (the first np) and the embeds' come each
 * nearly always in text order already: two sorted runs are merged in one
 * pass, anything else is sorted. */
static void sort_citations(struct wcit **order, size_t n, size_t np)
{
    if (!sorted_run(order, np) || !sorted_run(order + np, n - np)) {
        qsort(order, n, sizeof *order, by_first);
        return;
    }
    if (np == 0 || np == n || by_first(&order[np - 1], &order[np]) <= 0)
        return;
    struct wcit **a = citep_malloc(np * sizeof *a);
    if (!a) { /* no room for the merge: the sort needs none */
        qsort(order, n, sizeof *order, by_first);
        return;
    }
    memcpy(a, order, np * sizeof *a);
    size_t i = 0, j = np, k = 0;
    while (i < np && j < n)
        order[k++] = by_first(&a[i], &order[j]) <= 0 ? a[i++] : order[j++];
    while (i < np)
        order[k++] = a[i++];
    citep_free(a);
}

/* "C" and the decimal number n, in the arena. */
static const char *citation_id(struct actx *c, size_t n)
{
    char buf[24];
    size_t k = sizeof buf;
    buf[--k] = '\0';
    do
        buf[--k] = (char)('0' + n % 10);
    while ((n /= 10) != 0);
    buf[--k] = 'C';
    return citep_arena_strndup(c->d->arena, buf + k, sizeof buf - 1 - k);
}

static cite_status emit(struct actx *c, size_t nprose)
{
    size_t n = c->cits.n;
    struct wcit **order = citep_malloc((n ? n : 1) * sizeof *order);
    if (!order)
        return CITE_ENOMEM;
    for (size_t i = 0; i < n; i++)
        order[i] = &c->cits.v[i];
    sort_citations(order, n, nprose);
    cite_status rc = citep_vec_reserve((void **)&c->d->citations.v, &c->d->citations.cap,
                                       c->d->citations.n + n, sizeof(cite_citation));
    for (size_t i = 0; !rc && i < n; i++) {
        const struct wcit *w = order[i];
        cite_span *sp = w->spans.v; /* already in the arena */
        const char *id = citation_id(c, c->d->citations.n + 1);
        if (!sp || !id) {
            rc = CITE_ENOMEM;
            break;
        }
        cite_citation out = {id,      w->source, w->kind,  w->role,  w->cue,
                             w->date, w->date_text, w->claim, w->quote, w->embed,
                             sp[0],   w->spans.n, sp};
        c->d->citations.v[c->d->citations.n++] = out;
    }
    citep_free(order);
    return rc;
}

static void actx_free(struct actx *c)
{
    citep_free(c->cits.v);
    citep_free(c->tk.v);
    citep_free(c->ti);
    citep_free(c->fold);
    citep_free(c->hash);
}

/* Is paragraph i, the text's first, a headline: short, with no full stop or
 * other end mark, and prose after it? "Ecuador police say gang leader
 * ordered riot" only announces what the story attributes in full below, so
 * it adds no citation of its own. */
static bool headline(const cite_doc *d, size_t i)
{
    const struct citep_para *p = &d->paras.v[i];
    const char *s = d->text.s;
    size_t b = p->end;
    while (b > p->start && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\r' ||
                            s[b - 1] == '\t'))
        b--;
    if (b == p->start || b - p->start > 200 || memchr(s + p->start, '\n', b - p->start))
        return false;
    unsigned char last = (unsigned char)s[b - 1];
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ',')
        return false;
    for (size_t k = i + 1; k < d->paras.n; k++)
        if (d->paras.v[k].embed == -1 && d->paras.v[k].end > d->paras.v[k].start)
            return true;
    return false;
}

/* Is s a description, no name: an article or none, then no capital ("the
 * country's drug regulator", "scientists", "a witness"; not "Ukraine's air
 * force")? */
static bool description_only(const char *s)
{
    static const char *const art[] = {"the ", "a ", "an "};
    for (size_t k = 0; k < 3; k++)
        if (strncasecmp(s, art[k], strlen(art[k])) == 0)
            s += strlen(art[k]);
    for (const char *p = s; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            return false;
    return true;
}

/* Unnamed sources that stay unnamed on purpose ("people familiar with the
 * matter", "sources close to", "a person briefed on"): no summary of named
 * ones. */
static bool kept_anonymous(const char *s)
{
    static const char *const w[] = {"source", "familiar", "briefed", "close to", "anonym",
                                    "insider", "people", "person", "unnamed"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (strstr(s, w[k]))
            return true;
    return false;
}

/* A source that only declined to comment or refused to say made no claim:
 * no citation (it still stood for "the company" in between).
 * "..., officials said", "..., the country's drug regulator said", "...,
 * scientists reported" closing the lead sum up the sources the story then
 * cites by name. A lead citation that is only such a description, mentioned
 * there only, is no source of its own when a named source of its sort follows
 * (an official for officials or an official description; a person or an
 * official for other unnamed people). The first lead citations are the lead's. */
static void drop_lead_descriptions(struct actx *c, size_t lead)
{
    bool official = false, person = false;
    for (size_t i = lead; i < c->cits.n; i++) {
        const struct wcit *w = &c->cits.v[i];
        if (w->embed >= 0 || w->declined || !w->source || description_only(w->source))
            continue;
        official = official || w->kind == K_OFFICIAL;
        person = person || w->kind == K_PERSON;
    }
    size_t k = 0;
    for (size_t i = 0; i < c->cits.n; i++) {
        const struct wcit *w = &c->cits.v[i];
        bool drop = w->declined; /* "X declined to comment" and nothing else */
        drop = drop || (i < lead && w->spans.n == 1 && w->source && description_only(w->source) &&
                    ((w->kind == K_OFFICIAL && official) ||
                     (w->kind == K_ANON && !kept_anonymous(w->source) &&
                      (strstr(w->source, "official") ? official : official || person))));
        if (!drop)
            c->cits.v[k++] = c->cits.v[i];
    }
    c->cits.n = k; /* the hash is not used after this */
}

cite_status citep_attributions(cite_doc *d, const struct citep_outlets *o)
{
    if (!d || !o)
        return CITE_EINVAL;
    struct actx c = {0};
    c.d = d, c.o = o;
    c.anon.idx = -1;
    cite_status rc = CITE_OK;
    /* room for the tokens of the longest paragraph at once (prose has a token
     * every few bytes), rather than growing the arrays paragraph by paragraph */
    size_t most = 0;
    for (size_t i = 0; i < d->paras.n; i++) {
        const struct citep_para *p = &d->paras.v[i];
        if (p->embed == -1 && p->end > p->start && p->end - p->start > most)
            most = p->end - p->start;
    }
    size_t ntok = most / 4 + 16;
    if (most && (citep_vec_reserve((void **)&c.tk.v, &c.tk.cap, ntok, sizeof *c.tk.v) ||
                 citep_vec_reserve((void **)&c.ti, &c.ticap, ntok, sizeof *c.ti)))
        rc = CITE_ENOMEM;
    bool first = true;
    size_t lead = (size_t)-1; /* citations made in the lead paragraph */
    for (size_t i = 0; !rc && i < d->paras.n; i++) {
        if (d->paras.v[i].embed != -1 || d->paras.v[i].end <= d->paras.v[i].start)
            continue;
        if (!(first && headline(d, i))) {
            rc = paragraph(&c, &d->paras.v[i]);
            if (lead == (size_t)-1)
                lead = c.cits.n;
        }
        first = false;
    }
    if (!rc && lead != (size_t)-1)
        drop_lead_descriptions(&c, lead);
    size_t nprose = c.cits.n;
    for (size_t k = 0; !rc && k < d->embeds.n; k++)
        rc = embed_citation(&c, k);
    if (!rc)
        rc = emit(&c, nprose);
    if (!rc && c.full)
        rc = citep_warn(d, "too-many-citations", 0, "only the first %d citations are kept",
                        MAX_CITATIONS);
    actx_free(&c);
    return rc;
}
