#!/usr/bin/env python3
"""gen_corpus.py - deterministic benchmark corpora for bench/run.sh.

    python3 bench/gen_corpus.py OUTDIR [--articles N]

Writes, from a fixed seed and without any network access:
  OUTDIR/corpus.txt       >= 20 MiB of article-like English text: news prose with
                          attributions ("said", "according to", "reports the ..."),
                          numbers, hashtags, mentions, URLs, cashtags, and social posts
                          pasted in copied-text form (post text, pic.twitter.com link,
                          then "- Name (@handle) Month D, YYYY" with an em dash)
  OUTDIR/html/pNNNNN.html the first articles of corpus.txt, each wrapped in a realistic
                          news page (head scripts, JSON-LD, nav, aside, footer, and
                          blockquote.twitter-tweet embeds), >= 20 MiB in all
  OUTDIR/html.list        the page paths, one a line
  OUTDIR/articles/dNN/    N small articles (default 10,000), 1,000 per folder, about
                          seven in ten as .txt and the rest as .html

Every article is drawn from its own generator seeded by (SEED, kind, index), so the
first 10,000 small articles are the same whether 10,000 or 50,000 are asked for, and
reruns produce identical bytes. The text is synthetic: names, outlets and handles are
assembled from word lists here, never copied from real articles.
"""

import os
import random
import sys

SEED = 20230717
TEXT_BYTES = 20 * 1024 * 1024
HTML_BYTES = 20 * 1024 * 1024
VERSION = "4"  # bump when the output changes, so cached corpora are rebuilt

FIRST = ("Anna Boris Chen Daria Elena Farid Grace Hassan Ivan Julia Kenji Laila Marco "
         "Nadia Omar Priya Quentin Rosa Samir Tomas Uma Viktor Wei Yara Zoltan Amir "
         "Beatriz Claire Dmitri Emeka Fatima Gustavo Hana Ines Jamal Katarzyna Li "
         "Mateo Nikolai Olga Pablo Rania Sofia Tariq Valentina Yusuf").split()
LAST = ("Abbott Baranov Castillo Dubois Eriksen Fischer Gonzalez Haddad Ivanova "
        "Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quinn Rossi Schmidt "
        "Tanaka Usman Varga Wang Xu Yilmaz Zhang Shangfu Brennan Costa Delgado Farouk "
        "Hoffmann Kaur Larsen Mendes Novak Ortiz Popescu Reyes Silva Torres Weber").split()
PLACES = ("Beijing Moscow Kyiv Washington Brussels Tokyo Seoul Taipei Ankara Tehran "
          "Cairo Nairobi Lagos Delhi Islamabad Kabul Tashkent Manila Jakarta Hanoi "
          "Canberra Ottawa Brasilia Lima Bogota Caracas Havana Madrid Paris Berlin "
          "Warsaw Vilnius Riga Tallinn Helsinki Oslo Stockholm Athens Rome Vienna "
          "Qingdao Vladivostok Odesa Kharkiv Gaza Beirut Damascus Baghdad Riyadh Doha").split()
COUNTRIES = ("China Russia Ukraine Japan India Pakistan Turkey Iran Egypt Kenya Nigeria "
             "Brazil Mexico Canada France Germany Poland Italy Spain Greece Sweden "
             "Norway Finland Estonia Latvia Lithuania Israel Lebanon Syria Iraq Qatar "
             "Vietnam Indonesia Philippines Australia Argentina Chile Colombia").split()
SEAS = ["the Sea of Japan", "the South China Sea", "the Black Sea", "the Baltic Sea",
        "the East China Sea", "the Red Sea", "the Mediterranean", "the Arctic"]
OUTLETS = ["the Moscow Times", "Reuters", "the Associated Press", "Agence France-Presse",
           "the BBC", "Al Jazeera", "the New York Times", "the Washington Post",
           "the Guardian", "Bloomberg", "the Financial Times", "Kyodo News",
           "the South China Morning Post", "Xinhua", "Der Spiegel", "Le Monde",
           "the Kyiv Independent", "NHK", "Yonhap", "the Times of India"]
MINISTRIES = ["Ministry of Defense", "Foreign Ministry", "Ministry of Health",
              "Interior Ministry", "Ministry of Finance", "Ministry of Energy",
              "Coast Guard", "Navy", "Army General Staff", "Emergency Service"]
