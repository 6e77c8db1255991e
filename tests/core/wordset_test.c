/*
 * wordset_test.c - the constant word-list sets (src/core/wordset.h): every listed
 * word is found with its index, near misses are not, lengths are exact, and a
 * list too big for its table keeps the words that fit instead of looping.
 */
#include "harness.h"

#include "core/wordset.h"

#include <stdio.h>

static const char *const MONTHS[] = {"january", "february", "march", "april", "may",
                                     "june", "july", "august", "september", "october",
                                     "november", "december", "", NULL};
CITEP_WORDSET(months, MONTHS, 32);

static char many_buf[600][16];
static const char *many[601];
CITEP_WORDSET(big, many, 2048);
CITEP_WORDSET_OF(small, many, 64); /* too small on purpose: the run-time guard */

int main(void)
{
    for (int i = 0; MONTHS[i]; i++)
        INT_EQ(citep_wordset_findz(&months, MONTHS[i]), i + 1, MONTHS[i]);
    OK(!citep_wordset_has(&months, "jun"), "prefix is not a member");
    OK(!citep_wordset_has(&months, "junes"), "longer word is not a member");
    OK(!citep_wordset_has(&months, "June"), "case matters");
    INT_EQ(citep_wordset_find(&months, "mayday", 3), 5, "length-bounded lookup");
    INT_EQ(citep_wordset_find(&months, "x", 0), 13, "the empty word when listed");

    for (int i = 0; i < 600; i++) {
        snprintf(many_buf[i], sizeof many_buf[i], "w%d", i);
        many[i] = many_buf[i];
    }
    int found = 0;
    for (int i = 0; i < 600; i++)
        found += citep_wordset_findz(&big, many[i]) == (unsigned)i + 1;
    INT_EQ(found, 600, "600 words in 2048 slots");
    found = 0;
    for (int i = 0; i < 600; i++)
        found += citep_wordset_has(&small, many[i]);
    INT_EQ(found, 32, "an overfull table keeps the first half of its slots");
    OK(!citep_wordset_has(&big, "w600"), "absent word in a large set");
    return TEST_SUMMARY();
}
