/*
 * attrib_test.c - the attribution stage through the public API: the seed
 * article's citations (CONTRACT.md "The user's own example"), unit cases for
 * cue forms, coreference and quotes, date resolution (dates.h), and bad input
 * that must stay linear (no full stop, thousands of "said", stray quotes).
 */
#include "harness.h"
#include "attrib/dates.h"
#include "citecheck/citecheck.h"

#include <stdlib.h>
#include <time.h>

static cite_doc *parse(const char *text, const char *date)
{
    cite_options o;
    cite_options_init(&o);
    if (date)
        snprintf(o.date, sizeof o.date, "%s", date);
    o.flags |= CITE_OPT_FORCE_TEXT;
    cite_parser *p = cite_parser_new(&o, NULL);
    cite_doc *d = NULL;
    if (!p || cite_parse(p, text, strlen(text), &d, NULL) != CITE_OK)
        d = NULL;
    cite_parser_free(p);
    return d;
}

static const cite_citation *find(const cite_doc *d, const char *source)
{
    for (size_t i = 0; d && i < cite_doc_citation_count(d); i++)
        if (strcmp(cite_doc_citation_at(d, i)->source, source) == 0)
            return cite_doc_citation_at(d, i);
    return NULL;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return buf;
}

static void test_seed(void)
{
    const char *text = slurp("samples/eastern-herald-china-russia-drills.txt");
    OK(text != NULL, "seed sample readable");
    if (!text)
        return;
    cite_doc *d = parse(text, "2023-07-17");
    OK(d != NULL, "seed parses");
    const cite_citation *c = find(d, "the Moscow Times");
    OK(c && strcmp(c->kind, "news_outlet") == 0, "Moscow Times is a news outlet");
    STR_EQ(c ? c->cue : NULL, "reports", "Moscow Times cue");
    c = find(d, "the Chinese Ministry of Defense");
    OK(c && strcmp(c->kind, "official") == 0, "ministry is official");
    STR_EQ(c ? c->quote : NULL, "safeguarding strategic maritime routes", "ministry quote");
    STR_EQ(c ? c->date_text : NULL, "on Saturday", "ministry date_text");
    STR_EQ(c ? c->date : NULL, "2023-07-15", "ministry date");
    c = find(d, "Chinese defense authorities");
    OK(c && strcmp(c->kind, "official") == 0, "authorities are official");
    STR_EQ(c ? c->cue : NULL, "announced", "authorities cue");
    STR_EQ(c ? c->date_text : NULL, "on Sunday", "authorities date_text");
    STR_EQ(c ? c->date : NULL, "2023-07-16", "authorities date");
    c = find(d, "a statement released on Sunday");
    OK(c && strcmp(c->kind, "document") == 0, "statement is a document");
    OK(c && c->cue && strcmp(c->cue, "According to") == 0, "statement cue according to");
    c = find(d, "Li Shangfu");
    OK(c && strcmp(c->kind, "person") == 0, "Li Shangfu is a person");
    STR_EQ(c ? c->role : NULL, "China's defense minister", "Li Shangfu role");
    STR_EQ(c ? c->cue : NULL, "expressed", "Li Shangfu cue");
    size_t posts = 0;
    for (size_t i = 0; d && i < cite_doc_citation_count(d); i++) {
        const cite_citation *x = cite_doc_citation_at(d, i);
        if (strcmp(x->kind, "social_post") == 0) {
            posts++;
            INT_EQ(x->embed, 0, "the post cites embed 0");
        }
        if (i > 0)
            OK(cite_doc_citation_at(d, i - 1)->span.start <= x->span.start, "ordered by span");
    }
    INT_EQ(posts, cite_doc_embed_count(d), "one social_post per embed");
    OK(find(d, "South Korea") == NULL, "South Korea deploying jets is no attribution");
    cite_doc_free(d);
    d = parse(text, NULL);
    c = find(d, "Chinese defense authorities");
    OK(c && c->date == NULL && c->date_text, "no article date: date unresolved, text kept");
    cite_doc_free(d);
}

static void test_units(void)
{
    cite_doc *d = parse("Officials met in the capital on Monday to discuss the budget.\n\n"
                        "“We will not raise taxes,” said Anna Berg, the finance minister. "
                        "Berg added that spending would fall. She also said the deficit was "
                        "shrinking, Reuters reported.\n\n"
                        "Sources familiar with the talks said a deal was close.\n\n"
                        "It was reported that the vote would be delayed.\n",
                        "2024-03-06");
    const cite_citation *c = find(d, "Anna Berg");
    OK(c && strcmp(c->kind, "person") == 0, "Anna Berg is a person");
    STR_EQ(c ? c->role : NULL, "the finance minister", "role after the name");
    STR_EQ(c ? c->quote : NULL, "We will not raise taxes", "quote before the speaker");
    INT_EQ(c ? c->nspans : 0, 3, "short name and pronoun join the first mention");
    c = find(d, "Reuters");
    OK(c && strcmp(c->kind, "news_outlet") == 0, "Reuters from the outlets table");
    c = find(d, "Sources familiar with the talks");
    OK(c && strcmp(c->kind, "anonymous") == 0, "sources familiar: anonymous");
    STR_EQ(c ? c->claim : NULL, "a deal was close", "claim without the attribution");
    OK(find(d, "It") == NULL, "no source: no citation");
    cite_doc_free(d);

    d = parse("The plan was approved, the ministry's spokesperson, Ivo Petrov, said on "
              "Friday, according to a report by the agency TASS. Prosecutors have filed "
              "charges, the Interfax news agency reported, citing a court filing.\n",
              "2024-03-06");
    OK(find(d, "TASS") || find(d, "a report by the agency TASS"), "according to a report");
    c = find(d, "Interfax");
    OK(c == NULL || strcmp(c->kind, "news_outlet") == 0, "Interfax kind");
    c = find(d, "the Interfax news agency");
    OK(c == NULL || strcmp(c->kind, "news_outlet") == 0, "the Interfax news agency kind");
    c = find(d, "a court filing");
    OK(c && strcmp(c->kind, "document") == 0, "citing a court filing: document");
    cite_doc_free(d);
}

static void test_dates(void)
{
    struct citep_date_expr e;
    char out[16];
    static const struct {
        const char *phrase, *date, *want;
    } cases[] = {
        {"on Saturday", "2023-07-17", "2023-07-15"},
        {"on Sunday", "2023-07-17", "2023-07-16"},
        {"on Monday", "2023-07-17", "2023-07-17"},
        {"last Monday", "2023-07-17", "2023-07-10"},
        {"yesterday", "2024-03-01", "2024-02-29"},
        {"last month", "2023-01-10", "2022-12"},
        {"this month", "2023-01-10", "2023-01"},
        {"last week", "2023-07-17", "2023-W28"},
        {"last year", "2023-07-17", "2022"},
        {"on July 3", "2023-07-17", "2023-07-03"},
        {"on December 30", "2023-01-02", "2022-12-30"},
        {"on 3 July 2021", "", "2021-07-03"},
        {"on July 3rd, 2020", "", "2020-07-03"},
        {"in March", "2023-07-17", "2023-03"},
        {"Saturday night", "2023-07-17", "2023-07-15"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = citep_date_scan(cases[i].phrase, strlen(cases[i].phrase), &e);
        INT_EQ(n, strlen(cases[i].phrase), cases[i].phrase);
        bool ok = citep_date_resolve(&e, cases[i].date, out, sizeof out);
        STR_EQ(ok ? out : NULL, cases[i].want, cases[i].phrase);
    }
    size_t n = citep_date_scan("on Sunday", 9, &e);
    OK(n == 9 && !citep_date_resolve(&e, "", out, sizeof out), "no article date: unresolved");
    OK(citep_date_scan("may be", 6, &e) == 0, "the verb may is no month");
    OK(citep_date_scan("online", 6, &e) == 0, "whole words only");
}

static char *repeat(const char *unit, size_t times)
{
    size_t k = strlen(unit);
    char *s = malloc(k * times + 2);
    if (!s)
        return NULL;
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * k, unit, k);
    s[k * times] = '\n';
    s[k * times + 1] = '\0';
    return s;
}

static void timed(const char *unit, size_t times, const char *msg)
{
    char *s = repeat(unit, times);
    if (!s)
        return;
    clock_t t0 = clock();
    cite_doc *d = parse(s, "2023-07-17");
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    OK(d != NULL, msg);
    T_REPORT(secs < 3.0, "%s: %.2f s", msg, secs);
    cite_doc_free(d);
    free(s);
}

/* Posts between prose citations: the list is in text order across both. */
static void test_order_with_posts(void)
{
    cite_doc *d = parse("The ministry said on Monday that talks would resume.\n\n"
                        "Great day in #Lisbon with the team! pic.twitter.com/abc123\n"
                        "\xE2\x80\x94 Ana Lopes (@analopes) July 17, 2023\n\n"
                        "Ana Lopes, a local activist, said the march was peaceful.\n\n"
                        "Back home now #tired pic.twitter.com/def456\n"
                        "\xE2\x80\x94 Rui Costa (@ruicosta) July 18, 2023\n\n"
                        "Police said 40 people attended.\n",
                        NULL);
    size_t n = d ? cite_doc_citation_count(d) : 0, posts = 0;
    OK(n >= 4, "prose and post citations");
    for (size_t i = 0; i < n; i++) {
        const cite_citation *x = cite_doc_citation_at(d, i);
        posts += strcmp(x->kind, "social_post") == 0;
        if (i > 0)
            OK(cite_doc_citation_at(d, i - 1)->span.start < x->span.start, "in text order");
    }
    INT_EQ(posts, cite_doc_embed_count(d), "one social_post per embed");
    INT_EQ(cite_doc_embed_count(d), 2, "two posts");
    OK(n && strcmp(cite_doc_citation_at(d, n - 1)->kind, "social_post") != 0,
       "the last citation is the prose after the posts");
    cite_doc_free(d);
}

static void test_bad_input(void)
{
    timed("the drills went on and on ", 8000, "200 KB paragraph without a full stop");
    timed("Li Shangfu said ", 6000, "thousands of said in one sentence");
    timed("John Doe said “yes and ", 4000, "thousands of unbalanced quotes");
    timed("\"a\" said X, “b\" said Y, ", 4000, "mixed curly and straight quotes");
    timed("Officials familiar with the plan, who asked not to be named, said ", 2000,
          "long subjects repeated");
    cite_doc *d = parse("“This quote opens here.\n\nAnd closes here,” he said.\n", NULL);
    OK(d != NULL, "quote spanning paragraphs");
    cite_doc_free(d);
}

/* Rules that keep non-sources out and find sources in held-out styles. */
static void test_general_rules(void)
{
    cite_doc *d = parse("No casualties were reported. Residents were told to stay inside.", NULL);
    OK(d && cite_doc_citation_count(d) == 0, "subjects of a passive cue are not sources");
    cite_doc_free(d);
    d = parse("The campaign did not say how many people came. Candidate announces rally.", NULL);
    OK(d && cite_doc_citation_count(d) == 0, "negated cue and headline title cite nobody");
    cite_doc_free(d);
    d = parse("\"People told me it would fail,\" she said. The candidate won.", NULL);
    OK(d && !find(d, "People"), "a cue inside a quotation is not the article's");
    cite_doc_free(d);
    d = parse("Home Secretary Yvette Cooper told the BBC the figures showed progress.", NULL);
    const cite_citation *c = d ? find(d, "the BBC") : NULL;
    OK(c && strcmp(c->kind, "news_outlet") == 0, "told + outlet before the reported clause");
    OK(d && !find(d, "the figures"), "a finding inside reported speech is not a document");
    cite_doc_free(d);
    d = parse("A senior official who asked not to be named said talks had stalled. "
              "A U.S. Navy official told reporters the ships would stay.", NULL);
    c = d ? find(d, "A senior official") : NULL;
    OK(c && strcmp(c->kind, "anonymous") == 0, "relative clause without commas");
    c = d ? find(d, "A U.S. Navy official") : NULL;
    OK(c && strcmp(c->kind, "anonymous") == 0, "indefinite official is anonymous");
    cite_doc_free(d);
    d = parse("A spokesperson for the Securities and Exchange Commission, which filed the "
              "case, said it would not comment. A federal judge on Tuesday denied the motion.",
              NULL);
    c = d ? find(d, "A spokesperson for the Securities and Exchange Commission") : NULL;
    OK(c && strcmp(c->kind, "official") == 0, "no name split across an inner and");
    OK(d && !find(d, "Tuesday"), "a date is never a source");
    cite_doc_free(d);
    d = parse("A study published in The Lancet found that the vaccine worked. "
              "Engineers found cracks in the shield.", NULL);
    c = d ? find(d, "A study published in The Lancet") : NULL;
    OK(c && strcmp(c->kind, "document") == 0, "found cites a document subject");
    OK(d && cite_doc_citation_count(d) == 1, "found does not cite people");
    cite_doc_free(d);
}

/* kind of the citation whose source is exactly src, or "" */
static const char *kind_of(const cite_doc *d, const char *src)
{
    const cite_citation *c = d ? find(d, src) : NULL;
    return c ? c->kind : "";
}

/* A second predicate ("and said", ", saying") shares the first one's subject. */
static void test_shared_subject(void)
{
    cite_doc *d = parse("The farmers' union welcomed the ruling and said it would not appeal.",
                        NULL);
    const cite_citation *c = d ? find(d, "The farmers' union") : NULL;
    OK(c && strcmp(c->kind, "organization") == 0 && strcmp(c->cue, "said") == 0 &&
           strcmp(c->claim, "it would not appeal") == 0,
       "'X welcomed ... and said': X, with a lower-case plural possessive in the name");
    cite_doc_free(d);
    d = parse("Police arrested two men on Monday, saying they had fled a checkpoint.", NULL);
    c = d ? find(d, "Police") : NULL;
    OK(c && strcmp(c->kind, "official") == 0 && strcmp(c->cue, "saying") == 0,
       "', saying' cites the subject of the clause before the comma");
    cite_doc_free(d);
    d = parse("Russia launched 40 drones overnight, the air force said, adding that 36 were "
              "shot down. Fans cheered and sang. Crews cleared the road, which reopened.",
              NULL);
    OK(d && cite_doc_citation_count(d) == 1 && find(d, "the air force") && !find(d, "Russia"),
       "', adding' after a cue adds nothing; 'and' without a cue verb cites nobody");
    cite_doc_free(d);
    d = parse("The mayor did not attend and said nothing. Ana Ruiz spoke to the crowd, "
              "and \"the plan\" was said to be dead.", NULL);
    OK(d && !find(d, "The mayor") && !find(d, "Ana Ruiz"),
       "no shared subject across a negation or into a passive");
    cite_doc_free(d);
    d = parse("The Tea Packers Association blamed the slump on a law that bars exports, and "
              "said the rule should go. A study found that magma had collected, and said "
              "that this was no sign of an eruption.", NULL);
    OK(d && find(d, "The Tea Packers Association") && cite_doc_citation_count(d) == 2,
       "a relative 'that' does not end the first predicate; a cue before 'that' does");
    cite_doc_free(d);
    d = parse("Mara Ilves scored a try and added two more. Police told residents to stay "
              "indoors. The council closed the road and told drivers to use the bypass.", NULL);
    OK(d && cite_doc_citation_count(d) == 0, "a count after 'added' and an order are no cues");
    cite_doc_free(d);
    d = parse("The mayor told reporters the plan was dead. Ines Roth added that it cost "
              "too much.", NULL);
    OK(d && find(d, "The mayor") && find(d, "Ines Roth"), "'told reporters' and 'added that' stay cues");
    cite_doc_free(d);    d = parse("The World Health Organization said cases rose. Deaths fell, the WHO said. "
              "The International Monetary Fund said growth slowed. The IMF added that "
              "risks rose.", NULL);
    OK(d && cite_doc_citation_count(d) == 2 &&
           cite_doc_citation_at(d, 0)->nspans == 2 &&
           cite_doc_citation_at(d, 1)->nspans == 2,
       "an acronym of a body cited before is that body ('the WHO', 'The IMF')");
    cite_doc_free(d);
    d = parse("WHO said on Monday that cases had doubled.", NULL);
    OK(d && cite_doc_citation_count(d) == 1 && find(d, "WHO"),
       "a function word in capitals is a name");
    cite_doc_free(d);
    d = parse("Cadena 3 said the match was off. Ana Vidal told the radio station W Radio "
              "that she would stay. Channel 4 reported the closure.", NULL);
    OK(strcmp(kind_of(d, "Cadena 3"), "news_outlet") == 0 &&
           strcmp(kind_of(d, "W Radio"), "news_outlet") == 0 &&
           strcmp(kind_of(d, "Channel 4"), "news_outlet") == 0,
       "a station's number and a medium's word end an outlet's name");
    cite_doc_free(d);
    d = parse("Lena Moss, a 63-year-old farmer whose field was flattened in March and whose "
              "cousin was killed two years ago, said hunting was the only way. Economist Ravi "
              "Fonseka, of the Ceylon Policy Lab, wrote that the budget was credible. Ana "
              "Tuberi, a vendor who has watched every game since 1997, said she blamed the "
              "officials.", NULL);
    OK(strcmp(kind_of(d, "Lena Moss"), "person") == 0 &&
           strcmp(kind_of(d, "Ravi Fonseka"), "person") == 0 &&
           strcmp(kind_of(d, "Ana Tuberi"), "person") == 0 && cite_doc_citation_count(d) == 3,
       "long descriptions, affiliations; 'said she ...' is a clause, no source");
    cite_doc_free(d);
    d = parse("The flight directors, Aiko Tanabe and Kenji Ota, said the team would try.",
              NULL);
    OK(strcmp(kind_of(d, "Aiko Tanabe"), "person") == 0 &&
           strcmp(kind_of(d, "Kenji Ota"), "person") == 0,
       "two names after a plural role, both cited");
    cite_doc_free(d);
    d = parse("PT Zamzam 99 Wisata said it had bought the places. Its largest investor, "
              "Sakura 5 Ventures, said it remains committed. Marisol 3 Maritime, the company "
              "that manages the ship, said the crew was safe. The youth group Generation 2030 "
              "wrote that turnout fell. Ana Reimer spoke in an interview with the radio "
              "station 660 News.", NULL);
    OK(strcmp(kind_of(d, "PT Zamzam 99 Wisata"), "organization") == 0 &&
           strcmp(kind_of(d, "Sakura 5 Ventures"), "organization") == 0 &&
           strcmp(kind_of(d, "Marisol 3 Maritime"), "organization") == 0 &&
           strcmp(kind_of(d, "Generation 2030"), "organization") == 0 &&
           strcmp(kind_of(d, "660 News"), "news_outlet") == 0,
       "numbers inside and after bodies' names, and opening a station's");
    cite_doc_free(d);
    d = parse("The Ministry of Finance, Planning and Economic Development said the deficit "
              "would narrow. The Okavango People, Wildlife and Water Trust, a charity, said "
              "quotas were wrong. Ana Ruiz, Pia Berg and Tom Lee said the deal was off.", NULL);
    OK(strcmp(kind_of(d, "The Ministry of Finance, Planning and Economic Development"),
              "official") == 0 &&
           strcmp(kind_of(d, "The Okavango People, Wildlife and Water Trust"),
                  "organization") == 0 &&
           find(d, "Tom Lee") && !find(d, "Ana Ruiz, Pia Berg and Tom Lee"),
       "a body's name may list its fields with commas; a list of people stays a list");
    cite_doc_free(d);
    d = parse("Ghana has a loan from the International Monetary Fund. The IMF said the budget "
              "was fine. Players wrote to the Fiji Rugby Union (FRU) on Monday. The FRU said "
              "the claims were false. The NHS said waiting lists fell.", NULL);
    OK(strcmp(kind_of(d, "International Monetary Fund"), "organization") == 0 &&
           find(d, "Fiji Rugby Union") && !find(d, "The FRU") && find(d, "The NHS"),
       "an acronym stands for the name it spells that came before, with or without brackets");
    cite_doc_free(d);
    d = parse("Casa Verlani said it would appeal. Ferro Industri said output fell.", NULL);
    OK(strcmp(kind_of(d, "Casa Verlani"), "organization") == 0 &&
           strcmp(kind_of(d, "Ferro Industri"), "organization") == 0,
       "bodies' names in other languages are no people's");
    cite_doc_free(d);
    d = parse("The Central Bank of Sri Lanka said rates would hold. Panama's Institute of "
              "Meteorology said rainfall was low.", NULL);
    OK(strcmp(kind_of(d, "The Central Bank of Sri Lanka"), "official") == 0 &&
           strcmp(kind_of(d, "Panama's Institute of Meteorology"), "official") == 0,
       "a central bank and a country's institute are the state's own bodies");
    cite_doc_free(d);
    d = parse("Camera Nazionale della Moda Italiana, the body that runs fashion week, said "
              "the case hurt the brand. Jonas Van den Berghe, a union leader, said trains "
              "stopped.", NULL);
    OK(strcmp(kind_of(d, "Camera Nazionale della Moda Italiana"), "organization") == 0 &&
           strcmp(kind_of(d, "Jonas Van den Berghe"), "person") == 0,
       "particles inside names: della, den");
    cite_doc_free(d);
    d = parse("Lars Aagaard told the broadcaster DR. He said the tender failed.", NULL);
    OK(d && cite_doc_citation_count(d) == 2 && find(d, "Lars Aagaard") &&
           strcmp(kind_of(d, "DR"), "news_outlet") == 0,
       "a name in capitals before a full stop ends the sentence ('DR.' is no 'Dr.')");
    cite_doc_free(d);
    d = parse("A London-based broker said rates rose. One of the workers said they slept "
              "there. Dansk Industri (DI), the largest business lobby, said power would cost "
              "more.", NULL);
    OK(strcmp(kind_of(d, "A London-based broker"), "anonymous") == 0 &&
           strcmp(kind_of(d, "One of the workers"), "anonymous") == 0 &&
           strcmp(kind_of(d, "Dansk Industri"), "organization") == 0,
       "unnamed people with a place-made adjective; a name, its acronym and a description");
    cite_doc_free(d);
    d = parse("Captain Semi Radrodro, vice-captain Jone Vatuvei and playmaker Kaveni Tuilau "
              "said they were owed money. Police and fire chief Ana Ruiz said roads were shut.",
              NULL);
    OK(find(d, "Semi Radrodro") && find(d, "Jone Vatuvei") && find(d, "Kaveni Tuilau") &&
           find(d, "Ana Ruiz") && !find(d, "Police"),
       "people listed with their roles before one cue all said it");
    cite_doc_free(d);
    d = parse("Quoted by the Australian broadcaster ABC, the coach said the team was tired.",
              NULL);
    OK(strcmp(kind_of(d, "ABC"), "news_outlet") == 0, "'Quoted by' opening a sentence");
    cite_doc_free(d);
}


