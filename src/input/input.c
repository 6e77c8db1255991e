/*
 * input.c - the input stage: bytes -> valid UTF-8 with an offset map.
 *
 *  1. refuse inputs over the cap and obvious binary files (magic numbers, a
 *     high share of control bytes);
 *  2. skip a UTF-8 BOM; sniff HTML and its declared charset (WHATWG labels:
 *     UTF-8, and ISO-8859-1/ASCII/Windows-1252, which all decode as
 *     Windows-1252);
 *  3. decode into d->utf8, replacing invalid UTF-8 (RFC 3629) and NUL bytes
 *     with U+FFFD, one replacement per bad byte, counted in a warning;
 *  4. text input only: normalise to NFC (UAX #15) the runs that may need it,
 *     found with a cheap per-code-point check, giving d->text.
 * Every view keeps a segment map back to byte offsets in the input as given.
 */
#include "input.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define SNIFF_BYTES 4096
#define CHARSET_SCAN 4096

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

struct magic {
    const char *bytes;
    size_t len;
    const char *what;
};

static const struct magic MAGICS[] = {
    {"\x89PNG\r\n\x1a\n", 8, "a PNG image"},
    {"GIF87a", 6, "a GIF image"},
    {"GIF89a", 6, "a GIF image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"\x1F\x8B", 2, "gzip-compressed data"},
    {"PK\x03\x04", 4, "a ZIP archive"},
    {"%PDF-", 5, "a PDF document"},
    {"\x7F" "ELF", 4, "an ELF executable"},
    {"BZh", 3, "bzip2-compressed data"},
    {"\xFD" "7zXZ\x00", 6, "xz-compressed data"},
    {"\x28\xB5\x2F\xFD", 4, "zstd-compressed data"},
    {"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive"},
    {"\x00\x00\x01\x00", 4, "an icon image"},
    {"OggS", 4, "an Ogg media file"},
    {"ID3", 3, "an MP3 audio file"},
    {"\xD0\xCF\x11\xE0", 4, "an OLE document (old MS Office)"},
    {"SQLite format 3", 15, "an SQLite database"},
};

/* Name what the data is when it is obviously not text, else NULL. */
static const char *binary_kind(const char *buf, size_t len)
{
    for (size_t i = 0; i < sizeof MAGICS / sizeof MAGICS[0]; i++)
        if (len >= MAGICS[i].len && memcmp(buf, MAGICS[i].bytes, MAGICS[i].len) == 0)
            return MAGICS[i].what;
    if (len >= 12 && memcmp(buf, "RIFF", 4) == 0)
        return "a RIFF media file (WebP/WAV/AVI)";
    if (len >= 8 && memcmp(buf + 4, "ftyp", 4) == 0)
        return "an MP4/ISO media file";
    if (len >= 2 && (memcmp(buf, "\xFF\xFE", 2) == 0 || memcmp(buf, "\xFE\xFF", 2) == 0))
        return "UTF-16 text (convert it to UTF-8 first, e.g. with iconv)";
    size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES, ctl = 0;
    for (size_t i = 0; i < n; i++) {
        /* eight bytes at a time while none is below 0x20: text has few */
        for (uint64_t w; i + 8 <= n; i += 8) {
            memcpy(&w, buf + i, 8);
            if ((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull)
                break;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)buf[i];
        if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            ctl++;
    }
    if (n >= 16 && ctl * 10 > n)
        return "binary data (many control bytes)";
    return NULL;
}

bool citep_input_looks_html(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
        i++;
    if (i < len && buf[i] == '<' && i + 1 < len) {
        unsigned char c = (unsigned char)buf[i + 1];
        if (c == '!' || c == '?' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return true;
    }
    size_t n = len < 2048 ? len : 2048;
    static const char *const marks[] = {"<!doctype html", "<html", "<body", "<head>"};
    /* one pass over the '<' signs (prose has few), trying each mark there */
    const char *p = memchr(buf, '<', n);
    for (; p; p = memchr(p + 1, '<', n - (size_t)(p + 1 - buf))) {
        size_t j = (size_t)(p - buf);
        for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
            size_t ml = strlen(marks[m]);
            if (j + ml <= n && strncasecmp(buf + j, marks[m], ml) == 0)
                return true;
        }
    }
    return false;
}

enum charset { CS_UTF8, CS_1252 };

/* Find a declared charset in the first bytes (a <meta charset> or
 * http-equiv content); *label gets a pointer into buf. */
static bool find_charset_label(const char *buf, size_t len, const char **label, size_t *llen)
{
    size_t n = len < CHARSET_SCAN ? len : CHARSET_SCAN;
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(buf + i, "charset", 7) != 0)
            continue;
        size_t j = i + 7;
        while (j < n && (buf[j] == ' ' || buf[j] == '\t'))
            j++;
        if (j >= n || buf[j] != '=')
            continue;
        j++;
        while (j < n && (buf[j] == ' ' || buf[j] == '"' || buf[j] == '\''))
            j++;
        size_t k = j;
        while (k < n && k - j < 40 &&
               (buf[k] == '-' || buf[k] == '_' || buf[k] == ':' || buf[k] == '.' ||
                (buf[k] >= '0' && buf[k] <= '9') || ((buf[k] | 0x20) >= 'a' && (buf[k] | 0x20) <= 'z')))
            k++;
        if (k > j) {
            *label = buf + j;
            *llen = k - j;
            return true;
        }
    }
    return false;
}

