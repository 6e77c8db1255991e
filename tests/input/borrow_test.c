/*
 * borrow_test.c - CITE_OPT_BORROW_INPUT: the same document whether the input is
 * borrowed or copied, for clean input, input that needs repair (invalid UTF-8,
 * NUL, a BOM) and input that needs NFC; and the caller's buffer is never written.
 */
#include "harness.h"
#include "citecheck/citecheck.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct sink {
    char *s;
    size_t n;
};

static int collect(const char *buf, size_t len, void *ud)
{
    struct sink *k = ud;
    char *t = realloc(k->s, k->n + len + 1);
    if (!t)
        return -1;
    memcpy(t + k->n, buf, len);
    k->n += len;
    t[k->n] = '\0';
    k->s = t;
    return 0;
}

/* The JSON report of s[0..n) (n + 1 bytes readable, s[n] == '\0'). */
static char *report(const char *s, size_t n, bool borrow)
{
    cite_options o;
    cite_options_init(&o);
    if (borrow)
        o.flags |= CITE_OPT_BORROW_INPUT;
    cite_parser *p = cite_parser_new(&o, NULL);
    cite_doc *d = NULL;
    struct sink out = {NULL, 0};
    if (p && cite_parse(p, s, n, &d, NULL) == CITE_OK &&
        cite_render_json(d, CITE_RENDER_DEFAULT, collect, &out) != CITE_OK) {
        free(out.s);
        out.s = NULL;
    }
    cite_doc_free(d);
    cite_parser_free(p);
    return out.s;
}

static void same(const char *what, const char *s, size_t n)
{
    char *copy = malloc(n + 1);
    if (!copy)
        return;
    memcpy(copy, s, n);
    copy[n] = '\0';
    char *a = report(copy, n, false), *b = report(copy, n, true);
    T_REPORT(a && b && !strcmp(a, b), "%s: borrowed and copied input give the same report",
             what);
    T_REPORT(!memcmp(copy, s, n) && copy[n] == '\0', "%s: the caller's buffer is unchanged",
             what);
    free(a);
    free(b);
    free(copy);
}

int main(void)
{
    static const char post[] =
        "The navy said five warships left #Qingdao on Sunday, reports the Moscow Times.\n"
        "Five warships and four helicopters departed #SeaofJapan https://t.co/abc\n"
        "\xE2\x80\x94 Daryo (@DaryoEng) July 17, 2023\n";
    same("clean text", post, sizeof post - 1);
    same("empty input", "", 0);
    static const char bad[] = "Caf\xC3 at #Paris said \xFF\xFE five people.\n";
    same("invalid UTF-8", bad, sizeof bad - 1);
    static const char nul[] = "A NUL \0 before #Lyon.\n";
    same("a NUL byte", nul, sizeof nul - 1);
    static const char bom[] = "\xEF\xBB\xBF#Rome said the mayor.\n";
    same("a BOM", bom, sizeof bom - 1);
    static const char nfd[] = "Cafe\xCC\x81 owners in #Montre\xCC\x81" "al said.\n";
    same("text needing NFC", nfd, sizeof nfd - 1);
    static const char html[] = "<html><body><p>Officials in #Oslo said 3 ships left.</p>"
                               "</body></html>";
    same("HTML", html, sizeof html - 1);
    return TEST_SUMMARY();
}