static void test_names_and_people(void)
{
    cite_doc *d = parse("Dr Amara Osei, who led the trial, said it worked. Prof Lena Holt "
                        "said the data were clear.", NULL);
    OK(strcmp(kind_of(d, "Amara Osei"), "person") == 0 &&
           strcmp(kind_of(d, "Lena Holt"), "person") == 0 && !find(d, "Dr Amara Osei"),
       "a title without its dot is no part of the name");
    cite_doc_free(d);
    d = parse("Rosa Ilves, a 71-year-old retired nurse who walks her dog along the harbour "
              "wall twice a day whatever the weather, said the water rose fast.", NULL);
    OK(strcmp(kind_of(d, "Rosa Ilves"), "person") == 0, "a long description between commas");
    cite_doc_free(d);
    d = parse("Health Minister Ola Berg investigated claims that the ward was closed.", NULL);
    OK(d && cite_doc_citation_count(d) == 0,
       "the object of a verb in the past is no cue");
    cite_doc_free(d);
    d = parse("The state-run Anadolu Agency reported that 12 people were detained.", NULL);
    OK(strcmp(kind_of(d, "Anadolu Agency"), "news_outlet") == 0,
       "how an outlet is owned is no part of its name");
    cite_doc_free(d);
    d = parse("The lake rose overnight, La Voz reported. Marine Le Pen said the vote was "
              "stolen. Le Pen said she would appeal.", NULL);
    OK(strcmp(kind_of(d, "La Voz"), "news_outlet") == 0,
       "a name opening with a capitalised article is a title");
    OK(strcmp(kind_of(d, "Marine Le Pen"), "person") == 0 && !find(d, "Le Pen"),
       "a surname with its particle takes the full name written earlier");
    cite_doc_free(d);
    d = parse("Fjordlaks and Havbruk Nord said the merger would save jobs.", NULL);
    OK(strcmp(kind_of(d, "Fjordlaks"), "organization") == 0 &&
           strcmp(kind_of(d, "Havbruk Nord"), "organization") == 0,
       "one name and a two-word name joined by and are two partners of one kind");
    cite_doc_free(d);
    d = parse("The Australian Cricketers' Association said the ban was harsh.", NULL);
    OK(find(d, "The Australian Cricketers' Association") != NULL,
       "a plural possessive inside a name");
    cite_doc_free(d);
    d = parse("A widely shared post on Facebook claimed that the bowler had been warned. "
              "Facebook said it had removed the post.", NULL);
    OK(strcmp(kind_of(d, "A widely shared post on Facebook"), "social_post") == 0 &&
           strcmp(kind_of(d, "Facebook"), "organization") == 0,
       "a post on a platform is a social post; the platform alone is the company");
    cite_doc_free(d);
    d = parse("Two Kenyan officials said the convoy was attacked. Bavarian officials said "
              "1,200 people left.", NULL);
    OK(strcmp(kind_of(d, "Two Kenyan officials"), "anonymous") == 0 &&
           strcmp(kind_of(d, "Bavarian officials"), "official") == 0,
       "officials counted but not named are anonymous");
    cite_doc_free(d);
    d = parse("A report by a panel of independent engineers found that the bridge was weak.",
              NULL);
    OK(strcmp(kind_of(d, "A report by a panel of independent engineers"), "document") == 0,
       "a report by someone is one document");
    cite_doc_free(d);
    d = parse("The National Water Regulatory Authority (NWRA) said the dam was safe. Later, "
              "the river rose again, NWRA said.", NULL);
    OK(strcmp(kind_of(d, "The National Water Regulatory Authority"), "official") == 0 &&
           !find(d, "NWRA") && cite_doc_citation_count(d) == 1,
       "a name before its acronym in brackets, and the acronym later, are one source");
    cite_doc_free(d);
    d = parse("Brescia's mayor, Paolo Rinaldi, was furious when he heard. "
                        "On Friday, Rinaldi said the city would sue.", NULL);
    OK(strcmp(kind_of(d, "Paolo Rinaldi"), "person") == 0,
       "a lone surname takes the full name written earlier");
    OK(d && !find(d, "Rinaldi"), "no second citation for the surname alone");
    cite_doc_free(d);
    d = parse("Hokkaido Electric Power said 20,000 homes had no power. Kaveri Agritech said "
              "it would respond.", NULL);
    OK(strcmp(kind_of(d, "Hokkaido Electric Power"), "organization") == 0 &&
       strcmp(kind_of(d, "Kaveri Agritech"), "organization") == 0,
       "names that end like a company's are organisations");
    cite_doc_free(d);
    d = parse("Samsung Electronics and SK Hynix said their plants ran normally. "
              "Procter and Gamble said sales rose.", NULL);
    OK(strcmp(kind_of(d, "Samsung Electronics"), "organization") == 0 &&
       strcmp(kind_of(d, "SK Hynix"), "organization") == 0, "two names joined by and");
    OK(find(d, "Procter and Gamble") != NULL, "one-word halves stay one name");
    cite_doc_free(d);
    d = parse("The Ethics and Anti-Corruption Commission said it had opened a file.", NULL);
    OK(find(d, "The Ethics and Anti-Corruption Commission") != NULL,
       "an institution's name keeps its inner and");
    cite_doc_free(d);
    d = parse("A museum trustee said the coffin should go home. One of the injured drivers "
              "told reporters the road shook. A Ukrainian lorry driver said he had waited.",
              NULL);
    OK(strcmp(kind_of(d, "A museum trustee"), "anonymous") == 0, "unnamed trustee");
    OK(strcmp(kind_of(d, "One of the injured drivers"), "anonymous") == 0, "one of the X");
    OK(strcmp(kind_of(d, "A Ukrainian lorry driver"), "anonymous") == 0,
       "a demonym is no name");
    cite_doc_free(d);
    d = parse("Barrault, 27, wrote on Instagram that she was devastated. Sports Minister "
              "Claire Vautrin, asked about the case, said the rules were clear. Two depot "
              "managers, speaking on condition of anonymity, said prices rose.", NULL);
    OK(find(d, "Barrault") != NULL, "an age between commas");
    OK(find(d, "Claire Vautrin") != NULL, "a participle clause between commas");
    OK(strcmp(kind_of(d, "Two depot managers"), "anonymous") == 0, "an -ing clause");
    cite_doc_free(d);
    d = parse("Nordvik Apparel, a Swedish retailer that buys a third of its clothes there, "
              "said it backed the wage. JR Hokkaido said trains would run. The Daily Nation "
              "said the firm was new, citing company registry documents. Ukraine's ministry "
              "said that Polish claims were wrong.", NULL);
    OK(strcmp(kind_of(d, "Nordvik Apparel"), "organization") == 0,
       "an apposition with a relative clause");
    OK(strcmp(kind_of(d, "JR Hokkaido"), "organization") == 0, "an acronym opens a company");
    OK(strcmp(kind_of(d, "company registry documents"), "document") == 0,
       "plain words before a document head");
    OK(d && !find(d, "Polish"), "a lone demonym is no source");
    cite_doc_free(d);
    d = parse("A company spokesman told dpa the permit stood.", NULL);
    OK(strcmp(kind_of(d, "dpa"), "news_outlet") == 0, "an outlet written in lower case");
    cite_doc_free(d);
}

static void test_antecedents(void)
{
    cite_doc *d = parse("Shares of Marrow Logistics fell 4 percent on the news. The company "
                        "said it would appeal.", NULL);
    OK(strcmp(kind_of(d, "Marrow Logistics"), "organization") == 0 && !find(d, "The company"),
       "the company stands for a company name written earlier");
    cite_doc_free(d);
    d = parse("Estonia's weather agency EMHI issued a storm warning, the agency said.", NULL);
    OK(strcmp(kind_of(d, "EMHI"), "official") == 0, "the agency stands for the name after it");
    cite_doc_free(d);
    d = parse("Two workers at Pellino Fratelli, the firm that built the bridge, were hurt. "
              "The firm said it regretted the accident.", NULL);
    OK(find(d, "Pellino Fratelli") != NULL, "the firm stands for the name apposed to it");
    cite_doc_free(d);
    d = parse("Volunteers planted 300 trees in Dunmere, the group said.", NULL);
    OK(d && !find(d, "Dunmere"), "a subject after a comma is no apposition");
    cite_doc_free(d);
    d = parse("Questioned about the report, a council spokesperson said nothing.", NULL);
    OK(d && cite_doc_citation_count(d) == 1, "a bare cue form after an article is a noun");
    cite_doc_free(d);
    d = parse("The regulator had acted on a complaint, the newspaper Mint reported, citing "
              "people aware of the plans.", NULL);
    OK(strcmp(kind_of(d, "people aware of the plans"), "anonymous") == 0,
       "people aware of the matter are unnamed sources");
    cite_doc_free(d);
    d = parse("Fines would double, according to the draft law. The paper said, citing a "
              "draft of the cabinet's decree, that taxes would rise.", NULL);
    OK(strcmp(kind_of(d, "the draft law"), "document") == 0 &&
       strcmp(kind_of(d, "a draft of the cabinet's decree"), "document") == 0,
       "a draft is a document");
    cite_doc_free(d);
    d = parse("Small boats were told to stay in port. The ferry's operator, Kerrow "
              "Shipping, said the route would reopen.", NULL);
    OK(strcmp(kind_of(d, "Kerrow Shipping"), "organization") == 0,
       "a company apposed to the role it plays");
    cite_doc_free(d);
}

/* Outlets named inside a medium's description, and who "quoted" whom. */
/* Papers named by their word for "daily", a role held "now" or "then" between
 * commas, and a time adverb after a passive agent. */
static void test_declined_only(void)
{
    cite_doc *d = parse("Fares will rise in May. Harbin Rail Freight declined to comment. "
                        "The Transport Ministry refused to say how much it had paid.", NULL);
    OK(d && !find(d, "Harbin Rail Freight") && !find(d, "The Transport Ministry"),
       "declining to comment or refusing to say is no citation");
    cite_doc_free(d);
    d = parse("Fares will rise. Orvella Shipping declined to comment on Monday. On Tuesday the "
              "company said in a statement that prices would fall.", NULL);
    const cite_citation *c = find(d, "Orvella Shipping");
    OK(c && strcmp(c->kind, "organization") == 0, "a source that declined, then spoke, is cited");
    STR_EQ(c ? c->cue : NULL, "said", "its cue is the words on record, not the refusal");
    cite_doc_free(d);
    d = parse("Fares will rise. A spokeswoman for Valmora Ports declined to comment on the "
              "letter but said the port \"remains open\".", NULL);
    OK(d && find(d, "A spokeswoman for Valmora Ports"), "declined, but said something: cited");
    cite_doc_free(d);
}

static void test_unknown_outlets(void)
{
    cite_doc *d = parse("Fares rose in May. Three drivers told Vostrik they feared cuts.", NULL);
    OK(strcmp(kind_of(d, "Vostrik"), "news_outlet") == 0, "told an unknown one-word name: a medium");
    OK(strcmp(kind_of(d, "Three drivers"), "anonymous") == 0, "the tellers stay cited");
    cite_doc_free(d);
    d = parse("Fares rose. A farmer told the Valley-Herald that he had lost his land.", NULL);
    OK(strcmp(kind_of(d, "the Valley-Herald"), "news_outlet") == 0, "told 'the' and a name");
    cite_doc_free(d);
    d = parse("Viktor Orlansky arrived on Monday. The envoy told Orlansky that the deal was off. "
              "The mayor told Parliament that the port would close. The aide told Ana Lupu "
              "that it had failed.", NULL);
    OK(d && !find(d, "Orlansky") && !find(d, "Parliament") && !find(d, "Ana Lupu"),
       "a person named before, a body of the lexicon, a full name: no medium");
    cite_doc_free(d);
    d = parse("Fares rose. The minister told the House that the port would close.", NULL);
    OK(d && !find(d, "the House"), "told one common word (a chamber): no medium");
    cite_doc_free(d);
    d = parse("Fares rose. The mayor said on Vimlo that the port would close.", NULL);
    OK(d && !find(d, "Vimlo"), "said on an unknown name: no medium");
    cite_doc_free(d);
    d = parse("Fares rose. In a statement sent to the Harbour Courier, the company said it had "
              "complied.", NULL);
    OK(strcmp(kind_of(d, "the Harbour Courier"), "news_outlet") == 0,
       "a statement sent to a name, opening the sentence: the medium");
    cite_doc_free(d);
    d = parse("Fares rose. \"It is fair,\" its head, Lena Marx, was quoted as saying by KRT "
              "Today.", NULL);
    OK(strcmp(kind_of(d, "KRT Today"), "news_outlet") == 0, "quoted as saying by a name: a medium");
    OK(strcmp(kind_of(d, "Lena Marx"), "person") == 0, "and the one it quoted");
    cite_doc_free(d);
    d = parse("The Daily Lantern reported the sale on Friday. A clerk told the Lantern that she "
              "had warned her managers.", NULL);
    OK(d && !find(d, "the Lantern") && find(d, "The Daily Lantern"),
       "an outlet by the last word of its name is the one cited before");
    cite_doc_free(d);
    d = parse("Sales fell. The Daily Lantern reported the sale. The Bay-Courier said the "
              "port had closed.", NULL);
    OK(strcmp(kind_of(d, "The Daily Lantern"), "news_outlet") == 0, "'Daily' opening a name");
    OK(strcmp(kind_of(d, "The Bay-Courier"), "news_outlet") == 0, "a medium's word ending a compound");
    cite_doc_free(d);
    d = parse("The scandal was first reported by the news site Re:Vista, which found the "
              "ledgers. Talks begin at 10:30.", NULL);
    OK(strcmp(kind_of(d, "Re:Vista"), "news_outlet") == 0, "a colon inside a name");
    cite_doc_free(d);
}

