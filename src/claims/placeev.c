/*
 * placeev.c - places the gazetteer does not know, from what the document says
 * of them. A village, a beach or a lagoon is too small for the gazetteer, but
 * the article shows it is a place: "the village of Kettlewell", "the Fangassier
 * lagoon", "hospitals in Mullingar and Tullamore", the dateline "KETTLEWELL,
 * North Yorkshire —". Each such name is noted while the paragraphs are read;
 * at the end, entity claims with a noted name become place claims, post
 * hashtags that spell one become place claims, and a place a post names is
 * looked for in the body by name.
 *
 * Evidence is strong (one is enough) or weak ("at Goodwood", "#Goodwood": two
 * of different sorts are needed, since "at Google" and "#Google" are no place).
 */
#include "claims_int.h"
#include "strtab.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define EV_STRONG 1u
#define EV_AT 2u  /* after "at" or "from" */
#define EV_TAG 4u /* a whole hashtag of a post */
#define EV_MAX_WORDS 4
#define EV_MAX_NAMES 4096 /* per document; later evidence is not noted */
#define EV_CHAIN 8        /* names in one list ("in A, B and C") */

struct ev_tag {
    int embed;
    size_t s, e; /* the hashtag in d->text, '#' included */
};

struct ev_joined {
    const char *joined, *name; /* "LoganLake", "Logan Lake" */
    size_t len;                /* of joined */
};

/* "Kirkwall and Sumburgh services" in a post: a name listed after another,
 * a place if the other proves one once the body is read. */
struct ev_pair {
    const char *prev, *name;
};
#define EV_MAX_PAIRS 64 /* per document */

struct citep_placeev {
    struct citep_strtab names; /* ASCII case-insensitive: datelines are in capitals */
    CITEP_VEC(struct ev_tag) tags;
    CITEP_VEC(struct ev_tag) inflected; /* words of posts not in English (see inflected_places) */
    CITEP_VEC(struct ev_joined) joined;
    CITEP_VEC(struct ev_pair) pairs;
    size_t cap; /* names the table has room for */
};

/* "the village of X" */
static const char *const PLACE_OF[] = {
    "village", "town", "city", "hamlet", "port", "suburb", "municipality", "commune",
    "parish", "island", "resort", "district", "county", "region", "province", "borough",
    "neighbourhood", "neighborhood", "settlement", "outskirts", "township", "villages",
    "towns", "cities", "hamlets", "ports", "suburbs", "islands", "districts", "counties",
    "municipalities", "communes", "parishes", "resorts", "regions", "provinces",
    /* "residents of Saburtalo": those who live there */
    "residents", "inhabitants", NULL};
/* "the Reykjanes peninsula", "the Kendal area" */
static const char *const FEATURE_AFTER[] = {
    "lagoon", "peninsula", "island", "islands", "valley", "river", "beach", "bay",
    "glacier", "volcano", "estuary", "delta", "harbour", "harbor", "gorge", "reservoir",
    "marsh", "marshes", "wetlands", "forest", "coast", "area", "region", "district",
    "municipality", "village", "villages", "town", "suburb", "lake", "creek", "stream",
    "canal", "port", "springs", "terminal", "terminals", "docks", NULL};
/* "Gatun Lake", "Fistral Beach", "Cullman County", "Lake Geneva", "Mount Etna" */
static const char *const NAME_LAST[] = {
    "lake", "beach", "bay", "river", "island", "islands", "valley", "county", "peninsula",
    "glacier", "gulf", "strait", "estuary", "lagoon", "reservoir", "canal", "mountains",
    "hills", "heath", "moor", "fjord", "falls", "creek", "cove", "sound", "isle",
    /* landmarks: "Sardis Road", "Farewell Spit", "Croke Park", "Adelaide Oval" */
    "road", "street", "spit", "oval", "stadium", "park", "bridge", "square", "pier", "quay",
    "arena", NULL};
/* and the words that open such a name in languages that put them first:
 * "Cerro Rico", "Estadio Akron", "Lago Maggiore", "Pont Neuf" */
static const char *const NAME_FIRST[] = {
    "lake", "mount", "cape", "isle", "loch", "cerro", "monte", "mont", "pico", "sierra",
    "lago", "lac", "isla", "ilha", "isola", "playa", "praia", "bahía", "cabo", "volcán",
    "estadio", "estádio", "stade", "stadio", "aeropuerto", "aeroporto", "aéroport",
    "puente", "ponte", "pont", "plaza", "praça", "piazza", "castillo", "castello",
    "château", "palacio", "palazzo", NULL};
/* "in X" where X is no place */
static const char *const NOT_PLACE[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "parliament", "congress", "senate", "court", "government", "cabinet", "council",
    "assembly", "house", "police", "army", "navy", "church", "office", "english", "french",
    "spanish", "german", "arabic", "russian", "chinese", "latin", "christ", "god", "person",
    "total", "addition", "particular", "response", "general", "fact", "part", "order",
    "recent", "short", "brief", "time", "public", "private", "practice", "theory",
    "spring", "summer", "autumn", "winter", "fall", "energy", "group", "holdings", "bank",
    "motors", "airlines", "airways", "inc", "ltd", "corp", "capital", "partners", "systems",
    "technologies", "media", "news", "times", "post", "herald", "university", "college",
    "school", "hospital", "ministry", "department", "agency", "company", "party", NULL};
/* "shares in X", "a stake in X": an investment, not a location */
static const char *const NOT_LOC_BEFORE[] = {
    "share", "shares", "stake", "stakes", "investment", "investments", "interest",
    "interests", "role", "part", "trading", "confidence", "faith", "belief", "invested",
    "investing", "invest", "stock", "holding", "holdings", NULL};
static const char *const LOC_STRONG[] = {"in", "near", "outside", "around", "across",
                                         "throughout", NULL};

CITEP_WORDSET(place_of_set, PLACE_OF, 128);
CITEP_WORDSET(feature_after_set, FEATURE_AFTER, 128);
CITEP_WORDSET(name_last_set, NAME_LAST, 128);
CITEP_WORDSET(name_first_set, NAME_FIRST, 128);
CITEP_WORDSET(not_place_set, NOT_PLACE, 256);
CITEP_WORDSET(loc_strong_set, LOC_STRONG, 16);
CITEP_WORDSET(not_loc_before_set, NOT_LOC_BEFORE, 64);

cite_status citep_placeev_new(size_t text_len, struct citep_placeev **out)
{
    struct citep_placeev *ev = citep_calloc(1, sizeof *ev);
    *out = NULL;
    if (!ev)
        return CITE_ENOMEM;
    /* room for a name every 64 bytes or so: the table never grows */
    ev->cap = text_len / 64 < 32 ? 32 : text_len / 64 > EV_MAX_NAMES ? EV_MAX_NAMES : text_len / 64;
    if (citep_strtab_init(&ev->names, ev->cap, true) != CITE_OK) {
        citep_free(ev);
        return CITE_ENOMEM;
    }
    *out = ev;
    return CITE_OK;
}

