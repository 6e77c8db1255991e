/*
 * text.c - the `check` report for people: the article, its embeds, entities,
 * citations and findings, aligned by display width (utf8proc_charwidth),
 * coloured only when the caller asks (CITE_RENDER_COLOR: a TTY without NO_COLOR).
 * The entities --format text listing lives here too.
 */
#include "emit.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#define WRAP 76

struct out {
    struct citep_buf b;
    bool color;
    bool failed; /* an append failed: the report is incomplete, give ENOMEM */
};

static const char *const C_RESET = "\x1b[0m", *const C_BOLD = "\x1b[1m",
                         *const C_DIM = "\x1b[2m", *const C_RED = "\x1b[31m",
                         *const C_GREEN = "\x1b[32m", *const C_YELLOW = "\x1b[33m",
                         *const C_CYAN = "\x1b[36m";

static void addn(struct out *o, const char *s, size_t n)
{
    if (!o->failed && citep_buf_add(&o->b, s, n))
        o->failed = true;
}

static void addc(struct out *o, char c) { addn(o, &c, 1); }

static void put(struct out *o, const char *s) { addn(o, s, strlen(s)); }

static void col(struct out *o, const char *c)
{
    if (o->color)
        put(o, c);
}

/* Display width of s (East Asian wide = 2, combining = 0). */
static size_t width(const char *s)
{
    size_t w = 0, n = strlen(s);
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = citep_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!k) {
            i++, w++;
            continue;
        }
        int cw = utf8proc_charwidth(cp);
        w += cw > 0 ? (size_t)cw : 0;
        i += k;
    }
    return w;
}

static void pad(struct out *o, const char *s, size_t w)
{
    put(o, s);
    for (size_t x = width(s); x < w; x++)
        addc(o, ' ');
}

/* Write s wrapped at WRAP columns, each line indented by `indent` spaces;
 * newlines in s start new lines. */
static void wrapped(struct out *o, const char *s, size_t indent)
{
    size_t col_now = 0;
    const char *p = s;
    while (*p) {
        if (col_now == 0)
            for (size_t i = 0; i < indent; i++)
                addc(o, ' ');
        const char *sp = p + strcspn(p, " \n");
        char word[1024];
        size_t wl = (size_t)(sp - p) < sizeof word - 1 ? (size_t)(sp - p) : sizeof word - 1;
        memcpy(word, p, wl);
        word[wl] = '\0';
        size_t ww = width(word);
        if (col_now > 0 && indent + col_now + 1 + ww > WRAP) {
            addc(o, '\n');
            for (size_t i = 0; i < indent; i++)
                addc(o, ' ');
            col_now = 0;
        } else if (col_now > 0) {
            addc(o, ' ');
            col_now++;
        }
        addn(o, p, (size_t)(sp - p));
        col_now += ww;
        p = sp;
        if (*p == '\n') {
            addc(o, '\n');
            col_now = 0;
            p++;
        } else if (*p == ' ') {
            p++;
        }
    }
    if (col_now)
        addc(o, '\n');
}

static void heading(struct out *o, const char *title, size_t n)
{
    char line[96];
    snprintf(line, sizeof line, "\n%s (%zu)\n", title, n);
    col(o, C_BOLD);
    put(o, line);
    col(o, C_RESET);
}

static void source_part(struct out *o, const cite_doc *d)
{
    const cite_source *s = &d->source;
    char line[512];
    col(o, C_BOLD);
    snprintf(line, sizeof line, "%s", s->path ? s->path : "(stdin)");
    put(o, line);
    col(o, C_RESET);
    snprintf(line, sizeof line, "  %s, %zu bytes\n", s->format, s->bytes);
    put(o, line);
    const char *keys[] = {"title", "published", "publisher"};
    const char *vals[] = {s->title, s->published, s->publisher};
    for (int i = 0; i < 3; i++)
        if (vals[i]) {
            snprintf(line, sizeof line, "  %-10s ", keys[i]);
            put(o, line);
            put(o, vals[i]);
            put(o, "\n");
        }
    if (d->date[0]) {
        snprintf(line, sizeof line, "  %-10s %s\n", "date", d->date);
        put(o, line);
    }
}

static void embeds_part(struct out *o, const cite_doc *d)
{
    heading(o, "Embedded posts", d->embeds.n);
    char line[512];
    for (size_t i = 0; i < d->embeds.n; i++) {
        const cite_embed *e = &d->embeds.v[i];
        snprintf(line, sizeof line, "  %-3s ", e->id);
        put(o, line);
        col(o, C_CYAN);
        put(o, e->platform);
        col(o, C_RESET);
        if (e->handle) {
            put(o, "  @");
            put(o, e->handle);
        }
        if (e->author) {
            put(o, "  ");
            put(o, e->author);
        }
        snprintf(line, sizeof line, "  %s  line %u\n", e->date ? e->date : "(no date)",
                 e->span.line);
        put(o, line);
        if (e->url) {
            put(o, "      ");
            put(o, e->url);
            put(o, "\n");
        }
        if (e->text) {
            col(o, C_DIM);
            wrapped(o, e->text, 6);
            col(o, C_RESET);
        }
    }
}

static void entities_part(struct out *o, const cite_doc *d)
{
    size_t counts[4] = {0};
    for (size_t i = 0; i < d->entities.n; i++)
        counts[d->entities.v[i].type]++;
    heading(o, "Hashtags, mentions, links", d->entities.n);
    char line[256];
    snprintf(line, sizeof line, "  %zu hashtags, %zu mentions, %zu URLs, %zu cashtags\n",
             counts[0], counts[1], counts[2], counts[3]);
    put(o, line);
    for (size_t i = 0; i < d->entities.n; i++) {
        const cite_entity *e = &d->entities.v[i];
        if (e->type != CITE_HASHTAG || !e->segmented || strcmp(e->segmented, e->text) == 0)
            continue;
        put(o, "  #");
        pad(o, e->text, 24);
        put(o, " ");
        put(o, e->segmented);
        put(o, "\n");
    }
}

