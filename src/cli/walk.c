/*
 * walk.c - turn `citecheck report` PATH arguments into the ordered list of
 * articles (CONTRACT.md, "Corpora"): folders depth-first, entries sorted by
 * name bytes so the order never depends on the file system or the locale;
 * symlinks followed, with loops caught by the (dev, ino) of every folder on
 * the way down; FIFOs and devices inside folders skipped, since opening one
 * could block the run forever.
 */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* Deeper than any real corpus; PATH_MAX stops most trees well before. */
#define WALK_MAX_DEPTH 512

struct dirid {
    dev_t dev;
    ino_t ino;
};

struct walker {
    struct corpus_list *out;
    bool quiet;
    struct dirid stack[WALK_MAX_DEPTH];
    size_t depth;
    struct dirid *seen; /* open-addressing set of every folder walked */
    size_t nseen, seencap;
    size_t nother; /* files skipped for their name */
};

/* A folder of other files (images, notes, a split corpus without suffixes)
 * would bury the report's own messages under one note per file: the first few
 * are named, the rest counted in one line at the end. */
#define WALK_NAMED_SKIPS 3

static void note(const char *path, const char *what)
{
    fprintf(stderr, "%s: note: %s: %s\n", cli_prog, path, what);
}

static void fail(struct walker *w, const char *path, const char *what)
{
    fprintf(stderr, "%s: error: %s: %s\n", cli_prog, path, what);
    w->out->missing++;
}

static cite_status push_item(struct corpus_list *l, const char *path)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 256;
        struct corpus_item *nv = citep_realloc(l->v, ncap * sizeof *nv);
        if (!nv)
            return CITE_ENOMEM;
        l->v = nv, l->cap = ncap;
    }
    size_t n = strlen(path) + 1;
    char *copy = citep_malloc(n);
    if (!copy)
        return CITE_ENOMEM;
    memcpy(copy, path, n);
    l->v[l->n++].path = copy;
    return CITE_OK;
}

static size_t dir_hash(struct dirid d, size_t cap)
{
    unsigned long long h = (unsigned long long)d.ino * 0x9E3779B97F4A7C15ULL;
    h ^= (unsigned long long)d.dev + (h >> 29);
    return (size_t)(h & (cap - 1));
}

static bool same_dir(struct dirid a, struct dirid b) { return a.dev == b.dev && a.ino == b.ino; }

/* Adds d to the seen set; false when it was already there. */
static cite_status seen_add(struct walker *w, struct dirid d, bool *added)
{
    if (2 * (w->nseen + 1) > w->seencap) {
        size_t ncap = w->seencap ? w->seencap * 2 : 64;
        struct dirid *nv = citep_calloc(ncap, sizeof *nv);
        if (!nv)
            return CITE_ENOMEM;
        for (size_t i = 0; i < w->seencap; i++) {
            if (w->seen[i].ino == 0 && w->seen[i].dev == 0)
                continue;
            size_t k = dir_hash(w->seen[i], ncap);
            while (nv[k].ino || nv[k].dev)
                k = (k + 1) & (ncap - 1);
            nv[k] = w->seen[i];
        }
        citep_free(w->seen);
        w->seen = nv, w->seencap = ncap;
    }
    size_t k = dir_hash(d, w->seencap);
    while (w->seen[k].ino || w->seen[k].dev) {
        if (same_dir(w->seen[k], d)) {
            *added = false;
            return CITE_OK;
        }
        k = (k + 1) & (w->seencap - 1);
    }
    w->seen[k] = d;
    w->nseen++;
    *added = true;
    return CITE_OK;
}

static bool wanted_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && (strcasecmp(dot, ".txt") == 0 || strcasecmp(dot, ".html") == 0 ||
                   strcasecmp(dot, ".htm") == 0);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_names(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        citep_free(names[i]);
    citep_free(names);
}

/* The folder's entry names, sorted; false (with a message) when unreadable. */
static cite_status read_names(struct walker *w, const char *path, char ***names, size_t *n)
{
    *names = NULL, *n = 0;
    DIR *d = opendir(path);
    if (!d) {
        fail(w, path, strerror(errno));
        return CITE_OK;
    }
    size_t cap = 0;
    cite_status rc = CITE_OK;
    struct dirent *e;
    while (!rc && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            char **nv = citep_realloc(*names, cap * sizeof *nv);
            if (!nv) {
                rc = CITE_ENOMEM;
                break;
            }
            *names = nv;
        }
        size_t len = strlen(e->d_name) + 1;
        char *copy = citep_malloc(len);
        if (!copy) {
            rc = CITE_ENOMEM;
            break;
        }
        memcpy(copy, e->d_name, len);
        (*names)[(*n)++] = copy;
    }
    closedir(d);
    if (rc) {
        free_names(*names, *n);
        *names = NULL, *n = 0;
        return rc;
    }
    if (*n)
        qsort(*names, *n, sizeof **names, cmp_names);
    return CITE_OK;
}

static char *join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    bool slash = a > 0 && dir[a - 1] != '/';
    char *s = citep_malloc(a + slash + b + 1);
    if (!s)
        return NULL;
    memcpy(s, dir, a);
    if (slash)
        s[a] = '/';
    memcpy(s + a + slash, name, b + 1);
    return s;
}

static cite_status walk_dir(struct walker *w, const char *path, const struct stat *st);

