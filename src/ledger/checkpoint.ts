// Checkpoints in the C2SP tlog-checkpoint format: origin line, tree size, base64 root hash, as a
// signed note. After each run: output/checkpoints/<size>.note, and output/checkpoint (the latest).
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNote, signNote, type Signer, type Verifier } from './sign.js';

export interface Checkpoint { origin: string; size: number; root: string }

export function checkpointText(cp: Checkpoint): string {
  return `${cp.origin}\n${cp.size}\n${Buffer.from(cp.root, 'hex').toString('base64')}\n`;
}

export function parseCheckpointText(text: string): Checkpoint | undefined {
  const lines = text.split('\n');
  if (lines.length < 4 || !lines[0] || !/^(0|[1-9]\d*)$/.test(lines[1])) return undefined;
  const root = Buffer.from(lines[2], 'base64');
  if (root.length !== 32 || root.toString('base64') !== lines[2]) return undefined;
  return { origin: lines[0], size: Number(lines[1]), root: root.toString('hex') };
}

export function signCheckpoint(cp: Checkpoint, s: Signer): string {
  return signNote(checkpointText(cp), s);
}

export type CheckpointCheck = { ok: true; checkpoint: Checkpoint } | { ok: false; code: 'NOTE_FORMAT' | 'NO_SIGNATURE' | 'BAD_SIGNATURE' | 'CHECKPOINT_FORMAT'; message: string };

/** Verifies a checkpoint note's signature and parses it. */
export function openCheckpoint(note: string, v: Verifier): CheckpointCheck {
  const r = openNote(note, v);
  if (!r.ok) return r;
  const cp = parseCheckpointText(r.text);
  return cp ? { ok: true, checkpoint: cp } : { ok: false, code: 'CHECKPOINT_FORMAT', message: 'the note is not a checkpoint (origin, size, base64 root)' };
}

export function writeCheckpoint(outputDir: string, note: string, size: number): string {
  const dir = path.join(outputDir, 'checkpoints');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${String(size).padStart(12, '0')}.note`);
  writeFileSync(`${file}.tmp`, note);
  renameSync(`${file}.tmp`, file);
  writeFileSync(path.join(outputDir, 'checkpoint.tmp'), note);
  renameSync(path.join(outputDir, 'checkpoint.tmp'), path.join(outputDir, 'checkpoint'));
  return file;
}

/** Every stored checkpoint note, oldest first. */
export function listCheckpoints(outputDir: string): { file: string; note: string }[] {
  const dir = path.join(outputDir, 'checkpoints');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.note')).sort().map((f) => ({ file: path.join(dir, f), note: readFileSync(path.join(dir, f), 'utf8') }));
}
