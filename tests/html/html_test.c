/*
 * html_test.c - the HTML stage through the public API: embed markup of each
 * platform, what is not an embed, metadata, entity decoding, legacy charsets,
 * broken and pathological pages.  Spans are checked against the input bytes.
 */
#include "harness.h"
#include "page.h"

#include <citecheck/citecheck.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


static void test_x(void)
{
    const char *in = PAGE(
        "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Five warships "
        "left port &amp; sailed <a href=\"https://twitter.com/hashtag/SeaofJapan\">"
        "#SeaofJapan</a> <a href=\"https://t.co/x\">pic.twitter.com/61meXb84AV</a></p>"
        "&mdash; Daryo | Central Asia (@DaryoEng) <a href=\"https://twitter.com/DaryoEng/"
        "status/1680912345678901234?ref_src=twsrc%5Etfw\">July 17, 2023</a></blockquote>");
    cite_doc *d = parse(in);
    OK(d != NULL, "x: parsed");
    if (!d)
        return;
    INT_EQ(cite_doc_embed_count(d), 1, "x: one embed");
    const cite_embed *e = cite_doc_embed_at(d, 0);
    STR_EQ(e->id, "E1", "x: id");
    STR_EQ(e->platform, "x", "x: platform");
    STR_EQ(e->author, "Daryo | Central Asia", "x: author");
    STR_EQ(e->handle, "DaryoEng", "x: handle");
    STR_EQ(e->date, "2023-07-17", "x: date");
    STR_EQ(e->post_id, "1680912345678901234", "x: post id");
    STR_EQ(e->url, "https://twitter.com/DaryoEng/status/1680912345678901234", "x: url");
    STR_EQ(e->text, "Five warships left port & sailed #SeaofJapan pic.twitter.com/61meXb84AV",
           "x: text");
    OK(starts_with(cut(in, e->span), "<blockquote class=\"twitter-tweet\">"), "x: span start");
    OK(strstr(cut(in, e->span), "</blockquote>") != NULL, "x: span end");
    OK(starts_with(cut(in, e->text_span), "Five warships left port &amp; sailed"),
       "x: text span starts at the post text");
    /* entities inside the post belong to it and point at their bytes */
    size_t found = 0;
    for (size_t i = 0; i < cite_doc_entity_count(d); i++) {
        const cite_entity *en = cite_doc_entity_at(d, i);
        if (en->type == CITE_HASHTAG && !strcmp(en->text, "SeaofJapan")) {
            found++;
            STR_EQ(cut(in, en->span), "#SeaofJapan", "x: hashtag span");
            INT_EQ(en->embed, 0, "x: hashtag in E1");
        }
    }
    INT_EQ(found, 1, "x: hashtag found once");
    cite_doc_free(d);
}

static void test_instagram(void)
{
    const char *in = PAGE(
        "<blockquote class=\"instagram-media\" data-instgrm-captioned "
        "data-instgrm-permalink=\"https://www.instagram.com/p/Cu1AbCdEfGh/?utm_source="
        "ig_embed&amp;utm_campaign=loading\" data-instgrm-version=\"14\"><div><a href=\""
        "https://www.instagram.com/p/Cu1AbCdEfGh/\">View this post on Instagram</a></div>"
        "<p><a href=\"https://www.instagram.com/p/Cu1AbCdEfGh/\">Sunset over the harbour "
        "tonight</a></p><p><a href=\"https://www.instagram.com/p/Cu1AbCdEfGh/\">A post "
        "shared by Harbour Watch (@harbour.watch)</a> <time datetime=\"2023-07-16T18:02:11"
        "+00:00\">Jul 16, 2023 at 11:02am PDT</time></p></blockquote>");
    cite_doc *d = parse(in);
    const cite_embed *e = one(d, "instagram: one embed");
    if (e) {
        STR_EQ(e->platform, "instagram", "instagram: platform");
        STR_EQ(e->handle, "harbour.watch", "instagram: handle");
        STR_EQ(e->author, "Harbour Watch", "instagram: author");
        STR_EQ(e->date, "2023-07-16", "instagram: date");
        STR_EQ(e->url, "https://www.instagram.com/p/Cu1AbCdEfGh/", "instagram: url");
        STR_EQ(e->post_id, "Cu1AbCdEfGh", "instagram: post id");
        STR_EQ(e->text, "Sunset over the harbour tonight", "instagram: caption");
    }
    cite_doc_free(d);
}

static void test_bluesky(void)
{
    const char *in = PAGE(
        "<blockquote class=\"bluesky-embed\" data-bluesky-uri=\"at://did:plc:abc123/app.bsky."
        "feed.post/3kq2xyzabc\" data-bluesky-cid=\"bafy\"><p lang=\"en\">Ferry service "
        "resumes at noon.</p>&mdash; Port Authority (<a href=\"https://bsky.app/profile/"
        "did:plc:abc123?ref_src=embed\">@port.example.com</a>) <a href=\"https://bsky.app/"
        "profile/did:plc:abc123/post/3kq2xyzabc?ref_src=embed\">January 2, 2024 at 3:04 PM"
        "</a></blockquote>");
    cite_doc *d = parse(in);
    const cite_embed *e = one(d, "bluesky: one embed");
    if (e) {
        STR_EQ(e->platform, "bluesky", "bluesky: platform");
        STR_EQ(e->handle, "port.example.com", "bluesky: handle");
        STR_EQ(e->author, "Port Authority", "bluesky: author");
        STR_EQ(e->date, "2024-01-02", "bluesky: date");
        STR_EQ(e->post_id, "3kq2xyzabc", "bluesky: post id");
        STR_EQ(e->url, "https://bsky.app/profile/did:plc:abc123/post/3kq2xyzabc",
               "bluesky: url");
        STR_EQ(e->text, "Ferry service resumes at noon.", "bluesky: text");
    }
    cite_doc_free(d);
}

