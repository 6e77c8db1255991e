/*
 * api_test.c - the public API: lifecycle, NULL arguments, options, status
 * codes, renderers writing to memory, and allocation failure injection
 * (every allocation made to fail in turn must give CITE_ENOMEM, never a crash
 * or a leak).
 */
#include "harness.h"

#include <citecheck/citecheck.h>
#include <stdlib.h>
#include <string.h>

static const char SEED[] =
    "BEIJING, CHINA — Officials said on Sunday that ships had sailed, reports the Daily Example.\n"
    "#China and #Russia conduct joint #airandsea drill in #SeaofJapan\n"
    "Five #warships departed from #Qingdao pic.twitter.com/61meXb84AV\n"
    "— Daryo | Central Asia & Afghanistan (@DaryoEng) July 17, 2023\n"
    "China’s defense minister, Li Shangfu, said cooperation would grow.\n";

struct mem {
    char buf[1 << 16];
    size_t len;
};

static int to_mem(const char *b, size_t n, void *ud)
{
    struct mem *m = ud;
    if (m->len + n >= sizeof m->buf)
        return -1;
    memcpy(m->buf + m->len, b, n);
    m->len += n;
    m->buf[m->len] = '\0';
    return 0;
}

static int fail_writer(const char *b, size_t n, void *ud)
{
    (void)b, (void)n, (void)ud;
    return 1;
}

static void test_basics(void)
{
    STR_EQ(cite_version(), CITE_VERSION_STRING, "version string");
    STR_EQ(cite_strerror(CITE_OK), "success", "strerror OK");
    STR_EQ(cite_strerror(CITE_ENOMEM), "out of memory", "strerror ENOMEM");
    OK(strcmp(cite_strerror((cite_status)999), "unknown status") == 0, "unknown status");
    for (int s = CITE_OK; s <= CITE_EDATA; s++)
        OK(cite_strerror((cite_status)s) && *cite_strerror((cite_status)s), "every status has text");
    cite_options o;
    cite_options_init(&o);
    INT_EQ(o.abi_version, CITE_ABI_VERSION, "abi version default");
    INT_EQ(o.max_bytes, CITE_DEFAULT_MAX_BYTES, "max_bytes default");
    INT_EQ(o.flags, CITE_OPT_DEFAULT, "flags default");
    cite_options_init(NULL); /* must not crash */
    STR_EQ(cite_finding_kind_name(CITE_CONFLICT), "conflict", "kind name");
    STR_EQ(cite_finding_severity(CITE_CONFLICT), "error", "conflict severity");
    STR_EQ(cite_finding_severity(CITE_CONSISTENT), "info", "consistent severity");
    STR_EQ(cite_finding_severity(CITE_POST_ONLY), "warning", "post_only severity");
    STR_EQ(cite_claim_type_name(CITE_CLAIM_PLACE), "place", "claim type name");
}

static void test_null_args(void)
{
    cite_error err = {0};
    cite_doc *doc = (cite_doc *)1;
    INT_EQ(cite_parse(NULL, "x", 1, &doc, &err), CITE_EINVAL, "parse NULL parser");
    OK(doc == NULL, "out reset on error");
    OK(err.text[0] != '\0', "error text filled");
    cite_parser *p = cite_parser_new(NULL, NULL);
    OK(p != NULL, "parser with NULL options");
    INT_EQ(cite_parse(p, "x", 1, NULL, NULL), CITE_EINVAL, "parse NULL out");
    INT_EQ(cite_parse(p, NULL, 5, &doc, NULL), CITE_EINVAL, "parse NULL buffer with length");
    INT_EQ(cite_parse(p, NULL, 0, &doc, NULL), CITE_OK, "parse NULL empty buffer");
    INT_EQ(cite_doc_embed_count(doc), 0, "empty doc: no embeds");
    cite_doc_free(doc);
    INT_EQ(cite_doc_entity_count(NULL), 0, "count on NULL doc");
    OK(cite_doc_entity_at(NULL, 0) == NULL, "at on NULL doc");
    OK(cite_doc_source(NULL) == NULL, "source of NULL doc");
    size_t tl = 7;
    OK(cite_doc_text(NULL, &tl) == NULL && tl == 0, "text of NULL doc");
    INT_EQ(cite_render_json(NULL, 0, to_mem, NULL), CITE_EINVAL, "render NULL doc");
    INT_EQ(cite_parser_set_document(p, "a.txt", "2023-7-1"), CITE_EINVAL, "bad date refused");
    char *out = (char *)1;
    INT_EQ(cite_segment(p, NULL, 3, NULL, 0, &out), CITE_EINVAL, "segment NULL tag");
    cite_parser_free(p);
    cite_parser_free(NULL);
    cite_doc_free(NULL);
    cite_free(NULL);
}

