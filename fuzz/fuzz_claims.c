/*
 * fuzz_claims.c - libFuzzer target for the claims and cross-check stages: the
 * data is parsed as a plain-text article (so number scanning, hashtag words,
 * gazetteer lookups and the comparisons all see arbitrary bytes) and the JSON
 * report is rendered to a writer that discards it. Every claim and finding
 * must point at a span inside the input.
 */
#include "fuzz_common.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cite_parser *p = fuzz_parser(CITE_OPT_FORCE_TEXT);
    cite_doc *d = NULL;
    size_t i;
    if (!p || cite_parse(p, (const char *)data, size, &d, NULL) != CITE_OK)
        return 0;
    for (i = 0; i < cite_doc_claim_count(d); i++) {
        const cite_claim *c = cite_doc_claim_at(d, i);
        if (c->span.start > c->span.end || c->span.end > size || !c->id || !c->text)
            abort();
    }
    for (i = 0; i < cite_doc_finding_count(d); i++) {
        const cite_finding *f = cite_doc_finding_at(d, i);
        if ((!f->post && !f->body) || !f->message)
            abort();
    }
    cite_render_json(d, CITE_RENDER_DEFAULT, fuzz_null_write, NULL);
    cite_doc_free(d);
    return 0;
}
