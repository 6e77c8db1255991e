/*
 * report.c - `citecheck report`: many articles -> one table (CONTRACT.md,
 * "Corpora" and "CSV").
 *
 * The main thread walks the inputs (or reads JSONL records) and numbers each
 * article; N worker threads, one cite_parser each, analyse them and render
 * their rows into a per-article buffer; the main thread writes the buffers in
 * number order. A ring of `window` slots bounds what is in flight, so memory
 * grows with the largest articles, not with the corpus, and the bytes written
 * are the same for any -j. Diagnostics ride in the same slots, so stderr is
 * in a stable order too.
 */
#include "corpus.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

#define REPORT_MAX_JOBS 256
#define REPORT_WINDOW_PER_JOB 4
#define EXIT_INTERRUPTED 130

enum report_format { FMT_CSV, FMT_JSON, FMT_JSONL };

struct report_args {
    enum report_format format;
    cite_table table;
    long jobs;
    bool jsonl_in, quiet, no_header;
    cite_options opts;
    char **paths;
    size_t npaths;
};

struct task {
    size_t seq;
    char *article;          /* file path or record id */
    char *line;             /* --jsonl-in: the raw record */
    size_t len;
    const char *src;        /* --jsonl-in: input name and line, for messages */
    unsigned long lineno;
    bool done, failed, conflict, skip;
    size_t embeds, citations, findings[4];
    struct citep_buf out, diag;
};

struct totals {
    size_t done, failed, embeds, citations, findings[4];
    size_t elems; /* JSON array elements written */
    bool conflict, write_error;
};

struct pool {
    const struct report_args *a;
    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
    struct task *slots;
    size_t window, produced, taken, written;
    bool closing, emitting, stop;
    pthread_t *threads;
    size_t nthreads;
    cite_parser *inline_parsers[3];
    struct totals tot;
    struct progress *bar;
};

static volatile sig_atomic_t g_interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    g_interrupted = 1;
}

/* ------------------------------------------------------------------------ */
/* Arguments.                                                                 */

static int parse_format(struct report_args *a, const char *s)
{
    if (strcmp(s, "csv") == 0)
        a->format = FMT_CSV;
    else if (strcmp(s, "json") == 0)
        a->format = FMT_JSON;
    else if (strcmp(s, "jsonl") == 0)
        a->format = FMT_JSONL;
    else
        return cli_usage_error("report", "--format wants csv, json or jsonl, got '%s'", s);
    return 0;
}

static int parse_table(struct report_args *a, const char *s)
{
    if (strcmp(s, "citations") == 0)
        a->table = CITE_TABLE_CITATIONS;
    else if (strcmp(s, "findings") == 0)
        a->table = CITE_TABLE_FINDINGS;
    else if (strcmp(s, "embeds") == 0)
        a->table = CITE_TABLE_EMBEDS;
    else
        return cli_usage_error("report", "--table wants citations, findings or embeds, got '%s'",
                               s);
    return 0;
}

static int parse_jobs(struct report_args *a, const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end || errno || v < 1 || v > REPORT_MAX_JOBS)
        return cli_usage_error("report", "-j wants a number from 1 to %d, got '%s'",
                               REPORT_MAX_JOBS, s);
    a->jobs = v;
    return 0;
}

static int parse_option(struct report_args *a, int c, const char *arg)
{
    enum { O_TABLE = 256, O_DATE, O_MAX, O_JSONL_IN, O_INPUT, O_NO_HEADER };
    switch (c) {
    case 'f': return parse_format(a, arg);
    case O_TABLE: return parse_table(a, arg);
    case 'j': return parse_jobs(a, arg);
    case O_JSONL_IN: a->jsonl_in = true; return 0;
    case O_NO_HEADER: a->no_header = true; return 0;
    case 'q': a->quiet = true; return 0;
    case O_DATE:
        if (!cli_valid_date(arg))
            return cli_usage_error("report", "--date wants YYYY-MM-DD, got '%s'", arg);
        memcpy(a->opts.date, arg, 11);
        return 0;
    case O_MAX:
        if (!cli_parse_size(arg, &a->opts.max_bytes) || a->opts.max_bytes == 0)
            return cli_usage_error("report", "--max-bytes wants a size such as 64M, got '%s'",
                                   arg);
        return 0;
    case O_INPUT:
        if (strcmp(arg, "text") == 0)
            a->opts.flags |= CITE_OPT_FORCE_TEXT;
        else if (strcmp(arg, "html") == 0)
            a->opts.flags |= CITE_OPT_FORCE_HTML;
        else
            return cli_usage_error("report", "--input wants text or html, got '%s'", arg);
        return 0;
    default: return -2;
    }
}

