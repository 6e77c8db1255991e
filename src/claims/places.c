/*
 * places.c - place claims: the longest run of capitalised words (or the
 * words of one hashtag) that names a gazetteer entry, plus coordinated plural
 * forms ("the Seas of Japan and East China", "the Black and Caspian seas"),
 * which name each sea in turn. A dateline ("BEIJING, CHINA —") is where the
 * reporter filed from, not a fact of the story, so it is skipped.
 */
#include "claims_int.h"

#include <stdio.h>
#include <string.h>

#define PLACE_MAX_WORDS 6
#define NAME_MAX 160

static const char *const LOCATIVE[] = {"in", "at", "near", "from", "to", "outside", "over",
                                       "off", "into", "across", "toward", "towards", "through",
                                       "via", "inside", "around", "entered", "reached", NULL};
static const char *const PLACE_NOUN[] = {"port", "city", "town", "region", "province",
                                         "coast", "waters", "village", "capital", "harbour",
                                         "harbor", "island", "district", "state", NULL};

/* A compass direction before "of" places the story by that place ("in the
 * hills north of Santa Clarita", "20 km south-east of Lyon"). */
static const char *const DIRECTION[] = {"north", "south", "east", "west", "north-east",
                                        "north-west", "south-east", "south-west", "northeast",
                                        "northwest", "southeast", "southwest", NULL};

CITEP_WORDSET(locative_set, LOCATIVE, 64);
/* The same words in the languages of posts not in English, read only there:
 * "förvaltningsrätten i Umeå", "en Bariloche", "w Rzeszowie", "v Plzni",
 * "di Balikpapan", "à San-Pedro". */
static const char *const LOCATIVE_FOREIGN[] = {
    "i", "en", "à", "au", "aux", "dans", "près", "vers", "im", "bei", "nach", "aus", "nel",
    "nella", "a", "da", "em", "no", "na", "nos", "nas", "w", "we", "v", "ve", "di", "ke",
    "dari", "på", "från", "til", "fra", "hacia", "desde", "cerca", "sur", NULL};
CITEP_WORDSET(locative_foreign_set, LOCATIVE_FOREIGN, 128);
CITEP_WORDSET(place_noun_set, PLACE_NOUN, 32);
CITEP_WORDSET(direction_set, DIRECTION, 32);

/* Does a locative word precede token k ("in the", "from the port of", "north of")? */
bool citep_locative_before(const struct citep_cx *cx, size_t k)
{
    size_t j = k;
    if (j > 0 && CITEP_LW_IS(&cx->t.v[j - 1], "the"))
        j--;
    if (j >= 2 && CITEP_LW_IS(&cx->t.v[j - 1], "of") && !(cx->t.v[j - 2].fl & T_BREAK) &&
        citep_tok_in(&direction_set, &cx->t.v[j - 2]))
        return true;
    if (j >= 2 && CITEP_LW_IS(&cx->t.v[j - 1], "of") &&
        citep_tok_in(&place_noun_set, &cx->t.v[j - 2])) {
        j -= 2;
        if (j > 0 && CITEP_LW_IS(&cx->t.v[j - 1], "the"))
            j--;
    }
    return j > 0 && (citep_tok_in(&locative_set, &cx->t.v[j - 1]) ||
                     (cx->foreign && cx->embed >= 0 &&
                      citep_tok_in(&locative_foreign_set, &cx->t.v[j - 1])));
}

/* Join tokens [k, k+len) with single spaces; false when they do not belong
 * together (a break between them, or different hashtags). */
static bool join(const struct citep_cx *cx, size_t k, size_t len, char *out, size_t n)
{
    size_t i, o = 0;
    for (i = k; i < k + len; i++) {
        const struct citep_tok *t = &cx->t.v[i];
        if (i > k) {
            const struct citep_tok *p = &cx->t.v[i - 1];
            if ((p->fl & T_BREAK) || p->tag != t->tag)
                return false;
            out[o++] = ' ';
        }
        if (o + t->olen + 2 > n)
            return false;
        memcpy(out + o, t->o, t->olen);
        o += t->olen;
    }
    out[o] = '\0';
    return true;
}

