/*
 * regress.c - `citecheck regress [--bless] [DIR]`: golden-file regression over
 * a corpus (CONTRACT.md, "Corpora"). Each case is a folder DIR/<case>/ with
 * input.txt or input.html, an optional `date` (YYYY-MM-DD), an optional `args`
 * (extra `check` options, split on white space) and expected.json, the
 * `check --format json` report. Reports are compared as parsed JSON, not as
 * bytes, so a diff names keys; source.path is set to the case-relative input
 * name on both sides so that cases pass wherever the tree is checked out.
 */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A failing case prints at most this many differences. */
#define REGRESS_MAX_DIFFS 30
/* Values in a diff are cut to this many bytes. */
#define REGRESS_VALUE_CUT 160

enum outcome { CASE_PASS, CASE_FAIL };

struct rcase {
    const char *name;
    char dir[4096];
    const char *input;   /* "input.txt" or "input.html" */
    cite_options opts;
    char why[600];       /* reason the case could not run */
};

struct differ {
    bool names_only; /* --bless: list the keys, not the values */
    size_t count;
};

/* ------------------------------------------------------------------------ */
/* Cases.                                                                     */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sub-folders of dir, sorted by name bytes; hidden ones are left out. */
static bool list_cases(const char *dir, char ***names, size_t *n)
{
    *names = NULL, *n = 0;
    DIR *d = opendir(dir);
    if (!d) {
        cli_error("%s: %s", dir, strerror(errno));
        return false;
    }
    size_t cap = 0;
    bool ok = true;
    struct dirent *e;
    while (ok && (e = readdir(d)) != NULL) {
        char path[4096];
        struct stat st;
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            char **nv = citep_realloc(*names, cap * sizeof *nv);
            ok = nv != NULL;
            if (ok)
                *names = nv;
        }
        size_t len = strlen(e->d_name) + 1;
        char *copy = ok ? citep_malloc(len) : NULL;
        ok = copy != NULL;
        if (ok) {
            memcpy(copy, e->d_name, len);
            (*names)[(*n)++] = copy;
        }
    }
    closedir(d);
    if (!ok)
        cli_error("%s: out of memory", dir);
    else if (*n)
        qsort(*names, *n, sizeof **names, cmp_names);
    return ok;
}

static bool exists(const char *dir, const char *name)
{
    char path[4200];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return stat(path, &st) == 0;
}

/* A small file of the case (date, args) as a trimmed string; false when absent. */
static bool read_small(struct rcase *c, const char *name, char *out, size_t outsz)
{
    char path[4200], *buf = NULL, err[256];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", c->dir, name);
    if (!exists(c->dir, name))
        return false;
    if (!corpus_read_file(path, outsz - 1, &buf, &len, err, sizeof err)) {
        snprintf(c->why, sizeof c->why, "%s: %s", name, err);
        out[0] = '\0';
        return true;
    }
    while (len && strchr(" \t\r\n", buf[len - 1]))
        len--;
    size_t s = 0;
    while (s < len && strchr(" \t\r\n", buf[s]))
        s++;
    memcpy(out, buf + s, len - s);
    out[len - s] = '\0';
    citep_free(buf);
    return true;
}

static bool set_date(struct rcase *c, const char *what, const char *d)
{
    if (!cli_valid_date(d)) {
        snprintf(c->why, sizeof c->why, "%s: wants YYYY-MM-DD, got '%.40s'", what, d);
        return false;
    }
    memcpy(c->opts.date, d, 11);
    return true;
}

/* One option of the args file; *used tells whether it took the value. */
static bool apply_arg(struct rcase *c, const char *opt, const char *val, bool *used)
{
    static const char *const IGNORED[] = {"--compact", "--no-color", "-q", "--quiet"};
    static const char *const IGNORED_VAL[] = {"--format", "-f", "--fail-on", "--table"};
    *used = false;
    for (size_t i = 0; i < sizeof IGNORED / sizeof *IGNORED; i++)
        if (strcmp(opt, IGNORED[i]) == 0)
            return true;
    if (!val) {
        snprintf(c->why, sizeof c->why, "args: '%s' is unknown or wants a value", opt);
        return false;
    }
    *used = true;
    for (size_t i = 0; i < sizeof IGNORED_VAL / sizeof *IGNORED_VAL; i++)
        if (strcmp(opt, IGNORED_VAL[i]) == 0)
            return true;
    if (strcmp(opt, "--date") == 0)
        return set_date(c, "args: --date", val);
    if (strcmp(opt, "--input") == 0 && (!strcmp(val, "text") || !strcmp(val, "html"))) {
        c->opts.flags &= ~(CITE_OPT_FORCE_TEXT | CITE_OPT_FORCE_HTML);
        c->opts.flags |= val[0] == 't' ? CITE_OPT_FORCE_TEXT : CITE_OPT_FORCE_HTML;
        return true;
    }
    if (strcmp(opt, "--max-bytes") == 0 && cli_parse_size(val, &c->opts.max_bytes) &&
        c->opts.max_bytes)
        return true;
    snprintf(c->why, sizeof c->why, "args: '%s %s' is not understood", opt, val);
    return false;
}

