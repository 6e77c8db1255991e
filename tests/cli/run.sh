#!/usr/bin/env bash
# tests/cli/run.sh - shell tests of the citecheck tool: check's exit codes and
# messages, `report` over real folders (ordering, -j, CSV/JSON/JSONL, symlink
# loops, FIFOs, unreadable files, 50,000 files, deep trees, Ctrl-C) and
# `regress` on a temporary corpus. Usage: bash tests/cli/run.sh [BUILD]
# Prints "N passed, M failed" last; exits non-zero on any failure.
set -u
export LC_ALL=C
unset CI
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
C=${CITECHECK:-$BUILD/citecheck}
SAMPLE=$PWD/samples/eastern-herald-china-russia-drills.txt
T=$(mktemp -d "${TMPDIR:-/tmp}/citecheck-cli.XXXXXX")
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ $# -gt 1 ] && printf '  %s\n' "$2"; }
# expect NAME WANT_RC GOT_RC [FILE PATTERN]: exit status and a message in FILE
expect() {
    local name=$1 want=$2 got=$3
    if [ "$got" != "$want" ]; then bad "$name" "exit $got, want $want"; return; fi
    if [ $# -ge 5 ] && ! grep -q -- "$5" "$4"; then
        bad "$name" "no '$5' in: $(head -c 300 "$4")"; return
    fi
    ok "$name"
}
[ -x "$C" ] || { echo "no binary at $C"; echo "0 passed, 1 failed"; exit 1; }

# ---------------------------------------------------------------- check
"$C" check /nonexistent/a.txt >"$T/out" 2>"$T/err"
expect "check: missing file" 2 $? "$T/err" "/nonexistent/a.txt: No such file"
[ -s "$T/out" ] && bad "check: missing file prints no report" || ok "check: missing file prints no report"
"$C" check "$T" >"$T/out" 2>"$T/err"
expect "check: directory" 2 $? "$T/err" "is a directory"
"$C" check --max-bytes 100 "$SAMPLE" >"$T/out" 2>"$T/err"
expect "check: over --max-bytes" 2 $? "$T/err" "over the cap of 100 bytes"
# --format plain: the text the analysis reads; for HTML, the main text without
# scripts, navigation or footers, paragraphs in order
"$C" check --format plain "$SAMPLE" >"$T/out" 2>"$T/err"
expect "check --format plain: exit 0" 0 $?
[ "$(cat "$T/out")" = "$(cat "$SAMPLE")" ] && ok "check --format plain: a clean text is itself" ||
    bad "check --format plain: a clean text is itself" "$(diff "$T/out" "$SAMPLE" | head -5)"
printf '<html><head><title>T</title><script>var junk = "SCRIPTWORD";</script></head><body><nav><a href="/">NAVWORD</a></nav><article><h1>Headline here</h1><p>First paragraph of prose.</p><p>Second &amp; last.</p></article><footer>FOOTWORD</footer></body></html>' >"$T/p.html"
"$C" check --format plain "$T/p.html" >"$T/out" 2>"$T/err"
if [ $? = 0 ] && ! grep -q -E 'SCRIPTWORD|NAVWORD|FOOTWORD' "$T/out" &&
    [ "$(grep -n 'paragraph of prose\|Second & last' "$T/out" | cut -d: -f1 | tr '\n' ' ')" = "2 3 " ]; then
    ok "check --format plain: HTML main text, entities decoded, one paragraph a line"
else
    bad "check --format plain: HTML main text, entities decoded, one paragraph a line" "$(cat "$T/out")"
fi
printf 'caf\351 au lait\n' >"$T/latin1.txt"
"$C" check -q --format plain "$T/latin1.txt" >"$T/out" 2>"$T/err"
[ "$(cat "$T/out")" = "$(printf 'caf\357\277\275 au lait')" ] &&
    ok "check --format plain: invalid UTF-8 shown as repaired" ||
    bad "check --format plain: invalid UTF-8 shown as repaired" "$(od -c "$T/out" | head -3)"
"$C" check --format plain --online "$SAMPLE" >"$T/out" 2>"$T/err"
expect "check --format plain --online refused" 2 $? "$T/err" "no plain format"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR' >"$T/x.png"
"$C" check "$T/x.png" >"$T/out" 2>"$T/err"
expect "check: PNG refused" 2 $? "$T/err" "PNG"
: >"$T/empty.txt"
"$C" check --format json "$T/empty.txt" >"$T/out" 2>"$T/err"
expect "check: empty file" 0 $?
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["embeds"]==[] and d["citations"]==[]' "$T/out" \
    && ok "check: empty file gives an empty report" || bad "check: empty file gives an empty report"
printf '  \n\t \r\n' >"$T/ws.txt"
"$C" check --format json "$T/ws.txt" >"$T/out" 2>"$T/err"
expect "check: whitespace only" 0 $?
"$C" check --format json <&- >"$T/out" 2>"$T/err"
expect "check: stdin closed" 2 $? "$T/err" "(stdin)"
"$C" check --bogus "$SAMPLE" >"$T/out" 2>"$T/err"
expect "check: unknown option" 2 $? "$T/err" "Try 'citecheck help check'"
"$C" check --format xml "$SAMPLE" >"$T/out" 2>"$T/err"
expect "check: bad --format" 2 $? "$T/err" "--format wants"
"$C" check --date 2023-02-30 "$SAMPLE" >"$T/out" 2>"$T/err"
expect "check: impossible --date" 2 $? "$T/err" "YYYY-MM-DD"
"$C" --help >"$T/out" 2>"$T/err"
expect "--help" 0 $? "$T/out" "Usage: citecheck"
"$C" --version >"$T/out" 2>"$T/err"
expect "--version" 0 $? "$T/out" "^citecheck [0-9][0-9.]*$"
"$C" help report >"$T/out" 2>"$T/err"
expect "help report" 0 $? "$T/out" "Usage: citecheck report"
"$C" frobnicate >"$T/out" 2>"$T/err"
expect "unknown command" 2 $? "$T/err" "unknown command"

# ---------------------------------------------------------------- report basics
mkdir -p "$T/c/news/sub" "$T/c/other"
cp "$SAMPLE" "$T/c/news/a.txt"
cp "$SAMPLE" "$T/c/news/sub/b.TXT"
printf '<html><head><title>T</title></head><body><p>Officials said 3 ships left, '\
'according to Reuters.</p></body></html>' >"$T/c/other/c.html"
printf 'The ministry said on Monday that 12 people were hurt.\n' >"$T/c/other/d.htm"
echo "not an article" >"$T/c/notes.md"
"$C" report -j 1 "$T/c" >"$T/r1.csv" 2>"$T/err"
expect "report: runs" 0 $? "$T/err" "notes.md: not .txt, .html or .htm, skipped"
grep -q "4 articles done, 0 failed" "$T/err" && ok "report: summary counts" \
    || bad "report: summary counts" "$(tail -1 "$T/err")"
# many files of other kinds: three named, the rest counted in one note
mkdir -p "$T/many"
cp "$SAMPLE" "$T/many/a.txt"
for i in 1 2 3 4 5 6 7; do echo x >"$T/many/n$i.md"; done
"$C" report -j 1 "$T/many" >/dev/null 2>"$T/err"
expect "report: other files counted" 0 $? "$T/err" "note: 4 more files not .txt, .html or .htm, skipped"
[ "$(grep -c 'n[0-9].md: not .txt' "$T/err")" = 3 ] && ok "report: first three skips named" \
    || bad "report: first three skips named" "$(cat "$T/err")"
python3 - "$T/r1.csv" "$T/c" <<'EOF' && ok "report: stable order, one header" || bad "report: stable order, one header"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
assert rows[0][:2] == ['article', 'citation_id'], rows[0]
assert sum(1 for r in rows if r[0] == 'article') == 1
order = []
for r in rows[1:]:
    if r[0] not in order:
        order.append(r[0])
c = sys.argv[2]
want = [c + '/news/a.txt', c + '/news/sub/b.TXT', c + '/other/c.html', c + '/other/d.htm']
assert order == [w for w in want if w in order] and order[:2] == want[:2], order
EOF
for j in 2 4 8; do
    "$C" report -q -j $j "$T/c" >"$T/rj.csv" 2>/dev/null
    cmp -s "$T/r1.csv" "$T/rj.csv" && ok "report: -j $j same bytes as -j 1" || bad "report: -j $j same bytes as -j 1"
done
head -c 2 "$T/r1.csv" >/dev/null
python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); assert d.endswith(b"\r\n") and b"\n" not in d.replace(b"\r\n", b"")' "$T/r1.csv" \
    && ok "report: CRLF line ends" || bad "report: CRLF line ends"
