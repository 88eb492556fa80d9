import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('the public API is exactly this', () => {
  expect(Object.keys(api).sort()).toEqual(['ConfigError', 'articleId', 'check', 'configHash', 'defaultConfig', 'leafHash', 'loadConfig', 'merkleRoot', 'processArticle', 'resolveConfig', 'runBatch', 'toRecord', 'validators', 'verifyLedger']);
});
