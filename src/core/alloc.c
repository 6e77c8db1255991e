/*
 * alloc.c - the allocation wrappers every part of the library goes through,
 * so that tests can make allocations fail (cite_set_alloc_funcs).
 */
#include "../internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static cite_malloc_fn g_malloc = malloc;
static cite_realloc_fn g_realloc = realloc;
static cite_free_fn g_free = free;

void cite_set_alloc_funcs(cite_malloc_fn m, cite_realloc_fn r, cite_free_fn f)
{
    g_malloc = m ? m : malloc;
    g_realloc = r ? r : realloc;
    g_free = f ? f : free;
}

void *citep_malloc(size_t n) { return g_malloc(n ? n : 1); }

void *citep_calloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    /* the C library's calloc knows fresh pages are zero already: large tables
     * (the segmenter's) are not written twice */
    if (g_malloc == malloc)
        return calloc(n ? n : 1, size ? size : 1);
    void *p = citep_malloc(n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

void *citep_realloc(void *p, size_t n) { return g_realloc(p, n ? n : 1); }

void citep_free(void *p)
{
    if (p)
        g_free(p);
}

void cite_free(void *p) { citep_free(p); }

char *citep_strndup(const char *s, size_t n)
{
    char *r = citep_malloc(n + 1);
    if (!r)
        return NULL;
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

cite_status citep_vec_reserve(void **vec, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return CITE_OK;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / elem)
            return CITE_ENOMEM;
        ncap *= 2;
    }
    void *p = citep_realloc(*vec, ncap * elem);
    if (!p)
        return CITE_ENOMEM;
    *vec = p;
    *cap = ncap;
    return CITE_OK;
}

void citep_advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    /* Large inputs are touched once, front to back: with transparent huge
     * pages in "madvise" mode this turns thousands of page faults into a few.
     * Only advice: any failure is ignored. */
    const size_t huge = (size_t)2 << 20;
    if (!p || n < 2 * huge)
        return;
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(uintptr_t)(huge - 1);
    uintptr_t b = ((uintptr_t)p + n) & ~(uintptr_t)(huge - 1);
    if (b > a)
        (void)madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
    (void)p, (void)n;
#endif
}
