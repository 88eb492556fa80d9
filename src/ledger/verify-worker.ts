// One run of ledger lines checked in a worker thread for verifyLedgerParallel: it loads the checks at
// start-up, waits for its byte range, reads that range of the file itself and posts back the scan.
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { scanChunk } from './verify.js';

parentPort!.once('message', ({ file, start, end, firstLine, textsDir }: { file: string; start: number; end: number; firstLine: number; textsDir: string }) => {
  const bytes = Buffer.allocUnsafe(end - start);
  const fd = openSync(file, 'r');
  try {
    let got = 0;
    while (got < bytes.length) { const n = readSync(fd, bytes, got, bytes.length - got, start + got); if (n <= 0) break; got += n; }
  } finally { closeSync(fd); }
  parentPort!.postMessage(scanChunk(bytes, firstLine, textsDir));
});
