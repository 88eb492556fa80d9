// Progress: a bar with rate and ETA on a terminal (cli-progress); one JSON line every few seconds on
// stderr otherwise, so logs and CI stay readable. Log lines written while the bar shows go above it
// (the bar is redrawn under them), never into it.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number | undefined, counts: Record<string, number>): void;
  /** a line for the user (a warning, a created key): above the bar on a terminal */
  log(line: string): void;
  stop(): void;
}

/** "42s", "3m 05s", "1h 02m"; "…" while no rate is known yet. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '…';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The time left at `rate` articles/s: "…" while it cannot be told (no rate yet, the total unknown). */
export function eta(done: number, total: number | undefined, rate: number): string {
  if (total === undefined) return '…';
  if (done >= total) return '0s';
  return rate > 0 ? duration((total - done) / rate) : '…';
}

export function progress(stream: NodeJS.WriteStream = process.stderr, everyMs = 5000): Progress {
  if (stream.isTTY) {
    const multi = new cliProgress.MultiBar({ stream, format: '{bar} {value}/{total} articles | {rate}/s | ETA {etaText} | {counts}', hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic);
    let bar: cliProgress.SingleBar | undefined;
    const t0 = Date.now();
    return {
      update(done, total, counts) {
        const seconds = Math.max(0.001, (Date.now() - t0) / 1000);
        const rate = done / seconds;
        // (our own ETA: cli-progress shows "NFs" before its buffer fills, and nothing sensible for an unknown total)
        const payload = { rate: rate.toFixed(1), etaText: eta(done, total, rate), counts: Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(' ') };
        if (!bar) bar = multi.create(total ?? done + 1, done, payload);
        if (total !== undefined) bar.setTotal(total);
        bar.update(done, payload);
      },
      log(line) { if (bar) { multi.log(line + '\n'); multi.update(); } else stream.write(line + '\n'); },
      stop() { multi.stop(); },
    };
  }
  let last = 0;
  const t0 = Date.now();
  return {
    update(done, total, counts) {
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      stream.write(JSON.stringify({ progress: { done, total: total ?? null, perSecond: +(done / Math.max(0.001, (now - t0) / 1000)).toFixed(2), ...counts } }) + '\n');
    },
    log(line) { stream.write(line + '\n'); },
    stop() {},
  };
}
