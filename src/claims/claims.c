/*
 * claims.c - the claims stage: reads every paragraph of the analysis text
 * (article prose and the text of each embedded post), splits it into word
 * tokens (hashtags become the words they segment to, so "#SeaofJapan" reads
 * as "Sea of Japan"), and runs the finders for quantities, places, dates and
 * named entities. Claims are numbered K1.. in input order.
 */
#include "claims_int.h"
#include "lang.h"
#include "../core/wordkey.h"
#include "attrib/dates.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- shared word lists ---------------------------------------------------- */

static const char *const STOP[] = {
    "of", "and", "or", "but", "in", "on", "at", "to", "from", "with", "by", "for", "as",
    "that", "which", "who", "whom", "were", "was", "are", "is", "be", "been", "being",
    "have", "has", "had", "will", "would", "could", "should", "may", "might", "can",
    "than", "including", "into", "over", "under", "after", "before", "during", "since",
    "while", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her",
    "our", "your", "my", "per", "each", "said", "according", "also", "not", "no", "it",
    "they", "he", "she", "we", "i", "you", "them", "there", "here", "then", "when",
    "where", "if", "so", "such", "about", "amid", "among", "between", "within", "without",
    "toward", "towards", "via", "near", "off", "out", "up", "down", "all", "both", "did",
    "do", "does", "just", "only", "more", "most", "less", "yet", "still", "again", "ago",
    "away", "across", "against", "along", "around", "through", "because", "until", NULL};

static const char *const MONTHS[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL};

CITEP_WORDSET(stop_set, STOP, 256);
CITEP_WORDSET(month_set, MONTHS, 64);
/* The classes of a token's word, by its word key (built while lower-casing). */
static const struct citep_keylist TOKEN_CLASSES[] = {
    {STOP, T_STOP}, {MONTHS, T_MONTH}, {citep_date_openers, T_DATE}, {NULL, 0}};
CITEP_KEYCLASS(token_class, TOKEN_CLASSES, 512);

bool citep_is_stopword(const char *lw) { return citep_wordset_has(&stop_set, lw); }
bool citep_is_month(const char *lw) { return citep_wordset_has(&month_set, lw); }

/* ---- claims --------------------------------------------------------------- */

cite_status citep_claim_add(struct citep_cx *cx, cite_claim_type type, const char *subject,
                            const char *value, size_t s, size_t e, double number,
                            double number_hi, const char *cmp)
{
    cite_doc *d = cx->d;
    cite_claim c;
    if (d->claims.n >= CITEP_CLAIMS_MAX)
        return CITE_OK;
    memset(&c, 0, sizeof c);
    c.type = type;
    if (type == CITE_CLAIM_PLACE && value && subject && strcmp(value, subject) == 0)
        value = citep_place_canon(cx, value);
    c.subject = subject ? citep_arena_strdup(d->arena, subject) : NULL;
    c.value = value ? citep_arena_strdup(d->arena, value) : NULL;
    c.text = citep_arena_strndup(d->arena, d->text.s + s, e - s);
    if ((subject && !c.subject) || (value && !c.value) || !c.text)
        return CITE_ENOMEM;
    c.number = number;
    c.number_hi = number_hi;
    c.comparator = cmp;
    c.embed = cx->embed;
    c.span = citep_span_from_view(d, &d->text, s, e);
    return CITEP_PUSH(&d->claims, c);
}

const char *citep_place_canon(const struct citep_cx *cx, const char *name)
{
    size_t n = strlen(name);
    const struct citep_gaz_entry *e = cx->g ? citep_gaz_find(cx->g, name, n) : NULL;
    if (!e && cx->g)
        e = citep_gaz_find_town(cx->g, name, n);
    return e ? citep_gaz_canon(e) : name;
}

char citep_gazetteer_kind(const struct citep_gazetteer *g, const char *name)
{
    const struct citep_gaz_entry *e = name ? citep_gaz_find(g, name, strlen(name)) : NULL;
    return e ? e->kind : 0;
}

/* ---- tokens --------------------------------------------------------------- */

