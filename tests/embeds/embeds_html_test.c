/*
 * embeds_html_test.c - embedded posts in HTML that a page draws itself (a
 * newsletter's post cards, a video's thumbnail), posts kept as data for a
 * script (oEmbed JSON, island props), and lazy-loaded players; with the
 * links around them that are no embeds.  Made-up markup.
 */
#include "harness.h"
#include "html/page.h"

#include <stdlib.h>
#include <string.h>

/* A card as an e-mail template draws it: a table with the avatar, the name
 * over the @handle, the text, and the date with "View on X". */
#define X_CARD                                                                          \
    "<table class=\"mcnBoxedTextBlock\"><tr><td><table class=\"card\" cellpadding=\"14\">" \
    "<tr><td><img src=\"https://cdn.example/avatars/a.jpg\" width=\"44\" alt=\"\"></td>"   \
    "<td><strong>Mayor Ines Calloway</strong><br><span>@MayorCalloway</span></td>"        \
    "<td><img src=\"https://cdn.example/x.png\" alt=\"X\"></td></tr>"                     \
    "<tr><td colspan=\"3\">The bridge reopens Monday at 6 a.m. with one lane each way "   \
    "while crews finish the railings.</td></tr>"                                           \
    "<tr><td colspan=\"3\">9:15 PM \xC2\xB7 Mar 3, 2025 \xC2\xB7 <a href=\"https://x.com/"  \
    "MayorCalloway/status/1896789012345678901?utm_source=news&amp;utm_medium=email\">"     \
    "View on X</a></td></tr></table></td></tr></table>"

static void test_newsletter_cards(void)
{
    const char *in = PAGE(
        X_CARD
        "<table class=\"mcnCaptionBlock\"><tr><td><table class=\"card\">"
        "<tr><td><b>harbour.watch</b> \xC2\xB7 Instagram</td></tr>"
        "<tr><td><a href=\"https://www.instagram.com/p/Cx1AbC2dEf3/?igsh=abc\"><img src=\""
        "https://cdn.example/shot.png\" alt=\"Screenshot\"></a></td></tr>"
        "<tr><td><a href=\"https://www.instagram.com/p/Cx1AbC2dEf3/?igsh=abc\">View this "
        "post on Instagram \xE2\x86\x92</a></td></tr></table></td></tr></table>"
        "<table class=\"mcnVideoBlock\"><tr><td><table>"
        "<tr><td><a href=\"https://www.youtube.com/watch?v=AbCdEf12345&amp;utm_source=n\">"
        "<img src=\"https://i.ytimg.com/vi/AbCdEf12345/maxresdefault.jpg\" alt=\"\"></a>"
        "</td></tr><tr><td>\xE2\x96\xB6 <a href=\"https://www.youtube.com/watch?v="
        "AbCdEf12345\">How the new bridge deck was lifted into place</a><br><span>City "
        "Works \xC2\xB7 YouTube</span></td></tr></table></td></tr></table>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 3, "cards: three embeds");
    if (d && cite_doc_embed_count(d) == 3) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "x", "card: X");
        STR_EQ(e->handle, "MayorCalloway", "card: the @handle line");
        STR_EQ(e->author, "Mayor Ines Calloway", "card: the name in bold");
        STR_EQ(e->date, "2025-03-03", "card: the date on the link's line");
        STR_EQ(e->url, "https://x.com/MayorCalloway/status/1896789012345678901",
               "card: url without the newsletter's tracking");
        OK(e->text && starts_with(e->text, "The bridge reopens Monday"), "card: the text");
        OK(e->text && !strstr(e->text, "View on"), "card: the link is no text");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->platform, "instagram", "screenshot card: Instagram");
        STR_EQ(e->handle, "harbour.watch", "screenshot card: the user over it");
        STR_EQ(e->url, "https://www.instagram.com/p/Cx1AbC2dEf3/", "screenshot card: url");
        STR_EQ(e->text, NULL, "screenshot card: no text (it is in the image)");
        e = cite_doc_embed_at(d, 2);
        STR_EQ(e->platform, "youtube", "video card: YouTube");
        STR_EQ(e->url, "https://www.youtube.com/watch?v=AbCdEf12345", "video card: url");
        STR_EQ(e->text, "How the new bridge deck was lifted into place", "video card: title");
    }
    cite_doc_free(d);
}

