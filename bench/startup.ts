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
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startProductionServer } from './lib/production-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const quietLoad = Number(process.env.BENCH_QUIET_LOAD ?? 0.5);
const GOAL_SECOND = 3;
const GOAL_FIRST = 10;

/** Waits until the one-minute load average per core is below `quietLoad`; false after a minute. */
async function quiet(): Promise<boolean> {
  for (let waited = 0; waited < 60; waited += 5) {
    if (loadavg()[0]! / cpus().length < quietLoad) return true;
    await sleep(5000);
  }
  return false;
}

/** Starts the server on `dataDir`; answers the seconds until its health says ok, then stops it. */
async function timedStart(dataDir: string, demo: boolean): Promise<number> {
  const server = await startProductionServer(dataDir, demo);
  await server.stop();
  return server.readyMs / 1000;
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
  await new Promise((resolve) => child.once('exit', resolve));
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
