/*
 * gumbo_parse.c - the bare-HTML5-parse peer for bench/run.sh: parses each page
 * named in LIST (one path a line, the first N) with gumbo (WHATWG HTML5 parsing,
 * default options) and frees the tree, REPS times; prints the best time.
 * Pages are read into memory first so that only parsing is timed; this is the
 * floor that `check` on HTML (which parses with gumbo too) is measured against.
 *
 *     gumbo_parse LIST [N] [REPS]   ->   pages=P bytes=B seconds=S nodes=K
 */
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pages.h"

static size_t count_nodes(const GumboNode *n)
{
    size_t k = 1;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        for (unsigned i = 0; i < n->v.element.children.length; i++)
            k += count_nodes(n->v.element.children.data[i]);
    else if (n->type == GUMBO_NODE_DOCUMENT)
        for (unsigned i = 0; i < n->v.document.children.length; i++)
            k += count_nodes(n->v.document.children.data[i]);
    return k;
}

int main(int argc, char **argv)
{
    struct pages pg;
    int reps = argc > 3 ? atoi(argv[3]) : 3;
    if (argc < 2 || !pages_load(&pg, argv[1], argc > 2 ? atol(argv[2]) : 0))
        return 2;
    double best = 1e30;
    size_t nodes = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = pages_now();
        nodes = 0;
        for (size_t i = 0; i < pg.n; i++) {
            GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, pg.data[i],
                                                        pg.len[i]);
            nodes += count_nodes(out->document);
            gumbo_destroy_output(&kGumboDefaultOptions, out);
        }
        double t = pages_now() - t0;
        if (t < best)
            best = t;
    }
    printf("pages=%zu bytes=%zu seconds=%.6f nodes=%zu\n", pg.n, pg.bytes, best, nodes);
    pages_free(&pg);
    return 0;
}
