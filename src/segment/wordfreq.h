/*
 * wordfreq.h - the generated word model (data/wordfreq.c, built by
 * tools/gen_wordfreq.py): a blob of entries "<q>word\n", most frequent first,
 * where the unigram cost -ln p of word is cost_min + (q - q0) / cost_scale.
 * The same file holds the hash table of those words that the segmenter looks
 * them up in, generated with them, so that loading the model takes no work.
 */
#ifndef CITEP_WORDFREQ_H
#define CITEP_WORDFREQ_H

#include <stdint.h>

extern const unsigned citep_wordfreq_n;
extern const double citep_wordfreq_cost_min;
extern const double citep_wordfreq_cost_scale;
extern const int citep_wordfreq_q0;
extern const char citep_wordfreq[];
extern const unsigned long citep_wordfreq_len;

extern const unsigned citep_wordfreq_qmax; /* the largest q */
/* 1 << tab_bits slots: offset of the word | length << 32 | hash check << 48 */
extern const unsigned citep_wordfreq_tab_bits;
extern const uint64_t citep_wordfreq_tab[];
/* the bit filter in front of the table, 1 << bloom_bits bits */
extern const unsigned citep_wordfreq_bloom_bits;
extern const uint64_t citep_wordfreq_bloom[];

#endif
