import { verifyLedger } from '../dist/ledger/verify.js';
const t = performance.now();
const r = verifyLedger({ ledger: process.argv[2] });
console.log(r.status, r.code ?? '', ((performance.now() - t) / 1000).toFixed(2), 's');
