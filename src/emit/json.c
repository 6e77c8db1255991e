/*
 * json.c - the `check` report as JSON (CONTRACT.md, schema_version 1) and the
 * `entities` output in twitter-text's key names. Keys are inserted in schema
 * order; numbers are written with a fixed precision so golden files are stable.
 */
#include "emit.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

json_t *citep_json_str(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    /* repair: one U+FFFD per byte that does not start a valid sequence */
    size_t n = strlen(s);
    struct citep_buf b;
    citep_buf_init(&b, 0);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = citep_utf8_decode(u + i, n - i, &cp);
        if (k && cp != 0) {
            if (citep_buf_add(&b, s + i, k))
                return NULL;
            i += k;
        } else {
            if (citep_buf_add(&b, "\xEF\xBF\xBD", 3))
                return NULL;
            i++;
        }
    }
    j = json_string(b.data ? b.data : "");
    citep_buf_free(&b);
    return j;
}

int citep_json_set(json_t *obj, const char *key, json_t *value)
{
    if (!value)
        return -1;
    return json_object_set_new(obj, key, value);
}

json_t *citep_json_span(const cite_span *s)
{
    return json_pack("{s:I,s:I,s:I}", "start", (json_int_t)s->start, "end", (json_int_t)s->end,
                     "line", (json_int_t)s->line);
}

json_t *citep_json_embed_ref(const cite_doc *d, int k)
{
    if (k < 0 || (size_t)k >= d->embeds.n)
        return json_null();
    return citep_json_str(d->embeds.v[k].id);
}

json_t *citep_json_claim_value(const cite_claim *c)
{
    if (c->type == CITE_CLAIM_QUANTITY && isfinite(c->number)) {
        if (c->number == floor(c->number) && fabs(c->number) < 9e15)
            return json_integer((json_int_t)c->number);
        return json_real(c->number);
    }
    return citep_json_str(c->value);
}

const char *citep_claim_value_text(const cite_claim *c, char *buf, size_t n)
{
    if (c->type != CITE_CLAIM_QUANTITY || !isfinite(c->number))
        return c->value ? c->value : "";
    if (c->number_hi > c->number)
        snprintf(buf, n, "%.15g-%.15g", c->number, c->number_hi);
    else
        snprintf(buf, n, "%.15g", c->number);
    return buf;
}

struct writer {
    cite_write_fn w;
    void *ud;
};

static int dump_cb(const char *buf, size_t len, void *data)
{
    struct writer *wr = data;
    return wr->w(buf, len, wr->ud) ? -1 : 0;
}

cite_status citep_json_write(json_t *root, unsigned flags, cite_write_fn w, void *ud)
{
    if (!root)
        return CITE_ENOMEM;
    struct writer wr = {w, ud};
    size_t jf = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12);
    if (flags & CITE_RENDER_PRETTY)
        jf |= JSON_INDENT(2);
    else
        jf |= JSON_COMPACT;
    int rc = json_dump_callback(root, dump_cb, &wr, jf);
    json_decref(root);
    if (rc)
        return CITE_EIO;
    return w("\n", 1, ud) ? CITE_EIO : CITE_OK;
}

/* ---- check report ---------------------------------------------------------- */