static void test_counted_officials(void)
{
    cite_doc *d = parse("Talks went on. Two officials involved in the talks said it would close. "
                        "\"It is over,\" one of the officials said.", NULL);
    OK(strcmp(kind_of(d, "Two officials involved in the talks"), "anonymous") == 0,
       "counted officials with a phrase after them are unnamed people");
    OK(d && !find(d, "one of the officials"), "one of them is the group cited before");
    cite_doc_free(d);
    d = parse("Talks went on. Four people familiar with the talks said the sale was near. A "
              "second person, who has seen a draft, said the state would keep a veto.", NULL);
    OK(d && find(d, "Four people familiar with the talks") && !find(d, "A second person"),
       "a second person is one more of the people cited before");
    cite_doc_free(d);
    d = parse("Talks went on. A second person said the state would keep a veto.", NULL);
    OK(strcmp(kind_of(d, "A second person"), "anonymous") == 0, "with no group before: cited");
    cite_doc_free(d);
    d = parse("Talks went on. \"It is over,\" one of the officials said.", NULL);
    OK(strcmp(kind_of(d, "one of the officials"), "anonymous") == 0,
       "one of the officials, with no group before: one unnamed official");
    cite_doc_free(d);
}

static void test_names_with_lists(void)
{
    cite_doc *d = parse("Reefs died. The Ministry of Ocean Economy, Ports, Fisheries and Shipping "
                        "said it had set money aside.", NULL);
    OK(strcmp(kind_of(d, "The Ministry of Ocean Economy, Ports, Fisheries and Shipping"),
              "official") == 0, "a ministry's fields listed with two commas");
    cite_doc_free(d);
    d = parse("Reefs died. The Gozo Chamber of Trade, Crafts and Industry said the tender "
              "should be open.", NULL);
    OK(strcmp(kind_of(d, "The Gozo Chamber of Trade, Crafts and Industry"), "organization") == 0,
       "'X of Y, Z and W' is one body's name");
    cite_doc_free(d);
    d = parse("Talks went on. The Solicitor General's Office said it would appeal.", NULL);
    OK(strcmp(kind_of(d, "The Solicitor General's Office"), "official") == 0 &&
           !find(d, "General's Office"),
       "a title's possessive before a body's word is the body's name");
    cite_doc_free(d);
}

static void test_who_after_description(void)
{
    cite_doc *d = parse("The case rested on the evidence of Ilga Varna, a chemist at the "
                        "National Museum of Glass, who told the court that the glaze was new.",
                        NULL);
    OK(strcmp(kind_of(d, "Ilga Varna"), "person") == 0 &&
           !find(d, "the National Museum of Glass"),
       "'who' after a person's description stands for the person");
    cite_doc_free(d);
    d = parse("Pay fell. In Lofa, a district officer who asked not to be named because he "
              "feared losing his post said he had been told to add names.", NULL);
    OK(strcmp(kind_of(d, "a district officer"), "anonymous") == 0 && !find(d, "Lofa"),
       "a long relative clause without commas: the noun before 'who'");
    cite_doc_free(d);
}

static void test_nested_and_objects(void)
{
    cite_doc *d = parse("Pumps failed. Two other fitters at the plant confirmed that the pumps "
                        "had failed. One of them said a foreman had told the meeting that the "
                        "pumps would hold.", NULL);
    OK(strcmp(kind_of(d, "Two other fitters at the plant"), "anonymous") == 0, "the group");
    OK(d && !find(d, "a foreman") && !find(d, "One of them"),
       "one of them is the group; a speaker inside its words is no source");
    cite_doc_free(d);
    d = parse("Logs piled up.\n\nMira Tale said her clients had been told by a company "
              "officer in July that their land was gone. Villagers say the firm kept felling "
              "trees after the order, and that company staff told them it meant nothing.", NULL);
    OK(strcmp(kind_of(d, "Mira Tale"), "person") == 0, "the speaker is cited");
    OK(d && !find(d, "a company officer") && !find(d, "company staff"),
       "unnamed speakers inside her words, or after ', and that', are no sources");
    cite_doc_free(d);
    d = parse("Pumps failed. A senior fitter at the firm that runs the dam on the Drava river "
              "warned his managers in March.", NULL);
    OK(d && !find(d, "the Drava river"), "the object of 'on' is no subject of 'warned'");
    cite_doc_free(d);
}

static void test_more_words(void)
{
    cite_doc *d = parse("Fans wept on Sunday night.\n\n\"Tonight I cried,\" said one fan. "
                        "\"We waited years,\" said a supporter, Rosa Lind.\n\nThe scores were "
                        "close, according to the official scorecard. Backbencher Ivo Brann said "
                        "he would vote for the bill.", NULL);
    OK(strcmp(kind_of(d, "one fan"), "anonymous") == 0, "one fan is an unnamed person");
    OK(strcmp(kind_of(d, "Rosa Lind"), "person") == 0, "a supporter named after the cue");
    OK(strcmp(kind_of(d, "the official scorecard"), "document") == 0, "a scorecard is a document");
    OK(strcmp(kind_of(d, "Ivo Brann"), "person") == 0 && !find(d, "Backbencher Ivo Brann"),
       "a backbencher is a title");
    cite_doc_free(d);
}

/* A body's notification, tally, opinion, list or results are documents,
 * whoever wrote them. */
static void test_document_heads(void)
{
    cite_doc *d = parse("Fees will rise in June, according to a government notification. "
                        "Forty schools lost power, an internal tally by the education "
                        "department showed. The sale was lawful, a legal opinion prepared by "
                        "the council's lawyers said. Provisional results from the election "
                        "commission showed the party ahead.", NULL);
    OK(strcmp(kind_of(d, "a government notification"), "document") == 0,
       "a government notification is a document");
    OK(strcmp(kind_of(d, "an internal tally by the education department"), "document") == 0,
       "a tally by a department is a document");
    OK(strcmp(kind_of(d, "a legal opinion prepared by the council's lawyers"), "document") == 0,
       "a legal opinion is a document");
    OK(strcmp(kind_of(d, "Provisional results from the election commission"), "document") == 0,
       "results from a commission are a document");
    cite_doc_free(d);
}

static void test_whose_and_stations(void)
{
    cite_doc *d = parse("Output fell.\n\nOrla Creek Lithium, whose mine employs about 1,400 "
                        "people, said it would halve output. Labour MP Ines Varga, whose seat "
                        "includes the town, said she would vote for the bill.", NULL);
    OK(strcmp(kind_of(d, "Orla Creek Lithium"), "organization") == 0,
       "a 'whose' clause between commas; a commodity ends a company's name");
    OK(strcmp(kind_of(d, "Ines Varga"), "person") == 0, "a 'whose' clause after a person");
    cite_doc_free(d);
    d = parse("Output fell.\n\nSpeaking to Radio Free Asia's Khmer Service, he said he would "
              "go public.", NULL);
    OK(strcmp(kind_of(d, "Radio Free Asia's Khmer Service"), "news_outlet") == 0,
       "a station's service after its possessive, 'Radio' kept");
    cite_doc_free(d);
}

static void test_named_later(void)
{
    cite_doc *d = parse("Water rose.\n\nThe engineer, who at first spoke on condition of "
                        "anonymity, said he had raised the alarm.\n\nOn Friday he agreed to be "
                        "named. He is Ivo Marek, 54, who has worked on dams for years.\n\n"
                        "Marek said he would not sue.", NULL);
    const cite_citation *c = find(d, "Ivo Marek");
    OK(c && strcmp(c->kind, "person") == 0 && c->nspans == 2 && !find(d, "The engineer"),
       "a source described first and named later: one citation under the name");
    STR_EQ(c ? c->role : NULL, "The engineer", "the description is the role");
    cite_doc_free(d);
    d = parse("Water rose.\n\nA woman who runs a cafe said she had heard about it. Later she "
              "gave her name, Rina Volk, and said the village had its own group.", NULL);
    OK(strcmp(kind_of(d, "Rina Volk"), "person") == 0 && !find(d, "A woman") &&
           !find(d, "Later she"),
       "'she gave her name, X': the woman is X; 'Later' is no part of the source");
    cite_doc_free(d);
    d = parse("Water rose.\n\nTwo villagers said the river was rising. He is Ivo Marek, a "
              "farmer.", NULL);
    OK(d && find(d, "Two villagers") && !find(d, "Ivo Marek"), "a group is not renamed by 'he'");
    cite_doc_free(d);
    d = parse("Fares rose. Luis Felipe Ortega, the coach, was angry. Ortega said the referee "
              "was wrong.", NULL);
    OK(strcmp(kind_of(d, "Luis Felipe Ortega"), "person") == 0, "two given names kept");
    cite_doc_free(d);
}

static void test_daily_now_late(void)
{
    cite_doc *d = parse("Nesting season began. The Muscat Daily reported that two beaches "
                        "were closed. Le Quotidien said the talks went on.", NULL);
    OK(strcmp(kind_of(d, "The Muscat Daily"), "news_outlet") == 0, "a paper called a daily");
    OK(strcmp(kind_of(d, "Le Quotidien"), "news_outlet") == 0, "a daily in French");
    cite_doc_free(d);
    d = parse("Water ran short. The Namibian newspaper reported that the plant had closed. "
              "The state newspaper said it would reopen.", NULL);
    OK(strcmp(kind_of(d, "The Namibian"), "news_outlet") == 0 &&
           !find(d, "The Namibian newspaper"),
       "a name before its medium's word is the outlet, without the word");
    OK(d && !find(d, "The state"), "no name before the word: no outlet cut out of it");
    cite_doc_free(d);
    d = parse("The report was disputed. The newspaper said it stood by its reporting.", NULL);
    OK(d && !find(d, "The"), "'The newspaper' keeps its word");
    cite_doc_free(d);
    d = parse("The talks drew fire. Sergiu Rotaru, now an opposition MP, said on Facebook "
              "that the sale was secret. Ana Lupu, then the finance minister, said it was "
              "fair.", NULL);
    OK(strcmp(kind_of(d, "Sergiu Rotaru"), "person") == 0, "a role held now, between commas");
    OK(strcmp(kind_of(d, "Ana Lupu"), "person") == 0, "a role held then, between commas");
    cite_doc_free(d);
    d = parse("It was announced by the Office of the Prime Minister late on Monday that a "
              "consultation would run until January.", NULL);
    OK(d && find(d, "the Office of the Prime Minister") && !find(d, "the Office of the Prime "
                                                                 "Minister late"),
       "the agent ends before 'late on Monday'");
    cite_doc_free(d);
}

static void test_outlet_phrases(void)
{
    cite_doc *d = parse("Pay talks stalled on Monday. The Italian news agency ANSA said the "
                        "unions would strike.", NULL);
    OK(strcmp(kind_of(d, "ANSA"), "news_outlet") == 0, "the outlet after a medium's words");
    cite_doc_free(d);
    d = parse("Pay talks stalled. The Yonhap news agency said the unions would strike.", NULL);
    OK(strcmp(kind_of(d, "Yonhap"), "news_outlet") == 0, "the outlet before news agency");
    cite_doc_free(d);
    d = parse("The harbour froze. The Noriq news agency said ferries had stopped.", NULL);
    OK(strcmp(kind_of(d, "Noriq"), "news_outlet") == 0, "an unknown name before news agency");
    cite_doc_free(d);
    d = parse("Fuel ran short. The Polish news agency said queues were long.", NULL);
    OK(d && !find(d, "Polish"), "a nationality before news agency is no name");
    cite_doc_free(d);
    d = parse("The wire service Interfax quoted Deputy Mayor Olga Serova as saying the "
              "bridge would reopen.", NULL);
    OK(strcmp(kind_of(d, "Interfax"), "news_outlet") == 0, "the subject of quoted");
    OK(strcmp(kind_of(d, "Olga Serova"), "person") == 0, "the speaker quoted as saying");
    cite_doc_free(d);
    d = parse("Tomas Varga said prices rose. He told the news site delfi.lt that "
              "rents rose too. He told the radio station Kiss 92 that wages did not.", NULL);
    OK(strcmp(kind_of(d, "delfi.lt"), "news_outlet") == 0, "an outlet by its web domain");
    OK(strcmp(kind_of(d, "Kiss 92"), "news_outlet") == 0, "a station's number ends its name");
    cite_doc_free(d);
    d = parse("Ines Moll said the pier was closed, according to news.cn.", NULL);
    OK(strcmp(kind_of(d, "news.cn"), "news_outlet") == 0, "a domain's last dot ends the sentence");
    cite_doc_free(d);
    d = parse("Ana Dias said the pier was closed. She told the tabloid Daily Mail that it "
              "had been unsafe for years.", NULL);
    OK(strcmp(kind_of(d, "Daily Mail"), "news_outlet") == 0,
       "a medium's word inside an outlet's name after its description");
    cite_doc_free(d);
    d = parse("Port fees doubled, the trade journal Marine Ledger reported.", NULL);
    OK(strcmp(kind_of(d, "Marine Ledger"), "news_outlet") == 0, "a journal is an outlet");
    cite_doc_free(d);
}

/* Documents carried by outlets, "per", and where unnamed people work. */
static void test_carried_documents(void)
{
    cite_doc *d = parse("Wages fell, according to a draft budget seen by Reuters.", NULL);
    OK(strcmp(kind_of(d, "a draft budget"), "document") == 0, "the document before seen by");
    OK(strcmp(kind_of(d, "Reuters"), "news_outlet") == 0, "the outlet after seen by");
    cite_doc_free(d);
    d = parse("Exports rose, according to figures from the customs office cited by the "
              "daily Kathimerini.", NULL);
    OK(strcmp(kind_of(d, "figures from the customs office"), "document") == 0 &&
           strcmp(kind_of(d, "Kathimerini"), "news_outlet") == 0,
       "figures cited by an outlet");
    cite_doc_free(d);
    d = parse("The dam held, per the annual inspection report. Output rose, per Xinhua. "
              "Fares rose 4 per cent.", NULL);
    OK(strcmp(kind_of(d, "the annual inspection report"), "document") == 0, "per a report");
    OK(strcmp(kind_of(d, "Xinhua"), "news_outlet") == 0, "per an outlet");
    OK(d && cite_doc_citation_count(d) == 2, "per cent cites nobody");
    cite_doc_free(d);
    d = parse("The channel TV3, citing three nurses at the clinic, said beds ran short.", NULL);
    OK(strcmp(kind_of(d, "three nurses at the clinic"), "anonymous") == 0,
       "unnamed people keep where they work");
    cite_doc_free(d);
}

/* Kinds of bodies and people by the shape of their phrase. */
static void test_body_kinds(void)
{
    cite_doc *d = parse("The Dutch Bakers' Union said the levy was unfair.", NULL);
    OK(strcmp(kind_of(d, "The Dutch Bakers' Union"), "organization") == 0,
       "a plural possessive inside a name keeps it whole");
    cite_doc_free(d);
    d = parse("A guard at the border post, who talked to the daily Ziarul on condition of "
              "anonymity, said the gate stayed shut.", NULL);
    OK(strcmp(kind_of(d, "A guard at the border post"), "anonymous") == 0,
       "one unnamed guard is anonymous");
    OK(strcmp(kind_of(d, "Ziarul"), "news_outlet") == 0, "talked to an outlet");
    cite_doc_free(d);
    d = parse("The Quirinale Palace said the president would sign the law.", NULL);
    OK(strcmp(kind_of(d, "The Quirinale Palace"), "official") == 0,
       "a presidential palace speaks for the state");
    cite_doc_free(d);
    d = parse("The mayor, Lotte Brink, said on the broadcaster NOS that the dike held. "
              "Tom Vos said on Friday that it did not.", NULL);
    OK(strcmp(kind_of(d, "NOS"), "news_outlet") == 0, "said on an outlet cites it");
    OK(d && cite_doc_citation_count(d) == 3, "said on a day cites no day");
    cite_doc_free(d);
    d = parse("\"We waited all night,\" said one passenger, Jorge Peña, a retired baker.",
              NULL);
    OK(strcmp(kind_of(d, "Jorge Peña"), "person") == 0 && !find(d, "one passenger"),
       "an unnamed person named right after is that person");
    cite_doc_free(d);
    d = parse("The Port Water Service Company said supply would resume on Friday.", NULL);
    OK(strcmp(kind_of(d, "The Port Water Service Company"), "organization") == 0,
       "a name ending in Company is an organisation, not a state body");
    cite_doc_free(d);
    d = parse("A network of parish volunteers that counted the ballots, the Observatorio "
              "Electoral Ciudadano, said the count was clean.", NULL);
    OK(strcmp(kind_of(d, "the Observatorio Electoral Ciudadano"), "organization") == 0,
       "a body's name apposed to a plain description is the source");
    cite_doc_free(d);
    d = parse("Antara said the ferry sank. Later the state news agency reported that all "
              "passengers were safe.", NULL);
    const cite_citation *c = find(d, "Antara");
    OK(c && c->nspans == 2 && cite_doc_citation_count(d) == 1,
       "a medium's description refers back to the outlet named before");
    cite_doc_free(d);
}

