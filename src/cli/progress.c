/*
 * progress.c - the `report` progress bar: files done/total, rate and ETA on
 * one stderr line redrawn in place. Only when stderr is a terminal
 * (CONTRACT.md, "Commands"), so logs and pipes never see carriage returns.
 */
#include "corpus.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define PROGRESS_WIDTH 30
#define PROGRESS_INTERVAL 0.1 /* seconds between redraws */
#define PROGRESS_WARMUP 0.5   /* seconds before an ETA is worth showing */

struct progress {
    size_t total;
    double start, last;
    bool drawn;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct progress *progress_new(size_t total, bool quiet)
{
    if (quiet || !isatty(STDERR_FILENO))
        return NULL;
    struct progress *p = citep_calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->total = total;
    p->start = now();
    return p;
}

static void draw(struct progress *p, size_t done, double t)
{
    double el = t - p->start, rate = el > 0 ? (double)done / el : 0;
    if (p->total) {
        size_t fill = done >= p->total ? PROGRESS_WIDTH : done * PROGRESS_WIDTH / p->total;
        char bar[PROGRESS_WIDTH + 1];
        for (size_t i = 0; i < PROGRESS_WIDTH; i++)
            bar[i] = i < fill ? '#' : '.';
        bar[PROGRESS_WIDTH] = '\0';
        char eta[32] = "--:--"; /* the first files also pay for loading the parser */
        if (rate > 0 && el >= PROGRESS_WARMUP) {
            long left = (long)((double)(p->total - (done < p->total ? done : p->total)) / rate +
                               0.5);
            snprintf(eta, sizeof eta, "%ld:%02ld", left / 60, left % 60);
        }
        fprintf(stderr, "\r[%s] %zu/%zu files  %.0f/s  ETA %s \033[K", bar, done, p->total,
                rate, eta);
    } else {
        fprintf(stderr, "\r%zu records  %.0f/s \033[K", done, rate);
    }
    fflush(stderr);
    p->drawn = true;
}

void progress_update(struct progress *p, size_t done)
{
    if (!p)
        return;
    double t = now();
    if (p->drawn && t - p->last < PROGRESS_INTERVAL && done != p->total)
        return;
    p->last = t;
    draw(p, done, t);
}

void progress_clear(struct progress *p)
{
    if (!p || !p->drawn)
        return;
    fputs("\r\033[K", stderr);
    p->drawn = false;
}

void progress_free(struct progress *p)
{
    progress_clear(p);
    citep_free(p);
}
