/*
 * help.c - the tool's help texts (the man page docs/citecheck.1 says the same
 * at more length).
 */
#include "cli.h"

#include <string.h>

static const char MAIN_HELP[] =
    "Usage: citecheck COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Find what a news article cites - embedded social posts, hashtags, mentions,\n"
    "links and attributions - and cross-check each post against the article body.\n"
    "\n"
    "Commands:\n"
    "  check [FILE | URL | -]      one article -> report (text, JSON or CSV)\n"
    "  entities [FILE | -]         hashtags, mentions, URLs and cashtags\n"
    "  report PATH...              many articles -> one citation table\n"
    "  regress [--bless] [DIR]     golden-file regression over a corpus\n"
    "  segment [FILE | -]          split hashtags into words\n"
    "  help COMMAND                help for one command\n"
    "\n"
    "Options:\n"
    "  -h, --help                  this help\n"
    "  -V, --version               print the version\n"
    "\n"
    "Exit status: 0 no conflict found, 1 a conflict found, 2 usage or input error.\n";

static const char CHECK_HELP[] =
    "Usage: citecheck check [OPTIONS] [FILE | URL | -]\n"
    "\n"
    "Analyse one article (plain text or HTML; '-' or nothing reads stdin).\n"
    "\n"
    "  -f, --format FMT        text, json or csv (default: text on a terminal, else json);\n"
    "                          plain prints the text the analysis reads instead (for\n"
    "                          HTML the page's main text), to see what was extracted\n"
    "      --table TABLE       csv rows: citations (default), findings or embeds\n"
    "      --date YYYY-MM-DD   publication date, to resolve \"on Sunday\", \"last month\"\n"
    "      --input KIND        text or html (default: sniffed from the content)\n"
    "      --max-bytes N       refuse inputs over N bytes (default 64M; k, M, G suffixes)\n"
    "      --fail-on WHEN      exit 1 on: conflict (default), unverified (conflict or\n"
    "                          post_only), never\n"
    "      --compact           JSON on one line\n"
    "      --no-color          no colour in the text report (also NO_COLOR=1)\n"
    "  -q, --quiet             no warnings on stderr\n"
    "\n"
    "URL input (http and https only; see docs/fetch.md):\n"
    "      --timeout SECONDS   connect and total time for the fetch (default 20)\n"
    "      --allow-private-network\n"
    "                          let the fetch reach private, loopback and link-local\n"
    "                          addresses (refused by default, checked after DNS)\n"
    "      --cache DIR         keep responses with Cache-Control max-age; reuse fresh ones\n"
    "      --online            look embedded posts up via oEmbed and report whether the\n"
    "                          article's copy matches the live post (embed_text findings)\n"
    "      --oembed-config FILE  endpoints, one 'platform<TAB>url-template' a line\n"
    "      --oembed-per-host N concurrent oEmbed requests per host (default 2)\n";

static const char ENTITIES_HELP[] =
    "Usage: citecheck entities [--format json|text] [FILE | -]\n"
    "\n"
    "List hashtags, mentions (and lists), URLs and cashtags exactly as twitter-text\n"
    "3.1 extracts them, with indices in Unicode code points (end exclusive) and each\n"
    "hashtag split into words (\"segmented\").\n"
    "\n"
    "  -f, --format FMT        json (default) or text (line:start-end, type, text)\n"
    "      --no-segment        skip hashtag segmentation\n"
    "      --max-bytes N       refuse inputs over N bytes (default 64M)\n"
    "  -q, --quiet             no warnings on stderr\n";

static const char SEGMENT_HELP[] =
    "Usage: citecheck segment [FILE | -]\n"
    "\n"
    "Read one hashtag per line (leading '#' optional), optionally followed by a TAB\n"
    "and context text (the post or article it came from); print one segmentation\n"
    "per line, words separated by single spaces, letters as in the input.\n"
    "  SeaofJapan          -> Sea of Japan\n"
    "  helicoptersdeparted -> helicopters departed\n";

static const char REPORT_HELP[] =
    "Usage: citecheck report [OPTIONS] PATH...\n"
    "\n"
    "Analyse every .txt, .html and .htm file under the given files and folders (in a\n"
    "stable order) and write one table for all of them.\n"
    "\n"
    "  -f, --format FMT        csv (default), json or jsonl\n"
    "      --table TABLE       citations (default), findings or embeds\n"
    "  -j, --jobs N            files in parallel (default: number of cores)\n"
    "      --jsonl-in          read records {\"id\", \"text\"|\"html\", \"date\"} one per line\n"
    "      --date YYYY-MM-DD   publication date when a file has none\n"
    "      --max-bytes N       skip files over N bytes (default 64M)\n"
    "      --input KIND        text or html (default: sniffed from each file)\n"
    "      --no-header         CSV without the header row (to join cluster outputs)\n"
    "  -q, --quiet             no progress bar, no summary\n"
    "\n"
    "Exit status: 0 done, 1 an article has a conflict, 2 nothing could be read,\n"
    "130 interrupted (rows finished so far are written, the CSV stays valid).\n";

static const char REGRESS_HELP[] =
    "Usage: citecheck regress [--bless] [DIR]\n"
    "\n"
    "Run every case DIR/<case>/ (input.txt or input.html, optional 'date' file,\n"
    "expected.json) and compare the report with expected.json. Prints a diff for\n"
    "each failing case and, last, 'N passed, M failed'. DIR defaults to samples/.\n"
    "\n"
    "      --bless             rewrite expected.json from the current output (refused\n"
    "                          when the environment variable CI is set)\n";

struct help {
    const char *cmd;
    const char *text;
};

static const struct help HELPS[] = {
    {"check", CHECK_HELP},   {"entities", ENTITIES_HELP}, {"segment", SEGMENT_HELP},
    {"report", REPORT_HELP}, {"regress", REGRESS_HELP},
};

void cli_help_main(FILE *f) { fputs(MAIN_HELP, f); }

bool cli_help_command(const char *cmd, FILE *f)
{
    for (size_t i = 0; i < sizeof HELPS / sizeof HELPS[0]; i++)
        if (strcmp(cmd, HELPS[i].cmd) == 0) {
            fputs(HELPS[i].text, f);
            return true;
        }
    return false;
}
