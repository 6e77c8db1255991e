/*
 * cuts_test.c - the tree built from a page with its scripts, style sheets and
 * long text runs cut (src/html/cuts.h) is the tree of the whole page: the same
 * nodes, tags, attributes, texts and source offsets. Checked on hand-made
 * pages that stress where a cut must not hold, on the HTML pages in samples/
 * and tests/cases/, and on random pages from a fixed seed. The pages where the
 * cuts should hold are also checked to keep them (else the speed is lost
 * without a trace).
 */
#include "harness.h"

#include "html/html.h"
#include "tree_diff.h"

#include <glob.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static struct citep_gumbo_mem *mem;

/* Parse the page whole and with its cuts; compare. want_cuts: the cuts must
 * have held. */
static void check_page(const char *what, const char *page, size_t len, bool want_cuts)
{
    struct citep_dom whole, cut;
    cite_status a = citep_dom_parse(&whole, page, len, NULL);
    cite_status b = citep_dom_parse(&cut, page, len, mem);
    if (a != CITE_OK || b != CITE_OK) {
        OK(false, what);
        if (a == CITE_OK)
            citep_dom_free(&whole);
        if (b == CITE_OK)
            citep_dom_free(&cut);
        return;
    }
    const char *d = tree_diff(citep_dom_root(&cut), citep_dom_root(&whole), page, len);
    T_REPORT(d == NULL, "%s: trees differ (%s)", what, d ? d : "");
    if (want_cuts)
        T_REPORT(cut.cuts > 0, "%s: the cuts did not hold", what);
    citep_dom_free(&cut);
    citep_dom_free(&whole);
}

#define LONG "a run of plain text long enough to be cut from the page"

static void test_hand_made(void)
{
    static const struct {
        const char *page;
        bool cuts; /* the cuts are to hold */
    } pages[] = {
        {"<html><body><p>" LONG "</p><p>" LONG " and more</p></body></html>", true},
        {"<p>  \n  " LONG "<b>" LONG "</b> " LONG "\n</p>", true},
        {"<p>" LONG " &amp; then " LONG "</p>", false},            /* a reference */
        {"<p>" LONG "</p><p>x &amp; y</p><p>" LONG "</p>", true},
        {"<p>" LONG "\r\n" LONG "</p><p>" LONG "</p>", true},      /* a CR: that run kept */
        {"<p>" LONG "</span>" LONG " &lt; x</p>", false},          /* one node over a stray tag */
        {"<p>" LONG "</span>" LONG "</p>", false},           /* the same */
        {"<p>1 < 2 and " LONG "</p>", false},                /* no '>' before */
        {"<p>" LONG " a > b " LONG "<br>" LONG "</p>", true},
        {"<html><head>" LONG "<title>" LONG "</title></head><body>" LONG, true},
        {"<table>" LONG "<tr><td>" LONG "</td>" LONG "</tr></table>", true},
        {"<select>" LONG "<option>" LONG "</option></select>", true},
        {"<frameset>" LONG "</frameset>", false},
        {"<template>" LONG "<p>" LONG "</p></template><p>" LONG "</p>", true},
        {"<svg><text>" LONG "</text></svg><p>" LONG "</p>", true},
        {"<math><mi>" LONG "</mi></math>" LONG "<p>", true},
        {"<textarea>" LONG "</textarea><pre>\n" LONG "</pre>", true},
        {"<xmp>" LONG "<b>" LONG "</xmp>" LONG "<p>", true},
        {"<noscript>" LONG "</noscript><iframe>" LONG "</iframe>", false},
        {"<!-- " LONG " --> " LONG "<!-->" LONG "<!--->" LONG, true},
        {"<?xml " LONG "?>" LONG "<!DOCTYPE html>" LONG "<p>", false}, /* over a doctype */
        {"<a title=\"x < y\">" LONG "</a><a title=\"x > " LONG " <\">z</a>", false},
        {"<img alt='" LONG "> " LONG " <b>'>" LONG, false},    /* a cut in a value */
        {"<plaintext>" LONG "<p>" LONG, false},
        {"<p>" LONG "\xc3\xa9t\xc3\xa9 " LONG "</p><p>\xe2\x80\x9c" LONG "</p>", true},
        {"<p>\xf0\x9f\x98\x80" LONG "</p>", true},
        /* characters gumbo replaces with U+FFFD: a run with one is not cut */
        {"<p>" LONG "\x08" LONG "</p>", false},
        {"<p>" LONG "\x7f" LONG "</p>", false},
        {"<p>" LONG "\xc2\x85" LONG "</p>", false},
        {"<p>" LONG "\xef\xb7\x90" LONG "</p>", false},
        {"<p>" LONG "\xef\xbf\xbe" LONG "</p>", false},
        {"<p>" LONG "\xf0\x9f\xbf\xbf" LONG "</p>", false},
        {"<p>" LONG "\xc2\xa3" "5 \xc2\xa0\xef\xbb\xbf\xef\xbc\x83" LONG "</p>", true},
        {"<script>var a = 1 > 0; " LONG "</script><p>" LONG "</p>", true},
        {"<script><!-- " LONG " --></script><p>" LONG "</p>", true},
        {"<style>a > b { " LONG " }</style>" LONG, true},
        {"<b><i>" LONG "</b>" LONG "</i>" LONG, true},              /* adoption agency */
        {"<table><tr><td>x</td></tr>" LONG "<b>" LONG "</b></table>", true},
        {"<p>" LONG "</p>", true},
        {"<body>" LONG "</body>" LONG "</html>" LONG "<p>", false},
        {"<p>x</p>\0" LONG "</p>", false},
        {"<p>" LONG "\0" LONG "</p>", false},
    };
    for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
        char what[48];
        snprintf(what, sizeof what, "hand-made page %zu", k);
        size_t len = strlen(pages[k].page);
        if (k >= sizeof pages / sizeof *pages - 2) /* with the NUL and what follows it */
            len += 1 + strlen(pages[k].page + len + 1);
        check_page(what, pages[k].page, len, pages[k].cuts);
    }
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *b = NULL;
    long n;
    if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (b = malloc((size_t)n + 1)) && fread(b, 1, (size_t)n, f) == (size_t)n) {
        b[n] = '\0';
        *len = (size_t)n;
    } else {
        free(b);
        b = NULL;
    }
    if (f)
        fclose(f);
    return b;
}

