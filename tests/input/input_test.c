/*
 * input_test.c - the input stage: binary refusal, BOM, line ends, UTF-8
 * repair (overlong, surrogate, truncated, NUL), NFC where needed, charsets,
 * and the offset map back to the input as given.
 */
#include "harness.h"

#include "input/input.h"

#include <stdlib.h>
#include <string.h>

static cite_doc *doc_new(void)
{
    cite_doc *d = citep_calloc(1, sizeof *d);
    d->arena = citep_arena_new();
    return d;
}

static void doc_drop(cite_doc *d)
{
    citep_lines_free(&d->lines);
    citep_text_free(&d->utf8);
    citep_text_free(&d->text);
    citep_free(d->warnings.v);
    citep_arena_free(d->arena);
    citep_free(d);
}

static cite_status load(cite_doc *d, const char *s, size_t n, unsigned flags)
{
    cite_options o;
    cite_options_init(&o);
    o.flags = flags;
    return citep_input_load(d, s, n, &o, NULL);
}

static const cite_warning *warning(const cite_doc *d, const char *code)
{
    for (size_t i = 0; i < d->warnings.n; i++)
        if (strcmp(d->warnings.v[i].code, code) == 0)
            return &d->warnings.v[i];
    return NULL;
}

static void test_binary(void)
{
    static const struct {
        const char *data;
        size_t len;
    } bins[] = {{"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16},
                {"\x1f\x8b\x08\x00\x00\x00", 6},
                {"PK\x03\x04\x14\x00", 6},
                {"\x7f" "ELF\x02\x01\x01", 7},
                {"\xff\xfeh\0i\0", 6},
                {"\x01\x02\x03\x04\x05\x06\x07\x08\x01\x02\x03\x04\x05\x06\x07\x08" "abc", 19}};
    for (size_t i = 0; i < sizeof bins / sizeof bins[0]; i++) {
        cite_doc *d = doc_new();
        cite_error err = {0};
        cite_options o;
        cite_options_init(&o);
        INT_EQ(citep_input_load(d, bins[i].data, bins[i].len, &o, &err), CITE_EBINARY,
               "binary refused");
        OK(strstr(err.text, "looks like") != NULL, "message says what it looks like");
        doc_drop(d);
    }
    cite_doc *d = doc_new();
    INT_EQ(load(d, "text with one\0NUL byte in a sentence", 36, 0), CITE_OK,
           "a stray NUL is repaired, not refused");
    const cite_warning *w = warning(d, "nul-byte");
    OK(w && w->offset == 13 && w->count == 1, "NUL warning with offset");
    OK(strstr(d->text.s, "one\xEF\xBF\xBDNUL") != NULL, "NUL became U+FFFD");
    doc_drop(d);
}

static void test_bom_and_lines(void)
{
    cite_doc *d = doc_new();
    const char s[] = "\xEF\xBB\xBFone\r\ntwo\rthree\nfour";
    INT_EQ(load(d, s, sizeof s - 1, 0), CITE_OK, "load with BOM");
    INT_EQ(d->bom_len, 3, "BOM length");
    OK(strncmp(d->text.s, "one", 3) == 0, "BOM not in the text");
    INT_EQ(citep_text_to_input(&d->text, 0), 3, "text offset 0 maps after the BOM");
    INT_EQ(citep_lines_line_of(&d->lines, 3), 1, "line 1");
    INT_EQ(citep_lines_line_of(&d->lines, 8), 2, "CRLF ends line 1");
    INT_EQ(citep_lines_line_of(&d->lines, 12), 3, "lone CR ends line 2");
    INT_EQ(citep_lines_line_of(&d->lines, 18), 4, "LF ends line 3");
    doc_drop(d);
    d = doc_new();
    INT_EQ(load(d, "", 0, 0), CITE_OK, "empty input");
    OK(d->text.s && d->text.len == 0, "empty text view");
    doc_drop(d);
}

static void test_repair(void)
{
    /* overlong '/', a surrogate, a stray continuation, then truncated at EOF */
    const char s[] = "a\xC0\xAF" "b\xED\xA0\x80" "c\x80" "d #tag \xE2\x82";
    cite_doc *d = doc_new();
    INT_EQ(load(d, s, sizeof s - 1, 0), CITE_OK, "invalid UTF-8 is repaired");
    const cite_warning *w = warning(d, "invalid-utf8");
    OK(w != NULL, "invalid-utf8 warning");
    INT_EQ(w ? w->count : 0, 8, "one replacement per bad byte");
    INT_EQ(w ? w->offset : 0, 1, "first bad byte offset");
    const char *t = d->text.s;
    const char *tag = strstr(t, "#tag");
    OK(tag != NULL, "text after bad bytes kept");
    size_t toff = (size_t)(tag - t);
    INT_EQ(citep_text_to_input(&d->text, toff), 11, "offset after repairs maps to input");
    INT_EQ(citep_text_to_input(&d->text, toff + 4), 15, "end maps too");
    INT_EQ(citep_text_to_input(&d->text, 1), 1, "replacement start maps to bad byte");
    INT_EQ(citep_text_to_input(&d->text, 2), 1, "inside a replacement maps to its start");
    INT_EQ(citep_text_to_input(&d->text, 4), 2, "after one replacement: next byte");
    INT_EQ(citep_text_to_input(&d->text, d->text.len), sizeof s - 1, "end of text = end of input");
    doc_drop(d);
}

static void test_nfc(void)
{
    /* "Cafe" + COMBINING ACUTE, then a hashtag; and a precomposed word stays */
    const char s[] = "Cafe\xCC\x81 #paris caf\xC3\xA9";
    cite_doc *d = doc_new();
    INT_EQ(load(d, s, sizeof s - 1, 0), CITE_OK, "load decomposed text");
    STR_EQ(d->text.s, "Caf\xC3\xA9 #paris caf\xC3\xA9", "NFC applied");
    const char *h = strstr(d->text.s, "#paris");
    INT_EQ(citep_text_to_input(&d->text, (size_t)(h - d->text.s)), 7, "offset after NFC maps");
    OK(warning(d, "normalized-nfc") != NULL, "NFC noted");
    doc_drop(d);
    d = doc_new();
    const char plain[] = "Caf\xC3\xA9 na\xC3\xAFve \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80";
    INT_EQ(load(d, plain, sizeof plain - 1, 0), CITE_OK, "load NFC text");
    OK(warning(d, "normalized-nfc") == NULL, "already NFC: nothing done");
    INT_EQ(d->text.nsegs, 1, "one identity segment");
    doc_drop(d);
    d = doc_new();
    const char angstrom[] = "\xE2\x84\xAB"; /* U+212B -> U+00C5 */
    INT_EQ(load(d, angstrom, 3, 0), CITE_OK, "singleton decomposition");
    STR_EQ(d->text.s, "\xC3\x85", "U+212B normalised");
    doc_drop(d);
}

static void test_html_sniff_and_charset(void)
{
    OK(citep_input_looks_html("  <!DOCTYPE html><p>x", 21), "doctype");
    OK(citep_input_looks_html("<p>hello</p>", 12), "tag first");
    OK(!citep_input_looks_html("Hello <b>world</b>", 18), "prose with a tag is text");
    OK(!citep_input_looks_html("a < b and c > d", 15), "comparison is text");
    const char w1252[] = "<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Hi\x94 caf\xE9 \x80</p>";
    cite_doc *d = doc_new();
    INT_EQ(load(d, w1252, sizeof w1252 - 1, 0), CITE_OK, "windows-1252 page");
    OK(d->is_html, "sniffed as HTML");
    OK(strstr(d->utf8.s, "\xE2\x80\x9CHi\xE2\x80\x9D caf\xC3\xA9 \xE2\x82\xAC") != NULL,
       "1252 decoded to UTF-8");
    const char *p = strstr(d->utf8.s, "caf");
    INT_EQ(citep_text_to_input(&d->utf8, (size_t)(p - d->utf8.s)),
           (size_t)(strstr(w1252, "caf") - w1252), "1252 offsets map back");
    doc_drop(d);
    const char latin1[] = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\xEFve";
    d = doc_new();
    INT_EQ(load(d, latin1, sizeof latin1 - 1, 0), CITE_OK, "latin-1 page");
    OK(strstr(d->utf8.s, "na\xC3\xAFve") != NULL, "latin-1 decoded");
    doc_drop(d);
    const char sjis[] = "<meta charset=\"shift_jis\"><p>x";
    d = doc_new();
    cite_error err = {0};
    cite_options o;
    cite_options_init(&o);
    INT_EQ(citep_input_load(d, sjis, sizeof sjis - 1, &o, &err), CITE_ECHARSET,
           "unsupported charset refused");
    OK(strstr(err.text, "shift_jis") != NULL, "message names the charset");
    doc_drop(d);
    d = doc_new();
    INT_EQ(load(d, "<p>plain", 8, CITE_OPT_FORCE_TEXT), CITE_OK, "force text");
    OK(!d->is_html, "forced text");
    doc_drop(d);
}

/* A charset given with the input (an HTTP header) applies when the input
 * declares none; a page's own <meta charset> and a BOM win over it. */
static void test_given_charset(void)
{
    cite_options o;
    cite_options_init(&o);
    o.charset = "iso-8859-1";
    const char text[] = "Caf\xE9 cr\xE8me";
    cite_doc *d = doc_new();
    INT_EQ(citep_input_load(d, text, sizeof text - 1, &o, NULL), CITE_OK, "latin-1 text");
    STR_EQ(d->text.s, "Caf\xC3\xA9 cr\xC3\xA8me", "given charset decodes text input");
    INT_EQ(citep_text_to_input(&d->text, 6), 5, "offsets still point at the bytes as given");
    OK(warning(d, "invalid-utf8") == NULL, "no repair warning");
    doc_drop(d);
    const char page[] = "<meta charset=\"utf-8\"><p>Caf\xC3\xA9";
    d = doc_new();
    INT_EQ(citep_input_load(d, page, sizeof page - 1, &o, NULL), CITE_OK, "page says utf-8");
    OK(strstr(d->utf8.s, "Caf\xC3\xA9") != NULL, "the page's own charset wins");
    doc_drop(d);
    o.charset = "koi8-r";
    d = doc_new();
    cite_error err = {0};
    INT_EQ(citep_input_load(d, "x", 1, &o, &err), CITE_ECHARSET, "unsupported given charset");
    OK(strstr(err.text, "koi8-r") != NULL, "message names it");
    doc_drop(d);
    d = doc_new();
    INT_EQ(citep_input_load(d, "\xEF\xBB\xBFx", 4, &o, NULL), CITE_OK, "a BOM wins");
    doc_drop(d);
}

static void test_cap(void)
{
    cite_doc *d = doc_new();
    cite_options o;
    cite_options_init(&o);
    o.max_bytes = 4;
    cite_error err = {0};
    INT_EQ(citep_input_load(d, "hello", 5, &o, &err), CITE_ETOOBIG, "cap");
    OK(strstr(err.text, "cap of 4 bytes") != NULL, "cap message");
    doc_drop(d);
}

int main(void)
{
    test_binary();
    test_bom_and_lines();
    test_repair();
    test_nfc();
    test_html_sniff_and_charset();
    test_given_charset();
    test_cap();
    return TEST_SUMMARY();
}
