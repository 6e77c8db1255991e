#!/usr/bin/env bash
# Golden CLI outputs: each tests/golden/<case>/ holds `args` (the citecheck
# arguments, one line, run from the top of the tree), `stdout` (expected
# output, byte for byte) and `exit` (expected status); optional `stdin`.
# Regenerate one after a reviewed change with:  tests/golden/run.sh BUILD --bless CASE
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
TOOL="$BUILD/citecheck"
bless=${2:-}
only=${3:-}
p=0; f=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for dir in tests/golden/*/; do
    name=$(basename "$dir")
    [ -n "$only" ] && [ "$name" != "$only" ] && continue
    read -r -a args < "$dir/args"
    input=/dev/null
    [ -f "$dir/stdin" ] && input="$dir/stdin"
    NO_COLOR=1 "$TOOL" "${args[@]}" < "$input" > "$tmp" 2>/dev/null
    rc=$?
    if [ "$bless" = "--bless" ]; then
        cp "$tmp" "$dir/stdout"; echo "$rc" > "$dir/exit"; echo "blessed $name"; continue
    fi
    want_rc=$(cat "$dir/exit")
    if cmp -s "$tmp" "$dir/stdout" && [ "$rc" = "$want_rc" ]; then
        p=$((p+1)); continue
    fi
    f=$((f+1))
    echo "FAIL $name (exit $rc, want $want_rc)"
    diff "$tmp" "$dir/stdout" | head -20
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