ORGS = ["the United Nations", "NATO", "the World Health Organization",
        "the International Monetary Fund", "the World Bank", "the Red Cross",
        "Amnesty International", "Human Rights Watch", "the European Commission",
        "the African Union", "Greenpeace", "the Electoral Commission"]
ROLES = ["the defense minister", "a government spokesperson", "the foreign minister",
         "a senior military official", "the mayor", "an economist at the central bank",
         "a professor of international relations", "the company's chief executive",
         "a police spokesperson", "the health minister", "an opposition lawmaker"]
SUBJECTS = ["warships", "helicopters", "fighter jets", "troops", "protesters", "flights",
            "vaccines", "refugees", "homes", "schools", "drones", "missiles", "tanks",
            "ships", "workers", "patients", "votes", "barrels of oil", "tonnes of grain",
            "containers", "passengers", "casualties", "arrests", "wildfires"]
VERBS_PAST = ["arrived in", "departed from", "were deployed to", "were reported in",
              "were spotted near", "returned to", "were sent to", "were counted in"]
SAY = ["said", "told reporters", "said in a statement", "wrote on social media",
       "said on state television", "confirmed", "warned", "added", "noted"]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = ("January February March April May June July August September October "
          "November December").split()
TOPICS = ["military", "partnership", "drills", "security", "economy", "elections",
          "climate", "energy", "health", "trade", "diplomacy", "breaking", "news",
          "ukraine", "china", "russia", "navy", "defense", "protest", "inflation"]
TAGWORDS = ["sea", "of", "japan", "air", "and", "joint", "naval", "drill", "exercise",
            "peace", "talks", "summit", "border", "crisis", "relief", "aid", "storm",
            "flood", "vote", "count", "market", "rally", "strike", "fire", "quake",
            "helicopters", "departed", "warships", "arrived", "stand", "with", "free",
            "press", "world", "cup", "climate", "action", "now", "day", "one"]
TICKERS = ["AAPL", "TSLA", "MSFT", "GOOG", "AMZN", "NVDA", "BABA", "TWTR", "META", "XOM",
           "BP", "SHEL", "TSM", "SONY", "NFLX"]
TLDS = ["com", "org", "net", "gov", "co.uk", "de", "fr", "ru", "cn", "jp", "in", "io",
        "news", "info", "eu"]
ADJ = ["joint", "annual", "large-scale", "emergency", "unprecedented", "routine",
       "controversial", "long-awaited", "bilateral", "regional", "naval", "economic"]
NOUNS = ["exercise", "agreement", "summit", "investigation", "operation", "report",
         "inquiry", "deal", "programme", "election", "ceasefire", "budget"]
FILLER = ["Analysts said the move could raise tensions in the region.",
          "Officials did not provide further details on the timing.",
          "The announcement came days after a similar statement from the other side.",
          "It was not immediately clear how long the operation would last.",
          "Residents described long queues at petrol stations and supermarkets.",
          "The decision is expected to be reviewed again next month.",
          "Critics have questioned the cost of the programme.",
          "Both sides have denied wrongdoing.",
          "Markets reacted calmly to the news.",
          "The figures could not be independently verified."]
NUMWORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "a dozen", "dozens of", "hundreds of", "several"]


def cap(s):
    return s[:1].upper() + s[1:]


