#!/usr/bin/env python3
"""score.py - precision/recall/F1 per finding kind of `citecheck check` over
tests/cases/crosscheck/<name>.txt against <name>.expected (kind TAB type TAB
subject per line). Subjects compare without regard to case ("#saigon" and
"Saigon" name one place). A second, looser figure follows: after the exact
matches, a left-over finding pairs with a left-over label of the same kind when
both are dates (the event a date is named after is a free choice of words), or
when the subjects are equal and one calls it a place, the other an entity (a
village missing from the gazetteer is still found by its name).
Usage: score.py CITECHECK CASE_DIR [--list]"""
import json, os, subprocess, sys

def findings(exe, path):
    out = subprocess.run([exe, "check", "--format", "json", path], capture_output=True,
                         text=True, timeout=30)
    if out.returncode not in (0, 1):
        raise SystemExit("%s: exit %d: %s" % (path, out.returncode, out.stderr.strip()))
    rep = json.loads(out.stdout)
    return {(f["kind"], f["type"], (f["subject"] or "").casefold()) for f in rep["findings"]}

def expected(path):
    got = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                k, t, s = line.split("\t")
                got.add((k, t, s.casefold()))
    return got

def loose_pairs(extra, missing):
    """How many left-over findings pair one-to-one with left-over labels loosely."""
    n = 0
    for k, t, subj in extra:
        for i, (k2, t2, s2) in enumerate(missing):
            if k != k2:
                continue
            if (t == t2 == "date") or (subj == s2 and {t, t2} == {"place", "entity"}):
                del missing[i]
                n += 1
                break
    return n

def main():
    exe, folder = sys.argv[1], sys.argv[2]
    verbose = "--list" in sys.argv
    kinds = ["consistent", "conflict", "post_only", "body_only"]
    tp = dict.fromkeys(kinds, 0); fp = dict.fromkeys(kinds, 0); fn = dict.fromkeys(kinds, 0)
    cases = sorted(n[:-4] for n in os.listdir(folder) if n.endswith(".txt"))
    exact = 0
    loose = 0
    for name in cases:
        got = findings(exe, os.path.join(folder, name + ".txt"))
        want = expected(os.path.join(folder, name + ".expected"))
        exact += got == want
        for f in got | want:
            k = f[0]
            if f in got and f in want: tp[k] += 1
            elif f in got: fp[k] += 1
            else: fn[k] += 1
            if verbose and not (f in got and f in want):
                print("%-22s %s %s" % (name, "extra  " if f in got else "missing", "\t".join(f)))
        loose += loose_pairs(sorted(got - want), sorted(want - got))
    print("cases: %d, exactly right: %d" % (len(cases), exact))
    allp = allt = 0
    for k in kinds:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 1.0
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print("%-10s precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)" % (k, p, r, f1, tp[k], fp[k], fn[k]))
    T = sum(tp.values()); P = T + sum(fp.values()); R = T + sum(fn.values())
    p = T / P if P else 1.0; r = T / R if R else 1.0
    print("all        precision %.3f recall %.3f F1 %.3f" % (p, r, 2 * p * r / (p + r) if p + r else 0))
    lp = (T + loose) / P if P else 1.0; lr = (T + loose) / R if R else 1.0
    print("loosely    precision %.3f recall %.3f F1 %.3f (dates by kind, place = entity: %d more pairs)"
          % (lp, lr, 2 * lp * lr / (lp + lr) if lp + lr else 0, loose))
    print("false conflicts: %d, conflict recall %.3f" % (fp["conflict"], tp["conflict"] / (tp["conflict"] + fn["conflict"]) if tp["conflict"] + fn["conflict"] else 1.0))

main()
