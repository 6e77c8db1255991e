/*
 * embeds_text_test.c - embedded posts in plain text, through the public API:
 * one case per platform's copied-text form, the user's sample with its exact
 * values, and prose that must not be taken for an embed.
 */
#include "harness.h"

#include <citecheck/citecheck.h>
#include <stdbool.h>
#include <stdlib.h>

static cite_parser *parser;

static cite_doc *parse(const char *text)
{
    cite_doc *d = NULL;
    cite_status st = cite_parse(parser, text, strlen(text), &d, NULL);
    INT_EQ(st, CITE_OK, "cite_parse");
    return d;
}

static const cite_embed *only_embed(const cite_doc *d, const char *what)
{
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 1, what);
    return d && cite_doc_embed_count(d) == 1 ? cite_doc_embed_at(d, 0) : NULL;
}

static bool has_warning(const cite_doc *d, const char *code)
{
    for (size_t i = 0; i < cite_doc_warning_count(d); i++)
        if (strcmp(cite_doc_warning_at(d, i)->code, code) == 0)
            return true;
    return false;
}

/* Expect one embed with these fields (text checked when want_text != NULL). */
static void expect(const char *input, const char *platform, const char *author,
                   const char *handle, const char *date, const char *url,
                   const char *want_text)
{
    cite_doc *d = parse(input);
    const cite_embed *e = only_embed(d, platform);
    if (e) {
        STR_EQ(e->id, "E1", "id");
        STR_EQ(e->platform, platform, "platform");
        STR_EQ(e->author, author, "author");
        STR_EQ(e->handle, handle, "handle");
        STR_EQ(e->date, date, "date");
        STR_EQ(e->url, url, "url");
        if (want_text)
            STR_EQ(e->text, want_text, "text");
        if (e->text) /* the text span holds exactly the text */
            OK(e->text_span.end - e->text_span.start == strlen(e->text) &&
                   memcmp(input + e->text_span.start, e->text, strlen(e->text)) == 0,
               "text_span covers the text");
    }
    cite_doc_free(d);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    if (!f)
        return NULL;
    buf = malloc(1 << 16);
    *len = buf ? fread(buf, 1, (1 << 16) - 1, f) : 0;
    if (buf)
        buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void test_seed(void)
{
    size_t len = 0;
    char *in = read_file("samples/eastern-herald-china-russia-drills.txt", &len);
    OK(in != NULL, "seed sample readable (run from the top of the tree)");
    if (!in)
        return;
    const char *l1 = "#China and #Russia conduct joint #airandsea drill in #SeaofJapan amid "
                     "growing #military #partnership";
    const char *l2 = "China\xE2\x80\x99s naval flotilla, consisting of five #warships and four "
                     "ship-borne #helicoptersdeparted from the port of #Qingdao and will "
                     "rendezvous with Russian forces in a\xE2\x80\xA6 pic.twitter.com/61meXb84AV";
    const char *sig = "\xE2\x80\x94 Daryo | Central Asia & Afghanistan (@DaryoEng) July 17, 2023";
    char want[1024];
    snprintf(want, sizeof want, "%s\n%s", l1, l2);
    cite_doc *d = parse(in);
    const cite_embed *e = only_embed(d, "seed: one embed");
    if (e) {
        STR_EQ(e->platform, "x", "seed platform");
        STR_EQ(e->author, "Daryo | Central Asia & Afghanistan", "seed author");
        STR_EQ(e->handle, "DaryoEng", "seed handle");
        STR_EQ(e->date, "2023-07-17", "seed date");
        STR_EQ(e->url, "pic.twitter.com/61meXb84AV", "seed url");
        STR_EQ(e->text, want, "seed text");
        size_t start = (size_t)(strstr(in, l1) - in);
        size_t end = (size_t)(strstr(in, sig) - in) + strlen(sig);
        INT_EQ(e->span.start, start, "seed span start");
        INT_EQ(e->span.end, end, "seed span end");
        INT_EQ(e->span.start, 1281, "seed span start (bytes)");
        INT_EQ(e->span.end, 1643, "seed span end (bytes)");
        INT_EQ(e->span.line, 7, "seed span line");
        INT_EQ(e->text_span.start, start, "seed text start");
        INT_EQ(e->text_span.end, start + strlen(want), "seed text end");
    }
    /* every hashtag of the post lies in E1, none of the prose's */
    size_t in_post = 0;
    for (size_t i = 0; d && i < cite_doc_entity_count(d); i++) {
        const cite_entity *en = cite_doc_entity_at(d, i);
        if (en->type == CITE_HASHTAG)
            in_post += en->embed == 0;
    }
    OK(d && (cite_doc_entity_count(d) == 0 || in_post == 9), "seed hashtags in E1");
    cite_doc_free(d);
    free(in);
}

static const char *prose =
    "The ministry said on Monday that the talks would continue next week, according to "
    "officials who spoke to reporters in the capital after the meeting ended late.\n";

static void test_x_forms(void)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "%sBig news today #launch pic.twitter.com/aB3\n"
             "\xE2\x80\x93 Some Org (@SomeOrg) 17 July 2023\n", prose);
    expect(buf, "x", "Some Org", "SomeOrg", "2023-07-17", "pic.twitter.com/aB3",
           "Big news today #launch pic.twitter.com/aB3");
    snprintf(buf, sizeof buf, "%sBig news today #launch #space\n"
             "- Some Org (@SomeOrg) Jul 17, 2023 https://x.com/SomeOrg/status/123456\n", prose);
    expect(buf, "x", "Some Org", "SomeOrg", "2023-07-17", "https://x.com/SomeOrg/status/123456",
           "Big news today #launch #space");
    cite_doc *d = parse(buf);
    if (d && cite_doc_embed_count(d) == 1)
        STR_EQ(cite_doc_embed_at(d, 0)->post_id, "123456", "status id is the post id");
    cite_doc_free(d);
    snprintf(buf, sizeof buf, "%sWe are live now #launch #space 🚀\n"
             "Some Org (@SomeOrg) July 17, 2023\n", prose);
    expect(buf, "x", "Some Org", "SomeOrg", "2023-07-17", NULL, "We are live now #launch #space 🚀");
    snprintf(buf, sizeof buf, "%sGo #team pic.twitter.com/xY1 \xE2\x80\x94 Fan Club (@fans) "
             "July 1, 2023\n", prose);
    expect(buf, "x", "Fan Club", "fans", "2023-07-01", "pic.twitter.com/xY1",
           "Go #team pic.twitter.com/xY1");
}

