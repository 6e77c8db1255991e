/*
 * entities.c - `citecheck entities`: hashtags, mentions, URLs, cashtags as
 * twitter-text extracts them.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int cmd_entities(int argc, char **argv)
{
    enum { O_MAX = 256, O_NOSEG };
    static const struct option longs[] = {
        {"format", required_argument, 0, 'f'}, {"max-bytes", required_argument, 0, O_MAX},
        {"no-segment", no_argument, 0, O_NOSEG}, {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    cite_options opts;
    cite_options_init(&opts);
    opts.flags |= CITE_OPT_ENTITIES_ONLY | CITE_OPT_TWITTER_EXACT | CITE_OPT_FORCE_TEXT;
    const char *format = "json";
    bool quiet = false;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "f:qh", longs, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case O_MAX:
            if (!cli_parse_size(optarg, &opts.max_bytes) || opts.max_bytes == 0)
                return cli_usage_error("entities", "--max-bytes wants a size such as 64M, got '%s'",
                                       optarg);
            break;
        case O_NOSEG: opts.flags |= CITE_OPT_NO_SEGMENT; break;
        case 'q': quiet = true; break;
        case 'h': cli_help_command("entities", stdout); return EXIT_CLEAN;
        default:
            return cli_usage_error("entities", "unknown or incomplete option '%s'",
                                   argv[optind - 1]);
        }
    }
    if (strcmp(format, "json") && strcmp(format, "text"))
        return cli_usage_error("entities", "--format wants json or text, got '%s'", format);
    if (argc - optind > 1)
        return cli_usage_error("entities", "one input at a time");
    const char *path = optind < argc ? argv[optind] : NULL;
    const char *name = path && strcmp(path, "-") ? path : "(stdin)";
    struct cli_input in;
    if (!cli_input_open(path, opts.max_bytes, &in))
        return EXIT_USAGE;
    if (in.nul_ended)
        opts.flags |= CITE_OPT_BORROW_INPUT; /* in outlives doc */
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    cite_doc *doc = NULL;
    cite_status st = p ? cite_parse(p, in.buf, in.len, &doc, &err) : err.code;
    if (st != CITE_OK) {
        cli_error("%s: %s", name, err.text[0] ? err.text : cite_strerror(st));
        cite_parser_free(p);
        cli_input_free(&in);
        return EXIT_USAGE;
    }
    if (!quiet)
        cli_print_warnings(doc, name);
    st = strcmp(format, "json") == 0 ? cite_render_entities_json(doc, cli_write_file, stdout)
                                     : cite_render_entities_text(doc, cli_write_file, stdout);
    cite_doc_free(doc);
    cite_parser_free(p);
    cli_input_free(&in);
    if (st != CITE_OK || fflush(stdout) != 0) {
        cli_error("writing the output: %s", cite_strerror(st ? st : CITE_EIO));
        return EXIT_USAGE;
    }
    return EXIT_CLEAN;
}
