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
#endif