/* Bodies of the state, judged by their names. */
static void test_state_bodies(void)
{
    cite_doc *d = parse("The National Seismology Institute said the tremor was shallow. "
                        "The National Union of Bakers said the ovens were safe.", NULL);
    OK(strcmp(kind_of(d, "The National Seismology Institute"), "official") == 0,
       "a national institute is the state's");
    OK(strcmp(kind_of(d, "The National Union of Bakers"), "organization") == 0,
       "a national union stays an organisation");
    cite_doc_free(d);
    d = parse("The Central Bank of Malta (CBM) held its rate. CBM said prices were "
              "steady.", NULL);
    OK(strcmp(kind_of(d, "Central Bank of Malta"), "official") == 0,
       "a central bank cited by its acronym is the state's");
    cite_doc_free(d);
    d = parse("The strike was called off, the Hungarian news agency reported.", NULL);
    OK(strcmp(kind_of(d, "the Hungarian news agency"), "news_outlet") == 0,
       "a news agency with no name is still a medium");
    cite_doc_free(d);
    d = parse("The Canadian National Avalanche Centre said the slope could slide.", NULL);
    OK(strcmp(kind_of(d, "The Canadian National Avalanche Centre"), "official") == 0,
       "a country's national centre is the state's");
    cite_doc_free(d);
}

/* What a body publishes is a document, dated when the text says when. */
static void test_published_things(void)
{
    cite_doc *d = parse("The river will crest on Friday, according to a forecast released by "
                        "the Weather Office.", NULL);
    OK(strcmp(kind_of(d, "a forecast released by the Weather Office"), "document") == 0,
       "a forecast released by an office is a document");
    cite_doc_free(d);
    d = parse("Rents rose by a third, according to listings published by the agency in 2021.",
              NULL);
    OK(strcmp(kind_of(d, "listings published by the agency in 2021"), "document") == 0,
       "the year it was published belongs to the document");
    cite_doc_free(d);
    d = parse("The queue was short, according to tallies issued by the club in March.", NULL);
    OK(strcmp(kind_of(d, "tallies issued by the club in March"), "document") == 0,
       "the month it was issued belongs to the document");
    cite_doc_free(d);
}

/* "the company" matching no body cited by its noun, once bodies or people
 * have been named, is one of them, not a new source; an outlet it told still
 * is. */
static void test_bare_bodies(void)
{
    cite_doc *d = parse("Mayor Ana Ruiz said the pipes were old. Water ran brown in the old "
                        "town on Monday, the company said.", NULL);
    OK(d && cite_doc_citation_count(d) == 1 && !find(d, "the company"),
       "a bare company after a named source is no new source");
    cite_doc_free(d);
    d = parse("Water ran brown in the old town on Monday, the company said.", NULL);
    OK(strcmp(kind_of(d, "the company"), "organization") == 0,
       "a bare body with nothing named before it is the article's subject");
    cite_doc_free(d);
    d = parse("Mayor Ana Ruiz said the pipes were old. The regulator told the news agency "
              "Bernama that the fines stood.", NULL);
    OK(!find(d, "The regulator") && strcmp(kind_of(d, "Bernama"), "news_outlet") == 0,
       "the outlet a bare body told is still cited");
    cite_doc_free(d);
    d = parse("Mayor Ana Ruiz said the pipes were old. Roads were shut near the port, the "
              "police said.", NULL);
    OK(strcmp(kind_of(d, "the police"), "official") == 0, "the police alone still speak");
    cite_doc_free(d);
}

/* A council named for a cause is a civic body; what the words after a name
 * say it is outweighs how the name looks. */
static void test_described_bodies(void)
{
    cite_doc *d = parse("The Tenants Council said rents had doubled. Hollin County Council "
                        "said it would review the leases.", NULL);
    OK(strcmp(kind_of(d, "The Tenants Council"), "organization") == 0,
       "a council named for its members is an organisation");
    OK(strcmp(kind_of(d, "Hollin County Council"), "official") == 0,
       "a county council is official");
    cite_doc_free(d);
    d = parse("The Council of Hill Shepherds, which speaks for 40 villages, said the grazing "
              "ban was unfair.", NULL);
    OK(strcmp(kind_of(d, "The Council of Hill Shepherds"), "organization") == 0,
       "a council of a people or trade is an organisation");
    cite_doc_free(d);
    d = parse("Marlow Dent, which represents 300 hauliers, said fuel costs had risen.", NULL);
    OK(strcmp(kind_of(d, "Marlow Dent"), "organization") == 0,
       "a name that represents members is a body, not a person");
    cite_doc_free(d);
    d = parse("Tavi Orro, one of the region's biggest grain distributors, said stocks were "
              "low. The Harbour Works Agency, a company owned by the port's tenants, said "
              "the cranes were idle.", NULL);
    OK(strcmp(kind_of(d, "Tavi Orro"), "organization") == 0,
       "one of the distributors is a business");
    OK(strcmp(kind_of(d, "The Harbour Works Agency"), "organization") == 0,
       "an agency the text calls a company is a business");
    cite_doc_free(d);
    d = parse("Lena Varo, a 40-year-old crane operator who has worked at the port since "
              "2001, said she had not been paid.", NULL);
    OK(strcmp(kind_of(d, "Lena Varo"), "person") == 0, "a machine operator is a person");
    cite_doc_free(d);
}

/* "the agency", "the court", "the judge", "the company" stand for the name
 * the text gave earlier, read from the name itself or the trade before it. */
static void test_named_antecedents(void)
{
    cite_doc *d = parse("Mayor Ana Ruiz said the pipes were old. A check by the Coastal "
                        "Roads and Bridges Agency in May found no cracks. The agency said the "
                        "span was safe.", NULL);
    OK(strcmp(kind_of(d, "Coastal Roads and Bridges Agency"), "official") == 0 &&
           !find(d, "The agency"),
       "the agency is the agency named before");
    cite_doc_free(d);
    d = parse("The Regional Court of Upper Tarn heard the case on Monday. Later the court "
              "said the contract was void.", NULL);
    OK(strcmp(kind_of(d, "Regional Court of Upper Tarn"), "official") == 0,
       "the court is the court named before, with its 'of' part");
    cite_doc_free(d);
    d = parse("Judge Irma Vell adjourned the hearing. The judge said the jury would return "
              "on Friday.", NULL);
    OK(strcmp(kind_of(d, "Irma Vell"), "person") == 0 && !find(d, "The judge"),
       "the judge is the judge named before");
    cite_doc_free(d);
    d = parse("Customers of ferry operator Nordlys lost their bookings, the company said on "
              "Monday. Mayor Ana Ruiz said the port was calm. Nordlys said refunds were due.",
              NULL);
    OK(d && !find(d, "the company") && strcmp(kind_of(d, "Nordlys"), "organization") == 0,
       "the company is the operator named before it");
    cite_doc_free(d);
}

/* Where a body's name runs on: "on" inside it, and "of" after a thing. */
static void test_name_extent(void)
{
    cite_doc *d = parse("The National Institute for Studies on Coastal Erosion said the dunes "
                        "had shrunk.", NULL);
    OK(strcmp(kind_of(d, "The National Institute for Studies on Coastal Erosion"),
              "official") == 0,
       "'on' inside an institute's name");
    cite_doc_free(d);
    d = parse("The merger still needs the blessing of the Water Pricing Authority, which said "
              "it would rule in June.", NULL);
    OK(strcmp(kind_of(d, "the Water Pricing Authority"), "official") == 0,
       "'which' after 'the blessing of X' stands for X");
    cite_doc_free(d);
}

/* Names that hold words the rules otherwise read as cues or roles. */
static void test_name_words(void)
{
    cite_doc *d = parse("A group calling itself Grey Heron claimed the attack on the mill.",
                        NULL);
    OK(strcmp(kind_of(d, "A group calling itself Grey Heron"), "organization") == 0 &&
           !find(d, "Grey Heron"),
       "a group calling itself X is cited as the text gives it");
    cite_doc_free(d);
    d = parse("Said Karimi, a baker who knew him for years, spoke at the gate.\n\n"
              "\"He never missed a day,\" Karimi said.", NULL);
    OK(strcmp(kind_of(d, "Said Karimi"), "person") == 0,
       "'Said' before a surname is a first name");
    cite_doc_free(d);
    d = parse("Vila per Tots, the neighbours' platform that called the march, said the "
              "rents were too high.", NULL);
    OK(strcmp(kind_of(d, "Vila per Tots"), "organization") == 0 && !find(d, "Tots"),
       "'per' inside a name is no cue, and a platform is an organisation");
    cite_doc_free(d);
    d = parse("The Tasman Fishers' Association, the crews' union, said quotas were too low.",
              NULL);
    OK(strcmp(kind_of(d, "The Tasman Fishers' Association"), "organization") == 0,
       "an apposition with a plural possessive still describes the subject");
    cite_doc_free(d);
}

/* A source that speaks of itself as "it" is a body. */
static void test_speaks_as_it(void)
{
    cite_doc *d = parse("Tarna Veld said in a statement that its depots had run dry. Orin "
                        "Maas said that it was cutting 40 jobs at the plant.", NULL);
    OK(strcmp(kind_of(d, "Tarna Veld"), "organization") == 0, "'its depots': a body");
    OK(strcmp(kind_of(d, "Orin Maas"), "organization") == 0, "'it was cutting': a body");
    cite_doc_free(d);
    d = parse("Ana Berg said that it was too early to tell. Tom Lee said that it would take "
              "weeks. Ivo Kral said that he had left.", NULL);
    OK(strcmp(kind_of(d, "Ana Berg"), "person") == 0 &&
           strcmp(kind_of(d, "Tom Lee"), "person") == 0 &&
           strcmp(kind_of(d, "Ivo Kral"), "person") == 0,
       "an 'it' that stands for no one leaves a person a person");
    cite_doc_free(d);
}

/* Members' bodies, acronyms and the U.N. */
static void test_members_bodies(void)
{
    cite_doc *d = parse("The Congress of Dock Workers' Unions said the strike would go on. The "
                        "Orla Chamber of Commerce said shops were losing money.", NULL);
    OK(strcmp(kind_of(d, "The Congress of Dock Workers' Unions"), "organization") == 0,
       "a congress of unions is an organisation");
    OK(strcmp(kind_of(d, "The Orla Chamber of Commerce"), "organization") == 0,
       "a chamber of commerce is an organisation");
    cite_doc_free(d);
    d = parse("Growers Unity Tanaland (GUT) warned that prices would fall.", NULL);
    OK(strcmp(kind_of(d, "Growers Unity Tanaland"), "organization") == 0,
       "a name with an acronym in brackets is a body");
    cite_doc_free(d);
    d = parse("The U.N. Office for Refugee Shelter said the camps were full.", NULL);
    OK(strcmp(kind_of(d, "The U.N. Office for Refugee Shelter"), "organization") == 0,
       "a U.N. office is intergovernmental");
    cite_doc_free(d);
    d = parse("The strike was backed, it was announced by the Harbour Pilots' Union on "
              "Monday.", NULL);
    OK(strcmp(kind_of(d, "the Harbour Pilots' Union"), "organization") == 0,
       "a plural possessive inside a name after 'by'");
    cite_doc_free(d);
    d = parse("Magistrate Elsa Rodo said the count was valid.", NULL);
    OK(strcmp(kind_of(d, "Elsa Rodo"), "person") == 0, "'Magistrate' is a title");
    cite_doc_free(d);
}

/* A state's agency named for its country. */
static void test_country_agencies(void)
{
    cite_doc *d = parse("The Canada Food Inspection Board said the recall was complete. The "
                        "Maritime Safety Authority of Kenya said two boats sank.", NULL);
    OK(strcmp(kind_of(d, "The Canada Food Inspection Board"), "official") == 0,
       "a country's board is the state's");
    OK(strcmp(kind_of(d, "The Maritime Safety Authority of Kenya"), "official") == 0,
       "an authority 'of' a country is the state's");
    cite_doc_free(d);
    d = parse("The Canada Timber Group said exports fell.", NULL);
    OK(strcmp(kind_of(d, "The Canada Timber Group"), "organization") == 0,
       "a country's name on a group leaves it an organisation");
    cite_doc_free(d);
}

/* A station's number at a sentence's end; a carrier after a comma. */
static void test_outlet_edges(void)
{
    cite_doc *d = parse("\"We were lucky,\" she told the radio station Onda 7. The roof held.",
                        NULL);
    OK(strcmp(kind_of(d, "Onda 7"), "news_outlet") == 0 && !find(d, "Onda"),
       "a digit before a full stop is no initial");
    cite_doc_free(d);
    d = parse("According to the coroner's report, quoted by the weekly Lumen, the fire began "
              "in the kitchen.", NULL);
    OK(strcmp(kind_of(d, "the weekly Lumen"), "news_outlet") == 0 ||
           strcmp(kind_of(d, "Lumen"), "news_outlet") == 0,
       "the outlet that quoted a document, after a comma");
    cite_doc_free(d);
}

/* Businesses known by the trade the text gave them; full names of lone
 * surnames before an apposition. */
static void test_traded_names(void)
{
    cite_doc *d = parse("The copper producer Vela Norte cut its forecast on Monday.\n\n"
                        "Vela Norte said prices had fallen.", NULL);
    OK(strcmp(kind_of(d, "Vela Norte"), "organization") == 0,
       "a name given after a trade's noun is a business");
    cite_doc_free(d);
    d = parse("A court fined the shoe maker Casa Lomba on Friday.\n\n"
              "Lomba said it had ended the contracts.", NULL);
    OK(strcmp(kind_of(d, "Casa Lomba"), "organization") == 0,
       "a lone name taken in full is still a business");
    cite_doc_free(d);
    d = parse("The court convicted developer Ilan Voss on Friday. Voss said he would "
              "appeal.", NULL);
    OK(strcmp(kind_of(d, "Ilan Voss"), "person") == 0, "a developer may be a person");
    cite_doc_free(d);
    d = parse("She beat her rival, Ivo Maren, by 300 votes.\n\nMaren, a former mayor of "
              "Tolo, said he would ask for a recount.", NULL);
    OK(strcmp(kind_of(d, "Ivo Maren"), "person") == 0 && !find(d, "Maren"),
       "a lone surname before an apposition takes the full name given before");
    cite_doc_free(d);
}

/* Missions keep their place, unnamed media are outlets, a state adjective
 * stays in a body's name, a country's possessive is no part of an outlet's. */
static void test_missions_and_media(void)
{
    cite_doc *d = parse("Two climbers were hurt, the agency said, citing the Danish embassy in "
                        "Lima. Rain will return, according to Peruvian state media.", NULL);
    OK(strcmp(kind_of(d, "the Danish embassy in Lima"), "official") == 0,
       "an embassy's city is part of its name");
    OK(strcmp(kind_of(d, "Peruvian state media"), "news_outlet") == 0,
       "unnamed state media are an outlet");
    cite_doc_free(d);
    d = parse("The federal Water Ministry said the dams were full.", NULL);
    OK(strcmp(kind_of(d, "The federal Water Ministry"), "official") == 0 &&
           !find(d, "Water Ministry"),
       "'federal' before a ministry is no role");
    cite_doc_free(d);
    d = parse("Japan's Kyoritsu news agency said the ferry had sunk.", NULL);
    OK(strcmp(kind_of(d, "Kyoritsu"), "news_outlet") == 0,
       "a country's possessive before an agency's name is not its name");
    cite_doc_free(d);
}

/* References by a body's own words, people behind "a nurse who said", and
 * a person's role after a name that opens like a paper's. */
static void test_words_and_roles(void)
{
    cite_doc *d = parse("The Andean Seismic Survey Office said the quake was shallow. Mayor Ana "
                        "Ruiz said schools would close. Aftershocks may follow, the seismic "
                        "office said.", NULL);
    OK(d && !find(d, "the seismic office"), "lower-case words of a cited body refer to it");
    const cite_citation *c = find(d, "The Andean Seismic Survey Office");
    INT_EQ(c ? c->nspans : 0, 2, "the reference joins the body's citation");
    cite_doc_free(d);
    d = parse("\"We waited all night,\" said Ilse Baran, a nurse who said she had missed a "
              "shift.", NULL);
    OK(strcmp(kind_of(d, "Ilse Baran"), "person") == 0 && !find(d, "a nurse"),
       "'a nurse who said' after a name is that person");
    cite_doc_free(d);
    d = parse("\"The rains come later now,\" said La Thi Mai, a hydrologist at Hue "
              "University.", NULL);
    OK(strcmp(kind_of(d, "La Thi Mai"), "person") == 0,
       "a name opening like a paper's title with a person's role is a person");
    cite_doc_free(d);
}

/* "rejected" cites only when what is rejected is someone's words. */
static void test_rejected(void)
{
    cite_doc *d = parse("Health Minister Oda Brenn rejected claims that the clinics were "
                        "understaffed.", NULL);
    OK(strcmp(kind_of(d, "Oda Brenn"), "person") == 0, "rejecting claims is a statement");
    cite_doc_free(d);
    d = parse("The dock owners rejected the union's proposals for a shorter week.", NULL);
    OK(d && cite_doc_citation_count(d) == 0, "rejecting proposals is an act");
    cite_doc_free(d);
    d = parse("Judge Tove Rask rejected a request for a delay, saying the case was urgent.",
              NULL);
    OK(strcmp(kind_of(d, "Tove Rask"), "person") == 0,
       "', saying' after a rejected request still cites its subject");
    cite_doc_free(d);
}

/* A headline announces; the story below attributes. */
static void test_headline(void)
{
    cite_doc *d = parse("Harbour pilots say new cranes are unsafe\n\nThe Harbour Pilots' "
                        "Association said on Monday that two cranes had failed inspections.",
                        NULL);
    OK(d && cite_doc_citation_count(d) == 1 && !find(d, "Harbour pilots"),
       "a headline's 'X say' adds no citation");
    cite_doc_free(d);
    d = parse("Harbour pilots said new cranes were unsafe.\n\nThe Harbour Pilots' "
              "Association said two cranes had failed inspections.", NULL);
    OK(d && cite_doc_citation_count(d) == 2, "a first sentence with a full stop is prose");
    cite_doc_free(d);
}

