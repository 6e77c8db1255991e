/*
 * embeds_text.c - embedded social posts in plain text (an article copied from
 * a web page, where each embed has collapsed to its fallback text).
 *
 * Each platform's embed code leaves a recognisable closing line, the anchor:
 *   X, Bluesky, Mastodon, Truth Social  "— Name (@handle) July 17, 2023 [url]"
 *   Instagram                           "A post shared by Name (@handle) [on date]"
 *   Facebook                            "Posted by Page on Monday, July 17, 2023"
 *   TikTok                              "♬ original sound - name" (after "@handle")
 *   Threads                             "Post by @handle" ("View on Threads")
 *   YouTube, Telegram, bare post links  a line holding only the post's URL
 * The anchor is parsed strictly (the whole line must fit the form) so that
 * prose that mentions a handle or an em-dash attribution is not taken for it.
 * Where the post starts is not marked: the finder walks back from the anchor
 * over paragraphs that score as post text (hashtags, t.co / pic.twitter.com
 * links, "…" truncation, emoji, @mentions, shortness) and stops at the first
 * that scores as article prose (long sentences, datelines, attribution verbs,
 * an introducing colon) or at the previous embed.
 */
#include "embeds.h"
#include "embeds_text_int.h"
#include "core/swar.h"
#include "entities/entities.h"

#include <stdio.h>
#include <string.h>

#define NONE ((size_t)-1)
#define MAX_POST_UNITS 15  /* paragraphs one post may span */
#define MAX_DELIM_LINES 10 /* how far an opening line ("@handle") may be */
#define CONTINUE_MIN 1.0   /* score a paragraph needs to extend a post upwards */
#define STRONG_POST 3.0    /* score that vouches for a neutral line after it */
#define MAX_ANCHOR_BYTES 600 /* a closing line is short; longer lines are prose */

struct rng {
    size_t b, e;
};

static bool rng_set(struct rng r)
{
    return r.e > r.b;
}

struct date {
    int y, m, d;
    bool ok;
    struct rng text;
};

/* What a platform's URL says. */
struct purl {
    const char *platform;
    struct rng handle, id, url;
    bool host_qualified; /* Mastodon: handle is user, host must be appended */
    struct rng host;
};

/* An anchor: the closing line(s) of an embed, and what they say. */
struct anchor {
    const char *platform;
    size_t b, e; /* the anchor in d->text, trailing lines included */
    size_t line;
    struct rng name, handle, handle_host, url, post_id;
    struct date date;
    bool has_date;
    double first_min; /* score the paragraph right above needs to be post text */
    size_t maxcp;     /* the platform's post length */
    bool fixed;       /* text already known (opening line found, YouTube title) */
    bool bare_url;    /* the anchor is only a link to the post */
    struct rng text;
    size_t span_b;
};

struct ctx {
    cite_doc *d;
    const char *s;
    struct citep_emb_line *ln;
    size_t nln;
    CITEP_VEC(struct anchor) an;
    CITEP_VEC(struct citep_para) units;
    bool blank_informative;
};