static void test_other_platforms(void)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "%sRelease 3.0 is out! #OpenSource 🎉\n"
             "\xE2\x80\x94 Editor (@editor@fosstodon.org) July 17, 2023\n", prose);
    expect(buf, "mastodon", "Editor", "editor@fosstodon.org", "2023-07-17", NULL,
           "Release 3.0 is out! #OpenSource 🎉");
    snprintf(buf, sizeof buf, "%sBack on deck 🌊 #DeepSea\n"
             "\xE2\x80\x94 Ocean Lab (@oceanlab.bsky.social) July 17, 2023 at 10:12 AM\n", prose);
    expect(buf, "bluesky", "Ocean Lab", "oceanlab.bsky.social", "2023-07-17", NULL,
           "Back on deck 🌊 #DeepSea");
    snprintf(buf, sizeof buf, "%sNew paper out today 🧵\n\xE2\x80\x94 Maria (@maria.com) "
             "July 17, 2023 at 4:45 PM https://bsky.app/profile/maria.com/post/3kabc\n", prose);
    expect(buf, "bluesky", "Maria", "maria.com", "2023-07-17",
           "https://bsky.app/profile/maria.com/post/3kabc", "New paper out today 🧵");
    /* Truth Social links: /@user/posts/ID, and /@user/ID as on Mastodon */
    snprintf(buf, sizeof buf, "%sBig win for the county today!\n\xE2\x80\x94 Sam Lee (@RepSamLee) "
             "March 3, 2026 https://truthsocial.com/@RepSamLee/116142290318457102\n", prose);
    expect(buf, "truthsocial", "Sam Lee", "RepSamLee", "2026-03-03",
           "https://truthsocial.com/@RepSamLee/116142290318457102", "Big win for the county today!");
    snprintf(buf, sizeof buf, "%sBig win for the county today!\n\xE2\x80\x94 Sam Lee (@RepSamLee) "
             "March 3, 2026 https://truthsocial.com/@RepSamLee/posts/116142290318457102\n", prose);
    expect(buf, "truthsocial", "Sam Lee", "RepSamLee", "2026-03-03",
           "https://truthsocial.com/@RepSamLee/posts/116142290318457102",
           "Big win for the county today!");
    snprintf(buf, sizeof buf, "%sView on Threads\nClosing 40 stores ☕\nPost by @brewco\n"
             "View on Threads\n", prose);
    expect(buf, "threads", NULL, "brewco", NULL, NULL, "Closing 40 stores ☕");
    snprintf(buf, sizeof buf, "%sView this post on Instagram\nAlbum four 💿 #NewMusic\n"
             "A post shared by Lena Park (@lenapark) on Jul 16, 2023 at 9:05am PDT\n", prose);
    expect(buf, "instagram", "Lena Park", "lenapark", "2023-07-16", NULL, "Album four 💿 #NewMusic");
    snprintf(buf, sizeof buf, "%sView this post on Instagram\nA post shared by Lena Park "
             "(@lenapark)\n", prose);
    expect(buf, "instagram", "Lena Park", "lenapark", NULL, NULL, NULL);
    snprintf(buf, sizeof buf, "%s@mittens\nCat on a vacuum 🐱 #fyp\n♬ original sound - Mittens\n",
             prose);
    expect(buf, "tiktok", "Mittens", "mittens", NULL, NULL, "Cat on a vacuum 🐱 #fyp");
    snprintf(buf, sizeof buf, "%sThank you to all 60 volunteers!\nPosted by Millbrook Brigade on "
             "Monday, July 17, 2023\n", prose);
    expect(buf, "facebook", "Millbrook Brigade", NULL, "2023-07-17", NULL,
           "Thank you to all 60 volunteers!");
    snprintf(buf, sizeof buf, "%sRocket landing - full replay\nAgency TV\n"
             "https://youtu.be/dQw4w9WgXcQ\n", prose);
    expect(buf, "youtube", "Agency TV", NULL, NULL, "https://youtu.be/dQw4w9WgXcQ",
           "Rocket landing - full replay");
    snprintf(buf, sizeof buf, "%s⚡️ Two drones were shot down tonight.\nt.me/governor/4812\n",
             prose);
    expect(buf, "telegram", NULL, "governor", NULL, "t.me/governor/4812",
           "⚡️ Two drones were shot down tonight.");
    cite_doc *d = parse(buf);
    if (d && cite_doc_embed_count(d) == 1)
        STR_EQ(cite_doc_embed_at(d, 0)->post_id, "4812", "telegram post id");
    cite_doc_free(d);
}

static void expect_none(const char *input, const char *what)
{
    cite_doc *d = parse(input);
    INT_EQ(d ? cite_doc_embed_count(d) : 99, 0, what);
    cite_doc_free(d);
}

static void test_negatives(void)
{
    expect_none("Critics hit back, said @Jane on X, and the ministry stayed silent.\n",
                "mention in prose");
    expect_none("The leader \xE2\x80\x94 who posted a thread (@Leader) July 17, 2023 about "
                "it \xE2\x80\x94 demanded a vote.\n", "em-dash attribution inside prose");
    expect_none("Analysts said the line \xE2\x80\x94 Finance Ministry (@FinMin) July 17, 2023 "
                "appeared in a fake screenshot.\n", "signature in mid-paragraph");
    expect_none("\xE2\x80\x9C" "A library is where everyone is welcome.\xE2\x80\x9D\n"
                "\xE2\x80\x94 Chief Librarian Ruth Evans, July 15, 2023\n", "pull quote");
    cite_doc *d = parse("Rates are cut to zero #rates\n\xE2\x80\x94 Bank Official News "
                        "(@CentralBankOfficialNews) July 14, 2023\n");
    INT_EQ(d ? cite_doc_embed_count(d) : 99, 0, "handle too long for X");
    OK(d && has_warning(d, "embed-bad-handle"), "warning for the long handle");
    cite_doc_free(d);
    /* a few characters over the limit, with a date: a post with a slip in its
     * handle, kept with a warning */
    d = parse("The airport posted advice early on Friday.\n"
              "Half of today's flights are cancelled. #strike\n\xE2\x80\x94 Lisbon Airport "
              "(@lisbonairport_info) May 23, 2025\n");
    INT_EQ(d ? cite_doc_embed_count(d) : 99, 1, "dated signature, handle of 18 characters");
    OK(d && has_warning(d, "embed-long-handle"), "warning for the slightly long handle");
    cite_doc_free(d);
    d = parse("Half of today's flights are cancelled. #strike\n\xE2\x80\x94 Lisbon Airport "
              "(@lisbonairport_info)\n");
    INT_EQ(d ? cite_doc_embed_count(d) : 99, 0, "undated signature, handle of 18 characters");
    cite_doc_free(d);
}

