/*
 * facts.c - date claims (phrases recognised and resolved by src/attrib/dates.h
 * against the post's own date for post text, the article date for the body)
 * and named-entity claims (people and organisations named in a post, and the
 * body's mentions of those same names).
 */
#include "claims_int.h"
#include "attrib/dates.h"
#include "lang.h"
#include "lemma.h"
#include "strtab.h"
#include "../core/wordkey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ENTITY_MAX_WORDS 6
#define ENTITY_NAME_MAX 160

/* ---- dates ----------------------------------------------------------------- */

/* Words that link a date to something else rather than name what is dated
 * ("following Friday's disorder", "every Monday", "starting Tuesday"). */
static const char *const DATE_LINK[] = {
    "following", "including", "during", "every", "each", "next", "last", "since", "until",
    "till", "before", "after", "from", "through", "throughout", "starting", "beginning",
    "ending", "usual", "as", "of", "early", "late", "later", "earlier",
    /* "closed until at least March 21", "by the latest" */
    "least", "most", "around", "about", "approximately", "roughly", "latest", "earliest",
    NULL};

CITEP_WORDSET(date_link_set, DATE_LINK, 128);

/* Words that say when something is to happen without naming it: "Reopening
 * is expected on Friday", "the hearing is scheduled for Monday". The thing
 * dated comes before them. */
static const char *const DATE_LIGHT[] = {
    "expected", "scheduled", "due", "set", "planned", "slated", "likely", "now", "also",
    "still", "then", "only", "probably", "tentatively", "provisionally", NULL};
CITEP_WORDSET(date_light_set, DATE_LIGHT, 32);

static bool common(const struct citep_cx *cx, const struct citep_tok *t, size_t top);
static bool has_digit(const struct citep_tok *t);

/* The thing a date is about: the noun after a possessive date ("Friday's
 * disorder"), else the nearest content word before it. */
static const char *date_subject(const struct citep_cx *cx, size_t k, size_t end, char *buf,
                                size_t n)
{
    size_t j, back = 0;
    bool plural, countable;
    const char *s = cx->d->text.s;
    size_t len = cx->d->text.len;
    bool poss = (end + 2 <= len && s[end] == '\'' && s[end + 1] == 's') ||
                (end + 4 <= len && !memcmp(s + end, "\xE2\x80\x99s", 4));
    if (poss) {
        for (j = k; j < cx->t.n && cx->t.v[j].s < end; j++)
            ;
        /* (a break after the noun is fine: "... Friday's disorder.") */
        if (j < cx->t.n && j > 0 && !(cx->t.v[j - 1].fl & T_BREAK) && cx->t.v[j].lw[0] &&
            !(cx->t.v[j].fl & (T_STOP | T_CAP)) &&
            citep_lemma(cx->t.v[j].lw, cx->t.v[j].lwn, buf, n, &plural, &countable))
            return buf;
    }
    for (j = k; j > 0 && back < 4; j--, back++) {
        const struct citep_tok *t = &cx->t.v[j - 1];
        if (t->fl & T_BREAK)
            return NULL;
        if (t->lw[0] && citep_tok_in(&date_link_set, t))
            continue;
        if (has_digit(t)) /* "85,508 MW from August 2023": a figure names nothing */
            continue;
        if (t->lw[0] && citep_tok_in(&date_light_set, t) && !(t->fl & T_CAP)) {
            back--; /* the light word and its "is" do not count against the reach */
            continue;
        }
        /* a sentence's first word is capitalised, and may still be a noun */
        bool first_common = (t->fl & T_CAP) && (t->fl & T_SENT) && !(t->fl & T_STOP) &&
                            !(t->fl & T_ALLCAPS) && common(cx, t, CITEP_KNOWN_WORDS);
        if (t->lw[0] && (!(t->fl & (T_STOP | T_CAP)) || first_common)) {
            if (!citep_lemma(t->lw, t->lwn, buf, n, &plural, &countable))
                return NULL;
            return buf;
        }
        if (t->fl & T_SENT)
            return NULL;
    }
    return NULL;
}

/* Words that put a weekday ahead of the date it is resolved against, in the
 * same clause: "the shop will reopen on Saturday", "We reopen on Saturday".
 * After the date only the plainest ones count ("On Saturday we will ..."). */
static const char *const FUTURE[] = {
    "will", "shall", "we'll", "it'll", "they'll", "due", "scheduled", "planned", "plans",
    "going", "reopen", "reopens", "reopening", "upcoming", NULL};
static const char *const FUTURE_AFTER[] = {"will", "shall", "we'll", "it'll", "they'll",
                                           "reopen", "reopens", NULL};
CITEP_WORDSET(future_set, FUTURE, 32);
static const char *const PRESENT[] = {"is", "are", "stays", "stay", "remains", "remain",
                                      "keeps", "continues", NULL};
CITEP_WORDSET(present_set, PRESENT, 16);
CITEP_WORDSET(future_after_set, FUTURE_AFTER, 16);

static bool future_around(const struct citep_cx *cx, size_t k, size_t end)
{
    bool until = false;
    for (size_t j = k, n = 0; j > 0 && n < 10; j--, n++) {
        const struct citep_tok *t = &cx->t.v[j - 1];
        if (t->fl & T_BREAK) /* another clause: "..., the city announced on Monday" */
            break;
        if (citep_tok_in(&future_set, t))
            return true;
        /* "is closed until at least Friday", "stays shut until Monday" */
        if (CITEP_LW_IS(t, "until") || CITEP_LW_IS(t, "till"))
            until = true;
        else if (until && citep_tok_in(&present_set, t))
            return true;
        if (t->fl & T_SENT)
            break;
    }
    for (size_t j = k; j < cx->t.n && j < k + 6; j++) {
        const struct citep_tok *t = &cx->t.v[j];
        if (t->s >= end && citep_tok_in(&future_after_set, t))
            return true;
        if ((j > k && (t->fl & T_SENT)) || (t->s >= end && (t->fl & T_BREAK)))
            break;
    }
    return false;
}

/* Words of a sentence told in the past: "The first sale was on April 7". */
static const char *const PAST[] = {"was", "were", "had", "did", "last", "ago", "wasn't",
                                   "weren't", "hadn't", "didn't", NULL};
CITEP_WORDSET(past_set, PAST, 32);

static bool past_around(const struct citep_cx *cx, size_t k, size_t end)
{
    for (size_t j = k, n = 0; j > 0 && n < 10; j--, n++) {
        const struct citep_tok *t = &cx->t.v[j - 1];
        if (citep_tok_in(&past_set, t))
            return true;
        if (t->fl & T_SENT)
            break;
    }
    for (size_t j = k; j < cx->t.n && j < k + 8; j++) {
        const struct citep_tok *t = &cx->t.v[j];
        if (j > k && (t->fl & T_SENT))
            break;
        if (t->s >= end && citep_tok_in(&past_set, t))
            return true;
    }
    return false;
}

/* The weekday val ("YYYY-MM-DD", the latest such day up to ref) moved a week
 * ahead, unless it is ref itself: the coming one. */
static void next_week(char *val, const char *ref)
{
    int y, m, d;
    if (!ref || !strcmp(val, ref) || !citep_date_parse_iso(val, &y, &m, &d))
        return;
    struct tm t = {0};
    t.tm_year = y - 1900, t.tm_mon = m - 1, t.tm_mday = d + 7, t.tm_hour = 12;
    time_t z = timegm(&t);
    struct tm u;
    if (z != (time_t)-1 && gmtime_r(&z, &u))
        strftime(val, 11, "%Y-%m-%d", &u);
}

/* Words before "last year" that make it the baseline of a comparison. */
static bool baseline_word(const struct citep_tok *t)
{
    return CITEP_LW_IS(t, "of") || CITEP_LW_IS(t, "than") || CITEP_LW_IS(t, "over") ||
           CITEP_LW_IS(t, "with") || CITEP_LW_IS(t, "vs") || CITEP_LW_IS(t, "versus");
}

/* A day of the year val ("YYYY-MM-DD", the latest such day up to ref) moved a
 * year ahead, unless it is ref itself. */
static void next_year(char *val, const char *ref)
{
    int y, m, d;
    if (!ref || !strcmp(val, ref) || !citep_date_parse_iso(val, &y, &m, &d) ||
        (m == 2 && d == 29) || y < 0 || y >= 9999)
        return;
    char buf[32];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y + 1, m, d);
    memcpy(val, buf, 11);
}

/* "on Monday, November 24": the weekday and the day of the month name one day,
 * which the month and day tell best. The length of the phrase from token k
 * (weekday at s[from, end)) through the day of the month, with *e set to it;
 * 0 when no day of the month follows the comma. */
static size_t weekday_then_day(const struct citep_cx *cx, size_t k, size_t end, size_t b,
                               struct citep_date_expr *e)
{
    const char *s = cx->d->text.s;
    struct citep_date_expr e2;
    size_t j = k, p = end, len;
    while (j < cx->t.n && cx->t.v[j].s < end)
        j++;
    if (j >= cx->t.n || p >= b || s[p] != ',')
        return 0;
    for (p++; p < b && s[p] == ' '; p++)
        ;
    if (cx->t.v[j].s != p || !(cx->t.v[j].fl & T_DATE))
        return 0;
    len = citep_date_scan(s + p, b - p, &e2);
    if (!len || e2.kind != CITEP_DATE_MONTH_DAY)
        return 0;
    *e = e2;
    return p + len - cx->t.v[k].s;
}

static bool all_digits_tok(const struct citep_tok *t)
{
    for (size_t i = 0; i < t->olen; i++)
        if (t->o[i] < '0' || t->o[i] > '9')
            return false;
    return t->olen > 0;
}

/* ---- dates in posts in other languages ------------------------------------
 * An agency abroad posts its dates in its own language: "am Donnerstag",
 * "el martes 13 de octubre", "vanaf dinsdag 16 juni", "Les 10, 11 et 12
 * novembre", "október 5-én", "torstaina". Weekdays and months of the
 * languages lang.c tells apart, each with its number (weekday 0 = Sunday,
 * month 1-12). The lists are the project's own. */
#define FOREIGN_WEEKDAYS(X)                                                                   \
    /* German */ X("sonntag", 0) X("montag", 1) X("dienstag", 2) X("mittwoch", 3)            \
    X("donnerstag", 4) X("freitag", 5) X("samstag", 6) X("sonnabend", 6)                      \
    /* French */ X("dimanche", 0) X("lundi", 1) X("mardi", 2) X("mercredi", 3) X("jeudi", 4)  \
    X("vendredi", 5) X("samedi", 6)                                                           \
    /* Spanish */ X("domingo", 0) X("lunes", 1) X("martes", 2) X("miércoles", 3)             \
    X("miercoles", 3) X("jueves", 4) X("viernes", 5) X("sábado", 6) X("sabado", 6)            \
    /* Portuguese */ X("segunda-feira", 1) X("terça-feira", 2) X("terca-feira", 2)           \
    X("quarta-feira", 3) X("quinta-feira", 4) X("sexta-feira", 5)                             \
    /* Italian */ X("domenica", 0) X("lunedì", 1) X("martedì", 2) X("mercoledì", 3)          \
    X("giovedì", 4) X("venerdì", 5)                                                           \
    /* Dutch */ X("zondag", 0) X("maandag", 1) X("dinsdag", 2) X("woensdag", 3)              \
    X("donderdag", 4) X("vrijdag", 5) X("zaterdag", 6)                                        \
    /* Swedish, Norwegian, Danish */ X("söndag", 0) X("måndag", 1) X("tisdag", 2)            \
    X("onsdag", 3) X("torsdag", 4) X("fredag", 5) X("lördag", 6) X("søndag", 0)               \
    X("mandag", 1) X("tirsdag", 2) X("lørdag", 6)                                             \
    /* Finnish, and its "on" form */ X("sunnuntai", 0) X("maanantai", 1) X("tiistai", 2)     \
    X("keskiviikko", 3) X("torstai", 4) X("perjantai", 5) X("lauantai", 6)                    \
    X("sunnuntaina", 0) X("maanantaina", 1) X("tiistaina", 2) X("keskiviikkona", 3)           \
    X("torstaina", 4) X("perjantaina", 5) X("lauantaina", 6)                                  \
    /* Polish, and its "on" forms */ X("niedziela", 0) X("poniedziałek", 1) X("wtorek", 2)   \
    X("środa", 3) X("czwartek", 4) X("piątek", 5) X("sobota", 6) X("niedzielę", 0)            \
    X("środę", 3) X("sobotę", 6)                                                              \
    /* Romanian */ X("duminică", 0) X("marți", 2) X("miercuri", 3) X("joi", 4)              \
    X("vineri", 5) X("sâmbătă", 6)                                                            \
    /* Hungarian, and its "on" forms */ X("vasárnap", 0) X("hétfő", 1) X("hétfőn", 1)        \
    X("kedd", 2) X("kedden", 2) X("szerda", 3) X("szerdán", 3) X("csütörtök", 4)              \
    X("csütörtökön", 4) X("péntek", 5) X("pénteken", 5) X("szombat", 6) X("szombaton", 6)     \
    /* Turkish */ X("pazar", 0) X("pazartesi", 1) X("salı", 2) X("çarşamba", 3)              \
    X("perşembe", 4) X("cuma", 5) X("cumartesi", 6)                                           \
    /* Indonesian */ X("senin", 1) X("selasa", 2) X("rabu", 3) X("kamis", 4) X("jumat", 5)   \
    X("sabtu", 6)
