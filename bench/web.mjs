#!/usr/bin/env node
// The audit pages at scale: builds a ledger of N synthetic articles (default 10,000; once, kept in
// output/bench/web) from a seeded generator (60 outlets, 600 people, quotes that recur across articles
// and are sometimes given to someone else), serves it with `claimledger serve`'s app on a real socket,
// and times each kind of page over HTTP: the first request (cold: opening the index, the audit's first
// pass) and then 20 more (median and the slowest). Target: every page under 200 ms on this machine.
// Usage: node bench/web.mjs [N]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../dist/run.js';
import { defaultConfig } from '../dist/config.js';
import { createApp } from '../dist/web/app.js';
import { openIndex } from '../dist/track/db.js';
import { serve } from '@hono/node-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.argv[2] ?? 10000);
const dir = path.join(root, 'output/bench/web');
process.env.CLAIMLEDGER_KEY_DIR ??= path.join(dir, 'keys');

// a seeded generator (mulberry32): the same corpus every time
let seed = 20261207;
const rnd = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const FIRST = ['Ana', 'Tomas', 'Grace', 'Omar', 'Lena', 'Paul', 'Ines', 'Karim', 'Maria', 'Jonas', 'Sofia', 'David', 'Amara', 'Felix', 'Nadia', 'Victor', 'Helen', 'Samuel', 'Rosa', 'Ivan'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Novak', 'Brennan', 'Castillo', 'Tanaka', 'Petrov', 'Adeyemi', 'Kowalski', 'Fischer', 'Duarte', 'Osei', 'Marsh', 'Varga', 'Quinn', 'Sato', 'Ruiz', 'Holm', 'Achebe', 'Berg', 'Costa', 'Dimitrov', 'Eriksen', 'Fontaine', 'Garcia', 'Hughes', 'Ito', 'Jensen'];
const ROLES = ['Mayor', 'Councillor', 'Senator', 'Minister', 'economist', 'union leader', 'spokesperson', 'professor', 'police chief', 'director'];
const TOPICS = ['ferry', 'housing', 'bridge', 'school', 'water', 'transit', 'harbour', 'hospital', 'library', 'power plant', 'park', 'stadium'];
const CITIES = ['Harlow', 'Brookfield', 'Eastmere', 'Kingsport', 'Lowell Bay', 'Norhaven', 'Port Ellis', 'Redwater', 'Stonebridge', 'Westfall'];
const OUTLETS = Array.from({ length: 60 }, (_, i) => `${pick(CITIES)} ${pick(['Herald', 'Courier', 'Gazette', 'Tribune', 'Post', 'Wire', 'Times', 'Record'])} ${i}`);
const PEOPLE = Array.from({ length: 600 }, () => [pick(FIRST), pick(LAST), pick(ROLES)]);
// quotes: three clauses from separate pools, so two random quotes share few words; 8% of quotes are
// one of 200 that recur across articles (by their own speaker, 10% given to someone else, 20% with a
// word changed: drift)
const VERBS = ['raise', 'cut', 'double', 'freeze', 'review', 'audit', 'sell', 'rebuild', 'close', 'expand', 'delay', 'fund', 'scrap', 'protect', 'move', 'split'];
const OBJECTS = ['the budget', 'the fares', 'the depot', 'the night service', 'the contract', 'the rents', 'the school run', 'the pension fund', 'the clinic', 'the toll', 'the grant', 'the old pier', 'the permits', 'the tram line', 'the reserve', 'the archive'];
const WHEN = ['this year', 'before the election', 'by March', 'until the audit is done', 'within weeks', 'next spring', 'after the summer', 'as soon as we can', 'in the long run', 'without delay'];
const TAILS = ['and nobody will pay more', 'because families asked us to', 'even if it costs us votes', 'whatever the opposition says', 'and the numbers back us', 'so the town keeps its promise', 'or the debt will grow', 'and I will answer for it', 'since the banks will not wait', 'because it is the law'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const WORDS = 'amber basalt cedar delta ember fjord granite harbor indigo juniper kelp lagoon marble nectar onyx pebble quartz rapids sierra tundra umber valley willow xenon yarrow zephyr acorn birch canyon dune estuary fern glacier heath islet jade knoll lichen meadow nettle orchard prairie quarry reed summit thicket upland vista wharf'.split(' ');
const fresh = () => `${pick(['We will', 'I promise we', 'The city must', 'Nobody here wants to', 'They want to'])} ${pick(VERBS)} ${pick(OBJECTS)} of ${pick(WORDS)} ${pick(WORDS)} ${pick(WHEN)}, ${pick(TAILS)}, ${pick(['said the', 'not', 'like', 'unlike'])} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
const RECURRING = Array.from({ length: 200 }, (_, i) => ({ text: fresh(), by: i * 3 }));
function quote() {
  if (rnd() >= 0.08) return { text: fresh() };
  const r = pick(RECURRING);
  const text = rnd() < 0.2 ? r.text.replace(/ (this year|by March|next spring|within weeks|without delay)/, ' soon') : r.text;
  return { text, by: rnd() < 0.1 ? undefined : r.by };
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function article(i) {
  const q1 = quote(), q2 = quote();
  const [f1, l1, r1] = q1.by !== undefined ? PEOPLE[q1.by] : pick(PEOPLE), [f2, l2, r2] = pick(PEOPLE);
  const topic = pick(TOPICS), city = pick(CITIES), outlet = pick(OUTLETS);
  const n = 2 + Math.floor(rnd() * 400), year = 2020 + Math.floor(rnd() * 7), month = 1 + Math.floor(rnd() * 12), day = 1 + Math.floor(rnd() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const w = () => pick(WORDS);
  // each paragraph from several templates with free words, so articles do not share long word runs
  const paras = [
    pick([
      () => `The ${city} council approved a ${n} million dollar plan for the ${topic} on ${pick(DAYS)}, after ${3 + (i % 9)} hours of ${w()} debate.`,
      () => `${city} will spend ${n} million dollars on its ${topic} over ${2 + (i % 6)} years, the ${w()} council decided late on ${pick(DAYS)}.`,
      () => `A ${w()} ${topic} scheme worth ${n} million dollars cleared its first vote in ${city} this week, ${i % 30} days after it was tabled.`,
    ])(),
    `“${q1.text},” said ${r1} ${f1} ${l1}, who has ${pick(['led', 'chaired', 'run', 'sat on'])} the ${topic} ${pick(['board', 'committee', 'panel'])} since ${year - 3}.`,
    pick([
      () => `${l1} said the ${topic} would cost ${n + 12} million dollars by ${year + 2} and that ${w()} ${pick(['residents', 'workers', 'traders'])} had been consulted.`,
      () => `${l1} told ${pick(['reporters', 'the meeting', 'a radio station'])} that ${w()} costs had risen ${4 + (i % 40)} percent since ${year - 1}.`,
      () => `According to ${l1}, the ${w()} ${topic} project is ${2 + (i % 11)} months behind.`,
    ])(),
    `“${q2.text},” ${rnd() < 0.5 ? 'she' : 'he'} added.`,
    pick([
      () => `${f2} ${l2}, a ${r2.toLowerCase()}, said the vote was ${pick(['rushed', 'overdue', 'a mistake', 'a relief'])} and ${w()}.`,
      () => `${r2} ${f2} ${l2} called the plan ${pick(['reckless', 'timid', 'sensible', 'vague'])}, citing ${w()} ${w()} figures.`,
      () => `${f2} ${l2} argued that ${w()} ${pick(['landlords', 'commuters', 'pensioners'])} would pay the price.`,
    ])(),
    `${pick(['The', 'A', 'One'])} ${w()} ${pick(['estimate', 'contract', 'timetable', 'survey'])} ${pick(['left out', 'counted', 'ignored'])} ${Math.floor(rnd() * 90) + 5} percent of the ${w()} costs, ${pick(['records show', 'documents seen by this paper show', 'an audit found'])}.`,
    `The ${w()} plan goes to ${pick(['a second vote', 'the regional board', 'a public hearing'])} on ${['March', 'April', 'May', 'June'][i % 4]} ${1 + (i % 28)}.`,
  ];
  const html = `<!doctype html><html><head><title>${esc(`${city} ${topic} plan approved`)} (${i})</title><meta property="og:site_name" content="${esc(outlet)}"><meta property="article:published_time" content="${date}T08:00:00Z"></head><body><article><h1>${esc(`${city} ${topic} plan approved`)} (${i})</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
  return { id: `bench-${i}`, html, url: `https://news${i % 60}.example/${year}/${topic}-${i}` };
}

const output = path.join(dir, `output-${N}`);
if (!existsSync(path.join(output, 'ledger.jsonl'))) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `articles-${N}.jsonl`);
  writeFileSync(file, Array.from({ length: N }, (_, i) => JSON.stringify(article(i))).join('\n') + '\n');
  const t = performance.now();
  const s = await runBatch({ config: defaultConfig, input: file, output, workers: 2 });
  console.log(`built a ledger of ${s.processed} articles (${Object.values(s.claims).reduce((a, b) => a + b, 0)} claims) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
let t = performance.now();
openIndex(output, defaultConfig).close();
console.log(`index ready in ${((performance.now() - t) / 1000).toFixed(1)} s (rebuilt only when behind the ledger)`);

const TOKEN = 'bench-token';
const server = createApp({ outputDir: output, config: defaultConfig, token: TOKEN });
const http = await new Promise((resolve) => { const h = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(h)); });
const base = `http://127.0.0.1:${http.address().port}`;
const db = openIndex(output, defaultConfig);
const articleLeaf = db.prepare('SELECT leaf FROM sources ORDER BY seq LIMIT 1 OFFSET ?').get(Math.floor(N / 2)).leaf;
const top = db.prepare('SELECT key, name, claims FROM speakers ORDER BY claims DESC LIMIT 1').get();
const mid = db.prepare('SELECT key, name, claims FROM speakers ORDER BY claims DESC LIMIT 1 OFFSET 100').get();
const counts = db.prepare('SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM speakers) AS speakers').get();
db.close();
console.log(`${counts.sources} articles, ${counts.claims} claims, ${counts.speakers} speakers; busiest speaker ${top.name} (${top.claims} claims)`);

const pages = [
  ['home', '/'],
  ['home, page 100', '/?page=100'],
  ['home, search by outlet', '/?q=Gazette%2012'],
  ['home, date range', '/?from=2024-01-01&to=2024-03-31'],
  ['article', `/article/${articleLeaf}`],
  ['speakers, page 3', '/speakers?page=3'],
  [`speaker (busiest, ${top.claims} claims)`, `/speaker/${encodeURIComponent(top.key)}`],
  [`speaker (100th, ${mid.claims} claims)`, `/speaker/${encodeURIComponent(mid.key)}`],
  ['audit', '/audit'],
  ['audit, page 20', '/audit?page=20'],
  ['claim search', '/search?q=ferry+budget+election'],
];
const time = async (url) => { const t0 = performance.now(); const r = await fetch(base + url); await r.text(); if (r.status !== 200) throw new Error(`${url}: ${r.status}`); return performance.now() - t0; };
console.log('\npage                                 first (ms)  median (ms)  slowest of 20 (ms)');
let worst = 0;
for (const [name, url] of pages) {
  const first = await time(url);
  const runs = [];
  for (let i = 0; i < 20; i++) runs.push(await time(url));
  runs.sort((a, b) => a - b);
  worst = Math.max(worst, runs[runs.length - 1]);
  console.log(`${name.padEnd(36)} ${first.toFixed(1).padStart(10)}  ${runs[10].toFixed(1).padStart(11)}  ${runs[runs.length - 1].toFixed(1).padStart(18)}`);
}
console.log(`\nslowest warm page: ${worst.toFixed(1)} ms (target < 200 ms)`);
// a review from a card: appended and signed (the writer reads the ledger to find the claim and signs a
// checkpoint over every leaf), then the next page catches the index up with the event (no rebuild)
const db2 = openIndex(output, defaultConfig);
const claim = db2.prepare('SELECT id, source FROM claims WHERE source = ? LIMIT 1').get(articleLeaf);
db2.close();
let t0 = performance.now();
const r = await fetch(`${base}/claim/${claim.id}/review`, { method: 'POST', redirect: 'manual', headers: { cookie: `claimledger_token=${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ rating: 'Unproven', by: 'Bench desk', url: 'https://example.org/review' }) });
const append = performance.now() - t0;
if (r.status !== 303) throw new Error(`review: ${r.status} ${await r.text()}`);
const after = await time(`/article/${articleLeaf}`);
console.log(`a review from the page: appended and signed in ${append.toFixed(0)} ms; the next article page (index caught up with the event) ${after.toFixed(1)} ms`);
t0 = performance.now();
await server.verified();
console.log(`verify status of the whole ledger (in the background): ready ${((performance.now() - t0) / 1000).toFixed(1)} s after the last write`);
server.close();
http.close();
process.exit(0);
