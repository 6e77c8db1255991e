/*
 * lang_test.c - posts in other languages than English: the language guess,
 * the English lemmas of their counted nouns, numbers written with a point for
 * thousands and a decimal comma, and what the cross-check makes of such a post
 * next to an English body (its counts compared, its capitalised words not
 * taken for names the body lacks).
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

static void expect_foreign(const char *text, bool want)
{
    T_REPORT(citep_lang_foreign(text, strlen(text)) == want, "%s: \"%s\"",
             want ? "not English" : "English", text);
}

static void expect_noun(const char *word, const char *lemma)
{
    STR_EQ(citep_lang_noun(word, strlen(word)), lemma, word);
}

/* The first number scanned in text, with the European marks or not. */
static void expect_number(const char *text, bool euro, double want)
{
    struct citep_numbuf nb = {NULL, 0, 0, euro};
    cite_status rc = citep_numbers_scan_into(text, strlen(text), &nb);
    T_REPORT(rc == CITE_OK && nb.n > 0 && fabs(nb.v[0].value - want) < 1e-9,
             "\"%s\"%s: got %g, want %g", text, euro ? " (euro)" : "",
             nb.n ? nb.v[0].value : -1.0, want);
    citep_free(nb.v);
}

static cite_doc *article(cite_parser *p, const char *body, const char *post)
{
    return test_article(p, body, "The regional authority posted an update.", post,
                        "\xE2\x80\x94 Civil Defence (@civdef_region) May 9, 2026");
}

static const cite_finding *finding(const cite_doc *d, cite_claim_type t, const char *subject)
{
    return test_finding(d, t, subject);
}

static size_t post_entities(const cite_doc *d)
{
    size_t n = 0;
    for (size_t i = 0; d && i < cite_doc_claim_count(d); i++) {
        const cite_claim *c = cite_doc_claim_at(d, i);
        n += c->type == CITE_CLAIM_ENTITY && c->embed >= 0;
    }
    return n;
}

static void expect_count(cite_parser *p, const char *body, const char *post,
                         const char *subject, cite_finding_kind kind, const char *what)
{
    cite_doc *d = article(p, body, post);
    const cite_finding *f = finding(d, CITE_CLAIM_QUANTITY, subject);
    T_REPORT(f && f->kind == kind, "%s (got %s)", what,
             f ? cite_finding_kind_name(f->kind) : "no finding");
    cite_doc_free(d);
}

static void guesses(void)
{
    expect_foreign("Mais de 1.200 pessoas foram retiradas das suas casas durante a noite.",
                   true);
    expect_foreign("Wir sind mit 300 Helfern vor Ort, die Lage ist unter Kontrolle.", true);
    /* scripts of the three-byte range below CJK: Thai, Devanagari */
    expect_foreign("\xE0\xB8\xAA\xE0\xB8\xA3\xE0\xB8\xB8\xE0\xB8\x9B 1,720 "
                   "\xE0\xB8\x84\xE0\xB8\xA3\xE0\xB8\xB1\xE0\xB9\x89\xE0\xB8\x87", true);
    expect_foreign("\xE0\xA4\x9C\xE0\xA4\xAF\xE0\xA4\xAA\xE0\xA5\x81\xE0\xA4\xB0 "
                   "\xE0\xA4\xB9\xE0\xA4\xB5\xE0\xA4\xBE\xE0\xA4\x88 #Jaipur", true);
    expect_foreign("Five warships \xE2\x80\x94 \xE2\x80\x9C" "four\xE2\x80\x9D helicopters arrived.",
                   false);
    expect_foreign("Banjir merendam 40 rumah di desa itu dan warga sudah dievakuasi.", true);
    expect_foreign("Joukkue voitti ottelun ja kausi jatkuu, mutta kapteeni ei pelaa.", true);
    expect_foreign("Radnice uvedla, že opravy mostu jsou hotové a provoz bude obnoven.", true);
    expect_foreign("Tàu đã cập bến và hành khách được đưa vào bờ.", true);
    expect_foreign("Huduma ya maji imerejea katika mji wa Mombasa kwa wakazi wote.", true);
    expect_foreign("Över 200 passagerare fick vänta i sex timmar på tåget och det är inte "
                   "första gången.",
                   true);
    expect_foreign("Flooding in the old town of Vila Real: more than 1,200 people have left "
                   "their homes.",
                   false);
    expect_foreign("Great night at the Estadio de la Luz with 40,000 fans!", false);
    expect_foreign("", false);
    expect_foreign("Dzi\xC4\x99kujemy kibicom za doping, derby s\xC4\x85 nasze!", true);
    /* posts in another script, whatever their Latin handles and tags */
    expect_foreign("\xCE\x9F \xCE\xBA\xCE\xB1\xCF\x8D\xCF\x83\xCF\x89\xCE\xBD\xCE\xB1\xCF\x82 "
                   "\xCE\xB8\xCE\xB1 \xCE\xB4\xCE\xB9\xCE\xB1\xCF\x81\xCE\xBA\xCE\xAD\xCF\x83\xCE\xB5\xCE\xB9 #heatwave",
                   true); /* Greek */
    expect_foreign("\xE8\xA2\xAB\xE5\xAE\xB3\xE8\x80\x85\xE3\x81\xAF\xE7\xB4\x84" "1300"
                   "\xE4\xBA\xBA\xE3\x81\xAB\xE3\x81\xAE\xE3\x81\xBC\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x99 @news_desk",
                   true); /* Japanese */
    expect_foreign("Crowds at the \xCE\x91\xCE\xBA\xCF\x81\xCF\x8C\xCF\x80\xE1\xBD\xB9\xCE\xBB\xCE\xB9\xCF\x82 gates "
                   "this morning, with tickets sold out.", false);
}

