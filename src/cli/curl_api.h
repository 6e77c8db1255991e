/*
 * curl_api.h - libcurl, loaded when the first URL is met.
 *
 * Only URL input and --online need libcurl, but linking it brings in some thirty
 * shared libraries (TLS, HTTP/2, LDAP, SSH, Kerberos ...) whose loading costs more
 * start-up time than `entities` needs for a whole article. So the CLI opens it with
 * dlopen on first use and calls it through the table below, whose members have the
 * types of the functions declared by the installed <curl/curl.h>.
 */
#ifndef CLI_CURL_API_H
#define CLI_CURL_API_H

#include <curl/curl.h>
#include <stdbool.h>

#define CURL_FN(name) __typeof__(curl_##name) *name
struct curl_api {
    CURL_FN(global_init);
    CURL_FN(easy_init);
    CURL_FN(easy_setopt);
    CURL_FN(easy_perform);
    CURL_FN(easy_getinfo);
    CURL_FN(easy_cleanup);
    CURL_FN(easy_strerror);
    CURL_FN(easy_header);
    CURL_FN(easy_escape);
    CURL_FN(free);
    CURL_FN(url);
    CURL_FN(url_set);
    CURL_FN(url_get);
    CURL_FN(url_strerror);
    CURL_FN(url_cleanup);
    CURL_FN(multi_init);
    CURL_FN(multi_setopt);
    CURL_FN(multi_add_handle);
    CURL_FN(multi_remove_handle);
    CURL_FN(multi_perform);
    CURL_FN(multi_poll);
    CURL_FN(multi_info_read);
    CURL_FN(multi_cleanup);
};
#undef CURL_FN

/* The functions; filled by curl_api_load(), unusable before it succeeded. */
extern struct curl_api cu;

/* Load libcurl once (later calls return the first answer). On failure, *why (if
 * not NULL) says what could not be loaded. Not thread-safe: call it before
 * starting threads that use libcurl. */
bool curl_api_load(const char **why);

#endif
