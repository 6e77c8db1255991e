/*
 * facts.c - date claims (phrases recognised and resolved by src/attrib/dates.h
 * against the post's own date for post text, the article date for the body)
 * and named-entity claims (people and organisations named in a post, and the
 * body's mentions of those same names).
 */
#include "claims_int.h"
#include "attrib/dates.h"

#include <stdio.h>
#include <string.h>

#define ENTITY_MAX_WORDS 6
#define ENTITY_NAME_MAX 160

/* ---- dates ----------------------------------------------------------------- */

/* The content word the date is about: the nearest non-stopword before it. */
static const char *date_subject(const struct citep_cx *cx, size_t k, char *buf, size_t n)
{
    size_t j, back = 0;
    bool plural, countable;
    for (j = k; j > 0 && back < 4; j--, back++) {
        const struct citep_tok *t = &cx->t.v[j - 1];
        if (t->fl & T_BREAK)
            return NULL;
        if (t->lw[0] && !citep_is_stopword(t->lw) && !(t->fl & T_CAP)) {
            if (!citep_lemma(t->lw, strlen(t->lw), buf, n, &plural, &countable))
                return NULL;
            return buf;
        }
        if (t->fl & T_SENT)
            return NULL;
    }
    return NULL;
}

cite_status citep_find_dates(struct citep_cx *cx, size_t b)
{
    const char *s = cx->d->text.s;
    size_t k = 0;
    cite_status rc = CITE_OK;
    while (k < cx->t.n && rc == CITE_OK) {
        const struct citep_tok *t = &cx->t.v[k];
        struct citep_date_expr e;
        size_t len, end;
        char val[16], phrase[64], subj[CITEP_LEMMA_MAX];
        const char *value, *subject;
        if ((t->fl & T_HASH) || t->s >= b) {
            k++;
            continue;
        }
        len = citep_date_scan(s + t->s, b - t->s, &e);
        if (len == 0) {
            k++;
            continue;
        }
        end = t->s + len;
        if (cx->embed >= 0 && (e.kind == CITEP_DATE_TODAY || e.kind == CITEP_DATE_THIS_WEEK ||
                               e.kind == CITEP_DATE_THIS_MONTH || e.kind == CITEP_DATE_THIS_YEAR)) {
            /* "today", "this morning" in a post: the post's own time, not a fact */
            while (k < cx->t.n && cx->t.v[k].s < end)
                k++;
            continue;
        }
        if (citep_date_resolve(&e, cx->ref_date, val, sizeof val)) {
            value = val;
        } else {
            size_t i, pl = len < sizeof phrase ? len : sizeof phrase - 1;
            for (i = 0; i < pl; i++)
                phrase[i] = (char)((s[t->s + i] >= 'A' && s[t->s + i] <= 'Z') ? s[t->s + i] + 32
                                                                              : s[t->s + i]);
            phrase[pl] = '\0';
            value = phrase;
        }
        subject = date_subject(cx, k, subj, sizeof subj);
        rc = citep_claim_add(cx, CITE_CLAIM_DATE, subject, value, t->s, end, 0, 0, NULL);
        while (k < cx->t.n && cx->t.v[k].s < end)
            k++;
    }
    return rc;
}

/* ---- entities --------------------------------------------------------------- */

static const char *const NOT_NAME[] = {
    "the", "a", "an", "in", "on", "at", "according", "however", "but", "and", "this",
    "that", "it", "he", "she", "they", "we", "i", "breaking", "watch", "video", "photo",
    "photos", "new", "today", "yesterday", "here", "there", "what", "why", "how", "when",
    "where", "who", "our", "my", "his", "her", "their", "its", "as", "after", "before",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr",
    "mrs", "ms", "dr", "president", "minister", "prime", "gen", "general", "sen",
    "senator", "rep", "gov", "governor", "update", "live", "just", "read", "more", "via",
    "thread", "statement", "please", "thank", "thanks", "today's", "latest", "secretary",
    "chairman", "chairwoman", "chief", "ceo", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "mayor", "judge", "king", "queen", "prince", "pope", "officials",
    "official", "police", "military", "army", "navy", "company", NULL};

static const char *const DEMONYM[] = {
    "chinese", "russian", "american", "british", "ukrainian", "iranian", "israeli",
    "palestinian", "korean", "japanese", "french", "german", "turkish", "indian",
    "pakistani", "afghan", "syrian", "iraqi", "saudi", "egyptian", "european", "african",
    "asian", "western", "eastern", "northern", "southern", "soviet", "polish", "italian",
    "spanish", "canadian", "australian", "mexican", "brazilian", "taiwanese", "filipino",
    "vietnamese", "belarusian", "georgian", "armenian", "azerbaijani", "kazakh", "uzbek",
    "english", "scottish", "welsh", "irish", "dutch", "swedish", "norwegian", "finnish",
    "danish", "greek", "lebanese", "yemeni", "sudanese", "nigerian", "kenyan", "ethiopian",
    "somali", "libyan", "qatari", "emirati", "jordanian", "muslim", "christian", "jewish",
    "arab", "nato-led", "us-led", NULL};

