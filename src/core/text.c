/*
 * text.c - text views: analysis text plus a segment map back to byte offsets
 * in the input as given (see struct citep_seg in internal.h).
 */
#include "../internal.h"

#include <string.h>

void citep_text_init(struct citep_text *t) { memset(t, 0, sizeof *t); }

void citep_text_free(struct citep_text *t)
{
    if (t->cap) /* else borrowed, or never allocated */
        citep_free(t->s);
    citep_free(t->segs);
    citep_text_init(t);
}

static cite_status add_seg(struct citep_text *t, size_t n, size_t i_off, size_t i_len)
{
    if (t->nsegs) {
        struct citep_seg *last = &t->segs[t->nsegs - 1];
        bool last_identity = last->t_len == last->i_len;
        if (last_identity && n == i_len && last->t_off + last->t_len == t->len &&
            last->i_off + last->i_len == i_off) {
            last->t_len += n;
            last->i_len += i_len;
            return CITE_OK;
        }
    }
    if (citep_vec_reserve((void **)&t->segs, &t->segcap, t->nsegs + 1, sizeof *t->segs))
        return CITE_ENOMEM;
    t->segs[t->nsegs++] = (struct citep_seg){t->len, n, i_off, i_len};
    return CITE_OK;
}

cite_status citep_text_append(struct citep_text *t, const char *s, size_t n, size_t i_off,
                              size_t i_len)
{
    if (n > SIZE_MAX - t->len - 1)
        return CITE_ETOOBIG;
    if (t->s && !t->cap) /* a borrowed view is never appended to */
        return CITE_EINVAL;
    if (citep_vec_reserve((void **)&t->s, &t->cap, t->len + n + 1, 1))
        return CITE_ENOMEM;
    if (add_seg(t, n, i_off, i_len))
        return CITE_ENOMEM;
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
    return CITE_OK;
}

/* Index of the last segment with t_off <= off (0 when none). */
static size_t seg_at(const struct citep_text *t, size_t off)
{
    size_t lo = 0, hi = t->nsegs;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->segs[mid].t_off <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

size_t citep_text_to_input(const struct citep_text *t, size_t off)
{
    if (!t->nsegs)
        return off;
    const struct citep_seg *g = &t->segs[seg_at(t, off)];
    if (off <= g->t_off)
        return g->i_off;
    size_t rel = off - g->t_off;
    if (rel >= g->t_len)
        return g->i_off + g->i_len; /* end of this segment (or past it) */
    if (g->t_len == g->i_len)
        return g->i_off + rel;
    return g->i_off;
}

size_t citep_text_end_to_input(const struct citep_text *t, size_t off)
{
    if (!t->nsegs || off == 0)
        return citep_text_to_input(t, off);
    /* the segment holding the last byte before off, so that an end on a
     * segment boundary does not reach into the next piece of input (markup
     * between two text nodes, a skipped BOM) */
    const struct citep_seg *g = &t->segs[seg_at(t, off - 1)];
    size_t rel = off - g->t_off;
    if (rel >= g->t_len || g->t_len != g->i_len)
        return g->i_off + g->i_len;
    return g->i_off + rel;
}