class Gen:
    """Sentences, posts and pages drawn from one seeded random generator."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def name(self):
        return self.pick(FIRST) + " " + self.pick(LAST)

    def handle(self):
        base = self.pick(FIRST) + self.pick(["", "_", ""]) + self.pick(LAST)
        if self.r.random() < 0.4:
            base += str(self.r.randrange(1, 999))
        return base[:15]

    def number(self):
        x = self.r.random()
        if x < 0.35:
            return self.pick(NUMWORDS)
        if x < 0.7:
            return str(self.r.randrange(2, 99))
        if x < 0.85:
            return "{:,}".format(self.r.randrange(100, 2000000))
        return "{}.{} million".format(self.r.randrange(1, 90), self.r.randrange(0, 9))

    def date(self):
        return "{} {}, {}".format(self.pick(MONTHS), self.r.randrange(1, 29),
                                  self.r.randrange(2015, 2025))

    def url(self):
        host = self.pick(["www.", "", "news.", "m."]) + \
            self.pick(LAST).lower() + self.pick(["", "-news", "daily", "post"]) + \
            "." + self.pick(TLDS)
        path = "/".join(self.pick(TOPICS) for _ in range(self.r.randrange(0, 3)))
        tail = "/" + path if path else ""
        if self.r.random() < 0.3:
            tail += "/{}-{}".format(self.pick(ADJ), self.r.randrange(1000, 99999))
        if self.r.random() < 0.1:
            tail += "?id={}&ref=home".format(self.r.randrange(1, 10 ** 6))
        scheme = self.pick(["https://", "https://", "http://", ""])
        return scheme + host + tail

    def hashtag(self):
        x = self.r.random()
        if x < 0.4:
            return "#" + self.pick(TOPICS).capitalize()
        if x < 0.6:
            return "#" + self.pick(COUNTRIES + PLACES)
        n = self.r.randrange(2, 4)
        words = [self.pick(TAGWORDS) for _ in range(n)]
        if self.r.random() < 0.5:
            words = [w.capitalize() for w in words]
        return "#" + "".join(words)

    def attribution_sentence(self):
        r = self.r.random()
        place = self.pick(PLACES)
        subj = self.pick(SUBJECTS)
        num = self.number()
        day = self.pick(WEEKDAYS)
        if r < 0.15:
            return "{} {} {} {}, {} {} on {}.".format(
                num.capitalize(), subj, self.pick(VERBS_PAST), place,
                self.pick(["officials", "police", "the military", "the ministry"]),
                self.pick(SAY), day)
        if r < 0.3:
            return "According to {}'s {}, the {} {} will begin in {} and involve {} {}.".format(
                self.pick(COUNTRIES), self.pick(MINISTRIES),
                self.pick(ADJ), self.pick(NOUNS), self.pick(SEAS), num, subj)
        if r < 0.42:
            return "{} {} have been {} since {}, reports {}.".format(
                num.capitalize(), subj, self.pick(["counted", "reported", "confirmed"]),
                self.pick(MONTHS), self.pick(OUTLETS))
        if r < 0.55:
            return "\u201c{} {},\u201d {}, {}, {}.".format(
                self.pick(["We will not accept", "We are ready to discuss",
                           "There is no evidence of", "This is a clear case of"]),
                "the " + self.pick(ADJ) + " " + self.pick(NOUNS),
                self.name(), self.pick(ROLES), self.pick(SAY))
        if r < 0.65:
            return "{} {} that {} {} had been {} in {}, citing {}.".format(
                cap(self.pick(OUTLETS)), self.pick(["reported", "said", "wrote"]),
                num, subj, self.pick(["lost", "damaged", "seized", "found"]), place,
                self.pick(["sources", "unnamed officials", "a leaked document",
                           "people familiar with the matter"]))
        if r < 0.73:
            return "Shares of {} {} {} {}% on {} after the {} {} ${} billion.".format(
                self.pick(LAST) + " " + self.pick(["Corp", "Inc", "Group", "Holdings"]),
                self.pick(["($"+self.pick(TICKERS)+")", "(NASDAQ: " + self.pick(TICKERS)
                           + ")", ", traded as $" + self.pick(TICKERS) + ","]), self.pick(["rose", "fell", "jumped", "slid"]),
                self.r.randrange(1, 30), day, self.pick(["company", "group"]),
                self.pick(["reported revenue of", "announced a buyback of"]),
                self.r.randrange(1, 90))
        if r < 0.8:
            return "{} said in a report published on {} that the {} had cost {} {}.".format(
                cap(self.pick(ORGS)), day, self.pick(NOUNS), self.number(),
                self.pick(["million dollars", "lives", "jobs", "homes"]))
        if r < 0.87:
            return "More information is available at {} and from @{} on X.".format(
                self.url(), self.handle())
        if r < 0.93:
            return "The {} {} was announced on {} {}, {}, {}, said.".format(
                self.pick(ADJ), self.pick(NOUNS), self.pick(MONTHS),
                self.r.randrange(1, 29), self.name(), self.pick(ROLES))
        return self.pick(FILLER)

    def paragraph(self):
        sents = [self.attribution_sentence() for _ in range(self.r.randrange(2, 6))]
        if self.r.random() < 0.15:
            sents.append("Supporters shared the news under {} and {}.".format(
                self.hashtag(), self.hashtag()))
        return " ".join(sents)

    def post(self):
        """A social post as it looks when copied from a page: (text, name, handle, date)."""
        words = []
        for _ in range(self.r.randrange(6, 18)):
            x = self.r.random()
            if x < 0.18:
                words.append(self.hashtag())
            elif x < 0.23:
                words.append("@" + self.handle())
            elif x < 0.3:
                words.append(self.number())
            else:
                words.append(self.pick(SUBJECTS + COUNTRIES + PLACES + TOPICS + NOUNS))
        text = " ".join(words)
        if self.r.random() < 0.7:
            text += " pic.twitter.com/" + "".join(
                self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(10))
        elif self.r.random() < 0.5:
            text += " https://t.co/" + "".join(
                self.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
        name = self.name()
        if self.r.random() < 0.3:
            name += " | " + self.pick(["News", "Central Asia & Afghanistan", "Official",
                                       "Updates", "Breaking"])
        return text, name, self.handle(), self.date()

    def article(self, min_paras=4, max_paras=10):
        """An article: headline, paragraphs (one per line) and embedded posts."""
        head = "{} {} {} {}".format(self.pick(COUNTRIES), self.pick(
            ["and", "warns", "rejects", "backs"]), self.pick(COUNTRIES),
            self.pick(["drills", "talks", "deal", "sanctions", "report"]))
        place = self.pick(PLACES).upper()
        paras = []
        for i in range(self.r.randrange(min_paras, max_paras)):
            p = self.paragraph()
            if i == 0:
                p = "{}, {} \u2014 {}".format(place, self.pick(COUNTRIES).upper(), p)
            paras.append(("p", p))
            if self.r.random() < 0.2:
                paras.append(("post", self.post()))
        return {"headline": head, "paras": paras, "date": self.date(),
                "author": self.name(), "outlet": self.pick(OUTLETS)}


def article_text(a):
    lines = []
    for kind, p in a["paras"]:
        if kind == "p":
            lines.append(p)
        else:
            text, name, handle, date = p
            lines.append(text)
            lines.append("\u2014 {} (@{}) {}".format(name, handle, date))
    lines.append("Copyright \u00a9 2023 {}.".format(a["outlet"].replace("the ", "The ", 1)))
    return "\n".join(lines) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def post_html(text, name, handle, date, status):
    out = []
    for w in text.split(" "):
        if w.startswith("#"):
            out.append('<a href="https://twitter.com/hashtag/{}?src=hash&amp;ref_src=twsrc'
                       '%5Etfw">{}</a>'.format(w[1:], esc(w)))
        elif w.startswith("@"):
            out.append('<a href="https://twitter.com/{}?ref_src=twsrc%5Etfw">{}</a>'.format(
                w[1:], esc(w)))
        elif w.startswith("pic.twitter.com/") or w.startswith("https://t.co/"):
            out.append('<a href="https://t.co/{}">{}</a>'.format(w[-10:], esc(w)))
        else:
            out.append(esc(w))
    return ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">{}'
            '</p>&mdash; {} (@{}) <a href="https://twitter.com/{}/status/{}?ref_src=twsrc'
            '%5Etfw">{}</a></blockquote>\n<script async src="https://platform.twitter.com/'
            'widgets.js" charset="utf-8"></script>').format(
                " ".join(out), esc(name), handle, handle, status, date)


SCRIPT = ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
          "gtag('js',new Date());gtag('config','G-BENCH0000',{anonymize_ip:true});"
          "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
          "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),"
          "dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.example.com/gtm.js"
          "?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script',"
          "'dataLayer','GTM-BENCH');if(a<b&&c>d){console.log('</p><p>not markup');}\n")
SECTIONS = ["World", "Politics", "Business", "Tech", "Science", "Health", "Sport",
            "Culture", "Opinion", "Video", "Asia", "Europe", "Americas", "Africa",
            "Middle East", "Climate", "Markets", "Travel", "Style", "Podcasts"]


def page_html(a, g, idx):
    site = a["outlet"].replace("the ", "The ", 1)
    nav = "".join('<li class="nav-item"><a class="nav-link" href="/{}">{}</a></li>'.format(
        s.lower().replace(" ", "-"), s) for s in SECTIONS)
    body = []
    for kind, p in a["paras"]:
        if kind == "p":
            body.append("<p>{}</p>".format(esc(p)))
        else:
            body.append(post_html(*p, status=1680000000000000000 + idx * 7919 +
                                  g.r.randrange(0, 7000)))
    related = "".join('<li><a href="/{}/{}-{}">{} {} {}</a></li>'.format(
        g.pick(SECTIONS).lower(), g.pick(NOUNS), g.r.randrange(10 ** 5, 10 ** 6),
        g.pick(COUNTRIES), g.pick(["signs", "rejects", "debates"]), g.pick(NOUNS))
        for _ in range(12))
    foot = "".join('<a href="/{}">{}</a> &middot; '.format(s.lower(), s) for s in SECTIONS)
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h} | {site}</title>
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{d}">
<link rel="stylesheet" href="/static/css/main.{idx}.css">
<style>body{{font-family:Georgia,serif;margin:0}}.nav-item{{display:inline-block}}</style>
<script>{js}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{h}","datePublished":"{d}","author":{{"@type":"Person","name":"{au}"}},
"publisher":{{"@type":"Organization","name":"{site}"}}}}</script>
</head>
<body class="article-page">
<div class="cookie-banner" role="dialog">We use cookies to improve your experience.
<button>Accept</button> <button>Manage</button></div>
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav aria-label="Main"><ul class="nav">{nav}</ul></nav>
<form action="/search"><input type="search" name="q" placeholder="Search"></form></header>
<main id="content">
<article class="story">
<h1 class="headline">{h}</h1>
<div class="byline">By <a href="/authors/{aul}">{au}</a> &middot;
<time datetime="{d}">{d}</time></div>
<figure><img src="/img/{idx}.jpg" alt="Ships at sea" width="800" height="450">
<figcaption>File photo. Credit: {site}</figcaption></figure>
<div class="story-body">
{body}
</div>
<div class="share"><a href="https://twitter.com/intent/tweet?url=/a/{idx}">Share</a>
<a href="https://www.facebook.com/sharer.php?u=/a/{idx}">Share</a></div>
</article>
<aside class="related"><h2>Related</h2><ul>{related}</ul></aside>
<div class="ad-slot" data-slot="mid-{idx}"></div>
</main>
<footer class="site-footer"><nav>{foot}</nav>
<p>Copyright &copy; 2023 {site}. All rights reserved.</p></footer>
<script src="/static/js/app.{idx}.js" defer></script>
<script>{js}</script>
</body>
</html>
""".format(h=esc(a["headline"]), site=esc(site), d=iso_date(a["date"]), idx=idx, js=SCRIPT,
           nav=nav, au=esc(a["author"]), aul=a["author"].lower().replace(" ", "-"),
           body="\n".join(body), related=related, foot=foot)