void citep_placeev_free(struct citep_placeev *ev)
{
    if (!ev)
        return;
    citep_strtab_free(&ev->names);
    citep_free(ev->tags.v);
    citep_free(ev->inflected.v);
    citep_free(ev->joined.v);
    citep_free(ev->pairs.v);
    citep_free(ev);
}

static bool word_is(const struct citep_tok *t, const char *w)
{
    return !strcmp(t->lw, w);
}

/* Can token t be a word of a place name? */
bool citep_place_first_word(const struct citep_tok *t)
{
    return citep_tok_in(&name_first_set, t);
}

/* Kinds of centre that are sites, not bodies: "Naro Space Center", "Kennedy
 * Space Center", "Excel Exhibition Centre" (where "National Cyber Security
 * Centre" is an agency). */
static const char *const SITE_CENTRE[] = {"space", "launch", "exhibition", "convention",
                                          "shopping", "conference", NULL};
CITEP_WORDSET(site_centre_set, SITE_CENTRE, 16);

bool citep_site_end(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *last = &cx->t.v[e - 1];
    if (e < k + 2 || (last->fl & T_ALLCAPS))
        return false;
    if (CITEP_LW_IS(last, "spaceport") || CITEP_LW_IS(last, "cosmodrome"))
        return true;
    return e >= k + 3 && (CITEP_LW_IS(last, "center") || CITEP_LW_IS(last, "centre")) &&
           citep_tok_in(&site_centre_set, &cx->t.v[e - 2]);
}

static bool name_tok(const struct citep_tok *t)
{
    return (t->fl & T_CAP) && !(t->fl & (T_HASH | T_MONTH)) && !(t->fl & T_STOP);
}

/* Lower-case particles inside names, as facts.c joins them: "Mur de Kigali",
 * "Auberge de Provence"; "of" too ("Hook of Holland"). */
static const char *const PARTICLE[] = {"de", "del", "della", "da", "di", "du", "dos", "das",
                                       "van", "von", "der", "den", "la", "le", NULL};
CITEP_WORDSET(particle_set, PARTICLE, 64);

/* End of the run of name words from k (at most EV_MAX_WORDS), or k. */
static size_t run_end(const struct citep_cx *cx, size_t k)
{
    size_t e = k;
    while (e < cx->t.n && e - k < EV_MAX_WORDS &&
           (e == k || !(cx->t.v[e - 1].fl & (T_BREAK | T_POSS)))) {
        if (name_tok(&cx->t.v[e]))
            e++;
        else if (e > k && e + 1 < cx->t.n && e + 1 - k < EV_MAX_WORDS &&
                 !(cx->t.v[e].fl & (T_CAP | T_BREAK)) &&
                 (citep_tok_in(&particle_set, &cx->t.v[e]) || word_is(&cx->t.v[e], "of")) &&
                 name_tok(&cx->t.v[e + 1]))
            e += 2;
        else
            break;
    }
    return e;
}

/* Note the name spelled by view bytes [s, e) (a hashtag's text, or one word). */
static void note_span(struct citep_placeev *ev, const char *s, size_t n, unsigned flag)
{
    if (n == 0 || n > 80 || (ev->names.nkeys >= ev->cap &&
                             !citep_strtab_find(&ev->names, s, n)))
        return;
    citep_strtab_or(&ev->names, s, n, flag);
}

/* The name s[0..n) without its accents, in the arena ("Bến Thành" -> "Ben
 * Thanh"); NULL when it is ASCII already, too long or out of memory. */
static const char *folded_name(cite_doc *d, const char *s, size_t n, size_t *len)
{
    char buf[128];
    if (citep_ascii_span(s, n) == n || (*len = citep_fold(s, n, buf, sizeof buf)) == SIZE_MAX)
        return NULL;
    return citep_arena_strndup(d->arena, buf, *len);
}

/* Note s[0..n), and its spelling without accents: "Ben Thanh" in the body is
 * the post's "Bến Thành". */
static void note_both(struct citep_cx *cx, const char *s, size_t n, unsigned flag)
{
    size_t m;
    const char *f = folded_name(cx->d, s, n, &m);
    note_span(cx->ev, s, n, flag);
    if (f)
        note_span(cx->ev, f, m, flag);
}

/* The name of tokens [k, e) joined with single spaces, in the arena; NULL
 * when it is too long, *rc set when out of memory. */
static const char *run_name(struct citep_cx *cx, size_t k, size_t e, cite_status *rc)
{
    char buf[96];
    size_t o = 0;
    for (size_t i = k; i < e; i++) {
        const struct citep_tok *u = &cx->t.v[i];
        if (o + u->olen + 1 >= sizeof buf)
            return NULL;
        if (i > k)
            buf[o++] = ' ';
        memcpy(buf + o, u->o, u->olen);
        o += u->olen;
    }
    const char *name = citep_arena_strndup(cx->d->arena, buf, o);
    if (!name)
        *rc = CITE_ENOMEM;
    return name;
}

/* In a post, "A and B": keep the pair, for B to be a place if A proves one. */
static cite_status note_pair(struct citep_cx *cx, size_t k, size_t e)
{
    size_t j = k - 1, a; /* k - 1 is "and" */
    cite_status rc = CITE_OK;
    if (cx->embed < 0 || k < 2 || cx->ev->pairs.n >= EV_MAX_PAIRS ||
        (cx->t.v[k - 2].fl & T_BREAK) || !name_tok(&cx->t.v[k - 2]))
        return CITE_OK;
    for (a = j; a > 0 && j - a < EV_MAX_WORDS && name_tok(&cx->t.v[a - 1]) &&
                (a == j || !(cx->t.v[a - 1].fl & T_BREAK));)
        a--;
    if (a < j && (cx->t.v[a].fl & T_SENT) && a + 1 < j)
        a++; /* "Cancelled: all Kirkwall and ...": not the sentence's first word */
    const char *prev = run_name(cx, a, j, &rc), *name = prev ? run_name(cx, k, e, &rc) : NULL;
    if (!prev || !name)
        return rc;
    struct ev_pair pr = {prev, name};
    return CITEP_PUSH(&cx->ev->pairs, pr);
}

