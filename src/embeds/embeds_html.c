/*
 * embeds_html.c - embedded social posts in HTML.
 *
 * Recognises the markup each platform's "embed" button produces (X/Twitter
 * blockquote.twitter-tweet and its rendered widget, Instagram
 * blockquote.instagram-media, Bluesky blockquote.bluesky-embed, Mastodon
 * blockquote/iframe.mastodon-embed, Threads blockquote.text-post-media, TikTok
 * blockquote.tiktok-embed, Facebook div.fb-post and plugin iframes, YouTube
 * players, Telegram widget scripts, Truth Social iframes), the wrappers CMSs
 * put around it (WordPress figure.wp-block-embed, AMP amp-* elements) and the
 * posts a CMS renders itself (Substack's div.tweet).
 * Only these count: a link to a post in prose, a share or follow button, or a
 * profile link is not an embedded post.  A post quoted inside another post is
 * part of the outer one; the same post embedded twice (no-JS fallback and
 * widget, AMP and canonical markup) is one embed.
 */
#include "embeds.h"
#include "embeds_html.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_FIELD 4096      /* bytes kept of an author, URL or signature */
#define MAX_POST_TEXT 65536 /* bytes kept of a post text taken from the tree */

struct hx {
    const char *platform;
    const GumboNode *node, *text_node;
    char *author, *handle, *date, *url, *post_id;
    char *text; /* the post's words, when they are not in the page's tree */
};

struct ctx {
    cite_doc *d;
    cite_status st;
    bool full; /* CITEP_MAX_EMBEDS posts kept; the rest are ignored */
};

static char *adup(struct ctx *c, const char *s, size_t n)
{
    char *r = citep_arena_strndup(c->d->arena, s, n);
    if (!r)
        c->st = CITE_ENOMEM;
    return r;
}

static char *adups(struct ctx *c, const char *s)
{
    return s ? adup(c, s, strlen(s)) : NULL;
}

static bool starts(const char *s, const char *p)
{
    return s && strncasecmp(s, p, strlen(p)) == 0;
}

/* ---- URLs ---------------------------------------------------------------- */

struct url {
    char host[128];    /* lowercase, without www./m./mobile. */
    const char *path;  /* from the first '/' after the host */
    size_t plen;       /* up to '?' or '#' */
    const char *query; /* after '?', up to '#', or NULL */
    size_t qlen;
};

static bool url_split(const char *u, struct url *o)
{
    memset(o, 0, sizeof *o);
    if (!u)
        return false;
    while (isspace((unsigned char)*u))
        u++;
    if (starts(u, "https://"))
        u += 8;
    else if (starts(u, "http://"))
        u += 7;
    else if (starts(u, "//"))
        u += 2;
    else
        return false;
    size_t h = strcspn(u, "/?#:");
    if (h == 0 || h >= sizeof o->host)
        return false;
    for (size_t i = 0; i < h; i++)
        o->host[i] = (char)tolower((unsigned char)u[i]);
    const char *prefixes[] = {"www.", "mobile.", "m.", "web."};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t k = strlen(prefixes[i]);
        if (strncmp(o->host, prefixes[i], k) == 0 && strchr(o->host + k, '.')) {
            memmove(o->host, o->host + k, strlen(o->host + k) + 1);
            break;
        }
    }
    u += h;
    u += strcspn(u, "/?#");
    o->path = u;
    o->plen = strcspn(u, "?#");
    if (u[o->plen] == '?') {
        o->query = u + o->plen + 1;
        o->qlen = strcspn(o->query, "#");
    }
    return true;
}

static bool host_is(const struct url *u, const char *h)
{
    return strcmp(u->host, h) == 0;
}

/* The i-th non-empty path segment. */
static bool url_seg(const struct url *u, int i, const char **s, size_t *n)
{
    const char *p = u->path, *end = u->path + u->plen;
    while (p < end) {
        while (p < end && *p == '/')
            p++;
        const char *q = p;
        while (q < end && *q != '/')
            q++;
        if (q > p && i-- == 0) {
            *s = p;
            *n = (size_t)(q - p);
            return true;
        }
        p = q;
    }
    return false;
}

static bool seg_is(const struct url *u, int i, const char *w)
{
    const char *s;
    size_t n;
    return url_seg(u, i, &s, &n) && n == strlen(w) && strncasecmp(s, w, n) == 0;
}

static char *seg_dup(struct ctx *c, const struct url *u, int i)
{
    const char *s;
    size_t n;
    return url_seg(u, i, &s, &n) ? adup(c, s, n) : NULL;
}

static bool all_digits(const char *s)
{
    if (!s || !*s)
        return false;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return false;
    return true;
}

/* Value of query parameter key, percent-decoded, in the arena. */
static char *query_param(struct ctx *c, const struct url *u, const char *key)
{
    const char *q = u->query, *end = u->query ? u->query + u->qlen : NULL;
    size_t k = strlen(key);
    while (q && q < end) {
        size_t n = (size_t)(end - q);
        const char *amp = memchr(q, '&', n);
        const char *stop = amp ? amp : end;
        if ((size_t)(stop - q) > k && strncmp(q, key, k) == 0 && q[k] == '=') {
            char *r = adup(c, q + k + 1, (size_t)(stop - q - (ptrdiff_t)k - 1));
            if (!r)
                return NULL;
            char *w = r;
            for (const char *s = r; *s; s++) {
                if (*s == '%' && isxdigit((unsigned char)s[1]) &&
                    isxdigit((unsigned char)s[2])) {
                    char hex[3] = {s[1], s[2], 0};
                    *w++ = (char)strtol(hex, NULL, 16);
                    s += 2;
                } else {
                    *w++ = *s == '+' ? ' ' : *s;
                }
            }
            *w = '\0';
            return r;
        }
        q = amp ? amp + 1 : end;
    }
    return NULL;
}

/* url without query and fragment (tracking parameters such as ?ref_src=). */
static char *strip_query(struct ctx *c, const char *url)
{
    if (!url)
        return NULL;
    while (isspace((unsigned char)*url))
        url++;
    size_t n = strcspn(url, "?# \t\n");
    return adup(c, url, n);
}

/* Fill platform, handle and post id from a post URL. Returns true when the
 * URL is a post on a known platform. mastodon_ok allows the generic
 * https://instance/@user/123 form (only when markup says it is Mastodon). */
static bool from_url(struct ctx *c, const char *href, struct hx *h, bool mastodon_ok)
{
    struct url u;
    if (!url_split(href, &u))
        return false;
    if (host_is(&u, "twitter.com") || host_is(&u, "x.com")) {
        if (!seg_is(&u, 1, "status") && !seg_is(&u, 2, "status"))
            return false;
        h->platform = "x";
        int idseg = seg_is(&u, 1, "status") ? 2 : 3;
        if (!h->post_id)
            h->post_id = seg_dup(c, &u, idseg);
        if (!h->handle && idseg == 2 && !seg_is(&u, 0, "i"))
            h->handle = seg_dup(c, &u, 0);
        return h->post_id && all_digits(h->post_id);
    }
    if (host_is(&u, "instagram.com") || host_is(&u, "instagr.am")) {
        for (int i = 0; i < 2; i++)
            if (seg_is(&u, i, "p") || seg_is(&u, i, "reel") || seg_is(&u, i, "tv")) {
                h->platform = "instagram";
                if (!h->post_id)
                    h->post_id = seg_dup(c, &u, i + 1);
                return h->post_id != NULL;
            }
        return false;
    }
    if (host_is(&u, "bsky.app") && seg_is(&u, 0, "profile") && seg_is(&u, 2, "post")) {
        h->platform = "bluesky";
        if (!h->post_id)
            h->post_id = seg_dup(c, &u, 3);
        char *who = h->handle ? NULL : seg_dup(c, &u, 1);
        if (who && strncmp(who, "did:", 4) != 0) /* a handle, not a DID */
            h->handle = who;
        return true;
    }
    if ((host_is(&u, "threads.net") || host_is(&u, "threads.com")) && seg_is(&u, 1, "post")) {
        h->platform = "threads";
        if (!h->post_id)
            h->post_id = seg_dup(c, &u, 2);
        if (!h->handle) {
            char *s = seg_dup(c, &u, 0);
            h->handle = s && s[0] == '@' ? s + 1 : NULL;
        }
        return true;
    }
    if (host_is(&u, "tiktok.com") && (seg_is(&u, 0, "embed") || seg_is(&u, 0, "player"))) {
        /* the players: /embed/v2/ID, /embed/ID, /player/v1/ID */
        char *id = seg_dup(c, &u, 2);
        if (!all_digits(id))
            id = seg_dup(c, &u, 1);
        if (!all_digits(id))
            return false;
        h->platform = "tiktok";
        if (!h->post_id)
            h->post_id = id;
        return true;
    }
    if (host_is(&u, "tiktok.com") && seg_is(&u, 1, "video")) {
        h->platform = "tiktok";
        if (!h->post_id)
            h->post_id = seg_dup(c, &u, 2);
        if (!h->handle) {
            char *s = seg_dup(c, &u, 0);
            h->handle = s && s[0] == '@' ? s + 1 : NULL;
        }
        return true;
    }
    if (host_is(&u, "facebook.com") || host_is(&u, "fb.com") || host_is(&u, "fb.watch")) {
        if (seg_is(&u, 0, "plugins") || seg_is(&u, 0, "sharer") ||
            seg_is(&u, 0, "sharer.php") || seg_is(&u, 0, "dialog"))
            return false;
        h->platform = "facebook";
        for (int i = 0; i < 4 && !h->post_id; i++)
            if (seg_is(&u, i, "posts") || seg_is(&u, i, "videos") || seg_is(&u, i, "reel") ||
                seg_is(&u, i, "permalink"))
                h->post_id = seg_dup(c, &u, i + 1);
        if (!h->post_id)
            h->post_id = query_param(c, &u, "story_fbid");
        if (!h->post_id)
            h->post_id = query_param(c, &u, "fbid");
        /* facebook.com/<page>/posts/<id>: the page's user name is its handle */
        if (!h->handle && h->post_id &&
            (seg_is(&u, 1, "posts") || seg_is(&u, 1, "videos") || seg_is(&u, 1, "photos")) &&
            !seg_is(&u, 0, "groups") && !seg_is(&u, 0, "pages") && !seg_is(&u, 0, "watch") &&
            !seg_is(&u, 0, "events") && !seg_is(&u, 0, "people"))
            h->handle = seg_dup(c, &u, 0);
        return h->post_id != NULL;
    }
    if (host_is(&u, "youtube.com") || host_is(&u, "youtube-nocookie.com") ||
        host_is(&u, "youtu.be")) {
        h->platform = "youtube";
        if (host_is(&u, "youtu.be"))
            h->post_id = seg_dup(c, &u, 0);
        else if (seg_is(&u, 0, "embed") || seg_is(&u, 0, "shorts") || seg_is(&u, 0, "live") ||
                 seg_is(&u, 0, "v")) /* "/v/ID": the old Flash player */
            h->post_id = seg_dup(c, &u, 1);
        else if (seg_is(&u, 0, "watch"))
            h->post_id = query_param(c, &u, "v");
        return h->post_id != NULL && strcmp(h->post_id, "videoseries") != 0;
    }
    if (host_is(&u, "t.me") || host_is(&u, "telegram.me")) {
        char *ch = seg_dup(c, &u, 0), *id = seg_dup(c, &u, 1);
        if (!ch || !all_digits(id))
            return false;
        h->platform = "telegram";
        h->handle = h->handle ? h->handle : ch;
        h->post_id = h->post_id ? h->post_id : id;
        return true;
    }
    bool truth = host_is(&u, "truthsocial.com");
    if (truth || mastodon_ok) {
        char *user = seg_dup(c, &u, 0);
        char *id = seg_dup(c, &u, 1);
        if (id && strcmp(id, "posts") == 0)
            id = seg_dup(c, &u, 2);
        if (!user || user[0] != '@' || !all_digits(id))
            return false;
        h->platform = truth ? "truthsocial" : "mastodon";
        h->post_id = h->post_id ? h->post_id : id;
        if (!h->handle)
            h->handle = truth ? user + 1 : citep_arena_printf(c->d->arena, "%s@%s",
                                                               user + 1, u.host);
        return true;
    }
    return false;
}

/* ---- dates ---------------------------------------------------------------- */

static const char *const months[12] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};

