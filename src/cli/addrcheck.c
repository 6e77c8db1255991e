/*
 * addrcheck.c - the private-network guard for URL input.
 *
 * A fetched URL must not reach the machine itself or its networks (SSRF). The
 * host name proves nothing - "localhost", "2130706433", "0x7f.1" and a DNS name
 * that resolves (or later re-resolves) to 10.0.0.1 all lead inside - so the
 * decision is taken on every resolved address just before connecting
 * (fetch.c calls addrcheck_sockaddr from libcurl's open-socket callback).
 * Ranges follow the IANA IPv4 and IPv6 special-purpose registries (RFC 6890
 * and its updates): everything not globally reachable is refused, except the
 * documentation ranges, which route nowhere.
 */
#include "addrcheck.h"

#include <ctype.h>
#include "curl_api.h"
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

struct v4range {
    uint32_t net;
    unsigned bits;
    const char *why;
};

#define V4(a, b, c, d) (((uint32_t)(a) << 24) | ((uint32_t)(b) << 16) | ((c) << 8) | (d))

static const struct v4range V4_BLOCKED[] = {
    {V4(0, 0, 0, 0), 8, "an unspecified ('this network') address"},
    {V4(10, 0, 0, 0), 8, "a private address"},
    {V4(100, 64, 0, 0), 10, "a carrier-grade NAT address"},
    {V4(127, 0, 0, 0), 8, "a loopback address"},
    {V4(169, 254, 0, 0), 16, "a link-local address"},
    {V4(172, 16, 0, 0), 12, "a private address"},
    {V4(192, 0, 0, 0), 24, "an IETF protocol address"},
    {V4(192, 168, 0, 0), 16, "a private address"},
    {V4(198, 18, 0, 0), 15, "a benchmarking address"},
    {V4(224, 0, 0, 0), 4, "a multicast address"},
    {V4(240, 0, 0, 0), 4, "a reserved or broadcast address"},
};

const char *addrcheck_ipv4(uint32_t addr)
{
    for (size_t i = 0; i < sizeof V4_BLOCKED / sizeof V4_BLOCKED[0]; i++) {
        uint32_t mask = 0xFFFFFFFFu << (32 - V4_BLOCKED[i].bits);
        if ((addr & mask) == V4_BLOCKED[i].net)
            return V4_BLOCKED[i].why;
    }
    return NULL;
}

static uint32_t v4_at(const unsigned char *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static bool all_zero(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

/* IPv6 forms that carry an IPv4 address: judged by that address, since the
 * kernel or a NAT64/6to4 gateway would deliver the packet there. */
static const char *embedded_v4(const unsigned char a[16], bool *has)
{
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    static const unsigned char nat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    *has = true;
    if (memcmp(a, mapped, 12) == 0 || memcmp(a, nat64, 12) == 0 || all_zero(a, 12))
        return addrcheck_ipv4(v4_at(a + 12));
    if (a[0] == 0x20 && a[1] == 0x02) /* 6to4 2002::/16 */
        return addrcheck_ipv4(v4_at(a + 2));
    *has = false;
    return NULL;
}

const char *addrcheck_ipv6(const unsigned char a[16])
{
    if (all_zero(a, 16))
        return "the unspecified address";
    if (all_zero(a, 15) && a[15] == 1)
        return "a loopback address";
    bool has_v4;
    const char *why = embedded_v4(a, &has_v4);
    if (has_v4)
        return why;
    if (a[0] == 0 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b && a[4] == 0 && a[5] == 1)
        return "a local-use NAT64 address";
    if ((a[0] & 0xfe) == 0xfc)
        return "a unique-local (private) address";
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
        return "a link-local address";
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
        return "a site-local address";
    if (a[0] == 0xff)
        return "a multicast address";
    if (a[0] == 0x01 && a[1] == 0 && all_zero(a + 2, 6))
        return "a discard-only address";
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0 && a[3] == 0)
        return "a Teredo address";
    if (all_zero(a, 2))
        return "a reserved address"; /* ::/16 beyond the forms above */
    return NULL;
}

const char *addrcheck_sockaddr(const struct sockaddr *sa, size_t len)
{
    if (!sa)
        return "no address";
    if (sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)(const void *)sa;
        return addrcheck_ipv4(ntohl(s4->sin_addr.s_addr));
    }
    if (sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)(const void *)sa;
        return addrcheck_ipv6(s6->sin6_addr.s6_addr);
    }
    return "not an internet address";
}

bool addrcheck_is_url(const char *s)
{
    return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

bool addrcheck_has_scheme(const char *s)
{
    if (!s || !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
        return false;
    size_t i = 1;
    while (s[i] && (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
        i++;
    return strncmp(s + i, "://", 3) == 0;
}

static bool fail(char *why, size_t n, const char *msg)
{
    if (n) {
        strncpy(why, msg, n - 1);
        why[n - 1] = '\0';
    }
    return false;
}

/* Checks on the parsed URL; h is freed by the caller. */
static bool check_parts(CURLU *h, char *why, size_t n)
{
    char *part = NULL;
    if (cu.url_get(h, CURLUPART_SCHEME, &part, 0) != CURLUE_OK || !part)
        return fail(why, n, "no scheme");
    bool web = strcasecmp(part, "http") == 0 || strcasecmp(part, "https") == 0;
    cu.free(part);
    if (!web)
        return fail(why, n, "only http and https URLs can be fetched");
    part = NULL;
    if (cu.url_get(h, CURLUPART_USER, &part, 0) == CURLUE_OK && part) {
        cu.free(part);
        return fail(why, n, "a user name or password in the URL is refused");
    }
    part = NULL;
    if (cu.url_get(h, CURLUPART_PASSWORD, &part, 0) == CURLUE_OK && part) {
        cu.free(part);
        return fail(why, n, "a user name or password in the URL is refused");
    }
    part = NULL;
    if (cu.url_get(h, CURLUPART_HOST, &part, 0) != CURLUE_OK || !part || !part[0]) {
        cu.free(part);
        return fail(why, n, "the URL has no host");
    }
    cu.free(part);
    return true;
}

bool addrcheck_url(const char *url, char *why, size_t n)
{
    if (!url || !url[0])
        return fail(why, n, "empty URL");
    size_t len = strnlen(url, ADDRCHECK_MAX_URL + 1);
    if (len > ADDRCHECK_MAX_URL)
        return fail(why, n, "URL longer than 8192 bytes");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c <= 0x20 || c == 0x7f)
            return fail(why, n, "space or control character in the URL");
    }
    if (!addrcheck_is_url(url))
        return fail(why, n, "only http and https URLs can be fetched");
    const char *why_not = NULL;
    if (!curl_api_load(&why_not))
        return fail(why, n, why_not);
    CURLU *h = cu.url();
    if (!h)
        return fail(why, n, "out of memory");
    CURLUcode rc = cu.url_set(h, CURLUPART_URL, url, 0);
    bool ok;
    if (rc != CURLUE_OK) {
        char msg[160];
        snprintf(msg, sizeof msg, "malformed URL (%s)", cu.url_strerror(rc));
        ok = fail(why, n, msg);
    } else {
        ok = check_parts(h, why, n);
    }
    cu.url_cleanup(h);
    return ok;
}