/* The same cards in other languages and drawn with divs. */
static void test_localized_cards(void)
{
    static const char *const links[] = {
        "Ver en X", "Voir sur X", "Auf X ansehen", "Visualizza su X", "Zobacz na X",
        "X'te g\xC3\xB6r\xC3\xBCnt\xC3\xBCle", "Ver no X \xE2\x86\x97",
        "X\xE3\x81\xA7\xE8\xA6\x8B\xE3\x82\x8B",
        "\xD8\xB9\xD8\xB1\xD8\xB6 \xD8\xB9\xD9\x84\xD9\x89 X"};
    for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
        char in[2048];
        snprintf(in, sizeof in,
                 PAGE("<div class=\"social-card\"><div class=\"head\"><span>Port of "
                      "Valdemar</span> <span>@PortValdemar</span></div><p>Two cranes are out of "
                      "service after the storm; berths 4 and 5 are closed until Friday.</p>"
                      "<div class=\"meta\">14 Mar 2025 \xC2\xB7 <a href=\"https://twitter.com/"
                      "PortValdemar/status/1900000000000000001\">%s</a></div></div>"),
                 links[i]);
        cite_doc *d = parse(in);
        const cite_embed *e = one(d, links[i]);
        if (e) {
            STR_EQ(e->handle, "PortValdemar", links[i]);
            STR_EQ(e->date, "2025-03-14", links[i]);
            OK(e->text && starts_with(e->text, "Two cranes"), links[i]);
        }
        cite_doc_free(d);
    }
}

/* Links to posts that are no cards stay no embeds. */
static void test_card_negatives(void)
{
    const char *in =
        "<html><body><header><a href=\"https://www.youtube.com/watch?v=Zz9Yy8Xx7Ww\"><img src="
        "\"https://i.ytimg.com/vi/Zz9Yy8Xx7Ww/hqdefault.jpg\"></a></header><article>"
        "<p>An article paragraph that says something about the news of the day.</p>"
        "<p>The minister <a href=\"https://x.com/minister/status/1900000000000000002\">wrote on "
        "X</a> that the plan was final.</p>"
        "<table class=\"mcnTextBlock\"><tr><td><p>Elsewhere:</p><ul><li><a href=\"https://x.com/"
        "rep/status/1900000000000000003\">A thread on the school formula</a> (X)</li><li><a "
        "href=\"https://bsky.app/profile/desk.bsky.social/post/3llqx2bz7kc2d\">An explainer</a>"
        " (Bluesky)</li></ul></td></tr></table>"
        "<div class=\"author-card\"><strong>Jo Writer</strong> covers transport. <a href=\""
        "https://x.com/jowriter\">View on X</a></div>"
        "<p>Share: <a href=\"https://x.com/intent/post?url=x\">Share on X</a> <a href=\""
        "https://www.facebook.com/sharer/sharer.php?u=x\">Share on Facebook</a></p>"
        "<p>A closing paragraph with a few more words in it.</p></article>"
        "<aside id=\"secondary\" class=\"widget-area\"><div class=\"feed-card\"><p>Our "
        "latest: the ferry timetable changes next week for the whole summer.</p><a href=\""
        "https://x.com/paper/status/1900000000000000005\">View on X</a></div></aside>"
        "<footer><a href=\"https://x.com/paper/status/1900000000000000004\">View on X</a>"
        "</footer></body></html>";
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 99, 0, "card negatives: no embed");
    cite_doc_free(d);
}

/* A post kept as an oEmbed answer in a JSON script, put by a script into
 * the empty slot that names its key; one in Next.js's page data (markup
 * escaped as \u003c), shown nowhere else; one both in the markup and the
 * data (one embed). */
