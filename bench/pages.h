/*
 * pages.h - shared by the in-process page benchmarks (gumbo_parse.c,
 * check_pages.c): load the pages named in a list file (or the articles of one
 * text file) into memory, and a monotonic clock. Header-only so that each
 * benchmark stays one compile line.
 */
#ifndef BENCH_PAGES_H
#define BENCH_PAGES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct pages {
    char **data;
    size_t *len;
    size_t n;
    size_t bytes;
};

static inline double pages_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static inline char *pages_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Load the first max pages (0: all) named in list; false with a message on error. */
static inline int pages_load(struct pages *pg, const char *list, long max)
{
    size_t llen;
    char *names = pages_slurp(list, &llen);
    memset(pg, 0, sizeof *pg);
    if (!names) {
        fprintf(stderr, "%s: cannot read\n", list);
        return 0;
    }
    size_t cap = 0;
    for (char *line = strtok(names, "\n"); line && (max <= 0 || (long)pg->n < max);
         line = strtok(NULL, "\n")) {
        if (pg->n == cap) {
            cap = cap ? cap * 2 : 1024;
            pg->data = realloc(pg->data, cap * sizeof *pg->data);
            pg->len = realloc(pg->len, cap * sizeof *pg->len);
            if (!pg->data || !pg->len)
                return 0;
        }
        pg->data[pg->n] = pages_slurp(line, &pg->len[pg->n]);
        if (!pg->data[pg->n]) {
            fprintf(stderr, "%s: cannot read\n", line);
            free(names);
            return 0;
        }
        pg->bytes += pg->len[pg->n++];
    }
    free(names);
    return 1;
}

/* Split one file into articles at blank lines ("\n\n"), the first max (0: all),
 * each a copy of its own so that reads past an article's end are caught. */
static inline int pages_split(struct pages *pg, const char *path, long max)
{
    size_t len;
    char *all = pages_slurp(path, &len);
    memset(pg, 0, sizeof *pg);
    if (!all) {
        fprintf(stderr, "%s: cannot read\n", path);
        return 0;
    }
    size_t cap = 0, start = 0;
    while (start < len && (max <= 0 || (long)pg->n < max)) {
        char *sep = all + start;
        while ((sep = memchr(sep, '\n', len - (size_t)(sep - all))) && sep + 1 < all + len &&
               sep[1] != '\n')
            sep++;
        if (sep && sep + 1 >= all + len)
            sep = NULL;
        size_t end = sep ? (size_t)(sep - all) + 1 : len;
        if (pg->n == cap) {
            cap = cap ? cap * 2 : 1024;
            pg->data = realloc(pg->data, cap * sizeof *pg->data);
            pg->len = realloc(pg->len, cap * sizeof *pg->len);
            if (!pg->data || !pg->len)
                return 0;
        }
        pg->data[pg->n] = malloc(end - start);
        if (!pg->data[pg->n])
            return 0;
        memcpy(pg->data[pg->n], all + start, end - start);
        pg->len[pg->n] = end - start;
        pg->bytes += end - start;
        pg->n++;
        start = sep ? end + 1 : len;
    }
    free(all);
    return 1;
}

static inline void pages_free(struct pages *pg)
{
    for (size_t i = 0; i < pg->n; i++)
        free(pg->data[i]);
    free(pg->data);
    free(pg->len);
}

#endif
