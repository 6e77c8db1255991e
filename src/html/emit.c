/*
 * emit.c - the analysis text of an HTML page (see emit.h).
 *
 * Offsets: gumbo reports positions in d->utf8; every piece appended to d->text
 * is cut at d->utf8's segment boundaries so that a one-to-one stretch stays
 * one-to-one in the input (a Windows-1252 page maps each accented letter to
 * its single input byte, and the plain letters around it byte for byte).
 */
#include "emit.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

void citep_emit_init(struct citep_emit *e, cite_doc *d, size_t max)
{
    memset(e, 0, sizeof *e);
    e->d = d;
    e->embed = -1;
    e->max = max;
}

static size_t in_of(const cite_doc *d, size_t u)
{
    return citep_text_to_input(&d->utf8, u);
}

/* Index of the last d->utf8 segment starting at or before u, or SIZE_MAX. */
static size_t seg_at(const struct citep_text *t, size_t u)
{
    if (!t->nsegs || t->segs[0].t_off > u)
        return SIZE_MAX;
    size_t lo = 0, hi = t->nsegs;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->segs[mid].t_off <= u)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static cite_status add_mapped(cite_doc *d, const char *s, size_t n, size_t u, size_t ulen)
{
    if (n != ulen) {
        size_t a = in_of(d, u), b = in_of(d, u + ulen);
        return citep_text_append(&d->text, s, n, a, b > a ? b - a : 0);
    }
    const struct citep_text *t = &d->utf8;
    size_t k = seg_at(t, u), done = 0;
    while (done < n) {
        size_t a = u + done, piece = n - done, ia, il;
        if (k == SIZE_MAX || k >= t->nsegs || a >= t->segs[k].t_off + t->segs[k].t_len) {
            ia = in_of(d, a);
            il = in_of(d, a + piece) - ia;
            if (il != piece) /* past the map: keep it whole */
                il = in_of(d, a + piece) > ia ? in_of(d, a + piece) - ia : 0;
        } else {
            const struct citep_seg *g = &t->segs[k];
            size_t gend = g->t_off + g->t_len;
            if (a + piece > gend)
                piece = gend - a;
            if (g->t_len == g->i_len) {
                ia = g->i_off + (a - g->t_off);
                il = piece;
            } else {
                ia = g->i_off;
                il = a + piece == gend ? g->i_len : 0;
            }
            k++;
        }
        cite_status st = citep_text_append(&d->text, s + done, piece, ia, il);
        if (st != CITE_OK)
            return st;
        done += piece;
    }
    return CITE_OK;
}

/* 1: an ASCII white-space byte; 2: 0xC2, the first byte of U+00A0. */
static const unsigned char ws_first[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1, [0xC2] = 2};

/* Length of the whitespace character at s (0 if none); U+00A0 counts. */
static size_t ws_len(const char *s, size_t n)
{
    unsigned k = ws_first[(unsigned char)s[0]];
    if (k == 2)
        return n >= 2 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
    return k;
}

/* The end of the run of words from s[j] (not white space): single spaces
 * between words stay inside it, so that a run of prose is one piece rather
 * than one per word. */
static size_t run_end(const char *s, size_t n, size_t j)
{
    while (j < n) {
        while (j < n && !ws_first[(unsigned char)s[j]])
            j++;
        if (j == n)
            break;
        if (ws_first[(unsigned char)s[j]] == 2) {
            if (j + 1 < n && (unsigned char)s[j + 1] == 0xA0)
                break;
            j++;
        } else if (s[j] == ' ' && j + 1 < n && !ws_len(s + j + 1, n - j - 1)) {
            j++;
        } else {
            break;
        }
    }
    return j;
}

