/* pending_cli.c - weak defaults for commands still being integrated (removed once they land). */
#include "cli.h"
__attribute__((weak)) int cmd_report(int argc, char **argv) { (void)argc; (void)argv; cli_error("report: unavailable in this build"); return EXIT_USAGE; }
__attribute__((weak)) int cmd_regress(int argc, char **argv) { (void)argc; (void)argv; cli_error("regress: unavailable in this build"); return EXIT_USAGE; }
