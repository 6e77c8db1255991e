#!/usr/bin/env bash
# Validates the `check --format json` report of every sample (and of a few
# odd inputs) against docs/report-schema.json with a small validator of the
# keywords the schema uses (type, const, enum, required, properties, items,
# $ref, oneOf), and checks that every span points inside the input.
set -u
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
exec python3 - "$BUILD" <<'PY'
import json, os, subprocess, sys, tempfile
build = sys.argv[1]
tool = os.path.join(build, "citecheck")
schema = json.load(open("docs/report-schema.json"))
TYPES = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
         "null": type(None), "boolean": bool}
def check(v, s, path, errs):
    if "$ref" in s:
        s = schema["$defs"][s["$ref"].split("/")[-1]]
    if "const" in s and v != s["const"]:
        errs.append(f"{path}: {v!r} != {s['const']!r}")
    if "enum" in s and v not in s["enum"]:
        errs.append(f"{path}: {v!r} not in {s['enum']}")
    if "oneOf" in s:
        if sum(1 for alt in s["oneOf"] if not (lambda e: (check(v, alt, path, e), e)[1])([])) != 1:
            errs.append(f"{path}: matches not exactly one of oneOf")
    if "type" in s:
        ts = s["type"] if isinstance(s["type"], list) else [s["type"]]
        ok = any(isinstance(v, TYPES[t]) and not (t in ("integer", "number") and isinstance(v, bool)) for t in ts)
        if not ok:
            errs.append(f"{path}: {type(v).__name__} is not {ts}")
            return
    if isinstance(v, dict):
        for k in s.get("required", []):
            if k not in v:
                errs.append(f"{path}: missing key {k}")
        for k, sub in s.get("properties", {}).items():
            if k in v:
                check(v[k], sub, f"{path}.{k}", errs)
    if isinstance(v, list) and "items" in s:
        for i, it in enumerate(v):
            check(it, s["items"], f"{path}[{i}]", errs)
def spans(v, n, path, errs):
    if isinstance(v, dict):
        if set(v) == {"start", "end", "line"}:
            if not (0 <= v["start"] <= v["end"] <= n and v["line"] >= 1):
                errs.append(f"{path}: span {v} outside input of {n} bytes")
        for k, x in v.items():
            spans(x, n, f"{path}.{k}", errs)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            spans(x, n, f"{path}[{i}]", errs)
inputs = []
for case in sorted(os.listdir("samples")):
    d = os.path.join("samples", case)
    for name in ("input.txt", "input.html"):
        if os.path.isfile(os.path.join(d, name)):
            inputs.append(os.path.join(d, name))
inputs += [os.path.join("samples", f) for f in sorted(os.listdir("samples")) if f.endswith(".txt")]
tmp = tempfile.mkdtemp()
odd = {"empty.txt": b"", "spaces.txt": b"   \n\t\n", "bad-utf8.txt": b"a\xff\xfe #tag \xc0\xaf @user\n",
       "nul.txt": b"x\x00y #z", "trunc.html": b"<html><body><blockquote class=\"twitter-tweet\"><p>hi",
       "crlf.txt": b"one #a\r\ntwo @b\rthree https://example.com\n"}
for name, data in odd.items():
    p = os.path.join(tmp, name)
    open(p, "wb").write(data)
    inputs.append(p)
passed = failed = 0
for p in inputs:
    r = subprocess.run([tool, "check", "--format", "json", "-q", p], capture_output=True)
    errs = []
    if r.returncode not in (0, 1):
        errs.append(f"exit {r.returncode}: {r.stderr.decode(errors='replace').strip()}")
    else:
        try:
            rep = json.loads(r.stdout)
            check(rep, schema, "$", errs)
            spans(rep, os.path.getsize(p), "$", errs)
        except ValueError as e:
            errs.append(f"invalid JSON: {e}")
    if errs:
        failed += 1
        print(f"FAIL {p}")
        for e in errs[:10]:
            print("   ", e)
    else:
        passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