static void nouns(void)
{
    expect_noun("pessoas", "person");
    expect_noun("heridos", "injury");
    expect_noun("maisons", "house");
    expect_noun("zboruri", "flight");
    expect_noun("busfahrer", "driver"); /* a compound read by its last part */
    expect_noun("rumah", "home");
    expect_noun("carros", NULL);
    expect_noun("ore", "hour");
    expect_noun("besucher", "visitor");
    expect_noun("mineros", "miner");
    expect_noun("rescatistas", "rescuer");
    expect_noun("doses", "dose"); /* Portuguese and French write it as English does */
    expect_noun("kibicom", "fan");
    expect_noun("municipios", "municipality");
    expect_noun("camiones", "truck");
    expect_noun("kronor", "krona");
    expect_noun("\xD8\xB4\xD8\xA7\xD8\xAD\xD9\x86\xD8\xA9", "truck"); /* Arabic */
    STR_EQ(citep_lang_event("rescatados", 10), "rescue", "rescatados");
    STR_EQ(citep_lang_event("hayat\xC4\xB1n\xC4\xB1", 10), "death", "hayatini");
    STR_EQ(citep_lang_event("casas", 5), NULL, "casas");
    STR_EQ(citep_lang_dated("sztr\xC3\xA1jkolnak", 13), "strike", "sztrajkolnak: a form of a stem");
    STR_EQ(citep_lang_dated("gr\xC3\xA8ve", 6), "strike", "greve");
    STR_EQ(citep_lang_dated("derrumbe", 8), "collapse", "derrumbe");
    STR_EQ(citep_lang_dated("casas", 5), NULL, "casas dates nothing");
    T_REPORT(citep_lang_filler("de", 2) && !citep_lang_filler("del", 3),
             "\"de\" stands between number and noun, \"del\" does not");
}

static void numbers(void)
{
    expect_number("1.200 pessoas", true, 1200);
    expect_number("2.350.000 votos", true, 2350000);
    expect_number("3,75 metros", true, 3.75);
    expect_number("6.4 graus", true, 6.4); /* no group of three: a decimal point */
    expect_number("1.200 people", false, 1.2);
    expect_number("1,200 people", false, 1200);
    expect_number("a bill of \xE2\x82\xAC" "2,5 million", false, 2.5e6);
    expect_number("turnout of 41,3%", false, 41.3);
    expect_number("turnout of 41,3 %", false, 41.3);
    expect_number("pages 12,15 and 18", false, 12);
    expect_number("1,4 Millionen Besucher", true, 1.4e6); /* scale words of other languages */
    expect_number("1,2 milh\xC3\xA3o de doses", true, 1.2e6);
    expect_number("2 miliardi di euro", true, 2e9);
}

