/*
 * oembed.c - `check --online`: ask each embedded post's platform for the live
 * post (oEmbed 1.0, https://oembed.com/, JSON format) and compare its text
 * with the copy in the article.
 *
 * Requests run concurrently on a libcurl multi handle, at most --oembed-per-host
 * at a time per host, each behind the same guard, timeout and cap as the
 * article fetch (fetch.c). 429 and 5xx answers are retried up to
 * OEMBED_MAX_ATTEMPTS times, waiting as Retry-After says (RFC 9110 10.2.3)
 * but never longer than OEMBED_MAX_RETRY_WAIT seconds. The library has no
 * network, so the outcomes are added here to the rendered report.
 */
#include "oembed.h"

#include "addrcheck.h"
#include "cli.h"

#include "curl_api.h"
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <utf8proc.h>

void oembed_opts_init(struct oembed_opts *o, const struct fetch_opts *f)
{
    memset(o, 0, sizeof *o);
    o->fetch = f;
    o->per_host = OEMBED_DEFAULT_PER_HOST;
}

bool fetch_parse_option(int which, const char *arg, struct fetch_opts *f,
                        struct oembed_opts *o)
{
    char *end;
    long v;
    switch (which) {
    case 0: /* --timeout */
    case 5: /* --oembed-per-host */
        errno = 0;
        v = strtol(arg, &end, 10);
        if (errno || end == arg || *end || v < 1 || v > (which == 0 ? 86400 : 64))
            return false;
        if (which == 0)
            f->timeout = v;
        else
            o->per_host = v;
        return true;
    case 1: f->allow_private = true; return true;
    case 2: f->cache_dir = arg; return arg[0] != '\0';
    case 3: o->enabled = true; return true;
    case 4: o->config = arg; o->enabled = true; return arg[0] != '\0';
    default: return false;
    }
}

/* ---- endpoints ------------------------------------------------------------ */

/* {url} is the post URL, percent-encoded; {host} the post URL's host. */
static const char *const DEFAULTS[][2] = {
    {"x", "https://publish.twitter.com/oembed?omit_script=1&url={url}"},
    {"bluesky", "https://embed.bsky.app/oembed?url={url}"},
    {"mastodon", "https://{host}/api/oembed?url={url}"},
    {"tiktok", "https://www.tiktok.com/oembed?url={url}"},
    {"youtube", "https://www.youtube.com/oembed?format=json&url={url}"},
};

/* Platforms whose oEmbed needs an access token: only with a configured endpoint. */
static const char *const TOKEN_PLATFORMS[] = {"instagram", "facebook", "threads"};

struct endpoints {
    char *platform[32];
    char *tmpl[32];
    size_t n;
};

static void endpoints_free(struct endpoints *e)
{
    for (size_t i = 0; i < e->n; i++)
        free(e->platform[i]), free(e->tmpl[i]);
    e->n = 0;
}

static bool load_config(const char *path, struct endpoints *e)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_error("%s: %s", path, strerror(errno));
        return false;
    }
    char line[4096];
    unsigned ln = 0;
    bool ok = true;
    while (ok && fgets(line, sizeof line, f)) {
        ln++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        if (!tab || tab == line || !addrcheck_is_url(tab + 1) || e->n == 32) {
            cli_error("%s:%u: want 'platform<TAB>http(s)://...{url}...'", path, ln);
            ok = false;
            break;
        }
        *tab = '\0';
        e->platform[e->n] = strdup(line);
        e->tmpl[e->n] = strdup(tab + 1);
        e->n++;
        ok = e->platform[e->n - 1] && e->tmpl[e->n - 1];
    }
    fclose(f);
    return ok;
}

/* The template for a platform: the config file's, else the default, else NULL. */
static const char *endpoint_for(const struct endpoints *e, const char *platform)
{
    for (size_t i = e->n; i-- > 0;)
        if (strcmp(e->platform[i], platform) == 0)
            return e->tmpl[i];
    for (size_t i = 0; i < sizeof DEFAULTS / sizeof DEFAULTS[0]; i++)
        if (strcmp(DEFAULTS[i][0], platform) == 0)
            return DEFAULTS[i][1];
    return NULL;
}

/* ---- post URLs ------------------------------------------------------------ */

static bool host_is(const char *host, const char *domain)
{
    size_t hl = strlen(host), dl = strlen(domain);
    return hl >= dl && strcasecmp(host + hl - dl, domain) == 0 &&
           (hl == dl || host[hl - dl - 1] == '.');
}

