/*
 * wordfreq.h - the generated word model (data/wordfreq.c, built by
 * tools/gen_wordfreq.py): a blob of entries "<q>word\n", most frequent first,
 * where the unigram cost -ln p of word is cost_min + (q - q0) / cost_scale.
 */
#ifndef CITEP_WORDFREQ_H
#define CITEP_WORDFREQ_H

extern const unsigned citep_wordfreq_n;
extern const double citep_wordfreq_cost_min;
extern const double citep_wordfreq_cost_scale;
extern const int citep_wordfreq_q0;
extern const char citep_wordfreq[];
extern const unsigned long citep_wordfreq_len;

#endif