static cite_status add_place(struct citep_cx *cx, const struct citep_gaz_entry *e, size_t s,
                             size_t end, bool loc)
{
    char kind = e->kind == 't' ? 'c' : e->kind; /* once taken, a town is a city */
    return citep_claim_add(cx, CITE_CLAIM_PLACE, citep_gaz_name(e), citep_gaz_canon(e), s, end,
                           (double)kind, loc ? 1 : 0, NULL);
}

/* Generic plural words and the singular used to name each member. */
static const char *const GENERIC[] = {"seas", "straits", "gulfs", "oceans", "rivers",
                                      "lakes", "bays", NULL};
static const char *const GENERIC_SING[] = {"Sea", "Strait", "Gulf", "Ocean", "River",
                                           "Lake", "Bay", NULL};
CITEP_WORDSET(generic_set, GENERIC, 16);

static const char *generic_singular(const struct citep_tok *t)
{
    unsigned k;
    if (t->lwn < 4 || t->lw[t->lwn - 1] != 's') /* every generic word is a plural */
        return NULL;
    k = citep_wordset_find(&generic_set, t->lw, t->lwn);
    return k ? GENERIC_SING[k - 1] : NULL;
}

/* Try "<Sing> of NAME" then "NAME <Sing>" for tokens [k, k+len). */
static const struct citep_gaz_entry *member(const struct citep_cx *cx, const char *sing,
                                            size_t k, size_t len)
{
    char name[NAME_MAX], full[NAME_MAX + 16];
    const struct citep_gaz_entry *e;
    if (len == 0 || !join(cx, k, len, name, sizeof name))
        return NULL;
    snprintf(full, sizeof full, "%s of %s", sing, name);
    if ((e = citep_gaz_find(cx->g, full, strlen(full))) != NULL)
        return e;
    snprintf(full, sizeof full, "%s %s", name, sing);
    if ((e = citep_gaz_find(cx->g, full, strlen(full))) != NULL)
        return e;
    snprintf(full, sizeof full, "%s %s", sing, name);
    return citep_gaz_find(cx->g, full, strlen(full));
}

static size_t cap_run(const struct citep_cx *cx, size_t k)
{
    size_t e = k;
    while (e < cx->t.n && (cx->t.v[e].fl & T_CAP) && e - k < PLACE_MAX_WORDS) {
        e++;
        if (cx->t.v[e - 1].fl & T_BREAK)
            break;
    }
    return e;
}

/* "Seas of X and Y": returns the token after the phrase, or 0. */
static size_t plural_after(struct citep_cx *cx, size_t k, cite_status *rc)
{
    const char *sing = generic_singular(&cx->t.v[k]);
    size_t x0, x1, y0, y1;
    const struct citep_gaz_entry *ex, *ey;
    bool loc;
    if (!sing || !(cx->t.v[k].fl & T_CAP) || k + 4 >= cx->t.n ||
        !CITEP_LW_IS(&cx->t.v[k + 1], "of"))
        return 0;
    x0 = k + 2;
    x1 = x0;
    while (x1 < cx->t.n && (cx->t.v[x1].fl & T_CAP) && !CITEP_LW_IS(&cx->t.v[x1], "and"))
        x1++;
    if (x1 >= cx->t.n || !CITEP_LW_IS(&cx->t.v[x1], "and"))
        return 0;
    y0 = x1 + 1;
    y1 = cap_run(cx, y0);
    ex = member(cx, sing, x0, x1 - x0);
    ey = member(cx, sing, y0, y1 - y0);
    if (!ex || !ey)
        return 0;
    loc = citep_locative_before(cx, k);
    *rc = add_place(cx, ex, cx->t.v[k].s, cx->t.v[x1 - 1].e, loc);
    if (*rc == CITE_OK)
        *rc = add_place(cx, ey, cx->t.v[k].s, cx->t.v[y1 - 1].e, loc);
    return y1;
}

