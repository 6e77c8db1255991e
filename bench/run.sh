#!/usr/bin/env bash
# bench/run.sh BUILD - citecheck benchmarks, with peers timed in the same run:
#   entities throughput vs twitter-text 3.1 (node), peak RSS of entities and check,
#   check on text and on HTML pages vs a bare gumbo parse and Mozilla Readability,
#   report -j 1 / -j 2 over 10,000 small articles and its growth with corpus size,
#   then every bench/*/run.sh (accuracy benchmarks), and a summary table with targets.
# Corpora are generated once from a fixed seed by bench/gen_corpus.py into bench/work/
# (git-ignored). Timings are the best of 3 runs; peak RSS comes from wait4 (bench/rss.c).
# No network except `npm install` of the pinned peers into bench/peers (skipped when
# npm is missing or fails). Takes about 5-10 minutes on 2 cores.
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
WORK=bench/work
CLI=$BUILD/citecheck
BIN=$BUILD/bench
PKGS="libpcre2-8 jansson libutf8proc gumbo"
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -g -Wall -Wextra -pedantic
        -Wstrict-prototypes -Wshadow"
LIMIT=${BENCH_LIMIT:-90} # seconds allowed for any one timed run
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# ---- summary rows: name | value | target | verdict ----------------------------------
ROWS=()
row() { ROWS+=("$1|$2|$3|$4"); }
# verdict VALUE OP LIMIT -> OK or BELOW (floats compared with awk)
verdict() {
    awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
        ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 <= t + 0); print ok ? "OK" : "BELOW" }'
}
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" "$2"; }
section() { printf '\n== %s\n' "$1"; }

# timeit REPS OUTFILE CMD... -> sets T_WALL and T_CPU (best wall and user+sys
# seconds), T_RSS (peak, KB), T_STATUS (last).
# Stops early after a run that took over 15 s.
# Exit status 1 counts as success (check: a conflict was found). Each run is cut
# after $LIMIT seconds (wait4's peak RSS then covers the `timeout` child too).
timeit() {
    local reps=$1 out=$2 i
    shift 2
    T_WALL=""; T_CPU=""; T_RSS=0; T_STATUS=0
    for ((i = 0; i < reps; i++)); do
        "$BIN/rss" -o "$TMP/rss" -O "$out" timeout "$LIMIT" "$@" 2>>"$TMP/stderr"
        T_STATUS=$?
        if [ "$T_STATUS" = 124 ]; then
            echo "  timed out after ${LIMIT}s: $*"
            T_RSS=$(field maxrss_kb "$TMP/rss"); T_WALL=""
            return 1
        elif [ "$T_STATUS" -gt 1 ]; then
            echo "  failed (status $T_STATUS): $*"; tail -3 "$TMP/stderr" | sed 's/^/    /'
            return 1
        fi
        local w r c
        w=$(field wall_s "$TMP/rss"); r=$(field maxrss_kb "$TMP/rss")
        c=$(calc "$(field user_s "$TMP/rss") + $(field sys_s "$TMP/rss")" 6)
        if [ -z "$T_CPU" ] || awk -v a="$c" -v b="$T_CPU" 'BEGIN { exit !(a < b) }'; then
            T_CPU=$c
        fi
        if [ -z "$T_WALL" ] || awk -v a="$w" -v b="$T_WALL" 'BEGIN { exit !(a < b) }'; then
            T_WALL=$w
        fi
        [ "$r" -gt "$T_RSS" ] && T_RSS=$r
        # a run over 15 s is steady enough on its own; keeps the whole bench short
        awk -v a="$w" 'BEGIN { exit !(a > 15) }' && break
    done
    return 0
}

# ---- machine ----------------------------------------------------------------------
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
MACHINE="$(nproc) CPUs, ${CPU:-unknown CPU}, $MEM RAM, $(uname -sr)"
echo "citecheck benchmarks ($BUILD) on $MACHINE"
# other work on the machine skews wall times: say how busy it was
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- tools ------------------------------------------------------------------------
if [ ! -x "$CLI" ]; then
    echo "bench: $CLI not found; run make first" >&2
    exit 2
