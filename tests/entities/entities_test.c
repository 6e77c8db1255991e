/*
 * entities_test.c - the entity stage through the public API: code-point
 * indices around astral characters, invalid bytes and a BOM, pathological
 * inputs under a time limit, and the "it.In" rule of non-exact mode.
 */
#include "citecheck/citecheck.h"
#include "harness.h"

#include <stdlib.h>
#include <time.h>

static cite_parser *exact, *prose;

static cite_parser *parser(unsigned extra)
{
    cite_options o;
    cite_options_init(&o);
    o.flags = CITE_OPT_ENTITIES_ONLY | CITE_OPT_NO_SEGMENT | extra;
    return cite_parser_new(&o, NULL);
}

static cite_doc *parse(cite_parser *p, const char *s, size_t n)
{
    cite_doc *d = NULL;
    cite_status rc = cite_parse(p, s, n, &d, NULL);
    INT_EQ(rc, CITE_OK, "cite_parse");
    return d;
}

/* The only entity of text s: type, text, code points and byte span. */
static void one(const char *s, size_t n, cite_entity_type type, const char *text,
                size_t cp_s, size_t cp_e, size_t b_s, size_t b_e)
{
    cite_doc *d = parse(exact, s, n);
    if (!d)
        return;
    INT_EQ(cite_doc_entity_count(d), 1, s);
    const cite_entity *e = cite_doc_entity_count(d) ? cite_doc_entity_at(d, 0) : NULL;
    if (e) {
        INT_EQ(e->type, type, "type");
        STR_EQ(e->text, text, "text");
        INT_EQ(e->cp_start, cp_s, "cp_start");
        INT_EQ(e->cp_end, cp_e, "cp_end");
        INT_EQ(e->span.start, b_s, "span.start");
        INT_EQ(e->span.end, b_e, "span.end");
        INT_EQ(e->embed, -1, "embed");
    }
    cite_doc_free(d);
}

static void test_indices(void)
{
    one("\xF0\x9F\x98\x80 #tag", 9, CITE_HASHTAG, "tag", 2, 6, 5, 9);      /* emoji first */
    one("\xF0\xA0\x80\x8B #tag x", 11, CITE_HASHTAG, "tag", 2, 6, 5, 9);   /* U+2000B */
    one("#\xF0\xA0\x80\x8Bx", 6, CITE_HASHTAG, "\xF0\xA0\x80\x8Bx", 0, 3, 0, 6);
    one("a \xF0\x9F\x98\x80\xF0\x9F\x98\x80 @user/my-list!", 25, CITE_MENTION, "user", 5,
        18, 11, 24);
    one("\x80\x81 #tag", 7, CITE_HASHTAG, "tag", 3, 7, 3, 7);             /* bad bytes */
    one("\xE2\x82 x $TWTR", 10, CITE_CASHTAG, "TWTR", 5, 10, 5, 10);       /* cut sequence */
    one("\xEF\xBB\xBF#tag", 7, CITE_HASHTAG, "tag", 0, 4, 3, 7);           /* BOM */
    one("\xEF\xBB\xBFsee https://t.co/abc?x=1.", 29, CITE_URL, "https://t.co/abc?x=1", 4,
        24, 7, 27);
    /* a CJK letter glued before '#' is part of a word: no hashtag */
    cite_doc *d = parse(exact, "\xF0\xA0\x80\x8B#tag", 8);
    if (d)
        INT_EQ(cite_doc_entity_count(d), 0, "letter before '#'");
    cite_doc_free(d);
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Text of n copies of unit; parse it; expect `want` entities within 5 s. */
static void stress(const char *name, const char *unit, size_t n, size_t want)
{
    size_t ul = strlen(unit), len = ul * n;
    char *buf = malloc(len);
    if (!buf)
        return;
    for (size_t i = 0; i < n; i++)
        memcpy(buf + i * ul, unit, ul);
    double t0 = seconds();
    cite_doc *d = parse(exact, buf, len);
    double t = seconds() - t0;
    if (d)
        INT_EQ(cite_doc_entity_count(d), want, name);
    T_REPORT(t < 5.0, "%s took %.2f s", name, t);
    cite_doc_free(d);
    free(buf);
}

static void test_pathological(void)
{
    stress("100000 hashtags", "#tag ", 100000, 100000);
    stress("100000 glued hashtags", "#a", 100000, 0); /* each followed by '#' */
    stress("1 MB of letters", "a", 1 << 20, 0);
    stress("1 MB of dotted letters", "a.", 1 << 19, 0);
    stress("1 MB of dotted labels before TLDs", "ab.comx", 150000, 0);
    stress("1 MB of domains", "x.com/", 170000, 0); /* one URL, far too long */
    stress("1 MB of emoji and dots", "\xF0\x9F\x98\x80.co", 150000, 0);
    stress("1 MB of at signs", "@a@", 350000, 0);
    stress("1 MB of URLs before parentheses", "http://a.com/((((", 60000, 60000);
}

static size_t url_count(cite_parser *p, const char *s)
{
    cite_doc *d = parse(p, s, strlen(s));
    size_t n = 0;
    for (size_t i = 0; d && i < cite_doc_entity_count(d); i++)
        n += cite_doc_entity_at(d, i)->type == CITE_URL;
    cite_doc_free(d);
    return n;
}

static void test_prose_rule(void)
{
    const char *glued = "He said it.In the morning they left.";
    INT_EQ(url_count(exact, glued), 1, "exact: it.In is a URL");
    INT_EQ(url_count(prose, glued), 0, "prose: it.In is a missing space");
    INT_EQ(url_count(prose, "Read example.com today."), 1, "prose: bare domain");
    INT_EQ(url_count(prose, "See news.bbc.co.uk now"), 1, "prose: ccTLD domain");
    INT_EQ(url_count(prose, "Go to it.In/path"), 1, "prose: a path makes it a URL");
    INT_EQ(url_count(prose, "http://it.In"), 1, "prose: a protocol makes it a URL");
}

/* The URLs of s (exact mode), each followed by '|'. */
static void urls_of(const char *s, char *out, size_t cap)
{
    cite_doc *d = parse(exact, s, strlen(s));
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; d && i < cite_doc_entity_count(d); i++) {
        const cite_entity *e = cite_doc_entity_at(d, i);
        if (e->type == CITE_URL && o + strlen(e->text) + 2 <= cap)
            o += (size_t)snprintf(out + o, cap - o, "%s|", e->text);
    }
    cite_doc_free(d);
}