/* "the Black and Caspian seas": returns the token after the phrase, or 0. */
static size_t plural_before(struct citep_cx *cx, size_t k, cite_status *rc)
{
    size_t x1 = k, y0, y1;
    const char *sing;
    const struct citep_gaz_entry *ex, *ey;
    bool loc;
    while (x1 < cx->t.n && (cx->t.v[x1].fl & T_CAP) && x1 - k < 3)
        x1++;
    if (x1 == k || x1 >= cx->t.n || !CITEP_LW_IS(&cx->t.v[x1], "and"))
        return 0;
    y0 = x1 + 1;
    y1 = y0;
    while (y1 < cx->t.n && (cx->t.v[y1].fl & T_CAP) && y1 - y0 < 3 &&
           !generic_singular(&cx->t.v[y1]))
        y1++;
    if (y1 == y0 || y1 >= cx->t.n || !(sing = generic_singular(&cx->t.v[y1])))
        return 0;
    ex = member(cx, sing, k, x1 - k);
    ey = member(cx, sing, y0, y1 - y0);
    if (!ex || !ey)
        return 0;
    loc = citep_locative_before(cx, k);
    *rc = add_place(cx, ex, cx->t.v[k].s, cx->t.v[y1].e, loc);
    if (*rc == CITE_OK)
        *rc = add_place(cx, ey, cx->t.v[y0].s, cx->t.v[y1].e, loc);
    return y1 + 1;
}

/* Does token t open with a letter of a script other than Latin (Greek,
 * Cyrillic, Hebrew, Arabic, Indic, Thai, Georgian, CJK, Hangul)? No English
 * word is written so, and a name in such a script needs no capital or
 * locative word to be taken for the place the gazetteer names so. */
static bool other_script(const struct citep_tok *t)
{
    const unsigned char *o = (const unsigned char *)t->o;
    if (t->olen < 2 || o[0] < 0xCD || o[0] == 0xE2 || o[0] >= 0xEE)
        return false;
    return !(o[0] == 0xE1 && t->olen >= 3 && o[1] >= 0xB8); /* Latin and Greek extended */
}

/* Does the script of token t write no capitals (Arabic, Hebrew, CJK...)? */
static bool caseless(const struct citep_tok *t)
{
    const unsigned char *o = (const unsigned char *)t->o;
    return other_script(t) && !(o[0] >= 0xCD && o[0] <= 0xD5); /* Greek to Armenian */
}

/* Can token t be a word of a place's name: capitalised, a hashtag word, or of
 * a script without capitals? */
static bool name_like(const struct citep_tok *t)
{
    return (t->fl & (T_CAP | T_HASH)) || caseless(t);
}

/* Longest gazetteer name starting at token k; returns its length in tokens.
 * The words are joined one at a time while some name goes on past them, so a
 * capitalised word that starts no longer name costs one lookup. */
static size_t longest(const struct citep_cx *cx, size_t k,
                      const struct citep_gaz_entry **out)
{
    char name[NAME_MAX];
    size_t end[PLACE_MAX_WORDS + 1], len, max = PLACE_MAX_WORDS, o = 0;
    /* entries of the shorter names, met while asking whether a name goes on */
    const struct citep_gaz_entry *found[PLACE_MAX_WORDS + 1];
    bool known[PLACE_MAX_WORDS + 1] = {false}, starts;
    if (k + max > cx->t.n)
        max = cx->t.n - k;
    for (len = 1; len <= max; len++) { /* as join() would build each length */
        const struct citep_tok *t = &cx->t.v[k + len - 1];
        if (len > 1) {
            const struct citep_tok *p = t - 1;
            if ((p->fl & T_BREAK) || p->tag != t->tag)
                break;
            found[len - 1] = citep_gaz_lookup(cx->g, name, o, &starts);
            known[len - 1] = true;
            if (!starts)
                break;
            name[o++] = ' ';
        }
        if (o + t->olen + 2 > sizeof name)
            break;
        memcpy(name + o, t->o, t->olen);
        o += t->olen;
        end[len] = o;
    }
    for (len--; len > 0; len--) {
        const struct citep_tok *last = &cx->t.v[k + len - 1];
        const struct citep_gaz_entry *e;
        if (!name_like(last) && len > 1)
            continue; /* names end in a capitalised word ("Sea of Japan") */
        e = known[len] ? found[len] : citep_gaz_find(cx->g, name, end[len]);
        if (e != NULL) {
            *out = e;
            return len;
        }
    }
    return 0;
}