"$C" report -q -f json "$T/c" >"$T/r.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==4 and all("article" in x and x["schema_version"]==1 for x in d)' "$T/r.json" \
    && ok "report: --format json is one array" || bad "report: --format json is one array"
"$C" report -q -f jsonl --table findings "$T/c" >"$T/r.jsonl"
python3 -c 'import json,sys; L=[json.loads(l) for l in open(sys.argv[1])]; assert len(L)==4 and L[0]["article"].endswith("news/a.txt")' "$T/r.jsonl" \
    && ok "report: --format jsonl one report per line" || bad "report: --format jsonl one report per line"
"$C" report -q --table embeds "$T/c/news/a.txt" >"$T/e.csv"
head -1 "$T/e.csv" | grep -q '^article,embed_id,platform,author,handle,date,url,line' \
    && ok "report: --table embeds header" || bad "report: --table embeds header"
"$C" report -q /nonexistent >"$T/out" 2>"$T/err"
expect "report: nothing readable" 2 $? "$T/err" "/nonexistent"
"$C" report -q "$T/c" /nonexistent >"$T/out" 2>"$T/err"
expect "report: one bad path, the rest goes on" 0 $? "$T/err" "/nonexistent"
"$C" report -j 0 "$T/c" >"$T/out" 2>"$T/err"
expect "report: bad -j" 2 $? "$T/err" "-j wants"
"$C" report --format xml "$T/c" >"$T/out" 2>"$T/err"
expect "report: bad --format" 2 $? "$T/err" "--format wants"