#define FOREIGN_MONTHS(X)                                                                     \
    X("januar", 1) X("februar", 2) X("märz", 3) X("mai", 5) X("juni", 6) X("juli", 7)        \
    X("oktober", 10) X("dezember", 12)                                                        \
    X("janvier", 1) X("février", 2) X("mars", 3) X("avril", 4) X("juin", 6) X("juillet", 7)  \
    X("août", 8) X("septembre", 9) X("octobre", 10) X("novembre", 11) X("décembre", 12)       \
    X("enero", 1) X("febrero", 2) X("marzo", 3) X("abril", 4) X("mayo", 5) X("junio", 6)     \
    X("julio", 7) X("agosto", 8) X("septiembre", 9) X("setiembre", 9) X("octubre", 10)        \
    X("noviembre", 11) X("diciembre", 12)                                                     \
    X("janeiro", 1) X("fevereiro", 2) X("março", 3) X("maio", 5) X("junho", 6) X("julho", 7) \
    X("setembro", 9) X("outubro", 10) X("dezembro", 12)                                       \
    X("gennaio", 1) X("febbraio", 2) X("aprile", 4) X("maggio", 5) X("giugno", 6)            \
    X("luglio", 7) X("settembre", 9) X("ottobre", 10) X("dicembre", 12)                       \
    X("januari", 1) X("februari", 2) X("maart", 3) X("mei", 5) X("augustus", 8)              \
    X("mars", 3) X("maj", 5) X("augusti", 8) X("desember", 12)                                \
    X("január", 1) X("február", 2) X("március", 3) X("április", 4) X("május", 5)             \
    X("június", 6) X("július", 7) X("augusztus", 8) X("szeptember", 9) X("október", 10)       \
    X("stycznia", 1) X("lutego", 2) X("marca", 3) X("kwietnia", 4) X("maja", 5)              \
    X("czerwca", 6) X("lipca", 7) X("sierpnia", 8) X("września", 9) X("października", 10)     \
    X("listopada", 11) X("grudnia", 12)                                                       \
    X("ianuarie", 1) X("februarie", 2) X("martie", 3) X("aprilie", 4) X("iunie", 6)          \
    X("iulie", 7) X("septembrie", 9) X("octombrie", 10) X("noiembrie", 11)                    \
    X("decembrie", 12)                                                                        \
    X("ocak", 1) X("şubat", 2) X("nisan", 4) X("mayıs", 5) X("haziran", 6) X("temmuz", 7)    \
    X("ağustos", 8) X("eylül", 9) X("ekim", 10) X("kasım", 11) X("aralık", 12)                \
    X("maret", 3) X("agustus", 8) X("desember", 12)                                           \
    X("tammikuuta", 1) X("helmikuuta", 2) X("maaliskuuta", 3) X("huhtikuuta", 4)             \
    X("toukokuuta", 5) X("kesäkuuta", 6) X("heinäkuuta", 7) X("elokuuta", 8)                  \
    X("syyskuuta", 9) X("lokakuuta", 10) X("marraskuuta", 11) X("joulukuuta", 12)             \
    /* shared with English: read here only after a day or before one */                      \
    X("april", 4) X("august", 8) X("september", 9) X("november", 11) X("december", 12)      \
    X("march", 3) X("may", 5) X("june", 6) X("july", 7) X("october", 10) X("january", 1)     \
    X("february", 2)
#define FD_WORD(w, n) w,
#define FD_NUM(w, n) n,
static const char *const FOREIGN_WEEKDAY[] = {FOREIGN_WEEKDAYS(FD_WORD) NULL};
static const signed char FOREIGN_WEEKDAY_N[] = {FOREIGN_WEEKDAYS(FD_NUM) -1};
static const char *const FOREIGN_MONTH[] = {FOREIGN_MONTHS(FD_WORD) NULL};
static const signed char FOREIGN_MONTH_N[] = {FOREIGN_MONTHS(FD_NUM) -1};
#undef FD_WORD
#undef FD_NUM
CITEP_WORDSET(foreign_weekday_set, FOREIGN_WEEKDAY, 256);
CITEP_WORDSET(foreign_month_set, FOREIGN_MONTH, 512);
/* Words that join the days of a list: "10, 11 et 12", "13 y 14", "5 und 6". */
static const char *const DAY_AND[] = {"et", "y", "e", "und", "en", "i", "és", "og", "och", "ve",
                                      "dan", "și", "ja", "and", NULL};
CITEP_WORDSET(day_and_set, DAY_AND, 32);

static int foreign_weekday(const struct citep_tok *t)
{
    size_t i = citep_wordset_find(&foreign_weekday_set, t->lw, t->lwn);
    return i ? FOREIGN_WEEKDAY_N[i - 1] : -1;
}

static int foreign_month(const struct citep_tok *t)
{
    size_t i = citep_wordset_find(&foreign_month_set, t->lw, t->lwn);
    return i ? FOREIGN_MONTH_N[i - 1] : 0;
}

/* A day of the month: "13", "16.", "5-én" (a Hungarian ending); 0 if not. */
static int month_day(const struct citep_tok *t)
{
    int d = 0;
    size_t i = 0;
    while (i < t->olen && i < 3 && t->o[i] >= '0' && t->o[i] <= '9')
        d = d * 10 + (t->o[i++] - '0');
    if (i == 0 || i > 2 || (i < t->olen && t->o[i] != '-'))
        return 0;
    return d >= 1 && d <= 31 ? d : 0;
}

/* A year after a month: "2026". */
static int year_of(const struct citep_tok *t)
{
    if (t->olen != 4 || !all_digits_tok(t))
        return 0;
    int y = 0;
    for (size_t i = 0; i < 4; i++)
        y = y * 10 + (t->o[i] - '0');
    return y >= 1900 && y <= 2100 ? y : 0;
}

/* Token j, when it is the word w with no break before it. */
static bool tok_word(const struct citep_cx *cx, size_t j, const char *w)
{
    return j < cx->t.n && !strcmp(cx->t.v[j].lw, w);
}

/* "13 de octubre", "16 juni", "16. Juni 2026", "10, 11 et 12 novembre": a day
 * (the first of a list) and its month from token j; the token after it, or 0. */
static size_t day_then_month(const struct citep_cx *cx, size_t j, struct citep_date_expr *e)
{
    int d = j < cx->t.n ? month_day(&cx->t.v[j]) : 0, m;
    size_t i = j + 1;
    if (!d)
        return 0;
    for (int n = 0; n < 6 && i < cx->t.n; n++) { /* the rest of a list of days */
        if (month_day(&cx->t.v[i]) && (cx->t.v[i - 1].fl & T_BREAK))
            i++;
        else if (i + 1 < cx->t.n && citep_tok_in(&day_and_set, &cx->t.v[i]) &&
                 month_day(&cx->t.v[i + 1]))
            i += 2;
        else
            break;
    }
    if (tok_word(cx, i, "de") || tok_word(cx, i, "di"))
        i++;
    if (i >= cx->t.n || !(m = foreign_month(&cx->t.v[i])))
        return 0;
    e->kind = CITEP_DATE_MONTH_DAY;
    e->month = m, e->day = d, e->year = 0;
    i++;
    if (i < cx->t.n && (tok_word(cx, i, "de") || tok_word(cx, i, "del")))
        i++;
    if (i < cx->t.n && (e->year = year_of(&cx->t.v[i])) != 0)
        i++;
    else if (tok_word(cx, i - 1, "de") || tok_word(cx, i - 1, "del"))
        i--;
    return i;
}

/* "október 5-én": a month, then its day. */
static size_t month_then_day(const struct citep_cx *cx, size_t j, struct citep_date_expr *e)
{
    int m = j < cx->t.n ? foreign_month(&cx->t.v[j]) : 0, d;
    if (!m || j + 1 >= cx->t.n || !(d = month_day(&cx->t.v[j + 1])))
        return 0;
    e->kind = CITEP_DATE_MONTH_DAY;
    e->month = m, e->day = d, e->year = 0;
    return j + 2;
}

/* A date of a post in another language opening at token k: its end token, or
 * 0; *wday gets the weekday written with a day of the month (-1 if none). */
static size_t foreign_date(const struct citep_cx *cx, size_t k, struct citep_date_expr *e,
                           int *wday)
{
    const struct citep_tok *t = &cx->t.v[k];
    int wd = foreign_weekday(t);
    size_t end;
    *wday = -1;
    memset(e, 0, sizeof *e);
    if (wd >= 0) {
        /* "dinsdag 16 juni", "martes 13 de octubre", "hétfőn, október 5-én" */
        if ((end = day_then_month(cx, k + 1, e)) || (end = month_then_day(cx, k + 1, e))) {
            *wday = wd;
            return end;
        }
        e->kind = CITEP_DATE_WEEKDAY;
        e->wday = wd;
        return k + 1;
    }
    /* a day before a month, or a month before a day; an English month only
     * with its day, and a bare number only before a month */
    if ((end = day_then_month(cx, k, e)) || (end = month_then_day(cx, k, e)))
        return end;
    return 0;
}

/* The day of a month-day e without a year nearest to the post's date ref: a
 * post's "16 juni" of June 11 is this June's, its "20 décembre" of January a
 * month ago. With a weekday written beside it, the year in which the day falls
 * on that weekday. val gets "YYYY-MM-DD". */
static bool nearest_day(const struct citep_date_expr *e, int wday, const char *ref, char *val)
{
    int y, m, d;
    if (!ref || !citep_date_parse_iso(ref, &y, &m, &d))
        return false;
    long best = -1;
    for (int yy = y - 1; yy <= y + 1; yy++) {
        struct tm t = {0}, u;
        t.tm_year = yy - 1900, t.tm_mon = e->month - 1, t.tm_mday = e->day, t.tm_hour = 12;
        time_t z = timegm(&t), r;
        struct tm tr = {0};
        tr.tm_year = y - 1900, tr.tm_mon = m - 1, tr.tm_mday = d, tr.tm_hour = 12;
        r = timegm(&tr);
        if (z == (time_t)-1 || r == (time_t)-1 || !gmtime_r(&z, &u) || u.tm_mday != e->day)
            continue;
        if (wday >= 0 && u.tm_wday != wday)
            continue;
        long dist = (long)((z > r ? z - r : r - z) / 86400);
        if (best < 0 || dist < best) {
            best = dist;
            strftime(val, 11, "%Y-%m-%d", &u);
        }
    }
    return best >= 0;
}

/* What a date of a post in another language dates, in English: a word of the
 * sentence around tokens [k, end) that lang.c knows ("... seront en grève",
 * "el derrumbe registrado el martes ..."), or NULL. */
#define DATED_REACH 12 /* tokens either side */
static const char *foreign_dated(const struct citep_cx *cx, size_t k, size_t end)
{
    const char *w;
    for (size_t j = end; j < cx->t.n && j < end + DATED_REACH; j++) {
        if (cx->t.v[j].fl & T_SENT)
            break;
        if ((w = citep_lang_dated(cx->t.v[j].lw, cx->t.v[j].lwn)) != NULL)
            return w;
    }
    for (size_t j = k, n = 0; j > 0 && n < DATED_REACH; j--, n++) {
        if ((w = citep_lang_dated(cx->t.v[j - 1].lw, cx->t.v[j - 1].lwn)) != NULL)
            return w;
        if (cx->t.v[j - 1].fl & T_SENT)
            break;
    }
    return NULL;
}

/* Read the date of a post in another language at token k into a claim;
 * returns the token after it, or 0 when none opens there. The claim's subject
 * is the English word for what the post dates (foreign_dated). */
