// Global setup of the browser suite: the real `src/main.ts` on a fresh data folder with the demo data.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { until } from '../support/until.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

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

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-browser-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const { DATABASE_URL: _server, ...env } = process.env;
  // The compiled server, as `npm start` runs it (scripts/run-tests.mjs built it).
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
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output.slice(-2000));
  project.provide('baseUrl', baseUrl);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