static cite_status put(struct citep_emit *e, const char *s, size_t n, size_t u, size_t ulen)
{
    cite_doc *d = e->d;
    if (e->full)
        return CITE_OK;
    if (d->text.len + n + 2 > e->max) {
        /* keep what fits, cut at a character boundary */
        size_t room = e->max > d->text.len + 2 ? e->max - d->text.len - 2 : 0;
        while (room && ((unsigned char)s[room] & 0xC0) == 0x80)
            room--;
        e->full = true;
        if (!room || n != ulen)
            return CITE_OK;
        n = ulen = room;
    }
    cite_status st = CITE_OK;
    if (!e->open) {
        if (d->text.len)
            st = citep_text_append(&d->text, "\n", 1, e->last_in, 0);
        e->para_start = d->text.len;
        e->open = true;
    } else if (e->space) {
        st = citep_text_append(&d->text, " ", 1, e->last_in, 0);
    }
    e->space = false;
    e->last_in = in_of(d, u + ulen);
    return st != CITE_OK ? st : add_mapped(d, s, n, u, ulen);
}

cite_status citep_emit_text(struct citep_emit *e, const char *s, size_t n, size_t u_off,
                            size_t u_len)
{
    bool same = n == u_len;
    size_t i = 0;
    while (i < n) {
        size_t w = ws_len(s + i, n - i);
        if (w) {
            if (!e->space)
                e->sp_off = same ? u_off + i : u_off;
            e->space = true;
            i += w;
            continue;
        }
        size_t j = run_end(s, n, i);
        cite_status st = same ? put(e, s + i, j - i, u_off + i, j - i)
                              : put(e, s + i, j - i, u_off, u_len);
        if (st != CITE_OK)
            return st;
        i = j;
    }
    return CITE_OK;
}

cite_status citep_emit_break(struct citep_emit *e)
{
    e->space = false;
    if (!e->open)
        return CITE_OK;
    e->open = false;
    struct citep_para p = {e->para_start, e->d->text.len, e->embed};
    return CITEP_PUSH(&e->d->paras, p);
}

/* End of the character reference starting at raw[i] == '&'. */
static size_t ref_end(const char *raw, size_t n, size_t i)
{
    size_t k = i + 1;
    if (k < n && raw[k] == '#') {
        k++;
        bool hex = k < n && (raw[k] == 'x' || raw[k] == 'X');
        size_t d0 = k += hex;
        while (k < n && (hex ? isxdigit((unsigned char)raw[k]) : isdigit((unsigned char)raw[k])))
            k++;
        if (k == d0)
            return i + 1;
    } else {
        while (k < n && isalnum((unsigned char)raw[k]))
            k++;
        if (k == i + 1)
            return i + 1;
    }
    return k < n && raw[k] == ';' ? k + 1 : k;
}

static size_t cp_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* How many decoded bytes at dec stand for one reference: the shortest run of
 * whole characters after which decoded and raw text agree again. */
static size_t resync(const char *dec, size_t dn, const char *raw, size_t rn)
{
    size_t cmp = 0;
    while (cmp < rn && cmp < 8 && raw[cmp] != '&' && raw[cmp] != '\r' && raw[cmp] != '\0')
        cmp++;
    size_t first = cp_len(dec) <= dn ? cp_len(dec) : dn;
    if (!rn)
        return dn;
    if (!cmp)
        return first;
    size_t m = 0;
    for (int chars = 0; chars < 8 && m < dn; chars++) {
        m += cp_len(dec + m);
        if (m > dn)
            return first;
        if (dn - m >= cmp && memcmp(dec + m, raw, cmp) == 0)
            return m;
    }
    return first;
}