/* Month names as post widgets write dates in their users' locales: the full
 * name (in the genitive where the language declines it after a day: "5 lutego",
 * "12 июля", "29 Ιουλίου") and the short forms widgets print ("5 ago 2024",
 * "3 févr. 2025"), in Spanish, Portuguese, German, French, Italian, Dutch,
 * Swedish, Indonesian, Catalan, Polish, Czech, Finnish, Turkish, Romanian,
 * Greek, Russian, Ukrainian, Welsh, Irish, Hungarian, Hindi and Arabic. Short forms collide
 * with words ("mar", "set", "out"), so a name counts only between a day and a
 * year. Case is ignored for ASCII letters only: Greek as written (capitalised),
 * Cyrillic in lower case, as dates write them. */
static const char *const months_l10n[] = {
    "enero|janeiro|januar|janvier|gennaio|januari|gener|stycznia|ledna|tammikuuta|ocak|"
    "ianuarie|"
    "\xCE\x99\xCE\xB1\xCE\xBD\xCE\xBF\xCF\x85\xCE\xB1\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F|"
    "\xD1\x81\xD1\x96\xD1\x87\xD0\xBD\xD1\x8F|ionawr|ean\xC3\xA1ir|janu\xC3\xA1r|ene|jan|"
    "janv|gen|\xCE\x99\xCE\xB1\xCE\xBD|\xD1\x8F\xD0\xBD\xD0\xB2|"
    "\xE0\xA4\x9C\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80|"
    "\xE0\xA4\x9C\xE0\xA4\xA8\xE0\xA5\xB0|tammik|"
    "\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1|",
    "febrero|fevereiro|februar|f\xC3\xA9vrier|febbraio|februari|febrer|lutego|\xC3\xBAnora|"
    "helmikuuta|\xC5\x9Fubat|februarie|"
    "\xCE\xA6\xCE\xB5\xCE\xB2\xCF\x81\xCE\xBF\xCF\x85\xCE\xB1\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F|"
    "\xD0\xBB\xD1\x8E\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE|chwefror|feabhra|febru\xC3\xA1r|feb|"
    "fev|f\xC3\xA9vr|\xCE\xA6\xCE\xB5\xCE\xB2|\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80|"
    "\xD1\x84\xD0\xB5\xD0\xB2|"
    "\xE0\xA4\xAB\xE0\xA4\xBC\xE0\xA4\xB0\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80|"
    "\xE0\xA4\xAB\xE0\xA4\xBC\xE0\xA4\xB0\xE0\xA5\xB0|"
    "\xE0\xA4\xAB\xE0\xA4\xB0\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80|helmik|"
    "\xD9\x81\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x8A\xD8\xB1|",
    "marzo|mar\xC3\xA7o|m\xC3\xA4rz|mars|maart|maret|mar\xC3\xA7|marca|b\xC5\x99" "ezna|"
    "maaliskuuta|mart|martie|\xCE\x9C\xCE\xB1\xCF\x81\xCF\x84\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0|"
    "\xD0\xB1\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBD\xD1\x8F|mawrth|m\xC3\xA1rta|"
    "m\xC3\xA1rcius|mar|mrt|\xCE\x9C\xCE\xB1\xCF\x81|"
    "\xE0\xA4\xAE\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\x9A|maalisk|"
    "\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3|",
    "abril|avril|aprile|kwietnia|dubna|huhtikuuta|nisan|aprilie|"
    "\xCE\x91\xCF\x80\xCF\x81\xCE\xB9\xCE\xBB\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F|"
    "\xD0\xBA\xD0\xB2\xD1\x96\xD1\x82\xD0\xBD\xD1\x8F|ebrill|aibre\xC3\xA1n|\xC3\xA1prilis|"
    "abr|avr|apr|\xCE\x91\xCF\x80\xCF\x81|"
    "\xE0\xA4\x85\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x88\xE0\xA4\xB2|huhtik|"
    "\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84|\xD8\xA7\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84|",
    "mayo|maio|mai|maggio|mei|maj|maig|maja|kv\xC4\x9Btna|toukokuuta|may\xC4\xB1s|"
    "\xCE\x9C\xCE\xB1\xCE\x90\xCE\xBF\xCF\x85|\xD0\xBC\xD0\xB0\xD1\x8F|"
    "\xD1\x82\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBD\xD1\x8F|bealtaine|m\xC3\xA1jus|may|mag|"
    "\xCE\x9C\xCE\xB1\xCE\x90|\xCE\x9C\xCE\xB1\xCE\x90\xCE\xBF\xCF\x85|"
    "\xE0\xA4\xAE\xE0\xA4\x88|toukok|"
    "\xD9\x85\xD8\xA7\xD9\x8A\xD9\x88|",
    "junio|junho|juni|juin|giugno|juny|czerwca|\xC4\x8D" "ervna|kes\xC3\xA4kuuta|haziran|iunie|"
    "\xCE\x99\xCE\xBF\xCF\x85\xCE\xBD\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F|\xD1\x87\xD0\xB5\xD1\x80\xD0\xB2\xD0\xBD\xD1\x8F|"
    "mehefin|meitheamh|j\xC3\xBAnius|jun|giu|\xCE\x99\xCE\xBF\xCF\x85\xCE\xBD|"
    "\xD0\xB8\xD1\x8E\xD0\xBD|\xE0\xA4\x9C\xE0\xA5\x82\xE0\xA4\xA8|kes\xC3\xA4k|"
    "\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88|",
    "julio|julho|juli|juillet|luglio|juliol|lipca|\xC4\x8D" "ervence|hein\xC3\xA4kuuta|temmuz|"
    "iulie|\xCE\x99\xCE\xBF\xCF\x85\xCE\xBB\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F|\xD0\xBB\xD0\xB8\xD0\xBF\xD0\xBD\xD1\x8F|gorffennaf|"
    "i\xC3\xBAil|j\xC3\xBAlius|jul|juil|lug|\xCE\x99\xCE\xBF\xCF\x85\xCE\xBB|"
    "\xD0\xB8\xD1\x8E\xD0\xBB|\xE0\xA4\x9C\xE0\xA5\x81\xE0\xA4\xB2\xE0\xA4\xBE\xE0\xA4\x88|"
    "\xE0\xA4\x9C\xE0\xA5\x81\xE0\xA4\xB2\xE0\xA5\xB0|hein\xC3\xA4k|"
    "\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88|",
    "agosto|ao\xC3\xBBt|augustus|agustus|augusti|agost|sierpnia|srpna|elokuuta|"
    "a\xC4\x9Fustos|\xCE\x91\xCF\x85\xCE\xB3\xCE\xBF\xCF\x8D\xCF\x83\xCF\x84\xCE\xBF\xCF\x85|"
    "\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0|"
    "\xD1\x81\xD0\xB5\xD1\x80\xD0\xBF\xD0\xBD\xD1\x8F|awst|l\xC3\xBAnasa|augusztus|ago|aug|"
    "\xCE\x91\xCF\x85\xCE\xB3|\xD0\xB0\xD0\xB2\xD0\xB3|"
    "\xE0\xA4\x85\xE0\xA4\x97\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4|"
    "\xE0\xA4\x85\xE0\xA4\x97\xE0\xA5\xB0|elok|"
    "\xD8\xA3\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3|\xD8\xA7\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3|",
    "septiembre|setembro|septembre|settembre|setembre|wrze\xC5\x9Bnia|"
    "z\xC3\xA1\xC5\x99\xC3\xAD|syyskuuta|eyl\xC3\xBCl|septembrie|"
    "\xCE\xA3\xCE\xB5\xCF\x80\xCF\x84\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F|"
    "\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB5\xD1\x81\xD0\xBD\xD1\x8F|medi|szeptember|sept|set|sep|"
    "\xCE\xA3\xCE\xB5\xCF\x80|\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82|"
    "\xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xAE\xE0\xA5\x8D\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA5\xB0|syysk|"
    "\xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1|",
    "octubre|outubro|oktober|octobre|ottobre|pa\xC5\xBA" "dziernika|\xC5\x99\xC3\xADjna|"
    "lokakuuta|ekim|octombrie|"
    "\xCE\x9F\xCE\xBA\xCF\x84\xCF\x89\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F|"
    "\xD0\xB6\xD0\xBE\xD0\xB2\xD1\x82\xD0\xBD\xD1\x8F|hydref|okt\xC3\xB3" "ber|oct|out|okt|ott|"
    "\xCE\x9F\xCE\xBA\xCF\x84|\xD0\xBE\xD0\xBA\xD1\x82|"
    "\xE0\xA4\x85\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x82\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\x85\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\x9F\xE0\xA5\x82\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\x85\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x82\xE0\xA5\xB0|lokak|"
    "\xD8\xA3\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1|\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1|",
    "noviembre|novembro|novembre|listopada|listopadu|marraskuuta|kas\xC4\xB1m|noiembrie|"
    "\xCE\x9D\xCE\xBF\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F|"
    "\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD0\xBF\xD0\xB0\xD0\xB4\xD0\xB0|tachwedd|"
    "samhain|november|nov|\xCE\x9D\xCE\xBF\xCE\xB5|\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1|"
    "\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA4\xAE\xE0\xA5\x8D\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA5\xB0|marrask|"
    "\xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1|",
    "diciembre|dezembro|dezember|d\xC3\xA9" "cembre|dicembre|desember|desembre|grudnia|prosince|"
    "joulukuuta|aral\xC4\xB1k|decembrie|"
    "\xCE\x94\xCE\xB5\xCE\xBA\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85|"
    "\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F|"
    "\xD0\xB3\xD1\x80\xD1\x83\xD0\xB4\xD0\xBD\xD1\x8F|rhagfyr|nollaig|december|dic|dez|"
    "d\xC3\xA9" "c|dec|\xCE\x94\xCE\xB5\xCE\xBA|\xD0\xB4\xD0\xB5\xD0\xBA|"
    "\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB8\xE0\xA4\xAE\xE0\xA5\x8D\xE0\xA4\xAC\xE0\xA4\xB0|"
    "\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB8\xE0\xA5\xB0|jouluk|"
    "\xD8\xAF\xD9\x8A\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1|"};

static int month_of(const char *w, size_t n)
{
    for (int m = 0; m < 12; m++) {
        size_t k = strlen(months[m]);
        if ((n == k || n == 3 || (m == 8 && n == 4)) && n <= k &&
            strncasecmp(w, months[m], n) == 0)
            return m + 1;
    }
    return 0;
}

int citep_emb_month_l10n(const char *w, size_t n)
{
    for (int m = 0; m < 12; m++)
        for (const char *p = months_l10n[m]; *p; p += strcspn(p, "|") + 1)
            if (strcspn(p, "|") == n && strncasecmp(w, p, n) == 0)
                return m + 1;
    return 0;
}

static bool valid_ymd(long y, long m, long dd)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || dd < 1 || dd > mdays[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && dd == 29 && !leap);
}

static int put_date(long y, long m, long dd, char out[11])
{
    if (!valid_ymd(y, m, dd))
        return -1;
    snprintf(out, 11, "%04d-%02d-%02d", (int)y, (int)m & 15, (int)dd & 31);
    return 1;
}

/* Number of 1..4 digits at s, or -1. */
static long num_at(const char *s, size_t *len)
{
    size_t n = 0;
    long v = 0;
    while (n < 5 && isdigit((unsigned char)s[n]))
        v = v * 10 + (s[n++] - '0');
    *len = n;
    return n && n <= 4 && !isdigit((unsigned char)s[n]) ? v : -1;
}

/* A letter of a word: ASCII or any byte of a UTF-8 sequence ("März"). */
static bool word_byte(char ch)
{
    return isalpha((unsigned char)ch) || (unsigned char)ch >= 0x80;
}

/* After a month name: "[,] [de|del] YYYY" ("3 de agosto de 2025"). */
static long year_after(const char *r)
{
    size_t l;
    while (*r == ' ' || *r == ',')
        r++;
    if (!strncasecmp(r, "de ", 3) || !strncasecmp(r, "del ", 4))
        r += r[2] == ' ' ? 3 : 4;
    long y = num_at(r, &l);
    return l == 4 ? y : -1;
}

/* Before a month name at w: "17 ", "12. " (German), "3 de " (Spanish,
 * Portuguese); the day, or -1. */
static long day_before(const char *s, const char *w)
{
    const char *q = w;
    if (q - s >= 4 && !strncasecmp(q - 4, " de ", 4))
        q -= 3;
    if (q == s || q[-1] != ' ')
        return -1;
    q--;
    if (q > s && q[-1] == '.')
        q--;
    const char *e = q;
    while (q > s && isdigit((unsigned char)q[-1]))
        q--;
    size_t l;
    long dd = q < e && (q == s || !isalnum((unsigned char)q[-1])) ? num_at(q, &l) : -1;
    return dd >= 0 && q + l == e ? dd : -1;
}

