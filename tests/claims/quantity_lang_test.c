/*
 * quantity_lang_test.c - counted figures of posts in other languages and of
 * posts that write numbers another way: scale words of more languages
 * ("2,4 mld.", "24,8 triệu", "₹3.2 करोड़"), counted nouns of languages the
 * older lists lacked, and what the cross-check makes of them beside an
 * English body.
 */
#include "harness.h"
#include "claims/article.h"
#include "citecheck/citecheck.h"
#include "claims/lang.h"
#include "claims/numbers.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* The first number scanned in text, with the European marks or not. */
static void expect_number(const char *text, bool euro, double want)
{
    struct citep_numbuf nb = {NULL, 0, 0, euro};
    cite_status rc = citep_numbers_scan_into(text, strlen(text), &nb);
    T_REPORT(rc == CITE_OK && nb.n > 0 && fabs(nb.v[0].value - want) < 1e-6 * (fabs(want) + 1),
             "\"%s\"%s: got %g, want %g", text, euro ? " (euro)" : "",
             nb.n ? nb.v[0].value : -1.0, want);
    citep_free(nb.v);
}

static void scales(void)
{
    expect_number("Investujeme 2,4 mld. K\xC4\x8D do pivovaru", true, 2.4e9);
    expect_number("kapacita 2,5 mil. hl ro\xC4\x8Dn\xC4\x9B", true, 2.5e6);
    expect_number("tuy\xE1\xBA\xBFn ph\xE1\xBB\xA5" "c v\xE1\xBB\xA5 24,8 tri\xE1\xBB\x87u l\xC6\xB0\xE1\xBB\xA3t", true, 24.8e6);
    expect_number("DKK 2,1 mia. for the runway", false, 2.1e9);
    expect_number("\xE2\x82\xB9" "3.2 \xE0\xA4\x95\xE0\xA4\xB0\xE0\xA5\x8B\xE0\xA4\xA1\xE0\xA4\xBC", false, 3.2e7);
    expect_number("120 \xD7\x9E\xD7\x99\xD7\x9C\xD7\x99\xD7\x95\xD7\x9F \xD7\x9E\xD7\x99\xD7\x9D", false, 1.2e8);
    expect_number("52 milli\xC3\xB3 forint", true, 52e6);
    /* "mil" without its point, before a word, is the Spanish and Portuguese
     * thousand: no million */
    expect_number("3 mil personas", true, 3e3);
    expect_number("vacinar 780 mil pessoas", true, 780e3);
    expect_number("5 mil millones de pesos", true, 5e9);
    expect_number("ganaron 3 mil. Despu\xC3\xA9s", true, 3);
}

static cite_doc *article(cite_parser *p, const char *body, const char *post)
{
    return test_article(p, body, "The company posted an update.", post,
                        "\xE2\x80\x94 Press Office (@press_office) May 9, 2026");
}

static const cite_finding *finding(const cite_doc *d, cite_claim_type t, const char *subject)
{
    return test_finding(d, t, subject);
}

static void expect_count(cite_parser *p, const char *body, const char *post,
                         const char *subject, int kind, const char *what)
{
    cite_doc *d = article(p, body, post);
    const cite_finding *f = finding(d, CITE_CLAIM_QUANTITY, subject);
    /* kind -1: no finding; -2: any finding but a conflict */
    T_REPORT(kind == -1 ? f == NULL
             : kind == -2 ? !f || f->kind != CITE_CONFLICT
                          : f && (int)f->kind == kind,
             "%s (got %s)", what,
             f ? cite_finding_kind_name(f->kind) : "no finding");
    cite_doc_free(d);
}

/* Nouns of the newer lists, with adjectives or classifiers before them. */
static void nouns(void)
{
    STR_EQ(citep_lang_noun("katsojaa", 8), "spectator", "katsojaa (Finnish partitive)");
    STR_EQ(citep_lang_noun("wateja", 6), "customer", "wateja (Swahili)");
    STR_EQ(citep_lang_noun("pracovn\xC3\xAD" "ch", 11), "job", "pracovnich (Czech)");
    STR_EQ(citep_lang_noun("j\xC3\xA4gare", 7), "hunter", "jagare (Swedish)");
    STR_EQ(citep_lang_noun("haltestellen", 12), NULL, "no job in a bus stop");
}