/* ASCII letters and digits: the tokenizer asks this of every byte of every word. */
static const unsigned char ALNUM[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
    ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1,
    ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1,
    ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1,
    ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

static bool is_alnum(unsigned char c) { return ALNUM[c]; }

/* Length of the UTF-8 punctuation mark at s (quotes, dashes, ellipsis), or 0. */
static size_t upunct(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0xBF)
        return 3; /* General Punctuation: dashes, quotes, ellipsis */
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB || u[1] == 0xA0))
        return 2; /* guillemets, no-break space */
    return 0;
}

static inline bool word_byte(const char *s, size_t n, size_t i);

/* A letter, mark or digit outside ASCII starts at s[i] (an emoji or symbol
 * such as "⚡" or "🌊" is no part of a word). */
static bool uletter(const char *s, size_t n, size_t i)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(n - i), &cp);
    utf8proc_category_t k;
    if (l <= 0)
        return false;
    k = utf8proc_category(cp);
    if (cp == 0xB2 || cp == 0xB3 || cp == 0xB9)
        return false; /* superscripts: "km²" is "km" squared */
    if (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME)
        return i > 0 && word_byte(s, n, i - 1); /* a mark belongs to the letter before */
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

static bool word_byte_utf8(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0xC0) /* inside a character whose lead byte was taken */
        return i > 0 && word_byte(s, n, i - 1);
    return upunct(s + i, n - i) == 0 && uletter(s, n, i);
}

/* Tokenizing asks this of every byte: ASCII is answered inline. */
static inline bool word_byte(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    return c < 0x80 ? is_alnum(c) : word_byte_utf8(s, n, i);
}

/* Length of the UTF-8 sequence that starts at s[i] (1 for a stray byte). */
static size_t seq_len(const char *s, size_t n, size_t i)
{
    size_t e = i + 1;
    while (e < n && ((unsigned char)s[e] & 0xC0) == 0x80)
        e++;
    return e - i;
}

static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* Is view offset i inside a URL or an @mention (nothing there is a claim)?
 * *cur: how many skips start at or before the input offset of an earlier i of
 * the same paragraph, or SIZE_MAX before its first; when view order is input
 * order that count only grows along a paragraph, and is counted on from there. */
static bool in_skip(const struct citep_cx *cx, size_t i, size_t *cur)
{
    size_t in, lo = 0, hi = cx->nskips;
    if (hi == 0)
        return false;
    in = citep_text_to_input(&cx->d->text, i);
    if (cx->skip_ordered && *cur != SIZE_MAX) {
        for (lo = *cur; lo < hi && cx->skips[lo]->span.start <= in; lo++)
            ;
    } else {
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (cx->skips[mid]->span.start <= in)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    *cur = lo;
    return lo > 0 && in < cx->skips[lo - 1]->span.end;
}

/* Can in_skip be true anywhere in the view range [a, b)? When view offsets map
 * to input offsets in order, the range covers the input range from a's to
 * (b - 1)'s, and no skip ends inside it when none that starts by its end
 * reaches past its start. Most paragraphs hold no URL or mention. */
static bool para_skips(const struct citep_cx *cx, size_t a, size_t b)
{
    size_t lo_in, hi_in, lo = 0, hi = cx->nskips;
    if (hi == 0)
        return false;
    if (!cx->skip_ordered || a >= b)
        return true;
    lo_in = citep_text_to_input(&cx->d->text, a);
    hi_in = citep_text_to_input(&cx->d->text, b - 1);
    while (lo < hi) { /* lo: how many skips start at or before hi_in */
        size_t mid = lo + (hi - lo) / 2;
        if (cx->skips[mid]->span.start <= hi_in)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && cx->skip_reach[lo - 1] > lo_in;
}

/* Does every segment of the view map to input after the one before it (so
 * that citep_text_to_input never decreases)? */
static bool view_in_input_order(const struct citep_text *t)
{
    size_t k;
    for (k = 1; k < t->nsegs; k++)
        if (t->segs[k].i_off < t->segs[k - 1].i_off + t->segs[k - 1].i_len)
            return false;
    return true;
}

/* T_DATE for a lower-case word that is not all letters: a date phrase opens
 * with a digit or with an opener spelt by the letters before the first other
 * byte ("jan.", "on-site"). */
static unsigned date_opener(const char *lw, size_t n)
{
    size_t k = 0;
    if (n && lw[0] >= '0' && lw[0] <= '9')
        return T_DATE;
    while (k < n && lw[k] >= 'a' && lw[k] <= 'z')
        k++;
    return citep_keyclass_get(&token_class, citep_wordkey(lw, k)) & T_DATE;
}

/* Per byte of a word: its lower-case form (bits 0-7), its class (bits 13-15:
 * 1 upper-case letter, 2 lower-case letter, 4 any other byte), whether it is an
 * ASCII letter or digit (TB_ALNUM) and its word-key code (bits 27-31, see
 * core/wordkey.h), so that a token is read, lower-cased, keyed and classified
 * in one table look-up per byte. */
#define TB_ALNUM (1u << 16)
#define TB_END (1u << 17) /* an ASCII byte that ends a word ("-" and "." may not) */
#define TB_KEY(x) ((x) >> 27)
#define TB_UP(c) ((unsigned)((c) + 32) | (unsigned)((c) - 'A' + 1) << 27 | 1u << 13 | TB_ALNUM)
#define TB_LO(c) ((unsigned)(c) | (unsigned)((c) - 'a' + 1) << 27 | 2u << 13 | TB_ALNUM)
#define TB_DIGIT(c) ((unsigned)(c) | 31u << 27 | 4u << 13 | TB_ALNUM)
#define TB_OTHER(c) ((unsigned)(c) | 31u << 27 | 4u << 13 | \
                     ((c) < 0x80 && (c) != '-' && (c) != '.' ? TB_END : 0))
#define TB(c) ((c) >= 'A' && (c) <= 'Z' ? TB_UP(c) : (c) >= 'a' && (c) <= 'z' ? TB_LO(c) \
               : (c) >= '0' && (c) <= '9' ? TB_DIGIT(c) : TB_OTHER(c))
