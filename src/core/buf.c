/*
 * buf.c - a growable byte buffer with a hard cap. On any failure the buffer
 * frees itself and resets, so callers never see half-written data (the rule of
 * curl's dynbuf).
 */
#include "../internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void citep_buf_init(struct citep_buf *b, size_t max)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max ? max : SIZE_MAX;
}

void citep_buf_free(struct citep_buf *b)
{
    citep_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

cite_status citep_buf_add(struct citep_buf *b, const void *s, size_t n)
{
    if (n > b->max - b->len || b->len + n == SIZE_MAX) {
        citep_buf_free(b);
        return CITE_ETOOBIG;
    }
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 64;
        while (ncap < b->len + n + 1)
            ncap = ncap > SIZE_MAX / 2 ? SIZE_MAX : ncap * 2;
        char *p = citep_realloc(b->data, ncap);
        if (!p) {
            citep_buf_free(b);
            return CITE_ENOMEM;
        }
        b->data = p;
        b->cap = ncap;
    }
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return CITE_OK;
}

cite_status citep_buf_addc(struct citep_buf *b, char c) { return citep_buf_add(b, &c, 1); }

cite_status citep_buf_addf(struct citep_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        citep_buf_free(b);
        return CITE_EINVAL;
    }
    if ((size_t)n < sizeof small)
        return citep_buf_add(b, small, (size_t)n);
    char *big = citep_malloc((size_t)n + 1);
    if (!big) {
        citep_buf_free(b);
        return CITE_ENOMEM;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    cite_status rc = citep_buf_add(b, big, (size_t)n);
    citep_free(big);
    return rc;
}

char *citep_buf_steal(struct citep_buf *b, size_t *len)
{
    char *d = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}
