/*
 * check.c - `citecheck check`: one article -> report.
 */
#include "cli.h"
#include "addrcheck.h"
#include "fetch.h"
#include "oembed.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum fail_on { FAIL_CONFLICT, FAIL_UNVERIFIED, FAIL_NEVER };

struct check_args {
    const char *format;
    const char *table;
    const char *path;
    enum fail_on fail_on;
    bool compact, no_color, quiet;
    cite_options opts;
    struct fetch_opts fetch;
    struct oembed_opts oembed;
};

static int parse_args(int argc, char **argv, struct check_args *a)
{
    enum { O_TABLE = 256, O_DATE, O_INPUT, O_MAX, O_FAIL, O_COMPACT, O_NOCOLOR, O_TIMEOUT,
           O_PRIVATE, O_CACHE, O_ONLINE, O_OECONF, O_OEHOST };
    static const struct option longs[] = {
        {"format", required_argument, 0, 'f'}, {"table", required_argument, 0, O_TABLE},
        {"date", required_argument, 0, O_DATE}, {"input", required_argument, 0, O_INPUT},
        {"max-bytes", required_argument, 0, O_MAX}, {"fail-on", required_argument, 0, O_FAIL},
        {"compact", no_argument, 0, O_COMPACT}, {"no-color", no_argument, 0, O_NOCOLOR},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'},
        {"timeout", required_argument, 0, O_TIMEOUT},
        {"allow-private-network", no_argument, 0, O_PRIVATE},
        {"cache", required_argument, 0, O_CACHE}, {"online", no_argument, 0, O_ONLINE},
        {"oembed-config", required_argument, 0, O_OECONF},
        {"oembed-per-host", required_argument, 0, O_OEHOST}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "f:qh", longs, NULL)) != -1) {
        switch (c) {
        case 'f': a->format = optarg; break;
        case O_TABLE: a->table = optarg; break;
        case O_DATE:
            if (!cli_valid_date(optarg))
                return cli_usage_error("check", "--date wants YYYY-MM-DD, got '%s'", optarg);
            memcpy(a->opts.date, optarg, 11);
            break;
        case O_INPUT:
            if (strcmp(optarg, "text") == 0)
                a->opts.flags |= CITE_OPT_FORCE_TEXT;
            else if (strcmp(optarg, "html") == 0)
                a->opts.flags |= CITE_OPT_FORCE_HTML;
            else
                return cli_usage_error("check", "--input wants text or html, got '%s'", optarg);
            break;
        case O_MAX:
            if (!cli_parse_size(optarg, &a->opts.max_bytes) || a->opts.max_bytes == 0)
                return cli_usage_error("check", "--max-bytes wants a size such as 64M, got '%s'",
                                       optarg);
            break;
        case O_FAIL:
            if (strcmp(optarg, "conflict") == 0)
                a->fail_on = FAIL_CONFLICT;
            else if (strcmp(optarg, "unverified") == 0)
                a->fail_on = FAIL_UNVERIFIED;
            else if (strcmp(optarg, "never") == 0)
                a->fail_on = FAIL_NEVER;
            else
                return cli_usage_error("check",
                                       "--fail-on wants conflict, unverified or never, got '%s'",
                                       optarg);
            break;
        case O_COMPACT: a->compact = true; break;
        case O_NOCOLOR: a->no_color = true; break;
        case 'q': a->quiet = true; break;
        case O_TIMEOUT: case O_PRIVATE: case O_CACHE: case O_ONLINE: case O_OECONF: case O_OEHOST:
            /* the network options follow "help" (index 9) in longs[], in enum order */
            if (!fetch_parse_option(c - O_TIMEOUT, optarg, &a->fetch, &a->oembed))
                return cli_usage_error("check", "--%s: bad value '%s'",
                                       longs[c - O_TIMEOUT + 10].name, optarg ? optarg : "");
            break;
        case 'h': cli_help_command("check", stdout); return -1;
        default:
            return cli_usage_error("check", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (argc - optind > 1)
        return cli_usage_error("check", "one article at a time (use 'citecheck report' for many)");
    a->path = optind < argc ? argv[optind] : NULL;
    if (!a->format)
        a->format = isatty(STDOUT_FILENO) ? "text" : "json";
    if (strcmp(a->format, "text") && strcmp(a->format, "json") && strcmp(a->format, "csv") &&
        strcmp(a->format, "plain"))
        return cli_usage_error("check", "--format wants text, json, csv or plain, got '%s'",
                               a->format);
    if (a->oembed.enabled && strcmp(a->format, "plain") == 0)
        return cli_usage_error("check", "--online reports on posts; it has no plain format");
    if (a->table && strcmp(a->table, "citations") && strcmp(a->table, "findings") &&
        strcmp(a->table, "embeds"))
        return cli_usage_error("check", "--table wants citations, findings or embeds, got '%s'",
                               a->table);
    return 0;
}

static cite_table table_of(const char *t)
{
    if (t && strcmp(t, "findings") == 0)
        return CITE_TABLE_FINDINGS;
    if (t && strcmp(t, "embeds") == 0)
        return CITE_TABLE_EMBEDS;
    return CITE_TABLE_CITATIONS;
}

/* The exit status the findings call for. */
static int verdict(const cite_doc *doc, enum fail_on f)
{
    if (f == FAIL_NEVER)
        return EXIT_CLEAN;
    for (size_t i = 0; i < cite_doc_finding_count(doc); i++) {
        cite_finding_kind k = cite_doc_finding_at(doc, i)->kind;
        if (k == CITE_CONFLICT || (f == FAIL_UNVERIFIED && k == CITE_POST_ONLY))
            return EXIT_CONFLICT;
    }
    return EXIT_CLEAN;
}

static cite_status render(const cite_doc *doc, const struct check_args *a, const char *name,
                          FILE *out)
{
    if (strcmp(a->format, "json") == 0)
        return cite_render_json(doc, a->compact ? CITE_RENDER_DEFAULT : CITE_RENDER_PRETTY,
                                cli_write_file, out);
    if (strcmp(a->format, "plain") == 0) { /* the text the stages read, as it is */
        size_t n;
        const char *t = cite_doc_text(doc, &n);
        if (cli_write_file(t, n, out) != 0 ||
            ((n == 0 || t[n - 1] != '\n') && cli_write_file("\n", 1, out) != 0))
            return CITE_EIO;
        return CITE_OK;
    }
    if (strcmp(a->format, "csv") == 0)
        return cite_render_csv(doc, name, table_of(a->table), CITE_RENDER_HEADER,
                               cli_write_file, out);
    bool color = !a->no_color && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    return cite_render_text(doc, color ? CITE_RENDER_COLOR : CITE_RENDER_DEFAULT,
                            cli_write_file, out);
}

int cmd_check(int argc, char **argv)
{
    struct check_args a = {.fail_on = FAIL_CONFLICT};
    cite_options_init(&a.opts);
    fetch_opts_init(&a.fetch);
    oembed_opts_init(&a.oembed, &a.fetch);
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc < 0 ? EXIT_CLEAN : rc;
    const char *name = a.path && strcmp(a.path, "-") ? a.path : "(stdin)";
    char *buf = NULL;
    size_t len = 0;
    struct fetch_result web = {0};
    a.fetch.max_bytes = a.opts.max_bytes ? a.opts.max_bytes : CITE_DEFAULT_MAX_BYTES;
    if (addrcheck_has_scheme(a.path)) {
        if (!fetch_url(a.path, &a.fetch, &web))
            return EXIT_USAGE;
        buf = web.body, len = web.len, web.body = NULL;
    } else if (!cli_read_input(a.path, a.opts.max_bytes, &buf, &len)) {
        return EXIT_USAGE;
    } else {
        a.opts.flags |= CITE_OPT_BORROW_INPUT; /* buf ends in '\0' and outlives doc */
    }
    a.opts.path = web.final_url ? web.final_url : a.path && strcmp(a.path, "-") ? a.path : NULL;
    a.opts.charset = web.charset[0] ? web.charset : NULL;
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&a.opts, &err);
    cite_doc *doc = NULL;
    cite_status st = p ? cite_parse(p, buf, len, &doc, &err) : err.code;
    struct oembed_report live = {0};
    if (st != CITE_OK || (a.oembed.enabled && !oembed_run(doc, &a.oembed, &live))) {
        if (st != CITE_OK) /* else oembed_run said why */
            cli_error("%s: %s", name, err.text[0] ? err.text : cite_strerror(st));
        cite_doc_free(doc);
        cite_parser_free(p);
        fetch_result_free(&web);
        free(buf);
        return EXIT_USAGE;
    }
    if (!a.quiet)
        cli_print_warnings(doc, name);
    bool color = !a.no_color && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    st = a.oembed.enabled ? oembed_render(doc, &live, a.format, table_of(a.table),
                                          (a.compact ? 0 : CITE_RENDER_PRETTY) |
                                              (color ? CITE_RENDER_COLOR : 0), name, stdout)
                          : render(doc, &a, name, stdout);
    int code = verdict(doc, a.fail_on);
    if (a.fail_on != FAIL_NEVER && oembed_fails(&live, a.fail_on == FAIL_UNVERIFIED))
        code = EXIT_CONFLICT;
    oembed_report_free(&live);
    cite_doc_free(doc);
    cite_parser_free(p);
    fetch_result_free(&web);
    free(buf);
    if (st != CITE_OK || fflush(stdout) != 0) {
        cli_error("writing the report: %s", cite_strerror(st ? st : CITE_EIO));
        return EXIT_USAGE;
    }
    return code;
}
