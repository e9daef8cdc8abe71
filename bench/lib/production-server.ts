// The compiled server (`dist/main.js`) as an operator runs it: production mode, its default log level,
// on a data folder of its own. For the benches that need a whole running application.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(import.meta.dirname, '../..');
// The benches' data folders are thrown away afterwards: one key for all of them.
const FIELD_KEY = randomBytes(16).toString('hex');

export interface RunningServer {
  url: string;
  /** Milliseconds from launching the process to its health answering "ok". */
  readyMs: number;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));

/** Starts `dist/main.js` on `dataDir` (with the demo data when `demo`) and waits until it is healthy. */
export async function startProductionServer(dataDir: string, demo: boolean): Promise<RunningServer> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const { DATABASE_URL: _server, ...env } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist/main.js')], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'production',
      PORT: String(port),
      CHENGNUO_DATA: dataDir,
      CHENGNUO_DEMO: demo ? '1' : '0',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      CHENGNUO_SM2_PRIVATE_KEY: randomBytes(32).toString('hex'),
      CHENGNUO_FIELD_KEY: FIELD_KEY,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (d) => {
    errors += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await exited(child);
  };
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}): ${errors.slice(-2000)}`);
    try {
      const health = await fetch(`${url}/api/health`);
      if (health.ok && ((await health.json()) as { status?: string }).status === 'ok')
        return { url, readyMs: performance.now() - started, stop };
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
}