/* Note the name of tokens [k, e), joined with single spaces in the arena. */
static cite_status note_run(struct citep_cx *cx, size_t k, size_t e, unsigned flag)
{
    const struct citep_tok *t = &cx->t.v[k];
    if (e == k + 1) {
        if (t->fl & T_HASH) /* the hashtag as written, not its segmentation */
            note_span(cx->ev, cx->d->text.s + t->s + 1, t->e - t->s - 1, flag);
        else
            note_both(cx, t->o, t->olen, flag);
        return CITE_OK;
    }
    char buf[96] = "";
    size_t o = 0;
    for (size_t i = k; i < e; i++) {
        const struct citep_tok *u = &cx->t.v[i];
        if (o + u->olen + 1 >= sizeof buf)
            return CITE_OK;
        if (i > k)
            buf[o++] = ' ';
        memcpy(buf + o, u->o, u->olen);
        o += u->olen;
    }
    char *name = citep_arena_strndup(cx->d->arena, buf, o), *joined;
    if (!name)
        return CITE_ENOMEM;
    note_both(cx, name, o, flag);
    /* and as a hashtag spells it: "Logan Lake" is "#LoganLake" */
    size_t m = 0;
    for (size_t i = 0; i < o; i++)
        if (buf[i] != ' ')
            buf[m++] = buf[i];
    if (!(joined = citep_arena_strndup(cx->d->arena, buf, m)))
        return CITE_ENOMEM;
    note_span(cx->ev, joined, m, flag);
    if (cx->ev->joined.n >= EV_MAX_NAMES)
        return CITE_OK;
    struct ev_joined j = {joined, name, m};
    return CITEP_PUSH(&cx->ev->joined, j);
}

/* A whole hashtag from k: "#Kettlewell", "#LoganLake" from its first word,
 * not from a later word of it ("Japan" in "#SeaofJapan"). */
static bool whole_tag(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    return (t->fl & T_HASH) && (k == 0 || cx->t.v[k - 1].tag != t->tag);
}

/* The last token of the hashtag that starts at k. */
static size_t tag_end(const struct citep_cx *cx, size_t k)
{
    size_t e = k + 1;
    while (e < cx->t.n && cx->t.v[e].tag == cx->t.v[k].tag)
        e++;
    return e;
}

/* A name after "in": not a day, a language, an institution or an acronym. */
static bool loc_name_ok(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *t = &cx->t.v[k];
    if (t->fl & T_SENT)
        return false;
    if (e == k + 1 && (t->fl & T_ALLCAPS))
        return false;
    for (size_t i = k; i < e; i++)
        if (citep_tok_in(&not_place_set, &cx->t.v[i]))
            return false;
    return true;
}

/* "in A, B and C": the names after the first, each noted with flag. */
static cite_status note_list(struct citep_cx *cx, size_t e, unsigned flag)
{
    cite_status rc = CITE_OK;
    for (int n = 0; n < EV_CHAIN && e < cx->t.n && rc == CITE_OK; n++) {
        size_t j = e;
        bool comma = (cx->t.v[j - 1].fl & T_BREAK) && !(cx->t.v[j].fl & T_SENT);
        if (!comma && (cx->t.v[j - 1].fl & T_BREAK))
            break;
        if (word_is(&cx->t.v[j], "and") || word_is(&cx->t.v[j], "or"))
            j++;
        else if (!comma)
            break;
        /* "in Gldani, Nadzaladevi and part of Didube" */
        if (j + 2 < cx->t.n && word_is(&cx->t.v[j], "part") && word_is(&cx->t.v[j + 1], "of") &&
            !(cx->t.v[j].fl & T_BREAK) && !(cx->t.v[j + 1].fl & T_BREAK))
            j += 2;
        if (j >= cx->t.n)
            break;
        size_t f = whole_tag(cx, j) ? tag_end(cx, j) : run_end(cx, j);
        if (f == j || !loc_name_ok(cx, j, f))
            break;
        rc = note_run(cx, j, f, flag);
        e = f;
    }
    return rc;
}

static const char *const ROUTE[] = {
    "train", "trains", "flight", "flights", "road", "roads", "route", "routes", "ferry",
    "ferries", "bus", "buses", "shuttle", "highway", "motorway", "railway", "journey",
    "drive", "trip", "crossing", "line", "service", "services", "sailing", "sailings",
    "connection", "connections", NULL};
CITEP_WORDSET(route_set, ROUTE, 64);

/* "moved to Moulvibazar", "diverted to Glasgow", "bound for Tenerife South":
 * where people or craft were taken is a place. */
static const char *const MOVED[] = {
    "moved", "evacuated", "diverted", "relocated", "rerouted", "re-routed", "airlifted",
    "flown", "ferried", "bussed", "bused", "transferred", "fled", "bound", "headed",
    "heading", "sailing", "sailed", NULL};
CITEP_WORDSET(moved_set, MOVED, 64);

/* Words before "off" that make it "off the coast of": "at anchor off X". */
static const char *const OFF_COAST[] = {"anchor", "anchored", "sank", "capsized", "aground",
                                        "moored", "waiting", "rescued", "spotted", "miles",
                                        "kilometres", "kilometers", "km", "nautical", NULL};
CITEP_WORDSET(off_coast_set, OFF_COAST, 32);

/* Heads of an apposition that make the name before it a place: "the Auberge de
 * Provence, the 16th-century palace of ...", "the Mur de Kigali, a 400-metre
 * cobbled ramp with ...". */
static const char *const PLACE_HEAD[] = {
    "palace", "castle", "fort", "fortress", "cathedral", "church", "chapel", "mosque",
    "temple", "monastery", "abbey", "stadium", "arena", "bridge", "tunnel", "ramp",
    "climb", "hill", "mountain", "peak", "volcano", "road", "street", "avenue", "square",
    "plaza", "harbour", "harbor", "port", "airport", "station", "terminal", "mine", "dam",
    "reservoir", "lake", "river", "island", "beach", "park", "tower", "quarter",
    "neighbourhood", "neighborhood", "square", "pass", "valley", "bay", "peninsula",
    NULL};
CITEP_WORDSET(place_head_set, PLACE_HEAD, 128);

/* Does a noun phrase opening with "the" or "a" at token e have a place word
 * for its head ("the state's most valuable lobster port,", "the canton's
 * second-largest municipality")? */
static bool place_phrase(const struct citep_cx *cx, size_t e)
{
    if (e >= cx->t.n || !(word_is(&cx->t.v[e], "the") || word_is(&cx->t.v[e], "a")))
        return false;
    for (size_t j = e + 1; j < cx->t.n && j < e + 7; j++) {
        const struct citep_tok *t = &cx->t.v[j];
        if (t->fl & (T_CAP | T_SENT))
            return false;
        if (t->fl & T_BREAK)
            return citep_tok_in(&place_of_set, t) || citep_tok_in(&place_head_set, t);
        /* the head before what follows it: "palace of", "ramp with" */
        if (j + 1 < cx->t.n && (word_is(&cx->t.v[j + 1], "of") ||
                                word_is(&cx->t.v[j + 1], "with") ||
                                word_is(&cx->t.v[j + 1], "in") ||
                                word_is(&cx->t.v[j + 1], "on") ||
                                word_is(&cx->t.v[j + 1], "that") ||
                                word_is(&cx->t.v[j + 1], "which") ||
                                word_is(&cx->t.v[j + 1], "where")))
            return citep_tok_in(&place_of_set, t) || citep_tok_in(&place_head_set, t);
    }
    return false;
}