static cite_status walk_entry(struct walker *w, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        struct stat lst;
        if (errno == ENOENT && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
            note(path, "broken symlink, skipped");
        else
            fail(w, path, strerror(errno));
        return CITE_OK;
    }
    if (S_ISDIR(st.st_mode))
        return walk_dir(w, path, &st);
    if (!S_ISREG(st.st_mode)) {
        if (!w->quiet)
            note(path, S_ISFIFO(st.st_mode) ? "a FIFO, skipped" : "not a regular file, skipped");
        return CITE_OK;
    }
    if (!wanted_name(path)) {
        if (!w->quiet && w->nother++ < WALK_NAMED_SKIPS)
            note(path, "not .txt, .html or .htm, skipped");
        return CITE_OK;
    }
    return push_item(w->out, path);
}

static cite_status walk_dir(struct walker *w, const char *path, const struct stat *st)
{
    struct dirid id = {st->st_dev, st->st_ino};
    for (size_t i = 0; i < w->depth; i++)
        if (same_dir(w->stack[i], id)) {
            note(path, "symlink loop (a folder inside itself), skipped");
            return CITE_OK;
        }
    bool added;
    cite_status rc = seen_add(w, id, &added);
    if (rc)
        return rc;
    if (!added) {
        if (!w->quiet)
            note(path, "folder already walked through another path, skipped");
        return CITE_OK;
    }
    if (w->depth == WALK_MAX_DEPTH) {
        fail(w, path, "folders nested too deep");
        return CITE_OK;
    }
    char **names;
    size_t n;
    rc = read_names(w, path, &names, &n);
    if (rc)
        return rc;
    w->stack[w->depth++] = id;
    for (size_t i = 0; !rc && i < n; i++) {
        char *child = join(path, names[i]);
        rc = child ? walk_entry(w, child) : CITE_ENOMEM;
        citep_free(child);
    }
    w->depth--;
    free_names(names, n);
    return rc;
}

/* A path named by the user: any file name is fine, and a FIFO too (process
 * substitution, named pipes); only devices and sockets are refused. */
static cite_status walk_arg(struct walker *w, const char *path)
{
    if (strcmp(path, "-") == 0)
        return push_item(w->out, path);
    struct stat st;
    if (stat(path, &st) != 0) {
        fail(w, path, strerror(errno));
        return CITE_OK;
    }
    if (S_ISDIR(st.st_mode))
        return walk_dir(w, path, &st);
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
        fail(w, path, "not a regular file");
        return CITE_OK;
    }
    return push_item(w->out, path);
}

cite_status corpus_walk(char **paths, size_t npaths, bool quiet, struct corpus_list *out)
{
    struct walker *w = citep_calloc(1, sizeof *w);
    if (!w)
        return CITE_ENOMEM;
    w->out = out;
    w->quiet = quiet;
    cite_status rc = CITE_OK;
    for (size_t i = 0; !rc && i < npaths; i++)
        rc = walk_arg(w, paths[i]);
    if (!w->quiet && w->nother > WALK_NAMED_SKIPS)
        fprintf(stderr, "%s: note: %zu more files not .txt, .html or .htm, skipped\n",
                cli_prog, w->nother - WALK_NAMED_SKIPS);
    citep_free(w->seen);
    citep_free(w);
    return rc;
}

void corpus_list_free(struct corpus_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        citep_free(l->v[i].path);
    citep_free(l->v);
    l->v = NULL, l->n = l->cap = 0;
}

static bool read_err(char *err, size_t errsz, int fd, const char *fmt, const char *what)
{
    snprintf(err, errsz, fmt, what);
    if (fd >= 0)
        close(fd);
    return false;
}

static bool read_all(int fd, size_t max, size_t hint, char **buf, size_t *len, char *err,
                     size_t errsz)
{
    /* hint + 1 so that reading a regular file ends on a short read, not a regrowth. */
    size_t cap = hint + 1, n = 0;
    if (cap < 4096)
        cap = 4096;
    char *b = citep_malloc(cap + 1);
    if (!b)
        return read_err(err, errsz, fd, "%s", "out of memory");
    for (;;) {
        if (n == cap) {
            char *nb = citep_realloc(b, cap * 2 + 1);
            if (!nb) {
                citep_free(b);
                return read_err(err, errsz, fd, "%s", "out of memory");
            }
            b = nb, cap *= 2;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            citep_free(b);
            return read_err(err, errsz, fd, "read error: %s", strerror(errno));
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (n > max) {
            citep_free(b);
            snprintf(err, errsz, "over the cap of %zu bytes (raise it with --max-bytes)", max);
            close(fd);
            return false;
        }
    }
    close(fd);
    b[n] = '\0';
    *buf = b, *len = n;
    return true;
}

bool corpus_read_file(const char *path, size_t max, char **buf, size_t *len, char *err,
                      size_t errsz)
{
    int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return read_err(err, errsz, -1, "%s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0)
        return read_err(err, errsz, fd, "%s", strerror(errno));
    if (S_ISDIR(st.st_mode))
        return read_err(err, errsz, fd, "%s", "is a directory");
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
        char what[64];
        snprintf(what, sizeof what, "%lld", (long long)st.st_size);
        snprintf(err, errsz, "file is %s bytes, over the cap of %zu bytes (raise it with "
                 "--max-bytes)", what, max);
        close(fd);
        return false;
    }
    size_t hint = S_ISREG(st.st_mode) ? (size_t)st.st_size : 65536;
    return read_all(fd, max, hint, buf, len, err, errsz);
}

int corpus_write_buf(const char *buf, size_t len, void *ud)
{
    return citep_buf_add((struct citep_buf *)ud, buf, len) == CITE_OK ? 0 : -1;
}