# A progress bar only when stderr is a terminal (a pseudo-terminal here).
python3 - "$C" "$T/c" <<'EOF' && ok "report: progress bar on a terminal" || bad "report: progress bar on a terminal"
import os, pty, subprocess, sys
m, s = pty.openpty()
p = subprocess.Popen([sys.argv[1], 'report', '-j', '2', sys.argv[2]], stdout=subprocess.DEVNULL, stderr=s)
os.close(s)
out = b''
while True:
    try:
        d = os.read(m, 65536)
    except OSError:
        break
    if not d:
        break
    out += d
assert p.wait() == 0
assert b'4/4 files' in out and b'\r' in out and b'articles done' in out, out
EOF
"$C" report -j 2 "$T/c" 2>"$T/err" >/dev/null
grep -q $'\r' "$T/err" && bad "report: no progress bar into a file" || ok "report: no progress bar into a file"

# ---------------------------------------------------------------- CSV cell by cell
# Record ids land in the article column: quotes, commas, newlines, formula
# starters and non-ASCII. Every CSV cell is checked against the JSON report.
python3 - "$SAMPLE" >"$T/cells.jsonl" <<'EOF'
import json, sys
body = open(sys.argv[1], encoding='utf-8').read()
ids = ['plain', 'comma, "quoted"', 'two\nlines', '=SUM(A1)', '+1', '-2', '@cmd', 'caf\u00e9 \u4e2d\u6587', '\tTab']
for i in ids:
    print(json.dumps({"id": i, "text": body, "date": "2023-07-18"}))
