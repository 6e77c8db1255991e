/*
 * addrcheck.h - the guard that keeps URL input off private networks: which
 * socket addresses a fetch may connect to, and which URLs it may ask for.
 * Pure functions (no network, no DNS), so the tests can feed them any address.
 */
#ifndef CITECHECK_ADDRCHECK_H
#define CITECHECK_ADDRCHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

/* Longest URL accepted, in bytes. */
#define ADDRCHECK_MAX_URL 8192

/* Why an IPv4 address (host byte order) must not be reached, e.g. "loopback",
 * or NULL when it is a public address. */
const char *addrcheck_ipv4(uint32_t addr);
/* The same for an IPv6 address (16 bytes, network order); IPv4 addresses
 * embedded in it (mapped, compatible, NAT64, 6to4) are judged as IPv4. */
const char *addrcheck_ipv6(const unsigned char addr[16]);
/* The same for a resolved socket address; any family other than IPv4/IPv6
 * (e.g. a Unix socket) is refused. */
const char *addrcheck_sockaddr(const struct sockaddr *sa, size_t len);

/* True when s starts with "http://" or "https://" (any case). */
bool addrcheck_is_url(const char *s);

/* True when s starts with a URL scheme ("file://", "gopher://", ...): an
 * argument of that form is a URL, never a file name. */
bool addrcheck_has_scheme(const char *s);

/* Check a URL before any request: at most ADDRCHECK_MAX_URL bytes, parsed by
 * libcurl's URL API, scheme http or https, a host, no user name or password.
 * On success returns true; otherwise writes a reason into why[0..n). */
bool addrcheck_url(const char *url, char *why, size_t n);

#endif
