/*
 * numbers_conformance_test.c - runs the vendored Recognizers-Text English
 * number cases (tests/conformance/recognizers-number/news-cases.json) through
 * the number scanner and asserts a pass-rate floor per model, so that any
 * regression fails while known gaps stay visible in the printed rates.
 *
 * Comparison: the list of results (lower-cased text, value, start, end in
 * UTF-16 code units, end inclusive) must equal the expected list exactly.
 * NumberModel takes bare cardinals (also those inside percents and ranges),
 * OrdinalModel ordinals, PercentModel percents, NumberRangeModel ranges.
 */
#include "harness.h"
#include "claims/numbers.h"

#include <jansson.h>
#include <stdlib.h>

#define CASES "tests/conformance/recognizers-number/news-cases.json"

/* Pass-rate floors (percent) at the rates reached; raise them as rules improve. */
#define FLOOR_NUMBER 100
#define FLOOR_ORDINAL 100
#define FLOOR_RANGE 100
#define FLOOR_PERCENT 100

struct got {
    char text[256];
    char value[160];
    long start, end;
};

static long utf16_units(const char *s, size_t n)
{
    long u = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80)
            continue;
        u += c >= 0xF0 ? 2 : 1;
    }
    return u;
}

static void fill(struct got *g, const char *in, const struct citep_num *x, const char *model)
{
    size_t k, len = x->end - x->start;
    char a[64], b[64];
    if (len >= sizeof g->text)
        len = sizeof g->text - 1;
    for (k = 0; k < len; k++) {
        char c = in[x->start + k];
        g->text[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    g->text[len] = '\0';
    g->start = utf16_units(in, x->start);
    g->end = utf16_units(in, x->end) - 1;
    citep_num_format(x->value, a, sizeof a);
    if (!strcmp(model, "PercentModel.json")) {
        snprintf(g->value, sizeof g->value, "%s%%", a);
    } else if (!strcmp(model, "NumberRangeModel.json")) {
        citep_num_format(x->hi, b, sizeof b);
        snprintf(g->value, sizeof g->value, "%s%s,%s%s", x->has_lo ? (x->lo_incl ? "[" : "(") : "(",
                 x->has_lo ? a : "", x->has_hi ? b : "",
                 x->has_hi ? (x->hi_incl ? "]" : ")") : ")");
    } else {
        snprintf(g->value, sizeof g->value, "%s", a);
    }
}

/* The results of one model for input in. */
static size_t run_model(const char *model, const char *in, struct got *out, size_t max)
{
    struct citep_num *base = NULL, *ex = NULL;
    size_t nb = 0, ne = 0, k, n = 0;
    size_t len = strlen(in);
    if (citep_numbers_scan(in, len, &base, &nb) != CITE_OK)
        return 0;
    if (citep_numbers_express(in, len, base, nb, &ex, &ne) != CITE_OK) {
        citep_free(base);
        return 0;
    }
    if (!strcmp(model, "NumberModel.json") || !strcmp(model, "OrdinalModel.json")) {
        enum citep_num_kind want =
            model[0] == 'N' ? CITEP_NUM_CARDINAL : CITEP_NUM_ORDINAL;
        for (k = 0; k < nb && n < max; k++)
            if (base[k].kind == want && !base[k].glued_unit)
                fill(&out[n++], in, &base[k], model);
    } else {
        enum citep_num_kind want =
            model[0] == 'P' ? CITEP_NUM_PERCENT : CITEP_NUM_RANGE;
        for (k = 0; k < ne && n < max; k++)
            if (ex[k].kind == want && !ex[k].vague)
                fill(&out[n++], in, &ex[k], model);
    }
    citep_free(base);
    citep_free(ex);
    return n;
}

static int check_case(const char *model, json_t *c)
{
    const char *in = json_string_value(json_object_get(c, "Input"));
    json_t *res = json_object_get(c, "Results");
    struct got g[64];
    size_t n, k;
    if (!in || !json_is_array(res))
        return 0;
    n = run_model(model, in, g, 64);
    if (n != json_array_size(res))
        return 0;
    for (k = 0; k < n; k++) {
        json_t *r = json_array_get(res, k);
        const char *t = json_string_value(json_object_get(r, "Text"));
        const char *v =
            json_string_value(json_object_get(json_object_get(r, "Resolution"), "value"));
        long s = (long)json_integer_value(json_object_get(r, "Start"));
        long e = (long)json_integer_value(json_object_get(r, "End"));
        if (!t || !v || strcmp(t, g[k].text) || strcmp(v, g[k].value) || s != g[k].start ||
            e != g[k].end)
            return 0;
    }
    return 1;
}

static void run_file(json_t *all, const char *model, int floor_pct, int verbose)
{
    json_t *arr = json_object_get(all, model), *item;
    size_t i, pass = 0, total = json_array_size(arr);
    json_array_foreach(arr, i, item) {
        json_t *c = json_object_get(item, "case");
        if (check_case(model, c))
            pass++;
        else if (verbose)
            fprintf(stderr, "miss %s #%lld: %s\n", model,
                    (long long)json_integer_value(json_object_get(item, "index")),
                    json_string_value(json_object_get(c, "Input")));
    }
    printf("%s: %zu/%zu (%.1f%%)\n", model, pass, total, total ? 100.0 * pass / total : 0.0);
    T_REPORT(total > 0 && pass * 100 >= (size_t)floor_pct * total,
             "%s pass rate %zu/%zu below floor %d%%", model, pass, total, floor_pct);
}

int main(void)
{
    json_error_t err;
    json_t *all = json_load_file(CASES, 0, &err);
    int verbose = getenv("VERBOSE") != NULL;
    OK(all != NULL, "load " CASES);
    if (!all)
        return TEST_SUMMARY();
    run_file(all, "NumberModel.json", FLOOR_NUMBER, verbose);
    run_file(all, "OrdinalModel.json", FLOOR_ORDINAL, verbose);
    run_file(all, "NumberRangeModel.json", FLOOR_RANGE, verbose);
    run_file(all, "PercentModel.json", FLOOR_PERCENT, verbose);
    json_decref(all);
    return TEST_SUMMARY();
}
