/*
 * fetch.c - URL input for `citecheck check` (libcurl easy interface).
 *
 * Safety first, because a URL argument may come from an untrusted page or
 * list: only http and https (also on redirects, which are followed here one
 * by one so that every hop passes addrcheck_url), every resolved address is
 * judged by the guard in the open-socket callback (so neither a numeric alias
 * of 127.0.0.1 nor a DNS answer that changes between look-up and connect gets
 * through), environment proxies are ignored (a proxy would hide the real
 * target from the guard), TLS is verified, and time and body size are capped.
 * HTTP semantics follow RFC 9110 (status codes, Content-Type, Retry-After)
 * and RFC 9111 for the cache (max-age, no-store, no-cache).
 */
#include "fetch.h"

#include "addrcheck.h"
#include "cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void fetch_opts_init(struct fetch_opts *o)
{
    memset(o, 0, sizeof *o);
    o->timeout = FETCH_DEFAULT_TIMEOUT;
    o->max_bytes = CITE_DEFAULT_MAX_BYTES;
}

void fetch_result_free(struct fetch_result *r)
{
    free(r->body);
    free(r->final_url);
    free(r->content_type);
    memset(r, 0, sizeof *r);
}

bool fetch_global_init(const char **why)
{
    static int state; /* 0 not yet, 1 ok, -1 failed */
    if (!state && !curl_api_load(why))
        return false;
    if (!state)
        state = cu.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 1 : -1;
    if (state < 0 && why)
        *why = "libcurl could not be initialised";
    return state > 0;
}

/* ---- the easy handle: sink, guard, limits ----------------------------------- */

static size_t on_body(char *data, size_t size, size_t nmemb, void *ud)
{
    struct fetch_conn *c = ud;
    size_t n = size * nmemb;
    if (n > c->opts->max_bytes - c->len) {
        c->over_cap = true;
        return 0; /* any short count aborts the transfer */
    }
    if (c->len + n + 1 > c->cap) {
        size_t ncap = c->cap ? c->cap : 65536;
        while (ncap < c->len + n + 1)
            ncap *= 2;
        char *nb = realloc(c->buf, ncap);
        if (!nb)
            return 0;
        c->buf = nb, c->cap = ncap;
    }
    memcpy(c->buf + c->len, data, n);
    c->len += n;
    c->buf[c->len] = '\0';
    return n;
}

static void addr_text(const struct sockaddr *sa, char *out, size_t n)
{
    char host[64] = "?";
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, host,
                  sizeof host);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, host,
                  sizeof host);
    snprintf(out, n, "%s", host);
}

/* Called with each resolved address before a socket exists: the one place
 * where the decision cannot be bypassed by DNS tricks. */
static curl_socket_t on_open_socket(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
    struct fetch_conn *c = ud;
    (void)purpose;
    const char *why = addrcheck_sockaddr(&a->addr, a->addrlen);
    if (why && !c->opts->allow_private) {
        if (!c->refused[0]) {
            char host[64];
            addr_text(&a->addr, host, sizeof host);
            snprintf(c->refused, sizeof c->refused, "%s is %s", host, why);
        }
        return CURL_SOCKET_BAD;
    }
    return socket(a->family, a->socktype, a->protocol);
}

void fetch_conn_reset(struct fetch_conn *c)
{
    c->len = 0;
    if (c->buf)
        c->buf[0] = '\0';
    c->over_cap = false;
    c->refused[0] = '\0';
    c->errbuf[0] = '\0';
}

bool fetch_setup(CURL *e, struct fetch_conn *c)
{
    static char agent[64];
    if (!agent[0])
        snprintf(agent, sizeof agent, "citecheck/%s", cite_version());
    long t = c->opts->timeout > 0 ? c->opts->timeout : FETCH_DEFAULT_TIMEOUT;
    curl_off_t cap = (curl_off_t)c->opts->max_bytes;
    return cu.easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https") == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_open_socket) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_OPENSOCKETDATA, c) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_WRITEDATA, c) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_ERRORBUFFER, c->errbuf) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_CONNECTTIMEOUT, t) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_TIMEOUT, t) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, cap) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_USERAGENT, agent) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "") == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_PROXY, "") == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_NOSIGNAL, 1L) == CURLE_OK &&
           cu.easy_setopt(e, CURLOPT_NETRC, (long)CURL_NETRC_IGNORED) == CURLE_OK;
}

