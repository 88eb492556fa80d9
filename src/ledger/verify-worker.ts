// One run of ledger lines checked in a worker thread for verifyLedgerParallel: it loads the checks at
// start-up, waits for its byte range, then reads and checks that range of the file itself.
import { parentPort } from 'node:worker_threads';
import { scanFile } from './verify.js';

parentPort!.once('message', ({ file, start, end, firstLine, textsDir }: { file: string; start: number; end: number; firstLine: number; textsDir: string }) => {
  parentPort!.postMessage(scanFile(file, start, end, firstLine, textsDir));
});
