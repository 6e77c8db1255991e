#!/usr/bin/env bash
# tests/regress/run.sh - the golden cases in samples/<case>/, checked twice:
#  1. independently of `citecheck regress`: run `citecheck check --format json`
#     on each case's input (with its `date` and `args`) and compare with
#     expected.json in Python, source.path set to the case-relative input name
#     on both sides, so a bug in regress cannot hide a failing case;
#  2. `citecheck regress samples/` itself: its exit status and last line must
#     agree with what step 1 found.
# Usage: bash tests/regress/run.sh [BUILD]. Prints "N passed, M failed" last.
set -u
export LC_ALL=C
unset CI
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
C=${CITECHECK:-$BUILD/citecheck}
DIR=${REGRESS_DIR:-samples}
T=$(mktemp -d "${TMPDIR:-/tmp}/citecheck-regress.XXXXXX")
trap 'rm -rf "$T"' EXIT
pass=0; fail=0; ncases=0

for case in $(ls "$DIR" | sort); do
    d="$DIR/$case"
    case "$case" in .*) continue ;; esac
    [ -d "$d" ] || continue
    ncases=$((ncases + 1))
    if [ -f "$d/input.txt" ]; then in=input.txt; elif [ -f "$d/input.html" ]; then in=input.html
    else echo "FAIL $case: no input"; fail=$((fail + 1)); continue; fi
    opts=()
    [ -f "$d/date" ] && opts+=(--date "$(tr -d ' \t\r\n' <"$d/date")")
    # shellcheck disable=SC2207
    [ -f "$d/args" ] && opts+=($(cat "$d/args"))
    "$C" check --format json "${opts[@]}" "$d/$in" >"$T/got.json" 2>"$T/err"
    rc=$?
    if [ $rc -gt 1 ]; then
        echo "FAIL $case: check exited $rc: $(head -c 300 "$T/err")"; fail=$((fail + 1)); continue
    fi
    if python3 - "$d/expected.json" "$T/got.json" "$in" <<'EOF'; then
import json, sys
exp_path, got_path, name = sys.argv[1:4]
try:
    exp = json.load(open(exp_path, encoding='utf-8'))
except (OSError, ValueError) as e:
    print('  expected.json: %s' % e)
    sys.exit(1)
got = json.load(open(got_path, encoding='utf-8'))
for r in (exp, got):
    if isinstance(r.get('source'), dict):
        r['source']['path'] = name
def walk(path, a, b, out):
    if a == b:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            walk('%s.%s' % (path, k) if path else k, a.get(k), b.get(k), out)
    elif isinstance(a, list) and isinstance(b, list) and a and b:
        for i in range(max(len(a), len(b))):
            walk('%s[%d]' % (path, i), a[i] if i < len(a) else None,
                 b[i] if i < len(b) else None, out)
    else:
        out.append('%s: expected %s, got %s' % (path, json.dumps(a)[:120], json.dumps(b)[:120]))
out = []
walk('', exp, got, out)
for line in out[:20]:
    print('  ' + line)
sys.exit(1 if out else 0)
EOF
        echo "ok $case"; pass=$((pass + 1))
    else
        echo "FAIL $case"; fail=$((fail + 1))
    fi
done

# Step 2: regress must agree.
"$C" regress "$DIR" >"$T/regress.out" 2>&1
rc=$?
last=$(tail -n 1 "$T/regress.out")
want_rc=0; [ $fail -gt 0 ] && want_rc=1
if [ "$rc" -eq "$want_rc" ] && [ "$last" = "$pass passed, $fail failed" ]; then
    echo "ok regress agrees ($last, exit $rc)"; pass=$((pass + 1))
else
    echo "FAIL regress: exit $rc, last line '$last'; the independent check found $pass passed, $fail failed"
    tail -n 40 "$T/regress.out"
    fail=$((fail + 1))
fi
echo "cases: $ncases"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
