// A Chengnuo server process for the probes: the compiled server (`node dist/main.js`), or `npm start`
// itself, on a free port with its own data folder or PostgreSQL database.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export async function startServer(options: {
  dataDir: string;
  databaseUrl?: string;
  viaNpm?: boolean;
  env?: Record<string, string>;
  port?: number;
}): Promise<ServerProcess> {
  const port = options.port ?? 30_000 + randomInt(20_000);
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env = {
    ...inherited,
    NODE_ENV: 'development',
    PORT: String(port),
    CHENGNUO_DATA: options.dataDir,
    LOG_LEVEL: 'warn',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl, CHENGNUO_DEMO: '1' } : {}),
    ...options.env,
  };
  const child = options.viaNpm
    ? spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawn(process.execPath, [path.join(root, 'dist/main.js')], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${output.slice(-1500)}`);
    if (await healthy(url)) return { url, child, output: () => output, exited };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy: ${output.slice(-1500)}`);
}

export async function healthy(url: string): Promise<boolean> {
  try {
    // 503 "starting" while migrations and the demo data load; ready is 200 "ok".
    const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
    return health.ok && ((await health.json()) as { status?: string }).status === 'ok';
  } catch {
    return false;
  }
}