void fetch_describe(CURLcode rc, const struct fetch_conn *c, char *out, size_t n)
{
    if (c->refused[0]) {
        snprintf(out, n, "refused to connect: %s (use --allow-private-network for intranets)",
                 c->refused);
        return;
    }
    if (c->over_cap || rc == CURLE_FILESIZE_EXCEEDED) {
        snprintf(out, n, "response is over the cap of %zu bytes (raise it with --max-bytes)",
                 c->opts->max_bytes);
        return;
    }
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        snprintf(out, n, "timed out after %ld s (change it with --timeout)", c->opts->timeout);
        return;
    case CURLE_COULDNT_RESOLVE_HOST: snprintf(out, n, "host not found"); return;
    case CURLE_RECV_ERROR: snprintf(out, n, "connection lost while receiving (%s)",
                                    c->errbuf[0] ? c->errbuf : "reset by peer"); return;
    case CURLE_GOT_NOTHING: snprintf(out, n, "the server closed the connection without "
                                             "answering"); return;
    default: break;
    }
    snprintf(out, n, "%s", c->errbuf[0] ? c->errbuf : cu.easy_strerror(rc));
}

/* ---- response headers --------------------------------------------------------- */

static char *header_value(CURL *e, const char *name)
{
    struct curl_header *h = NULL;
    if (cu.easy_header(e, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || !h)
        return NULL;
    return strdup(h->value);
}

/* max-age from Cache-Control (seconds; 0 = do not reuse, -1 = do not store). */
static long cache_lifetime(CURL *e)
{
    char *cc = header_value(e, "Cache-Control");
    long age = 0;
    if (cc) {
        for (char *p = cc; *p; p++)
            *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        const char *m = strstr(cc, "max-age=");
        if (strstr(cc, "no-store"))
            age = -1;
        else if (!strstr(cc, "no-cache") && m)
            age = strtol(m + 8, NULL, 10);
        free(cc);
    }
    return age < -1 ? 0 : age;
}

/* The charset parameter of a Content-Type, lower-cased, into out. */
static bool content_charset(const char *ct, char *out, size_t n)
{
    const char *p = ct;
    while (p && *p && strncasecmp(p, "charset=", 8) != 0)
        p++;
    if (!p || !*p || n == 0)
        return false;
    p += 8;
    if (*p == '"')
        p++;
    size_t i = 0;
    while (p[i] && p[i] != '"' && p[i] != ';' && p[i] != ' ' && i + 1 < n) {
        out[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
        i++;
    }
    out[i] = '\0';
    return i > 0;
}

/* Articles are HTML or text; anything else (images, PDF, JSON) is refused. */
static bool acceptable_type(const char *ct)
{
    if (!ct || !ct[0])
        return true; /* unlabelled: the library sniffs and refuses binary */
    return strncasecmp(ct, "text/", 5) == 0 ||
           strncasecmp(ct, "application/xhtml+xml", 21) == 0;
}

/* ---- charset ------------------------------------------------------------------ */

/* Keep the charset the Content-Type declares, for the library's input stage
 * (which decodes it, or refuses it with a message, when the page itself
 * declares none). */
static void note_charset(struct fetch_result *r)
{
    r->charset[0] = '\0';
    if (r->content_type)
        content_charset(r->content_type, r->charset, sizeof r->charset);
}

/* ---- cache ------------------------------------------------------------------- */

/* FNV-1a 64: a file name per URL; the URL itself is stored and compared, so a
 * collision costs a refetch, never a wrong page. */
static void cache_paths(const char *dir, const char *url, char *body, char *meta, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        h = (h ^ *p) * 0x100000001b3ULL;
    snprintf(body, n, "%s/%016llx.body", dir, (unsigned long long)h);
    snprintf(meta, n, "%s/%016llx.meta", dir, (unsigned long long)h);
}

static char *meta_field(char *meta, const char *key)
{
    size_t kl = strlen(key);
    for (char *line = meta; line && *line;) {
        char *nl = strchr(line, '\n');
        if (strncmp(line, key, kl) == 0 && line[kl] == '\t') {
            size_t vl = nl ? (size_t)(nl - line) - kl - 1 : strlen(line + kl + 1);
            char *v = malloc(vl + 1);
            if (v) {
                memcpy(v, line + kl + 1, vl);
                v[vl] = '\0';
            }
            return v;
        }
        line = nl ? nl + 1 : NULL;
    }
    return NULL;
}

static bool read_small(const char *path, size_t max, char **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    struct stat st;
    bool ok = fstat(fileno(f), &st) == 0 && (size_t)st.st_size <= max;
    char *b = ok ? malloc((size_t)st.st_size + 1) : NULL;
    ok = b && fread(b, 1, (size_t)st.st_size, f) == (size_t)st.st_size;
    fclose(f);
    if (!ok) {
        free(b);
        return false;
    }
    b[st.st_size] = '\0';
    *buf = b, *len = (size_t)st.st_size;
    return true;
}

static bool cache_load(const struct fetch_opts *o, const char *url, struct fetch_result *r)
{
    char bpath[4096], mpath[4096];
    cache_paths(o->cache_dir, url, bpath, mpath, sizeof bpath);
    char *meta = NULL;
    size_t mlen;
    if (!read_small(mpath, 65536, &meta, &mlen))
        return false;
    char *u = meta_field(meta, "url"), *fetched = meta_field(meta, "fetched"),
         *age = meta_field(meta, "max-age");
    bool fresh = u && fetched && age && strcmp(u, url) == 0 &&
                 (long long)time(NULL) < atoll(fetched) + atoll(age);
    if (fresh && read_small(bpath, o->max_bytes, &r->body, &r->len)) {
        r->final_url = meta_field(meta, "final-url");
        r->content_type = meta_field(meta, "content-type");
        r->from_cache = true;
    }
    free(u), free(fetched), free(age), free(meta);
    if (r->from_cache && !r->final_url) {
        fetch_result_free(r);
        return false;
    }
    return r->from_cache;
}

/* Written to a temporary name and renamed, so a reader never sees half. */
static bool write_file(const char *path, const char *data, size_t len)
{
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, len, f) == len;
    ok = (fclose(f) == 0) && ok;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok)
        remove(tmp);
    return ok;
}