def iso_date(d):
    mon, day, year = d.replace(",", "").split()
    return "{}-{:02d}-{:02d}".format(year, MONTHS.index(mon) + 1, int(day))


def write(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


def gen_big(out):
    texts, pages, size, hsize, i = [], [], 0, 0, 0
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    while size < TEXT_BYTES or hsize < HTML_BYTES:
        g = Gen((SEED, "big", i).__repr__())
        a = g.article()
        if size < TEXT_BYTES:
            t = article_text(a)
            texts.append(t)
            size += len(t.encode("utf-8")) + 1
        if hsize < HTML_BYTES:
            h = page_html(a, g, i)
            p = os.path.join(out, "html", "p{:05d}.html".format(i))
            write(p, h)
            pages.append(p)
            hsize += len(h.encode("utf-8"))
        i += 1
    write(os.path.join(out, "corpus.txt"), "\n".join(texts))
    write(os.path.join(out, "html.list"), "\n".join(pages) + "\n")


def gen_articles(out, n):
    for i in range(n):
        d = os.path.join(out, "articles", "d{:02d}".format(i // 1000))
        if i % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        g = Gen((SEED, "small", i).__repr__())
        a = g.article(2, 6)
        if g.r.random() < 0.7:
            write(os.path.join(d, "a{:05d}.txt".format(i)), article_text(a))
        else:
            write(os.path.join(d, "a{:05d}.html".format(i)), page_html(a, g, i))


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: gen_corpus.py OUTDIR [--articles N]\n")
        return 2
    out = argv[1]
    n = int(argv[3]) if len(argv) > 3 and argv[2] == "--articles" else 10000
    os.makedirs(out, exist_ok=True)
    stamp = os.path.join(out, "STAMP")
    have = open(stamp).read().split() if os.path.exists(stamp) else []
    if have[:1] != [VERSION]:
        gen_big(out)
        have = [VERSION, "0"]
        write(stamp, " ".join(have) + "\n")
    if int(have[1]) < n:
        gen_articles(out, n)
        write(stamp, "{} {}\n".format(VERSION, n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