cite_status citep_emit_aligned(struct citep_emit *e, const char *raw, size_t rn,
                               size_t u_off, const char *dec)
{
    size_t dn = strlen(dec), i = 0, j = 0;
    /* Most text nodes hold no reference and no CR: the source is the text. */
    if (dn == rn && !memchr(raw, '&', rn) && !memchr(raw, '\r', rn) && !memcmp(raw, dec, rn))
        return dn ? citep_emit_text(e, dec, dn, u_off, dn) : CITE_OK;
    cite_status st = CITE_OK;
    while (j < dn && st == CITE_OK) {
        if (i >= rn)
            return citep_emit_text(e, dec + j, dn - j, u_off + rn, 0);
        char r = raw[i];
        if (r == '&') {
            size_t end = ref_end(raw, rn, i), k = end - i;
            if (dec[j] == '&' && dn - j >= k && memcmp(dec + j, raw + i, k) == 0) {
                st = citep_emit_text(e, dec + j, k, u_off + i, k); /* not a reference */
                j += k;
            } else {
                size_t m = resync(dec + j, dn - j, raw + end, rn - end);
                st = citep_emit_text(e, dec + j, m, u_off + i, k);
                j += m;
            }
            i = end;
        } else if (r == '\r' && dec[j] == '\n') {
            size_t k = i + 1 < rn && raw[i + 1] == '\n' ? 2 : 1;
            st = citep_emit_text(e, "\n", 1, u_off + i, k);
            i += k;
            j++;
        } else if (r == dec[j]) {
            size_t k = 0;
            while (i + k < rn && j + k < dn && raw[i + k] == dec[j + k] &&
                   raw[i + k] != '&' && raw[i + k] != '\r')
                k++;
            st = citep_emit_text(e, dec + j, k, u_off + i, k);
            i += k;
            j += k;
        } else {
            return citep_emit_text(e, dec + j, dn - j, u_off + i, rn - i);
        }
    }
    return st;
}

/* ---- the degraded path's own character references ------------------------- */

static const struct {
    const char *name;
    int32_t cp;
} refs[] = {{"amp", '&'},     {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
            {"apos", '\''},   {"nbsp", 0xA0},    {"mdash", 0x2014}, {"ndash", 0x2013},
            {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
            {"rdquo", 0x201D}, {"laquo", 0xAB},   {"raquo", 0xBB},   {"copy", 0xA9},
            {"reg", 0xAE},    {"trade", 0x2122}, {"euro", 0x20AC},  {"pound", 0xA3},
            {"eacute", 0xE9}, {"egrave", 0xE8},  {"aacute", 0xE1},  {"oacute", 0xF3},
            {"uacute", 0xFA}, {"iacute", 0xED},  {"ntilde", 0xF1},  {"uuml", 0xFC},
            {"ouml", 0xF6},   {"auml", 0xE4},    {"ccedil", 0xE7},  {"szlig", 0xDF},
            {"middot", 0xB7}, {"bull", 0x2022},  {"deg", 0xB0}};

/* Decode the reference raw[0..k) into out; returns the length or 0. */
static size_t decode_ref(const char *raw, size_t k, char out[8])
{
    if (k < 3)
        return 0;
    size_t body = raw[k - 1] == ';' ? k - 2 : k - 1;
    int32_t cp = -1;
    if (raw[1] == '#') {
        bool hex = raw[2] == 'x' || raw[2] == 'X';
        long v = 0;
        for (size_t i = 2 + (size_t)hex; i < k && raw[i] != ';'; i++) {
            v = v * (hex ? 16 : 10) +
                (isdigit((unsigned char)raw[i]) ? raw[i] - '0'
                                                : (tolower((unsigned char)raw[i]) - 'a' + 10));
            if (v > 0x10FFFF)
                v = 0x110000;
        }
        cp = v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ? 0xFFFD : (int32_t)v;
    } else if (raw[k - 1] == ';') {
        for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
            if (strlen(refs[i].name) == body && !memcmp(refs[i].name, raw + 1, body))
                cp = refs[i].cp;
    }
    return cp < 0 ? 0 : citep_utf8_encode(cp, out);
}

cite_status citep_emit_source(struct citep_emit *e, const char *s, size_t n, size_t u_off)
{
    size_t i = 0;
    while (i < n) {
        const char *amp = memchr(s + i, '&', n - i);
        size_t j = amp ? (size_t)(amp - s) : n;
        cite_status st = citep_emit_text(e, s + i, j - i, u_off + i, j - i);
        if (st != CITE_OK || j == n)
            return st;
        size_t end = ref_end(s, n, j);
        char out[8];
        size_t m = decode_ref(s + j, end - j, out);
        st = m ? citep_emit_text(e, out, m, u_off + j, end - j)
               : citep_emit_text(e, s + j, end - j, u_off + j, end - j);
        if (st != CITE_OK)
            return st;
        i = end;
    }
    return CITE_OK;
}