/* "Emmen, the canton's second-largest municipality, ...": an apposition after
 * the name (ending at token e, after its comma) whose head is a place word. */
static bool appositive_place(const struct citep_cx *cx, size_t e)
{
    return e > 0 && e < cx->t.n && (cx->t.v[e - 1].fl & T_BREAK) && place_phrase(cx, e);
}

/* "Stonington was again the state's most valuable lobster port": the name is
 * the subject of "is" or "was" whose complement is a place phrase. */
static const char *const COPULA[] = {"is", "was", "remains", "remained", "became", NULL};
static const char *const COPULA_ADV[] = {"again", "still", "now", "also", "once", NULL};
CITEP_WORDSET(copula_set, COPULA, 16);
CITEP_WORDSET(copula_adv_set, COPULA_ADV, 16);

static bool copular_place(const struct citep_cx *cx, size_t e)
{
    if (e == 0 || e >= cx->t.n || (cx->t.v[e - 1].fl & T_BREAK) ||
        !citep_tok_in(&copula_set, &cx->t.v[e]) || (cx->t.v[e].fl & T_BREAK))
        return false;
    e++;
    if (e < cx->t.n && citep_tok_in(&copula_adv_set, &cx->t.v[e]) && !(cx->t.v[e].fl & T_BREAK))
        e++;
    return place_phrase(cx, e);
}

/* "from Ras Kiromoni, north of Dar es Salaam, to Fumba": the name after "to"
 * that ends a "from" phrase opening at name tokens [k, e) in the same
 * sentence, or e when there is none. Its start is put in *to. */
#define FROM_TO_REACH 10 /* tokens between the first name and "to" */
static size_t from_to_end(const struct citep_cx *cx, size_t e, size_t *to)
{
    for (size_t j = e; j < cx->t.n && j < e + FROM_TO_REACH; j++) {
        const struct citep_tok *t = &cx->t.v[j];
        if (j > e && (t->fl & T_SENT))
            break;
        if (word_is(t, "to") && !(t->fl & T_BREAK) && j + 1 < cx->t.n &&
            (j == e || (cx->t.v[j - 1].fl & T_BREAK))) {
            size_t f = run_end(cx, j + 1);
            if (f > j + 1 && loc_name_ok(cx, j + 1, f)) {
                *to = j + 1;
                return f;
            }
            break;
        }
        if (j == e && !(cx->t.v[e - 1].fl & T_BREAK))
            break; /* "from X" goes on with no comma and no "to" */
    }
    return e;
}

/* "A direction of": "Ras Kiromoni, north of Dar es Salaam": an apposition
 * after the name (ending at token e, after its comma) placing it by another
 * place ("north of", "20 km south-east of"). */
static const char *const COMPASS[] = {"north", "south", "east", "west", "north-east",
                                      "north-west", "south-east", "south-west", "northeast",
                                      "northwest", "southeast", "southwest", NULL};
CITEP_WORDSET(compass_set, COMPASS, 32);

static bool placed_by_direction(const struct citep_cx *cx, size_t e)
{
    if (e == 0 || e + 1 >= cx->t.n || !(cx->t.v[e - 1].fl & T_BREAK))
        return false;
    size_t j = e;
    /* "20 km north of", "just south of" */
    for (size_t n = 0; n < 2 && j < cx->t.n && !citep_tok_in(&compass_set, &cx->t.v[j]); n++)
        j++;
    return j + 2 < cx->t.n && citep_tok_in(&compass_set, &cx->t.v[j]) &&
           !(cx->t.v[j].fl & T_BREAK) && word_is(&cx->t.v[j + 1], "of") &&
           (cx->t.v[j + 2].fl & T_CAP);
}

/* Words for "and" that list two names in posts: English, and those of other
 * languages ("Sikar और Jhunjhunu", "Plzeň a Cheb") where the post is not in
 * English or the word is in another script. */
static const char *const AND_WORD[] = {"y", "e", "et", "und", "en", "és", "og", "och",
                                       "ve", "dan", "și", "ja", "i", "a", "và", "na", "oraz",
                                       NULL};
CITEP_WORDSET(and_word_set, AND_WORD, 64);

static bool and_word(const struct citep_cx *cx, const struct citep_tok *t)
{
    if (word_is(t, "and"))
        return true;
    if (t->fl & T_CAP)
        return false;
    if (word_is(t, "\xE0\xA4\x94\xE0\xA4\xB0")) /* Hindi "aur" */
        return true;
    return cx->foreign && citep_tok_in(&and_word_set, t);
}