EOF
"$C" report -q --jsonl-in "$T/cells.jsonl" >"$T/cells.csv"
"$C" report -q --jsonl-in -f jsonl "$T/cells.jsonl" >"$T/cells.out.jsonl"
python3 - "$T/cells.csv" "$T/cells.out.jsonl" <<'EOF' && ok "report: CSV cells match the JSON report" || bad "report: CSV cells match the JSON report"
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
head, rows = rows[0], rows[1:]
def cell(v):
    if v is None:
        return ''
    v = str(v)
    return "'" + v if v[:1] in ('=', '+', '-', '@', '\t', '\r') else v
want = []
for line in open(sys.argv[2], encoding='utf-8'):
    r = json.loads(line)
    embeds = {e['id']: e for e in r['embeds']}
    for c in r['citations']:
        e = embeds.get(c['embed'], {}) if c['embed'] else {}
        want.append([cell(r['article']), c['id'], c['source'], c['kind'], c['cue'], c['date'],
                     c['date_text'], c['claim'], c['quote'], e.get('platform'), e.get('handle'),
                     e.get('url'), c['span']['line'], c['span']['start'], c['span']['end']])
want = [[cell(v) if i else v for i, v in enumerate(w)] for w in want]
assert len(rows) == len(want) and len(rows) >= 9, (len(rows), len(want))
for got, exp in zip(rows, want):
    assert got == exp, (got, exp)
arts = {r[0] for r in rows}
for a in ("comma, \"quoted\"", "two\nlines", "'=SUM(A1)", "'+1", "'-2", "'@cmd", "caf\u00e9 \u4e2d\u6587", "'\tTab"):
    assert a in arts, a
EOF

# ---------------------------------------------------------------- JSONL round trip
python3 - "$SAMPLE" >"$T/in.jsonl" <<'EOF'
import json, sys
body = open(sys.argv[1], encoding='utf-8').read()
print(json.dumps({"id": "r1", "text": body}))
print(json.dumps({"id": "r2", "html": "<p>Officials said 3 ships left.</p>", "date": "2023-07-18"}))
print('{"id": "broken", "text": "unterminated')
print(json.dumps({"text": "no id here"}))
print('')
print(json.dumps({"id": 42, "text": body, "date": "2023-07-18T09:00:00Z"}))
EOF
"$C" report -f jsonl --jsonl-in "$T/in.jsonl" >"$T/out.jsonl" 2>"$T/err"
expect "jsonl-in: bad lines do not stop the run" 0 $? "$T/err" "in.jsonl:3: invalid JSON"
grep -q 'in.jsonl:4: missing "id"' "$T/err" && ok "jsonl-in: missing field named with its line" \
    || bad "jsonl-in: missing field named with its line" "$(cat "$T/err")"
python3 -c '
import json, sys
L = [json.loads(l) for l in open(sys.argv[1])]
assert [r["article"] for r in L] == ["r1", "r2", "42"], L
assert L[1]["source"]["format"] == "html" and L[0]["source"]["format"] == "text"
assert L[0]["embeds"] == L[2]["embeds"]' "$T/out.jsonl" && ok "jsonl-in: records in order, id is the article" \
    || bad "jsonl-in: records in order, id is the article"
"$C" report -q -f jsonl --jsonl-in - <"$T/in.jsonl" >"$T/out2.jsonl" 2>/dev/null
cmp -s "$T/out.jsonl" "$T/out2.jsonl" && ok "jsonl-in: stdin same as file" || bad "jsonl-in: stdin same as file"
"$C" report -q -j 4 -f jsonl --jsonl-in "$T/in.jsonl" >"$T/out4.jsonl" 2>/dev/null
cmp -s "$T/out.jsonl" "$T/out4.jsonl" && ok "jsonl-in: -j 4 same bytes" || bad "jsonl-in: -j 4 same bytes"
python3 -c 'print("{\"id\":\"huge\",\"text\":\"" + "a" * (3 << 20) + "\"}"); print("{\"id\":\"small\",\"text\":\"Hi #there\"}")' >"$T/huge.jsonl"
"$C" report -f jsonl --jsonl-in --max-bytes 1M "$T/huge.jsonl" >"$T/out" 2>"$T/err"
expect "jsonl-in: over-long line refused, next record read" 0 $? "$T/err" "huge.jsonl:1: the line is over the cap"
grep -q '"article":"small"' "$T/out" && ok "jsonl-in: record after an over-long line" || bad "jsonl-in: record after an over-long line"

