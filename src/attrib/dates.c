/*
 * dates.c - date phrases in news prose and their resolution against the
 * article date (rules in dates.h). Calendar arithmetic uses day numbers in the
 * proleptic Gregorian calendar (days since 1970-01-01), which keeps weekday and
 * ISO-week computations exact across month and year ends.
 */
#include "attrib/dates.h"
#include "core/wordkey.h"

#include <stdio.h>
#include <string.h>

/* ---- calendar ----------------------------------------------------------- */

static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int weekday_of(long z) /* 0 = Sunday; 1970-01-01 was a Thursday */
{
    long w = (z + 4) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : dm[m - 1];
}

bool citep_date_parse_iso(const char *s, int *y, int *m, int *d)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int v[3] = {0, 0, 0}, lens[3] = {4, 2, 2}, pos = 0;
    for (int k = 0; k < 3; k++, pos++) {
        for (int i = 0; i < lens[k]; i++, pos++) {
            if (s[pos] < '0' || s[pos] > '9')
                return false;
            v[k] = v[k] * 10 + (s[pos] - '0');
        }
    }
    if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > days_in_month(v[0], v[1]))
        return false;
    *y = v[0], *m = v[1], *d = v[2];
    return true;
}

/* ---- scanning ----------------------------------------------------------- */

