// readability.js - the Mozilla Readability peer for bench/run.sh: for each HTML
// page named in LIST (one path a line, first N pages), builds a DOM with jsdom and
// extracts the main text with Readability, as a reader view would. The pages are
// read into memory first; prints the best of REPS timings and the text size as JSON.
//     node readability.js LIST [N] [REPS]
'use strict';
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const list = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const n = Math.min(Number(process.argv[3] || list.length), list.length);
const reps = Number(process.argv[4] || 1);
const pages = list.slice(0, n).map((p) => fs.readFileSync(p, 'utf8'));
const bytes = pages.reduce((s, p) => s + Buffer.byteLength(p), 0);
const quiet = new VirtualConsole(); // page scripts are not run; keep jsdom silent

let best = Infinity;
let chars = 0;
for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    chars = 0;
    for (const html of pages) {
        const dom = new JSDOM(html, { url: 'https://example.com/a', virtualConsole: quiet });
        const art = new Readability(dom.window.document).parse();
        if (art && art.textContent) chars += art.textContent.length;
        dom.window.close();
    }
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
process.stdout.write(JSON.stringify({ pages: n, bytes, seconds: best, text_chars: chars }) + '\n');
