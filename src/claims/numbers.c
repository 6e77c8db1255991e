/*
 * numbers.c - base numbers (digits and number words) and the expressions
 * built on them (percents, ranges, comparators, vague amounts) in English
 * prose. Behaviour follows the English specs of Microsoft Recognizers-Text
 * for the cases news prose needs (see numbers.h); everything is ASCII-driven:
 * other scripts' digits, fractions such as "½" and full-width digits are not
 * numbers here, which keeps the rules predictable on odd input.
 */
#include "numbers.h"
#include "core/wordset.h"
#include "../core/swar.h"
#include "../core/wordkey.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- character and word helpers ---------------------------------------- */

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(unsigned char c) { return (unsigned)((c | 32) - 'a') < 26; }
/* Letters and any non-ASCII byte count as word characters for boundaries. */
static bool is_wordc(unsigned char c) { return is_alpha(c) || c >= 0x80; }
static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

/* The word-key code (core/wordkey.h) of a letter, 0 for any other byte: the
 * scanners read every word's letters through it. */
#define KC(c) ((c) >= 'A' && (c) <= 'Z' ? (c) - 'A' + 1 : (c) >= 'a' && (c) <= 'z' ? (c) - 'a' + 1 : 0)
#define KC4(c) KC(c), KC((c) + 1), KC((c) + 2), KC((c) + 3)
#define KC16(c) KC4(c), KC4((c) + 4), KC4((c) + 8), KC4((c) + 12)
#define KC64(c) KC16(c), KC16((c) + 16), KC16((c) + 32), KC16((c) + 48)
static const unsigned char KEY_CODE[256] = {KC64(0), KC64(64), KC64(128), KC64(192)};
#undef KC64
#undef KC16
#undef KC4
#undef KC

static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n && is_alpha((unsigned char)s[i]))
        i++;
    return i;
}

/* Case-insensitive: is s[0..len) exactly w? */
static bool weq(const char *s, size_t len, const char *w)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (w[i] == '\0' || lower(s[i]) != w[i])
            return false;
    return w[len] == '\0';
}

/* The letter (lower-cased) after the blanks at s[j], or 0 when s[j] is no blank:
 * a phrase " and", " to", " percent" can match at j only after such a letter. */