static bool apply_args(struct rcase *c, char *text)
{
    char *tok[64];
    size_t n = 0;
    for (char *p = text; *p && n < 64;) {
        while (*p && strchr(" \t\r\n", *p))
            *p++ = '\0';
        if (*p)
            tok[n++] = p;
        while (*p && !strchr(" \t\r\n", *p))
            p++;
    }
    for (size_t i = 0; i < n; i++) {
        char *eq = strncmp(tok[i], "--", 2) == 0 ? strchr(tok[i], '=') : NULL;
        bool used;
        if (eq)
            *eq = '\0';
        const char *val = eq ? eq + 1 : (i + 1 < n ? tok[i + 1] : NULL);
        if (!apply_arg(c, tok[i], val, &used))
            return false;
        if (used && !eq)
            i++;
    }
    return true;
}

/* Fills c from the case folder; false with c->why when the case cannot run. */
static bool load_case(struct rcase *c)
{
    bool txt = exists(c->dir, "input.txt"), html = exists(c->dir, "input.html");
    if (txt == html) {
        snprintf(c->why, sizeof c->why, txt ? "both input.txt and input.html; keep one"
                                             : "no input.txt or input.html");
        return false;
    }
    c->input = txt ? "input.txt" : "input.html";
    cite_options_init(&c->opts);
    if (!c->opts.max_bytes)
        c->opts.max_bytes = CITE_DEFAULT_MAX_BYTES;
    char small[4096];
    if (read_small(c, "date", small, sizeof small) && (c->why[0] || !set_date(c, "date", small)))
        return false;
    if (read_small(c, "args", small, sizeof small) && (c->why[0] || !apply_args(c, small)))
        return false;
    return true;
}

/* The case's report, pretty, with a final newline; NULL with c->why on failure. */
static char *make_report(struct rcase *c, size_t *len)
{
    char path[4200], *buf = NULL, err[300];
    size_t blen = 0;
    snprintf(path, sizeof path, "%s/%s", c->dir, c->input);
    if (!corpus_read_file(path, c->opts.max_bytes, &buf, &blen, err, sizeof err)) {
        snprintf(c->why, sizeof c->why, "%s: %s", c->input, err);
        return NULL;
    }
    cite_error cerr = {0};
    cite_doc *doc = NULL;
    struct citep_buf out;
    citep_buf_init(&out, 0);
    cite_parser *p = cite_parser_new(&c->opts, &cerr);
    cite_status rc = p ? cite_parser_set_document(p, c->input, c->opts.date) : cerr.code;
    if (!rc)
        rc = cite_parse(p, buf, blen, &doc, &cerr);
    if (!rc)
        rc = cite_render_json(doc, CITE_RENDER_PRETTY, corpus_write_buf, &out);
    if (!rc && (out.len == 0 || out.data[out.len - 1] != '\n'))
        rc = citep_buf_addc(&out, '\n');
    if (rc)
        snprintf(c->why, sizeof c->why, "check fails: %s",
                 cerr.text[0] ? cerr.text : cite_strerror(rc));
    cite_doc_free(doc);
    cite_parser_free(p);
    citep_free(buf);
    if (rc) {
        citep_buf_free(&out);
        return NULL;
    }
    return citep_buf_steal(&out, len);
}

/* ------------------------------------------------------------------------ */
/* The diff.                                                                  */

static void print_value(const json_t *v)
{
    if (!v) {
        fputs("nothing", stdout);
        return;
    }
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!s) {
        fputs("?", stdout);
        return;
    }
    size_t n = strlen(s);
    if (n > REGRESS_VALUE_CUT)
        printf("%.*s...", REGRESS_VALUE_CUT, s);
    else
        fputs(s, stdout);
    free(s);
}

