/*
 * fuzz_emit.c - libFuzzer target for the CSV (RFC 4180) and JSON renderers: the
 * data's first line is the article name that fills the CSV article column
 * (so quoting and the formula-injection guard see arbitrary bytes), the rest is
 * parsed as text or HTML (chosen by the first byte) into a document whose strings
 * come from the data. Every output is collected and checked: CSV quotes must
 * balance in each record, and JSON output must contain no raw control byte.
 */
#include <citecheck/citecheck.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct sink {
    char *buf;
    size_t len, cap;
};

static int collect(const char *buf, size_t len, void *ud)
{
    struct sink *s = ud;
    if (s->len + len + 1 > s->cap) {
        size_t cap = (s->len + len + 1) * 2;
        char *nb = realloc(s->buf, cap);
        if (!nb)
            return 1;
        s->buf = nb;
        s->cap = cap;
    }
    memcpy(s->buf + s->len, buf, len);
    s->len += len;
    return 0;
}

/* Outside quotes a record ends at CRLF; an odd number of '"' left open at the
 * end means a cell was not closed. */
static void check_csv(const struct sink *s)
{
    int quoted = 0;
    for (size_t i = 0; i < s->len; i++)
        if (s->buf[i] == '"')
            quoted = !quoted;
    if (quoted)
        abort();
}

static void check_json(const struct sink *s)
{
    for (size_t i = 0; i < s->len; i++)
        if ((unsigned char)s->buf[i] < 0x20 && s->buf[i] != '\n')
            abort();
}

static void render(const cite_doc *doc, const char *article)
{
    static const cite_table tables[] = {CITE_TABLE_CITATIONS, CITE_TABLE_FINDINGS,
                                        CITE_TABLE_EMBEDS};
    struct sink s = {0};
    for (size_t t = 0; t < 3; t++) {
        s.len = 0;
        if (cite_render_csv(doc, article, tables[t], CITE_RENDER_HEADER, collect, &s) ==
            CITE_OK)
            check_csv(&s);
    }
    s.len = 0;
    if (cite_render_json(doc, CITE_RENDER_DEFAULT, collect, &s) == CITE_OK)
        check_json(&s);
    s.len = 0;
    if (cite_render_json(doc, CITE_RENDER_PRETTY, collect, &s) == CITE_OK)
        check_json(&s);
    s.len = 0;
    if (cite_render_entities_json(doc, collect, &s) == CITE_OK)
        check_json(&s);
    free(s.buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static cite_parser *parsers[2];
    if (size < 1)
        return 0;
    int html = data[0] & 1;
    if (!parsers[html]) {
        cite_options opts;
        cite_options_init(&opts);
        opts.flags = html ? CITE_OPT_FORCE_HTML : CITE_OPT_FORCE_TEXT;
        parsers[html] = cite_parser_new(&opts, NULL);
        if (!parsers[html])
            return 0;
    }
    const char *s = (const char *)data + 1;
    size -= 1;
    const char *nl = memchr(s, '\n', size);
    size_t alen = nl ? (size_t)(nl - s) : 0;
    char *article = malloc(alen + 1);
    if (!article)
        return 0;
    memcpy(article, s, alen);
    article[alen] = '\0';
    size_t off = nl ? alen + 1 : 0;
    cite_doc *doc = NULL;
    if (cite_parse(parsers[html], s + off, size - off, &doc, NULL) == CITE_OK)
        render(doc, article);
    else
        render(NULL, article); /* header only */
    cite_doc_free(doc);
    free(article);
    return 0;
}