# ---------------------------------------------------------------- odd files
mkdir -p "$T/odd/d"
cp "$SAMPLE" "$T/odd/d/a.txt"
ln -s .. "$T/odd/d/up"
ln -s "$T/odd/missing.txt" "$T/odd/dangling.txt"
mkfifo "$T/odd/pipe.txt"
timeout 20 "$C" report -q -f jsonl "$T/odd" >"$T/out" 2>"$T/err"
expect "report: symlink loop and FIFO do not hang" 0 $?
"$C" report -f jsonl "$T/odd" >"$T/out" 2>"$T/err"
grep -q "symlink loop" "$T/err" && ok "report: symlink loop noted" || bad "report: symlink loop noted" "$(cat "$T/err")"
grep -q "pipe.txt: a FIFO, skipped" "$T/err" && ok "report: FIFO skipped with a note" || bad "report: FIFO skipped with a note"
[ "$(wc -l <"$T/out")" -eq 1 ] && ok "report: article under a loop read once" || bad "report: article under a loop read once"
if [ "$(id -u)" -ne 0 ]; then
    cp "$SAMPLE" "$T/odd/d/locked.txt"; chmod 000 "$T/odd/d/locked.txt"
    "$C" report -f jsonl "$T/odd" >"$T/out" 2>"$T/err"
    expect "report: unreadable file reported, run goes on" 0 $? "$T/err" "locked.txt: Permission denied"
    grep -q '"article":"[^"]*locked.txt","error"' "$T/out" && ok "report: unreadable file has an error record" \
        || bad "report: unreadable file has an error record"
    chmod 600 "$T/odd/d/locked.txt"
else
    echo "skip: unreadable file (running as root)"
fi

# ---------------------------------------------------------------- deep tree
d="$T/deep"
for i in $(seq 1 20); do d="$d/l$i"; done
mkdir -p "$d"; cp "$SAMPLE" "$d/deep.txt"; cp "$SAMPLE" "$T/deep/top.txt"
"$C" report -q -f jsonl "$T/deep" >"$T/out" 2>"$T/err"
python3 -c '
import json, sys
L = [json.loads(l)["article"] for l in open(sys.argv[1])]
assert len(L) == 2 and L[0].count("/l") == 20 and L[0].endswith("/l20/deep.txt") and L[1].endswith("/top.txt"), L' "$T/out" \
    && ok "report: 20-level tree, depth-first order" || bad "report: 20-level tree, depth-first order"

# ---------------------------------------------------------------- Ctrl-C
python3 - "$SAMPLE" >"$T/many.jsonl" <<'EOF'
import json, sys
body = open(sys.argv[1], encoding='utf-8').read()
for i in range(20):
    print(json.dumps({"id": "n%d" % i, "text": body}))
EOF
# The records come through a pipe that stays open, so the run is still going
# (waiting for input) when Ctrl-C comes; everything read by then is written.
{ cat "$T/many.jsonl"; sleep 6; } | "$C" report -j 2 --jsonl-in >"$T/int.csv" 2>"$T/err" &
pid=$!
for _ in $(seq 1 40); do grep -q '^n19,' "$T/int.csv" 2>/dev/null && break; sleep 0.1; done
kill -INT $pid 2>/dev/null; wait $pid; rc=$?
expect "report: SIGINT stops cleanly" 130 $rc "$T/err" "interrupted"
python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][0] == "article" and all(len(r) == 15 for r in rows)
arts = []
for r in rows[1:]:
    if r[0] not in arts:
        arts.append(r[0])