static bool is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Length of the word w at s (case-insensitive, whole word), else 0. */
static size_t word_at(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if ((s[i] | 32) != w[i])
            return 0;
    return k < n && is_alpha((unsigned char)s[k]) ? 0 : k;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* Word w followed by at least one space; returns the offset after the spaces. */
static size_t word_sp(const char *s, size_t n, size_t i, const char *w)
{
    size_t k = word_at(s + i, n - i, w);
    if (!k || i + k >= n || s[i + k] != ' ')
        return 0;
    return skip_spaces(s, n, i + k);
}

/* Every word a date phrase can open with, in a fixed order so an index gives
 * the month or weekday: months (full, then abbreviated, then "sept"),
 * weekdays, then the lead-ins and relative words. Other phrases open with a
 * digit. */
enum {
    OP_MONTH = 0, OP_ABBR = 12, OP_SEPT = 24, OP_WDAY = 25,
    OP_EARLIER = 32, OP_LATE, OP_EARLY, OP_YESTERDAY, OP_TODAY, OP_TONIGHT, OP_LAST,
    OP_THIS, OP_ON, OP_IN
};
const char *const citep_date_openers[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "sept",
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "earlier", "late", "early", "yesterday", "today", "tonight", "last", "this", "on", "in",
    NULL};
CITEP_KEYSET(opener_set, citep_date_openers, 128);

#define OPENER_MAX 9 /* letters in the longest opener */

/* The word-key code of each letter (core/wordkey.h), 0 for any other byte. */
#define LK(c) ((c) >= 'a' && (c) <= 'z' ? (c) - 'a' + 1 : (c) >= 'A' && (c) <= 'Z' ? (c) - 'A' + 1 : 0)
#define LK4(c) LK(c), LK((c) + 1), LK((c) + 2), LK((c) + 3)
#define LK16(c) LK4(c), LK4((c) + 4), LK4((c) + 8), LK4((c) + 12)
#define LK64(c) LK16(c), LK16((c) + 16), LK16((c) + 32), LK16((c) + 48)
static const unsigned char LETTER_KEY[256] = {LK64(0), LK64(64), LK64(128), LK64(192)};
#undef LK64
#undef LK16
#undef LK4
#undef LK

/* The opener that the letters at s[0..n) spell as a whole word: its index in
 * openers (a duplicate resolves to its first place), or -1. *len is the number
 * of letters. Same as trying word_at with each. */
static int opener_at(const char *s, size_t n, size_t *len)
{
    uint64_t key = 0;
    size_t k = 0;
    *len = 0;
    if (!n)
        return -1;
    switch (s[0] | 32) { /* the letters openers start with */
    case 'a': case 'd': case 'e': case 'f': case 'i': case 'j': case 'l': case 'm':
    case 'n': case 'o': case 's': case 't': case 'w': case 'y':
        break;
    default:
        return -1;
    }
    for (unsigned c; k < n && (c = LETTER_KEY[(unsigned char)s[k]]) != 0; k++) {
        if (k == OPENER_MAX)
            return -1;
        key = key << 5 | c;
    }
    *len = k;
    return (int)citep_keyset_find(&opener_set, citep_wordkey_end(key, k)) - 1;
}

static int match_list(const char *s, size_t n, const char *const *list, int cnt,
                      size_t *len)
{
    for (int i = 0; i < cnt; i++) {
        size_t k = word_at(s, n, list[i]);
        if (k) {
            *len = k;
            return i;
        }
    }
    return -1;
}

/* The month of opener w (k letters) at s[0..n): 1..12, or -1. *len is its
 * length with an abbreviation's dot. */
static int month_of(const char *s, size_t n, int w, size_t k, size_t *len)
{
    *len = k;
    if (w >= OP_MONTH && w < OP_ABBR)
        return w - OP_MONTH + 1;
    if (w >= OP_ABBR && w <= OP_SEPT) { /* an abbreviation takes its dot */
        if (*len < n && s[*len] == '.')
            (*len)++;
        return w == OP_SEPT ? 9 : w - OP_ABBR + 1;
    }
    return -1;
}

static int match_month(const char *s, size_t n, size_t *len)
{
    size_t k;
    int w = opener_at(s, n, &k);
    return month_of(s, n, w, k, len);
}

/* Digits at s[i..]: value and new offset (0 digits -> returns false). */
static bool number_at(const char *s, size_t n, size_t *i, int maxdigits, int *v)
{
    size_t j = *i;
    int val = 0;
    while (j < n && is_digit((unsigned char)s[j]) && (int)(j - *i) < maxdigits)
        val = val * 10 + (s[j++] - '0');
    if (j == *i || (j < n && (is_digit((unsigned char)s[j]) || is_alpha((unsigned char)s[j]))))
        return false;
    *i = j, *v = val;
    return true;
}

static size_t skip_ordinal(const char *s, size_t n, size_t i)
{
    static const char *const suf[4] = {"st", "nd", "rd", "th"};
    for (int k = 0; k < 4; k++)
        if (i + 2 <= n && (s[i] | 32) == suf[k][0] && (s[i + 1] | 32) == suf[k][1] &&
            (i + 2 == n || !is_alpha((unsigned char)s[i + 2])))
            return i + 2;
    return i;
}

/* Day number with optional ordinal suffix ("3", "3rd"). */
static bool day_at(const char *s, size_t n, size_t *i, int *d)
{
    size_t j = *i, k = *i;
    int v = 0;
    while (k < n && is_digit((unsigned char)s[k]) && k - j < 2)
        v = v * 10 + (s[k++] - '0');
    if (k == j || (k < n && is_digit((unsigned char)s[k])))
        return false;
    k = skip_ordinal(s, n, k);
    if (k < n && is_alpha((unsigned char)s[k]))
        return false;
    if (v < 1 || v > 31)
        return false;
    *i = k, *d = v;
    return true;
}

/* ", 2023" or " 2023" after a day. */
static size_t year_after(const char *s, size_t n, size_t i, int *y)
{
    size_t j = i;
    if (j < n && s[j] == ',')
        j++;
    j = skip_spaces(s, n, j);
    int v;
    if (j < n && number_at(s, n, &j, 4, &v) && v >= 1000) {
        *y = v;
        return j;
    }
    return i;
}

/* "July 3[, 2023]", "3 July [2023]", "July [2023]" at s[i..], where opener w of
 * wk letters opens (opener_at). */
static size_t scan_calendar(const char *s, size_t n, size_t i, struct citep_date_expr *e,
                            bool month_only_ok, int w, size_t wk)
{
    size_t k, j;
    int m = month_of(s + i, n - i, w, wk, &k), d, y = 0;
    if (m > 0) {
        j = skip_spaces(s, n, i + k);
        if (j > i + k && day_at(s, n, &j, &d)) {
            j = year_after(s, n, j, &y);
            *e = (struct citep_date_expr){CITEP_DATE_MONTH_DAY, 0, y, m, d};
            return j;
        }
        if (j > i + k) {
            size_t j2 = j;
            if (number_at(s, n, &j2, 4, &y) && y >= 1000) {
                *e = (struct citep_date_expr){CITEP_DATE_MONTH, 0, y, m, 0};
                return j2;
            }
        }
        if (!month_only_ok || m == 5) /* "may" is too often the verb */
            return 0;
        *e = (struct citep_date_expr){CITEP_DATE_MONTH, 0, 0, m, 0};
        return i + k;
    }
    j = i;
    if (day_at(s, n, &j, &d) && j < n && s[j] == ' ') {
        size_t j2 = skip_spaces(s, n, j);
        m = match_month(s + j2, n - j2, &k);
        if (m > 0) {
            j = j2 + k;
            size_t j3 = skip_spaces(s, n, j);
            if (j3 > j && number_at(s, n, &j3, 4, &y) && y >= 1000)
                j = j3;
            else
                y = 0;
            *e = (struct citep_date_expr){CITEP_DATE_MONTH_DAY, 0, y, m, d};
            return j;
        }
    }
    return 0;
}

/* "2023-07-03" at s[i..]. */
static size_t scan_iso(const char *s, size_t n, size_t i, struct citep_date_expr *e)
{
    char buf[11];
    if (n - i < 10 || s[i + 4] != '-' || s[i + 7] != '-') /* what parsing would refuse */
        return 0;
    memcpy(buf, s + i, 10);
    buf[10] = '\0';
    int y, m, d;
    if (!citep_date_parse_iso(buf, &y, &m, &d))
        return 0;
    if (n - i > 10 && (is_digit((unsigned char)s[i + 10]) || is_alpha((unsigned char)s[i + 10])))
        return 0;
    *e = (struct citep_date_expr){CITEP_DATE_MONTH_DAY, 0, y, m, d};
    return i + 10;
}

/* A weekday plus an optional part of the day ("Saturday night"), where opener
 * w of k letters opens (opener_at). */
static size_t weekday_at(const char *s, size_t n, size_t i, int w, size_t k, int *wd)
{
    static const char *const parts[5] = {"morning", "afternoon", "evening", "night", "local"};
    if (w < OP_WDAY || w >= OP_WDAY + 7)
        return 0;
    *wd = w - OP_WDAY;
    size_t j = i + k, j2 = skip_spaces(s, n, j), k2;
    if (j2 > j && match_list(s + j2, n - j2, parts, 4, &k2) >= 0)
        j = j2 + k2;
    return j;
}

static size_t scan_weekday(const char *s, size_t n, size_t i, int *wd)
{
    size_t k;
    int w = opener_at(s + i, n - i, &k);
    return weekday_at(s, n, i, w, k, wd);
}

static size_t scan_relative(const char *s, size_t n, size_t i, struct citep_date_expr *e)
{
    static const struct {
        const char *w;
        enum citep_date_kind k;
    } unit_last[3] = {{"week", CITEP_DATE_LAST_WEEK},
                      {"month", CITEP_DATE_LAST_MONTH},
                      {"year", CITEP_DATE_LAST_YEAR}};
    size_t j, k;
    int wd;
    memset(e, 0, sizeof *e);
    if ((k = word_at(s + i, n - i, "yesterday"))) {
        e->kind = CITEP_DATE_YESTERDAY;
        return i + k;
    }
    if ((k = word_at(s + i, n - i, "today")) || (k = word_at(s + i, n - i, "tonight"))) {
        e->kind = CITEP_DATE_TODAY;
        return i + k;
    }
    bool last = (j = word_sp(s, n, i, "last")) != 0;
    bool this_ = !last && (j = word_sp(s, n, i, "this")) != 0;
    if (!last && !this_)
        return 0;
    for (int u = 0; u < 3; u++)
        if ((k = word_at(s + j, n - j, unit_last[u].w))) {
            e->kind = (enum citep_date_kind)(unit_last[u].k + (this_ ? 1 : 0));
            return j + k;
        }
    if (this_ && ((k = word_at(s + j, n - j, "morning")) ||
                  (k = word_at(s + j, n - j, "afternoon")) ||
                  (k = word_at(s + j, n - j, "evening")))) {
        e->kind = CITEP_DATE_TODAY;
        return j + k;
    }
    if (last && (k = scan_weekday(s, n, j, &wd))) {
        e->kind = CITEP_DATE_LAST_WEEKDAY;
        e->wday = wd;
        return k;
    }
    return 0;
}

/* The offset after the opener of k letters at s[0] and the blanks after it,
 * or 0 when no blank follows (what word_sp answers for that word). */
static size_t after_opener(const char *s, size_t n, size_t k)
{
    return k < n && s[k] == ' ' ? skip_spaces(s, n, k) : 0;
}

/* The first word is looked up once and decides which patterns can follow:
 * each pattern below opens with one kind of opener (or a digit). */
size_t citep_date_scan(const char *s, size_t n, struct citep_date_expr *e)
{
    size_t i, k, k2, r;
    int w, w2, wd;
    if (!s || !n || !e)
        return 0;
    memset(e, 0, sizeof *e); /* what a failed scan leaves */
    w = opener_at(s, n, &k);
    if (w < 0 && !is_digit((unsigned char)s[0]))
        return 0;
    if (w == OP_EARLIER || w == OP_LATE || w == OP_EARLY) {
        /* these only combine with "this week/month/year" and the like */
        i = after_opener(s, n, k);
        return i ? scan_relative(s, n, i, e) : 0;
    }
    if (w >= OP_YESTERDAY && w <= OP_THIS)
        return scan_relative(s, n, 0, e);
    if (w == OP_ON || w == OP_IN) {
        i = after_opener(s, n, k);
        if (!i || i >= n)
            return 0;
        w2 = opener_at(s + i, n - i, &k2);
        if (w2 < 0 && !is_digit((unsigned char)s[i]))
            return 0; /* "in the", "on Capitol Hill": only a date may follow */
    } else {
        i = 0;
        w2 = w;
        k2 = k;
    }
    if (w != OP_IN && (r = weekday_at(s, n, i, w2, k2, &wd))) {
        *e = (struct citep_date_expr){CITEP_DATE_WEEKDAY, wd, 0, 0, 0};
        return r;
    }
    if (w != OP_IN && (r = scan_iso(s, n, i, e)))
        return r;
    if ((r = scan_calendar(s, n, i, e, w == OP_IN, w2, k2))) {
        if (w == OP_IN && e->kind != CITEP_DATE_MONTH)
            return 0;
        return r;
    }
    return 0;
}

/* ---- resolution --------------------------------------------------------- */

static void iso_week(long z, int *wy, int *wn)
{
    int wd = weekday_of(z), iso_wd = wd == 0 ? 7 : wd;
    long thursday = z + (4 - iso_wd);
    int y, m, d;
    civil_from_days(thursday, &y, &m, &d);
    *wy = y;
    *wn = (int)((thursday - days_from_civil(y, 1, 1)) / 7 + 1);
}

static bool put_day(long z, char *out, size_t outsz)
{
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    return snprintf(out, outsz, "%04d-%02d-%02d", y, m, d) == 10;
}

static bool resolve_month_day(const struct citep_date_expr *e, bool have, int y, int m,
                              int d, char *out, size_t outsz)
{
    int yy = e->year;
    if (!yy) {
        if (!have)
            return false;
        yy = (e->month > m || (e->month == m && e->day > d)) ? y - 1 : y;
    }
    if (e->day > days_in_month(yy, e->month))
        return false;
    return put_day(days_from_civil(yy, e->month, e->day), out, outsz);
}

bool citep_date_resolve(const struct citep_date_expr *e, const char *article_date,
                        char *out, size_t outsz)
{
    int y = 0, m = 0, d = 0, a, b;
    if (!e || !out || outsz < 11)
        return false;
    bool have = article_date && citep_date_parse_iso(article_date, &y, &m, &d);
    if (e->kind == CITEP_DATE_MONTH_DAY)
        return resolve_month_day(e, have, y, m, d, out, outsz);
    if (e->kind == CITEP_DATE_MONTH && e->year)
        return snprintf(out, outsz, "%04d-%02d", e->year, e->month) == 7;
    if (!have)
        return false;
    long z = days_from_civil(y, m, d);
    switch (e->kind) {
    case CITEP_DATE_WEEKDAY:
        return put_day(z - (weekday_of(z) - e->wday + 7) % 7, out, outsz);
    case CITEP_DATE_LAST_WEEKDAY:
        return put_day(z - ((weekday_of(z) - e->wday + 6) % 7 + 1), out, outsz);
    case CITEP_DATE_YESTERDAY:
        return put_day(z - 1, out, outsz);
    case CITEP_DATE_TODAY:
        return put_day(z, out, outsz);
    case CITEP_DATE_LAST_WEEK:
    case CITEP_DATE_THIS_WEEK:
        iso_week(e->kind == CITEP_DATE_LAST_WEEK ? z - 7 : z, &a, &b);
        return snprintf(out, outsz, "%04d-W%02d", a, b) == 8;
    case CITEP_DATE_LAST_MONTH:
        return snprintf(out, outsz, "%04d-%02d", m == 1 ? y - 1 : y, m == 1 ? 12 : m - 1) == 7;
    case CITEP_DATE_THIS_MONTH:
        return snprintf(out, outsz, "%04d-%02d", y, m) == 7;
    case CITEP_DATE_LAST_YEAR:
    case CITEP_DATE_THIS_YEAR:
        return snprintf(out, outsz, "%04d", e->kind == CITEP_DATE_LAST_YEAR ? y - 1 : y) == 4;
    case CITEP_DATE_MONTH:
        return snprintf(out, outsz, "%04d-%02d", e->month > m ? y - 1 : y, e->month) == 7;
    default:
        return false;
    }
}