static void test_mastodon(void)
{
    const char *in = PAGE(
        "<blockquote class=\"mastodon-embed\" data-embed-url=\"https://social.example/"
        "@newsdesk/112233445566/embed\"><a href=\"https://social.example/@newsdesk/"
        "112233445566\"><div>Post by @newsdesk@social.example</div><div>View on Mastodon"
        "</div></a></blockquote>"
        "<iframe src=\"https://mastodon.example/@anna/998877/embed\" class=\"mastodon-embed\""
        " width=\"400\"></iframe>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "mastodon: two embeds");
    if (d && cite_doc_embed_count(d) == 2) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "mastodon", "mastodon: platform");
        STR_EQ(e->handle, "newsdesk@social.example", "mastodon: handle with instance");
        STR_EQ(e->url, "https://social.example/@newsdesk/112233445566", "mastodon: url");
        STR_EQ(e->post_id, "112233445566", "mastodon: id");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->handle, "anna@mastodon.example", "mastodon iframe: handle");
        STR_EQ(e->text, NULL, "mastodon iframe: no text");
        INT_EQ(e->text_span.start, e->text_span.end, "mastodon iframe: empty text span");
        OK(starts_with(cut(in, e->span), "<iframe"), "mastodon iframe: span");
    }
    cite_doc_free(d);
}

static void test_threads_tiktok(void)
{
    const char *in = PAGE(
        "<blockquote class=\"text-post-media\" data-text-post-permalink=\"https://www.threads"
        ".net/@city.news/post/C8xYz12AbCd\" data-text-post-version=\"0\"><a href=\"https://"
        "www.threads.net/@city.news/post/C8xYz12AbCd\"><div>View on Threads</div></a>"
        "</blockquote>"
        "<blockquote class=\"tiktok-embed\" cite=\"https://www.tiktok.com/@river.cam/video/"
        "7250000000000000001\" data-video-id=\"7250000000000000001\"><section><a title=\""
        "@river.cam\" href=\"https://www.tiktok.com/@river.cam?refer=embed\">@river.cam</a>"
        "<p>Flood water reached the bridge <a title=\"flood\" href=\"https://www.tiktok.com/"
        "tag/flood\">#flood</a></p><a title=\"original sound\" href=\"https://www.tiktok.com/"
        "music/x\">original sound</a></section></blockquote>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "threads+tiktok: two embeds");
    if (d && cite_doc_embed_count(d) == 2) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "threads", "threads: platform");
        STR_EQ(e->handle, "city.news", "threads: handle");
        STR_EQ(e->post_id, "C8xYz12AbCd", "threads: id");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->id, "E2", "tiktok: id E2");
        STR_EQ(e->platform, "tiktok", "tiktok: platform");
        STR_EQ(e->handle, "river.cam", "tiktok: handle");
        STR_EQ(e->post_id, "7250000000000000001", "tiktok: id");
        STR_EQ(e->text, "Flood water reached the bridge #flood", "tiktok: text");
    }
    cite_doc_free(d);
}

static void test_facebook_youtube(void)
{
    const char *in = PAGE(
        "<div class=\"fb-post\" data-href=\"https://www.facebook.com/CityCouncil/posts/"
        "1234567890\" data-width=\"500\"><blockquote cite=\"https://www.facebook.com/"
        "CityCouncil/posts/1234567890\" class=\"fb-xfbml-parse-ignore\"><p>The bridge "
        "reopens on Monday.</p>Posted by <a href=\"https://www.facebook.com/CityCouncil\">"
        "City Council</a> on <a href=\"https://www.facebook.com/CityCouncil/posts/"
        "1234567890\">Thursday, August 27, 2015</a></blockquote></div>"
        "<iframe src=\"https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww."
        "facebook.com%2FParks%2Fposts%2F555&amp;width=500\" width=\"500\"></iframe>"
        "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/"
        "dQw4w9WgXcQ?si=abc\" title=\"YouTube video player\"></iframe>"
        "<lite-youtube videoid=\"ogfYd705cRs\"></lite-youtube>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 4, "facebook+youtube: four embeds");
    if (d && cite_doc_embed_count(d) == 4) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "facebook", "facebook: platform");
        STR_EQ(e->author, "City Council", "facebook: author");
        STR_EQ(e->date, "2015-08-27", "facebook: date");
        STR_EQ(e->post_id, "1234567890", "facebook: id");
        STR_EQ(e->text, "The bridge reopens on Monday.", "facebook: text");
        OK(starts_with(cut(in, e->span), "<div class=\"fb-post\""), "facebook: span");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->url, "https://www.facebook.com/Parks/posts/555", "facebook iframe: url");
        STR_EQ(e->post_id, "555", "facebook iframe: id");
        e = cite_doc_embed_at(d, 2);
        STR_EQ(e->platform, "youtube", "youtube: platform");
        STR_EQ(e->post_id, "dQw4w9WgXcQ", "youtube: id");
        STR_EQ(e->url, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube: url");
        e = cite_doc_embed_at(d, 3);
        STR_EQ(e->post_id, "ogfYd705cRs", "lite-youtube: id");
    }
    cite_doc_free(d);
}

static void test_telegram_truth(void)
{
    const char *in = PAGE(
        "<script async src=\"https://telegram.org/js/telegram-widget.js?22\" "
        "data-telegram-post=\"citynews/4321\" data-width=\"100%\"></script>"
        "<iframe src=\"https://truthsocial.com/@example_user/113000000000000001/embed\" "
        "class=\"truthsocial-embed\" width=\"600\"></iframe>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "telegram+truth: two embeds");
    if (d && cite_doc_embed_count(d) == 2) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "telegram", "telegram: platform");
        STR_EQ(e->handle, "citynews", "telegram: channel");
        STR_EQ(e->post_id, "4321", "telegram: id");
        STR_EQ(e->url, "https://t.me/citynews/4321", "telegram: url");
        OK(starts_with(cut(in, e->span), "<script"), "telegram: span");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->platform, "truthsocial", "truth: platform");
        STR_EQ(e->handle, "example_user", "truth: handle");
        STR_EQ(e->post_id, "113000000000000001", "truth: id");
        STR_EQ(e->url, "https://truthsocial.com/@example_user/113000000000000001",
               "truth: url");
    }
    cite_doc_free(d);
}

