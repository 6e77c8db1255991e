/*
 * segbench.c - accuracy and speed of the hashtag segmenter (src/segment) on
 * STAN-style TSV files: tweet <TAB> hashtag <TAB> gold [<TAB> alt gold ...].
 * The metric is the standard A@1: the lowercased output equals any lowercased
 * gold column. The tweet is passed as context.
 *
 *   segbench [-v] [-n] FILE...     -v: print misses to stderr; -n: no context
 */
#include "segment/segment.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct totals {
    long items, right;
    double secs;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int eq_fold(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
    return *a == *b;
}

/* Split line at tabs in place; returns the number of fields (at most max). */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++) {
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    }
    return n;
}

static int run_line(const struct citep_segmenter *s, char *line, int use_ctx, int verbose,
                    struct totals *t)
{
    char *f[16];
    line[strcspn(line, "\r\n")] = '\0';
    int nf = split_tabs(line, f, 16);
    if (nf < 3)
        return 0;
    double t0 = now();
    struct citep_segctx *ctx = NULL;
    char *out = NULL;
    if (use_ctx && citep_segctx_new(s, f[0], strlen(f[0]), &ctx) != CITE_OK)
        return -1;
    cite_status rc = citep_segment(s, ctx, f[1], strlen(f[1]), &out);
    citep_segctx_free(ctx);
    t->secs += now() - t0;
    if (rc != CITE_OK)
        return -1;
    int hit = 0;
    for (int i = 2; i < nf && !hit; i++)
        hit = eq_fold(out, f[i]);
    t->items++;
    t->right += hit;
    if (!hit && verbose)
        fprintf(stderr, "MISS\t%s\t%s\t%s\n", f[1], out, f[2]);
    citep_free(out);
    return 0;
}

static int run_file(const struct citep_segmenter *s, const char *path, int use_ctx,
                    int verbose)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        fprintf(stderr, "segbench: %s: cannot open\n", path);
        return 1;
    }
    struct totals t = {0, 0, 0};
    char *line = NULL;
    size_t cap = 0;
    int err = 0;
    while (!err && getline(&line, &cap, fp) > 0)
        err = run_line(s, line, use_ctx, verbose, &t);
    free(line);
    fclose(fp);
    if (err) {
        fprintf(stderr, "segbench: %s: segmentation failed\n", path);
        return 1;
    }
    printf("%-60s %5ld tags  accuracy %6.2f%%  %9.0f hashtags/s\n", path, t.items,
           t.items ? 100.0 * (double)t.right / (double)t.items : 0.0,
           t.secs > 0 ? (double)t.items / t.secs : 0.0);
    return 0;
}

int main(int argc, char **argv)
{
    int verbose = 0, use_ctx = 1, rc = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "-n"))
            use_ctx = 0;
        else {
            fprintf(stderr, "usage: segbench [-v] [-n] FILE...\n");
            return 2;
        }
    }
    double t0 = now();
    struct citep_segmenter *s = NULL;
    if (citep_segmenter_new(&s) != CITE_OK) {
        fprintf(stderr, "segbench: cannot load the word model\n");
        return 1;
    }
    printf("word model loaded in %.1f ms\n", (now() - t0) * 1e3);
    for (; i < argc; i++)
        rc |= run_file(s, argv[i], use_ctx, verbose);
    citep_segmenter_free(s);
    return rc;
}