static void test_parse_and_render(void)
{
    cite_options o;
    cite_options_init(&o);
    cite_parser *p = cite_parser_new(&o, NULL);
    OK(p != NULL, "parser");
    INT_EQ(cite_parser_set_document(p, "seed.txt", "2023-07-17"), CITE_OK, "set document");
    cite_doc *doc = NULL;
    INT_EQ(cite_parse(p, SEED, strlen(SEED), &doc, NULL), CITE_OK, "parse seed-like text");
    const cite_source *s = cite_doc_source(doc);
    STR_EQ(s->path, "seed.txt", "source path");
    STR_EQ(s->format, "text", "source format");
    INT_EQ(s->bytes, strlen(SEED), "source bytes");
    OK(cite_doc_entity_at(doc, cite_doc_entity_count(doc)) == NULL, "at past the end");
    size_t tl = 0;
    const char *tx = cite_doc_text(doc, &tl);
    OK(tx && tl == strlen(SEED) && !memcmp(tx, SEED, tl) && tx[tl] == '\0',
       "text of a clean text input is the input, NUL-terminated");
    OK(cite_doc_text(doc, NULL) == tx, "text without a length");
    static struct mem m;
    m.len = 0;
    INT_EQ(cite_render_json(doc, CITE_RENDER_PRETTY, to_mem, &m), CITE_OK, "render json");
    OK(strstr(m.buf, "\"schema_version\": 1") != NULL, "json has schema_version");
    OK(strstr(m.buf, "\"path\": \"seed.txt\"") != NULL, "json has path");
    m.len = 0;
    INT_EQ(cite_render_text(doc, 0, to_mem, &m), CITE_OK, "render text");
    OK(strstr(m.buf, "seed.txt") != NULL && strstr(m.buf, "\x1b[") == NULL,
       "text report names the file, no colour by default");
    m.len = 0;
    INT_EQ(cite_render_text(doc, CITE_RENDER_COLOR, to_mem, &m), CITE_OK, "render colour");
    OK(strstr(m.buf, "\x1b[") != NULL, "colour when asked");
    m.len = 0;
    INT_EQ(cite_render_csv(NULL, NULL, CITE_TABLE_FINDINGS, CITE_RENDER_HEADER, to_mem, &m),
           CITE_OK, "csv header only");
    STR_EQ(m.buf,
           "article,finding_id,kind,type,subject,post_value,body_value,severity,embed_handle,"
           "message\r\n",
           "findings header");
    INT_EQ(cite_render_csv(doc, "a", (cite_table)7, 0, to_mem, &m), CITE_EINVAL, "bad table");
    INT_EQ(cite_render_json(doc, 0, fail_writer, NULL), CITE_EIO, "writer failure -> EIO");
    INT_EQ(cite_render_entities_json(doc, fail_writer, NULL), CITE_EIO, "entities EIO");
    cite_doc_free(doc);
    cite_parser_free(p);
}