static void citations_part(struct out *o, const cite_doc *d)
{
    heading(o, "Citations", d->citations.n);
    size_t wsrc = 6;
    for (size_t i = 0; i < d->citations.n; i++) {
        size_t w = width(d->citations.v[i].source ? d->citations.v[i].source : "");
        if (w > wsrc)
            wsrc = w < 40 ? w : 40;
    }
    char line[256];
    for (size_t i = 0; i < d->citations.n; i++) {
        const cite_citation *c = &d->citations.v[i];
        snprintf(line, sizeof line, "  %-4s ", c->id);
        put(o, line);
        col(o, C_CYAN);
        pad(o, c->kind, 12);
        col(o, C_RESET);
        put(o, " ");
        pad(o, c->source ? c->source : "?", wsrc);
        if (c->cue) {
            put(o, "  ");
            put(o, c->cue);
        }
        if (c->date_text || c->date) {
            put(o, "  ");
            put(o, c->date_text ? c->date_text : "");
            if (c->date) {
                snprintf(line, sizeof line, " (%s)", c->date);
                put(o, line);
            }
        }
        snprintf(line, sizeof line, "  line %u\n", c->span.line);
        put(o, line);
        if (c->role) {
            put(o, "       role: ");
            put(o, c->role);
            put(o, "\n");
        }
        if (c->quote) {
            put(o, "       \xE2\x80\x9C");
            put(o, c->quote);
            put(o, "\xE2\x80\x9D\n");
        }
    }
}

static void findings_part(struct out *o, const cite_doc *d)
{
    heading(o, "Cross-check of posts against the body", d->findings.n);
    for (size_t i = 0; i < d->findings.n; i++) {
        const cite_finding *f = &d->findings.v[i];
        const char *c = f->kind == CITE_CONFLICT     ? C_RED
                        : f->kind == CITE_CONSISTENT ? C_GREEN
                                                     : C_YELLOW;
        put(o, "  ");
        col(o, c);
        pad(o, cite_finding_kind_name(f->kind), 11);
        col(o, C_RESET);
        put(o, " ");
        pad(o, cite_claim_type_name(f->type), 9);
        put(o, " ");
        put(o, f->message ? f->message : (f->subject ? f->subject : ""));
        put(o, "\n");
    }
    size_t n[4] = {0};
    for (size_t i = 0; i < d->findings.n; i++)
        n[d->findings.v[i].kind]++;
    if (!d->findings.n)
        return;
    char line[160];
    snprintf(line, sizeof line, "  %zu consistent, %zu conflict, %zu post only, %zu body only\n",
             n[CITE_CONSISTENT], n[CITE_CONFLICT], n[CITE_POST_ONLY], n[CITE_BODY_ONLY]);
    if (n[CITE_CONFLICT])
        col(o, C_RED);
    put(o, line);
    if (n[CITE_CONFLICT])
        col(o, C_RESET);
}

static void warnings_part(struct out *o, const cite_doc *d)
{
    if (!d->warnings.n)
        return;
    heading(o, "Warnings", d->warnings.n);
    char line[128];
    for (size_t i = 0; i < d->warnings.n; i++) {
        const cite_warning *w = &d->warnings.v[i];
        snprintf(line, sizeof line, "  %zu x ", w->count);
        put(o, line);
        put(o, w->message);
        snprintf(line, sizeof line, " (first at byte %zu)\n", w->offset);
        put(o, line);
    }
}

static cite_status flush(struct out *o, cite_write_fn w, void *ud)
{
    if (o->failed) {
        citep_buf_free(&o->b);
        return CITE_ENOMEM;
    }
    cite_status rc = o->b.len && w(o->b.data, o->b.len, ud) ? CITE_EIO : CITE_OK;
    citep_buf_free(&o->b);
    return rc;
}

cite_status cite_render_text(const cite_doc *d, unsigned flags, cite_write_fn w, void *ud)
{
    if (!d || !w)
        return CITE_EINVAL;
    struct out o = {.color = (flags & CITE_RENDER_COLOR) != 0};
    citep_buf_init(&o.b, 0);
    source_part(&o, d);
    embeds_part(&o, d);
    entities_part(&o, d);
    citations_part(&o, d);
    findings_part(&o, d);
    warnings_part(&o, d);
    return flush(&o, w, ud);
}

static const char *const TYPE_NAMES[] = {"hashtag", "mention", "url", "cashtag"};

cite_status cite_render_entities_text(const cite_doc *d, cite_write_fn w, void *ud)
{
    if (!d || !w)
        return CITE_EINVAL;
    struct out o = {.color = false};
    citep_buf_init(&o.b, 0);
    char line[96];
    for (size_t i = 0; i < d->entities.n; i++) {
        const cite_entity *e = &d->entities.v[i];
        snprintf(line, sizeof line, "%u:%zu-%zu\t%s\t", e->span.line, e->cp_start, e->cp_end,
                 TYPE_NAMES[e->type]);
        put(&o, line);
        put(&o, e->text);
        if (e->list_slug)
            put(&o, e->list_slug);
        if (e->segmented) {
            put(&o, "\t");
            put(&o, e->segmented);
        }
        put(&o, "\n");
    }
    return flush(&o, w, ud);
}
