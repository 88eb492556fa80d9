import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// signing keys go to a folder of this test run, never the user's ~/.config/claimledger/keys
export default defineConfig({
  test: { include: ['test/slow/**/*.test.ts'], testTimeout: 600_000, pool: 'forks', env: { CLAIMLEDGER_KEY_DIR: mkdtempSync(path.join(tmpdir(), 'claimledger-test-keys-')) } },
});
