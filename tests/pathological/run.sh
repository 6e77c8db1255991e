#!/usr/bin/env bash
# Worst-case inputs, each under a time limit: no crash, no hang, no silently
# cut output. The limit is generous (sanitizer builds are slower); the
# benchmarks, not these tests, hold the speed targets.
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
TOOL="$BUILD/citecheck"
LIMIT=${CITECHECK_PATHO_TIMEOUT:-60}
case "$BUILD" in *san*) LIMIT=$((LIMIT * 3)) ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import os, sys
w = sys.argv[1]
def put(name, data):
    open(os.path.join(w, name), "wb").write(data if isinstance(data, bytes) else data.encode())
put("hashtags-100k.txt", " ".join("#tag%d" % i for i in range(100000)))
put("hashtags-glued.txt", "#a" * 100000)
put("line-1mb.txt", "x" * (1 << 20))
put("line-10mb.txt", ("abc.def/" * (10 << 17)))
put("urls-dense.txt", "http://a.co/" * 100000)
put("mentions.txt", "@" * 200000 + "@user" * 50000)
put("deep-divs.html", "<html><body>" + "<div>" * 10000 + "text #x" + "</div>" * 10000)
put("unclosed-b-10k.html", "<html><body><p>" + "<b>x" * 10000)
put("unclosed-a-40k.html", "<html><body>" + "<a href=x>y" * 40000)
put("unclosed-mixed.html", "<html><body>" + "<i><b><u><s><font>" * 8000)
put("huge-attr.html", '<html><body><p title="' + "a" * (5 << 20) + '">hi</p>')
put("script-5mb.html", "<html><body><script>" + "var x=1;" * (5 << 17) + "</script><p>after #tag</p>")
put("trunc.html", '<html><body><blockquote class="twitter-tweet"><p lang="en">Five ships <a href="https://twitter.com/x/status/1">')
put("no-stop-200k.txt", ("the ministry said that " * 9000))
put("said-many.txt", ". ".join('"We are here," he said' for _ in range(20000)))
put("quotes-unbalanced.txt", '\u201c' * 50000 + ' said the minister ' + '"' * 50001)
put("numbers-400.txt", "The post said " + "9" * 400 + " ships and 1e309 boats and \u00bd a plane, \u0665\u0660 tanks, \uff15\uff10 jets.")
put("numbers-500.txt", "\n".join(["%d ships in %d ports" % (i, i + 1) for i in range(500)]) + "\n\u2014 Name (@handle) July 17, 2023\n")
put("signature-like.txt", "He wrote — Jane Doe (@jane) July 32, 2023 in the middle of a sentence and went on.\n")
put("places-10k.txt", ", ".join(["Qingdao", "Paris", "Lagos", "Lima"] * 2500))
put("place-evidence.txt", "\n".join(
    "Homes in the village of Vil%s and near Ham%s were flooded.\nFlooding in #Vil%s and #Tag%s now.\n"
    "\u2014 N (@h%d) July 17, 2023" % (chr(97 + i % 26) * (1 + i % 7), chr(97 + i % 25) * (2 + i % 5),
                                  chr(97 + i % 26) * (1 + i % 7), chr(98 + i % 24) * 3, i) for i in range(9000)))
put("sigs-many.txt", "\n".join("post %d #t\n\u2014 N (@h%d) July 17, 2023" % (i, i) for i in range(5000)))
put("invalid-every-other.txt", b"\xff#a" * 200000)
put("nul-many.txt", b"a\x00" * 10 + b"text" * 1000)
PY
p=0; f=0
for input in "$work"/*; do
    name=$(basename "$input")
    for cmd in check entities; do
        out="$work/.out"
        timeout "$LIMIT" "$TOOL" "$cmd" --format json -q "$input" >"$out" 2>"$work/.err"
        rc=$?
        if [ $rc -eq 124 ]; then
            echo "FAIL $cmd $name: no result within ${LIMIT}s"; f=$((f+1)); continue
        fi
        if [ $rc -ge 3 ]; then
            echo "FAIL $cmd $name: exit $rc"; head -c 600 "$work/.err"; f=$((f+1)); continue
        fi
        if [ $rc -le 1 ] && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out" 2>/dev/null; then
            echo "FAIL $cmd $name: exit $rc but the output is not complete JSON"; f=$((f+1)); continue
        fi
        if [ $rc -eq 2 ] && [ -s "$out" ]; then
            echo "FAIL $cmd $name: exit 2 with output on stdout"; f=$((f+1)); continue
        fi
        if [ $rc -eq 2 ] && ! grep -q "$name" "$work/.err"; then
            echo "FAIL $cmd $name: exit 2 without a message naming the file"; f=$((f+1)); continue
        fi
        p=$((p+1))
    done
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
