import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('the public API is exactly this', () => {
  expect(Object.keys(api).sort()).toEqual(['ConfigError', 'articleId', 'check', 'checkProof', 'configHash', 'consistencyProof', 'defaultConfig', 'inclusionPath', 'leafHash', 'loadConfig', 'merkleRoot', 'parseVerifier', 'processArticle', 'resolveConfig', 'runBatch', 'toRecord', 'validators', 'verifierString', 'verifyConsistency', 'verifyInclusion', 'verifyLedger', 'verifyLedgerParallel']);
});