/* cite_doc_text: what the stages read, for HTML the main text alone. */
static void test_doc_text(void)
{
    static const char page[] =
        "<html><head><script>var SCRIPTWORD;</script><style>p{}</style></head><body>"
        "<nav>NAVWORD</nav><article><p>One &amp; two.</p><p>Caf\xc3\xa9 three.</p>"
        "</article><footer>FOOTWORD</footer></body></html>";
    cite_parser *p = cite_parser_new(NULL, NULL);
    cite_doc *doc = NULL;
    size_t n = 9;
    INT_EQ(cite_parse(p, page, sizeof page - 1, &doc, NULL), CITE_OK, "parse a page");
    const char *t = cite_doc_text(doc, &n);
    OK(t && n == strlen(t), "main text: length and NUL agree");
    OK(t && strstr(t, "One & two.\nCaf\xc3\xa9 three.") != NULL,
       "main text: entities decoded, a paragraph a line, in order");
    OK(t && !strstr(t, "SCRIPTWORD") && !strstr(t, "NAVWORD") && !strstr(t, "FOOTWORD"),
       "main text: no script, navigation or footer");
    cite_doc_free(doc);
    doc = NULL;
    INT_EQ(cite_parse(p, "", 0, &doc, NULL), CITE_OK, "parse empty");
    t = cite_doc_text(doc, &n);
    OK(t && *t == '\0' && n == 0, "empty document: empty text");
    cite_doc_free(doc);
    cite_parser_free(p);
}

static void test_limits(void)
{
    cite_options o;
    cite_options_init(&o);
    o.max_bytes = 10;
    cite_parser *p = cite_parser_new(&o, NULL);
    cite_doc *doc = NULL;
    cite_error err = {0};
    INT_EQ(cite_parse(p, "12345678901", 11, &doc, &err), CITE_ETOOBIG, "over the cap");
    INT_EQ(err.code, CITE_ETOOBIG, "error code recorded");
    OK(strstr(err.text, "10 bytes") != NULL, "message names the cap");
    memset(&err, 0, sizeof err);
    INT_EQ(cite_parse(p, "1234567890", 10, &doc, &err), CITE_OK, "at the cap");
    cite_doc_free(doc);
    INT_EQ(cite_parse(p, "\x1f\x8b\x08\x00", 4, &doc, &err), CITE_EBINARY, "gzip refused");
    cite_parser_free(p);
}

/* ---- allocation failure injection ------------------------------------------ */
static long alloc_budget = -1; /* -1: unlimited */
static long alloc_count;

static void *fail_malloc(size_t n)
{
    alloc_count++;
    if (alloc_budget >= 0 && alloc_count > alloc_budget)
        return NULL;
    return malloc(n);
}

static void *fail_realloc(void *p, size_t n)
{
    alloc_count++;
    if (alloc_budget >= 0 && alloc_count > alloc_budget)
        return NULL;
    return realloc(p, n);
}

static cite_status run_once(void)
{
    cite_options o;
    cite_options_init(&o);
    cite_parser *p = cite_parser_new(&o, NULL);
    if (!p)
        return CITE_ENOMEM;
    cite_doc *doc = NULL;
    cite_status rc = cite_parse(p, SEED, strlen(SEED), &doc, NULL);
    if (!rc) {
        static struct mem m;
        m.len = 0;
        rc = cite_render_csv(doc, "a", CITE_TABLE_CITATIONS, CITE_RENDER_HEADER, to_mem, &m);
    }
    cite_doc_free(doc);
    cite_parser_free(p);
    return rc;
}

static void test_alloc_failures(void)
{
    cite_set_alloc_funcs(fail_malloc, fail_realloc, free);
    alloc_budget = -1;
    alloc_count = 0;
    INT_EQ(run_once(), CITE_OK, "run with counting allocator");
    long total = alloc_count;
    OK(total > 0, "allocations counted");
    long step = total > 400 ? total / 400 : 1;
    int bad = 0;
    for (long k = 0; k < total; k += step) {
        alloc_budget = k;
        alloc_count = 0;
        cite_status rc = run_once();
        if (rc != CITE_ENOMEM && rc != CITE_OK)
            bad++;
    }
    INT_EQ(bad, 0, "every injected failure gives ENOMEM (or is absorbed)");
    cite_set_alloc_funcs(NULL, NULL, NULL);
}

int main(void)
{
    test_basics();
    test_null_args();
    test_parse_and_render();
    test_doc_text();
    test_limits();
    test_alloc_failures();
    return TEST_SUMMARY();
}
