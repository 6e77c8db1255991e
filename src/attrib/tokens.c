/*
 * tokens.c - tokeniser for the attribution stage (see tokens.h). One pass over
 * the paragraph; quote pairing and sentence ends are a second linear pass.
 * Quote marks: curly, low-9 and guillemets plus straight ASCII quotes, which
 * alternate open/close. An opening mark left unclosed is dropped when another
 * opens, so unbalanced or mixed quotes never pair across the paragraph end.
 */
#include "attrib/tokens.h"
#include "core/swar.h"
#include "core/wordset.h"

#include <string.h>
#include <utf8proc.h>

static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "sen", "rep", "gov", "prof",
    "st", "jr", "sr", "co", "capt", "maj", "adm", "mt", "ft", "no", "vs", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec", "rev", "gens", "cmdr", "supt", "insp", "fr", NULL};
CITEP_WORDSET(abbrev_set, abbrevs, 128);

static bool word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t k = utf8proc_category(cp);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO);
}

static bool space_cp(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
        return true;
    if (cp < 0x80)
        return false;
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP ||
           cp == 0x200B || cp == 0xFEFF;
}

static size_t dec(const char *s, size_t i, size_t end, int32_t *cp)
{
    if ((unsigned char)s[i] < 0x80) { /* most of the text */
        *cp = (unsigned char)s[i];
        return 1;
    }
    size_t k = citep_utf8_decode((const unsigned char *)s + i, end - i, cp);
    if (!k) {
        *cp = 0xFFFD;
        k = 1;
    }
    return k;
}

static bool is_abbrev(const char *s, size_t n)
{
    char buf[8];
    if (n == 1) /* an initial: "John F. Kennedy", "U."; a digit ends "Cadena 3." */
        return (unsigned)((s[0] | 32) - 'a') < 26u;
    if (n >= sizeof buf)
        return memchr(s, '.', n) != NULL; /* "U.S" + "." */
    bool dot = false;
    size_t upper = 0;
    for (size_t i = 0; i < n; i++) {
        dot = dot || s[i] == '.';
        upper += s[i] >= 'A' && s[i] <= 'Z';
        buf[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    }
    /* "DR.", "CO.": a name in capitals (a broadcaster, a county) ends a
     * sentence; the titles are written "Dr.", "Co." */
    if (!dot && upper == n)
        return false;
    return dot || citep_wordset_find(&abbrev_set, buf, n) != 0;
}

/* ASCII letters and digits: the bulk of every word. */
static const bool ascii_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1};

/* Does a web domain's last part start at s[j] ("mbl.is", "vlast.kz", "news.cn")?
 * Two to four lower-case letters ending the word: outlets go by their domains. */
static bool domain_tail(const char *s, size_t j, size_t end)
{
    size_t k = j;
    while (k < end && k - j < 5 && s[k] >= 'a' && s[k] <= 'z')
        k++;
    return k - j >= 2 && k - j <= 4 && (k == end || !ascii_alnum[(unsigned char)s[k]]) &&
           (k == end || (unsigned char)s[k] < 0x80);
}

/* End of the word starting at i, whose bytes up to j are letters or digits. */
/* Three digits at s[k] and no fourth: the group after a thousands comma. */
static bool digits3(const char *s, size_t k, size_t end)
{
    if (k + 3 > end)
        return false;
    for (size_t n = 0; n < 3; n++)
        if (s[k + n] < '0' || s[k + n] > '9')
            return false;
    return k + 3 == end || s[k + 3] < '0' || s[k + 3] > '9';
}

