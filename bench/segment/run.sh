#!/usr/bin/env bash
# bench/segment/run.sh BUILD - accuracy (A@1, lowercased exact match against any
# gold column, tweet as context) and speed of the hashtag segmenter on the STAN
# test sets, read in place from ../shared (GPL test data, never copied here).
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
DATA="$ROOT/../shared/conformance/hashtag-segmentation"
if [ ! -d "$DATA" ]; then
    echo "segment bench: skipped ($DATA not found)"
    exit 0
fi
LIB="$BUILD/libcitecheck.a"
if [ ! -f "$LIB" ]; then
    echo "segment bench: $LIB not found; run make first" >&2
    exit 1
fi
PKGS="libpcre2-8 jansson libutf8proc gumbo"
BIN="$BUILD/bench/segbench"
mkdir -p "$(dirname "$BIN")"
# --whole-archive: a stage's real definitions must win over any weak placeholder.
# shellcheck disable=SC2046
cc -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -g \
    -Wall -Wextra -pedantic -Wstrict-prototypes -Wshadow \
    -I"$ROOT/include" -I"$ROOT/src" $(pkg-config --cflags $PKGS) \
    -o "$BIN" "$ROOT/bench/segment/segbench.c" \
    -Wl,--whole-archive "$LIB" -Wl,--no-whole-archive $(pkg-config --libs $PKGS) -lm -lpthread \
    || exit 1
"$BIN" "$DATA/stan-large/test_corrected.tsv" "$DATA/stan-small/bansal_corrected.tsv"
