/*
 * entities.h - hashtags, mentions (and lists), URLs and cashtags with the rules
 * of twitter-text 3.1, scanned with PCRE2 (JIT).
 */
#ifndef CITEP_ENTITIES_H
#define CITEP_ENTITIES_H
#include "../internal.h"

/* Compile the patterns once per parser. */
cite_status citep_entities_init(struct citep_entity_rx **out, cite_error *err);
void citep_entities_free(struct citep_entity_rx *rx);

/* Fill d->entities from d->text (spans mapped to the input, code-point indices
 * counted over the input as given after any BOM, each invalid byte one code point).
 * flags: CITE_OPT_TWITTER_EXACT for the exact twitter-text behaviour everywhere.
 * The `embed` field is left -1; `segmented` NULL (later stages fill them). */
cite_status citep_entities_extract(cite_doc *d, struct citep_entity_rx *rx,
                                   unsigned flags);

/* The screen name a text replies to (twitter-text extractReplies: spaces, then
 * '@' or '＠' and 1..20 of [A-Za-z0-9_] not followed by '@', a Latin accented
 * letter or "://"). On true, name_off and name_len give the name in s[0..n). */
bool citep_entities_reply(const char *s, size_t n, size_t *name_off, size_t *name_len);

/* Is s[0..n) a top-level domain of the IANA list (ASCII, case ignored)? */
bool citep_is_tld(const char *s, size_t n);
#endif
