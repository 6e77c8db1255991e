/*
 * curl_api.c - opens libcurl with dlopen on first use (see curl_api.h).
 */
#include "curl_api.h"

#include <dlfcn.h>
#include <stdio.h>

/* The library the build was configured against (its SONAME, from the Makefile),
 * then the names Debian and most distributions give libcurl's ABI 4. */
#ifndef CITE_CURL_SONAME
#define CITE_CURL_SONAME "libcurl.so.4"
#endif
static const char *const NAMES[] = {CITE_CURL_SONAME, "libcurl.so.4", "libcurl-gnutls.so.4",
                                    "libcurl-nss.so.4", "libcurl.so"};

struct curl_api cu;

struct sym {
    const char *name;
    void **slot;
};

/* Function pointers are stored through a void * slot: POSIX guarantees that
 * dlsym's result converts back to the function's type. */
#define SYM(f) {"curl_" #f, (void **)&cu.f}

static bool resolve(void *lib, const char **missing)
{
    const struct sym syms[] = {
        SYM(global_init),      SYM(easy_init),           SYM(easy_setopt),   SYM(easy_perform),
        SYM(easy_getinfo),     SYM(easy_cleanup),        SYM(easy_strerror), SYM(easy_header),
        SYM(easy_escape),      SYM(free),                SYM(url),           SYM(url_set),
        SYM(url_get),          SYM(url_strerror),        SYM(url_cleanup),   SYM(multi_init),
        SYM(multi_setopt),     SYM(multi_add_handle),    SYM(multi_remove_handle),
        SYM(multi_perform),    SYM(multi_poll),          SYM(multi_info_read),
        SYM(multi_cleanup),
    };
    for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
        void *p = dlsym(lib, syms[i].name);
        if (!p) {
            *missing = syms[i].name;
            return false;
        }
        *syms[i].slot = p;
    }
    return true;
}

bool curl_api_load(const char **why)
{
    static int state; /* 0 not tried, 1 loaded, -1 failed */
    static char msg[300];
    if (!state) {
        void *lib = NULL;
        for (size_t i = 0; !lib && i < sizeof NAMES / sizeof NAMES[0]; i++)
            lib = dlopen(NAMES[i], RTLD_NOW | RTLD_LOCAL);
        const char *missing = NULL;
        if (!lib) {
            snprintf(msg, sizeof msg, "libcurl could not be loaded (%s); install libcurl4",
                     CITE_CURL_SONAME);
            state = -1;
        } else if (!resolve(lib, &missing)) {
            snprintf(msg, sizeof msg, "the installed libcurl lacks %s (7.83 or later needed)",
                     missing);
            dlclose(lib);
            state = -1;
        } else {
            state = 1; /* the library stays loaded until exit */
        }
    }
    if (state < 0 && why)
        *why = msg;
    return state > 0;
}