/* A date around the month name w[0..n): "July 17, 2023", "17 July 2023", and
 * the day-first forms of other languages. 1, -1 as below, or 0. */
static int date_at(const char *s, const char *w, size_t n, char out[11])
{
    int m = month_of(w, n);
    bool l10n = !m && (m = citep_emb_month_l10n(w, n)) != 0;
    if (!m)
        return 0;
    const char *after = w + n + (w[n] == '.');
    size_t l;
    if (!l10n && *after == ' ' && isdigit((unsigned char)after[1])) {
        long dd = num_at(after + 1, &l); /* "July 17, 2023" */
        long y = dd >= 0 ? year_after(after + 1 + l) : -1;
        if (y >= 0)
            return put_date(y, m, dd, out);
    }
    long dd = day_before(s, w), y = dd >= 0 ? year_after(after) : -1;
    return y >= 0 ? put_date(y, m, dd, out) : 0;
}

/* "2024년 10월 12일", "2024年10月12日" (Korean, Japanese and Chinese widgets)
 * anywhere in s: 1 with out set, -1 for an impossible date, 0 if none. */
static int cjk_date(const char *s, char out[11])
{
    static const char *const Y[] = {"\xEB\x85\x84", "\xE5\xB9\xB4"}; /* 년 年 */
    static const char *const M[] = {"\xEC\x9B\x94", "\xE6\x9C\x88"}; /* 월 月 */
    static const char *const D[] = {"\xEC\x9D\xBC", "\xE6\x97\xA5"}; /* 일 日 */
    for (const char *p = s; *p; p++) {
        size_t l;
        long y, m, dd;
        if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1])) ||
            (y = num_at(p, &l)) < 0 || l != 4)
            continue;
        for (int k = 0; k < 2; k++) {
            const char *q = p + 4;
            if (strncmp(q, Y[k], 3) != 0)
                continue;
            q += 3 + (q[3] == ' ');
            if ((m = num_at(q, &l)) < 0 || l > 2 || strncmp(q + l, M[k], 3) != 0)
                continue;
            q += l + 3 + (q[l + 3] == ' ');
            if ((dd = num_at(q, &l)) < 0 || l > 2 || strncmp(q + l, D[k], 3) != 0)
                continue;
            return put_date(y, m, dd, out);
        }
    }
    return 0;
}

int citep_embed_parse_date(const char *s, char out[11])
{
    if (!s)
        return 0;
    int cjk = cjk_date(s, out);
    if (cjk)
        return cjk;
    const char *p = s;
    while (isspace((unsigned char)*p))
        p++;
    if (isdigit((unsigned char)p[0]) && strlen(p) >= 10 && p[4] == '-' && p[7] == '-') {
        size_t l;
        long y = num_at(p, &l), m = num_at(p + 5, &l), dd = num_at(p + 8, &l);
        return put_date(y, m, dd, out);
    }
    for (const char *w = s; *w;) {
        if (!word_byte(*w)) {
            w++;
            continue;
        }
        size_t n = 0;
        while (word_byte(w[n]))
            n++;
        int r = date_at(s, w, n, out);
        if (r)
            return r;
        w += n;
    }
    return 0;
}

/* ---- handles -------------------------------------------------------------- */

/* Longest handle each platform allows, and its characters. */
static bool handle_ok(const char *platform, const char *h, size_t *maxp)
{
    size_t max = 30;
    const char *extra = "_";
    if (!strcmp(platform, "x"))
        max = 15;
    else if (!strcmp(platform, "instagram") || !strcmp(platform, "threads"))
        extra = "._";
    else if (!strcmp(platform, "tiktok"))
        max = 24, extra = "._";
    else if (!strcmp(platform, "bluesky"))
        max = 253, extra = ".-:";
    else if (!strcmp(platform, "telegram"))
        max = 32;
    else if (!strcmp(platform, "facebook"))
        max = 50, extra = ".-";
    else if (!strcmp(platform, "mastodon"))
        max = 30 + 1 + 253, extra = "_@.-";
    *maxp = max;
    size_t n = strlen(h);
    if (n == 0 || n > max)
        return false;
    for (const char *p = h; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr(extra, *p))
            return false;
    return true;
}

/* An X handle too long for X that the post's own status link names: the
 * post is the account's whatever its length (older accounts, or a slip the
 * link confirms), as embeds_text.c keeps it. */
