#!/usr/bin/env bash
# fuzz/run.sh [SECONDS] - build every fuzz/fuzz_*.c as a libFuzzer target with
# clang and ASan + UBSan (the library sources compiled the same way into
# build-fuzz/), seed its corpus from samples/, run it for SECONDS (default 60) with
# fuzz/dictionary, and exit 1 if any target crashes, leaks, hits UB or times out.
# A target that needs sources outside the library (e.g. CLI code) names them in a
# comment line `// fuzz-sources: src/cli/jsonl.c ...`. Also builds
# build-fuzz/replay-<name> (fuzz/replay_main.c) to replay inputs without libFuzzer.
# Long runs and replay: docs/fuzzing.md.
set -u
SECS=${1:-60}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
OUT=build-fuzz
CC=${FUZZ_CC:-clang}
PKGS="libpcre2-8 jansson libutf8proc gumbo"

if ! command -v "$CC" >/dev/null 2>&1; then
    echo "fuzz: $CC not found. libFuzzer needs clang with its runtime" \
        "(Debian: apt-get install clang libclang-rt-14-dev, or set FUZZ_CC)." >&2
    exit 1
fi
case $SECS in '' | *[!0-9]*) echo "usage: fuzz/run.sh [SECONDS]" >&2; exit 2 ;; esac

SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -g -fno-omit-frame-pointer
        $SAN -Iinclude -Isrc $(pkg-config --cflags $PKGS 2>/dev/null)"
LIBS="$(pkg-config --libs $PKGS 2>/dev/null) -lm -lpthread"
mkdir -p "$OUT/obj" "$OUT/artifacts"

# compile SRC into an object under $OUT/obj unless it is newer than SRC and the headers
NEWEST_H=$(ls -t include/citecheck/*.h src/*.h src/*/*.h 2>/dev/null | head -1)
obj_of() { echo "$OUT/obj/${1%.c}.o"; }
compile() {
    local src=$1 o
    o=$(obj_of "$src")
    if [ -f "$o" ] && [ "$o" -nt "$src" ] && [ "$o" -nt "$NEWEST_H" ]; then
        return 0
    fi
    mkdir -p "$(dirname "$o")"
    # shellcheck disable=SC2086
    $CC $CFLAGS -fsanitize=fuzzer-no-link -c "$src" -o "$o"
}
# compile each file given, two at a time per CPU; fails if any compile failed
compile_all() {
    local jobs=$(($(nproc) + 1)) fail=0 src
    for src in "$@"; do
        while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || fail=1; done
        compile "$src" &
    done
    while [ "$(jobs -rp | wc -l)" -gt 0 ]; do wait -n || fail=1; done
    wait || fail=1
    return $fail
}

LIB_SRC=()
for f in src/*/*.c data/*.c; do
    case $f in src/cli/*) ;; *) [ -f "$f" ] && LIB_SRC+=("$f") ;; esac
done
echo "fuzz: compiling ${#LIB_SRC[@]} library sources with $CC + ASan/UBSan into $OUT/obj"
compile_all "${LIB_SRC[@]}" || { echo "fuzz: library build failed" >&2; exit 1; }
LIB_OBJ=()
for f in "${LIB_SRC[@]}"; do LIB_OBJ+=("$(obj_of "$f")"); done

# seeds: every sample input whole, the same with a NUL byte in front (default
# options for targets that read a flags byte first), and its lines one by one
seed_corpus() {
    local dir=$1 f i=0 line
    mkdir -p "$dir"
    while IFS= read -r f; do
        i=$((i + 1))
        cp "$f" "$dir/sample-$i"
        { printf '\0'; cat "$f"; } >"$dir/sample-$i-nul"
        local n=0
        while IFS= read -r line && [ $n -lt 60 ]; do
            n=$((n + 1))
            [ -n "$line" ] && printf '%s' "$line" >"$dir/line-$i-$n"
        done <"$f"
    done < <(find samples -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \
        -o -name '*.jsonl' \) | sort)
    # and every input that once crashed a target (kept under fuzz/regressions/)
    for f in fuzz/regressions/*/*; do
        [ -f "$f" ] && cp "$f" "$dir/regression-$(basename "$(dirname "$f")")-$(basename "$f")"
    done
}

TARGETS=()
for t in fuzz/fuzz_*.c; do [ -f "$t" ] && TARGETS+=("$t"); done
if [ ${#TARGETS[@]} -eq 0 ]; then
    echo "fuzz: no fuzz/fuzz_*.c targets" >&2
    exit 1
fi

FAILED=()
SUMMARY=()
for t in "${TARGETS[@]}"; do
    name=$(basename "$t" .c)
    name=${name#fuzz_}
    # extra sources named in `// fuzz-sources: a.c b.c` comment lines
    extra=$(sed -n -E 's@^[[:space:]]*(//|/\*)[[:space:]]*fuzz-sources:(.*)$@\2@p' "$t" |
        sed 's|\*/||g')
    EXTRA_OBJ=()
    if [ -n "$extra" ]; then
        # shellcheck disable=SC2086
        compile_all $extra || { FAILED+=("$name (build)"); continue; }
        for f in $extra; do EXTRA_OBJ+=("$(obj_of "$f")"); done
    fi
    echo
    echo "== $name: building $OUT/fuzz_$name"
    # shellcheck disable=SC2086
    if ! $CC $CFLAGS -fsanitize=fuzzer -o "$OUT/fuzz_$name" "$t" "${EXTRA_OBJ[@]}" \
        "${LIB_OBJ[@]}" $LIBS; then
        FAILED+=("$name (build)")
        continue
    fi
    # shellcheck disable=SC2086
    $CC $CFLAGS -fsanitize=fuzzer-no-link -o "$OUT/replay-$name" fuzz/replay_main.c "$t" \
        "${EXTRA_OBJ[@]}" "${LIB_OBJ[@]}" $LIBS ||
        echo "   (replay driver did not build)"
    corpus=$OUT/corpus-$name
    [ -d "$corpus" ] || seed_corpus "$corpus"
    echo "   corpus $corpus ($(find "$corpus" -type f | wc -l) inputs), $SECS s"
    log=$OUT/fuzz-$name.log
    "$OUT/fuzz_$name" -max_total_time="$SECS" -dict=fuzz/dictionary -max_len=65536 \
        -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$OUT/artifacts/$name-" "$corpus" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    if [ $rc -ne 0 ]; then
        echo "   FAILED (exit $rc) after ${execs:-?} runs; log $log:"
        { grep -E 'ERROR|SUMMARY|runtime error|Test unit written|timeout' "$log" ||
            tail -5 "$log"; } | head -8 | sed 's/^/     /'
        FAILED+=("$name")
        SUMMARY+=("$(printf '%-10s FAILED  %12s runs  %s' "$name" "${execs:-?}" "$log")")
    else
        echo "   ok: ${execs:-?} runs, ${cov:-cov ?}, corpus now $(find "$corpus" -type f | wc -l)"
        SUMMARY+=("$(printf '%-10s ok      %12s runs  %s' "$name" "${execs:-?}" "${cov:-}")")
    fi
done

echo
echo "fuzz summary (${SECS}s per target):"
printf '  %s\n' "${SUMMARY[@]}"
if [ ${#FAILED[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${FAILED[*]} (crash inputs in $OUT/artifacts/;" \
        "replay with $OUT/replay-<name> FILE)" >&2
    exit 1
fi
echo "fuzz: all ${#TARGETS[@]} targets ran without a crash"
exit 0
