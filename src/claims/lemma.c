/*
 * lemma.c - a small rule-based English noun singulariser with an irregular
 * table, plus unit canonicalisation. Rules follow ordinary English plural
 * spelling (-ies, -ves, sibilant + -es, -s); words that only look plural
 * ("news", "series", "various") are listed so they are left alone.
 */
#include "lemma.h"

#include <string.h>

#include "core/wordkey.h"
#include "core/wordset.h"

/* Irregular plurals (and plural abbreviations) with their singulars. */
#define IRREGULAR(X)                                                                    \
    X("people", "person") X("persons", "person") X("men", "man") X("women", "woman")    \
    X("cedis", "cedi") X("kwachas", "kwacha") /* -is is no plural ending elsewhere */    \
    X("children", "child") X("feet", "foot") X("teeth", "tooth") X("mice", "mouse")     \
    X("geese", "goose") X("lives", "life") X("wives", "wife") X("knives", "knife")      \
    X("wolves", "wolf") X("halves", "half") X("leaves", "leaf") X("thieves", "thief")   \
    X("shelves", "shelf") X("crises", "crisis") X("analyses", "analysis")               \
    X("theses", "thesis") X("bases", "base") X("cases", "case") X("houses", "house")    \
    X("buses", "bus") X("viruses", "virus") X("campuses", "campus")                     \
    X("statuses", "status") X("phenomena", "phenomenon") X("criteria", "criterion")     \
    X("indices", "index") X("oxen", "ox") X("dice", "die") X("missiles", "missile")     \
    X("vehicles", "vehicle") X("tanks", "tank") X("troops", "troop") X("kms", "km")     \
    X("mins", "minute") X("hrs", "hour") X("yrs", "year") X("lbs", "pound")            \
    X("min", "minute") X("hr", "hour") /* "about 30 min", "a 2 hr wait" */               \
    X("kroner", "krone") X("kronor", "krona") X("kronur", "krona") X("reais", "real")    \
    X("lire", "lira") X("lei", "leu") X("leva", "lev")

/* FIRST and SECOND pick a column of the two-column tables (IRREGULAR, COUNT_CLASS). */
#define FIRST(a, b) a,
#define SECOND(a, b) b,
static const char *const IRREG_FROM[] = {IRREGULAR(FIRST) NULL};
static const char *const IRREG_TO[] = {IRREGULAR(SECOND) NULL};

/* Nouns with no plural ending that still head counts ("two aircraft"). */
static const char *const INVARIANT[] = {
    "aircraft", "spacecraft", "personnel", "police", "staff", "crew", "sheep", "fish",
    "deer", "cattle", "livestock", "series", "species", "militia", "infantry", "artillery",
    "hovercraft", "offspring", "news",
    /* currencies whose plural is the singular ("41.6 billion yen") */
    "yen", "yuan", "renminbi", "rand", "baht", "naira", "ringgit", "rupiah", "dong",
    "kwacha", "tenge", "kyat", "taka", "krona", "lira", "euro", "forint", "lari", NULL};

/* Words ending in -s that are not plurals. */
static const char *const NOT_PLURAL[] = {
    "news", "series", "species", "various", "always", "perhaps", "this", "thus", "plus",
    "less", "unless", "across", "towards", "afterwards", "its", "his", "hers", "ours",
    "yours", "theirs", "whereas", "was", "has", "is", "does", "gas", "bus", "virus",
    "goes", "status", "campus", "chaos", "basis", "crisis", "analysis", "thesis", "axis",
    "physics", "politics", "economics", "mathematics", "athletics", "logistics", "tactics",
    "ethics", "lens", "us", "yes", "us-led", "overseas", "nervous", "previous", "serious",
    "famous", "obvious", "numerous", "dangerous", "enormous", "anonymous", "tremendous",
    "continuous", "ambitious", "religious", "diabetes", "rabies", "measles", "mumps",
    "herpes", "scabies", "rickets", "shingles", "tetanus", "lupus", "mucus", "census",
    "consensus", "bonus", "chorus", "corpus", "fetus", "foetus", "stimulus", "sinus",
    "genus", "apparatus", "prospectus", "hiatus", "citrus", "cactus", "octopus", "walrus",
    "iris", "canvas", "atlas", "alias", "bias", "pancreas", "asbestos", "kudos", "ethos",
    "pathos", "cosmos", "thermos", "gallows", "innings", "billiards", "whereabouts",
    "headquarters", "barracks", "means", "crossroads", "aegis", "tennis", "dais",
    "metropolis", "acropolis", "trellis", "mattress", "compass", NULL};

