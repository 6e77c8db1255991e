/*
 * lemma.c - a small rule-based English noun singulariser with an irregular
 * table, plus unit canonicalisation. Rules follow ordinary English plural
 * spelling (-ies, -ves, sibilant + -es, -s); words that only look plural
 * ("news", "series", "various") are listed so they are left alone.
 */
#include "lemma.h"

#include <string.h>

struct pair {
    const char *from, *to;
};

static const struct pair IRREGULAR[] = {
    {"people", "person"},     {"persons", "person"},   {"men", "man"},
    {"women", "woman"},       {"children", "child"},   {"feet", "foot"},
    {"teeth", "tooth"},       {"mice", "mouse"},       {"geese", "goose"},
    {"lives", "life"},        {"wives", "wife"},       {"knives", "knife"},
    {"wolves", "wolf"},       {"halves", "half"},      {"leaves", "leaf"},
    {"thieves", "thief"},     {"shelves", "shelf"},    {"crises", "crisis"},
    {"analyses", "analysis"}, {"theses", "thesis"},    {"bases", "base"},
    {"cases", "case"},        {"houses", "house"},     {"buses", "bus"},
    {"viruses", "virus"},     {"campuses", "campus"},  {"statuses", "status"},
    {"phenomena", "phenomenon"}, {"criteria", "criterion"}, {"indices", "index"},
    {"oxen", "ox"},           {"dice", "die"},         {"missiles", "missile"},
    {"vehicles", "vehicle"},  {"tanks", "tank"},       {"troops", "troop"},
    {"kms", "km"},            {"mins", "minute"},      {"hrs", "hour"},
    {"yrs", "year"},          {"lbs", "pound"},        {NULL, NULL}};

/* Nouns with no plural ending that still head counts ("two aircraft"). */
static const char *const INVARIANT[] = {
    "aircraft", "spacecraft", "personnel", "police", "staff", "crew", "sheep", "fish",
    "deer", "cattle", "livestock", "series", "species", "militia", "infantry", "artillery",
    "hovercraft", "offspring", "news", NULL};

/* Words ending in -s that are not plurals. */
static const char *const NOT_PLURAL[] = {
    "news", "series", "species", "various", "always", "perhaps", "this", "thus", "plus",
    "less", "unless", "across", "towards", "afterwards", "its", "his", "hers", "ours",
    "yours", "theirs", "whereas", "was", "has", "is", "does", "gas", "bus", "virus",
    "status", "campus", "chaos", "basis", "crisis", "analysis", "thesis", "axis",
    "physics", "politics", "economics", "mathematics", "athletics", "logistics", "tactics",
    "ethics", "lens", "us", "yes", "us-led", "overseas", "nervous", "previous", "serious",
    "famous", "obvious", "numerous", "dangerous", "enormous", "anonymous", "tremendous",
    "continuous", "ambitious", "religious", NULL};

struct unit {
    const char *name, *canon, *family;
    double factor;
};

static const struct unit UNITS[] = {
    {"km", "kilometre", "length", 1},        {"kilometre", "kilometre", "length", 1},
    {"kilometer", "kilometre", "length", 1}, {"mile", "mile", "length", 1.609344},
    {"mi", "mile", "length", 1.609344},      {"m", "metre", "length", 0.001},
    {"metre", "metre", "length", 0.001},     {"meter", "metre", "length", 0.001},
    {"nautical mile", "nautical mile", "length", 1.852},
    {"kg", "kilogram", "mass", 1},           {"kilogram", "kilogram", "mass", 1},
    {"kilo", "kilogram", "mass", 1},         {"tonne", "tonne", "mass", 1000},
    {"ton", "tonne", "mass", 1000},          {"t", "tonne", "mass", 1000},
    {"lb", "pound", "mass", 0.45359237},     {"mph", "mph", "speed", 1.609344},
    {"kmh", "km/h", "speed", 1},             {"kph", "km/h", "speed", 1},
    {"knot", "knot", "speed", 1.852},        {"hectare", "hectare", "area", 1},
    {"ha", "hectare", "area", 1},            {"acre", "acre", "area", 0.40468564},
    {"litre", "litre", "volume", 1},         {"liter", "litre", "volume", 1},
    {"barrel", "barrel", "volume", 158.987},
    /* areas written as a squared length ("1,550 square kilometres", "km²") */
    {"square kilometre", "square kilometre", "area", 100},
    {"square mile", "square mile", "area", 258.998811},
    {"square metre", "square metre", "area", 0.0001}, {NULL, NULL, NULL, 0}};

static bool in_list(const char *const *list, const char *w)
{
    for (; *list; list++)
        if (!strcmp(*list, w))
            return true;
    return false;
}

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && !memcmp(w + n - k, suf, k);
}

static void unit_canon(char *out)
{
    const struct unit *u;
    for (u = UNITS; u->name; u++)
        if (!strcmp(out, u->name)) {
            strcpy(out, u->canon);
            return;
        }
}

/* Strip a plural ending from out (length n); returns true when one was found. */
static bool singularise(char *out, size_t n)
{
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
    const struct pair *p;
    const struct unit *u;
    *plural = *countable = false;
    if (n == 0 || n + 1 > outsz || n + 1 > CITEP_LEMMA_MAX)
        return false;
    memcpy(out, w, n);
    out[n] = '\0';
    for (p = IRREGULAR; p->from; p++)
        if (!strcmp(out, p->from)) {
            strcpy(out, p->to);
            *plural = true;
            unit_canon(out);
            return true;
        }
    if (in_list(INVARIANT, out)) {
        *countable = true;
        return true;
    }
    for (u = UNITS; u->name; u++)
        if (!strcmp(out, u->name)) {
            strcpy(out, u->canon);
            *countable = true;
            return true;
        }
    if (!in_list(NOT_PLURAL, out) && !strchr(out, '\'') && singularise(out, n)) {
        *plural = true;
        unit_canon(out);
    }
    return true;
}

const char *citep_unit_family(const char *lemma, double *factor)
{
    const struct unit *u;
    for (u = UNITS; u->name; u++)
        if (!strcmp(lemma, u->canon)) {
            *factor = u->factor;
            return u->family;
        }
    return NULL;
}
