/*
 * json_test.c - the streamed `check` report: escaping, UTF-8 repair, numbers
 * and layout pinned as literal JSON, and the layout checked against jansson's
 * (the report's format was first defined by a jansson dump: JSON_COMPACT or
 * JSON_INDENT(2), JSON_REAL_PRECISION(12)).
 */
#include "harness.h"
#include "internal.h"

#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static int to_mem(const char *p, size_t n, void *ud)
{
    return citep_buf_add(ud, p, n) == CITE_OK ? 0 : -1;
}

static int count_calls(const char *p, size_t n, void *ud)
{
    (void)p, (void)n;
    ++*(int *)ud;
    return 0;
}

/* The report as a string (caller frees), or NULL with *rc set. */
static char *render(const cite_doc *d, unsigned flags, cite_status *rc)
{
    struct citep_buf b;
    citep_buf_init(&b, 0);
    *rc = cite_render_json(d, flags, to_mem, &b);
    if (*rc != CITE_OK || !b.data) {
        citep_buf_free(&b);
        return NULL;
    }
    return citep_buf_steal(&b, NULL);
}

static cite_doc *parse(cite_parser *p, const char *s, size_t n)
{
    cite_doc *d = NULL;
    cite_error err = {0};
    return cite_parse(p, s, n, &d, &err) == CITE_OK ? d : NULL;
}

static cite_span span(size_t s, size_t e, unsigned line)
{
    return (cite_span){s, e, line};
}

static cite_claim quantity(const char *id, double lo, double hi, int embed)
{
    return (cite_claim){.id = id, .type = CITE_CLAIM_QUANTITY, .subject = "ship", .value = "v",
                        .number = lo, .number_hi = hi, .text = "t", .embed = embed,
                        .span = span(1, 2, 1)};
}

static const cite_span CITATION_SPANS[] = {{0, 1, 1}, {SIZE_MAX, 7, 2}};

/* A document whose every string and number is an edge case. Its vectors are
 * replaced; the strings are literals (the doc frees only its arena). */
static bool craft(cite_doc *d)
{
    d->warnings.n = d->entities.n = d->embeds.n = d->citations.n = d->claims.n = 0;
    d->findings.n = 0;
    d->source = (cite_source){0};
    d->source.path = "dir/a\"b\\c/d.txt";
    d->source.format = "text";
    d->source.bytes = (size_t)LLONG_MAX + 1;
    d->source.title = "q\" b\\ s/ t\t n\n r\r b\b f\f c\x01\x1f del\x7f";
    d->source.published = "\xE2\x80\xA8|\xE2\x80\xA9|\xC3\xA9|\xF0\x9F\x98\x80";
    d->source.publisher = "\xC3|\xC3(|\x80|\xC0\xAF|\xED\xA0\x80|\xF5|\xF0\x9F\x98x|\xFF";
    cite_embed e = {.id = "E1", .platform = "x", .handle = "h", .text = "post \"text\"",
                    .span = span(SIZE_MAX, (size_t)LLONG_MAX + 1, UINT_MAX)};
    cite_entity h = {.type = CITE_HASHTAG, .text = "Tag", .span = span(3, 7, 1), .embed = 0};
    cite_entity m = {.type = CITE_MENTION, .text = "user", .list_slug = "/list",
                     .segmented = "ignored", .span = span(8, 20, 1), .embed = -1};
    cite_entity u = {.type = CITE_URL, .text = "https://x.com/a?b=1&c=\"2\"", .embed = 5};
    cite_citation c = {.id = "C1", .source = "the \"Ministry\"", .kind = "official",
                       .embed = -1, .span = span(0, 1, 1), .nspans = 2,
                       .spans = CITATION_SPANS};
    if (CITEP_PUSH(&d->embeds, e) || CITEP_PUSH(&d->entities, h) ||
        CITEP_PUSH(&d->entities, m) || CITEP_PUSH(&d->entities, u) ||
        CITEP_PUSH(&d->citations, c))
        return false;
    const cite_claim claims[] = {
        quantity("K1", 5, 5, -1),
        quantity("K2", -12, -12, 0),
        quantity("K3", 2.5, 2.5, 3),
        quantity("K4", 1e16, 1e16, -1),
        quantity("K5", 8999999999999998.0, 8999999999999998.0, -1),
        quantity("K6", 1e-7, 1e-7, -1),
        quantity("K7", 123456789012345.5, 123456789012345.5, -1),
        quantity("K8", -0.0, -0.0, -1),
        quantity("K9", NAN, NAN, -1),
        quantity("K10", 3, 4, -1),
        quantity("K11", -1.5e-300, 1e300, -1),
        quantity("K12", 0.1 + 0.2, 1.0 / 3, -1),
        {.id = "K13", .type = CITE_CLAIM_PLACE, .subject = "port", .value = "Q\xE2\x80\xA8",
         .number = 7, .number_hi = 9, .comparator = "eq", .text = "in Q", .embed = -1},
    };
    for (size_t i = 0; i < sizeof claims / sizeof *claims; i++)
        if (CITEP_PUSH(&d->claims, claims[i]))
            return false;
    cite_finding f = {.kind = CITE_CONFLICT, .type = CITE_CLAIM_QUANTITY, .subject = "ship",
                      .embed = 0, .post = NULL, .body = &d->claims.v[1], .message = "m\n"};
    cite_warning w = {"nul-byte", "NUL \"bytes\"", 3, 2};
    return !CITEP_PUSH(&d->findings, f) && !CITEP_PUSH(&d->warnings, w);
}

