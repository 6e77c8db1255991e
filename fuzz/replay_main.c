/*
 * replay_main.c - a main() for the fuzz targets without libFuzzer: reads each
 * file named on the command line (or every file in a named directory) and hands
 * its bytes to LLVMFuzzerTestOneInput, so that a crash file from a fuzzing run can
 * be replayed under gdb, valgrind or a plain ASan build with any compiler.
 *
 * fuzz/run.sh builds one per target as build-fuzz/replay-<target>. By hand, e.g.
 * with gcc and the normal library build:
 *
 *   make
 *   cc -std=c11 -D_DEFAULT_SOURCE -g -O1 -fsanitize=address,undefined -Iinclude -Isrc \
 *      fuzz/replay_main.c fuzz/fuzz_input.c \
 *      -Wl,--whole-archive build/libcitecheck.a -Wl,--no-whole-archive \
 *      $(pkg-config --libs libpcre2-8 jansson libutf8proc gumbo) -lm -lpthread \
 *      -o replay-input
 *   ./replay-input crash-1234abcd...
 *
 * (a library built without sanitizers still replays; build it with
 * `make check`'s flags for full reports). Exit status 0 when every input ran.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Targets may define an initializer as libFuzzer allows; weak, so none is fine. */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t cap = 4096, len = 0, got;
    uint8_t *buf = malloc(cap);
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 1;
    }
    /* an exact-size copy, so ASan catches reads one past the input */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) {
        free(buf);
        return 1;
    }
    memcpy(exact, buf, len);
    free(buf);
    fprintf(stderr, "running %s (%zu bytes)\n", path, len);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 0;
}

static int run_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return run_file(path);
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return 1;
    }
    int bad = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(path) + strlen(e->d_name) + 2;
        char *full = malloc(n);
        if (!full)
            break;
        snprintf(full, n, "%s/%s", path, e->d_name);
        bad |= run_path(full);
        free(full);
    }
    closedir(d);
    return bad;
}

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
        return 2;
    }
    int bad = 0;
    for (int i = 1; i < argc; i++)
        bad |= run_path(argv[i]);
    if (!bad)
        fprintf(stderr, "%d input(s) replayed without a crash\n", argc - 1);
    return bad;
}