/* Only a URL of a post can be looked up; "pic.twitter.com/..." names a photo. */
static bool is_post_url(const char *platform, const char *host, const char *path)
{
    if (strcmp(platform, "x") == 0)
        return (host_is(host, "twitter.com") || host_is(host, "x.com")) &&
               strstr(path, "/status/") != NULL && !host_is(host, "pic.twitter.com");
    if (strcmp(platform, "bluesky") == 0)
        return strstr(path, "/profile/") == path && strstr(path, "/post/") != NULL;
    if (strcmp(platform, "mastodon") == 0)
        return strncmp(path, "/@", 2) == 0 || strstr(path, "/statuses/") != NULL;
    if (strcmp(platform, "tiktok") == 0)
        return host_is(host, "tiktok.com") && (strstr(path, "/video/") || host[0] == 'v');
    if (strcmp(platform, "youtube") == 0)
        return host_is(host, "youtu.be") ||
               (host_is(host, "youtube.com") &&
                (strncmp(path, "/watch", 6) == 0 || strncmp(path, "/shorts/", 8) == 0));
    return true; /* configured platforms: the endpoint judges */
}

static char *append(char *out, size_t *len, size_t *cap, const char *s, size_t n)
{
    if (!out)
        return NULL;
    if (*len + n + 1 > *cap) {
        while (*len + n + 1 > *cap)
            *cap *= 2;
        char *nb = realloc(out, *cap);
        if (!nb) {
            free(out);
            return NULL;
        }
        out = nb;
    }
    memcpy(out + *len, s, n);
    *len += n;
    out[*len] = '\0';
    return out;
}

/* Fill the template; NULL (with a note) when the embed has no post URL. */
static char *endpoint_url(const char *tmpl, const cite_embed *em)
{
    char full[ADDRCHECK_MAX_URL + 16];
    snprintf(full, sizeof full, "%s%s", addrcheck_is_url(em->url) ? "" : "https://", em->url);
    CURLU *u = cu.url();
    char *host = NULL, *path = NULL, *out = NULL;
    if (u && cu.url_set(u, CURLUPART_URL, full, 0) == CURLUE_OK &&
        cu.url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        cu.url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK &&
        is_post_url(em->platform, host, path)) {
        char *enc = cu.easy_escape(NULL, full, 0);
        size_t len = 0, cap = 256;
        out = enc ? malloc(cap) : NULL;
        if (out)
            out[0] = '\0';
        for (const char *p = tmpl; out && *p;) {
            if (strncmp(p, "{url}", 5) == 0)
                out = append(out, &len, &cap, enc, strlen(enc)), p += 5;
            else if (strncmp(p, "{host}", 6) == 0)
                out = append(out, &len, &cap, host, strlen(host)), p += 6;
            else
                out = append(out, &len, &cap, p, 1), p++;
        }
        cu.free(enc);
    }
    cu.free(host);
    cu.free(path);
    cu.url_cleanup(u);
    return out;
}

/* ---- text of a post ------------------------------------------------------- */

static const struct {
    const char *name;
    unsigned cp;
} ENTITIES[] = {{"amp", '&'},       {"lt", '<'},         {"gt", '>'},        {"quot", '"'},
                {"apos", '\''},     {"nbsp", 0xA0},      {"mdash", 0x2014},  {"ndash", 0x2013},
                {"hellip", 0x2026}, {"rsquo", 0x2019},   {"lsquo", 0x2018},  {"ldquo", 0x201C},
                {"rdquo", 0x201D},  {"laquo", 0xAB},     {"raquo", 0xBB},    {"copy", 0xA9}};

static size_t put_utf8(char *o, unsigned cp)
{
    utf8proc_uint8_t b[4];
    utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, b);
    memcpy(o, b, (size_t)n);
    return (size_t)n;
}

