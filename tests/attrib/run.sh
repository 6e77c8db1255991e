#!/usr/bin/env bash
# Citation quality gate: source+kind F1 over tests/cases/attrib must stay >= 0.90.
#   bash tests/attrib/run.sh BUILD
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
out=$(bash bench/attrib/run.sh "$BUILD" --min-f1 0.90 2>&1); rc=$?
printf '%s\n' "$out"
if [ $rc -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; exit 1; fi