/* A post of two paragraphs above a dated signature: taken whole when the
 * paragraph above introduces its author by name, else only its last one. */
static void test_post_paragraphs(void)
{
    expect("Nurse Ada Quinn described the shift.\n\nFour hours on the ramp. Nobody moved.\n\n"
           "We did our best tonight.\n\xE2\x80\x94 Ada Quinn (@adaquinn.bsky.social) "
           "May 2, 2024 at 7:12 AM\n", "bluesky", "Ada Quinn", "adaquinn.bsky.social",
           "2024-05-02", NULL, "Four hours on the ramp. Nobody moved.\n\nWe did our best tonight.");
    expect("The council met on Monday.\n\nFour hours on the ramp. Nobody moved.\n\n"
           "We did our best tonight.\n\xE2\x80\x94 Ada Quinn (@adaquinn.bsky.social) "
           "May 2, 2024 at 7:12 AM\n", "bluesky", "Ada Quinn", "adaquinn.bsky.social",
           "2024-05-02", NULL, "We did our best tonight.");
    /* a place in the name is not the author named */
    expect("FLOODS in Elm Vale, said the town.\nNo homes were damaged.\n"
           "The water is going down. #ElmVale\n\xE2\x80\x94 Elm Vale Fire (@elmvalefire) "
           "June 2, 2026\n", "x", "Elm Vale Fire", "elmvalefire", "2026-06-02", NULL,
           "The water is going down. #ElmVale");
    /* introduced as a post by the paragraph above: a heading, lists and
     * several paragraphs are all the post's */
    expect("Ferries were cancelled across the bay.\nThe council posted its update on Monday "
           "morning.\nFERRY UPDATE \xE2\x80\x93 3/06\nCrossings cancelled: 14\nThe harbour "
           "reopens on Friday.\nCall 101 for help.\nPosted by Bay Council on Monday, June 3, "
           "2024\n", "facebook", "Bay Council", NULL, "2024-06-03", NULL,
           "FERRY UPDATE \xE2\x80\x93 3/06\nCrossings cancelled: 14\nThe harbour reopens on "
           "Friday.\nCall 101 for help.");
    /* not so by an article's sentence that goes on, or quotes */
    expect("Crews cleared the road, officials wrote on social media. Two lanes reopened.\n"
           "Traffic is moving again, police said.\nThe road is open again.\nPosted by Bay "
           "Police on Monday, June 3, 2024\n", "facebook", "Bay Police", NULL, "2024-06-03",
           NULL, "The road is open again.");
}

/* TikTok's embed code puts the caption straight in a <section>, between the
 * author link and the sound link. */
static void test_html_tiktok_caption(void)
{
    cite_doc *d = parse("<!DOCTYPE html><html><body><article><p>Prose before.</p>"
                        "<blockquote class=\"tiktok-embed\" cite=\"https://www.tiktok.com/"
                        "@sam.k/video/7000000000000000001\" data-video-id=\"7000000000000000001\">"
                        "<section> <a title=\"@sam.k\" href=\"https://www.tiktok.com/@sam.k\">"
                        "@sam.k</a> the river is in the street <a title=\"flood\" "
                        "href=\"https://www.tiktok.com/tag/flood\">#flood</a> <a title=\""
                        "\xE2\x99\xAC original sound - Sam\" href=\"https://www.tiktok.com/music/"
                        "x\">\xE2\x99\xAC original sound - Sam</a> </section></blockquote>"
                        "<p>Prose after.</p></article></body></html>");
    const cite_embed *e = only_embed(d, "tiktok blockquote");
    if (e) {
        STR_EQ(e->handle, "sam.k", "tiktok handle");
        STR_EQ(e->text, "the river is in the street #flood", "caption without author and sound");
    }
    cite_doc_free(d);
    /* a lazy-loaded frame: "about:blank" in src, the video in data-src */
    d = parse("<!DOCTYPE html><html><body><article><p>Prose before.</p>"
              "<iframe data-src=\"https://www.youtube.com/embed/AbCdEfGhIjK\" "
              "src=\"about:blank\"></iframe><p>Prose after.</p></article></body></html>");
    e = only_embed(d, "lazy youtube iframe");
    if (e)
        STR_EQ(e->platform, "youtube", "lazy frame platform");
    cite_doc_free(d);
}

/* Cards copied from rendered widgets: author first, no signature line. */
static void test_cards(void)
{
    expect("Intro paragraph about the storm.\n\nPort Office\n@PortOffice\n\xC2\xB7\nFollow\n"
           "Ferries are cancelled until noon.\nQuote\nMet Desk\n@MetDesk\n\xC2\xB7\n"
           "Jan 4, 2024\nGales all morning.\n8:05 AM \xC2\xB7 Jan 4, 2024\n12\nReply\n"
           "Copy link\n\nThe port reopened later.\n",
           "x", "Port Office", "PortOffice", "2024-01-04", NULL,
           "Ferries are cancelled until noon.\nQuote\nMet Desk\n@MetDesk\n\xC2\xB7\n"
           "Jan 4, 2024\nGales all morning.");
    expect("She replied on Truth Social.\n\nAnn Doe\n@AnnDoeTX\nWe won the vote!\n"
           "Feb 2, 2024, 3:10 PM\n\nThe count ended.\n",
           "truthsocial", "Ann Doe", "AnnDoeTX", "2024-02-02", NULL, "We won the vote!");
    expect("Prose.\n\nAnn Doe\n@AnnDoeTX\nWe won the vote!\nFeb 2, 2024, 3:10 PM\n"
           "12 ReTruths 40 Likes\n\nThe count ended.\n",
           "truthsocial", "Ann Doe", "AnnDoeTX", "2024-02-02", NULL, "We won the vote!");
    expect("Prose.\n\nLab News\n@lab@science.example\n\nFirst paragraph.\n\nSecond one. #sci\n"
           "3 Apr 2024 at 10:02\n\nMore prose.\n",
           "mastodon", "Lab News", "lab@science.example", "2024-04-03", NULL,
           "First paragraph.\n\nSecond one. #sci");
    expect("Prose.\n\nCity Alerts\n@city_alerts\nRoad closed at the bridge.\n"
           "2.1K views \xC2\xB7 2024-06-01 07:30\n\nMore prose.\n",
           "telegram", "City Alerts", "city_alerts", "2024-06-01", NULL,
           "Road closed at the bridge.");
    expect("Prose.\n\nCity Alerts\n@city_alerts\nRoad closed at the bridge.\n"
           "900 views 07:30\n\nMore prose.\n",
           "telegram", "City Alerts", "city_alerts", NULL, NULL, "Road closed at the bridge.");
    expect("Prose.\n\nHill Farm Shop\n3 March 2024 \xC2\xB7\nOpen all weekend.\n"
           "Like  Comment  Share\n\nMore prose.\n",
           "facebook", "Hill Farm Shop", NULL, "2024-03-03", NULL, "Open all weekend.");
    expect("Prose.\n\nsam.bakes\nNew oven arrives today.\n11/02/23\nView on Threads\n\n"
           "More prose.\n", "threads", NULL, "sam.bakes", "2023-11-02", NULL,
           "New oven arrives today.");
    expect("Prose.\n\nsam.bakes\nNew oven arrives today.\n3h\nView on Threads\n\nMore.\n",
           "threads", NULL, "sam.bakes", NULL, NULL, "New oven arrives today.");
    expect("Prose.\n\nHow the bridge was built | Explainer\nCity Council\nWatch on YouTube\n\n"
           "More prose.\n", "youtube", "City Council", NULL, NULL, NULL,
           "How the bridge was built | Explainer");
    expect("Prose.\n\nHow the bridge was built\nCity Council\n@citycouncil\nWatch on YouTube\n",
           "youtube", "City Council", "citycouncil", NULL, NULL, "How the bridge was built");
}