/* A/S suffixes, irregular participles in a description, possessive roles. */
static void test_description_forms(void)
{
    cite_doc *d = parse("Norvind 7 A/S, a wind developer, said it would bid again.", NULL);
    OK(strcmp(kind_of(d, "Norvind 7 A/S"), "organization") == 0, "'A/S' is one word");
    cite_doc_free(d);
    d = parse("The AU monitoring team, led by a former judge, said the count was fair.", NULL);
    OK(strcmp(kind_of(d, "The AU monitoring team"), "organization") == 0,
       "an irregular participle opens a description");
    cite_doc_free(d);
    d = parse("\"Publish the tallies,\" its spokesman, Ode Lamin, said.", NULL);
    OK(strcmp(kind_of(d, "Ode Lamin"), "person") == 0,
       "'its spokesman' between commas is a role");
    cite_doc_free(d);
    d = parse("\"Publish the tallies,\" its coordinator, Ode Lamin, said.", NULL);
    OK(strcmp(kind_of(d, "Ode Lamin"), "person") == 0,
       "a possessive and a person's noun are a role");
    cite_doc_free(d);
}

/* Thousands commas stay inside numbers; a one-word name keeps the kind its
 * introduction gave it. */
static void test_numbers_and_noted_names(void)
{
    cite_doc *d = parse("The watchdog group Vigia Norte, which sent 2,400 observers to the "
                        "polls, said the vote was calm.", NULL);
    OK(strcmp(kind_of(d, "Vigia Norte"), "organization") == 0,
       "a thousands comma does not end a description");
    cite_doc_free(d);
    d = parse("Doses were paid for with help from the health charity Ravi.\n\nRavi said in "
              "a statement that more would come.", NULL);
    OK(strcmp(kind_of(d, "Ravi"), "organization") == 0,
       "a one-word name introduced after a body's noun is that body");
    cite_doc_free(d);
}

/* "the report" after a report was cited is that report. */
static void test_doc_coref(void)
{
    cite_doc *d = parse("A study by two hydrologists found the aquifer was shrinking. Mayor Ana "
                        "Ruiz said wells were dry. The study also said rain would not help.",
                        NULL);
    const cite_citation *c = find(d, "A study by two hydrologists");
    OK(c && c->nspans == 2 && !find(d, "The study"), "the study is the study cited before");
    cite_doc_free(d);
    d = parse("The study said rain would not help.", NULL);
    OK(strcmp(kind_of(d, "The study"), "document") == 0, "with none before, it is its own");
    cite_doc_free(d);
}

/* "X posted by an outlet" cites the outlet, not X. */
static void test_posted_by(void)
{
    cite_doc *d = parse("Video posted by the news site Kastro24 showed a bridge under water.",
                        NULL);
    OK(strcmp(kind_of(d, "Kastro24"), "news_outlet") == 0 && !find(d, "Video"),
       "what an outlet posted: the outlet");
    cite_doc_free(d);
    d = parse("Photos posted by a farmer near Olta showed the flood.", NULL);
    OK(d && cite_doc_citation_count(d) == 0, "posted by someone no source of record: none");
    cite_doc_free(d);
}

/* Unnamed people by a plural of their trade, and a few more people's nouns. */
static void test_unnamed_people(void)
{
    cite_doc *d = parse("Her lawyers have denied the charge. Lawyers for the tenants said they "
                        "would appeal. The bill was attacked by liberal senators, who said it "
                        "went too far.", NULL);
    OK(strcmp(kind_of(d, "Her lawyers"), "anonymous") == 0, "her lawyers: unnamed people");
    OK(strcmp(kind_of(d, "Lawyers for the tenants"), "anonymous") == 0,
       "lawyers for a party: unnamed people");
    OK(strcmp(kind_of(d, "liberal senators"), "anonymous") == 0, "senators unnamed");
    cite_doc_free(d);
    d = parse("A teammate, who asked not to be named, told the club the coach had left.",
              NULL);
    OK(strcmp(kind_of(d, "A teammate"), "anonymous") == 0, "a teammate: an unnamed person");
    cite_doc_free(d);
}

/* A relative clause inside the subject before a description; "none of them". */
static void test_relative_and_none(void)
{
    cite_doc *d = parse("A port authority clerk who has handled the permits, speaking on "
                        "condition of anonymity, said the fees had doubled.", NULL);
    OK(strcmp(kind_of(d, "A port authority clerk"), "anonymous") == 0,
       "the subject ends at its 'who'");
    cite_doc_free(d);
    d = parse("Two traders said they had been paid. None of them would say by whom.", NULL);
    OK(d && cite_doc_citation_count(d) == 1, "'none of them would say' cites no one");
    cite_doc_free(d);
}

/* A company by its full legal name; "but warned" shares the subject. */
static void test_legal_names(void)
{
    cite_doc *d = parse("Tarvo Paper Oyj will shut its mill in June.\n\nIn a release, Tarvo "
                        "Paper said demand had fallen.", NULL);
    OK(strcmp(kind_of(d, "Tarvo Paper Oyj"), "organization") == 0 && !find(d, "Tarvo Paper"),
       "the short name of a company stands for its full legal name");
    cite_doc_free(d);
    d = parse("The Dunmore Chamber of Commerce welcomed the budget but warned that taxes on "
              "clinics would raise prices.", NULL);
    OK(strcmp(kind_of(d, "The Dunmore Chamber of Commerce"), "organization") == 0,
       "'but warned' shares the subject of the verb before");
    cite_doc_free(d);
}

/* "the X and Y unions": the names, not the plural noun after them. */
static void test_plural_body_noun(void)
{
    cite_doc *d = parse("The FNT and Solidaires Rail unions said most drivers had struck.",
                        NULL);
    OK(strcmp(kind_of(d, "Solidaires Rail"), "organization") == 0 &&
           !find(d, "Solidaires Rail unions"),
       "a plural body's noun after a name is no part of it");
    cite_doc_free(d);
    d = parse("Dock unions said most crews had struck.", NULL);
    OK(find(d, "Dock unions") != NULL, "a sentence's first capital is no name");
    cite_doc_free(d);
}

/* "A, <description>, and B, <description>, said": both said it. */
static void test_two_described(void)
{
    cite_doc *d = parse("Councillors Ines Moro, of the Green Party, and Pal Ek, of the Farmers' "
                        "League, said the vote was rushed.", NULL);
    OK(strcmp(kind_of(d, "Ines Moro"), "person") == 0 && strcmp(kind_of(d, "Pal Ek"),
                                                                "person") == 0,
       "both described names said it");
    cite_doc_free(d);
    d = parse("Ardo Marin, a Peruvian shipping line that serves the port, and Lisk 9 Cargo, a "
              "freight forwarder, said rates would rise.", NULL);
    OK(strcmp(kind_of(d, "Ardo Marin"), "organization") == 0 &&
           strcmp(kind_of(d, "Lisk 9 Cargo"), "organization") == 0,
       "the first described as a line is a business");
    cite_doc_free(d);
}

/* Characterising in quoted words: ", calling X "..."" and the passive
 * "was described as "..." by X". */
static void test_characterising(void)
{
    cite_doc *d = parse("Governor Tam Osei praised the crews in a post on X, calling the rescue "
                        "\"a miracle of nerve\".", NULL);
    OK(strcmp(kind_of(d, "Tam Osei"), "person") == 0, "', calling ... \"...\"' cites the subject");
    cite_doc_free(d);
    d = parse("Mayor Tam Osei visited the crews, calling at every station.", NULL);
    OK(d && cite_doc_citation_count(d) == 0, "'calling' with no quote is no cue");
    cite_doc_free(d);
    d = parse("The ban was described as \"long overdue\" by Ida Brant, a local councillor.",
              NULL);
    OK(strcmp(kind_of(d, "Ida Brant"), "person") == 0, "'described as \"...\" by X' cites X");
    cite_doc_free(d);
}

/* "according to its bulletin" cites the body that owns it; a body's noun
 * before its acronym is a role. */
static void test_its_owner(void)
{
    cite_doc *d = parse("The state flood bureau HIDRA had issued a warning on Friday, according "
                        "to its bulletin.", NULL);
    OK(strcmp(kind_of(d, "HIDRA"), "official") == 0 && !find(d, "its bulletin"),
       "'its bulletin' speaks for the subject that owns it");
    cite_doc_free(d);
    d = parse("Rain will return, according to the national weather service SEMAR.", NULL);
    OK(strcmp(kind_of(d, "SEMAR"), "official") == 0,
       "a state body's noun before an acronym is its role");
    cite_doc_free(d);
}

/* A post on a platform's channel; a body's numbers. */
static void test_posts_and_data(void)
{
    cite_doc *d = parse("A video posted on a popular Telegram channel claimed the dam had "
                        "burst.", NULL);
    OK(strcmp(kind_of(d, "A video posted on a popular Telegram channel"), "social_post") == 0,
       "a video posted on a platform's channel is a post");
    cite_doc_free(d);
    d = parse("Shares fell 4 percent, according to Kestrel data.", NULL);
    OK(strcmp(kind_of(d, "Kestrel data"), "document") == 0, "a body's data are a document");
    cite_doc_free(d);
}

/* Chains of appositions; a name apposed to a trade's description. */
static void test_apposition_chains(void)
{
    cite_doc *d = parse("Ina Sorell, a hydrologist at the Lake Research Centre (LRC), a "
                        "regional research body, said the water had warmed.", NULL);
    OK(strcmp(kind_of(d, "Ina Sorell"), "person") == 0 && cite_doc_citation_count(d) == 1,
       "the name before a chain of two descriptions");
    cite_doc_free(d);
    d = parse("The contractor that paved the road, Orvo Paving Works, said its work was sound.",
              NULL);
    OK(strcmp(kind_of(d, "Orvo Paving Works"), "organization") == 0,
       "a name apposed to 'the contractor that ...' is the body");
    cite_doc_free(d);
    d = parse("Ina Sorell said the lake had made its shores unstable.", NULL);
    OK(strcmp(kind_of(d, "Ina Sorell"), "person") == 0, "an 'its' deep in the clause is not hers");
    cite_doc_free(d);
}

/* Speaking to reporters is speaking on the record. */
static void test_spoke_to(void)
{
    cite_doc *d = parse("Rut Haldor, a ferry pilot, spoke to reporters at the quay.", NULL);
    OK(strcmp(kind_of(d, "Rut Haldor"), "person") == 0, "spoke to reporters: on record");
    cite_doc_free(d);
    d = parse("Rut Haldor spoke to her brother at the quay.", NULL);
    OK(d && cite_doc_citation_count(d) == 0, "spoke to a relative: no source");
    cite_doc_free(d);
}

/* "So says X" after a quote: X said it. */
static void test_so_says(void)
{
    cite_doc *d = parse("\"Nobody sleeps on the night shift.\" So says Olav Rind, a 40-year-old "
                        "guard.", NULL);
    OK(strcmp(kind_of(d, "Olav Rind"), "person") == 0, "'So says X' after a quote");
    cite_doc_free(d);
}

/* "the director" after "port director Aivar Lepp": a lower-case title too. */
static void test_lower_title_antecedent(void)
{
    cite_doc *d = parse("Mayor Ana Ruiz opened the quay. Port director Ivo Tamm denied the "
                        "claims. The director said the tender had taken eight months.", NULL);
    OK(d && !find(d, "The director") && strcmp(kind_of(d, "Ivo Tamm"), "person") == 0,
       "'the director' is the director named before");
    cite_doc_free(d);
}

/* Documents: a copy of one, results announced by someone, a body's accounts. */
static void test_more_documents(void)
{
    cite_doc *d = parse("Half the permits went to one firm, the weekly reported, citing a copy "
                        "of the permit allocation letter.", NULL);
    OK(strcmp(kind_of(d, "a copy of the permit allocation letter"), "document") == 0,
       "a copy of a letter is a document");
    cite_doc_free(d);
    d = parse("Ana Ruiz won by 300 votes, according to the results announced by the returning "
              "officer in Tolo.", NULL);
    OK(strcmp(kind_of(d, "the results announced by the returning officer in Tolo"),
              "document") == 0,
       "results announced by an officer, with the place, are a document");
    cite_doc_free(d);
    d = parse("According to the league's accounts for 2023, the club lost money.", NULL);
    OK(strcmp(kind_of(d, "the league's accounts for 2023"), "document") == 0,
       "a body's accounts are a document");
    cite_doc_free(d);
}

/* A decimal point is inside the number; a digit's own full stop ends the
 * sentence ("on Canal 9."). */
static void test_decimal_claims(void)
{
    cite_doc *d = parse("The mayor, Ines Vidal, said the repairs would cost $4.75 million, "
                        "up from 3.2 million last year.\n\n"
                        "The broadcast moved to Canal 9. Its director, Raúl Soto, said ratings "
                        "rose 12.5 percent.\n",
                        "2025-02-11");
    const cite_citation *c = find(d, "Ines Vidal");
    STR_EQ(c ? c->claim : NULL, "the repairs would cost $4.75 million, up from 3.2 million last year",
           "a claim runs past its decimal points");
    c = find(d, "Raúl Soto");
    STR_EQ(c ? c->claim : NULL, "ratings rose 12.5 percent", "the sentence after \"Canal 9.\"");
    cite_doc_free(d);
}

static void test_more_outlets(void)
{
    cite_doc *d = parse("Al-Manar said in a bulletin that the talks had stalled. Sydsvenskan "
                        "reported that the vote was delayed. The deputy told BBC Scotland the "
                        "plan was costed. According to Khovar, the road was shut.", NULL);
    OK(strcmp(kind_of(d, "Al-Manar"), "news_outlet") == 0 &&
           strcmp(kind_of(d, "Sydsvenskan"), "news_outlet") == 0 &&
           strcmp(kind_of(d, "BBC Scotland"), "news_outlet") == 0 &&
           strcmp(kind_of(d, "Khovar"), "news_outlet") == 0,
       "Lebanese, Swedish, Scottish and Tajik outlets from the table");
    cite_doc_free(d);
}

static void test_particle_names(void)
{
    cite_doc *d = parse("The prize went to the engineer Lucia de la Fuente on Friday.\n\n"
                        "\"We did not expect it,\" de la Fuente said at the dinner.", NULL);
    OK(strcmp(kind_of(d, "Lucia de la Fuente"), "person") == 0,
       "a lower-case particle surname stands for the full name before it");
    cite_doc_free(d);
    d = parse("\"The river is low,\" said Tarek el-Nashar, a boatman in Aswan.", NULL);
    OK(strcmp(kind_of(d, "Tarek el-Nashar"), "person") == 0,
       "a surname joined to its article is part of a person's name");
    cite_doc_free(d);
}

static void test_titles_before_names(void)
{
    cite_doc *d = parse("Deputy Minister of Water and Sanitation Elena Paucar Rojas told "
                        "reporters that the pumps were running.", NULL);
    const cite_citation *c = find(d, "Elena Paucar Rojas");
    OK(c && strcmp(c->kind, "person") == 0, "a title with its portfolio is not the name");
    STR_EQ(c ? c->role : NULL, "Deputy Minister of Water and Sanitation", "the title is the role");
    cite_doc_free(d);
    d = parse("Councilwoman Brigit Sandell said the budget was short.\n\n"
              "Senator Tomas Okafor of the Liberal Party said the vote would wait.", NULL);
    OK(strcmp(kind_of(d, "Brigit Sandell"), "person") == 0, "a councillor's title is a role");
    OK(strcmp(kind_of(d, "Tomas Okafor"), "person") == 0,
       "a title before 'Name of the Party' is no part of the name");
    cite_doc_free(d);
}

static void test_platform_posts(void)
{
    cite_doc *d = parse("A widely shared YouTube clip claimed that the bridge had cracked.", NULL);
    OK(strcmp(kind_of(d, "A widely shared YouTube clip"), "social_post") == 0,
       "a platform's name before a post's noun makes a post");
    cite_doc_free(d);
}

static void test_without_names(void)
{
    cite_doc *d = parse("On Monday, Engineers Without Borders said the wells were dry. "
                        "Parents Against Lead Pipes said the city had waited too long.", NULL);
    OK(strcmp(kind_of(d, "Engineers Without Borders"), "organization") == 0,
       "'Without' inside a body's name");
    OK(strcmp(kind_of(d, "Parents Against Lead Pipes"), "organization") == 0,
       "'Against' inside a body's name");
    cite_doc_free(d);
}

static void test_court_findings(void)
{
    cite_doc *d = parse("The District Court of Tartu ruled that the lease was void. "
                        "Engineers found cracks in the dam.", NULL);
    OK(strcmp(kind_of(d, "The District Court of Tartu"), "official") == 0,
       "a court that ruled that is cited");
    OK(cite_doc_citation_count(d) == 1, "people finding things cite nothing");
    cite_doc_free(d);
}

/* A wire dateline says where the story was filed: not part of the claim. */
static void test_dateline_claims(void)
{
    static const char *const in[][2] = {
        {"ADDIS ABABA, Ethiopia (Reuters) - Ethiopia will require exporters to sell through "
         "the exchange from July, the coffee authority said on Monday.",
         "Ethiopia will require exporters to sell through the exchange from July"},
        {"SEOUL, Nov. 26 (Yonhap) -- The rocket placed a satellite in orbit, the ministry said.",
         "The rocket placed a satellite in orbit"},
        {"PORT ELLEN \xE2\x80\x94 All crossings were cancelled, the ferry operator said.",
         "All crossings were cancelled"},
        {"NATO leaders met - briefly - in Brussels on Friday, the alliance said.",
         "NATO leaders met - briefly - in Brussels on Friday"}};
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        cite_doc *d = parse(in[i][0], NULL);
        const cite_citation *c = d && cite_doc_citation_count(d) ? cite_doc_citation_at(d, 0)
                                                                  : NULL;
        STR_EQ(c ? c->claim : NULL, in[i][1], "claim without the dateline");
        cite_doc_free(d);
    }
}