/* The line of an object's "span", or 0. */
static unsigned span_line(const json_t *o)
{
    json_t *line = json_object_get(json_object_get(o, "span"), "line");
    return json_is_integer(line) ? (unsigned)json_integer_value(line) : 0;
}

static void report_diff(struct differ *d, const char *path, const json_t *exp,
                        const json_t *got, unsigned line)
{
    if (d->count++ >= REGRESS_MAX_DIFFS)
        return;
    printf("    %s", path[0] ? path : "(top)");
    if (!d->names_only) {
        fputs(": expected ", stdout);
        print_value(exp);
        fputs(", got ", stdout);
        print_value(got);
    }
    if (line)
        printf(" (line %u)", line);
    fputc('\n', stdout);
}

static void diff_value(struct differ *d, const char *path, const json_t *exp,
                       const json_t *got, unsigned line);

static void diff_object(struct differ *d, const char *path, const json_t *exp,
                        const json_t *got, unsigned line)
{
    unsigned l = span_line(got) ? span_line(got) : span_line(exp);
    if (l)
        line = l;
    const char *key;
    json_t *v;
    char sub[1024];
    json_object_foreach((json_t *)exp, key, v) {
        snprintf(sub, sizeof sub, "%s%s%s", path, path[0] ? "." : "", key);
        diff_value(d, sub, v, json_object_get(got, key), line);
    }
    json_object_foreach((json_t *)got, key, v) {
        if (json_object_get(exp, key))
            continue;
        snprintf(sub, sizeof sub, "%s%s%s", path, path[0] ? "." : "", key);
        report_diff(d, sub, NULL, v, line);
    }
}

static void diff_array(struct differ *d, const char *path, const json_t *exp,
                       const json_t *got, unsigned line)
{
    size_t ne = json_array_size(exp), ng = json_array_size(got);
    char sub[1024];
    for (size_t i = 0; i < ne || i < ng; i++) {
        snprintf(sub, sizeof sub, "%s[%zu]", path, i);
        diff_value(d, sub, json_array_get(exp, i), json_array_get(got, i), line);
    }
}

static void diff_value(struct differ *d, const char *path, const json_t *exp,
                       const json_t *got, unsigned line)
{
    if (exp && got && json_equal((json_t *)exp, (json_t *)got))
        return;
    if (exp && got && json_is_object(exp) && json_is_object(got)) {
        diff_object(d, path, exp, got, line);
    } else if (exp && got && json_is_array(exp) && json_is_array(got)) {
        diff_array(d, path, exp, got, line);
    } else {
        const json_t *o = json_is_object(got) ? got : json_is_object(exp) ? exp : NULL;
        report_diff(d, path, exp, got, o && span_line(o) ? span_line(o) : line);
    }
}

static void diff_finish(const struct differ *d)
{
    if (d->count > REGRESS_MAX_DIFFS)
        printf("    ... and %zu more\n", d->count - REGRESS_MAX_DIFFS);
}

/* ------------------------------------------------------------------------ */
/* Running and blessing one case.                                             */

static json_t *load_expected(struct rcase *c)
{
    char path[4200];
    json_error_t jerr;
    snprintf(path, sizeof path, "%s/expected.json", c->dir);
    if (!exists(c->dir, "expected.json")) {
        snprintf(c->why, sizeof c->why,
                 "no expected.json (create it with 'citecheck regress --bless')");
        return NULL;
    }
    json_t *exp = json_load_file(path, 0, &jerr);
    if (!exp)
        snprintf(c->why, sizeof c->why, "%.400s:%d:%d: %s", path, jerr.line, jerr.column,
                 jerr.text);
    return exp;
}

static void normalise_path(json_t *report, const char *input)
{
    json_t *src = json_object_get(report, "source");
    if (json_is_object(src))
        json_object_set_new(src, "path", json_string(input));
}

static enum outcome fail_case(const struct rcase *c)
{
    printf("FAIL %s: %s\n", c->name, c->why);
    return CASE_FAIL;
}