/* Bluesky's card: name, domain handle, text (a quoted post inside it), then
 * "March 3, 2025 at 6:40 PM"; an author box with a domain handle is not one. */
static void test_bluesky_cards(void)
{
    expect("The union's chair answered on Bluesky.\n\nMara Quint\n@mara-q.bsky.social\n\n"
           "We are not going back to the table on these terms.\n\nHarbour Union\n"
           "@harbourunion.org\nOur full statement.\n"
           "[contains quote post or other embedded content]\n\nMarch 3, 2025 at 6:40 PM\n\n"
           "Talks are set for Friday.\n",
           "bluesky", "Mara Quint", "mara-q.bsky.social", "2025-03-03", NULL,
           "We are not going back to the table on these terms.\n\nHarbour Union\n"
           "@harbourunion.org\nOur full statement.");
    expect("Prose.\n\nCity Desk\n@desk.citypaper.example\nTrams resume at noon.\n"
           "May 5, 2025 at 9:02 AM\n14 reposts 52 likes\n\nMore.\n",
           "bluesky", "City Desk", "desk.citypaper.example", "2025-05-05", NULL,
           "Trams resume at noon.");
    expect_none("Jo Lee\n@jolee.example.com\nJo Lee covers politics.\nFeb 2, 2024 at 3:10 PM\n",
                "author box with a domain handle");
    expect_none("She wrote on Bluesky.\n\nJo Lee\n@jo.lee.bsky.social\nHello.\n"
                "3:10 PM \xC2\xB7 Feb 2, 2024\n", "X's time-first line under a domain handle");
    expect_none("Jo Lee\n@jo_lee.example.com\nJo Lee covers politics.\nFeb 2, 2024 at 3:10 PM\n"
                "3 reposts\n", "'_' is not in a domain");
    /* a handle ending in a top-level domain is a domain, as Bluesky's are */
    expect("An ecologist said the bloom came early.\n\nLotte van der Meer\n@lotte.vandermeer.nl\n\n"
           "Blooms in mid-May used to be rare here.\n\nMay 20, 2025 at 9:47 AM\n\nMore.\n",
           "bluesky", "Lotte van der Meer", "lotte.vandermeer.nl", "2025-05-20", NULL,
           "Blooms in mid-May used to be rare here.");
    expect_none("Prose.\n\nJo Lee\n@jo.lee\n\nHello there.\n\nMay 20, 2025 at 9:47 AM\n",
                "a dotted handle without a top-level domain, no counts");
}

/* A Mastodon card dated in its user's language ("20 mei 2025, 08:14"), then
 * another card: each ends at its own date line. */
static void test_cards_l10n_dates(void)
{
    const char *two = "The water board said tests found algae.\n\nWaterschap Veenrijk\n"
                      "@veenrijk@waterschap.social\n\nBlauwalg in de Veenvaart: niet zwemmen.\n"
                      "20 mei 2025, 08:14\n\nAn ecologist said the start was early.\n\n"
                      "Lotte van der Meer\n@lotte.vandermeer.nl\n\nBlooms used to be rare.\n\n"
                      "May 20, 2025 at 9:47 AM\n\nMore prose.\n";
    cite_doc *d = parse(two);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "two cards");
    if (d && cite_doc_embed_count(d) == 2) {
        STR_EQ(cite_doc_embed_at(d, 0)->platform, "mastodon", "first platform");
        STR_EQ(cite_doc_embed_at(d, 0)->date, "2025-05-20", "a Dutch date line");
        STR_EQ(cite_doc_embed_at(d, 0)->text, "Blauwalg in de Veenvaart: niet zwemmen.",
               "first text ends at its date line");
        STR_EQ(cite_doc_embed_at(d, 1)->platform, "bluesky", "second platform");
        STR_EQ(cite_doc_embed_at(d, 1)->text, "Blooms used to be rare.", "second text");
    }
    cite_doc_free(d);
    expect("Prose.\n\nAna Reis\n@anareis@masto.pt\n\nChuva forte hoje.\n3 de agosto de 2025, 10:05\n\n"
           "More.\n", "mastodon", "Ana Reis", "anareis@masto.pt", "2025-08-03", NULL, "Chuva forte hoje.");
    expect("Prose.\n\nJonas Weber\n@jweber@norden.social\n\nSturm heute.\n12. Juni 2025, 10:05\n\n"
           "More.\n", "mastodon", "Jonas Weber", "jweber@norden.social", "2025-06-12", NULL, "Sturm heute.");
}

/* Cards in other locales: Telegram's views line with a dotted date, X's
 * Japanese widget ("午前6:40 · 2025年8月31日", Follow, Reply, Copy link) and a
 * Korean date line. */