static size_t word_end_from(const char *s, size_t i, size_t j, size_t end)
{
    int32_t cp, nx;
    bool domain = false;
    while (j < end) {
        if (j + 8 <= end) {
            size_t k = citep_alnum8(s + j);
            j += k;
            if (k == 8)
                continue;
        }
        if (j >= end)
            break;
        unsigned char b = (unsigned char)s[j];
        if (ascii_alnum[b]) {
            j++;
            continue;
        }
        /* "1,100 volunteers": a thousands comma is inside the number */
        if (b == ',' && j > i && digits3(s, j + 1, end) &&
            s[j - 1] >= '0' && s[j - 1] <= '9' && s[i] >= '0' && s[i] <= '9') {
            j += 4;
            continue;
        }
        /* "A/S", "S/A": a company's suffix, one capital each side of the slash */
        if (b == '/' && j == i + 1 && j + 1 < end && s[i] >= 'A' && s[i] <= 'Z' &&
            s[j + 1] >= 'A' && s[j + 1] <= 'Z' &&
            (j + 2 == end || !ascii_alnum[(unsigned char)s[j + 2]])) {
            j += 2;
            continue;
        }
        /* "Re:Baltica", "Re:Publica": a colon between a capitalised word's
         * letters and a capital, no space either side, is inside a name
         * (not "10:30", not "Note: The") */
        if (b == ':' && j > i && j + 1 < end && s[i] >= 'A' && s[i] <= 'Z' &&
            ((s[j - 1] | 32) >= 'a' && (s[j - 1] | 32) <= 'z') && s[j + 1] >= 'A' &&
            s[j + 1] <= 'Z') {
            j++;
            continue;
        }
        /* other ASCII that cannot be inside a word ends it: most words end so */
        if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != '&')
            break;
        size_t k = dec(s, j, end, &cp);
        /* no ASCII character is a combining mark */
        if (word_cp(cp) || (cp >= 0x80 && utf8proc_category(cp) >= UTF8PROC_CATEGORY_MN &&
                            utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME)) {
            j += k;
            continue;
        }
        bool inner = cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == '&';
        if (!inner || j + k >= end)
            break;
        dec(s, j + k, end, &nx);
        if (!word_cp(nx))
            break;
        bool decimal = cp == '.' && s[j - 1] >= '0' && s[j - 1] <= '9' && nx >= '0' && nx <= '9';
        if (cp == '.' && !decimal && !is_abbrev(s + i, j - i)) { /* "2.5" stays whole */
            if (!domain_tail(s, j + 1, end))
                break;
            domain = true;
        }
        j += k;
    }
    /* keep the dot of an abbreviation ("Mr.", "U.S."), not a domain's */
    if (j < end && s[j] == '.' && !domain && is_abbrev(s + i, j - i))
        j++;
    return j;
}

/* ASCII bytes other than letters and digits that cannot be inside a word: one
 * ends the word before it. */
#define EW(c) ((c) < 0x80 && (c) != '\'' && (c) != '-' && (c) != '.' && (c) != '&')
#define EW4(c) EW(c), EW((c) + 1), EW((c) + 2), EW((c) + 3)
#define EW16(c) EW4(c), EW4((c) + 4), EW4((c) + 8), EW4((c) + 12)
#define EW64(c) EW16(c), EW16((c) + 16), EW16((c) + 32), EW16((c) + 48)
static const bool ends_word[256] = {EW64(0), EW64(64), EW64(128), EW64(192)};
#undef EW64
#undef EW16
#undef EW4
#undef EW

/* End of the word starting at i. Most words are ASCII letters and digits up
 * to a space or a punctuation mark that cannot be inside a word: that run is
 * measured eight bytes at a time here, and anything else goes the general
 * way. */
static inline size_t word_end(const char *s, size_t i, size_t end)
{
    size_t j = i, k = 8;
    while (k == 8 && j + 8 <= end) {
        k = citep_alnum8(s + j);
        j += k;
    }
    if (k == 8)
        return word_end_from(s, i, j, end);
    /* j < end: the run stopped before it ("A/S", "1,100" go the general way) */
    bool inner = s[j] == '/' || s[j] == ':' ||
                 (s[j] == ',' && j > i && s[j - 1] >= '0' && s[j - 1] <= '9');
    return ends_word[(unsigned char)s[j]] && !inner ? j : word_end_from(s, i, j, end);
}

static unsigned char punct_char(int32_t cp)
{
    if (cp < 0x80)
        return (unsigned char)cp;
    if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212)
        return '-';
    return '*';
}

static int quote_kind(int32_t cp)
{
    if (cp == 0x201C || cp == 0x201E || cp == 0x00AB)
        return TK_QOPEN;
    if (cp == 0x201D || cp == 0x00BB)
        return TK_QCLOSE;
    if (cp == '"')
        return -2; /* decided when pairing */
    return -1;
}

