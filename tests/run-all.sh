#!/usr/bin/env bash
# Runs every test suite and prints one line per suite and a total.
#   C programs:  BUILD/tests/<suite>/*_test   (built from tests/<suite>/*_test.c)
#   scripts:     tests/<suite>/run.sh BUILD   (run from the top of the tree)
# Each suite ends its output with a line "N passed, M failed".
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
export LC_ALL=C
export CITECHECK="$BUILD/citecheck"
total_p=0; total_f=0; bad_suites=()
run_suite() { # name, command...
    local name=$1; shift
    local out rc line p f
    out=$("$@" 2>&1); rc=$?
    line=$(printf '%s\n' "$out" | grep -E '^([A-Za-z_-]+: )?[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -z "$line" ]; then
        printf '%s\n' "$out" | tail -n 20
        echo "suite $name: no summary line (exit $rc)"
        total_f=$((total_f + 1)); bad_suites+=("$name"); return
    fi
    p=$(printf '%s' "$line" | sed -E 's/^([A-Za-z_-]+: )?([0-9]+) passed.*/\2/')
    f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    if [ "$f" -ne 0 ] || [ "$rc" -ne 0 ]; then
        printf '%s\n' "$out" | grep -v -E '^ok ' | tail -n 60
        bad_suites+=("$name")
        [ "$f" -eq 0 ] && f=1
    fi
    printf '%-28s %6d passed, %d failed\n' "$name" "$p" "$f"
    total_p=$((total_p + p)); total_f=$((total_f + f))
}
for bin in $(ls "$BUILD"/tests/*/*_test 2>/dev/null | sort); do
    run_suite "$(basename "$(dirname "$bin")")/$(basename "$bin")" "$bin"
done
for script in $(ls tests/*/run.sh 2>/dev/null | sort); do
    run_suite "$(basename "$(dirname "$script")")" bash "$script" "$BUILD"
done
if [ ${#bad_suites[@]} -gt 0 ]; then echo "failing suites: ${bad_suites[*]}"; fi
echo "total: $total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