static bool long_handle_linked(const struct hx *h)
{
    struct url u;
    size_t n = strlen(h->handle), sl;
    const char *seg;
    if (strcmp(h->platform, "x") != 0 || n > 30 || !h->url || !url_split(h->url, &u) ||
        !(host_is(&u, "twitter.com") || host_is(&u, "x.com")) || !seg_is(&u, 1, "status") ||
        !url_seg(&u, 0, &seg, &sl) || sl != n || strncasecmp(seg, h->handle, n) != 0)
        return false;
    for (const char *p = h->handle; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_')
            return false;
    return true;
}

static cite_status check_handle(struct ctx *c, struct hx *h)
{
    if (!h->handle)
        return CITE_OK;
    if (h->handle[0] == '@')
        h->handle++;
    size_t max;
    if (handle_ok(h->platform, h->handle, &max))
        return CITE_OK;
    if (long_handle_linked(h))
        return citep_warn(c->d, "embed-long-handle", citep_text_to_input(
                              &c->d->utf8, citep_dom_start(h->node)),
                          "x embed: handle \"%s\" is longer than X allows, kept: the "
                          "post's link names it", h->handle);
    cite_status st = citep_warn(c->d, "embed-bad-handle", citep_text_to_input(
                                    &c->d->utf8, citep_dom_start(h->node)),
                                "%s embed: handle \"%.40s%s\" is not a valid handle "
                                "(at most %zu characters); dropped",
                                h->platform, h->handle, strlen(h->handle) > 40 ? "..." : "",
                                max);
    h->handle = NULL;
    return st;
}

/* ---- signatures ---------------------------------------------------------- */

static char *trim_dup(struct ctx *c, const char *s, size_t n)
{
    /* Strip spaces and the dash that opens a signature ("— Name"). */
    for (;;) {
        while (n && (*s == ' ' || *s == '-'))
            s++, n--;
        if (n >= 3 && (!strncmp(s, "\xE2\x80\x94", 3) || !strncmp(s, "\xE2\x80\x93", 3)))
            s += 3, n -= 3;
        else
            break;
    }
    while (n && s[n - 1] == ' ')
        n--;
    return n ? adup(c, s, n) : NULL;
}

/* "— Name (@handle) July 17, 2023", "A post shared by Name (@handle)",
 * "Post by @user@instance", "Posted by Name on Thursday, ...". */
static void parse_signature(struct ctx *c, const char *sig, struct hx *h)
{
    /* the last one: a quoted post's signature comes before the outer one's */
    const char *open = NULL;
    for (const char *p = strstr(sig, "(@"); p; p = strstr(p + 2, "(@"))
        open = p;
    if (open) {
        const char *close = strchr(open, ')');
        const char *from = sig;
        const char *shared = citep_dom_strcasestr(sig, "shared by ");
        size_t pre = citep_emb_shared_by(sig, (size_t)(open - sig));
        if (pre)
            from = sig + pre;
        else if (shared && shared < open)
            from = shared + 10;
        if (!h->author)
            h->author = trim_dup(c, from, (size_t)(open - from));
        if (close && !h->handle)
            h->handle = adup(c, open + 2, (size_t)(close - open - 2));
        return;
    }
    const char *by = citep_dom_strcasestr(sig, "post by @");
    if (by && !h->handle) {
        by += 9;
        h->handle = adup(c, by, strcspn(by, " \t)"));
        return;
    }
    by = citep_dom_strcasestr(sig, "posted by ");
    if (by && !h->author) {
        by += 10;
        const char *on = strstr(by, " on ");
        h->author = trim_dup(c, by, on ? (size_t)(on - by) : strlen(by));
    }
}

static bool boilerplate(const char *t)
{
    static const char *const bp[] = {"a post shared by", "post by @", "view this post on",
                                     "view on ",         "posted by ",  "watch on ",
                                     "see more on ",     "a video posted by"};
    for (size_t i = 0; i < sizeof bp / sizeof *bp; i++)
        if (starts(t, bp[i]))
            return true;
    return !*t || citep_emb_shared_by(t, strlen(t)) != 0 ||
           (citep_emb_shared_after(t, strlen(t)) != 0 && strstr(t, "(@"));
}

static char *node_text(struct ctx *c, const GumboNode *n, const GumboNode *skip, size_t max)
{
    struct citep_buf b;
    citep_buf_init(&b, 0);
    if (citep_dom_text(n, skip, &b, max) != CITE_OK) {
        c->st = CITE_ENOMEM;
        return NULL;
    }
    char *r = adup(c, b.data ? b.data : "", b.len);
    citep_buf_free(&b);
    return r;
}

/* The <p> that holds the post's words: the first one that is not the
 * embed's own boilerplate ("A post shared by", "View on Threads"). */
static const GumboNode *find_text_p(struct ctx *c, const GumboNode *n)
{
    for (const GumboNode *k = n; k; k = citep_dom_next(k, n, true)) {
        if (!citep_dom_tag(k, GUMBO_TAG_P))
            continue;
        char *t = node_text(c, k, NULL, 320); /* a name-first "shared by" line ends it */
        if (t && !boilerplate(t))
            return k;
    }
    return NULL;
}

static const GumboNode *last_link(const GumboNode *n, const char *must)
{
    const GumboNode *r = NULL;
    for (const GumboNode *k = n; k; k = citep_dom_next(k, n, true)) {
        const char *href = citep_dom_attr(k, "href");
        if (citep_dom_tag(k, GUMBO_TAG_A) && href && (!must || strstr(href, must)))
            r = k;
    }
    return r;
}

static const GumboNode *find_tag(const GumboNode *n, const char *tag)
{
    for (const GumboNode *k = n; k; k = citep_dom_next(k, n, true))
        if (citep_dom_tag_is(k, tag))
            return k;
    return NULL;
}

/* Date from <time datetime>, the date link's words, or the signature. */
static cite_status find_date(struct ctx *c, struct hx *h, const GumboNode *link,
                             const char *sig)
{
    char out[11];
    const GumboNode *t = find_tag(h->node, "time");
    const char *cands[3] = {t ? citep_dom_attr(t, "datetime") : NULL, NULL, sig};
    char *lt = link ? node_text(c, link, NULL, 200) : NULL;
    cands[1] = lt;
    for (int i = 0; i < 3; i++) {
        int r = citep_embed_parse_date(cands[i], out);
        if (r == 1) {
            h->date = adups(c, out);
            return CITE_OK;
        }
        if (r < 0)
            return citep_warn(c->d, "embed-bad-date",
                              citep_text_to_input(&c->d->utf8, citep_dom_start(h->node)),
                              "%s embed: \"%.60s\" is not a valid date; date left empty",
                              h->platform, cands[i]);
    }
    return CITE_OK;
}

/* ---- the platforms -------------------------------------------------------- */

/* A blockquote with the post text in a <p> and a signature after it. */
static cite_status from_blockquote(struct ctx *c, struct hx *h, const char *link_must)
{
    h->text_node = find_text_p(c, h->node);
    char *sig = node_text(c, h->node, h->text_node, MAX_FIELD);
    /* a name-first "shared by" line ("Name(@handle)がシェアした投稿") is the
     * signature by itself: the widget's other lines are not the name */
    for (const GumboNode *k = h->node; sig && k; k = citep_dom_next(k, h->node, true)) {
        char *t = citep_dom_tag(k, GUMBO_TAG_P) ? node_text(c, k, NULL, MAX_FIELD) : NULL;
        if (t && strstr(t, "(@") && citep_emb_shared_after(t, strlen(t))) {
            sig = t;
            break;
        }
    }
    if (sig)
        parse_signature(c, sig, h);
    const GumboNode *link = last_link(h->node, link_must);
    if (link && !h->url)
        h->url = strip_query(c, citep_dom_attr(link, "href"));
    if (h->url)
        from_url(c, h->url, h, !strcmp(h->platform, "mastodon"));
    return find_date(c, h, link, sig);
}

/* Where a lazy loader or a consent manager keeps a frame's address until it
 * loads it (lazysizes, WP Rocket, LiteSpeed, Cookiebot, Complianz, iubenda,
 * Ezoic, ...), and where a facade (a thumbnail standing for the player) keeps
 * the player's. */
static const char *const lazy_attrs[] = {
    "data-src",           "data-lazy-src",  "data-litespeed-src", "data-cookieblock-src",
    "data-src-cmplz",     "data-suppressedsrc", "data-ezsrc",     "data-rocket-src",
    "data-deferred-src",  "data-consent-src", "data-cmp-src",     "data-embed-src",
    "data-iframe-src",    "data-lazy",      "data-original"};

static const char *lazy_src(const GumboNode *n)
{
    const char *v[sizeof lazy_attrs / sizeof *lazy_attrs];
    citep_dom_attrs(n, lazy_attrs, sizeof lazy_attrs / sizeof *lazy_attrs, v);
    for (size_t k = 0; k < sizeof v / sizeof *v; k++)
        if (v[k] && (starts(v[k], "http") || starts(v[k], "//")))
            return v[k];
    return NULL;
}

static const char *src_of(const GumboNode *n)
{
    /* a lazy-loaded frame keeps a placeholder ("about:blank") in src */
    const char *s = citep_dom_attr(n, "src");
    if (!s && citep_dom_tag(n, GUMBO_TAG_OBJECT))
        s = citep_dom_attr(n, "data");
    if (s && (starts(s, "http") || starts(s, "//") || (s[0] == '/' && s[1] != '/')))
        return s;
    const char *lazy = lazy_src(n);
    return lazy ? lazy : s;
}

static cite_status rx_x(struct ctx *c, struct hx *h)
{
    h->platform = "x";
    const char *id = citep_dom_attr(h->node, "data-tweet-id");
    if (!id)
        id = citep_dom_attr(h->node, "data-tweetid");
    if (all_digits(id))
        h->post_id = adups(c, id);
    cite_status st = CITE_OK;
    if (!citep_dom_tag(h->node, GUMBO_TAG_BLOCKQUOTE)) { /* a frame, a component's box */
        struct url u;
        if (!h->post_id && url_split(src_of(h->node), &u))
            h->post_id = query_param(c, &u, "id");
        const GumboNode *link = last_link(h->node, "/status/");
        if (link)
            from_url(c, citep_dom_attr(link, "href"), h, false);
    } else {
        st = from_blockquote(c, h, "/status/");
    }
    return st;
}

/* A post's address without the player's "/embed..." tail: Instagram's frame
 * loads "/p/ID/embed/captioned/" for the post "/p/ID/". */
static char *cut_embed(char *u)
{
    char *e = u ? strstr(u, "/embed") : NULL;
    if (e)
        e[1] = '\0';
    return u;
}

static cite_status rx_instagram(struct ctx *c, struct hx *h)
{
    h->platform = "instagram";
    const char *pl = citep_dom_attr(h->node, "data-instgrm-permalink");
    const char *sc = citep_dom_attr(h->node, "data-shortcode");
    if (pl)
        h->url = strip_query(c, pl);
    else if (sc)
        h->url = citep_arena_printf(c->d->arena, "https://www.instagram.com/p/%s/", sc);
    else if (citep_dom_tag(h->node, GUMBO_TAG_IFRAME))
        h->url = cut_embed(strip_query(c, src_of(h->node)));
    if (citep_dom_tag(h->node, GUMBO_TAG_BLOCKQUOTE))
        return from_blockquote(c, h, "instagram.com");
    if (h->url)
        from_url(c, h->url, h, false);
    return CITE_OK;
}

static cite_status rx_bluesky(struct ctx *c, struct hx *h)
{
    h->platform = "bluesky";
    const char *uri = citep_dom_attr(h->node, "data-bluesky-uri");
    const char *slash = uri ? strrchr(uri, '/') : NULL;
    if (slash && slash[1])
        h->post_id = adups(c, slash + 1);
    return from_blockquote(c, h, "/post/");
}

static cite_status rx_mastodon(struct ctx *c, struct hx *h)
{
    h->platform = "mastodon";
    const char *u = citep_dom_attr(h->node, "data-embed-url");
    if (!u)
        u = src_of(h->node);
    if (u) {
        size_t n = strcspn(u, "?#");
        if (n > 6 && !strncmp(u + n - 6, "/embed", 6))
            n -= 6;
        h->url = adup(c, u, n);
    }
    /* the URL names user and instance exactly; the visible text may not */
    if (h->url)
        from_url(c, h->url, h, true);
    if (citep_dom_tag(h->node, GUMBO_TAG_IFRAME))
        return CITE_OK;
    return from_blockquote(c, h, NULL);
}

static cite_status rx_threads(struct ctx *c, struct hx *h)
{
    h->platform = "threads";
    h->url = strip_query(c, citep_dom_attr(h->node, "data-text-post-permalink"));
    return from_blockquote(c, h, "/post/");
}

static cite_status rx_tiktok(struct ctx *c, struct hx *h)
{
    h->platform = "tiktok";
    h->url = strip_query(c, citep_dom_attr(h->node, "cite"));
    const char *vid = citep_dom_attr(h->node, "data-video-id");
    if (all_digits(vid))
        h->post_id = adups(c, vid);
    for (const GumboNode *k = h->node; k; k = citep_dom_next(k, h->node, true)) {
        const char *title = citep_dom_attr(k, "title");
        if (citep_dom_tag(k, GUMBO_TAG_A) && title && title[0] == '@' && !h->handle) {
            h->handle = adups(c, title + 1);
            break;
        }
    }
    cite_status st = from_blockquote(c, h, "/video/");
    /* the caption sits in a <section> with the author link and sound line */
    if (!h->text_node)
        h->text_node = find_tag(h->node, "section");
    return st;
}

/* The first element under n with class cls. */
static const GumboNode *find_class(const GumboNode *n, const char *cls)
{
    for (const GumboNode *k = n; k; k = citep_dom_next(k, n, true))
        if (citep_dom_is_elem(k) && citep_dom_has_class(k, cls))
            return k;
    return NULL;
}

/* Substack renders an X post itself (div.tweet, Twitter2ToDOM): name, handle,
 * text and "3:12 AM \xE2\x88\x99 Mar 5, 2025" under links to the post; data-attrs
 * keeps the same as JSON. */
static cite_status rx_substack_x(struct ctx *c, struct hx *h)
{
    h->platform = "x";
    const GumboNode *link = last_link(h->node, "/status/");
    if (link)
        h->url = strip_query(c, citep_dom_attr(link, "href"));
    if (h->url && (!from_url(c, h->url, h, false) || strcmp(h->platform, "x") != 0))
        h->url = NULL, h->handle = NULL, h->post_id = NULL, h->platform = "x";
    const GumboNode *name = find_class(h->node, "tweet-author-name");
    char *t = name ? node_text(c, name, NULL, MAX_FIELD) : NULL;
    if (t)
        h->author = trim_dup(c, t, strlen(t));
    h->text_node = find_class(h->node, "tweet-text");
    char out[11];
    const GumboNode *dn = find_class(h->node, "tweet-date");
    char *dt = dn ? node_text(c, dn, NULL, 200) : NULL;
    if (citep_embed_parse_date(dt, out) == 1)
        h->date = adups(c, out);
    return CITE_OK;
}

/* amp-tiktok data-src: the video's address or its bare id. */
static cite_status rx_amp_tiktok(struct ctx *c, struct hx *h)
{
    h->platform = "tiktok";
    const char *src = citep_dom_attr(h->node, "data-src");
    if (all_digits(src))
        h->post_id = adups(c, src);
    else if (from_url(c, src, h, false) && !strcmp(h->platform, "tiktok"))
        h->url = strip_query(c, src);
    else
        h->platform = "tiktok", h->handle = NULL, h->post_id = NULL;
    return CITE_OK;
}

static cite_status rx_facebook(struct ctx *c, struct hx *h)
{
    h->platform = "facebook";
    const char *href = citep_dom_attr(h->node, "data-href");
    struct url u;
    if (!href && url_split(src_of(h->node), &u)) {
        char *q = query_param(c, &u, "href");
        href = q;
    }
    h->url = adups(c, href);
    if (h->url)
        from_url(c, h->url, h, false);
    const GumboNode *bq = find_tag(h->node, "blockquote");
    if (!bq)
        return CITE_OK;
    struct hx inner = *h;
    inner.node = bq;
    cite_status st = from_blockquote(c, &inner, NULL);
    inner.node = h->node;
    *h = inner;
    return st;
}

/* A YouTube video id: 11 letters, digits, '-' or '_'. */
static bool yt_id(const char *s)
{
    if (!s || strlen(s) != 11)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_')
            return false;
    return true;
}

/* The video id a YouTube facade (a thumbnail that loads the player when
 * clicked) keeps: data-youtube-id (jquery lazy-youtube and the like), Plyr's
 * data-plyr-embed-id, WP YouTube Lyte's id="WYL_ID", or data-id/data-video-id
 * on an element whose class names YouTube (WP Rocket's rll-youtube-player). */
static const char *yt_facade_id(const GumboNode *n)
{
    static const char *const names[] = {"data-youtube-id", "data-ytid", "data-yt-id",
                                        "data-youtube", "data-plyr-embed-id",
                                        "data-plyr-provider", "data-id", "data-video-id",
                                        "data-videoid", "id"};
    const char *v[sizeof names / sizeof *names];
    citep_dom_attrs(n, names, sizeof names / sizeof *names, v);
    for (int k = 0; k < 4; k++)
        if (yt_id(v[k]))
            return v[k];
    if (v[5] && !strcasecmp(v[5], "youtube") && yt_id(v[4]))
        return v[4];
    if (v[9] && !strncmp(v[9], "WYL_", 4) && yt_id(v[9] + 4))
        return v[9] + 4;
    if (citep_dom_hint(n, "youtube"))
        for (int k = 6; k < 9; k++)
            if (yt_id(v[k]))
                return v[k];
    return NULL;
}

static cite_status rx_youtube(struct ctx *c, struct hx *h)
{
    h->platform = "youtube";
    const char *id = citep_dom_attr(h->node, "videoid");
    if (!id)
        id = citep_dom_attr(h->node, "data-videoid");
    if (!id)
        id = citep_dom_attr(h->node, "data-video-id"); /* Discourse's onebox */
    if (!id)
        id = yt_facade_id(h->node);
    if (id)
        h->post_id = adups(c, id);
    else
        from_url(c, src_of(h->node), h, false);
    if (h->post_id)
        h->url = citep_arena_printf(c->d->arena, "https://www.youtube.com/watch?v=%s",
                                    h->post_id);
    return CITE_OK;
}

static cite_status rx_telegram(struct ctx *c, struct hx *h)
{
    h->platform = "telegram";
    const char *p = citep_dom_attr(h->node, "data-telegram-post");
    const char *slash = p ? strchr(p, '/') : NULL;
    if (!slash || !all_digits(slash + 1))
        return CITE_OK;
    h->handle = adup(c, p, (size_t)(slash - p));
    h->post_id = adups(c, slash + 1);
    h->url = citep_arena_printf(c->d->arena, "https://t.me/%s", p);
    return CITE_OK;
}

static cite_status rx_truth(struct ctx *c, struct hx *h)
{
    h->platform = "truthsocial";
    const char *u = src_of(h->node);
    size_t n = strcspn(u, "?#");
    if (n > 6 && !strncmp(u + n - 6, "/embed", 6))
        n -= 6;
    h->url = adup(c, u, n);
    if (h->url)
        from_url(c, h->url, h, false);
    return CITE_OK;
}

/* h from a post's address found in a page: its platform and ids, and the
 * address kept whole for Facebook and YouTube (their ids live in the query),
 * without the query for the others. False when it is no post's address. */
static bool post_at(struct ctx *c, char *url, struct hx *h, bool mastodon_ok)
{
    struct hx t = *h;
    if (!url || !from_url(c, url, &t, mastodon_ok))
        return false;
    *h = t;
    h->url = !strcmp(h->platform, "facebook") || !strcmp(h->platform, "youtube")
                 ? url : strip_query(c, url);
    if (!strcmp(h->platform, "youtube") && !strstr(url, "/watch")) /* embed, shorts, youtu.be */
        h->url = citep_arena_printf(c->d->arena, "https://www.youtube.com/watch?v=%s",
                                    h->post_id);
    if (!strcmp(h->platform, "tiktok") && !strstr(url, "/video/"))
        h->url = NULL; /* a player's address names no author: the id stands alone */
    else if (!strcmp(h->platform, "threads") || !strcmp(h->platform, "instagram"))
        h->url = cut_embed(h->url);
    return true;
}

/* Is src an oEmbed proxy's frame ("/media/oembed?url=...", Drupal's core
 * media)? */
static bool oembed_proxy(const char *src)
{
    const char *q = src ? strchr(src, '?') : NULL;
    if (!q)
        return false;
    for (const char *p = src; p + 6 <= q; p++)
        if (!strncmp(p, "oembed", 6))
            return strstr(q, "?url=") || strstr(q, "&url=");
    return false;
}

/* A frame loading a platform's embed endpoint with no class to say so:
 * Telegram's "t.me/CHANNEL/ID?embed=1", Bluesky's
 * "embed.bsky.app/embed/DID/app.bsky.feed.post/KEY", or an Embedly player
 * ("cdn.embedly.com/widgets/media.html?url=...") that names the post it
 * shows. The platform is left unset when the address is no post. */
static cite_status rx_frame(struct ctx *c, struct hx *h)
{
    struct url u;
    const char *src = src_of(h->node);
    if (src && src[0] == '/' && src[1] != '/') /* the site's own proxy */
        src = citep_arena_printf(c->d->arena, "https://localhost%s", src);
    if (!url_split(src, &u))
        return CITE_OK;
    if (host_is(&u, "embed.bsky.app")) {
        char *did = seg_dup(c, &u, 1), *key = seg_dup(c, &u, 3);
        if (!did || !key || strncmp(did, "did:", 4) != 0 ||
            !seg_is(&u, 2, "app.bsky.feed.post"))
            return CITE_OK;
        h->platform = "bluesky";
        h->post_id = key;
        h->url = citep_arena_printf(c->d->arena, "https://bsky.app/profile/%s/post/%s", did, key);
        return CITE_OK;
    }
    bool embedly = host_is(&u, "cdn.embedly.com") || host_is(&u, "embedly.com") ||
                   host_is(&u, "iframe.ly") || host_is(&u, "twitframe.com") ||
                   oembed_proxy(src);
    (void)post_at(c, embedly ? query_param(c, &u, "url") : strip_query(c, src), h, false);
    return CITE_OK;
}

typedef cite_status (*rx_fn)(struct ctx *, struct hx *);
static rx_fn rule_for(const GumboNode *n);

/* An element that stands for a post by its address alone: AMP's
 * amp-embedly-card (data-url), a consent placeholder shown instead of a
 * blocked embed ("this content is blocked: accept cookies") with a link to
 * the post, Discourse's onebox card (data-onebox-src) with the post's text,
 * name and date when it shows them. Not a post's address: no embed. */
static cite_status rx_linkcard(struct ctx *c, struct hx *h)
{
    const char *at = citep_dom_attr(h->node, "data-url");
    if (!at)
        at = citep_dom_attr(h->node, "data-onebox-src");
    if (at) {
        if (!post_at(c, adups(c, at), h, citep_dom_has_class(h->node, "onebox")))
            return CITE_OK;
    } else { /* a placeholder: its first link to a post, unless the post's own
              * markup is kept inside (in <noscript>) for the rules to read */
        for (const GumboNode *k = citep_dom_next(h->node, h->node, true); k;
             k = citep_dom_next(k, h->node, true))
            if (k != h->node) {
                rx_fn f = rule_for(k);
                if (f && f != rx_linkcard)
                    return CITE_OK;
            }
        bool found = false;
        for (const GumboNode *k = h->node; k && !found; k = citep_dom_next(k, h->node, true))
            if (citep_dom_tag(k, GUMBO_TAG_A) && citep_dom_attr(k, "href"))
                found = post_at(c, adups(c, citep_dom_attr(k, "href")), h, false);
        return CITE_OK;
    }
    if (!citep_dom_has_class(h->node, "onebox"))
        return CITE_OK;
    const GumboNode *body = find_class(h->node, "onebox-body");
    const GumboNode *text = find_class(h->node, "tweet"), *date = find_class(h->node, "date");
    if (!text && body)
        text = find_text_p(c, body);
    h->text_node = text;
    const GumboNode *head = body ? find_tag(body, "h3") : NULL;
    char *sig = head ? node_text(c, head, NULL, MAX_FIELD) : NULL;
    if (sig)
        parse_signature(c, sig, h);
    const GumboNode *name = find_class(h->node, "tweet-name");
    if (name && !h->author)
        h->author = node_text(c, name, NULL, MAX_FIELD);
    return date ? find_date(c, h, date, NULL) : CITE_OK;
}

/* Squarespace's video block keeps its player as markup in data-html
 * ("<iframe src="//www.youtube.com/embed/ID?...">") until it is clicked:
 * the frame's address names the video. */
static cite_status rx_deferred(struct ctx *c, struct hx *h)
{
    const char *html = citep_dom_attr(h->node, "data-html");
    const char *p = html ? strstr(html, "src=") : NULL;
    if (!p || (p[4] != '"' && p[4] != '\''))
        return CITE_OK;
    char q = p[4];
    p += 5;
    const char *end = strchr(p, q);
    char *src = end ? adup(c, p, (size_t)(end - p)) : NULL;
    char *url = src && !strncmp(src, "//", 2) ? citep_arena_printf(c->d->arena, "https:%s", src)
                                              : src;
    struct hx t = *h;
    if (url && from_url(c, url, &t, false)) {
        *h = t;
        if (!strcmp(h->platform, "youtube"))
            h->url = citep_arena_printf(c->d->arena, "https://www.youtube.com/watch?v=%s",
                                        h->post_id);
        else
            h->url = strip_query(c, url);
    }
    return CITE_OK;
}

/* ---- dispatch ------------------------------------------------------------- */

static bool src_has(const GumboNode *n, const char *host, const char *path)
{
    struct url u;
    if (!url_split(src_of(n), &u))
        return false;
    size_t hl = strlen(u.host), k = strlen(host);
    bool hostok = hl >= k && strcmp(u.host + hl - k, host) == 0 &&
                  (hl == k || u.host[hl - k - 1] == '.');
    if (!hostok)
        return false;
    size_t pk = strlen(path);
    for (size_t i = 0; i + pk <= u.plen; i++)
        if (!strncasecmp(u.path + i, path, pk))
            return true;
    return false;
}

/* A block Substack's editor wrote ("Twitter2ToDOM", "Youtube2ToDOM"). */
static bool substack_component(const GumboNode *n, const char *platform)
{
    const char *cn = citep_dom_attr(n, "data-component-name");
    size_t k = strlen(platform), l = cn ? strlen(cn) : 0;
    return l > k + 5 && !strncmp(cn, platform, k) && !strcmp(cn + l - 5, "ToDOM");
}

/* A placeholder a consent manager shows instead of a blocked embed (class
 * "consent-placeholder", "embed-consent", "cookie-wall", "privacy-shield"):
 * a post's link inside makes it that post. */
static bool placeholder(const GumboNode *n)
{
    const char *cls = citep_dom_attr(n, "class");
    return cls && !citep_dom_tag(n, GUMBO_TAG_BODY) && !citep_dom_tag(n, GUMBO_TAG_HTML) &&
           (strstr(cls, "consent") || strstr(cls, "placeholder") || strstr(cls, "cookie") ||
            strstr(cls, "privacy"));
}

/* A Mastodon-style embed frame without its class: "https://HOST/@user/ID/embed". */
static bool mastodon_frame(const char *src)
{
    struct url u;
    const char *a, *b, *e;
    size_t na, nb, ne;
    if (!url_split(src, &u) || !url_seg(&u, 0, &a, &na) || !url_seg(&u, 1, &b, &nb) ||
        !url_seg(&u, 2, &e, &ne) || na < 2 || a[0] != '@' || ne != 5 || strncmp(e, "embed", 5))
        return false;
    for (size_t i = 0; i < nb; i++)
        if (!isdigit((unsigned char)b[i]))
            return false;
    return nb > 0;
}

/* The recogniser for a post element (not a wrapper), or NULL. */
static rx_fn rule_for(const GumboNode *n)
{
    if (!citep_dom_is_elem(n))
        return NULL;
    GumboTag t = n->v.element.tag;
    bool bq = t == GUMBO_TAG_BLOCKQUOTE,
         /* a frame, or an element standing for one until it loads */
         ifr = t == GUMBO_TAG_IFRAME || citep_dom_tag_is(n, "amp-iframe") ||
               ((t == GUMBO_TAG_DIV || t == GUMBO_TAG_SPAN || t == GUMBO_TAG_FIGURE ||
                 t == GUMBO_TAG_SECTION || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_UNKNOWN) &&
                lazy_src(n));
    if (bq && (citep_dom_has_class(n, "twitter-tweet") ||
               citep_dom_has_class(n, "twitter-video")))
        return rx_x;
    if (ifr && src_has(n, "platform.twitter.com", "/Tweet.html"))
        return rx_x;
    if (!bq && t != GUMBO_TAG_A && all_digits(citep_dom_attr(n, "data-tweet-id")))
        return rx_x; /* a frame, or a React/Vue component's box keeping the id */
    if ((bq || ifr) && citep_dom_has_class(n, "instagram-media"))
        return rx_instagram;
    if (citep_dom_tag_is(n, "amp-instagram"))
        return rx_instagram;
    if (citep_dom_has_class(n, "tweet") && substack_component(n, "Twitter"))
        return rx_substack_x;
    if (bq && citep_dom_has_class(n, "bluesky-embed"))
        return rx_bluesky;
    if ((bq || ifr) && citep_dom_has_class(n, "mastodon-embed"))
        return rx_mastodon;
    if (bq && citep_dom_has_class(n, "text-post-media"))
        return rx_threads;
    if (bq && citep_dom_has_class(n, "tiktok-embed"))
        return rx_tiktok;
    if (citep_dom_tag_is(n, "amp-tiktok") && citep_dom_attr(n, "data-src"))
        return rx_amp_tiktok;
    if ((citep_dom_has_class(n, "fb-post") || citep_dom_has_class(n, "fb-video")) &&
        citep_dom_attr(n, "data-href"))
        return rx_facebook;
    if (citep_dom_tag_is(n, "amp-facebook") && citep_dom_attr(n, "data-href"))
        return rx_facebook;
    if (ifr && (src_has(n, "facebook.com", "/plugins/post.php") ||
                src_has(n, "facebook.com", "/plugins/video.php")))
        return rx_facebook;
    if (ifr && (src_has(n, "youtube.com", "/embed/") ||
                src_has(n, "youtube-nocookie.com", "/embed/")))
        return rx_youtube;
    if ((citep_dom_tag_is(n, "lite-youtube") && citep_dom_attr(n, "videoid")) ||
        (citep_dom_tag_is(n, "amp-youtube") && citep_dom_attr(n, "data-videoid")))
        return rx_youtube;
    if ((t == GUMBO_TAG_EMBED || t == GUMBO_TAG_OBJECT) && src_has(n, "youtube.com", "/v/"))
        return rx_youtube;
    if (t != GUMBO_TAG_A && t != GUMBO_TAG_IMG && t != GUMBO_TAG_SCRIPT && yt_facade_id(n))
        return rx_youtube;
    if (citep_dom_tag(n, GUMBO_TAG_SCRIPT) && citep_dom_attr(n, "data-telegram-post"))
        return rx_telegram;
    if (ifr && src_has(n, "truthsocial.com", "/embed"))
        return rx_truth;
    if (ifr && src_has(n, "instagram.com", "/embed") &&
        (src_has(n, "instagram.com", "/p/") || src_has(n, "instagram.com", "/reel/") ||
         src_has(n, "instagram.com", "/tv/")))
        return rx_instagram;
    if (citep_dom_has_class(n, "sqs-video-wrapper") && citep_dom_attr(n, "data-html"))
        return rx_deferred;
    if (ifr && (src_has(n, "t.me", "/") || src_has(n, "embed.bsky.app", "/embed/") ||
                src_has(n, "embedly.com", "/widgets/media") || src_has(n, "iframe.ly", "/") ||
                src_has(n, "twitframe.com", "/show") || src_has(n, "tiktok.com", "/embed") ||
                src_has(n, "tiktok.com", "/player/") || src_has(n, "threads.net", "/post/") ||
                src_has(n, "threads.com", "/post/") || oembed_proxy(src_of(n))))
        return rx_frame;
    if (ifr && mastodon_frame(src_of(n)))
        return rx_mastodon;
    if (citep_dom_has_class(n, "youtube-onebox") && citep_dom_attr(n, "data-video-id"))
        return rx_youtube;
    if ((citep_dom_tag_is(n, "amp-embedly-card") && citep_dom_attr(n, "data-url")) ||
        (citep_dom_has_class(n, "onebox") && citep_dom_attr(n, "data-onebox-src")) ||
        placeholder(n))
        return rx_linkcard;
    return NULL;
}

static bool is_wrapper(const GumboNode *n)
{
    return citep_dom_has_class(n, "wp-block-embed") ||
           citep_dom_has_class(n, "twitter-tweet-rendered") ||
           citep_dom_tag_is(n, "amp-twitter") ||
           (citep_dom_tag_is(n, "amp-instagram") && find_tag(n, "blockquote")) ||
           (citep_dom_tag_is(n, "amp-tiktok") && find_tag(n, "blockquote")) ||
           (citep_dom_tag_is(n, "amp-facebook") && find_tag(n, "blockquote"));
}

/* A wrapper without recognisable inner markup: the URL the CMS kept. */
static cite_status from_wrapper_url(struct ctx *c, struct hx *h)
{
    const char *u = citep_dom_attr(h->node, "data-tweetid");
    if (all_digits(u)) {
        h->platform = "x";
        h->post_id = adups(c, u);
        h->url = citep_arena_printf(c->d->arena, "https://x.com/i/status/%s", u);
        return CITE_OK;
    }
    const GumboNode *a = last_link(h->node, NULL);
    char *url = a ? adups(c, citep_dom_attr(a, "href")) : NULL;
    if (!url) {
        char *t = node_text(c, h->node, NULL, MAX_FIELD);
        const char *p = t ? strstr(t, "http") : NULL;
        url = p ? adup(c, p, strcspn(p, " ")) : NULL;
    }
    (void)post_at(c, url, h, citep_dom_hint(h->node, "mastodon"));
    return CITE_OK;
}

static cite_status build(struct ctx *c, const GumboNode *n, struct hx *h)
{
    memset(h, 0, sizeof *h);
    h->node = n;
    if (is_wrapper(n)) {
        for (const GumboNode *k = citep_dom_next(n, n, true); k;) {
            rx_fn f = rule_for(k);
            if (f) {
                h->node = k;
                cite_status st = f(c, h);
                h->node = n;
                const char *tid = citep_dom_attr(n, "data-tweetid");
                if (!h->post_id && all_digits(tid) && !strcmp(h->platform, "x"))
                    h->post_id = adups(c, tid);
                return st;
            }
            k = citep_dom_next(k, n, true);
        }
        return from_wrapper_url(c, h);
    }
    return rule_for(n)(c, h);
}

/* ---- cards a page draws itself ------------------------------------------- */

/* What a newsletter or an app draws instead of a platform's widget: a box with
 * the author, the text, the date and a link "View on X" to the post (e-mail
 * cannot run the widget's script), or a video's thumbnail linking to it. The
 * link's words, in the languages pages are written in, with '%' for the
 * platform's name (and the suffix a language adds to it: "Instagramie",
 * "X'te"). */
static const char *const view_on[] = {
    "view on %", "view this post on %", "view post on %", "view the post on %",
    "view original post on %", "view full post on %", "view tweet on %", "see on %",
    "see this post on %", "see post on %", "see the post on %", "open in %", "open on %",
    "watch on %", "read on %", "view more on %", "see more on %",
    "view original content on %", "view original post on %",
    /* Spanish, Portuguese, French, German, Italian, Dutch, Polish */
    "ver en %", "ver esta publicaci\xC3\xB3n en %", "ver publicaci\xC3\xB3n en %",
    "ver la publicaci\xC3\xB3n en %", "ver el post en %", "ver no %", "ver na %",
    "ver esta publica\xC3\xA7\xC3\xA3o no %", "ver essa publica\xC3\xA7\xC3\xA3o no %",
    "ver publica\xC3\xA7\xC3\xA3o no %", "ver essa foto no %", "assistir no %", "mirar en %",
    "voir sur %", "voir cette publication sur %", "voir la publication sur %",
    "regarder sur %", "afficher sur %", "auf % ansehen", "auf % anzeigen",
    "diesen beitrag auf % ansehen", "beitrag auf % ansehen", "auf % \xC3\xB6" "ffnen",
    "visualizza su %", "visualizza questo post su %", "visualizza il post su %", "guarda su %",
    "vedi su %", "vedi il post su %", "apri su %", "apri in %", "bekijk op %",
    "bekijken op %", "bekijk dit bericht op %", "dit bericht op % bekijken", "zobacz na %",
    "zobacz w %", "zobacz ten post na %", "zobacz post na %", "wy\xC5\x9Bwietl na %",
    "wy\xC5\x9Bwietl w %", "obejrzyj na %", "obejrzyj w %", "otw\xC3\xB3rz w %",
    /* Turkish ("X'te görüntüle"), Indonesian, Russian */
    "% g\xC3\xB6r\xC3\xBCnt\xC3\xBCle", "bu g\xC3\xB6nderiyi % g\xC3\xB6r", "% izle", "% a\xC3\xA7",
    "lihat di %", "tonton di %", "buka di %",
    "\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C \xD0\xB2 %",
    "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C \xD0\xB2 %",
    "\xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\xD1\x8C \xD0\xB2 %",
    /* Arabic: view on, watch on, view this post on */
    "\xD8\xB9\xD8\xB1\xD8\xB6 \xD8\xB9\xD9\x84\xD9\x89 %",
    "\xD8\xB4\xD8\xA7\xD9\x87\xD8\xAF \xD8\xB9\xD9\x84\xD9\x89 %",
    "\xD9\x85\xD8\xB4\xD8\xA7\xD9\x87\xD8\xAF\xD8\xA9 \xD8\xB9\xD9\x84\xD9\x89 %",
    "\xD8\xB9\xD8\xB1\xD8\xB6 \xD9\x87\xD8\xB0\xD8\xA7 \xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xB4"
    "\xD9\x88\xD8\xB1 \xD8\xB9\xD9\x84\xD9\x89 %",
    /* Japanese ("Xで見る", "Xで表示", "Instagramでこの投稿を見る"), Korean */
    "%\xE3\x81\xA7\xE8\xA6\x8B\xE3\x82\x8B", "%\xE3\x81\xA7\xE8\xA1\xA8\xE7\xA4\xBA",
    "%\xE3\x81\xA7\xE9\x96\x8B\xE3\x81\x8F",
    "%\xE3\x81\xA7\xE3\x81\x93\xE3\x81\xAE\xE6\x8A\x95\xE7\xA8\xBF\xE3\x82\x92\xE8\xA6\x8B\xE3\x82\x8B",
    "%\xEC\x97\x90\xEC\x84\x9C \xEB\xB3\xB4\xEA\xB8\xB0"};

static const char *const platform_names[] = {"truth social", "truthsocial", "twitter", "x",
                                             "instagram", "threads", "tiktok", "youtube",
                                             "bluesky", "mastodon", "facebook", "telegram"};

/* The platform's name at s, with a suffix of Latin letters or an apostrophe
 * after it: its length, or 0. */
static size_t platform_name_at(const char *s)
{
    for (size_t k = 0; k < sizeof platform_names / sizeof *platform_names; k++) {
        size_t n = strlen(platform_names[k]);
        if (strncasecmp(s, platform_names[k], n) != 0)
            continue;
        while (isalpha((unsigned char)s[n]) || s[n] == '\'' ||
               ((unsigned char)s[n] == 0xC3 && s[n + 1]) ||
               !strncmp(s + n, "\xE2\x80\x99", 3))
            n += (unsigned char)s[n] == 0xC3 ? 2 : (unsigned char)s[n] == 0xE2 ? 3 : 1;
        return n;
    }
    return 0;
}

/* Does s match pattern p ('%' a platform's name), ASCII case ignored? */
static bool view_match(const char *s, const char *p)
{
    for (; *p; p++) {
        if (*p == '%') {
            size_t n = platform_name_at(s);
            if (!n)
                return false;
            s += n;
        } else if (tolower((unsigned char)*s) == tolower((unsigned char)*p)) {
            s++;
        } else {
            return false;
        }
    }
    return *s == '\0';
}

/* Is t (a link's words) a card's "View on X" line? Arrows and punctuation
 * around it do not count. */
static bool view_on_words(struct ctx *c, const char *t)
{
    static const char *const marks[] = {"\xE2\x86\x92", "\xE2\x86\x97", "\xE2\x80\xBA",
                                        "\xC2\xBB",     "\xE2\x96\xB6", "\xE2\x9E\x94",
                                        "\xE2\x86\x90", "\xE2\x80\xB9", "\xC2\xAB"};
    size_t n = strlen(t);
    if (n < 5 || n > 80)
        return false;
    for (bool more = true; more;) { /* trim marks at both ends */
        more = false;
        while (n && (ispunct((unsigned char)*t) || *t == ' '))
            t++, n--, more = true;
        while (n && (ispunct((unsigned char)t[n - 1]) || t[n - 1] == ' '))
            n--, more = true;
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
            size_t m = strlen(marks[k]);
            if (n >= m && !strncmp(t, marks[k], m))
                t += m, n -= m, more = true;
            if (n >= m && !strncmp(t + n - m, marks[k], m))
                n -= m, more = true;
        }
    }
    char *w = adup(c, t, n);
    for (size_t k = 0; w && k < sizeof view_on / sizeof *view_on; k++)
        if (view_match(w, view_on[k]))
            return true;
    return false;
}

