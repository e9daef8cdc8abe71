import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Three suites: pure domain code, API on a real database (PGlite, or PostgreSQL with DATABASE_URL),
// and a few browser journeys in Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@common': path.resolve(import.meta.dirname, 'src/common') } },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['src/**/*.api.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/**/*.api.test.ts'],
          globalSetup: ['tests/support/database-template.ts'],
          env: { NODE_ENV: 'test', CHENGNUO_FAST_HASH: '1' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A page shows a change after its request and a reload; on a busy 2-core machine that can take
          // longer than expect.poll's default second. The tests still wait for the state, never a time.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
