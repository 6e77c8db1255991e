/*
 * entities_inproc.c - the library's entity extraction alone, for bench/run.sh:
 * what twitter_text.js measures for twitter-text (extraction of one file held in
 * memory, best of REPS runs), so that the two can be compared like for like.
 * `citecheck entities` in bench/run.sh adds process start-up, reading the file
 * and writing the JSON on top of this.
 *
 *     entities_inproc FILE [REPS]  ->  seconds=S hashtags=H mentions=M urls=U cashtags=C
 */
#include <citecheck/citecheck.h>
#include <stdio.h>
#include <stdlib.h>

#include "pages.h"

int main(int argc, char **argv)
{
    size_t len = 0;
    char *buf = argc > 1 ? pages_slurp(argv[1], &len) : NULL;
    int reps = argc > 2 ? atoi(argv[2]) : 3;
    if (!buf)
        return 2;
    cite_options opts;
    cite_options_init(&opts);
    opts.flags |= CITE_OPT_ENTITIES_ONLY | CITE_OPT_TWITTER_EXACT | CITE_OPT_FORCE_TEXT |
                  CITE_OPT_NO_SEGMENT;
    opts.max_bytes = len + 1;
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    if (!p) {
        fprintf(stderr, "entities_inproc: %s\n", err.text);
        return 2;
    }
    double best = 1e30;
    size_t counts[4] = {0};
    for (int r = 0; r < reps; r++) {
        double t0 = pages_now();
        cite_doc *doc = NULL;
        if (cite_parse(p, buf, len, &doc, &err) != CITE_OK) {
            fprintf(stderr, "entities_inproc: %s\n", err.text);
            return 1;
        }
        double t = pages_now() - t0;
        best = t < best ? t : best;
        counts[0] = counts[1] = counts[2] = counts[3] = 0;
        for (size_t i = 0; i < cite_doc_entity_count(doc); i++) {
            cite_entity_type type = cite_doc_entity_at(doc, i)->type;
            if ((unsigned)type < 4)
                counts[type]++;
        }
        cite_doc_free(doc);
    }
    printf("seconds=%f hashtags=%zu mentions=%zu urls=%zu cashtags=%zu\n", best,
           counts[CITE_HASHTAG], counts[CITE_MENTION], counts[CITE_URL], counts[CITE_CASHTAG]);
    cite_parser_free(p);
    free(buf);
    return 0;
}
