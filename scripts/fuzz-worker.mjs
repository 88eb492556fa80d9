// One fuzz input through the pipeline, in a worker thread (so a hang is stopped by the caller's time limit):
// a JSONL line (as `run` parses it) or a raw page/text. Reports a throw or a claim whose offsets do not slice back.
import { parseJsonlLine } from '../dist/jsonl.js';
import { processArticle } from '../dist/pipeline.js';
import { assertSpan } from '../dist/span.js';
import { defaultConfig } from '../dist/config.js';

export default function fuzzOne({ kind, data }) {
  try {
    let input;
    if (kind === 'jsonl') {
      const r = parseJsonlLine(data, 'fuzz.jsonl:1');
      if (!r.ok) return { outcome: 'reject', code: r.code };
      input = r.input;
    } else input = { name: kind === 'html' ? 'fuzz.html' : kind === 'bytes' ? 'fuzz.bin' : 'fuzz.txt', raw: data, ...(kind === 'bytes' ? {} : { mediaType: kind === 'html' ? 'text/html' : 'text/plain' }) };
    const r = processArticle(input, defaultConfig);
    if (!r.ok) return { outcome: 'reject', code: r.code };
    for (const c of r.file.data.claims) {
      assertSpan(r.file.text, c, `claim ${c.id}`);
      if (c.speaker) assertSpan(r.file.text, c.speaker.mention, 'speaker mention');
      if (c.cue) assertSpan(r.file.text, c.cue, 'cue');
    }
    return { outcome: 'ok', claims: r.file.data.claims.length };
  } catch (e) {
    return { outcome: 'throw', message: String(e?.stack ?? e).slice(0, 400) };
  }
}
