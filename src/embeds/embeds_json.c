/*
 * embeds_json.c - embedded posts a page keeps as data for its scripts.
 *
 * Pages built with a JavaScript framework often hold a post's embed code in
 * a JSON script instead of the markup: an oEmbed answer ({"type": "rich",
 * "html": "<blockquote class=\"twitter-tweet\">..."}) that a script puts
 * into an empty slot once the page has loaded, or the article's body as HTML
 * in the props of Next.js (__NEXT_DATA__) and similar. Every string in such a
 * script that holds a platform's embed markup is read with the rules of
 * embeds_html.c; the post is placed at the element that names its key (the
 * slot: data-oembed-key="tt-7324...") when there is one, else at the script.
 * JSON-LD (schema.org metadata: sameAs profile links) is not read: it holds
 * no embeds. The same post also in the markup is one embed.
 */
#include "embeds.h"
#include "embeds_html.h"

#include <jansson.h>
#include <string.h>
#include <strings.h>

#define JSON_MAX_BYTES (8u << 20) /* a script larger than this is not read */
#define JSON_MAX_DEPTH 48

struct jctx {
    cite_doc *d;
    const struct citep_dom *dom;
    const GumboNode *script;
    struct citep_html_embeds *out;
};

/* Is this script's content JSON the page's scripts read (not JSON-LD)? */
static bool data_script(const GumboNode *n)
{
    if (!citep_dom_tag(n, GUMBO_TAG_SCRIPT))
        return false;
    const char *type = citep_dom_attr(n, "type"), *id = citep_dom_attr(n, "id");
    if (type && citep_dom_strcasestr(type, "ld+json"))
        return false;
    return (type && citep_dom_strcasestr(type, "json")) ||
           (id && (!strcmp(id, "__NEXT_DATA__") || !strcmp(id, "__NUXT_DATA__")));
}

/* Does s hold embed markup worth parsing? */
static bool has_markup(const char *s)
{
    static const char *const marks[] = {"<blockquote", "<iframe", "<lite-youtube",
                                        "<amp-", "class=\"fb-", "data-telegram-post"};
    if (!strchr(s, '<'))
        return false;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (citep_dom_strcasestr(s, marks[k]))
            return true;
    return false;
}

/* The element (not a script) with an attribute whose value is key: the slot
 * the page's script fills with the post. NULL if none. */
static const GumboNode *slot_for(const struct jctx *j, const char *key)
{
    if (!key || strlen(key) < 4)
        return NULL;
    const GumboNode *root = citep_dom_root(j->dom);
    for (const GumboNode *n = root; n; n = citep_dom_next(n, root, true)) {
        if (!citep_dom_is_elem(n) || citep_dom_tag(n, GUMBO_TAG_SCRIPT))
            continue;
        const GumboVector *a = &n->v.element.attributes;
        for (unsigned i = 0; i < a->length; i++) {
            const GumboAttribute *at = a->data[i];
            if (strcmp(at->name, "class") && strcmp(at->name, "id") && !strcmp(at->value, key))
                return n;
        }
    }
    return NULL;
}

static cite_status walk(struct jctx *j, json_t *v, const char *key, int depth)
{
    if (depth > JSON_MAX_DEPTH)
        return CITE_OK;
    cite_status st = CITE_OK;
    if (json_is_object(v)) {
        const char *k;
        json_t *m;
        json_object_foreach(v, k, m)
        {
            if (json_is_string(m) && has_markup(json_string_value(m))) {
                const GumboNode *slot = slot_for(j, key);
                st = citep_embeds_html_fragment(j->d, json_string_value(m),
                                                json_string_length(m),
                                                slot ? slot : j->script, !slot, j->out);
            } else if (json_is_object(m) || json_is_array(m)) {
                st = walk(j, m, k, depth + 1);
            }
            if (st != CITE_OK)
                return st;
        }
    } else if (json_is_array(v)) {
        size_t i;
        json_t *m;
        json_array_foreach(v, i, m)
        {
            if (json_is_string(m) && has_markup(json_string_value(m)))
                st = citep_embeds_html_fragment(j->d, json_string_value(m),
                                                json_string_length(m), j->script, true,
                                                j->out);
            else if (json_is_object(m) || json_is_array(m))
                st = walk(j, m, key, depth + 1);
            if (st != CITE_OK)
                return st;
        }
    }
    return st;
}

cite_status citep_embeds_json_find(cite_doc *d, const struct citep_dom *dom,
                                   struct citep_html_embeds *out)
{
    const GumboNode *root = citep_dom_root(dom);
    for (const GumboNode *n = root; n; n = citep_dom_next(n, root, true)) {
        if (!data_script(n))
            continue;
        const GumboNode *t = citep_dom_raw_child(dom, n);
        if (!t || t->type != GUMBO_NODE_TEXT || !t->v.text.text)
            continue;
        const char *s = t->v.text.text;
        size_t len = strlen(s);
        if (len > JSON_MAX_BYTES || !(citep_dom_strcasestr(s, "blockquote") ||
                                      citep_dom_strcasestr(s, "iframe") ||
                                      citep_dom_strcasestr(s, "lite-youtube") ||
                                      citep_dom_strcasestr(s, "amp-") ||
                                      citep_dom_strcasestr(s, "fb-") ||
                                      citep_dom_strcasestr(s, "telegram-post")))
            continue; /* escaped or not, a post's markup names one of these */
        json_error_t err;
        json_t *v = json_loadb(s, len, 0, &err);
        if (!v)
            continue; /* not JSON after all: nothing to read */
        struct jctx j = {d, dom, n, out};
        cite_status st = walk(&j, v, NULL, 0);
        json_decref(v);
        if (st != CITE_OK)
            return st;
    }
    return CITE_OK;
}
