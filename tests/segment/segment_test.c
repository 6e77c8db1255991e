/*
 * segment_test.c - unit tests of the hashtag segmenter (src/segment/segment.h):
 * the contract's examples, camelCase, digits, acronyms, case preservation,
 * non-Latin scripts, context, invalid input and a 100,000-character tag.
 */
#include "harness.h"
#include "segment/segment.h"

#include <stdlib.h>
#include <time.h>

static struct citep_segmenter *seg;

/* Segment tag (with the context text ctx_text, or none) and compare. */
static void check(const char *tag, const char *ctx_text, const char *want)
{
    struct citep_segctx *ctx = NULL;
    char *out = NULL;
    if (ctx_text)
        INT_EQ(citep_segctx_new(seg, ctx_text, strlen(ctx_text), &ctx), CITE_OK, "ctx");
    cite_status rc = citep_segment(seg, ctx, tag, strlen(tag), &out);
    INT_EQ(rc, CITE_OK, tag);
    STR_EQ(out, want, tag);
    citep_free(out);
    citep_segctx_free(ctx);
}

static void test_contract_examples(void)
{
    const char *article = "Russian and Chinese helicopters departed from the base as the "
                          "air and sea drills began in the Sea of Japan.";
    check("SeaofJapan", NULL, "Sea of Japan");
    check("airandsea", NULL, "air and sea");
    check("helicoptersdeparted", NULL, "helicopters departed");
    check("SeaofJapan", article, "Sea of Japan");
    check("helicoptersdeparted", article, "helicopters departed");
}

static void test_case_and_digits(void)
{
    check("FollowWeekend", NULL, "Follow Weekend");
    check("G20Summit", NULL, "G20 Summit");
    check("NASAlaunch", NULL, "NASA launch");
    check("NASALaunch", NULL, "NASA Launch");
    check("SEAOFJAPAN", NULL, "SEA OF JAPAN");
    check("sEaOfjApAn", NULL, "sEa Of jApAn");
    check("women2follow", NULL, "women 2 follow");
    check("2009", NULL, "2009");
    check("Sea_of_Japan", NULL, "Sea of Japan");
    check("news", NULL, "news");
}

static void test_non_latin(void)
{
    check("\xe6\x9d\xb1\xe4\xba\xac\xe4\xba\x94\xe8\xbc\xaa", NULL, /* CJK, no ASCII */
          "\xe6\x9d\xb1\xe4\xba\xac\xe4\xba\x94\xe8\xbc\xaa");
    check("\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7", NULL, /* Arabic */
          "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7");
    /* a CJK word next to English stays whole */
    check("\xe6\x9d\xb1\xe4\xba\xac" "Olympics", NULL,
          "\xe6\x9d\xb1\xe4\xba\xac Olympics");
}

static void test_context(void)
{
    check("kolachefactory", NULL, "kola che factory");
    check("kolachefactory", "We went to the new kolache place", "kolache factory");
    check("expertsexchange", "the experts exchange ideas", "experts exchange");
    check("expertsexchange", "an expert on sex change", "expert sex change");
    /* the tag itself in the post is no evidence for keeping it whole */
    check("kolachefactory", "#kolachefactory was closed", "kola che factory");
}

/* One context for several tags, some written in it and some not, gives what a
 * fresh context gives each tag, whatever the order (a context stores the
 * words its tags can use, and reads the text again for a tag that needs more). */
static void test_shared_context(void)
{
    const char *text = "We went to the new kolache place; #expertsexchange met there, "
                       "an expert on sex change. Helicopters departed. #SeaofJapan";
    const char *tags[] = {"expertsexchange", "kolachefactory", "helicoptersdeparted",
                          "SeaofJapan", "kolachefactory", "wenttothenewplace", "ExpertSex"};
    size_t n = sizeof tags / sizeof *tags;
    for (size_t first = 0; first < n; first++) {
        struct citep_segctx *shared = NULL;
        INT_EQ(citep_segctx_new(seg, text, strlen(text), &shared), CITE_OK, "shared ctx");
        for (size_t k = 0; k < n; k++) {
            const char *tag = tags[(first + k) % n];
            struct citep_segctx *own = NULL;
            char *a = NULL, *b = NULL;
            INT_EQ(citep_segctx_new(seg, text, strlen(text), &own), CITE_OK, "own ctx");
            INT_EQ(citep_segment(seg, shared, tag, strlen(tag), &a), CITE_OK, tag);
            INT_EQ(citep_segment(seg, own, tag, strlen(tag), &b), CITE_OK, tag);
            STR_EQ(a, b, tag);
            citep_free(a);
            citep_free(b);
            citep_segctx_free(own);
        }
        citep_segctx_free(shared);
    }
    check("wenttothenewplace", text, "went to the new place");
}

static void test_edges(void)
{
    char *out = NULL;
    INT_EQ(citep_segment(seg, NULL, "", 0, &out), CITE_OK, "empty tag");
    STR_EQ(out, "", "empty tag");
    citep_free(out);
    out = (char *)"x";
    INT_EQ(citep_segment(seg, NULL, "ab\xff" "cd", 5, &out), CITE_EINVAL, "bad UTF-8");
    OK(out == NULL, "no output for invalid UTF-8");
    INT_EQ(citep_segment(seg, NULL, "\xc3", 1, &out), CITE_EINVAL, "truncated UTF-8");
    INT_EQ(citep_segment(NULL, NULL, "a", 1, &out), CITE_EINVAL, "NULL segmenter");
    INT_EQ(citep_segment(seg, NULL, "a", 1, NULL), CITE_EINVAL, "NULL out");
    struct citep_segctx *ctx = NULL;
    INT_EQ(citep_segctx_new(seg, "", 0, &ctx), CITE_OK, "empty context");
    INT_EQ(citep_segment(seg, ctx, "airandsea", 9, &out), CITE_OK, "empty context use");
    STR_EQ(out, "air and sea", "empty context use");
    citep_free(out);
    citep_segctx_free(ctx);
    citep_segctx_free(NULL);
    citep_segmenter_free(NULL);
}

/* 100,000 characters: must finish fast and keep every letter, in order. */
static void test_giant_tag(void)
{
    const char *unit = "seaofjapanAirandsea2023";
    size_t ulen = strlen(unit), n = 100000;
    char *tag = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        tag[i] = unit[i % ulen];
    tag[n] = '\0';
    clock_t t0 = clock();
    char *out = NULL;
    INT_EQ(citep_segment(seg, NULL, tag, n, &out), CITE_OK, "giant tag");
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    OK(secs < 2.0, "giant tag takes under 2 s");
    size_t k = 0, bad = 0;
    for (const char *p = out ? out : ""; *p; p++) {
        if (*p == ' ')
            continue;
        bad += k >= n || *p != tag[k];
        k++;
    }
    INT_EQ(k, n, "giant tag keeps every character");
    INT_EQ(bad, 0, "giant tag keeps the order and case");
    OK(out && !strncmp(out, "sea of japan Air and sea 2023 sea of japan", 41),
       "giant tag is segmented");
    citep_free(out);
    free(tag);
}

int main(void)
{
    if (citep_segmenter_new(&seg) != CITE_OK) {
        printf("0 passed, 1 failed\n");
        return 1;
    }
    test_contract_examples();
    test_case_and_digits();
    test_non_latin();
    test_context();
    test_shared_context();
    test_edges();
    test_giant_tag();
    citep_segmenter_free(seg);
    return TEST_SUMMARY();
}