/* Evidence for the name that starts at token k, if any. */
static cite_status note_at(struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    bool tag = whole_tag(cx, k);
    size_t e = tag ? tag_end(cx, k) : run_end(cx, k);
    if (e == k)
        return CITE_OK;
    const struct citep_tok *p = k > 0 && !(cx->t.v[k - 1].fl & T_BREAK) ? &cx->t.v[k - 1] : NULL;
    const struct citep_tok *pp = k > 1 && !(cx->t.v[k - 2].fl & T_BREAK) ? &cx->t.v[k - 2] : NULL;
    const struct citep_tok *next = e < cx->t.n && !(cx->t.v[e - 1].fl & T_BREAK) ? &cx->t.v[e] : NULL;
    cite_status rc = CITE_OK;
    if (tag && cx->embed >= 0 && cx->ev->tags.n < EV_MAX_NAMES) {
        struct ev_tag x = {cx->embed, t->s, t->e};
        rc = CITEP_PUSH(&cx->ev->tags, x);
    }
    if (rc != CITE_OK)
        return rc;
    /* a hashtag of several words ("#LoganLake") is a place only where the
     * body shows the name to be one: its words run together unchecked */
    if (tag && e > k + 1)
        return CITE_OK;
    if (p && citep_tok_in(&loc_strong_set, p) && loc_name_ok(cx, k, e) &&
        !(pp && citep_tok_in(&not_loc_before_set, pp))) {
        rc = note_run(cx, k, e, EV_STRONG);
        return rc == CITE_OK ? note_list(cx, e, EV_STRONG) : rc;
    }
    /* "in the #Camargue": a hashtag is no institution */
    if (tag && p && word_is(p, "the") && pp && citep_tok_in(&loc_strong_set, pp))
        return note_run(cx, k, e, EV_STRONG);
    if (p && word_is(p, "of") && pp && citep_tok_in(&place_of_set, pp) && loc_name_ok(cx, k, e)) {
        rc = note_run(cx, k, e, EV_STRONG);
        return rc == CITE_OK ? note_list(cx, e, EV_STRONG) : rc;
    }
    if (next && !(next->fl & T_CAP) && citep_tok_in(&feature_after_set, next) && !tag)
        return note_run(cx, k, e, EV_STRONG);
    /* "from Ben Thanh to Tham Luong": both ends of a way are places */
    size_t to, to_end;
    if (!tag && p && word_is(p, "from") && loc_name_ok(cx, k, e) &&
        (to_end = from_to_end(cx, e, &to)) > e) {
        rc = note_run(cx, k, e, EV_STRONG);
        return rc == CITE_OK ? note_run(cx, to, to_end, EV_STRONG) : rc;
    }
    if (!tag && (appositive_place(cx, e) || copular_place(cx, e) ||
                 placed_by_direction(cx, e)))
        return note_run(cx, k, e, EV_STRONG);
    /* "the shuttle train to Mallnitz", "flights from Vilnius": a way there */
    if (p && pp && (word_is(p, "to") || word_is(p, "from")) && citep_tok_in(&route_set, pp) &&
        loc_name_ok(cx, k, e)) {
        rc = note_run(cx, k, e, EV_STRONG); /* "services to Kirkwall and Stornoway" */
        return rc == CITE_OK ? note_list(cx, e, EV_STRONG) : rc;
    }
    /* "at anchor off Hook of Holland", "sank off Lampedusa": off a coast */
    if (!tag && p && pp && word_is(p, "off") && citep_tok_in(&off_coast_set, pp) &&
        loc_name_ok(cx, k, e))
        return note_run(cx, k, e, EV_STRONG);
    /* "moved to Moulvibazar and Sunamganj", "bound for Tenerife South" */
    if (p && pp && (word_is(p, "to") || word_is(p, "for")) && citep_tok_in(&moved_set, pp) &&
        loc_name_ok(cx, k, e)) {
        rc = note_run(cx, k, e, EV_STRONG);
        return rc == CITE_OK ? note_list(cx, e, EV_STRONG) : rc;
    }
    /* "between Böckstein and Mallnitz": a stretch between two places */
    if (!tag && p && word_is(p, "between") && loc_name_ok(cx, k, e) && e + 1 < cx->t.n &&
        word_is(&cx->t.v[e], "and") && !(cx->t.v[e - 1].fl & T_BREAK)) {
        size_t f = run_end(cx, e + 1);
        rc = note_run(cx, k, e, EV_AT);
        if (rc == CITE_OK && f > e + 1 && loc_name_ok(cx, e + 1, f))
            rc = note_run(cx, e + 1, f, EV_AT);
        return rc;
    }
    if (!tag && e > k + 1 && (citep_tok_in(&name_last_set, &cx->t.v[e - 1]) ||
                              citep_tok_in(&name_first_set, t) || citep_site_end(cx, k, e)))
        return note_run(cx, k, e, EV_STRONG);
    if (p && (word_is(p, "at") || word_is(p, "from")) && loc_name_ok(cx, k, e))
        return note_run(cx, k, e, EV_AT);
    if (tag && cx->embed >= 0 && (t->fl & T_CAP))
        return note_run(cx, k, e, EV_TAG);
    if (!tag && p && and_word(cx, p))
        return note_pair(cx, k, e);
    return CITE_OK;
}

/* The dateline's place: the capitalised words before its first comma or dash. */
static cite_status note_dateline(struct citep_cx *cx)
{
    size_t e = 0;
    while (e < cx->t.n && e < EV_MAX_WORDS && (cx->t.v[e].fl & T_ALLCAPS)) {
        e++;
        if (cx->t.v[e - 1].fl & T_BREAK)
            break;
    }
    return e ? note_run(cx, 0, e, EV_STRONG) : CITE_OK;
}

#define INFL_MIN 6      /* bytes of a word that may be a place name and an ending */
#define INFL_STEM_MIN 5 /* bytes of the place name in it */
#define INFL_END_MAX 4  /* letters of the ending */
#define INFL_MAX 256    /* such words per document */

/* A post not in English writes a place's name with a case ending or as an
 * adjective: "a debreceni gyár" (the Debrecen plant), "a mikepércsi
 * mérőállomáson", "Tampereella". Its words long enough to be so are kept,
 * to be read once the document shows which names are places. */
static cite_status note_inflected(struct citep_cx *cx)
{
    cite_status rc = CITE_OK;
    for (size_t k = 0; k < cx->t.n && rc == CITE_OK; k++) {
        const struct citep_tok *t = &cx->t.v[k];
        if ((t->fl & (T_HASH | T_ALLCAPS)) || t->olen < INFL_MIN || t->olen >= CITEP_LEMMA_MAX ||
            !t->lwn || cx->ev->inflected.n >= INFL_MAX)
            continue;
        bool letters = true;
        for (size_t i = 0; i < t->olen && letters; i++)
            letters = ((unsigned char)t->o[i] >= 0x80) || ((t->o[i] | 32) >= 'a' && (t->o[i] | 32) <= 'z');
        if (!letters)
            continue;
        struct ev_tag x = {cx->embed, t->s, t->e};
        rc = CITEP_PUSH(&cx->ev->inflected, x);
    }
    return rc;
}

cite_status citep_placeev_read(struct citep_cx *cx, bool dateline)
{
    cite_status rc = CITE_OK;
    if (!cx->ev)
        return CITE_OK;
    if (dateline)
        rc = note_dateline(cx);
    for (size_t k = 0; k < cx->t.n && rc == CITE_OK; k++) {
        const struct citep_tok *t = &cx->t.v[k];
        if (!(t->fl & (T_CAP | T_HASH)))
            continue;
        /* only where a name starts */
        if (k > 0 && !(cx->t.v[k - 1].fl & (T_BREAK | T_POSS)) &&
            ((t->fl & T_HASH) ? cx->t.v[k - 1].tag == t->tag : name_tok(&cx->t.v[k - 1])))
            continue;
        rc = note_at(cx, k);
    }
    if (rc == CITE_OK && cx->embed >= 0 && cx->foreign)
        rc = note_inflected(cx);
    return rc;
}

static bool is_place_name(const struct citep_placeev *ev, const char *s, size_t n)
{
    uint32_t v = citep_strtab_get(&ev->names, s, n);
    return (v & EV_STRONG) || ((v & EV_AT) && (v & EV_TAG));
}

bool citep_placeev_noted(const struct citep_placeev *ev, const char *s, size_t n)
{
    return ev && is_place_name(ev, s, n);
}

static char kind_of(const struct citep_cx *cx, const char *name)
{
    char k = cx->g ? citep_gazetteer_kind(cx->g, name) : 0;
    return k && k != 't' ? k : CITEP_PLACE_UNKNOWN;
}