static size_t foreign_date_claim(struct citep_cx *cx, size_t k, size_t b, cite_status *rc)
{
    struct citep_date_expr e;
    int wday;
    char val[16];
    size_t end = foreign_date(cx, k, &e, &wday);
    const char *what;
    if (!end || cx->t.v[end - 1].e > b)
        return 0;
    /* "Cooperativa 10 de Noviembre": a date inside a name names nothing */
    if (e.kind == CITEP_DATE_MONTH_DAY && (cx->t.v[end - 1].fl & T_CAP) && k > 0 &&
        (cx->t.v[k - 1].fl & T_CAP) && !(cx->t.v[k - 1].fl & T_BREAK) && wday < 0)
        return end;
    /* a date of nothing the post names in words we know gives no claim */
    if (!(what = foreign_dated(cx, k, end)))
        return end;
    if (e.kind == CITEP_DATE_MONTH_DAY && e.year) {
        snprintf(val, sizeof val, "%04d-%02d-%02d", e.year, e.month, e.day);
    } else if (e.kind == CITEP_DATE_MONTH_DAY) {
        if (!nearest_day(&e, wday, cx->ref_date, val))
            return end; /* no post date: nothing to resolve it against */
    } else if (!citep_date_resolve(&e, cx->ref_date, val, sizeof val)) {
        return end;
    }
    *rc = citep_claim_add(cx, CITE_CLAIM_DATE, what, val, cx->t.v[k].s, cx->t.v[end - 1].e, 0, 0,
                          NULL);
    return end;
}

