#!/usr/bin/env bash
# tests/claims/run.sh BUILD - every tests/cases/crosscheck/<name>.txt must give
# exactly the findings (kind TAB type TAB subject) in <name>.expected.
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
EXE="$BUILD/citecheck"
DIR=tests/cases/crosscheck
pass=0; fail=0
for txt in "$DIR"/*.txt; do
    name=${txt%.txt}
    got=$("$EXE" check --format json "$txt" 2>/dev/null | python3 -c '
import json, sys
for f in json.load(sys.stdin)["findings"]:
    print("%s\t%s\t%s" % (f["kind"], f["type"], f["subject"] or ""))' | sort)
    want=$(grep -v '^#' "$name.expected" | grep . | sort)
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $(basename "$name")"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | sed 's/^/    /'
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