static void test_files(void)
{
    static const char *const globs[] = {"samples/*/input.html", "tests/cases/*/*.html"};
    size_t files = 0;
    for (size_t g = 0; g < sizeof globs / sizeof *globs; g++) {
        glob_t gl;
        if (glob(globs[g], 0, NULL, &gl) != 0)
            continue;
        for (size_t i = 0; i < gl.gl_pathc; i++) {
            size_t len;
            char *page = slurp(gl.gl_pathv[i], &len);
            if (!page)
                continue;
            check_page(gl.gl_pathv[i], page, len, true);
            free(page);
            files++;
        }
        globfree(&gl);
    }
    OK(files >= 20, "the HTML pages of samples/ and tests/cases/ were read");
}

/* ---- random pages ------------------------------------------------------------- */

static uint64_t rng = 0x243F6A8885A308D3ull;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static void add(char **p, const char *end, const char *s)
{
    size_t n = strlen(s);
    if ((size_t)(end - *p) > n) {
        memcpy(*p, s, n);
        *p += n;
    }
}

/* Pieces a page is made of: tags of every kind, runs of text long and short,
 * and the bytes a cut must not swallow. */
static const char *const PIECES[] = {
    "<p>", "</p>", "<div class=a>", "</div>", "<b>", "</b>", "<i>", "</i>", "<a href=\"/x?a=1&b=2\">",
    "</a>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<select>", "</select>",
    "<option>", "<svg>", "</svg>", "<math>", "</math>", "<template>", "</template>",
    "<script>var x = a > b;</script>", "<style>p > a {}</style>", "<textarea>",
    "</textarea>", "<title>", "</title>", "<pre>", "</pre>", "<!-- c > d -->", "<!-->",
    "<?pi x>", "<br>", "<img alt=\"a > b < c\">", "</span>", "<head>", "</head>", "<body>",
    "</body>", "<li>", "<ul>", "</ul>", "<noscript>", "</noscript>", "<![CDATA[ z ]]>",
    " ", "\n", "\r\n", "&amp;", "&copy", "<", ">", "x", "\xc3\xa9",
    LONG, LONG, LONG, LONG, " " LONG " ", "\n  " LONG, LONG " 1 < 2 " LONG,
};

static void test_random(void)
{
    char page[4096];
    size_t held = 0;
    for (int k = 0; k < 3000; k++) {
        char *p = page, *end = page + sizeof page - 1;
        unsigned n = 2 + rnd(40);
        for (unsigned i = 0; i < n; i++)
            add(&p, end, PIECES[rnd(sizeof PIECES / sizeof *PIECES)]);
        *p = '\0';
        char what[40];
        snprintf(what, sizeof what, "random page %d", k);
        struct citep_dom cut;
        if (citep_dom_parse(&cut, page, (size_t)(p - page), mem) == CITE_OK) {
            held += cut.cuts > 0;
            citep_dom_free(&cut);
        }
        check_page(what, page, (size_t)(p - page), false);
    }
    T_REPORT(held > 300, "random pages: the cuts held on %zu of 3000", held);
}

int main(void)
{
    if (citep_gumbo_mem_new(&mem) != CITE_OK)
        return 1;
    test_hand_made();
    test_files();
    test_random();
    citep_gumbo_mem_free(mem);
    return TEST_SUMMARY();
}