fi
# time a private copy, so that a rebuild running alongside cannot swap it mid-run
cp "$CLI" "$TMP/citecheck" || exit 2
CLI=$TMP/citecheck
mkdir -p "$BIN"
# shellcheck disable=SC2086
cc $CFLAGS -o "$BIN/rss" bench/rss.c || exit 2
# shellcheck disable=SC2046,SC2086
cc $CFLAGS -o "$BIN/gumbo_parse" bench/gumbo_parse.c $(pkg-config --cflags --libs gumbo) ||
    exit 2
# --whole-archive: a stage's real definitions must win over any weak placeholder.
# shellcheck disable=SC2046,SC2086
cc $CFLAGS -Iinclude -o "$BIN/check_pages" bench/check_pages.c \
    -Wl,--whole-archive "$BUILD/libcitecheck.a" -Wl,--no-whole-archive \
    $(pkg-config --libs $PKGS) -lm -lpthread || exit 2
# shellcheck disable=SC2046,SC2086
cc $CFLAGS -Iinclude -o "$BIN/entities_inproc" bench/entities_inproc.c \
    -Wl,--whole-archive "$BUILD/libcitecheck.a" -Wl,--no-whole-archive \
    $(pkg-config --libs $PKGS) -lm -lpthread || exit 2

HAVE_NODE=0
if command -v node >/dev/null && command -v npm >/dev/null; then
    if [ ! -d bench/peers/node_modules/twitter-text ] ||
        [ ! -d bench/peers/node_modules/jsdom ] ||
        [ ! -d bench/peers/node_modules/@mozilla/readability ]; then
        echo "installing peers (twitter-text, @mozilla/readability, jsdom) with npm ..."
        (cd bench/peers && npm install --no-audit --no-fund --loglevel=error >"$TMP/npm" 2>&1) ||
            { echo "  npm install failed:"; tail -5 "$TMP/npm" | sed 's/^/    /'; }
    fi
    [ -d bench/peers/node_modules/twitter-text ] && HAVE_NODE=1
else
    echo "node/npm not found: twitter-text and Readability comparisons are skipped"
fi

# ---- corpora ----------------------------------------------------------------------
section "corpus (bench/gen_corpus.py, fixed seed, cached in $WORK)"
python3 bench/gen_corpus.py "$WORK" --articles 10000 || exit 2
TXT=$WORK/corpus.txt
TXT_BYTES=$(stat -c %s "$TXT")
NPAGES=$(wc -l <"$WORK/html.list")
echo "text: $(calc "$TXT_BYTES / 1048576" 1) MiB; HTML: $NPAGES pages; 10,000 small articles"