/* Byte classes of the scan: ASCII white space, letters and digits, other
 * ASCII; 0 for the bytes of a multi-byte character (and for NUL, which is
 * punctuation either way, decoded as itself). */
enum { B_OTHER = 0, B_SPACE, B_ALNUM, B_PUNCT };
static const unsigned char byte_class[256] = {
    ['\t'] = B_SPACE, ['\n'] = B_SPACE, ['\v'] = B_SPACE, ['\f'] = B_SPACE, ['\r'] = B_SPACE,
    [' '] = B_SPACE,
    ['!'] = B_PUNCT, ['"'] = B_PUNCT, ['#'] = B_PUNCT, ['$'] = B_PUNCT, ['%'] = B_PUNCT,
    ['&'] = B_PUNCT, ['\''] = B_PUNCT, ['('] = B_PUNCT, [')'] = B_PUNCT, ['*'] = B_PUNCT,
    ['+'] = B_PUNCT, [','] = B_PUNCT, ['-'] = B_PUNCT, ['.'] = B_PUNCT, ['/'] = B_PUNCT,
    [':'] = B_PUNCT, [';'] = B_PUNCT, ['<'] = B_PUNCT, ['='] = B_PUNCT, ['>'] = B_PUNCT,
    ['?'] = B_PUNCT, ['@'] = B_PUNCT, ['['] = B_PUNCT, ['\\'] = B_PUNCT, [']'] = B_PUNCT,
    ['^'] = B_PUNCT, ['_'] = B_PUNCT, ['`'] = B_PUNCT, ['{'] = B_PUNCT, ['|'] = B_PUNCT,
    ['}'] = B_PUNCT, ['~'] = B_PUNCT, [0x7F] = B_PUNCT,
    [1] = B_PUNCT, [2] = B_PUNCT, [3] = B_PUNCT, [4] = B_PUNCT, [5] = B_PUNCT, [6] = B_PUNCT,
    [7] = B_PUNCT, [8] = B_PUNCT, [14] = B_PUNCT, [15] = B_PUNCT, [16] = B_PUNCT,
    [17] = B_PUNCT, [18] = B_PUNCT, [19] = B_PUNCT, [20] = B_PUNCT, [21] = B_PUNCT,
    [22] = B_PUNCT, [23] = B_PUNCT, [24] = B_PUNCT, [25] = B_PUNCT, [26] = B_PUNCT,
    [27] = B_PUNCT, [28] = B_PUNCT, [29] = B_PUNCT, [30] = B_PUNCT, [31] = B_PUNCT,
    ['0'] = B_ALNUM, ['1'] = B_ALNUM, ['2'] = B_ALNUM, ['3'] = B_ALNUM, ['4'] = B_ALNUM,
    ['5'] = B_ALNUM, ['6'] = B_ALNUM, ['7'] = B_ALNUM, ['8'] = B_ALNUM, ['9'] = B_ALNUM,
    ['A'] = B_ALNUM, ['B'] = B_ALNUM, ['C'] = B_ALNUM, ['D'] = B_ALNUM, ['E'] = B_ALNUM,
    ['F'] = B_ALNUM, ['G'] = B_ALNUM, ['H'] = B_ALNUM, ['I'] = B_ALNUM, ['J'] = B_ALNUM,
    ['K'] = B_ALNUM, ['L'] = B_ALNUM, ['M'] = B_ALNUM, ['N'] = B_ALNUM, ['O'] = B_ALNUM,
    ['P'] = B_ALNUM, ['Q'] = B_ALNUM, ['R'] = B_ALNUM, ['S'] = B_ALNUM, ['T'] = B_ALNUM,
    ['U'] = B_ALNUM, ['V'] = B_ALNUM, ['W'] = B_ALNUM, ['X'] = B_ALNUM, ['Y'] = B_ALNUM,
    ['Z'] = B_ALNUM,
    ['a'] = B_ALNUM, ['b'] = B_ALNUM, ['c'] = B_ALNUM, ['d'] = B_ALNUM, ['e'] = B_ALNUM,
    ['f'] = B_ALNUM, ['g'] = B_ALNUM, ['h'] = B_ALNUM, ['i'] = B_ALNUM, ['j'] = B_ALNUM,
    ['k'] = B_ALNUM, ['l'] = B_ALNUM, ['m'] = B_ALNUM, ['n'] = B_ALNUM, ['o'] = B_ALNUM,
    ['p'] = B_ALNUM, ['q'] = B_ALNUM, ['r'] = B_ALNUM, ['s'] = B_ALNUM, ['t'] = B_ALNUM,
    ['u'] = B_ALNUM, ['v'] = B_ALNUM, ['w'] = B_ALNUM, ['x'] = B_ALNUM, ['y'] = B_ALNUM,
    ['z'] = B_ALNUM};