cite_status citep_find_dates(struct citep_cx *cx, size_t b)
{
    const char *s = cx->d->text.s;
    size_t k = 0;
    cite_status rc = CITE_OK;
    bool foreign = cx->foreign && cx->embed >= 0;
    while (k < cx->t.n && rc == CITE_OK) {
        const struct citep_tok *t = &cx->t.v[k];
        struct citep_date_expr e;
        size_t len, end, day, next;
        char val[16], phrase[64], subj[CITEP_LEMMA_MAX];
        const char *value, *subject;
        if (foreign && !(t->fl & T_HASH) && t->s < b &&
            (next = foreign_date_claim(cx, k, b, &rc)) != 0) {
            k = next;
            continue;
        }
        if ((t->fl & T_HASH) || !(t->fl & T_DATE) || t->s >= b) {
            k++;
            continue;
        }
        len = citep_date_scan(s + t->s, b - t->s, &e); /* refuses most words at once */
        if (len == 0) {
            k++;
            continue;
        }
        end = t->s + len;
        if (e.kind == CITEP_DATE_WEEKDAY && (day = weekday_then_day(cx, k, end, b, &e)))
            end = t->s + (len = day);
        if (k > 0 && (CITEP_LW_IS(&cx->t.v[k - 1], "every") ||
                      CITEP_LW_IS(&cx->t.v[k - 1], "each") ||
                      (baseline_word(&cx->t.v[k - 1]) && !(cx->t.v[k - 1].fl & T_BREAK) &&
                       (e.kind == CITEP_DATE_LAST_YEAR || e.kind == CITEP_DATE_LAST_MONTH ||
                        e.kind == CITEP_DATE_LAST_WEEK)))) {
            /* "open every Sunday": a day that comes back, not a date; "ahead of
             * last year", "more than last month": a baseline, not a date */
            while (k < cx->t.n && cx->t.v[k].s < end)
                k++;
            continue;
        }
        if (cx->embed >= 0 && (e.kind == CITEP_DATE_TODAY || e.kind == CITEP_DATE_THIS_WEEK ||
                               e.kind == CITEP_DATE_THIS_MONTH || e.kind == CITEP_DATE_THIS_YEAR)) {
            /* "today", "this morning" in a post: the post's own time, not a fact */
            while (k < cx->t.n && cx->t.v[k].s < end)
                k++;
            continue;
        }
        if (citep_date_resolve(&e, cx->ref_date, val, sizeof val)) {
            value = val;
            if (e.kind == CITEP_DATE_WEEKDAY && future_around(cx, k, end))
                next_week(val, cx->ref_date); /* "We reopen on Saturday" */
            else if (e.kind == CITEP_DATE_MONTH_DAY && !e.year && future_around(cx, k, end))
                next_year(val, cx->ref_date); /* "Starting April 7 we will be open" */
            else if (e.kind == CITEP_DATE_MONTH_DAY && !e.year && cx->embed >= 0 &&
                     !past_around(cx, k, end))
                nearest_day(&e, -1, cx->ref_date, val); /* "extended to 30 June" in March */
        } else {
            size_t i, pl = len < sizeof phrase ? len : sizeof phrase - 1;
            for (i = 0; i < pl; i++)
                phrase[i] = (char)((s[t->s + i] >= 'A' && s[t->s + i] <= 'Z') ? s[t->s + i] + 32
                                                                              : s[t->s + i]);
            phrase[pl] = '\0';
            value = phrase;
        }
        /* a post in another language names what is dated in its own words:
         * the English word for it, or no claim */
        subject = foreign ? foreign_dated(cx, k, k + 1) : date_subject(cx, k, end, subj, sizeof subj);
        if (!foreign || subject)
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
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "tues", "weds", "thur", "thurs", "mr", "hon",
    "mrs", "ms", "dr", "president", "minister", "prime", "gen", "general", "sen",
    "senator", "rep", "gov", "governor", "update", "live", "just", "read", "more", "via",
    "thread", "statement", "please", "thank", "thanks", "today's", "latest", "secretary",
    "chairman", "chairwoman", "chief", "ceo", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "mayor", "judge", "king", "queen", "prince", "pope", "officials",
    "official", "police", "military", "army", "navy", "company",
    /* greetings that open a post and address the name after them
     * ("Congratulations Tigist Alemu", "Farewell Anna Berg") */
    "congratulations", "congrats", "welcome", "farewell", "goodbye", "hello", "hi",
    "hey", "dear", "condolences", "bravo", "kudos", "cheers", "rip", "shoutout",
    "introducing", "remembering", "celebrating",
    /* roles written before a name ("Keeper Priya Shah", "Head coach Ana Ruiz") */
    "keeper", "head", "coach", "manager", "director", "captain", "inspector",
    "sergeant", "detective", "professor", "nurse", "vet", "councillor", "councilor",
    "superintendent", "commissioner", "striker", "midfielder", "defender", "goalkeeper",
    "reporter", "correspondent", "chancellor", "cfo", "cto", "coo", "cmo", "founder",
    "co-founder", "chair", "chairperson", "vice", "deputy", "treasurer", "economist",
    "analyst", "researcher", "scientist", "biologist", "forecaster", "meteorologist",
    "skipper", "helmsman", "navigator", "pilot", "rider", "jockey", "trainer", "lawyer",
    "attorney", "prosecutor", "sheriff", "bishop", "rabbi", "imam", "dean",
    /* counts open a sentence in capitals too ("Eight Roman gold coins were stolen") */
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
    "thousand", "thousands", "dozen", "dozens", "several", "some", "many", NULL};

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

/* More nationalities and faiths: alone, such a word names no one ("the third
 * Portuguese woman"); before a name it may start one ("Estonian Biobank"). */
static const char *const NATIONALITY[] = {
    "portuguese", "romanian", "hungarian", "czech", "slovak",
    "slovenian", "croatian", "serbian", "bosnian", "bulgarian", "austrian", "swiss",
    "belgian", "icelandic", "estonian", "latvian", "lithuanian", "moldovan", "albanian",
    "macedonian", "cypriot", "maltese", "tunisian", "algerian", "moroccan", "senegalese",
    "ghanaian", "ivorian", "cameroonian", "congolese", "ugandan", "tanzanian", "rwandan",
    "zambian", "zimbabwean", "mozambican", "angolan", "namibian", "malawian", "malian",
    "eritrean", "omani", "bahraini", "kuwaiti", "thai", "malaysian", "singaporean",
    "indonesian", "cambodian", "burmese", "bangladeshi", "nepali", "nepalese", "mongolian",
    "tibetan", "uyghur", "kyrgyz", "tajik", "turkmen", "argentine", "argentinian",
    "chilean", "peruvian", "colombian", "venezuelan", "ecuadorian", "bolivian",
    "paraguayan", "uruguayan", "cuban", "haitian", "jamaican", "guatemalan", "honduran",
    "salvadoran", "nicaraguan", "panamanian", "hindu", "buddhist", "sikh", "catholic",
    "protestant", "sunni", "shia", "hispanic", "latino", "scandinavian", "nordic", "baltic",
    "balkan", "persian", "kurdish", "basque", "catalan", "flemish", "bavarian", NULL};

CITEP_WORDSET(not_name_set, NOT_NAME, 512);
CITEP_WORDSET(demonym_set, DEMONYM, 256);
CITEP_WORDSET(nationality_set, NATIONALITY, 256);

/* A name word: capitalised, not a hashtag word, not a month or demonym. */
static bool name_word(const struct citep_tok *t)
{
    return (t->fl & T_CAP) && !(t->fl & (T_HASH | T_MONTH)) && t->lw[0] &&
           !citep_tok_in(&demonym_set, t) && !citep_tok_in(&not_name_set, t);
}

/* "Schwarzach-St. Veit", "Mt. Hood": the dot of a short title word of a
 * place goes on with the name. */
static bool abbrev_dot(const struct citep_cx *cx, size_t i)
{
    const struct citep_tok *t = &cx->t.v[i];
    const char *s = cx->d->text.s;
    /* "Andrés F. Ocampo", "John F. Kennedy": a middle initial between two
     * names; not a sentence's end after one letter ("Plan B. The ...") */
    if (t->olen == 1 && t->o[0] >= 'A' && t->o[0] <= 'Z' && (t->fl & T_BREAK) && i > 0 &&
        t->e < cx->d->text.len && s[t->e] == '.' && i + 1 < cx->t.n &&
        (cx->t.v[i + 1].fl & T_CAP) && !(cx->t.v[i + 1].fl & (T_STOP | T_ALLCAPS)) &&
        name_word(&cx->t.v[i - 1]) && !(cx->t.v[i - 1].fl & (T_BREAK | T_ALLCAPS)) &&
        cx->t.v[i - 1].olen >= 2)
        return true;
    if (t->olen < 2 || !(t->fl & T_BREAK) || t->e >= cx->d->text.len || s[t->e] != '.' ||
        i + 1 >= cx->t.n || !(cx->t.v[i + 1].fl & T_CAP))
        return false;
    const char *w = t->o + t->olen - 2;
    bool head = t->olen == 2 || w[-1] == '-';
    return head && (!memcmp(w, "St", 2) || !memcmp(w, "Mt", 2) || !memcmp(w, "Ft", 2));
}

/* "a WFP-led convoy", "Kremlin-backed media": the name is the part before the
 * hyphen; the rest says what the named body did to the thing. */
static const char *const LED_BY[] = {"-led", "-backed", "-run", "-owned", "-funded",
                                     "-sponsored", "-brokered", "-organised", "-organized",
                                     NULL};

static void cut_led_by(char *out, size_t *o)
{
    for (const char *const *w = LED_BY; *w; w++) {
        size_t l = strlen(*w);
        if (*o > l + 1 && !memcmp(out + *o - l, *w, l) && out[*o - l - 1] != ' ') {
            *o -= l;
            return;
        }
    }
}

/* Last words of a name that "People's" runs into: "the Mongolian People's
 * Party", "the People's Republic", "the People's Liberation Army" (where
 * "Britain's Labour Party" is two names). */
static const char *const POSS_NAME_END[] = {"party", "republic", "army", "front", "movement",
                                            "alliance", "congress", "union", "liberation",
                                            NULL};
CITEP_WORDSET(poss_name_end_set, POSS_NAME_END, 32);

static bool poss_in_name(const struct citep_cx *cx, size_t i)
{
    return (cx->t.v[i].fl & T_POSS) && !(cx->t.v[i].fl & T_BREAK) && i + 1 < cx->t.n &&
           (cx->t.v[i + 1].fl & T_CAP) && !(cx->t.v[i + 1].fl & T_HASH) &&
           citep_tok_in(&poss_name_end_set, &cx->t.v[i + 1]) &&
           CITEP_LW_IS(&cx->t.v[i], "people");
}

/* "Bodø/Glimt", "Emmerdale/ITV": two capitalised words joined by a slash with
 * no space are one name; token i is the first. */
static bool slash_joined(const struct citep_cx *cx, size_t i)
{
    return i + 1 < cx->t.n && (cx->t.v[i].fl & T_BREAK) && cx->t.v[i].e + 1 == cx->t.v[i + 1].s &&
           cx->d->text.s[cx->t.v[i].e] == '/' && (cx->t.v[i + 1].fl & T_CAP) &&
           !(cx->t.v[i + 1].fl & (T_HASH | T_ALLCAPS)) && !(cx->t.v[i].fl & T_ALLCAPS);
}

static bool join_name(const struct citep_cx *cx, size_t k, size_t e, char *out, size_t n)
{
    size_t i, o = 0;
    for (i = k; i < e; i++) {
        const struct citep_tok *t = &cx->t.v[i];
        if (o + t->olen + 3 > n)
            return false;
        if (i > k)
            out[o++] = slash_joined(cx, i - 1) ? '/' : ' ';
        memcpy(out + o, t->o, t->olen);
        o += t->olen;
        if (i + 1 < e && abbrev_dot(cx, i))
            out[o++] = '.'; /* "Schwarzach-St. Veit" */
        if (i + 1 < e && poss_in_name(cx, i)) { /* "People's Party", either apostrophe */
            if (o + 5 > n)
                return false;
            out[o++] = '\'';
            out[o++] = 's';
        }
    }
    cut_led_by(out, &o);
    out[o] = '\0';
    return true;
}

/* End of the name starting at k: name words, with "of"/"for"/"and" inside
 * ("Ministry of Defense"). */

/* Lower-case particles inside names: "Hospital de Clínicas", "Ludwig van Beethoven". */
static const char *const PARTICLE[] = {"de", "del", "della", "da", "di", "du", "dos", "das",
                                       "van", "von", "der", "den", "la", "le", "al", "bin",
                                       "ibn", NULL};
CITEP_WORDSET(particle_set, PARTICLE, 64);

static bool name_particle(const struct citep_tok *t)
{
    return !(t->fl & T_CAP) && citep_tok_in(&particle_set, t);
}

static size_t name_end(const struct citep_cx *cx, size_t k)
{
    size_t e = k + 1;
    while (e < cx->t.n && e - k < ENTITY_MAX_WORDS &&
           (!(cx->t.v[e - 1].fl & (T_BREAK | T_POSS)) || abbrev_dot(cx, e - 1) ||
            poss_in_name(cx, e - 1) || slash_joined(cx, e - 1))) {
        const struct citep_tok *t = &cx->t.v[e];
        /* "Cooperativa 10 de Noviembre", "Avenida 9 de Julio": a name after a date */
        if (month_day(t) && e + 2 < cx->t.n && !(t->fl & T_BREAK) &&
            CITEP_LW_IS(&cx->t.v[e + 1], "de") && (cx->t.v[e + 2].fl & T_CAP) &&
            foreign_month(&cx->t.v[e + 2]) && !(cx->t.v[e + 1].fl & T_BREAK)) {
            e += 3;
            break;
        }
        if (has_digit(t) || ((t->fl & T_ALLCAPS) && citep_currency_code(t->lw, t->lwn)))
            break; /* "Nordlys Air Q3", "EBIT NOK": a code after a name is not part of it */
        /* "Leave Briagolong NOW": a shouted common word ends a name in mixed case */
        if ((t->fl & T_ALLCAPS) && !(cx->t.v[e - 1].fl & T_ALLCAPS) && t->lwn >= 3 &&
            common(cx, t, CITEP_COMMON_WORDS))
            break;
        /* a shouted heading runs into no name: "NATIONAL RECORD for Mira" */
        if ((cx->t.v[e - 1].fl & T_ALLCAPS) && cx->t.v[e - 1].olen >= 5 &&
            !(t->fl & T_ALLCAPS) && t->olen > 1)
            break;
        if (name_word(t) || ((t->fl & T_CAP) && !(t->fl & (T_HASH | T_MONTH)) &&
                             !citep_tok_in(&not_name_set, t))) {
            e++;
        } else if ((CITEP_LW_IS(t, "of") || CITEP_LW_IS(t, "for") || name_particle(t)) &&
                   e + 1 < cx->t.n && !(t->fl & T_BREAK) && name_word(&cx->t.v[e + 1]) &&
                   /* "HUGE NEWS for Ocala": capitals do not run into a name */
                   !((cx->t.v[e - 1].fl & T_ALLCAPS) && cx->t.v[e - 1].olen >= 3 &&
                     !(cx->t.v[e + 1].fl & T_ALLCAPS))) {
            e += 2; /* "Bank of England", "Hospital de Clínicas" */
        } else {
            break;
        }
    }
    return e;
}

/* Street and route suffixes: "Customs St", "Baldwin Street", "Western Line"
 * name addresses and transit routes, not the people and organisations that a
 * post's claims are about. */
static const char *const STREET[] = {"st", "street", "rd", "road", "ave", "avenue", "lane",
                                     "way", "boulevard", "blvd", "line", "highway", "motorway",
                                     NULL};
CITEP_WORDSET(street_set, STREET, 32);

static bool has_digit(const struct citep_tok *t)
{
    size_t i;
    for (i = 0; i < t->olen; i++)
        if (t->o[i] >= '0' && t->o[i] <= '9')
            return true;
    return false;
}

/* "MPs", "NGOs": the plural of an abbreviation is a common noun. */
static bool abbrev_plural(const struct citep_tok *t)
{
    size_t i;
    if (t->olen < 3 || t->o[t->olen - 1] != 's')
        return false;
    for (i = 0; i + 1 < t->olen; i++)
        if (!(t->o[i] >= 'A' && t->o[i] <= 'Z'))
            return false;
    return true;
}

/* Is the word (or its singular: "Refunds") among the top most frequent words? */
static bool common(const struct citep_cx *cx, const struct citep_tok *t, size_t top)
{
    char lem[CITEP_LEMMA_MAX];
    bool pl, ct;
    size_t r = citep_word_rank(cx->g, t->lw);
    if (r == SIZE_MAX && citep_lemma(t->lw, t->lwn, lem, sizeof lem, &pl, &ct) && pl)
        r = citep_word_rank(cx->g, lem);
    return r != SIZE_MAX && r < top;
}

/* Is tokens [k, e) a name worth a claim? General rules: codes and URL parts
 * (a digit inside: "A-81", "Wm01Ab23Cd") are not names; street and route names
 * are addresses; a lone capitalised common word ("All", "Two") and a shouted
 * heading of common words ("FULL TIME") and a lone letter are not names; a lone word that opens
 * a sentence is a name only when it is rare in English ("Okafor", not "Rescue"). */
/* Acronyms of things, not of anyone who could be cited: "police are checking CCTV". */
static const char *const GENERIC_ACRONYM[] = {
    "cctv", "gps", "dna", "atm", "suv", "tv", "pm", "am", "faq", "sms", "icu", "mri",
    "cpr", "vip", "usb", "id", "gdp", "pdf", "url", "led", "lgbt", "lgbtq", "covid", "ebit",
    "ebitda", "capex", "opex", "eps", "ipo", "ceo", "cfo", "coo", "q1", "q2", "q3", "q4",
    "fy", "yoy", "ytd", "qoq", "ksh", /* Kenya's shilling, "KSh 25,000" */
    /* posts' own shorthand ("POV: ...", "PSA", "TBT") */
    "pov", "psa", "fyi", "tbt", "ootd", "omg", "asap", "eta", "tba", "tbc", "aka", "diy",
    /* measures, currencies and systems: "CPI", "40 BTC", "a late VAR penalty",
     * "on AIS", "CFR 2.8%" */
    "cpi", "ppi", "btc", "eth", "nft", "var", "ais", "cfr", "lng", "lpg", "gmo", "ev", "evs",
    "ai", "hiv", NULL};
CITEP_WORDSET(generic_acronym_set, GENERIC_ACRONYM, 256);

/* Is token k next to another upper-case word of two letters or more, or to "I"? */
static bool shouted(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *p = k > 0 ? &cx->t.v[k - 1] : NULL;
    const struct citep_tok *n = k + 1 < cx->t.n ? &cx->t.v[k + 1] : NULL;
    return (p && (p->fl & T_ALLCAPS) && !(p->fl & T_BREAK)) ||
           (n && (n->fl & T_ALLCAPS) && n->olen >= 2 && !(cx->t.v[k].fl & T_BREAK));
}

/* Is each hyphen-joined part of t among the top English words ("GOOD-PAYING")? */
static bool known_parts(const struct citep_cx *cx, const struct citep_tok *t, size_t top)
{
    size_t b = 0;
    if (!t->lwn || t->lwn >= sizeof t->lw)
        return false;
    for (size_t i = 0; i <= t->lwn; i++) {
        if (i < t->lwn && t->lw[i] != '-')
            continue;
        if (i == b)
            return false;
        struct citep_tok part = *t;
        memcpy(part.lw, t->lw + b, i - b);
        part.lw[i - b] = '\0';
        part.lwn = i - b;
        if (!common(cx, &part, top))
            return false;
        b = i + 1;
    }
    return true;
}

/* Are tokens [k, e) all upper-case English words? */
/* Are tokens [k, e) in capitals and English words, all of them, or all but
 * one of three or more ("SENIOR HURLING CHAMPIONS": a sport's name is rare)? */
static bool all_known(const struct citep_cx *cx, size_t k, size_t e)
{
    size_t unknown = 0;
    for (size_t i = k; i < e; i++) {
        if (!(cx->t.v[i].fl & T_ALLCAPS))
            return false;
        unknown += !known_parts(cx, &cx->t.v[i], CITEP_KNOWN_WORDS);
    }
    return unknown == 0 || (e - k >= 3 && unknown == 1);
}

/* A long word in capitals amid capitals ("HAILSTORM IN CURITIBA AND THE ..."),
 * or with a letter no English acronym has ("BALANÇO"): a shouted word, not an
 * acronym. Acronyms run to five letters or so and are ASCII. */
static bool shouted_long(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    if (!(t->fl & T_ALLCAPS) || t->olen < 6)
        return false;
    if (citep_ascii_span(t->o, t->olen) < t->olen)
        return true;
    size_t caps = 0;
    for (size_t i = k + 1; i < cx->t.n && i < k + 4 && (cx->t.v[i].fl & T_ALLCAPS); i++)
        caps++;
    return caps >= 2;
}

/* Does token i follow an apostrophe, as the end of "DON'T" or "IT'S" does? */
static bool after_apostrophe(const struct citep_cx *cx, size_t i)
{
    const unsigned char *s = (const unsigned char *)cx->d->text.s;
    size_t a = cx->t.v[i].s;
    return (a >= 1 && s[a - 1] == '\'') ||
           (a >= 3 && s[a - 3] == 0xE2 && s[a - 2] == 0x80 && s[a - 1] == 0x99);
}

/* Abbreviations written in capitals that name no one: time zones ("14:30
 * KST") and the local short forms of currencies ("Rs", "TL"). */
static const char *const NOT_NAME_ABBR[] = {
    "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "west", "est", "edt", "cst",
    "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst", "ist", "jst", "kst", "hkt", "sgt",
    "awst", "acst", "aest", "aedt", "nzst", "nzdt", "wib", "wita", "wit", "pht", "ict",
    "msk", "trt", "rs", "tl", "zl", NULL};
CITEP_WORDSET(not_name_abbr_set, NOT_NAME_ABBR, 128);
/* Number words, which open a sentence in capitals ("Thirty-one stocks fell"). */
static const char *const NUMBER_WORD[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand", "dozen", "dozens", "hundreds",
    "thousands",
    /* and the large ones a shouting post writes alone ("HALF A BILLION dollars") */
    "million", "millions", "billion", "billions", "trillion", "trillions", NULL};
CITEP_WORDSET(number_word_set, NUMBER_WORD, 128);

/* Is the lone token t a time zone, a currency's short form or a number word? */
static bool no_name_word(const struct citep_tok *t)
{
    const char *dash = memchr(t->lw, '-', t->lwn);
    size_t n = dash ? (size_t)(dash - t->lw) : t->lwn;
    return citep_tok_in(&not_name_abbr_set, t) || citep_currency_code(t->lw, t->lwn) ||
           citep_wordset_find(&number_word_set, t->lw, n);
}

/* "Mag:6.4", "Lok:8.62LS": a word glued by a colon to a figure is a field's
 * label in a machine-written post, not a name. */
static bool field_label(const struct citep_cx *cx, size_t k)
{
    const char *s = cx->d->text.s;
    size_t e = cx->t.v[k].e;
    return e + 1 < cx->d->text.len && s[e] == ':' && s[e + 1] >= '0' && s[e + 1] <= '9';
}

/* Is t an English prefix and a known word of five letters or more
 * ("unscientific", "overcrowded", "nonstop")? */
static bool prefixed_word(const struct citep_cx *cx, const struct citep_tok *t)
{
    static const char *const PREFIX[] = {"un", "non", "dis", "mis", "anti", "semi", "over",
                                         "under", "pre", "post", NULL};
    for (size_t i = 0; PREFIX[i]; i++) {
        size_t n = strlen(PREFIX[i]);
        if (t->lwn >= n + 5 && !memcmp(t->lw, PREFIX[i], n)) {
            struct citep_tok rest = *t;
            memmove(rest.lw, t->lw + n, t->lwn - n + 1);
            rest.lwn = t->lwn - n;
            if (rest.lw[0] == '-')
                continue;
            if (common(cx, &rest, CITEP_KNOWN_WORDS))
                return true;
        }
    }
    return false;
}

static bool good_name(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *t = &cx->t.v[k];
    size_t i;
    bool all_common = true;
    if (e == k + 1 && field_label(cx, k))
        return false;
    /* "Pier 7", "Gate 12", "Platform 3": a common word numbered is one of a
     * series, not a name */
    if (e == k + 1 && e < cx->t.n && !(t->fl & (T_BREAK | T_ALLCAPS)) &&
        has_digit(&cx->t.v[e]) && common(cx, t, CITEP_KNOWN_WORDS))
        return false;
    /* "DAY 9 OF THE INDEFINITE STRIKE": capitals after a shouted "THE" or "OF"
     * are more of the shouting, not a name */
    if ((t->fl & T_ALLCAPS) && k > 0 && (cx->t.v[k - 1].fl & T_ALLCAPS) &&
        (cx->t.v[k - 1].fl & T_STOP) && !(cx->t.v[k - 1].fl & T_BREAK) &&
        cx->t.v[k - 1].lwn >= 2)
        return false;
    for (i = k; i < e; i++) {
        if (has_digit(&cx->t.v[i]))
            return false;
        if (i > k && cx->t.v[i].lwn <= 2 && after_apostrophe(cx, i))
            return false; /* "DON'T", "WE'LL": a contraction in capitals */
        if (!common(cx, &cx->t.v[i], CITEP_COMMON_WORDS))
            all_common = false;
    }
    /* a lone word in capitals that is a common English word of four letters or
     * more is shouted ("HUGE"); rarer words may be acronyms the lists know ("NASA") */
    if (e == k + 1 && (t->fl & T_ALLCAPS) && t->olen >= 4 &&
        known_parts(cx, t, CITEP_COMMON_WORDS))
        return false;
    /* a word in capitals right after a figure is its scale or unit: "$1.4 BILLION",
     * "89,412 MW", "89,000+ MEGAWATTS" */
    if (e == k + 1 && k > 0 && has_digit(&cx->t.v[k - 1]) && !(cx->t.v[k - 1].fl & T_BREAK) &&
        (((t->fl & T_ALLCAPS) && common(cx, t, CITEP_KNOWN_WORDS)) ||
         citep_unit_word(t->lw, t->lwn)))
        return false;
    if (citep_tok_in(&street_set, &cx->t.v[e - 1]))
        return false;
    /* "GH¢4.8 billion", "NZ$85 million": letters of a currency's sign */
    if (e == k + 1 && citep_currency_sign(cx->d->text.s, cx->d->text.len, t->e, NULL))
        return false;
    if (e == k + 1 && (abbrev_plural(t) || t->olen < 2 || no_name_word(t)))
        return false;
    if (all_common && (e == k + 1 || (t->fl & T_ALLCAPS)))
        return false;
    if (e == k + 1 && (t->fl & T_SENT) && !(t->fl & T_ALLCAPS) &&
        common(cx, t, CITEP_KNOWN_WORDS))
        return false;
    /* "Unscientific poll:", "Overcrowded wards": a known word with an English
     * prefix opening a sentence is a word too, however rare */
    if (e == k + 1 && (t->fl & T_SENT) && !(t->fl & T_ALLCAPS) && prefixed_word(cx, t))
        return false;
    /* a lone word opening a sentence and followed by "of" is a common noun
     * however rare ("Gusts of 110 km/h", "Aftershocks of the quake") */
    if (e == k + 1 && (t->fl & T_SENT) && !(t->fl & (T_BREAK | T_ALLCAPS)) && e < cx->t.n &&
        CITEP_LW_IS(&cx->t.v[e], "of"))
        return false;
    /* "Capex guidance cut": such a term is often written as a word */
    if (e == k + 1 && (citep_tok_in(&generic_acronym_set, t) || citep_tok_in(&nationality_set, t)))
        return false;
    if (e == k + 1 && (t->fl & T_ALLCAPS) && citep_currency_code(t->lw, t->lwn))
        return false;
    /* a shouted heading of English words ("BOIL WATER NOTICE"), however rare */
    if (e > k + 1 && (t->fl & T_ALLCAPS) && all_known(cx, k, e))
        return false;
    if (e == k + 1 && shouted_long(cx, k))
        return false;
    /* a word of a shouted sentence ("I SWAM THE ENGLISH CHANNEL") */
    if (e == k + 1 && (t->fl & T_ALLCAPS) && shouted(cx, k) && common(cx, t, CITEP_KNOWN_WORDS))
        return false;
    /* a shouted label opening a post ("RECALL", "BREAKING", "UPDATE"): an
     * English word of five letters or more, where acronyms are rarely words */
    if (e == k + 1 && (t->fl & T_SENT) && (t->fl & T_ALLCAPS) && t->olen >= 5 &&
        common(cx, t, CITEP_KNOWN_WORDS))
        return false;
    return true;
}

/* Last words of an organisation's name: with them a leading demonym belongs to
 * the name ("the Canadian Food Inspection Agency", "the British Medical
 * Association"), where "Canadian officials" or "French President Macron" keep
 * it out. */
static const char *const ORG_END[] = {
    "agency", "association", "authority", "bank", "board", "bureau", "commission",
    "company", "corporation", "council", "court", "federation", "foundation", "institute",
    "league", "ministry", "office", "organisation", "organization", "party", "service",
    "society", "union", "university", NULL};
CITEP_WORDSET(org_end_set, ORG_END, 64);

/* Token k is a capitalised demonym opening an organisation's name: the name's
 * end, or 0. */
static size_t demonym_org(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *t = &cx->t.v[k];
    if (!(t->fl & T_CAP) || (t->fl & (T_HASH | T_BREAK)) || k + 1 >= cx->t.n ||
        !citep_tok_in(&demonym_set, t) || !name_word(&cx->t.v[k + 1]))
        return 0;
    size_t e = name_end(cx, k + 1);
    return citep_tok_in(&org_end_set, &cx->t.v[e - 1]) ? e : 0;
}

/* A lone name the gazetteer does not know, right after "in", "near" or
 * "outside" ("disorder outside a hotel in Knowsley"), is a place too small for
 * the gazetteer rather than a person or organisation. Its kind is unknown, so
 * it can agree with the body but never conflict with another place. */
static const char *const LOCATIVE[] = {"in", "near", "outside", "at", "from", NULL};
CITEP_WORDSET(locative_set, LOCATIVE, 16);

/* Last words that make a name a place: "Adelaide Oval", "Roches Point",
 * "Sardis Road", "Lake Nakuru" keeps its own order and is not one of these. */
static const char *const LANDMARK[] = {
    "airport", "arena", "avenue", "bay", "beach", "boulevard", "bridge", "canyon", "cape",
    "coast", "dam", "falls", "field", "forest", "glacier", "gorge", "ground", "harbor",
    "harbour", "heath", "highway", "hill", "hills", "island", "islands", "lagoon", "lane",
    "motorway", "mountain", "mountains", "oval", "park", "peak", "peninsula", "pier", "plaza",
    "point", "quay", "reservoir", "road", "square", "stadium", "street", "valley", "wharf",
    NULL};
CITEP_WORDSET(landmark_set, LANDMARK, 128);

static bool from_to(const struct citep_cx *cx, size_t k, size_t e);
static bool between_and(const struct citep_cx *cx, size_t k, size_t e);
static bool listed_after_place(const struct citep_cx *cx, size_t k);
static bool known_place_ends(const struct citep_cx *cx, size_t j);

#define LISTED_PLACE_WORDS 3 /* words of a place name in a list or a stretch */

/* Does a list item open at s[pos]: a line that starts with "-", "*" or "•"? */
static bool bullet_at(const char *s, size_t pos)
{
    size_t i = pos;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i >= 1 && (s[i - 1] == '-' || s[i - 1] == '*'))
        i--;
    else if (i >= 3 && !memcmp(s + i - 3, "\xE2\x80\xA2", 3))
        i -= 3;
    else
        return false;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return i == 0 || s[i - 1] == '\n';
}

