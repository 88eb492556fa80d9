import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// the slow reliability tests (test/slow) run apart: `npm run test:slow` (and .ci/run)
// signing keys go to a folder of this test run, never the user's ~/.config/claimledger/keys
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/slow/**'], testTimeout: 30_000, pool: 'forks',
    env: { CLAIMLEDGER_KEY_DIR: mkdtempSync(path.join(tmpdir(), 'claimledger-test-keys-')) },
  },
});
