#!/usr/bin/env bash
# Precision, recall and F1 of citations (source + kind) over hand-labelled
# articles: each <name>.txt has <name>.expected, one "kind<TAB>source" line per
# citation. Sources compare case-insensitively, without a leading "the", with
# straight apostrophes. Three sets, reported separately:
#   tuning   tests/cases/attrib          the rules were developed against it;
#                                        --min-f1 gates it
#   heldout  tests/cases/heldout-attrib  other styles, labelled before the tool
#                                        ran on them; printed only
#   heldout2 tests/cases/heldout2-attrib a second such set (15 articles)
#   heldout3 tests/cases/heldout3-attrib a third (15 articles)
#   heldout4 tests/cases/heldout4-attrib a fourth (15 articles: names with
#                                        digits, commas and other languages)
#   heldout5 tests/cases/heldout5-attrib a fifth (15 articles: trials, press
#                                        conferences, double attribution)
#   heldout6 tests/cases/heldout6-attrib a sixth (15 articles: councils and
#                                        regulators, colon quotes, bylines)
#   heldout7 tests/cases/heldout7-attrib a seventh (15 articles: wire copy,
#                                        features, outlets quoting outlets)
#   heldout8 tests/cases/heldout8-attrib an eighth (15 articles: court, debate,
#                                        obituary, sources named late)
#   heldout9 tests/cases/heldout9-attrib a ninth (15 articles: transcripts,
#                                        speeches to come, book titles as cues)
#   bash bench/attrib/run.sh BUILD [--min-f1 0.90] [-v]
# CASES=dir scores that one folder instead (and --min-f1 then gates it).
set -u
BUILD=${1:-build}; shift || true
MIN=""; VERBOSE=0
while [ $# -gt 0 ]; do
    case $1 in --min-f1) MIN=$2; shift 2 ;; -v) VERBOSE=1; shift ;; *) shift ;; esac
done
BIN="$BUILD/citecheck"
[ -x "$BIN" ] || { echo "bench/attrib: $BIN not built" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# score LABEL DIR MIN: run check over DIR/*.txt, print the figures; exit 1 below MIN.
score() {
    local label=$1 cases=$2 min=$3 out="$tmp/$1" txt name rc
    mkdir -p "$out"
    for txt in "$cases"/*.txt; do
        name=$(basename "$txt" .txt)
        args=()
        [ -f "$cases/$name.date" ] && args=(--date "$(cat "$cases/$name.date")")
        "$BIN" check --format json "${args[@]}" "$txt" > "$out/$name.json" 2>"$out/$name.err"
        rc=$?
        [ $rc -le 1 ] || echo "bench/attrib: $name: exit $rc: $(head -c 300 "$out/$name.err")" >&2
    done
    python3 - "$cases" "$out" "$VERBOSE" "$min" "$label" <<'PY'
import json, os, sys, collections
cases, out, verbose, minf1, label = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4], sys.argv[5]
def norm(kind, src):
    s = src.replace("\u2019", "'").strip().lower()
    if s.startswith("the "):
        s = s[4:]
    return (kind, s)
tp = fp = fn = 0
for f in sorted(os.listdir(cases)):
    if not f.endswith(".txt"):
        continue
    name = f[:-4]
    exp = collections.Counter()
    with open(os.path.join(cases, name + ".expected"), encoding="utf-8") as h:
        for line in h:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                k, s = line.split("\t", 1)
                exp[norm(k, s)] += 1
    got = collections.Counter()
    try:
        with open(os.path.join(out, name + ".json"), encoding="utf-8") as h:
            for c in json.load(h)["citations"]:
                got[norm(c["kind"], c["source"])] += 1
    except (OSError, ValueError, KeyError):
        pass
    t = sum((exp & got).values())
    tp += t; fp += sum(got.values()) - t; fn += sum(exp.values()) - t
    if verbose:
        for k in sorted((got - exp).elements()):
            print("%s: extra   %s\t%s" % (name, k[0], k[1]))
        for k in sorted((exp - got).elements()):
            print("%s: missing %s\t%s" % (name, k[0], k[1]))
p = tp / (tp + fp) if tp + fp else 0.0
r = tp / (tp + fn) if tp + fn else 0.0
f1 = 2 * p * r / (p + r) if p + r else 0.0
print("%-8s citations: tp %d fp %d fn %d  precision %.3f recall %.3f F1 %.3f"
      % (label, tp, fp, fn, p, r, f1))
sys.exit(1 if minf1 and f1 < float(minf1) else 0)
PY
}

if [ -n "${CASES:-}" ]; then
    score "$(basename "$CASES")" "$CASES" "$MIN"
    exit $?
fi
score tuning tests/cases/attrib "$MIN"; rc=$?
[ -d tests/cases/heldout-attrib ] && { score heldout tests/cases/heldout-attrib ""; }
[ -d tests/cases/heldout2-attrib ] && { score heldout2 tests/cases/heldout2-attrib ""; }
[ -d tests/cases/heldout3-attrib ] && { score heldout3 tests/cases/heldout3-attrib ""; }
[ -d tests/cases/heldout4-attrib ] && { score heldout4 tests/cases/heldout4-attrib ""; }
[ -d tests/cases/heldout5-attrib ] && { score heldout5 tests/cases/heldout5-attrib ""; }
[ -d tests/cases/heldout6-attrib ] && { score heldout6 tests/cases/heldout6-attrib ""; }
[ -d tests/cases/heldout7-attrib ] && { score heldout7 tests/cases/heldout7-attrib ""; }
[ -d tests/cases/heldout8-attrib ] && { score heldout8 tests/cases/heldout8-attrib ""; }
[ -d tests/cases/heldout9-attrib ] && { score heldout9 tests/cases/heldout9-attrib ""; }
exit $rc