static void test_cards_other_locales(void)
{
    expect("Prose.\n\nSerra Alta Agora\n@serraaltaagora\nAbrigos abertos na escola.\n"
           "8.9K views \xC2\xB7 15.11.2025 14:20\n\nMore prose.\n",
           "telegram", "Serra Alta Agora", "serraaltaagora", "2025-11-15", NULL,
           "Abrigos abertos na escola.");
    expect("The operator announced the cancellations.\n\nNansei Kaiun\n@nanseikaiun\n\xC2\xB7\n"
           "\xE3\x83\x95\xE3\x82\xA9\xE3\x83\xAD\xE3\x83\xBC\xE3\x81\x99\xE3\x82\x8B\n"
           "\xE6\xAC\xA0\xE8\x88\xAA\n"
           "\xE5\x8D\x88\xE5\x89\x8D" "6:40 \xC2\xB7 2025\xE5\xB9\xB4" "8\xE6\x9C\x88" "31\xE6\x97\xA5\n"
           "312\n\xE8\xBF\x94\xE4\xBF\xA1\n\nMore prose.\n",
           "x", "Nansei Kaiun", "nanseikaiun", "2025-08-31", NULL, "\xE6\xAC\xA0\xE8\x88\xAA");
    expect("Prose.\n\nSeoul Metro\n@seoulmetro\nService resumes at noon.\n"
           "\xEC\x98\xA4\xEC\xA0\x84 6:40 \xC2\xB7 2025\xEB\x85\x84 8\xEC\x9B\x94 31\xEC\x9D\xBC\n\nMore.\n",
           "x", "Seoul Metro", "seoulmetro", "2025-08-31", NULL, "Service resumes at noon.");
}

/* Signatures a reader view wrapped onto two lines, and dates, times and
 * widget lines in more locales: Catalan and Finnish dates, Greek and Hindi X
 * widgets, localised Instagram and YouTube lines. */
static void test_wrapped_and_locales(void)
{
    expect("The authority posted an update.\n\nStations closed; trains run Batikent-Ulus. #Ankara\n\n"
           "\xE2\x80\x94 Ankara Su ve Kanalizasyon Idaresi\n(@ASKI_Genel) September 9, 2025\n\nMore.\n",
           "x", "Ankara Su ve Kanalizasyon Idaresi", "ASKI_Genel", "2025-09-09", NULL,
           "Stations closed; trains run Batikent-Ulus. #Ankara");
    expect("A hydrologist said so.\n\nThe drains were sized for a 1-in-5-year storm. Thread \xF0\x9F\x91\x87 "
           "\xE2\x80\x94\nCem Aksoy (@cemaksoyh) September 9, 2025\n\nMore.\n",
           "x", "Cem Aksoy", "cemaksoyh", "2025-09-09", NULL,
           "The drains were sized for a 1-in-5-year storm. Thread \xF0\x9F\x91\x87");
    expect_none("The quote read \"no comment\" \xE2\x80\x94\nwhich was all (@press) said on Monday.\n",
                "a dash ending prose and a line without a date are no signature");
    expect("Prose.\n\nLes dades d'ahir: 34,6 \xC2\xB0" "C. #calor\n\n\xE2\x80\x94 Servei (@SMCosta_cat) "
           "5 d\xE2\x80\x99" "agost de 2024\n\nMore.\n", "x", "Servei", "SMCosta_cat", "2024-08-05", NULL,
           "Les dades d'ahir: 34,6 \xC2\xB0" "C. #calor");
    expect("Prose.\n\nKaisa N\n@kaisa-n.bsky.social\nJiekna lea nu garas.\n17.2.2025 klo 9.14\n\nMore.\n",
           "bluesky", "Kaisa N", "kaisa-n.bsky.social", "2025-02-17", NULL, "Jiekna lea nu garas.");
    expect("Prose.\n\nIlmatieteen laitos\n@saa@some.fi\nLapissa satoi.\n17. helmik. 2025 klo 8.02\n\nMore.\n",
           "mastodon", "Ilmatieteen laitos", "saa@some.fi", "2025-02-17", NULL, "Lapissa satoi.");
    /* Greek X widget: Follow, the text, "8:15 μ.μ. · 29 Ιουλ 2025", Reply, Copy link */
    expect("Prose.\n\nCivil Protection Evros\n@civilprot_evros\n\xC2\xB7\n"
           "\xCE\x91\xCE\xBA\xCE\xBF\xCE\xBB\xCE\xBF\xCF\x85\xCE\xB8\xCE\xAE\xCF\x83\xCF\x84\xCE\xB5\n"
           "Evacuate Lagyna now.\n8:15 \xCE\xBC.\xCE\xBC. \xC2\xB7 29 \xCE\x99\xCE\xBF\xCF\x85\xCE\xBB 2025\n1.204\n"
           "\xCE\x91\xCF\x80\xCE\xAC\xCE\xBD\xCF\x84\xCE\xB7\xCF\x83\xCE\xB7\n\nMore.\n",
           "x", "Civil Protection Evros", "civilprot_evros", "2025-07-29", NULL, "Evacuate Lagyna now.");
    /* Hindi X widget: "रात 11:42 · 23 सित॰ 2023" */
    expect("Prose.\n\nPune Traffic\n@PuneTrafficDesk\nBridge closed.\n"
           "\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xA4 11:42 \xC2\xB7 23 \xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA5\xB0 2023\n"
           "\nMore.\n", "x", "Pune Traffic", "PuneTrafficDesk", "2023-09-23", NULL, "Bridge closed.");
    /* Instagram in Portuguese and in Hindi (name first, "shared by" after) */
    expect("Prose.\n\nVer esta publica\xC3\xA7\xC3\xA3o no Instagram\nMural novo!\n"
           "Um post compartilhado por Coletivo Muro (@muro.sp)\n\nMore.\n",
           "instagram", "Coletivo Muro", "muro.sp", NULL, NULL, "Mural novo!");
    expect("Prose.\n\nInstagram \xE0\xA4\xAA\xE0\xA4\xB0 \xE0\xA4\xAF\xE0\xA4\xB9 \xE0\xA4\xAA\xE0\xA5\x8B"
           "\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\x9F \xE0\xA4\xA6\xE0\xA5\x87\xE0\xA4\x96\xE0\xA5\x87\xE0\xA4\x82\n"
           "Last night \xF0\x9F\x99\x8F #Pune\nSeva Mitra (@sevamitra_pune) \xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xB5\xE0\xA4\xBE"
           "\xE0\xA4\xB0\xE0\xA4\xBE \xE0\xA4\xB6\xE0\xA5\x87\xE0\xA4\xAF\xE0\xA4\xB0 \xE0\xA4\x95\xE0\xA5\x80 "
           "\xE0\xA4\x97\xE0\xA4\x88 \xE0\xA4\xAA\xE0\xA5\x8B\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\x9F\n\nMore.\n",
           "instagram", "Seva Mitra", "sevamitra_pune", NULL, NULL, "Last night \xF0\x9F\x99\x8F #Pune");
    /* YouTube with its Greek "Watch on YouTube" line */
    expect("Prose.\n\nFire in Evros: drone over the front\nThraki TV\n@thrakitv\n"
           "\xCE\xA0\xCE\xB1\xCF\x81\xCE\xB1\xCE\xBA\xCE\xBF\xCE\xBB\xCE\xBF\xCF\x8D\xCE\xB8\xCE\xB7\xCF\x83\xCE\xB7 "
           "\xCF\x83\xCF\x84\xCE\xBF YouTube\n\nMore.\n",
           "youtube", "Thraki TV", "thrakitv", NULL, NULL, "Fire in Evros: drone over the front");
}

