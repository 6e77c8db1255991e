#!/usr/bin/env bash
# Replays every input the fuzzers ever crashed on (fuzz/regressions/<target>/)
# through the tool, so a fixed crash stays fixed in the ordinary and the
# sanitizer builds alike: exit 0, 1 or 2 is fine, a signal is not.
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
C="$BUILD/citecheck"
p=0; f=0
run() { # name, command...
    local name=$1; shift
    "$@" >/dev/null 2>&1
    local rc=$?
    if [ $rc -le 2 ]; then p=$((p+1)); else f=$((f+1)); echo "FAIL $name: exit $rc"; fi
}
for x in fuzz/regressions/input/* fuzz/regressions/html/* fuzz/regressions/claims/*; do
    [ -f "$x" ] || continue
    run "check $x" "$C" check --format json "$x"
    run "check --input html $x" "$C" check --input html --format json "$x"
    run "entities $x" "$C" entities "$x"
done
for x in fuzz/regressions/segment/*; do
    [ -f "$x" ] || continue
    run "segment $x" "$C" segment "$x"
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
