/*
 * crosscheck.h - compare each embedded post's claims with the body's and
 * record d->findings (consistent, conflict, post_only, body_only).
 */
#ifndef CITEP_CROSSCHECK_H
#define CITEP_CROSSCHECK_H
#include "../internal.h"

cite_status citep_crosscheck(cite_doc *d);
#endif
