// One run of ledger lines checked in a worker thread for verifyLedgerParallel: it loads the checks at
// start-up, waits for its byte range, then reads and checks that range of the file itself. Its hashes
// go back packed in buffers that are transferred, not copied.
import { parentPort } from 'node:worker_threads';
import { scanFile } from './verify.js';

parentPort!.once('message', ({ file, start, end, firstLine, textsDir }: { file: string; start: number; end: number; firstLine: number; textsDir: string }) => {
  const scan = scanFile(file, start, end, firstLine, textsDir);
  const buffers = new Set([scan.leaves.buffer, scan.prevs.buffer, ...(scan.nodes ?? []).map((l) => l.bytes.buffer)]);
  parentPort!.postMessage(scan, [...buffers] as ArrayBuffer[]);
});