size_t citep_town_at(const struct citep_cx *cx, size_t k, const struct citep_gaz_entry **out)
{
    const struct citep_tok *t = &cx->t.v[k];
    char name[NAME_MAX];
    size_t len, min = 1;
    if (!cx->g || !name_like(t) || !citep_gaz_may_start(cx->g, t->key))
        return 0;
    if (t->fl & T_HASH) { /* a whole hashtag: "#Dover", never the tail of "#ClimateChange" */
        if (k > 0 && cx->t.v[k - 1].tag == t->tag)
            return 0;
        for (len = 1; k + len < cx->t.n && cx->t.v[k + len].tag == t->tag; len++)
            ;
        min = len;
    } else if (other_script(t)) { /* "زالنجي", "Νέα Φιλαδέλφεια": no English words */
        for (len = 1; k + len < cx->t.n && len < PLACE_MAX_WORDS &&
                      !(cx->t.v[k + len - 1].fl & T_BREAK) && other_script(&cx->t.v[k + len]);)
            len++;
    } else if (!citep_locative_before(cx, k)) {
        return 0;
    } else {
        len = cap_run(cx, k) - k;
    }
    for (; len >= min && len > 0 && len <= PLACE_MAX_WORDS; len--)
        if (join(cx, k, len, name, sizeof name) &&
            (*out = citep_gaz_find_town(cx->g, name, strlen(name))) != NULL)
            return len;
    return 0;
}

/* Index of the first token after the dateline dash, or 0. */
static size_t dateline_end(const struct citep_cx *cx)
{
    size_t k;
    const char *s = cx->d->text.s;
    for (k = 0; k < cx->t.n && k < 8; k++) {
        size_t e = cx->t.v[k].e;
        if (!(cx->t.v[k].fl & T_ALLCAPS))
            return 0;
        while (e < cx->d->text.len && (s[e] == ' ' || s[e] == ','))
            e++;
        bool dash3 = e + 3 <= cx->d->text.len &&
                     (!memcmp(s + e, "\xE2\x80\x94", 3) || !memcmp(s + e, "\xE2\x80\x93", 3));
        if ((e < cx->d->text.len && s[e] == '-') || dash3)
            return k + 1;
    }
    return 0;
}

static const char *const QUAL[] = {"north", "south", "east", "west", "northern",
                                   "southern", "eastern", "western", "central", "greater",
                                   "inner", "outer", "upper", "lower", "downtown",
                                   "north-east", "north-west", "south-east", "south-west",
                                   "northeast", "northwest", "southeast", "southwest",
                                   "metropolitan", NULL};
CITEP_WORDSET(qual_set, QUAL, 64);

/* Words that make a place name the name of a site in that place: "Brisbane
 * Airport" is in Brisbane, where "the Moscow Times" is not a mention of Moscow. */
static const char *const SITE[] = {"airport", "port", "harbour", "harbor", "station",
                                   "county", "province", "region", "district", "bay",
                                   "coast", "valley", "docks", "terminal", NULL};
CITEP_WORDSET(site_set, SITE, 32);

/* Does a capitalised word that opens no sentence run straight into token k?
 * Then the gazetteer name is the tail of a longer name ("Temple Meads",
 * "Fort Worth Road"), unless that word only qualifies the place ("North",
 * "Central", "Greater"). */
static bool tail_of_name(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *p;
    if (k == 0 || (cx->t.v[k].fl & T_HASH))
        return false;
    p = &cx->t.v[k - 1];
    return (p->fl & T_CAP) && !(p->fl & (T_SENT | T_HASH | T_BREAK)) && !citep_tok_in(&qual_set, p) &&
           !(p->fl & T_STOP);
}