static const char CRAFTED_COMPACT[] =
    "{\"schema_version\":1,\"source\":{\"path\":\"dir/a\\\"b\\\\c/d.txt\",\"format\":\"text\","
    "\"bytes\":-9223372036854775808,"
    "\"title\":\"q\\\" b\\\\ s/ t\\t n\\n r\\r b\\b f\\f c\\u0001\\u001F del\x7f\","
    "\"published\":\"\xE2\x80\xA8|\xE2\x80\xA9|\xC3\xA9|\xF0\x9F\x98\x80\","
    "\"publisher\":\"\xEF\xBF\xBD|\xEF\xBF\xBD(|\xEF\xBF\xBD|\xEF\xBF\xBD\xEF\xBF\xBD|"
    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx|"
    "\xEF\xBF\xBD\"},"
    "\"embeds\":[{\"id\":\"E1\",\"platform\":\"x\",\"author\":null,\"handle\":\"h\","
    "\"date\":null,\"url\":null,\"text\":\"post \\\"text\\\"\",\"post_id\":null,"
    "\"span\":{\"start\":-1,\"end\":-9223372036854775808,\"line\":4294967295}}],"
    "\"entities\":{\"hashtags\":[{\"text\":\"Tag\",\"span\":{\"start\":3,\"end\":7,"
    "\"line\":1},\"in\":\"E1\",\"segmented\":null}],\"mentions\":[{\"text\":\"user\","
    "\"list_slug\":\"/list\",\"span\":{\"start\":8,\"end\":20,\"line\":1},\"in\":\"body\"}],"
    "\"urls\":[{\"text\":\"https://x.com/a?b=1&c=\\\"2\\\"\",\"span\":{\"start\":0,"
    "\"end\":0,\"line\":0},\"in\":null}],\"cashtags\":[]},"
    "\"citations\":[{\"id\":\"C1\",\"source\":\"the \\\"Ministry\\\"\",\"kind\":\"official\","
    "\"role\":null,\"cue\":null,\"date\":null,\"date_text\":null,\"claim\":null,"
    "\"quote\":null,\"embed\":null,\"span\":{\"start\":0,\"end\":1,\"line\":1},"
    "\"spans\":[{\"start\":0,\"end\":1,\"line\":1},{\"start\":-1,\"end\":7,\"line\":2}]}],"
    "\"claims\":["
    "{\"id\":\"K1\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":5,\"text\":\"t\","
    "\"in\":\"body\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K2\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":-12,\"text\":\"t\","
    "\"in\":\"E1\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K3\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":2.5,\"text\":\"t\","
    "\"in\":null,\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K4\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":1e16,\"text\":\"t\","
    "\"in\":\"body\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K5\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":8999999999999998,"
    "\"text\":\"t\",\"in\":\"body\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K6\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":1e-7,\"text\":\"t\","
    "\"in\":\"body\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K7\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":1.23456789012e14,"
    "\"text\":\"t\",\"in\":\"body\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K8\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":0,\"text\":\"t\","
    "\"in\":\"body\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K9\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":\"v\",\"text\":\"t\","
    "\"in\":\"body\",\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K10\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":3,"
    "\"value_max\":4.0,\"text\":\"t\",\"in\":\"body\","
    "\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K11\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":-1.5e-300,"
    "\"value_max\":1e300,\"text\":\"t\",\"in\":\"body\","
    "\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K12\",\"type\":\"quantity\",\"subject\":\"ship\",\"value\":0.3,"
    "\"value_max\":0.333333333333,\"text\":\"t\",\"in\":\"body\","
    "\"span\":{\"start\":1,\"end\":2,\"line\":1}},"
    "{\"id\":\"K13\",\"type\":\"place\",\"subject\":\"port\",\"value\":\"Q\xE2\x80\xA8\","
    "\"comparator\":\"eq\",\"text\":\"in Q\",\"in\":\"body\","
    "\"span\":{\"start\":0,\"end\":0,\"line\":0}}],"
    "\"findings\":[{\"kind\":\"conflict\",\"type\":\"quantity\",\"subject\":\"ship\","
    "\"embed\":\"E1\",\"post\":null,\"body\":{\"value\":-12,\"text\":\"t\","
    "\"span\":{\"start\":1,\"end\":2,\"line\":1}},\"severity\":\"error\","
    "\"message\":\"m\\n\"}],"
    "\"warnings\":[{\"code\":\"nul-byte\",\"message\":\"NUL \\\"bytes\\\"\",\"offset\":3,"
    "\"count\":2}]}\n";

