// Input discovery: files and directories (recursive). Each file is one article, except .jsonl (one per line).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** An input's name in the ledger: its path relative to the folder given (with /), or the file's own name. */
export function inputName(target: string, file: string): string {
  const rel = path.relative(target, file);
  return (rel && !rel.startsWith('..') ? rel : path.basename(file)).split(path.sep).join('/');
}

export function listInputs(target: string): string[] {
  const st = statSync(target);
  if (st.isFile()) return [target];
  const out: string[] = [];
  for (const name of readdirSync(target).sort()) {
    if (name.startsWith('.')) continue; // .gitkeep, editor files
    const p = path.join(target, name);
    const s = statSync(p);
    if (s.isDirectory()) for (const f of listInputs(p)) out.push(f);
    else if (s.isFile()) out.push(p);
  }
  return out;
}
