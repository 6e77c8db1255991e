#!/usr/bin/env bash
# tests/fetch/netns.sh CITECHECK DIR - run by run.sh inside `unshare --net --mount`:
# a fresh network namespace whose only interface is its own lo, so 10.0.0.1
# and 203.0.113.10 below exist only here. A "public" server on 203.0.113.10
# redirects to a "private" one on 10.0.0.1; the guard must refuse the redirect
# before connecting, and a host name that resolves to 10.0.0.1 likewise.
set -u
C=$1; HERE=$2
TMP=$(mktemp -d)
pass=0; fail=0; pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$TMP"; }
trap cleanup EXIT
ok()  { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

ip link set lo up && ip addr add 10.0.0.1/32 dev lo && ip addr add 203.0.113.10/32 dev lo || {
    echo "netns: 0 passed, 1 failed"; exit 1; }
# a private /etc/hosts for this mount namespace only
printf '127.0.0.1 localhost\n10.0.0.1 intranet.test\n203.0.113.10 news.test\n' >"$TMP/hosts"
mount --bind "$TMP/hosts" /etc/hosts

start() { # bind portfile [target]
    python3 "$HERE/server.py" "$@" >/dev/null 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$2" ] && return 0; sleep 0.1; done
    return 1
}
start 10.0.0.1 "$TMP/pport" || { echo "netns: 0 passed, 1 failed"; exit 1; }
PP=$(cat "$TMP/pport")
start 203.0.113.10 "$TMP/port" "http://10.0.0.1:$PP/article" || {
    echo "netns: 0 passed, 1 failed"; exit 1; }
P=$(cat "$TMP/port")
count() { curl -s --max-time 5 "http://$1/__count"; }

expect() { # name rc pattern args...
    local name=$1 want=$2 pat=$3; shift 3
    "$C" check --format json "$@" >"$TMP/out" 2>"$TMP/err"; local rc=$?
    if [ "$rc" -eq "$want" ] && { [ "$want" -eq 0 ] || [ ! -s "$TMP/out" ]; } &&
       grep -qiE -- "$pat" "$TMP/err" "$TMP/out"; then ok
    else bad "$name (rc=$rc: $(head -c 300 "$TMP/err"))"; fi
}

expect "public address allowed without the flag" 0 '"title": "Drills at sea"' \
    "http://203.0.113.10:$P/article"
expect "public host name allowed" 0 '"title"' "http://news.test:$P/article"
expect "redirect to 10.0.0.1 refused" 2 "refused to connect: 10.0.0.1 is a private" \
    "http://203.0.113.10:$P/to-private"
expect "name resolving to 10.0.0.1 refused" 2 "refused to connect: 10.0.0.1" \
    "http://intranet.test:$PP/article"
if [ "$(count "10.0.0.1:$PP")" = 0 ]; then ok; else bad "private server got a request"; fi
expect "with the flag the redirect is followed" 0 '"title"' --allow-private-network \
    "http://203.0.113.10:$P/to-private"
if [ "$(count "10.0.0.1:$PP")" = 1 ]; then ok; else bad "flag: private server not reached"; fi
echo "netns: $pass passed, $fail failed"
