/*
 * csv.c - citation, finding and embed tables as CSV (RFC 4180: CRLF line ends,
 * cells quoted when they hold a comma, quote, CR or LF, quotes doubled), with
 * spreadsheet-formula neutralisation: a cell that would start with '=', '+',
 * '-', '@', TAB or CR gets a leading apostrophe (CONTRACT.md, CSV).
 */
#include "emit.h"

#include <stdio.h>
#include <string.h>

struct row {
    struct citep_buf b;
    bool first;
};

static cite_status cell(struct row *r, const char *s)
{
    cite_status rc = CITE_OK;
    if (!r->first)
        rc = citep_buf_addc(&r->b, ',');
    r->first = false;
    if (rc || !s || !*s)
        return rc;
    bool formula = strchr("=+-@\t\r", s[0]) != NULL;
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        rc = citep_buf_addc(&r->b, '"');
    if (!rc && formula)
        rc = citep_buf_addc(&r->b, '\'');
    for (const char *p = s; !rc && *p; p++) {
        if (*p == '"')
            rc = citep_buf_add(&r->b, "\"\"", 2);
        else
            rc = citep_buf_addc(&r->b, *p);
    }
    if (!rc && quote)
        rc = citep_buf_addc(&r->b, '"');
    return rc;
}

static cite_status cell_num(struct row *r, size_t v)
{
    char n[32];
    snprintf(n, sizeof n, "%zu", v);
    return cell(r, n);
}

static cite_status end_row(struct row *r, cite_write_fn w, void *ud)
{
    cite_status rc = citep_buf_add(&r->b, "\r\n", 2);
    if (!rc && w(r->b.data, r->b.len, ud))
        rc = CITE_EIO;
    r->b.len = 0;
    r->first = true;
    return rc;
}

static cite_status header(struct row *r, const char *cols, cite_write_fn w, void *ud)
{
    cite_status rc = citep_buf_add(&r->b, cols, strlen(cols));
    return rc ? rc : end_row(r, w, ud);
}

static const cite_embed *embed_of(const cite_doc *d, int k)
{
    return k >= 0 && (size_t)k < d->embeds.n ? &d->embeds.v[k] : NULL;
}

static cite_status citation_rows(const cite_doc *d, const char *article, struct row *r,
                                 cite_write_fn w, void *ud)
{
    cite_status rc = CITE_OK;
    for (size_t i = 0; !rc && i < d->citations.n; i++) {
        const cite_citation *c = &d->citations.v[i];
        const cite_embed *e = embed_of(d, c->embed);
        const char *cells[] = {article, c->id, c->source, c->kind, c->cue, c->date,
                               c->date_text, c->claim, c->quote, e ? e->platform : NULL,
                               e ? e->handle : NULL, e ? e->url : NULL};
        for (size_t k = 0; !rc && k < sizeof cells / sizeof cells[0]; k++)
            rc = cell(r, cells[k]);
        if (!rc)
            rc = cell_num(r, c->span.line);
        if (!rc)
            rc = cell_num(r, c->span.start);
        if (!rc)
            rc = cell_num(r, c->span.end);
        if (!rc)
            rc = end_row(r, w, ud);
    }
    return rc;
}

static cite_status finding_rows(const cite_doc *d, const char *article, struct row *r,
                                cite_write_fn w, void *ud)
{
    cite_status rc = CITE_OK;
    for (size_t i = 0; !rc && i < d->findings.n; i++) {
        const cite_finding *f = &d->findings.v[i];
        const cite_embed *e = embed_of(d, f->embed);
        char id[32], pv[64], bv[64];
        snprintf(id, sizeof id, "F%zu", i + 1);
        const char *cells[] = {article, id, cite_finding_kind_name(f->kind),
                               cite_claim_type_name(f->type), f->subject,
                               f->post ? citep_claim_value_text(f->post, pv, sizeof pv) : NULL,
                               f->body ? citep_claim_value_text(f->body, bv, sizeof bv) : NULL,
                               cite_finding_severity(f->kind), e ? e->handle : NULL, f->message};
        for (size_t k = 0; !rc && k < sizeof cells / sizeof cells[0]; k++)
            rc = cell(r, cells[k]);
        if (!rc)
            rc = end_row(r, w, ud);
    }
    return rc;
}

static cite_status embed_rows(const cite_doc *d, const char *article, struct row *r,
                              cite_write_fn w, void *ud)
{
    cite_status rc = CITE_OK;
    for (size_t i = 0; !rc && i < d->embeds.n; i++) {
        const cite_embed *e = &d->embeds.v[i];
        const char *cells[] = {article, e->id, e->platform, e->author, e->handle, e->date, e->url};
        for (size_t k = 0; !rc && k < sizeof cells / sizeof cells[0]; k++)
            rc = cell(r, cells[k]);
        if (!rc)
            rc = cell_num(r, e->span.line);
        if (!rc)
            rc = end_row(r, w, ud);
    }
    return rc;
}

static const char *const HEADERS[] = {
    "article,citation_id,source,kind,cue,date,date_text,claim,quote,embed_platform,"
    "embed_handle,embed_url,line,start,end",
    "article,finding_id,kind,type,subject,post_value,body_value,severity,embed_handle,message",
    "article,embed_id,platform,author,handle,date,url,line",
};

cite_status cite_render_csv(const cite_doc *d, const char *article, cite_table table,
                            unsigned flags, cite_write_fn w, void *ud)
{
    if (!w || (unsigned)table > CITE_TABLE_EMBEDS)
        return CITE_EINVAL;
    struct row r = {.first = true};
    citep_buf_init(&r.b, 0);
    cite_status rc = CITE_OK;
    if (flags & CITE_RENDER_HEADER)
        rc = header(&r, HEADERS[table], w, ud);
    if (!rc && d) {
        if (table == CITE_TABLE_CITATIONS)
            rc = citation_rows(d, article, &r, w, ud);
        else if (table == CITE_TABLE_FINDINGS)
            rc = finding_rows(d, article, &r, w, ud);
        else
            rc = embed_rows(d, article, &r, w, ud);
    }
    citep_buf_free(&r.b);
    return rc;
}