static void cache_store(const struct fetch_opts *o, const char *url,
                        const struct fetch_result *r, long max_age)
{
    if (max_age < 0)
        return;
    if (mkdir(o->cache_dir, 0700) != 0 && errno != EEXIST) {
        cli_warn("cache %s: %s", o->cache_dir, strerror(errno));
        return;
    }
    char bpath[4096], mpath[4096], meta[12288];
    cache_paths(o->cache_dir, url, bpath, mpath, sizeof bpath);
    snprintf(meta, sizeof meta, "url\t%s\nfinal-url\t%s\ncontent-type\t%s\nfetched\t%lld\n"
             "max-age\t%ld\n", url, r->final_url, r->content_type ? r->content_type : "",
             (long long)time(NULL), max_age);
    if (!write_file(bpath, r->body, r->len) || !write_file(mpath, meta, strlen(meta)))
        cli_warn("cache %s: could not write: %s", o->cache_dir, strerror(errno));
}

/* ---- the fetch --------------------------------------------------------------- */

struct hop {
    CURL *e;
    struct fetch_conn c;
    char *url;      /* current URL (malloc'd) */
    time_t started;
};

/* One request; returns 1 done, 0 follow a redirect (h->url updated), -1 error. */
static int one_request(struct hop *h, const char *orig, struct fetch_result *r, long *max_age)
{
    long left = h->c.opts->timeout - (long)(time(NULL) - h->started);
    if (left < 1)
        left = 1;
    fetch_conn_reset(&h->c);
    cu.easy_setopt(h->e, CURLOPT_URL, h->url);
    cu.easy_setopt(h->e, CURLOPT_TIMEOUT, left);
    CURLcode rc = cu.easy_perform(h->e);
    char msg[512];
    if (rc != CURLE_OK) {
        fetch_describe(rc, &h->c, msg, sizeof msg);
        cli_error("%s: %s", orig, msg);
        return -1;
    }
    long status = 0;
    cu.easy_getinfo(h->e, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 300 && status < 400) {
        char *loc = NULL;
        cu.easy_getinfo(h->e, CURLINFO_REDIRECT_URL, &loc);
        if (!loc) {
            cli_error("%s: HTTP %ld redirect without a Location", orig, status);
            return -1;
        }
        if (!addrcheck_url(loc, msg, sizeof msg)) {
            cli_error("%s: redirect to a refused URL: %s", orig, msg);
            return -1;
        }
        char *next = strdup(loc);
        if (!next)
            return -1;
        free(h->url);
        h->url = next;
        return 0;
    }
    if (status < 200 || status >= 300) {
        cli_error("%s: HTTP status %ld from %s", orig, status, h->url);
        return -1;
    }
    char *ct = NULL;
    cu.easy_getinfo(h->e, CURLINFO_CONTENT_TYPE, &ct);
    if (!acceptable_type(ct)) {
        cli_error("%s: content type '%s' is not an article (HTML or text)", orig, ct);
        return -1;
    }
    r->content_type = ct ? strdup(ct) : NULL;
    r->body = h->c.buf ? h->c.buf : calloc(1, 1);
    r->len = h->c.len;
    h->c.buf = NULL;
    r->final_url = h->url;
    h->url = NULL;
    *max_age = cache_lifetime(h->e);
    return r->body && r->final_url ? 1 : -1;
}