static bool label_is(const char *l, size_t n, const char *name)
{
    return strlen(name) == n && strncasecmp(l, name, n) == 0;
}

/* The character set: a UTF-8 BOM, else what an HTML page declares in its first
 * bytes, else what the caller says came with the input (an HTTP header), else
 * UTF-8. A page's own declaration is preferred to the transport's because
 * servers that send a default charset for every page are common. */
static cite_status pick_charset(cite_doc *d, const char *buf, size_t len, const char *given,
                                enum charset *cs, cite_error *err)
{
    static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"};
    static const char *const w1252[] = {"windows-1252", "iso-8859-1", "iso8859-1", "latin1",
                                         "l1", "us-ascii", "ascii", "cp1252", "x-cp1252",
                                         "iso_8859-1", "iso-ir-100", "cp819", "ibm819",
                                         "ansi_x3.4-1968", "iso_8859-1:1987", "csisolatin1"};
    const char *l;
    size_t n;
    bool in_page = false;
    *cs = CS_UTF8;
    if (d->bom_len)
        return CITE_OK;
    if (d->is_html && find_charset_label(buf, len, &l, &n))
        in_page = true;
    else if (given && *given)
        l = given, n = strlen(given);
    else
        return CITE_OK;
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
        if (label_is(l, n, utf8[i]))
            return CITE_OK;
    for (size_t i = 0; i < sizeof w1252 / sizeof w1252[0]; i++)
        if (label_is(l, n, w1252[i])) {
            *cs = CS_1252;
            return CITE_OK;
        }
    if (in_page)
        return citep_error(err, CITE_ECHARSET, (size_t)(l - buf), 0,
                           "declared character set \"%.*s\" is not supported (UTF-8, "
                           "ISO-8859-1 and Windows-1252 are); convert the page to UTF-8 first",
                           (int)(n > 40 ? 40 : n), l);
    return citep_error(err, CITE_ECHARSET, 0, 0,
                       "charset '%.*s' given with the input is not supported (UTF-8, "
                       "ISO-8859-1 and Windows-1252 are)",
                       (int)(n > 40 ? 40 : n), l);
}