/* Decode one entity at s ('&'); returns bytes consumed (0 = not an entity). */
static size_t entity(const char *s, unsigned *cp)
{
    const char *semi = strchr(s, ';');
    if (!semi || semi - s > 10)
        return 0;
    if (s[1] == '#') {
        char *end;
        unsigned long v = s[2] == 'x' || s[2] == 'X' ? strtoul(s + 3, &end, 16)
                                                     : strtoul(s + 2, &end, 10);
        if (end != semi || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
            return 0;
        *cp = (unsigned)v;
        return (size_t)(semi - s) + 1;
    }
    for (size_t i = 0; i < sizeof ENTITIES / sizeof ENTITIES[0]; i++)
        if (strlen(ENTITIES[i].name) == (size_t)(semi - s - 1) &&
            strncmp(s + 1, ENTITIES[i].name, (size_t)(semi - s - 1)) == 0) {
            *cp = ENTITIES[i].cp;
            return (size_t)(semi - s) + 1;
        }
    return 0;
}

/* Tags dropped (<br> and </p> become spaces), entities decoded. */
static char *strip_html(const char *s, size_t n)
{
    char *out = malloc(n * 4 + 1);
    size_t o = 0;
    for (size_t i = 0; out && i < n;) {
        if (s[i] == '<') {
            const char *gt = memchr(s + i, '>', n - i);
            size_t tl = gt ? (size_t)(gt - (s + i)) + 1 : n - i;
            if (strncasecmp(s + i, "<br", 3) == 0 || strncasecmp(s + i, "</p", 3) == 0)
                out[o++] = ' ';
            i += tl;
            continue;
        }
        unsigned cp;
        size_t el = s[i] == '&' ? entity(s + i, &cp) : 0;
        if (el) {
            o += put_utf8(out + o, cp);
            i += el;
        } else {
            out[o++] = s[i++];
        }
    }
    if (out)
        out[o] = '\0';
    return out;
}

static const char *find_ci(const char *h, const char *needle)
{
    size_t nl = strlen(needle);
    for (; *h; h++)
        if (strncasecmp(h, needle, nl) == 0)
            return h;
    return NULL;
}

char *oembed_html_text(const char *html)
{
    if (!html)
        return NULL;
    const char *bq = find_ci(html, "<blockquote");
    const char *p = bq ? find_ci(bq, "<p") : NULL;
    const char *from, *to;
    if (p && (p[2] == '>' || p[2] == ' ')) {
        from = strchr(p, '>');
        from = from ? from + 1 : p;
        to = find_ci(from, "</p>");
    } else if (bq) {
        from = strchr(bq, '>');
        from = from ? from + 1 : bq;
        to = find_ci(from, "&mdash;"); /* the byline that follows the text */
        if (!to)
            to = find_ci(from, "</blockquote>");
    } else {
        return NULL; /* an iframe or player: no text */
    }
    if (!to)
        to = from + strlen(from);
    return strip_html(from, (size_t)(to - from));
}

/* ---- comparison ----------------------------------------------------------- */

static bool is_link_token(const char *w, size_t n)
{
    static const char *const PFX[] = {"http://", "https://", "pic.twitter.com/", "t.co/",
                                      "pic.x.com/"};
    for (size_t i = 0; i < sizeof PFX / sizeof PFX[0]; i++)
        if (n >= strlen(PFX[i]) && strncasecmp(w, PFX[i], strlen(PFX[i])) == 0)
            return true;
    return false;
}

/* Comparable form: NFKC, typographic quotes and dashes made plain, links
 * dropped (platforms shorten and re-link them), whitespace collapsed; a
 * trailing ellipsis is removed and reported. */
static char *comparable(const char *s, bool *truncated)
{
    char *nf = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)s);
    if (!nf)
        return NULL;
    size_t n = strlen(nf);
    char *out = malloc(n + 1);
    size_t o = 0;
    for (size_t i = 0; out && i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)nf + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (l <= 0) {
            i++;
            continue;
        }
        bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
                     utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
        if (space) {
            if (o && out[o - 1] != ' ')
                out[o++] = ' ';
            i += (size_t)l;
            continue;
        }
        if ((i == 0 || out[o ? o - 1 : 0] == ' ' || o == 0)) {
            size_t w = i;
            while (w < n && nf[w] != ' ' && nf[w] != '\n' && nf[w] != '\t' && nf[w] != '\r')
                w++;
            if (is_link_token(nf + i, w - i)) {
                i = w;
                continue;
            }
        }
        if (cp == 0x2018 || cp == 0x2019)
            out[o++] = '\'';
        else if (cp == 0x201C || cp == 0x201D)
            out[o++] = '"';
        else if (cp == 0x2013 || cp == 0x2014)
            out[o++] = '-';
        else
            memcpy(out + o, nf + i, (size_t)l), o += (size_t)l;
        i += (size_t)l;
    }
    free(nf);
    if (!out)
        return NULL;
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    /* NFKC has already turned U+2026 into "..." */
    *truncated = o >= 3 && strcmp(out + o - 3, "...") == 0;
    if (*truncated) {
        o -= 3;
        while (o && out[o - 1] == ' ')
            o--;
        out[o] = '\0';
    }
    return out;
}

