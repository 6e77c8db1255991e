/*
 * entities.c - `citecheck entities`: hashtags, mentions, URLs, cashtags as
 * twitter-text extracts them.
 */
#include "cli.h"

#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* A large file is read into memory of its own on transparent huge pages rather
 * than mapped: the text is scanned several times, and touching a mapping of the
 * page cache costs a fault per 4 KiB page (very dear under a hypervisor), while
 * one read into huge pages costs a few. */
#define HUGE_READ_FROM ((off_t)4 << 20)
#define HUGE_PAGE ((size_t)2 << 20)

struct ent_input {
    struct cli_input in; /* in.buf points into the block below when it is set */
    void *block;
    size_t block_len;
};

/* Read the regular file at path whole into a huge-page block; false (and
 * nothing held) when it is not one to read that way or reading fails: the
 * caller then opens it the ordinary way, which also reports any error. */
static bool read_huge(const char *path, size_t max, struct ent_input *e)
{
#if defined(MADV_HUGEPAGE) && defined(MAP_ANONYMOUS)
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0)
        return false;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < HUGE_READ_FROM ||
        (unsigned long long)st.st_size > max ||
        (unsigned long long)st.st_size > SIZE_MAX - 3 * HUGE_PAGE) {
        close(fd);
        return false;
    }
    size_t len = (size_t)st.st_size, got = 0;
    size_t span = (len + 1 + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    e->block_len = span + HUGE_PAGE; /* room to start on a huge-page boundary */
    e->block = mmap(NULL, e->block_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                    -1, 0);
    if (e->block == MAP_FAILED) {
        close(fd);
        return false;
    }
    char *buf = (char *)(((uintptr_t)e->block + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    (void)madvise(buf, span, MADV_HUGEPAGE); /* only advice */
    while (got < len) {
        ssize_t r = read(fd, buf + got, len - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (got != len) { /* changed under us or unreadable: let the ordinary path tell */
        munmap(e->block, e->block_len);
        return false;
    }
    buf[len] = '\0';
    e->in = (struct cli_input){buf, len, false, true};
    return true;
#else
    (void)path, (void)max, (void)e;
    return false;
#endif
}

static bool ent_input_open(const char *path, size_t max, struct ent_input *e)
{
    e->block = NULL;
    if (path && strcmp(path, "-") != 0 && read_huge(path, max, e))
        return true;
    e->block = NULL;
    return cli_input_open(path, max, &e->in);
}

static void ent_input_free(struct ent_input *e)
{
    if (e->block)
        munmap(e->block, e->block_len);
    else
        cli_input_free(&e->in);
    e->block = NULL;
}

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
    struct ent_input ein;
    if (!ent_input_open(path, opts.max_bytes, &ein))
        return EXIT_USAGE;
    const struct cli_input in = ein.in;
    if (in.nul_ended)
        opts.flags |= CITE_OPT_BORROW_INPUT; /* in outlives doc */
    cite_error err = {0};
    cite_parser *p = cite_parser_new(&opts, &err);
    cite_doc *doc = NULL;
    cite_status st = p ? cite_parse(p, in.buf, in.len, &doc, &err) : err.code;
    if (st != CITE_OK) {
        cli_error("%s: %s", name, err.text[0] ? err.text : cite_strerror(st));
        cite_parser_free(p);
        ent_input_free(&ein);
        return EXIT_USAGE;
    }
    if (!quiet)
        cli_print_warnings(doc, name);
    st = strcmp(format, "json") == 0 ? cite_render_entities_json(doc, cli_write_file, stdout)
                                     : cite_render_entities_text(doc, cli_write_file, stdout);
    cite_doc_free(doc);
    cite_parser_free(p);
    ent_input_free(&ein);
    if (st != CITE_OK || fflush(stdout) != 0) {
        cli_error("writing the output: %s", cite_strerror(st ? st : CITE_EIO));
        return EXIT_USAGE;
    }
    return EXIT_CLEAN;
}