# ---- entities vs twitter-text ------------------------------------------------------
section "entities --no-segment on the text corpus"
# best of 9: a run of a few tens of milliseconds is at the mercy of the scheduler
if timeit 9 /dev/null "$CLI" entities --quiet --no-segment "$TXT"; then
    ENT_S=$T_WALL; ENT_RSS=$T_RSS
    ENT_MBS=$(calc "$TXT_BYTES / 1048576 / $ENT_S")
    timeout "$LIMIT" "$CLI" entities --quiet --no-segment "$TXT" >"$TMP/ent.json" 2>/dev/null
    ENT_COUNTS=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(" ".join("%s=%d" % (k, len(d[k])) for k in ("hashtags", "mentions", "urls", "cashtags")))' \
        "$TMP/ent.json")
    echo "citecheck:    $ENT_MBS MB/s (best of 9, ${ENT_S}s, whole process incl. JSON output)"
    echo "              counts: $ENT_COUNTS"
    row "entities throughput (MB/s)" "$ENT_MBS" ">= 150" "$(verdict "$ENT_MBS" ">=" 150)"
    RATIO=$(calc "$ENT_RSS * 1024 / $TXT_BYTES")
    echo "peak RSS:     $((ENT_RSS / 1024)) MiB = ${RATIO}x input"
    row "entities peak RSS / input" "${RATIO}x" "<= 4x" "$(verdict "$RATIO" "<=" 4)"
    if [ "$HAVE_NODE" = 1 ]; then
        timeout "$LIMIT" node bench/peers/twitter_text.js "$TXT" 3 >"$TMP/tt.json" 2>"$TMP/tt.err"
        if [ -s "$TMP/tt.json" ]; then
            read -r TT_S TT_COUNTS < <(python3 -c 'import json, sys
d = json.load(open(sys.argv[1])); c = d["counts"]
print(d["seconds"], " ".join("%s=%d" % (k, c[k]) for k in ("hashtags", "mentions", "urls", "cashtags")))' \
                "$TMP/tt.json")
            TT_MBS=$(calc "$TXT_BYTES / 1048576 / $TT_S")
            echo "twitter-text: $TT_MBS MB/s (best of 3, extraction only, in node)"
            echo "              counts: $TT_COUNTS"
            [ "$TT_COUNTS" = "$ENT_COUNTS" ] && echo "              counts agree" ||
                echo "              counts DIFFER"
            X=$(calc "$TT_S / $ENT_S" 1)
            echo "speed-up:     ${X}x (the whole citecheck process against extraction in node)"
            row "entities vs twitter-text (x faster)" "${X}x" ">= 20x" "$(verdict "$X" ">=" 20)"
            # like for like: extraction of the file held in memory, on both sides
            if timeout "$LIMIT" "$BIN/entities_inproc" "$TXT" 3 >"$TMP/ei"; then
                EI_S=$(field seconds "$TMP/ei")
                EI_COUNTS=$(sed 's/^seconds=[^ ]* //' "$TMP/ei")
                XI=$(calc "$TT_S / $EI_S" 1)
                echo "in process:   $(calc "$TXT_BYTES / 1048576 / $EI_S") MB/s (extraction only," \
                    "best of 3: ${XI}x twitter-text)"
                [ "$EI_COUNTS" = "$TT_COUNTS" ] || echo "              counts DIFFER: $EI_COUNTS"
                row "entities extraction in process vs twitter-text" "${XI}x" "(info)" "-"
            fi
        else
            echo "twitter-text: failed"; tail -3 "$TMP/tt.err"
            row "entities vs twitter-text" "failed" ">= 20x" "SKIP"
        fi
    else
        echo "twitter-text: skipped (node/npm or the package unavailable)"
        row "entities vs twitter-text" "skipped" ">= 20x" "SKIP"
    fi
else
    row "entities throughput (MB/s)" "failed" ">= 150" "BELOW"
fi

# ---- check on text -----------------------------------------------------------------
section "check --format json on the text corpus"
CHECK_MIN=50
[ -f src/claims/claims.c ] && CHECK_MIN=40 # the claims stage is in: agreed lower floor
if timeit 3 /dev/null "$CLI" check --format json "$TXT"; then
    CHK_MBS=$(calc "$TXT_BYTES / 1048576 / $T_WALL")
    echo "whole file:   $CHK_MBS MB/s (one 20 MB document, best of 3, ${T_WALL}s)"
    row "check text throughput, one file (MB/s)" "$CHK_MBS" ">= $CHECK_MIN" \
        "$(verdict "$CHK_MBS" ">=" $CHECK_MIN)"
else
    row "check text throughput, one file (MB/s)" "timed out (${LIMIT}s)" ">= $CHECK_MIN" \
        "BELOW"
fi
if [ "$T_RSS" -gt 0 ]; then
    RATIO=$(calc "$T_RSS * 1024 / $TXT_BYTES")
    echo "peak RSS:     $((T_RSS / 1024)) MiB = ${RATIO}x input"
    row "check peak RSS / input (text)" "${RATIO}x" "<= 8x" "$(verdict "$RATIO" "<=" 8)"
fi
# the same text as the articles it is made of, one document each, in process
if timeout "$LIMIT" "$BIN/check_pages" -s "$TXT" 0 3 >"$TMP/cpt"; then
    S=$(field seconds "$TMP/cpt"); B=$(field bytes "$TMP/cpt")
    CHK_MBS=$(calc "$B / 1048576 / $S")
    echo "per article:  $CHK_MBS MB/s ($(field pages "$TMP/cpt") articles in ${S}s, in process)"
    row "check text throughput, per article (MB/s)" "$CHK_MBS" ">= $CHECK_MIN" \
        "$(verdict "$CHK_MBS" ">=" $CHECK_MIN)"
else
    echo "per article:  failed or timed out (${LIMIT}s)"
fi
# the same articles shared out among one thread per CPU, a parser each (report -j)
NCPU=$(nproc 2>/dev/null || echo 1)
if [ "$NCPU" -gt 1 ] && timeout "$LIMIT" "$BIN/check_pages" -s "$TXT" 0 3 "$NCPU" >"$TMP/cptj"; then
    S=$(field seconds "$TMP/cptj"); B=$(field bytes "$TMP/cptj")
    CHKJ_MBS=$(calc "$B / 1048576 / $S")
    echo "per article, $NCPU threads: $CHKJ_MBS MB/s (one parser a thread, as report -j $NCPU)"
    row "check text throughput, per article, $NCPU threads (MB/s)" "$CHKJ_MBS" "(info)" "-"
fi

# ---- check on HTML vs gumbo and Readability ----------------------------------------
section "check on $NPAGES HTML pages (in process, JSON report) vs gumbo and Readability"
timeout "$LIMIT" "$BIN/check_pages" "$WORK/html.list" 0 3 >"$TMP/cp" || echo "check_pages failed"
timeout "$LIMIT" "$BIN/gumbo_parse" "$WORK/html.list" 0 3 >"$TMP/gp" || echo "gumbo_parse failed"
CP_S=$(field seconds "$TMP/cp"); GP_S=$(field seconds "$TMP/gp")
HTML_BYTES=$(field bytes "$TMP/gp")
if [ -n "$CP_S" ] && [ -n "$GP_S" ]; then
    HMBS=$(calc "$HTML_BYTES / 1048576 / $CP_S"); GMBS=$(calc "$HTML_BYTES / 1048576 / $GP_S")
    X=$(calc "$CP_S / $GP_S")
    echo "check:        $HMBS MB/s (${CP_S}s for $(calc "$HTML_BYTES / 1048576" 1) MiB)"
    echo "gumbo parse:  $GMBS MB/s (${GP_S}s); check takes ${X}x the time of a bare parse"
    row "check HTML throughput (MB/s)" "$HMBS" "(info)" "-"
    row "check HTML time / gumbo parse" "${X}x" "<= 1.3x" "$(verdict "$X" "<=" 1.3)"
fi
if [ "$HAVE_NODE" = 1 ] && [ -d bench/peers/node_modules/jsdom ]; then
    RN=100 # jsdom + Readability runs near 0.1-0.2 MB/s: a subset keeps the bench short
    timeout "$LIMIT" "$BIN/check_pages" "$WORK/html.list" $RN 3 >"$TMP/cp2"
    timeout "$LIMIT" node bench/peers/readability.js "$WORK/html.list" $RN 1 >"$TMP/rd.json" 2>"$TMP/rd.err"
    RD_S=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["seconds"])' \
        "$TMP/rd.json" 2>/dev/null)
    CP2_S=$(field seconds "$TMP/cp2")
    if [ -n "$RD_S" ] && [ -n "$CP2_S" ]; then
        X=$(calc "$RD_S / $CP2_S" 1)
        echo "Readability:  ${RD_S}s for the first $RN pages (jsdom + Readability.parse);" \
            "check ${CP2_S}s: ${X}x faster"
        row "check vs Readability (x faster, HTML)" "${X}x" "(info)" "-"
    else
        echo "Readability:  failed"; tail -3 "$TMP/rd.err"
    fi
    # the main text itself: word agreement with Readability on the project's HTML pages
    ls tests/cases/*/*.html samples/*/*.html 2>/dev/null >"$TMP/mt.list"
    if timeout "$LIMIT" python3 bench/html/maintext.py "$CLI" "$TMP/mt.list" >"$TMP/mt" 2>&1; then
        cat "$TMP/mt"
        MT_F1=$(tail -1 "$TMP/mt" | sed -n 's/.*f1=\([0-9.]*\).*/\1/p')
        row "main text vs Readability, word F1 (HTML pages)" "$MT_F1" "(info)" "-"
    else
        echo "main text vs Readability: failed"; tail -3 "$TMP/mt"
    fi