/* ---- characters and words ------------------------------------------------ */

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static bool is_alnum(unsigned char c)
{
    return is_digit(c) || is_alpha(c);
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static unsigned char lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static bool at3(const char *s, size_t i, size_t e, unsigned a, unsigned b, unsigned c)
{
    return i + 3 <= e && (unsigned char)s[i] == a && (unsigned char)s[i + 1] == b &&
           (unsigned char)s[i + 2] == c;
}

/* Spaces, tabs and U+00A0 / U+202F no-break spaces (not line breaks). */
static size_t skip_ws(const char *s, size_t i, size_t e)
{
    for (;;) {
        if (i < e && (s[i] == ' ' || s[i] == '\t'))
            i++;
        else if (i + 2 <= e && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else if (at3(s, i, e, 0xE2, 0x80, 0xAF))
            i += 3;
        else
            return i;
    }
}

/* Case-insensitive: does s[i..e) start with w? */
static bool ci_at(const char *s, size_t i, size_t e, const char *w)
{
    if (i > e)
        return false;
    /* most calls fail on the first letter: no strlen for them */
    if (w[0] && (i == e || lower((unsigned char)s[i]) != (unsigned char)w[0]))
        return false;
    size_t n = strlen(w);
    if (e - i < n)
        return false;
    for (size_t k = 0; k < n; k++)
        if (lower((unsigned char)s[i + k]) != (unsigned char)w[k])
            return false;
    return true;
}

/* As ci_at, and the match ends at a word boundary. */
static bool ci_word(const char *s, size_t i, size_t e, const char *w)
{
    size_t n = strlen(w);
    return ci_at(s, i, e, w) && (i + n >= e || !is_alnum((unsigned char)s[i + n]));
}

static bool ci_eq(const char *s, size_t b, size_t e, const char *w)
{
    if (b < e && w[0] && lower((unsigned char)s[b]) != (unsigned char)w[0])
        return false; /* as below, without a strlen */
    return e - b == strlen(w) && ci_at(s, b, e, w);
}

static size_t find(const char *s, size_t i, size_t e, const char *w)
{
    size_t n = strlen(w);
    if (!n)
        return i <= e ? i : NONE;
    while (i + n <= e) {
        const char *p = memchr(s + i, w[0], e - i - n + 1);
        if (!p)
            return NONE;
        i = (size_t)(p - s);
        if (memcmp(p + 1, w + 1, n - 1) == 0)
            return i;
        i++;
    }
    return NONE;
}

/* Length of a dash that opens a signature: em, en, horizontal bar, minus,
 * "--" or "-" (followed by white space), else 0. */
static size_t dash_len(const char *s, size_t i, size_t e)
{
    if (at3(s, i, e, 0xE2, 0x80, 0x94) || at3(s, i, e, 0xE2, 0x80, 0x93) ||
        at3(s, i, e, 0xE2, 0x80, 0x95) || at3(s, i, e, 0xE2, 0x88, 0x92))
        return 3;
    if (i + 2 <= e && s[i] == '-' && s[i + 1] == '-')
        return 2;
    if (i + 1 < e && s[i] == '-' && (s[i + 1] == ' ' || s[i + 1] == '\t'))
        return 1;
    return 0;
}

static size_t words_in(const char *s, size_t b, size_t e)
{
    size_t n = 0;
    bool in = false;
    for (size_t i = b; i < e; i++) {
        bool sp = is_space((unsigned char)s[i]);
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

static size_t cps(const char *s, struct rng r)
{
    return citep_utf8_count(s + r.b, r.e - r.b);
}

/* Reads 1..max digits that are not followed by another digit. */
static size_t read_int(const char *s, size_t i, size_t e, size_t max, int *v)
{
    size_t n = 0;
    *v = 0;
    while (i + n < e && is_digit((unsigned char)s[i + n])) {
        if (++n > max)
            return 0;
        *v = *v * 10 + (s[i + n - 1] - '0');
    }
    return n;
}

/* ---- URLs ------------------------------------------------------------------- */

struct url {
    size_t b, e;   /* the URL without surrounding punctuation */
    size_t hb, he; /* host */
    size_t pb;     /* path start ('/' or e) */
    size_t tok_e;  /* end of the white-space token */
};

static bool token_stop(const char *s, size_t i, size_t e)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return is_space(c);
    if (c == 0xC2)
        return i + 1 < e && (unsigned char)s[i + 1] == 0xA0;
    return c == 0xE2 && (at3(s, i, e, 0xE2, 0x80, 0x94) || at3(s, i, e, 0xE2, 0x80, 0x93) ||
                         at3(s, i, e, 0xE2, 0x80, 0xA6));
}

/* Parse s[b..e) as a URL (scheme optional, host with a letter TLD). */
static bool url_parse(const char *s, size_t b, size_t e, struct url *u)
{
    size_t i = b;
    if (ci_at(s, i, e, "https://"))
        i += 8;
    else if (ci_at(s, i, e, "http://"))
        i += 7;
    size_t hb = i, dot = NONE;
    while (i < e && (is_alnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '.')) {
        if (s[i] == '.')
            dot = i;
        i++;
    }
    if (dot == NONE || dot <= hb || i - dot - 1 < 2 || (i < e && s[i] != '/' && s[i] != '?' &&
                                                        s[i] != '#' && s[i] != ':'))
        return false;
    for (size_t k = dot + 1; k < i; k++)
        if (!is_alpha((unsigned char)s[k]))
            return false;
    u->b = b;
    u->e = e;
    u->hb = hb;
    u->he = i;
    u->pb = i;
    return true;
}

/* Next URL token at or after *i; *i moves past it. Tokens are the runs of
 * positions where no token_stop begins. A URL's host has a dot, and no stop
 * contains one, so only the token around the next dot is looked at: its start
 * is found by walking back from the dot, never before *i. */
static bool url_next(const char *s, size_t *i, size_t e, struct url *u)
{
    while (*i < e) {
        const char *p = memchr(s + *i, '.', e - *i);
        if (!p) {
            *i = e;
            return false;
        }
        size_t b = (size_t)(p - s);
        while (b > *i && !token_stop(s, b - 1, e))
            b--;
        *i = (size_t)(p - s) + 1;
        while (*i < e && !token_stop(s, *i, e))
            (*i)++;
        size_t te = *i;
        while (b < te && strchr("(<[\"'", s[b]))
            b++;
        while (te > b && strchr(".,;:!?)>]\"'", s[te - 1]))
            te--;
        while (te - b >= 3 && (at3(s, te - 3, te, 0xE2, 0x80, 0x9D) ||
                               at3(s, te - 3, te, 0xE2, 0x80, 0x99)))
            te -= 3;
        if (te > b && url_parse(s, b, te, u)) {
            u->tok_e = *i;
            return true;
        }
    }
    return false;
}

static bool host_is(const char *s, const struct url *u, const char *h)
{
    size_t n = strlen(h), hl = u->he - u->hb;
    if (hl == n)
        return ci_at(s, u->hb, u->he, h);
    return hl > n && s[u->he - n - 1] == '.' && ci_at(s, u->he - n, u->he, h);
}

/* The n-th path segment (0-based), stopping at '?' or '#'. */
static bool path_seg(const char *s, const struct url *u, int n, struct rng *out)
{
    size_t i = u->pb;
    for (int k = 0; i < u->e && s[i] == '/'; k++) {
        size_t b = ++i;
        while (i < u->e && s[i] != '/' && s[i] != '?' && s[i] != '#')
            i++;
        if (k == n) {
            *out = (struct rng){b, i};
            return i > b;
        }
    }
    return false;
}

static bool all_digits(const char *s, struct rng r)
{
    for (size_t i = r.b; i < r.e; i++)
        if (!is_digit((unsigned char)s[i]))
            return false;
    return rng_set(r);
}

static bool seg_is(const char *s, const struct url *u, int n, const char *w)
{
    struct rng r;
    return path_seg(s, u, n, &r) && ci_eq(s, r.b, r.e, w);
}

/* Value of query parameter key ("v=") in the URL. */
static bool query_param(const char *s, const struct url *u, const char *key, struct rng *out)
{
    size_t q = find(s, u->pb, u->e, "?");
    size_t n = strlen(key);
    for (size_t i = q; q != NONE && i < u->e; i++) {
        if ((s[i] == '?' || s[i] == '&') && i + 1 + n <= u->e && memcmp(s + i + 1, key, n) == 0) {
            size_t b = i + 1 + n, k = b;
            while (k < u->e && s[k] != '&' && s[k] != '#')
                k++;
            *out = (struct rng){b, k};
            return k > b;
        }
    }
    return false;
}

/* "@name" segment -> name. */
static bool at_seg(const char *s, const struct url *u, int n, struct rng *out)
{
    if (!path_seg(s, u, n, out) || s[out->b] != '@')
        return false;
    out->b++;
    return rng_set(*out);
}

static bool purl_social(const char *s, const struct url *u, struct purl *p)
{
    struct rng a, b;
    if (host_is(s, u, "twitter.com") || host_is(s, u, "x.com")) {
        if (!path_seg(s, u, 0, &a) || !seg_is(s, u, 1, "status") || !path_seg(s, u, 2, &b) ||
            !all_digits(s, b))
            return false;
        p->platform = "x";
        if (!ci_eq(s, a.b, a.e, "i"))
            p->handle = a;
        p->id = b;
        return true;
    }
    if (host_is(s, u, "bsky.app")) {
        if (!seg_is(s, u, 0, "profile") || !path_seg(s, u, 1, &a) || !seg_is(s, u, 2, "post") ||
            !path_seg(s, u, 3, &b))
            return false;
        p->platform = "bluesky";
        if (!ci_at(s, a.b, a.e, "did:"))
            p->handle = a;
        p->id = b;
        return true;
    }
    if (host_is(s, u, "threads.net") || host_is(s, u, "threads.com")) {
        if (!at_seg(s, u, 0, &a) || !seg_is(s, u, 1, "post") || !path_seg(s, u, 2, &b))
            return false;
        p->platform = "threads", p->handle = a, p->id = b;
        return true;
    }
    if (host_is(s, u, "instagram.com")) {
        if (!(seg_is(s, u, 0, "p") || seg_is(s, u, 0, "reel") || seg_is(s, u, 0, "tv")) ||
            !path_seg(s, u, 1, &b))
            return false;
        p->platform = "instagram", p->id = b;
        return true;
    }
    if (host_is(s, u, "tiktok.com")) {
        if (!at_seg(s, u, 0, &a) || !seg_is(s, u, 1, "video") || !path_seg(s, u, 2, &b))
            return false;
        p->platform = "tiktok", p->handle = a, p->id = b;
        return true;
    }
    return false;
}

static bool purl_other(const char *s, const struct url *u, struct purl *p)
{
    struct rng a, b;
    if (host_is(s, u, "facebook.com") || host_is(s, u, "fb.com")) {
        for (int k = 0; k < 4; k++)
            if ((seg_is(s, u, k, "posts") || seg_is(s, u, k, "videos")) &&
                path_seg(s, u, k + 1, &b)) {
                p->platform = "facebook", p->id = b;
                if (k > 0 && path_seg(s, u, 0, &a))
                    p->handle = a;
                return true;
            }
        if (query_param(s, u, "story_fbid=", &b)) {
            p->platform = "facebook", p->id = b;
            return true;
        }
        return false;
    }
    if (host_is(s, u, "youtube.com") || host_is(s, u, "youtu.be")) {
        if (host_is(s, u, "youtu.be") ? path_seg(s, u, 0, &b)
            : seg_is(s, u, 0, "watch") ? query_param(s, u, "v=", &b)
            : ((seg_is(s, u, 0, "shorts") || seg_is(s, u, 0, "embed") ||
                seg_is(s, u, 0, "live")) && path_seg(s, u, 1, &b))) {
            p->platform = "youtube", p->id = b;
            return true;
        }
        return false;
    }
    if (host_is(s, u, "t.me") || host_is(s, u, "telegram.me")) {
        int k = seg_is(s, u, 0, "s") ? 1 : 0;
        if (!path_seg(s, u, k, &a) || !path_seg(s, u, k + 1, &b) || !all_digits(s, b) ||
            a.e - a.b < 4)
            return false;
        p->platform = "telegram", p->handle = a, p->id = b;
        return true;
    }
    if (host_is(s, u, "truthsocial.com")) { /* /@user/posts/ID, or /@user/ID as on Mastodon */
        if (!at_seg(s, u, 0, &a) ||
            !((path_seg(s, u, 1, &b) && all_digits(s, b)) ||
              (seg_is(s, u, 1, "posts") && path_seg(s, u, 2, &b) && all_digits(s, b))))
            return false;
        p->platform = "truthsocial", p->handle = a, p->id = b;
        return true;
    }
    /* Mastodon: any instance, https://instance/@user/123456 */
    if (at_seg(s, u, 0, &a) && path_seg(s, u, 1, &b) && all_digits(s, b) &&
        !host_is(s, u, "medium.com")) {
        p->platform = "mastodon", p->handle = a, p->id = b;
        p->host_qualified = true;
        p->host = (struct rng){u->hb, u->he};
        return true;
    }
    return false;
}

/* Is u the address of one post (or video) on a known platform? */
static bool purl_classify(const char *s, const struct url *u, struct purl *p)
{
    memset(p, 0, sizeof *p);
    p->url = (struct rng){u->b, u->e};
    return purl_social(s, u, p) || purl_other(s, u, p);
}

/* The last post URL of `platform` in [b, e). */
static bool find_post_url(const char *s, size_t b, size_t e, const char *platform,
                          struct purl *out)
{
    struct url u;
    struct purl p;
    bool found = false;
    while (url_next(s, &b, e, &u))
        if (purl_classify(s, &u, &p) && strcmp(p.platform, platform) == 0) {
            *out = p;
            found = true;
        }
    return found;
}

/* ---- dates ------------------------------------------------------------------ */

static const char *const month_names[] = {"january", "february", "march",     "april",
                                          "may",     "june",     "july",      "august",
                                          "september", "october", "november", "december"};
static const char *const day_names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};

static size_t word_end(const char *s, size_t i, size_t e)
{
    while (i < e && is_alpha((unsigned char)s[i]))
        i++;
    return i;
}

/* A full or three-letter name from the table (and "sept"); 1-based, or 0. */
static int name_at(const char *s, size_t b, size_t e, const char *const *tab, int n)
{
    size_t len = e - b;
    for (int k = 0; k < n && len >= 3; k++) {
        size_t full = strlen(tab[k]);
        bool sept = tab == month_names && k == 8 && len == 4;
        if (len > full || (len != full && len != 3 && !sept))
            continue;
        size_t j = 0;
        while (j < len && lower((unsigned char)s[b + j]) == (unsigned char)tab[k][j])
            j++;
        if (j == len)
            return k + 1;
    }
    return 0;
}

static int month_at(const char *s, size_t i, size_t e, size_t *end)
{
    size_t w = word_end(s, i, e);
    int m = name_at(s, i, w, month_names, 12);
    if (m && w < e && s[w] == '.')
        w++;
    *end = w;
    return m;
}

/* A month in another language after a day, as Mastodon, Bluesky and X write
 * dates in their users' locales ("20 mei 2025, 08:14", "3 de agosto de
 * 2025", "12. Juni 2025", "5 d'agost de 2024", "5 ago 2024"); parse_date
 * wants a year right after it. */
static int month_l10n_at(const char *s, size_t i, size_t e, size_t *end)
{
    if (ci_at(s, i, e, "de "))
        i += 3;
    else if (ci_at(s, i, e, "d'")) /* Catalan: "5 d'agost de 2024" */
        i += 2;
    else if (ci_at(s, i, e, "d\xE2\x80\x99"))
        i += 4;
    size_t w = i;
    while (w < e && (is_alpha((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80))
        w++;
    int m = w > i ? citep_emb_month_l10n(s + i, w - i) : 0;
    if (m && w < e && s[w] == '.') /* "3 févr. 2025", "17. helmik. 2025" */
        w++;
    *end = w;
    return m;
}

static size_t skip_ordinal(const char *s, size_t i, size_t e)
{
    if (ci_at(s, i, e, "st") || ci_at(s, i, e, "nd") || ci_at(s, i, e, "rd") ||
        ci_at(s, i, e, "th"))
        return i + 2;
    return i;
}

static bool date_valid(int y, int m, int d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

/* "2023-07-17" */
static size_t parse_iso(const char *s, size_t i, size_t e, struct date *dt)
{
    int y, m, d;
    if (read_int(s, i, e, 4, &y) != 4 || i + 10 > e || s[i + 4] != '-' ||
        read_int(s, i + 5, e, 2, &m) != 2 || s[i + 7] != '-' ||
        read_int(s, i + 8, e, 2, &d) != 2)
        return 0;
    dt->y = y, dt->m = m, dt->d = d;
    return i + 10;
}

/* Digits and the year, month or day sign after them: "2025年8月31日"
 * (Japanese, Chinese), "2025년 8월 31일" (Korean, with spaces). */
static size_t cjk_part(const char *s, size_t i, size_t e, size_t max, const char *sign, int *v)
{
    i = skip_ws(s, i, e);
    size_t n = read_int(s, i, e, max, v);
    return n && ci_at(s, i + n, e, sign) ? i + n + strlen(sign) : 0;
}

static size_t parse_cjk(const char *s, size_t i, size_t e, struct date *dt)
{
    static const char *const SIGN[2][3] = {
        {"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"},  /* 年 月 日 */
        {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"}}; /* 년 월 일 */
    for (int l = 0; l < 2; l++) {
        int y, m, d;
        size_t k = cjk_part(s, i, e, 4, SIGN[l][0], &y);
        if (k && k - i >= 4 + 3 && (k = cjk_part(s, k, e, 2, SIGN[l][1], &m)) != 0 &&
            (k = cjk_part(s, k, e, 2, SIGN[l][2], &d)) != 0) {
            dt->y = y, dt->m = m, dt->d = d;
            return k;
        }
    }
    return 0;
}

/* "15.11.2025": day first, as European locales write dates with dots. */
static size_t parse_dotted(const char *s, size_t i, size_t e, struct date *dt)
{
    int d, m, y;
    size_t n = read_int(s, i, e, 2, &d), k;
    if (!n || i + n >= e || s[i + n] != '.')
        return 0;
    k = i + n + 1;
    if (!(n = read_int(s, k, e, 2, &m)) || k + n >= e || s[k + n] != '.')
        return 0;
    k += n + 1;
    if (read_int(s, k, e, 4, &y) != 4)
        return 0;
    dt->y = y, dt->m = m, dt->d = d;
    return k + 4;
}

/* "[Weekday, ]July 17, 2023", "17 July 2023", "2023-07-17". The shape is
 * enough to match; dt->ok says whether the day exists. Returns the end or 0. */
/* "21/07/2024", "06/23/24": day first when the first figure cannot be a month
 * (the reader's locale in Apple News), else month first (Threads' own form). */
static size_t parse_slashed(const char *s, size_t i, size_t e, struct date *dt)
{
    int a, b, y;
    size_t n = read_int(s, i, e, 2, &a), k, n3;
    if (!n || i + n >= e || s[i + n] != '/')
        return 0;
    k = i + n + 1;
    if (!(n = read_int(s, k, e, 2, &b)) || k + n >= e || s[k + n] != '/')
        return 0;
    k += n + 1;
    n3 = read_int(s, k, e, 4, &y);
    if (n3 != 2 && n3 != 4)
        return 0;
    dt->y = n3 == 2 ? 2000 + y : y;
    if (a > 12 && b <= 12)
        dt->d = a, dt->m = b;
    else
        dt->m = a, dt->d = b;
    return k + n3;
}

static size_t parse_date(const char *s, size_t i, size_t e, struct date *dt)
{
    size_t j = i, k = word_end(s, i, e);
    int v;
    if (k > j && name_at(s, j, k, day_names, 7)) {
        j = (k < e && s[k] == ',') ? k + 1 : k;
        j = skip_ws(s, j, e);
    }
    if (j < e && is_digit((unsigned char)s[j]) && (k = parse_iso(s, j, e, dt)) != 0) {
    } else if (j < e && is_digit((unsigned char)s[j]) && (k = parse_dotted(s, j, e, dt)) != 0) {
    } else if (j < e && is_digit((unsigned char)s[j]) && (k = parse_cjk(s, j, e, dt)) != 0) {
    } else if (j < e && is_digit((unsigned char)s[j]) && (k = parse_slashed(s, j, e, dt)) != 0) {
    } else if (j < e && is_digit((unsigned char)s[j])) {
        size_t n = read_int(s, j, e, 2, &dt->d);
        if (!n)
            return 0;
        k = j + n;
        if (k < e && s[k] == '.') /* "12. Juni 2025" */
            k++;
        size_t mb = skip_ws(s, skip_ordinal(s, k, e), e);
        if (!(dt->m = month_at(s, mb, e, &k)) && !(dt->m = month_l10n_at(s, mb, e, &k)))
            return 0;
        k = skip_ws(s, (k < e && s[k] == ',') ? k + 1 : k, e);
        if (ci_at(s, k, e, "de ")) /* "3 de agosto de 2025" */
            k += 3;
        if (read_int(s, k, e, 4, &dt->y) != 4)
            return 0;
        k += 4;
    } else {
        if (!(dt->m = month_at(s, j, e, &k)) || k == j)
            return 0;
        k = skip_ws(s, k, e);
        size_t n = read_int(s, k, e, 2, &dt->d);
        if (!n)
            return 0;
        k = skip_ordinal(s, k + n, e);
        k = skip_ws(s, (k < e && s[k] == ',') ? k + 1 : k, e);
        if (read_int(s, k, e, 4, &v) != 4)
            return 0;
        dt->y = v;
        k += 4;
    }
    if (k < e && is_alnum((unsigned char)s[k]))
        return 0;
    dt->ok = date_valid(dt->y, dt->m, dt->d);
    dt->text = (struct rng){j, k};
    return k;
}

/* The morning or afternoon mark X's Japanese, Chinese, Korean and Hindi
 * widgets write before the time ("午前6:40", "下午3:05", "오전 6:40", "रात
 * 11:42"); its length or 0. */
static size_t cjk_ampm(const char *s, size_t i, size_t e)
{
    static const char *const MARK[] = {"\xE5\x8D\x88\xE5\x89\x8D", "\xE5\x8D\x88\xE5\xBE\x8C",
                                       "\xE4\xB8\x8A\xE5\x8D\x88", "\xE4\xB8\x8B\xE5\x8D\x88",
                                       "\xEC\x98\xA4\xEC\xA0\x84", "\xEC\x98\xA4\xED\x9B\x84"};
    /* Turkish before noon, after noon ("ÖS 3:12"); Hindi: morning, afternoon,
     * evening, night ("रात 11:42") */
    static const char *const HI[] = {"\xC3\x96\xC3\x96", "\xC3\x96s", /* Turkish ÖÖ, ÖS */
                                     "\xE0\xA4\xB8\xE0\xA5\x81\xE0\xA4\xAC\xE0\xA4\xB9",
                                     "\xE0\xA4\xA6\xE0\xA5\x8B\xE0\xA4\xAA\xE0\xA4\xB9"
                                     "\xE0\xA4\xB0",
                                     "\xE0\xA4\xB6\xE0\xA4\xBE\xE0\xA4\xAE",
                                     "\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xA4"};
    for (size_t k = 0; k < sizeof MARK / sizeof *MARK; k++)
        if (ci_at(s, i, e, MARK[k]))
            return 6;
    for (size_t k = 0; k < sizeof HI / sizeof *HI; k++)
        if (ci_at(s, i, e, HI[k]) && i + strlen(HI[k]) < e && s[i + strlen(HI[k])] == ' ')
            return strlen(HI[k]);
    return 0;
}

/* Words that put a time after a date: "at", "klo" (Finnish), "kl." (Nordic),
 * "um" (German), "à", "alle", "às", "om", "o" (Polish), "в" (Russian). After
 * one of them a time may be written with a point ("klo 9.14"). */
static size_t time_word(const char *s, size_t i, size_t e)
{
    static const char *const W[] = {"at", "klo", "kl.", "um", "\xC3\xA0", "alle", "\xC3\xA0s",
                                    "om", "o", "\xD0\xB2", "a las", "a la"};
    for (size_t k = 0; k < sizeof W / sizeof *W; k++) {
        size_t n = strlen(W[k]);
        if (ci_at(s, i, e, W[k]) && i + n < e && s[i + n] == ' ' && i + n + 1 < e &&
            is_digit((unsigned char)s[i + n + 1]))
            return n;
    }
    return 0;
}

static size_t parse_time_sep(const char *s, size_t i, size_t e, bool dot);

static size_t parse_time(const char *s, size_t i, size_t e)
{
    return parse_time_sep(s, i, e, false);
}

/* "10:12 AM", "10:12am PDT", "22:05 UTC", "8:15 μ.μ.", "10:12 Uhr"; with dot,
 * also "9.14"; returns the end or i. */
static size_t parse_time_sep(const char *s, size_t i, size_t e, bool dot)
{
    int h, m;
    size_t mark = cjk_ampm(s, i, e), i0 = i;
    if (mark)
        i = skip_ws(s, i + mark, e);
    size_t n = read_int(s, i, e, 2, &h), k;
    if (!n || h > 23 || i + n >= e || (s[i + n] != ':' && !(dot && s[i + n] == '.')))
        return i0;
    k = i + n + 1;
    if (read_int(s, k, e, 2, &m) != 2 || m > 59)
        return i0;
    k += 2;
    size_t t = skip_ws(s, k, e);
    if (ci_word(s, t, e, "am") || ci_word(s, t, e, "pm"))
        k = t + 2;
    else if (ci_at(s, t, e, "a.m.") || ci_at(s, t, e, "p.m."))
        k = t + 4;
    else if (ci_at(s, t, e, "a. m.") || ci_at(s, t, e, "p. m.")) /* Spanish */
        k = t + 5;
    else if (ci_at(s, t, e, "\xCF\x80.\xCE\xBC.") || ci_at(s, t, e, "\xCE\xBC.\xCE\xBC.")) /* Greek */
        k = t + 6;
    else if (ci_word(s, t, e, "uhr"))
        k = t + 3;
    else if ((ci_at(s, t, e, "\xD9\x85") || ci_at(s, t, e, "\xD8\xB5")) &&
             (t + 2 == e || s[t + 2] == ' ')) /* Arabic: masa'an, sabahan */
        k = t + 2;
    else if (ci_at(s, t, e, "\xC3\x96\xC3\x96") || ci_at(s, t, e, "\xC3\x96s")) /* Turkish */
        k = t + ((s[t + 2] | 0x20) == 's' ? 3 : 4);
    t = skip_ws(s, k, e);
    size_t z = t;
    while (z < e && s[z] >= 'A' && s[z] <= 'Z')
        z++;
    if (z - t >= 2 && z - t <= 5 && (z == e || !is_alnum((unsigned char)s[z])))
        k = z;
    return k;
}

/* Optional separator between a date and a time: ",", "at", "·", "-". */
static size_t skip_sep(const char *s, size_t i, size_t e)
{
    i = skip_ws(s, i, e);
    if (i < e && (s[i] == ',' || s[i] == '-'))
        i = skip_ws(s, i + 1, e);
    size_t w = time_word(s, i, e);
    if (w)
        i = skip_ws(s, i + w, e);
    else if (i + 2 <= e && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7)
        i = skip_ws(s, i + 2, e);
    else if (at3(s, i, e, 0xE2, 0x88, 0x99) || at3(s, i, e, 0xE2, 0x80, 0xA2)) /* ∙ • */
        i = skip_ws(s, i + 3, e);
    return i;
}

/* A date with an optional time before or after it. Returns the end or 0. */
static size_t parse_datetime(const char *s, size_t i, size_t e, struct date *dt)
{
    memset(dt, 0, sizeof *dt);
    size_t j = parse_time(s, i, e);
    if (j > i)
        j = skip_sep(s, j, e);
    size_t k = parse_date(s, j, e, dt);
    if (!k)
        return 0;
    j = skip_sep(s, k, e);
    size_t t = parse_time_sep(s, j, e, j > k && time_word(s, skip_ws(s, k, e), e));
    return t > j ? t : k;
}

/* ---- handles ------------------------------------------------------------- */

static bool chars_in(const char *s, struct rng r, const char *extra)
{
    for (size_t i = r.b; i < r.e; i++)
        if (!is_alnum((unsigned char)s[i]) && !strchr(extra, s[i]))
            return false;
    return rng_set(r);
}

enum handle_kind { H_BAD, H_X, H_X_LONG, H_MASTODON, H_DOTTED };

static enum handle_kind handle_kind(const char *s, struct rng h)
{
    size_t at = find(s, h.b, h.e, "@");
    if (at != NONE) {
        struct rng user = {h.b, at}, host = {at + 1, h.e};
        if (user.e - user.b <= 30 && chars_in(s, user, "_.-") && chars_in(s, host, ".-") &&
            find(s, host.b, host.e, ".") != NONE)
            return H_MASTODON;
        return H_BAD;
    }
    if (chars_in(s, h, "_"))
        return h.e - h.b <= 15 ? H_X : H_X_LONG;
    if (chars_in(s, h, ".-_") && h.e - h.b <= 253 && s[h.e - 1] != '.')
        return H_DOTTED;
    return H_BAD;
}

/* ---- signature lines ---------------------------------------------------- */

struct sig {
    struct rng name, handle, url;
    struct date date;
    bool has_date;
};

/* The rest of a signature after the date: only URLs (and separators). */
static bool only_urls(const char *s, size_t j, size_t e, struct rng *first)
{
    struct url u;
    while ((j = skip_ws(s, j, e)) < e) {
        if (s[j] == '|' || (j + 2 <= e && (unsigned char)s[j] == 0xC2 &&
                            (unsigned char)s[j + 1] == 0xB7)) {
            j += s[j] == '|' ? 1 : 2;
            continue;
        }
        size_t t = j;
        if (!url_next(s, &t, e, &u) || u.b > j + 1)
            return false;
        if (!rng_set(*first))
            *first = (struct rng){u.b, u.e};
        j = u.tok_e;
    }
    return true;
}

/* "— Name (@handle) July 17, 2023 [url]" filling all of s[i..e). max_words
 * bounds the display name (tighter without a dash, where prose is likelier). */
static bool parse_sig(const char *s, size_t i, size_t e, bool need_dash, struct sig *g)
{
    memset(g, 0, sizeof *g);
    size_t dl = dash_len(s, i, e);
    if (!dl && need_dash)
        return false;
    i = skip_ws(s, i + dl, e);
    size_t p = find(s, i, e - i > 260 ? i + 260 : e, "(@");
    if (p == NONE)
        return false;
    size_t nb = i, ne = p;
    citep_emb_trim(s, &nb, &ne);
    if (ne > nb && s[ne - 1] == '\n') { /* "— Name" with "(@handle)" on the next line */
        ne--;
        citep_emb_trim(s, &nb, &ne);
    }
    g->name = (struct rng){nb, ne};
    if (cps(s, g->name) > 64 || words_in(s, nb, ne) > (dl ? 10u : 6u))
        return false;
    size_t q = p + 2;
    while (q < e && s[q] != ')' && !is_space((unsigned char)s[q]))
        q++;
    if (q >= e || s[q] != ')' || q == p + 2)
        return false;
    g->handle = (struct rng){p + 2, q};
    size_t j = skip_ws(s, q + 1, e);
    if (ci_word(s, j, e, "on"))
        j = skip_ws(s, j + 2, e);
    size_t k = parse_datetime(s, j, e, &g->date);
    if (k) {
        g->has_date = true;
        j = k;
    }
    if (!only_urls(s, j, e, &g->url))
        return false;
    return g->has_date || rng_set(g->url);
}

/* ---- paragraph features and scores -------------------------------------- */

struct feat {
    size_t cp, words, tags, ments, media, links, sentences;
    bool emoji, ellipsis, colon_end, period_end, dateline, cue, stop, ui;
};

static bool is_emoji(int32_t c)
{
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x1F1E6 && c <= 0x1F1FF) || c == 0x2B50 || c == 0x2B55 || c == 0x203C ||
           c == 0x2049 || c == 0x2705 || c == 0x274C || c == 0x2B06 || c == 0x2B07;
}

static const char *const media_hosts[] = {"pic.twitter.com", "t.co",   "bit.ly",
                                          "ow.ly",           "buff.ly", "trib.al",
                                          "dlvr.it",         "instagr.am", "youtu.be"};

static void scan_urls(const char *s, size_t b, size_t e, struct feat *f)
{
    struct url u;
    while (url_next(s, &b, e, &u)) {
        bool media = false;
        for (size_t k = 0; k < sizeof media_hosts / sizeof *media_hosts; k++)
            media = media || host_is(s, &u, media_hosts[k]);
        if (media)
            f->media++;
        else
            f->links++;
    }
}

/* "BEIJING, CHINA —", "WASHINGTON (AP) —": an all-capitals place before a dash. */
static bool dateline(const char *s, size_t b, size_t e)
{
    size_t caps = 0, depth = 0;
    for (size_t i = b; i < e && i < b + 80; i++) {
        unsigned char c = (unsigned char)s[i];
        if (dash_len(s, i, e) && caps >= 4 && i > b && s[i - 1] == ' ')
            return true;
        if (c == '(')
            depth++;
        else if (c == ')' && depth)
            depth--;
        else if (c >= 'A' && c <= 'Z')
            caps++;
        else if (!(depth && is_alpha(c)) && !strchr(" ,.'", c))
            return false;
    }
    return false;
}

/* Attribution words, each after a space; "according to" is looked for apart. */
#define CUE(w) {w, sizeof w - 1}
static const struct {
    const char *w;
    size_t n;
} prose_cues[] = {CUE(" said"),    CUE(" says "),     CUE(" told "),  CUE(" reported"),
                  CUE(" reports"), CUE(" announced"), CUE(" stated"), CUE(" posted"),
                  CUE(" tweeted"), CUE(" wrote"),     CUE(" added")};
#undef CUE

/* Does s[b..e) hold one of prose_cues or "according to"? One pass over the
 * spaces instead of a search per cue. */
static bool has_prose_cue(const char *s, size_t b, size_t e)
{
    for (size_t i = b; i + 1 < e;) {
        const char *p = memchr(s + i, ' ', e - i - 1);
        if (!p)
            break;
        i = (size_t)(p - s);
        unsigned char c1 = (unsigned char)s[i + 1];
        /* the first letters of the cues (and NUL, as strchr would take it) */
        if (c1 == 's' || c1 == 't' || c1 == 'r' || c1 == 'a' || c1 == 'p' || c1 == 'w' ||
            !c1)
            for (size_t k = 0; k < sizeof prose_cues / sizeof *prose_cues; k++) {
                size_t n = prose_cues[k].n;
                if (n <= e - i && s[i + 1] == prose_cues[k].w[1] &&
                    memcmp(s + i, prose_cues[k].w, n) == 0)
                    return true;
            }
        i++;
    }
    return find(s, b, e, "according to") != NONE;
}
static const char *const stop_starts[] = {"copyright", "\xC2\xA9", "advertisement", "read more",
                                          "related:",  "also read", "subscribe",    "share this"};
static const char *const ui_lines[] = {"quote",          "quote tweet",    "quote post",
                                       "view on threads", "watch on youtube", "view profile",
                                       "view more on instagram", "view this post on instagram",
                                       "like",           "comment",        "share",
                                       "copy link",      "follow",         "read more on x",
                                       "\xC2\xB7",       "add a comment...",
                                       /* X's Japanese widget: Follow, Reply, Copy link */
                                       "\xE3\x83\x95\xE3\x82\xA9\xE3\x83\xAD\xE3\x83\xBC\xE3\x81\x99\xE3\x82\x8B",
                                       "\xE8\xBF\x94\xE4\xBF\xA1",
                                       "\xE3\x83\xAA\xE3\x83\xB3\xE3\x82\xAF\xE3\x82\x92\xE3\x82\xB3\xE3\x83\x94\xE3\x83\xBC",
                                       "[contains quote post or other embedded content]",
                                       /* the same lines in the widgets' other languages:
                                        * Follow, Reply, Copy link, Watch on YouTube,
                                        * View this post on Instagram */
                                       "seguir",
                                       "suivre",
                                       "folgen",
                                       "segui",
                                       "volgen",
                                       "obserwuj",
                                       "sledovat",
                                       "takip et",
                                       "ikuti",
                                       "seuraa",
                                       "f\xC3\xB6lj",
                                       "f\xC3\xB8lg",
                                       "\xCE\x91\xCE\xBA\xCE\xBF\xCE\xBB\xCE\xBF\xCF\x85\xCE\xB8\xCE\xAE\xCF\x83\xCF\x84\xCE\xB5",
                                       "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C",
                                       "\xD0\xA1\xD1\x82\xD0\xB5\xD0\xB6\xD0\xB8\xD1\x82\xD0\xB8",
                                       "\xE0\xA4\xAB\xE0\xA4\xBC\xE0\xA5\x89\xE0\xA4\xB2\xE0\xA5\x8B \xE0\xA4\x95\xE0\xA4\xB0\xE0\xA5\x87\xE0\xA4\x82",
                                       "\xED\x8C\x94\xEB\xA1\x9C\xEC\x9A\xB0",
                                       "\xD9\x85\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9\xD8\xA9",
                                       "urm\xC4\x83re\xC8\x99te",
                                       "k\xC3\xB6vet\xC3\xA9s",
                                       "theo d\xC3\xB5i",
                                       "dilyn",
                                       "lean",
                                       "responder",
                                       "r\xC3\xA9pondre",
                                       "antworten",
                                       "rispondi",
                                       "beantwoorden",
                                       "odpowiedz",
                                       "odpov\xC4\x9B" "d\xC4\x9Bt",
                                       "yan\xC4\xB1tla",
                                       "balas",
                                       "vastaa",
                                       "svara",
                                       "svar",
                                       "\xCE\x91\xCF\x80\xCE\xAC\xCE\xBD\xCF\x84\xCE\xB7\xCF\x83\xCE\xB7",
                                       "\xD0\x9E\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C",
                                       "\xD0\x92\xD1\x96\xD0\xB4\xD0\xBF\xD0\xBE\xD0\xB2\xD1\x96\xD1\x81\xD1\x82\xD0\xB8",
                                       "\xE0\xA4\x9C\xE0\xA4\xB5\xE0\xA4\xBE\xE0\xA4\xAC \xE0\xA4\xA6\xE0\xA5\x87\xE0\xA4\x82",
                                       "\xEB\x8B\xB5\xEA\xB8\x80",
                                       "\xD8\xB1\xD8\xAF",
                                       "r\xC4\x83spunde",
                                       "v\xC3\xA1lasz",
                                       "tr\xE1\xBA\xA3 l\xE1\xBB\x9Di",
                                       "ateb",
                                       "freagair",
                                       "copiar enlace",
                                       "copiar link",
                                       "copier le lien",
                                       "link kopieren",
                                       "copia link",
                                       "link kopi\xC3\xABren",
                                       "kopiuj link",
                                       "zkop\xC3\xADrovat odkaz",
                                       "ba\xC4\x9Flant\xC4\xB1y\xC4\xB1 kopyala",
                                       "salin tautan",
                                       "kopioi linkki",
                                       "kopiera l\xC3\xA4nk",
                                       "kopier lenke",
                                       "kopi\xC3\xA9r link",
                                       "\xCE\x91\xCE\xBD\xCF\x84\xCE\xB9\xCE\xB3\xCF\x81\xCE\xB1\xCF\x86\xCE\xAE \xCF\x83\xCF\x85\xCE\xBD\xCE\xB4\xCE\xAD\xCF\x83\xCE\xBC\xCE\xBF\xCF\x85",
                                       "\xD0\x9A\xD0\xBE\xD0\xBF\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C \xD1\x81\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA\xD1\x83",
                                       "\xD0\x9A\xD0\xBE\xD0\xBF\xD1\x96\xD1\x8E\xD0\xB2\xD0\xB0\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xBE\xD1\x81\xD0\xB8\xD0\xBB\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8F",
                                       "\xE0\xA4\xB2\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\x95 \xE0\xA4\x95\xE0\xA5\x89\xE0\xA4\xAA\xE0\xA5\x80 \xE0\xA4\x95\xE0\xA4\xB0\xE0\xA5\x87\xE0\xA4\x82",
                                       "\xEB\xA7\x81\xED\x81\xAC \xEB\xB3\xB5\xEC\x82\xAC",
                                       "\xD9\x86\xD8\xB3\xD8\xAE \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA7\xD8\xA8\xD8\xB7",
                                       "copiaz\xC4\x83 linkul",
                                       "link m\xC3\xA1sol\xC3\xA1sa",
                                       "sao ch\xC3\xA9p li\xC3\xAAn k\xE1\xBA\xBFt",
                                       "cop\xC3\xAFo dolen",
                                       "c\xC3\xB3ipe\xC3\xA1il nasc",
                                       "ver en youtube",
                                       "assistir no youtube",
                                       "regarder sur youtube",
                                       "auf youtube ansehen",
                                       "guarda su youtube",
                                       "bekijk op youtube",
                                       "obejrzyj w youtube",
                                       "p\xC5\x99" "ehr\xC3\xA1t na youtube",
                                       "youtube'da izle",
                                       "tonton di youtube",
                                       "katso youtubessa",
                                       "titta p\xC3\xA5 youtube",
                                       "se p\xC3\xA5 youtube",
                                       "\xCE\xA0\xCE\xB1\xCF\x81\xCE\xB1\xCE\xBA\xCE\xBF\xCE\xBB\xCE\xBF\xCF\x8D\xCE\xB8\xCE\xB7\xCF\x83\xCE\xB7 \xCF\x83\xCF\x84\xCE\xBF youtube",
                                       "\xD0\xA1\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C \xD0\xBD\xD0\xB0 youtube",
                                       "\xD0\x94\xD0\xB8\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB8\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 youtube",
                                       "youtube \xE0\xA4\xAA\xE0\xA4\xB0 \xE0\xA4\xA6\xE0\xA5\x87\xE0\xA4\x96\xE0\xA5\x87\xE0\xA4\x82",
                                       "youtube\xEC\x97\x90\xEC\x84\x9C \xEB\xB3\xB4\xEA\xB8\xB0",
                                       "\xD9\x85\xD8\xB4\xD8\xA7\xD9\x87\xD8\xAF\xD8\xA9 \xD8\xB9\xD9\x84\xD9\x89 youtube",
                                       "vizioneaz\xC4\x83 pe youtube",
                                       "megtekint\xC3\xA9s a youtube-on",
                                       "xem tr\xC3\xAAn youtube",
                                       "gwylio ar youtube",
                                       "ver esta publicaci\xC3\xB3n en instagram",
                                       "ver esta publica\xC3\xA7\xC3\xA3o no instagram",
                                       "ver essa foto no instagram",
                                       "voir cette publication sur instagram",
                                       "diesen beitrag auf instagram ansehen",
                                       "visualizza questo post su instagram",
                                       "dit bericht op instagram bekijken",
                                       "zobacz ten post na instagramie",
                                       "instagram \xE0\xA4\xAA\xE0\xA4\xB0 \xE0\xA4\xAF\xE0\xA4\xB9 \xE0\xA4\xAA\xE0\xA5\x8B\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\x9F \xE0\xA4\xA6\xE0\xA5\x87\xE0\xA4\x96\xE0\xA5\x87\xE0\xA4\x82",
                                       "bu g\xC3\xB6nderiyi instagram'da g\xC3\xB6r",
                                       "lihat postingan ini di instagram",
                                       "katso t\xC3\xA4m\xC3\xA4 julkaisu instagramissa",
                                       "visa det h\xC3\xA4r inl\xC3\xA4gget p\xC3\xA5 instagram",
                                       "\xCE\x94\xCE\xB5\xCE\xAF\xCF\x84\xCE\xB5 \xCE\xB1\xCF\x85\xCF\x84\xCE\xAE \xCF\x84\xCE\xB7 \xCE\xB4\xCE\xB7\xCE\xBC\xCE\xBF\xCF\x83\xCE\xAF\xCE\xB5\xCF\x85\xCF\x83\xCE\xB7 \xCF\x83\xCF\x84\xCE\xBF instagram",
                                       "\xD0\x9F\xD0\xBE\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C \xD1\x8D\xD1\x82\xD1\x83 \xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8E \xD0\xB2 instagram",
                                       "instagram\xEC\x97\x90\xEC\x84\x9C \xEC\x9D\xB4 \xEA\xB2\x8C\xEC\x8B\x9C\xEB\xAC\xBC \xEB\xB3\xB4\xEA\xB8\xB0",
                                       "\xE3\x81\x93\xE3\x81\xAE\xE6\x8A\x95\xE7\xA8\xBF\xE3\x82\x92\x69\x6E\x73\x74\x61\x67\x72\x61\x6D\xE3\x81\xA7\xE8\xA6\x8B\xE3\x82\x8B",
                                       "\xD8\xB9\xD8\xB1\xD8\xB6\x20\xD9\x87\xD8\xB0\xD8\xA7\x20\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xB4\xD9\x88\xD8\xB1\x20\xD8\xB9\xD9\x84\xD9\x89\x20\x69\x6E\x73\x74\x61\x67\x72\x61\x6D"};

static bool is_ui_line(const char *s, size_t b, size_t e)
{
    if (e - b > 64) /* longer than any of them */
        return false;
    for (size_t k = 0; k < sizeof ui_lines / sizeof *ui_lines; k++)
        if (ci_eq(s, b, e, ui_lines[k]))
            return true;
    /* "@handle" alone: the author line of a quoted post or a TikTok embed */
    struct rng h = {b + 1, e};
    return e > b + 1 && s[b] == '@' && e - b <= 32 && chars_in(s, h, "_.");
}

/* One pass for the counts: code points, words (runs of non-space bytes),
 * hashtags, mentions, sentence starts, plus "…" and emoji. The bytes a
 * multi-byte character skips are continuation bytes inside a word, so the
 * counts are those of a byte-by-byte pass. */
static void scan_tokens(const char *s, size_t b, size_t e, struct feat *f)
{
    bool in = false; /* inside a word */
    for (size_t i = b; i < e; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((unsigned)((c | 32) - 'a') < 26u || (unsigned)(c - '0') < 10u) {
            /* a letter or digit, most of the text, only counts: the whole run
             * of them at once where eight bytes can be read */
            size_t k = i + 8 <= e ? citep_alnum8(s + i) : 1;
            f->cp += k;
            f->words += !in;
            in = true;
            i += k - 1;
            continue;
        }
        if (c == ' ') { /* the next most common byte: it only ends a word */
            f->cp++;
            in = false;
            continue;
        }
        bool sp = is_space(c);
        f->cp += (c & 0xC0) != 0x80;
        f->words += !sp && !in;
        in = !sp;
        bool start = i == b || is_space((unsigned char)s[i - 1]) || s[i - 1] == '(';
        if (start && (c == '#' || c == '@') && i + 1 < e &&
            (is_alnum((unsigned char)s[i + 1]) || s[i + 1] == '_' ||
             (unsigned char)s[i + 1] >= 0x80)) {
            if (c == '#')
                f->tags++;
            else
                f->ments++;
        }
        if ((c == '.' || c == '!' || c == '?') && i + 2 < e && s[i + 1] == ' ' &&
            s[i + 2] >= 'A' && s[i + 2] <= 'Z')
            f->sentences++;
        if (at3(s, i, e, 0xE2, 0x80, 0xA6) || (i + 3 <= e && memcmp(s + i, "...", 3) == 0))
            f->ellipsis = true;
        int32_t cp;
        size_t n = c >= 0x80 ? citep_utf8_decode((const unsigned char *)s + i, e - i, &cp) : 0;
        if (n > 1) {
            f->emoji = f->emoji || is_emoji(cp);
            i += n - 1;
        }
    }
}

static void features(const char *s, size_t b, size_t e, struct feat *f)
{
    memset(f, 0, sizeof *f);
    scan_tokens(s, b, e, f);
    scan_urls(s, b, e, f);
    f->sentences += 1;
    f->colon_end = e > b && s[e - 1] == ':';
    f->period_end = e > b && s[e - 1] == '.';
    f->dateline = dateline(s, b, e);
    f->cue = has_prose_cue(s, b, e);
    for (size_t k = 0; k < sizeof stop_starts / sizeof *stop_starts; k++)
        f->stop = f->stop || ci_at(s, b, e, stop_starts[k]);
    f->ui = is_ui_line(s, b, e);
    /* "... posted on X:" introduces the embed; it is not part of it */
    if (f->colon_end && f->words >= 4 && !f->tags && !f->media && !f->links)
        f->stop = true;
    if (f->dateline)
        f->stop = true;
}

static size_t min_sz(size_t a, size_t b)
{
    return a < b ? a : b;
}

/* How much a paragraph looks like post text (> 0) or article prose (< 0). */
static double post_score(const struct feat *f, size_t maxcp)
{
    bool plain = !f->tags && !f->media;
    double sc = 1.2 * (double)min_sz(f->tags, 4) + 0.8 * (double)min_sz(f->ments, 2);
    if (f->words && f->tags * 100 >= f->words * 15)
        sc += 1.5;
    sc += f->media ? 3.0 : 0.0;
    sc += f->links ? 0.5 : 0.0;
    sc += f->ellipsis ? 1.5 : 0.0;
    sc += f->emoji ? 1.5 : 0.0;
    sc += f->ui ? 2.0 : 0.0;
    if (f->words > 50)
        sc -= 3.0;
    else if (f->words > 35)
        sc -= 1.5;
    if (f->cp > maxcp)
        sc -= 2.0;
    if (f->sentences >= 3 && plain)
        sc -= 1.0;
    if (f->cue && plain)
        sc -= 1.5;
    if (f->period_end && f->words >= 12 && plain && !f->links)
        sc -= 1.0;
    return sc;
}

/* ---- anchors ---------------------------------------------------------------- */

static void set_platform_limits(struct anchor *a)
{
    const char *p = a->platform;
    bool long_form = !strcmp(p, "facebook") || !strcmp(p, "instagram") ||
                     !strcmp(p, "telegram") || !strcmp(p, "tiktok");
    a->maxcp = !strcmp(p, "x") ? 280 : !strcmp(p, "bluesky") ? 300 : long_form ? 4096 : 500;
    a->first_min = long_form ? -3.0 : -1.5;
    if (!strcmp(p, "telegram"))
        a->first_min = -3.5; /* its widget copies as a news-like post, then the link */
}

/* Warn about a signature that is rejected or degraded. */
static void warn_at(struct ctx *c, const char *code, size_t off, const char *msg, struct rng r)
{
    (void)citep_warn(c->d, code, citep_text_to_input(&c->d->text, off), "%s \"%.*s\"", msg,
                     (int)(r.e - r.b), c->s + r.b);
}

static bool anchor_from_sig(struct ctx *c, const struct sig *g, size_t b, size_t e,
                            struct anchor *a)
{
    const char *s = c->s;
    struct purl p = {0};
    struct url u;
    size_t t = g->url.b;
    bool has_purl = rng_set(g->url) && url_next(s, &t, g->url.e, &u) && purl_classify(s, &u, &p);
    switch (handle_kind(s, g->handle)) {
    case H_X:
        a->platform = has_purl && !strcmp(p.platform, "truthsocial") ? "truthsocial" : "x";
        break;
    case H_X_LONG:
        if (has_purl && !strcmp(p.platform, "truthsocial") && g->handle.e - g->handle.b <= 30) {
            a->platform = "truthsocial";
            break;
        }
        /* a copy of a post is kept when its own status link names the same
         * account: the text is the post's, whatever its handle's length */
        if (has_purl && !strcmp(p.platform, "x") && g->handle.e - g->handle.b <= 30 &&
            p.handle.e - p.handle.b == g->handle.e - g->handle.b &&
            !strncasecmp(s + p.handle.b, s + g->handle.b, g->handle.e - g->handle.b)) {
            warn_at(c, "embed-long-handle", g->handle.b,
                    "handle longer than X allows, kept: the post's link names it", g->handle);
            a->platform = "x";
            break;
        }
        /* a dated signature whose handle is a few characters too long is a
         * post copied with a slip in its handle: the post is kept, with the
         * warning; a handle far too long is no handle */
        if (g->has_date && g->handle.e - g->handle.b <= 20) {
            warn_at(c, "embed-long-handle", g->handle.b,
                    "handle longer than X allows, kept: a dated post signature", g->handle);
            a->platform = "x";
            break;
        }
        warn_at(c, "embed-bad-handle", g->handle.b,
                "signature-like line ignored: handle longer than X allows", g->handle);
        return false;
    case H_MASTODON:
        a->platform = "mastodon";
        break;
    case H_DOTTED:
        a->platform = has_purl && !strcmp(p.platform, "threads") ? "threads" : "bluesky";
        break;
    default:
        return false;
    }
    a->b = b, a->e = e;
    a->name = g->name, a->handle = g->handle, a->date = g->date, a->has_date = g->has_date;
    if (has_purl && !strcmp(p.platform, a->platform))
        a->url = p.url, a->post_id = p.id;
    else if (rng_set(g->url))
        a->url = g->url;
    return true;
}

/* Instagram's closing line in the widget's languages: "A post shared by"
 * first, or after the name (Hindi: "Name (@handle) द्वारा शेयर की गई पोस्ट"). */
static const char *const ig_shared_by[] = {
    "a post shared by ",
    "una publicaci\xC3\xB3n compartida de ",
    "una publicaci\xC3\xB3n compartida por ",
    "uma publica\xC3\xA7\xC3\xA3o compartilhada por ",
    "um post compartilhado por ",
    "une publication partag\xC3\xA9" "e par ",
    "ein beitrag geteilt von ",
    "un post condiviso da ",
    "een bericht gedeeld door ",
    "post udost\xC4\x99pniony przez ",
    "ett inl\xC3\xA4gg som delats av ",
    "\xCE\xBC\xCE\xB9\xCE\xB1 \xCE\xB4\xCE\xB7\xCE\xBC\xCE\xBF\xCF\x83\xCE\xAF\xCE\xB5\xCF\x85\xCF\x83\xCE\xB7 \xCF\x80\xCE\xBF\xCF\x85 \xCE\xBA\xCE\xBF\xCE\xB9\xCE\xBD\xCE\xBF\xCF\x80\xCE\xBF\xCE\xB9\xCE\xAE\xCE\xB8\xCE\xB7\xCE\xBA\xCE\xB5 \xCE\xB1\xCF\x80\xCF\x8C ",
    "\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F \xD0\xBE\xD1\x82 ",
    "sebuah kiriman dibagikan oleh ",
    "\xD9\x85\xD9\x86\xD8\xB4\xD9\x88\xD8\xB1 \xD8\xAA\xD9\x85\xD8\xAA \xD9\x85\xD8\xB4"
    "\xD8\xA7\xD8\xB1\xD9\x83\xD8\xAA\xD9\x87 \xD8\xA8\xD9\x88\xD8\xA7\xD8\xB3\xD8\xB7\xD8\xA9 ",
};
/* Languages where Instagram's line puts the name first: "Name (@handle)
 * द्वारा शेयर की गई पोस्ट" (Hindi), "Name(@handle)がシェアした投稿" (Japanese),
 * "Name(@handle)님의 공유 게시물" (Korean), "Name (@handle) 分享的帖子" /
 * "分享的貼文" (Chinese), "Name (@handle) tarafından paylaşılan bir gönderi"
 * (Turkish). */
static const char *const ig_shared_after[] = {
    " \xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xB5\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA4\xBE "
    "\xE0\xA4\xB6\xE0\xA5\x87\xE0\xA4\xAF\xE0\xA4\xB0 \xE0\xA4\x95\xE0\xA5\x80 "
    "\xE0\xA4\x97\xE0\xA4\x88 \xE0\xA4\xAA\xE0\xA5\x8B\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\x9F",
    "\xE3\x81\x8C\xE3\x82\xB7\xE3\x82\xA7\xE3\x82\xA2\xE3\x81\x97\xE3\x81\x9F"
    "\xE6\x8A\x95\xE7\xA8\xBF",
    "\xEB\x8B\x98\xEC\x9D\x98 \xEA\xB3\xB5\xEC\x9C\xA0 \xEA\xB2\x8C\xEC\x8B\x9C"
    "\xEB\xAC\xBC",
    "\xE5\x88\x86\xE4\xBA\xAB\xE7\x9A\x84\xE5\xB8\x96\xE5\xAD\x90",
    "\xE5\x88\x86\xE4\xBA\xAB\xE7\x9A\x84\xE8\xB2\xBC\xE6\x96\x87",
    " taraf\xC4\xB1ndan payla\xC5\x9F\xC4\xB1lan bir g\xC3\xB6nderi"};

/* The length of the suffix above that s[0..n) ends with, or 0. */
size_t citep_emb_shared_after(const char *s, size_t n)
{
    while (n && is_space((unsigned char)s[n - 1]))
        n--;
    for (size_t k = 0; k < sizeof ig_shared_after / sizeof *ig_shared_after; k++) {
        size_t m = strlen(ig_shared_after[k]);
        if (n > m && !memcmp(s + n - m, ig_shared_after[k], m))
            return m;
    }
    return 0;
}

/* "Name (@handle) <suffix>": true with name and handle set. */
static bool instagram_suffixed(const char *s, size_t b, size_t e, struct anchor *a)
{
    size_t n = citep_emb_shared_after(s + b, e - b), p, q;
    if (!n || (p = find(s, b, e - n, "(@")) == NONE || (q = find(s, p, e - n, ")")) == NONE ||
        skip_ws(s, q + 1, e - n) != e - n)
        return false;
    size_t nb = b, ne = p;
    citep_emb_trim(s, &nb, &ne);
    a->name = (struct rng){nb, ne};
    a->handle = (struct rng){p + 2, q};
    return true;
}

size_t citep_emb_shared_by(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof ig_shared_by / sizeof *ig_shared_by; k++)
        if (ci_at(s, 0, n, ig_shared_by[k]))
            return strlen(ig_shared_by[k]);
    return 0;
}

/* "A post shared by Name (@handle) [on date]" */
static bool anchor_instagram(struct ctx *c, size_t b, size_t e, struct anchor *a)
{
    const char *s = c->s;
    size_t pre = citep_emb_shared_by(s + b, e - b), p, q;
    if (!pre) {
        if (!instagram_suffixed(s, b, e, a) || !chars_in(s, a->handle, "._") ||
            a->handle.e - a->handle.b > 30 || cps(s, a->name) > 80) {
            a->name = a->handle = (struct rng){0, 0};
            return false;
        }
        a->platform = "instagram";
        a->b = b, a->e = e;
        return true;
    }
    size_t i = skip_ws(s, b + pre, e);
    p = find(s, i, e, "(@");
    if (p == NONE) { /* "A post shared by @handle" */
        p = i;
        if (p >= e || s[p] != '@')
            return false;
        q = p + 1;
        while (q < e && !is_space((unsigned char)s[q]))
            q++;
        a->handle = (struct rng){p + 1, q};
    } else {
        size_t ne = p;
        citep_emb_trim(s, &i, &ne);
        a->name = (struct rng){i, ne};
        q = find(s, p, e, ")");
        if (q == NONE)
            return false;
        a->handle = (struct rng){p + 2, q++};
    }
    if (!chars_in(s, a->handle, "._") || a->handle.e - a->handle.b > 30 ||
        cps(s, a->name) > 80)
        return false;
    size_t j = skip_ws(s, q, e);
    if (ci_word(s, j, e, "on")) {
        size_t k = parse_datetime(s, skip_ws(s, j + 2, e), e, &a->date);
        if (!k)
            return false;
        a->has_date = true;
        j = k;
    }
    struct rng u = {0, 0};
    if (!only_urls(s, j, e, &u))
        return false;
    a->platform = "instagram";
    a->b = b, a->e = e;
    return true;
}

/* "Posted by Page on Monday, July 17, 2023[ at 10:12 AM]" */
static bool anchor_facebook(struct ctx *c, size_t b, size_t e, struct anchor *a)
{
    const char *s = c->s;
    if (!ci_at(s, b, e, "posted by "))
        return false;
    size_t nb = b + 10;
    for (size_t on = find(s, nb, e, " on "); on != NONE; on = find(s, on + 1, e, " on ")) {
        struct date dt;
        size_t k = parse_datetime(s, skip_ws(s, on + 4, e), e, &dt);
        struct rng u = {0, 0};
        if (!k || !only_urls(s, k, e, &u))
            continue;
        size_t ne = on;
        citep_emb_trim(s, &nb, &ne);
        a->name = (struct rng){nb, ne};
        if (!rng_set(a->name) || cps(s, a->name) > 80)
            return false;
        a->date = dt, a->has_date = true;
        a->platform = "facebook";
        a->b = b, a->e = e;
        return true;
    }
    return false;
}

/* "♬ original sound - name" (TikTok's sound line closes the embed) */
static bool anchor_tiktok(struct ctx *c, size_t b, size_t e, struct anchor *a)
{
    const char *s = c->s;
    if (!at3(s, b, e, 0xE2, 0x99, 0xAC))
        return false;
    size_t i = skip_ws(s, b + 3, e);
    if (ci_at(s, i, e, "original sound")) {
        i = skip_ws(s, i + 14, e);
        size_t dl = dash_len(s, i, e);
        if (!dl && i < e && s[i] == '-')
            dl = 1;
        if (dl) {
            size_t nb = skip_ws(s, i + dl, e), ne = e;
            citep_emb_trim(s, &nb, &ne);
            a->name = (struct rng){nb, ne};
        }
    }
    a->platform = "tiktok";
    a->b = b, a->e = e;
    return true;
}

/* "Post by @handle[ View on Threads]" */
static bool anchor_threads(struct ctx *c, size_t b, size_t e, struct anchor *a)
{
    const char *s = c->s;
    if (!ci_at(s, b, e, "post by @"))
        return false;
    size_t q = b + 9;
    while (q < e && (is_alnum((unsigned char)s[q]) || s[q] == '.' || s[q] == '_'))
        q++;
    a->handle = (struct rng){b + 9, q};
    size_t j = skip_ws(s, q, e);
    if (ci_at(s, j, e, "view on threads"))
        j = skip_ws(s, j + 15, e);
    struct rng u = {0, 0};
    if (!rng_set(a->handle) || a->handle.e - a->handle.b > 30 || !only_urls(s, j, e, &u))
        return false;
    a->platform = "threads";
    a->b = b, a->e = e;
    return true;
}

/* A line that is nothing but the URL of a post or video. */
static bool anchor_url(struct ctx *c, size_t b, size_t e, struct anchor *a)
{
    const char *s = c->s;
    struct url u;
    struct purl p;
    /* Only the first token can start by b + 1; it must fill the line. */
    size_t i = b, te;
    while (i < e && token_stop(s, i, e))
        i++;
    for (te = i; te < e && !token_stop(s, te, e);)
        te++;
    if (i > b + 1 || skip_ws(s, te, e) < e)
        return false;
    i = b;
    if (!url_next(s, &i, te, &u) || u.b > b + 1 || !purl_classify(s, &u, &p))
        return false;
    a->platform = p.platform;
    a->bare_url = true;
    a->handle = p.handle, a->url = p.url, a->post_id = p.id;
    if (p.host_qualified)
        a->handle_host = p.host;
    a->b = b, a->e = e;
    return true;
}

/* Previous non-blank line before li that is not part of an earlier anchor. */
static size_t prev_line(const struct ctx *c, size_t li, size_t barrier)
{
    while (li-- > 0)
        if (!c->ln[li].blank)
            return c->ln[li].s >= barrier ? li : NONE;
    return NONE;
}

static size_t next_line(const struct ctx *c, size_t li)
{
    while (++li < c->nln)
        if (!c->ln[li].blank)
            return li;
    return NONE;
}

static double line_score(const struct ctx *c, size_t li, size_t maxcp)
{
    struct feat f;
    features(c->s, c->ln[li].s, c->ln[li].e, &f);
    return f.stop ? -10.0 : post_score(&f, maxcp);
}

/* "Name (@handle) July 17, 2023" without a dash, right after post-like text. */
static bool anchor_dashless(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    struct sig g;
    const struct citep_emb_line *l = &c->ln[li];
    size_t pl = prev_line(c, li, barrier);
    if (!parse_sig(c->s, l->s, l->e, false, &g) || !g.has_date || pl == NONE ||
        line_score(c, pl, 280) < 2.0)
        return false;
    return anchor_from_sig(c, &g, l->s, l->e, a);
}

/* Where a signature's dash ends s[b..e) (trailing blanks aside): an em or en
 * dash, or a hyphen, alone or after a blank ("... done 👇 —"); else NONE. */
static size_t trailing_dash(const char *s, size_t b, size_t e)
{
    while (e > b && is_space((unsigned char)s[e - 1]))
        e--;
    if (e >= b + 3 && dash_len(s, e - 3, e) == 3 &&
        (e == b + 3 || is_space((unsigned char)s[e - 4])))
        return e - 3;
    if (e >= b + 2 && s[e - 1] == '-' && is_space((unsigned char)s[e - 2]))
        return e - 1;
    return NONE;
}

/* Does line li end in a signature's dash ("... what can be done 👇 —")? */
static bool ends_in_dash(const struct ctx *c, size_t li)
{
    return trailing_dash(c->s, c->ln[li].s, c->ln[li].e) != NONE;
}

/* A signature a narrow column or reader view wrapped onto two lines: "— Name"
 * with "(@handle) July 17, 2023" on the next line, or the dash left at the end
 * of the post's last line and "Name (@handle) July 17, 2023" under it. The
 * anchor covers both signature lines; a lone dash ending the text is cut off
 * with the text's other trailing blanks. */
static bool anchor_wrapped(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    const struct citep_emb_line *l = &c->ln[li];
    struct sig g;
    if (li + 1 < c->nln && !c->ln[li + 1].blank && dash_len(c->s, l->s, l->e) &&
        find(c->s, l->s, l->e, "(@") == NONE && c->s[skip_ws(c->s, c->ln[li + 1].s,
                                                              c->ln[li + 1].e)] == '(' &&
        parse_sig(c->s, l->s, c->ln[li + 1].e, true, &g) && g.has_date)
        return anchor_from_sig(c, &g, l->s, c->ln[li + 1].e, a);
    size_t pl = prev_line(c, li, barrier);
    if (pl != NONE && pl + 1 == li && ends_in_dash(c, pl) &&
        parse_sig(c->s, l->s, l->e, false, &g) && g.has_date && rng_set(g.name))
        return anchor_from_sig(c, &g, l->s, l->e, a);
    return false;
}

/* "...in a… pic.twitter.com/abc — Name (@handle) July 17, 2023" on one line. */
static bool anchor_after_link(struct ctx *c, size_t b, size_t e, struct anchor *a)
{
    struct url u;
    size_t i = b;
    struct sig g;
    if (find(c->s, b, e, "(@") == NONE) /* every signature has one */
        return false;
    while (url_next(c->s, &i, e, &u)) {
        size_t j = skip_ws(c->s, u.e, e);
        if (j < e && dash_len(c->s, j, e) && parse_sig(c->s, j, e, true, &g))
            return anchor_from_sig(c, &g, j, e, a);
    }
    return false;
}

static bool detect_anchor(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    const struct citep_emb_line *l = &c->ln[li];
    struct sig g;
    memset(a, 0, sizeof *a);
    a->line = li;
    if (l->e - l->s > MAX_ANCHOR_BYTES) /* only the tail can be a signature */
        return l->e - l->s < 8 * MAX_ANCHOR_BYTES &&
               anchor_after_link(c, l->e - MAX_ANCHOR_BYTES, l->e, a);
    if (parse_sig(c->s, l->s, l->e, true, &g))
        return anchor_from_sig(c, &g, l->s, l->e, a);
    return anchor_instagram(c, l->s, l->e, a) || anchor_facebook(c, l->s, l->e, a) ||
           anchor_tiktok(c, l->s, l->e, a) || anchor_threads(c, l->s, l->e, a) ||
           anchor_url(c, l->s, l->e, a) || anchor_wrapped(c, li, barrier, a) ||
           anchor_dashless(c, li, barrier, a) ||
           anchor_after_link(c, l->s, l->e, a);
}

/* Lines after the anchor that still belong to it: the post's URL, a date
 * line (Instagram), "View on Threads". */
static void extend_anchor(struct ctx *c, struct anchor *a, size_t *li)
{
    for (int k = 0; k < 2; k++) {
        size_t nl = next_line(c, *li);
        if (nl == NONE)
            return;
        const struct citep_emb_line *l = &c->ln[nl];
        struct anchor u;
        struct date dt;
        memset(&u, 0, sizeof u);
        size_t de = parse_datetime(c->s, l->s, l->e, &dt);
        if (anchor_url(c, l->s, l->e, &u) && !strcmp(u.platform, a->platform)) {
            if (!rng_set(a->url) || !rng_set(a->post_id))
                a->url = u.url, a->post_id = u.post_id;
            if (!rng_set(a->handle))
                a->handle = u.handle, a->handle_host = u.handle_host;
        } else if (de == l->e && !a->has_date) {
            a->date = dt, a->has_date = true;
        } else if (!is_ui_line(c->s, l->s, l->e) || !strcmp(a->platform, "x")) {
            return;
        }
        a->e = l->e;
        *li = nl;
    }
}

/* ---- opening lines and fixed texts -------------------------------------- */

static bool is_opening(const struct ctx *c, const struct anchor *a, size_t li)
{
    const char *s = c->s;
    size_t b = c->ln[li].s, e = c->ln[li].e;
    if (!strcmp(a->platform, "instagram")) /* "View this post on Instagram", localised */
        return is_ui_line(s, b, e) && (find(s, b, e, "Instagram") != NONE ||
                                       find(s, b, e, "instagram") != NONE) &&
               !ci_eq(s, b, e, "view more on instagram");
    if (!strcmp(a->platform, "threads"))
        return ci_eq(s, b, e, "view on threads");
    if (!strcmp(a->platform, "tiktok"))
        return e > b + 1 && s[b] == '@' && e - b <= 25 &&
               chars_in(s, (struct rng){b + 1, e}, "._");
    return false;
}

/* The post text between two line indices, without UI lines at either end. */
static struct rng lines_text(const struct ctx *c, size_t from, size_t to)
{
    while (from < to && (c->ln[from].blank || is_ui_line(c->s, c->ln[from].s, c->ln[from].e)))
        from++;
    while (to > from &&
           (c->ln[to - 1].blank || is_ui_line(c->s, c->ln[to - 1].s, c->ln[to - 1].e)))
        to--;
    if (from >= to)
        return (struct rng){0, 0};
    return (struct rng){c->ln[from].s, c->ln[to - 1].e};
}

/* Instagram, Threads and TikTok embeds open with a line of their own. */
static void find_opening(struct ctx *c, struct anchor *a, size_t barrier)
{
    size_t li = a->line;
    for (int k = 0; k < MAX_DELIM_LINES; k++) {
        li = prev_line(c, li, barrier);
        if (li == NONE || line_score(c, li, a->maxcp) <= -10.0)
            return;
        if (is_opening(c, a, li)) {
            a->fixed = true;
            a->span_b = c->ln[li].s;
            a->text = lines_text(c, li + 1, a->line);
            if (!strcmp(a->platform, "tiktok") && !rng_set(a->handle))
                a->handle = (struct rng){c->ln[li].s + 1, c->ln[li].e};
            return;
        }
    }
}

static bool title_like(const struct ctx *c, size_t li, size_t maxcp, size_t maxwords)
{
    struct feat f;
    features(c->s, c->ln[li].s, c->ln[li].e, &f);
    return !f.stop && f.cp <= maxcp && f.words <= maxwords && !f.period_end && !f.colon_end &&
           !f.links && !f.media;
}

/* YouTube: "Title" / "Channel" / link. */
static void youtube_title(struct ctx *c, struct anchor *a, size_t barrier)
{
    size_t l1 = prev_line(c, a->line, barrier), l2;
    a->fixed = true;
    a->span_b = a->b;
    if (l1 == NONE || !title_like(c, l1, 150, 25))
        return;
    l2 = prev_line(c, l1, barrier);
    if (l2 != NONE && title_like(c, l1, 60, 8) && title_like(c, l2, 150, 25)) {
        a->text = (struct rng){c->ln[l2].s, c->ln[l2].e};
        a->name = (struct rng){c->ln[l1].s, c->ln[l1].e};
        a->span_b = c->ln[l2].s;
    } else {
        a->text = (struct rng){c->ln[l1].s, c->ln[l1].e};
        a->span_b = c->ln[l1].s;
    }
}

/* ---- header-first cards ---------------------------------------------------- */
/*
 * A page whose widgets have rendered copies as cards that put the author first
 * and have no signature line:
 *   X, Truth Social, Mastodon, Telegram  "Name" / "@handle" / text / date line
 *   Bluesky                              "Name" / "@name.bsky.social" / text / date line
 *   Facebook                             "Page" / "2 February 2025 ·" / text / "Like Comment Share"
 *   Threads                              "username" / text / date or "2h" / "View on Threads"
 *   YouTube                              "Title" / "Channel" [/ "@handle"] / "Watch on YouTube"
 * A name line and a handle are common in author boxes, so a card also needs
 * its closing line: a date with a time (X shows the time first, the Mastodon
 * family the date first), a view count, or the widget's own buttons.
 */
#define MAX_CARD_LINES 12 /* lines from a card's handle to its closing line */

static bool ends_with(const char *s, struct rng r, const char *tail)
{
    size_t k = strlen(tail);
    return r.e - r.b >= k && ci_eq(s, r.e - k, r.e, tail);
}

/* A Bluesky handle is a domain: labels of letters, digits and '-', a
 * letters-only last one ("noor.bsky.social", "press.example.org"). */
static bool domain_handle(const char *s, struct rng h)
{
    size_t dot = NONE;
    for (size_t i = h.b; i < h.e; i++)
        if (s[i] == '.') {
            if (i == h.b || s[i - 1] == '.')
                return false;
            dot = i;
        } else if (!is_alnum((unsigned char)s[i]) && s[i] != '-') {
            return false;
        }
    if (dot == NONE || h.e - dot < 3)
        return false;
    for (size_t i = dot + 1; i < h.e; i++)
        if (!is_alpha((unsigned char)s[i]))
            return false;
    return true;
}

/* "@handle", "@user@instance" or "@name.bsky.social" alone on a line; h gets
 * it without the '@'. */
static bool lone_handle(const struct ctx *c, size_t li, struct rng *h)
{
    const char *s = c->s;
    size_t b = c->ln[li].s, e = c->ln[li].e;
    if (s[b] != '@' || e - b < 2 || e - b > 64)
        return false;
    *h = (struct rng){b + 1, e};
    enum handle_kind k = handle_kind(s, *h);
    return k == H_MASTODON || ((k == H_X || k == H_X_LONG) && e - b <= 31) ||
           (k == H_DOTTED && domain_handle(s, *h));
}

/* An author or page name: short, no sentence end, not a date or a handle. */
static bool name_line(const struct ctx *c, size_t li, size_t maxcp)
{
    struct date dt;
    const char *s = c->s;
    size_t b = c->ln[li].s, e = c->ln[li].e;
    if (s[b] == '@' || s[e - 1] == '!' || s[e - 1] == '?' || s[e - 1] == ',' ||
        parse_datetime(s, b, e, &dt) || is_ui_line(s, b, e))
        return false;
    return title_like(c, li, maxcp, 8);
}

/* The whole line is a date with a time; *time_first for "7:02 AM · Jul 17, 2023". */
static bool stamp_line(const struct ctx *c, size_t li, struct date *dt, bool *time_first)
{
    const char *s = c->s;
    size_t b = c->ln[li].s, e = c->ln[li].e;
    if (!is_digit((unsigned char)s[b]) && !is_alpha((unsigned char)s[b]) && !cjk_ampm(s, b, e))
        return false;
    size_t k = parse_datetime(s, b, e, dt);
    if (k != e)
        return false;
    *time_first = parse_time(s, b, e) > b;
    return *time_first || dt->text.e < e; /* a time after the date */
}

/* "12.4K views · 2024-05-08 06:47", "48.2K views 05:14": Telegram's footer. */
static bool views_line(const struct ctx *c, size_t li, struct date *dt)
{
    const char *s = c->s;
    size_t i = c->ln[li].s, e = c->ln[li].e;
    if (!is_digit((unsigned char)s[i]))
        return false;
    while (i < e && (is_digit((unsigned char)s[i]) || s[i] == '.' || s[i] == ',' ||
                     s[i] == 'K' || s[i] == 'M'))
        i++;
    i = skip_ws(s, i, e);
    if (!ci_word(s, i, e, "views"))
        return false;
    i = skip_sep(s, i + 5, e);
    if (ci_word(s, i, e, "edited")) /* "9.2K views · edited · 2024-11-03 16:52" */
        i = skip_sep(s, i + 6, e);
    memset(dt, 0, sizeof *dt);
    return i == e || parse_datetime(s, i, e, dt) == e || parse_time(s, i, e) == e;
}

/* Counts and buttons under a card: "1.2K", "Reply", "Read 48 replies",
 * "142 ReTruths 611 Likes", "Like  Comment  Share". *kinds gets a bit per
 * word kind: 1 counts, 2 "retruths", 4 like, 8 comment, 16 share. */
static bool buttons_line(const struct ctx *c, size_t li, unsigned *kinds)
{
    static const char *const words[] = {"reply", "replies", "repost", "reposts", "like",
                                        "likes", "comment", "comments", "share", "shares",
                                        "retruth", "retruths", "read", "copy", "link",
                                        "views", "\xE8\xBF\x94\xE4\xBF\xA1",
                                        "\xE3\x83\xAA\xE3\x83\xB3\xE3\x82\xAF\xE3\x82\x92\xE3\x82\xB3\xE3\x83\x94\xE3\x83\xBC"};
    static const unsigned bits[] = {0, 0, 0, 0, 4, 4, 8, 8, 16, 16, 2, 2, 0, 0, 0, 0, 0, 0};
    const char *s = c->s;
    size_t i = c->ln[li].s, e = c->ln[li].e;
    *kinds = 0;
    while ((i = skip_ws(s, i, e)) < e) {
        size_t w = i;
        while (w < e && !is_space((unsigned char)s[w]) && s[w] != (char)0xC2)
            w++;
        if (w == i)
            return false;
        bool num = is_digit((unsigned char)s[i]), known = false;
        for (size_t k = i; num && k < w; k++)
            num = is_digit((unsigned char)s[k]) || strchr(".,KM", s[k]);
        for (size_t k = 0; !num && !known && k < sizeof words / sizeof *words; k++)
            if (ci_eq(s, i, w, words[k]))
                known = true, *kinds |= bits[k];
        if (!num && !known)
            return false;
        *kinds |= num ? 1u : 0u;
        i = w;
    }
    return true;
}

static bool line_is(const struct ctx *c, size_t li, const char *w)
{
    return li != NONE && ci_eq(c->s, c->ln[li].s, c->ln[li].e, w);
}

/* Buttons and counts after a card's closing line join the card. */
static size_t card_tail(const struct ctx *c, size_t li, unsigned *kinds)
{
    *kinds = 0;
    for (int k = 0; k < 4; k++) {
        size_t nl = next_line(c, li);
        unsigned w;
        if (nl == NONE || !buttons_line(c, nl, &w))
            break;
        *kinds |= w;
        li = nl;
    }
    return li;
}

static void card_set(struct ctx *c, struct anchor *a, size_t top, size_t from, size_t to,
                     size_t last)
{
    a->b = a->span_b = c->ln[top].s;
    a->e = c->ln[last].e;
    a->text = lines_text(c, from, to);
    a->fixed = true;
    a->line = last;
}

/* Does the line above line li name the platform ("... on Truth Social.")? */
static bool names_platform(const struct ctx *c, size_t li, size_t barrier, const char *name)
{
    size_t pl = prev_line(c, li, barrier);
    if (pl == NONE)
        return false;
    for (size_t i = c->ln[pl].s; i < c->ln[pl].e; i++)
        if (ci_at(c->s, i, c->ln[pl].e, name))
            return true;
    return false;
}

/* Does a dotted handle end in a top-level domain ("lotte.vandermeer.nl")?
 * Then it is a domain, as Bluesky's own handles are; an Instagram-style
 * "jane.doe" in an author box is not. */
static bool tld_handle(const char *s, struct rng h)
{
    size_t dot = h.e;
    while (dot > h.b && s[dot - 1] != '.')
        dot--;
    return dot > h.b && citep_is_tld(s + dot, h.e - dot);
}

/* The platform of a card from its handle and closing line, or NULL. A
 * date-first card could be an author box: Truth Social's is taken with its
 * ReTruths count or when the line above names the platform, Bluesky's
 * (a domain handle) with its counts, a bsky.social handle, a handle ending in
 * a top-level domain under text that is no bio of its name, or that line. */
static const char *card_platform(const struct ctx *c, size_t top, size_t barrier,
                                 struct rng h, bool views, bool time_first, unsigned kinds,
                                 bool bio)
{
    enum handle_kind hk = handle_kind(c->s, h);
    if (views)
        return hk == H_X || hk == H_X_LONG ? "telegram" : NULL;
    if (hk == H_MASTODON)
        return "mastodon";
    if (hk == H_DOTTED)
        return !time_first && ((kinds & 1) || ends_with(c->s, h, ".bsky.social") ||
                               (tld_handle(c->s, h) && !bio) ||
                               names_platform(c, top, barrier, "bluesky"))
                   ? "bluesky" : NULL;
    if (time_first) /* X's own time-first line: a handle a little long is a slip */
        return hk == H_X || (hk == H_X_LONG && h.e - h.b <= 20) ? "x" : NULL;
    return (kinds & 2) || names_platform(c, top, barrier, "truth social") ? "truthsocial"
                                                                          : NULL;
}

/* Does s[b..e) hold a word that starts with w[0..n)? */
static bool has_word_start(const char *s, size_t b, size_t e, const char *w, size_t n)
{
    for (size_t k = b; k + n <= e; k++) {
        const char *p = memchr(s + k, w[0], e - k - n + 1);
        if (!p)
            return false;
        k = (size_t)(p - s);
        if (memcmp(p, w, n) == 0 && (k == b || !is_alnum((unsigned char)s[k - 1])))
            return true;
    }
    return false;
}

/* Do lines [from, to) write the name n? An author box describes its author
 * by name ("Jo Lee covers politics."); a post seldom names its own account. */
static bool text_names(const struct ctx *c, size_t from, size_t to, struct rng n)
{
    for (size_t li = from; li < to && li < c->nln && n.e > n.b; li++)
        if (has_word_start(c->s, c->ln[li].s, c->ln[li].e, c->s + n.b, n.e - n.b))
            return true;
    return false;
}

/* From the handle line down to the card's closing line. */
static bool watch_line(const struct ctx *c, size_t li);

/* Is there a time-and-date line within n lines under li, in the same block?
 * Then a bare date above it belongs to a quoted post ("Jun 17, 2025"). */
static bool stamp_below(const struct ctx *c, size_t li, int n)
{
    struct date dt;
    bool tf;
    for (size_t k = li + 1; n-- > 0 && k < c->nln && !c->ln[k].blank; k++)
        if (stamp_line(c, k, &dt, &tf))
            return true;
    return false;
}

/* A line that is a whole date and nothing else ("21/07/2024", "Jul 21, 2024"):
 * how Apple News dates an X post it shows as a card. */
static bool date_line(const struct ctx *c, size_t li, struct date *dt)
{
    size_t b = c->ln[li].s, e = c->ln[li].e;
    return e - b <= 24 && parse_datetime(c->s, b, e, dt) == e && dt->ok;
}

/* A Telegram post forwarded from another channel opens with "Forwarded from"
 * and that channel's name: the text starts after them. */
static size_t forwarded(const struct ctx *c, size_t from, size_t to)
{
    static const char *const W[] = {"forwarded from", "weitergeleitet von", "reenviado de",
                                    "encaminhado de", "transf\xC3\xA9r\xC3\xA9 de", "inoltrato da",
                                    "\xD0\x9F\xD0\xB5\xD1\x80\xD0\xB5\xD1\x81\xD0\xBB\xD0\xB0\xD0\xBD\xD0\xBE "
                                    "\xD0\xBE\xD1\x82"};
    for (size_t k = 0; from + 2 < to && k < sizeof W / sizeof *W; k++)
        if (line_is(c, from, W[k]) && !c->ln[from + 1].blank)
            return from + 2;
    return from;
}

static bool handle_card(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    struct rng h;
    size_t top = prev_line(c, li, barrier), nl = li;
    if (!lone_handle(c, li, &h) || top == NONE || !name_line(c, top, 64))
        return false;
    enum handle_kind hk = handle_kind(c->s, h);
    for (int k = 0; k < MAX_CARD_LINES; k++) {
        struct date dt;
        bool time_first = false, views;
        if ((nl = next_line(c, nl)) == NONE || line_score(c, nl, 4096) <= -10.0 ||
            (k == 0 && watch_line(c, nl)))
            return false;
        bool date_only = false;
        if (!(views = views_line(c, nl, &dt)) && !stamp_line(c, nl, &dt, &time_first) &&
            !(date_only = (hk == H_X && date_line(c, nl, &dt) &&
                           !stamp_below(c, nl, MAX_CARD_LINES - k))))
            continue;
        unsigned kinds;
        size_t last = card_tail(c, nl, &kinds);
        bool bio = text_names(c, li + 1, nl, (struct rng){c->ln[top].s, c->ln[top].e});
        if (!(a->platform = card_platform(c, top, barrier, h, views, time_first, kinds, bio)) &&
            !(date_only && !bio && (a->platform = "x")))
            return false;
        a->name = (struct rng){c->ln[top].s, c->ln[top].e};
        a->handle = h;
        if (hk == H_MASTODON) { /* user and instance, as a status URL gives them */
            size_t at = find(c->s, h.b, h.e, "@");
            a->handle = (struct rng){h.b, at};
            a->handle_host = (struct rng){at + 1, h.e};
        }
        a->date = dt, a->has_date = dt.text.e > dt.text.b;
        if (hk == H_X_LONG)
            warn_at(c, "embed-long-handle", h.b,
                    "handle longer than X allows, kept: an X card with its time line", h);
        card_set(c, a, top, forwarded(c, li + 1, nl), nl, last);
        return rng_set(a->text);
    }
    return false;
}

/* A copy that stops before the buttons: the header and the paragraph under
 * it, taken only when the article introduces the post on Facebook just above
 * ("... in a post on the shop's Facebook page."), since a name over a dated
 * line alone is also a byline. Returns the line after the text, or NONE. */
static size_t facebook_headed(const struct ctx *c, size_t li, size_t top, size_t barrier)
{
    size_t k = li + 1;
    if (!names_platform(c, top, barrier, "facebook"))
        return NONE;
    for (; k < c->nln && !c->ln[k].blank; k++)
        if (k - li > MAX_CARD_LINES || line_score(c, k, 4096) <= -10.0)
            return NONE;
    return k > li + 1 ? k : NONE;
}

/* "Page" / "2 February 2025 ·" / text / "Like  Comment  Share" */
static bool facebook_card(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    const char *s = c->s;
    size_t b = c->ln[li].s, e = c->ln[li].e, top = prev_line(c, li, barrier), nl = li;
    struct date dt;
    /* "14 June 2025 ·" (the plugin) or "24 September 2023 at 07:15" (a copy
     * without the dot, then its buttons a line each) */
    bool dot = e - b >= 4 && (unsigned char)s[e - 2] == 0xC2 && (unsigned char)s[e - 1] == 0xB7;
    size_t end = dot ? e - 2 : e;
    size_t k = parse_datetime(s, b, end, &dt);
    if (!k || skip_ws(s, k, end) != end || top == NONE || !name_line(c, top, 80))
        return false;
    size_t to = NONE, last = NONE, first = NONE;
    unsigned seen = 0;
    for (int n = 0; n < MAX_CARD_LINES && to == NONE; n++) {
        unsigned kinds;
        size_t prev = nl;
        if ((nl = next_line(c, nl)) == NONE || line_score(c, nl, 4096) <= -10.0 ||
            (!dot && nl != prev + 1)) /* without the dot, a block of its own */
            break;
        if (!buttons_line(c, nl, &kinds)) {
            seen = 0, first = NONE;
            continue;
        }
        seen |= kinds; /* Like, Comment and Share on one line or on consecutive ones */
        if (first == NONE)
            first = nl;
        if ((seen & 28) == 28)
            to = first, last = nl;
    }
    if (to == NONE && dot && (to = facebook_headed(c, li, top, barrier)) != NONE)
        last = to - 1;
    if (to == NONE)
        return false;
    a->platform = "facebook";
    a->name = (struct rng){c->ln[top].s, c->ln[top].e};
    a->date = dt, a->has_date = true;
    card_set(c, a, top, li + 1, to, last);
    return rng_set(a->text);
}

/* Threads' time under a card: a date ("07/19/23", month first unless the
 * first figure is over 12), or "2h" / "1d". */
static bool threads_time(const struct ctx *c, size_t li, struct date *dt)
{
    const char *s = c->s;
    size_t b = c->ln[li].s, e = c->ln[li].e, n;
    int m;
    memset(dt, 0, sizeof *dt);
    if (parse_datetime(s, b, e, dt) == e)
        return true;
    memset(dt, 0, sizeof *dt);
    n = read_int(s, b, e, 3, &m);
    if (n && b + n + 1 == e && strchr("smhdwy", s[b + n]))
        return true; /* relative: no date */
    return false;
}

/* A Threads username: lower case letters, digits, '.' and '_'. */
static bool threads_user(const struct ctx *c, size_t li)
{
    size_t b = c->ln[li].s, e = c->ln[li].e;
    if (e - b > 30)
        return false;
    for (size_t i = b; i < e; i++)
        if (!((c->s[i] >= 'a' && c->s[i] <= 'z') || is_digit((unsigned char)c->s[i]) ||
              c->s[i] == '.' || c->s[i] == '_'))
            return false;
    return true;
}

/* "username" / text / time / "View on Threads", from the last line up. */
static bool threads_card(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    struct date dt;
    size_t tl = prev_line(c, li, barrier), ul = tl;
    if (!line_is(c, li, "view on threads") || tl == NONE || !threads_time(c, tl, &dt))
        return false;
    for (int k = 0; k < MAX_DELIM_LINES; k++) {
        if ((ul = prev_line(c, ul, barrier)) == NONE || line_score(c, ul, 500) <= -10.0)
            return false;
        if (!threads_user(c, ul))
            continue;
        a->platform = "threads";
        a->handle = (struct rng){c->ln[ul].s, c->ln[ul].e};
        a->date = dt, a->has_date = dt.text.e > dt.text.b;
        card_set(c, a, ul, ul + 1, tl, li);
        return rng_set(a->text);
    }
    return false;
}

/* "Title" / "Channel" [/ "@handle"] / "Watch on YouTube" */
/* "Watch on YouTube" in the player's languages ("Ver en YouTube", "YouTube पर
 * देखें"): a UI line naming YouTube. */
static bool watch_line(const struct ctx *c, size_t li)
{
    size_t b = c->ln[li].s, e = c->ln[li].e;
    return find(c->s, b, e, "YouTube") != NONE && is_ui_line(c->s, b, e);
}

static bool youtube_card(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    struct rng h = {0, 0};
    size_t cl = prev_line(c, li, barrier), tl;
    if (!watch_line(c, li) || cl == NONE)
        return false;
    if (c->s[c->ln[cl].s] == '@') {
        h = (struct rng){c->ln[cl].s + 1, c->ln[cl].e};
        if (!chars_in(c->s, h, "._-") || h.e - h.b > 30)
            return false;
        cl = prev_line(c, cl, barrier);
    }
    tl = cl == NONE ? NONE : prev_line(c, cl, barrier);
    if (tl == NONE || !name_line(c, cl, 60) || !title_like(c, tl, 150, 25))
        return false;
    a->platform = "youtube";
    a->name = (struct rng){c->ln[cl].s, c->ln[cl].e};
    a->handle = h;
    card_set(c, a, tl, tl, tl + 1, li);
    return true;
}

/* A card ending or heading at line *li; *li moves to its last line. */
/* A user name alone on a line, as cards print it under the platform's name
 * ("riiveneziani", "@MotoscafiVE"): letters, digits, '.', '_', '-'. */
static bool name_token(const struct ctx *c, size_t li, struct rng *h)
{
    size_t b = c->ln[li].s, e = c->ln[li].e;
    if (b < e && c->s[b] == '@')
        b++;
    *h = (struct rng){b, e};
    return e > b && e - b <= 40 && chars_in(c->s, *h, "._-");
}

/* A card under the platform's own name, as Apple News lays posts out:
 * "Instagram" / user / ["Reel"] / text / date / ["View on Instagram"]. */
static bool headed_card(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    static const char *const P[][2] = {{"instagram", "instagram"}, {"threads", "threads"},
                                       {"tiktok", "tiktok"},       {"bluesky", "bluesky"},
                                       {"x", "x"},                 {"facebook", "facebook"}};
    const char *platform = NULL;
    struct rng h;
    struct date dt;
    (void)barrier;
    for (size_t k = 0; !platform && k < sizeof P / sizeof *P; k++)
        if (line_is(c, li, P[k][0]))
            platform = P[k][1];
    if (!platform || li + 2 >= c->nln || c->ln[li + 1].blank || !name_token(c, li + 1, &h))
        return false;
    size_t from = li + 2;
    if (line_is(c, from, "reel") || line_is(c, from, "post") || line_is(c, from, "video"))
        from++;
    for (size_t k = from; k < c->nln && k < from + MAX_CARD_LINES && !c->ln[k].blank; k++) {
        bool tf;
        bool closing = is_ui_line(c->s, c->ln[k].s, c->ln[k].e) && ci_at(c->s, c->ln[k].s,
                                                                         c->ln[k].e, "view on ");
        bool dated = !closing && (date_line(c, k, &dt) || stamp_line(c, k, &dt, &tf));
        if (!closing && !dated)
            continue;
        size_t last = k;
        if (dated && k + 1 < c->nln && !c->ln[k + 1].blank &&
            ci_at(c->s, c->ln[k + 1].s, c->ln[k + 1].e, "view on "))
            last = k + 1;
        a->platform = platform;
        a->handle = h;
        if (dated)
            a->date = dt, a->has_date = true;
        card_set(c, a, li, from, k, last);
        return rng_set(a->text);
    }
    return false;
}

/* Instagram's rendered widget: "View more on Instagram" and "View profile",
 * in the languages it is shown in. */
static const char *const ig_view_more[] = {"view more on instagram",
    "ver m\xC3\xA1s en instagram",
    "ver mais no instagram",
    "voir plus sur instagram",
    "mehr auf instagram ansehen",
    "visualizza altri contenuti su instagram",
    "zobacz wi\xC4\x99" "cej na instagramie",
    "meer bekijken op instagram",
    "instagram'da daha fazlas\xC4\xB1n\xC4\xB1 g\xC3\xB6r",
    "lihat selengkapnya di instagram",
    "instagram\xE3\x81\xA7\xE3\x82\x82\xE3\x81\xA3\xE3\x81\xA8\xE8\xA6\x8B\xE3\x82\x8B",
    "\xD8\xB9\xD8\xB1\xD8\xB6 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB2\xD9\x8A\xD8\xAF \xD8\xB9\xD9\x84\xD9\x89 instagram"};
static const char *const ig_view_profile[] = {"view profile",
    "ver perfil",
    "voir le profil",
    "profil ansehen",
    "visualizza profilo",
    "wy\xC5\x9Bwietl profil",
    "profiel bekijken",
    "profili g\xC3\xB6r",
    "lihat profil",
    "\xE3\x83\x97\xE3\x83\xAD\xE3\x83\x95\xE3\x82\xA3\xE3\x83\xBC\xE3\x83\xAB\xE3\x82\x92\xE8\xA6\x8B\xE3\x82\x8B",
    "\xD8\xB9\xD8\xB1\xD8\xB6 \xD8\xA7\xD9\x84\xD9\x85\xD9\x84\xD9\x81 \xD8\xA7\xD9\x84\xD8\xB4\xD8\xAE\xD8\xB5\xD9\x8A"};

static bool line_in(const struct ctx *c, size_t li, const char *const *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (line_is(c, li, w[k]))
            return true;
    return false;
}

/* Substack's Instagram card: user / "View profile" / caption / "View more on
 * Instagram" / likes / user. Found at its closing line. */
static bool substack_instagram(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    struct rng h;
    if (!line_in(c, li, ig_view_more, sizeof ig_view_more / sizeof *ig_view_more))
        return false;
    for (size_t k = li, n = 0; k-- > 0 && n < MAX_CARD_LINES && c->ln[k].s >= barrier; n++) {
        if (c->ln[k].blank)
            return false;
        if (!line_in(c, k, ig_view_profile, sizeof ig_view_profile / sizeof *ig_view_profile))
            continue;
        if (k == 0 || c->ln[k - 1].blank || !name_token(c, k - 1, &h))
            return false;
        size_t last = li, nl;
        unsigned kinds;
        if ((nl = li + 1) < c->nln && !c->ln[nl].blank && buttons_line(c, nl, &kinds)) {
            last = nl; /* "1,088 likes", then the user again */
            if (nl + 1 < c->nln && !c->ln[nl + 1].blank &&
                c->ln[nl + 1].e - c->ln[nl + 1].s == h.e - h.b &&
                !memcmp(c->s + c->ln[nl + 1].s, c->s + h.b, h.e - h.b))
                last = nl + 1;
        }
        a->platform = "instagram";
        a->handle = h;
        card_set(c, a, k - 1, k + 1, li, last);
        return rng_set(a->text);
    }
    return false;
}

/* A post a broadcaster's page frames with skip links, as the BBC does:
 * "Skip twitter post by BBC News" / [the post, or its consent notice: "Allow
 * X content?", "Accept and continue"] / "End of twitter post by BBC News"
 * (or "..., 2" when numbered). Found at its closing line. The frame's own
 * lines and the consent notice are no post text. */
static const struct {
    const char *word, *platform;
} framed[] = {{"twitter post", "x"},     {"x post", "x"},         {"instagram post", "instagram"},
              {"facebook post", "facebook"}, {"facebook video", "facebook"},
              {"youtube video", "youtube"}, {"youtube post", "youtube"}, {"tiktok post", "tiktok"},
              {"tiktok video", "tiktok"}, {"bluesky post", "bluesky"}, {"threads post", "threads"},
              {"mastodon post", "mastodon"}, {"telegram post", "telegram"},
              {"truth social post", "truthsocial"}};

/* Does line li read "<lead> <platform word>[ by NAME|, N]"? The platform's
 * index, the name's range (unset for a number). */
static int framed_line(const struct ctx *c, size_t li, const char *lead, struct rng *name)
{
    const char *s = c->s;
    size_t b = c->ln[li].s, e = c->ln[li].e, n = strlen(lead);
    if (!ci_at(s, b, e, lead))
        return -1;
    for (size_t k = 0; k < sizeof framed / sizeof *framed; k++) {
        size_t i = b + n, w = strlen(framed[k].word);
        if (!ci_at(s, i, e, framed[k].word))
            continue;
        i += w;
        *name = (struct rng){0, 0};
        if (i == e)
            return (int)k;
        if (ci_at(s, i, e, " by ") && i + 4 < e) {
            *name = (struct rng){i + 4, e};
            return (int)k;
        }
        if (s[i] == ',' && i + 2 < e && s[i + 1] == ' ' && is_digit((unsigned char)s[i + 2]))
            return (int)k;
    }
    return -1;
}

static bool consent_line(const struct ctx *c, size_t li)
{
    static const char *const w[] = {"allow ", "accept and continue", "this article contains content",
                                    "the bbc is not responsible", "view original content on",
                                    "this post cannot be displayed", "this video cannot be",
                                    "content is not available"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (ci_at(c->s, c->ln[li].s, c->ln[li].e, w[k]))
            return true;
    return false;
}

static bool framed_post(struct ctx *c, size_t li, size_t barrier, struct anchor *a)
{
    struct rng name, top_name;
    int k = framed_line(c, li, "end of ", &name);
    if (k < 0)
        return false;
    for (size_t t = li, n = 0; t-- > 0 && n < 60 && c->ln[t].s >= barrier; n++) {
        if (c->ln[t].blank || framed_line(c, t, "skip ", &top_name) != k)
            continue;
        bool consent = false;
        for (size_t j = t + 1; j < li && !consent; j++)
            consent = !c->ln[j].blank && consent_line(c, j);
        a->platform = framed[k].platform;
        a->name = name;
        card_set(c, a, t, t + 1, consent ? t + 1 : li, li);
        return true;
    }
    return false;
}

static bool detect_card(struct ctx *c, size_t *li, size_t barrier, struct anchor *a)
{
    const struct citep_emb_line *l = &c->ln[*li];
    unsigned char c0 = (unsigned char)lower((unsigned char)c->s[l->s]);
    bool found = false;
    if (l->e - l->s > 80)
        return false;
    memset(a, 0, sizeof *a);
    if (c0 == '@')
        found = handle_card(c, *li, barrier, a);
    else if (c0 == 'e')
        found = framed_post(c, *li, barrier, a);
    else if (c0 == 'v')
        found = threads_card(c, *li, barrier, a) || substack_instagram(c, *li, barrier, a);
    else if (c0 == 'w' || find(c->s, l->s, l->e, "YouTube") != NONE)
        found = youtube_card(c, *li, barrier, a);
    else if ((l->e - l->s >= 2 && (unsigned char)c->s[l->e - 1] == 0xB7) ||
             (l->e - l->s <= 40 && is_digit(c0)))
        found = facebook_card(c, *li, barrier, a);
    if (!found && c0 != 'v' && line_in(c, *li, ig_view_more, sizeof ig_view_more / sizeof *ig_view_more))
        found = substack_instagram(c, *li, barrier, a); /* in another language */
    if (!found && l->e - l->s <= 9)
        found = headed_card(c, *li, barrier, a);
    if (found)
        *li = a->line;
    return found;
}

static cite_status find_anchors(struct ctx *c)
{
    size_t barrier = 0;
    for (size_t li = 0; li < c->nln; li++) {
        struct anchor a;
        if (c->ln[li].blank || c->ln[li].s < barrier || /* the 2nd line of a wrapped one */
            !(detect_card(c, &li, barrier, &a) || detect_anchor(c, li, barrier, &a)))
            continue;
        set_platform_limits(&a);
        /* a bare link to a post takes only clear post text above it; Telegram's
         * copied widget is the exception: its text always precedes the link */
        if (a.bare_url && strcmp(a.platform, "telegram") != 0)
            a.first_min = CONTINUE_MIN;
        if (a.fixed)
            ; /* a card: text and span are known */
        else if (!strcmp(a.platform, "youtube"))
            youtube_title(c, &a, barrier);
        else if (!strcmp(a.platform, "instagram") || !strcmp(a.platform, "threads") ||
                 !strcmp(a.platform, "tiktok"))
            find_opening(c, &a, barrier);
        extend_anchor(c, &a, &li);
        if (!a.fixed)
            a.span_b = a.b;
        cite_status st = CITEP_PUSH(&c->an, a);
        if (st != CITE_OK)
            return st;
        if (c->an.n >= CITEP_MAX_EMBEDS) {
            (void)citep_warn(c->d, "embed-limit", citep_text_to_input(&c->d->text, a.e),
                             "more than %d embedded posts; the rest are ignored",
                             CITEP_MAX_EMBEDS);
            break;
        }
        barrier = a.e;
    }
    return CITE_OK;
}

/* ---- units: paragraphs cut at anchor edges ------------------------------- */

static cite_status push_unit(struct ctx *c, size_t b, size_t e)
{
    while (b < e && is_space((unsigned char)c->s[b]))
        b++;
    while (e > b && is_space((unsigned char)c->s[e - 1]))
        e--;
    citep_emb_trim(c->s, &b, &e);
    if (b >= e)
        return CITE_OK;
    struct citep_para p = {b, e, -1};
    return CITEP_PUSH(&c->units, p);
}

static cite_status build_units(struct ctx *c)
{
    size_t k = 0, nc = c->an.n * 2;
    cite_status st = CITE_OK;
    for (size_t i = 0; i < c->d->paras.n && st == CITE_OK; i++) {
        size_t b = c->d->paras.v[i].start, e = c->d->paras.v[i].end;
        while (k < nc) { /* cut points in order: span_b, e of each anchor */
            const struct anchor *a = &c->an.v[k / 2];
            size_t cut = (k % 2) ? a->e : (a->fixed ? a->span_b : a->b);
            if (cut >= e)
                break;
            if (cut > b) {
                st = push_unit(c, b, cut);
                b = cut;
            }
            k++;
        }
        if (st == CITE_OK)
            st = push_unit(c, b, e);
    }
    return st;
}

static bool blank_between(const char *s, size_t a, size_t b)
{
    size_t nl = 0;
    for (size_t i = a; i < b; i++)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= b || s[i + 1] != '\n')))
            nl++;
    return nl >= 2;
}

/* Blank lines carry meaning only when some paragraphs are not separated by them. */
static bool blanks_informative(const struct ctx *c)
{
    size_t with = 0, without = 0;
    for (size_t i = 1; i < c->units.n; i++) {
        if (blank_between(c->s, c->units.v[i - 1].end, c->units.v[i].start))
            with++;
        else
            without++;
    }
    return with && without;
}

static double unit_score(const struct ctx *c, size_t u, size_t maxcp, struct feat *f)
{
    features(c->s, c->units.v[u].start, c->units.v[u].end, f);
    return f->stop ? -10.0 : post_score(f, maxcp);
}

/* Does unit u name the author: the display name up to its first character
 * that is not an ASCII letter, space or '.', "Dr Teodor Brankovi" for
 * "Dr Teodor Branković 🌡️", at least two words long? */
static bool names_author(const struct ctx *c, size_t u, struct rng name)
{
    const char *s = c->s;
    size_t n = name.b, words = 1;
    while (n < name.e && (is_alpha((unsigned char)s[n]) || s[n] == ' ' || s[n] == '.'))
        words += s[n++] == ' ';
    while (n > name.b && s[n - 1] == ' ')
        n--, words--;
    return words >= 2 && n - name.b >= 6 &&
           has_word_start(s, c->units.v[u].start, c->units.v[u].end, s + name.b, n - name.b);
}

/* Does unit u introduce an embedded post: one short sentence of the article
 * whose verb is a posting one ("The ministry posted its daily update on Monday
 * morning.", "The force set out the arrests on its Facebook page.", "The
 * ministry published the figures on its Telegram channel.")? "posted" and
 * "tweeted" say so alone; "published", "set out", "put out", "issued" and
 * "announced" with where: a page, an account, a channel, a platform. */
static bool introduces_post(const struct ctx *c, size_t u)
{
    static const char *const alone[] = {"posted", "tweeted", "wrote on"};
    static const char *const verb[] = {"published", "set out", "put out", "issued",
                                       "announced", "shared", "gave an update"};
    static const char *const where[] = {"page", "account", "channel", "feed", "Facebook",
                                        "Telegram", "Instagram", "TikTok", "Threads",
                                        "Bluesky", "Mastodon", "social media", "website"};
    const char *s = c->s;
    size_t b = c->units.v[u].start, e = c->units.v[u].end;
    while (e > b && is_space((unsigned char)s[e - 1]))
        e--;
    if (e - b < 12 || e - b > 220 || (s[e - 1] != '.' && s[e - 1] != ':') ||
        words_in(s, b, e) > 30 || memchr(s + b, '"', e - b) ||
        find(s, b, e, "\xE2\x80\x9C") < e) /* a quote: what was said, not where */
        return false;
    /* one sentence, a paragraph of its own: "... on Friday. Two tanks ..." is
     * the article going on */
    for (size_t i = b; i + 2 < e; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
            ((s[i + 2] >= 'A' && s[i + 2] <= 'Z') || is_digit((unsigned char)s[i + 2])))
            return false;
    for (size_t k = 0; k < sizeof alone / sizeof *alone; k++)
        if (has_word_start(s, b, e, alone[k], strlen(alone[k])))
            return true;
    bool v = false;
    for (size_t k = 0; k < sizeof verb / sizeof *verb && !v; k++)
        v = has_word_start(s, b, e, verb[k], strlen(verb[k]));
    for (size_t k = 0; k < sizeof where / sizeof *where && v; k++)
        if (has_word_start(s, b, e, where[k], strlen(where[k])))
            return true;
    return false;
}

/* A dated post of several paragraphs copies as paragraphs that each read as
 * prose. Those above the post's last found one are taken when the paragraph
 * above them introduces the post, by its author's name or as a post ("The
 * ministry posted its daily update."), and all of them fit the platform's
 * limit; without such an introduction nothing is added. */
static size_t earlier_paragraphs(struct ctx *c, const struct anchor *a, size_t first,
                                 size_t last, size_t barrier)
{
    size_t total = 0, u, k;
    bool named = a->has_date && rng_set(a->name), plain = true;
    for (u = first; u <= last; u++)
        total += cps(c->s, (struct rng){c->units.v[u].start, c->units.v[u].end});
    /* the length and the name are looked at first: they are cheap, and most
     * paragraphs above a post fail on them */
    for (u = first, k = 0; u-- > 0 && k <= 7 && c->units.v[u].start >= barrier; k++) {
        struct feat f;
        if (named && plain && k <= 2 && names_author(c, u, a->name))
            return unit_score(c, u, a->maxcp, &f) > -10.0 ? u + 1 : first;
        /* introduced as a post ("The ministry posted its daily update."): all
         * between is the post's, headings and lists included */
        if (introduces_post(c, u))
            return u + 1;
        total += cps(c->s, (struct rng){c->units.v[u].start, c->units.v[u].end});
        if (total > a->maxcp)
            break;
        if (plain && (unit_score(c, u, a->maxcp, &f) <= -10.0 || f.cue || f.colon_end))
            plain = false;
    }
    return first;
}

/* The longest post text taken on its media link alone, past a platform's usual
 * limit (X lets paying accounts write 25,000 characters; news quotes shorter). */
#define LONG_POST_MAX 4000

/* Walk back from the anchor over units that read as post text. */
static struct rng walk_back(struct ctx *c, const struct anchor *a, size_t barrier,
                            size_t *cursor)
{
    size_t u, first = NONE, last = NONE, total = 0, count = 0;
    while (*cursor < c->units.n && c->units.v[*cursor].end <= a->b)
        (*cursor)++;
    u = *cursor;
    for (; u-- > 0 && c->units.v[u].start >= barrier && count < MAX_POST_UNITS;) {
        struct feat f, g;
        double sc = unit_score(c, u, a->maxcp, &f);
        if (sc <= -10.0)
            break;
        size_t next = first == NONE ? a->b : c->units.v[first].start;
        if (c->blank_informative && blank_between(c->s, c->units.v[u].end, next))
            sc -= 1.0;
        bool ok = sc >= (count ? CONTINUE_MIN : a->first_min);
        /* a neutral line under clear post text or a "Quote" line (the author
         * line of a quoted post) is inside the post */
        if (!ok && count && sc >= -0.5 && f.cp <= 200 && u > 0 &&
            c->units.v[u - 1].start >= barrier)
            ok = unit_score(c, u - 1, a->maxcp, &g) >= STRONG_POST || g.ui;
        if (!ok || (count && total + f.cp > a->maxcp * 13 / 10 + 40))
            break;
        if (last == NONE)
            last = u;
        first = u;
        total += f.cp;
        count++;
    }
    /* A dated signature ("— Name (@handle) July 17, 2023") always follows its
     * post's text when a page is copied: a plain post (no hashtag, no link,
     * several short sentences) scores as prose, but if the unit right above
     * fits the platform's length limit it is the post; so is a longer one that
     * carries the post's media link (a long post, as paying X accounts write). */
    /* So does a post the article has just introduced ("An analyst posted on
     * Threads.") when the widget's closing line follows it ("Post by @name"). */
    u = *cursor;
    if (first == NONE && u > 0 && c->units.v[u - 1].start >= barrier &&
        (a->has_date || (u > 1 && c->units.v[u - 2].start >= barrier &&
                         introduces_post(c, u - 2)))) {
        struct feat f;
        double sc = unit_score(c, u - 1, a->maxcp, &f);
        if (sc > -10.0 && (f.cp <= a->maxcp || (f.media && f.cp <= LONG_POST_MAX)))
            first = last = u - 1;
    }
    if (first == NONE)
        return (struct rng){0, 0};
    first = earlier_paragraphs(c, a, first, last, barrier);
    return (struct rng){c->units.v[first].start, c->units.v[last].end};
}

/* ---- building the embeds ------------------------------------------------- */

static const char *dup(cite_doc *d, const char *s, struct rng r)
{
    return rng_set(r) ? citep_arena_strndup(d->arena, s + r.b, r.e - r.b) : NULL;
}

/* The post's link when the signature had none: pic.twitter.com, else t.co (X),
 * else the platform's post URL anywhere in the embed. */
static void pick_url(const struct ctx *c, struct anchor *a, size_t b, size_t e)
{
    struct purl p;
    struct url u;
    struct rng media = {0, 0}, tco = {0, 0};
    if (rng_set(a->url))
        return;
    if (find_post_url(c->s, b, e, a->platform, &p)) {
        a->url = p.url, a->post_id = p.id;
        return;
    }
    if (strcmp(a->platform, "x") != 0)
        return;
    for (size_t i = b; url_next(c->s, &i, e, &u);) {
        if (host_is(c->s, &u, "pic.twitter.com"))
            media = (struct rng){u.b, u.e};
        else if (host_is(c->s, &u, "t.co"))
            tco = (struct rng){u.b, u.e};
    }
    a->url = rng_set(media) ? media : tco;
}

static const char *handle_str(cite_doc *d, const char *s, const struct anchor *a)
{
    if (!rng_set(a->handle))
        return NULL;
    if (rng_set(a->handle_host))
        return citep_arena_printf(d->arena, "%.*s@%.*s", (int)(a->handle.e - a->handle.b),
                                  s + a->handle.b, (int)(a->handle_host.e - a->handle_host.b),
                                  s + a->handle_host.b);
    return dup(d, s, a->handle);
}

static const char *date_str(struct ctx *c, const struct anchor *a)
{
    if (!a->has_date)
        return NULL;
    if (!a->date.ok) {
        warn_at(c, "embed-bad-date", a->date.text.b, "embedded post has an impossible date",
                a->date.text);
        return NULL;
    }
    int y = a->date.y, m = a->date.m, dd = a->date.d;
    if (y < 0 || y > 9999 || m < 0 || m > 99 || dd < 0 || dd > 99)
        return citep_arena_printf(c->d->arena, "%04d-%02d-%02d", y, m, dd);
    /* what the format above writes, without a printf per post */
    char b[11] = {(char)('0' + y / 1000), (char)('0' + y / 100 % 10),
                  (char)('0' + y / 10 % 10), (char)('0' + y % 10),
                  '-', (char)('0' + m / 10), (char)('0' + m % 10),
                  '-', (char)('0' + dd / 10), (char)('0' + dd % 10), '\0'};
    return citep_arena_strndup(c->d->arena, b, 10);
}

static cite_status emit(struct ctx *c, struct anchor *a, struct rng text, size_t sb,
                        size_t from_unit)
{
    cite_doc *d = c->d;
    const char *s = c->s;
    size_t k = d->embeds.n;
    pick_url(c, a, sb, a->e);
    cite_embed em = {0};
    em.id = citep_arena_printf(d->arena, "E%zu", k + 1);
    em.platform = a->platform;
    em.author = dup(d, s, a->name);
    em.handle = handle_str(d, s, a);
    em.date = date_str(c, a);
    em.url = dup(d, s, a->url);
    em.text = dup(d, s, text);
    em.post_id = dup(d, s, a->post_id);
    em.span = citep_span_from_view(d, &d->text, sb, a->e);
    em.text_span = rng_set(text) ? citep_span_from_view(d, &d->text, text.b, text.e)
                                 : citep_span_from_view(d, &d->text, sb, sb);
    if (!em.id || (rng_set(a->name) && !em.author) || (rng_set(a->handle) && !em.handle) ||
        (a->has_date && a->date.ok && !em.date) || (rng_set(a->url) && !em.url) ||
        (rng_set(text) && !em.text) || (rng_set(a->post_id) && !em.post_id))
        return CITE_ENOMEM;
    struct citep_embed_x x = {rng_set(text) ? text.b : NONE, rng_set(text) ? text.e : NONE,
                              sb, a->e};
    if (CITEP_PUSH(&d->embeds, em) != CITE_OK || CITEP_PUSH(&d->embed_x, x) != CITE_OK)
        return CITE_ENOMEM;
    while (from_unit > 0 && c->units.v[from_unit - 1].start >= sb)
        from_unit--;
    for (size_t u = from_unit; u < c->units.n && c->units.v[u].start < a->e; u++)
        if (c->units.v[u].start >= sb && c->units.v[u].end <= a->e)
            c->units.v[u].embed = (int)k;
    return CITE_OK;
}

/* A dash ending a post's text opens the signature wrapped onto the next line
 * (anchor_wrapped): it is not the post's. */
static void cut_signature_dash(const char *s, struct rng *t)
{
    size_t d = rng_set(*t) ? trailing_dash(s, t->b, t->e) : NONE;
    if (d == NONE || d == t->b)
        return;
    while (d > t->b && is_space((unsigned char)s[d - 1]))
        d--;
    t->e = d;
}

static cite_status build_embeds(struct ctx *c)
{
    size_t barrier = 0, cursor = 0;
    for (size_t i = 0; i < c->an.n; i++) {
        struct anchor *a = &c->an.v[i];
        while (cursor < c->units.n && c->units.v[cursor].end <= a->span_b)
            cursor++;
        struct rng text = a->fixed ? a->text : walk_back(c, a, barrier, &cursor);
        cut_signature_dash(c->s, &text);
        size_t sb = a->fixed ? a->span_b : (rng_set(text) ? text.b : a->b);
        cite_status st = emit(c, a, text, sb, cursor);
        if (st != CITE_OK)
            return st;
        barrier = a->e;
    }
    return CITE_OK;
}

cite_status citep_embeds_text(cite_doc *d)
{
    if (!d->text.s || d->is_html)
        return CITE_OK;
    cite_status st = citep_paras_build(d);
    if (st != CITE_OK)
        return st;
    struct ctx c = {0};
    c.d = d;
    c.s = d->text.s;
    c.nln = citep_emb_lines(d->text.s, d->text.len, &c.ln, &st);
    if (st == CITE_OK)
        st = find_anchors(&c);
    if (st == CITE_OK && c.an.n > 0)
        st = build_units(&c);
    if (st == CITE_OK && c.an.n > 0) {
        c.blank_informative = blanks_informative(&c);
        st = build_embeds(&c);
    }
    if (st == CITE_OK && c.an.n > 0) { /* the cut paragraphs replace the old ones */
        citep_free(d->paras.v);
        d->paras.v = c.units.v, d->paras.n = c.units.n, d->paras.cap = c.units.cap;
        c.units.v = NULL;
    }
    citep_free(c.units.v);
    citep_free(c.an.v);
    citep_free(c.ln);
    return st;
}
