/*
 * placeev_test.c - places the gazetteer does not know, shown to be places by
 * the document ("the village of Kettlewell", a dateline, "in A, B and C",
 * "the Fangassier lagoon", "at Goodwood" with "#Goodwood"), and names that
 * such evidence must leave alone ("shares in Northwind Energy", "in March").
 */
#include "harness.h"
#include "claims/article.h"
#include "citecheck/citecheck.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const cite_claim *claim(const cite_doc *d, cite_claim_type t, const char *subject,
                               bool in_post)
{
    for (size_t i = 0; d && i < cite_doc_claim_count(d); i++) {
        const cite_claim *c = cite_doc_claim_at(d, i);
        if (c->type == t && c->subject && !strcmp(c->subject, subject) &&
            (c->embed >= 0) == in_post)
            return c;
    }
    return NULL;
}

/* Body, then a post with its text and a dated signature. */
static cite_doc *article(cite_parser *p, const char *body, const char *post)
{
    return test_article(p, body, "The council posted an update.", post,
                        "\xE2\x80\x94 Dales News (@dalesnews) March 3, 2025");
}

static const cite_finding *finding(const cite_doc *d, cite_claim_type t, const char *subject)
{
    return test_finding(d, t, subject);
}

static void expect_place(cite_parser *p, const char *body, const char *post, const char *name,
                         cite_finding_kind kind, const char *what)
{
    cite_doc *d = article(p, body, post);
    const cite_finding *f = finding(d, CITE_CLAIM_PLACE, name);
    T_REPORT(f && f->kind == kind, "%s (got %s)", what,
             f ? cite_finding_kind_name(f->kind) : finding(d, CITE_CLAIM_ENTITY, name)
                                                       ? "an entity finding"
                                                       : "no finding");
    T_REPORT(!finding(d, CITE_CLAIM_ENTITY, name), "%s: no entity finding", what);
    cite_doc_free(d);
}

static void expect_entity(cite_parser *p, const char *body, const char *post, const char *name,
                          const char *what)
{
    cite_doc *d = article(p, body, post);
    T_REPORT(claim(d, CITE_CLAIM_ENTITY, name, true) && !claim(d, CITE_CLAIM_PLACE, name, true),
             "%s", what);
    cite_doc_free(d);
}