static int parse_args(int argc, char **argv, struct report_args *a)
{
    static const struct option longs[] = {
        {"format", required_argument, 0, 'f'}, {"table", required_argument, 0, 256},
        {"jobs", required_argument, 0, 'j'}, {"date", required_argument, 0, 257},
        {"max-bytes", required_argument, 0, 258}, {"jsonl-in", no_argument, 0, 259},
        {"input", required_argument, 0, 260}, {"no-header", no_argument, 0, 261},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "f:j:qh", longs, NULL)) != -1) {
        if (c == 'h') {
            cli_help_command("report", stdout);
            return -1;
        }
        int rc = parse_option(a, c, optarg);
        if (rc == -2)
            return cli_usage_error("report", "unknown or incomplete option '%s'",
                                   argv[optind - 1]);
        if (rc)
            return rc;
    }
    a->paths = argv + optind;
    a->npaths = (size_t)(argc - optind);
    if (a->npaths == 0 && !a->jsonl_in)
        return cli_usage_error("report", "no PATH given (files or folders of articles)");
    return 0;
}

static long default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        return 1;
    return n > REPORT_MAX_JOBS ? REPORT_MAX_JOBS : n;
}

/* ------------------------------------------------------------------------ */
/* One article: read, analyse, render into the task's buffers.               */

static void diagf(struct task *t, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* "citecheck: KIND: ..." into the task's stderr text. */
static void diagf(struct task *t, const char *kind, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    (void)citep_buf_addf(&t->diag, "%s: %s: %s\n", cli_prog, kind, msg);
}

/* Append s as a JSON string; bytes that are not UTF-8 become U+FFFD, since an
 * article path need not be UTF-8 but the output must be JSON. */
static cite_status json_quote(struct citep_buf *b, const char *s)
{
    cite_status rc = citep_buf_addc(b, '"');
    const unsigned char *p = (const unsigned char *)s;
    while (!rc && *p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n < 1) {
            rc = citep_buf_add(b, "\\ufffd", 6);
            p++;
        } else if (cp == '"' || cp == '\\') {
            rc = citep_buf_addf(b, "\\%c", (char)cp);
            p += n;
        } else if (cp < 0x20) {
            rc = citep_buf_addf(b, "\\u%04x", (unsigned)cp);
            p += n;
        } else {
            rc = citep_buf_add(b, p, (size_t)n);
            p += n;
        }
    }
    return rc ? rc : citep_buf_addc(b, '"');
}

/* The compact check report with "article" as its first key. */
static cite_status render_json_row(const cite_doc *doc, const char *article, struct citep_buf *out)
{
    struct citep_buf tmp;
    citep_buf_init(&tmp, 0);
    cite_status rc = cite_render_json(doc, CITE_RENDER_DEFAULT, corpus_write_buf, &tmp);
    size_t s = 0, e = tmp.len;
    while (!rc && s < e && tmp.data[s] != '{')
        s++;
    while (!rc && e > s && (tmp.data[e - 1] == '\n' || tmp.data[e - 1] == ' '))
        e--;
    if (!rc && (s == e || tmp.data[e - 1] != '}'))
        rc = CITE_EIO;
    if (!rc)
        rc = citep_buf_add(out, "{\"article\":", 11);
    if (!rc)
        rc = json_quote(out, article);
    if (!rc && e - s > 2)
        rc = citep_buf_addc(out, ',');
    if (!rc)
        rc = citep_buf_add(out, tmp.data + s + 1, e - s - 1);
    if (!rc)
        rc = citep_buf_addc(out, '\n');
    citep_buf_free(&tmp);
    return rc;
}

/* For json/jsonl a failed article still gets a line, so that a cluster job
 * keeps one output per input and can tell which ones failed. */
static void render_error_row(struct task *t, const char *why)
{
    if (!t->article)
        return;
    t->out.len = 0;
    if (citep_buf_add(&t->out, "{\"article\":", 11) || json_quote(&t->out, t->article) ||
        citep_buf_add(&t->out, ",\"error\":", 9) || json_quote(&t->out, why) ||
        citep_buf_add(&t->out, "}\n", 2))
        t->out.len = 0;
}