#define ITEM_NAME_MAX 64 /* bytes of a list item's name */

/* The capitalised words opening the list item whose bullet line starts at
 * s[a] (up to a colon, a lower-case word or the line's end), into out. */
static size_t item_name(const char *s, size_t a, size_t len, char *out)
{
    size_t i = a, o = 0;
    while (i < len && (s[i] == ' ' || s[i] == '-' || s[i] == '*'))
        i++;
    if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\xA2", 3))
        i += 3;
    while (i < len && s[i] == ' ')
        i++;
    while (i < len && ((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC0)) {
        size_t w = i;
        while (i < len && s[i] != ' ' && s[i] != ':' && s[i] != ',' && s[i] != '\n')
            i++;
        if (o + (i - w) + 1 >= ITEM_NAME_MAX)
            return 0;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, s + w, i - w);
        o += i - w;
        if (i >= len || s[i] != ' ')
            break;
        i++;
    }
    out[o] = '\0';
    return o;
}

/* Is the item on the line before (dir -1) or after (dir +1) the line of s[pos]
 * a list item naming a place the gazetteer knows or the document has shown? */
static bool item_known(const struct citep_cx *cx, size_t pos, int dir)
{
    const char *s = cx->d->text.s;
    size_t len = cx->d->text.len, a = pos, b;
    char name[ITEM_NAME_MAX];
    while (a > 0 && s[a - 1] != '\n')
        a--; /* this line's start */
    if (dir < 0) {
        if (a == 0)
            return false;
        for (b = a - 1; b > 0 && s[b - 1] != '\n';)
            b--;
    } else {
        const char *nl = memchr(s + pos, '\n', len - pos);
        if (!nl)
            return false;
        b = (size_t)(nl - s) + 1;
    }
    size_t n = b < len ? item_name(s, b, len, name) : 0;
    size_t first = b;
    while (first < len && s[first] == ' ')
        first++;
    if (!n || first >= len || !(s[first] == '-' || s[first] == '*' ||
                                (first + 3 <= len && !memcmp(s + first, "\xE2\x80\xA2", 3))))
        return false;
    return (cx->g && citep_gaz_find(cx->g, name, n)) || citep_placeev_noted(cx->ev, name, n);
}

/* "- Sa Ky port: 412 vessels / - Tinh Ky: 236 vessels / - Ly Son: 318 vessels":
 * a name opening an item of a list whose item before or after it opens with a
 * place is a place too. */
static bool list_item_place(const struct citep_cx *cx, size_t k, size_t e)
{
    if (e > k + LISTED_PLACE_WORDS || !bullet_at(cx->d->text.s, cx->t.v[k].s))
        return false;
    return item_known(cx, cx->t.v[k].s, -1) || item_known(cx, cx->t.v[k].s, 1);
}

/* Words for a part of a place: "Central Darfur", "Upper Austria". */
static const char *const PART_WORD[] = {"north", "south", "east", "west", "central",
                                        "upper", "lower", "greater", "inner", "outer",
                                        "north-east", "north-west", "south-east",
                                        "south-west", NULL};
CITEP_WORDSET(part_word_set, PART_WORD, 32);

/* Do tokens [k, e) name a place the gazetteer knows (not a town, which needs
 * more than this to be taken)? Its kind, or 0. */
static char known_place_at(const struct citep_cx *cx, size_t k, size_t e)
{
    char name[ENTITY_NAME_MAX];
    const struct citep_gaz_entry *g;
    if (!cx->g || !join_name(cx, k, e, name, sizeof name) ||
        !(g = citep_gaz_find(cx->g, name, strlen(name))))
        return 0;
    return g->kind;
}

/* Does ", <place>" follow the name ending at token e, the place (a city, a
 * region or a country the gazetteer knows, of one or two words) ending its
 * clause: "Buckeye Meats, of Marysville, Ohio, produced ..."? */