static void test_quoted_as_telling(void)
{
    cite_doc *d = parse("Talks end.\n\nThe Ruvana News Agency, Ostrava's state news agency, quoted "
                        "Foreign Minister Karim Delano as telling the session that water was "
                        "scarce.", NULL);
    OK(strcmp(kind_of(d, "The Ruvana News Agency"), "news_outlet") == 0,
       "'X, <country>'s state news agency, quoted': the agency over a possessive description");
    OK(strcmp(kind_of(d, "Karim Delano"), "person") == 0, "'quoted X as telling': X spoke");
    cite_doc_free(d);
    d = parse("Talks end.\n\nThe union's envoy to the talks, Annette M. van der Berg, told "
              "reporters that the deal was close.", NULL);
    OK(strcmp(kind_of(d, "Annette M. van der Berg"), "person") == 0,
       "particles make a name longer than four words");
    cite_doc_free(d);
}

/* Unnamed people described at length: a post held "on" something, two
 * relative clauses, and the "he"/"she" that follows them. */
static void test_unnamed_described(void)
{
    cite_doc *d = parse("Fares rose on Monday.\n\nA tram driver on line 9, who asked not to "
                        "be named, said many drivers had not been told. \"We will hear it from "
                        "the passengers,\" he said.", NULL);
    OK(strcmp(kind_of(d, "A tram driver on line 9"), "anonymous") == 0,
       "'a driver on line 9, who ..., said': the post is part of the description");
    INT_EQ(cite_doc_citation_count(d), 1, "'he said' after an unnamed driver: the driver");
    cite_doc_free(d);
    d = parse("Fares rose.\n\nThe deputy mayor, Ilse Karner, has been asked to report. "
              "She is said to favour a single ticket.\n\nA nurse on the night shift said "
              "the wards were full. She said staff had not been paid.", NULL);
    OK(strcmp(kind_of(d, "A nurse on the night shift"), "anonymous") == 0,
       "'a nurse on the night shift said'");
    INT_EQ(cite_doc_citation_count(d), 1, "'she said' is the nurse, not an earlier subject");
    cite_doc_free(d);
    d = parse("Fares rose.\n\nOfficials on Monday said the plan would go ahead.", NULL);
    OK(find(d, "Officials on Monday") == NULL, "'on Monday' is no post of the officials");
    cite_doc_free(d);
    d = parse("The vote was close.\n\nA violinist who was among the nine, and who asked that "
              "her name not be used, said the players had never been pushed like this.", NULL);
    OK(strcmp(kind_of(d, "A violinist"), "anonymous") == 0,
       "two relative clauses joined by 'and': the noun phrase before them");
    cite_doc_free(d);
}

/* A name's possessive, then whom or what it has, then the name apposed:
 * "X's team, Y,", "denied by X's lawyer, Y,". */
static void test_possessed_roles(void)
{
    cite_doc *d = parse("The stage went on.\n\nTomas Berger's team, Nordlicht Racing, said "
                        "the co-driver was stable. The rider's club, Alpenwind Sport, said "
                        "he would start tomorrow.", NULL);
    const cite_citation *c = find(d, "Nordlicht Racing");
    OK(c && strcmp(c->kind, "organization") == 0, "'X's team, Y, said': Y, a body");
    STR_EQ(c ? c->role : NULL, "Tomas Berger's team", "the possessed noun is the role");
    OK(strcmp(kind_of(d, "Alpenwind Sport"), "organization") == 0,
       "'the rider's club, Y, said': a body after a body's noun");
    cite_doc_free(d);
    d = parse("The judge was charged.\n\nThe allegations were denied by Okello's lawyer, "
              "Miriam Nakato, who told reporters her client was innocent. The claims were "
              "rejected by the firm's founder, Joel Mbabazi.", NULL);
    c = find(d, "Miriam Nakato");
    OK(c && strcmp(c->kind, "person") == 0, "'denied by X's lawyer, Y': Y speaks");
    STR_EQ(c ? c->role : NULL, "Okello's lawyer", "the lawyer is the role");
    OK(find(d, "Okello's lawyer") == NULL, "the role is no source of its own");
    OK(strcmp(kind_of(d, "Joel Mbabazi"), "person") == 0, "'by the firm's founder, Y'");
    cite_doc_free(d);
}

/* Names "the <noun>" stands for later: a body whose name opens with its
 * head word, a title of a place with the holder's name apposed. */
static void test_head_first_antecedents(void)
{
    cite_doc *d = parse("Exports rose to the European Union.\n\n\"It is the end,\" said Lena "
                        "Hovik, the president of the Union of Cheesemakers of Norway. The union "
                        "said it would ask for loans.", NULL);
    OK(strcmp(kind_of(d, "Union of Cheesemakers of Norway"), "organization") == 0,
       "'the union' is the Union of ... named last, not an earlier union");
    OK(find(d, "European Union") == NULL, "the European Union said nothing");
    cite_doc_free(d);
    d = parse("The rise was approved at a meeting chaired by the wali, or governor, of Tanger, "
              "Omar Bennani, on Monday.\n\n\"It has paid for less,\" the governor said.",
              NULL);
    OK(strcmp(kind_of(d, "Omar Bennani"), "person") == 0,
       "'the governor' after 'the wali, or governor, of X, Name,'");
    OK(find(d, "the governor") == NULL, "no unnamed governor");
    cite_doc_free(d);
    d = parse("The plan was chaired by the mayor of Arlen, Tove Brask, last week.\n\n"
              "The mayor said the plan would go ahead.", NULL);
    OK(strcmp(kind_of(d, "Tove Brask"), "person") == 0, "'the mayor of X, Name' then 'the mayor'");
    cite_doc_free(d);
}

/* "X has spoken to the broadcaster Y": both on record; "he told Y" after
 * it is X. */
static void test_spoken_to_outlet(void)
{
    cite_doc *d = parse("Car 7 is driven by Jonas Lindqvist. Lindqvist was not hurt.\n\n"
                        "Lindqvist has spoken to the broadcaster Kanal Nord. \"We came over a "
                        "crest,\" he told Kanal Nord.", NULL);
    const cite_citation *c = find(d, "Jonas Lindqvist");
    OK(c && strcmp(c->kind, "person") == 0, "'X has spoken to the broadcaster Y': X");
    STR_EQ(c ? c->cue : NULL, "spoken to", "cue of the interview");
    OK(strcmp(kind_of(d, "Kanal Nord"), "news_outlet") == 0, "the broadcaster is an outlet");
    INT_EQ(d ? cite_doc_citation_count(d) : 0, 2, "'he told Y' is the same person");
    cite_doc_free(d);
    d = parse("Rut Haldor spoke to her brother at the quay. Officials spoke to the BBC.", NULL);
    OK(find(d, "Rut Haldor") == NULL, "spoke to a relative: no source");
    OK(find(d, "Officials") == NULL, "only a person speaking to an outlet is added");
    cite_doc_free(d);
}

/* "the festival", "the museum" are bodies; "X, a Y-based rights group,"
 * is what a later "the group" stands for, a long name with "for the" too. */
static void test_described_antecedents(void)
{
    cite_doc *d = parse("\"He lived inside it,\" said Omar Idrissi, the artistic director of "
                        "the Tanger Jazz Festival.\n\nThe festival said in a statement that "
                        "the edition would open with a tribute.", NULL);
    OK(strcmp(kind_of(d, "Tanger Jazz Festival"), "organization") == 0,
       "'the festival' is the festival named in a role");
    cite_doc_free(d);
    d = parse("The Standing Council for the Protection of Prisoners, a Quito-based rights "
              "group, has counted 500 killings. The group said the state had lost control.",
              NULL);
    OK(strcmp(kind_of(d, "Standing Council for the Protection of Prisoners"), "organization") ==
           0,
       "'X, a <place>-based rights group,' then 'the group said': X in full");
    cite_doc_free(d);
}

/* Documents as subjects: an evaluation, a petition filed somewhere by
 * someone, an assessment that "put" a figure at a number. */
static void test_document_subjects(void)
{
    cite_doc *d = parse("Schools split.\n\nAn evaluation commissioned by the World Bank, "
                        "which paid for the scheme, found that children lost hours. A "
                        "preliminary assessment by the regional administration put the damage "
                        "at about 27 percent.", NULL);
    OK(strcmp(kind_of(d, "An evaluation commissioned by the World Bank"), "document") == 0,
       "'an evaluation ... found': a document");
    OK(strcmp(kind_of(d, "A preliminary assessment by the regional administration"),
              "document") == 0,
       "'an assessment put the damage at 27 percent': a document's figure");
    cite_doc_free(d);
    d = parse("Schools split.\n\nThe report put pressure on the minister at 10 Downing "
              "Street.", NULL);
    OK(find(d, "The report") == NULL, "'put pressure on' is no figure");
    cite_doc_free(d);
    d = parse("Exams leaked.\n\nA petition filed in the Patna High Court by a group of "
              "candidates said the board had ignored warnings. According to the charge sheet, "
              "the money was paid in cash.", NULL);
    OK(strcmp(kind_of(d, "A petition filed in the Patna High Court by a group of candidates"),
              "document") == 0,
       "'a petition filed in X by Y said': the petition, whoever filed it");
    OK(find(d, "a group of candidates") == NULL, "the filers are part of the document");
    OK(strcmp(kind_of(d, "the charge sheet"), "document") == 0, "a charge sheet is a document");
    cite_doc_free(d);
}

/* "In a letter seen by X, Y said": the outlet that saw the document. */
static void test_in_doc_seen_by(void)
{
    cite_doc *d = parse("Jobs go.\n\nIn a letter to staff seen by the weekly Nordposten, "
                        "the company said it would cut jobs. In an email obtained by The Ledger "
                        "Herald, the union said it would strike.", NULL);
    OK(strcmp(kind_of(d, "Nordposten"), "news_outlet") == 0,
       "'in a letter seen by the weekly X': the outlet");
    OK(strcmp(kind_of(d, "the company"), "organization") == 0, "the speaker stays");
    OK(strcmp(kind_of(d, "The Ledger Herald"), "news_outlet") == 0,
       "'in an email obtained by X': the outlet");
    cite_doc_free(d);
    d = parse("Jobs go.\n\nThe ball was seen by Tom Berg in the corner.", NULL);
    OK(find(d, "Tom Berg") == NULL, "'seen by' without a document cites nobody");
    cite_doc_free(d);
}

/* "X were told by Y that ...": Y said it. */
static void test_told_by(void)
{
    cite_doc *d = parse("The cable broke.\n\nCustomers of Ravu Telecom, the second mobile "
                        "network, were told by the company that calls might fail.", NULL);
    OK(strcmp(kind_of(d, "Ravu Telecom"), "organization") == 0,
       "'were told by the company': the company named before");
    cite_doc_free(d);
    d = parse("The road broke.\n\nResidents had been told by the council that the road "
              "would close.", NULL);
    OK(strcmp(kind_of(d, "the council"), "official") == 0, "'had been told by the council'");
    cite_doc_free(d);
    d = parse("The cable broke.\n\nShe told by far the best story.", NULL);
    INT_EQ(d ? (int)cite_doc_citation_count(d) : -1, 0, "'told by far' in the active is no cue");
    cite_doc_free(d);
}

/* Polynesian names opening with a glottal stop, as an apostrophe or ʻ. */
static void test_okina_names(void)
{
    cite_doc *d = parse("Owners waited.\n\n\"I lose my bookings,\" said 'Ana Taufa, who runs a "
                        "guesthouse on 'Eua.", NULL);
    OK(strcmp(kind_of(d, "'Ana Taufa"), "person") == 0, "'Ana Taufa: one name");
    cite_doc_free(d);
    d = parse("Owners waited.\n\n\"I lose my bookings,\" said \xCA\xBB" "Ana Taufa.", NULL);
    OK(strcmp(kind_of(d, "\xCA\xBB" "Ana Taufa"), "person") == 0, "the okina letter too");
    cite_doc_free(d);
}

/* People described in one sentence and quoted with "he"/"she" in the next:
 * after a clause of place, in the present tense, after a "whose" clause. */
static void test_subjects_before_quotes(void)
{
    cite_doc *d = parse("The band played.\n\nOutside the hall on Saturday, where a quartet "
                        "played for passers-by, Jonas Vilkas, a retired engineer, dropped a note "
                        "in a case. \"I have had a ticket since 1988,\" he said.", NULL);
    const cite_citation *c = find(d, "Jonas Vilkas");
    OK(c && strcmp(c->kind, "person") == 0, "the subject after a clause of place speaks");
    STR_EQ(c ? c->role : NULL, "a retired engineer", "with the role apposed");
    OK(find(d, "a quartet") == NULL, "the quartet in the clause of place said nothing");
    cite_doc_free(d);
    d = parse("The band played.\n\nThe general manager, Tadas Rimkus, defends him. \"You "
              "cannot run an orchestra by referendum,\" he said.", NULL);
    OK(strcmp(kind_of(d, "Tadas Rimkus"), "person") == 0,
       "'The manager, X, defends him.' then 'he said': X");
    cite_doc_free(d);
    d = parse("The trial went on.\n\nNino Abashidze, whose husband, Levan, was one of the "
              "two people killed, has attended every hearing. \"I want the truth,\" she said.",
              NULL);
    OK(strcmp(kind_of(d, "Nino Abashidze"), "person") == 0,
       "'X, whose husband, Y, was killed, has attended' then 'she said': X");
    OK(find(d, "Levan") == NULL, "the husband named in the clause is no source");
    cite_doc_free(d);
}

/* A central bank described as one is the state's; "were more cautious,
 * writing in a note that" cites the subject of the copula. */
static void test_central_bank_and_writing(void)
{
    cite_doc *d = parse("Loans fell.\n\nThe Bank of Moravia, the country's central bank and "
                        "banking supervisor, warned in May that lending had become a risk.", NULL);
    OK(strcmp(kind_of(d, "The Bank of Moravia"), "official") == 0,
       "'X, the country's central bank,': official");
    cite_doc_free(d);
    d = parse("Loans fell.\n\nAnalysts at the Graz-based Alpen Kapital were more cautious, "
              "writing in a note that hotel loans \"remain the weak spot\".", NULL);
    OK(strcmp(kind_of(d, "Analysts at the Graz-based Alpen Kapital"), "anonymous") == 0,
       "'X were more cautious, writing in a note that': X");
    cite_doc_free(d);
    d = parse("Mills close.\n\nThe newspaper Ilta reported that the decision was taken on "
              "Monday and announced to staff on Tuesday.", NULL);
    OK(find(d, "the decision") == NULL, "'the decision was taken ... and announced': no source");
    cite_doc_free(d);
}

/* An account given is a citation; "they" after unnamed people is them; a
 * pledge told as the event something waited for is no statement. */
static void test_accounts_and_pledges(void)
{
    cite_doc *d = parse("The board met.\n\nTwo people familiar with the talks gave a different "
                        "account. They said the directors had been split.", NULL);
    const cite_citation *c = find(d, "Two people familiar with the talks");
    OK(c && strcmp(c->kind, "anonymous") == 0, "'gave a different account': a citation");
    INT_EQ(c ? (int)c->nspans : 0, 2, "'They said' is the same people");
    STR_EQ(c ? c->claim : NULL, "the directors had been split", "their claim");
    cite_doc_free(d);
    d = parse("The board met.\n\nThe work went on only after Kenyan police promised to extend "
              "their patrols. The ministry promised to pay the workers.", NULL);
    OK(find(d, "Kenyan police") == NULL, "'only after X promised to': an event");
    OK(find(d, "The ministry") != NULL, "'the ministry promised to pay': a pledge on record");
    cite_doc_free(d);
}

/* Unnamed people speaking inside an outlet's report are the outlet's
 * sources; "citing" them or a named body there still gets a line. */
static void test_inside_reports(void)
{
    cite_doc *d = parse("Schools split.\n\nThe Amman Times reported on Monday that two of the "
                        "largest donors had told the government they would stop paying.", NULL);
    OK(strcmp(kind_of(d, "The Amman Times"), "news_outlet") == 0, "the outlet reports");
    OK(find(d, "two of the largest donors") == NULL, "its unnamed sources have no line");
    cite_doc_free(d);
    d = parse("Schools split.\n\nThe Amman Times reported that the board had cut pay, citing "
              "two members of the board. Two donors had told the government they would stop "
              "paying.", NULL);
    OK(find(d, "two members of the board") != NULL, "'citing X': X has a line");
    OK(find(d, "Two donors") != NULL, "outside the report, unnamed people have a line");
    cite_doc_free(d);
    d = parse("Trams stall.\n\nThe daily Sydposten reported that Holm Bygg had warned the city "
              "in a letter that it would not hold its price.", NULL);
    OK(find(d, "Holm Bygg") != NULL, "a named body inside the report speaks on record");
    cite_doc_free(d);
}

/* A document that names or lists, and one "sent to" someone. */
static void test_documents_that_name(void)
{
    cite_doc *d = parse("The list exists.\n\nA letter sent to the city's culture department "
                        "in May, signed by the director, names nine players whose contracts "
                        "\"should end\".", NULL);
    OK(strcmp(kind_of(d, "A letter sent to the city's culture department in May"), "document") ==
           0,
       "'a letter sent to X ..., signed by Y, names': the letter");
    OK(find(d, "the director") == NULL, "the signer is part of the description");
    cite_doc_free(d);
    d = parse("The list exists.\n\nA memo sent to the department said the plan was late. The "
              "names of the players were read out.", NULL);
    OK(strcmp(kind_of(d, "A memo sent to the department"), "document") == 0,
       "'a memo sent to the department said': the memo, not the department");
    INT_EQ(d ? (int)cite_doc_citation_count(d) : -1, 1, "'The names of' is no cue");
    cite_doc_free(d);
}

/* A long object cut a word or two before its clause ends runs to the end. */
static void test_long_objects(void)
{
    cite_doc *d = parse("Herds grew.\n\nThe region has 130,000 elephants, according to a 2022 "
                        "aerial survey by the five countries of the Okavango-Zambezi conservation "
                        "area. Numbers are stable.", NULL);
    OK(find(d, "a 2022 aerial survey by the five countries of the Okavango-Zambezi conservation "
               "area") != NULL,
       "the survey's phrase runs to the end of its clause");
    cite_doc_free(d);
}