/* Pretty: two-space indent, ": " after keys, empty arrays as []. */
static const char EMPTY_PRETTY[] = "{\n"
                                   "  \"schema_version\": 1,\n"
                                   "  \"source\": {\n"
                                   "    \"path\": null,\n"
                                   "    \"format\": \"text\",\n"
                                   "    \"bytes\": 6,\n"
                                   "    \"title\": null,\n"
                                   "    \"published\": null,\n"
                                   "    \"publisher\": null\n"
                                   "  },\n"
                                   "  \"embeds\": [],\n"
                                   "  \"entities\": {\n"
                                   "    \"hashtags\": [],\n"
                                   "    \"mentions\": [],\n"
                                   "    \"urls\": [],\n"
                                   "    \"cashtags\": []\n"
                                   "  },\n"
                                   "  \"citations\": [],\n"
                                   "  \"claims\": [],\n"
                                   "  \"findings\": [],\n"
                                   "  \"warnings\": []\n"
                                   "}\n";

/* The output must be a fixed point of jansson's load + dump with the report's
 * flags: same escaping, number formatting and layout. */
static void same_as_jansson(const char *out, unsigned flags, const char *what)
{
    json_error_t jerr;
    size_t n = strlen(out);
    json_t *root = json_loadb(out, n, 0, &jerr);
    OK(root != NULL, what);
    if (!root)
        return;
    size_t jf = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12) |
                ((flags & CITE_RENDER_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT);
    char *again = json_dumps(root, jf);
    json_decref(root);
    T_REPORT(again && strlen(again) == n - 1 && memcmp(again, out, n - 1) == 0 &&
                 out[n - 1] == '\n',
             "%s: differs from jansson's dump", what);
    free(again);
}

/* Every flag combination: only CITE_RENDER_PRETTY changes the JSON. */
static void check_doc(const cite_doc *d, const char *what)
{
    const unsigned all = CITE_RENDER_PRETTY | CITE_RENDER_COLOR | CITE_RENDER_HEADER;
    for (unsigned flags = 0; flags <= all; flags++) {
        cite_status rc;
        char *out = render(d, flags, &rc);
        INT_EQ(rc, CITE_OK, what);
        if (out)
            same_as_jansson(out, flags, what);
        citep_free(out);
    }
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct citep_buf b;
    citep_buf_init(&b, 0);
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (citep_buf_add(&b, tmp, k))
            break;
    fclose(f);
    return citep_buf_steal(&b, n);
}

