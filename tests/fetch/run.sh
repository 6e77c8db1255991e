#!/usr/bin/env bash
# tests/fetch/run.sh BUILD - URL input and `check --online` against a local test
# server (tests/fetch/server.py). Only loopback traffic, except inside a private
# network namespace made here (when `unshare --net` works), where the server
# also listens on 10.0.0.1 and 203.0.113.10 of that namespace's own lo.
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
C="$BUILD/citecheck"
TMP=$(mktemp -d)
pass=0; fail=0; pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$TMP"; }
trap cleanup EXIT

ok()  { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { # name, then a command that must succeed
    local name=$1; shift
    if "$@"; then ok; else bad "$name"; fi
}

start_server() { # bind, portfile, [redirect target] -> waits for the port
    python3 "$HERE/server.py" "$@" >/dev/null 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$2" ] && return 0; sleep 0.1; done
    echo "server on $1 did not start"; return 1
}
count() { curl -s --max-time 5 "http://$1/__count"; }

# run: citecheck check ARGS; sets rc, out (stdout), err (stderr)
run() {
    "$C" check "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?
    out=$(cat "$TMP/out"); err=$(cat "$TMP/err")
}
# expect_error NAME PATTERN ARGS...: exit 2, nothing on stdout, message matches
expect_error() {
    local name=$1 pat=$2; shift 2
    run "$@"
    if [ "$rc" -eq 2 ] && [ -z "$out" ] && printf '%s' "$err" | grep -qiE -- "$pat"; then ok
    else bad "$name (rc=$rc, stdout ${#out} bytes, stderr: $(printf '%s' "$err" | head -c 300))"
    fi
}
json_get() { python3 -c "import json,sys; d=json.load(open('$TMP/out')); print($1)"; }

if [ "${1:-}" = "--netns-inner" ]; then :; fi

start_server 127.0.0.1 "$TMP/port" || { echo "0 passed, 1 failed"; exit 1; }
P=$(cat "$TMP/port"); H="127.0.0.1:$P"; AP=--allow-private-network

# ---- articles -----------------------------------------------------------------
run $AP --format json "http://$H/article"
check "article fetched" [ "$rc" -eq 0 ]
check "title from fetched page" [ "$(json_get "d['source']['title']")" = "Drills at sea" ]
check "source.path is the URL" [ "$(json_get "d['source']['path']")" = "http://$H/article" ]
check "embed found in fetched page" [ "$(json_get "d['embeds'][0]['post_id']")" = "111" ]

run $AP --format json "HTTP://$H/redirect/3"
check "3 redirects followed" [ "$rc" -eq 0 ]
check "final URL after redirects" [ "$(json_get "d['source']['path']")" = "http://$H/redirect/0" ]
run $AP --format json "http://$H/redirect/5"
check "5 redirects followed" [ "$rc" -eq 0 ]
expect_error "6 redirects refused" "more than 5 redirects" $AP "http://$H/redirect/6"
run $AP --format json "http://$H/to-loopback"
check "redirect to 127.0.0.1 with the flag" [ "$rc" -eq 0 ]
expect_error "redirect to file:// refused" "redirect to a refused URL.*http and https" \
    $AP "http://$H/to-file"

t0=$(date +%s)
expect_error "slow response times out" "timed out after 1 s" $AP --timeout 1 "http://$H/slow"
check "timeout is prompt" [ $(( $(date +%s) - t0 )) -le 3 ]
expect_error "server that never answers" "timed out" $AP --timeout 1 "http://$H/never"
expect_error "30 MB body over --max-bytes 1M" "over the cap of 1048576" \
    $AP --max-bytes 1M "http://$H/big"
expect_error "unsized 30 MB body over the cap" "over the cap of 1048576" \
    $AP --max-bytes 1M "http://$H/big-unsized"
expect_error "endless body stops" "over the cap|timed out" \
    $AP --max-bytes 2M --timeout 5 "http://$H/endless"
expect_error "connection reset" "connection|closed|reset|recv" $AP "http://$H/reset"

run $AP --format json "http://$H/latin1"
check "ISO-8859-1 header transcoded (Windows-1252 as WHATWG says)" \
    [ "$(json_get "d['source']['title']")" = "Café 3 € – naïve" ]
run $AP --format json "http://$H/latin1-meta"
check "page's own charset wins" [ "$(json_get "d['source']['title']")" = "Café crème" ]
expect_error "unsupported header charset" "charset 'koi8-r'.*not supported" $AP "http://$H/koi8"
run $AP --format json "http://$H/gzip"
check "gzip body decoded" [ "$(json_get "d['source']['title']")" = "Compressed drills" ]

for s in 404 410 429 500; do
    expect_error "HTTP $s" "HTTP status $s" $AP "http://$H/status/$s"
done
expect_error "image/png refused" "content type 'image/png' is not an article" $AP "http://$H/image"

run $AP --format json "http://$H/agent"
check "User-Agent citecheck/<version>" \
    [ "$(json_get "d['source']['title']")" = "citecheck/$("$C" --version | cut -d' ' -f2)" ]

# ---- cache ----------------------------------------------------------------------
run $AP --cache "$TMP/cache" --format json "http://$H/cached"; r1=$rc
before=$(count "$H")
run $AP --cache "$TMP/cache" --format json "http://$H/cached"
check "cache: first fetch ok" [ "$r1" -eq 0 ]
check "cache: fresh entry used without network" [ "$rc" -eq 0 ] && [ "$(count "$H")" = "$before" ]
check "cache: same report" [ "$(json_get "d['source']['title']")" = "Cached drills" ]
run $AP --cache "$TMP/cache" --format json "http://$H/article"
run $AP --cache "$TMP/cache" --format json "http://$H/article"
check "cache: no max-age, not stored" [ "$(ls "$TMP/cache" | wc -l)" -eq 2 ]

# ---- oEmbed ---------------------------------------------------------------------
printf '# test endpoints\nx\thttp://%s/oembed?url={url}\n' "$H" >"$TMP/oembed.conf"
run $AP --oembed-config "$TMP/oembed.conf" --format json "http://$H/article-all"
kinds=$(json_get "' '.join(f['embed']+':'+f['kind'] for f in d['findings'] if f['type']=='embed_text')")
check "oEmbed: consistent, conflict, post_only ($kinds)" \
    [ "$kinds" = "E1:consistent E2:conflict E3:post_only" ]
check "oEmbed: conflict gives exit 1" [ "$rc" -eq 1 ]
check "oEmbed: conflict message names the difference" grep -q 'post \\"Seven warships' "$TMP/out"
run $AP --oembed-config "$TMP/oembed.conf" --fail-on never --format json "http://$H/article-all"
check "oEmbed: --fail-on never" [ "$rc" -eq 0 ]
before=$(count "$H")
run $AP --oembed-config "$TMP/oembed.conf" --format text "http://$H/article-retry"
check "oEmbed: 429 retried after Retry-After, then consistent" \
    grep -q 'E1 consistent' "$TMP/out"
check "oEmbed: article + 2 oEmbed requests" [ "$(count "$H")" -eq $((before + 3)) ]
run $AP --oembed-config "$TMP/oembed.conf" --format csv --table findings "http://$H/article-all"
check "oEmbed: CSV findings rows" grep -q ',conflict,embed_text,' "$TMP/out"
printf 'x no tab here\n' >"$TMP/bad.conf"
expect_error "oEmbed: bad config line" "bad.conf:1" $AP --oembed-config "$TMP/bad.conf" \
    "http://$H/article"
run --online --format json "$PWD/samples/text-instagram/input.txt"
check "oEmbed: token platform skipped with a note" grep -qi "access token" "$TMP/err"

# ---- SSRF vectors without the flag: refused before any byte is sent -------------
before=$(count "$H")
for u in "http://127.0.0.1:$P/article" "http://2130706433:$P/article" \
         "http://0x7f.1:$P/article" "http://localhost:$P/article" "http://[::1]:$P/article" \
         "http://[::ffff:127.0.0.1]:$P/article" "http://0.0.0.0:$P/article" \
         "http://127.1:$P/article" "http://017700000001:$P/article"; do
    expect_error "SSRF $u" "refused to connect: .*(loopback|unspecified)" "$u"
done
check "SSRF: server received no request" [ "$(count "$H")" = "$before" ]

# ---- malformed and foreign URLs --------------------------------------------------
long="http://example.com/$(head -c 102400 /dev/zero | tr '\0' a)"
expect_error "100 KB URL" "longer than 8192" "$long"
expect_error "file://" "only http and https" "file:///etc/passwd"
expect_error "gopher://" "only http and https" "gopher://127.0.0.1:$P/"
expect_error "dict://" "only http and https" "dict://127.0.0.1:$P/"
expect_error "userinfo" "user name or password" "http://user:pw@127.0.0.1:$P/"
expect_error "bad IPv6 literal" "malformed URL" "http://[::1:$P/"
expect_error "bad port" "malformed URL" "http://127.0.0.1:99999/"
expect_error "bad --timeout" "--timeout" --timeout 0 "http://$H/article"
check "SSRF/malformed: still no request" [ "$(count "$H")" = "$before" ]

# ---- inside a private network namespace: redirect and DNS to a private address ---
if [ "$(id -u)" = 0 ] && command -v ip >/dev/null && unshare --net --mount true 2>/dev/null; then
    out_ns=$(unshare --net --mount bash "$HERE/netns.sh" "$C" "$HERE" 2>&1)
    line=$(printf '%s\n' "$out_ns" | grep -E '^netns: [0-9]+ passed, [0-9]+ failed' | tail -1)
    np=$(printf '%s' "$line" | sed -E 's/netns: ([0-9]+) passed.*/\1/')
    nf=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    if [ -z "$line" ]; then bad "netns: no summary"; printf '%s\n' "$out_ns" | tail -20
    else pass=$((pass + np)); fail=$((fail + nf)); [ "$nf" -eq 0 ] || printf '%s\n' "$out_ns"
    fi
else
    echo "skipped: network-namespace tests (need root, ip and unshare --net)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