/* "The comment came from X": X said it; "the money came from X" is no cue. */
static void test_came_from(void)
{
    cite_doc *d = parse("Landers crash.\n\n\"Landing is still very hard.\" The comment came "
                        "from Emi Tanaka, a planetary scientist at Kobe University. The money "
                        "came from Hiro Sato.", NULL);
    const cite_citation *c = find(d, "Emi Tanaka");
    OK(c && strcmp(c->kind, "person") == 0, "'the comment came from X': X");
    STR_EQ(c ? c->cue : NULL, "came from", "its cue");
    OK(find(d, "Hiro Sato") == NULL, "money that came from someone is no statement");
    cite_doc_free(d);
}

/* Two bodies, each after its trade's noun, joined by "and" before one verb. */
static void test_joined_bodies(void)
{
    cite_doc *d = parse("Chains grow.\n\nThe textile workers' union Tessil-UIL and the "
                        "employers' federation Moda Unita said in a joint statement that chains "
                        "should be limited.", NULL);
    const cite_citation *c = find(d, "Tessil-UIL");
    OK(c && strcmp(c->kind, "organization") == 0, "the first body of two said it too");
    STR_EQ(c ? c->role : NULL, "The textile workers' union", "its trade's noun is its role");
    OK(strcmp(kind_of(d, "Moda Unita"), "organization") == 0, "the second body");
    cite_doc_free(d);
    d = parse("Chains grow.\n\nFiji and the federation Moda Unita said the talks failed.", NULL);
    OK(find(d, "Fiji") == NULL, "a bare name without a role is not joined");
    cite_doc_free(d);
}

/* Bodies whose names open with a word for people. */
static void test_people_named_bodies(void)
{
    cite_doc *d = parse("Clinics closed.\n\nVolunteers in Dentistry said it would open a second "
                        "clinic. Fathers Against Speeding said the road was unsafe. Doctors in "
                        "Gaza said the wards were full. Reporters Without Borders said it was "
                        "worried.", NULL);
    OK(strcmp(kind_of(d, "Volunteers in Dentistry"), "organization") == 0,
       "'Volunteers in Dentistry said': a body at the start of a sentence");
    OK(strcmp(kind_of(d, "Fathers Against Speeding"), "organization") == 0,
       "'Fathers Against Speeding': a body, not a person");
    OK(strcmp(kind_of(d, "Doctors in Gaza"), "anonymous") == 0, "a place after 'in': people");
    OK(strcmp(kind_of(d, "Reporters Without Borders"), "organization") == 0,
       "'Reporters Without Borders' as before");
    cite_doc_free(d);
}

/* "local fire officials" are a local government's; "two local officials"
 * and "a local official" stay unnamed people. */
static void test_local_officials(void)
{
    cite_doc *d = parse("Homes shook.\n\nA woman was hurt, the agency reported, citing local "
                        "fire officials. Two local officials said the roads were shut.", NULL);
    OK(strcmp(kind_of(d, "local fire officials"), "official") == 0, "'local fire officials'");
    OK(strcmp(kind_of(d, "Two local officials"), "anonymous") == 0, "'two local officials'");
    cite_doc_free(d);
    d = parse("Votes counted.\n\nOn Friday, county election officials said the count was done. "
              "City officials said turnout was high. Harlan County election officials said "
              "two machines failed. Some city officials said little.", NULL);
    OK(strcmp(kind_of(d, "county election officials"), "official") == 0,
       "'county election officials' in lower case: official");
    OK(strcmp(kind_of(d, "City officials"), "official") == 0, "'City officials' at the start");
    OK(strcmp(kind_of(d, "Harlan County election officials"), "official") == 0,
       "'X County election officials'");
    OK(strcmp(kind_of(d, "Some city officials"), "anonymous") == 0, "'some city officials'");
    cite_doc_free(d);
}

/* Whoever "puts" a figure at a number gives it. */
static void test_put_figures(void)
{
    cite_doc *d = parse("Nurses struck.\n\nA spokeswoman for the Hospices de Vienne, which runs "
                        "the city's hospitals, put the figure at 22 percent. The union put the "
                        "blame on the ministry.", NULL);
    OK(strcmp(kind_of(d, "A spokeswoman for the Hospices de Vienne"), "official") == 0,
       "'a spokeswoman put the figure at 22 percent'");
    OK(find(d, "The union") == NULL, "'put the blame on' gives no figure");
    cite_doc_free(d);
    d = parse("Roads broke.\n\nThe governor asked for a fund of 2 million, a figure her "
              "office later put at $2.5 million.", NULL);
    OK(find(d, "a figure her office") == NULL, "'a figure X put at': no subject before 'put'");
    cite_doc_free(d);
}

/* The outlet someone spoke on: "speaking on X", "asked about it on X". */
static void test_spoke_on_outlet(void)
{
    cite_doc *d = parse("Rules changed.\n\nSpeaking on France Inter, Sports Minister Lise "
                        "Armand said the rules had to be the same. Asked about the case on BBC "
                        "Radio 4, Tom Hale said he agreed. Speaking on Monday, the coach said "
                        "nothing new.", NULL);
    const cite_citation *c = find(d, "France Inter");
    OK(c && strcmp(c->kind, "news_outlet") == 0, "'Speaking on X': the outlet");
    STR_EQ(c ? c->cue : NULL, "Speaking on", "its cue");
    OK(strcmp(kind_of(d, "Lise Armand"), "person") == 0, "the speaker stays");
    OK(find(d, "BBC Radio 4") != NULL, "'asked about the case on X': the outlet");
    OK(find(d, "Monday") == NULL, "'speaking on Monday' names no outlet");
    cite_doc_free(d);
}

/* "A and the B said": both bodies said it. */
static void test_body_and_the_body(void)
{
    cite_doc *d = parse("Dams leak.\n\nGreenpeace and the WWF said in a joint statement that "
                        "the dams were poorly kept. The Red Cross and the UN said aid was late. "
                        "Prices rose and the union said pay must follow.", NULL);
    OK(strcmp(kind_of(d, "Greenpeace"), "organization") == 0, "'Greenpeace and the WWF said'");
    OK(strcmp(kind_of(d, "the WWF"), "organization") == 0, "the second body too");
    OK(strcmp(kind_of(d, "The Red Cross"), "organization") == 0,
       "'The Red Cross and the UN said': the first with its article");
    OK(find(d, "Prices rose") == NULL && find(d, "Prices") == NULL,
       "a clause before 'and' is no body");
    cite_doc_free(d);
}

/* A state body's or a body's noun apposed to a name: "the country's weather
 * agency, PAGASA,", "the Commission's humanitarian office, ECHO,". */
static void test_institution_apposed(void)
{
    cite_doc *d = parse("Storms came.\n\nThe country's weather agency, MetSeo, said it would "
                        "rain. The European Commission's humanitarian office, ECHO, said it had "
                        "sent pumps. The company's chief executive, Ana Ruiz, said costs rose.",
                        NULL);
    OK(strcmp(kind_of(d, "MetSeo"), "official") == 0,
       "'the country's weather agency, X,': a state body, not a person");
    const cite_citation *c = find(d, "ECHO");
    OK(c && strcmp(c->kind, "official") == 0, "'X's humanitarian office, ECHO,': the office");
    STR_EQ(c ? c->role : NULL, "The European Commission's humanitarian office", "its role");
    OK(strcmp(kind_of(d, "Ana Ruiz"), "person") == 0, "a person's title stays a person's");
    cite_doc_free(d);
    d = parse("Strikes loom.\n\nThe head of the union, Peter Mann, said workers would strike.",
              NULL);
    OK(strcmp(kind_of(d, "Peter Mann"), "person") == 0,
       "'the head of the union, X': the body's noun is in the complement, X a person");
    cite_doc_free(d);
}

/* Groups of people quoted without names, and "X, mostly Y, said". */
static void test_unnamed_groups(void)
{
    cite_doc *d = parse("Protests spread.\n\nThe demonstrators, mostly students, said they "
                        "would return. Two men, both farmers from Kisii, said the road was shut. "
                        "Mourners said the service was moving.", NULL);
    OK(strcmp(kind_of(d, "The demonstrators"), "anonymous") == 0,
       "'The demonstrators, mostly students, said'");
    OK(strcmp(kind_of(d, "Two men"), "anonymous") == 0, "'Two men, both farmers ..., said'");
    OK(strcmp(kind_of(d, "Mourners"), "anonymous") == 0, "'Mourners said': people, not a body");
    cite_doc_free(d);
}

/* "Perez's assistant said": someone of a named person's, left unnamed. */
static void test_possessed_people(void)
{
    cite_doc *d = parse("The match ended.\n\nPerez's assistant said the players were tired. "
                        "Nordvik's engineers said the car was fine.", NULL);
    OK(strcmp(kind_of(d, "Perez's assistant"), "anonymous") == 0,
       "'X's assistant said': an unnamed person, not a body");
    OK(strcmp(kind_of(d, "Nordvik's engineers"), "anonymous") == 0, "'X's engineers said'");
    cite_doc_free(d);
}

/* "told the BBC's Today programme": the outlet whose programme it was. */
static void test_outlet_programmes(void)
{
    cite_doc *d = parse("Talks stalled.\n\nForeign Minister Ana Silva told the BBC's Today "
                        "programme that talks would resume. Ivo Lind told CNN's State of the "
                        "Union that he agreed.", NULL);
    OK(strcmp(kind_of(d, "the BBC"), "news_outlet") == 0, "'the BBC's Today programme': the BBC");
    OK(strcmp(kind_of(d, "CNN"), "news_outlet") == 0, "'CNN's State of the Union': CNN");
    OK(strcmp(kind_of(d, "Ana Silva"), "person") == 0, "the speaker stays");
    cite_doc_free(d);
}

/* "The X's union, the <name> (ACRONYM), said": the name without the acronym. */
static void test_apposed_acronyms(void)
{
    cite_doc *d = parse("Planes met.\n\nThe pilots' union, the Associação dos Pilotos de Linha "
                        "(APPLA), said staff were tired. The regulator, the Energy Regulatory "
                        "Board (ERB), said prices would rise.", NULL);
    OK(strcmp(kind_of(d, "the Associação dos Pilotos de Linha"), "organization") == 0,
       "a union's name apposed with its acronym in brackets");
    OK(strcmp(kind_of(d, "the Energy Regulatory Board"), "official") == 0,
       "a regulator's name apposed with its acronym");
    cite_doc_free(d);
}

/* "recalled X" after a quote; a sentence's capital on a common word before
 * people's noun is no name. */
static void test_recalled_and_openings(void)
{
    cite_doc *d = parse("Fires spread.\n\n\"It came over the ridge in minutes,\" recalled Tom "
                        "Blake, whose farm burned. Insurance industry analysts estimate losses at "
                        "2 billion dollars.", NULL);
    OK(strcmp(kind_of(d, "Tom Blake"), "person") == 0, "'\"...,\" recalled X'");
    OK(strcmp(kind_of(d, "Insurance industry analysts"), "anonymous") == 0,
       "'Insurance industry analysts': unnamed people, not a body");
    cite_doc_free(d);
}

/* A new speaker right inside someone's reported words is part of the claim. */
static void test_speakers_inside_claims(void)
{
    cite_doc *d = parse("Roads closed.\n\nMarco Bianchi, a shopkeeper, said the police had "
                        "told him the road would reopen on Friday. The mayor said that residents "
                        "had complained. The council said on Monday it would act, and the police "
                        "said the road was safe.", NULL);
    OK(strcmp(kind_of(d, "Marco Bianchi"), "person") == 0, "the speaker");
    OK(find(d, "residents") == NULL, "'said that residents had complained': inside the claim");
    OK(strcmp(kind_of(d, "the police"), "official") == 0,
       "a speaker in a clause of its own after 'and' is a source");
    const cite_citation *c = find(d, "the police");
    INT_EQ(c ? (int)c->nspans : 0, 1, "the police inside Bianchi's words add no span");
    cite_doc_free(d);
}

/* "declared a state of emergency" is an act; "declared that" is speech. */
static void test_acts_and_silence(void)
{
    cite_doc *d = parse("Fires spread.\n\nThe governor declared a state of emergency. "
                        "The minister said nothing had changed.", NULL);
    OK(find(d, "The governor") == NULL, "'declared a state of emergency' is an act");
    OK(find(d, "The minister") != NULL, "'said nothing had changed' is a claim");
    cite_doc_free(d);
    d = parse("Fires spread.\n\nThe governor declared that the fires were contained.", NULL);
    OK(find(d, "The governor") != NULL, "'declared that' is speech");
    cite_doc_free(d);
}

static void test_judging_in_quotes(void)
{
    cite_doc *d = parse("Talks end.\n\nThe Foreign Office welcomed \"the constructive "
                        "atmosphere\" in a brief statement. The Farmers Union has repeatedly "
                        "criticised the tax.", NULL);
    OK(strcmp(kind_of(d, "The Foreign Office"), "official") == 0,
       "'welcomed \"...\"' quotes the one who welcomed");
    OK(cite_doc_citation_count(d) == 1, "criticising without a quote cites nobody");
    cite_doc_free(d);
}

static void test_lead_officials(void)
{
    cite_doc *d = parse("Storm hits coast\n\nThree people died when the storm struck on Friday, "
                        "officials said.\n\nThe Ministry of Interior said roads were closed.",
                        NULL);
    OK(find(d, "officials") == NULL, "the lead's bare 'officials said' sums up the officials cited");
    OK(strcmp(kind_of(d, "The Ministry of Interior"), "official") == 0, "the ministry stays");
    cite_doc_free(d);
    d = parse("Storm hits coast\n\nThree people died when the storm struck on Friday, "
              "officials said.\n\nA resident, Ana Ruiz, said roads were closed.", NULL);
    OK(find(d, "officials") != NULL, "with no official cited, 'officials' stays a source");
    cite_doc_free(d);
    d = parse("Drugs run short\n\nPharmacies have run out of amoxicillin, the country's drug "
              "regulator said on Wednesday.\n\nThe State Institute for Drug Control said "
              "supplies would return. The deal is close, people familiar with the talks said.",
              NULL);
    OK(find(d, "the country's drug regulator") == NULL,
       "a lead's description of a body named next is no source of its own");
    OK(find(d, "people familiar with the talks") != NULL, "unnamed on purpose stays");
    cite_doc_free(d);
}

static void test_clerics_and_letters(void)
{
    cite_doc *d = parse("Talks end.\n\nMaronite Patriarch Boutros Semaan al-Hajj said the house "
                        "was burning. A senior cleric at the meeting said the text was rewritten. "
                        "The Association of Weavers of Uribia, known by its acronym Asowa, said "
                        "in an open letter that the designs were copied. The letter, shared "
                        "widely, demanded an apology. Lamberti Morel said in a statement to El "
                        "Tiempo that it respected the weavers.", NULL);
    OK(strcmp(kind_of(d, "Boutros Semaan al-Hajj"), "person") == 0, "a patriarch's title is a role");
    OK(strcmp(kind_of(d, "A senior cleric at the meeting"), "anonymous") == 0,
       "an unnamed cleric is anonymous");
    OK(strcmp(kind_of(d, "The Association of Weavers of Uribia"), "organization") == 0,
       "'X, known by ..., said': X");
    OK(strcmp(kind_of(d, "The letter"), "document") == 0, "'the letter demanded': a document");
    OK(strcmp(kind_of(d, "El Tiempo"), "news_outlet") == 0,
       "'said in a statement to <outlet>': the outlet");
    cite_doc_free(d);
}

static void test_descriptions_between_commas(void)
{
    cite_doc *d = parse("Talks end.\n\nThe demand was echoed by the Depositors' Union, which said "
                        "savings were frozen. The Commission's latest rule-of-law report, "
                        "published in July, said ads went to friendly outlets. The weekly's "
                        "longest-serving reporter, Zsofia Lang, 61, who joined in 1989, said she "
                        "had seen three governments.", NULL);
    OK(strcmp(kind_of(d, "the Depositors' Union"), "organization") == 0,
       "'which' refers back over a plural possessive inside a name");
    OK(strcmp(kind_of(d, "The Commission's latest rule-of-law report"), "document") == 0,
       "a body's latest report is a document, and its 'report' no verb");
    OK(cite_doc_citation_count(d) == 3, "no citation from 'rule-of-law report' as a verb");
    OK(strcmp(kind_of(d, "Zsofia Lang"), "person") == 0, "'Name, 61, who ..., said': the name");
    cite_doc_free(d);
    d = parse("Talks end.\n\nThe Breathe Council, a coalition of doctors, academics and "
              "residents, said the state had failed. The ferry's operator, the state-owned "
              "ASDP Nusa Ferry, said all were safe. The Consumer Centre Ostrava, a public body "
              "funded by the EU and the state, said complaints rose, according to its annual "
              "report.", NULL);
    OK(strcmp(kind_of(d, "The Breathe Council"), "organization") == 0,
       "a description that lists with commas");
    OK(strcmp(kind_of(d, "ASDP Nusa Ferry"), "organization") == 0,
       "how a body is owned is no part of its name");
    OK(find(d, "The Consumer Centre Ostrava") != NULL, "'and' inside a description");
    OK(find(d, "its annual report") == NULL, "the speaker's own report adds no source");
    cite_doc_free(d);
}

