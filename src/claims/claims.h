/*
 * claims.h - facts stated by embedded posts and by the body: quantities,
 * places, dates and named entities, into d->claims.
 */
#ifndef CITEP_CLAIMS_H
#define CITEP_CLAIMS_H
#include "../internal.h"

cite_status citep_gazetteer_new(struct citep_gazetteer **out);
void citep_gazetteer_free(struct citep_gazetteer *g);
cite_status citep_claims(cite_doc *d, const struct citep_gazetteer *g);

/* Place claims carry two private facts in fields quantities use:
 * number = the place kind ('c' city, 'n' country, 'w' water, 'r' region) and
 * number_hi = 1 when the name follows a locative word ("in", "from the port of"). */
#define CITEP_PLACE_KIND(c) ((char)(int)(c)->number)
/* Kind of a lone name after "in" that the gazetteer does not know ("in Knowsley"). */
#define CITEP_PLACE_UNKNOWN 'u'
#define CITEP_PLACE_LOCATIVE(c) ((c)->number_hi > 0.5)

/* The subject of a bare figure: a number of a post in another language whose
 * counted word is unknown ("1,720 ครั้ง"). The cross-check matches it by its
 * value alone and reports nothing for it when the body has no such figure. */
#define CITEP_FIGURE "figure"
/* Is v a figure no one states by chance: 100 or more with at least three
 * significant digits (287, 1,720, 1,284,557; not 200, 2,500 or 17), and no
 * year (1900-2100)? */
bool citep_distinct_figure(double v);

/* Kind of a place name ('c', 'n', 'w', 'r'), or 0 when not in the gazetteer. */
char citep_gazetteer_kind(const struct citep_gazetteer *g, const char *name);
#endif