#define TB4(c) TB(c), TB((c) + 1), TB((c) + 2), TB((c) + 3)
#define TB16(c) TB4(c), TB4((c) + 4), TB4((c) + 8), TB4((c) + 12)
#define TB64(c) TB16(c), TB16((c) + 16), TB16((c) + 32), TB16((c) + 48)
static const uint32_t TOK_BYTE[256] = {TB64(0), TB64(64), TB64(128), TB64(192)};
#undef TB64
#undef TB16
#undef TB4
#undef TB
#undef TB_OTHER
#undef TB_DIGIT
#undef TB_LO
#undef TB_UP

/* Does a word open with a capital outside ASCII ("Çavuşin", "Łódź", "Ørsted")? */
static bool upper_initial(const char *o, size_t n)
{
    int32_t cp;
    if ((unsigned char)o[0] < 0x80 || citep_utf8_decode((const unsigned char *)o, n, &cp) < 2)
        return false;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Complete token t (its lw filled for t->olen bytes, with their TOK_BYTE bits
 * or'ed in cls and their key codes in key) and count it. Inlined: it is the
 * tail of every word's reading, and a call per token cost a fifth of it. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void tok_finish(struct citep_cx *cx, struct citep_tok *t, unsigned cls,
                              uint64_t key, unsigned fl)
{
    size_t n = t->olen;
    t->lw[n] = '\0'; /* word bytes and C strings: no NUL inside */
    key = citep_wordkey_end(key, n);
    fl |= citep_keyclass_get(&token_class, key);
    if (cls & (4u << 13))
        fl |= date_opener(t->lw, n);
    t->lwn = n;
    t->key = key;
    if (n && ((t->o[0] >= 'A' && t->o[0] <= 'Z') || upper_initial(t->o, n)))
        fl |= T_CAP;
    if ((cls & (3u << 13)) == (1u << 13) && n > 1)
        fl |= T_ALLCAPS;
    t->fl = fl;
    cx->t.n++;
}

static cite_status push_tok(struct citep_cx *cx, size_t s, size_t e, const char *o,
                            size_t olen, unsigned fl, int tag)
{
    struct citep_tok *t;
    size_t k;
    uint64_t key = 0;
    unsigned cls = 0;
    if (cx->t.n >= CITEP_CLAIMS_MAX_TOKENS)
        return CITE_OK;
    /* filled in place: a token is large (its lower-case copy) */
    if (cx->t.n >= cx->t.cap &&
        citep_vec_reserve((void **)&cx->t.v, &cx->t.cap, cx->t.n + 1, sizeof *cx->t.v))
        return CITE_ENOMEM;
    t = &cx->t.v[cx->t.n];
    t->s = s;
    t->e = e;
    t->o = o;
    t->olen = olen;
    t->tag = tag;
    if (olen < sizeof t->lw) {
        for (k = 0; k < olen; k++) {
            unsigned x = TOK_BYTE[(unsigned char)o[k]];
            cls |= x;
            t->lw[k] = (char)(x & 0xFF);
            key = (key << 5) | TB_KEY(x);
        }
        tok_finish(cx, t, cls, key, fl);
        return CITE_OK;
    }
    t->lw[0] = '\0';
    t->lwn = 0;
    t->key = 0;
    fl |= T_DATE; /* not worth classifying: let the date scan look */
    if (olen && ((o[0] >= 'A' && o[0] <= 'Z') || upper_initial(o, olen)))
        fl |= T_CAP;
    t->fl = fl;
    cx->t.n++;
    return CITE_OK;
}

/* The word at s[i] (an ASCII letter or digit) as a token, when it is all ASCII
 * letters and digits and short enough to copy: read, lower-cased and keyed in
 * one pass (most words); any other word goes through push_tok. *endp is where the
 * word ends. */
static cite_status push_word(struct citep_cx *cx, size_t i, size_t b, unsigned fl,
                             size_t *endp)
{
    const char *s = cx->d->text.s;
    size_t e = i, lim = b - i < CITEP_LEMMA_MAX ? b : i + CITEP_LEMMA_MAX - 1;
    uint64_t key = 0;
    unsigned cls = 0, x = 0;
    if (cx->t.n < cx->t.cap && cx->t.n < CITEP_CLAIMS_MAX_TOKENS) {
        struct citep_tok *t = &cx->t.v[cx->t.n];
        while (e < lim) {
            x = TOK_BYTE[(unsigned char)s[e]];
            if (!(x & TB_ALNUM))
                break;
            cls |= x;
            t->lw[e - i] = (char)(x & 0xFF);
            key = (key << 5) | TB_KEY(x);
            e++;
        }
        /* a word ends at a byte that cannot continue it ("-", "." and non-ASCII
         * bytes may); x is that byte's, or the last letter's when the word
         * reached lim */
        if (e == b || (x & TB_END)) {
            *endp = e;
            t->s = i;
            t->e = e;
            t->o = s + i;
            t->olen = e - i;
            t->tag = -1;
            tok_finish(cx, t, cls, key, fl);
            return CITE_OK;
        }
    }
    e = i;
    while (e < b && is_alnum((unsigned char)s[e])) /* most words are ASCII */
        e++;
    while (e < b) {
        if (word_byte(s, b, e))
            e++;
        else if ((s[e] == '-' || s[e] == '.') && e + 1 < b && word_byte(s, b, e + 1) &&
                 !(s[e] == '.' && !(is_alnum((unsigned char)s[e - 1]) &&
                                    s[e + 1] >= '0' && s[e + 1] <= '9')))
            e++;
        else
            break;
    }
    *endp = e;
    return push_tok(cx, i, e, s + i, e - i, fl, -1);
}

static int tag_cmp(const void *a, const void *b)
{
    const cite_entity *x = *(const cite_entity *const *)a, *y = *(const cite_entity *const *)b;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* The document's hashtags sorted by input offset, for hashtag_at. */
static cite_status index_hashtags(struct citep_cx *cx)
{
    const cite_doc *d = cx->d;
    size_t k;
    cx->tags = citep_malloc((d->entities.n ? d->entities.n : 1) * sizeof *cx->tags);
    if (!cx->tags)
        return CITE_ENOMEM;
    cx->skips = citep_malloc((d->entities.n ? d->entities.n : 1) * sizeof *cx->skips);
    if (!cx->skips)
        return CITE_ENOMEM;
    for (k = 0; k < d->entities.n; k++) {
        if (d->entities.v[k].type == CITE_HASHTAG)
            cx->tags[cx->ntags++] = &d->entities.v[k];
        else if (d->entities.v[k].type == CITE_URL || d->entities.v[k].type == CITE_MENTION)
            cx->skips[cx->nskips++] = &d->entities.v[k];
    }
    if (cx->ntags > 1)
        qsort(cx->tags, cx->ntags, sizeof *cx->tags, tag_cmp);
    if (cx->nskips > 1)
        qsort(cx->skips, cx->nskips, sizeof *cx->skips, tag_cmp);
    cx->skip_reach = citep_malloc((cx->nskips ? cx->nskips : 1) * sizeof *cx->skip_reach);
    if (!cx->skip_reach)
        return CITE_ENOMEM;
    for (k = 0; k < cx->nskips; k++) {
        size_t end = cx->skips[k]->span.end;
        cx->skip_reach[k] = k && cx->skip_reach[k - 1] > end ? cx->skip_reach[k - 1] : end;
    }
    cx->skip_ordered = view_in_input_order(&d->text);
    return CITE_OK;
}

/* The segmented words of the hashtag whose '#' is at view offset i. */
static const cite_entity *hashtag_at(const struct citep_cx *cx, size_t i)
{
    size_t in = citep_text_to_input(&cx->d->text, i), lo = 0, hi = cx->ntags;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cx->tags[mid]->span.start < in)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < cx->ntags && cx->tags[lo]->span.start == in ? cx->tags[lo] : NULL;
}

static cite_status push_hashtag(struct citep_cx *cx, size_t i, size_t e, int tag,
                                unsigned fl)
{
    const cite_entity *ent = hashtag_at(cx, i);
    const char *w = ent ? (ent->segmented ? ent->segmented : ent->text) : NULL;
    cite_status rc = CITE_OK;
    if (!w)
        return push_tok(cx, i, e, cx->d->text.s + i + 1, e - i - 1, fl | T_HASH, tag);
    while (*w && rc == CITE_OK) {
        size_t l = 0;
        while (w[l] && w[l] != ' ')
            l++;
        if (l)
            rc = push_tok(cx, i, e, w, l, fl | T_HASH, tag);
        fl &= ~T_SENT;
        w += l;
        while (*w == ' ')
            w++;
    }
    return rc;
}

static size_t skip_nonspace(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
        i++;
    return i;
}

static bool starts_url(const char *s, size_t n)
{
#define URL_PREFIX(p) {p, sizeof p - 1}
    static const struct {
        const char *p;
        size_t n;
    } P[] = {URL_PREFIX("http://"), URL_PREFIX("https://"), URL_PREFIX("www."),
             URL_PREFIX("pic.twitter.com")};
#undef URL_PREFIX
    size_t k;
    for (k = 0; k < sizeof P / sizeof *P; k++)
        if (n >= P[k].n && s[1] == P[k].p[1] && !memcmp(s, P[k].p, P[k].n))
            return true;
    return false;
}

static void mark_break(struct citep_cx *cx, size_t from, bool sentence, unsigned *next_fl)
{
    if (cx->t.n > from)
        cx->t.v[cx->t.n - 1].fl |= T_BREAK;
    if (sentence)
        *next_fl |= T_SENT;
}

/* The word ending at e (if it was kept) is a possessive. */
static void mark_possessive(struct citep_cx *cx, size_t from, size_t e)
{
    if (cx->t.n > from && cx->t.v[cx->t.n - 1].e == e)
        cx->t.v[cx->t.n - 1].fl |= T_POSS;
}

/* What a byte opening a token may start: most tokens open with an ASCII letter
 * or digit that can start neither a URL ("http", "www", "pic.twitter.com") nor
 * a hashtag or mention, and are read as words straight away. */
enum { TS_OTHER, TS_SPACE, TS_WORD };
#define TS(c) ((c) == ' ' ? TS_SPACE : (c) == 'h' || (c) == 'w' || (c) == 'p' ? TS_OTHER \
               : ((c) >= '0' && (c) <= '9') || ((c) >= 'A' && (c) <= 'Z') ||            \
                 ((c) >= 'a' && (c) <= 'z') ? TS_WORD : TS_OTHER)
