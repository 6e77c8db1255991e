/*
 * fuzz_segment.c - libFuzzer target for the hashtag segmenter (cite_segment):
 * the data up to the first TAB is the hashtag, the rest its context, as in a
 * `citecheck segment` input line. Checks that the result keeps the tag's letters
 * and digits in order (the segmenter only splits words), aborting otherwise so
 * that libFuzzer reports the input.
 */
#include <citecheck/citecheck.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* True when out keeps the tag's letters and digits, in order and case, and adds
 * none (punctuation such as '@' or '-' may become a word break). Non-ASCII input
 * may be repaired or normalised, so the check is made only for ASCII tags. */
static int keeps_letters(const char *tag, size_t len, const char *out)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)tag[i] >= 0x80 || tag[i] == '\0')
            return 1;
    size_t i = 0;
    for (size_t j = 0; out[j]; j++) {
        if (!is_alnum(out[j]))
            continue;
        while (i < len && !is_alnum(tag[i]))
            i++;
        if (i == len || tag[i] != out[j])
            return 0;
        i++;
    }
    while (i < len && !is_alnum(tag[i]))
        i++;
    return i == len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static cite_parser *p;
    if (!p) {
        cite_options opts;
        cite_options_init(&opts);
        p = cite_parser_new(&opts, NULL);
        if (!p)
            return 0;
    }
    const char *s = (const char *)data;
    const char *tab = memchr(s, '\t', size);
    size_t tlen = tab ? (size_t)(tab - s) : size;
    const char *ctx = tab ? tab + 1 : NULL;
    size_t clen = tab ? size - tlen - 1 : 0;
    char *out = NULL;
    if (cite_segment(p, s, tlen, ctx, clen, &out) == CITE_OK) {
        if (!out || !keeps_letters(s, tlen, out))
            abort();
        cite_free(out);
    }
    return 0;
}
