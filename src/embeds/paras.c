/*
 * paras.c - paragraphs of a plain-text article, and which embed each entity
 * lies in.
 *
 * Text copied from a web page has one paragraph per line (sometimes with blank
 * lines between them); text written for mail or terminals is hard-wrapped at
 * about 72 columns with blank lines between paragraphs. The splitter tells the
 * two apart from the shape of the lines, because a wrapped paragraph read line
 * by line would look like a run of short posts to the embed finder.
 */
#include "embeds.h"
#include "embeds_text_int.h"

#include <string.h>

/* A line is "wrapped" when it is long, is followed by a non-blank line, and
 * does not end a sentence: prose broken for width, not for meaning. */
#define WRAP_MIN_CP 45
#define WRAP_MAX_CP 100

static bool is_hspace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

size_t citep_emb_lines(const char *s, size_t len, struct citep_emb_line **out,
                       cite_status *st)
{
    CITEP_VEC(struct citep_emb_line) v = {0};
    size_t i = 0, cr = 0; /* cr: the next CR at or after i (len: none) */
    bool cr_known = false;
    *st = CITE_OK;
    while (i < len) {
        size_t b = i, e;
        if (!cr_known || cr < i) {
            const char *p = memchr(s + i, '\r', len - i);
            cr = p ? (size_t)(p - s) : len;
            cr_known = true;
        }
        const char *nl = memchr(s + i, '\n', cr - i);
        i = e = nl ? (size_t)(nl - s) : cr;
        if (i < len && s[i] == '\r')
            i++;
        if (i < len && s[i] == '\n' && (i == e || s[i - 1] == '\r'))
            i++;
        struct citep_emb_line ln = {b, e, b, e, false};
        citep_emb_trim(s, &ln.s, &ln.e);
        ln.blank = ln.s >= ln.e;
        if (CITEP_PUSH(&v, ln) != CITE_OK) {
            citep_free(v.v);
            *st = CITE_ENOMEM;
            *out = NULL;
            return 0;
        }
    }
    *out = v.v;
    return v.n;
}

/* Trim horizontal white space and no-break spaces from both ends of [*b, *e). */
void citep_emb_trim(const char *s, size_t *b, size_t *e)
{
    for (;;) {
        if (*b < *e && is_hspace((unsigned char)s[*b]))
            (*b)++;
        else if (*e - *b >= 2 && (unsigned char)s[*b] == 0xC2 &&
                 (unsigned char)s[*b + 1] == 0xA0)
            *b += 2;
        else
            break;
    }
    for (;;) {
        if (*e > *b && is_hspace((unsigned char)s[*e - 1]))
            (*e)--;
        else if (*e - *b >= 2 && (unsigned char)s[*e - 2] == 0xC2 &&
                 (unsigned char)s[*e - 1] == 0xA0)
            *e -= 2;
        else
            break;
    }
}

static bool ends_sentence(const char *s, size_t b, size_t e)
{
    while (e > b) {
        unsigned char c = (unsigned char)s[e - 1];
        /* closing quotes and brackets: look at what they close */
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            e--;
            continue;
        }
        if (e - b >= 3 && c == 0x9D && (unsigned char)s[e - 2] == 0x80 &&
            (unsigned char)s[e - 3] == 0xE2) { /* ” */
            e -= 3;
            continue;
        }
        if (e - b >= 3 && c == 0x99 && (unsigned char)s[e - 2] == 0x80 &&
            (unsigned char)s[e - 3] == 0xE2) { /* ’ */
            e -= 3;
            continue;
        }
        return c == '.' || c == '!' || c == '?' || c == ':';
    }
    return false;
}

/* Does the text look hard-wrapped? Several long lines that run on into the
 * next line without ending a sentence, and no line much wider than a
 * terminal (URLs aside, which wrap tools leave whole). */
static bool looks_wrapped(const char *s, const struct citep_emb_line *ln, size_t n)
{
    size_t run_on = 0, long_lines = 0, has_blank = 0;
    for (size_t i = 0; i < n; i++) {
        if (ln[i].blank) {
            has_blank = 1;
            continue;
        }
        size_t cp = citep_utf8_count(s + ln[i].s, ln[i].e - ln[i].s);
        if (cp > WRAP_MAX_CP && !memchr(s + ln[i].s, '/', ln[i].e - ln[i].s))
            return false;
        if (cp < WRAP_MIN_CP)
            continue;
        long_lines++;
        if (i + 1 < n && !ln[i + 1].blank && !ends_sentence(s, ln[i].s, ln[i].e))
            run_on++;
    }
    return has_blank && run_on >= 2 && run_on * 10 >= long_lines * 3;
}

cite_status citep_paras_build(cite_doc *d)
{
    if (d->paras.n > 0 || !d->text.s)
        return CITE_OK;
    cite_status st;
    struct citep_emb_line *ln = NULL;
    size_t n = citep_emb_lines(d->text.s, d->text.len, &ln, &st);
    if (st != CITE_OK)
        return st;
    bool wrapped = looks_wrapped(d->text.s, ln, n);
    for (size_t i = 0; i < n && st == CITE_OK; i++) {
        if (ln[i].blank)
            continue;
        struct citep_para p = {ln[i].s, ln[i].e, -1};
        while (wrapped && i + 1 < n && !ln[i + 1].blank)
            p.end = ln[++i].e;
        st = CITEP_PUSH(&d->paras, p);
    }
    citep_free(ln);
    return st;
}

/* The embed's range in input offsets, or false when it is not in the text. */
static bool embed_input_range(const cite_doc *d, size_t k, size_t *b, size_t *e)
{
    const struct citep_embed_x *x = &d->embed_x.v[k];
    if (x->s_start == SIZE_MAX || x->s_end == SIZE_MAX || x->s_end <= x->s_start)
        return false;
    *b = citep_text_to_input(&d->text, x->s_start);
    *e = citep_text_to_input(&d->text, x->s_end);
    return *e > *b;
}

void citep_embeds_assign_entities(cite_doc *d)
{
    size_t k = 0, nk = d->embed_x.n;
    size_t eb = 0, ee = 0;
    bool have = false;
    for (size_t i = 0; i < d->entities.n; i++) {
        cite_entity *en = &d->entities.v[i];
        en->embed = -1;
        /* advance to the first embed that does not end before this entity */
        while (k < nk) {
            if (!have)
                have = embed_input_range(d, k, &eb, &ee);
            if (have && ee > en->span.start)
                break;
            k++;
            have = false;
        }
        if (k < nk && have && en->span.start >= eb && en->span.end <= ee)
            en->embed = (int)k;
    }
}
