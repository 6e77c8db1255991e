#!/usr/bin/env python3
"""score.py - embed detection scores of `citecheck check` over a case folder.

Each case is NAME.txt or NAME.html with NAME.expected: one embed per line in
document order, TAB-separated: platform, handle, date, url, first words of the
post text ("-" where the page shows none); '#' lines are comments.

An expected embed is found when the report has an embed of the same platform
with the same handle (case-insensitively; Mastodon keeps its instance), the
same address, or text that starts with the same words. Detection
precision/recall/F1 count found, missed and extra embeds; the fields (handle,
date, url, text) are then scored on the found ones: a field is right when both
sides agree, "-" standing for null.

Usage: score.py CITECHECK CASE_DIR [--list]"""
import json, os, re, subprocess, sys

FIELDS = ("handle", "date", "url", "text")


def words(s, n=5):
    """The first n words, lower-case, without punctuation around them."""
    out = []
    for w in (s or "").split():
        w = re.sub(r"^\W+|\W+$", "", w.lower())
        if w:
            out.append(w)
        if len(out) == n:
            break
    return out


def norm_url(u):
    """A post's address without scheme, tracking query or trailing slash; an
    X status or a YouTube video by its id, whichever form the page used."""
    if not u or u == "-":
        return None
    u = u.strip()
    m = re.search(r"(?:twitter|x)\.com/(?:[^/]+|i/web)/status(?:es)?/(\d+)", u)
    if m:
        return "x:" + m.group(1)
    m = re.search(r"(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/|live/)"
                  r"|youtu\.be/)([\w-]{6,})", u)
    if m:
        return "youtube:" + m.group(1)
    u = re.sub(r"^https?://(www\.|mobile\.|m\.)?", "", u)
    u = u.split("?")[0].split("#")[0].rstrip("/")
    return u.lower()


def report(exe, path):
    out = subprocess.run([exe, "check", "--format", "json", "--fail-on", "never", path],
                         capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise SystemExit("%s: exit %d: %s" % (path, out.returncode, out.stderr.strip()))
    return json.loads(out.stdout)["embeds"]


def expected(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != 5:
                raise SystemExit("%s:%d: want 5 TAB-separated cells, got %d" % (path, n, len(cells)))
            rows.append(dict(zip(("platform",) + FIELDS, (c.strip() for c in cells))))
    return rows


PAGE = [""]  # the input being scored


def rebuilt(u):
    """Is u an address made from an id the page shows (an amp-instagram
    shortcode, a Telegram data-telegram-post)? Labels give "-" for those."""
    m = re.search(r"([\w-]{4,})/?$", u.split("?v=")[-1].split("?")[0])
    return bool(m) and m.group(1) in PAGE[0]


def same(field, want, got):
    w = None if want[field] == "-" else want[field]
    g = got.get(field)
    if field == "handle":
        return (w or "").lstrip("@").lower() == (g or "").lower()
    if field == "url":
        # The contract gives a copied tweet's pic.twitter.com link as its url.
        if w is None and g and ("pic.twitter.com/" in g or rebuilt(g)):
            return True
        return norm_url(w) == norm_url(g)
    if field == "text":
        return words(w) == words(g, len(words(w))) if w else not (g or "").strip()
    return w == g


def matches(want, got):
    """Same platform, and the same handle, address or opening words: one
    right field is enough to know which post it is, so that a wrong field
    counts against that field and not as a missed embed plus an extra one."""
    if want["platform"] != got["platform"]:
        return False
    known = [f for f in ("handle", "url", "text") if want[f] != "-"]
    return not known or any(same(f, want, got) for f in known)


def main():
    exe, folder = sys.argv[1], sys.argv[2]
    verbose = "--list" in sys.argv
    tp = fp = fn = 0
    right = dict.fromkeys(FIELDS, 0)
    cases = sorted(n for n in os.listdir(folder) if n.endswith((".txt", ".html")))
    exact = 0
    for name in cases:
        stem = name.rsplit(".", 1)[0]
        got = report(exe, os.path.join(folder, name))
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as fh:
            PAGE[0] = fh.read()
        want = expected(os.path.join(folder, stem + ".expected"))
        free = list(got)
        ok = True
        for w in want:
            hit = next((g for g in free if matches(w, g)), None)
            if hit is None:
                fn += 1
                ok = False
                if verbose:
                    print("%-28s missing %s" % (stem, "\t".join(w[k] for k in ("platform",) + FIELDS)))
                continue
            free.remove(hit)
            tp += 1
            for f in FIELDS:
                if same(f, w, hit):
                    right[f] += 1
                else:
                    ok = False
                    if verbose:
                        print("%-28s %-7s %s: want %r, got %r" % (stem, "field", f, w[f], hit.get(f)))
        for g in free:
            fp += 1
            ok = False
            if verbose:
                print("%-28s extra   %s\t%s\t%s" % (stem, g["platform"], g.get("handle"),
                                                    " ".join(words(g.get("text")))))
        exact += ok
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print("cases: %d, exactly right: %d" % (len(cases), exact))
    print("embeds     precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)" %
          (p, r, 2 * p * r / (p + r) if p + r else 0.0, tp, fp, fn))
    for f in FIELDS:
        print("%-10s right on %d of %d found embeds (%.3f)" % (f, right[f], tp, right[f] / tp if tp else 1.0))


main()
