/*
 * fuzz_html.c - libFuzzer target for the HTML stage: the data is parsed as
 * HTML whatever it looks like (CITE_OPT_FORCE_HTML), so the pre-scan, gumbo,
 * the main-text walk, the metadata and the embed recognisers all see every
 * input; the check report is then rendered as JSON into a null writer and
 * everything is freed. Refusals (binary data) are fine; crashes, leaks and UB
 * are not. Build and run: fuzz/run.sh (see docs/fuzzing.md).
 */
#include "fuzz_common.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cite_parser *p = fuzz_parser(CITE_OPT_FORCE_HTML);
    cite_doc *doc = NULL;
    size_t out = 0;
    if (!p)
        return 0;
    if (cite_parse(p, (const char *)data, size, &doc, NULL) == CITE_OK) {
        (void)cite_render_json(doc, CITE_RENDER_DEFAULT, fuzz_null_write, &out);
        (void)cite_render_json(doc, CITE_RENDER_PRETTY, fuzz_null_write, &out);
    }
    cite_doc_free(doc);
    return 0;
}
