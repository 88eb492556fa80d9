// Progress: a bar with rate and ETA on a terminal (cli-progress); one JSON line every few seconds on
// stderr otherwise, so logs and CI stay readable.
import cliProgress from 'cli-progress';

export interface Progress { update(done: number, total: number | undefined, counts: Record<string, number>): void; stop(): void }

export function progress(stream: NodeJS.WriteStream = process.stderr, everyMs = 5000): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({ stream, format: '{bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {counts}', hideCursor: true, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
    let started = false;
    const t0 = Date.now();
    return {
      update(done, total, counts) {
        const payload = { rate: (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1), counts: Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(' ') };
        if (!started) { bar.start(total ?? done + 1, done, payload); started = true; }
        if (total !== undefined) bar.setTotal(total);
        bar.update(done, payload);
      },
      stop() { if (started) bar.stop(); },
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
    stop() {},
  };
}