static void test_json_posts(void)
{
    const char *in =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"publisher\":{\"sameAs\":[\"https://x.com/paper\",\"https://www.tiktok.com/@paper\"]}"
        ",\"articleBody\":\"<blockquote class=\\\"twitter-tweet\\\"><a href=\\\"https://"
        "twitter.com/a/status/1800000000000000009\\\">May 1, 2024</a></blockquote>\"}</script>"
        "</head><body><article><p>An article paragraph that says something about the news "
        "of the day and about the river.</p>"
        "<div class=\"slot\" data-key=\"tt-7300000000000000001\"></div>"
        "<p>A second paragraph with a few more words in it about the river.</p>"
        "<blockquote class=\"twitter-tweet\"><p>Water is over the quay wall.</p>&mdash; "
        "River Desk (@RiverDesk) <a href=\"https://twitter.com/RiverDesk/status/"
        "1800000000000000001\">May 2, 2024</a></blockquote>"
        "<p>A closing paragraph with a few more words in it.</p></article>"
        "<script type=\"application/json\" id=\"data\">{\"tt-7300000000000000001\":{"
        "\"version\":\"1.0\",\"type\":\"video\",\"provider_name\":\"TikTok\",\"html\":"
        "\"<blockquote class=\\\"tiktok-embed\\\" cite=\\\"https://www.tiktok.com/@river.cam/"
        "video/7300000000000000001\\\" data-video-id=\\\"7300000000000000001\\\"><section><a "
        "title=\\\"@river.cam\\\" href=\\\"https://www.tiktok.com/@river.cam\\\">@river.cam</a>"
        " <p>The quay at noon #flood</p> <a href=\\\"https://www.tiktok.com/music/x-1\\\">"
        "\xE2\x99\xAC original sound</a></section></blockquote>\"},"
        "\"x1\":{\"type\":\"rich\",\"html\":\"<blockquote class=\\\"twitter-tweet\\\"><p>Water "
        "is over the quay wall.</p>&mdash; River Desk (@RiverDesk) <a href=\\\"https://"
        "twitter.com/RiverDesk/status/1800000000000000001\\\">May 2, 2024</a></blockquote>\"}}"
        "</script>"
        "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{"
        "\"story\":{\"body\":\"\\u003cp\\u003eText\\u003c/p\\u003e\\u003ciframe src="
        "\\\"https://www.youtube.com/embed/Qw3rTy12345?rel=0\\\"\\u003e\\u003c/iframe\\u003e\"}"
        "}}}</script></body></html>";
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 3, "json: three embeds");
    if (d && cite_doc_embed_count(d) == 3) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "tiktok", "json slot: first in the page");
        STR_EQ(e->id, "E1", "json slot: ids in page order");
        STR_EQ(e->handle, "river.cam", "json slot: handle");
        STR_EQ(e->text, "The quay at noon #flood", "json slot: caption without the sound");
        STR_EQ(cut(in, e->span), "<div class=\"slot\" data-key=\"tt-7300000000000000001\"></div>",
               "json slot: span is the slot");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->platform, "x", "markup and data: one post");
        STR_EQ(e->date, "2024-05-02", "markup and data: date");
        OK(starts_with(cut(in, e->span), "<blockquote"), "markup and data: span in the markup");
        e = cite_doc_embed_at(d, 2);
        STR_EQ(e->platform, "youtube", "next data: youtube");
        STR_EQ(e->url, "https://www.youtube.com/watch?v=Qw3rTy12345", "next data: url");
        STR_EQ(e->id, "E3", "next data: last");
        const char *text = cite_doc_text(d, NULL);
        OK(text && strstr(text, "A closing paragraph") && !strstr(text, "pageProps"),
           "json: the main text is the article's");
    }
    cite_doc_free(d);
}

/* Players a lazy loader, a consent manager or a facade keeps out of src;
 * players of TikTok, Threads and Mastodon-like servers with no class; X's id
 * on a component's box; the old Flash player. */
