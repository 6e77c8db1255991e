/*
 * doc.c - the parser and the document: cite_parse runs the pipeline of
 * stages in order (input -> html -> paragraphs/embeds -> entities ->
 * segmentation -> attributions -> claims -> cross-check) and the accessors
 * hand out read-only views of the results.
 */
#include "../internal.h"
#include "../attrib/attrib.h"
#include "../claims/claims.h"
#include "../crosscheck/crosscheck.h"
#include "../embeds/embeds.h"
#include "../entities/entities.h"
#include "../html/html.h"
#include "../input/input.h"
#include "../segment/segment.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

cite_parser *cite_parser_new(const cite_options *opts, cite_error *err)
{
    cite_parser *p = citep_calloc(1, sizeof *p);
    if (!p) {
        citep_error(err, CITE_ENOMEM, 0, 0, "out of memory");
        return NULL;
    }
    if (opts)
        p->opts = *opts;
    else
        cite_options_init(&p->opts);
    cite_status rc = citep_gumbo_mem_new(&p->gumbo_mem);
    if (!rc)
        rc = citep_entities_init(&p->erx, err);
    if (!rc && !(p->opts.flags & CITE_OPT_ENTITIES_ONLY)) {
        if (!rc)
            rc = citep_outlets_new(&p->outlets);
        if (!rc)
            rc = citep_gazetteer_new(&p->gaz);
    }
    if (rc) {
        citep_error(err, rc, 0, 0, "%s while setting up the parser", cite_strerror(rc));
        cite_parser_free(p);
        return NULL;
    }
    return p;
}

cite_status cite_parser_set_document(cite_parser *p, const char *path, const char *date)
{
    if (!p || (date && date[0] && strlen(date) != 10))
        return CITE_EINVAL;
    p->opts.path = path;
    if (date && date[0])
        memcpy(p->opts.date, date, 11);
    else
        p->opts.date[0] = '\0';
    return CITE_OK;
}

void cite_parser_free(cite_parser *p)
{
    if (!p)
        return;
    citep_entities_free(p->erx);
    citep_segmenter_free(p->seg);
    citep_outlets_free(p->outlets);
    citep_gazetteer_free(p->gaz);
    citep_gumbo_mem_free(p->gumbo_mem);
    citep_free(p);
}

/* The segmenter's table is loaded on first use: `entities --no-segment` and
 * library users who never look at hashtags do not pay for it. */
static cite_status need_segmenter(cite_parser *p)
{
    return p->seg ? CITE_OK : citep_segmenter_new(&p->seg);
}

void cite_doc_free(cite_doc *d)
{
    if (!d)
        return;
    citep_lines_free(&d->lines);
    citep_text_free(&d->utf8);
    citep_text_free(&d->text);
    citep_free(d->warnings.v);
    citep_free(d->entities.v);
    citep_free(d->embeds.v);
    citep_free(d->embed_x.v);
    citep_free(d->paras.v);
    citep_free(d->citations.v);
    citep_free(d->claims.v);
    citep_free(d->findings.v);
    citep_arena_free(d->arena);
    citep_free(d);
}

cite_status citep_warn(cite_doc *d, const char *code, size_t offset, const char *fmt, ...)
{
    for (size_t i = 0; i < d->warnings.n; i++)
        if (strcmp(d->warnings.v[i].code, code) == 0) {
            d->warnings.v[i].count++;
            return CITE_OK;
        }
    if (d->warnings.n >= CITEP_MAX_WARNINGS)
        return CITE_OK;
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cite_warning w = {citep_arena_strdup(d->arena, code), citep_arena_strdup(d->arena, msg),
                      offset, 1};
    if (!w.code || !w.message)
        return CITE_ENOMEM;
    return CITEP_PUSH(&d->warnings, w);
}

cite_span citep_span_from_input(const cite_doc *d, size_t start, size_t end)
{
    cite_span s = {start, end < start ? start : end, citep_lines_line_of(&d->lines, start)};
    return s;
}

cite_span citep_span_from_view(const cite_doc *d, const struct citep_text *t, size_t t_start,
                               size_t t_end)
{
    size_t a = citep_text_to_input(t, t_start);
    size_t b = t_end > t_start ? citep_text_end_to_input(t, t_end) : a;
    return citep_span_from_input(d, a, b);
}

static cite_status set_date(cite_doc *d, const char *date)
{
    if (date && date[0]) {
        memcpy(d->date, date, 10);
        d->date[10] = '\0';
    }
    return CITE_OK;
}

/* Fill `segmented` on every hashtag, with the post (for hashtags in an embed)
 * or the article as context. */
