/*
 * attrib_int.h - internals shared by the files of the attribution stage: the
 * word lexicon (cue verbs, titles, institution words...) and source
 * classification. Not used outside src/attrib/.
 */
#ifndef CITEP_ATTRIB_INT_H
#define CITEP_ATTRIB_INT_H
#include "attrib/attrib.h"

#include <stdint.h>

/* Word classes; one word may have several. */
enum {
    LX_SAY = 1u << 0,      /* speech/report verb: "said", "announced" */
    LX_INVERT = 1u << 1,   /* may precede its source: "said Li", "reports the Times" */
    LX_AUX = 1u << 2,      /* may stand between source and verb: "has", "also" */
    LX_BOUND = 1u << 3,    /* starts a new clause: "that", "while", "and" */
    LX_TITLE = 1u << 4,    /* a role or title: "minister", "spokesperson" */
    LX_OFFICIAL = 1u << 5, /* marks a state body: "ministry", "police" */
    LX_ORG = 1u << 6,      /* marks an organisation: "company", "institute" */
    LX_DOC = 1u << 7,      /* a document: "statement", "report" */
    LX_ANON = 1u << 8,     /* unnamed people: "sources", "witnesses" */
    LX_PRONOUN = 1u << 9,  /* "he", "she", "it" */
    LX_COUNTRY = 1u << 10, /* a state by name or capital: "China", "the Kremlin" */
    LX_PARTICLE = 1u << 11,/* lower-case name particle: "de", "van", "bin" */
    LX_MEDIA = 1u << 12,   /* a media descriptor: "newspaper", "agency" */
    LX_DET = 1u << 13,     /* determiner: "a", "the", "its" */
    LX_PASSIVE = 1u << 14, /* verb that cites with "by": "stated by" */
    LX_STOP = 1u << 15,    /* never part of a name: "in", "on", "at" */
    LX_FIND = 1u << 16,    /* cites only when a document is its subject: "a study found" */
    LX_BE = 1u << 17,      /* a form of "be": marks a passive before a participle */
    LX_PUBLIC = 1u << 18,  /* a public office: "the governor" speaks for the state */
    LX_CUE = 1u << 19,     /* opens a cue phrase: "according", "citing", "declined" */
    LX_PREP = 1u << 20     /* a preposition that ends a head noun: "of", "near" */
};

struct citep_lexicon;

struct citep_outlets {
    struct citep_lexicon *lx; /* hash tables of the lexicon and the outlet keys */
};

struct lx_word {
    const char *w;
    unsigned flags;
};

/* Longest word (or phrase) the lexicon looks up, in bytes after folding. */
#define CITEP_LX_MAX 63

/* A word folded as lookups compare words: ASCII lower case, U+2019 as a
 * straight apostrophe. */
struct citep_lx_key {
    size_t len;    /* folded length (up to a NUL, if any) */
    uint64_t pre;  /* its first eight bytes (fewer: zero-padded) as one integer */
    uint32_t hash; /* of the folded bytes */
};

/* Fold s[0..n) into buf (NUL-terminated). Returns 0 when it does not fit in
 * cap, else the bytes used, with *k describing the folded word. avail is how
 * many bytes may be read from s (at least n): when n rounded up to 8 is at
 * most avail and less than cap, an ASCII word is folded eight bytes at a time
 * (buf is then written up to that rounded length). */
size_t citep_lx_fold(const char *s, size_t n, size_t avail, char *buf, size_t cap,
                     struct citep_lx_key *k);
/* Flags of the lower-cased word (or phrase) w[0..n); 0 if unknown. */
unsigned citep_lx(const struct citep_outlets *o, const char *w, size_t n);
/* The same for a word w folded by citep_lx_fold into k. */
unsigned citep_lx_folded(const struct citep_outlets *o, const char *w,
                         const struct citep_lx_key *k);
/* What the rules ask of a token, worked out once per paragraph. */
struct tinfo {
    unsigned lx;      /* lexicon flags (LX) of a word, else 0 */
    bool date;        /* the folded word is one of citep_date_openers */
    size_t fold, len; /* the folded word: fold[fold .. fold + len) */
};

struct toks;

/* Fold every word token of t (offsets into text, of which tlen bytes may be
 * read) into fold, one after the other, as citep_lx_fold does, and describe
 * token i in info[i] with the flags citep_lx_folded gives the folded word.
 * fold has room for the bytes the tokens span plus 17. The common case, a
 * short ASCII word, is one or two loads, one hash and no call. */
void citep_lx_words(const struct citep_outlets *o, const char *text, size_t tlen,
                    const struct toks *t, struct tinfo *info, char *fold, size_t foldcap);
/* The same when avail (>= n) bytes may be read at w: folding then goes eight
 * bytes at a time, as citep_lx_fold says. */
unsigned citep_lx_in(const struct citep_outlets *o, const char *w, size_t n, size_t avail);
/* Index of the outlet named s[0..n) (any case, leading "the" ignored), or -1. */
int citep_outlet_find(const struct citep_outlets *o, const char *s, size_t n);
/* The same when avail (>= n) bytes may be read at s. */
int citep_outlet_find_in(const struct citep_outlets *o, const char *s, size_t n,
                         size_t avail);
/* The canonical outlet name for index i. */
const char *citep_outlet_name(int i);
#endif
