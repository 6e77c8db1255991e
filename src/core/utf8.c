/*
 * utf8.c - strict UTF-8 decoding (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF), encoding and counting.
 */
#include "../internal.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* One case per length, each test written out: this runs for every non-ASCII
 * character of every document. */
size_t citep_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    if (c < 0xC2)
        return 0;
    if (c <= 0xDF) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = (int32_t)((c & 0x1F) << 6 | (s[1] & 0x3Fu));
        return 2;
    }
    if (c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        int32_t v = (int32_t)((c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu));
        if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v;
        return 3;
    }
    if (c > 0xF4 || n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80)
        return 0;
    int32_t v = (int32_t)((c & 0x07) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 |
                          (s[3] & 0x3Fu));
    if (v < 0x10000 || v > 0x10FFFF)
        return 0;
    *cp = v;
    return 4;
}

size_t citep_utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Both scans below read 16 bytes at a time with SSE2 where the compiler has it
 * (every x86-64), and eight at a time elsewhere: they run over every byte of
 * every document, and most of a document is ASCII. */

#if defined(__SSE2__)
/* 16 bytes from TAIL_MASK + k: the last k set (0 <= k <= 16). */
static const unsigned char TAIL_MASK[32] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
#endif

size_t citep_utf8_count(const char *s, size_t n)
{
    size_t i = 0, count = 0;
#if defined(__SSE2__)
    /* a byte that is not a continuation byte is > 0xBF as a signed byte (-65) */
    const __m128i cont_max = _mm_set1_epi8((char)0xBF), zero = _mm_setzero_si128();
    while (n - i >= 16) {
        size_t blocks = (n - i) / 16;
        if (blocks > 254) /* the byte counters would overflow (one more for the rest) */
            blocks = 254;
        __m128i acc = zero;
        for (size_t b = 0; b < blocks; b++, i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            acc = _mm_sub_epi8(acc, _mm_cmpgt_epi8(v, cont_max));
        }
        if (i < n && n - i < 16) { /* the rest: the last 16 bytes, those before i masked */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
            __m128i keep = _mm_loadu_si128((const __m128i *)(const void *)(TAIL_MASK + (n - i)));
            acc = _mm_sub_epi8(acc, _mm_and_si128(_mm_cmpgt_epi8(v, cont_max), keep));
            i = n;
        }
        __m128i sum = _mm_sad_epu8(acc, zero);
        count += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_extract_epi16(sum, 4);
    }
#else
    const uint64_t hi = 0x8080808080808080ULL;
    size_t cont = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t m = w & ~(w << 1) & hi; /* bit 7 set, bit 6 clear */
        if (m)
            cont += (size_t)(((m >> 7) * 0x0101010101010101ULL) >> 56);
    }
    count = i - cont;
#endif
    for (; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

size_t citep_ascii_span(const char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned bad = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero)));
        if (bad)
            return i + (size_t)__builtin_ctz(bad);
    }
#else
    const uint64_t hi = 0x8080808080808080ULL, lo = 0x0101010101010101ULL;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if ((w & hi) || ((w - lo) & ~w & hi)) /* a high bit, or a zero byte */
            break;
    }
#endif
    while (i < n && s[i] && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

/* The code point at *s as it compares in a name without accents, into out (up
 * to 4 bytes; none for a lone combining mark); *s moves past it. */
size_t citep_fold_next(const char **s, char out[4])
{
    static const struct { utf8proc_int32_t cp; const char *to; } LETTER[] = {
        {0xD8, "O"}, {0xF8, "o"}, {0x141, "L"}, {0x142, "l"}, {0x110, "D"}, {0x111, "d"},
        {0x131, "i"}, {0xDF, "ss"}, {0xC6, "AE"}, {0xE6, "ae"}, {0x152, "OE"}, {0x153, "oe"}};
    const unsigned char *u = (const unsigned char *)*s;
    utf8proc_int32_t cp, dec[4];
    int last = 0;
    if (u[0] < 0x80) {
        out[0] = (char)u[0];
        (*s)++;
        return 1;
    }
    utf8proc_ssize_t len = utf8proc_iterate(u, 4, &cp);
    if (len <= 0) { /* not reached for valid text: keep the byte */
        out[0] = (char)u[0];
        (*s)++;
        return 1;
    }
    *s += len;
    for (size_t i = 0; i < sizeof LETTER / sizeof *LETTER; i++)
        if (LETTER[i].cp == cp) {
            size_t n = strlen(LETTER[i].to);
            memcpy(out, LETTER[i].to, n);
            return n;
        }
    if (utf8proc_decompose_char(cp, dec, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last) <
        1)
        return 0;
    return (size_t)utf8proc_encode_char(dec[0], (utf8proc_uint8_t *)out);
}

size_t citep_fold(const char *s, size_t n, char *out, size_t cap)
{
    const char *e = s + n;
    size_t o = 0;
    char f[4];
    while (s < e) {
        if ((unsigned char)*s < 0x80) {
            if (o + 1 > cap)
                return SIZE_MAX;
            out[o++] = *s++;
            continue;
        }
        size_t k = citep_fold_next(&s, f);
        if (o + k > cap)
            return SIZE_MAX;
        memcpy(out + o, f, k);
        o += k;
    }
    return o;
}