static void fail_task(struct task *t, const struct report_args *a, const char *name,
                      const char *why)
{
    t->failed = true;
    diagf(t, "error", "%s: %s", name, why);
    if (a->format != FMT_CSV)
        render_error_row(t, why);
}

static void count(struct task *t, const cite_doc *doc)
{
    t->embeds = cite_doc_embed_count(doc);
    t->citations = cite_doc_citation_count(doc);
    for (size_t i = 0; i < cite_doc_finding_count(doc); i++) {
        cite_finding_kind k = cite_doc_finding_at(doc, i)->kind;
        if ((unsigned)k < 4)
            t->findings[k]++;
        if (k == CITE_CONFLICT)
            t->conflict = true;
    }
}

static void warnings(struct task *t, const cite_doc *doc)
{
    for (size_t i = 0; i < cite_doc_warning_count(doc); i++) {
        const cite_warning *w = cite_doc_warning_at(doc, i);
        (void)citep_buf_addf(&t->diag, "%s: warning: %s: %s (at byte %zu)\n", cli_prog,
                             t->article, w->message, w->offset);
    }
}

static void analyse(cite_parser *p, const struct report_args *a, struct task *t,
                    const char *buf, size_t len, const char *date)
{
    cite_error err = {0};
    cite_doc *doc = NULL;
    cite_status rc = cite_parser_set_document(p, t->article, date && date[0] ? date : NULL);
    if (!rc)
        rc = cite_parse(p, buf, len, &doc, &err);
    if (rc) {
        fail_task(t, a, t->article, err.text[0] ? err.text : cite_strerror(rc));
        return;
    }
    if (!a->quiet)
        warnings(t, doc);
    if (a->format == FMT_CSV)
        rc = cite_render_csv(doc, t->article, a->table, CITE_RENDER_DEFAULT, corpus_write_buf,
                             &t->out);
    else
        rc = render_json_row(doc, t->article, &t->out);
    if (rc) {
        t->out.len = 0;
        fail_task(t, a, t->article, cite_strerror(rc));
    } else {
        count(t, doc);
    }
    cite_doc_free(doc);
}

/* parsers[0] sniffs, [1] forces text, [2] forces HTML; made on first use
 * because JSONL records say which one they are. */
static cite_parser *parser_for(cite_parser **parsers, const struct report_args *a, int which,
                               struct task *t)
{
    if (!parsers[which]) {
        cite_options o = a->opts;
        if (which)
            o.flags = (o.flags & ~(CITE_OPT_FORCE_TEXT | CITE_OPT_FORCE_HTML)) |
                      (which == 1 ? CITE_OPT_FORCE_TEXT : CITE_OPT_FORCE_HTML);
        cite_error err = {0};
        parsers[which] = cite_parser_new(&o, &err);
        if (!parsers[which])
            fail_task(t, a, t->article ? t->article : "report",
                      err.text[0] ? err.text : cite_strerror(err.code));
    }
    return parsers[which];
}

static void run_file(cite_parser **parsers, const struct report_args *a, struct task *t)
{
    char *buf = NULL, why[300];
    size_t len = 0;
    if (!corpus_read_file(t->article, a->opts.max_bytes, &buf, &len, why, sizeof why)) {
        fail_task(t, a, t->article, why);
        return;
    }
    cite_parser *p = parser_for(parsers, a, 0, t);
    if (p)
        analyse(p, a, t, buf, len, a->opts.date);
    citep_free(buf);
}

static void run_record(cite_parser **parsers, const struct report_args *a, struct task *t)
{
    struct jsonl_record rec;
    char why[300];
    if (!jsonl_parse_record(t->line, t->len, &rec, why, sizeof why)) {
        t->failed = true;
        diagf(t, "error", "%s:%lu: %s, skipped", t->src, t->lineno, why);
        return;
    }
    t->article = rec.id;
    rec.id = NULL;
    cite_parser *p = parser_for(parsers, a, rec.html ? 2 : 1, t);
    if (p)
        analyse(p, a, t, rec.body, rec.len, rec.date[0] ? rec.date : a->opts.date);
    jsonl_record_free(&rec);
}

static void run_task(cite_parser **parsers, const struct report_args *a, struct task *t)
{
    if (t->failed || t->skip)
        return;
    if (a->jsonl_in)
        run_record(parsers, a, t);
    else
        run_file(parsers, a, t);
    citep_free(t->line);
    t->line = NULL;
}