static bool fetch_network(const char *url, const struct fetch_opts *o, struct fetch_result *r,
                          long *max_age)
{
    struct hop h = {.e = cu.easy_init(), .c = {.opts = o}, .url = strdup(url),
                    .started = time(NULL)};
    int st = -1;
    if (!h.e || !h.url || !fetch_setup(h.e, &h.c)) {
        cli_error("%s: could not set up the transfer", url);
    } else {
        for (int hops = 0; hops <= FETCH_MAX_REDIRECTS; hops++)
            if ((st = one_request(&h, url, r, max_age)) != 0)
                break;
        if (st == 0)
            cli_error("%s: more than %d redirects", url, FETCH_MAX_REDIRECTS);
    }
    if (h.e)
        cu.easy_cleanup(h.e);
    free(h.c.buf);
    free(h.url);
    if (st != 1)
        fetch_result_free(r);
    return st == 1;
}

bool fetch_url(const char *url, const struct fetch_opts *o, struct fetch_result *r)
{
    memset(r, 0, sizeof *r);
    char why[200];
    if (!addrcheck_url(url, why, sizeof why)) {
        size_t ul = strlen(url);
        cli_error("%.200s%s: %s", url, ul > 200 ? "..." : "", why);
        return false;
    }
    const char *why_not = NULL;
    if (!fetch_global_init(&why_not)) {
        cli_error("%s: %s", url, why_not);
        return false;
    }
    if (o->cache_dir && cache_load(o, url, r)) {
        note_charset(r);
        return true;
    }
    long max_age = 0;
    if (!fetch_network(url, o, r, &max_age))
        return false;
    if (o->cache_dir && max_age > 0)
        cache_store(o, url, r, max_age);
    note_charset(r);
    return true;
}
