// Golden folders: the whole claim set (type, span, speaker, cue, rule) of real-looking articles in several
// outlets' styles, written for this project (test/golden/<name>/input.txt|html), plus the sample article in
// input/. A claim that goes missing, changes or appears fails the test. After a deliberate change, rewrite
// the expected files with `npm run golden:update` and read the diff before committing it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { processArticle } from '../src/pipeline.js';
import { defaultConfig } from '../src/config.js';

const dir = path.resolve(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

interface Case { name: string; input: string }
const cases: Case[] = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => {
  const own = ['input.txt', 'input.html'].map((f) => path.join(dir, d.name, f)).find((f) => existsSync(f));
  // a folder may instead name an input elsewhere in the project (the sample article lives in input/)
  const ref = path.join(dir, d.name, 'input.ref');
  return { name: d.name, input: own ?? path.resolve(__dirname, '..', readFileSync(ref, 'utf8').trim()) };
});

/** The claim set as the golden file keeps it: one line per claim, statements apart (their score is tuned elsewhere). */
function snapshot(file: string) {
  const r = processArticle({ name: path.basename(file), raw: readFileSync(file) }, defaultConfig);
  if (!r.ok) return { reject: r.code };
  const f = r.file;
  return {
    claims: f.data.claims.filter((c) => c.type !== 'statement').map((c) => ({
      type: c.type, text: c.text, start: c.start, end: c.end,
      speaker: c.speaker ? `${c.speaker.name} (${c.speaker.via}: ${c.speaker.mention.text})` : null,
      cue: c.cue?.text ?? null, rule: c.rule ?? null,
    })),
    statements: f.data.claims.filter((c) => c.type === 'statement').map((c) => c.text),
    messages: f.messages.filter((m) => m.stage === 'attribute').map((m) => m.code),
  };
}

/** one claim per line, so that a diff of the file reads claim by claim */
const format = (v: unknown) => JSON.stringify(v, null, 1).replace(/\{\n\s+/g, '{').replace(/,\n\s+"(?=[a-z]+":)/g, ', "').replace(/\n\s+\}/g, '}');

describe('golden articles: the full claim set', () => {
  it.each(cases)('$name', ({ name, input }) => {
    const got = snapshot(input);
    const want = path.join(dir, name, 'expected.json');
    if (update || !existsSync(want)) writeFileSync(want, format(got) + '\n');
    expect(got).toEqual(JSON.parse(readFileSync(want, 'utf8')));
  });
});
