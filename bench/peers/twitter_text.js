// twitter_text.js - the twitter-text 3.1 peer for bench/run.sh: extracts hashtags,
// mentions (and lists), URLs and cashtags from one file with
// extractEntitiesWithIndices (the same overlap rules as citecheck's `entities`),
// REPS times, and prints the best time and the counts per kind as JSON.
//     node twitter_text.js FILE [REPS]
'use strict';
const fs = require('fs');
const twttr = require('twitter-text');

const file = process.argv[2];
const reps = Number(process.argv[3] || 3);
const text = fs.readFileSync(file, 'utf8');
const bytes = fs.statSync(file).size;

let best = Infinity;
let counts = null;
for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    const ents = twttr.extractEntitiesWithIndices(text);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    best = Math.min(best, secs);
    counts = { hashtags: 0, mentions: 0, urls: 0, cashtags: 0 };
    for (const e of ents) {
        if (e.hashtag !== undefined) counts.hashtags++;
        else if (e.screenName !== undefined) counts.mentions++;
        else if (e.url !== undefined) counts.urls++;
        else if (e.cashtag !== undefined) counts.cashtags++;
    }
}
process.stdout.write(JSON.stringify({ bytes, seconds: best, counts }) + '\n');