static bool placed_by_comma(const struct citep_cx *cx, size_t e)
{
    const char *s = cx->d->text.s;
    const struct citep_tok *last = &cx->t.v[e - 1];
    if (e >= cx->t.n || !(last->fl & T_BREAK) || last->e >= cx->d->text.len ||
        s[last->e] != ',')
        return false;
    for (size_t f = e + 1; f <= e + 2 && f <= cx->t.n; f++) {
        const struct citep_tok *u = &cx->t.v[f - 1];
        if (!(u->fl & T_CAP) || (u->fl & (T_HASH | T_POSS)))
            return false;
        /* the clause goes on after the place: "Marysville, Ohio, produced",
         * "a Marysville, Ohio establishment" (not "Thank you, Wroclaw!") */
        bool ends = ((u->fl & T_BREAK) && u->e < cx->d->text.len && s[u->e] == ',') ||
                    (!(u->fl & T_BREAK) && f < cx->t.n && !(cx->t.v[f].fl & T_CAP));
        char kind = ends ? known_place_at(cx, e, f) : 0;
        if (kind && kind != 'w')
            return true;
        if (u->fl & T_BREAK)
            return false;
    }
    return false;
}

static bool unknown_place(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *t = &cx->t.v[k];
    if (!(t->fl & (T_POSS | T_HASH | T_ALLCAPS)) && list_item_place(cx, k, e))
        return true;
    if (e >= k + 2 && !(cx->t.v[e - 1].fl & (T_POSS | T_HASH | T_ALLCAPS)) &&
        citep_tok_in(&landmark_set, &cx->t.v[e - 1]))
        return true;
    /* "Central Darfur", "Upper Austria": a part of a place the gazetteer knows */
    if (e >= k + 2 && !(t->fl & (T_HASH | T_ALLCAPS | T_POSS)) &&
        citep_tok_in(&part_word_set, t) && known_place_at(cx, k + 1, e))
        return true;
    /* "Marysville, Ohio", "Çumra, Konya": a name placed by the place after it */
    if (e <= k + LISTED_PLACE_WORDS && !(cx->t.v[e - 1].fl & (T_POSS | T_HASH)) &&
        !(t->fl & T_HASH) && placed_by_comma(cx, e))
        return true;
    if (!(t->fl & T_HASH) && citep_site_end(cx, k, e))
        return true;
    /* "Estadio Akron", "Cerro Rico": the feature's word opens the name */
    if (e >= k + 2 && !(t->fl & (T_HASH | T_ALLCAPS)) && citep_place_first_word(t))
        return true;
    if (k > 0 && e <= k + LISTED_PLACE_WORDS && !(t->fl & (T_POSS | T_HASH | T_ALLCAPS)) &&
        !(cx->t.v[e - 1].fl & T_POSS) && (between_and(cx, k, e) || listed_after_place(cx, k)))
        return true;
    if (e != k + 1 || k == 0 || (t->fl & (T_SENT | T_POSS | T_ALLCAPS | T_HASH)) ||
        (cx->t.v[k - 1].fl & T_BREAK) ||
        (e < cx->t.n && (cx->t.v[e].fl & T_CAP) && !(t->fl & T_BREAK)))
        return false;
    return citep_tok_in(&locative_set, &cx->t.v[k - 1]) || from_to(cx, k, e);
}

/* "from Ollantaytambo to Machu Picchu": a journey's two ends are places. The
 * name at [k, e) follows "from" and a capitalised name follows its "to", or
 * it follows "to" and "from" + a capitalised word came just before. */
static bool from_to(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *v = cx->t.v;
    if (CITEP_LW_IS(&v[k - 1], "from"))
        return e + 1 < cx->t.n && CITEP_LW_IS(&v[e], "to") && (v[e + 1].fl & T_CAP) &&
               !(v[e + 1].fl & T_HASH);
    if (!CITEP_LW_IS(&v[k - 1], "to"))
        return false;
    for (size_t j = k - 1; j > 0 && k - 1 - j < 4; j--)
        if (CITEP_LW_IS(&v[j - 1], "from"))
            return (v[j].fl & T_CAP) && !(v[j - 1].fl & T_BREAK);
    return false;
}

/* Does a place the gazetteer knows end with token j ("Fès", "Quang Ngai")? */
static bool known_place_ends(const struct citep_cx *cx, size_t j)
{
    char name[ENTITY_NAME_MAX];
    const struct citep_gaz_entry *town;
    for (size_t m = 1; m <= LISTED_PLACE_WORDS && m <= j + 1; m++) {
        size_t a = j + 1 - m;
        if (!(cx->t.v[a].fl & T_CAP) || (m > 1 && (cx->t.v[a].fl & T_BREAK)))
            break;
        /* or one the document has shown to be a place ("services to Kirkwall") */
        if (cx->g && join_name(cx, a, j + 1, name, sizeof name) &&
            (citep_gaz_find(cx->g, name, strlen(name)) || citep_town_at(cx, a, &town) == m ||
             citep_placeev_noted(cx->ev, name, strlen(name))))
            return true;
    }
    return false;
}

/* "Fès, Chefchaouen", "to Quang Ngai and Tinh Ky": a name listed right after
 * a place the gazetteer knows is a place too. */
static bool listed_after_place(const struct citep_cx *cx, size_t k)
{
    const struct citep_tok *v = cx->t.v;
    const char *s = cx->d->text.s;
    if (k >= 2 && (CITEP_LW_IS(&v[k - 1], "and") || CITEP_LW_IS(&v[k - 1], "or")) &&
        !(v[k - 2].fl & T_BREAK))
        return known_place_ends(cx, k - 2);
    if (k < 1 || !(v[k - 1].fl & T_BREAK))
        return false;
    for (size_t i = v[k - 1].e; i < v[k].s; i++) /* a comma, and nothing else but space */
        if (s[i] == ',')
            return known_place_ends(cx, k - 1);
        else if (s[i] != ' ')
            return false;
    return false;
}

/* Words that make "between X and Y" a stretch of road, rail or water. */
static const char *const STRETCH[] = {"railway", "line", "road", "route", "track", "highway",
                                      "motorway", "service", "services", "train", "trains",
                                      "bus", "buses", "flights", "ferry", "ferries", "stretch",
                                      "section", "closed", "traffic", "border", "river", NULL};
CITEP_WORDSET(stretch_set, STRETCH, 64);

/* "the railway between Schwarzach-St. Veit and Bad Gastein": the two ends of
 * a stretch are places, when one of them is a known place or a word of road,
 * rail or water comes just before "between" ("talks between Smith and Jones"
 * name people). k..e is either end. */
static bool between_and(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *v = cx->t.v;
    size_t b, other_end;
    if (CITEP_LW_IS(&v[k - 1], "between")) {
        if (e + 1 >= cx->t.n || (v[e - 1].fl & T_BREAK) || !CITEP_LW_IS(&v[e], "and") ||
            !(v[e + 1].fl & T_CAP) || (v[e + 1].fl & T_HASH))
            return false;
        b = k - 1;
        other_end = e + 1; /* the first word of the other end */
        other_end = name_end(cx, other_end) - 1;
    } else if (CITEP_LW_IS(&v[k - 1], "and") && k >= 3) {
        for (b = k - 2; b > 0 && k - 1 - b <= LISTED_PLACE_WORDS; b--)
            if (CITEP_LW_IS(&v[b], "between"))
                break;
        if (!CITEP_LW_IS(&v[b], "between") || b + 1 >= k - 1 || (v[k - 2].fl & T_BREAK) ||
            !(v[b + 1].fl & T_CAP))
            return false;
        other_end = k - 2;
    } else {
        return false;
    }
    if (known_place_ends(cx, other_end))
        return true;
    for (size_t j = b, n = 0; j > 0 && n < 3; j--, n++) {
        if (v[j - 1].fl & T_BREAK)
            return false;
        if (citep_tok_in(&stretch_set, &v[j - 1]))
            return true;
    }
    return false;
}

#define LONE_MAX 64 /* lone-word candidates per document */

/* Is tokens [k, e) one capitalised word opening a sentence, and does the
 * post write it in lower case too ("Eruption has started ... the eruption")? */
static bool lone_word(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *t = &cx->t.v[k];
    return e == k + 1 && (t->fl & T_SENT) && !(t->fl & T_ALLCAPS) && t->key;
}

static bool lone_common(const struct citep_cx *cx, size_t k, size_t e)
{
    if (!lone_word(cx, k, e))
        return false;
    for (size_t j = 0; j < cx->t.n; j++)
        if (j != k && cx->t.v[j].key == cx->t.v[k].key && !(cx->t.v[j].fl & T_CAP))
            return true;
    return false;
}

static cite_status lone_add(struct citep_cx *cx, size_t k, size_t e, const char *name)
{
    const struct citep_tok *t = &cx->t.v[k];
    size_t at = cx->d->claims.n;
    cite_status rc = citep_claim_add(cx, CITE_CLAIM_ENTITY, name, name, t->s, cx->t.v[e - 1].e,
                                     0, 0, NULL);
    if (rc != CITE_OK || !lone_word(cx, k, e) || cx->lone.n >= LONE_MAX ||
        cx->d->claims.n != at + 1)
        return rc;
    struct citep_lone l = {at, t->key, false};
    return CITEP_PUSH(&cx->lone, l);
}

/* A body word in lower case that a lone post entity spells. */
static void lone_seen(struct citep_cx *cx)
{
    for (size_t k = 0; k < cx->t.n; k++) {
        const struct citep_tok *t = &cx->t.v[k];
        if (!t->key || (t->fl & (T_CAP | T_HASH)))
            continue;
        for (size_t i = 0; i < cx->lone.n; i++)
            if (cx->lone.v[i].key == t->key)
                cx->lone.v[i].seen = true;
    }
}

void citep_drop_common_lone(struct citep_cx *cx)
{
    cite_doc *d = cx->d;
    size_t o = 0, i = 0;
    if (!cx->lone.n)
        return;
    for (size_t c = 0; c < d->claims.n; c++) {
        while (i < cx->lone.n && cx->lone.v[i].claim < c)
            i++;
        if (i < cx->lone.n && cx->lone.v[i].claim == c && cx->lone.v[i].seen)
            continue;
        d->claims.v[o++] = d->claims.v[c];
    }
    d->claims.n = o;
}

/* Nouns for what a person is or does, which open a sentence before the name
 * in posts' clipped style ("Supplier Bostjan Zupan: 3 years", "Witness Ana
 * Lima said"): those NOT_NAME does not already keep out of every name, since
 * inside a name they may be a surname ("Minnie Driver"). Given names are
 * often English words too ("Peter", "Grace"), so only these are passed over. */
static const char *const ROLE_WORD[] = {
    "supplier", "defendant", "suspect", "victim", "witness", "officer", "owner", "boss",
    "player", "winner", "candidate", "leader", "author", "artist", "singer", "actor",
    "actress", "photographer", "journalist", "doctor", "ex-director", "ex-minister",
    "driver", "farmer", "teacher", "student", "survivor", "mp", NULL};
CITEP_WORDSET(role_word_set, ROLE_WORD, 128);

/* "Supplier Bostjan Zupan: 3 years": a sentence's capitalised first word is
 * a role, and the rarer words after it are the name. Only when two or more
 * such words follow, and the whole is no place. */
static const char *const OPENING_PREP[] = {"from", "in", "at", "for", "with", "to", "on",
                                            "by", "into", "near", "via", NULL};
CITEP_WORDSET(opening_prep_set, OPENING_PREP, 32);

static size_t past_common_opening(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *t = &cx->t.v[k];
    char name[ENTITY_NAME_MAX];
    /* "From Piraeus, ferries...": a preposition opening the sentence */
    if (e >= k + 2 && (t->fl & T_SENT) && !(t->fl & (T_ALLCAPS | T_HASH | T_BREAK)) &&
        citep_tok_in(&opening_prep_set, t))
        return k + 1;
    /* "Residents of Saburtalo also report...": those who live in a place */
    if (e >= k + 3 && (t->fl & T_SENT) && !(t->fl & (T_ALLCAPS | T_HASH | T_BREAK)) &&
        (CITEP_LW_IS(t, "residents") || CITEP_LW_IS(t, "inhabitants")) &&
        CITEP_LW_IS(&cx->t.v[k + 1], "of"))
        return k + 2;
    if (e < k + 3 || !(t->fl & T_SENT) || (t->fl & (T_ALLCAPS | T_HASH)) ||
        !citep_tok_in(&role_word_set, t))
        return k;
    for (size_t i = k + 1; i < e; i++)
        if (!name_word(&cx->t.v[i]) || common(cx, &cx->t.v[i], CITEP_KNOWN_WORDS))
            return k;
    if (cx->g && join_name(cx, k, e, name, sizeof name) &&
        citep_gaz_find(cx->g, name, strlen(name)))
        return k;
    return k + 1;
}

/* A short word in capitals right after a figure is its unit or currency
 * ("1.2 TB of data", "89 MW", "40 BTC"), not a name. */