static void test_wrappers(void)
{
    const char *in = PAGE(
        "<figure class=\"wp-block-embed is-type-rich is-provider-twitter wp-block-embed-"
        "twitter\"><div class=\"wp-block-embed__wrapper\">\nhttps://twitter.com/metoffice/"
        "status/1111111111111111111\n</div></figure>"
        "<amp-twitter width=\"375\" height=\"472\" layout=\"responsive\" data-tweetid=\""
        "2222222222222222222\"><blockquote placeholder class=\"twitter-tweet\" data-lang=\"en\">"
        "<p>Storm warning for the coast.</p>&mdash; Coast Guard (@coastguard) <a href=\""
        "https://twitter.com/coastguard/status/2222222222222222222\">March 3, 2024</a>"
        "</blockquote></amp-twitter>"
        "<amp-instagram data-shortcode=\"BxYz123\" width=\"400\" height=\"400\"></amp-instagram>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 3, "wrappers: three embeds");
    if (d && cite_doc_embed_count(d) == 3) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "x", "wp: platform");
        STR_EQ(e->handle, "metoffice", "wp: handle from the URL");
        STR_EQ(e->post_id, "1111111111111111111", "wp: id");
        OK(starts_with(cut(in, e->span), "<figure"), "wp: span covers the figure");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->post_id, "2222222222222222222", "amp-twitter: id");
        STR_EQ(e->handle, "coastguard", "amp-twitter: handle");
        STR_EQ(e->text, "Storm warning for the coast.", "amp-twitter: text");
        OK(starts_with(cut(in, e->span), "<amp-twitter"), "amp-twitter: span");
        e = cite_doc_embed_at(d, 2);
        STR_EQ(e->platform, "instagram", "amp-instagram: platform");
        STR_EQ(e->post_id, "BxYz123", "amp-instagram: id");
    }
    cite_doc_free(d);
}

static void test_amp_tiktok(void)
{
    const char *in = PAGE(
        "<amp-tiktok width=\"325\" height=\"575\" data-src=\"https://www.tiktok.com/@lake.ferry"
        ".cam/video/7300000000000000011?lang=en\"></amp-tiktok>"
        "<amp-tiktok width=\"325\" height=\"575\" data-src=\"7300000000000000022\"></amp-tiktok>"
        "<amp-tiktok width=\"325\" height=\"575\" data-src=\"https://www.tiktok.com/@lake.ferry"
        ".cam/video/7300000000000000033\"><blockquote placeholder class=\"tiktok-embed\" cite=\""
        "https://www.tiktok.com/@lake.ferry.cam/video/7300000000000000033\" data-video-id=\""
        "7300000000000000033\"><section><a title=\"@lake.ferry.cam\" href=\"https://www.tiktok"
        ".com/@lake.ferry.cam\">@lake.ferry.cam</a><p>Last crossing of the season</p></section>"
        "</blockquote></amp-tiktok>"
        "<amp-tiktok width=\"325\" height=\"575\" data-src=\"https://www.tiktok.com/@lake.ferry"
        ".cam\"></amp-tiktok>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 3, "amp-tiktok: three embeds, not the profile");
    if (d && cite_doc_embed_count(d) == 3) {
        const cite_embed *e = cite_doc_embed_at(d, 0);
        STR_EQ(e->platform, "tiktok", "amp-tiktok url: platform");
        STR_EQ(e->handle, "lake.ferry.cam", "amp-tiktok url: handle");
        STR_EQ(e->url, "https://www.tiktok.com/@lake.ferry.cam/video/7300000000000000011",
               "amp-tiktok url: url without query");
        OK(starts_with(cut(in, e->span), "<amp-tiktok"), "amp-tiktok: span");
        e = cite_doc_embed_at(d, 1);
        STR_EQ(e->post_id, "7300000000000000022", "amp-tiktok id: post id");
        STR_EQ(e->handle, NULL, "amp-tiktok id: no handle");
        e = cite_doc_embed_at(d, 2);
        STR_EQ(e->post_id, "7300000000000000033", "amp-tiktok placeholder: id");
        STR_EQ(e->text, "Last crossing of the season", "amp-tiktok placeholder: caption");
    }
    cite_doc_free(d);
}

/* Metadata given other ways: Blogger's microdata date on an <abbr>, and a
 * Yoast graph whose article names its publisher by reference. */
static void test_meta_references(void)
{
    const char *blog =
        "<html><head><title>Brook bursts its banks</title></head><body><div class=\"post\">"
        "<h3>Brook bursts its banks</h3><p>Thirty plots were under water on Saturday.</p>"
        "<span class=\"post-timestamp\"><abbr class=\"published\" itemprop=\"datePublished\" "
        "title=\"2025-11-16T09:20:00Z\">09:20</abbr></span></div></body></html>";
    cite_doc *d = parse(blog);
    const cite_source *src = d ? cite_doc_source(d) : NULL;
    STR_EQ(src ? src->published : NULL, "2025-11-16T09:20:00Z", "microdata: datePublished");
    cite_doc_free(d);
    const char *yoast =
        "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        "\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-09-13T07:05:00+00:00\","
        "\"publisher\":{\"@id\":\"https://fjord.example/#organization\"}},{\"@type\":"
        "\"Organization\",\"@id\":\"https://fjord.example/#organization\",\"name\":"
        "\"Fjord Energy Journal\"}]}</script></head><body><p>The council voted on Thursday.</p>"
        "</body></html>";
    d = parse(yoast);
    src = d ? cite_doc_source(d) : NULL;
    STR_EQ(src ? src->publisher : NULL, "Fjord Energy Journal", "JSON-LD: publisher by @id");
    cite_doc_free(d);
}

/* Frames that load a platform's embed endpoint, with no class to say so, and
 * Squarespace's player kept as markup in data-html. */
static void test_embed_frames(void)
{
    const char *in = PAGE(
        "<iframe src=\"https://www.instagram.com/p/DH7rKp2sQmN/embed/captioned/\"></iframe>"
        "<iframe src=\"https://t.me/valnews/2318?embed=1&amp;userpic=true\"></iframe>"
        "<iframe src=\"https://embed.bsky.app/embed/did:plc:w4cyk7s2q6nx/app.bsky.feed.post/"
        "3m2op3lthdhjz?id=55\"></iframe>"
        "<iframe src=\"https://cdn.embedly.com/widgets/media.html?type=text%2Fhtml&amp;schema="
        "twitter&amp;url=https%3A//twitter.com/lenav/status/1907765020062852317\"></iframe>"
        "<iframe src=\"https://cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Fwww.youtube"
        ".com%2Fwatch%3Fv%3D9VLa4wFGyQp&amp;schema=youtube\"></iframe>"
        "<iframe src=\"https://cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Fexample.com"
        "%2Fstory\"></iframe>"
        "<iframe src=\"https://t.me/s/valnews\"></iframe>"
        "<div class=\"sqs-video-wrapper\" data-html=\"&lt;iframe src=&quot;//www.youtube.com/"
        "embed/Ed1sd2qQscA?wmode=opaque&quot;&gt;&lt;/iframe&gt;\"></div>");
    static const char *const want[][3] = {
        {"instagram", NULL, "https://www.instagram.com/p/DH7rKp2sQmN/"},
        {"telegram", "valnews", "https://t.me/valnews/2318"},
        {"bluesky", NULL, "https://bsky.app/profile/did:plc:w4cyk7s2q6nx/post/3m2op3lthdhjz"},
        {"x", "lenav", "https://twitter.com/lenav/status/1907765020062852317"},
        {"youtube", NULL, "https://www.youtube.com/watch?v=9VLa4wFGyQp"},
        {"youtube", NULL, "https://www.youtube.com/watch?v=Ed1sd2qQscA"}};
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 6, "embed frames: six posts, no story page or channel");
    for (size_t i = 0; d && i < 6 && i < cite_doc_embed_count(d); i++) {
        const cite_embed *e = cite_doc_embed_at(d, i);
        STR_EQ(e->platform, want[i][0], "embed frame: platform");
        STR_EQ(e->handle, want[i][1], "embed frame: handle");
        STR_EQ(e->url, want[i][2], "embed frame: the post's address");
    }
    cite_doc_free(d);
}