static cite_status segment_hashtags(cite_doc *d, cite_parser *p)
{
    struct citep_segctx *article = NULL;
    cite_status rc = CITE_OK;
    for (size_t i = 0; i < d->entities.n && !rc; i++) {
        cite_entity *e = &d->entities.v[i];
        if (e->type != CITE_HASHTAG)
            continue;
        if (!article && (rc = need_segmenter(p)) == CITE_OK)
            rc = citep_segctx_new(p->seg, d->text.s, d->text.len, &article);
        char *out = NULL;
        if (!rc)
            rc = citep_segment(p->seg, article, e->text, strlen(e->text), &out);
        if (!rc) {
            e->segmented = citep_arena_strdup(d->arena, out);
            if (!e->segmented)
                rc = CITE_ENOMEM;
        }
        citep_free(out);
    }
    citep_segctx_free(article);
    return rc;
}

static cite_status run_stages(cite_doc *d, cite_parser *p, cite_error *err)
{
    unsigned flags = p->opts.flags;
    cite_status rc = CITE_OK;
    if (d->is_html) /* every later stage, entities too, reads the main text */
        rc = citep_html_extract(d, err);
    if (!rc && !(flags & CITE_OPT_ENTITIES_ONLY)) /* entities need no paragraphs */
        rc = citep_paras_build(d);
    if (!rc && !d->is_html && !(flags & CITE_OPT_ENTITIES_ONLY))
        rc = citep_embeds_text(d);
    if (!rc)
        rc = citep_entities_extract(d, p->erx, flags);
    if (!rc && !(flags & CITE_OPT_NO_SEGMENT))
        rc = segment_hashtags(d, p);
    if (!rc)
        citep_embeds_assign_entities(d);
    if (flags & CITE_OPT_ENTITIES_ONLY)
        return rc;
    if (!rc)
        rc = citep_attributions(d, p->outlets);
    if (!rc)
        rc = citep_claims(d, p->gaz);
    if (!rc)
        rc = citep_crosscheck(d);
    return rc;
}

cite_status cite_parse(cite_parser *p, const char *buf, size_t len, cite_doc **out,
                       cite_error *err)
{
    if (!out)
        return citep_error(err, CITE_EINVAL, 0, 0, "no place for the document (out is NULL)");
    *out = NULL;
    if (!p || (!buf && len))
        return citep_error(err, CITE_EINVAL, 0, 0, "NULL parser or buffer");
    cite_doc *d = citep_calloc(1, sizeof *d);
    if (!d)
        return citep_error(err, CITE_ENOMEM, 0, 0, "out of memory");
    d->parser = p;
    d->arena = citep_arena_new();
    cite_status rc = d->arena ? CITE_OK : CITE_ENOMEM;
    if (!rc)
        rc = citep_input_load(d, buf ? buf : "", len, &p->opts, err);
    if (!rc)
        rc = set_date(d, p->opts.date);
    if (!rc) {
        d->source.path = p->opts.path ? citep_arena_strdup(d->arena, p->opts.path) : NULL;
        d->source.format = d->is_html ? "html" : "text";
        d->source.bytes = len;
        rc = run_stages(d, p, err);
    }
    d->input = NULL; /* the caller's buffer is not kept */
    if (rc) {
        citep_error(err, rc, 0, 0, "%s", cite_strerror(rc));
        cite_doc_free(d);
        return rc;
    }
    *out = d;
    return CITE_OK;
}

cite_status cite_segment(cite_parser *p, const char *tag, size_t len, const char *ctx,
                         size_t ctxlen, char **out)
{
    if (!p || !out || (!tag && len))
        return CITE_EINVAL;
    *out = NULL;
    cite_status rc = need_segmenter(p);
    struct citep_segctx *c = NULL;
    if (!rc && ctx && ctxlen)
        rc = citep_segctx_new(p->seg, ctx, ctxlen, &c);
    if (!rc)
        rc = citep_segment(p->seg, c, tag ? tag : "", len, out);
    citep_segctx_free(c);
    return rc;
}

/* ---- accessors --------------------------------------------------------- */

const cite_source *cite_doc_source(const cite_doc *d) { return d ? &d->source : NULL; }

const char *cite_doc_text(const cite_doc *d, size_t *len)
{
    if (len)
        *len = d && d->text.s ? d->text.len : 0;
    if (!d)
        return NULL;
    return d->text.s ? d->text.s : "";
}

#define ACCESSORS(name, field, type)                                                  \
    size_t cite_doc_##name##_count(const cite_doc *d) { return d ? d->field.n : 0; }  \
    const type *cite_doc_##name##_at(const cite_doc *d, size_t i)                     \
    {                                                                                 \
        return d && i < d->field.n ? &d->field.v[i] : NULL;                           \
    }

ACCESSORS(warning, warnings, cite_warning)
ACCESSORS(entity, entities, cite_entity)
ACCESSORS(embed, embeds, cite_embed)
ACCESSORS(citation, citations, cite_citation)
ACCESSORS(claim, claims, cite_claim)
ACCESSORS(finding, findings, cite_finding)
