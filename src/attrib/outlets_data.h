/*
 * outlets_data.h - the generated outlets table (data/outlets.c, made by
 * tools/gen_outlets.py from data/outlets.tsv). Keys are normalised (lower
 * case, straight apostrophes, no leading "the ") and sorted in strcmp order.
 */
#ifndef CITEP_OUTLETS_DATA_H
#define CITEP_OUTLETS_DATA_H
#include <stddef.h>

struct citep_outlet_key {
    const char *key;
    unsigned short outlet; /* index into citep_outlet_names */
};

extern const char *const citep_outlet_names[];
extern const size_t citep_outlet_count;
extern const struct citep_outlet_key citep_outlet_keys[];
extern const size_t citep_outlet_nkeys;
#endif