/* "#Maribor" split into words the article does not use ("Mari bor"): the
 * hashtag as written may still name a place. Tokens from k of one hashtag of
 * two or more words; their number, or 0. */
static size_t whole_hashtag(const struct citep_cx *cx, size_t k,
                            const struct citep_gaz_entry **out)
{
    const struct citep_tok *t = &cx->t.v[k];
    size_t len = 1;
    if (!(t->fl & T_HASH) || (k > 0 && cx->t.v[k - 1].tag == t->tag))
        return 0;
    while (k + len < cx->t.n && cx->t.v[k + len].tag == t->tag)
        len++;
    if (len < 2 || t->e - t->s < 3)
        return 0;
    const char *raw = cx->d->text.s + t->s + 1;
    size_t n = t->e - t->s - 1;
    if ((*out = citep_gaz_find(cx->g, raw, n)) != NULL)
        return len;
    /* a town only when its pieces are no plausible English words: "#Wayland"
     * ("way land") is as often software as a small town; "#Maribor" ("ma rib
     * or") is a town */
    for (size_t i = k; i < k + len; i++)
        if (cx->t.v[i].lwn <= 2 || citep_word_rank(cx->g, cx->t.v[i].lw) >= CITEP_KNOWN_WORDS)
            return (*out = citep_gaz_find_town(cx->g, raw, n)) != NULL ? len : 0;
    return 0;
}

/* In a post in another language, a one-word hashtag in lower case ("#yol",
 * "#kaza") is mostly a common word of that language that happens to spell a
 * town somewhere; a place tag is written with its capital ("#Sfax"). */
static bool common_foreign_tag(const struct citep_cx *cx, size_t k, size_t len)
{
    const struct citep_tok *t = &cx->t.v[k];
    const char *s = cx->d->text.s;
    return cx->foreign && (t->fl & T_HASH) && len == 1 &&
           (k + 1 >= cx->t.n || cx->t.v[k + 1].tag != t->tag) && t->e > t->s + 1 &&
           s[t->s] == '#' && s[t->s + 1] >= 'a' && s[t->s + 1] <= 'z';
}

/* Lower-case particles that join a name to more of it: "Valle del Sol",
 * "Cerro de Pasco". */
static const char *const NAME_PARTICLE[] = {"de", "del", "della", "da", "do", "di", "du",
                                            "des", "dos", "das", "la", "le", NULL};
CITEP_WORDSET(name_particle_set, NAME_PARTICLE, 32);

/* Does a particle and a capitalised word follow at token k, the name before
 * it running on? */
static bool particle_name(const struct citep_cx *cx, size_t k)
{
    return k > 0 && k + 1 < cx->t.n && !(cx->t.v[k - 1].fl & (T_BREAK | T_HASH)) &&
           !(cx->t.v[k].fl & (T_CAP | T_BREAK | T_HASH)) &&
           citep_tok_in(&name_particle_set, &cx->t.v[k]) && (cx->t.v[k + 1].fl & T_CAP) &&
           !(cx->t.v[k + 1].fl & T_HASH);
}

/* Is the city's name at tokens [k, k + len) a vessel's or craft's: "the
 * Aurora" (a city takes no article), "Manta 10-01" (a code after it)? */
bool citep_place_designation(const struct citep_cx *cx, size_t k, size_t len, char kind)
{
    const struct citep_tok *next = k + len < cx->t.n ? &cx->t.v[k + len] : NULL;
    if (kind != 'c' && kind != 't')
        return false;
    if (next && !(cx->t.v[k + len - 1].fl & T_BREAK) && next->olen >= 3 && next->o[0] >= '0' &&
        next->o[0] <= '9' && memchr(next->o, '-', next->olen))
        return true;
    if (len != 1 || k == 0 || !CITEP_LW_IS(&cx->t.v[k - 1], "the") ||
        (cx->t.v[k - 1].fl & (T_BREAK | T_CAP)))
        return false;
    /* not where the name qualifies a noun after it ("the Wroclaw run-off",
     * "the Brisbane airport"): the clause ends, or a function word or a verb
     * in the past follows ("the Aurora reached the boat") */
    return !next || (cx->t.v[k].fl & T_BREAK) || (next->fl & T_STOP) ||
           (next->lwn > 3 && !memcmp(next->lw + next->lwn - 2, "ed", 2));
}

