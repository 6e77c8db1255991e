/*
 * segment.c - `citecheck segment`: one hashtag per line (optional TAB and
 * context), one segmentation per line.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int cmd_segment(int argc, char **argv)
{
    static const struct option longs[] = {{"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", longs, NULL)) != -1) {
        if (c == 'h') {
            cli_help_command("segment", stdout);
            return EXIT_CLEAN;
        }
        return cli_usage_error("segment", "unknown option '%s'", argv[optind - 1]);
    }
    if (argc - optind > 1)
        return cli_usage_error("segment", "one input at a time");
    const char *path = optind < argc ? argv[optind] : NULL;
    char *buf = NULL;
    size_t len = 0;
    if (!cli_read_input(path, CITE_DEFAULT_MAX_BYTES, &buf, &len))
        return EXIT_USAGE;
    cite_options opts;
    cite_options_init(&opts);
    opts.flags |= CITE_OPT_ENTITIES_ONLY;
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    if (!p) {
        cli_error("%s", err.text);
        free(buf);
        return EXIT_USAGE;
    }
    int code = EXIT_CLEAN;
    size_t lineno = 0;
    for (char *line = buf; line < buf + len && code == EXIT_CLEAN; lineno++) {
        char *nl = memchr(line, '\n', (size_t)(buf + len - line));
        char *end = nl ? nl : buf + len;
        char *next = nl ? nl + 1 : buf + len;
        if (end > line && end[-1] == '\r')
            end--;
        size_t ll = end > line ? (size_t)(end - line) : 0;
        char *tab = ll ? memchr(line, '\t', ll) : NULL;
        char *tag = line, *tag_end = tab ? tab : end;
        if (tag < tag_end && *tag == '#')
            tag++;
        else if (tag_end - tag >= 3 && memcmp(tag, "\xEF\xBC\x83", 3) == 0) /* fullwidth # */
            tag += 3;
        char *out = NULL;
        cite_status st = cite_segment(p, tag, (size_t)(tag_end - tag), tab ? tab + 1 : NULL,
                                      tab ? (size_t)(end - tab - 1) : 0, &out);
        if (st != CITE_OK) {
            cli_error("%s:%zu: %s", path ? path : "(stdin)", lineno + 1, cite_strerror(st));
            code = EXIT_USAGE;
        } else {
            puts(out);
        }
        cite_free(out);
        line = next;
    }
    cite_parser_free(p);
    free(buf);
    if (fflush(stdout) != 0) {
        cli_error("writing the output failed");
        return EXIT_USAGE;
    }
    return code;
}
