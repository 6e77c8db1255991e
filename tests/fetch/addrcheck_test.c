/*
 * addrcheck_test.c - unit tests of the private-network guard (src/cli/addrcheck.c)
 * and the URL checks. Addresses are judged as values: nothing
 * here connects anywhere, so private targets such as 10.0.0.1 and
 * 169.254.169.254 can be tested safely. The CLI sources are included directly
 * because tests link only with the library.
 */
#include "harness.h"

#include "../../src/cli/addrcheck.c"
#include "../../src/cli/curl_api.c"

#include <arpa/inet.h>
#include <netdb.h>

static bool v4_blocked(const char *s)
{
    struct in_addr a;
    if (inet_pton(AF_INET, s, &a) != 1)
        return false;
    return addrcheck_ipv4(ntohl(a.s_addr)) != NULL;
}

static bool v6_blocked(const char *s)
{
    struct in6_addr a;
    if (inet_pton(AF_INET6, s, &a) != 1)
        return false;
    return addrcheck_ipv6(a.s6_addr) != NULL;
}

/* Resolve numerically only (no DNS), as the C library would for curl, and
 * require every resulting address to be refused. */
static bool all_refused(const char *host)
{
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_NUMERICHOST};
    struct addrinfo *res = NULL;
    if (getaddrinfo(host, "80", &hints, &res) != 0)
        return false;
    bool all = res != NULL;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next)
        all = all && addrcheck_sockaddr(ai->ai_addr, ai->ai_addrlen) != NULL;
    freeaddrinfo(res);
    return all;
}

static void test_ipv4(void)
{
    static const char *const refused[] = {
        "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254",
        "127.0.0.1", "127.1.2.3", "169.254.169.254", "172.16.0.1", "172.31.255.255",
        "192.0.0.170", "192.168.0.1", "192.168.255.255", "198.18.0.1", "224.0.0.1",
        "239.255.255.250", "240.0.0.1", "255.255.255.255"};
    static const char *const allowed[] = {"1.1.1.1", "8.8.8.8", "100.63.255.255",
                                          "100.128.0.0", "172.15.255.255", "172.32.0.0",
                                          "192.167.255.255", "192.169.0.0", "93.184.216.34",
                                          "203.0.113.10", "223.255.255.255", "169.253.0.1"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        T_REPORT(v4_blocked(refused[i]), "IPv4 %s must be refused", refused[i]);
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        T_REPORT(!v4_blocked(allowed[i]), "IPv4 %s must be allowed", allowed[i]);
}

static void test_ipv6(void)
{
    static const char *const refused[] = {
        "::", "::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
        "::ffff:192.168.1.1", "::127.0.0.1", "64:ff9b::10.0.0.1", "64:ff9b:1::1",
        "2002:0a00:0001::1", "2002:7f00:0001::", "fc00::1", "fd12:3456::1", "fe80::1",
        "febf::1", "fec0::1", "ff02::1", "ff05::2", "100::1", "2001:0::1"};
    static const char *const allowed[] = {"2606:4700::1111", "2001:4860:4860::8888",
                                          "::ffff:8.8.8.8", "64:ff9b::8.8.8.8",
                                          "2002:0808:0808::1", "2a00:1450::1"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        T_REPORT(v6_blocked(refused[i]), "IPv6 %s must be refused", refused[i]);
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        T_REPORT(!v6_blocked(allowed[i]), "IPv6 %s must be allowed", allowed[i]);
}

static void test_numeric_aliases(void)
{
    /* The forms an attacker writes for loopback and private hosts: after the
     * C library's parse they are ordinary addresses, which the guard refuses. */
    static const char *const hosts[] = {"127.0.0.1", "::1", "::ffff:127.0.0.1", "0.0.0.0",
                                        "10.0.0.1", "169.254.169.254", "192.168.1.20",
                                        "fe80::1"};
    for (size_t i = 0; i < sizeof hosts / sizeof hosts[0]; i++)
        T_REPORT(all_refused(hosts[i]), "%s must resolve only to refused addresses", hosts[i]);
    /* inet_aton spellings: decimal, hex, octal and short forms of 127.0.0.1 */
    static const char *const aton[] = {"2130706433", "0x7f.1", "0x7f000001", "017700000001",
                                       "127.1", "0"};
    for (size_t i = 0; i < sizeof aton / sizeof aton[0]; i++) {
        struct in_addr a;
        int ok = inet_aton(aton[i], &a);
        T_REPORT(ok && addrcheck_ipv4(ntohl(a.s_addr)), "%s must be refused", aton[i]);
    }
    struct sockaddr_un_like {
        sa_family_t family;
        char path[108];
    } un = {AF_UNIX, "/tmp/x"};
    OK(addrcheck_sockaddr((struct sockaddr *)&un, sizeof un) != NULL,
       "a Unix socket address is refused");
    OK(addrcheck_sockaddr(NULL, 0) != NULL, "no address is refused");
}

static void test_urls(void)
{
    char why[200];
    OK(addrcheck_url("https://example.com/news/article.html?x=1#top", why, sizeof why),
       "plain https URL accepted");
    OK(addrcheck_url("HTTP://Example.COM/", why, sizeof why), "scheme case does not matter");
    OK(addrcheck_url("https://b\xc3\xbc" "cher.example/", why, sizeof why),
       "IDN host accepted");
    static const char *const bad[] = {
        "file:///etc/passwd", "gopher://example.com/", "dict://example.com:11211/stat",
        "ftp://example.com/", "http://user:pw@example.com/", "http://user@example.com/",
        "https://example.com@evil.example/", "http://", "http://exa mple.com/",
        "http://[::1/", "http://example.com:99999/", "", "javascript:alert(1)",
        "http://example.com/\r\nHost: evil"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        T_REPORT(!addrcheck_url(bad[i], why, sizeof why) && why[0], "URL '%s' refused",
                 bad[i]);
    static char longurl[ADDRCHECK_MAX_URL + 64];
    memcpy(longurl, "http://example.com/", 19);
    memset(longurl + 19, 'a', sizeof longurl - 20);
    OK(!addrcheck_url(longurl, why, sizeof why) && strstr(why, "8192"), "URL over 8 KB refused");
    longurl[ADDRCHECK_MAX_URL] = '\0';
    OK(addrcheck_url(longurl, why, sizeof why), "URL of exactly 8 KB accepted");
    OK(addrcheck_has_scheme("file:///x") && addrcheck_has_scheme("gopher://h/") &&
           !addrcheck_has_scheme("samples/a.txt") && !addrcheck_has_scheme("-") &&
           !addrcheck_has_scheme("./http://x"),
       "scheme detection");
    OK(addrcheck_is_url("hTTpS://x") && !addrcheck_is_url("httpx://x"), "http(s) detection");
}

int main(void)
{
    test_ipv4();
    test_ipv6();
    test_numeric_aliases();
    test_urls();
    return TEST_SUMMARY();
}
