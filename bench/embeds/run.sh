#!/usr/bin/env bash
# bench/embeds/run.sh BUILD - embed detection over the held-out set
# tests/cases/heldout-embeds (text and HTML pieces labelled before the tool
# was first run on them): precision, recall and F1 of found embeds, then how
# often handle, date, url and text are right. (The samples/ golden cases are
# checked exactly by `citecheck regress` in make test.)
set -eu
BUILD=${1:-build}
for set in tests/cases/heldout*-embeds; do
    [ -d "$set" ] || continue
    echo "== held-out set ($set)"
    python3 bench/embeds/score.py "$BUILD/citecheck" "$set" ${LIST:+--list}
done