static bool block_elem(const GumboNode *n)
{
    static const GumboTag tags[] = {GUMBO_TAG_P,     GUMBO_TAG_DIV,        GUMBO_TAG_TD,
                                    GUMBO_TAG_TH,    GUMBO_TAG_LI,         GUMBO_TAG_BLOCKQUOTE,
                                    GUMBO_TAG_SECTION, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_H1,
                                    GUMBO_TAG_H2,    GUMBO_TAG_H3,         GUMBO_TAG_H4,
                                    GUMBO_TAG_TABLE, GUMBO_TAG_TR,         GUMBO_TAG_ARTICLE,
                                    GUMBO_TAG_FIGURE, GUMBO_TAG_HEADER,    GUMBO_TAG_FOOTER};
    return citep_dom_tag_among(n, tags, sizeof tags / sizeof *tags);
}

static size_t text_len(struct ctx *c, const GumboNode *n, size_t max)
{
    char *t = node_text(c, n, NULL, max);
    return t ? strlen(t) : 0;
}

#define CARD_MAX_TEXT 3000 /* bytes: a card holds one post, not an article */

/* The box a card link sits in: the nearest table, figure, blockquote,
 * article, aside, section or list item (or an element whose class or id
 * names a card, an embed or a post) with words of its own beside the link's
 * line, and no longer than a post. NULL when there is none. */
