import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against each package's TypeScript source, so a test never waits for a build.
    alias: [{ find: /^@dossier\/([a-z-]+)$/, replacement: `${root}packages/$1/src/index.ts` }],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One temporary folder per run, removed at the end (tests/setup/temp-dir.ts).
    globalSetup: ['tests/setup/temp-dir.ts'],
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    // `pnpm test:site` writes its own report (--outputFile.json), so that the two runs of `pnpm test` keep both.
    outputFile: { json: 'test-results/vitest.json' },
  },
});