/* Units: the written name, the canonical name, the family and the factor to the
 * family's base unit. */
#define UNITS(X)                                                                        \
    X("km", "kilometre", "length", 1) X("kilometre", "kilometre", "length", 1)          \
    X("kilometer", "kilometre", "length", 1) X("mile", "mile", "length", 1.609344)      \
    X("mi", "mile", "length", 1.609344) X("m", "metre", "length", 0.001)                \
    X("metre", "metre", "length", 0.001) X("meter", "metre", "length", 0.001)           \
    X("nautical mile", "nautical mile", "length", 1.852)                                \
    X("ft", "foot", "length", 0.0003048) X("foot", "foot", "length", 0.0003048)         \
    X("inch", "inch", "length", 0.0000254) X("yard", "yard", "length", 0.0009144)       \
    X("cm", "centimetre", "length", 0.00001) X("centimetre", "centimetre", "length", 0.00001) \
    X("mm", "millimetre", "length", 0.000001) X("millimetre", "millimetre", "length", 0.000001) \
    X("millimeter", "millimetre", "length", 0.000001)                                  \
    X("gram", "gram", "mass", 0.001) X("gramme", "gram", "mass", 0.001)                \
    X("g", "gram", "mass", 0.001)                                                      \
    X("centimeter", "centimetre", "length", 0.00001)                                   \
    X("gallon", "gallon", "volume", 3.785411784)                                        \
    X("kg", "kilogram", "mass", 1) X("kilogram", "kilogram", "mass", 1)                 \
    X("kilo", "kilogram", "mass", 1) X("tonne", "tonne", "mass", 1000)                  \
    X("ton", "tonne", "mass", 1000) X("t", "tonne", "mass", 1000)                       \
    X("lb", "pound", "mass", 0.45359237) X("mph", "mph", "speed", 1.609344)             \
    X("kmh", "km/h", "speed", 1) X("kph", "km/h", "speed", 1)                           \
    X("knot", "knot", "speed", 1.852) X("hectare", "hectare", "area", 1)                \
    X("ha", "hectare", "area", 1) X("acre", "acre", "area", 0.40468564)                 \
    X("litre", "litre", "volume", 1) X("liter", "litre", "volume", 1)                   \
    X("barrel", "barrel", "volume", 158.987)                                            \
    X("hectolitre", "hectolitre", "volume", 100) X("hectoliter", "hectolitre", "volume", 100) \
    X("hl", "hectolitre", "volume", 100)                                                \
    X("volt", "volt", "voltage", 0.001) X("kilovolt", "kilovolt", "voltage", 1)         \
    X("kv", "kilovolt", "voltage", 1)                                                   \
    /* areas written as a squared length ("1,550 square kilometres", "km²") */          \
    X("square kilometre", "square kilometre", "area", 100)                              \
    X("square mile", "square mile", "area", 258.998811)                                 \
    X("square metre", "square metre", "area", 0.0001)                                \
    /* volumes written as a cubed length ("3,000 cubic metres", "m³") */               \
    X("cubic metre", "cubic metre", "volume", 1000)                                    \
    X("cubic kilometre", "cubic kilometre", "volume", 1e12)                            \
    X("cubic foot", "cubic foot", "volume", 28.316846592)                              \
    X("km/s", "km/s", "speed", 3600) X("m/s", "m/s", "speed", 3.6)                     \
    /* power and energy ("89,412 MW", "1.2 GWh") */                                     \
    X("watt", "watt", "power", 0.000001) X("kilowatt", "kilowatt", "power", 0.001)     \
    X("kw", "kilowatt", "power", 0.001) X("megawatt", "megawatt", "power", 1)           \
    X("mw", "megawatt", "power", 1) X("gigawatt", "gigawatt", "power", 1000)            \
    X("gw", "gigawatt", "power", 1000) X("kwh", "kilowatt hour", "energy", 0.001)       \
    X("mwh", "megawatt hour", "energy", 1) X("gwh", "gigawatt hour", "energy", 1000)    \
    X("twh", "terawatt hour", "energy", 1000000)                                        \
    /* the two scales are not one family: converting needs an offset */                \
    X("celsius", "celsius", "celsius", 1) X("fahrenheit", "fahrenheit", "fahrenheit", 1)