static const GumboNode *card_text(struct ctx *c, const GumboNode *box, const GumboNode *link,
                                  const char *handle);

static const char *const card_hints[] = {"card", "embed", "post", "tweet", "social",
                                         "quote", "toot", "status"};

static bool hinted(const GumboNode *n)
{
    for (size_t k = 0; k < sizeof card_hints / sizeof *card_hints; k++)
        if (citep_dom_hint(n, card_hints[k]))
            return true;
    return false;
}

/* A box without the post's words may be the card's header (React Tweet's
 * "tweet-header" with the "View on Twitter" logo): the article, blockquote,
 * figure or card a few levels up that holds them is the card. */
static const GumboNode *whole_card(struct ctx *c, const GumboNode *box, const GumboNode *link)
{
    if (card_text(c, box, link, NULL))
        return box;
    const GumboNode *q = box->parent;
    for (int up = 0; up < 4 && citep_dom_is_elem(q); up++, q = q->parent) {
        if (citep_dom_tag(q, GUMBO_TAG_BODY) || citep_dom_tag(q, GUMBO_TAG_MAIN))
            break;
        if ((citep_dom_tag(q, GUMBO_TAG_ARTICLE) || citep_dom_tag(q, GUMBO_TAG_BLOCKQUOTE) ||
             citep_dom_tag(q, GUMBO_TAG_FIGURE) || hinted(q)) &&
            text_len(c, q, CARD_MAX_TEXT + 1) <= CARD_MAX_TEXT && card_text(c, q, link, NULL))
            return q;
    }
    return box;
}

static const GumboNode *card_box(struct ctx *c, const GumboNode *link)
{
    const GumboNode *row = link->parent;
    while (row && citep_dom_is_elem(row) && !block_elem(row))
        row = row->parent;
    if (!citep_dom_is_elem(row))
        return NULL;
    /* the link's line: its block, unless that block holds other blocks (the
     * link sits loose in the card) */
    bool line = true;
    for (const GumboNode *k = citep_dom_next(row, row, true); k && line;
         k = citep_dom_next(k, row, true))
        line = !block_elem(k);
    size_t rowlen = text_len(c, line ? row : link, CARD_MAX_TEXT);
    int depth = 0;
    for (const GumboNode *p = row; citep_dom_is_elem(p) && depth < 10; p = p->parent, depth++) {
        if (citep_dom_tag(p, GUMBO_TAG_BODY) || citep_dom_tag(p, GUMBO_TAG_MAIN) ||
            citep_dom_tag(p, GUMBO_TAG_HTML))
            return NULL;
        bool box = citep_dom_tag(p, GUMBO_TAG_TABLE) || citep_dom_tag(p, GUMBO_TAG_FIGURE) ||
                   citep_dom_tag(p, GUMBO_TAG_BLOCKQUOTE) ||
                   citep_dom_tag(p, GUMBO_TAG_ARTICLE) || citep_dom_tag(p, GUMBO_TAG_ASIDE) ||
                   citep_dom_tag(p, GUMBO_TAG_SECTION) || citep_dom_tag(p, GUMBO_TAG_LI);
        if (!box && !hinted(p))
            continue;
        size_t len = text_len(c, p, CARD_MAX_TEXT + 1);
        if (len > CARD_MAX_TEXT)
            return NULL;
        if (len > rowlen + 15)
            return whole_card(c, p, link);
    }
    return NULL;
}