static bool designation(const struct citep_cx *cx, size_t k, size_t len,
                        const struct citep_gaz_entry *e)
{
    return e && !(cx->t.v[k].fl & T_HASH) && citep_place_designation(cx, k, len, e->kind);
}

/* Is token k a piece of a hashtag the segmenter could only split by leaving a
 * lone letter at its end ("#DerbyKrakowa" as "Derby Krakow a")? Then the tag is
 * an inflected word of another language, and its pieces are no words of it. */
static bool inflected_tag(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    size_t e = k;
    if (!(t->fl & T_HASH))
        return false;
    while (e + 1 < cx->t.n && cx->t.v[e + 1].tag == t->tag && (cx->t.v[e + 1].fl & T_HASH))
        e++;
    const struct citep_tok *last = &cx->t.v[e];
    return (e > k || (k > 0 && cx->t.v[k - 1].tag == t->tag)) && last->olen == 1 &&
           ((last->o[0] | 32) >= 'a' && (last->o[0] | 32) <= 'z');
}

cite_status citep_find_places(struct citep_cx *cx, bool dateline)
{
    size_t k = dateline ? dateline_end(cx) : 0;
    cite_status rc = CITE_OK;
    if (!cx->g)
        return CITE_OK;
    while (k < cx->t.n && rc == CITE_OK) {
        const struct citep_tok *t = &cx->t.v[k];
        const struct citep_gaz_entry *e = NULL;
        size_t len, next;
        if (!name_like(t)) {
            k++;
            continue;
        }
        if ((next = plural_after(cx, k, &rc)) != 0 || rc != CITE_OK ||
            (next = plural_before(cx, k, &rc)) != 0 || rc != CITE_OK) {
            k = next ? next : k + 1;
            continue;
        }
        if ((len = whole_hashtag(cx, k, &e)) != 0) {
            rc = add_place(cx, e, t->s, t->e, false);
            k += len;
            continue;
        }
        if (inflected_tag(cx, k)) {
            k++; /* "#DerbyKrakowa" as "Derby Krakow a": no piece is a place */
            continue;
        }
        len = citep_gaz_may_start(cx->g, t->key) ? longest(cx, k, &e) : 0;
        if (!len)
            len = citep_town_at(cx, k, &e);
        if (!len || !name_like(t)) {
            k++;
            continue;
        }
        if (common_foreign_tag(cx, k, len)) {
            k += len;
            continue;
        }
        if (k + len < cx->t.n && !(t->fl & T_HASH) && (cx->t.v[k + len].fl & T_CAP) &&
            !(cx->t.v[k + len].fl & T_HASH) && !(cx->t.v[k + len - 1].fl & T_BREAK) &&
            !citep_tok_in(&site_set, &cx->t.v[k + len])) {
            k += len + 1; /* part of a longer name: "the Moscow Times" */
            continue;
        }
        if (designation(cx, k, len, e)) {
            k += len; /* "the Aurora", "aereo Manta 10-01": a ship's or craft's name */
            continue;
        }
        if (k + len < cx->t.n && (cx->t.v[k + len - 1].fl & T_BREAK) &&
            cx->t.v[k + len - 1].e + 1 == cx->t.v[k + len].s &&
            cx->d->text.s[cx->t.v[k + len - 1].e] == '/' && (cx->t.v[k + len].fl & T_CAP) &&
            !(t->fl & T_HASH)) {
            k += len; /* "Bodø/Glimt": one name, a club */
            continue;
        }
        if (particle_name(cx, k + len)) {
            k += len + 1; /* "Valle del Sol": the head of a longer name */
            continue;
        }
        if (tail_of_name(cx, k)) {
            k += len; /* "Temple Meads": the end of a longer name */
            continue;
        }
        rc = add_place(cx, e, t->s, cx->t.v[k + len - 1].e, citep_locative_before(cx, k));
        k += len;
    }
    return rc;
}
