/*
 * util.c - messages, input reading and small parsers for the CLI.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Regular files from this size on are mapped rather than read. */
#define MAP_FROM_BYTES ((off_t)4 << 20)

/* The whole file is read anyway: map all of it at once rather than taking a
 * page fault every few pages. */
#ifdef MAP_POPULATE
#define MAP_FLAGS MAP_POPULATE
#else
#define MAP_FLAGS 0
#endif

const char *cli_prog = "citecheck";

static void vmsg(const char *kind, const char *fmt, va_list ap)
{
    fprintf(stderr, "%s: %s: ", cli_prog, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("error", fmt, ap);
    va_end(ap);
}

void cli_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("warning", fmt, ap);
    va_end(ap);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("error", fmt, ap);
    va_end(ap);
    fprintf(stderr, "Try '%s help%s%s' for more information.\n", cli_prog, cmd ? " " : "",
            cmd ? cmd : "");
    return EXIT_USAGE;
}

bool cli_read_input(const char *path, size_t max, char **buf, size_t *len)
{
    bool is_stdin = !path || strcmp(path, "-") == 0;
    const char *name = is_stdin ? "(stdin)" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        cli_error("%s: %s", name, strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0) {
        cli_error("%s: %s", name, strerror(errno));
        if (!is_stdin)
            fclose(f);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        cli_error("%s: is a directory (use 'citecheck report %s' for many articles)", name, name);
        if (!is_stdin)
            fclose(f);
        return false;
    }
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
        cli_error("%s: file is %lld bytes, over the cap of %zu bytes (raise it with --max-bytes)",
                  name, (long long)st.st_size, max);
        if (!is_stdin)
            fclose(f);
        return false;
    }
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    char *b = malloc(cap + 1);
    size_t n = 0;
    bool ok = b != NULL;
    while (ok) {
        if (n == cap) {
            size_t ncap = cap * 2;
            char *nb = realloc(b, ncap + 1);
            if (!nb) {
                ok = false;
                break;
            }
            b = nb, cap = ncap;
        }
        size_t r = fread(b + n, 1, cap - n, f);
        n += r;
        if (n > max) {
            cli_error("%s: input is over the cap of %zu bytes (raise it with --max-bytes)", name,
                      max);
            ok = false;
            break;
        }
        if (r == 0) {
            if (ferror(f)) {
                cli_error("%s: read error: %s", name, strerror(errno));
                ok = false;
            }
            break;
        }
    }
    if (!b)
        cli_error("%s: out of memory", name);
    if (!is_stdin)
        fclose(f);
    if (!ok) {
        free(b);
        return false;
    }
    b[n] = '\0';
    *buf = b;
    *len = n;
    return true;
}

bool cli_input_open(const char *path, size_t max, struct cli_input *in)
{
    in->buf = NULL;
    in->len = 0;
    in->mapped = false;
    in->nul_ended = false;
    if (path && strcmp(path, "-") != 0) {
        int fd = open(path, O_RDONLY);
        struct stat st;
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= MAP_FROM_BYTES &&
            (unsigned long long)st.st_size <= max) {
            void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_FLAGS, fd, 0);
            if (p != MAP_FAILED) {
                /* two calls: the advice values are not bit flags */
                madvise(p, (size_t)st.st_size, MADV_SEQUENTIAL);
                madvise(p, (size_t)st.st_size, MADV_WILLNEED);
                close(fd);
                in->buf = p;
                in->len = (size_t)st.st_size;
                in->mapped = true;
                /* the rest of the last page reads as zeros, unless there is none */
                long page = sysconf(_SC_PAGESIZE);
                in->nul_ended = page > 0 && in->len % (size_t)page != 0;
                return true;
            }
        }
        if (fd >= 0)
            close(fd);
    }
    in->nul_ended = true; /* cli_read_input ends the data with '\0' */
    return cli_read_input(path, max, &in->buf, &in->len);
}

void cli_input_free(struct cli_input *in)
{
    if (in->mapped)
        munmap(in->buf, in->len);
    else
        free(in->buf);
    in->buf = NULL;
    in->len = 0;
}

bool cli_parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno || s[0] == '-')
        return false;
    unsigned long long mul = 1;
    if (*end == 'k' || *end == 'K')
        mul = 1024, end++;
    else if (*end == 'm' || *end == 'M')
        mul = 1024 * 1024, end++;
    else if (*end == 'g' || *end == 'G')
        mul = 1024ULL * 1024 * 1024, end++;
    if (*end == 'B' || *end == 'b')
        end++;
    if (*end || v > (unsigned long long)SIZE_MAX / mul)
        return false;
    *out = (size_t)(v * mul);
    return true;
}

bool cli_valid_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

int cli_write_file(const char *buf, size_t len, void *fp)
{
    return fwrite(buf, 1, len, (FILE *)fp) == len ? 0 : -1;
}

void cli_print_warnings(const cite_doc *doc, const char *name)
{
    for (size_t i = 0; i < cite_doc_warning_count(doc); i++) {
        const cite_warning *w = cite_doc_warning_at(doc, i);
        if (w->count > 1)
            cli_warn("%s: %s (%zu times; first at byte %zu)", name, w->message, w->count,
                     w->offset);
        else
            cli_warn("%s: %s (at byte %zu)", name, w->message, w->offset);
    }
}
