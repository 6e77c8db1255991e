/*
 * fuzz_common.h - what the libFuzzer targets share: a writer that counts and
 * discards, and parsers built once per flag value (compiling patterns and
 * loading tables would otherwise dominate every run). Parsers stay reachable
 * until exit.
 */
#ifndef CITE_FUZZ_COMMON_H
#define CITE_FUZZ_COMMON_H

#include <citecheck/citecheck.h>

#include <stddef.h>
#include <stdint.h>

#define FUZZ_OPT_MASK (CITE_OPT_FORCE_TEXT | CITE_OPT_FORCE_HTML | CITE_OPT_ENTITIES_ONLY | \
                       CITE_OPT_TWITTER_EXACT | CITE_OPT_NO_SEGMENT)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Counts bytes into *(size_t *)ud when ud is non-NULL; never stops a renderer. */
static int fuzz_null_write(const char *buf, size_t len, void *ud)
{
    (void)buf;
    if (ud)
        *(size_t *)ud += len;
    return 0;
}

/* The parser for flags (masked to FUZZ_OPT_MASK), with a 1 MiB input cap. */
static cite_parser *fuzz_parser(unsigned flags)
{
    static cite_parser *cache[FUZZ_OPT_MASK + 1];
    flags &= FUZZ_OPT_MASK;
    if (!cache[flags]) {
        cite_options opts;
        cite_options_init(&opts);
        opts.flags = flags;
        opts.max_bytes = 1 << 20;
        cache[flags] = cite_parser_new(&opts, NULL);
    }
    return cache[flags];
}

#endif
