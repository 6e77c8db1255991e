/*
 * arena.c - bump allocation for strings and records that live exactly as
 * long as one document; freed all at once by citep_arena_free.
 */
#include "../internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define ARENA_BLOCK 16384

struct arena_block {
    struct arena_block *next;
    size_t used, size;
    max_align_t data[]; /* aligned storage */
};

struct citep_arena {
    struct arena_block *head;
};

struct citep_arena *citep_arena_new(void) { return citep_calloc(1, sizeof(struct citep_arena)); }

void citep_arena_free(struct citep_arena *a)
{
    if (!a)
        return;
    struct arena_block *b = a->head;
    while (b) {
        struct arena_block *n = b->next;
        citep_free(b);
        b = n;
    }
    citep_free(a);
}

void *citep_arena_alloc(struct citep_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n == 0)
        n = 8;
    struct arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK / 2 ? n : ARENA_BLOCK;
        if (size > SIZE_MAX - sizeof(struct arena_block))
            return NULL;
        struct arena_block *nb = citep_malloc(sizeof(struct arena_block) + size);
        if (!nb)
            return NULL;
        nb->used = 0;
        nb->size = size;
        if (b && n > ARENA_BLOCK / 2) { /* keep the current block for small items */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

char *citep_arena_strndup(struct citep_arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        return NULL;
    char *r = citep_arena_alloc(a, n + 1);
    if (!r)
        return NULL;
    if (n)
        memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

char *citep_arena_strdup(struct citep_arena *a, const char *s)
{
    return s ? citep_arena_strndup(a, s, strlen(s)) : NULL;
}

char *citep_arena_printf(struct citep_arena *a, const char *fmt, ...)
{
    va_list ap;
    char buf[512]; /* most strings fit: formatted once, then copied */
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *r = citep_arena_alloc(a, (size_t)n + 1);
    if (!r)
        return NULL;
    if ((size_t)n < sizeof buf) {
        memcpy(r, buf, (size_t)n + 1);
        return r;
    }
    va_start(ap, fmt);
    vsnprintf(r, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return r;
}
