/*
 * places_test.c - towns (the gazetteer's second list): a town's name is a place
 * after a locative word or as a whole hashtag, and stays a name elsewhere.
 */
#include "harness.h"
#include "citecheck/citecheck.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const cite_claim *claim(const cite_doc *d, cite_claim_type t, const char *subject)
{
    for (size_t i = 0; d && i < cite_doc_claim_count(d); i++) {
        const cite_claim *c = cite_doc_claim_at(d, i);
        if (c->type == t && c->subject && !strcmp(c->subject, subject))
            return c;
    }
    return NULL;
}

static cite_doc *parse(cite_parser *p, const char *s)
{
    cite_doc *d = NULL;
    return cite_parse(p, s, strlen(s), &d, NULL) == CITE_OK ? d : NULL;
}

static void expect(cite_parser *p, const char *text, cite_claim_type t, const char *subject,
                   bool want, const char *what)
{
    cite_doc *d = parse(p, text);
    T_REPORT(d && (claim(d, t, subject) != NULL) == want, "%s", what);
    cite_doc_free(d);
}

static const char POST_TAIL[] = "\n\xE2\x80\x94 Port News (@portnews) July 17, 2023\n"
                                "Operators said more details would follow.\n";

int main(void)
{
    cite_options o;
    cite_options_init(&o);
    cite_parser *p = cite_parser_new(&o, NULL);
    OK(p != NULL, "parser");
    if (!p)
        return TEST_SUMMARY();
    expect(p, "Ferries from Dover were cancelled on Monday.", CITE_CLAIM_PLACE, "Dover", true,
           "a town after \"from\" is a place");
    expect(p, "Schools were closed in the town of Dover on Monday.", CITE_CLAIM_PLACE, "Dover",
           true, "a town after \"in the town of\" is a place");
    expect(p, "Rui Tavares won the race for mayor. Tavares thanked his voters.",
           CITE_CLAIM_PLACE, "Tavares", false, "a town's name without a locative is no place");
    char buf[1024];
    snprintf(buf, sizeof buf, "Rui Tavares won the race for mayor of Porto.\n"
                              "Tavares thanks his voters in Porto.%s", POST_TAIL);
    expect(p, buf, CITE_CLAIM_ENTITY, "Tavares", true, "... and stays a person's name");
    expect(p, buf, CITE_CLAIM_PLACE, "Tavares", false, "... also in a post");
    expect(p, "Ferries were cancelled on Monday.\nThick fog in #Dover this morning.",
           CITE_CLAIM_PLACE, "Dover", true, "a town as a whole hashtag is a place");
    expect(p, "Talks went on.\nWe need action on #ClimateChange now.", CITE_CLAIM_PLACE,
           "Change", false, "a town is never the tail of a hashtag");
    expect(p, "Heat records fell.\nΜέγιστες θερμοκρασίες: Αθήνα 41,2\xC2\xB0" "C.", CITE_CLAIM_PLACE,
           "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", true,
           "a city's name in its own country's script is a place");
    expect(p, "Aid arrived.\n\xD9\x88\xD8\xB5\xD9\x84\xD8\xAA \xD8\xA5\xD9\x84\xD9\x89 "
              "\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA9 "
              "\xD8\xB2\xD8\xA7\xD9\x84\xD9\x86\xD8\xAC\xD9\x8A \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85",
           CITE_CLAIM_PLACE, "\xD8\xB2\xD8\xA7\xD9\x84\xD9\x86\xD8\xAC\xD9\x8A", true,
           "a town in a script without capitals needs no capital or locative");
    expect(p, "The festival opened.\nRed carpet tonight! #\xEB\xB6\x80\xEC\x82\xB0 #film",
           CITE_CLAIM_PLACE, "\xEB\xB6\x80\xEC\x82\xB0", true,
           "a Korean city's name without its status word (\"Busan\", not \"Busan Metropolitan "
           "City\") is a place");
    expect(p, "Flights resumed.\n\xE0\xA4\xA6\xE0\xA5\x81\xE0\xA4\xAC\xE0\xA4\x88 "
              "\xE0\xA4\xB8\xE0\xA5\x87 \xE0\xA4\x89\xE0\xA4\xA1\xE0\xA4\xBC"
              "\xE0\xA4\xBE\xE0\xA4\xA8",
           CITE_CLAIM_PLACE, "\xE0\xA4\xA6\xE0\xA5\x81\xE0\xA4\xAC\xE0\xA4\x88", true,
           "a city of millions abroad is a place in the script of any language (Dubai in Hindi)");
    snprintf(buf, sizeof buf, "The mine was closed.\nGruvan i Kiruna har st\xC3\xA4ngt och det "
                              "\xC3\xA4r inte klart n\xC3\xA4r den \xC3\xB6ppnar igen.%s",
             POST_TAIL);
    expect(p, buf, CITE_CLAIM_PLACE, "Kiruna", true,
           "a town after a locative word of the post's language (\"i Kiruna\") is a place");
    expect(p, "The plant is in Marysville, Ohio, the company said.", CITE_CLAIM_PLACE, "Ohio",
           true, "a first-level division is a region");
    expect(p, "The yacht Sea Falcon won.\nSea Falcon wins line honours!", CITE_CLAIM_PLACE,
           "Falcon", false, "a division's name without its accent is no place where it is a word");
    expect(p, "The charity's ship, the Aurora, reached the boat first.", CITE_CLAIM_PLACE,
           "Aurora", false, "a city's name after \"the\" names a ship");
    expect(p, "Voters turned out for the Wroclaw run-off on Sunday.", CITE_CLAIM_PLACE, "Wroclaw",
           true, "a city qualifying the noun after \"the\" is still a place");
    expect(p, "Searches went on with the plane Manta 10-01 overnight.", CITE_CLAIM_PLACE, "Manta",
           false, "a city's name before a code names a craft");
    expect(p, "The derby was played on Sunday.\nWhat a night! #DerbyKrakowa", CITE_CLAIM_PLACE,
           "Derby", false, "no piece of a hashtag split with a lone letter at its end is a place");
    expect(p, "Floods rose on Sunday.\nPrisoners moved. #SylhetFlood", CITE_CLAIM_PLACE,
           "Sylhet", true, "... where a hashtag of words keeps its place");
    expect(p, "Homes in the Valle del Sol district were flooded.", CITE_CLAIM_PLACE, "Valle",
           false, "a place's name running on with \"del\" is the head of a longer name");

    snprintf(buf, sizeof buf, "Ferries from Dover were cancelled on Monday, the operator said.\n"
                              "All ferries from Folkestone are cancelled today.%s", POST_TAIL);
    cite_doc *d = parse(p, buf);
    const cite_finding *f = NULL;
    for (size_t i = 0; d && i < cite_doc_finding_count(d); i++)
        if (cite_doc_finding_at(d, i)->type == CITE_CLAIM_PLACE)
            f = cite_doc_finding_at(d, i);
    T_REPORT(f && f->kind == CITE_CONFLICT && f->subject && !strcmp(f->subject, "Folkestone"),
             "a town in the post against another in the body is a place conflict (got %s %s)",
             f ? cite_finding_kind_name(f->kind) : "none", f && f->subject ? f->subject : "");
    cite_doc_free(d);

    /* a number word opening a sentence, a time zone and a currency's short form
     * are no names */
    snprintf(buf, sizeof buf, "Markets fell on Tuesday.\nThirty-one stocks fell. Trading "
                              "closed at 15:30 IST, with Rs 4 lakh crore lost.%s", POST_TAIL);
    expect(p, buf, CITE_CLAIM_ENTITY, "Thirty-one", false, "a number word is no name");
    expect(p, buf, CITE_CLAIM_ENTITY, "IST", false, "a time zone is no name");
    expect(p, buf, CITE_CLAIM_ENTITY, "Rs", false, "a currency's short form is no name");

    /* a city's former name is the city: "Bombay" in a post, "Mumbai" in the body */
    snprintf(buf, sizeof buf, "Markets in Mumbai fell sharply on Tuesday, traders said.\n"
                              "Bloodbath in Bombay today as stocks crash.%s", POST_TAIL);
    d = parse(p, buf);
    f = NULL;
    for (size_t i = 0; d && i < cite_doc_finding_count(d); i++)
        if (cite_doc_finding_at(d, i)->type == CITE_CLAIM_PLACE)
            f = cite_doc_finding_at(d, i);
    T_REPORT(f && f->kind == CITE_CONSISTENT, "Bombay is Mumbai (got %s)",
             f ? cite_finding_kind_name(f->kind) : "none");
    cite_doc_free(d);

    /* names the gazetteer cannot know: a landmark's last word, a journey's ends */
    snprintf(buf, sizeof buf, "The match at Adelaide Oval drew a record crowd.\n"
                              "Sold out at Adelaide Oval tonight! Trains run from Glenelg "
                              "to Brighton every ten minutes.%s", POST_TAIL);
    expect(p, buf, CITE_CLAIM_PLACE, "Adelaide Oval", true,
           "a name ending in a landmark word is a place");
    expect(p, buf, CITE_CLAIM_ENTITY, "Adelaide Oval", false, "... and no entity");
    expect(p, buf, CITE_CLAIM_PLACE, "Glenelg", true, "\"from X to Y\": X is a place");
    expect(p, buf, CITE_CLAIM_PLACE, "Brighton", true, "... and so is Y");
    snprintf(buf, sizeof buf, "Talks went on.\nA letter from Ana Ruiz to the board said "
                              "Oval Holdings and Park Street Capital would merge.%s",
             POST_TAIL);
    expect(p, buf, CITE_CLAIM_PLACE, "Ana Ruiz", false, "\"from\" without \"to\" + a name is no journey");
    expect(p, buf, CITE_CLAIM_PLACE, "Oval Holdings", false, "a landmark word inside a name is not its end");
    expect(p, "Talks went on.\nThe appeal will be heard in #Maribor.", CITE_CLAIM_PLACE,
           "Maribor", true, "a hashtag split into words the article lacks is still a place");
    cite_parser_free(p);
    return TEST_SUMMARY();
}