/* Does the apostrophe at s[i] open a name ("'Ana Vainikolo")? After a space
 * or at the start, before a capital vowel, lower-case letters, one space and
 * a capital letter. */
static bool okina_name(const char *s, size_t i, size_t end)
{
    if ((i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n') || i + 4 >= end ||
        !memchr("AEIOU", s[i + 1], 5) || s[i + 1] == '\0')
        return false;
    size_t j = i + 2;
    while (j < end && j < i + 24 && s[j] >= 'a' && s[j] <= 'z')
        j++;
    return j > i + 2 && j + 1 < end && s[j] == ' ' && s[j + 1] >= 'A' && s[j + 1] <= 'Z';
}

/* The token at s[i] (not white space) into *tk; returns false when the
 * character there is white space after all (a non-ASCII space). */
static bool token_at(const char *s, size_t i, size_t end, struct tok *tk, bool *quotes)
{
    int32_t cp;
    unsigned char b = (unsigned char)s[i];
    tk->s = i;
    tk->pair = -1;
    tk->cap = tk->end = 0;
    if (byte_class[b] == B_ALNUM) { /* most tokens: an ASCII word */
        tk->kind = TK_WORD;
        tk->ch = 0;
        tk->e = word_end(s, i, end);
        tk->cap = b >= 'A' && b <= 'Z';
        /* "el-Sayed", "al-Hajj": the article joined to an Arabic surname is
         * written in lower case, but the word is a name all the same */
        if (!tk->cap && tk->e - i > 4 && s[i + 2] == '-' && s[i + 3] >= 'A' &&
            s[i + 3] <= 'Z' && (b == 'a' || b == 'e') && s[i + 1] == 'l')
            tk->cap = 1;
        return true;
    }
    /* "'Ana Vainikolo", "'Otai Fifita": a Polynesian name that opens with a
     * glottal stop, typed as an apostrophe before a capital vowel; only
     * before a second capitalised word, so a quote in single marks ('Our
     * town is ...') stays punctuation */
    if (b == '\'' && okina_name(s, i, end)) {
        tk->kind = TK_WORD;
        tk->ch = 0;
        tk->e = word_end(s, i + 1, end);
        tk->cap = 1;
        return true;
    }
    if (b < 0x80) { /* ASCII punctuation: itself, or a straight quote */
        tk->e = i + 1;
        tk->kind = b == '"' ? TK_QOPEN : TK_PUNCT;
        tk->ch = b;
        *quotes = *quotes || b == '"';
        return true;
    }
    size_t k = dec(s, i, end, &cp);
    if (space_cp(cp)) {
        tk->e = i + k;
        return false;
    }
    tk->e = i + k;
    tk->ch = 0;
    if (word_cp(cp)) {
        tk->kind = TK_WORD;
        tk->e = word_end(s, i, end);
        utf8proc_category_t cat = utf8proc_category(cp);
        tk->cap = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
        /* "ʻAna": the ʻokina before a capital letter */
        if (cp == 0x02BB && i + k < end && s[i + k] >= 'A' && s[i + k] <= 'Z')
            tk->cap = 1;
    } else {
        int q = quote_kind(cp);
        tk->kind = q == -1 ? TK_PUNCT : (unsigned char)q;
        *quotes = *quotes || q != -1;
        tk->ch = punct_char(cp);
    }
    return true;
}

static cite_status scan(struct toks *t, const char *s, size_t start, size_t end,
                        bool *quotes)
{
    size_t i = start;
    while (i < end) {
        if (byte_class[(unsigned char)s[i]] == B_SPACE) {
            i++;
            continue;
        }
        /* the reserve call only when full: a paragraph pushes thousands */
        if (t->n >= t->cap && citep_vec_reserve((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v))
            return CITE_ENOMEM;
        struct tok *tk = &t->v[t->n];
        t->n += token_at(s, i, end, tk, quotes);
        i = tk->e;
        if (i < end && s[i] == ' ') /* the one blank after most tokens */
            i++;
    }
    return CITE_OK;
}

/* Pair quote marks: straight quotes alternate, a new opening drops an unclosed one. */
static void pair_quotes(struct toks *t)
{
    long open = -1;
    for (size_t i = 0; i < t->n; i++) {
        struct tok *k = &t->v[i];
        if (k->kind != TK_QOPEN && k->kind != TK_QCLOSE)
            continue;
        if (k->ch == '"')
            k->kind = open >= 0 ? TK_QCLOSE : TK_QOPEN;
        if (k->kind == TK_QOPEN) {
            open = (long)i;
        } else if (open >= 0) {
            k->pair = open;
            t->v[open].pair = (long)i;
            open = -1;
        }
    }
}

static bool speech_word(const struct toks *t, const char *s, size_t i)
{
    static const char *const w[] = {"said", "says", "told", "added", "asked", "wrote",
                                    "replied", "continued", "explained", "noted",
                                    "insisted", "stated", "warned", "recalled"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (i < t->n && citep_attr_tok_is(t, s, i, w[k]))
            return true;
    return false;
}

/* Sentence ends: . ! ? outside quotes; a closing quote after . ! ? unless the
 * speaker follows ("... win.” Li said."). */
static void mark_ends(struct toks *t, const char *s)
{
    size_t close = 0; /* tokens before this index are outside the current pair */
    for (size_t i = 0; i < t->n; i++) {
        struct tok *k = &t->v[i];
        if (k->kind == TK_QOPEN && k->pair > (long)i)
            close = (size_t)k->pair;
        bool inside = i < close;
        if (k->kind == TK_PUNCT && !inside && (k->ch == '.' || k->ch == '!' || k->ch == '?'))
            k->end = 1;
        if (k->kind == TK_QCLOSE && k->pair >= 0 && i > 0 && t->v[i - 1].kind == TK_PUNCT &&
            (t->v[i - 1].ch == '.' || t->v[i - 1].ch == '!' || t->v[i - 1].ch == '?')) {
            bool next_cap = i + 1 < t->n && t->v[i + 1].kind == TK_WORD && t->v[i + 1].cap;
            bool speaker = speech_word(t, s, i + 2) || speech_word(t, s, i + 3) ||
                           speech_word(t, s, i + 1);
            k->end = (i + 1 == t->n || next_cap || t->v[i + 1].kind == TK_QOPEN) && !speaker;
        }
    }
}

cite_status citep_tokenize(struct toks *t, const char *text, size_t start, size_t end)
{
    bool quotes = false;
    t->n = 0;
    cite_status rc = scan(t, text, start, end, &quotes);
    if (rc)
        return rc;
    if (quotes) /* else no mark to pair: a pass saved */
        pair_quotes(t);
    mark_ends(t, text);
    return CITE_OK;
}

bool citep_attr_tok_is(const struct toks *t, const char *text, size_t i, const char *w)
{
    const struct tok *k = &t->v[i];
    if (k->kind != TK_WORD)
        return false;
    const char *s = text + k->s;
    size_t n = k->e - k->s, j = 0;
    for (size_t p = 0; p < n; p++, j++) {
        unsigned char ch = (unsigned char)s[p];
        if (ch == 0xE2 && p + 2 < n && (unsigned char)s[p + 1] == 0x80 &&
            (unsigned char)s[p + 2] == 0x99) {
            ch = '\'';
            p += 2;
        }
        if (!w[j] || (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != w[j])
            return false;
    }
    return w[j] == '\0';
}