static void test_samples(cite_parser *p)
{
    static const char *const FILES[] = {
        "samples/eastern-herald-china-russia-drills.txt", "samples/html-bluesky/input.html",
        "samples/html-telegram/input.html", "samples/html-duplicate-embed/input.html"};
    for (size_t i = 0; i < sizeof FILES / sizeof *FILES; i++) {
        size_t n = 0;
        char *s = slurp(FILES[i], &n);
        OK(s != NULL, FILES[i]);
        cite_doc *d = s && cite_parser_set_document(p, FILES[i], NULL) == CITE_OK
                          ? parse(p, s, n)
                          : NULL;
        OK(d != NULL, FILES[i]);
        if (d)
            check_doc(d, FILES[i]);
        cite_doc_free(d);
        citep_free(s);
    }
    cite_parser_set_document(p, NULL, NULL);
}

/* What used to fail a report is written: a warning cut inside a character
 * gets U+FFFD, and an infinite upper bound is left out. */
static int count_of(const char *s, const char *what)
{
    int n = 0;
    for (const char *p = s; p && (p = strstr(p, what)) != NULL; p++)
        n++;
    return n;
}

static void test_repaired(cite_doc *d)
{
    cite_status rc;
    cite_warning *w = &d->warnings.v[0];
    const char *msg = w->message;
    w->message = "cut \xC3";
    char *out = render(d, 0, &rc);
    INT_EQ(rc, CITE_OK, "a warning cut mid-character");
    OK(out && strstr(out, "\"message\":\"cut \xEF\xBF\xBD\""), "repaired with U+FFFD");
    w->message = msg;
    citep_free(out);
    cite_claim *c = &d->claims.v[0];
    double hi = c->number_hi;
    out = render(d, 0, &rc);
    int before = count_of(out, "\"value_max\"");
    citep_free(out);
    c->number_hi = INFINITY;
    out = render(d, CITE_RENDER_PRETTY, &rc);
    INT_EQ(rc, CITE_OK, "infinite value_max");
    OK(out && !strstr(out, "inf"), "no infinity written");
    INT_EQ(count_of(out, "\"value_max\""), before - (hi > c->number ? 1 : 0),
           "an infinite bound is left out");
    c->number_hi = hi;
    citep_free(out);
}

/* A report far larger than the writer's chunk: several writes, same bytes. */
static void test_large(cite_doc *d)
{
    static const char PIECE[] = "ab\"c\\d\xC3\xA9\n\xE2\x80\xA8\x01/";
    size_t n = 300000 / (sizeof PIECE - 1) * (sizeof PIECE - 1);
    char *big = citep_malloc(n + 1);
    if (!big)
        return;
    for (size_t i = 0; i < n; i += sizeof PIECE - 1)
        memcpy(big + i, PIECE, sizeof PIECE - 1);
    big[n] = '\0';
    const char *title = d->source.title;
    d->source.title = big;
    int calls = 0;
    INT_EQ(cite_render_json(d, 0, count_calls, &calls), CITE_OK, "large report");
    OK(calls > 1, "large report: several writes");
    cite_status rc;
    char *out = render(d, CITE_RENDER_PRETTY, &rc);
    json_t *root = out ? json_loads(out, 0, NULL) : NULL;
    json_t *source = json_object_get(root, "source");
    const char *got = json_string_value(json_object_get(source, "title"));
    OK(got && strcmp(got, big) == 0, "large report: the string reads back");
    if (out)
        same_as_jansson(out, CITE_RENDER_PRETTY, "large report");
    json_decref(root);
    citep_free(out);
    d->source.title = title;
    citep_free(big);
}

int main(void)
{
    cite_options opts;
    cite_options_init(&opts);
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    OK(p != NULL, "parser");
    if (!p)
        return 1;
    cite_doc *d = parse(p, "Hello.", 6);
    OK(d != NULL, "parse");
    if (!d)
        return 1;
    cite_status rc;
    char *out = render(d, CITE_RENDER_PRETTY, &rc);
    STR_EQ(out, EMPTY_PRETTY, "empty document, pretty");
    citep_free(out);
    check_doc(d, "empty document");

    OK(craft(d), "craft");
    out = render(d, CITE_RENDER_DEFAULT, &rc);
    STR_EQ(out, CRAFTED_COMPACT, "edge cases, compact");
    citep_free(out);
    check_doc(d, "edge cases");
    test_repaired(d);
    test_large(d);

    int calls = 0;
    INT_EQ(cite_render_json(d, 0, count_calls, &calls), CITE_OK, "counted");
    INT_EQ(calls, 1, "a small report is one write");
    cite_doc_free(d);

    test_samples(p);
    cite_parser_free(p);
    return TEST_SUMMARY();
}