cite_finding_kind oembed_compare(const char *article, const char *live, char *msg, size_t n)
{
    bool ta = false, tl = false;
    char *a = comparable(article, &ta), *l = comparable(live, &tl);
    cite_finding_kind k = CITE_CONFLICT;
    if (!a || !l) {
        snprintf(msg, n, "out of memory while comparing");
    } else if (strcmp(a, l) == 0 && ta == tl) {
        k = CITE_CONSISTENT;
        snprintf(msg, n, "the article's copy matches the live post");
    } else if ((ta && strncmp(a, l, strlen(a)) == 0) || (tl && strncmp(l, a, strlen(l)) == 0)) {
        k = CITE_CONSISTENT;
        snprintf(msg, n, "the %s copy is cut short with an ellipsis and matches the start of "
                 "the other", ta ? "article's" : "live post's");
    } else {
        size_t i = 0;
        while (a[i] && a[i] == l[i])
            i++;
        while (i && ((unsigned char)a[i] & 0xC0) == 0x80)
            i--; /* report from a character boundary */
        snprintf(msg, n, "the live post differs from the article's copy at character %zu: "
                 "article \"%.40s\", post \"%.40s\"", i + 1, a + i, l + i);
    }
    free(a);
    free(l);
    return k;
}

/* ---- requests --------------------------------------------------------------- */

enum job_state { JOB_WAITING, JOB_RUNNING, JOB_DONE };

struct job {
    size_t embed;
    char *url;
    CURL *e;
    struct fetch_conn c;
    enum job_state state;
    int attempts;
    double not_before; /* monotonic seconds */
    CURLcode rc;
    long status;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Retry 429 and 5xx; false when the answer is final. */
static bool schedule_retry(struct job *j)
{
    bool retriable = j->rc == CURLE_OK && (j->status == 429 || j->status >= 500);
    if (!retriable || j->attempts >= OEMBED_MAX_ATTEMPTS)
        return false;
    curl_off_t wait = 0;
    cu.easy_getinfo(j->e, CURLINFO_RETRY_AFTER, &wait);
    if (wait <= 0)
        wait = (curl_off_t)1 << (j->attempts - 1);
    if (wait > OEMBED_MAX_RETRY_WAIT)
        wait = OEMBED_MAX_RETRY_WAIT;
    j->not_before = now_s() + (double)wait;
    j->state = JOB_WAITING;
    return true;
}

static void start_due(CURLM *m, struct job *jobs, size_t n, double *next_due)
{
    double now = now_s();
    *next_due = 0;
    for (size_t i = 0; i < n; i++) {
        struct job *j = &jobs[i];
        if (j->state != JOB_WAITING)
            continue;
        if (j->not_before > now) {
            if (!*next_due || j->not_before < *next_due)
                *next_due = j->not_before;
            continue;
        }
        fetch_conn_reset(&j->c);
        j->attempts++;
        j->state = JOB_RUNNING;
        cu.multi_add_handle(m, j->e);
    }
}

static void collect(CURLM *m, struct job *jobs, size_t n)
{
    CURLMsg *msg;
    int left;
    while ((msg = cu.multi_info_read(m, &left))) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        for (size_t i = 0; i < n; i++) {
            struct job *j = &jobs[i];
            if (j->e != msg->easy_handle)
                continue;
            j->rc = msg->data.result;
            j->status = 0;
            cu.easy_getinfo(j->e, CURLINFO_RESPONSE_CODE, &j->status);
            cu.multi_remove_handle(m, j->e);
            if (!schedule_retry(j))
                j->state = JOB_DONE;
        }
    }
}

