/*
 * fuzz_input.c - libFuzzer target for the whole pipeline from raw bytes: the
 * first byte chooses the CITE_OPT_* flags (masked to the defined bits) and, with
 * its top bit, a publication date; the rest is the article. Every renderer
 * (entities JSON and text, check JSON compact and pretty, text, CSV for each
 * table) then walks the document into a null writer, so sanitizers see every
 * stage and every accessor. Inputs the library refuses (binary, bad flag
 * combinations) are fine; crashes, leaks and UB are not.
 * Build and run: fuzz/run.sh (see docs/fuzzing.md).
 */
#include "fuzz_common.h"

#include <stddef.h>
#include <stdint.h>

static void render_all(const cite_doc *doc)
{
    size_t n = 0;
    (void)cite_render_entities_json(doc, fuzz_null_write, &n);
    (void)cite_render_entities_text(doc, fuzz_null_write, &n);
    (void)cite_render_json(doc, CITE_RENDER_DEFAULT, fuzz_null_write, &n);
    (void)cite_render_json(doc, CITE_RENDER_PRETTY, fuzz_null_write, &n);
    (void)cite_render_text(doc, CITE_RENDER_DEFAULT, fuzz_null_write, &n);
    (void)cite_render_text(doc, CITE_RENDER_COLOR, fuzz_null_write, &n);
    static const cite_table tables[] = {CITE_TABLE_CITATIONS, CITE_TABLE_FINDINGS,
                                        CITE_TABLE_EMBEDS};
    for (size_t t = 0; t < 3; t++)
        (void)cite_render_csv(doc, "fuzz", tables[t], CITE_RENDER_HEADER, fuzz_null_write, &n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    cite_parser *p = fuzz_parser(data[0]);
    if (!p)
        return 0;
    /* the top bit gives a publication date, so that relative dates resolve */
    if (cite_parser_set_document(p, "fuzz", (data[0] & 0x80) ? "2023-07-17" : NULL) != CITE_OK)
        return 0;
    cite_doc *doc = NULL;
    cite_error err = {0};
    if (cite_parse(p, (const char *)data + 1, size - 1, &doc, &err) == CITE_OK) {
        /* walk the accessors too: each must stay in bounds */
        size_t n = cite_doc_entity_count(doc) + cite_doc_embed_count(doc) +
                   cite_doc_citation_count(doc) + cite_doc_claim_count(doc) +
                   cite_doc_finding_count(doc) + cite_doc_warning_count(doc);
        (void)n;
        (void)cite_doc_source(doc);
        render_all(doc);
    }
    cite_doc_free(doc);
    return 0;
}