static void test_lazy_players(void)
{
    const char *in = PAGE(
        "<iframe src=\"about:blank\" data-lazy-src=\"https://www.youtube.com/embed/Lz1Lz2Lz3Lz"
        "?rel=0\"></iframe>"
        "<iframe data-cookieblock-src=\"https://www.tiktok.com/player/v1/7311111111111111111"
        "?music_info=1\"></iframe>"
        "<div class=\"rll-youtube-player\" data-src=\"https://www.youtube.com/embed/Rk1Rk2Rk3Rk"
        "\" data-id=\"Rk1Rk2Rk3Rk\"></div>"
        "<div class=\"video\" data-plyr-provider=\"youtube\" data-plyr-embed-id=\"Pl1Pl2Pl3Pl\">"
        "</div>"
        "<div class=\"lyte-wrapper\"><div class=\"lyte\" id=\"WYL_Ly1Ly2Ly3Ly\"></div></div>"
        "<iframe src=\"https://www.threads.net/@port.city/post/C9abcDEFghi/embed\"></iframe>"
        "<iframe src=\"https://social.example.org/@harbour/113456789012345678/embed\" width="
        "\"400\"></iframe>"
        "<div class=\"tweet-box\" data-tweet-id=\"1888888888888888888\"></div>"
        "<object data=\"https://www.youtube.com/v/Ob1Ob2Ob3Ob\"><embed src=\"https://www."
        "youtube.com/v/Ob1Ob2Ob3Ob\"></object>");
    cite_doc *d = parse(in);
    static const char *const want[][2] = {
        {"youtube", "https://www.youtube.com/watch?v=Lz1Lz2Lz3Lz"},
        {"tiktok", NULL},
        {"youtube", "https://www.youtube.com/watch?v=Rk1Rk2Rk3Rk"},
        {"youtube", "https://www.youtube.com/watch?v=Pl1Pl2Pl3Pl"},
        {"youtube", "https://www.youtube.com/watch?v=Ly1Ly2Ly3Ly"},
        {"threads", "https://www.threads.net/@port.city/post/C9abcDEFghi/"},
        {"mastodon", "https://social.example.org/@harbour/113456789012345678"},
        {"x", "https://x.com/i/status/1888888888888888888"},
        {"youtube", "https://www.youtube.com/watch?v=Ob1Ob2Ob3Ob"}};
    size_t n = sizeof want / sizeof *want;
    INT_EQ(d ? cite_doc_embed_count(d) : 0, n, "players: one embed each");
    for (size_t i = 0; d && i < n && i < cite_doc_embed_count(d); i++) {
        const cite_embed *e = cite_doc_embed_at(d, i);
        STR_EQ(e->platform, want[i][0], want[i][0]);
        STR_EQ(e->url, want[i][1], want[i][0]);
    }
    if (d && cite_doc_embed_count(d) == n) {
        STR_EQ(cite_doc_embed_at(d, 1)->post_id, "7311111111111111111", "tiktok player: id");
        STR_EQ(cite_doc_embed_at(d, 5)->handle, "port.city", "threads frame: handle");
        STR_EQ(cite_doc_embed_at(d, 6)->handle, "harbour@social.example.org",
               "mastodon frame: user@instance");
    }
    cite_doc_free(d);
    /* no players: a profile in a lazy frame, a thumbnail's data-src, a YouTube
     * subscribe button, a profile's frame on a Mastodon-like server */
    d = parse(PAGE("<iframe data-src=\"https://t.me/harbourchannel\"></iframe>"
                   "<img class=\"lazy\" data-src=\"https://i.ytimg.com/vi/Zz9Yy8Xx7Ww/hq.jpg\">"
                   "<div class=\"youtube-subscribe\" data-channel=\"harbour\"></div>"
                   "<iframe src=\"https://social.example.org/@harbour/embed\"></iframe>"));
    INT_EQ(d ? cite_doc_embed_count(d) : 99, 0, "no players: no embed");
    cite_doc_free(d);
}

/* Widget markup in other languages: Instagram's name-first line in Japanese
 * (the widget's "View this post" line is not the name), X's Arabic date. */
