/*
 * status.c - status codes, version, options and error details.
 */
#include "../internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *cite_strerror(cite_status s)
{
    switch (s) {
    case CITE_OK: return "success";
    case CITE_ENOMEM: return "out of memory";
    case CITE_EINVAL: return "invalid argument";
    case CITE_EIO: return "input/output error";
    case CITE_ETOOBIG: return "input too large";
    case CITE_EBINARY: return "input is binary, not text";
    case CITE_ECHARSET: return "unsupported character set";
    case CITE_EREGEX: return "internal pattern failed to compile";
    case CITE_ELIMIT: return "internal limit exceeded";
    case CITE_EDATA: return "bundled data table missing or corrupt";
    }
    return "unknown status";
}

const char *cite_version(void) { return CITE_VERSION_STRING; }

void cite_options_init(cite_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->abi_version = CITE_ABI_VERSION;
    o->max_bytes = CITE_DEFAULT_MAX_BYTES;
}

cite_status citep_error(cite_error *err, cite_status code, size_t offset, unsigned line,
                        const char *fmt, ...)
{
    if (!err || err->code != CITE_OK)
        return code;
    err->code = code;
    err->offset = offset;
    err->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->text, sizeof err->text, fmt, ap);
    va_end(ap);
    return code;
}

const char *cite_finding_kind_name(cite_finding_kind k)
{
    switch (k) {
    case CITE_CONSISTENT: return "consistent";
    case CITE_CONFLICT: return "conflict";
    case CITE_POST_ONLY: return "post_only";
    case CITE_BODY_ONLY: return "body_only";
    }
    return "unknown";
}

const char *cite_finding_severity(cite_finding_kind k)
{
    switch (k) {
    case CITE_CONSISTENT: return "info";
    case CITE_CONFLICT: return "error";
    case CITE_POST_ONLY:
    case CITE_BODY_ONLY: return "warning";
    }
    return "warning";
}

const char *cite_claim_type_name(cite_claim_type t)
{
    switch (t) {
    case CITE_CLAIM_QUANTITY: return "quantity";
    case CITE_CLAIM_PLACE: return "place";
    case CITE_CLAIM_DATE: return "date";
    case CITE_CLAIM_ENTITY: return "entity";
    }
    return "unknown";
}