#define TS4(c) TS(c), TS((c) + 1), TS((c) + 2), TS((c) + 3)
#define TS16(c) TS4(c), TS4((c) + 4), TS4((c) + 8), TS4((c) + 12)
#define TS64(c) TS16(c), TS16((c) + 16), TS16((c) + 32), TS16((c) + 48)
static const unsigned char TOK_START[256] = {TS64(0), TS64(64), TS64(128), TS64(192)};
#undef TS64
#undef TS16
#undef TS4
#undef TS

/* What tokenize carries along a paragraph for other_token. */
struct para_state {
    size_t from;    /* the paragraph's first token */
    int tags;       /* hashtags so far */
    unsigned fl;    /* flags for the next token */
    bool skips;     /* a URL or mention may be in the paragraph (para_skips) */
    size_t skip_at; /* in_skip's count, SIZE_MAX at first */
};

/* Token s[i] when it opens no ASCII word, or an ASCII word in a paragraph
 * with URLs or mentions: returns where reading goes on, or i itself when s[i]
 * opens a word to read. */
static size_t other_token(struct citep_cx *cx, size_t a, size_t i, size_t b,
                          struct para_state *ps, cite_status *rc)
{
    const char *s = cx->d->text.s;
    unsigned char c = (unsigned char)s[i];
    size_t p;
    if (c == '#' && i + 1 < b && word_byte(s, b, i + 1) &&
        (i == a || !word_byte(s, b, i - 1))) {
        size_t e = i + 1;
        while (e < b && (word_byte(s, b, e) || s[e] == '_'))
            e++;
        *rc = push_hashtag(cx, i, e, ps->tags++, ps->fl);
        ps->fl = 0;
        return e;
    }
    if (c == '@' || ((c == 'h' || c == 'w' || c == 'p') && (i == a || is_space(s[i - 1])) &&
                     starts_url(s + i, b - i)))
        return skip_nonspace(s, b, i + 1);
    if (ps->skips && word_byte(s, b, i) && in_skip(cx, i, &ps->skip_at))
        return skip_nonspace(s, b, i + 1); /* a URL the entity stage found ("t.me/x/1") */
    if (word_byte(s, b, i))
        return i;
    if (c >= 0xC0 && !upunct(s + i, b - i)) {
        /* "RECALL ⚠️ About" is not one name, and an emoji ends a post's sentence */
        mark_break(cx, ps->from, true, &ps->fl);
        return i + seq_len(s, b, i);
    }
    if ((c == 0xE2 || c == 0xC2) && (p = upunct(s + i, b - i)) != 0) {
        bool ell = p == 3 && !memcmp(s + i, "\xE2\x80\xA6", 3);
        if (!(p == 2 && !memcmp(s + i, "\xC2\xA0", 2)))
            mark_break(cx, ps->from, ell, &ps->fl);
        return i + p;
    }
    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '|')
        mark_break(cx, ps->from, true, &ps->fl);
    else if (c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || c == '[' ||
             c == ']' || c == '/')
        mark_break(cx, ps->from, false, &ps->fl);
    return i + 1;
}