/* The place claims by embed and name, built once the paragraphs are read, so
 * that each question costs one lookup (a large document has many claims and
 * its posts many hashtags). Keys: the name for the body, "<embed>:<name>" for
 * a post. */
struct placed {
    struct citep_strtab body, post, searched;
};

#define EV_MAX_SEARCHES 256 /* body searches for post place names, per document */

/* The key of a post's place name s[0..n) in buf (size sz): its length, or 0
 * when it does not fit. */
static size_t post_key(char *buf, size_t sz, int embed, const char *s, size_t n)
{
    int h = snprintf(buf, sz, "%d:", embed);
    if (h < 0 || (size_t)h + n + 1 > sz)
        return 0;
    memcpy(buf + h, s, n);
    buf[h + n] = '\0';
    return (size_t)h + n;
}

static cite_status placed_add(cite_doc *d, struct placed *pl, int embed, const char *s,
                              size_t n)
{
    char buf[128], *k;
    size_t len;
    if (embed < 0) {
        if (pl->body.nkeys * 2 + 2 < pl->body.mask)
            citep_strtab_or(&pl->body, s, n, 1);
        return CITE_OK;
    }
    if (pl->post.nkeys * 2 + 2 >= pl->post.mask || !(len = post_key(buf, sizeof buf, embed, s, n)))
        return CITE_OK;
    if (!(k = citep_arena_strndup(d->arena, buf, len)))
        return CITE_ENOMEM;
    citep_strtab_or(&pl->post, k, len, 1);
    return CITE_OK;
}

static bool has_place(const struct placed *pl, int embed, const char *s, size_t n)
{
    char buf[128];
    size_t len;
    if (embed < 0)
        return citep_strtab_get(&pl->body, s, n) != 0;
    len = post_key(buf, sizeof buf, embed, s, n);
    return len && citep_strtab_get(&pl->post, buf, len) != 0;
}

/* The tables are sized for what this document can put in them (a page with
 * no post needs next to nothing): its place and entity claims, the post
 * hashtags that may become places (tags) and the body searches for the post
 * place names. */
static cite_status placed_new(cite_doc *d, size_t tags, struct placed *pl)
{
    size_t n = tags, searches = tags;
    cite_status rc = CITE_OK;
    memset(pl, 0, sizeof *pl);
    for (size_t c = 0; c < d->claims.n; c++) {
        const cite_claim *x = &d->claims.v[c];
        n += x->type == CITE_CLAIM_PLACE || x->type == CITE_CLAIM_ENTITY;
        searches += x->embed >= 0 && (x->type == CITE_CLAIM_PLACE || x->type == CITE_CLAIM_ENTITY);
    }
    if (searches > EV_MAX_SEARCHES)
        searches = EV_MAX_SEARCHES;
    n += searches;
    if (citep_strtab_init(&pl->body, n, false) != CITE_OK ||
        citep_strtab_init(&pl->post, n, false) != CITE_OK ||
        citep_strtab_init(&pl->searched, searches, false) != CITE_OK)
        return CITE_ENOMEM;
    for (size_t c = 0; c < d->claims.n && rc == CITE_OK; c++) {
        const cite_claim *x = &d->claims.v[c];
        if (x->type == CITE_CLAIM_PLACE && x->subject)
            rc = placed_add(d, pl, x->embed, x->subject, strlen(x->subject));
    }
    return rc;
}

static void placed_free(struct placed *pl)
{
    citep_strtab_free(&pl->body);
    citep_strtab_free(&pl->post);
    citep_strtab_free(&pl->searched);
}

/* Is the name listed in a post right after a place ("Kirkwall and Sumburgh",
 * Kirkwall shown a place by the body or known to the gazetteer)? */
static bool listed_after_place(const struct citep_cx *cx, const char *name)
{
    for (size_t i = 0; i < cx->ev->pairs.n; i++) {
        const struct ev_pair *pr = &cx->ev->pairs.v[i];
        if (strcmp(pr->name, name))
            continue;
        if (is_place_name(cx->ev, pr->prev, strlen(pr->prev)) ||
            (cx->g && citep_gaz_find(cx->g, pr->prev, strlen(pr->prev))))
            return true;
    }
    return false;
}

/* Has the document shown the name, or its spelling without accents, to be a
 * place? */
static bool place_name_folded(struct citep_cx *cx, const char *s)
{
    size_t n = strlen(s), m;
    const char *f;
    return is_place_name(cx->ev, s, n) ||
           ((f = folded_name(cx->d, s, n, &m)) != NULL && is_place_name(cx->ev, f, m));
}

#define POST_PLACES_MAX 1024 /* post place names kept for post_place_named */

/* The place names the posts give ("#Bariloche"), in a table with room for n. */
static cite_status post_place_names(const cite_doc *d, struct citep_strtab *t)
{
    size_t n = 0;
    for (size_t c = 0; c < d->claims.n && n < POST_PLACES_MAX; c++)
        n += d->claims.v[c].embed >= 0 && d->claims.v[c].type == CITE_CLAIM_PLACE;
    if (citep_strtab_init(t, n + 1, false) != CITE_OK)
        return CITE_ENOMEM;
    for (size_t c = 0, m = 0; c < d->claims.n && m < n; c++) {
        const cite_claim *x = &d->claims.v[c];
        if (x->embed >= 0 && x->type == CITE_CLAIM_PLACE && x->subject &&
            CITEP_PLACE_KIND(x) != CITEP_PLACE_UNKNOWN) {
            citep_strtab_or(t, x->subject, strlen(x->subject), 1);
            m++;
        }
    }
    return CITE_OK;
}

/* Entity claims whose name the document shows to be a place; and post
 * entities that another post writes as a place the gazetteer knows
 * ("Bariloche:" opening one post, "#Bariloche" in the next). */
static cite_status convert_entities(struct citep_cx *cx)
{
    struct citep_strtab posted;
    if (post_place_names(cx->d, &posted) != CITE_OK)
        return CITE_ENOMEM;
    for (size_t c = 0; c < cx->d->claims.n; c++) {
        cite_claim *x = &cx->d->claims.v[c];
        if (x->type != CITE_CLAIM_ENTITY || !x->subject ||
            (!place_name_folded(cx, x->subject) &&
             !(x->embed >= 0 && cx->ev->pairs.n && listed_after_place(cx, x->subject)) &&
             !(x->embed >= 0 && citep_strtab_get(&posted, x->subject, strlen(x->subject)))))
            continue;
        x->type = CITE_CLAIM_PLACE;
        if (x->value && strcmp(x->value, x->subject) == 0)
            x->value = citep_place_canon(cx, x->subject);
        x->number = (double)kind_of(cx, x->subject);
        x->number_hi = 1;
    }
    citep_strtab_free(&posted);
    return CITE_OK;
}