#define NAME(n, c, f, x) n,
#define CANON(n, c, f, x) c,
#define FAMILY(n, c, f, x) f,
#define FACTOR(n, c, f, x) x,
static const char *const UNIT_NAME[] = {UNITS(NAME) NULL};
static const char *const UNIT_CANON[] = {UNITS(CANON) NULL};
static const char *const UNIT_FAMILY[] = {UNITS(FAMILY) NULL};
static const double UNIT_FACTOR[] = {UNITS(FACTOR) 0};
#undef NAME
#undef CANON
#undef FAMILY
#undef FACTOR

/* Durations, in days: compared as one family ("18 months" is "a year and a
 * half"), but no unit for the lemmatiser, so "one year" reads as before. */
static const char *const DURATION[] = {"minute", "hour", "day", "week", "month", "year",
                                       "decade", "second", NULL};
static const double DURATION_DAYS[] = {1.0 / 1440, 1.0 / 24, 1, 7, 30.4375, 365.25, 3652.5,
                                       1.0 / 86400};

/* Counted things news names by a general word as often as by a specific one:
 * "a pair of vessels" and "two ships" count the same thing. Each member maps to
 * the general word of its class. */
#define COUNT_CLASS(X)                                                                  \
    X("vessel", "vessel") X("ship", "vessel") X("boat", "vessel")                        \
    X("warship", "vessel") X("tanker", "vessel") X("freighter", "vessel")                \
    X("trawler", "vessel") X("frigate", "vessel") X("destroyer", "vessel")               \
    X("corvette", "vessel") X("yacht", "vessel") X("ferry", "vessel")                    \
    X("aircraft", "aircraft") X("plane", "aircraft")             \
    X("airplane", "aircraft") X("aeroplane", "aircraft") X("jet", "aircraft")            \
    X("warplane", "aircraft") X("airliner", "aircraft")                                \
    X("person", "human") X("passenger", "human") X("resident", "human")                  \
    X("villager", "human") X("inhabitant", "human") X("civilian", "human")               \
    X("citizen", "human") X("individual", "human") X("tourist", "human")                 \
    X("patient", "human") X("victim", "human") X("migrant", "human")                     \
    X("refugee", "human") X("pilgrim", "human") X("survivor", "human")                   \
    X("visitor", "human") X("traveller", "human") X("traveler", "human")                 \
    X("commuter", "human") X("holidaymaker", "human") X("customer", "human")             \
    X("guest", "human")                                                                  \
    X("fan", "=audience") X("spectator", "=audience") X("supporter", "=audience")        \
    X("crowd", "=audience") X("attendee", "=audience") X("onlooker", "=audience")    \
    /* English calls the Nordic and Czech currencies crowns */                         \
    X("crown", "=crown") X("koruna", "=crown") X("krone", "=crown") X("krona", "=crown")

static const char *const CLASS_MEMBER[] = {COUNT_CLASS(FIRST) NULL};
static const char *const CLASS_NAME[] = {COUNT_CLASS(SECOND) NULL};
#undef FIRST
#undef SECOND

CITEP_WORDSET(irregular_set, IRREG_FROM, 128);
CITEP_WORDSET(class_set, CLASS_MEMBER, 128);
CITEP_WORDSET(duration_set, DURATION, 16);
CITEP_WORDSET(invariant_set, INVARIANT, 128);
CITEP_WORDSET(not_plural_set, NOT_PLURAL, 256);
CITEP_WORDSET(unit_name_set, UNIT_NAME, 256);
CITEP_WORDSET(unit_canon_set, UNIT_CANON, 256);

/* Which of the lists a word may be in, from one look-up of its word key: most
 * words are in none, and skip the look-ups in each list. */
#define IN_IRREGULAR 1u
#define IN_INVARIANT 2u
#define IN_UNIT 4u
#define IN_NOT_PLURAL 8u
static const struct citep_keylist LEMMA_LISTS[] = {
    {IRREG_FROM, IN_IRREGULAR}, {INVARIANT, IN_INVARIANT}, {UNIT_NAME, IN_UNIT},
    {NOT_PLURAL, IN_NOT_PLURAL}, {NULL, 0}};
CITEP_KEYCLASS(lemma_class, LEMMA_LISTS, 512);

