// Global setup of the browser suite: the real `src/main.ts` on fresh data folders with the demo data.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { until } from '../support/until.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One server per worker of the browser project (a file's pages talk to its worker's own). */
    baseUrls: string[];
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const logDir = path.join(root, 'test-results');

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${log()}`);
      try {
        // It listens at once and answers 503 "starting" until migrations and the demo data are loaded.
        const health = await fetch(`${url}/api/health`);
        const body = (await health.json()) as { status?: string };
        return (health.ok && body.status === 'ok') || undefined;
      } catch {
        return undefined; // not listening yet
      }
    },
    120_000,
    `the server becoming healthy (${url})`,
  );
}

interface Server {
  url: string;
  stop(): Promise<void>;
}

/** The compiled server, as `npm start` runs it (scripts/run-tests.mjs built it), healthy. */
async function startServer(): Promise<Server> {
  mkdirSync(logDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-browser-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const { DATABASE_URL: _server, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(root, 'dist/main.js')], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'development',
      PORT: String(port),
      CHENGNUO_DATA: dataDir,
      LOG_LEVEL: 'warn',
      // Every browser file signs in from this one address (menus.test.ts alone signs in all 33 demo
      // users); the limit itself is an API test's (accounts.api.test.ts).
      LOGINS_PER_ADDRESS_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its warnings and errors are kept in test-results/ for a failed run to be read afterwards.
  const log = createWriteStream(path.join(logDir, `browser-server-${port}.log`));
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d).slice(-2000);
    log.write(d);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      log.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser files run two at a time (vitest.config.ts), each against the server of its worker:
 * a file's journeys change the demo data as one user would, and never meet another file's.
 */
export default async function setup(project: TestProject) {
  const servers = await Promise.all(
    Array.from({ length: Math.max(1, project.globalConfig.maxWorkers || 1) }, () => startServer()),
  );
  project.provide(
    'baseUrls',
    servers.map((s) => s.url),
  );
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
}