static json_t *source_json(const cite_doc *d)
{
    const cite_source *s = &d->source;
    json_t *o = json_object();
    if (!o || citep_json_set(o, "path", citep_json_str(s->path)) ||
        citep_json_set(o, "format", citep_json_str(s->format)) ||
        citep_json_set(o, "bytes", json_integer((json_int_t)s->bytes)) ||
        citep_json_set(o, "title", citep_json_str(s->title)) ||
        citep_json_set(o, "published", citep_json_str(s->published)) ||
        citep_json_set(o, "publisher", citep_json_str(s->publisher))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *embed_json(const cite_embed *e)
{
    json_t *o = json_object();
    if (!o || citep_json_set(o, "id", citep_json_str(e->id)) ||
        citep_json_set(o, "platform", citep_json_str(e->platform)) ||
        citep_json_set(o, "author", citep_json_str(e->author)) ||
        citep_json_set(o, "handle", citep_json_str(e->handle)) ||
        citep_json_set(o, "date", citep_json_str(e->date)) ||
        citep_json_set(o, "url", citep_json_str(e->url)) ||
        citep_json_set(o, "text", citep_json_str(e->text)) ||
        citep_json_set(o, "post_id", citep_json_str(e->post_id)) ||
        citep_json_set(o, "span", citep_json_span(&e->span))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static const char *const ENTITY_KEYS[] = {"hashtags", "mentions", "urls", "cashtags"};

static const char *const TT_NAME_KEYS[] = {"hashtag", "screen_name", "url", "cashtag"};

/* One entity: the check report's keys (text, span, in), or twitter-text's
 * (hashtag/screen_name/url/cashtag and code-point "indices") when tt. */
static json_t *entity_json(const cite_doc *d, const cite_entity *e, bool tt)
{
    json_t *it = json_object();
    if (!it || citep_json_set(it, tt ? TT_NAME_KEYS[e->type] : "text", citep_json_str(e->text)) ||
        (e->list_slug && citep_json_set(it, "list_slug", citep_json_str(e->list_slug))))
        goto fail;
    if (tt) {
        if (citep_json_set(it, "indices", json_pack("[I,I]", (json_int_t)e->cp_start,
                                                    (json_int_t)e->cp_end)))
            goto fail;
    } else if (citep_json_set(it, "span", citep_json_span(&e->span)) ||
               citep_json_set(it, "in", e->embed >= 0 ? citep_json_embed_ref(d, e->embed)
                                                      : json_string("body"))) {
        goto fail;
    }
    if (e->type == CITE_HASHTAG && citep_json_set(it, "segmented", citep_json_str(e->segmented)))
        goto fail;
    return it;
fail:
    json_decref(it);
    return NULL;
}

/* {hashtags, mentions, urls, cashtags}, every array present. */
static json_t *entities_json(const cite_doc *d, bool tt)
{
    json_t *o = json_object();
    json_t *arr[4] = {NULL};
    for (int t = 0; o && t < 4; t++) {
        arr[t] = json_array();
        if (citep_json_set(o, ENTITY_KEYS[t], arr[t])) {
            json_decref(o);
            return NULL;
        }
    }
    for (size_t i = 0; o && i < d->entities.n; i++) {
        const cite_entity *e = &d->entities.v[i];
        if (json_array_append_new(arr[e->type], entity_json(d, e, tt))) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

static json_t *spans_json(const cite_span *spans, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if (json_array_append_new(a, citep_json_span(&spans[i]))) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static json_t *citation_json(const cite_doc *d, const cite_citation *c)
{
    json_t *o = json_object();
    if (!o || citep_json_set(o, "id", citep_json_str(c->id)) ||
        citep_json_set(o, "source", citep_json_str(c->source)) ||
        citep_json_set(o, "kind", citep_json_str(c->kind)) ||
        citep_json_set(o, "role", citep_json_str(c->role)) ||
        citep_json_set(o, "cue", citep_json_str(c->cue)) ||
        citep_json_set(o, "date", citep_json_str(c->date)) ||
        citep_json_set(o, "date_text", citep_json_str(c->date_text)) ||
        citep_json_set(o, "claim", citep_json_str(c->claim)) ||
        citep_json_set(o, "quote", citep_json_str(c->quote)) ||
        citep_json_set(o, "embed", citep_json_embed_ref(d, c->embed)) ||
        citep_json_set(o, "span", citep_json_span(&c->span)) ||
        (c->nspans > 1 && citep_json_set(o, "spans", spans_json(c->spans, c->nspans)))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *claim_json(const cite_doc *d, const cite_claim *c)
{
    json_t *o = json_object();
    if (!o || citep_json_set(o, "id", citep_json_str(c->id)) ||
        citep_json_set(o, "type", json_string(cite_claim_type_name(c->type))) ||
        citep_json_set(o, "subject", citep_json_str(c->subject)) ||
        citep_json_set(o, "value", citep_json_claim_value(c)) ||
        (c->type == CITE_CLAIM_QUANTITY && c->number_hi > c->number &&
         citep_json_set(o, "value_max", json_real(c->number_hi))) ||
        (c->comparator && citep_json_set(o, "comparator", citep_json_str(c->comparator))) ||
        citep_json_set(o, "text", citep_json_str(c->text)) ||
        citep_json_set(o, "in", c->embed >= 0 ? citep_json_embed_ref(d, c->embed)
                                              : json_string("body")) ||
        citep_json_set(o, "span", citep_json_span(&c->span))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *side_json(const cite_claim *c)
{
    if (!c)
        return json_null();
    json_t *o = json_object();
    if (!o || citep_json_set(o, "value", citep_json_claim_value(c)) ||
        citep_json_set(o, "text", citep_json_str(c->text)) ||
        citep_json_set(o, "span", citep_json_span(&c->span))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *finding_json(const cite_doc *d, const cite_finding *f)
{
    json_t *o = json_object();
    if (!o || citep_json_set(o, "kind", json_string(cite_finding_kind_name(f->kind))) ||
        citep_json_set(o, "type", json_string(cite_claim_type_name(f->type))) ||
        citep_json_set(o, "subject", citep_json_str(f->subject)) ||
        citep_json_set(o, "embed", citep_json_embed_ref(d, f->embed)) ||
        citep_json_set(o, "post", side_json(f->post)) ||
        citep_json_set(o, "body", side_json(f->body)) ||
        citep_json_set(o, "severity", json_string(cite_finding_severity(f->kind))) ||
        citep_json_set(o, "message", citep_json_str(f->message))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *warnings_json(const cite_doc *d)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < d->warnings.n; i++) {
        const cite_warning *w = &d->warnings.v[i];
        if (json_array_append_new(a, json_pack("{s:s,s:s,s:I,s:I}", "code", w->code, "message",
                                               w->message, "offset", (json_int_t)w->offset,
                                               "count", (json_int_t)w->count))) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

#define ARRAY_OF(name, field, fn)                                                     \
    static json_t *name(const cite_doc *d)                                            \
    {                                                                                 \
        json_t *a = json_array();                                                     \
        for (size_t i = 0; a && i < d->field.n; i++)                                  \
            if (json_array_append_new(a, fn)) {                                       \
                json_decref(a);                                                       \
                return NULL;                                                          \
            }                                                                         \
        return a;                                                                     \
    }

ARRAY_OF(embeds_json, embeds, embed_json(&d->embeds.v[i]))
ARRAY_OF(citations_json, citations, citation_json(d, &d->citations.v[i]))
ARRAY_OF(claims_json, claims, claim_json(d, &d->claims.v[i]))
ARRAY_OF(findings_json, findings, finding_json(d, &d->findings.v[i]))

/* The whole report as a JSON object (new reference), or NULL on OOM. */
json_t *citep_report_json(const cite_doc *d);
json_t *citep_report_json(const cite_doc *d)
{
    json_t *o = json_object();
    if (!o || citep_json_set(o, "schema_version", json_integer(1)) ||
        citep_json_set(o, "source", source_json(d)) ||
        citep_json_set(o, "embeds", embeds_json(d)) ||
        citep_json_set(o, "entities", entities_json(d, false)) ||
        citep_json_set(o, "citations", citations_json(d)) ||
        citep_json_set(o, "claims", claims_json(d)) ||
        citep_json_set(o, "findings", findings_json(d)) ||
        citep_json_set(o, "warnings", warnings_json(d))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

cite_status cite_render_json(const cite_doc *d, unsigned flags, cite_write_fn w, void *ud)
{
    if (!d || !w)
        return CITE_EINVAL;
    return citep_json_write(citep_report_json(d), flags, w, ud);
}

/* ---- entities (twitter-text keys, code-point indices) ------------------------
 * Streamed without building a jansson tree: a tweet-sized input gives a few
 * entities, but a corpus file gives hundreds of thousands, and a tree of them
 * costs more than the scan itself. Strings come from the valid UTF-8 analysis
 * text, so only quotes, backslashes and control characters need escaping. */

#define STREAM_CHUNK 65536

struct stream {
    struct citep_buf b;
    cite_write_fn w;
    void *ud;
    cite_status rc;
};

static void s_add(struct stream *st, const char *p, size_t n)
{
    if (st->rc == CITE_OK)
        st->rc = citep_buf_add(&st->b, p, n);
    if (st->rc == CITE_OK && st->b.len >= STREAM_CHUNK) {
        if (st->w(st->b.data, st->b.len, st->ud))
            st->rc = CITE_EIO;
        st->b.len = 0;
    }
}

static void s_str(struct stream *st, const char *v)
{
    s_add(st, "\"", 1);
    const char *run = v;
    for (const char *p = v; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        s_add(st, run, (size_t)(p - run));
        char esc[8];
        if (c == '"' || c == '\\')
            esc[0] = '\\', esc[1] = (char)c, esc[2] = '\0';
        else
            snprintf(esc, sizeof esc, "\\u%04x", c);
        s_add(st, esc, strlen(esc));
        run = p + 1;
    }
    s_add(st, run, strlen(run));
    s_add(st, "\"", 1);
}

cite_status cite_render_entities_json(const cite_doc *d, cite_write_fn w, void *ud)
{
    if (!d || !w)
        return CITE_EINVAL;
    struct stream st = {.w = w, .ud = ud};
    citep_buf_init(&st.b, 0);
    for (int t = 0; t < 4; t++) {
        s_add(&st, t ? "],\"" : "{\"", t ? 3 : 2);
        s_add(&st, ENTITY_KEYS[t], strlen(ENTITY_KEYS[t]));
        s_add(&st, "\":[", 3);
        bool first = true;
        for (size_t i = 0; i < d->entities.n; i++) {
            const cite_entity *e = &d->entities.v[i];
            if ((int)e->type != t)
                continue;
            s_add(&st, first ? "{\"" : ",{\"", first ? 2 : 3);
            first = false;
            s_add(&st, TT_NAME_KEYS[t], strlen(TT_NAME_KEYS[t]));
            s_add(&st, "\":", 2);
            s_str(&st, e->text);
            if (e->list_slug) {
                s_add(&st, ",\"list_slug\":", 13);
                s_str(&st, e->list_slug);
            }
            char idx[64];
            int n = snprintf(idx, sizeof idx, ",\"indices\":[%zu,%zu]", e->cp_start, e->cp_end);
            s_add(&st, idx, (size_t)n);
            if (t == CITE_HASHTAG) {
                s_add(&st, ",\"segmented\":", 13);
                if (e->segmented)
                    s_str(&st, e->segmented);
                else
                    s_add(&st, "null", 4);
            }
            s_add(&st, "}", 1);
        }
    }
    s_add(&st, "]}\n", 3);
    if (st.rc == CITE_OK && st.b.len && w(st.b.data, st.b.len, ud))
        st.rc = CITE_EIO;
    citep_buf_free(&st.b);
    return st.rc;
}