/* The lists that may hold w[0..n). The key set holds every list word of
 * lower-case letters (the others have no key), so a word of lower-case letters
 * short enough for a key is in no list its bits leave out; any other word may
 * be in every list. */
static unsigned lists_of(const char *w, size_t n)
{
    uint64_t key = 0;
    size_t i;
    if (n > CITEP_WORDKEY_MAX)
        return ~0u;
    for (i = 0; i < n; i++) {
        if (w[i] < 'a' || w[i] > 'z')
            return ~0u;
        key = citep_wordkey_add(key, (unsigned char)w[i]);
    }
    return citep_keyclass_get(&lemma_class, citep_wordkey_end(key, n));
}

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && !memcmp(w + n - k, suf, k);
}

static void unit_canon(char *out, size_t n)
{
    unsigned u = citep_wordset_find(&unit_name_set, out, n);
    if (u)
        strcpy(out, UNIT_CANON[u - 1]);
}

/* Strip a plural ending from out (length n); returns true when one was found. */
/* Words in -men that are no plurals of a -man ("fishermen", "gunmen" are). */
static const char *const NOT_MEN[] = {"specimen", "regimen", "abdomen", "stamen", "hymen",
                                      "semen", "acumen", "bitumen", "albumen", "lumen",
                                      "rumen", "yemen", "carmen", "dolmen", "cognomen",
                                      "agnomen", NULL};
CITEP_WORDSET(not_men_set, NOT_MEN, 32);

static bool singularise(char *out, size_t n)
{
    if (n > 4 && ends(out, n, "men") && !citep_wordset_find(&not_men_set, out, n)) {
        out[n - 2] = 'a'; /* "fishermen", "gunmen", "firewomen" */
        return true;
    }
    if (n > 4 && ends(out, n, "ies")) {
        strcpy(out + n - 3, "y");
        return true;
    }
    if (n > 4 && (ends(out, n, "ches") || ends(out, n, "shes") || ends(out, n, "sses") ||
                  ends(out, n, "xes") || ends(out, n, "zes") || ends(out, n, "oes"))) {
        out[n - 2] = '\0';
        return true;
    }
    if (n > 2 && out[n - 1] == 's' && !ends(out, n, "ss") && !ends(out, n, "us") &&
        !ends(out, n, "is") && !ends(out, n, "ous") && out[n - 2] != '\'') {
        out[n - 1] = '\0';
        return true;
    }
    return false;
}

bool citep_lemma(const char *w, size_t n, char *out, size_t outsz, bool *plural,
                 bool *countable)
{
    unsigned k, in;
    *plural = *countable = false;
    if (n == 0 || n + 1 > outsz || n + 1 > CITEP_LEMMA_MAX)
        return false;
    memcpy(out, w, n);
    out[n] = '\0';
    in = lists_of(out, n);
    if ((in & IN_IRREGULAR) && (k = citep_wordset_find(&irregular_set, out, n)) != 0) {
        strcpy(out, IRREG_TO[k - 1]);
        *plural = true;
        unit_canon(out, strlen(out));
        return true;
    }
    if ((in & IN_INVARIANT) && citep_wordset_find(&invariant_set, out, n)) {
        *countable = true;
        return true;
    }
    if ((in & IN_UNIT) && (k = citep_wordset_find(&unit_name_set, out, n)) != 0) {
        strcpy(out, UNIT_CANON[k - 1]);
        *countable = true;
        return true;
    }
    if (!((in & IN_NOT_PLURAL) && citep_wordset_find(&not_plural_set, out, n)) &&
        !memchr(out, '\'', n) && singularise(out, n)) {
        size_t l = strlen(out);
        *plural = true;
        if (lists_of(out, l) & IN_UNIT)
            unit_canon(out, l);
    }
    return true;
}

const char *citep_unit_family(const char *lemma, double *factor)
{
    unsigned k = citep_wordset_findz(&unit_canon_set, lemma);
    if (!k) {
        if ((k = citep_wordset_findz(&duration_set, lemma)) == 0)
            return NULL;
        *factor = DURATION_DAYS[k - 1];
        return "duration";
    }
    *factor = UNIT_FACTOR[k - 1];
    return UNIT_FAMILY[k - 1];
}