/* ------------------------------------------------------------------------ */
/* Output, in article order.                                                  */

static void emit(struct pool *pl, struct task *t)
{
    const struct report_args *a = pl->a;
    struct totals *tot = &pl->tot;
    if (t->diag.len) {
        progress_clear(pl->bar);
        fwrite(t->diag.data, 1, t->diag.len, stderr);
    }
    if (t->out.len && !tot->write_error) {
        if (a->format == FMT_JSON && tot->elems++ > 0 && fwrite(",\n", 1, 2, stdout) != 2)
            tot->write_error = true;
        size_t n = t->out.len;
        if (a->format == FMT_JSON)
            n--; /* the newline goes before the next element */
        if (fwrite(t->out.data, 1, n, stdout) != n)
            tot->write_error = true;
        /* A stream consumer (Spark pipe(), a pipeline) sees each record's
         * rows when they are ready, not when a buffer fills. */
        if (a->jsonl_in && fflush(stdout) != 0)
            tot->write_error = true;
    }
    if (!t->skip) {
        tot->done += !t->failed;
        tot->failed += t->failed;
    }
    tot->embeds += t->embeds;
    tot->citations += t->citations;
    for (int k = 0; k < 4; k++)
        tot->findings[k] += t->findings[k];
    tot->conflict |= t->conflict;
    progress_update(pl->bar, tot->done + tot->failed);
}

static void task_init(struct task *t)
{
    memset(t, 0, sizeof *t);
    citep_buf_init(&t->out, 0);
    citep_buf_init(&t->diag, 0);
}

static void task_clear(struct task *t)
{
    citep_free(t->article);
    citep_free(t->line);
    citep_buf_free(&t->out);
    citep_buf_free(&t->diag);
    memset(t, 0, sizeof *t);
}

/* ------------------------------------------------------------------------ */
/* The pool.                                                                  */

/* Write the finished articles at the head of the ring, in order. Whichever
 * thread finishes the head article does it (holding the `emitting` token),
 * so rows come out as soon as they can, even while the main thread waits for
 * input. Called and returns with mu held. */
static void drain_locked(struct pool *pl)
{
    if (pl->emitting)
        return;
    pl->emitting = true;
    while (pl->written < pl->produced && pl->slots[pl->written % pl->window].done) {
        struct task *t = &pl->slots[pl->written % pl->window];
        pthread_mutex_unlock(&pl->mu);
        emit(pl, t);
        task_clear(t);
        bool failed = pl->tot.write_error; /* tot belongs to the token holder */
        pthread_mutex_lock(&pl->mu);
        pl->stop |= failed;
        pl->written++;
        pthread_cond_broadcast(&pl->done_cv);
    }
    pl->emitting = false;
}

static void *worker(void *arg)
{
    struct pool *pl = arg;
    cite_parser *parsers[3] = {0};
    pthread_mutex_lock(&pl->mu);
    for (;;) {
        while (pl->taken == pl->produced && !pl->closing)
            pthread_cond_wait(&pl->work_cv, &pl->mu);
        if (pl->taken == pl->produced)
            break;
        struct task *t = &pl->slots[pl->taken++ % pl->window];
        pthread_mutex_unlock(&pl->mu);
        run_task(parsers, pl->a, t);
        pthread_mutex_lock(&pl->mu);
        t->done = true;
        drain_locked(pl);
    }
    pthread_mutex_unlock(&pl->mu);
    for (int i = 0; i < 3; i++)
        cite_parser_free(parsers[i]);
    return NULL;
}

/* Block until at most `keep` articles are in flight. */
static void wait_locked(struct pool *pl, size_t keep)
{
    while (pl->produced - pl->written > keep)
        pthread_cond_wait(&pl->done_cv, &pl->mu);
}

/* Hand one article to the pool (which takes ownership of t's contents).
 * Returns false once the output can no longer be written. */
static bool submit(struct pool *pl, struct task *t)
{
    if (pl->nthreads == 0) {
        run_task(pl->inline_parsers, pl->a, t);
        emit(pl, t);
        task_clear(t);
        return !pl->tot.write_error;
    }
    pthread_mutex_lock(&pl->mu);
    wait_locked(pl, pl->window - 1);
    t->seq = pl->produced;
    t->done = false;
    pl->slots[pl->produced % pl->window] = *t;
    memset(t, 0, sizeof *t);
    pl->produced++;
    pthread_cond_signal(&pl->work_cv);
    bool go_on = !pl->stop;
    pthread_mutex_unlock(&pl->mu);
    return go_on;
}