static bool in_list(const char *const *l, const char *w)
{
    for (; *l; l++)
        if (!strcmp(*l, w))
            return true;
    return false;
}

/* A name word: capitalised, not a hashtag word, not a month or demonym. */
static bool name_word(const struct citep_tok *t)
{
    return (t->fl & T_CAP) && !(t->fl & T_HASH) && t->lw[0] && !citep_is_month(t->lw) &&
           !in_list(DEMONYM, t->lw) && !in_list(NOT_NAME, t->lw);
}

static bool join_name(const struct citep_cx *cx, size_t k, size_t e, char *out, size_t n)
{
    size_t i, o = 0;
    for (i = k; i < e; i++) {
        const struct citep_tok *t = &cx->t.v[i];
        if (o + t->olen + 2 > n)
            return false;
        if (i > k)
            out[o++] = ' ';
        memcpy(out + o, t->o, t->olen);
        o += t->olen;
    }
    out[o] = '\0';
    return true;
}

/* End of the name starting at k: name words, with "of"/"for"/"and" inside
 * ("Ministry of Defense"). */
static size_t name_end(const struct citep_cx *cx, size_t k)
{
    size_t e = k + 1;
    while (e < cx->t.n && e - k < ENTITY_MAX_WORDS && !(cx->t.v[e - 1].fl & T_BREAK)) {
        const struct citep_tok *t = &cx->t.v[e];
        if (name_word(t) || ((t->fl & T_CAP) && !(t->fl & T_HASH) && !citep_is_month(t->lw) &&
                             !in_list(NOT_NAME, t->lw))) {
            e++;
        } else if ((!strcmp(t->lw, "of") || !strcmp(t->lw, "for")) && e + 1 < cx->t.n &&
                   !(t->fl & T_BREAK) && name_word(&cx->t.v[e + 1])) {
            e += 2;
        } else {
            break;
        }
    }
    return e;
}

cite_status citep_find_entities(struct citep_cx *cx)
{
    size_t k = 0;
    cite_status rc = CITE_OK;
    while (k < cx->t.n && rc == CITE_OK) {
        const struct citep_tok *t = &cx->t.v[k];
        char name[ENTITY_NAME_MAX];
        size_t e;
        if (!name_word(t)) {
            k++;
            continue;
        }
        e = name_end(cx, k);
        if (!join_name(cx, k, e, name, sizeof name) ||
            (e == k + 1 && (t->fl & T_SENT) && !(t->fl & T_ALLCAPS)) ||
            (cx->g && citep_gaz_find(cx->g, name, strlen(name)))) {
            k = e;
            continue;
        }
        rc = citep_claim_add(cx, CITE_CLAIM_ENTITY, name, name, t->s, cx->t.v[e - 1].e, 0, 0,
                             NULL);
        k = e;
    }
    return rc;
}

/* Does token run [k, k+len) spell name exactly? */
static bool spells(const struct citep_cx *cx, size_t k, const char *name, size_t *endk)
{
    size_t i = k;
    const char *p = name;
    while (*p) {
        size_t l = 0;
        while (p[l] && p[l] != ' ')
            l++;
        if (i >= cx->t.n || cx->t.v[i].olen != l || memcmp(cx->t.v[i].o, p, l) != 0 ||
            (cx->t.v[i].fl & T_HASH))
            return false;
        i++;
        p += l;
        while (*p == ' ')
            p++;
    }
    *endk = i;
    return true;
}

static bool already(const cite_doc *d, size_t from, const char *name)
{
    size_t k;
    for (k = from; k < d->claims.n; k++)
        if (d->claims.v[k].type == CITE_CLAIM_ENTITY && d->claims.v[k].embed < 0 &&
            !strcmp(d->claims.v[k].subject, name))
            return true;
    return false;
}

cite_status citep_find_entity_mentions(struct citep_cx *cx, size_t first_claim,
                                       size_t last_claim)
{
    size_t c, k;
    cite_status rc = CITE_OK;
    for (c = first_claim; c < last_claim && rc == CITE_OK; c++) {
        const char *name = cx->d->claims.v[c].subject, *sur;
        if (cx->d->claims.v[c].type != CITE_CLAIM_ENTITY || already(cx->d, last_claim, name))
            continue;
        sur = strrchr(name, ' ');
        for (k = 0; k < cx->t.n; k++) {
            size_t ek;
            if (spells(cx, k, name, &ek) || (sur && spells(cx, k, sur + 1, &ek))) {
                rc = citep_claim_add(cx, CITE_CLAIM_ENTITY, name, name, cx->t.v[k].s,
                                     cx->t.v[ek - 1].e, 0, 0, NULL);
                break;
            }
        }
    }
    return rc;
}
