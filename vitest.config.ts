import { configDefaults, defineConfig } from 'vitest/config';

// the slow reliability tests (test/slow) run apart: `npm run test:slow` (and .ci/run)
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/slow/**'], testTimeout: 30_000, pool: 'forks' },
});