static void documents(cite_parser *p)
{
    expect_count(p, "The brewer will create about 300 jobs at the new plant, it said.",
                 "Vytvo\xC5\x99\xC3\xADme 420 nov\xC3\xBD" "ch pracovn\xC3\xAD" "ch m\xC3\xADst "
                 "a to je skv\xC4\x9Bl\xC3\xA9.",
                 "job", CITE_CONFLICT, "Czech: an adjective before the jobs' noun");
    expect_count(p, "The brewer will invest 3.1 billion crowns in the plant, it said.",
                 "Investujeme 3,1 mld. K\xC4\x8D do nov\xC3\xA9ho z\xC3\xA1vodu a je to "
                 "skv\xC4\x9Bl\xC3\xA9.",
                 "koruna", CITE_CONSISTENT, "'3,1 mld. Kc' is 3.1 billion crowns");
    expect_count(p, "Output will rise to 4.5 million hectolitres a year, the brewer said.",
                 "Kapacita vzroste na 4,5 mil. hl ro\xC4\x8Dn\xC4\x9B a je to "
                 "skv\xC4\x9Bl\xC3\xA9.",
                 "hectolitre", CITE_CONSISTENT, "'4,5 mil. hl' is 4.5 million hectolitres");
    expect_count(p, "Growers will be paid 3,100 CFA francs a kilogram, the regulator said.",
                 "Le prix est fix\xC3\xA9 \xC3\xA0 3 300 FCFA le kilo pour les "
                 "producteurs.",
                 "cfa franc", CITE_CONFLICT, "'3 300 FCFA' against 3,100 CFA francs");
    expect_count(p, "About 31.5 million passengers used the line last year, the operator said.",
                 "N\xC4\x83m qua tuy\xE1\xBA\xBFn \xC4\x91\xC3\xA3 ph\xE1\xBB\xA5" "c v\xE1\xBB\xA5 "
                 "31,5 tri\xE1\xBB\x87u l\xC6\xB0\xE1\xBB\xA3t h\xC3\xA0nh kh\xC3\xA1" "ch v\xC3\xA0 "
                 "c\xE1\xBA\xA3m \xC6\xA1n.",
                 "passenger", CITE_CONSISTENT, "Vietnamese: '31,5 trieu luot hanh khach'");
    expect_count(p, "Officers seized 2.1 crore rupees in cash from two men, police said.",
                 "\xE0\xA4\xA6\xE0\xA5\x8B \xE0\xA4\xB2\xE0\xA5\x8B\xE0\xA4\x97\xE0\xA5\x8B\xE0\xA4\x82 "
                 "\xE0\xA4\xB8\xE0\xA5\x87 \xE2\x82\xB9" "2.1 \xE0\xA4\x95\xE0\xA4\xB0\xE0\xA5\x8B\xE0\xA4\xA1\xE0\xA4\xBC "
                 "\xE0\xA4\x9C\xE0\xA4\xAC\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\xA4",
                 "rupee", CITE_CONSISTENT, "Hindi: '2.1 crore' before a danda");
}

/* Figures an English post writes in shorthand or in another order. */
static void shorthand(cite_parser *p)
{
    expect_count(p, "Exports reached 2.64 million tonnes in the season, traders said.",
                 "Exports at ~2.64m t this season, a record for the port.",
                 "tonne", CITE_CONSISTENT, "'2.64m t' is 2.64 million tonnes, no metres");
    expect_count(p, "Capacity will rise from 3.2 million to 4.1 million hectolitres, it said.",
                 "Going from 3.2m to 4.1m hl, a big step for a small brewer.",
                 "hectolitre", CITE_CONSISTENT, "'3.2m to 4.1m hl': both ends in hectolitres");
    expect_count(p, "The new wall will be 2.5 metres high, the council said.",
                 "A 2.5m wall along the whole promenade, finally.",
                 "metre", CITE_CONSISTENT, "'2.5m wall' stays a length");
    expect_count(p, "The utility said the fault had cut power to about 88,000 customers.",
                 "Hitilafu imekata umeme kisiwani tangu jana. Wateja 88,000 wameathirika "
                 "na tunaomba radhi kwa usumbufu huu.",
                 "customer", CITE_CONSISTENT, "Swahili: the noun before its figure");
    expect_count(p, "Backup generators of 40 megawatts supply hospitals, the utility said.",
                 "Jenereta za dharura za MW 40 zinatumika kwa huduma muhimu na hospitali.",
                 "megawatt", CITE_CONSISTENT, "Swahili: the unit before its figure");
    expect_count(p, "Oil has spread along 14 km of coast, officials said on Monday.",
                 "On day 12 crews were still pumping oil out of the hull.",
                 "crew", -1, "'day 12' is a place in a sequence, not 12 crews");
    expect_count(p, "Oil has spread along 14 km of coast, officials said on Monday.",
                 "Every day 40 volunteers come to clean the beach.",
                 "volunteer", CITE_POST_ONLY, "'every day 40 volunteers' counts them");
    expect_count(p, "The line has 11 stations and opened in March.",
                 "Took Line 3 end to end today: 11 stations in 25 minutes.",
                 "station", CITE_CONSISTENT, "'Line 3' labels the line; the stations count");
    expect_count(p, "The new runway is 3,100 metres long, the airport operator said.",
                 "The new runway: 3.100 m, and it cost DKK 1,4 mia. to build.",
                 "metre", CITE_CONSISTENT,
                 "a post with a decimal comma groups thousands with a point");
}