static void run_jobs(struct job *jobs, size_t n, long per_host)
{
    CURLM *m = cu.multi_init();
    if (!m)
        return;
    cu.multi_setopt(m, CURLMOPT_MAX_HOST_CONNECTIONS, per_host);
    for (;;) {
        double next_due;
        start_due(m, jobs, n, &next_due);
        int running = 0;
        cu.multi_perform(m, &running);
        collect(m, jobs, n);
        bool open = false;
        for (size_t i = 0; i < n; i++)
            open = open || jobs[i].state != JOB_DONE;
        if (!open)
            break;
        int wait_ms = 1000;
        if (next_due) {
            double d = (next_due - now_s()) * 1000;
            wait_ms = d < 0 ? 0 : d < 1000 ? (int)d : 1000;
        }
        cu.multi_poll(m, NULL, 0, wait_ms, NULL);
    }
    cu.multi_cleanup(m);
}

/* ---- outcomes ------------------------------------------------------------- */

static bool add_outcome(struct oembed_report *r, size_t embed, cite_finding_kind k,
                        const char *live, const char *msg)
{
    struct oembed_outcome *nv = realloc(r->v, (r->n + 1) * sizeof *nv);
    if (!nv)
        return false;
    r->v = nv;
    struct oembed_outcome *o = &r->v[r->n++];
    o->embed = embed;
    o->kind = k;
    o->live = live ? strdup(live) : NULL;
    o->message = strdup(msg);
    return o->message != NULL;
}

/* The post text of an oEmbed JSON answer: the blockquote's text, else the
 * title (TikTok and YouTube put the caption or video title there). */
static char *answer_text(const char *body, size_t len)
{
    json_t *root = json_loadb(body, len, 0, NULL);
    if (!root)
        return NULL;
    char *text = oembed_html_text(json_string_value(json_object_get(root, "html")));
    if ((!text || !text[0]) && json_is_string(json_object_get(root, "title"))) {
        free(text);
        text = strdup(json_string_value(json_object_get(root, "title")));
    }
    json_decref(root);
    return text;
}

static bool judge(const cite_doc *doc, const struct job *j, struct oembed_report *r)
{
    const cite_embed *em = cite_doc_embed_at(doc, j->embed);
    char msg[512];
    if (j->rc != CURLE_OK) {
        fetch_describe(j->rc, &j->c, msg, sizeof msg);
        cli_warn("%s: oEmbed look-up failed: %s", em->id, msg);
        return true;
    }
    if (j->status == 404 || j->status == 410) {
        snprintf(msg, sizeof msg, "the post is gone (HTTP %ld from its oEmbed endpoint); only "
                 "the article's copy remains", j->status);
        return add_outcome(r, j->embed, CITE_POST_ONLY, NULL, msg);
    }
    if (j->status != 200) {
        cli_warn("%s: oEmbed endpoint answered HTTP %ld", em->id, j->status);
        return true;
    }
    char *live = answer_text(j->c.buf, j->c.len);
    bool ok = true;
    if (!live || !live[0])
        cli_warn("%s: the oEmbed answer has no post text to compare", em->id);
    else if (!em->text)
        cli_warn("%s: the article has no copy of the post text to compare", em->id);
    else
        ok = add_outcome(r, j->embed, oembed_compare(em->text, live, msg, sizeof msg), live,
                         msg);
    free(live);
    return ok;
}

static bool is_token_platform(const char *p)
{
    for (size_t i = 0; i < sizeof TOKEN_PLATFORMS / sizeof TOKEN_PLATFORMS[0]; i++)
        if (strcmp(p, TOKEN_PLATFORMS[i]) == 0)
            return true;
    return false;
}

/* One job per embed that has a post URL and an endpoint; notes for the rest. */
static bool plan(const cite_doc *doc, const struct oembed_opts *o, const struct endpoints *ep,
                 struct job *jobs, size_t *n)
{
    *n = 0;
    for (size_t i = 0; i < cite_doc_embed_count(doc); i++) {
        const cite_embed *em = cite_doc_embed_at(doc, i);
        const char *tmpl = endpoint_for(ep, em->platform);
        if (!tmpl) {
            if (is_token_platform(em->platform))
                cli_warn("%s: %s's oEmbed needs an access token; configure an endpoint with "
                         "--oembed-config to check it", em->id, em->platform);
            else
                cli_warn("%s: no oEmbed endpoint for %s", em->id, em->platform);
            continue;
        }
        char *url = em->url ? endpoint_url(tmpl, em) : NULL;
        if (!url) {
            cli_warn("%s: no post URL to look up%s%s", em->id, em->url ? " in " : "",
                     em->url ? em->url : "");
            continue;
        }
        struct job *j = &jobs[(*n)++];
        memset(j, 0, sizeof *j);
        j->embed = i;
        j->url = url;
        j->c.opts = o->fetch;
        j->e = cu.easy_init();
        if (!j->e || !fetch_setup(j->e, &j->c) ||
            cu.easy_setopt(j->e, CURLOPT_URL, url) != CURLE_OK ||
            cu.easy_setopt(j->e, CURLOPT_PRIVATE, j) != CURLE_OK) {
            cli_error("%s: could not set up the oEmbed request", em->id);
            return false;
        }
        char why[200];
        if (!addrcheck_url(url, why, sizeof why)) {
            cli_warn("%s: oEmbed URL refused: %s", em->id, why);
            j->state = JOB_DONE;
            j->rc = CURLE_URL_MALFORMAT;
        }
    }
    return true;
}