int main(void)
{
    cite_options o;
    cite_options_init(&o);
    cite_parser *p = cite_parser_new(&o, NULL);
    OK(p != NULL, "parser");
    if (!p)
        return TEST_SUMMARY();
    expect_place(p, "The airline cancelled its services to Kettlewick and Brindlemoor on "
                 "Monday.",
                 "We have cancelled our Brindlemoor services today.", "Brindlemoor", CITE_CONSISTENT,
                 "\"services to A and B\": both ends of the list are places");
    expect_place(p, "Residents of the Dales village of Kettlewell bought their shop.",
                 "We did it! Thank you #Kettlewell", "Kettlewell", CITE_CONSISTENT,
                 "\"the village of X\" makes X a place, and the post's hashtag names it");
    expect_place(p, "KETTLEWELL, North Yorkshire \xE2\x80\x94 The village shop will reopen.",
                 "Our shop in Kettlewell reopens on Saturday.", "Kettlewell", CITE_POST_ONLY,
                 "a dateline's place is a place (the dateline itself is no mention)");
    expect_place(p, "Households in Kendal, Burneside and Staveley must boil water.",
                 "Customers in Burneside should boil tap water.", "Burneside", CITE_CONSISTENT,
                 "every name of \"in A, B and C\" is a place");
    expect_place(p, "Power failed in Ardley, Wexcombe and part of Tillingham overnight.",
                 "Crews are working in Tillingham tonight.", "Tillingham", CITE_CONSISTENT,
                 "\"part of C\" in a list of places is a place");
    expect_place(p, "Families living along the Korvan creek were moved to flats.",
                 "Korvan families move to new flats!", "Korvan", CITE_CONSISTENT,
                 "a name before \"creek\" is a place");
    expect_place(p, "About 40 trawlers sheltered at Belmar port overnight.",
                 "Belmar packed with boats tonight.", "Belmar", CITE_CONSISTENT,
                 "a name before \"port\" is a place");
    expect_place(p, "Boats sheltered at Kelmar port overnight, the Orrik family said.",
                 "Boats at anchor:\n- Kelmar port: 40 boats\n- Tinh Orrik: 12 boats",
                 "Tinh Orrik", CITE_POST_ONLY,
                 "an item of a list of places is a place; its last word alone is no mention");
    expect_place(p, "The council said the taps ran dry on Tuesday.",
                 "Taps dry again. Residents of Ormavale also report having no water.",
                 "Ormavale", CITE_POST_ONLY, "\"residents of X\" live in a place");
    expect_place(p, "Farmers said the Kellaway springs were running low.",
                 "Hands off the Kellaway springs!", "Kellaway", CITE_CONSISTENT,
                 "a name before \"springs\" is a place");
    expect_place(p, "The birds nested in the Fangassier lagoon this spring.",
                 "Some 21,000 pairs nested on the Fangassier island.", "Fangassier",
                 CITE_CONSISTENT, "a name before \"lagoon\" or \"island\" is a place");
    expect_place(p, "The car sold at an auction at Goodwood on Saturday.",
                 "SOLD! A new record for a pre-war car. #Goodwood", "Goodwood", CITE_CONSISTENT,
                 "\"at X\" and the hashtag #X together make X a place");
    expect_place(p, "An avalanche swept down a slope above Zermatt on Saturday.",
                 "Avalanche above #Zermatt this afternoon.", "Zermatt", CITE_CONSISTENT,
                 "a place a post names is found in the body by its name");
    expect_entity(p, "Shares in Northwind Energy jumped 12% on Tuesday.",
                  "Northwind Energy has agreed the sale of its wind business.", "Northwind Energy",
                  "\"shares in X\" does not make X a place");
    expect_entity(p, "Analysts at Halvorsen Analytics said the deal was good.",
                  "The deal was confirmed by Halvorsen Analytics today.", "Halvorsen Analytics", "\"at X\" alone does not make X a place");
    expect_entity(p, "Nordlys Air reported a profit on Thursday.",
                  "Nordlys Air Q3: net profit up 14% y/y.", "Nordlys Air",
                  "a code after a name (\"Nordlys Air Q3\") is not part of it");
    expect_place(p, "Voters approved the plan. Emmen, the canton's second-largest "
                    "municipality, voted no.",
                 "Emmen was the only big town to vote no.", "Emmen", CITE_CONSISTENT,
                 "an apposition headed by a place word makes the name a place");
    expect_entity(p, "Voters met. John Smith, the town's mayor, said the plan was bad.",
                  "John Smith opposes the plan.", "John Smith",
                  "an apposition headed by a role keeps the name a person");
    expect_place(p, "The railway between Boeckstein and Mallnitz is closed. The car train "
                    "to Mallnitz runs from Boeckstein.",
                 "Trains to Mallnitz are running normally. #Mallnitz", "Mallnitz",
                 CITE_CONSISTENT, "\"between A and B\" with the post's hashtag makes B a place");
    expect_place(p, "A balloon came down near the village of \xC3\x87" "avu\xC5\x9F" "in.",
                 "Hard landing near \xC3\x87" "avu\xC5\x9F" "in this morning.",
                 "\xC3\x87" "avu\xC5\x9F" "in", CITE_CONSISTENT,
                 "a name opening with a capital outside ASCII");
    expect_place(p, "About 1,500 prisoners were moved to Morvanj and Kessbar on Tuesday.",
                 "Prisoners now safe in the Morvanj jail.", "Morvanj", CITE_CONSISTENT,
                 "\"moved to A and B\": where people were taken is a place");
    expect_place(p, "The flight, bound for Orlen South, returned after a bird strike.",
                 "Our flight to Orlen South has returned to base.", "Orlen South",
                 CITE_CONSISTENT, "\"bound for X\" makes X a place");
    expect_place(p, "The stage finished on the Mur de Kessel, a 400-metre cobbled ramp with "
                    "steep sections.",
                 "What a finish on the Mur de Kessel today!", "Mur de Kessel", CITE_CONSISTENT,
                 "an apposition headed by a landmark word (\"ramp with\"), over a particle");
    expect_entity(p, "The deal was signed by Casa de Verlo, the firm that owns the mill.",
                  "Casa de Verlo has signed the deal.", "Casa de Verlo",
                  "an apposition headed by \"firm\" keeps the name an organisation");
    expect_place(p, "By Thursday 31 ships were waiting at anchor off Hook of Kessland.",
                 "I count 38 ships at anchor off Hook of Kessland right now.", "Hook of Kessland",
                 CITE_CONSISTENT, "\"at anchor off X\" is off a coast, and \"of\" runs in a name");
    expect_place(p, "The rocket lifted off from the Varo Space Center at 1:13 a.m.",
                 "NURI launch from Varo Space Center tonight.", "Varo Space Center",
                 CITE_CONSISTENT, "a space centre is a site, not a body");
    expect_entity(p, "The National Cyber Security Centre issued a warning.",
                  "The National Cyber Security Centre warns of a new attack.",
                  "National Cyber Security Centre", "an agency's centre stays an organisation");
    expect_place(p, "Derry Council said about 160,000 people came over four nights.",
                 "Huge crowds in Londonderry tonight for the parade.", "Londonderry",
                 CITE_CONSISTENT, "a post's place is found in the body by the gazetteer's name too");
    expect_place(p, "The airline cancelled its services to Kettlewick on Monday.",
                 "23 flights cancelled today, including all Kettlewick and Orrinby services.",
                 "Orrinby", CITE_POST_ONLY,
                 "a post's name listed after a place the body shows is a place too");
    expect_entity(p, "The deal was agreed in Kettlewick on Monday.",
                  "Thanks to Anna Berg and Orrin Baker for the deal.", "Orrin Baker",
                  "a name listed after a person stays a name");
    expect_place(p, "They won the semi-final at Kessel Road on Saturday.",
                 "What a night at #KesselRoad, see you in the final!", "Kessel Road",
                 CITE_CONSISTENT, "a name ending in \"Road\" is a place, and the hashtag spells it");
    expect_place(p, "Twelve whales stranded at Orrin Spit overnight.",
                 "Rescuers are at Orrin Spit with the stranded whales.", "Orrin Spit",
                 CITE_CONSISTENT, "a spit is a landmark");
    expect_place(p, "Snow closed 34 schools across Kessmoorshire on Wednesday.",
                 "Dozens of schools across #Kessmoorshire are closed today.", "Kessmoorshire",
                 CITE_CONSISTENT, "\"across X\" places X");
    expect_place(p, "Kessmoor was again the county's busiest fishing port, the board said.",
                 "Stand with Kessmoor! Our boats need you.", "Kessmoor", CITE_CONSISTENT,
                 "\"X was again the ... port\" shows X a place");
    expect_place(p, "The cable runs from Orrin Point, north of Kettlewick, to Dunmarra.",
                 "Still no power for Dunmarra households tonight.", "Dunmarra", CITE_CONSISTENT,
                 "the end of \"from X, north of Y, to Z\" is a place");
    expect_place(p, "The cable runs from Orrin Bluff, north of Kettlewick, to Dunmarra.",
                 "Thanks to the Orrin Bluff crews working tonight.", "Orrin Bluff", CITE_CONSISTENT,
                 "\"X, north of Y\" shows X a place");
    expect_place(p, "The new line will run from Ben Thanh to Kessel Yard.",
                 "Morning rush at B\xE1\xBA\xBFn Th\xC3\xA0nh station!", "B\xE1\xBA\xBFn "
                 "Th\xC3\xA0nh", CITE_CONSISTENT,
                 "a post's name with accents is the place the body writes without them");
    expect_entity(p, "Shares moved from Northwind to Kessel Holdings after the vote.",
                  "Northwind says the deal is done.", "Northwind",
                  "\"from X to Y Holdings\" makes no place of a company");
    expect_place(p, "Two of the passengers were held after they landed, officers said of Kessvale.",
                 "Sikar \xE0\xA4\x94\xE0\xA4\xB0 Kessvale \xE0\xA4\x95\xE0\xA5\x87 "
                 "\xE0\xA4\xAF\xE0\xA4\xBE\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x80",
                 "Kessvale", CITE_CONSISTENT,
                 "a name listed after a city with the Hindi \"and\" is a place");
    expect_place(p, "Residents of the village of Kessv\xC3\xA1r complained about the smell.",
                 "A kessv\xC3\xA1ri m\xC3\xA9r\xC5\x91\xC3\xA1llom\xC3\xA1son m\xC3\xA9rt\xC3\xA9k, "
                 "\xC3\xA9s ez nem az els\xC5\x91 eset, hogy \xC3\xADgy van.",
                 "Kessv\xC3\xA1r", CITE_CONSISTENT,
                 "a Hungarian adjective of a place the body names is that place");
    {
        cite_doc *g = article(p, "The new stadium in Seville was full on Sunday.",
                              "Muchas gracias a todos por venir y por el apoyo, que es enorme.");
        T_REPORT(g && !claim(g, CITE_CLAIM_PLACE, "Gracia", true),
                 "a word that starts with a place's name the body never names is no place");
        cite_doc_free(g);
    }
    expect_place(p, "Skiers were stuck on a chairlift in the hills above Bariloche on Thursday.",
                 "Bariloche: 160 skiers evacuated from a chairlift today. #Bariloche", "Bariloche",
                 CITE_CONSISTENT, "a post's name that a post writes as a known place is a place");
    {
        char post[512];
        snprintf(post, sizeof post, "Minyak sudah mencapai pantai Kessel Raya Utara dan warga "
                                    "diminta tidak melaut untuk sementara.");
        expect_place(p, "Oil reached 12 km of shoreline in North Kessel Raya regency on Monday.",
                     post, "Kessel Raya Utara", CITE_CONSISTENT,
                     "\"Kessel Raya Utara\" is the body's \"North Kessel Raya\"");
    }
    cite_doc *d = article(p, "The vote was held in March.", "March for Climate starts now.");
    T_REPORT(!claim(d, CITE_CLAIM_PLACE, "March", false) &&
                 !claim(d, CITE_CLAIM_PLACE, "March", true),
             "a month after \"in\" is no place");
    cite_doc_free(d);
    cite_parser_free(p);
    return TEST_SUMMARY();
}
