/*
 * check_pages.c - `check` over many pages or articles in one process, for bench/run.sh:
 * for each page named in LIST (the first N) it does what `citecheck check
 * --format json` does for one file (cite_parse with default options, input type
 * sniffed, then the JSON report) with one reused parser, REPS times (once when a
 * pass takes over 15 s), and prints the best time. Pages are read into memory
 * first, so the figure is the library's own speed without process start-up or
 * file I/O, comparable with gumbo_parse.
 *
 *     check_pages LIST [N] [REPS]   ->   pages=P bytes=B seconds=S out_bytes=O
 *     check_pages -s FILE [N] [REPS]     the articles of one text file, split at
 *                                        blank lines, instead of listed pages
 */
#include <citecheck/citecheck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

static int count_out(const char *buf, size_t len, void *ud)
{
    (void)buf;
    *(size_t *)ud += len;
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
    if (argc < 2 || !(split ? pages_split(&pg, argv[1], max) : pages_load(&pg, argv[1], max)))
        return 2;
    cite_options opts;
    cite_options_init(&opts);
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    if (!p) {
        fprintf(stderr, "check_pages: %s\n", err.text);
        return 2;
    }
    double best = 1e30;
    size_t out = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = pages_now();
        out = 0;
        for (size_t i = 0; i < pg.n; i++) {
            cite_doc *doc = NULL;
            cite_status st = cite_parse(p, pg.data[i], pg.len[i], &doc, &err);
            if (st == CITE_OK)
                st = cite_render_json(doc, CITE_RENDER_DEFAULT, count_out, &out);
            cite_doc_free(doc);
            if (st != CITE_OK) {
                fprintf(stderr, "check_pages: page %zu: %s\n", i, cite_strerror(st));
                return 1;
            }
        }
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
