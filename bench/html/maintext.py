#!/usr/bin/env python3
"""maintext.py CITECHECK LIST - how far citecheck's main text of HTML pages agrees
with Mozilla Readability's (the reader view of Firefox), word by word.

For each page named in LIST, `citecheck check --format plain` gives the text the
analysis reads; bench/html/maintext.js gives Readability's textContent. Both are
cut into lower-case words; precision is the share of citecheck's words that
Readability also kept (a low figure: navigation or boilerplate kept), recall the
share of Readability's words citecheck kept (a low figure: prose lost). The
words are compared as multisets, so order does not count. Readability drops the
text of embedded posts, which citecheck keeps on purpose: the words of the
embeds citecheck reports (their text, author and handle) are left out of both
sides, so that prose is compared with prose, and Readability's title and byline
are added to its side. Prints the
pages below 0.8 on either side, then the means. Readability is a peer, not
ground truth."""
import collections
import json
import re
import subprocess
import sys

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return collections.Counter(w.lower() for w in WORD.findall(text))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cli, listing = sys.argv[1], sys.argv[2]
    here = sys.path[0]
    out = subprocess.run(["node", here + "/maintext.js", listing], capture_output=True,
                         text=True, check=True).stdout
    peer = {o["path"]: o["text"] for o in map(json.loads, out.splitlines())}
    ps, rs, low = [], [], []
    for path, theirs in peer.items():
        ours = subprocess.run([cli, "check", "-q", "--format", "plain", path],
                              capture_output=True, text=True).stdout
        report = json.loads(subprocess.run([cli, "check", "-q", "--format", "json",
                                            "--fail-on", "never", path],
                                           capture_output=True, text=True).stdout)
        a, b = words(ours), words(theirs)
        for e in report.get("embeds", []):
            post = words(" ".join(str(e.get(k) or "") for k in ("text", "author", "handle")))
            a, b = a - post, b - post
        common = sum((a & b).values())
        p = common / sum(a.values()) if a else 1.0
        r = common / sum(b.values()) if b else 1.0
        ps.append(p)
        rs.append(r)
        if p < 0.8 or r < 0.8:
            low.append((path, p, r))
    for path, p, r in sorted(low):
        print(f"  {path}: precision {p:.3f} recall {r:.3f}")
    n = len(ps)
    if not n:
        sys.exit("no pages")
    mp, mr = sum(ps) / n, sum(rs) / n
    f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0
    print(f"pages={n} precision={mp:.3f} recall={mr:.3f} f1={f1:.3f}")


if __name__ == "__main__":
    main()