/* Split s[a..b) of d->text into tokens. */
static cite_status tokenize(struct citep_cx *cx, size_t a, size_t b)
{
    const char *s = cx->d->text.s;
    size_t i = a;
    struct para_state ps = {cx->t.n, 0, T_SENT, para_skips(cx, a, b), SIZE_MAX};
    cite_status rc = CITE_OK;
    while (i < b && rc == CITE_OK) {
        unsigned ts = TOK_START[(unsigned char)s[i]];
        size_t e;
        if (ts == TS_SPACE) { /* the commonest byte between words, and no break */
            i++;
            continue;
        }
        if (ts != TS_WORD || ps.skips) {
            size_t next = other_token(cx, a, i, b, &ps, &rc);
            if (next != i) {
                i = next;
                continue;
            }
        }
        rc = push_word(cx, i, b, ps.fl, &e);
        ps.fl = 0;
        i = e;
        if (i + 1 >= b)
            continue;
        if (s[i] == ' ') /* the one blank after most words */
            i++;
        /* possessive: "China's", "China’s" */
        else if (s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S'))
            i += 2, mark_possessive(cx, ps.from, e);
        else if ((unsigned char)s[i] == 0xE2 && i + 3 < b &&
                 !memcmp(s + i, "\xE2\x80\x99", 3) && s[i + 3] == 's')
            i += 4, mark_possessive(cx, ps.from, e);
    }
    return rc;
}

/* ---- the stage ------------------------------------------------------------ */

static int by_position(const void *a, const void *b)
{
    const cite_claim *x = a, *y = b;
    if (x->span.start != y->span.start)
        return x->span.start < y->span.start ? -1 : 1;
    if (x->span.end != y->span.end)
        return x->span.end < y->span.end ? -1 : 1;
    return (int)x->type - (int)y->type;
}

/* A dateline ("BEIJING, CHINA —") opens the first paragraph of the body. */
static bool has_dateline(const struct citep_cx *cx)
{
    return cx->t.n > 0 && (cx->t.v[0].fl & T_ALLCAPS);
}

static cite_status read_para(struct citep_cx *cx, size_t a, size_t b, bool first_body,
                             bool post)
{
    cite_status rc;
    cx->t.n = 0;
    cx->para_claims = cx->d->claims.n;
    rc = tokenize(cx, a, b);
    if (rc == CITE_OK)
        rc = citep_placeev_read(cx, first_body && has_dateline(cx));
    if (rc == CITE_OK)
        rc = citep_find_quantities(cx, a, b);
    if (rc == CITE_OK)
        rc = citep_find_places(cx, first_body && has_dateline(cx));
    if (rc == CITE_OK)
        rc = citep_find_dates(cx, b);
    if (rc == CITE_OK && post)
        rc = citep_find_entities(cx);
    return rc;
}

#define CLAIMS_TOKENS_FIRST 256 /* token room made before the first paragraph */

/* The part of paragraph p that is prose or post text (not the signature). */
static bool para_range(const cite_doc *d, const struct citep_para *p, size_t *a, size_t *b)
{
    *a = p->start;
    *b = p->end;
    if (p->embed >= 0 && (size_t)p->embed < d->embed_x.n) {
        const struct citep_embed_x *x = &d->embed_x.v[p->embed];
        if (x->t_start == SIZE_MAX)
            return false;
        if (*a < x->t_start)
            *a = x->t_start;
        if (*b > x->t_end)
            *b = x->t_end;
    }
    return *a < *b && *b <= d->text.len;
}

bool citep_body_range(const cite_doc *d, size_t p, size_t *a, size_t *b)
{
    return d->paras.v[p].embed < 0 && para_range(d, &d->paras.v[p], a, b);
}

static const char *post_date(const cite_doc *d, int embed)
{
    if (embed >= 0 && (size_t)embed < d->embeds.n && d->embeds.v[embed].date)
        return d->embeds.v[embed].date;
    return d->date;
}

/* Is the text of embed e written in another language than English? */
static bool post_foreign(const cite_doc *d, int e)
{
    if (e < 0 || (size_t)e >= d->embed_x.n)
        return false;
    const struct citep_embed_x *x = &d->embed_x.v[e];
    if (x->t_start == SIZE_MAX || x->t_end > d->text.len || x->t_start >= x->t_end)
        return false;
    return citep_lang_foreign(d->text.s + x->t_start, x->t_end - x->t_start);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* In a post in another language, capitalised words are mostly its nouns and
 * sentence openings ("Evacuări preventive", "Korban meninggal"), which no
 * English word list tells from names: an entity of such a post stands only
 * when the body names it too. */
static cite_status drop_foreign_names(cite_doc *d)
{
    const char **names = NULL;
    size_t nn = 0, o = 0;
    int last = -1;
    bool foreign = false;
    for (size_t i = 0; i < d->claims.n; i++) {
        cite_claim *c = &d->claims.v[i];
        if (c->embed >= 0 && c->type == CITE_CLAIM_ENTITY) {
            if (c->embed != last)
                foreign = post_foreign(d, last = c->embed);
            if (foreign && !names) { /* the body's names, sorted, once */
                names = citep_malloc((d->claims.n + 1) * sizeof *names);
                if (!names)
                    return CITE_ENOMEM;
                for (size_t j = 0; j < d->claims.n; j++)
                    if (d->claims.v[j].embed < 0 && d->claims.v[j].type == CITE_CLAIM_ENTITY)
                        names[nn++] = d->claims.v[j].subject;
                qsort(names, nn, sizeof *names, by_name);
            }
            if (foreign && !bsearch(&c->subject, names, nn, sizeof *names, by_name))
                continue;
        }
        d->claims.v[o++] = *c;
    }
    d->claims.n = o;
    citep_free(names);
    return CITE_OK;
}

static cite_status number_claims(cite_doc *d)
{
    size_t k;
    if (d->claims.n > 1)
        qsort(d->claims.v, d->claims.n, sizeof *d->claims.v, by_position);
    for (k = 0; k < d->claims.n; k++) { /* "K1", "K2", ... */
        char id[24], *p = id + sizeof id;
        size_t v = k + 1;
        do
            *--p = (char)('0' + v % 10);
        while ((v /= 10) != 0);
        *--p = 'K';
        d->claims.v[k].id = citep_arena_strndup(d->arena, p, (size_t)(id + sizeof id - p));
        if (!d->claims.v[k].id)
            return CITE_ENOMEM;
    }
    return CITE_OK;
}

cite_status citep_claims(cite_doc *d, const struct citep_gazetteer *g)
{
    struct citep_cx cx;
    size_t k, a, b, post_first, post_last;
    bool first_body = true, any_foreign = false;
    cite_status rc = CITE_OK;
    if (!d)
        return CITE_EINVAL;
    memset(&cx, 0, sizeof cx);
    cx.embed = -1;
    cx.d = d;
    cx.g = g;
    rc = index_hashtags(&cx);
    if (rc == CITE_OK) /* room for a paragraph's tokens up front, not grown by doubling */
        rc = citep_vec_reserve((void **)&cx.t.v, &cx.t.cap, CLAIMS_TOKENS_FIRST,
                               sizeof *cx.t.v);
    if (rc == CITE_OK)
        rc = citep_placeev_new(d->text.len, &cx.ev);
    /* posts first, so that body mentions of their entities can be found */
    for (k = 0; k < d->paras.n && rc == CITE_OK; k++) {
        const struct citep_para *p = &d->paras.v[k];
        if (p->embed < 0 || !para_range(d, p, &a, &b))
            continue;
        if (p->embed != cx.embed) { /* a post's paragraphs share its language */
            cx.foreign = post_foreign(d, p->embed);
            any_foreign |= cx.foreign;
        }
        cx.embed = p->embed;
        cx.ref_date = post_date(d, p->embed);
        rc = read_para(&cx, a, b, false, true);
    }
    post_first = 0;
    post_last = d->claims.n;
    if (rc == CITE_OK)
        rc = citep_entity_index_new(d, post_first, post_last, &cx.ment);
    for (k = 0; k < d->paras.n && rc == CITE_OK; k++) {
        const struct citep_para *p = &d->paras.v[k];
        if (p->embed >= 0 || !para_range(d, p, &a, &b))
            continue;
        cx.embed = -1;
        cx.foreign = false;
        cx.ref_date = d->date;
        rc = read_para(&cx, a, b, first_body, false);
        first_body = false;
        if (rc == CITE_OK)
            rc = citep_find_entity_mentions(&cx);
    }
    if (rc == CITE_OK)
        citep_drop_common_lone(&cx);
    if (rc == CITE_OK)
        rc = citep_placeev_apply(&cx);
    if (rc == CITE_OK && any_foreign)
        rc = drop_foreign_names(d);
    citep_placeev_free(cx.ev);
    citep_free(cx.lone.v);
    citep_entity_index_free(cx.ment);
    citep_free(cx.tags);
    citep_free(cx.skips);
    citep_free(cx.skip_reach);
    citep_free(cx.t.v);
    citep_free(cx.nums.v);
    citep_free(cx.exprs.v);
    if (rc == CITE_OK)
        rc = number_claims(d);
    return rc;
}