static bool pool_start(struct pool *pl, const struct report_args *a)
{
    memset(pl, 0, sizeof *pl);
    pl->a = a;
    if (a->jobs <= 1)
        return true;
    pl->window = (size_t)a->jobs * REPORT_WINDOW_PER_JOB;
    pl->slots = citep_calloc(pl->window, sizeof *pl->slots);
    pl->threads = citep_calloc((size_t)a->jobs, sizeof *pl->threads);
    if (!pl->slots || !pl->threads)
        return false;
    pthread_mutex_init(&pl->mu, NULL);
    pthread_cond_init(&pl->work_cv, NULL);
    pthread_cond_init(&pl->done_cv, NULL);
    /* Workers never take SIGINT: the main thread must see it to stop cleanly. */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    for (long i = 0; i < a->jobs; i++) {
        if (pthread_create(&pl->threads[i], NULL, worker, pl) != 0)
            break;
        pl->nthreads++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return true; /* with no thread at all, submit() runs articles inline */
}

static void pool_finish(struct pool *pl)
{
    if (pl->nthreads) {
        pthread_mutex_lock(&pl->mu);
        wait_locked(pl, 0);
        pl->closing = true;
        pthread_cond_broadcast(&pl->work_cv);
        pthread_mutex_unlock(&pl->mu);
        for (size_t i = 0; i < pl->nthreads; i++)
            pthread_join(pl->threads[i], NULL);
        pthread_mutex_destroy(&pl->mu);
        pthread_cond_destroy(&pl->work_cv);
        pthread_cond_destroy(&pl->done_cv);
    }
    for (int i = 0; i < 3; i++)
        cite_parser_free(pl->inline_parsers[i]);
    citep_free(pl->slots);
    citep_free(pl->threads);
}

/* ------------------------------------------------------------------------ */
/* Producers.                                                                 */

static cite_status feed_files(struct pool *pl, const struct corpus_list *l)
{
    bool go_on = true;
    for (size_t i = 0; i < l->n && !g_interrupted && go_on; i++) {
        struct task t;
        task_init(&t);
        size_t n = strlen(l->v[i].path) + 1;
        t.article = citep_malloc(n);
        if (!t.article)
            return CITE_ENOMEM;
        memcpy(t.article, l->v[i].path, n);
        go_on = submit(pl, &t);
    }
    return CITE_OK;
}

static cite_status feed_line(struct pool *pl, struct jsonl_reader *r, const char *name,
                             enum jsonl_line kind, struct citep_buf *line)
{
    struct task t;
    task_init(&t);
    t.src = name;
    t.lineno = r->lineno;
    if (kind == JSONL_TOO_LONG) {
        t.failed = true;
        diagf(&t, "error", "%s:%lu: the line is over the cap of %zu bytes (raise it with "
              "--max-bytes), skipped", name, r->lineno, r->max);
    } else {
        size_t i = 0;
        while (i < line->len && strchr(" \t", line->data[i]))
            i++;
        if (i == line->len)
            return CITE_OK; /* blank lines are allowed between records */
        t.line = citep_buf_steal(line, &t.len);
        if (!t.line)
            return CITE_ENOMEM;
    }
    return submit(pl, &t) ? CITE_OK : CITE_EIO; /* EIO: the output is gone */
}

static cite_status feed_jsonl(struct pool *pl, const char *name, int fd)
{
    struct jsonl_reader r;
    struct citep_buf line;
    citep_buf_init(&line, 0);
    cite_status rc = jsonl_reader_init(&r, fd, pl->a->opts.max_bytes);
    while (!rc && !g_interrupted) {
        enum jsonl_line k = jsonl_reader_next(&r, &line);
        if (k == JSONL_EOF)
            break;
        if (k == JSONL_ERROR) {
            if (!(r.err_no == EINTR && g_interrupted)) {
                struct task t;
                task_init(&t);
                t.failed = true;
                diagf(&t, "error", "%s: read error: %s", name, strerror(r.err_no));
                submit(pl, &t);
            }
            break;
        }
        rc = feed_line(pl, &r, name, k, &line);
    }
    jsonl_reader_free(&r);
    citep_buf_free(&line);
    return rc;
}

static cite_status feed_jsonl_inputs(struct pool *pl, const struct report_args *a)
{
    static char *stdin_only[] = {"-"};
    char **paths = a->npaths ? a->paths : stdin_only;
    size_t n = a->npaths ? a->npaths : 1;
    cite_status rc = CITE_OK;
    for (size_t i = 0; !rc && i < n && !g_interrupted; i++) {
        bool std = strcmp(paths[i], "-") == 0;
        const char *name = std ? "(stdin)" : paths[i];
        int fd = std ? STDIN_FILENO : open(paths[i], O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            struct task t;
            task_init(&t);
            t.failed = true;
            diagf(&t, "error", "%s: %s", name, strerror(errno));
            submit(pl, &t);
            continue;
        }
        rc = feed_jsonl(pl, name, fd);
        if (!std)
            close(fd);
    }
    return rc;
}

/* ------------------------------------------------------------------------ */
/* The command.                                                               */

static void summary(const struct totals *t)
{
    fprintf(stderr,
            "%s: report: %zu articles done, %zu failed; %zu embeds, %zu citations; findings: "
            "%zu consistent, %zu conflict, %zu post_only, %zu body_only\n",
            cli_prog, t->done, t->failed, t->embeds, t->citations,
            t->findings[CITE_CONSISTENT], t->findings[CITE_CONFLICT],
            t->findings[CITE_POST_ONLY], t->findings[CITE_BODY_ONLY]);
}

static int write_start(const struct report_args *a)
{
    if (a->format == FMT_CSV && !a->no_header)
        return cite_render_csv(NULL, NULL, a->table, CITE_RENDER_HEADER, cli_write_file, stdout)
                   ? -1
                   : 0;
    if (a->format == FMT_JSON)
        return fputs("[\n", stdout) < 0 ? -1 : 0;
    return 0;
}

static int finish(struct pool *pl, const struct report_args *a, size_t missing)
{
    struct totals *t = &pl->tot;
    t->failed += missing;
    if (a->format == FMT_JSON && fputs(t->elems ? "\n]\n" : "]\n",
                                       stdout) < 0)
        t->write_error = true;
    if (fflush(stdout) != 0)
        t->write_error = true;
    if (!a->quiet)
        summary(t);
    if (t->write_error) {
        cli_error("writing the report: %s", strerror(errno));
        return EXIT_USAGE;
    }
    if (g_interrupted) {
        cli_error("interrupted: %zu articles written; the output is complete up to there",
                  t->done + t->failed - missing);
        return EXIT_INTERRUPTED;
    }
    if (t->done == 0 && t->failed > 0)
        return EXIT_USAGE;
    return t->conflict ? EXIT_CONFLICT : EXIT_CLEAN;
}

static int run(const struct report_args *a, struct corpus_list *list)
{
    struct pool pl;
    if (!pool_start(&pl, a)) {
        cli_error("report: cannot start worker threads");
        pool_finish(&pl);
        return EXIT_USAGE;
    }
    pl.bar = progress_new(a->jsonl_in ? 0 : list->n, a->quiet);
    if (write_start(a) != 0)
        pl.tot.write_error = true;
    cite_status rc = a->jsonl_in ? feed_jsonl_inputs(&pl, a) : feed_files(&pl, list);
    pool_finish(&pl);
    progress_free(pl.bar);
    if (rc && rc != CITE_EIO) {
        cli_error("report: %s", cite_strerror(rc));
        return EXIT_USAGE;
    }
    return finish(&pl, a, list->missing);
}

int cmd_report(int argc, char **argv)
{
    struct report_args a = {.format = FMT_CSV, .table = CITE_TABLE_CITATIONS};
    cite_options_init(&a.opts);
    if (!a.opts.max_bytes)
        a.opts.max_bytes = CITE_DEFAULT_MAX_BYTES;
    a.jobs = default_jobs();
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc < 0 ? EXIT_CLEAN : rc;
    struct corpus_list list = {0};
    if (!a.jsonl_in && corpus_walk(a.paths, a.npaths, a.quiet, &list) != CITE_OK) {
        corpus_list_free(&list);
        cli_error("report: out of memory");
        return EXIT_USAGE;
    }
    if (!a.jsonl_in && list.n == 0 && list.missing == 0 && !a.quiet)
        fprintf(stderr, "%s: note: no .txt, .html or .htm files found\n", cli_prog);
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sa.sa_flags = SA_RESETHAND; /* a second Ctrl-C stops at once */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old);
    rc = run(&a, &list);
    sigaction(SIGINT, &old, NULL);
    corpus_list_free(&list);
    return rc;
}
