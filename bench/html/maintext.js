// maintext.js - the main text Mozilla Readability extracts from each HTML page
// named in LIST (one path a line), with its title and byline, as one JSON object
// a line: {"path", "text"}.
// For bench/html/maintext.py, which compares it with citecheck's main text.
//     node maintext.js LIST
'use strict';
const fs = require('fs');
const path = require('path');
const peers = path.join(__dirname, '..', 'peers', 'node_modules');
const { JSDOM, VirtualConsole } = require(path.join(peers, 'jsdom'));
const { Readability } = require(path.join(peers, '@mozilla', 'readability'));

const quiet = new VirtualConsole(); // page scripts are not run; keep jsdom silent
for (const p of fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
    const dom = new JSDOM(fs.readFileSync(p, 'utf8'), { url: 'https://example.com/a', virtualConsole: quiet });
    const art = new Readability(dom.window.document).parse();
    const text = art ? [art.title, art.byline, art.textContent].filter(Boolean).join('\n') : '';
    process.stdout.write(JSON.stringify({ path: p, text }) + '\n');
    dom.window.close();
}