bool oembed_run(const cite_doc *doc, const struct oembed_opts *o, struct oembed_report *r)
{
    memset(r, 0, sizeof *r);
    struct endpoints ep = {0};
    if (o->config && !load_config(o->config, &ep)) {
        endpoints_free(&ep);
        return false;
    }
    const char *why_not = NULL;
    if (!fetch_global_init(&why_not)) {
        cli_error("--online: %s", why_not);
        endpoints_free(&ep);
        return false;
    }
    size_t n = cite_doc_embed_count(doc), njobs = 0;
    struct job *jobs = calloc(n ? n : 1, sizeof *jobs);
    bool ok = jobs && plan(doc, o, &ep, jobs, &njobs);
    if (ok)
        run_jobs(jobs, njobs, o->per_host);
    for (size_t i = 0; ok && i < njobs; i++)
        if (jobs[i].rc != CURLE_URL_MALFORMAT || jobs[i].attempts)
            ok = judge(doc, &jobs[i], r);
    for (size_t i = 0; jobs && i < njobs; i++) {
        if (jobs[i].e)
            cu.easy_cleanup(jobs[i].e);
        free(jobs[i].url);
        free(jobs[i].c.buf);
    }
    free(jobs);
    endpoints_free(&ep);
    if (!ok) {
        cli_error("out of memory while checking posts online");
        oembed_report_free(r);
    }
    return ok;
}

void oembed_report_free(struct oembed_report *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].live), free(r->v[i].message);
    free(r->v);
    memset(r, 0, sizeof *r);
}

bool oembed_fails(const struct oembed_report *r, bool unverified)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i].kind == CITE_CONFLICT || (unverified && r->v[i].kind == CITE_POST_ONLY))
            return true;
    return false;
}

/* ---- the report with the outcomes ----------------------------------------- */

struct membuf {
    char *p;
    size_t len, cap;
};

static int mem_write(const char *buf, size_t len, void *ud)
{
    struct membuf *m = ud;
    if (!m->p) {
        m->cap = 4096;
        m->p = malloc(m->cap);
        if (!m->p)
            return -1;
        m->p[0] = '\0';
    }
    m->p = append(m->p, &m->len, &m->cap, buf, len);
    return m->p ? 0 : -1;
}

static json_t *side(const char *text, const cite_span *sp)
{
    return json_pack("{s:s,s:s,s:{s:I,s:I,s:I}}", "value", text, "text", text, "span", "start",
                     (json_int_t)sp->start, "end", (json_int_t)sp->end, "line",
                     (json_int_t)sp->line);
}

static json_t *outcome_json(const cite_doc *doc, const struct oembed_outcome *o)
{
    const cite_embed *em = cite_doc_embed_at(doc, o->embed);
    json_t *post = o->live ? side(o->live, &em->span) : json_null();
    json_t *body = em->text ? side(em->text, &em->text_span) : json_null();
    return json_pack("{s:s,s:s,s:s?,s:s,s:o,s:o,s:s,s:s}", "kind",
                     cite_finding_kind_name(o->kind), "type", "embed_text", "subject", em->url,
                     "embed", em->id, "post", post, "body", body, "severity",
                     cite_finding_severity(o->kind), "message", o->message);
}