/* Cards in the layouts of news apps and newsletters: Apple News (platform
 * name, user, text, a day-first date), Substack (a bullet operator before the
 * date, counts glued to their words; Instagram's "View profile" card), a
 * Facebook copy without the dot, Telegram's forwarded posts. */
static void test_app_cards(void)
{
    expect("The drivers announced the stoppage.\n\nConsorzio Motoscafi\n@MotoscafiVE\n"
           "Da domani taxi fermi per 48 ore. #Venezia\n21/07/2024\n\nMore.\n",
           "x", "Consorzio Motoscafi", "MotoscafiVE", "2024-07-21", NULL,
           "Da domani taxi fermi per 48 ore. #Venezia");
    expect("A group posted a video.\n\nInstagram\nriiveneziani\nReel\nIl Canal Grande stamattina.\n"
           "22/07/2024\nView on Instagram\n\nMore.\n",
           "instagram", NULL, "riiveneziani", "2024-07-22", NULL, "Il Canal Grande stamattina.");
    expect("It was posted an hour after the vote:\n\nFerry Riders\n@HBFerryRiders\nFares go up 18%.\n"
           "2:15 PM \xE2\x88\x99 Jul 14, 2023\n1,204Likes318Retweets\n\nMore.\n",
           "x", "Ferry Riders", "HBFerryRiders", "2023-07-14", NULL, "Fares go up 18%.");
    expect("The caf\xC3\xA9 put it bluntly:\n\ngalley_at_halvorsen\nView profile\nOur coffee is going up.\n"
           "View more on Instagram\n1,088 likes\ngalley_at_halvorsen\n\nMore.\n",
           "instagram", NULL, "galley_at_halvorsen", NULL, NULL, "Our coffee is going up.");
    expect("The council posted a notice.\n\nPune Municipal Services\n24 September 2023 at 07:15\n"
           "From today the bridge is one-way.\nLike\nComment\nShare\n\nMore.\n",
           "facebook", "Pune Municipal Services", NULL, "2023-09-24", NULL,
           "From today the bridge is one-way.");
    expect("Prose.\n\nKutaisi 24\n@kutaisi24\nForwarded from\nEnergopro Rioni\nRelease started at 16:30.\n"
           "9.2K views \xC2\xB7 edited \xC2\xB7 2024-11-03 16:52\n\nMore.\n",
           "telegram", "Kutaisi 24", "kutaisi24", "2024-11-03", NULL, "Release started at 16:30.");
    /* a byline's date with the buttons of a later post is no Facebook card */
    cite_doc *d = parse("By Jo Bloggs, rural affairs reporter\n3 February 2025\n\nA strain was found.\n\n"
                        "The farm posted on Sunday.\n\nValley Co-op\n2 February 2025 \xC2\xB7\n"
                        "It is with a heavy heart that we confirm a case.\nLike  Comment  Share\n\nMore.\n");
    const cite_embed *e = only_embed(d, "one Facebook card, not the byline");
    if (e)
        STR_EQ(e->author, "Valley Co-op", "the card's own name");
    cite_doc_free(d);
    /* a platform's name in a share bar is no card */
    expect_none("Share this story\nFacebook\nWhatsApp\nX\nCopy link\n\nMore prose.\n",
                "share bar of platform names");
}

/* A post right under the article's sentence introducing it, with the Threads
 * widget's closing lines ("Post by @name", "View on Threads", the link). */
static void test_introduced_threads(void)
{
    expect("Ships waited outside the port.\n\nA shipping analyst posted on Threads.\n\n"
           "Day 1: I count 38 ships at anchor right now. If the strike goes ahead next week, expect "
           "knock-on delays in Antwerp for ten days or more. Schedules were already a mess.\n"
           "Post by @lars.boxships\nView on Threads\nhttps://www.threads.net/@lars.boxships/post/DRt38bX\n\n"
           "More prose.\n", "threads", NULL, "lars.boxships", NULL,
           "https://www.threads.net/@lars.boxships/post/DRt38bX",
           "Day 1: I count 38 ships at anchor right now. If the strike goes ahead next week, expect "
           "knock-on delays in Antwerp for ten days or more. Schedules were already a mess.");
}

/* A Facebook header copied without the buttons under the post: taken when
 * the article introduces the post on Facebook right above it. */
static void test_facebook_header_only(void)
{
    expect("The club thanked its volunteers on its Facebook page.\n\nMill Lane Rovers\n"
           "14 June 2025 \xC2\xB7\nWhat a season! Thank you to every volunteer \xE2\x9D\xA4\xEF\xB8\x8F\n"
           "See you in August.\n\nThe club finished third.\n",
           "facebook", "Mill Lane Rovers", NULL, "2025-06-14", NULL,
           "What a season! Thank you to every volunteer \xE2\x9D\xA4\xEF\xB8\x8F\nSee you in August.");
    expect_none("The club's season ended on Saturday.\n\nMill Lane Rovers\n14 June 2025 "
                "\xC2\xB7\nWhat a season!\n\nThe club finished third.\n",
                "header without buttons, not introduced on Facebook");
    expect_none("The club posted on Facebook.\n\nMill Lane Rovers\n14 June 2025 \xC2\xB7\n\n"
                "The club finished third.\n", "header with no text under it");
}

/* Bylines, author boxes, lists and buttons that look like parts of a card. */
static void test_card_negatives(void)
{
    expect_none("By Jo Lee, reporter\n3 February 2025\n\nThe council met on Monday.\n",
                "byline and date");
    expect_none("Jo Lee\n@jolee\nJo Lee covers politics.\nFeb 2, 2024, 3:10 PM\n",
                "author box with a dated line");
    expect_none("Jo Lee\n@jolee\nJo Lee covers politics.\nFebruary 2, 2024\n",
                "author box with a date and no time");
    expect_none("Jo Lee\n3 March 2024 \xC2\xB7\nThe council met on Monday.\n",
                "name and dated line without buttons");
    expect_none("Like the year before, crowds came on Saturday.\nLike  Comment  Share\n",
                "buttons without a card");
    expect_none("Winners\nsam\nJo Lee won in 2019.\n2h\nView profile\n", "list of names");
    expect_none("3:52 PM\nCooling centre full by lunch\n\nVolunteers turned people away.\n",
                "live blog entry time");
    expect_none("Watch on YouTube\n", "button alone");
}

