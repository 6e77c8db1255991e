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
#define JSON_MAX_FRAGMENTS 256 /* markup strings read in a page */

struct jctx {
    cite_doc *d;
    const struct citep_dom *dom;
    const GumboNode *script; /* the script, or the component, holding the data */
    struct citep_html_embeds *out;
    size_t *fragments; /* markup strings read so far in the page */
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
    if (!key || strlen(key) < 4 || !strpbrk(key, "0123456789"))
        return NULL; /* a slot names its post ("tt-7324..."), not a field ("body") */
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

static bool is_script(const GumboNode *n)
{
    return citep_dom_tag(n, GUMBO_TAG_SCRIPT);
}

/* Is s markup to read, within the page's budget? */
static bool take(struct jctx *j, json_t *s)
{
    return json_is_string(s) && *j->fragments < JSON_MAX_FRAGMENTS &&
           has_markup(json_string_value(s)) && ++*j->fragments;
}

static cite_status walk(struct jctx *j, json_t *v, const char *key, int depth)
{
    if (depth > JSON_MAX_DEPTH || *j->fragments >= JSON_MAX_FRAGMENTS)
        return CITE_OK;
    cite_status st = CITE_OK;
    if (json_is_object(v)) {
        const char *k;
        json_t *m;
        json_object_foreach(v, k, m)
        {
            if (take(j, m)) {
                const GumboNode *slot = slot_for(j, key);
                st = citep_embeds_html_fragment(j->d, json_string_value(m),
                                                json_string_length(m),
                                                slot ? slot : j->script,
                                                !slot && is_script(j->script), j->out);
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
            if (take(j, m))
                st = citep_embeds_html_fragment(j->d, json_string_value(m),
                                                json_string_length(m), j->script,
                                                is_script(j->script), j->out);
            else if (json_is_object(m) || json_is_array(m))
                st = walk(j, m, key, depth + 1);
            if (st != CITE_OK)
                return st;
        }
    }
    return st;
}

/* ---- a framework component's props --------------------------------------- */

/* Does the component (Astro's component-url and opts, React's
 * data-react-class and the like) say it shows a post? */
static bool post_component(const GumboNode *n)
{
    static const char *const names[] = {"component-url", "opts", "data-component-name",
                                        "data-react-class", "data-component", "data-island"};
    static const char *const words[] = {"tweet", "embed", "instagram", "tiktok", "youtube",
                                        "bluesky", "mastodon", "threads", "facebook",
                                        "telegram", "truth", "socialpost", "social-post"};
    const char *v[sizeof names / sizeof *names];
    citep_dom_attrs(n, names, sizeof names / sizeof *names, v);
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        for (size_t k = 0; v[i] && k < sizeof words / sizeof *words; k++)
            if (citep_dom_strcasestr(v[i], words[k]))
                return true;
    return false;
}

/* The post addresses among the strings of v (a post component's props). */
static cite_status addresses(struct jctx *j, json_t *v, int depth)
{
    cite_status st = CITE_OK;
    const char *k;
    size_t i;
    json_t *m;
    if (depth > JSON_MAX_DEPTH)
        return CITE_OK;
    if (json_is_string(v) && !strncmp(json_string_value(v), "http", 4))
        return citep_embeds_html_address(j->d, json_string_value(v), j->script, j->out);
    if (json_is_object(v))
        json_object_foreach(v, k, m)
        {
            if ((st = addresses(j, m, depth + 1)) != CITE_OK)
                return st;
        }
    if (json_is_array(v))
        json_array_foreach(v, i, m)
        {
            if ((st = addresses(j, m, depth + 1)) != CITE_OK)
                return st;
        }
    return st;
}

/* A component rendered by a script (Astro's astro-island props, React's
 * data-react-props): embed markup in its props is read as markup, and a
 * post component's post address stands for the post. Where the page
 * already shows the post inside it, that is the embed. */
static cite_status component_props(struct jctx *j, const GumboNode *n)
{
    static const char *const names[] = {"props", "data-props", "data-react-props",
                                        "data-component-props"};
    const char *v[sizeof names / sizeof *names];
    citep_dom_attrs(n, names, sizeof names / sizeof *names, v);
    bool rendered = false; /* a component with markup inside: is a post there? */
    for (unsigned i = 0; i < n->v.element.children.length && !rendered; i++)
        rendered = citep_dom_is_elem(n->v.element.children.data[i]);
    for (size_t i = 0; rendered && i < j->out->n; i++)
        if (citep_dom_contains(n, j->out->v[i].node))
            return CITE_OK;
    for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
        if (!v[i] || v[i][0] != '{' || strlen(v[i]) > JSON_MAX_BYTES)
            continue;
        json_error_t err;
        json_t *val = json_loads(v[i], 0, &err);
        if (!val)
            continue;
        size_t before = j->out->n;
        cite_status st = walk(j, val, NULL, 0);
        if (st == CITE_OK && j->out->n == before && post_component(n))
            st = addresses(j, val, 0);
        json_decref(val);
        if (st != CITE_OK)
            return st;
    }
    return CITE_OK;
}

/* ---- page state a script assigns ------------------------------------------ */

/* Where a script assigns the page's content as a JavaScript object literal
 * that is JSON: Arc XP's Fusion.globalContent, and the state Redux and
 * Apollo pages hand to the browser. */
static const char *const state_marks[] = {"Fusion.globalContent", "__INITIAL_STATE__",
                                          "__PRELOADED_STATE__", "__APOLLO_STATE__"};

static cite_status script_state(struct jctx *j, const char *s)
{
    for (size_t k = 0; k < sizeof state_marks / sizeof *state_marks; k++) {
        const char *p = strstr(s, state_marks[k]);
        if (!p)
            continue;
        p += strlen(state_marks[k]);
        while (*p == ' ' || *p == ']' || *p == '"' || *p == '\'')
            p++;
        if (*p++ != '=')
            continue;
        while (*p == ' ' || *p == '\n' || *p == '\t')
            p++;
        if (*p != '{')
            continue;
        json_error_t err;
        json_t *v = json_loadb(p, strlen(p), JSON_DISABLE_EOF_CHECK, &err);
        if (!v)
            continue;
        cite_status st = walk(j, v, NULL, 0);
        json_decref(v);
        if (st != CITE_OK)
            return st;
    }
    return CITE_OK;
}

static bool js_script(const GumboNode *n)
{
    if (!citep_dom_tag(n, GUMBO_TAG_SCRIPT) || citep_dom_attr(n, "src"))
        return false;
    const char *type = citep_dom_attr(n, "type");
    return !type || citep_dom_strcasestr(type, "javascript");
}

cite_status citep_embeds_json_find(cite_doc *d, const struct citep_dom *dom,
                                   struct citep_html_embeds *out)
{
    const GumboNode *root = citep_dom_root(dom);
    size_t fragments = 0;
    for (const GumboNode *n = root; n && fragments < JSON_MAX_FRAGMENTS;
         n = citep_dom_next(n, root, true)) {
        if (citep_dom_is_elem(n) && !citep_dom_tag(n, GUMBO_TAG_SCRIPT) &&
            (citep_dom_attr(n, "props") || citep_dom_attr(n, "data-props") ||
             citep_dom_attr(n, "data-react-props") || citep_dom_attr(n, "data-component-props"))) {
            struct jctx j = {d, dom, n, out, &fragments};
            cite_status st = component_props(&j, n);
            if (st != CITE_OK)
                return st;
            continue;
        }
        bool js = js_script(n);
        if (!js && !data_script(n))
            continue;
        size_t len = 0;
        char *s = citep_dom_script_text(dom, n, JSON_MAX_BYTES, &len);
        if (!s)
            continue;
        /* markup kept as data is written in lower case: strstr, not the
         * slower strcasestr, over every inline script of the page */
        if (!(strstr(s, "blockquote") || strstr(s, "iframe") || strstr(s, "lite-youtube") ||
              strstr(s, "amp-") || strstr(s, "fb-") || strstr(s, "telegram-post"))) {
            citep_free(s);
            continue; /* escaped or not, a post's markup names one of these */
        }
        struct jctx j = {d, dom, n, out, &fragments};
        cite_status st = CITE_OK;
        if (js) {
            st = script_state(&j, s);
        } else {
            json_error_t err;
            json_t *v = json_loadb(s, len, 0, &err);
            if (v) /* else not JSON after all: nothing to read */
                st = walk(&j, v, NULL, 0);
            json_decref(v);
        }
        citep_free(s);
        if (st != CITE_OK)
            return st;
    }
    return citep_embeds_html_sort(d, out);
}
