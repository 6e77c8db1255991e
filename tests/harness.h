/*
 * harness.h - a tiny test harness for the C test programs in tests/<suite>/.
 *
 * Each check counts as one test; the program ends with TEST_SUMMARY(), which
 * prints "N passed, M failed" and returns the exit status.
 */
#ifndef CITE_TEST_HARNESS_H
#define CITE_TEST_HARNESS_H
#include <stdio.h>
#include <string.h>

static int t_pass, t_fail;

#define T_REPORT(cond, ...)                                                           \
    do {                                                                              \
        if (cond) {                                                                   \
            t_pass++;                                                                 \
        } else {                                                                      \
            t_fail++;                                                                 \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                    \
            fprintf(stderr, __VA_ARGS__);                                             \
            fputc('\n', stderr);                                                      \
        }                                                                             \
    } while (0)

#define OK(cond, msg) T_REPORT((cond), "%s", (msg))
#define INT_EQ(got, want, msg)                                                        \
    do {                                                                              \
        long long g_ = (long long)(got), w_ = (long long)(want);                      \
        T_REPORT(g_ == w_, "%s: got %lld, want %lld", (msg), g_, w_);                 \
    } while (0)
#define STR_EQ(got, want, msg)                                                        \
    do {                                                                              \
        const char *g_ = (got), *w_ = (want);                                         \
        T_REPORT((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0),     \
                 "%s: got \"%s\", want \"%s\"", (msg), g_ ? g_ : "(null)",            \
                 w_ ? w_ : "(null)");                                                 \
    } while (0)

#define TEST_SUMMARY()                                                                \
    (printf("%d passed, %d failed\n", t_pass, t_fail), t_fail ? 1 : 0)

#endif
