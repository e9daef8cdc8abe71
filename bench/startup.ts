// `npm run bench -- startup` → seconds from launching the compiled server (`dist/main.js`, as `npm start`
// runs it, in production mode with its default log level) to its health answering "ok":
//
// - first start: an empty data folder, so migrations and the demo data (CHENGNUO_DEMO=1);
// - second start: the folder the first start left, ready;
// - the reference: a bare `node` process opening the same PGlite folder and answering one query, the
//   floor any start on that folder pays.
//
// Each figure is the median of BENCH_ROUNDS (3) starts. Before each start the machine must be quiet
// (load average per core below BENCH_QUIET_LOAD, 0.5), or the bench waits up to a minute for it and
// then refuses to compare. Figures are printed, never asserted.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(import.meta.dirname, '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const quietLoad = Number(process.env.BENCH_QUIET_LOAD ?? 0.5);
const GOAL_SECOND = 3;
const GOAL_FIRST = 10;
// The data folders are thrown away after the bench: one key for all of them.
const FIELD_KEY = randomBytes(16).toString('hex');

/** Waits until the one-minute load average per core is below `quietLoad`; false after a minute. */
async function quiet(): Promise<boolean> {
  for (let waited = 0; waited < 60; waited += 5) {
    if (loadavg()[0]! / cpus().length < quietLoad) return true;
    await sleep(5000);
  }
  return false;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));

/** Starts the server on `dataDir`; answers the seconds until its health says ok, then stops it. */
async function timedStart(dataDir: string, demo: boolean): Promise<number> {
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
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`the server exited (${child.exitCode}): ${errors.slice(-2000)}`);
      try {
        const health = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (health.ok && ((await health.json()) as { status?: string }).status === 'ok')
          return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      await sleep(20);
    }
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}

/** The floor: a bare node process opening the PGlite folder and answering `SELECT 1`. */
async function bareOpen(dataDir: string): Promise<number> {
  const script = `
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir: ${JSON.stringify(path.join(dataDir, 'pgdata'))} });
    await db.query('SELECT 1');
    await db.close();`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    stdio: 'inherit',
  });
  await exited(child);
  if (child.exitCode !== 0) throw new Error(`the bare PGlite open failed (${child.exitCode})`);
  return (performance.now() - started) / 1000;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const round2 = (n: number) => Math.round(n * 100) / 100;
const first: number[] = [];
const second: number[] = [];
const bare: number[] = [];
let refused = false;
for (let round = 0; round < rounds; round++) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'chengnuo-bench-start-'));
  try {
    if (!(await quiet())) {
      refused = true;
      console.log(
        `  round ${round + 1}: the machine stayed busy (load ${loadavg()[0]!.toFixed(1)}), not measured`,
      );
      continue;
    }
    first.push(await timedStart(dataDir, true));
    await quiet();
    second.push(await timedStart(dataDir, false));
    bare.push(await bareOpen(dataDir));
    console.log(
      `  round ${round + 1}: first start ${first.at(-1)!.toFixed(2)} s | second start ${second.at(-1)!.toFixed(2)} s | ` +
        `bare PGlite open ${bare.at(-1)!.toFixed(2)} s`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const summary = first.length
  ? { first: round2(median(first)), second: round2(median(second)), bare: round2(median(bare)) }
  : null;
if (summary)
  console.log(
    `startup: first start ${summary.first} s (goal ≤ ${GOAL_FIRST} s) | second start ${summary.second} s ` +
      `(goal ≤ ${GOAL_SECOND} s) | bare PGlite open of the same folder ${summary.bare} s`,
  );
console.log(
  JSON.stringify({
    bench: 'startup',
    rounds,
    refused,
    goal: { first: GOAL_FIRST, second: GOAL_SECOND },
    loadAverage: loadavg(),
    ...summary,
    runs: { first, second, bare },
  }),
);
