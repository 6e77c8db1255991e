/*
 * twitter_text_test.c - runs every case of the twitter-text 3.1 extract.yml
 * conformance suite (as tests/conformance/twitter-text/extract.json, made by
 * tools/yml2json.py) through the public API in `entities` mode with
 * CITE_OPT_TWITTER_EXACT; indices are compared in code points.
 *
 * usage: twitter_text_test [extract.json]   (run from the top of the tree)
 */
#include "citecheck/citecheck.h"
#include "entities/entities.h"
#include "harness.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>

/* What a section compares. */
enum shape { NAMES, WITH_INDICES };
struct section {
    const char *name;
    cite_entity_type type;
    enum shape shape;
    const char *key;  /* the text key in WITH_INDICES items */
    bool lists;       /* mentions: keep list mentions (and compare list_slug) */
};

static const struct section SECTIONS[] = {
    {"mentions", CITE_MENTION, NAMES, NULL, false},
    {"mentions_with_indices", CITE_MENTION, WITH_INDICES, "screen_name", false},
    {"mentions_or_lists_with_indices", CITE_MENTION, WITH_INDICES, "screen_name", true},
    {"urls", CITE_URL, NAMES, NULL, false},
    {"urls_with_indices", CITE_URL, WITH_INDICES, "url", false},
    {"urls_with_directional_markers", CITE_URL, WITH_INDICES, "url", false},
    {"tco_urls_with_params", CITE_URL, NAMES, NULL, false},
    {"hashtags", CITE_HASHTAG, NAMES, NULL, false},
    {"hashtags_from_astral", CITE_HASHTAG, NAMES, NULL, false},
    {"hashtags_with_indices", CITE_HASHTAG, WITH_INDICES, "hashtag", false},
    {"cashtags", CITE_CASHTAG, NAMES, NULL, false},
    {"cashtags_with_indices", CITE_CASHTAG, WITH_INDICES, "cashtag", false},
};

/* The entities of one section's kind, rendered as a JSON array like `expected`. */
static json_t *actual_for(const struct section *sec, const cite_doc *doc)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < cite_doc_entity_count(doc); i++) {
        const cite_entity *e = cite_doc_entity_at(doc, i);
        if (e->type != sec->type)
            continue;
        if (e->type == CITE_MENTION && e->list_slug && !sec->lists)
            continue;
        if (sec->shape == NAMES) {
            json_array_append_new(arr, json_string(e->text));
            continue;
        }
        json_t *o = json_object();
        json_object_set_new(o, sec->key, json_string(e->text));
        if (sec->lists)
            json_object_set_new(o, "list_slug", json_string(e->list_slug ? e->list_slug : ""));
        json_object_set_new(o, "indices",
                            json_pack("[I,I]", (json_int_t)e->cp_start, (json_int_t)e->cp_end));
        json_array_append_new(arr, o);
    }
    return arr;
}

static void report(const char *section, json_t *c, json_t *got)
{
    char *want = json_dumps(json_object_get(c, "expected"), JSON_COMPACT | JSON_ENCODE_ANY);
    char *have = json_dumps(got, JSON_COMPACT | JSON_ENCODE_ANY);
    fprintf(stderr, "FAIL %s: %s\n  text: %s\n  want: %s\n  got:  %s\n", section,
            json_string_value(json_object_get(c, "description")),
            json_string_value(json_object_get(c, "text")), want, have);
    free(want);
    free(have);
}

static void run_case(cite_parser *p, const struct section *sec, json_t *c)
{
    const char *text = json_string_value(json_object_get(c, "text"));
    cite_doc *doc = NULL;
    cite_error err = {0};
    if (!text || cite_parse(p, text, strlen(text), &doc, &err) != CITE_OK) {
        T_REPORT(false, "%s: cannot parse case: %s", sec->name, err.text);
        return;
    }
    json_t *got = actual_for(sec, doc);
    bool ok = json_equal(got, json_object_get(c, "expected"));
    if (!ok)
        report(sec->name, c, got);
    T_REPORT(ok, "%s", sec->name);
    json_decref(got);
    cite_doc_free(doc);
}

static void run_replies(json_t *cases)
{
    size_t i;
    json_t *c;
    json_array_foreach(cases, i, c) {
        const char *text = json_string_value(json_object_get(c, "text"));
        size_t off, len;
        json_t *got = text && citep_entities_reply(text, strlen(text), &off, &len)
                          ? json_stringn(text + off, len)
                          : json_null();
        bool ok = json_equal(got, json_object_get(c, "expected"));
        if (!ok)
            report("replies", c, got);
        T_REPORT(ok, "replies");
        json_decref(got);
    }
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/conformance/twitter-text/extract.json";
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    json_t *tests = json_object_get(root, "tests");
    if (!tests) {
        fprintf(stderr, "%s: %s\n", path, jerr.text);
        T_REPORT(false, "cannot load %s", path);
        return TEST_SUMMARY();
    }
    cite_options opts;
    cite_options_init(&opts);
    opts.flags = CITE_OPT_ENTITIES_ONLY | CITE_OPT_TWITTER_EXACT | CITE_OPT_NO_SEGMENT;
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    OK(p != NULL, err.text);
    size_t seen = 0;
    for (size_t s = 0; p && s < sizeof SECTIONS / sizeof SECTIONS[0]; s++) {
        json_t *cases = json_object_get(tests, SECTIONS[s].name);
        OK(json_is_array(cases), SECTIONS[s].name);
        size_t i;
        json_t *c;
        json_array_foreach(cases, i, c) run_case(p, &SECTIONS[s], c);
        seen += json_array_size(cases);
    }
    json_t *replies = json_object_get(tests, "replies");
    OK(json_is_array(replies), "replies");
    run_replies(replies);
    seen += json_array_size(replies);
    /* Every section of the file is run: a new section must be added here. */
    INT_EQ(seen, 238, "cases run");
    cite_parser_free(p);
    json_decref(root);
    return TEST_SUMMARY();
}
