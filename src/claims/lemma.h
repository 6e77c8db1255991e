/*
 * lemma.h - singular lemmas of English count nouns ("warships" -> "warship",
 * "people" -> "person", "casualties" -> "casualty") and canonical unit names
 * ("km" -> "kilometre"), so that post and body count the same thing.
 */
#ifndef CITEP_LEMMA_H
#define CITEP_LEMMA_H
#include <stdbool.h>
#include <stddef.h>

#define CITEP_LEMMA_MAX 64

/* Write the singular lemma of the lower-case word w[0..n) to out (NUL-terminated,
 * outsz >= CITEP_LEMMA_MAX). *plural is set when w is a plural form, *countable
 * when w may head a counted phrase without a plural ending (units, "aircraft").
 * Returns false when w is too long or not a word. */
bool citep_lemma(const char *w, size_t n, char *out, size_t outsz, bool *plural,
                 bool *countable);

/* Unit family ("length", "mass", "speed", "area", "volume", "duration") and the factor
 * to its base unit for a canonical unit lemma; NULL when not a unit. */
const char *citep_unit_family(const char *lemma, double *factor);
/* Does the word w[0..n) (lower case) name a unit of measure, however written:
 * "mw", "gwh", "megawatts"? */
bool citep_unit_word(const char *w, size_t n);
/* The dimension a lower-case word w[0..n) gives a length ("15 feet deep" ->
 * "deep", "30 ft across" -> "wide"), or NULL. */
const char *citep_dimension(const char *w, size_t n);
/* The general word for a counted thing that news also names by a synonym or a
 * more specific word ("ship", "warship" -> "vessel"; "jet" -> "aircraft"), or
 * NULL. Counts of one class may agree but, not being the same word, never
 * conflict: "three vessels" may be two ships and a boat. */
const char *citep_count_class(const char *lemma);
/* Are the members of class cls (from citep_count_class) names of one thing, so
 * that different figures conflict ("12,000 fans", "9,500 spectators")? Other
 * classes group kinds that may be counted apart ("two ships", "five warships"). */
bool citep_count_class_strict(const char *cls);
/* The currency an ISO code names ("nok" -> "krone"), lower-case code of 3
 * letters; NULL when it is none. */
const char *citep_currency_code(const char *w, size_t n);

/* Is lemma the name of a currency ("franc", "dollar")? */
bool citep_currency_word(const char *lemma);

#endif