static void test_widget_languages(void)
{
    const char *in = PAGE(
        "<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram.com"
        "/p/CGU64UZnqjJ/?utm_source=ig_embed\"><div><a href=\"https://www.instagram.com/p/"
        "CGU64UZnqjJ/\">\xE3\x81\x93\xE3\x81\xAE\xE6\x8A\x95\xE7\xA8\xBF\xE3\x82\x92Instagram"
        "\xE3\x81\xA7\xE8\xA6\x8B\xE3\x82\x8B</a><p><a href=\"https://www.instagram.com/p/"
        "CGU64UZnqjJ/\">Kenche Meshi(@kencellara_food)\xE3\x81\x8C\xE3\x82\xB7\xE3\x82\xA7\xE3"
        "\x82\xA2\xE3\x81\x97\xE3\x81\x9F\xE6\x8A\x95\xE7\xA8\xBF</a></p></div></blockquote>"
        "<blockquote class=\"twitter-tweet\" data-lang=\"ar\"><p lang=\"ar\" dir=\"rtl\">Road "
        "closed until further notice</p>&mdash; Ministry (@MoT_Example) <a href=\"https://"
        "twitter.com/MoT_Example/status/1680912345678901234\">17 \xD9\x8A\xD9\x88\xD9\x84\xD9"
        "\x8A\xD9\x88 2023</a></blockquote>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "languages: two embeds");
    if (d && cite_doc_embed_count(d) == 2) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->author, "Kenche Meshi", "instagram ja: the name");
        STR_EQ(e->handle, "kencellara_food", "instagram ja: the handle");
        STR_EQ(e->text, NULL, "instagram ja: the shared-by line is no text");
        STR_EQ(cite_doc_embed_at(d, 1)->date, "2023-07-17", "x ar: Arabic month");
    }
    cite_doc_free(d);
}

/* Components a script renders: an Astro island that shows a post (props name
 * it, nothing rendered on the server), a React component's props; a share
 * bar's props are no post even when they name one; Arc XP's page content
 * assigned in a script (an oEmbed answer among its elements). */
static void test_component_props(void)
{
    const char *in =
        "<!DOCTYPE html><html><head><title>t</title></head><body><article><h1>Title</h1>"
        "<p>An article paragraph that says something about the news of the day.</p>"
        "<astro-island uid=\"A1\" component-url=\"/_astro/TweetEmbed.Hq7n.js\" props=\"{&quot;"
        "url&quot;:[0,&quot;https://twitter.com/PortDesk/status/1756234044015183301&quot;]}\" "
        "client=\"only\"></astro-island>"
        "<astro-island uid=\"A2\" component-url=\"/_astro/ShareBar.Dk2.js\" props=\"{&quot;"
        "links&quot;:[1,[[0,{&quot;href&quot;:[0,&quot;https://twitter.com/PortDesk/status/"
        "1756234044015183309&quot;]}]]]}\"></astro-island>"
        "<div data-react-class=\"InstagramPost\" data-react-props=\"{&quot;permalink&quot;:"
        "&quot;https://www.instagram.com/p/Cx1AbC2dEf3/&quot;}\"></div>"
        "<p>A closing paragraph with a few more words in it.</p></article>"
        "<script>window.Fusion=window.Fusion||{};Fusion.globalContent={\"content_elements\":"
        "[{\"type\":\"text\",\"content\":\"Hello\"},{\"type\":\"oembed_response\",\"raw_oembed\":"
        "{\"type\":\"video\",\"html\":\"<iframe src=\\\"https://www.youtube.com/embed/Fu5Fu6Fu7Fu"
        "\\\"></iframe>\"}}]};Fusion.contentCache={};</script></body></html>";
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 3, "components: three embeds");
    if (d && cite_doc_embed_count(d) == 3) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->post_id, "1756234044015183301", "island: the post its props name");
        OK(starts_with(cut(in, e->span), "<astro-island uid=\"A1\""), "island: span");
        STR_EQ(cite_doc_embed_at(d, 1)->url, "https://www.instagram.com/p/Cx1AbC2dEf3/",
               "react props: instagram");
        STR_EQ(cite_doc_embed_at(d, 2)->url, "https://www.youtube.com/watch?v=Fu5Fu6Fu7Fu",
               "arc: the oEmbed answer in the page content");
    }
    cite_doc_free(d);
}