static void documents(cite_parser *p)
{
    const char *body = "About 1,200 people were moved out of their homes on Friday as the "
                       "river rose, and 35 flights were cancelled at the regional airport.";
    expect_count(p, body,
                 "Mais de 1.200 pessoas foram retiradas das suas casas. Foram cancelados 35 "
                 "voos no aeroporto.",
                 "person", CITE_CONSISTENT, "\"1.200 pessoas\" agrees with 1,200 people");
    expect_count(p, body,
                 "Mais de 1.200 pessoas foram retiradas das suas casas. Foram cancelados 53 "
                 "voos no aeroporto.",
                 "flight", CITE_CONFLICT, "\"53 voos\" against 35 flights");
    cite_doc *d = article(p, body,
                          "Evacuações preventivas: 1.200 pessoas. Atenção: Estradas cortadas "
                          "na zona ribeirinha.");
    T_REPORT(post_entities(d) == 0, "capitalised words of a Portuguese post are no names "
                                    "(got %zu entities)",
             post_entities(d));
    cite_doc_free(d);
    expect_count(p, "About 400,000 people saw the exhibition between March and October.",
                 "Die Ausstellung sahen 400.000 Menschen, und wir sind froh: so viele wie nie in "
                 "der Geschichte.",
                 "person", CITE_CONSISTENT, "a German noun is written with a capital");
    expect_count(p, "The syndicate won about 690 million Swedish kronor on Friday.",
                 "Ett bolag i Uppsala har vunnit 690 miljoner kronor p\xC3\xA5 Eurojackpot!",
                 "krona", CITE_CONSISTENT, "'690 miljoner kronor' is 690 million kronor");
    expect_count(p, "The state has received 1.18 million doses of flu vaccine so far.",
                 "J\xC3\xA1 recebemos 1,2 milh\xC3\xA3o de doses para todos os postos.",
                 "dose", CITE_CONSISTENT, "'1,2 milhão de doses' is 1.2 million doses");
    expect_count(p, "Eight people were killed when the bus overturned on Saturday.",
                 "Kazada 9 ki\xC5\x9Fi hayat\xC4\xB1n\xC4\xB1 kaybetmi\xC5\x9F ve bu \xC3\xA7ok "
                 "ac\xC4\xB1 bir olay.",
                 "person", CITE_CONFLICT, "'9 kisi hayatini kaybetmis' counts the dead");
    expect_count(p, "Two miners died and rescuers were still digging on Friday.",
                 "Hasta el momento 9 mineros fueron rescatados con vida y se trabaja en el "
                 "lugar.",
                 "miner", CITE_POST_ONLY, "miners rescued are not the miners who died");
    d = article(p, "The bus overturned near Ankara on Saturday, officials said.",
                "Her g\xC3\xBCn bu yoldan ge\xC3\xA7iyorum ve bu viraj \xC3\xA7ok tehlikeli. #kaza #yol");
    T_REPORT(d && !finding(d, CITE_CLAIM_PLACE, "Yol"),
             "a lower-case tag of a Turkish post is a word, not a town");
    cite_doc_free(d);
    d = article(p, "Firefighters from Cruz Vermelha helped 1,200 people leave.",
                "A Cruz Vermelha está no terreno com 1.200 pessoas apoiadas.");
    const cite_finding *f = finding(d, CITE_CLAIM_ENTITY, "Cruz Vermelha");
    T_REPORT(f && f->kind == CITE_CONSISTENT, "a name the body gives too stands");
    cite_doc_free(d);
}

int main(void)
{
    guesses();
    nouns();
    numbers();
    cite_options o;
    cite_options_init(&o);
    cite_parser *p = cite_parser_new(&o, NULL);
    OK(p != NULL, "parser");
    if (p)
        documents(p);
    cite_parser_free(p);
    return TEST_SUMMARY();
}
