#!/usr/bin/env bash
# bench/claims/run.sh BUILD - precision/recall/F1 per finding kind over
# the tuning set tests/cases/crosscheck and, separately, the held-out set
# tests/cases/heldout*-crosscheck (thirteen sets of articles, each labelled before
# the tool was first run on it), and
# the time to load the gazetteer (parser creation).
set -eu
BUILD=${1:-build}
echo "== tuning set (tests/cases/crosscheck)"
python3 bench/claims/score.py "$BUILD/citecheck" tests/cases/crosscheck
echo "== held-out set (tests/cases/heldout-crosscheck)"
python3 bench/claims/score.py "$BUILD/citecheck" tests/cases/heldout-crosscheck ${LIST:+--list}
for n in 2 3 4 5 6 7 8 9 10 11 12 13; do
    [ -d tests/cases/heldout$n-crosscheck ] || continue
    echo "== held-out set $n (tests/cases/heldout$n-crosscheck)"
    python3 bench/claims/score.py "$BUILD/citecheck" tests/cases/heldout$n-crosscheck ${LIST:+--list}
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PKG_LIBS=$(pkg-config --libs libpcre2-8 jansson libutf8proc gumbo 2>/dev/null || true)
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Iinclude -o "$tmp/gazload" bench/claims/gazload.c \
    "$BUILD/libcitecheck.a" $PKG_LIBS -lm -lpthread
"$tmp/gazload"