/* Posts shown by their address alone or by a card of the site's own: consent
 * placeholders, AMP's embedly card and iframe, an oEmbed proxy frame, a
 * Discourse onebox; and what is none of them. */
static void test_link_cards(void)
{
    const char *in = PAGE(
        "<div class=\"consent-placeholder\"><p>This content is blocked. Accept cookies "
        "(<a href=\"/privacy\">privacy</a>).</p><button>Accept</button><a href=\"https://"
        "bsky.app/profile/sylvie.bsky.social/post/3lg3xq7wkts2c?ref=x\">View on bsky.app</a></div>"
        "<div class=\"consent-placeholder\"><a href=\"https://datawrapper.dwcdn.net/Qm7Kx/2/\">"
        "View chart</a></div>"
        "<amp-embedly-card data-url=\"https://twitter.com/KRCS_Lake/status/1919661834201489562\" "
        "layout=\"responsive\"></amp-embedly-card>"
        "<amp-embedly-card data-url=\"https://news.example/story/1\"></amp-embedly-card>"
        "<amp-iframe src=\"https://t.me/nyalenda_youth/1187?embed=1&amp;userpic=true\" "
        "layout=\"responsive\"></amp-iframe>"
        "<iframe class=\"media-oembed-content\" src=\"/media/oembed?url=https%3A//www.youtube.com"
        "/shorts/Dm4pW7kZr1X&amp;max_width=0&amp;hash=abc\"></iframe>"
        "<aside class=\"onebox twitterstatus\" data-onebox-src=\"https://twitter.com/CeredigionPaths/"
        "status/1720823213063421687\"><article class=\"onebox-body\"><div class=\"tweet-info\">"
        "<a class=\"tweet-name\" href=\"https://twitter.com/CeredigionPaths\">Coast Path Rangers</a>"
        "</div><div class=\"tweet\">CLOSED: the coast path at Penbryn.</div><div class=\"date\">"
        "<a class=\"timestamp\" href=\"https://twitter.com/CeredigionPaths/status/"
        "1720823213063421687\">3:20 PM - 4 Nov 2023</a></div></article></aside>"
        "<p>See <a class=\"inline-onebox\" href=\"https://twitter.com/CeredigionPaths/status/"
        "1701577262345265152\">an older post</a> too.</p>"
        "<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"https://toot.wales/@elin/"
        "111350912744820193\"><article class=\"onebox-body\"><h3><a href=\"https://toot.wales/"
        "@elin/111350912744820193\">Dr Elin Rowlands (@elin@toot.wales)</a></h3><p>Cwymp clogwyn "
        "heddiw.</p></article></aside>"
        "<div class=\"youtube-onebox lazy-video-container\" data-video-id=\"Wr5sK8nXp3L\" "
        "data-video-title=\"Cliff fall\"></div>");
    static const char *const want[][4] = {
        {"bluesky", "sylvie.bsky.social", "https://bsky.app/profile/sylvie.bsky.social/post/3lg3xq7wkts2c", NULL},
        {"x", "KRCS_Lake", "https://twitter.com/KRCS_Lake/status/1919661834201489562", NULL},
        {"telegram", "nyalenda_youth", "https://t.me/nyalenda_youth/1187", NULL},
        {"youtube", NULL, "https://www.youtube.com/watch?v=Dm4pW7kZr1X", NULL},
        {"x", "CeredigionPaths", "https://twitter.com/CeredigionPaths/status/1720823213063421687",
         "CLOSED: the coast path at Penbryn."},
        {"mastodon", "elin@toot.wales", "https://toot.wales/@elin/111350912744820193",
         "Cwymp clogwyn heddiw."},
        {"youtube", NULL, "https://www.youtube.com/watch?v=Wr5sK8nXp3L", NULL}};
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 7, "link cards: seven posts, no chart, story or inline link");
    for (size_t i = 0; d && i < 7 && i < cite_doc_embed_count(d); i++) {
        const cite_embed *e = cite_doc_embed_at(d, i);
        STR_EQ(e->platform, want[i][0], "link card: platform");
        STR_EQ(e->handle, want[i][1], "link card: handle");
        STR_EQ(e->url, want[i][2], "link card: the post's address");
        if (want[i][3])
            STR_EQ(e->text, want[i][3], "link card: the card's text");
    }
    if (d && cite_doc_embed_count(d) >= 5) {
        STR_EQ(cite_doc_embed_at(d, 4)->date, "2023-11-04", "onebox: the card's date");
        STR_EQ(cite_doc_embed_at(d, 4)->author, "Coast Path Rangers", "onebox: the name");
    }
    cite_doc_free(d);
    /* a consent box that keeps the post's own markup in <noscript>: the markup is read */
    d = parse(PAGE("<div class=\"consent-embed\"><p>Load post</p><noscript><blockquote class=\""
                   "twitter-tweet\"><p>Saft fehlt.</p>&mdash; AK (@AKBayern) <a href=\"https://"
                   "twitter.com/AKBayern/status/1933170842996428851\">12. Juni 2025</a></blockquote>"
                   "</noscript></div>"));
    const cite_embed *e = d && cite_doc_embed_count(d) == 1 ? cite_doc_embed_at(d, 0) : NULL;
    OK(e != NULL, "consent box with noscript markup: one post");
    if (e) {
        STR_EQ(e->text, "Saft fehlt.", "consent box: the post's text");
        STR_EQ(e->date, "2025-06-12", "consent box: the post's date");
    }
    cite_doc_free(d);
    /* Korean widget date; Instagram's "shared by" in Portuguese is no post text */
    d = parse(PAGE("<blockquote class=\"twitter-tweet\" data-lang=\"ko\"><p>[운행 안내] 운행 재개</p>"
                   "&mdash; Daegu Metro (@daegumetro) <a href=\"https://twitter.com/daegumetro/status/"
                   "1845000000000000001\">2024년 10월 12일</a></blockquote>"
                   "<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram"
                   ".com/p/C9xYz12AbCd/\"><a href=\"https://www.instagram.com/p/C9xYz12AbCd/\">Ver essa "
                   "foto no Instagram</a><p><a href=\"https://www.instagram.com/p/C9xYz12AbCd/\">Um post "
                   "compartilhado por Coletivo Muro (@muro.sp)</a></p></blockquote>"));
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "Korean X and Portuguese Instagram: two posts");
    if (d && cite_doc_embed_count(d) == 2) {
        STR_EQ(cite_doc_embed_at(d, 0)->date, "2024-10-12", "Korean date");
        STR_EQ(cite_doc_embed_at(d, 1)->handle, "muro.sp", "Instagram: handle from 'compartilhado por'");
        STR_EQ(cite_doc_embed_at(d, 1)->text, NULL, "Instagram: the 'shared by' line is no text");
    }
    cite_doc_free(d);
}