/* Is n inside a platform's own markup, or in the page's navigation, header,
 * footer or sidebar (related videos, follow links, the site's own feed)? */
static bool card_excluded(const GumboNode *n)
{
    for (const GumboNode *p = n->parent; citep_dom_is_elem(p); p = p->parent)
        if (citep_dom_tag(p, GUMBO_TAG_NAV) || citep_dom_tag(p, GUMBO_TAG_FOOTER) ||
            citep_dom_tag(p, GUMBO_TAG_HEADER) || citep_dom_hint(p, "sidebar") ||
            citep_dom_hint(p, "widget-area") || is_wrapper(p) || rule_for(p))
            return true;
    return false;
}

/* A video's own thumbnail inside a link to the video ("i.ytimg.com/vi/ID/"):
 * what a newsletter shows for a YouTube video. */
static bool thumb_link(struct ctx *c, const GumboNode *a, struct hx *h)
{
    for (const GumboNode *k = a; k; k = citep_dom_next(k, a, true)) {
        const char *src = citep_dom_tag(k, GUMBO_TAG_IMG) ? citep_dom_attr(k, "src") : NULL;
        if (!src || !(strstr(src, "ytimg.com/vi/") || strstr(src, "img.youtube.com/vi/")))
            continue;
        const char *id = strstr(src, "/vi/") + 4;
        size_t n = strcspn(id, "/");
        return h->post_id && !strcmp(h->platform, "youtube") && strlen(h->post_id) == n &&
               !strncmp(h->post_id, id, n) && c->st == CITE_OK;
    }
    return false;
}

struct card {
    const GumboNode *box, *link;
    bool thumb;
};
struct cards {
    struct card *v;
    size_t n, cap;
};

#define MAX_CARDS 256 /* cards looked at in a page: more is no article */

static int ptr_cmp(const void *a, const void *b)
{
    const GumboNode *x = ((const struct card *)a)->box, *y = ((const struct card *)b)->box;
    return x < y ? -1 : x > y;
}

/* The cards of the page: a "View on X" link or a video thumbnail linking to
 * a post, in a box of its own; sorted by box for card_at(). */
static cite_status find_cards(struct ctx *c, const GumboNode *root, struct cards *out)
{
    for (const GumboNode *n = root; n && out->n < MAX_CARDS; n = citep_dom_next(n, root, true)) {
        const char *href = citep_dom_tag(n, GUMBO_TAG_A) ? citep_dom_attr(n, "href") : NULL;
        struct hx h = {0};
        if (!href || !from_url(c, href, &h, false) || !h.post_id)
            continue;
        bool thumb = thumb_link(c, n, &h);
        char *words = thumb ? NULL : node_text(c, n, NULL, 200);
        if (words && !*words) /* a logo: its label says it */
            words = adups(c, citep_dom_attr(n, "aria-label") ? citep_dom_attr(n, "aria-label")
                                                             : citep_dom_attr(n, "title"));
        if (!thumb && !(words && view_on_words(c, words)))
            continue;
        if (c->st != CITE_OK)
            return c->st;
        if (card_excluded(n))
            continue;
        const GumboNode *box = card_box(c, n);
        if (!box && !thumb)
            continue;
        struct card k = {box ? box : n, n, thumb};
        bool dup = out->n && out->v[out->n - 1].box == k.box; /* thumbnail, then link */
        if (!dup && CITEP_PUSH(out, k) != CITE_OK)
            return CITE_ENOMEM;
    }
    if (out->n)
        qsort(out->v, out->n, sizeof *out->v, ptr_cmp);
    return c->st;
}

/* The card whose box is n, or NULL (the first of those with that box). */
static const struct card *card_at(const struct cards *k, const GumboNode *n)
{
    struct card key = {n, NULL, false};
    const struct card *r = k->n ? bsearch(&key, k->v, k->n, sizeof *k->v, ptr_cmp) : NULL;
    while (r && r > k->v && r[-1].box == n)
        r--;
    return r;
}

/* The longest block of words in a card that is not its link's line, its
 * header (the name over the @handle, "user · Instagram") or a line of
 * fewer than four words: the post's text. */
static const GumboNode *card_text(struct ctx *c, const GumboNode *box, const GumboNode *link,
                                  const char *handle)
{
    const GumboNode *best = NULL;
    size_t best_len = 0;
    for (const GumboNode *k = box; k; k = citep_dom_next(k, box, true)) {
        if (!block_elem(k) || citep_dom_contains(k, link))
            continue;
        bool leaf = true;
        for (const GumboNode *j = citep_dom_next(k, k, true); j && leaf;
             j = citep_dom_next(j, k, true))
            leaf = !block_elem(j);
        if (!leaf)
            continue;
        char *t = node_text(c, k, NULL, MAX_POST_TEXT);
        if (!t)
            return NULL;
        size_t words = 0;
        for (const char *p = t; *p; p++)
            words += (p == t || p[-1] == ' ') && *p != ' ';
        char at[64];
        snprintf(at, sizeof at, "@%s", handle ? handle : "");
        if (words < 4 || (handle && citep_dom_strcasestr(t, at)))
            continue;
        if (strlen(t) > best_len)
            best = k, best_len = strlen(t);
    }
    return best;
}

/* The first "@handle" standing alone in a card (the line under the name). */
static char *card_handle(struct ctx *c, const GumboNode *box)
{
    for (const GumboNode *k = box; k; k = citep_dom_next(k, box, true)) {
        if (k->type != GUMBO_NODE_TEXT)
            continue;
        const char *t = k->v.text.text;
        while (isspace((unsigned char)*t))
            t++;
        size_t n = strcspn(t, " \t\n\r");
        const char *rest = t + n;
        while (isspace((unsigned char)*rest))
            rest++;
        if (t[0] == '@' && n > 1 && n < 64 && !*rest)
            return adup(c, t + 1, n - 1);
    }
    return NULL;
}

/* A card: the post from its link; the handle from an "@handle" line, or a
 * user name in bold over a screenshot ("user · Instagram"); the date from the
 * link's line; the text from the longest block of words (for a video, the
 * title linking to it). */
static cite_status rx_card(struct ctx *c, struct hx *h, const struct card *k)
{
    if (!post_at(c, adups(c, citep_dom_attr(k->link, "href")), h, false))
        return CITE_OK;
    if (!strcmp(h->platform, "youtube")) /* without the newsletter's &utm_... */
        h->url = citep_arena_printf(c->d->arena, "https://www.youtube.com/watch?v=%s",
                                    h->post_id);
    if (h->node == k->link)
        return CITE_OK;
    char *at = card_handle(c, h->node);
    const GumboNode *bold = find_tag(h->node, "strong");
    if (!bold)
        bold = find_tag(h->node, "b");
    char *name = bold ? node_text(c, bold, NULL, MAX_FIELD) : NULL;
    if (at && (!h->handle || !strcasecmp(at, h->handle)))
        h->handle = at;
    else if (!h->handle && !at && name && *name && !strchr(name, ' ') && strlen(name) <= 30)
        h->handle = name; /* "govtrujilloboyd · Instagram" */
    if (name && strchr(name, ' '))
        h->author = name;
    if (k->thumb) {
        for (const GumboNode *a = h->node; a; a = citep_dom_next(a, h->node, true)) {
            struct hx t = {0};
            const char *href = citep_dom_tag(a, GUMBO_TAG_A) ? citep_dom_attr(a, "href") : NULL;
            char *words = href && a != k->link ? node_text(c, a, NULL, 64) : NULL;
            if (words && strchr(words, ' ') && from_url(c, href, &t, false) && t.post_id &&
                !strcmp(t.post_id, h->post_id)) {
                h->text_node = a;
                break;
            }
        }
    } else {
        h->text_node = card_text(c, h->node, k->link, h->handle);
    }
    const GumboNode *row = k->link->parent;
    while (row && citep_dom_is_elem(row) && !block_elem(row))
        row = row->parent;
    return find_date(c, h, row, NULL);
}

static void tiktok_caption(const char *s, size_t *b, size_t *e);

/* ---- registration and dedupe ---------------------------------------------- */

static char *dedupe_key(struct ctx *c, const struct hx *h)
{
    if (h->post_id)
        return citep_arena_printf(c->d->arena, "%s|%s", h->platform, h->post_id);
    struct url u;
    if (!url_split(h->url, &u))
        return NULL;
    size_t pl = u.plen;
    while (pl && u.path[pl - 1] == '/')
        pl--;
    return citep_arena_printf(c->d->arena, "%s|%s%.*s", h->platform, u.host, (int)pl,
                              u.path);
}

static cite_status push_new(struct ctx *c, struct hx *h, const char *key, int *index)
{
    cite_doc *d = c->d;
    if (d->embeds.n >= CITEP_MAX_EMBEDS) {
        /* as in copied text: keep the first ones, say so once, go on */
        *index = -1;
        if (c->full)
            return CITE_OK;
        c->full = true;
        return citep_warn(d, "embed-limit",
                          citep_text_to_input(&d->utf8, citep_dom_start(h->node)),
                          "more than %d embedded posts; the rest are ignored",
                          CITEP_MAX_EMBEDS);
    }
    cite_embed e;
    memset(&e, 0, sizeof e);
    e.id = citep_arena_printf(d->arena, "E%zu", d->embeds.n + 1);
    e.platform = h->platform;
    e.author = h->author;
    e.handle = h->handle;
    e.date = h->date;
    e.url = h->url;
    e.post_id = h->post_id;
    size_t s = citep_text_to_input(&d->utf8, citep_dom_start(h->node));
    size_t t = citep_text_to_input(&d->utf8, citep_dom_end(h->node));
    e.span = citep_span_from_input(d, s, t);
    e.text_span = citep_span_from_input(d, s, s);
    /* The dedupe key rides in the text field until finish() sets the text. */
    e.text = key;
    struct citep_embed_x x = {SIZE_MAX, SIZE_MAX, SIZE_MAX, SIZE_MAX};
    if (!e.id || CITEP_PUSH(&d->embeds, e) != CITE_OK)
        return CITE_ENOMEM;
    if (CITEP_PUSH(&d->embed_x, x) != CITE_OK)
        return CITE_ENOMEM;
    *index = (int)d->embeds.n - 1;
    return CITE_OK;
}

/* Fill what the earlier copy of a post lacks from a later one. */
static void merge(cite_embed *e, const struct hx *h)
{
    if (!e->author)
        e->author = h->author;
    if (!e->handle)
        e->handle = h->handle;
    if (!e->date)
        e->date = h->date;
    if (!e->url)
        e->url = h->url;
}

static uint64_t key_hash(const char *k)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211u;
    return h;
}

/* The slot of key in out's hash of dedupe keys: the one holding it, or the
 * empty one where it goes. The table is never full (see key_grow). */
static size_t *key_find(const cite_doc *d, struct citep_html_embeds *out, const char *key)
{
    size_t mask = out->key_cap - 1, i = (size_t)key_hash(key) & mask;
    for (;; i = (i + 1) & mask) {
        size_t *slot = &out->key_slot[i];
        if (!*slot || !strcmp(d->embeds.v[*slot - 1].text, key))
            return slot;
    }
}

/* Room for one more key: the table at most half full. */
static cite_status key_grow(const cite_doc *d, struct citep_html_embeds *out)
{
    if (2 * (out->key_n + 1) <= out->key_cap)
        return CITE_OK;
    size_t cap = out->key_cap ? 2 * out->key_cap : 64, *old = out->key_slot,
           oldcap = out->key_cap;
    out->key_slot = citep_calloc(cap, sizeof *out->key_slot);
    if (!out->key_slot) {
        out->key_slot = old;
        return CITE_ENOMEM;
    }
    out->key_cap = cap;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i])
            *key_find(d, out, d->embeds.v[old[i] - 1].text) = old[i];
    citep_free(old);
    return CITE_OK;
}

