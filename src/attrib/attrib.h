/*
 * attrib.h - attributions in prose ("reports the Moscow Times", "according to
 * a statement released on Sunday") resolved into d->citations.
 */
#ifndef CITEP_ATTRIB_H
#define CITEP_ATTRIB_H
#include "../internal.h"

cite_status citep_outlets_new(struct citep_outlets **out);
void citep_outlets_free(struct citep_outlets *o);
cite_status citep_attributions(cite_doc *d, const struct citep_outlets *o);
#endif
