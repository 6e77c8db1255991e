/*
 * fuzz_cuts.c - libFuzzer target for the cuts of the HTML stage (src/html/cuts.h):
 * the data, when it is valid UTF-8 (as every page is once the input stage has
 * read it), is parsed whole and with its scripts, style sheets and long runs of
 * text cut; the two trees must be the same (tests/html/tree_diff.h), else the
 * target aborts with where they differ. Build and run: fuzz/run.sh.
 */
#include "fuzz_common.h"

#include "../tests/html/tree_diff.h"
#include "html/html.h"
#include "internal.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

static bool valid_utf8(const uint8_t *s, size_t n)
{
    int32_t cp;
    for (size_t i = 0, k; i < n; i += k)
        if ((k = citep_utf8_decode(s + i, n - i, &cp)) == 0)
            return false;
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct citep_gumbo_mem *mem;
    if (!mem && citep_gumbo_mem_new(&mem) != CITE_OK)
        return 0;
    if (!valid_utf8(data, size))
        return 0;
    /* gumbo reads up to len; the page is given NUL-terminated as the stage gives it */
    char *page = malloc(size + 1);
    if (!page)
        return 0;
    memcpy(page, data, size);
    page[size] = '\0';
    struct citep_dom whole, cut;
    if (citep_dom_parse(&whole, page, size, NULL) == CITE_OK) {
        if (citep_dom_parse(&cut, page, size, mem) == CITE_OK) {
            const char *d = tree_diff(citep_dom_root(&cut), citep_dom_root(&whole), page, size);
            if (d) {
                fprintf(stderr, "fuzz_cuts: the cut tree differs: %s\n", d);
                abort();
            }
            citep_dom_free(&cut);
        }
        citep_dom_free(&whole);
    }
    free(page);
    return 0;
}