/* Bare domains: validAsciiDomain is matched by hand on ASCII domains and by
 * PCRE2 on the others; both must give twitter-text's matches. */
static void test_bare_domains(void)
{
    static const char *const cases[][2] = {
        {"visit www.example.co.uk today", "www.example.co.uk|"},
        {"a.b.c.com.d.org", "a.b.c.com.d.org|"},
        {"sub_domain.example.com", "domain.example.com|"},
        {"x.com-y.org", "x.com-y.org|"},
        {"foo.xn--p1ai bar", "foo.xn--p1ai|"},
        {"xn--d1acufc.xn--p1ai", "xn--d1acufc.xn--p1ai|"},
        {"1.2.3.com", "1.2.3.com|"},
        {"example.COM/Path", "example.COM/Path|"},
        {"caf\xC3\xA9.com and b.com", "caf\xC3\xA9.com|b.com|"},
        {"www.\xC4\x85\xC4\x99.pl", "www.\xC4\x85\xC4\x99.pl|"},
        {"a.co.b.comx.net", "a.co.b.comx.net|"},
        {"one.two.three.four.museum five.app", "one.two.three.four.museum|five.app|"},
        {"-a.com _b.com .c.com", ""},
        {"a..com a.-b.com", ""},
        {"foo.com_bar.org", "foo.com|"},
        {"www.a_b.com", ""},
        {"x_y.z.com.uk_q.net", "y.z.com.uk|"},
        {"ab-.com", ""},
        {"a.xn--.com", ""},
        {"news.bbc.co.uk_x.example.org.io", "news.bbc.co.uk|x.example.org.io|"},
    };
    char got[256];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        urls_of(cases[i][0], got, sizeof got);
        STR_EQ(got, cases[i][1], cases[i][0]);
    }
}

int main(void)
{
    exact = parser(CITE_OPT_TWITTER_EXACT);
    prose = parser(0);
    OK(exact && prose, "parsers");
    if (exact && prose) {
        test_indices();
        test_prose_rule();
        test_bare_domains();
        test_pathological();
    }
    cite_parser_free(exact);
    cite_parser_free(prose);
    return TEST_SUMMARY();
}