bool citep_unit_word(const char *w, size_t n)
{
    char lem[CITEP_LEMMA_MAX];
    bool pl, ct;
    double f;
    return citep_lemma(w, n, lem, sizeof lem, &pl, &ct) && citep_unit_family(lem, &f) != NULL;
}

/* Dimension words, each with the one it names: "across" is a width, "tall" a
 * height, and the comparatives the same as their adjectives. */
#define DIMENSION(X)                                                                      \
    X("wide", "wide") X("deep", "deep") X("long", "long") X("high", "high")               \
    X("tall", "high") X("across", "wide") X("thick", "thick") X("deeper", "deep")         \
    X("wider", "wide") X("longer", "long") X("higher", "high")
#define DIM_WORD(a, b) a,
#define DIM_NAME(a, b) b,
static const char *const DIM_WORDS[] = {DIMENSION(DIM_WORD) NULL};
static const char *const DIM_NAMES[] = {DIMENSION(DIM_NAME) NULL};
#undef DIM_WORD
#undef DIM_NAME
CITEP_WORDSET(dimension_set, DIM_WORDS, 32);

const char *citep_dimension(const char *w, size_t n)
{
    unsigned k = w ? citep_wordset_find(&dimension_set, w, n) : 0;
    return k ? DIM_NAMES[k - 1] : NULL;
}

bool citep_count_class_strict(const char *cls)
{
    return cls && cls[0] == '=';
}

const char *citep_count_class(const char *lemma)
{
    unsigned k = lemma ? citep_wordset_findz(&class_set, lemma) : 0;
    return k ? CLASS_NAME[k - 1] : NULL;
}

/* ISO 4217 codes written before an amount ("NOK 1.42bn", "CHF 120 million"),
 * each with the currency's name as a counted thing. */
#define CURRENCY_CODES(X)                                                               \
    X("usd", "dollar") X("eur", "euro") X("gbp", "pound") X("nok", "krone")             \
    X("sek", "krona") X("dkk", "krone") X("isk", "krona") X("chf", "franc")             \
    X("jpy", "yen") X("cny", "yuan") X("rmb", "yuan") X("inr", "rupee")                \
    X("pkr", "rupee") X("aud", "dollar") X("cad", "dollar") X("nzd", "dollar")          \
    X("hkd", "dollar") X("sgd", "dollar") X("zar", "rand") X("brl", "real")             \
    X("mxn", "peso") X("rub", "rouble") X("try", "lira") X("pln", "zloty")              \
    X("krw", "won") X("uah", "hryvnia") X("czk", "koruna") X("huf", "forint")          \
    X("ghs", "cedi") X("kes", "shilling") X("ngn", "naira") X("egp", "pound")          \
    X("kzt", "tenge") X("idr", "rupiah") X("php", "peso") X("thb", "baht")              \
    X("mad", "dirham") X("aed", "dirham") X("sar", "riyal") X("qar", "riyal")          \
    X("ils", "shekel") X("vnd", "dong") X("bdt", "taka") X("lkr", "rupee")             \
    X("npr", "rupee") X("myr", "ringgit") X("ars", "peso") X("clp", "peso")            \
    X("cop", "peso") X("pen", "sol") X("uyu", "peso") X("ron", "leu")                  \
    X("bgn", "lev") X("gel", "lari") X("tzs", "shilling") X("ugx", "shilling")         \
    X("etb", "birr") X("zmw", "kwacha") X("mnt", "tugrik") X("twd", "dollar")          \
    X("kwd", "dinar") X("jod", "dinar") X("dzd", "dinar") X("tnd", "dinar")            \
    X("xof", "cfa franc") X("xaf", "cfa franc")
#define CUR_A(a, b) a,
#define CUR_B(a, b) b,
static const char *const CUR_CODE[] = {CURRENCY_CODES(CUR_A) NULL};
static const char *const CUR_NAME[] = {CURRENCY_CODES(CUR_B) NULL};
#undef CUR_A
#undef CUR_B
CITEP_WORDSET(cur_code_set, CUR_CODE, 256);

const char *citep_currency_code(const char *w, size_t n)
{
    unsigned k = n == 3 ? citep_wordset_find(&cur_code_set, w, n) : 0;
    return k ? CUR_NAME[k - 1] : NULL;
}

bool citep_currency_word(const char *lemma)
{
    for (size_t k = 0; lemma && CUR_NAME[k]; k++)
        if (!strcmp(lemma, CUR_NAME[k]))
            return true;
    return false;
}
