// The output folder's lock: one writer at a time (a run, an event, a review).
// The lock file is created atomically with its content (written to a private name, then hard-linked
// into place, which fails if the lock exists), so no reader ever sees an empty or half-written lock.
// It holds the writer's pid, the start time of that process (so a pid reused by another program is
// told apart) and the host. A lock is free only when its holder is proven gone: an empty, unreadable
// or garbage lock is held, and so is a lock from another host; `--break-lock` takes any lock over,
// with a warning.
import { hostname } from 'node:os';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export class LockedError extends Error {}

interface Holder { pid: number; started?: string; host?: string }

/** The start time of a process in clock ticks since boot (Linux /proc), or undefined where unknown. */
function startTime(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command name (which may hold spaces and parentheses); starttime is field 22
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch { return undefined; }
}

function parseHolder(content: string): Holder | undefined {
  const t = content.trim();
  if (/^\d+$/.test(t)) return Number(t) > 0 ? { pid: Number(t) } : undefined; // a lock of an earlier version: the pid alone
  try {
    const h = JSON.parse(t) as Holder;
    return Number.isInteger(h.pid) && h.pid > 0 ? h : undefined;
  } catch { return undefined; }
}

/** Why the holder is gone (the lock is stale), or undefined while it may still be writing. */
function goneBecause(h: Holder): string | undefined {
  if (h.host && h.host !== hostname()) return undefined; // a process on another machine cannot be checked from here
  try { process.kill(h.pid, 0); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return `process ${h.pid} is no longer running`;
    return undefined; // EPERM: alive, another user's
  }
  const now = startTime(h.pid);
  if (h.started && now && now !== h.started) return `process ${h.pid} is now another program (the pid was reused)`;
  return undefined;
}

export interface LockOptions {
  /** take the lock over whatever holds it (the holder must really be gone: two writers corrupt nothing, but one of them fails) */
  breakLock?: boolean;
  log?: (line: string) => void;
}

/** Takes the output folder's lock; returns the function that releases it. Throws LockedError while another writer holds it. */
export function lock(output: string, o: LockOptions = {}): () => void {
  const log = o.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const p = path.join(output, '.lock');
  mkdirSync(output, { recursive: true });
  const mine = JSON.stringify({ pid: process.pid, started: startTime('self'), host: hostname() });
  const tmp = `${p}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, mine + '\n');
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try { linkSync(tmp, p); return () => release(p, mine); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; }
      let content: string;
      try { content = readFileSync(p, 'utf8'); } catch { continue; } // released meanwhile: try again
      const holder = parseHolder(content);
      const why = o.breakLock ? 'asked to break it (--break-lock)' : holder ? goneBecause(holder) : undefined;
      if (!why) {
        const who = holder ? `another claimledger process (pid ${holder.pid}${holder.host && holder.host !== hostname() ? ` on ${holder.host}` : ''})` : 'a lock file that cannot be read';
        throw new LockedError(`${who} holds ${p}, so another writer may be working on ${output}; wait for it to finish. If no claimledger process is writing there, run again with --break-lock`);
      }
      // clear the stale lock: move it aside (atomic), and make sure what was moved is what was judged stale
      const aside = `${p}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
      try { renameSync(p, aside); } catch { continue; } // someone else cleared it first
      if (readFileSync(aside, 'utf8') !== content) {
        // a live lock, taken between the read and the move: put it back (fails only if a third writer got in)
        try { linkSync(aside, p); } catch { /* the third writer holds it now */ }
        unlinkSync(aside);
        continue;
      }
      unlinkSync(aside);
      log(`claimledger: cleared a stale lock on ${output}: ${why}`);
    }
    throw new LockedError(`could not take the lock ${p}: other writers kept taking it; try again`);
  } finally {
    try { unlinkSync(tmp); } catch { /* gone */ }
  }
}

/** Releases the lock if it is still this process's (a lock broken by another writer is theirs now). */
function release(p: string, mine: string): void {
  try {
    if (readFileSync(p, 'utf8').trim() === mine) unlinkSync(p);
  } catch { /* already gone */ }
}