static enum outcome run_case(struct rcase *c)
{
    if (!load_case(c))
        return fail_case(c);
    json_t *exp = load_expected(c);
    if (!exp)
        return fail_case(c);
    size_t len;
    char *text = make_report(c, &len);
    json_error_t jerr;
    json_t *got = text ? json_loadb(text, len, 0, &jerr) : NULL;
    if (text && !got)
        snprintf(c->why, sizeof c->why, "the report is not JSON: %s", jerr.text);
    citep_free(text);
    if (!got) {
        json_decref(exp);
        return fail_case(c);
    }
    normalise_path(exp, c->input);
    normalise_path(got, c->input);
    enum outcome o = CASE_PASS;
    if (json_equal(exp, got)) {
        printf("ok   %s\n", c->name);
    } else {
        struct differ d = {0};
        printf("FAIL %s: the report differs from expected.json\n", c->name);
        diff_value(&d, "", exp, got, 0);
        diff_finish(&d);
        o = CASE_FAIL;
    }
    json_decref(exp);
    json_decref(got);
    return o;
}

static bool write_atomic(const char *path, const char *data, size_t len)
{
    char tmp[4300];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(data, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = false;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        cli_error("%s: %s", path, strerror(errno));
        remove(tmp);
    }
    return ok;
}

/* Says what --bless changes in one case. */
static void bless_note(const struct rcase *c, const char *text, size_t len)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/expected.json", c->dir);
    json_t *old = json_load_file(path, 0, NULL), *now = json_loadb(text, len, 0, NULL);
    if (!old) {
        printf("blessed %s: expected.json %s\n", c->name,
               exists(c->dir, "expected.json") ? "replaced (it was not JSON)" : "created");
    } else {
        normalise_path(old, c->input);
        struct differ d = {.names_only = true};
        if (json_equal(old, now)) {
            printf("blessed %s: reformatted, no key changed\n", c->name);
        } else {
            printf("blessed %s: changed keys:\n", c->name);
            diff_value(&d, "", old, now, 0);
            diff_finish(&d);
        }
    }
    json_decref(old);
    json_decref(now);
}

static enum outcome bless_case(struct rcase *c, size_t *changed)
{
    if (!load_case(c))
        return fail_case(c);
    size_t len;
    char *text = make_report(c, &len);
    if (!text)
        return fail_case(c);
    char path[4200], *old = NULL, err[256];
    size_t oldlen = 0;
    snprintf(path, sizeof path, "%s/expected.json", c->dir);
    bool same = exists(c->dir, "expected.json") &&
                corpus_read_file(path, CITE_DEFAULT_MAX_BYTES, &old, &oldlen, err, sizeof err) &&
                oldlen == len && memcmp(old, text, len) == 0;
    citep_free(old);
    enum outcome o = CASE_PASS;
    if (same) {
        printf("ok   %s (unchanged)\n", c->name);
    } else {
        bless_note(c, text, len);
        if (write_atomic(path, text, len))
            ++*changed;
        else
            o = CASE_FAIL;
    }
    citep_free(text);
    return o;
}

/* ------------------------------------------------------------------------ */
/* The command.                                                               */

static int parse_args(int argc, char **argv, bool *bless, const char **dir)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--bless") == 0) {
            *bless = true;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            cli_help_command("regress", stdout);
            return -1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error("regress", "unknown option '%s'", argv[i]);
        } else if (*dir) {
            return cli_usage_error("regress", "one DIR at a time");
        } else {
            *dir = argv[i];
        }
    }
    if (!*dir)
        *dir = "samples";
    return 0;
}

int cmd_regress(int argc, char **argv)
{
    bool bless = false;
    const char *dir = NULL;
    int rc = parse_args(argc, argv, &bless, &dir);
    if (rc)
        return rc < 0 ? EXIT_CLEAN : rc;
    if (bless && getenv("CI")) {
        cli_error("regress: --bless is refused when CI is set (bless locally and review the "
                  "diff)");
        return EXIT_USAGE;
    }
    char **names;
    size_t n;
    if (!list_cases(dir, &names, &n))
        return EXIT_USAGE;
    size_t passed = 0, failed = 0, changed = 0;
    for (size_t i = 0; i < n; i++) {
        struct rcase c = {.name = names[i]};
        snprintf(c.dir, sizeof c.dir, "%s/%s", dir, names[i]);
        enum outcome o = bless ? bless_case(&c, &changed) : run_case(&c);
        passed += o == CASE_PASS;
        failed += o == CASE_FAIL;
        citep_free(names[i]);
    }
    citep_free(names);
    if (bless)
        printf("blessed %zu of %zu cases\n", changed, n);
    printf("%zu passed, %zu failed\n", passed, failed);
    fflush(stdout);
    return failed ? EXIT_CONFLICT : EXIT_CLEAN;
}