/* How loose an "about" is: by the figures it is written to. */
static void tolerance(cite_parser *p)
{
    expect_count(p, "The line carried about 68,000 passengers a day, the operator said.",
                 "Record year for the line: 72,000 passengers a day on average!",
                 "passenger", CITE_CONFLICT, "72,000 is not 'about 68,000'");
    expect_count(p, "The line carried about 68,000 passengers a day, the operator said.",
                 "Record year for the line: 66,500 passengers a day on average!",
                 "passenger", CITE_CONSISTENT, "66,500 is 'about 68,000'");
    expect_count(p, "The storm left 14.2 inches of snow at the airport, forecasters said.",
                 "Denver got nearly 15 inches of snow overnight. Stay home!",
                 "inch", CITE_CONSISTENT, "14.2 is 'nearly 15'");
    expect_count(p, "The storm left 16.1 inches of snow at the airport, forecasters said.",
                 "Denver got nearly 15 inches of snow overnight. Stay home!",
                 "inch", CITE_CONFLICT, "16.1 is not 'nearly 15'");
    expect_count(p, "About 100 people were evacuated from the tower, police said.",
                 "We had 92 people evacuated from the tower tonight.",
                 "person", CITE_CONSISTENT, "92 is 'about 100', a round figure");
    expect_count(p, "Tens of thousands of people marched through the capital on Sunday.",
                 "Unreal scenes, 12,000 people on the main square alone!",
                 "person", -2, "12,000 is no misreport of 'tens of thousands'");
    expect_count(p, "Dozens of people were treated for smoke inhalation, officials said.",
                 "We counted 450 people treated for smoke inhalation at the clinic.",
                 "person", CITE_CONFLICT, "450 is clearly more than 'dozens'");
    expect_count(p, "The plant draws about 4,800 cubic metres of water a day, the agency said.",
                 "It takes 7,300 m\xC2\xB3 of water a day from the aquifer.",
                 "cubic metre", CITE_CONFLICT, "'7,300 m3 of water a day' is a rate like the body's");
    expect_count(p, "Officers seized 4.2 kg of gold at the airport, customs said.",
                 "Jaipur Airport \xE0\xA4\xAA\xE0\xA4\xB0 5 \xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8B "
                 "gold seized | Breaking News",
                 "kilogram", CITE_CONFLICT, "a Hindi unit in a mostly English headline");
}

/* Points beside a share are percentage points, and a change in them is the
 * difference of the body's two shares. */
static void points(cite_parser *p)
{
    expect_count(p, "Support for the party fell to 27 percent from 31 percent, the poll found.",
                 "New poll: the party at 27%, down 4 points since spring.",
                 "percentage point", CITE_CONSISTENT, "'down 4 points' is 31 to 27 percent");
    expect_count(p, "Support for the party fell to 27 percent from 31 percent, the poll found.",
                 "New poll: the party at 27%, down 6 points since spring.",
                 "percentage point", CITE_POST_ONLY, "'down 6 points' is no change the body gives");
    expect_count(p, "The index lost 1,200 points, or 2.1 percent, on Monday.",
                 "Brutal day: the index down 1,200 points, or 2.1%.",
                 "percentage point", -1, "an index's points are not percentage points");
}