static bool unit_after_number(const struct citep_cx *cx, size_t k, size_t e)
{
    const struct citep_tok *t = &cx->t.v[k];
    return e == k + 1 && k > 0 && (t->fl & T_ALLCAPS) && t->olen >= 2 && t->olen <= 4 &&
           has_digit(&cx->t.v[k - 1]) && !(cx->t.v[k - 1].fl & T_BREAK);
}

/* "Estadio Akron de Zapopan", "Aeropuerto de Málaga": a feature named first
 * and placed by a particle and a place the gazetteer knows. The feature's
 * name ends before the particle (the place is a claim of its own); the end of
 * the name from k, e, or e itself. */
static size_t feature_of_place(const struct citep_cx *cx, size_t k, size_t e)
{
    char name[ENTITY_NAME_MAX];
    if (e < k + 3 || !citep_place_first_word(&cx->t.v[k]) || !cx->g)
        return e;
    for (size_t j = k + 2; j + 1 < e; j++)
        if (name_particle(&cx->t.v[j]) && join_name(cx, j + 1, e, name, sizeof name) &&
            citep_gaz_find(cx->g, name, strlen(name)))
            return j;
    return e;
}

/* Is token k all digits? */
static bool all_digits(const struct citep_tok *t)
{
    for (size_t i = 0; i < t->olen; i++)
        if (t->o[i] < '0' || t->o[i] > '9')
            return false;
    return t->olen > 0;
}

/* "1/3 Bloodbath on ...", "2/3 Trigger: ...": a thread's counter opening a
 * paragraph; the word after it opens the sentence. */
static void after_thread_counter(struct citep_cx *cx)
{
    const char *s = cx->d->text.s;
    for (size_t k = 2; k < cx->t.n; k++) {
        struct citep_tok *a = &cx->t.v[k - 2], *b = &cx->t.v[k - 1];
        if ((a->fl & T_SENT) && a->olen <= 2 && b->olen <= 2 && all_digits(a) &&
            all_digits(b) && b->s == a->e + 1 && s[a->e] == '/' && b->s < cx->t.v[k].s &&
            s[b->e] == ' ')
            cx->t.v[k].fl |= T_SENT;
    }
}

/* Is token t three capital letters (an airport's code)? */
static bool code3(const struct citep_tok *t)
{
    if (t->olen != 3 || (t->fl & T_HASH))
        return false;
    for (size_t i = 0; i < 3; i++)
        if (t->o[i] < 'A' || t->o[i] > 'Z')
            return false;
    return true;
}

/* "CPH–JAV", "LHR-JFK": two airports' codes joined by a dash are a route, no
 * name. The tokens of such a route from k: 2, or 0. */
static size_t airport_route(const struct citep_cx *cx, size_t k)
{
    if (k + 1 >= cx->t.n || !code3(&cx->t.v[k]) || !code3(&cx->t.v[k + 1]))
        return 0;
    const char *s = cx->d->text.s;
    size_t a = cx->t.v[k].e, b = cx->t.v[k + 1].s;
    return (b == a + 1 && (s[a] == '-' || s[a] == '/')) ||
                   (b == a + 3 && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
                    ((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94))
               ? 2
               : 0;
}

cite_status citep_find_entities(struct citep_cx *cx)
{
    size_t k = 0;
    cite_status rc = CITE_OK;
    after_thread_counter(cx);
    while (k < cx->t.n && rc == CITE_OK) {
        const struct citep_tok *t = &cx->t.v[k];
        char name[ENTITY_NAME_MAX];
        size_t e;
        if (cx->embed >= 0 && (e = airport_route(cx, k)) != 0) {
            k += e;
            continue;
        }
        if ((e = demonym_org(cx, k)) == 0) {
            /* "the I-65 Lincoln Bridge": a code is no part of the name after it */
            if (!name_word(t) || has_digit(t)) {
                k++;
                continue;
            }
            e = name_end(cx, k);
            if (unit_after_number(cx, k, e)) {
                k = e;
                continue;
            }
        }
        const struct citep_gaz_entry *town, *city;
        k = past_common_opening(cx, k, e);
        e = feature_of_place(cx, k, e);
        /* "Yaralılarımız Konya ...": a sentence's first word before a known
         * place is no part of its name */
        if ((t->fl & T_SENT) && e >= k + 2 && k == (size_t)(t - cx->t.v) &&
            !citep_tok_in(&part_word_set, t) && known_place_at(cx, k + 1, e) &&
            !known_place_at(cx, k, e)) {
            k++;
            continue;
        }
        if (!join_name(cx, k, e, name, sizeof name) || !good_name(cx, k, e) ||
            (cx->g && (city = citep_gaz_find(cx->g, name, strlen(name))) &&
             !(e == k + 1 && citep_place_designation(cx, k, 1, city->kind))) ||
            citep_town_at(cx, k, &town) == e - k) {
            k = e;
            continue;
        }
        if (unknown_place(cx, k, e))
            rc = citep_claim_add(cx, CITE_CLAIM_PLACE, name, name, t->s, cx->t.v[e - 1].e,
                                 CITEP_PLACE_UNKNOWN, 1, NULL);
        else if (!lone_common(cx, k, e))
            rc = lone_add(cx, k, e, name);
        k = e;
    }
    /* another post writing the word in lower case shows it common too
     * ("Junta airstrike on ..." and "... jet fuel to the junta") */
    lone_seen(cx);
    return rc;
}

/* ---- body mentions of post entities ----------------------------------------
 * Two sorted tables, built once per document: the distinct full names, and
 * their surnames (last words of multi-word names). Each body token is looked
 * up in both (a full name is tried for each length up to ENTITY_MAX_WORDS),
 * so the cost is O(tokens x log names), whatever the number of posts. */

struct citep_ment {
    const char **names; /* distinct post entity names, sorted */
    const char **key;   /* per name: the name without accents, as looked up */
    char *keybuf;       /* where those keys live */
    bool *found;        /* per name: already mentioned in the body */
    bool *place;        /* per name: a place the gazetteer does not know */
    size_t n;
    struct sur {
        const char *w;  /* the surname (points into the name) */
        size_t len, name;
    } *sur;             /* sorted by surname, then name index */
    size_t nsur;
    struct citep_strtab starts; /* first words and surnames: where a mention can start */
    struct citep_strtab byname; /* name -> its index + 1 */
    uint64_t *keys;             /* their word keys (0 free): most tokens are refused here */
    size_t kmask;
    bool acronyms; /* some name is an acronym ("NWS"): see acronym_at */
    char *titles;  /* the names in capitals written as a word ("NURI" -> "Nuri") */
};

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int mem_cmp(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an < bn ? -1 : an > bn);
}

static int sur_cmp(const void *a, const void *b)
{
    const struct sur *x = a, *y = b;
    int c = mem_cmp(x->w, x->len, y->w, y->len);
    return c ? c : (x->name < y->name ? -1 : x->name > y->name);
}

static size_t find_name(const struct citep_ment *m, const char *s, size_t n);

/* Add s[0..n) to the starts, and its word key to m->keys. */
static void add_start(struct citep_ment *m, const char *s, size_t n)
{
    uint64_t key = citep_wordkey(s, n);
    size_t i;
    citep_strtab_or(&m->starts, s, n, 1);
    if (!key)
        return; /* a word without a key is never refused by it (see may_start) */
    for (i = citep_wordkey_slot(key, (uint32_t)m->kmask + 1); m->keys[i] && m->keys[i] != key;
         i = (i + 1) & m->kmask)
        ;
    m->keys[i] = key;
}

/* Can the token start a mention? Equal words have equal keys, so a token whose
 * key no start has starts none; a token without a key is looked up. */
static bool may_start(const struct citep_ment *m, const struct citep_tok *t)
{
    size_t i;
    if (!t->key)
        return true;
    for (i = citep_wordkey_slot(t->key, (uint32_t)m->kmask + 1); m->keys[i];
         i = (i + 1) & m->kmask)
        if (m->keys[i] == t->key)
            return true;
    return false;
}

static bool unknown_kind(const cite_claim *c)
{
    return c->type == CITE_CLAIM_PLACE && CITEP_PLACE_KIND(c) == CITEP_PLACE_UNKNOWN;
}

void citep_entity_index_free(struct citep_ment *m)
{
    if (!m)
        return;
    citep_free(m->names);
    citep_free(m->key);
    citep_free(m->keybuf);
    citep_free(m->found);
    citep_free(m->place);
    citep_free(m->sur);
    citep_strtab_free(&m->starts);
    citep_strtab_free(&m->byname);
    citep_free(m->keys);
    citep_free(m->titles);
    citep_free(m);
}

/* Two to six capital letters: "NWS", "FBI". */
static bool is_acronym(const char *w)
{
    size_t n = 0;
    for (; w[n]; n++)
        if (w[n] < 'A' || w[n] > 'Z')
            return false;
    return n >= 2 && n <= 6;
}

/* Last words of names of bodies, places and titles: "Coastal Business" is not
 * named by "Business", as a person is by a surname. */
static const char *const NOT_SURNAME[] = {
    "agency", "association", "authority", "bank", "board", "bureau", "commission",
    "company", "corporation", "council", "court", "federation", "foundation", "institute",
    "league", "ministry", "office", "organisation", "organization", "party", "service",
    "society", "union", "university", "business", "news", "times", "group", "post",
    "herald", "media", "network", "press", "club", "daily", "weekly", "tribune", "journal",
    "review", "capital", "holdings", "partners", "fund", "trust", "airlines", "airways",
    "police", "department", "school", "hospital", "centre", "center", "park", "square",
    "street", "road", "island", "airport", "station", "stadium", "bridge", "river", "lake",
    "sea", "bay", "team", "fc", "city", "united", "county", "region", "province",
    "district", "state", "channel", "radio", "tv", "online", "today", NULL};
CITEP_WORDSET(not_surname_set, NOT_SURNAME, 256);

static bool org_word(const char *w)
{
    char low[24];
    size_t n = strlen(w);
    if (n >= sizeof low)
        return false;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    return citep_wordset_find(&not_surname_set, low, n) != 0;
}

/* m->key: each name as it is looked up, without its accents ("Andrej Kovačič"
 * in the body is the post's "Andrej Kovacic"). Folding never lengthens a name. */
static cite_status fold_names(struct citep_ment *m)
{
    size_t total = 1, o = 0;
    for (size_t c = 0; c < m->n; c++)
        total += strlen(m->names[c]) + 1;
    m->key = citep_malloc((m->n ? m->n : 1) * sizeof *m->key);
    m->keybuf = citep_malloc(total);
    if (!m->key || !m->keybuf)
        return CITE_ENOMEM;
    for (size_t c = 0; c < m->n; c++) {
        size_t n = strlen(m->names[c]);
        size_t f = citep_fold(m->names[c], n, m->keybuf + o, total - o - 1);
        if (f == SIZE_MAX) { /* not reached: keep the name as written */
            memcpy(m->keybuf + o, m->names[c], n);
            f = n;
        }
        m->keybuf[o + f] = '\0';
        m->key[c] = m->keybuf + o;
        o += f + 1;
    }
    return CITE_OK;
}

/* A one-word name in capitals of four letters or more ("NURI", "NATO") is
 * the same name written as a word in the body ("Nuri", "Nato"). The titles
 * buffer holds, per such name, "NURI\0Nuri\0"; title_of finds the second. */
#define TITLE_MIN 4
static bool title_name(const char *w)
{
    size_t n = 0;
    for (; w[n]; n++)
        if (w[n] < 'A' || w[n] > 'Z')
            return false;
    return n >= TITLE_MIN && n < ENTITY_NAME_MAX;
}

static cite_status add_titles(struct citep_ment *m)
{
    size_t total = 1, o = 0;
    for (size_t c = 0; c < m->n; c++)
        if (title_name(m->names[c]))
            total += strlen(m->names[c]) + 1;
    if (total == 1)
        return CITE_OK;
    if (!(m->titles = citep_malloc(total)))
        return CITE_ENOMEM;
    for (size_t c = 0; c < m->n; c++) {
        size_t n = strlen(m->names[c]);
        if (!title_name(m->names[c]))
            continue;
        char *t = m->titles + o;
        t[0] = m->names[c][0];
        for (size_t i = 1; i < n; i++)
            t[i] = (char)(m->names[c][i] - 'A' + 'a');
        t[n] = '\0';
        o += n + 1;
        /* unless a post writes the name so itself */
        if (!citep_strtab_get(&m->byname, t, n)) {
            citep_strtab_or(&m->byname, t, n, (uint32_t)(c + 1));
            add_start(m, t, n);
        }
    }
    return CITE_OK;
}