/* Substack draws X posts itself; a "tweet" class alone is no embed. */
static void test_substack_x(void)
{
    const char *in = PAGE(
        "<div class=\"tweet\" data-attrs=\"{&quot;url&quot;:&quot;https://x.com/QuayCouncil/"
        "status/1900000000000000077&quot;,&quot;date&quot;:&quot;2025-04-02T21:40:00.000Z&quot;}\" "
        "data-component-name=\"Twitter2ToDOM\"><a class=\"tweet-link-top\" href=\"https://x.com/"
        "QuayCouncil/status/1900000000000000077\"><div class=\"tweet-header\"><span class=\""
        "tweet-author-name\">Quay Council </span><span class=\"tweet-author-handle\">"
        "@QuayCouncil</span></div><div class=\"tweet-text\">Night buses return on Friday. "
        "Timetables at the stops.</div></a><a class=\"tweet-link-bottom\" href=\"https://x.com/"
        "QuayCouncil/status/1900000000000000077\"><div class=\"tweet-footer\"><p class=\""
        "tweet-date\">9:40 PM \xE2\x88\x99 Apr 2, 2025</p><span class=\"likes\">31 Likes</span>"
        "</div></a></div>"
        "<div class=\"tweet pullquote\"><p>We will not give up on the night buses.</p>"
        "<a href=\"https://x.com/QuayCouncil/status/1900000000000000088\">the post</a></div>"
        "<div class=\"embedded-post-wrap\" data-component-name=\"EmbeddedPostToDOM\"><a "
        "href=\"https://quaynotes.substack.com/p/night-buses\">Night buses, explained</a></div>");
    cite_doc *d = parse(in);
    const cite_embed *e = one(d, "substack: one embed, not the pull quote or post card");
    if (e) {
        STR_EQ(e->platform, "x", "substack: platform");
        STR_EQ(e->handle, "QuayCouncil", "substack: handle");
        STR_EQ(e->author, "Quay Council", "substack: author");
        STR_EQ(e->date, "2025-04-02", "substack: date");
        STR_EQ(e->url, "https://x.com/QuayCouncil/status/1900000000000000077", "substack: url");
        STR_EQ(e->text, "Night buses return on Friday. Timetables at the stops.",
               "substack: text");
        OK(starts_with(cut(in, e->span), "<div class=\"tweet\""), "substack: span");
    }
    cite_doc_free(d);
}

static void test_widget_and_dedupe(void)
{
    const char *in = PAGE(
        "<blockquote class=\"twitter-tweet\"><p>Polls close at 8pm.</p>&mdash; Elections "
        "Office (@elections) <a href=\"https://twitter.com/elections/status/333?s=20\">May 4,"
        " 2024</a></blockquote>"
        "<div class=\"twitter-tweet twitter-tweet-rendered\"><iframe id=\"twitter-widget-0\" "
        "src=\"https://platform.twitter.com/embed/Tweet.html?id=333\" data-tweet-id=\"333\">"
        "</iframe></div>"
        "<blockquote class=\"twitter-tweet\"><p>Polls close at 8pm.</p>&mdash; Elections "
        "Office (@elections) <a href=\"https://x.com/elections/status/333\">May 4, 2024</a>"
        "</blockquote>");
    cite_doc *d = parse(in);
    const cite_embed *e = one(d, "dedupe: same post three times is one embed");
    if (e) {
        STR_EQ(e->post_id, "333", "dedupe: id");
        STR_EQ(e->text, "Polls close at 8pm.", "dedupe: text");
    }
    cite_doc_free(d);
}

static void test_quoted_post(void)
{
    const char *in = PAGE(
        "<blockquote class=\"twitter-tweet\"><p>We agree with this.</p>"
        "<blockquote class=\"twitter-tweet\"><p>Original claim.</p>&mdash; Other (@other) "
        "<a href=\"https://twitter.com/other/status/555\">May 1, 2024</a></blockquote>"
        "&mdash; Outer (@outer) <a href=\"https://twitter.com/outer/status/444\">May 2, "
        "2024</a></blockquote>");
    cite_doc *d = parse(in);
    const cite_embed *e = one(d, "quoted post inside a post counts once");
    if (e) {
        STR_EQ(e->handle, "outer", "quoted: the outer post");
        STR_EQ(e->post_id, "444", "quoted: outer id");
    }
    cite_doc_free(d);
}