/* The name with spaces that hashtag text w[0..n) spells ("ClarkCounty" ->
 * "Clark County"), or NULL. */
static const char *spaced(const struct citep_placeev *ev, const char *w, size_t n)
{
    const char *caps = NULL; /* a dateline's "LOGAN LAKE": another spelling first */
    for (size_t i = 0; i < ev->joined.n; i++) {
        const char *name = ev->joined.v[i].name;
        if (ev->joined.v[i].len != n || strncasecmp(ev->joined.v[i].joined, w, n))
            continue;
        if (strpbrk(name, "abcdefghijklmnopqrstuvwxyz"))
            return name;
        if (!caps)
            caps = name;
    }
    return caps;
}

/* ASCII letters after the first of each word to lower case. */
static void title_case(char *s)
{
    for (size_t i = 1; s[i]; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] != ' ' && s[i - 1] != '-')
            s[i] = (char)(s[i] - 'A' + 'a');
}

/* Post hashtags that spell a place: "#Kettlewell", "#ClarkCounty". */
static cite_status tag_places(struct citep_cx *cx, struct placed *pl)
{
    cite_status rc = CITE_OK;
    const char *s = cx->d->text.s;
    for (size_t i = 0; i < cx->ev->tags.n && rc == CITE_OK; i++) {
        const struct ev_tag *x = &cx->ev->tags.v[i];
        const char *w = s + x->s + 1;
        size_t n = x->e - x->s - 1;
        if (!is_place_name(cx->ev, w, n) || has_place(pl, x->embed, w, n))
            continue;
        const char *name = spaced(cx->ev, w, n);
        char *own = NULL;
        if (name && !strpbrk(name, "abcdefghijklmnopqrstuvwxyz")) {
            if (!(name = own = citep_arena_strdup(cx->d->arena, name)))
                return CITE_ENOMEM;
            title_case(own); /* the dateline's "WINTER PARK" is Winter Park */
        }
        if (!name && !(name = own = citep_arena_strndup(cx->d->arena, w, n)))
            return CITE_ENOMEM;
        if (own && own[0] >= 'a' && own[0] <= 'z')
            own[0] = (char)(own[0] - 'a' + 'A'); /* "#dover" names Dover */
        if (has_place(pl, x->embed, name, strlen(name)))
            continue;
        cx->embed = x->embed;
        rc = citep_claim_add(cx, CITE_CLAIM_PLACE, name, name, x->s, x->e,
                             (double)kind_of(cx, name), 1, NULL);
        if (rc == CITE_OK)
            rc = placed_add(cx->d, pl, x->embed, name, strlen(name));
    }
    return rc;
}

static bool word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80 || c == '-';
}

/* The first whole-word occurrence of name in view bytes [a, b), or SIZE_MAX. */
static size_t find_word(const char *s, size_t a, size_t b, const char *name, size_t n)
{
    while (a + n <= b) {
        const char *p = memchr(s + a, name[0], b - a - n + 1);
        if (!p)
            break;
        if (memcmp(p, name, n) != 0) {
            a = (size_t)(p - s) + 1;
            continue;
        }
        size_t i = (size_t)(p - s);
        if ((i == 0 || !word_char((unsigned char)s[i - 1])) &&
            (i + n >= b || !word_char((unsigned char)s[i + n])))
            return i;
        a = i + 1;
    }
    return SIZE_MAX;
}

/* The name with a space for each hyphen inside it, in the arena; NULL
 * when it has none (*rc set when out of memory). */
static const char *unhyphenated(cite_doc *d, const char *name, cite_status *rc)
{
    size_t n = name ? strlen(name) : 0;
    char *sp;
    if (n < 3 || !memchr(name + 1, '-', n - 2))
        return NULL;
    if (!(sp = citep_arena_strndup(d->arena, name, n))) {
        *rc = CITE_ENOMEM;
        return NULL;
    }
    bool any = false;
    for (size_t i = 1; i + 1 < n; i++)
        if (sp[i] == '-' && sp[i - 1] != ' ' && sp[i + 1] != ' ')
            sp[i] = ' ', any = true;
    return any ? sp : NULL;
}

/* A place a post names is a place wherever the body names it: "#Zermatt" in
 * the post, "an off-piste slope above Zermatt" in the body. */
static cite_status body_mentions(struct citep_cx *cx, struct placed *pl)
{
    cite_doc *d = cx->d;
    cite_status rc = CITE_OK;
    for (size_t c = 0, n0 = d->claims.n; c < n0 && rc == CITE_OK; c++) {
        const cite_claim *x = &d->claims.v[c];
        if (x->type != CITE_CLAIM_PLACE || x->embed < 0 || !x->subject)
            continue;
        /* by its name as written, then by the gazetteer's ("Londonderry" in
         * the post, "Derry" in the body), then with spaces for its hyphens
         * ("Saint-Orrin" is "Saint Orrin") */
        const char *spaced_name = unhyphenated(d, x->subject, &rc);
        for (int pass = 0; pass < 3 && rc == CITE_OK; pass++) {
            const char *name = pass == 0 ? x->subject : pass == 1 ? x->value : spaced_name;
            if (pass == 1 && name && !strcmp(name, x->subject))
                continue;
            if (!name)
                continue;
            size_t n = strlen(name);
            if (n < 3 || has_place(pl, -1, name, n) ||
                citep_strtab_get(&pl->searched, name, n) ||
                pl->searched.nkeys * 2 + 2 >= pl->searched.mask)
                continue;
            citep_strtab_or(&pl->searched, name, n, 1);
            char kind = CITEP_PLACE_KIND(x);
            bool found = false;
            for (size_t p = 0, a, b; p < d->paras.n && !found; p++) {
                size_t i;
                if (!citep_body_range(d, p, &a, &b) ||
                    (i = find_word(d->text.s, a, b, name, n)) == SIZE_MAX)
                    continue;
                cx->embed = -1;
                rc = citep_claim_add(cx, CITE_CLAIM_PLACE, name, x->value ? x->value : name, i,
                                     i + n, (double)kind, 0, NULL);
                if (rc == CITE_OK)
                    rc = placed_add(d, pl, -1, name, n);
                found = true;
            }
            if (found)
                break;
        }
    }
    return rc;
}

/* The place a kept word of a post names with an ending (note_inflected): a
 * name the gazetteer knows or the document shows to be a place, followed by
 * one to INFL_END_MAX lower-case letters. Its name goes to buf (sz bytes);
 * its kind to *kind. */