cite_status citep_entity_index_new(const cite_doc *d, size_t first, size_t last,
                                   struct citep_ment **out)
{
    struct citep_ment *m = citep_calloc(1, sizeof *m);
    size_t c, k, n = last > first ? last - first : 0, slots = 8;
    *out = NULL;
    if (!m)
        return CITE_ENOMEM;
    m->names = citep_malloc((n ? n : 1) * sizeof *m->names);
    m->sur = citep_malloc((n ? n : 1) * sizeof *m->sur);
    m->found = citep_calloc(n ? n : 1, sizeof *m->found);
    m->place = citep_calloc(n ? n : 1, sizeof *m->place);
    if (!m->names || !m->sur || !m->found || !m->place ||
        citep_strtab_init(&m->starts, 3 * n, false) != CITE_OK) {
        citep_entity_index_free(m);
        return CITE_ENOMEM;
    }
    for (c = first; c < last; c++)
        if ((d->claims.v[c].type == CITE_CLAIM_ENTITY || unknown_kind(&d->claims.v[c])) &&
            d->claims.v[c].subject)
            m->names[m->n++] = d->claims.v[c].subject;
    if (m->n > 1)
        qsort(m->names, m->n, sizeof *m->names, str_cmp);
    for (c = k = 0; c < m->n; c++) /* distinct */
        if (k == 0 || strcmp(m->names[k - 1], m->names[c]) != 0)
            m->names[k++] = m->names[c];
    m->n = k;
    if (citep_strtab_init(&m->byname, 2 * m->n, false) != CITE_OK || fold_names(m) != CITE_OK) {
        citep_entity_index_free(m);
        return CITE_ENOMEM;
    }
    for (c = 0; c < m->n; c++) {
        /* "Kovačič" and "Kovacic" in two posts: the first keeps the key */
        if (!citep_strtab_get(&m->byname, m->key[c], strlen(m->key[c])))
            citep_strtab_or(&m->byname, m->key[c], strlen(m->key[c]), (uint32_t)(c + 1));
        m->acronyms = m->acronyms || is_acronym(m->names[c]);
    }
    while (slots < 6 * m->n) /* three starts per name at most, half full at most */
        slots *= 2;
    m->kmask = slots - 1;
    if ((m->keys = citep_calloc(slots, sizeof *m->keys)) == NULL || add_titles(m) != CITE_OK) {
        citep_entity_index_free(m);
        return CITE_ENOMEM;
    }
    for (c = 0; c < m->n; c++) {
        const char *sp = strrchr(m->key[c], ' ');
        add_start(m, m->key[c], strcspn(m->key[c], " /"));
        if (sp)
            add_start(m, sp + 1, strlen(sp + 1));
        if (sp && !org_word(sp + 1)) {
            m->sur[m->nsur].w = sp + 1;
            m->sur[m->nsur].len = strlen(sp + 1);
            m->sur[m->nsur++].name = c;
        }
    }
    if (m->nsur > 1)
        qsort(m->sur, m->nsur, sizeof *m->sur, sur_cmp);
    for (c = first; c < last; c++) { /* a name any post gives as a place is one */
        char f[ENTITY_NAME_MAX];
        const char *sub = d->claims.v[c].subject;
        size_t fn = unknown_kind(&d->claims.v[c]) ? citep_fold(sub, strlen(sub), f, sizeof f)
                                                  : SIZE_MAX;
        if (fn != SIZE_MAX && (k = find_name(m, f, fn)) != SIZE_MAX)
            m->place[k] = true;
    }
    *out = m;
    return CITE_OK;
}

/* Index of the name equal to s[0..n), or SIZE_MAX. */
static size_t find_name(const struct citep_ment *m, const char *s, size_t n)
{
    uint32_t v = citep_strtab_get(&m->byname, s, n);
    return v ? (size_t)v - 1 : SIZE_MAX;
}

static cite_status mention(struct citep_cx *cx, size_t name, size_t k, size_t ek)
{
    struct citep_ment *m = cx->ment;
    const char *nm = m->names[name];
    if (m->found[name])
        return CITE_OK;
    m->found[name] = true;
    if (m->place[name])
        return citep_claim_add(cx, CITE_CLAIM_PLACE, nm, nm, cx->t.v[k].s, cx->t.v[ek - 1].e,
                               CITEP_PLACE_UNKNOWN, 0, NULL);
    return citep_claim_add(cx, CITE_CLAIM_ENTITY, nm, nm, cx->t.v[k].s, cx->t.v[ek - 1].e, 0,
                           0, NULL);
}

/* Names spelled by the tokens starting at k: in full, or by their surname. */
/* Is every 5-bit letter code of the key a letter's (see wordkey.h), none the
 * code 31 of another byte? All five bits of a group set, tested at once. */
static inline bool letters_key(uint64_t key)
{
    const uint64_t low = 0x0084210842108421u; /* bit 0 of each of the 12 groups */
    return ((key & key >> 1 & key >> 2 & key >> 3 & key >> 4) & low) == 0;
}

/* The token's text as names are looked up: without accents (into f, of n
 * bytes), or as written when it is ASCII; *len gets its length. */
/* German umlauts as English writes them ("Krüger" is "Krueger"), into f (n
 * bytes); NULL when t has none or they do not fit. */
static const char *umlauts_spelled(const struct citep_tok *t, char *f, size_t n, size_t *len)
{
    static const char *const FROM[] = {"\xC3\xA4", "\xC3\xB6", "\xC3\xBC", "\xC3\x84",
                                       "\xC3\x96", "\xC3\x9C", "\xC3\x9F"};
    static const char *const TO[] = {"ae", "oe", "ue", "Ae", "Oe", "Ue", "ss"};
    size_t o = 0;
    bool any = false;
    for (size_t i = 0; i < t->olen;) {
        size_t r = 0;
        if (i + 1 < t->olen && (unsigned char)t->o[i] == 0xC3)
            for (; r < 7 && (unsigned char)t->o[i + 1] != (unsigned char)FROM[r][1]; r++)
                ;
        if (i + 1 < t->olen && (unsigned char)t->o[i] == 0xC3 && r < 7) {
            if (o + 2 >= n)
                return NULL;
            memcpy(f + o, TO[r], 2);
            o += 2, i += 2, any = true;
        } else {
            if (o + 1 >= n)
                return NULL;
            f[o++] = t->o[i++];
        }
    }
    if (!any || citep_ascii_span(f, o) < o)
        return NULL;
    *len = o;
    return f;
}

static const char *tok_folded(const struct citep_tok *t, char *f, size_t n, size_t *len)
{
    *len = t->olen;
    if (citep_ascii_span(t->o, t->olen) == t->olen)
        return t->o;
    size_t k = citep_fold(t->o, t->olen, f, n);
    if (k == SIZE_MAX)
        return t->o;
    *len = k;
    return f;
}

/* Does the word before token k tell the part of the place that name opens
 * with: "southern Punjab" for "South Punjab", "central Darfur"? */
static bool part_told(const char *name, const struct citep_cx *cx, size_t k)
{
    static const char *const PART[][2] = {{"South ", "southern"}, {"North ", "northern"},
                                          {"East ", "eastern"},   {"West ", "western"},
                                          {"Central ", "central"}, {"Upper ", "upper"},
                                          {"Lower ", "lower"}};
    if (k == 0 || (cx->t.v[k - 1].fl & T_BREAK))
        return false;
    for (size_t i = 0; i < sizeof PART / sizeof *PART; i++)
        if (!strncmp(name, PART[i][0], strlen(PART[i][0])) &&
            !strcmp(cx->t.v[k - 1].lw, PART[i][1]))
            return true;
    return false;
}

static cite_status mentions_at(struct citep_cx *cx, size_t k, bool german)
{
    const struct citep_ment *m = cx->ment;
    char buf[ENTITY_NAME_MAX], f0[ENTITY_NAME_MAX], f[ENTITY_NAME_MAX];
    size_t len, o = 0, lo = 0, hi = m->nsur, n0, n;
    const struct citep_tok *t = &cx->t.v[k];
    cite_status rc = CITE_OK;
    if (t->fl & T_HASH)
        return CITE_OK;
    /* a name in full starts with its first word, a surname is one word: a token
     * that is neither starts no mention (nor does a hashtag word). Most tokens
     * are plain ASCII words, refused by their key alone; others are folded. */
    const char *w0 = t->o;
    n0 = t->olen;
    if (t->key && letters_key(t->key)) {
        if (!may_start(m, t))
            return CITE_OK;
    } else {
        w0 = german && umlauts_spelled(t, f0, sizeof f0, &n0) ? f0
                                                               : tok_folded(t, f0, sizeof f0, &n0);
    }
    if (!citep_strtab_get(&m->starts, w0, n0))
        return CITE_OK;
    for (len = 1; len <= ENTITY_MAX_WORDS && k + len <= cx->t.n && rc == CITE_OK; len++) {
        const struct citep_tok *u = &cx->t.v[k + len - 1];
        const char *w = len == 1 ? w0
                        : german && umlauts_spelled(u, f, sizeof f, &n) ? f
                                                                        : tok_folded(u, f, sizeof f, &n);
        size_t i;
        if (len == 1)
            n = n0;
        if ((u->fl & T_HASH) || o + n + 6 > sizeof buf)
            break;
        if (len > 1 && poss_in_name(cx, k + len - 2)) { /* "People's Party" */
            buf[o++] = '\'';
            buf[o++] = 's';
        }
        if (len > 1)
            buf[o++] = slash_joined(cx, k + len - 2) ? '/' : ' ';
        memcpy(buf + o, w, n);
        o += n;
        if ((i = find_name(m, buf, o)) != SIZE_MAX)
            rc = mention(cx, i, k, k + len);
    }
    while (lo < hi && rc == CITE_OK) { /* first surname entry >= the token */
        size_t mid = lo + (hi - lo) / 2;
        if (mem_cmp(m->sur[mid].w, m->sur[mid].len, w0, n0) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < m->nsur && rc == CITE_OK && !mem_cmp(m->sur[lo].w, m->sur[lo].len, w0, n0);
         lo++)
        /* "Ky" is no mention of the place "Tinh Ky", nor a known place
         * ("Konya") of a name that ends with it */
        if ((!m->place[m->sur[lo].name] && !(cx->g && citep_gaz_find(cx->g, w0, n0))) ||
            part_told(m->names[m->sur[lo].name], cx, k))
            rc = mention(cx, m->sur[lo].name, k, k + 1);
    return rc;
}

/* A post's acronym spelled out by the capitalised words from k: "NWS" for
 * "National Weather Service", "FBI" for "Federal Bureau of Investigation". */
static cite_status acronym_at(struct citep_cx *cx, size_t k)
{
    char ini[8];
    size_t n = 0, words = 0, i;
    if (k > 0 && (cx->t.v[k - 1].fl & T_CAP) && !(cx->t.v[k - 1].fl & T_BREAK) &&
        !CITEP_LW_IS(&cx->t.v[k - 1], "the"))
        return CITE_OK; /* not where a name starts */
    for (size_t j = k; j < cx->t.n && n < 6; j++) {
        const struct citep_tok *t = &cx->t.v[j];
        if (j > k && (cx->t.v[j - 1].fl & T_BREAK))
            break;
        if (!(t->fl & T_CAP)) {
            if (j == k || !(CITEP_LW_IS(t, "of") || CITEP_LW_IS(t, "for") ||
                            CITEP_LW_IS(t, "and")))
                break;
            continue;
        }
        if ((t->fl & (T_HASH | T_ALLCAPS)) || t->o[0] < 'A' || t->o[0] > 'Z')
            break;
        ini[n++] = t->o[0];
        if (++words >= 2 && (i = find_name(cx->ment, ini, n)) != SIZE_MAX)
            return mention(cx, i, k, j + 1);
    }
    return CITE_OK;
}

cite_status citep_find_entity_mentions(struct citep_cx *cx)
{
    size_t k;
    cite_status rc = CITE_OK;
    if (cx->lone.n)
        lone_seen(cx);
    if (!cx->ment || cx->ment->n == 0)
        return CITE_OK;
    for (k = 0; k < cx->t.n && rc == CITE_OK; k++) {
        const struct citep_tok *t = &cx->t.v[k];
        /* most tokens: a plain word no name starts with */
        if (!(t->fl & T_HASH) && !(t->key && letters_key(t->key) && !may_start(cx->ment, t)))
            rc = mentions_at(cx, k, false);
        /* "Krüger" in the body is the post's "Krueger" */
        if (rc == CITE_OK && !(t->fl & T_HASH) && t->olen >= 2 &&
            memchr(t->o, 0xC3, t->olen) != NULL)
            rc = mentions_at(cx, k, true);
        if (rc == CITE_OK && cx->ment->acronyms && (cx->t.v[k].fl & T_CAP))
            rc = acronym_at(cx, k);
    }
    return rc;
}
