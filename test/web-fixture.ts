// The output folder the audit-page tests read: the sample article, the four tracking articles (a quote
// given to two speakers, drifted wording, one speaker named three ways) and a hostile page.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../src/config.js';
import { runBatch } from '../src/run.js';

const root = path.resolve(__dirname, '..');
export const SAMPLE = 'ukrinform-coalition-summit.html';

export async function auditOutput(): Promise<{ base: string; out: string; input: string }> {
  const base = mkdtempSync(path.join(tmpdir(), 'claimledger-web-'));
  const input = path.join(base, 'input');
  mkdirSync(input);
  cpSync(path.join(root, 'input', SAMPLE), path.join(input, SAMPLE));
  cpSync(path.join(root, 'test', 'fixtures', 'tracking'), input, { recursive: true });
  cpSync(path.join(root, 'test', 'fixtures', 'hostile'), input, { recursive: true });
  const out = path.join(base, 'output');
  await runBatch({ config: defaultConfig, input, output: out, workers: 0 });
  return { base, out, input };
}