/* Windows-1252 bytes 0x80..0x9F (WHATWG index); the rest is Latin-1. */
static const uint16_t W1252_HIGH[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

static cite_status decode_1252(cite_doc *d, const char *buf, size_t len, size_t start)
{
    size_t i = start, run = start;
    while (i < len) {
        unsigned char c = (unsigned char)buf[i];
        if (c >= 0x80 || c == 0) {
            if (i > run && citep_text_append(&d->utf8, buf + run, i - run, run, i - run))
                return CITE_ENOMEM;
            char enc[4];
            int32_t cp = c == 0 ? 0xFFFD : c < 0xA0 ? W1252_HIGH[c - 0x80] : c;
            size_t el = citep_utf8_encode(cp, enc);
            if (citep_text_append(&d->utf8, enc, el, i, 1))
                return CITE_ENOMEM;
            if (c == 0 && citep_warn(d, "nul-byte", i, "NUL bytes replaced with U+FFFD"))
                return CITE_ENOMEM;
            run = ++i;
        } else {
            i++;
        }
    }
    if (i > run && citep_text_append(&d->utf8, buf + run, i - run, run, i - run))
        return CITE_ENOMEM;
    return CITE_OK;
}

/* CITE_OPT_BORROW_INPUT: the input itself (valid UTF-8, as the prescan found)
 * is the UTF-8 view, one segment mapping it onto itself. */
static bool borrow(cite_doc *d, const char *buf, size_t len)
{
    struct citep_text *t = &d->utf8;
    if (d->bom_len || buf[len] != '\0' ||
        citep_vec_reserve((void **)&t->segs, &t->segcap, 1, sizeof *t->segs))
        return false;
    t->segs[0] = (struct citep_seg){0, len, 0, len};
    t->nsegs = 1;
    d->utf8.s = (char *)buf;
    d->utf8.len = len;
    d->utf8.cap = 0;
    return true;
}

static cite_status decode_utf8(cite_doc *d, const char *buf, size_t len, size_t start)
{
    const unsigned char *u = (const unsigned char *)buf;
    size_t i = start, run = start;
    while (i < len) {
        i += citep_ascii_span(buf + i, len - i);
        if (i >= len)
            break;
        if (u[i] >= 0x80) {
            int32_t cp;
            size_t n = citep_utf8_decode(u + i, len - i, &cp);
            if (n) {
                i += n;
                continue;
            }
        } else if (u[i] != 0) {
            i++;
            continue;
        }
        /* a NUL or one byte that does not start a valid sequence */
        if (i > run && citep_text_append(&d->utf8, buf + run, i - run, run, i - run))
            return CITE_ENOMEM;
        if (citep_text_append(&d->utf8, REPLACEMENT, 3, i, 1))
            return CITE_ENOMEM;
        cite_status rc = u[i] == 0
                             ? citep_warn(d, "nul-byte", i, "NUL bytes replaced with U+FFFD")
                             : citep_warn(d, "invalid-utf8", i,
                                          "invalid UTF-8 bytes replaced with U+FFFD");
        if (rc)
            return rc;
        run = ++i;
    }
    if (i > run && citep_text_append(&d->utf8, buf + run, i - run, run, i - run))
        return CITE_ENOMEM;
    return CITE_OK;
}

/* Could this code point change under NFC, alone or with its neighbours? */
static bool nfc_maybe(int32_t cp)
{
    if (cp >= 0x1100 && cp <= 0x11FF) /* Hangul jamo compose */
        return true;
    if (cp >= 0xAC00 && cp <= 0xD7A3) /* precomposed Hangul may take a trailing jamo */
        return true;
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (p->combining_class != 0 || p->comp_exclusion)
        return true;
    /* a canonical decomposition (decomp_type 0 = canonical) to something that
     * does not recompose to it, e.g. singletons such as U+212B ANGSTROM SIGN */
    if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) {
        utf8proc_uint8_t buf[8];
        utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
        utf8proc_uint8_t *out = NULL;
        utf8proc_ssize_t m = utf8proc_map(buf, n, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        bool changes = m < 0 || m != n || memcmp(out, buf, (size_t)n) != 0;
        free(out);
        return changes;
    }
    return false;
}

/* nfc_maybe, remembered for the last code points asked about: news text uses
 * a few non-ASCII characters (quotes, dashes, accented letters) over and over,
 * and the answer for a letter with a canonical decomposition costs a trial
 * normalisation with an allocation. */
#define NFC_MEMO 64
struct nfc_memo {
    int32_t cp[NFC_MEMO];
    bool maybe[NFC_MEMO];
};

static void nfc_memo_init(struct nfc_memo *m)
{
    for (size_t i = 0; i < NFC_MEMO; i++)
        m->cp[i] = -1;
}

static bool nfc_maybe_memo(struct nfc_memo *m, int32_t cp)
{
    size_t k = (size_t)cp % NFC_MEMO;
    if (m->cp[k] != cp) {
        m->maybe[k] = nfc_maybe(cp);
        m->cp[k] = cp;
    }
    return m->maybe[k];
}

/* Copy view range [from, to) of src to dst, keeping its map (segment by segment). */
static cite_status copy_view(struct citep_text *dst, const struct citep_text *src, size_t from,
                             size_t to)
{
    size_t lo = 0, hi = src->nsegs;
    while (hi - lo > 1) { /* last segment with t_off <= from */
        size_t mid = lo + (hi - lo) / 2;
        if (src->segs[mid].t_off <= from)
            lo = mid;
        else
            hi = mid;
    }
    for (size_t g = lo, k = from; k < to; g++) {
        size_t seg_end = g < src->nsegs ? src->segs[g].t_off + src->segs[g].t_len : to;
        size_t step = (seg_end < to ? seg_end : to) - k;
        if (seg_end <= k)
            continue;
        size_t a = citep_text_to_input(src, k), b = citep_text_to_input(src, k + step);
        cite_status rc = citep_text_append(dst, src->s + k, step, a, b - a);
        if (rc)
            return rc;
        k += step;
    }
    return CITE_OK;
}

/* Build d->text from d->utf8, normalising to NFC only the runs around code
 * points that may change. A run starts at the last starter before such a code
 * point and ends before the next ASCII byte. Nothing before view offset `start`
 * may change, and `starter` is where the code point before it starts (0 when
 * there is none): the state the scan would have reached there. */
static cite_status normalise(cite_doc *d, size_t start, size_t starter)
{
    const struct citep_text *u = &d->utf8;
    const unsigned char *s = (const unsigned char *)u->s;
    size_t i = start, copied = 0;
    bool any = false;
    struct nfc_memo memo;
    nfc_memo_init(&memo);
    while (i < u->len) {
        if (s[i] < 0x80) {
            size_t n = citep_ascii_span(u->s + i, u->len - i);
            i += n ? n : 1;
            starter = i - 1;
            continue;
        }
        int32_t cp = 0;
        size_t n = citep_utf8_decode(s + i, u->len - i, &cp);
        if (n == 0)
            n = 1; /* cannot happen: d->utf8 is valid */
        if (!nfc_maybe_memo(&memo, cp)) { /* so its combining class is 0 */
            starter = i;
            i += n;
            continue;
        }
        size_t end = i + n;
        while (end < u->len && s[end] >= 0x80)
            end++;
        size_t from = starter < copied ? copied : starter;
        utf8proc_uint8_t *out = NULL;
        utf8proc_ssize_t m = utf8proc_map(s + from, (utf8proc_ssize_t)(end - from), &out,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (m < 0)
            return m == UTF8PROC_ERROR_NOMEM ? CITE_ENOMEM : CITE_EINVAL;
        if ((size_t)m != end - from || memcmp(out, s + from, (size_t)m) != 0) {
            if (!any)
                any = true;
            cite_status rc = copy_view(&d->text, u, copied, from);
            size_t a = citep_text_to_input(u, from), b = citep_text_to_input(u, end);
            if (!rc)
                rc = citep_text_append(&d->text, (const char *)out, (size_t)m, a, b - a);
            free(out);
            if (rc)
                return rc;
            copied = end;
        } else {
            free(out);
        }
        starter = end;
        i = end;
    }
    if (!any) { /* nothing changed: the UTF-8 view is the analysis text */
        d->text = d->utf8;
        citep_text_init(&d->utf8);
        return CITE_OK;
    }
    cite_status rc = copy_view(&d->text, u, copied, u->len);
    citep_text_free(&d->utf8);
    if (rc)
        return rc;
    return citep_warn(d, "normalized-nfc", 0, "text normalised to Unicode NFC for analysis");
}

/* Start of the code point that ends right before i > 0 in valid UTF-8. */
static size_t prev_start(const char *s, size_t i)
{
    do
        i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

/* ---- one pass over the input ---------------------------------------------------
 * The line index, whether the input is clean UTF-8 (so it can be used as it is)
 * and where the first code point that NFC may change is are all found in one
 * pass: most blocks of 32 bytes hold no line break and no byte that is not
 * ASCII, and are passed over after one test. */

struct prescan {
    cite_doc *d;
    const char *s;
    size_t len;
    size_t cap;      /* of d->lines.starts */
    size_t next;     /* bytes before it are dealt with (CRLF, a multi-byte sequence) */
    bool valid;      /* no NUL byte and valid UTF-8 so far */
    bool nfc;        /* look for code points that may change under NFC */
    size_t nfc_at;   /* the first of them, or SIZE_MAX */
    struct nfc_memo memo;
};

static cite_status line_at(struct prescan *p, size_t start)
{
    struct citep_lines *l = &p->d->lines;
    if (l->n == p->cap &&
        citep_vec_reserve((void **)&l->starts, &p->cap, l->n + 1, sizeof *l->starts))
        return CITE_ENOMEM;
    l->starts[l->n++] = start;
    return CITE_OK;
}

/* The byte at i is a line break, a NUL or not ASCII (or another control byte
 * below CR). LF, CRLF and a lone CR each end a line. */
static cite_status flagged(struct prescan *p, size_t i)
{
    const unsigned char *u = (const unsigned char *)p->s;
    if (i < p->next)
        return CITE_OK;
    if (u[i] == '\n')
        return line_at(p, i + 1);
    if (u[i] == '\r') {
        if (i + 1 < p->len && u[i + 1] == '\n')
            return line_at(p, p->next = i + 2);
        return line_at(p, i + 1);
    }
    if (u[i] < 0x80) { /* NUL, or another control byte the block test lets through */
        if (u[i] == 0)
            p->valid = false;
    } else if (p->valid) {
        int32_t cp;
        size_t n = citep_utf8_decode(u + i, p->len - i, &cp);
        if (!n)
            p->valid = false;
        else
            p->next = i + n;
        if (n && p->nfc && p->nfc_at == SIZE_MAX && nfc_maybe_memo(&p->memo, cp))
            p->nfc_at = i;
    }
    return CITE_OK;
}

static bool plain(unsigned char c)
{
    return c > '\r' && c < 0x80;
}

/* The flagged bytes of the block at i (bit k of m: byte i + k). */
static cite_status block(struct prescan *p, size_t i, uint32_t m)
{
    struct citep_lines *l = &p->d->lines;
    while (m) {
        size_t k = i + (size_t)__builtin_ctz(m);
        m &= m - 1;
        if (p->s[k] == '\n' && k >= p->next && l->n < p->cap) { /* most of them */
            l->starts[l->n++] = k + 1;
            continue;
        }
        cite_status rc = flagged(p, k);
        if (rc)
            return rc;
        if (p->next > k + 1) /* the rest of a sequence or a CRLF: nothing to look at */
            m &= p->next - i < 32 ? ~(uint32_t)0 << (p->next - i) : 0;
    }
    return CITE_OK;
}

static cite_status prescan_run(struct prescan *p)
{
    const char *s = p->s;
    size_t i = 0, len = p->len;
#if defined(__SSE2__)
    /* as signed bytes, those below '\r' + 1: bytes >= 0x80 and the control
     * bytes up to CR, of which only LF, CR and NUL matter */
    const __m128i lim = _mm_set1_epi8('\r' + 1);
    for (; i + 32 <= len; i += 32) {
        __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16));
        uint32_t m = (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(v0, lim)) |
                     (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(v1, lim)) << 16;
        if (m && block(p, i, m))
            return CITE_ENOMEM;
    }
#endif
    for (; i < len; i++)
        if (!plain((unsigned char)s[i]) && flagged(p, i))
            return CITE_ENOMEM;
    return CITE_OK;
}

/* Build d->lines; *valid: the input is NUL-free valid UTF-8; *nfc_at: the first
 * code point that may change under NFC (looked for when nfc), or SIZE_MAX. */
static cite_status prescan(cite_doc *d, const char *buf, size_t len, bool nfc, bool *valid,
                           size_t *nfc_at)
{
    struct prescan p = {d, buf, len, 0, 0, true, nfc, SIZE_MAX, {{0}, {0}}};
    nfc_memo_init(&p.memo);
    d->lines.starts = NULL;
    d->lines.n = 0;
    /* room for lines of 128 bytes on average at once: growing by doubling would
     * copy the index several times and fault in the pages of every copy */
    cite_status rc = citep_vec_reserve((void **)&d->lines.starts, &p.cap, len / 128 + 64,
                                       sizeof *d->lines.starts);
    if (!rc)
        rc = line_at(&p, 0);
    if (!rc)
        rc = prescan_run(&p);
    if (rc) {
        citep_lines_free(&d->lines);
        return rc;
    }
    *valid = p.valid;
    *nfc_at = p.nfc_at;
    return CITE_OK;
}

/* Normalise d->utf8, which is the input after the BOM when the prescan found it
 * valid: then nothing before the first code point it marked can change. */
static cite_status normalise_after(cite_doc *d, const char *buf, bool valid, size_t nfc_at)
{
    if (!valid)
        return normalise(d, 0, 0);
    if (nfc_at == SIZE_MAX) { /* nothing may change: the UTF-8 view is the analysis text */
        d->text = d->utf8;
        citep_text_init(&d->utf8);
        return CITE_OK;
    }
    size_t start = nfc_at - d->bom_len, prev = start ? prev_start(buf, nfc_at) : 0;
    return normalise(d, start, start ? prev - d->bom_len : 0);
}

cite_status citep_input_load(cite_doc *d, const char *buf, size_t len, const cite_options *o,
                             cite_error *err)
{
    size_t cap = o->max_bytes ? o->max_bytes : CITE_DEFAULT_MAX_BYTES;
    if (len > cap)
        return citep_error(err, CITE_ETOOBIG, 0, 0,
                           "input is %zu bytes, over the cap of %zu bytes (--max-bytes)", len,
                           cap);
    const char *kind = binary_kind(buf, len);
    if (kind)
        return citep_error(err, CITE_EBINARY, 0, 0, "input looks like %s, not text or HTML",
                           kind);
    d->input = buf;
    d->input_len = len;
    d->bom_len = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (o->flags & CITE_OPT_FORCE_HTML)
        d->is_html = true;
    else if (o->flags & CITE_OPT_FORCE_TEXT)
        d->is_html = false;
    else
        d->is_html = citep_input_looks_html(buf + d->bom_len, len - d->bom_len);
    bool valid;
    size_t nfc_at;
    if (prescan(d, buf, len, !d->is_html, &valid, &nfc_at))
        return CITE_ENOMEM;
    enum charset cs = CS_UTF8;
    cite_status rc = pick_charset(d, buf, len, o->charset, &cs, err);
    if (rc)
        return rc;
    citep_text_init(&d->utf8);
    citep_text_init(&d->text);
    if ((o->flags & CITE_OPT_BORROW_INPUT) && cs == CS_UTF8 && valid && borrow(d, buf, len))
        return d->is_html ? CITE_OK : normalise_after(d, buf, valid, nfc_at);
    citep_text_free(&d->utf8);
    /* one allocation of the right size for the common case (valid UTF-8):
     * growing by doubling would copy the text several times */
    if (citep_vec_reserve((void **)&d->utf8.s, &d->utf8.cap, len - d->bom_len + 1, 1))
        return CITE_ENOMEM;
    citep_advise_huge(d->utf8.s, d->utf8.cap);
    if (cs == CS_1252)
        rc = decode_1252(d, buf, len, d->bom_len);
    else if (valid) /* nothing to repair: one copy */
        rc = citep_text_append(&d->utf8, buf + d->bom_len, len - d->bom_len, d->bom_len,
                               len - d->bom_len);
    else
        rc = decode_utf8(d, buf, len, d->bom_len);
    if (!rc && !d->utf8.s) /* empty input: keep an empty, NUL-terminated view */
        rc = citep_text_append(&d->utf8, "", 0, d->bom_len, 0);
    if (rc)
        return rc;
    if (d->is_html)
        return CITE_OK;
    return normalise_after(d, buf, cs == CS_UTF8 && valid, nfc_at);
}