/* Counts of people said by what befell them, with no noun. */
static void befell(cite_parser *p)
{
    expect_count(p, "At least 41 people were killed in road accidents over the holiday.",
                 "Final toll: 38 dead, 350 hurt in 1,200 crashes. Drive safely.",
                 "person", CITE_CONFLICT, "'38 dead' against at least 41 killed");
    expect_count(p, "Four people were injured when the stand collapsed, police said.",
                 "Stand collapse at the derby: 4 injured, none seriously.",
                 "person", CITE_CONSISTENT, "'4 injured' agrees with four people injured");
    expect_count(p, "Workers found 30 dead birds along the shore on Monday.",
                 "Found 30 dead birds on the beach this morning.",
                 "bird", CITE_CONSISTENT, "'30 dead birds' still counts birds");
}

/* Units of Hebrew and neighbouring round figures. */
static void units(cite_parser *p)
{
    expect_count(p, "The plant will supply 90 million cubic metres of water when it opens.",
                 "\xD7\x94\xD7\x9E\xD7\xAA\xD7\xA7\xD7\x9F \xD7\x99\xD7\xA1\xD7\xA4\xD7\xA7 90 "
                 "\xD7\x9E\xD7\x99\xD7\x9C\xD7\x99\xD7\x95\xD7\x9F \xD7\x9E\"\xD7\xA7 "
                 "\xD7\x9E\xD7\x99\xD7\x9D",
                 "cubic metre", CITE_CONSISTENT, "Hebrew: cubic metres written with a quote");
    expect_count(p, "The reservoir holds 110 million cubic metres, the authority said.",
                 "Our reservoir now holds 120 million cubic metres!",
                 "cubic metre", CITE_CONFLICT, "120 and 110 million are two figures");
}

/* The comparator of the post's count of subject. */
static void expect_bound(cite_parser *p, const char *post, const char *subject, const char *cmp)
{
    cite_doc *d = article(p, "Officials gave no figures on Sunday.", post);
    const char *got = NULL;
    for (size_t i = 0; d && i < cite_doc_claim_count(d); i++) {
        const cite_claim *c = cite_doc_claim_at(d, i);
        if (c->type == CITE_CLAIM_QUANTITY && c->embed >= 0 && c->subject &&
            !strcmp(c->subject, subject))
            got = c->comparator;
    }
    STR_EQ(got, cmp, post);
    cite_doc_free(d);
}

static void bounds(cite_parser *p)
{
    expect_bound(p, "\xC3\x96ver 3 000 passagerare fick v\xC3\xA4nta p\xC3\xA5 t\xC3\xA5get och "
                    "det \xC3\xA4r inte f\xC3\xB6rsta g\xC3\xA5ngen.",
                 "passenger", "gt");
    expect_bound(p, "Sekitar 1.200 rumah terendam banjir dan warga sudah dievakuasi.", "home",
                 "approx");
    expect_bound(p, "Harvest estimate now ~2.64m t for the season, up on last year.", "tonne",
                 "approx");
    expect_count(p, "The line carried 31.2 million passenger trips in 2026, the operator said.",
                 "N\xC4\x83m 2026 tuy\xE1\xBA\xBFn \xC4\x91\xC3\xA3 ph\xE1\xBB\xA5" "c v\xE1\xBB\xA5 "
                 "h\xC6\xA1n 31,2 tri\xE1\xBB\x87u l\xC6\xB0\xE1\xBB\xA3t h\xC3\xA0nh kh\xC3\xA1" "ch v\xC3\xA0 "
                 "c\xE1\xBA\xA3m \xC6\xA1n.",
                 "passenger", CITE_CONSISTENT, "'more than 31.2 million' bounds the body's figure");
}

int main(void)
{
    scales();
    nouns();
    cite_options o;
    cite_options_init(&o);
    cite_parser *p = cite_parser_new(&o, NULL);
    OK(p != NULL, "parser");
    if (p) {
        documents(p);
        shorthand(p);
        tolerance(p);
        points(p);
        bounds(p);
        befell(p);
        units(p);
    }
    cite_parser_free(p);
    return TEST_SUMMARY();
}
