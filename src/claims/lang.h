/*
 * lang.h - posts not written in English. Articles in English often embed a
 * local official's or agency's post in its own language ("4.260 de persoane
 * evacuate"). Such a post's capitalised words are not names, its numbers may
 * group thousands with a point, and its counted nouns need an English lemma
 * before they can be compared with the body's.
 */
#ifndef CITEP_LANG_H
#define CITEP_LANG_H

#include <stdbool.h>
#include <stddef.h>

/* Is s[0..n) written in another language than English? True when its
 * function words are more often those of the common languages of Europe,
 * Indonesia and Turkey than English ones (at least two of them). */
bool citep_lang_foreign(const char *s, size_t n);

/* The English lemma of a counted noun of those languages ("persoane" ->
 * "person", "heridos" -> "injury"), lower-case lw[0..n), or NULL. A Germanic
 * compound is read by its last part ("busschaufförer" -> "driver"). */
const char *citep_lang_noun(const char *lw, size_t n);

/* Is lw[0..n) a word that stands between a number and the counted noun in
 * those languages ("de", "di", "des"), to be passed over? */
bool citep_lang_filler(const char *lw, size_t n);

/* The English event noun ("death", "injury", "rescue", "evacuation",
 * "arrest") of a word of those languages that says what befell a count,
 * lower-case lw[0..n), or NULL. */
const char *citep_lang_event(const char *lw, size_t n);

/* The English word ("strike", "closed", "reopen", "vaccination", "collapse",
 * "launch", "vote") for what a post in those languages dates, of a word that
 * opens with one of their stems ("sztrájkolnak", "grève"), lower-case
 * lw[0..n); NULL for any other word. */
const char *citep_lang_dated(const char *lw, size_t n);

#endif