static cite_status add(struct ctx *c, struct hx *h, struct citep_html_embeds *out)
{
    cite_status st = check_handle(c, h);
    if (st != CITE_OK || c->st != CITE_OK)
        return st != CITE_OK ? st : c->st;
    char *key = dedupe_key(c, h);
    int index = -1;
    size_t *slot = NULL;
    if (key) {
        if ((st = key_grow(c->d, out)) != CITE_OK)
            return st;
        slot = key_find(c->d, out, key);
        if (*slot) {
            index = (int)(*slot - 1);
            merge(&c->d->embeds.v[index], h);
        }
    }
    if (index < 0 && (st = push_new(c, h, key ? key : "", &index)) != CITE_OK)
        return st;
    if (slot && !*slot && index >= 0) {
        *slot = (size_t)index + 1;
        out->key_n++;
    }
    if (index < 0)
        return CITE_OK;
    struct citep_html_embed r = {h->node, h->text_node, index, h->text, false};
    return CITEP_PUSH(out, r);
}

/* Has n a data-* attribute or an id starting "WYL_"? Only such elements can
 * hold a lazy player's address or a facade's video id (most elements have
 * neither, and this spares the lookups of every such attribute's name). */
static bool data_or_wyl(const GumboNode *n)
{
    const GumboVector *a = &n->v.element.attributes;
    for (unsigned i = 0; i < a->length; i++) {
        const GumboAttribute *at = a->data[i];
        if (!strncasecmp(at->name, "data-", 5) ||
            (!strcasecmp(at->name, "id") && !strncmp(at->value, "WYL_", 4)))
            return true;
    }
    return false;
}

/* A cheap test that n may be a post or a wrapper: rule_for() and is_wrapper()
 * match only these tags (amp-*, lite-youtube are unknown to gumbo) or an element
 * whose class names one of these words. */
static bool may_embed(const GumboNode *n)
{
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_SCRIPT ||
        t == GUMBO_TAG_UNKNOWN)
        return true;
    if (t == GUMBO_TAG_EMBED || t == GUMBO_TAG_OBJECT)
        return true;
    if (data_or_wyl(n) && (lazy_src(n) || citep_dom_attr(n, "data-tweet-id") || yt_facade_id(n)))
        return true;
    const char *cls = citep_dom_attr(n, "class");
    return cls && (strstr(cls, "fb-") || strstr(cls, "wp-block-embed") ||
                   strstr(cls, "tweet") || strstr(cls, "sqs-video-wrapper") ||
                   strstr(cls, "onebox") || strstr(cls, "consent") ||
                   strstr(cls, "placeholder") || strstr(cls, "cookie") ||
                   strstr(cls, "privacy"));
}

cite_status citep_embeds_html_find(cite_doc *d, const struct citep_dom *dom,
                                   struct citep_html_embeds *out)
{
    struct ctx c = {d, CITE_OK, false};
    const GumboNode *root = citep_dom_root(dom);
    struct cards cards = {0};
    cite_status st = find_cards(&c, root, &cards);
    for (const GumboNode *n = root; n && st == CITE_OK;) {
        const struct card *card = citep_dom_is_elem(n) ? card_at(&cards, n) : NULL;
        if (card || (citep_dom_is_elem(n) && may_embed(n) && (is_wrapper(n) || rule_for(n)))) {
            struct hx h;
            if (card) {
                memset(&h, 0, sizeof h);
                h.node = n;
                st = rx_card(&c, &h, card);
            } else {
                st = build(&c, n, &h);
            }
            if (st == CITE_OK && c.st != CITE_OK)
                st = c.st;
            if (st != CITE_OK)
                break;
            if (h.platform && (h.post_id || h.url || h.text_node) &&
                (st = add(&c, &h, out)) != CITE_OK)
                break;
            if (h.platform) {
                n = citep_dom_next(n, root, false); /* a quoted post is part of this one */
                continue;
            }
        }
        n = citep_dom_next(n, root, true);
    }
    citep_free(cards.v);
    return st == CITE_OK ? citep_embeds_json_find(d, dom, out) : st;
}

struct order {
    size_t start, i;
};

static int order_cmp(const void *a, const void *b)
{
    const struct order *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

cite_status citep_embeds_html_sort(cite_doc *d, struct citep_html_embeds *out)
{
    size_t n = d->embeds.n;
    bool sorted = true;
    for (size_t i = 1; i < n && sorted; i++)
        sorted = d->embeds.v[i - 1].span.start <= d->embeds.v[i].span.start;
    if (sorted)
        return CITE_OK;
    struct order *order = citep_malloc(n * sizeof *order);
    size_t *pos = citep_malloc(n * sizeof *pos);
    cite_embed *ev = citep_malloc(n * sizeof *ev);
    struct citep_embed_x *xv = citep_malloc(n * sizeof *xv);
    if (!order || !pos || !ev || !xv) {
        citep_free(order), citep_free(pos), citep_free(ev), citep_free(xv);
        return CITE_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        order[i] = (struct order){d->embeds.v[i].span.start, i};
    qsort(order, n, sizeof *order, order_cmp); /* ties in their first order */
    cite_status st = CITE_OK;
    for (size_t i = 0; i < n; i++) {
        ev[i] = d->embeds.v[order[i].i];
        xv[i] = d->embed_x.v[order[i].i];
        pos[order[i].i] = i;
        ev[i].id = citep_arena_printf(d->arena, "E%zu", i + 1);
        if (!ev[i].id)
            st = CITE_ENOMEM;
    }
    if (st == CITE_OK) {
        memcpy(d->embeds.v, ev, n * sizeof *ev);
        memcpy(d->embed_x.v, xv, n * sizeof *xv);
        for (size_t i = 0; i < out->n; i++)
            out->v[i].index = (int)pos[out->v[i].index];
        for (size_t i = 0; i < out->key_cap; i++) /* the dedupe keys follow */
            if (out->key_slot[i])
                out->key_slot[i] = pos[out->key_slot[i] - 1] + 1;
    }
    citep_free(order), citep_free(pos), citep_free(ev), citep_free(xv);
    return st;
}

cite_status citep_embeds_html_fragment(cite_doc *d, const char *html, size_t len,
                                       const GumboNode *anchor, bool detached,
                                       struct citep_html_embeds *out)
{
    struct ctx c = {d, CITE_OK, false};
    struct citep_dom frag = {0};
    cite_status st = citep_dom_parse(&frag, html, len, NULL);
    const GumboNode *root = st == CITE_OK ? citep_dom_root(&frag) : NULL;
    for (const GumboNode *n = root; n && st == CITE_OK;) {
        if (!(citep_dom_is_elem(n) && may_embed(n) && (is_wrapper(n) || rule_for(n)))) {
            n = citep_dom_next(n, root, true);
            continue;
        }
        struct hx h;
        st = build(&c, n, &h);
        if (st == CITE_OK && c.st != CITE_OK)
            st = c.st;
        if (st == CITE_OK && h.platform && (h.post_id || h.url || h.text_node)) {
            char *t = h.text_node ? node_text(&c, h.text_node, NULL, MAX_POST_TEXT) : NULL;
            if (t && !strcmp(h.platform, "tiktok")) {
                size_t b = 0, e = strlen(t);
                tiktok_caption(t, &b, &e);
                t[e] = '\0';
                t += b;
            }
            h.text = t && *t ? t : NULL;
            h.node = anchor;
            h.text_node = NULL;
            size_t before = out->n;
            st = add(&c, &h, out);
            if (st == CITE_OK && out->n > before)
                out->v[out->n - 1].detached = detached;
        }
        n = citep_dom_next(n, root, !h.platform);
    }
    citep_dom_free(&frag);
    return st != CITE_OK ? st : c.st;
}

cite_status citep_embeds_html_address(cite_doc *d, const char *url, const GumboNode *anchor,
                                      struct citep_html_embeds *out)
{
    struct ctx c = {d, CITE_OK, false};
    struct hx h;
    memset(&h, 0, sizeof h);
    h.node = anchor;
    if (!post_at(&c, adups(&c, url), &h, false))
        return c.st;
    cite_status st = add(&c, &h, out);
    return st != CITE_OK ? st : c.st;
}

static int by_node_cmp(const void *a, const void *b)
{
    const struct citep_node_ref *x = a, *y = b;
    if (x->node != y->node)
        return x->node < y->node ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

const struct citep_html_embed *citep_embeds_html_lookup(struct citep_html_embeds *e,
                                                        const GumboNode *n)
{
    if (e->by_node_n != e->n) { /* records added since: sort them again */
        struct citep_node_ref *v = citep_realloc(e->by_node, (e->n ? e->n : 1) * sizeof *v);
        if (!v) { /* no memory for the index: look the slow way */
            for (size_t i = 0; i < e->n; i++)
                if (e->v[i].node == n)
                    return &e->v[i];
            return NULL;
        }
        for (size_t i = 0; i < e->n; i++)
            v[i] = (struct citep_node_ref){(uintptr_t)e->v[i].node, i};
        qsort(v, e->n, sizeof *v, by_node_cmp);
        e->by_node = v;
        e->by_node_n = e->n;
    }
    size_t lo = 0, hi = e->n; /* the first record whose node is >= n */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (e->by_node[mid].node < (uintptr_t)n)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < e->n && e->by_node[lo].node == (uintptr_t)n ? &e->v[e->by_node[lo].i] : NULL;
}

/* A TikTok caption without the "@author" link before it and the
 * "♬ original sound" line after it. */
static void tiktok_caption(const char *s, size_t *b, size_t *e)
{
    size_t i = *b;
    while (i < *e && (s[i] == ' ' || s[i] == '\n'))
        i++;
    if (i < *e && s[i] == '@') {
        while (i < *e && s[i] != ' ' && s[i] != '\n')
            i++;
        *b = i;
    }
    for (size_t k = *b; k + 3 <= *e; k++)
        if (!memcmp(s + k, "\xE2\x99\xAC", 3)) {
            *e = k;
            break;
        }
    while (*b < *e && (s[*b] == ' ' || s[*b] == '\n'))
        (*b)++;
    while (*e > *b && (s[*e - 1] == ' ' || s[*e - 1] == '\n'))
        (*e)--;
}

static cite_status text_from_tree(cite_doc *d, cite_embed *em, const GumboNode *tn)
{
    struct ctx c = {d, CITE_OK, false};
    char *t = node_text(&c, tn, NULL, MAX_POST_TEXT);
    if (!t)
        return c.st;
    em->text = *t ? t : NULL;
    size_t s = citep_text_to_input(&d->utf8, citep_dom_start(tn));
    size_t e = citep_text_to_input(&d->utf8, citep_dom_end(tn));
    em->text_span = citep_span_from_input(d, s, e);
    return CITE_OK;
}

cite_status citep_embeds_html_finish(cite_doc *d, const struct citep_html_embeds *e)
{
    for (size_t i = 0; i < d->embeds.n; i++) {
        cite_embed *em = &d->embeds.v[i];
        const struct citep_embed_x *x = &d->embed_x.v[i];
        em->text = NULL;
        /* an X post known by its id alone (a frame, a component's box): the
         * address X answers for any id, when no copy of the post gave its own */
        if (!em->url && !strcmp(em->platform, "x") && all_digits(em->post_id) &&
            !(em->url = citep_arena_printf(d->arena, "https://x.com/i/status/%s", em->post_id)))
            return CITE_ENOMEM;
        if (x->t_start == SIZE_MAX || x->t_end <= x->t_start)
            continue;
        size_t tb = x->t_start, te = x->t_end;
        if (!strcmp(em->platform, "tiktok"))
            tiktok_caption(d->text.s, &tb, &te);
        if (te <= tb)
            continue;
        em->text = citep_arena_strndup(d->arena, d->text.s + tb, te - tb);
        if (!em->text)
            return CITE_ENOMEM;
        em->text_span = citep_span_from_view(d, &d->text, tb, te);
    }
    /* A post whose text the main-text choice left out: take it from the tree;
     * a post read from data has its words already. */
    for (size_t i = 0; i < e->n; i++) {
        cite_embed *em = &d->embeds.v[e->v[i].index];
        if (!em->text && e->v[i].text) {
            em->text = e->v[i].text;
            em->text_span = em->span;
        }
        if (!em->text && e->v[i].text_node) {
            cite_status st = text_from_tree(d, em, e->v[i].text_node);
            if (st != CITE_OK)
                return st;
        }
    }
    return CITE_OK;
}

void citep_embeds_html_free(struct citep_html_embeds *e)
{
    citep_free(e->v);
    citep_free(e->by_node);
    citep_free(e->key_slot);
    memset(e, 0, sizeof *e);
}