static void test_negatives(void)
{
    const char *in =
        "<html><head><style>.twitter-tweet{margin:0}</style>"
        "<script type=\"application/json\">{\"embed\":\"<blockquote class=twitter-tweet>"
        "\"}</script></head><body><article><p>Read our report. The minister <a href=\""
        "https://twitter.com/minister/status/999\">posted about it</a> on Friday.</p>"
        "<!-- <blockquote class=\"twitter-tweet\"><p>old</p></blockquote> -->"
        "<p>Share: <a class=\"twitter-share-button\" href=\"https://twitter.com/share\">"
        "Tweet</a> <a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Share</a>"
        "</p><iframe src=\"https://www.facebook.com/plugins/like.php?href=x\"></iframe>"
        "<iframe src=\"https://platform.twitter.com/widgets/follow_button.html\"></iframe>"
        "</article><footer><a href=\"https://twitter.com/ourpaper\">Follow us</a> "
        "<a href=\"https://www.instagram.com/ourpaper/\">Instagram</a></footer>"
        "</body></html>";
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 99, 0, "negatives: no embed");
    cite_doc_free(d);
}

static void test_metadata_and_text(void)
{
    const char *in =
        "<html><head><title>Fallback title</title>"
        "<meta property=\"og:site_name\" content=\"Harbour Times\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":"
        "[{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\",\"datePublished\":"
        "\"2024-05-06T08:00:00+02:00\"}]}</script></head><body>"
        "<nav><ul><li>Home</li><li>Sport</li></ul></nav>"
        "<div class=\"cookie-banner\"><p>We use cookies to improve this site.</p></div>"
        "<main><h1>Bridge reopens</h1><p>Caf&eacute; owners &ldquo;cheered&rdquo; as the "
        "bridge reopened&nbsp;on Monday &#8212; two weeks late.</p>"
        "<p>Traffic   was\n   light.<br>Buses ran on time.</p></main>"
        "<footer><p>Copyright Harbour Times</p></footer></body></html>";
    cite_doc *d = parse(in);
    OK(d != NULL, "meta: parsed");
    if (!d)
        return;
    const cite_source *s = cite_doc_source(d);
    STR_EQ(s->title, "Fallback title", "meta: <title>");
    STR_EQ(s->published, "2024-05-06T08:00:00+02:00", "meta: JSON-LD datePublished");
    STR_EQ(s->publisher, "Harbour Times", "meta: og:site_name");
    STR_EQ(s->format, "html", "meta: format");
    /* entity decoding: the mention-free text has no entities, so look at claims'
     * and citations' source text indirectly through the source fields above and
     * through spans of entities below */
    cite_doc_free(d);

    const char *in2 = "<html><body><p>Caf&eacute; &amp; bar @harbour_cafe said "
                      "&ldquo;#OpenAgain&rdquo; on Monday.</p></body></html>";
    d = parse(in2);
    size_t n = d ? cite_doc_entity_count(d) : 0;
    int seen = 0;
    for (size_t i = 0; i < n; i++) {
        const cite_entity *e = cite_doc_entity_at(d, i);
        if (e->type == CITE_MENTION) {
            STR_EQ(cut(in2, e->span), "@harbour_cafe", "entities after &eacute;: mention span");
            seen++;
        }
        if (e->type == CITE_HASHTAG) {
            STR_EQ(cut(in2, e->span), "#OpenAgain", "hashtag after &ldquo;: span");
            seen++;
        }
    }
    INT_EQ(seen, 2, "decoded text: mention and hashtag found");
    cite_doc_free(d);
}