static void test_agents_and_stations(void)
{
    cite_doc *d = parse("Talks end.\n\nThat criticism was rejected by the Ministry of Natural "
                        "Resources. The proposal was rejected by the Senate. A soldier taking "
                        "part in the search, who was not authorised to speak, said equipment was "
                        "scarce. A group calling itself the Batken Volunteer Guard said on "
                        "Telegram that it had sent men. Gulnara Toktosun, a teacher, said the "
                        "windows broke, speaking by phone to Radio Azattyk.", NULL);
    OK(strcmp(kind_of(d, "the Ministry of Natural Resources"), "official") == 0,
       "'that criticism was rejected by X': X answered it");
    OK(find(d, "the Senate") == NULL, "a proposal rejected is a vote, not a statement");
    OK(strcmp(kind_of(d, "A soldier taking part in the search"), "anonymous") == 0,
       "'-ing' after a person's noun ends the head");
    OK(strcmp(kind_of(d, "the Batken Volunteer Guard"), "organization") == 0,
       "a group calling itself a name is an organisation");
    OK(strcmp(kind_of(d, "Radio Azattyk"), "news_outlet") == 0,
       "'speaking by phone to <station>'");
    cite_doc_free(d);
    d = parse("Talks end.\n\nThe benefit was largest in rural areas, according to a large trial "
              "led by researchers. A third author, Dr Aoife Ni Bhriain of the Royal College of "
              "Surgeons, said the benefit was largest in rural areas.", NULL);
    OK(find(d, "a large trial led by researchers") == NULL ||
           strcmp(kind_of(d, "a large trial led by researchers"), "anonymous") != 0,
       "what researchers led is no researcher");
    OK(strcmp(kind_of(d, "Aoife Ni Bhriain"), "person") == 0,
       "'A third author, Dr X of Y, said': the name");
    OK(find(d, "A third author") == NULL, "the description is the role");
    cite_doc_free(d);
}

static void test_short_names_and_oversight(void)
{
    cite_doc *d = parse("Ferry sinks\n\nFour are missing, Indonesia's National Search and Rescue "
                        "Agency (Basarnas) said. The National Transportation Safety Committee said "
                        "the recorder was found. The African Union Commission said talks would "
                        "go on. Basarnas said it had deployed 14 boats.", NULL);
    OK(find(d, "Basarnas") == NULL, "a short name in brackets written as a word refers back");
    OK(strcmp(kind_of(d, "The National Transportation Safety Committee"), "official") == 0,
       "a safety committee oversees for the state");
    OK(strcmp(kind_of(d, "The African Union Commission"), "organization") == 0,
       "a union of states is a body of many states");
    cite_doc_free(d);
    d = parse("Phone launch\n\nKestrel Mobile said sales would start in May. The hinge was "
              "made in Taipei, according to Kestrel. Walter Grant Securities was sceptical. "
              "\"It is late,\" wrote its Taipei-based analyst, J.C. Teo, in a note.\n\n"
              "In 2023 Taiwan's Consumers' Foundation received 800 complaints, the foundation "
              "said.\n\nThe owner of the ship, the Singapore-based shipping company Bennett "
              "Marlowe Lines, said its vessel was in the lane.", NULL);
    OK(find(d, "Kestrel") == NULL, "a company cited by its first word is the one named before");
    OK(strcmp(kind_of(d, "J.C. Teo"), "person") == 0, "'its analyst, Name,': the name");
    OK(strcmp(kind_of(d, "Taiwan's Consumers' Foundation"), "organization") == 0,
       "'the foundation' stands for a name with a plural possessive");
    OK(strcmp(kind_of(d, "Bennett Marlowe Lines"), "organization") == 0 &&
           find(d, "The owner of the ship") == NULL,
       "'The owner of X, the company Y, said': Y");
    cite_doc_free(d);
}

static void test_public_body_and_colon(void)
{
    cite_doc *d = parse("Fines rise\n\nThe Consumer Centre Ostrava, a public body funded by the "
                        "state, said complaints rose. Mayor Karin Lindqvist defended the delay.\n\n"
                        "Mayor Lindqvist: \"We will bring a new plan in March.\"\n\n"
                        "Update: \"The line is closed.\"", NULL);
    OK(strcmp(kind_of(d, "The Consumer Centre Ostrava"), "official") == 0,
       "'X, a public body, said': official");
    OK(strcmp(kind_of(d, "Karin Lindqvist"), "person") == 0,
       "'Title Surname: \"...\"' quotes the person named before");
    OK(cite_doc_citation_count(d) == 2, "a heading over a quote is no speaker");
    cite_doc_free(d);
}

static void test_speaker_sentences(void)
{
    cite_doc *d = parse("Croatia win\n\nCroatia coach Goran Perkovic, who was sent to the stands "
                        "in the second half, watched from a seat behind the bench.\n\n"
                        "\"From up there it was worse. You only pray.\"\n\n"
                        "Croatia's top scorer, Luka Cindric, finished with nine goals. Asked how "
                        "he felt, he laughed: \"Ask me in a week.\"", NULL);
    const cite_citation *c = find(d, "Goran Perkovic");
    OK(c && strcmp(c->kind, "person") == 0,
       "a quote-only paragraph after a sentence about a person is that person's");
    STR_EQ(c ? c->quote : NULL, "From up there it was worse. You only pray", "its quote");
    OK(strcmp(kind_of(d, "Luka Cindric"), "person") == 0,
       "'he laughed: \"...\"' after a sentence about a person");
    cite_doc_free(d);
    d = parse("Election night\n\nResults showed candidate Ahmed bin Salem leading.\n\n"
              "Shortly before midnight, Bin Salem addressed supporters. \"We won,\" he said.",
              NULL);
    OK(strcmp(kind_of(d, "Ahmed bin Salem"), "person") == 0,
       "'he said' after a sentence about a person; a capitalised particle finds the full name");
    cite_doc_free(d);
    d = parse("Storm\n\nThe river rose overnight and the bridge closed.\n\n"
              "\"We have never seen this,\" a sign read.", NULL);
    OK(cite_doc_citation_count(d) == 0, "no person named before: the quote stays unattributed");
    cite_doc_free(d);
}

static void test_second_predicates_and_portfolios(void)
{
    cite_doc *d = parse("Strike\n\nThe Christian union ACV Transcom did not join the strike but "
                        "criticised the government for \"negotiating through the newspapers\". "
                        "Exams were cancelled, according to a 2024 investigation by the Indian "
                        "Express.\n\n\"We designed this auction badly,\" Minister for Climate, "
                        "Energy and Utilities Soren Holm-Madsen told reporters.", NULL);
    OK(strcmp(kind_of(d, "ACV Transcom"), "organization") == 0,
       "'X did not join ... but criticised ... \"...\"': X");
    OK(strcmp(kind_of(d, "a 2024 investigation by the Indian Express"), "document") == 0,
       "an investigation by an outlet is a document");
    OK(strcmp(kind_of(d, "Soren Holm-Madsen"), "person") == 0 && find(d, "Energy") == NULL,
       "a portfolio that lists its fields with commas is the title's");
    cite_doc_free(d);
}

static void test_apposed_short_names(void)
{
    cite_doc *d = parse("Tram delayed\n\nThe Swedish Transport Administration, Trafikverket, "
                        "which had pledged 1.2 billion crowns toward the project, said its money "
                        "was under review.\n\nThe audit found that the city's transport "
                        "department had underestimated the cost. Mayor Lina Berg said the line "
                        "would be built. The department has denied that it concealed anything.",
                        NULL);
    OK(strcmp(kind_of(d, "The Swedish Transport Administration"), "official") == 0,
       "'A, B, which ..., said': the name in full");
    OK(find(d, "Trafikverket") == NULL, "pledging a sum cites nobody");
    OK(strcmp(kind_of(d, "the city's transport department"), "official") == 0,
       "'the department' stands for the body described by whose it is");
    cite_doc_free(d);
}

static void test_kin_subjects(void)
{
    cite_doc *d = parse("Bookshop turns 60\n\nHer son, Marco, who now manages the accounts, is "
                        "less sentimental. \"Margins are thin,\" he said.", NULL);
    const cite_citation *c = find(d, "Marco");
    OK(c && strcmp(c->kind, "person") == 0,
       "'Her son, Marco, ..., is' names a person whom 'he said' then stands for");
    STR_EQ(c ? c->role : NULL, "Her son", "the kin noun is the role");
    cite_doc_free(d);
}

static void test_described_sources(void)
{
    cite_doc *d = parse("The paper reported, citing sources close to the board, that the bank "
                        "would sell.", NULL);
    OK(find(d, "sources close to the board") != NULL, "'close to' goes on after 'citing'");
    cite_doc_free(d);
    d = parse("A farmer whose fields flooded overnight said the water came fast.", NULL);
    OK(find(d, "A farmer") != NULL, "a subject ends before its 'whose' clause");
    cite_doc_free(d);
    d = parse("Witnesses told the Daily Courier that the driver had left. "
              "The digital rights group Access Now said the cut was wrong.", NULL);
    OK(strcmp(kind_of(d, "the Daily Courier"), "news_outlet") == 0,
       "a capitalised 'Daily' after 'the' opens the outlet's name");
    OK(strcmp(kind_of(d, "Access Now"), "organization") == 0,
       "a capitalised 'Now' after a name is the name's own");
    cite_doc_free(d);
    d = parse("The cable went down at noon. Seismologist Mele Taufa said the quake was small.",
              NULL);
    OK(strcmp(kind_of(d, "Mele Taufa"), "person") == 0,
       "a trade opening the sentence is no part of the name");
    cite_doc_free(d);
    d = parse("Growers in the Ararat valley said the apricots were lost. Analysts at the "
              "consultancy Agrodatos said exports would fall.", NULL);
    OK(strcmp(kind_of(d, "Growers in the Ararat valley"), "anonymous") == 0,
       "plural people placed by where they live are unnamed");
    OK(strcmp(kind_of(d, "Analysts at the consultancy Agrodatos"), "anonymous") == 0,
       "plural people at a named firm are unnamed, not the firm");
    cite_doc_free(d);
    d = parse("Economists at the bank estimate that exports could fall. Its estimate was late.",
              NULL);
    OK(strcmp(kind_of(d, "Economists at the bank"), "anonymous") == 0,
       "'estimate that' after a plural subject cites");
    OK(cite_doc_citation_count(d) == 1, "'its estimate' is a noun");
    cite_doc_free(d);
    d = parse("Cases fell by half, according to a study by researchers at the Institut "
              "Pasteur. According to a paper published on Monday in the journal Zootaxa, the "
              "team counted 37 frogs.", NULL);
    OK(strcmp(kind_of(d, "a study by researchers at the Institut Pasteur"), "document") == 0,
       "a study by researchers is a document, not the researchers");
    OK(strcmp(kind_of(d, "a paper published on Monday in the journal Zootaxa"), "document") == 0,
       "a paper's date and journal go with it");
    OK(cite_doc_citation_count(d) == 2, "the journal is no outlet of its own");
    cite_doc_free(d);
    d = parse("The UN refugee agency UNHCR says 120,000 people have gone home.", NULL);
    OK(strcmp(kind_of(d, "UNHCR"), "organization") == 0,
       "a UN agency's description before its acronym is its role");
    cite_doc_free(d);
    d = parse("The court handed the land to Crestline Estates Ltd last year.\n\n"
              "Crestline Estates said it had never paid anyone.", NULL);
    OK(strcmp(kind_of(d, "Crestline Estates Ltd"), "organization") == 0,
       "a short name the text gave a legal form is the company");
    OK(cite_doc_citation_count(d) == 1, "no person of the company's short name");
    cite_doc_free(d);
    d = parse("Mariela Solis Araya had walked the stream for weeks.\n\n"
              "\"I knew the call,\" says Solis, a biologist.", NULL);
    OK(find(d, "Mariela Solis Araya") != NULL, "a second surname joins the full name");
    cite_doc_free(d);
    d = parse("Rovuma Coastal LNG said in a statement that work goes on. Henry Tudor VII said "
              "he was pleased.", NULL);
    OK(strcmp(kind_of(d, "Rovuma Coastal LNG"), "organization") == 0,
       "a name ending in capitals is a company's");
    OK(strcmp(kind_of(d, "Henry Tudor VII"), "person") == 0, "a roman numeral is no acronym");
    cite_doc_free(d);
    d = parse("Ana Petrosyan said the frost came at night. Both farmers said they had no "
              "insurance.", NULL);
    OK(cite_doc_citation_count(d) == 1, "'both farmers' refers back");
    cite_doc_free(d);
    d = parse("The company's contingency plan, published in 2022, said the link would hold.",
              NULL);
    OK(strcmp(kind_of(d, "The company's contingency plan"), "document") == 0,
       "a plan that says is a document");
    cite_doc_free(d);
    d = parse("Gazeta.uz, citing two officials, reported that the review would take weeks.",
              NULL);
    OK(strcmp(kind_of(d, "Gazeta.uz"), "news_outlet") == 0,
       "a web address that reports is a news site");
    cite_doc_free(d);
    d = parse("The National System of Conservation Areas said it had closed the stream.", NULL);
    OK(strcmp(kind_of(d, "The National System of Conservation Areas"), "official") == 0,
       "a national system is the state's");
    cite_doc_free(d);
    d = parse("Overall leader Carla Dominguez of Spain, who was ahead, said she had slowed.",
              NULL);
    const cite_citation *x = find(d, "Carla Dominguez");
    OK(x && strcmp(x->kind, "person") == 0, "a lower-case title before 'Name of Place'");
    STR_EQ(x ? x->role : NULL, "Overall leader", "the title is the role");
    cite_doc_free(d);
    d = parse("The clerk of the course, Gilles Perrault, told a briefing that the road was "
              "safe.", NULL);
    OK(strcmp(kind_of(d, "Gilles Perrault"), "person") == 0,
       "a clerk apposed to a name is no firm in a trade");
    cite_doc_free(d);
    d = parse("09:45 \xe2\x80\x94 The clerk of the course, Gilles Perrault, told a briefing "
              "that the road was safe.", NULL);
    OK(find(d, "Gilles Perrault") != NULL, "a live blog's time stamp opens no sentence");
    cite_doc_free(d);
    d = parse("\"We fish, we sleep,\" a deckhand told the paper. The General Federation of "
              "Teachers, part of the UGTT confederation, said the plan was bad.", NULL);
    OK(strcmp(kind_of(d, "a deckhand"), "anonymous") == 0, "a deckhand is a person");
    OK(strcmp(kind_of(d, "The General Federation of Teachers"), "organization") == 0,
       "', part of X,' describes the subject before it");
    cite_doc_free(d);
    d = parse("\"Will they switch that off too?\" asked Sonia Gharbi, a mother. Ana Ruiz "
              "asked the court to wait.", NULL);
    OK(strcmp(kind_of(d, "Sonia Gharbi"), "person") == 0, "'asked' after a quote names its speaker");
    OK(cite_doc_citation_count(d) == 1, "'asked the court to' is a request, no citation");
    cite_doc_free(d);
    d = parse("The news site 15min reported that nine players signed it.", NULL);
    OK(strcmp(kind_of(d, "15min"), "news_outlet") == 0, "a medium's name may open with digits");
    cite_doc_free(d);
    d = parse("\"I was hired to stop that,\" he said in an interview with the newspaper "
              "Lietuvos rytas in January. She told the daily Blic yesterday that it was over.",
              NULL);
    OK(strcmp(kind_of(d, "Lietuvos rytas"), "news_outlet") == 0,
       "a foreign title goes on in lower case");
    OK(strcmp(kind_of(d, "Blic"), "news_outlet") == 0, "but not over an English word");
    cite_doc_free(d);
    d = parse("It was reported by the sports daily Sportski \xc5\xbeurnal that the match would "
              "wait.", NULL);
    OK(strcmp(kind_of(d, "Sportski \xc5\xbeurnal"), "news_outlet") == 0,
       "a lower-case title word may have letters beyond ASCII");
    cite_doc_free(d);
}

int main(void)
{
    test_kin_subjects();
    test_apposed_short_names();
    test_second_predicates_and_portfolios();
    test_speaker_sentences();
    test_public_body_and_colon();
    test_short_names_and_oversight();
    test_agents_and_stations();
    test_descriptions_between_commas();
    test_lead_officials();
    test_clerics_and_letters();
    test_quoted_as_telling();
    test_unnamed_described();
    test_possessed_roles();
    test_head_first_antecedents();
    test_spoken_to_outlet();
    test_described_antecedents();
    test_document_subjects();
    test_in_doc_seen_by();
    test_told_by();
    test_okina_names();
    test_subjects_before_quotes();
    test_central_bank_and_writing();
    test_accounts_and_pledges();
    test_inside_reports();
    test_documents_that_name();
    test_long_objects();
    test_came_from();
    test_joined_bodies();
    test_people_named_bodies();
    test_local_officials();
    test_put_figures();
    test_spoke_on_outlet();
    test_body_and_the_body();
    test_institution_apposed();
    test_unnamed_groups();
    test_possessed_people();
    test_outlet_programmes();
    test_apposed_acronyms();
    test_recalled_and_openings();
    test_speakers_inside_claims();
    test_acts_and_silence();
    test_judging_in_quotes();
    test_decimal_claims();
    test_court_findings();
    test_without_names();
    test_platform_posts();
    test_titles_before_names();
    test_particle_names();
    test_more_outlets();
    test_more_documents();
    test_lower_title_antecedent();
    test_so_says();
    test_spoke_to();
    test_apposition_chains();
    test_posts_and_data();
    test_its_owner();
    test_characterising();
    test_two_described();
    test_plural_body_noun();
    test_legal_names();
    test_relative_and_none();
    test_unnamed_people();
    test_posted_by();
    test_doc_coref();
    test_numbers_and_noted_names();
    test_description_forms();
    test_headline();
    test_rejected();
    test_words_and_roles();
    test_missions_and_media();
    test_traded_names();
    test_outlet_edges();
    test_country_agencies();
    test_members_bodies();
    test_speaks_as_it();
    test_name_words();
    test_name_extent();
    test_named_antecedents();
    test_described_bodies();
    test_bare_bodies();
    test_described_sources();
    test_published_things();
    test_state_bodies();
    test_outlet_phrases();
    test_daily_now_late();
    test_declined_only();
    test_named_later();
    test_whose_and_stations();
    test_more_words();
    test_document_heads();
    test_nested_and_objects();
    test_who_after_description();
    test_names_with_lists();
    test_unknown_outlets();
    test_counted_officials();
    test_carried_documents();
    test_body_kinds();
    test_antecedents();
    test_names_and_people();
    test_seed();
    test_units();
    test_dates();
    test_bad_input();
    test_general_rules();
    test_shared_subject();
    test_order_with_posts();
    test_dateline_claims();
    return TEST_SUMMARY();
}