static char after_blanks(const char *s, size_t n, size_t j)
{
    if (j >= n || !is_space((unsigned char)s[j]))
        return 0;
    while (j < n && is_space((unsigned char)s[j]))
        j++;
    return j < n ? lower(s[j]) : 0;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* Does s[i..) start with the words of phrase (single spaces match runs of
 * blanks), ending at a word boundary? Returns the end or 0. */
static size_t match_phrase(const char *s, size_t n, size_t i, const char *phrase)
{
    const char *p = phrase;
    while (*p) {
        if (*p == ' ') {
            if (i >= n || !is_space((unsigned char)s[i]))
                return 0;
            while (i < n && is_space((unsigned char)s[i]))
                i++;
            p++;
            continue;
        }
        if (i >= n || lower(s[i]) != *p)
            return 0;
        i++;
        p++;
    }
    if (i < n && is_alpha((unsigned char)s[i]) && is_alpha((unsigned char)p[-1]))
        return 0;
    return i;
}

/* Does s[0..end) end with phrase (at a word boundary), followed by blanks?
 * Returns the phrase start or SIZE_MAX. */
static size_t phrase_before_n(const char *s, size_t end, const char *phrase, size_t pl)
{
    size_t i = end, k;
    if (i == 0 || !is_space((unsigned char)s[i - 1]))
        return SIZE_MAX;
    while (i > 0 && is_space((unsigned char)s[i - 1]))
        i--;
    for (k = pl; k > 0; k--) {
        char pc = phrase[k - 1];
        if (pc == ' ') {
            if (i == 0 || !is_space((unsigned char)s[i - 1]))
                return SIZE_MAX;
            while (i > 0 && is_space((unsigned char)s[i - 1]))
                i--;
            continue;
        }
        if (i == 0 || lower(s[i - 1]) != pc)
            return SIZE_MAX;
        i--;
    }
    if (i > 0 && is_wordc((unsigned char)s[i - 1]))
        return SIZE_MAX;
    return i;
}

static size_t phrase_before(const char *s, size_t end, const char *phrase)
{
    return phrase_before_n(s, end, phrase, strlen(phrase));
}

/* ---- number words ------------------------------------------------------ */

struct wordval {
    const char *w;
    double v;
};

static const struct wordval UNITS[] = {
    {"zero", 0},      {"nought", 0},    {"naught", 0},   {"one", 1},       {"two", 2},
    {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},       {"seven", 7},
    {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11},   {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},  {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {NULL, 0}};
static const struct wordval TENS[] = {
    {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fourty", 40}, {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {NULL, 0}};
static const struct wordval ORD_UNITS[] = {
    {"first", 1},        {"second", 2},      {"third", 3},        {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},      {"eighth", 8},
    {"ninth", 9},        {"nineth", 9},      {"tenth", 10},       {"eleventh", 11},
    {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
    {"sixteenth", 16},   {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
    {"twentieth", 20},   {"thirtieth", 30},  {"fortieth", 40},    {"fiftieth", 50},
    {"sixtieth", 60},    {"seventieth", 70}, {"eightieth", 80},   {"ninetieth", 90},
    {NULL, 0}};
static const struct wordval SCALES[] = {
    {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}, {NULL, 0}};

/* The words of the four tables above by word key (no word is in two of them,
 * none is longer than a key holds): a look-up is one key and one probe, not a
 * comparison with each word of a table. */
#define WORDVAL_SLOTS 128
static atomic_int wordval_state;
static struct wordval_slot {
    uint64_t key; /* 0: free */
    const struct wordval *tab;
    double v;
} wordval_slots[WORDVAL_SLOTS];

static void fill_wordvals(void *arg)
{
    static const struct wordval *const TABLES[] = {UNITS, TENS, ORD_UNITS, SCALES};
    (void)arg;
    for (size_t k = 0; k < sizeof TABLES / sizeof TABLES[0]; k++) {
        for (const struct wordval *t = TABLES[k]; t->w; t++) {
            uint64_t key = citep_wordkey(t->w, strlen(t->w));
            uint32_t i = citep_wordkey_slot(key, WORDVAL_SLOTS);
            while (wordval_slots[i].key && wordval_slots[i].key != key)
                i = (i + 1) & (WORDVAL_SLOTS - 1);
            if (!wordval_slots[i].key) /* the first of duplicates, as a scan would */
                wordval_slots[i] = (struct wordval_slot){key, TABLES[k], t->v};
        }
    }
}

/* The value of the word s[0..len) (any case) in table t, or -1. */
static double lookup(const struct wordval *t, const char *s, size_t len)
{
    uint64_t key = citep_wordkey(s, len);
    uint32_t i;
    if (!key)
        return -1;
    if (atomic_load_explicit(&wordval_state, memory_order_acquire) != 2)
        citep_fill_once(&wordval_state, fill_wordvals, NULL);
    for (i = citep_wordkey_slot(key, WORDVAL_SLOTS); wordval_slots[i].key;
         i = (i + 1) & (WORDVAL_SLOTS - 1))
        if (wordval_slots[i].key == key)
            return wordval_slots[i].tab == t ? wordval_slots[i].v : -1;
    return -1;
}

static bool is_dozen(const char *s, size_t len)
{
    return weq(s, len, "dozen") || weq(s, len, "dozens") || weq(s, len, "dz") ||
           weq(s, len, "dzs") || weq(s, len, "doz") || weq(s, len, "dozs");
}

/* Millions and billions in the languages whose posts English articles embed
 * ("1,4 Millionen", "1,2 milhão", "3 millones", "2 miliardi"); no English word
 * is spelled so. Not "mil" (a thousand in Spanish, a million glued in English)
 * nor "billón" (a million millions in Spanish). */
static const struct wordval FOREIGN_SCALES[] = {
    {"millones", 1e6},   {"millón", 1e6},     {"milhão", 1e6},     {"milhões", 1e6},
    {"milione", 1e6},    {"milioni", 1e6},    {"million", 1e6},    {"millionen", 1e6},
    {"mio", 1e6},        {"miljoen", 1e6},    {"miljoner", 1e6},   {"millioner", 1e6},
    {"milion", 1e6},     {"miliony", 1e6},    {"milionów", 1e6},   {"milioane", 1e6},
    {"milyon", 1e6},     {"millió", 1e6},     {"juta", 1e6},       {"milliard", 1e9},
    {"milliards", 1e9},  {"miliardi", 1e9},   {"miliardo", 1e9},   {"milliarde", 1e9},
    {"milliarden", 1e9}, {"mrd", 1e9},        {"miljard", 1e9},    {"miljarden", 1e9},
    {"miliard", 1e9},    {"miliardów", 1e9},  {"miliarde", 1e9},   {"milyar", 1e9},
    {"milliárd", 1e9},   {"miliar", 1e9},     {"bilhão", 1e9},     {"bilhões", 1e9},
    /* Czech, Slovak, Danish and Norwegian abbreviations, Finnish, Swahili */
    {"mld", 1e9},        {"mia", 1e9},        {"miliardy", 1e9},   {"miliárd", 1e9},
    {"milionu", 1e6},    {"milionů", 1e6},    {"miliónov", 1e6},   {"milión", 1e6},
    {"miljon", 1e6},     {"miljoona", 1e6},   {"miljoonaa", 1e6},  {"miljardia", 1e9},
    {"miljardi", 1e9},   {"bilioni", 1e9},    {"tys", 1e3},        {"tis", 1e3},
    {"ribu", 1e3},       {"tuhatta", 1e3},    {"ezer", 1e3},
    /* Vietnamese, Hebrew, Hindi */
    {"triệu", 1e6},      {"tỷ", 1e9},         {"tỉ", 1e9},         {"nghìn", 1e3},
    {"ngàn", 1e3},       {"מיליון", 1e6},     {"מיליארד", 1e9},    {"אלף", 1e3},
    {"करोड़", 1e7},       {"करोड", 1e7},        {"लाख", 1e5},         {"हज़ार", 1e3},
    {"हजार", 1e3},       {"\xE0\xA4\x95\xE0\xA4\xB0\xE0\xA5\x8B\xE0\xA5\x9C", 1e7}, /* precomposed */
    {NULL, 0}};

static double foreign_scale(const char *s, size_t len)
{
    for (const struct wordval *f = FOREIGN_SCALES; f->w; f++)
        if (weq(s, len, f->w))
            return f->v;
    return -1;
}

/* The end of the word at i, through letters of any script (an accented Latin
 * letter, Hebrew, Devanagari, Vietnamese), not through punctuation, symbols
 * or emoji (lead bytes C2, E2, EF, F0...). */
static size_t uword_end(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    while (i < n) {
        unsigned char c = u[i];
        size_t l = is_alpha(c) ? 1
                   : (c >= 0xC3 && c <= 0xDB) ? 2
                   : (c == 0xE0 || c == 0xE1 || (c >= 0xE3 && c <= 0xED)) ? 3
                                                                          : 0;
        if (!l || i + l > n)
            break;
        for (size_t k = 1; k < l; k++)
            if ((u[i + k] & 0xC0) != 0x80)
                return i;
        if (c == 0xE0 && u[i + 1] == 0xA5 && (u[i + 2] == 0xA4 || u[i + 2] == 0xA5))
            break; /* the danda ends a sentence of Hindi */
        i += l;
    }
    return i;
}

static double spaced_scale(const char *s, size_t len);

/* The scale word at ws ("million", "triệu", "करोड़"), its end into *le; or
 * -1. "mil." with its point and a word after it is the abbreviation of a
 * million in central Europe ("2,5 mil. hl"); "mil" and a word in lower case is
 * a thousand in Spanish and Portuguese ("780 mil pessoas"; "5 mil millones" a
 * thousand millions). */
static double scale_at(const char *s, size_t n, size_t ws, size_t *le)
{
    *le = uword_end(s, n, ws);
    if (*le == ws)
        return -1;
    if (weq(s + ws, *le - ws, "mil") && *le + 2 < n && s[*le] == '.' && s[*le + 1] == ' ' &&
        ((s[*le + 2] >= 'a' && s[*le + 2] <= 'z') || (unsigned char)s[*le + 2] >= 0x80))
        return 1e6;
    if (weq(s + ws, *le - ws, "mil") && *le + 1 < n && s[*le] == ' ' &&
        ((s[*le + 1] >= 'a' && s[*le + 1] <= 'z') || (unsigned char)s[*le + 1] >= 0x80)) {
        /* "780 mil pessoas", "5 mil millones": Spanish and Portuguese */
        size_t we = uword_end(s, n, *le + 1);
        double next = spaced_scale(s + *le + 1, we - *le - 1);
        if (next >= 1e6) {
            *le = we;
            return next * 1e3;
        }
        return 1e3;
    }
    return spaced_scale(s + ws, *le - ws);
}

/* Scale words after digits: "2 million", "10 bln", "2.33 k", "1,674.5 G". */
static double spaced_scale(const char *s, size_t len)
{
    double v = lookup(SCALES, s, len);
    if (v > 0)
        return v;
    if (weq(s, len, "hundred"))
        return 100;
    if (weq(s, len, "bn") || weq(s, len, "bln"))
        return 1e9;
    if (weq(s, len, "mln") || weq(s, len, "mn"))
        return 1e6;
    if (weq(s, len, "tn") || weq(s, len, "tln"))
        return 1e12;
    if (weq(s, len, "lakh") || weq(s, len, "lakhs")) /* Indian English */
        return 1e5;
    if (weq(s, len, "crore") || weq(s, len, "crores"))
        return 1e7;
    if (len == 1 && (s[0] == 'k' || s[0] == 'K'))
        return 1e3;
    if ((v = foreign_scale(s, len)) > 0)
        return v;
    if (len == 1 && s[0] == 'M')
        return 1e6;
    if (len == 1 && (s[0] == 'G' || s[0] == 'B'))
        return 1e9;
    return -1;
}

/* Suffixes glued to digits: "10k", "1.2b", "10M", "1MM", "2mil", "3.5bn".
 * A lone lower-case "m" is metres, not millions. */
static double glued_scale(const char *s, size_t len)
{
    static const struct wordval G[] = {
        {"k", 1e3},   {"K", 1e3},   {"M", 1e6},   {"MM", 1e6},  {"mm", -1},
        {"mil", 1e6}, {"mn", 1e6},  {"mln", 1e6}, {"b", 1e9},   {"B", 1e9},
        {"bn", 1e9},  {"bln", 1e9}, {"Bn", 1e9},  {"tn", 1e12}, {"tln", 1e12},
        {"G", 1e9},   {NULL, 0}};
    const struct wordval *g;
    for (g = G; g->w; g++)
        if (strlen(g->w) == len && memcmp(g->w, s, len) == 0)
            return g->v;
    return -1;
}

/* ---- results ----------------------------------------------------------- */


static cite_status push(struct citep_numbuf *nv, const struct citep_num *x)
{
    if (nv->n >= CITEP_NUM_MAX_ITEMS)
        return CITE_OK;
    if (citep_vec_reserve((void **)&nv->v, &nv->cap, nv->n + 1, sizeof *nv->v))
        return CITE_ENOMEM;
    nv->v[nv->n++] = *x;
    return CITE_OK;
}

static struct citep_num base_num(size_t start, size_t end, double v)
{
    struct citep_num x;
    memset(&x, 0, sizeof x);
    x.kind = CITEP_NUM_CARDINAL;
    x.start = start;
    x.end = end;
    x.value = x.hi = v;
    x.cmp = "eq";
    return x;
}

/* ---- number words parser ----------------------------------------------- */

enum prev { P_NONE, P_UNIT, P_TEEN, P_TENS, P_HUNDRED, P_SCALE, P_A, P_FRAC };

struct wstate {
    double total, cur, last, last_scale;
    enum prev prev;
    size_t end;      /* end of the last consumed word */
    bool ordinal, any;
};

/* Next word after i, skipping blanks and one hyphen (with optional blanks). */
static size_t next_word(const char *s, size_t n, size_t i, size_t *ws, bool *hyphen)
{
    size_t j = skip_spaces(s, n, i);
    *hyphen = false;
    if (j < n && s[j] == '-') {
        *hyphen = true;
        j = skip_spaces(s, n, j + 1);
    }
    if (j == i && j < n && is_alpha((unsigned char)s[j]))
        return 0; /* no separator */
    *ws = j;
    return word_end(s, n, j);
}

/* Try "and a half", "and a quarter", "and one half" at i; adds the fraction. */
static size_t and_fraction(const char *s, size_t n, size_t i, double *frac)
{
    static const char *const P[] = {" and a half", " and one half", " and a quarter",
                                    " and one quarter"};
    static const double V[] = {0.5, 0.5, 0.25, 0.25};
    size_t k, e;
    for (k = 0; k < 4; k++) {
        e = match_phrase(s, n, i, P[k]);
        if (e) {
            *frac = V[k];
            return e;
        }
    }
    return 0;
}

static void add_fraction(struct wstate *st, double frac)
{
    if (st->cur != 0 || st->last_scale == 0)
        st->cur += frac;
    else
        st->total += frac * st->last_scale;
    st->prev = P_FRAC;
}

/* Consume one number word w[ws..we) into st; false when it does not continue
 * the number. */
static bool take_word(struct wstate *st, const char *w, size_t len, bool hyphen)
{
    double v;
    if (hyphen && st->prev != P_TENS)
        return false;
    if ((v = lookup(UNITS, w, len)) >= 0) {
        if (st->prev == P_UNIT || st->prev == P_TEEN || st->prev == P_A || st->prev == P_FRAC)
            return false;
        if (st->prev == P_TENS && (v < 1 || v > 9))
            return false;
        st->cur += v;
        st->last = st->prev == P_TENS ? st->last + v : v;
        st->prev = v >= 10 ? P_TEEN : P_UNIT;
        return true;
    }
    if ((v = lookup(TENS, w, len)) >= 0) {
        if (st->prev == P_UNIT || st->prev == P_TEEN || st->prev == P_TENS ||
            st->prev == P_A || st->prev == P_FRAC)
            return false;
        st->cur += v;
        st->last = v;
        st->prev = P_TENS;
        return true;
    }
    if (weq(w, len, "hundred")) {
        if (st->prev == P_NONE || st->prev == P_HUNDRED || st->prev == P_SCALE)
            return false;
        st->cur = (st->cur == 0 ? 1 : st->cur) * 100;
        st->last = 0;
        st->prev = P_HUNDRED;
        return true;
    }
    if ((v = lookup(SCALES, w, len)) > 0) {
        if (st->prev == P_NONE || st->prev == P_SCALE)
            return false;
        st->total += (st->cur == 0 ? 1 : st->cur) * v;
        st->cur = 0;
        st->last = 0;
        st->last_scale = v;
        st->prev = P_SCALE;
        return true;
    }
    if (is_dozen(w, len)) {
        if (st->prev == P_NONE || st->prev == P_SCALE || st->prev == P_HUNDRED)
            return false;
        {
            double l = st->last == 0 ? (st->cur == 0 ? 1 : st->cur) : st->last;
            st->cur = st->cur - (st->last == 0 ? st->cur : st->last) + l * 12;
        }
        st->last = 0;
        st->prev = P_SCALE;
        return true;
    }
    return false;
}

/* Ordinal word finishing a number: "twenty-first", "one hundred twenty fifth",
 * "two hundredth". */
static bool take_ordinal(struct wstate *st, const char *w, size_t len, bool hyphen)
{
    double v = lookup(ORD_UNITS, w, len);
    if (v >= 0) {
        if (hyphen && st->prev != P_TENS)
            return false;
        if (st->prev == P_TENS && v > 9)
            return false;
        if (st->prev != P_NONE && st->prev != P_TENS && st->prev != P_HUNDRED &&
            st->prev != P_SCALE)
            return false;
        st->cur += v;
        st->ordinal = true;
        return true;
    }
    if (weq(w, len, "hundredth") && st->prev != P_NONE && st->prev != P_HUNDRED &&
        st->prev != P_SCALE && !hyphen) {
        st->cur = (st->cur == 0 ? 1 : st->cur) * 100;
        st->ordinal = true;
        return true;
    }
    return false;
}

/* "the one", "which one": a pronoun, not a count. */
static bool one_is_pronoun(const char *s, size_t start)
{
    static const char *const DET[] = {"the", "this", "that", "which", "each", "every", "any",
                                      "no", "another", "someone", "anyone", "no one",
                                      "little", "only", NULL};
    size_t k;
    for (k = 0; DET[k]; k++)
        if (phrase_before(s, start, DET[k]) != SIZE_MAX)
            return true;
    return false;
}

/* Leading "a"/"half"/"quarter" forms: "a dozen", "a half", "half a dozen",
 * "half million", "a thousand". Returns the end or 0. */
static size_t lead_forms(const char *s, size_t n, size_t i, size_t we, struct wstate *st)
{
    size_t e;
    if (weq(s + i, we - i, "half") || weq(s + i, we - i, "quarter")) {
        double f = lower(s[i]) == 'h' ? 0.5 : 0.25;
        if ((e = match_phrase(s, n, i, "half a dozen")) != 0) {
            st->cur = 6;
            st->prev = P_SCALE;
            return e;
        }
        st->cur = f;
        st->last = 0;
        st->prev = P_FRAC;
        {
            size_t ws;
            bool hy;
            size_t e2 = next_word(s, n, we, &ws, &hy);
            if (e2 && !hy && (weq(s + ws, e2 - ws, "a") || weq(s + ws, e2 - ws, "an"))) {
                size_t e3 = next_word(s, n, e2, &ws, &hy); /* "half a million" */
                e2 = e3 && !hy && lookup(SCALES, s + ws, e3 - ws) > 0 ? e3 : 0;
            }
            double sc = e2 && !hy ? lookup(SCALES, s + ws, e2 - ws) : -1;
            if (sc > 0) {
                st->total = f * sc;
                st->cur = 0;
                st->last_scale = sc;
                st->prev = P_SCALE;
                return e2;
            }
        }
        return f == 0.5 ? we : 0; /* a lone "quarter" is a period of time */
    }
    if (weq(s + i, we - i, "a") || weq(s + i, we - i, "an")) {
        size_t ws;
        bool hy;
        size_t e2 = next_word(s, n, we, &ws, &hy);
        if (!e2 || hy)
            return 0;
        if (weq(s + ws, e2 - ws, "half")) {
            st->cur = 0.5;
            st->prev = P_FRAC;
            return e2;
        }
        if (is_dozen(s + ws, e2 - ws) || weq(s + ws, e2 - ws, "hundred") ||
            lookup(SCALES, s + ws, e2 - ws) > 0) {
            st->prev = P_A;
            st->cur = 1;
            st->last = 1;
            if (weq(s + ws, e2 - ws, "hundred")) {
                st->cur = 100;
                st->last = 0;
                st->prev = P_HUNDRED;
            } else if (is_dozen(s + ws, e2 - ws)) {
                st->cur = 12;
                st->last = 0;
                st->prev = P_SCALE;
            } else {
                st->total = lookup(SCALES, s + ws, e2 - ws);
                st->cur = 0;
                st->last_scale = st->total;
                st->prev = P_SCALE;
            }
            return e2;
        }
    }
    return 0;
}

/* The words that start a number only in lead_forms ("a dozen", "half a"). */
static bool lead_word(const char *s, size_t len)
{
    return weq(s, len, "a") || weq(s, len, "an") || weq(s, len, "half") ||
           weq(s, len, "quarter");
}

/* The words a number in words can start with: a unit, a tens word or an
 * ordinal (take_word, take_ordinal), or "half", "quarter", "a", "an"
 * (lead_forms); a scale word or "hundred" never opens one. */
static const char *const FIRST_WORD[] = {
    "zero", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fourty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fourth",
    "fifth", "sixth", "seventh", "eighth", "ninth", "nineth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth",
    "sixtieth", "seventieth", "eightieth", "ninetieth", "half", "quarter", "a", "an", NULL};
CITEP_KEYSET(first_word_set, FIRST_WORD, 256);

/* The end of the word (letters) at s[i], and its word key. */
static size_t word_key_end(const char *s, size_t n, size_t i, uint64_t *key)
{
    size_t j = i;
    uint64_t k = 0;
    unsigned c;
    while (j < n && (c = KEY_CODE[(unsigned char)s[j]]) != 0)
        k = (k << 5) | c, j++;
    *key = citep_wordkey_end(k, j - i);
    return j;
}

/* Can the word with this key start a number in words? */
static bool may_start_number(uint64_t key) { return citep_keyset_find(&first_word_set, key) != 0; }

/* The end of the run of ASCII letters at s[i]. */
static size_t alpha_end(const char *s, size_t n, size_t i)
{
    while (i < n && is_alpha((unsigned char)s[i]))
        i++;
    return i;
}

/* The first three letters of the words of FIRST_WORD: bit c of
 * first_tri[a * 27 + b] is set when a word starts with letters a, b, c (0 = 'a';
 * 26: the word has ended). Most words (even "the", "and", "on") fail it, and are
 * passed over without reading their key. */
static atomic_int first_tri_state;
static uint32_t first_tri[26 * 27];
/* For the eight-byte scan (scan_stops_at): first_tri where the second letter is
 * a letter, every bit where first_tri has any and the word has one letter (its
 * third byte is then no letter of it), and every bit for "ht", "hw", "wt" and
 * "ww", which may open a URL. */
static uint32_t stop_tri[26 * 27];

/* The code of s[i] for first_tri: its letter, or 26 past the word's end. */
static unsigned tri_code(const char *s, size_t n, size_t i)
{
    return i < n && is_alpha((unsigned char)s[i]) ? (unsigned)(s[i] | 32) - 'a' : 26;
}

static void fill_first_tri(void *arg)
{
    (void)arg;
    for (const char *const *w = FIRST_WORD; *w; w++) {
        size_t n = strlen(*w);
        unsigned a = tri_code(*w, n, 0), b = tri_code(*w, n, 1);
        unsigned c = b < 26 ? tri_code(*w, n, 2) : 26;
        if (a < 26)
            first_tri[a * 27 + b] |= (uint32_t)1 << c;
    }
    for (unsigned k = 0; k < 26 * 27; k++)
        stop_tri[k] = k % 27 == 26 && first_tri[k] ? ~0u : first_tri[k];
    stop_tri[('h' - 'a') * 27 + 't' - 'a'] = stop_tri[('h' - 'a') * 27 + 'w' - 'a'] = ~0u;
    stop_tri[('w' - 'a') * 27 + 't' - 'a'] = stop_tri[('w' - 'a') * 27 + 'w' - 'a'] = ~0u;
}

static void first_tri_ready(void)
{
    if (atomic_load_explicit(&first_tri_state, memory_order_acquire) != 2)
        citep_fill_once(&first_tri_state, fill_first_tri, NULL);
}

/* May the word (letters) at s[i] start a number in words? False only when no
 * word of FIRST_WORD starts with its first three letters (first_tri_ready
 * called). *seen: how many letters of the word were read (1 to 3). */
static inline bool may_open_number(const char *s, size_t n, size_t i, size_t *seen)
{
    unsigned a = (unsigned)(s[i] | 32) - 'a', b = tri_code(s, n, i + 1);
    unsigned c = b < 26 ? tri_code(s, n, i + 2) : 26;
    *seen = b == 26 ? 1 : c == 26 ? 2 : 3;
    return (first_tri[a * 27 + b] >> c) & 1;
}

/* Parse a number in words starting at word i. Returns the end (0 if none). */
static size_t parse_words(const char *s, size_t n, size_t i, struct wstate *st)
{
    uint64_t key;
    size_t we = word_key_end(s, n, i, &key), e;
    memset(st, 0, sizeof *st);
    if (!may_start_number(key))
        return 0;
    e = lead_forms(s, n, i, we, st);
    if (e) {
        st->end = e;
    } else if (lead_word(s + i, we - i)) {
        return 0; /* no number list holds it: only its lead forms count */
    } else if (take_word(st, s + i, we - i, false)) {
        st->end = we;
    } else if (take_ordinal(st, s + i, we - i, false)) {
        st->end = we;
        return we;
    } else {
        return 0;
    }
    for (;;) {
        size_t ws = 0, wend, at = st->end;
        bool hyphen;
        double frac;
        if (st->prev != P_FRAC && (e = and_fraction(s, n, at, &frac)) != 0) {
            add_fraction(st, frac);
            st->end = e;
            continue;
        }
        wend = next_word(s, n, at, &ws, &hyphen);
        if (!wend || wend == ws)
            break;
        if (!hyphen && weq(s + ws, wend - ws, "and") &&
            (st->prev == P_HUNDRED || st->prev == P_SCALE)) {
            size_t ws2;
            bool hy2;
            size_t we2 = next_word(s, n, wend, &ws2, &hy2);
            struct wstate save = *st;
            if (we2 && !hy2 && take_word(st, s + ws2, we2 - ws2, false)) {
                st->end = we2;
                continue;
            }
            *st = save;
            if (we2 && !hy2 && take_ordinal(st, s + ws2, we2 - ws2, false)) {
                st->end = we2;
                break;
            }
            *st = save;
            break;
        }
        if (take_word(st, s + ws, wend - ws, hyphen)) {
            st->end = wend;
            continue;
        }
        if (take_ordinal(st, s + ws, wend - ws, hyphen))
            st->end = wend;
        break;
    }
    return st->end;
}

/* ---- digits ------------------------------------------------------------ */

/* Read up to 3 digits at s[j]; exactly 3 and then a non-digit? */
static bool group3(const char *s, size_t n, size_t j)
{
    return j + 3 <= n && is_digit((unsigned char)s[j]) && is_digit((unsigned char)s[j + 1]) &&
           is_digit((unsigned char)s[j + 2]) && (j + 3 == n || !is_digit((unsigned char)s[j + 3]));
}

static size_t digits_end(const char *s, size_t n, size_t j)
{
    while (j < n && is_digit((unsigned char)s[j]))
        j++;
    return j;
}

/* Numeric value of s[a..b) ignoring ',' and ' '. */
static double digits_value(const char *s, size_t a, size_t b)
{
    char tmp[CITEP_NUM_MAX_DIGITS * 2 + 8];
    size_t k = 0;
    double v = 0;
    bool whole = true;
    for (; a < b && k + 1 < sizeof tmp; a++)
        if (s[a] != ',' && s[a] != ' ') {
            whole = whole && is_digit((unsigned char)s[a]);
            v = v * 10 + (s[a] - '0');
            tmp[k++] = s[a];
        }
    if (whole && k <= 15)
        return v; /* below 2^53 every step is exact, as strtod's result is */
    tmp[k] = '\0';
    return strtod(tmp, NULL);
}

/* A dotted run "192.168.1.2": each part is a number of its own. */
static cite_status push_dotted(struct citep_numbuf *nv, const char *s, size_t n, size_t i,
                               size_t *endp)
{
    cite_status rc = CITE_OK;
    while (i < n && is_digit((unsigned char)s[i])) {
        size_t e = digits_end(s, n, i);
        if (e - i <= CITEP_NUM_MAX_DIGITS) {
            struct citep_num x = base_num(i, e, digits_value(s, i, e));
            rc = push(nv, &x);
            if (rc)
                return rc;
        }
        i = e;
        if (i + 1 < n && s[i] == '.' && is_digit((unsigned char)s[i + 1]))
            i++;
    }
    *endp = i;
    return rc;
}

/* A degree sign and scale letter at j ("°C", "° F", "ºC", "℃", "℉"): the end of
 * the unit, or 0. A bare "°" is an angle or a latitude, not a temperature. */
static size_t degree_unit(const char *s, size_t n, size_t j)
{
    const unsigned char *u = (const unsigned char *)s;
    if (j + 2 < n && u[j] == 0xE2 && u[j + 1] == 0x84 && (u[j + 2] == 0x83 || u[j + 2] == 0x89))
        return j + 3; /* U+2103, U+2109 */
    if (j + 1 >= n || u[j] != 0xC2 || (u[j + 1] != 0xB0 && u[j + 1] != 0xBA))
        return 0;
    j += 2;
    if (j < n && s[j] == ' ')
        j++;
    if (j < n && (lower(s[j]) == 'c' || lower(s[j]) == 'f') &&
        (j + 1 >= n || !is_alpha((unsigned char)s[j + 1])))
        return j + 1;
    return 0;
}

/* "Rs", "Rs.", "INR" or the rupee sign right before the number starting at
 * start: the amount is in rupees, so "cr" after it is a crore. */
static bool rupee_before(const char *s, size_t start)
{
    size_t p = start;
    if (p >= 3 && !memcmp(s + p - 3, "\xE2\x82\xB9", 3)) /* U+20B9 */
        return true;
    if (p > 0 && s[p - 1] == ' ')
        p--;
    if (p > 0 && s[p - 1] == '.')
        p--;
    if (p >= 2 && s[p - 2] == 'R' && s[p - 1] == 's' && (p == 2 || !is_wordc((unsigned char)s[p - 3])))
        return true;
    return p >= 3 && !memcmp(s + p - 3, "INR", 3) && (p == 3 || !is_wordc((unsigned char)s[p - 4]));
}

/* Scale or unit after the digits ending at j; updates x. Returns new end. */
static size_t digit_suffix(const char *s, size_t n, size_t j, struct citep_num *x)
{
    size_t le = word_end(s, n, j), ws;
    double sc;
    if ((ws = degree_unit(s, n, j)) != 0 ||
        (j + 1 < n && s[j] == ' ' && (ws = degree_unit(s, n, j + 1)) != 0)) {
        x->glued_unit = true;
        x->unit_end = ws;
        return j;
    }
    if (le > j) { /* glued letters */
        size_t len = le - j;
        if ((sc = glued_scale(s + j, len)) > 0 ||
            (x->currency && len == 1 && s[j] == 'm' && (sc = 1e6) > 0)) { /* "£1.2m" */
            x->value *= sc;
            x->scale = sc;
            x->scaled = true;
            return le;
        }
        if (weq(s + j, len, "pp") || weq(s + j, len, "ppt"))
            return j; /* percentage points, read as a share ("1.5pp") */
        if (weq(s + j, len, "st") || weq(s + j, len, "nd") || weq(s + j, len, "rd") ||
            weq(s + j, len, "th")) {
            x->kind = CITEP_NUM_ORDINAL;
            return le;
        }
        x->glued_unit = true;
        x->unit_end = le;
        return j;
    }
    ws = skip_spaces(s, n, j);
    if (ws == j || ws >= n)
        return j;
    le = word_end(s, n, ws);
    if (le == ws && (unsigned char)s[ws] < 0x80)
        return j;
    if (le < n && is_digit((unsigned char)s[le]))
        return j;
    /* "milhão", "milionów", "triệu", "करोड़": the word goes on past letters
     * of any script */
    if ((sc = scale_at(s, n, ws, &le)) > 0 ||
        (weq(s + ws, le - ws, "cr") && rupee_before(s, x->start) && (sc = 1e7) > 0)) {
        /* "₹8,460 cr": Indian papers shorten crore so, after a rupee amount */
        x->value *= sc;
        x->scale = sc;
        x->scaled = true;
        /* an abbreviation's point belongs to it ("2,4 mld. Kč", "2,5 mil. hl") */
        if (le - ws <= 3 && le + 1 < n && s[le] == '.' && s[le + 1] == ' ')
            return le + 1;
        return le;
    }
    if (is_dozen(s + ws, le - ws)) {
        x->value *= 12;
        x->scaled = true;
        return le;
    }
    return j;
}

/* The value of the digits in s[a..b), whatever marks stand between them
 * ("4.260" written with a point for thousands). */
static double only_digits(const char *s, size_t a, size_t b)
{
    double v = 0;
    for (; a < b; a++)
        if (is_digit((unsigned char)s[a]))
            v = v * 10 + (s[a] - '0');
    return v;
}

/* A decimal comma at s[j]: the end of its fraction digits, or 0. Any comma
 * before digits when euro (the text writes the decimal mark so); otherwise
 * only one before one or two digits and a percent sign or a scale word, which
 * no thousands grouping can be ("3,5 million", "14,2 %"). */
static size_t comma_fraction(const char *s, size_t n, size_t j, bool euro)
{
    if (j + 1 >= n || s[j] != ',' || !is_digit((unsigned char)s[j + 1]))
        return 0;
    size_t f = digits_end(s, n, j + 1);
    if (f - j - 1 > CITEP_NUM_MAX_DIGITS)
        return 0;
    if (euro)
        return f;
    if (f - j - 1 > 2 || (f < n && (is_alpha((unsigned char)s[f]) || s[f] == ',')))
        return 0;
    size_t w = skip_spaces(s, n, f), le;
    if (w < n && s[w] == '%')
        return f;
    return scale_at(s, n, w, &le) > 0 ? f : 0;
}

/* A capital R glued to the digits at start, standing alone ("R76.4bn", not
 * "SR76" or a road's "R2"): the sign of the rand, when the amount is one
 * (scaled or grouped in thousands). */
bool citep_rand_sign(const char *s, size_t start)
{
    return start >= 1 && s[start - 1] == 'R' && (start == 1 || !is_wordc((unsigned char)s[start - 2]));
}

static bool rand_sign(const char *s, size_t start) { return citep_rand_sign(s, start); }

/* A number written in digits starting at i (s[i] is a digit or '.'). */
static cite_status scan_digits(struct citep_numbuf *nv, const char *s, size_t n, size_t i,
                               size_t *endp)
{
    struct citep_num x;
    size_t start = i, j = digits_end(s, n, i), lead = j - i;
    bool grouped = false, frac = false;
    double frac_part;
    if (lead > CITEP_NUM_MAX_DIGITS) {
        *endp = j; /* a run this long is an identifier, not an amount */
        return CITE_OK;
    }
    char grp = nv->euro ? '.' : ',';
    if (lead <= 3 && lead > 0) {
        while (j < n && s[j] == grp && group3(s, n, j + 1)) {
            j += 4;
            grouped = true;
        }
        if (!grouped)
            while (j < n && s[j] == ' ' && group3(s, n, j + 1))
                j += 4;
    }
    size_t cf;
    if (lead && (nv->euro || !grouped) && (cf = comma_fraction(s, n, j, nv->euro)) != 0) {
        /* "3,5 million", "14,2%"; in a post of a language that writes the
         * decimal mark so, any "3,45" */
        frac = true;
        x = base_num(start, cf, 0);
        x.decimals = (int)(cf - j - 1);
        x.value = only_digits(s, i, j) + only_digits(s, j + 1, cf) / pow(10, x.decimals);
        j = cf;
    } else if (j + 1 < n && s[j] == '.' && is_digit((unsigned char)s[j + 1]) &&
               !(nv->euro && grouped)) { /* "6.4" is a decimal in any language */
        size_t f = digits_end(s, n, j + 1);
        if (f + 1 < n && s[f] == '.' && is_digit((unsigned char)s[f + 1]) && !grouped &&
            !nv->euro)
            return push_dotted(nv, s, n, i, endp);
        if (f - j - 1 > CITEP_NUM_MAX_DIGITS) {
            *endp = f;
            return CITE_OK;
        }
        frac = true;
        x = base_num(start, f, 0);
        x.decimals = (int)(f - j - 1);
        frac_part = digits_value(s, j, f); /* ".08" */
        x.value = (lead ? digits_value(s, i, j) : 0) + frac_part;
        j = f;
    } else {
        x = base_num(start, j, nv->euro ? only_digits(s, i, j) : digits_value(s, i, j));
    }
    if (start > 0 && s[start - 1] == '-' &&
        (start == 1 || is_space((unsigned char)s[start - 2]) || s[start - 2] == '(')) {
        x.start = start - 1;
        x.value = -x.value;
    } else if (start >= 3 && !memcmp(s + start - 3, "\xE2\x88\x92", 3) && /* U+2212 */
               (start == 3 || is_space((unsigned char)s[start - 4]) || s[start - 4] == '(')) {
        x.start = start - 3;
        x.value = -x.value;
    } else if (start >= 6 && (s[start - 6] | 32) == 'm' && !memcmp(s + start - 5, "inus ", 5) &&
               (start == 6 || !is_alpha((unsigned char)s[start - 7]))) {
        x.start = start - 6; /* "minus 43.6 degrees" */
        x.value = -x.value;
    }
    if (start > 0 && (is_alpha((unsigned char)s[start - 1]) ||
                      (s[start - 1] == '-' && start > 1 && is_alpha((unsigned char)s[start - 2]))))
        x.in_token = true;
    for (size_t l = 1; l <= 3 && l <= start && !x.currency; l++)
        x.currency = citep_currency_sign(s, start, start - l, NULL) == l; /* "$5", "¥41.6bn" */
    x.year_like = !frac && !grouped && lead == 4 && x.value >= 1500 && x.value <= 2100;
    /* "R76.4bn", "R900m", "R1,200": South Africa's rand, when it is a sum */
    bool rand = x.in_token && !x.currency && rand_sign(s, x.start);
    x.currency = x.currency || rand; /* so that "R900m" is millions */
    x.end = digit_suffix(s, n, j, &x);
    if (rand) {
        x.currency = x.scaled || grouped;
        x.in_token = !x.currency;
    }
    if (x.scaled && x.scale >= 1000) {
        double fr;
        size_t fe = and_fraction(s, n, x.end, &fr);
        if (fe) { /* "3 million and a half" */
            x.value += fr * x.scale;
            x.end = fe;
        }
    }
    if (x.scaled || x.kind == CITEP_NUM_ORDINAL)
        x.year_like = false;
    if (x.end < n && s[x.end] == 's' && x.year_like && !is_alpha((unsigned char)s[x.end + 1])) {
        *endp = x.end + 1; /* "the 1990s": a decade */
        return CITE_OK;
    }
    *endp = x.glued_unit ? x.unit_end : x.end;
    return push(nv, &x);
}

/* A number in words at word i. */
static cite_status scan_words(struct citep_numbuf *nv, const char *s, size_t n, size_t i,
                              size_t *endp)
{
    struct wstate st;
    struct citep_num x;
    uint64_t key;
    size_t we = word_key_end(s, n, i, &key), e;
    if (!may_start_number(key)) { /* most words: no parse needed */
        *endp = we;
        return CITE_OK;
    }
    e = parse_words(s, n, i, &st);
    if (!e) {
        *endp = we;
        return CITE_OK;
    }
    *endp = e;
    if (weq(s + i, e - i, "one") && one_is_pronoun(s, i))
        return CITE_OK;
    if (st.ordinal && (weq(s + i, e - i, "second")) && e < n && is_alpha((unsigned char)s[e]))
        return CITE_OK;
    x = base_num(i, e, st.total + st.cur);
    x.words = true;
    x.scaled = st.last_scale > 0 || st.prev == P_SCALE;
    x.scale = st.last_scale > 0 ? st.last_scale : 1;
    if (st.ordinal)
        x.kind = CITEP_NUM_ORDINAL;
    return push(nv, &x);
}

/* Spans of URLs: numbers inside them are not amounts. */
static size_t url_end(const char *s, size_t n, size_t i)
{
    if (match_phrase(s, n, i, "http://") || match_phrase(s, n, i, "https://") ||
        match_phrase(s, n, i, "www.")) {
        while (i < n && !is_space((unsigned char)s[i]))
            i++;
        return i;
    }
    return 0;
}

/* The word at s[i], a letter at a word boundary: a number in words, or passed
 * over. Returns where scanning goes on. */
static inline size_t scan_word_at(struct citep_numbuf *nv, const char *s, size_t n,
                                  size_t i, cite_status *rc)
{
    size_t e, seen;
    if (!may_open_number(s, n, i, &seen))
        return seen < 3 ? i + seen : alpha_end(s, n, i + 3); /* as scan_words would */
    *rc = scan_words(nv, s, n, i, &e);
    return e > i ? e : i + 1;
}

/* What the scanner does at each byte: most bytes start nothing. */
enum { BC_OTHER, BC_LETTER, BC_DIGIT, BC_DOT };
#define BCL(c) ((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z') ? BC_LETTER \
               : (c) >= '0' && (c) <= '9' ? BC_DIGIT : (c) == '.' ? BC_DOT : BC_OTHER
#define BCL4(c) BCL(c), BCL((c) + 1), BCL((c) + 2), BCL((c) + 3)
#define BCL16(c) BCL4(c), BCL4((c) + 4), BCL4((c) + 8), BCL4((c) + 12)
#define BCL64(c) BCL16(c), BCL16((c) + 16), BCL16((c) + 32), BCL16((c) + 48)
static const unsigned char BYTE_CLASS[256] = {BCL64(0), BCL64(64), BCL64(128),
                                              BCL64(192)};
#undef BCL64
#undef BCL16
#undef BCL4
#undef BCL

#ifdef CITEP_SWAR
/* The bytes of s[i..i+8) where the scan may do more than step over one byte:
 * a letter after a non-letter, a digit after a non-digit, and every '.' (the
 * high bit of each such byte is set). Any other byte is inside a word or a digit
 * run, or punctuation, blank or non-ASCII. */
static inline uint64_t scan_marks8(const char *s, size_t i)
{
    const uint64_t hi = 0x8080808080808080ull, lo7 = 0x7F7F7F7F7F7F7F7Full;
    const uint64_t one = 0x0101010101010101ull;
    uint64_t w, x, y, z, alpha, digit, dot, pa, pd;
    memcpy(&w, s + i, 8);
    x = (w | 0x20 * one) & lo7;
    y = w & lo7;
    alpha = (x + (0x80 - 'a') * one) & ~(x + (0x80 - 'z' - 1) * one) & ~w & hi;
    digit = (y + (0x80 - '0') * one) & ~(y + (0x80 - '9' - 1) * one) & ~w & hi;
    z = w ^ ('.' * one);
    dot = ~(((z & lo7) + lo7) | z) & hi;
    pa = alpha << 8;
    pd = digit << 8;
    if (i > 0) {
        unsigned p = BYTE_CLASS[(unsigned char)s[i - 1]];
        pa |= p == BC_LETTER ? 0x80u : 0;
        pd |= p == BC_DIGIT ? 0x80u : 0;
    }
    return (alpha & ~pa) | (digit & ~pd) | dot;
}

/* tri_code of a byte: its letter (0 = 'a'), or 26. */
#define TC(c) ((c) >= 'a' && (c) <= 'z' ? (c) - 'a' : (c) >= 'A' && (c) <= 'Z' ? (c) - 'A' : 26)
#define TC4(c) TC(c), TC((c) + 1), TC((c) + 2), TC((c) + 3)
#define TC16(c) TC4(c), TC4((c) + 4), TC4((c) + 8), TC4((c) + 12)
#define TC64(c) TC16(c), TC16((c) + 16), TC16((c) + 32), TC16((c) + 48)
static const unsigned char TRI_CODE[256] = {TC64(0), TC64(64), TC64(128), TC64(192)};
#undef TC64
#undef TC16
#undef TC4
#undef TC

/* Must the scan stop at s[j], a byte scan_marks8 marked? Not at a word that
 * opens neither a number nor a URL: the scan would pass over it. */
static inline bool scan_stops_at(const char *s, size_t n, size_t j)
{
    const unsigned char *u = (const unsigned char *)s + j;
    size_t seen;
    if (BYTE_CLASS[u[0]] != BC_LETTER)
        return true;
    if (j + 2 < n)
        return (stop_tri[TRI_CODE[u[0]] * 27 + TRI_CODE[u[1]]] >> TRI_CODE[u[2]]) & 1;
    if (((u[0] | 32) == 'h' || (u[0] | 32) == 'w') && j + 1 < n &&
        (lower(s[j + 1]) == 't' || lower(s[j + 1]) == 'w'))
        return true;
    return may_open_number(s, n, j, &seen);
}
#endif

cite_status citep_numbers_scan_into(const char *s, size_t n, struct citep_numbuf *nv)
{
    size_t i = 0, e;
    cite_status rc = CITE_OK;
    nv->n = 0;
    first_tri_ready();
    while (i < n && rc == CITE_OK) {
        unsigned char c;
        unsigned cls;
#ifdef CITEP_SWAR
        if (i + 8 <= n) { /* eight bytes at a time over what the scan steps over */
            uint64_t m = scan_marks8(s, i);
            while (m && !scan_stops_at(s, n, i + ((size_t)__builtin_ctzll(m) >> 3)))
                m &= m - 1;
            if (!m) {
                i += 8;
                continue;
            }
            i += (size_t)__builtin_ctzll(m) >> 3;
        }
#endif
        c = (unsigned char)s[i];
        cls = BYTE_CLASS[c];
        if (cls == BC_OTHER) { /* blanks, punctuation */
            i++;
        } else if (cls == BC_LETTER) {
            if (i > 0 && is_alpha((unsigned char)s[i - 1])) {
                i++; /* inside a word (after a number's glued letters) */
            } else if ((c | 32) != 'h' && (c | 32) != 'w') {
                i = scan_word_at(nv, s, n, i, &rc);
            } else if (i + 1 < n && (lower(s[i + 1]) == 't' || lower(s[i + 1]) == 'w') &&
                       (e = url_end(s, n, i)) != 0) {
                i = e;
            } else {
                i = scan_word_at(nv, s, n, i, &rc);
            }
        } else if (cls == BC_DIGIT) {
            if (i == 0 || !is_digit((unsigned char)s[i - 1])) {
                rc = scan_digits(nv, s, n, i, &e);
                i = e > i ? e : i + 1;
            } else {
                i++;
            }
        } else if (i + 1 < n && is_digit((unsigned char)s[i + 1]) && /* '.' */
                   (i == 0 || !(is_digit((unsigned char)s[i - 1]) ||
                                is_alpha((unsigned char)s[i - 1])))) {
            rc = scan_digits(nv, s, n, i, &e);
            i = e > i ? e : i + 1;
        } else {
            i++;
        }
    }
    return rc;
}

cite_status citep_numbers_scan(const char *s, size_t n, struct citep_num **out,
                               size_t *count)
{
    struct citep_numbuf nv = {NULL, 0, 0, false};
    cite_status rc = citep_numbers_scan_into(s, n, &nv);
    if (rc) {
        citep_free(nv.v);
        return rc;
    }
    *out = nv.v;
    *count = nv.n;
    return CITE_OK;
}

/* ---- expressions -------------------------------------------------------- */

struct cmpword {
    const char *phrase;
    const char *cmp;
    size_t len; /* of phrase */
};
#define CW(phrase, cmp) {phrase, cmp, sizeof phrase - 1}

static const struct cmpword PRE[] = {
    CW("no less than", "ge"),   CW("no fewer than", "ge"),    CW("not less than", "ge"),
    CW("at least", "ge"),       CW("a minimum of", "ge"),     CW("no more than", "le"),
    CW("not more than", "le"),  CW("at most", "le"),          CW("up to", "le"),
    CW("as many as", "le"),     CW("a maximum of", "le"),     CW("more than", "gt"),
    CW("greater than", "gt"),   CW("in excess of", "gt"),     CW("over", "gt"),
    CW("above", "gt"),          CW("exceed", "gt"),           CW("exceeds", "gt"),
    CW("exceeded", "gt"),       CW("exceeding", "gt"),        CW("upwards of", "gt"),
    CW("fewer than", "lt"),     CW("less than", "lt"),        CW("under", "lt"),
    CW("below", "lt"),          CW("about", "approx"),        CW("around", "approx"),
    CW("nearly", "approx"),     CW("almost", "approx"),       CW("roughly", "approx"),
    CW("approximately", "approx"), CW("some", "approx"),      CW("an estimated", "approx"),
    CW("estimated", "approx"),  CW("close to", "approx"),     CW("approx.", "approx"),
    CW("circa", "approx"),      CW("just over", "approx"),    CW("just under", "approx"),
    CW("more or less", "approx"),
    /* the same in the languages of embedded posts: none is an English phrase */
    CW("más de", "gt"),         CW("mais de", "gt"),          CW("plus de", "gt"),
    CW("oltre", "gt"),          CW("über", "gt"),             CW("mehr als", "gt"),
    CW("meer dan", "gt"),       CW("peste", "gt"),            CW("lebih dari", "gt"),
    CW("över", "gt"),           CW("Över", "gt"),             CW("mer enn", "gt"),
    CW("ponad", "gt"),          CW("több mint", "gt"),        CW("yli", "gt"),
    CW("přes", "gt"),           CW("hơn", "gt"),              CW("zaidi ya", "gt"),
    CW("menos de", "lt"),       CW("moins de", "lt"),         CW("weniger als", "lt"),
    CW("minder dan", "lt"),     CW("kurang dari", "lt"),      CW("mindre än", "lt"),
    CW("poniżej", "lt"),        CW("kevesebb mint", "lt"),    CW("méně než", "lt"),
    CW("dưới", "lt"),           CW("hasta", "le"),            CW("até", "le"),
    CW("jusqu'à", "le"),        CW("bis zu", "le"),           CW("fino a", "le"),
    CW("cerca de", "approx"),   CW("alrededor de", "approx"), CW("aproximadamente", "approx"),
    CW("environ", "approx"),    CW("près de", "approx"),      CW("etwa", "approx"),
    CW("rund", "approx"),       CW("ungefähr", "approx"),     CW("ongeveer", "approx"),
    CW("aproximativ", "approx"), CW("aproape", "approx"),     CW("sekitar", "approx"),
    CW("hampir", "approx"),     CW("cirka", "approx"),        CW("omkring", "approx"),
    CW("ungefär", "approx"),    CW("knappt", "approx"),       CW("drygt", "approx"),
    CW("nästan", "approx"),     CW("około", "approx"),        CW("prawie", "approx"),
    CW("mintegy", "approx"),    CW("körülbelül", "approx"),   CW("közel", "approx"),
    CW("noin", "approx"),       CW("lähes", "approx"),        CW("zhruba", "approx"),
    CW("téměř", "approx"),      CW("takriban", "approx"),     CW("khoảng", "approx"),
    CW("gần", "approx"),        {NULL, NULL, 0}};

static void set_bounds(struct citep_num *x, const char *cmp, double v)
{
    x->cmp = cmp;
    x->value = x->hi = v;
    x->has_lo = x->has_hi = false;
    if (!strcmp(cmp, "ge") || !strcmp(cmp, "gt")) {
        x->has_lo = true;
        x->lo_incl = cmp[1] == 'e';
    } else if (!strcmp(cmp, "le") || !strcmp(cmp, "lt")) {
        x->has_hi = true;
        x->hi_incl = cmp[1] == 'e';
    }
}

/* The phrases of PRE by their last byte, each chain in PRE's order:
 * pre_first[c] is the first (index + 1, 0: none), pre_next[k] the one after k. */
#define PRE_N (sizeof PRE / sizeof *PRE - 1)
_Static_assert(PRE_N < 255, "PRE: a chain index is one byte");
static atomic_int pre_state;
static unsigned char pre_first[256], pre_next[PRE_N];

static void fill_pre(void *arg)
{
    (void)arg;
    for (size_t k = PRE_N; k-- > 0;) {
        unsigned char c = (unsigned char)PRE[k].phrase[PRE[k].len - 1];
        pre_next[k] = pre_first[c];
        pre_first[c] = (unsigned char)(k + 1);
    }
}

/* "handed over 312 homes", "turned over 40 files": "over" is the verb's particle,
 * not "more than". Is the word ending before s[p] such a verb? */
static bool particle_verb_before(const char *s, size_t p)
{
    static const char *const V[] = {"handed", "hand", "hands", "handing", "turned", "turn",
                                    "turns", "turning", "signed", "signs", "signing", NULL};
    char w[12];
    size_t e = p, b, n;
    while (e > 0 && is_space((unsigned char)s[e - 1]))
        e--;
    for (b = e; b > 0 && e - b < sizeof w && ((s[b - 1] | 32) >= 'a' && (s[b - 1] | 32) <= 'z');)
        b--;
    n = e - b;
    if (n == 0 || n >= sizeof w || (b > 0 && is_wordc((unsigned char)s[b - 1])))
        return false;
    for (size_t i = 0; i < n; i++)
        w[i] = lower(s[b + i]);
    w[n] = '\0';
    for (size_t i = 0; V[i]; i++)
        if (!strcmp(V[i], w))
            return true;
    return false;
}

/* "at least 5", "about 12": the comparator written before b, into x. */
static void comparator_before(const char *s, const struct citep_num *b, struct citep_num *x)
{
    size_t p, j = b->start;
    char last;
    if (j > 0 && s[j - 1] == '~' && (j == 1 || !is_wordc((unsigned char)s[j - 2]))) {
        set_bounds(x, "approx", b->value); /* "~1.42m t", "(~96)" */
        x->start = j - 1;
        return;
    }
    if (j == 0 || !is_space((unsigned char)s[j - 1]))
        return; /* phrase_before needs blanks before the number */
    while (j > 0 && is_space((unsigned char)s[j - 1]))
        j--;
    if (j == 0)
        return;
    last = lower(s[j - 1]); /* each phrase's last letter must be this one */
    if (atomic_load_explicit(&pre_state, memory_order_acquire) != 2)
        citep_fill_once(&pre_state, fill_pre, NULL);
    for (unsigned k = pre_first[(unsigned char)last]; k; k = pre_next[k - 1]) {
        const struct cmpword *cw = &PRE[k - 1];
        if ((p = phrase_before_n(s, b->start, cw->phrase, cw->len)) != SIZE_MAX) {
            if (!strcmp(cw->phrase, "over") && particle_verb_before(s, p))
                return;
            set_bounds(x, cw->cmp, b->value);
            x->kind = strcmp(cw->cmp, "approx") ? CITEP_NUM_RANGE : CITEP_NUM_CARDINAL;
            x->start = p;
            return;
        }
    }
}

static bool usable(const struct citep_num *b)
{
    return b->kind == CITEP_NUM_CARDINAL && !b->glued_unit && !b->in_token;
}

/* Index of the base number starting exactly at pos, or SIZE_MAX. */
static size_t base_at(const struct citep_num *base, size_t nb, size_t from, size_t pos)
{
    size_t k;
    for (k = from; k < nb && base[k].start <= pos; k++)
        if (base[k].start == pos && usable(&base[k]))
            return k;
    return SIZE_MAX;
}

size_t citep_currency_sign(const char *s, size_t n, size_t i, const char **name)
{
    /* U+20A0..U+20BF, by their last byte after E2 82 */
    static const struct { unsigned char b; const char *name; } SIGN3[] = {
        {0xAC, "euro"}, {0xB9, "rupee"}, {0xA9, "won"}, {0xBD, "rouble"}, {0xBA, "lira"},
        {0xA6, "naira"}, {0xB1, "peso"}, {0xB4, "hryvnia"}, {0xAA, "shekel"}, {0xAB, "dong"},
        {0xB5, "cedi"}};
    const unsigned char *u = (const unsigned char *)s;
    const char *cur = NULL;
    size_t len = 0;
    /* "R$ 12 billion": Brazil's real; "NZ$", "A$", "US$" are dollars */
    bool real = i >= 1 && s[i - 1] == 'R' && (i == 1 || !is_alpha(u[i - 2]));
    if (i < n && s[i] == '$')
        cur = real ? "real" : "dollar", len = 1;
    else if (i + 1 < n && u[i] == 0xC2 && (u[i + 1] == 0xA3 || u[i + 1] == 0xA5))
        cur = u[i + 1] == 0xA3 ? "pound" : "yen", len = 2;
    else if (i + 1 < n && u[i] == 0xC2 && u[i + 1] == 0xA2 && i >= 2 && s[i - 2] == 'G' &&
             s[i - 1] == 'H')
        cur = "cedi", len = 2; /* "GH¢4.8 billion", written for the cedi sign */
    else if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x82)
        for (size_t k = 0; k < sizeof SIGN3 / sizeof *SIGN3 && !len; k++)
            if (SIGN3[k].b == u[i + 2])
                cur = SIGN3[k].name, len = 3;
    if (name)
        *name = cur;
    return len;
}

/* Bytes of the currency sign at offset i, or 0. */
static size_t sign_len(const char *s, size_t n, size_t i)
{
    return citep_currency_sign(s, n, i, NULL);
}

/* Where a number starts, its currency sign included: "$5" at the "$". */
static size_t signed_start(const char *s, const struct citep_num *b)
{
    size_t st = b->start;
    if (!b->currency)
        return st;
    for (size_t l = 1; l <= 3 && l <= st; l++)
        if (sign_len(s, st, st - l) == l)
            return st - l;
    return st;
}

/* "X - Y", "X–Y", "X to Y", "X and Y" (after between), "X or Y": second number
 * ("between $5 and $7": its currency sign repeated). */
static size_t range_second(const char *s, size_t n, const struct citep_num *base, size_t nb,
                           size_t k, const char *joiner, size_t *endp)
{
    size_t j = base[k].end, e;
    if (!strcmp(joiner, "-")) {
        j = skip_spaces(s, n, j);
        if (j < n && s[j] == '-')
            j++;
        else if (j + 2 < n && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
                 ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94))
            j += 3;
        else
            return SIZE_MAX;
        j = skip_spaces(s, n, j);
    } else {
        if (after_blanks(s, n, j) != joiner[1]) /* joiner is " " and a word */
            return SIZE_MAX;
        e = match_phrase(s, n, j, joiner);
        if (!e)
            return SIZE_MAX;
        j = skip_spaces(s, n, e);
    }
    if (base[k].currency)
        j += sign_len(s, n, j);
    e = base_at(base, nb, k + 1, j);
    if (e != SIZE_MAX)
        *endp = base[e].end;
    return e;
}

static size_t percent_end(const char *s, size_t n, size_t j)
{
    size_t e;
    if (j < n && s[j] == '%')
        return j + 1;
    if (j + 1 < n && s[j] == ' ' && s[j + 1] == '%')
        return j + 2;
    if ((e = match_phrase(s, n, j, "pp")) || (e = match_phrase(s, n, j, "ppt")))
        return e; /* economists' "+1.5pp" */
    if (after_blanks(s, n, j) != 'p')
        return 0;
    if ((e = match_phrase(s, n, j, " percent")) || (e = match_phrase(s, n, j, " per cent")) ||
        (e = match_phrase(s, n, j, " pct")) || (e = match_phrase(s, n, j, " percentage points")) ||
        (e = match_phrase(s, n, j, " percentage point")) || (e = match_phrase(s, n, j, " pp")) ||
        (e = match_phrase(s, n, j, " ppt")))
        return e; /* "0.8 percentage point", "1.5 pp" */
    return 0;
}

/* Build the expression that starts with base k (and maybe its successors). */
static size_t express_one(const char *s, size_t n, const struct citep_num *base, size_t nb,
                          size_t k, struct citep_num *x)
{
    const struct citep_num *b = &base[k];
    size_t used = k, e, m, p;
    *x = *b;
    if (!usable(b)) {
        /* "about 150m", "nearly -12°C": a measure keeps its qualifier */
        if (b->kind == CITEP_NUM_CARDINAL && b->glued_unit && !b->in_token)
            comparator_before(s, b, x);
        return k;
    }
    /* ranges */
    if ((p = phrase_before(s, signed_start(s, b), "between")) != SIZE_MAX &&
        (m = range_second(s, n, base, nb, k, " and", &e)) != SIZE_MAX) {
        x->kind = CITEP_NUM_RANGE;
        x->start = p;
        x->end = e;
        x->cmp = "range";
        x->hi = base[m].value;
        x->has_lo = x->has_hi = x->lo_incl = true;
        return m;
    }
    if ((m = range_second(s, n, base, nb, k, "-", &e)) != SIZE_MAX ||
        (m = range_second(s, n, base, nb, k, " to", &e)) != SIZE_MAX ||
        (m = range_second(s, n, base, nb, k, " or", &e)) != SIZE_MAX) {
        if (base[m].value > b->value) {
            p = phrase_before(s, signed_start(s, b), "from");
            x->kind = CITEP_NUM_RANGE;
            x->start = p != SIZE_MAX ? p : signed_start(s, b);
            x->end = e;
            x->cmp = "range";
            x->hi = base[m].value;
            x->has_lo = x->has_hi = x->lo_incl = true;
            x->scaled = b->scaled || base[m].scaled;
            if (base[m].scaled && !b->scaled && base[m].scale > 1)
                x->value = b->value * base[m].scale; /* "3 to 4 million" */
            return m;
        }
    }
    comparator_before(s, b, x);
    /* "at most 100 and at least 20" */
    if (x->kind == CITEP_NUM_RANGE && x->has_hi && !x->has_lo) {
        size_t j = match_phrase(s, n, b->end, " and at least");
        if (j && (m = base_at(base, nb, k + 1, skip_spaces(s, n, j))) != SIZE_MAX) {
            x->hi = b->value;
            x->value = base[m].value;
            x->has_lo = x->lo_incl = true;
            x->cmp = "range";
            x->end = base[m].end;
            return m;
        }
    }
    e = percent_end(s, n, b->end);
    if (e) {
        x->end = e;
        if (x->kind != CITEP_NUM_RANGE)
            x->kind = CITEP_NUM_PERCENT;
        x->cmp = x->cmp ? x->cmp : "eq";
    }
    /* "X or more", "X and more", "X or fewer", "X-plus" */
    if (x->kind != CITEP_NUM_RANGE && x->end < n &&
        (s[x->end] == '-' || s[x->end] == '+' || is_space((unsigned char)s[x->end]))) {
        char w = after_blanks(s, n, x->end);
        if ((!w || w == 'o' || w == 'a') && ((e = match_phrase(s, n, x->end, " or more")) ||
            (e = match_phrase(s, n, x->end, " and more")) ||
            (e = match_phrase(s, n, x->end, " or above")) ||
            (e = match_phrase(s, n, x->end, "-plus")) || (e = match_phrase(s, n, x->end, "+")))) {
            set_bounds(x, "ge", b->value);
            x->kind = CITEP_NUM_RANGE;
            x->start = b->start;
            x->end = e;
        } else if (w == 'o' && ((e = match_phrase(s, n, x->end, " or fewer")) ||
                                (e = match_phrase(s, n, x->end, " or less")))) {
            set_bounds(x, "le", b->value);
            x->kind = CITEP_NUM_RANGE;
            x->start = b->start;
            x->end = e;
        }
    }
    return used;
}

/* A loose amount lo..hi written by the words [start, end). */
static cite_status push_vague(struct citep_numbuf *nv, size_t start, size_t end, double lo,
                              double hi)
{
    struct citep_num x = base_num(start, end, lo);
    x.hi = hi;
    x.cmp = "approx";
    x.vague = x.words = true;
    x.has_lo = x.has_hi = x.lo_incl = x.hi_incl = true;
    return push(nv, &x);
}

/* "a handful of": the one loose amount that opens with no plural (found from
 * its rarer "f"). */
static cite_status handfuls(const char *s, size_t n, struct citep_numbuf *nv)
{
    for (const char *f = n ? memchr(s, 'f', n) : NULL; f;
         f = (size_t)(f - s) + 1 < n ? memchr(f + 1, 'f', n - (size_t)(f - s) - 1) : NULL) {
        size_t p = (size_t)(f - s), e;
        if (p < 4 || (p > 4 && is_alpha((unsigned char)s[p - 5])) || lower(s[p - 4]) != 'h' ||
            (e = match_phrase(s, n, p - 4, "handful of")) == 0)
            continue;
        cite_status rc = push_vague(nv, p - 4, e, 2, 6);
        if (rc)
            return rc;
    }
    return CITE_OK;
}

/* "dozens of", "hundreds of", "tens of thousands of": loose amounts. */
static cite_status vague_amounts(const char *s, size_t n, struct citep_numbuf *nv)
{
    static const struct {
        const char *phrase;
        double lo, hi;
    } V[] = {{"tens of thousands of", 20000, 99999},
             {"hundreds of thousands of", 200000, 999999},
             {"tens of millions of", 2e7, 99999999},
             {"dozens of", 24, 99},
             {"scores of", 40, 199},
             {"hundreds of", 200, 999},
             {"thousands of", 2000, 9999},
             {"millions of", 2e6, 9999999},
             {"billions of", 2e9, 9999999999.0},
             {NULL, 0, 0}};
    size_t i, k, e, p, resume = 0;
    char c;
    cite_status rc;
    /* each phrase opens with a plural of four letters or more and a blank: look
     * (memchr) for an "s" or "S" before a blank, and read its word back from there */
    const char *lo = n ? memchr(s, 's', n) : NULL, *up = n ? memchr(s, 'S', n) : NULL;
    while (lo || up) {
        if (lo && (!up || lo < up)) {
            p = (size_t)(lo - s);
            lo = p + 1 < n ? memchr(s + p + 1, 's', n - p - 1) : NULL;
        } else {
            p = (size_t)(up - s);
            up = p + 1 < n ? memchr(s + p + 1, 'S', n - p - 1) : NULL;
        }
        if (after_blanks(s, n, p + 1) != 'o') /* every phrase goes on "s of" */
            continue;
        for (i = p; i > 0 && KEY_CODE[(unsigned char)s[i - 1]]; i--)
            ;
        c = lower(s[i]);
        if (i < resume || p + 1 - i < 4 ||
            !(c == 't' || c == 'd' || c == 's' || c == 'h' || c == 'm' || c == 'b'))
            continue; /* inside the last phrase, or no phrase opens so */
        for (k = 0; V[k].phrase; k++) {
            if (V[k].phrase[0] == c && (e = match_phrase(s, n, i, V[k].phrase)) != 0) {
                rc = push_vague(nv, i, e, V[k].lo, V[k].hi);
                if (rc)
                    return rc;
                resume = e;
                break;
            }
        }
    }
    return handfuls(s, n, nv);
}

static int by_start(const void *a, const void *b)
{
    const struct citep_num *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* Are the numbers in order of start? (Then sorting leaves them as they are.) */
static bool in_start_order(const struct citep_num *v, size_t n)
{
    for (size_t k = 1; k < n; k++)
        if (v[k].start < v[k - 1].start)
            return false;
    return true;
}

cite_status citep_numbers_express_into(const char *s, size_t n,
                                       const struct citep_num *base, size_t nbase,
                                       struct citep_numbuf *nv)
{
    size_t k, last;
    cite_status rc = CITE_OK;
    nv->n = 0;
    for (k = 0; k < nbase && rc == CITE_OK; k++) {
        struct citep_num x;
        last = express_one(s, n, base, nbase, k, &x);
        rc = push(nv, &x);
        k = last;
    }
    if (rc == CITE_OK)
        rc = vague_amounts(s, n, nv);
    if (rc)
        return rc;
    /* qsort's merge sort is stable: on numbers already in order it is a no-op */
    if (nv->n > 1 && !in_start_order(nv->v, nv->n))
        qsort(nv->v, nv->n, sizeof *nv->v, by_start);
    return CITE_OK;
}

cite_status citep_numbers_express(const char *s, size_t n, const struct citep_num *base,
                                  size_t nbase, struct citep_num **out, size_t *count)
{
    struct citep_numbuf nv = {NULL, 0, 0, false};
    cite_status rc = citep_numbers_express_into(s, n, base, nbase, &nv);
    if (rc) {
        citep_free(nv.v);
        return rc;
    }
    *out = nv.v;
    *count = nv.n;
    return CITE_OK;
}

void citep_num_format(double v, char *out, size_t outsz)
{
    if (!isfinite(v)) {
        snprintf(out, outsz, "%s", v < 0 ? "-inf" : "inf");
        return;
    }
    if (fabs(v) < 1e15 && v == floor(v) && outsz >= 18) {
        /* an integer below 1e15 is exact in a long long: "%.0f" without printf */
        char d[24], *p = d + sizeof d;
        long long i = (long long)fabs(v);
        size_t o = 0;
        do
            *--p = (char)('0' + i % 10);
        while ((i /= 10) != 0);
        if (signbit(v))
            out[o++] = '-'; /* "%.0f" prints -0 too */
        memcpy(out + o, p, (size_t)(d + sizeof d - p));
        out[o + (size_t)(d + sizeof d - p)] = '\0';
    } else if (fabs(v) < 1e15 && v == floor(v)) {
        snprintf(out, outsz, "%.0f", v);
    } else
        snprintf(out, outsz, "%.15g", v);
}