/* More posts than a document keeps: a warning and the first ones, no error. */
static void test_embed_limit(void)
{
    size_t n = 10050, cap = n * 48 + 256, len = 0;
    char *in = malloc(cap);
    if (!in)
        return;
    len += (size_t)snprintf(in, cap, "<html><body><article><p>Intro paragraph.</p>");
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(in + len, cap - len, "<div data-tweet-id=\"%zu\"></div>",
                                1000000000 + i);
    snprintf(in + len, cap - len, "</article></body></html>");
    cite_doc *d = parse(in);
    OK(d != NULL, "limit: parsed");
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 10000, "limit: the first 10000 posts");
    OK(d && has_warning(d, "embed-limit"), "limit: warned");
    cite_doc_free(d);
    free(in);
}

/* A post a site renders itself from the post's data (React Tweet): the
 * header carries the "View on Twitter" logo (its label is its words); the
 * card is the article holding the text. */
static void test_static_tweet(void)
{
    const char *in = PAGE(
        "<div class=\"react-tweet-theme\"><article class=\"tweet-container_article__0ER\">"
        "<div class=\"tweet-header_header__CXz\"><a href=\"https://x.com/PortDesk\"><img src="
        "\"https://pbs.twimg.com/profile_images/1/a_normal.jpg\" alt=\"\"></a><div><a href="
        "\"https://x.com/PortDesk\"><span title=\"Port Desk\">Port Desk</span></a><a href="
        "\"https://x.com/PortDesk\"><span>@PortDesk</span></a></div><div class=\"tweet-header_"
        "brand\"><a href=\"https://x.com/PortDesk/status/1764874519470162233\" aria-label=\"View "
        "on Twitter\"><svg viewBox=\"0 0 24 24\"><path d=\"M1\"></path></svg></a></div></div>"
        "<p class=\"tweet-body_root\">The north quay closes Monday for resurfacing; ferries move "
        "to berth 3.</p><div class=\"tweet-info\"><a href=\"https://x.com/PortDesk/status/"
        "1764874519470162233\"><time datetime=\"2024-03-04T22:03:00.000Z\">10:03 PM \xC2\xB7 Mar "
        "4, 2024</time></a></div></article></div>");
    cite_doc *d = parse(in);
    const cite_embed *e = one(d, "static tweet: one embed");
    if (e) {
        STR_EQ(e->handle, "PortDesk", "static tweet: handle");
        STR_EQ(e->date, "2024-03-04", "static tweet: date");
        STR_EQ(e->text, "The north quay closes Monday for resurfacing; ferries move to berth 3.",
               "static tweet: text");
    }
    cite_doc_free(d);
}

/* A card whose "View on" link sits loose in it, beside the text. */
static void test_loose_link_card(void)
{
    cite_doc *d = parse(PAGE("<div class=\"bsky-card\"><b>Harbour Desk</b> <span>@harbour."
                             "bsky.social</span><p>The ferry timetable changes next week for "
                             "the whole summer.</p><a href=\"https://bsky.app/profile/harbour."
                             "bsky.social/post/3lkq2abcdxyz2\">Ver en Bluesky</a></div>"));
    const cite_embed *e = one(d, "loose link card: one embed");
    if (e) {
        STR_EQ(e->platform, "bluesky", "loose link card: platform");
        STR_EQ(e->handle, "harbour.bsky.social", "loose link card: handle");
        STR_EQ(e->text, "The ferry timetable changes next week for the whole summer.",
               "loose link card: text");
    }
    cite_doc_free(d);
}

int main(void)
{
    test_loose_link_card();
    test_static_tweet();
    test_embed_limit();
    test_component_props();
    test_widget_languages();
    test_lazy_players();
    test_json_posts();
    test_newsletter_cards();
    test_localized_cards();
    test_card_negatives();
    return TEST_SUMMARY();
}