static bool inflected_place(const struct citep_cx *cx, const char *w, size_t n, char *buf,
                            size_t sz, char *kind)
{
    const struct citep_gaz_entry *g;
    if (is_place_name(cx->ev, w, n) || (cx->g && citep_gaz_find(cx->g, w, n)))
        return false; /* the word is the name itself */
    size_t m = n;
    for (int cut = 1; cut <= INFL_END_MAX && m > INFL_STEM_MIN; cut++) {
        do /* one character back */
            m--;
        while (m > 0 && ((unsigned char)w[m] & 0xC0) == 0x80);
        if (w[m] >= 'A' && w[m] <= 'Z')
            return false; /* an ending is in lower case */
        if (m < INFL_STEM_MIN || m + 1 > sz)
            return false;
        if (cx->g && (g = citep_gaz_find(cx->g, w, m)) != NULL && g->kind != 'n') {
            snprintf(buf, sz, "%s", citep_gaz_name(g));
            *kind = g->kind == 't' ? CITEP_PLACE_UNKNOWN : g->kind;
            return true;
        }
        if (is_place_name(cx->ev, w, m)) {
            memcpy(buf, w, m);
            buf[m] = '\0';
            if (buf[0] >= 'a' && buf[0] <= 'z') /* "mikepércsi": Mikepércs */
                buf[0] = (char)(buf[0] - 'a' + 'A');
            *kind = kind_of(cx, buf);
            return true;
        }
    }
    return false;
}

/* Does some body paragraph write the name as a whole word? */
static size_t find_word(const char *s, size_t a, size_t b, const char *name, size_t n);
static bool body_names(const cite_doc *d, const char *name)
{
    size_t n = strlen(name), a, b;
    for (size_t p = 0; p < d->paras.n; p++)
        if (citep_body_range(d, p, &a, &b) && find_word(d->text.s, a, b, name, n) != SIZE_MAX)
            return true;
    return false;
}

/* Place claims for the post words that name a place with an ending. */
static cite_status inflected_places(struct citep_cx *cx, struct placed *pl)
{
    cite_status rc = CITE_OK;
    const char *s = cx->d->text.s;
    for (size_t i = 0; i < cx->ev->inflected.n && rc == CITE_OK; i++) {
        const struct ev_tag *x = &cx->ev->inflected.v[i];
        char name[CITEP_LEMMA_MAX], kind;
        /* only a place the body names too: many words of a language start
         * with a place's name ("gracias", "minyak") */
        if (!inflected_place(cx, s + x->s, x->e - x->s, name, sizeof name, &kind) ||
            has_place(pl, x->embed, name, strlen(name)) ||
            !(has_place(pl, -1, name, strlen(name)) || body_names(cx->d, name)))
            continue;
        cx->embed = x->embed;
        rc = citep_claim_add(cx, CITE_CLAIM_PLACE, name, citep_place_canon(cx, name), x->s, x->e,
                             (double)kind, 1, NULL);
        if (rc == CITE_OK)
            rc = placed_add(cx->d, pl, x->embed, name, strlen(name));
    }
    return rc;
}

/* Words for a part of a region in the languages whose names put them last
 * ("Sumbawa Barat", "Penajam Paser Utara", "Provincia del Sur"), with the
 * English word written first ("West Sumbawa", "North Penajam Paser"). */
static const char *const DIRECTION_WORD[][2] = {
    {"utara", "North"}, {"selatan", "South"}, {"barat", "West"}, {"timur", "East"},
    {"tengah", "Central"}, {"norte", "North"}, {"sur", "South"}, {"sul", "South"},
    {"este", "East"}, {"leste", "East"}, {"oeste", "West"}, {"nord", "North"},
    {"sud", "South"}, {"ouest", "West"}, {"ovest", "West"}, {"centro", "Central"},
    {NULL, NULL}};

/* The English form of a post's name that ends with a word of DIRECTION_WORD,
 * in buf (sz bytes): "West Sumbawa" for "Sumbawa Barat"; false if none. */
static bool english_direction(const char *name, char *buf, size_t sz)
{
    const char *sp = strrchr(name, ' ');
    if (!sp || sp == name)
        return false;
    for (size_t i = 0; DIRECTION_WORD[i][0]; i++)
        if (!strcasecmp(sp + 1, DIRECTION_WORD[i][0])) {
            int n = snprintf(buf, sz, "%s %.*s", DIRECTION_WORD[i][1], (int)(sp - name), name);
            return n > 0 && (size_t)n < sz;
        }
    return false;
}

/* A post's name whose English form the body writes ("Penajam Paser Utara" in
 * the post, "in North Penajam Paser regency" in the body) is a place, and the
 * body names it there. */
static cite_status direction_places(struct citep_cx *cx, struct placed *pl)
{
    cite_doc *d = cx->d;
    cite_status rc = CITE_OK;
    char en[128];
    for (size_t c = 0, n0 = d->claims.n; c < n0 && rc == CITE_OK; c++) {
        cite_claim *x = &d->claims.v[c];
        if (x->embed < 0 || (x->type != CITE_CLAIM_ENTITY && x->type != CITE_CLAIM_PLACE) ||
            !x->subject || !english_direction(x->subject, en, sizeof en))
            continue;
        size_t n = strlen(en), a, b, i = SIZE_MAX;
        for (size_t p = 0; p < d->paras.n && i == SIZE_MAX; p++)
            if (citep_body_range(d, p, &a, &b))
                i = find_word(d->text.s, a, b, en, n);
        if (i == SIZE_MAX)
            continue;
        const char *name = x->subject;
        if (x->type == CITE_CLAIM_ENTITY) {
            x->type = CITE_CLAIM_PLACE;
            x->value = name;
            x->number = (double)CITEP_PLACE_UNKNOWN;
            x->number_hi = 1;
        }
        const char *key = x->value ? x->value : name;
        if (has_place(pl, -1, key, strlen(key)))
            continue;
        cx->embed = -1;
        const char *body_name = citep_arena_strndup(d->arena, en, n);
        if (!body_name)
            return CITE_ENOMEM;
        rc = citep_claim_add(cx, CITE_CLAIM_PLACE, body_name, key, i, i + n,
                             (double)CITEP_PLACE_UNKNOWN, 0, NULL);
        if (rc == CITE_OK)
            rc = placed_add(d, pl, -1, key, strlen(key));
    }
    return rc;
}

cite_status citep_placeev_apply(struct citep_cx *cx)
{
    struct placed pl;
    cite_status rc;
    if (!cx->ev)
        return CITE_OK;
    if ((rc = convert_entities(cx)) != CITE_OK)
        return rc;
    if (cx->d->embeds.n == 0)
        return CITE_OK; /* no post: no hashtag of one, no post place to look for */
    rc = placed_new(cx->d, cx->ev->tags.n, &pl);
    if (rc == CITE_OK)
        rc = tag_places(cx, &pl);
    if (rc == CITE_OK)
        rc = inflected_places(cx, &pl);
    if (rc == CITE_OK)
        rc = direction_places(cx, &pl);
    if (rc == CITE_OK)
        rc = body_mentions(cx, &pl);
    placed_free(&pl);
    return rc;
}
