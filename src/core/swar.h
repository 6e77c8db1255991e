/*
 * swar.h - byte classes of eight bytes at a time, for the scanners whose
 * inner loop is "while the next byte is a letter or digit".
 */
#ifndef CITEP_SWAR_H
#define CITEP_SWAR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* How many of the eight bytes at s (all readable) are ASCII letters or digits,
 * counted from the first. */
static inline size_t citep_alnum8(const char *s)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t hi = 0x8080808080808080ull, lo7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t w, x, y;
    memcpy(&w, s, 8);
    /* seven-bit bytes, so no sum carries into the next byte; per byte the high
     * bit of a sum then says x >= 'a', x > 'z' (x: the byte in lower case),
     * y >= '0', y > '9'; bytes >= 0x80 are none of them */
    x = (w | 0x2020202020202020ull) & lo7;
    y = w & lo7;
    uint64_t ok = (((x + 0x1F1F1F1F1F1F1F1Full) & ~(x + 0x0505050505050505ull)) |
                   ((y + 0x5050505050505050ull) & ~(y + 0x4646464646464646ull))) &
                  ~w & hi;
    return ok == hi ? 8 : (size_t)__builtin_ctzll(~ok & hi) >> 3;
#else
    size_t k = 0;
    while (k < 8 && ((unsigned)((s[k] | 32) - 'a') < 26u || (unsigned)(s[k] - '0') < 10u))
        k++;
    return k;
#endif
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CITEP_SWAR 1 /* eight-byte word tricks and __builtin_ctzll are available */
#endif

#endif
