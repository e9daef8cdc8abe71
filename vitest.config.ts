import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Three suites: pure domain code, API on a real database (PGlite, or PostgreSQL with DATABASE_URL),
// and a few browser journeys in Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@common': path.resolve(import.meta.dirname, 'src/common') } },
  test: {
    // Vitest's default leaves a core to its main process (1 worker on 2 cores); the API files spend
    // their time in their workers, so both cores run them.
    maxWorkers: 2,
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
          // Two files run at once on the 2 cores (maxWorkers), so a test may take twice as long as alone.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // Files share their worker process: the server's modules are imported (some 5 s) and PGlite's
          // WebAssembly compiled once per worker, not once per file. Each file still gets its own
          // database and application; what a module keeps across files is immutable (cached published
          // list versions, fonts) or set again by every application (the field key of the template).
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at once, each against its own server (tests/browser/server.ts): a page waiting for
          // its server leaves the cores to the other file's Chromium. The suite took 762 s one file at a
          // time on an idle 2-core machine.
          // A file's concurrent tests (menus.test.ts: one user each) run three at a time: while one
          // page waits for the server another renders; more would only queue on the two cores.
          maxConcurrency: 3,
          // A page shows a change after its request and a reload; on a busy 2-core machine that can take
          // longer than expect.poll's default second. The tests still wait for the state, never a time.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
