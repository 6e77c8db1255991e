/*
 * wordkey_test.c - word keys and the sets over them (src/core/wordkey.h):
 * every listed word is found in either case with its index, a duplicate keeps
 * its first index, words with other bytes or more than twelve letters match
 * nothing, class lists add up their bits, and each key agrees with comparing
 * the words themselves over many generated words.
 */
#include "harness.h"

#include "core/wordkey.h"

#include <stdio.h>
#include <string.h>

static const char *const WORDS[] = {"on", "in", "may", "march", "may", "yesterday",
                                    "twelveletter", "thirteenchars", "bad-word", "a",
                                    NULL};
CITEP_KEYSET(words, WORDS, 32);

static const char *const ONE[] = {"in", "may", NULL};
static const char *const TWO[] = {"may", "june", NULL};
static const struct citep_keylist CLASSES[] = {{ONE, 1}, {TWO, 2}, {NULL, 0}};
CITEP_KEYCLASS(classes, CLASSES, 16);

static unsigned find(const char *w) { return citep_keyset_find(&words, citep_wordkey(w, strlen(w))); }

/* The index + 1 of w in WORDS by string comparison (as a set would give it). */
static unsigned find_slow(const char *w)
{
    size_t n = strlen(w);
    if (n < 1 || n > CITEP_WORDKEY_MAX)
        return 0;
    for (unsigned k = 0; WORDS[k]; k++) {
        if (strlen(WORDS[k]) != n)
            continue;
        size_t i;
        for (i = 0; i < n; i++) {
            char c = w[i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            if (c != WORDS[k][i] || !(c >= 'a' && c <= 'z'))
                break;
        }
        if (i == n)
            return k + 1;
    }
    return 0;
}

int main(void)
{
    INT_EQ(find("on"), 1, "on");
    INT_EQ(find("In"), 2, "either case");
    INT_EQ(find("MAY"), 3, "a duplicate keeps its first index");
    INT_EQ(find("yesterday"), 6, "nine letters");
    INT_EQ(find("twelveletter"), 7, "twelve letters");
    INT_EQ(find("thirteenchars"), 0, "thirteen letters have no key");
    INT_EQ(find("bad-word"), 0, "a list word with other bytes is left out");
    INT_EQ(find("a"), 10, "one letter");
    INT_EQ(find(""), 0, "the empty word");
    INT_EQ(find("o"), 0, "a prefix");
    INT_EQ(find("ons"), 0, "a longer word");
    INT_EQ(find("o@"), 0, "a byte next to the letters");
    INT_EQ(find("o\xC3\xA9"), 0, "a non-ASCII byte");
    INT_EQ(citep_wordkey("xtwelveletter", 13), 0, "over twelve bytes");
    INT_EQ(citep_wordkey_end(citep_wordkey("on", 2), 13), 0, "a finished key checks n");
    OK(citep_wordkey("a", 1) != citep_wordkey("[a", 2), "a leading other byte counts");

    INT_EQ(citep_keyclass_get(&classes, citep_wordkey("in", 2)), 1, "one list");
    INT_EQ(citep_keyclass_get(&classes, citep_wordkey("May", 3)), 3, "two lists");
    INT_EQ(citep_keyclass_get(&classes, citep_wordkey("june", 4)), 2, "the second list");
    INT_EQ(citep_keyclass_get(&classes, citep_wordkey("jun", 3)), 0, "absent");

    /* every word of up to three bytes over a small alphabet */
    {
        static const char alpha[] = "aAmoinyz-@[`{";
        size_t na = sizeof alpha - 1, bad = 0;
        char w[4];
        for (size_t a = 0; a <= na; a++)
            for (size_t b = 0; b <= na; b++)
                for (size_t c = 0; c <= na; c++) {
                    size_t n = 0;
                    if (a < na)
                        w[n++] = alpha[a];
                    if (b < na)
                        w[n++] = alpha[b];
                    if (c < na)
                        w[n++] = alpha[c];
                    w[n] = '\0';
                    if (find(w) != find_slow(w))
                        bad++;
                }
        INT_EQ(bad, 0, "keys agree with comparing the words");
    }
    return TEST_SUMMARY();
}