static cite_status render_json(const cite_doc *doc, const struct oembed_report *r,
                               unsigned flags, struct membuf *m)
{
    cite_status st = cite_render_json(doc, CITE_RENDER_DEFAULT, mem_write, m);
    if (st != CITE_OK)
        return st;
    json_t *root = json_loadb(m->p, m->len, 0, NULL);
    json_t *findings = root ? json_object_get(root, "findings") : NULL;
    if (!json_is_array(findings)) {
        json_decref(root);
        return CITE_ENOMEM;
    }
    for (size_t i = 0; i < r->n; i++)
        if (json_array_append_new(findings, outcome_json(doc, &r->v[i]))) {
            json_decref(root);
            return CITE_ENOMEM;
        }
    size_t jf = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12) |
                ((flags & CITE_RENDER_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT);
    char *s = json_dumps(root, jf);
    json_decref(root);
    if (!s)
        return CITE_ENOMEM;
    m->len = 0;
    int rc = mem_write(s, strlen(s), m) || mem_write("\n", 1, m);
    free(s);
    return rc ? CITE_ENOMEM : CITE_OK;
}

static int out_printf(struct membuf *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int out_printf(struct membuf *m, const char *fmt, ...)
{
    char line[2048];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    return mem_write(line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1, m);
}

static cite_status render_text(const cite_doc *doc, const struct oembed_report *r,
                               unsigned flags, struct membuf *m)
{
    cite_status st = cite_render_text(doc, flags & CITE_RENDER_COLOR, mem_write, m);
    if (st != CITE_OK)
        return st;
    int rc = out_printf(m, "\nLive posts (oEmbed) (%zu)\n", r->n);
    for (size_t i = 0; !rc && i < r->n; i++) {
        const cite_embed *em = cite_doc_embed_at(doc, r->v[i].embed);
        rc = out_printf(m, "  %s %-10s %s %s%s: %s\n", em->id, cite_finding_kind_name(r->v[i].kind),
                        em->platform, em->handle ? "@" : "", em->handle ? em->handle : "",
                        r->v[i].message);
    }
    return rc ? CITE_ENOMEM : CITE_OK;
}

/* One CSV cell (RFC 4180), with the spreadsheet-formula guard of the contract. */
static int csv_cell(struct membuf *m, const char *s, bool last)
{
    const char *end = last ? "\r\n" : ",";
    if (!s || !*s)
        return mem_write(end, strlen(end), m);
    bool guard = strchr("=+-@\t\r", s[0]) != NULL;
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    int rc = (quote && mem_write("\"", 1, m)) || (guard && mem_write("'", 1, m));
    for (const char *p = s; !rc && *p; p++)
        rc = *p == '"' ? mem_write("\"\"", 2, m) : mem_write(p, 1, m);
    return rc || (quote && mem_write("\"", 1, m)) || mem_write(end, strlen(end), m);
}

static cite_status render_csv(const cite_doc *doc, const struct oembed_report *r,
                              cite_table table, const char *article, struct membuf *m)
{
    cite_status st = cite_render_csv(doc, article, table, CITE_RENDER_HEADER, mem_write, m);
    if (st != CITE_OK || table != CITE_TABLE_FINDINGS)
        return st;
    int rc = 0;
    for (size_t i = 0; !rc && i < r->n; i++) {
        const struct oembed_outcome *o = &r->v[i];
        const cite_embed *em = cite_doc_embed_at(doc, o->embed);
        char id[32];
        snprintf(id, sizeof id, "F%zu", cite_doc_finding_count(doc) + i + 1);
        rc = csv_cell(m, article, false) || csv_cell(m, id, false) ||
             csv_cell(m, cite_finding_kind_name(o->kind), false) ||
             csv_cell(m, "embed_text", false) || csv_cell(m, em->url, false) ||
             csv_cell(m, o->live, false) || csv_cell(m, em->text, false) ||
             csv_cell(m, cite_finding_severity(o->kind), false) ||
             csv_cell(m, em->handle, false) || csv_cell(m, o->message, true);
    }
    return rc ? CITE_ENOMEM : CITE_OK;
}

cite_status oembed_render(const cite_doc *doc, const struct oembed_report *r, const char *format,
                          cite_table table, unsigned flags, const char *article, FILE *out)
{
    struct membuf m = {0};
    cite_status st;
    if (strcmp(format, "json") == 0)
        st = render_json(doc, r, flags, &m);
    else if (strcmp(format, "csv") == 0)
        st = render_csv(doc, r, table, article, &m);
    else
        st = render_text(doc, r, flags, &m);
    if (st == CITE_OK && m.len && fwrite(m.p, 1, m.len, out) != m.len)
        st = CITE_EIO;
    free(m.p);
    return st;
}
