/*
 * gazload.c - times parser creation (which loads the gazetteer and the other
 * tables) and a parse of one short article, median of N runs.
 */
#include "citecheck/citecheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(void)
{
    enum { N = 21 };
    double t[N];
    int i;
    cite_options o;
    cite_options_init(&o);
    for (i = 0; i < N; i++) {
        double t0 = now();
        cite_parser *p = cite_parser_new(&o, NULL);
        t[i] = now() - t0;
        if (!p)
            return 1;
        cite_parser_free(p);
    }
    qsort(t, N, sizeof t[0], cmp);
    printf("parser_new (loads gazetteer and other tables): median %.4f ms, max %.4f ms\n",
           t[N / 2], t[N - 1]);
    return 0;
}