static void test_bad_date_and_prose_stop(void)
{
    cite_doc *d = parse("BEIJING \xE2\x80\x94 Officials said on Sunday that the drills would "
                        "begin soon, deepening cooperation between the two militaries.\n"
                        "Our new home #NewStadium pic.twitter.com/Zz9\n"
                        "\xE2\x80\x94 United FC (@UnitedFC) July 32, 2023\n");
    const cite_embed *e = only_embed(d, "bad date still an embed");
    if (e) {
        STR_EQ(e->date, NULL, "impossible date -> NULL");
        STR_EQ(e->text, "Our new home #NewStadium pic.twitter.com/Zz9", "text stops at dateline");
    }
    OK(d && has_warning(d, "embed-bad-date"), "warning for the impossible date");
    cite_doc_free(d);
}

/* A bare link to a post is an embed without text; prose above stays prose. */
static void test_bare_link(void)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%shttps://twitter.com/SomeOrg/status/12345\nMore prose.\n", prose);
    cite_doc *d = parse(buf);
    const cite_embed *e = only_embed(d, "bare status link");
    if (e) {
        STR_EQ(e->platform, "x", "bare link platform");
        STR_EQ(e->handle, "SomeOrg", "bare link handle");
        STR_EQ(e->post_id, "12345", "bare link post id");
        STR_EQ(e->text, NULL, "bare link has no text");
        INT_EQ(e->span.start, strlen(prose), "bare link span starts at the link");
        INT_EQ(e->text_span.start, e->text_span.end, "empty text span");
    }
    cite_doc_free(d);
    expect_none("See the agency's account at twitter.com/SomeOrg/status/12345 for more.\n",
                "status link inside a sentence");
}

/* A plain post (no hashtag, no link, several short sentences) right above a
 * dated signature is still the post's text; a long paragraph is not. */
static void test_plain_post(void)
{
    expect("The force gave an update on Tuesday morning after the night's events in the town.\n"
           "Fifteen arrests so far. Three of our officers were injured. Call us with information.\n"
           "\xE2\x80\x94 Merseyside Police (@MerseyPolice) February 14, 2023\n",
           "x", "Merseyside Police", "MerseyPolice", "2023-02-14", NULL,
           "Fifteen arrests so far. Three of our officers were injured. Call us with information.");
    cite_doc *d = parse("Officials gave a long account of the events of the night, saying that the "
                        "crowd had gathered outside the hotel shortly after eight in the evening and "
                        "that officers had been called from three neighbouring towns to help, "
                        "before the street was finally cleared just after midnight, according to "
                        "the statement released by the force on Tuesday morning after the events.\n"
                        "\xE2\x80\x94 Merseyside Police (@MerseyPolice) February 14, 2023\n");
    const cite_embed *e = only_embed(d, "long paragraph");
    OK(e && e->text == NULL, "a paragraph over the platform's limit is not taken as the post");
    cite_doc_free(d);
    /* a long post (paying X accounts write more than 280 characters) that ends
     * with its media link is the post all the same */
    static const char long_post[] =
        "STATEMENT | Because of the blockade of the access road at km 12, the quarry has "
        "suspended all shipments to the port for the ninth consecutive day. Around 900 tonnes "
        "of output are being lost every day, and 140 drivers are waiting at the gate. We call "
        "on every party to attend the talks set for Monday. pic.twitter.com/Qu4rRyLong";
    char buf[1024];
    snprintf(buf, sizeof buf, "The company called for talks.\n%s\n"
             "\xE2\x80\x94 Cantera Norte (@CanteraNorte) August 12, 2026\n", long_post);
    expect(buf, "x", "Cantera Norte", "CanteraNorte", "2026-08-12", "pic.twitter.com/Qu4rRyLong",
           long_post);
}

static void test_two_embeds(void)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "%sFirst post #one\n\xE2\x80\x94 A (@aa) July 1, 2023\n"
             "Second post #two #three\n\xE2\x80\x94 B (@bb) July 2, 2023\n%s", prose, prose);
    cite_doc *d = parse(buf);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "two embeds");
    if (d && cite_doc_embed_count(d) == 2) {
        STR_EQ(cite_doc_embed_at(d, 0)->text, "First post #one", "first text");
        STR_EQ(cite_doc_embed_at(d, 1)->text, "Second post #two #three", "second text");
        STR_EQ(cite_doc_embed_at(d, 1)->id, "E2", "second id");
        OK(cite_doc_embed_at(d, 0)->span.end <= cite_doc_embed_at(d, 1)->span.start,
           "embeds do not overlap");
    }
    for (size_t i = 0; d && i < cite_doc_entity_count(d); i++) {
        const cite_entity *en = cite_doc_entity_at(d, i);
        if (en->type == CITE_HASHTAG)
            INT_EQ(en->embed, strcmp(en->text, "one") == 0 ? 0 : 1, "hashtag embed index");
    }
    cite_doc_free(d);
}

/* A post framed by a broadcaster's skip links: blocked (its consent notice
 * is no text), shown (the post inside is one embed, not two), numbered. */
static void test_framed_posts(void)
{
    const char *intro = "Waves topped the sea wall at Porthmadog on Saturday morning, and the "
                        "harbour was closed to all boats.\n\n";
    char in[2048];
    snprintf(in, sizeof in,
             "%sSkip twitter post by HM Coastguard\n\nAllow X content?\n\nThis article "
             "contains content provided by X. To view this content choose 'accept and "
             "continue'.\n\nAccept and continue\n\nEnd of twitter post by HM Coastguard\n\n"
             "Residents said the water reached the houses.\n", intro);
    expect(in, "x", "HM Coastguard", NULL, NULL, NULL, NULL);
    cite_doc *d = parse(in);
    if (d && cite_doc_embed_count(d) == 1)
        STR_EQ(cite_doc_embed_at(d, 0)->text, NULL, "framed: the consent notice is no text");
    cite_doc_free(d);
    snprintf(in, sizeof in,
             "%sSkip twitter post by HM Coastguard\n\nStay away from the sea front at "
             "#Porthmadog today.\n\n\xE2\x80\x94 HM Coastguard (@hmcoastguard) March 2, 2025\n\n"
             "End of twitter post by HM Coastguard\n\nResidents said the water reached the "
             "houses.\n", intro);
    expect(in, "x", "HM Coastguard", "hmcoastguard", "2025-03-02", NULL,
           "Stay away from the sea front at #Porthmadog today.");
    snprintf(in, sizeof in, "%sSkip youtube video, 1\n\nAllow YouTube content?\n\nAccept and "
             "continue\n\nEnd of youtube video, 1\n\nThe road reopens Monday.\n", intro);
    expect(in, "youtube", NULL, NULL, NULL, NULL, NULL);
    /* an "End of ..." line without its skip line, and a skip link alone */
    snprintf(in, sizeof in, "%sEnd of twitter post by HM Coastguard\n\nSkip instagram post "
             "by Jo Lee\n\nThe road reopens Monday.\n", intro);
    expect_none(in, "framed: one line of the frame alone");
}

