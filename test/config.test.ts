import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveConfig } from '../src/config.js';

describe('config', () => {
  it('the shipped pipeline.config.json is valid', () => {
    expect(loadConfig(new URL('../pipeline.config.json', import.meta.url).pathname).version).toBe(1);
  });
  it.each([
    [{ version: 2 }, '/version', /version is 1/],
    [{ version: 1, claims: { statementThreshold: 3 } }, '/claims/statementThreshold', /at most/],
    [{ version: 1, attribution: { minFragmentWord: 3 } }, '/attribution', /unknown key/],
    [{ version: 1, limits: { maxBytes: 'big' } }, '/limits/maxBytes', /type/],
  ])('refuses %j with the ajv path and a hint', (raw, where, hint) => {
    try { resolveConfig(raw); expect.unreachable(); } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).path).toBe(where);
      expect((e as ConfigError).hint).toMatch(hint);
    }
  });
});
