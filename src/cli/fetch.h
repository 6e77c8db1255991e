/*
 * fetch.h - URL input for `citecheck check`: fetch an article over HTTP(S)
 * with libcurl, behind the private-network guard (addrcheck.h), with
 * redirect, time and size limits and an optional on-disk cache.
 */
#ifndef CITECHECK_FETCH_H
#define CITECHECK_FETCH_H

#include "curl_api.h"
#include <stdbool.h>
#include <stddef.h>

#define FETCH_MAX_REDIRECTS 5
#define FETCH_DEFAULT_TIMEOUT 20

struct fetch_opts {
    long timeout;       /* seconds, for connect and for the whole fetch */
    size_t max_bytes;   /* cap on the (decoded) body */
    bool allow_private; /* --allow-private-network */
    const char *cache_dir;
};

struct fetch_result {
    char *body; /* malloc'd, NUL-terminated */
    size_t len;
    char *final_url;    /* after redirects; becomes source.path */
    char *content_type; /* as sent, or NULL */
    char charset[48];   /* the Content-Type's charset parameter, lower-cased, or "" */
    bool from_cache;
};

void fetch_opts_init(struct fetch_opts *o);

/* Fetch url. On failure prints one message naming the URL on stderr and
 * returns false; *r is then empty. The body is returned as sent; its declared
 * charset is in r->charset for cite_options.charset. */
bool fetch_url(const char *url, const struct fetch_opts *o, struct fetch_result *r);
void fetch_result_free(struct fetch_result *r);

/* What fetch_url and the oEmbed client share for one easy handle: the body
 * sink with its cap and the guard's verdict. */
struct fetch_conn {
    const struct fetch_opts *opts;
    char *buf;
    size_t len, cap;
    bool over_cap;
    char refused[160]; /* why the guard refused an address, or "" */
    char errbuf[CURL_ERROR_SIZE];
};

/* Set the common options on e (protocols, guard, timeouts, cap, user agent,
 * compression, TLS verification, no proxy) with c as the sink. */
bool fetch_setup(CURL *e, struct fetch_conn *c);
/* Reset the sink for a new request on the same handle. */
void fetch_conn_reset(struct fetch_conn *c);
/* A human message for a failed transfer. */
void fetch_describe(CURLcode rc, const struct fetch_conn *c, char *out, size_t n);
/* Load libcurl and run curl_global_init, once per process; false on failure, with
 * *why (if not NULL) saying what failed. */
bool fetch_global_init(const char **why);

#endif
