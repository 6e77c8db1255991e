/*
 * rss.c - run a command and report its peak resident set size and times.
 *
 *     rss [-o FILE] [-i INPUT] [-O OUTPUT] COMMAND [ARG...]
 *
 * Runs COMMAND (execvp), waits for it with wait4(2) and writes one line
 *     maxrss_kb=N wall_s=S user_s=U sys_s=Y status=E
 * to FILE (default stderr). ru_maxrss from wait4 is the child's own peak, so the
 * figure is not blurred by the shell or by this wrapper. -i and -O redirect the
 * child's stdin and stdout (so benchmarks can send output to /dev/null without a
 * shell in between). Exits with the child's exit status (128+signal if killed).
 * Follows POSIX.1-2008 (fork, execvp, clock_gettime) and the BSD/Linux wait4.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double tv_seconds(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

/* Point fd at path (opened with flags); only called in the child. */
static void redirect(int fd, const char *path, int flags)
{
    int f = open(path, flags, 0644);
    if (f < 0 || dup2(f, fd) < 0) {
        fprintf(stderr, "rss: %s: %s\n", path, strerror(errno));
        _exit(127);
    }
    close(f);
}

int main(int argc, char **argv)
{
    const char *report = NULL, *in = NULL, *out = NULL;
    int opt;
    while ((opt = getopt(argc, argv, "+o:i:O:")) != -1) {
        switch (opt) {
        case 'o': report = optarg; break;
        case 'i': in = optarg; break;
        case 'O': out = optarg; break;
        default:
            fprintf(stderr, "usage: rss [-o FILE] [-i IN] [-O OUT] COMMAND [ARG...]\n");
            return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "usage: rss [-o FILE] [-i IN] [-O OUT] COMMAND [ARG...]\n");
        return 2;
    }
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("rss: fork");
        return 127;
    }
    if (pid == 0) {
        if (in)
            redirect(STDIN_FILENO, in, O_RDONLY);
        if (out)
            redirect(STDOUT_FILENO, out, O_WRONLY | O_CREAT | O_TRUNC);
        execvp(argv[optind], argv + optind);
        fprintf(stderr, "rss: %s: %s\n", argv[optind], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("rss: wait4");
            return 127;
        }
    }
    double wall = now() - t0;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *f = report ? fopen(report, "w") : stderr;
    if (!f) {
        fprintf(stderr, "rss: %s: %s\n", report, strerror(errno));
        return 127;
    }
    fprintf(f, "maxrss_kb=%ld wall_s=%.6f user_s=%.6f sys_s=%.6f status=%d\n",
            ru.ru_maxrss, wall, tv_seconds(ru.ru_utime), tv_seconds(ru.ru_stime), code);
    if (f != stderr)
        fclose(f);
    return code;
}
