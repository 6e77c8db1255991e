/*
 * check_pages.c - `check` over many pages or articles in one process, for bench/run.sh:
 * for each page named in LIST (the first N) it does what `citecheck check
 * --format json` does for one file (cite_parse with default options, input type
 * sniffed, then the JSON report) with one reused parser, REPS times (once when a
 * pass takes over 15 s), and prints the best time. Pages are read into memory
 * first, so the figure is the library's own speed without process start-up or
 * file I/O, comparable with gumbo_parse.
 *
 *     check_pages LIST [N] [REPS] [THREADS]  ->  pages=P bytes=B seconds=S out_bytes=O
 *     check_pages -s FILE [N] [REPS] [THREADS]   the articles of one text file, split
 *                                                at blank lines, instead of listed pages
 *
 * With THREADS > 1 the pages are shared out among that many threads, each with
 * its own parser (as `report -j` does), and the time is that of the whole set.
 */
#include <citecheck/citecheck.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

static int count_out(const char *buf, size_t len, void *ud)
{
    (void)buf;
    *(size_t *)ud += len;
    return 0;
}

/* `check` on pages first, first + step, ... with parser p; the JSON bytes are
 * added to *out. Returns 0, or 1 after a message when a page fails. */
static int run_pages(cite_parser *p, const struct pages *pg, size_t first, size_t step,
                     size_t *out)
{
    cite_error err = {0};
    for (size_t i = first; i < pg->n; i += step) {
        cite_doc *doc = NULL;
        cite_status st = cite_parse(p, pg->data[i], pg->len[i], &doc, &err);
        if (st == CITE_OK)
            st = cite_render_json(doc, CITE_RENDER_DEFAULT, count_out, out);
        cite_doc_free(doc);
        if (st != CITE_OK) {
            fprintf(stderr, "check_pages: page %zu: %s\n", i, cite_strerror(st));
            return 1;
        }
    }
    return 0;
}

struct worker {
    const struct pages *pg;
    size_t first, step; /* pages first, first + step, ... */
    size_t out;
    int failed;
};

/* A parser with default options, or NULL after a message. */
static cite_parser *new_parser(void)
{
    cite_options opts;
    cite_options_init(&opts);
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    if (!p)
        fprintf(stderr, "check_pages: %s\n", err.text);
    return p;
}

/* One pass over this worker's pages with its own parser. */
static void *work(void *arg)
{
    struct worker *w = arg;
    cite_parser *p = new_parser();
    if (!p) {
        w->failed = 1;
        return NULL;
    }
    w->failed = run_pages(p, w->pg, w->first, w->step, &w->out);
    cite_parser_free(p);
    return NULL;
}

/* The pages on nt threads; parsers are created inside the timed run, as a
 * corpus run pays for them too (a few ms each). */
static int threaded(const struct pages *pg, int reps, int nt)
{
    struct worker w[64];
    pthread_t t[64];
    double best = 1e30;
    size_t out = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = pages_now();
        for (int i = 0; i < nt; i++) {
            w[i] = (struct worker){pg, (size_t)i, (size_t)nt, 0, 0};
            if (pthread_create(&t[i], NULL, work, &w[i]) != 0)
                return 2;
        }
        out = 0;
        int failed = 0;
        for (int i = 0; i < nt; i++) {
            pthread_join(t[i], NULL);
            out += w[i].out;
            failed |= w[i].failed;
        }
        if (failed)
            return 1;
        double dt = pages_now() - t0;
        if (dt < best)
            best = dt;
        if (dt > 15)
            break;
    }
    printf("pages=%zu bytes=%zu seconds=%.6f out_bytes=%zu threads=%d\n", pg->n, pg->bytes,
           best, out, nt);
    return 0;
}

int main(int argc, char **argv)
{
    struct pages pg;
    int split = argc > 1 && strcmp(argv[1], "-s") == 0;
    argv += split;
    argc -= split;
    int reps = argc > 3 ? atoi(argv[3]) : 3;
    long max = argc > 2 ? atol(argv[2]) : 0;
    int nt = argc > 4 ? atoi(argv[4]) : 1;
    if (argc < 2 || nt < 1 || nt > 64 ||
        !(split ? pages_split(&pg, argv[1], max) : pages_load(&pg, argv[1], max)))
        return 2;
    if (nt > 1) {
        int rc = threaded(&pg, reps, nt);
        pages_free(&pg);
        return rc;
    }
    cite_parser *p = new_parser();
    if (!p)
        return 2;
    double best = 1e30;
    size_t out = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = pages_now();
        out = 0;
        if (run_pages(p, &pg, 0, 1, &out))
            return 1;
        double t = pages_now() - t0;
        if (t < best)
            best = t;
        if (t > 15) /* steady enough on its own; keeps the bench short */
            break;
    }
    printf("pages=%zu bytes=%zu seconds=%.6f out_bytes=%zu\n", pg.n, pg.bytes, best, out);
    cite_parser_free(p);
    pages_free(&pg);
    return 0;
}