assert arts == ["n%d" % i for i in range(20)], arts' "$T/int.csv" && ok "report: SIGINT leaves a complete CSV" \
    || bad "report: SIGINT leaves a complete CSV"

# ---------------------------------------------------------------- 50,000 files
python3 - "$T/big" <<'EOF'
import os, sys
root = sys.argv[1]
for i in range(50000):
    d = os.path.join(root, 'd%03d' % (i % 200))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'f%05d.txt' % i), 'w') as f:
        f.write('Police said %d people were hurt, according to Reuters. #Tag%d\n' % (i % 9, i))
EOF
cat >"$T/peak.py" <<'EOF'
# Runs a command, prints its peak RSS in kB (VmHWM, read while it runs).
import subprocess, sys, time
p = subprocess.Popen(sys.argv[2:], stdout=open(sys.argv[1], 'wb'), stderr=subprocess.DEVNULL)
peak = 0
while p.poll() is None:
    try:
        for line in open('/proc/%d/status' % p.pid):
            if line.startswith('VmHWM:'):
                peak = max(peak, int(line.split()[1]))
    except OSError:
        pass
    time.sleep(0.02)
print(peak, p.returncode)
EOF
start=$(date +%s.%N)
# Under ASan, freed memory sits in a 256 MB quarantine; shrink it so that
# the figure measures the tool, not the sanitizer.
read -r peak rc < <(ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=4" \
    python3 "$T/peak.py" "$T/big.csv" "$C" report -q -j 2 "$T/big")
secs=$(python3 -c "import sys; print(round($(date +%s.%N) - $start, 2))")
echo "50,000 files: ${secs}s, peak RSS ${peak} kB"
[ "$rc" = 0 ] && ok "report: 50,000 files" || bad "report: 50,000 files" "exit $rc"
python3 -c "import sys; sys.exit(0 if $secs < 20 else 1)" && ok "report: 50,000 files under 20 s" \
    || bad "report: 50,000 files under 20 s" "${secs}s"
[ "$peak" -gt 0 ] && [ "$peak" -lt 200000 ] && ok "report: memory bounded (${peak} kB)" \
    || bad "report: memory bounded" "peak ${peak} kB"
[ "$(grep -c '^/' "$T/big.csv")" -eq 100000 ] && ok "report: 50,000 files, two citations each" \
    || bad "report: 50,000 files, two citations each" "$(grep -c '^/' "$T/big.csv") rows"
rm -rf "$T/big"

# ---------------------------------------------------------------- regress
R="$T/corpus"
mkdir -p "$R/alpha" "$R/beta"
cp "$SAMPLE" "$R/alpha/input.txt"; echo 2023-07-18 >"$R/alpha/date"
printf '<p>The ministry said 4 ships left Qingdao. #SeaofJapan</p>\n' >"$R/beta/input.html"
echo "--input html" >"$R/beta/args"
"$C" regress "$R" >"$T/out" 2>&1
expect "regress: no expected.json fails" 1 $? "$T/out" "no expected.json"
CI=1 "$C" regress --bless "$R" >"$T/out" 2>&1
expect "regress: --bless refused under CI" 2 $? "$T/out" "refused"
[ ! -e "$R/alpha/expected.json" ] && ok "regress: refused bless wrote nothing" || bad "regress: refused bless wrote nothing"
"$C" regress --bless "$R" >"$T/out" 2>&1
expect "regress: --bless writes" 0 $? "$T/out" "blessed alpha"
"$C" check --format json --date 2023-07-18 "$R/alpha/input.txt" >"$T/check.json"
python3 - "$R/alpha/expected.json" "$T/check.json" <<'EOF' && ok "regress: blessed file is the check report" || bad "regress: blessed file is the check report"
import json, sys
raw = open(sys.argv[1]).read()
a, b = json.loads(raw), json.load(open(sys.argv[2]))
assert raw.endswith('}\n') and raw.startswith('{\n  "schema_version"')
assert a['source']['path'] == 'input.txt'
b['source']['path'] = 'input.txt'
assert a == b
EOF
"$C" regress "$R" >"$T/out" 2>&1
expect "regress: passes after bless" 0 $? "$T/out" "^2 passed, 0 failed$"
python3 - "$R/alpha/expected.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['embeds'][0]['handle'] = 'SomeoneElse'
json.dump(d, open(sys.argv[1], 'w'), indent=2)
EOF
"$C" regress "$R" >"$T/out" 2>&1
expect "regress: a changed key fails" 1 $? "$T/out" "embeds\[0\].handle: expected \"SomeoneElse\", got \"DaryoEng\" (line 7)"
tail -1 "$T/out" | grep -qx "1 passed, 1 failed" && ok "regress: last line counts" || bad "regress: last line counts" "$(tail -1 "$T/out")"
echo '{"schema_version": 1,' >"$R/beta/expected.json"
"$C" regress "$R" >"$T/out" 2>&1
expect "regress: malformed expected.json named with its line" 1 $? "$T/out" "beta/expected.json:[0-9]*:"
"$C" regress --bless "$R" >"$T/out" 2>&1
expect "regress: --bless names the changed key" 0 $? "$T/out" "embeds\[0\].handle"
"$C" regress "$R" >"$T/out" 2>&1
expect "regress: passes after re-bless" 0 $? "$T/out" "^2 passed, 0 failed$"
mkdir "$R/gamma"
"$C" regress "$R" >"$T/out" 2>&1
expect "regress: case without input fails with a reason" 1 $? "$T/out" "gamma: no input.txt or input.html"
"$C" regress "$T/nonexistent" >"$T/out" 2>&1
expect "regress: missing DIR" 2 $?

# ---------------------------------------------------------------- huge inputs
# a 2 GB file (sparse: no disk used) is refused by the size cap and the run
# goes on with the other files; every input is accounted for in the summary
mkdir -p "$T/huge"
cp "$SAMPLE" "$T/huge/a.txt"
if truncate -s 2G "$T/huge/b.txt" 2>/dev/null; then
    cp "$SAMPLE" "$T/huge/c.txt"
    "$C" report --format csv "$T/huge" >"$T/out" 2>"$T/err"
    expect "report: 2 GB file refused, run goes on" 0 $? "$T/err" "b.txt.*cap"
    rows=$(grep -c "^$T/huge/[ac].txt," "$T/out")
    [ "$rows" -ge 2 ] && ok "report: the other files' rows are written" ||
        bad "report: the other files' rows are written" "rows: $rows"
    grep -q "1 failed" "$T/err" && ok "report: the refused file is counted as failed" ||
        bad "report: the refused file is counted as failed" "$(tail -3 "$T/err")"
    "$C" check "$T/huge/b.txt" >"$T/out" 2>"$T/err"
    expect "check: 2 GB file refused naming the cap" 2 $? "$T/err" "b.txt.*cap of 67108864 bytes"
    rm -f "$T/huge/b.txt"
else
    echo "skipped: sparse 2 GB file (truncate failed)"
fi
# a JSONL line of 100 MB: over the default cap, reported with its line number,
# and the next record is still read
python3 - "$T/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    f.write('{"id": "big", "text": "' + "x" * (100 << 20) + '"}\n')
    f.write(json.dumps({"id": "small", "text": "Five ships sailed. #SeaofJapan"}) + "\n")
PY
"$C" report --format jsonl --jsonl-in "$T/big.jsonl" >"$T/out" 2>"$T/err"
expect "jsonl-in: a 100 MB line is refused with its line number" 0 $? "$T/err" "big.jsonl:1:"
grep -q '"article":"small"' "$T/out" && ok "jsonl-in: the record after it is processed" ||
    bad "jsonl-in: the record after it is processed" "$(head -c 300 "$T/out")"
rm -f "$T/big.jsonl"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