/* Widgets in Arabic and Japanese: an Arabic month in a signature, and
 * Instagram's lines where the name comes first ("Name(@handle)がシェアした投稿"). */
static void test_arabic_japanese(void)
{
    expect("\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1"
           "\xD8\xA9 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x8A\xD9\x82 "
           "\xD9\x85\xD8\xBA\xD9\x84\xD9\x82.\n\n"
           "Coastal road closed until further notice #storm\n\n"
           "\xE2\x80\x94 Ministry (@MoT_Example) 17 \xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88 2023\n",
           "x", "Ministry", "MoT_Example", "2023-07-17", NULL,
           "Coastal road closed until further notice #storm");
    expect("Intro paragraph of the article about the food fair in Mie.\n\n"
           "\xE3\x81\x93\xE3\x81\xAE\xE6\x8A\x95\xE7\xA8\xBF\xE3\x82\x92Instagram\xE3\x81\xA7"
           "\xE8\xA6\x8B\xE3\x82\x8B\n\n"
           "Kenche(@kencellara_food)\xE3\x81\x8C\xE3\x82\xB7\xE3\x82\xA7\xE3\x82\xA2\xE3\x81\x97"
           "\xE3\x81\x9F\xE6\x8A\x95\xE7\xA8\xBF\n\nMore text here.\n",
           "instagram", "Kenche", "kencellara_food", NULL, NULL, NULL);
    cite_doc *d = parse("Intro paragraph of the article about the food fair in Mie.\n\n"
                        "Kenche (@kencellara_food) taraf\xC4\xB1ndan payla\xC5\x9F\xC4\xB1lan "
                        "bir g\xC3\xB6nderi\n\nMore text here.\n");
    const cite_embed *e = only_embed(d, "instagram: Turkish name-first line");
    if (e)
        STR_EQ(e->handle, "kencellara_food", "Turkish: handle");
    cite_doc_free(d);
}

/* X cards whose time carries Turkish or Arabic day-half marks. */
static void test_card_time_marks(void)
{
    static const char *const stamps[] = {"3:12 \xC3\x96S \xC2\xB7 5 Mar 2025",
                                         "\xC3\x96\xC3\x96 9:12 \xC2\xB7 5 Mar 2025",
                                         "3:12 \xD9\x85 \xC2\xB7 5 \xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2025",
                                         "10:05 \xD8\xB5 \xC2\xB7 5 \xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2025"};
    for (size_t i = 0; i < sizeof stamps / sizeof *stamps; i++) {
        char in[1024];
        snprintf(in, sizeof in,
                 "The port authority said the ferry service would resume on Thursday.\n\n"
                 "Port Authority\n@PortExample\nTakip et\nFerry service resumes Thursday at "
                 "8:00. Timetables on the website.\n%s\n\nMore article text follows here.\n",
                 stamps[i]);
        expect(in, "x", "Port Authority", "PortExample", "2025-03-05", NULL,
               "Ferry service resumes Thursday at 8:00. Timetables on the website.");
    }
}

/* Instagram's rendered widget copied in other languages: "View profile" and
 * "View more on Instagram" in Spanish, Portuguese, Italian, Polish, Japanese
 * and Arabic. */
static void test_instagram_widget_l10n(void)
{
    static const char *const lines[][2] = {
        {"Ver perfil", "Ver m\xC3\xA1s en Instagram"},
        {"Ver perfil", "Ver mais no Instagram"},
        {"Visualizza profilo", "Visualizza altri contenuti su Instagram"},
        {"Wy\xC5\x9Bwietl profil", "Zobacz wi\xC4\x99" "cej na Instagramie"},
        {"\xE3\x83\x97\xE3\x83\xAD\xE3\x83\x95\xE3\x82\xA3\xE3\x83\xBC\xE3\x83\xAB\xE3\x82\x92"
         "\xE8\xA6\x8B\xE3\x82\x8B",
         "Instagram\xE3\x81\xA7\xE3\x82\x82\xE3\x81\xA3\xE3\x81\xA8\xE8\xA6\x8B\xE3\x82\x8B"},
        {"\xD8\xB9\xD8\xB1\xD8\xB6 \xD8\xA7\xD9\x84\xD9\x85\xD9\x84\xD9\x81 \xD8\xA7\xD9\x84\xD8"
         "\xB4\xD8\xAE\xD8\xB5\xD9\x8A",
         "\xD8\xB9\xD8\xB1\xD8\xB6 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB2\xD9\x8A\xD8\xAF \xD8\xB9\xD9"
         "\x84\xD9\x89 Instagram"}};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        char in[1024];
        snprintf(in, sizeof in,
                 "The festival opened on Friday with a parade through the old town.\n\n"
                 "harbour.watch\n%s\nThe band opened the parade in the main square. #festival\n"
                 "%s\n\nThe parade ended at the harbour.\n", lines[i][0], lines[i][1]);
        expect(in, "instagram", NULL, "harbour.watch", NULL, NULL,
               "The band opened the parade in the main square. #festival");
    }
}

int main(void)
{
    cite_options o;
    cite_options_init(&o);
    parser = cite_parser_new(&o, NULL);
    OK(parser != NULL, "parser");
    if (!parser)
        return TEST_SUMMARY();
    test_seed();
    test_x_forms();
    test_other_platforms();
    test_negatives();
    test_bad_date_and_prose_stop();
    test_plain_post();
    test_two_embeds();
    test_bare_link();
    test_post_paragraphs();
    test_cards();
    test_bluesky_cards();
    test_cards_l10n_dates();
    test_introduced_threads();
    test_cards_other_locales();
    test_wrapped_and_locales();
    test_app_cards();
    test_facebook_header_only();
    test_html_tiktok_caption();
    test_card_negatives();
    test_framed_posts();
    test_arabic_japanese();
    test_card_time_marks();
    test_instagram_widget_l10n();
    cite_parser_free(parser);
    return TEST_SUMMARY();
}