else
    echo "Readability:  skipped (node/npm or the packages unavailable)"
fi

# ---- report over many articles -----------------------------------------------------
section "report over small articles"
dirs() { local i; for ((i = 0; i < $1 / 1000; i++)); do printf '%s/articles/d%02d ' "$WORK" $i; done; }
"$CLI" report --format csv "$WORK/articles/d00/a00000.txt" >/dev/null 2>&1
if [ $? -gt 1 ]; then
    echo "report: skipped (not available in this build)"
    row "report -j 1 (articles/s)" "skipped" "(info)" "SKIP"
else
    # shellcheck disable=SC2046
    timeit 3 /dev/null "$CLI" report --format csv -j 1 $(dirs 10000) && {
        R1_S=$T_WALL; R1_CPU=$T_CPU; R1_RSS=$T_RSS
        R1=$(calc "10000 / $R1_S" 0)
        echo "-j 1:   $R1 articles/s (${R1_S}s for 10,000), peak RSS $((R1_RSS / 1024)) MiB"
        row "report -j 1 (articles/s)" "$R1" "(info)" "-"
        row "report peak RSS (MiB)" "$((R1_RSS / 1024))" "(info)" "-"
    }
    # shellcheck disable=SC2046
    timeit 3 /dev/null "$CLI" report --format csv -j 2 $(dirs 10000) && [ -n "${R1_S:-}" ] && {
        R2=$(calc "10000 / $T_WALL" 0); SP=$(calc "$R1_S / $T_WALL")
        echo "-j 2:   $R2 articles/s (${T_WALL}s), speed-up ${SP}x," \
            "peak RSS $((T_RSS / 1024)) MiB"
        row "report -j 2 speed-up" "${SP}x" "(info, 2 CPUs)" "-"
    }
    # shellcheck disable=SC2046
    if [ -n "${R1_S:-}" ] && timeit 3 /dev/null "$CLI" report --format csv -j 1 $(dirs 1000); then
        # CPU time (user + sys) of the single-threaded run: steadier than wall time
        # when other work shares the machine
        PER1=$(calc "$T_CPU / 1000 * 1000000" 0); PER10=$(calc "$R1_CPU / 10000 * 1000000" 0)
        echo "growth: CPU time 1,000 in ${T_CPU}s ($PER1 us each)," \
            "10,000 in ${R1_CPU}s ($PER10 us each)"
        GROW=$(calc "$PER10 / $PER1")
        # 50,000 when the extra 40,000 files and one run fit in about two minutes
        if awk -v t="$R1_S" 'BEGIN { exit !(t * 5 < 100) }'; then
            python3 bench/gen_corpus.py "$WORK" --articles 50000
            # read the new files once, so that the timing compares warm caches
            # (the 1,000 and 10,000 runs above read theirs several times)
            # shellcheck disable=SC2046
            find $(dirs 50000) -type f -exec cat {} + >/dev/null
            # shellcheck disable=SC2046
            timeit 1 /dev/null "$CLI" report --format csv -j 1 $(dirs 50000) && {
                PER50=$(calc "$T_CPU / 50000 * 1000000" 0)
                echo "        50,000 in ${T_CPU}s ($PER50 us each)"
                GROW=$(calc "$PER50 / $PER1")
            }
        fi
        row "report time per article, largest / 1k" "${GROW}x" "<= 1.25x (linear)" \
            "$(verdict "$GROW" "<=" 1.25)"
    fi
fi

# ---- the accuracy benchmarks of each stage -----------------------------------------
for sub in bench/*/run.sh; do
    [ -f "$sub" ] || continue
    name=$(basename "$(dirname "$sub")")
    section "$name ($sub)"
    start=$(date +%s)
    bash "$sub" "$BUILD" 2>&1 | tee "$TMP/sub" | sed 's/^/  /'
    rc=${PIPESTATUS[0]}
    # the last headline figure it printed, if any, for the table
    last=$(grep -Eio '(A@1|F1|accuracy)[ :=]*[0-9.]+%?' "$TMP/sub" | tail -1)
    row "bench/$name ($(($(date +%s) - start))s)" "${last:-see above}" "exit 0" \
        "$([ "$rc" = 0 ] && echo OK || echo "FAILED($rc)")"
done

# ---- summary ----------------------------------------------------------------------
section "summary: $MACHINE; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-42s %-26s %-18s %s\n' figure value target verdict
for r in "${ROWS[@]}"; do
    IFS='|' read -r a b c d <<<"$r"
    printf '%-42s %-26s %-18s %s\n' "$a" "$b" "$c" "$d"
done
exit 0