static void test_charsets(void)
{
    /* Windows-1252: 0x93/0x94 quotes, 0xE9 e-acute; ISO-8859-1: 0xFC u-umlaut */
    const char in1252[] = "<html><head><meta charset=\"windows-1252\"></head><body>"
                          "<p>The caf\xE9 said \x93#Reopened\x94 today @cafe_owner.</p>"
                          "</body></html>";
    cite_doc *d = parse_opts(in1252, sizeof in1252 - 1, CITE_OPT_FORCE_HTML);
    int seen = 0;
    for (size_t i = 0; d && i < cite_doc_entity_count(d); i++) {
        const cite_entity *e = cite_doc_entity_at(d, i);
        if (e->type == CITE_HASHTAG) {
            STR_EQ(e->text, "Reopened", "1252: hashtag text");
            STR_EQ(cut(in1252, e->span), "#Reopened", "1252: hashtag span in input bytes");
            seen++;
        }
        if (e->type == CITE_MENTION) {
            STR_EQ(cut(in1252, e->span), "@cafe_owner", "1252: mention span");
            seen++;
        }
    }
    INT_EQ(seen, 2, "1252: both entities");
    cite_doc_free(d);

    const char in88591[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
                           " charset=iso-8859-1\"></head><body><p>M\xFCnchen: #Gr\xFCn "
                           "gewinnt</p></body></html>";
    d = parse_opts(in88591, sizeof in88591 - 1, CITE_OPT_FORCE_HTML);
    seen = 0;
    for (size_t i = 0; d && i < cite_doc_entity_count(d); i++) {
        const cite_entity *e = cite_doc_entity_at(d, i);
        if (e->type == CITE_HASHTAG) {
            STR_EQ(e->text, "Gr\xC3\xBCn", "8859-1: hashtag decoded to UTF-8");
            STR_EQ(cut(in88591, e->span), "#Gr\xFCn", "8859-1: span covers input bytes");
            seen++;
        }
    }
    INT_EQ(seen, 1, "8859-1: hashtag");
    cite_doc_free(d);
}

static void test_dates_handles(void)
{
    const char *in = PAGE(
        "<blockquote class=\"twitter-tweet\"><p>Bad date here.</p>&mdash; Someone "
        "(@someone) <a href=\"https://twitter.com/someone/status/777\">July 32, 2023</a>"
        "</blockquote>"
        "<blockquote class=\"twitter-tweet\"><p>Long handle.</p>&mdash; Long "
        "(@this_handle_is_far_too_long_for_x) <a href=\"https://twitter.com/i/status/888\">"
        "July 1, 2023</a></blockquote>"
        "<blockquote class=\"twitter-tweet\">&mdash; No Text (@notext) <a href=\"https://"
        "twitter.com/notext/status/999\">July 2, 2023</a></blockquote>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 3, "dates: three embeds");
    if (d && cite_doc_embed_count(d) == 3) {
        STR_EQ(cite_doc_embed_at(d, 0)->date, NULL, "malformed date -> NULL");
        OK(has_warning(d, "embed-bad-date"), "malformed date -> warning");
        STR_EQ(cite_doc_embed_at(d, 1)->handle, NULL, "over-long handle -> NULL");
        STR_EQ(cite_doc_embed_at(d, 1)->date, "2023-07-01", "long handle: date kept");
        OK(has_warning(d, "embed-bad-handle"), "over-long handle -> warning");
        STR_EQ(cite_doc_embed_at(d, 2)->text, NULL, "embed with no text");
        STR_EQ(cite_doc_embed_at(d, 2)->handle, "notext", "no text: handle");
    }
    cite_doc_free(d);
}

/* A handle longer than X allows is kept when the post's own link names it. */
static void test_long_handle_linked(void)
{
    const char *in = PAGE(
        "<figure class=\"kg-card kg-embed-card\"><blockquote class=\"twitter-tweet\"><p>Ferry "
        "timetable changes from Monday.</p>&mdash; Harbour Board (@HarbourBoardOfLeith) <a "
        "href=\"https://twitter.com/harbourboardofleith/status/4040?ref_src=twsrc\">May 2, "
        "2024</a></blockquote></figure>"
        "<blockquote class=\"twitter-tweet\"><p>Another account.</p>&mdash; Pier Trust "
        "(@PierTrustOfLeithHarbour) <a href=\"https://twitter.com/PierTrust/status/5050\">"
        "May 3, 2024</a></blockquote>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 2, "long handles: two embeds");
    if (d && cite_doc_embed_count(d) == 2) {
        STR_EQ(cite_doc_embed_at(d, 0)->handle, "HarbourBoardOfLeith", "link names it: kept");
        OK(has_warning(d, "embed-long-handle"), "kept long handle: warned");
        STR_EQ(cite_doc_embed_at(d, 1)->handle, NULL, "link names another account: dropped");
        OK(has_warning(d, "embed-bad-handle"), "dropped long handle: warned");
    }
    cite_doc_free(d);
}

/* X's embed code writes the date in the language picked (data-lang). */
static void test_localized_dates(void)
{
    const char *in = PAGE(
        "<blockquote class=\"twitter-tweet\" data-lang=\"pt\"><p>Obras na ponte.</p>&mdash; "
        "Prefeitura (@pref_lagoa) <a href=\"https://twitter.com/pref_lagoa/status/101\">9 de "
        "mar\xC3\xA7o de 2024</a></blockquote>"
        "<blockquote class=\"twitter-tweet\" data-lang=\"de\"><p>Sperrung ab heute.</p>&mdash; "
        "Stadtwerke (@sw_tal) <a href=\"https://twitter.com/sw_tal/status/102\">5. M\xC3\xA4rz "
        "2024</a></blockquote>"
        "<blockquote class=\"twitter-tweet\" data-lang=\"fr\"><p>Route ferm\xC3\xA9" "e.</p>&mdash; "
        "Mairie (@mairie_pont) <a href=\"https://twitter.com/mairie_pont/status/103\">1 "
        "d\xC3\xA9" "cembre 2023</a></blockquote>"
        "<blockquote class=\"twitter-tweet\" data-lang=\"sv\"><p>Inga t\xC3\xA5g i kv\xC3\xA4ll.</p>"
        "&mdash; Trafik (@trafik_norr) <a href=\"https://twitter.com/trafik_norr/status/104\">"
        "31 juni 2024</a></blockquote>"
        "<blockquote class=\"twitter-tweet\" data-lang=\"es\"><p>Sin fecha.</p>&mdash; Ayto "
        "(@ayto_rio) <a href=\"https://twitter.com/ayto_rio/status/105\">agosto de 2024</a>"
        "</blockquote>");
    cite_doc *d = parse(in);
    INT_EQ(d ? cite_doc_embed_count(d) : 0, 5, "l10n dates: five embeds");
    if (d && cite_doc_embed_count(d) == 5) {
        STR_EQ(cite_doc_embed_at(d, 0)->date, "2024-03-09", "Portuguese '9 de mar\xC3\xA7o de'");
        STR_EQ(cite_doc_embed_at(d, 1)->date, "2024-03-05", "German '5. M\xC3\xA4rz'");
        STR_EQ(cite_doc_embed_at(d, 2)->date, "2023-12-01", "French '1 d\xC3\xA9" "cembre'");
        STR_EQ(cite_doc_embed_at(d, 3)->date, NULL, "Swedish '31 juni' does not exist");
        OK(has_warning(d, "embed-bad-date"), "l10n: impossible day warned");
        STR_EQ(cite_doc_embed_at(d, 4)->date, NULL, "a month and year are no date");
    }
    cite_doc_free(d);
}

static void test_only_embed_and_truncated(void)
{
    const char *in = "<blockquote class=\"twitter-tweet\"><p>Only this.</p>&mdash; A (@a) "
                     "<a href=\"https://twitter.com/a/status/1\">June 1, 2024</a></blockquote>";
    cite_doc *d = parse(in);
    const cite_embed *e = one(d, "only an embed");
    if (e)
        STR_EQ(e->text, "Only this.", "only an embed: text");
    cite_doc_free(d);

    const char *tr = "<html><body><p>First paragraph is complete.</p><p>Second is cut "
                     "<b>off <a href=\"https://exa";
    d = parse(tr);
    OK(d != NULL, "truncated HTML parses");
    cite_doc_free(d);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *repeat(const char *head, const char *unit, size_t k, const char *tail)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = malloc(hl + ul * k + tl + 1);
    if (!s)
        return NULL;
    memcpy(s, head, hl);
    for (size_t i = 0; i < k; i++)
        memcpy(s + hl + i * ul, unit, ul);
    memcpy(s + hl + ul * k, tail, tl + 1);
    return s;
}

static void timed(const char *what, char *in)
{
    if (!in)
        return;
    double t0 = now();
    cite_doc *d = parse(in);
    double dt = now() - t0;
    OK(d != NULL, what);
    T_REPORT(dt < 5.0, "%s: took %.2f s", what, dt);
    cite_doc_free(d);
    free(in);
}

static void test_pathological(void)
{
    cite_doc *d;
    timed("10k unclosed <b>", repeat("<html><body><p>", "<b>x", 10000, ""));
    timed("40k unclosed <b class>", repeat("<html><body><p>", "<b class=c>x", 40000, ""));
    timed("40k unclosed <div>", repeat("<html><body>", "<div>x", 40000, ""));
    timed("40k unclosed <a>", repeat("<html><body><p>", "<a href=/x>x", 40000, ""));
    char *deep = repeat("<html><body>", "<div>", 10000, "<p>deep text</p>");
    if (deep) {
        char *full = repeat(deep, "</div>", 10000, "");
        free(deep);
        timed("10,000-deep nesting", full);
    }
    timed("5 MB inline script",
          repeat("<html><body><p>Before.</p><script>", "var s = \"<b>x\";\n", 350000,
                 "</script><p>After the script.</p></body></html>"));
    /* more posts than the limit: the first ones kept, one warning, the text
     * still read; the same post thousands of times: one embed */
    size_t n = 10050, k = 0;
    char *many = malloc(n * 160 + 64);
    if (many) {
        k = (size_t)sprintf(many, "<html><body><p>Posts #Many follow.</p>");
        for (size_t i = 0; i < n; i++)
            k += (size_t)sprintf(many + k,
                                 "<blockquote class=\"twitter-tweet\"><p>post %zu</p>&mdash; A "
                                 "(@a%zu) <a href=\"https://twitter.com/a/status/%zu\">July 1, "
                                 "2024</a></blockquote>",
                                 i, i, (size_t)1000000000000000 + i);
        d = parse(many);
        OK(d && has_warning(d, "embed-limit"), "10,050 posts: embed-limit warning");
        INT_EQ(d ? (long)cite_doc_embed_count(d) : -1, 10000, "10,050 posts: the first 10,000 kept");
        OK(d && !strcmp(cite_doc_embed_at(d, 9999)->handle, "a9999"), "kept in page order");
        cite_doc_free(d);
        k = (size_t)sprintf(many, "<html><body><p>One post, many copies.</p>");
        for (size_t i = 0; i < n; i++)
            k += (size_t)sprintf(many + k,
                                 "<blockquote class=\"twitter-tweet\"><p>same post</p>&mdash; A "
                                 "(@a) <a href=\"https://twitter.com/a/status/1000000000000000"
                                 "\">July 1, 2024</a></blockquote>");
        d = parse(many);
        INT_EQ(d ? (long)cite_doc_embed_count(d) : -1, 1, "10,050 copies of one post: one embed");
        OK(d && !has_warning(d, "embed-limit"), "copies of one post: no limit warning");
        cite_doc_free(d);
        free(many);
    }
    /* a page past the limits still gives its text, with a warning */
    char *in = repeat("<html><body><p>Hello #Deep world.</p>", "<div>", 50000, "");
    d = in ? parse(in) : NULL;
    OK(d && has_warning(d, "html-degraded"), "50k open divs: degraded with a warning");
    int tags = 0;
    for (size_t i = 0; d && i < cite_doc_entity_count(d); i++)
        tags += cite_doc_entity_at(d, i)->type == CITE_HASHTAG;
    INT_EQ(tags, 1, "degraded page: text still analysed");
    cite_doc_free(d);
    free(in);
}

/* Script and style contents are cut before parsing (src/html/cuts.h); spans
 * after them, the JSON-LD read from them, and the pages where a cut does not
 * hold (and the page is parsed whole) must come out as from the whole page. */
static void test_cut_contents(void)
{
    static const char *const pages[] = {
        "<html><head><style>p{color:red}</style><script>var a = '@fake1';</script>"
        "</head><body><p>Hi @alice</p><script async src=x.js>b('@fake2')</script></body></html>",
        "<html><body><select><style>@fake1{}</style></select><p>Hi @alice</p></body></html>",
        "<html><body><svg><script>if (a<b) x('@fake1')</script></svg><p>Hi @alice</p></body>",
        "<html><body><table><script>'@fake1'</script><tr><td>Hi @alice</td></tr></table>",
        "<html><body><script><!-- '<script>' @fake1 </script> @fake2 </script><p>Hi @alice</p>",
        "<html><body><textarea><script>'@fake1'</script></textarea><p>Hi @alice</p>",
        "<html><body><script class=c>'@fake1'</script><p>Hi @alice</p></body></html>",
        "<html><body><SCRIPT type=module>'@fake1'</SCRIPT ><p>Hi @alice</p></body></html>",
        "<html><body><frameset><script>'@fake1'</script><p>Hi @alice</p></body></html>",
    };
    for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
        cite_doc *d = parse(pages[k]);
        int alice = 0, other = 0;
        for (size_t i = 0; d && i < cite_doc_entity_count(d); i++) {
            const cite_entity *e = cite_doc_entity_at(d, i);
            if (e->type != CITE_MENTION)
                continue;
            if (!strcmp(cut(pages[k], e->span), "@alice"))
                alice++;
            else
                other++;
        }
        char what[64];
        snprintf(what, sizeof what, "cut page %zu: mention after the contents", k);
        INT_EQ(alice, 1, what);
        snprintf(what, sizeof what, "cut page %zu: nothing from the contents", k);
        INT_EQ(other, 0, what);
        cite_doc_free(d);
    }
    const char *ld = "<html><head><script type=\"application/ld+json\">\r\n{\"headline\":"
                     "\"Cut head\",\r\n\"datePublished\":\"2020-02-03\",\"publisher\":"
                     "{\"name\":\"Cut Pub\"}}\r</script></head><body><p>Text.</p></body></html>";
    cite_doc *d = parse(ld);
    const cite_source *src = d ? cite_doc_source(d) : NULL;
    STR_EQ(src ? src->title : NULL, "Cut head", "cut JSON-LD: headline");
    STR_EQ(src ? src->published : NULL, "2020-02-03", "cut JSON-LD: datePublished");
    STR_EQ(src ? src->publisher : NULL, "Cut Pub", "cut JSON-LD: publisher");
    cite_doc_free(d);
}

int main(void)
{
    test_x();
    test_instagram();
    test_bluesky();
    test_mastodon();
    test_threads_tiktok();
    test_facebook_youtube();
    test_telegram_truth();
    test_wrappers();
    test_amp_tiktok();
    test_embed_frames();
    test_link_cards();
    test_meta_references();
    test_substack_x();
    test_widget_and_dedupe();
    test_quoted_post();
    test_negatives();
    test_metadata_and_text();
    test_charsets();
    test_dates_handles();
    test_localized_dates();
    test_long_handle_linked();
    test_only_embed_and_truncated();
    test_pathological();
    test_cut_contents();
    return TEST_SUMMARY();
}
