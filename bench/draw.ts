// `npm run bench -- draw` → SUP-1 双随机: drawing from a pool of a million cases (5 strata at 1–10 %, 500
// inspectors, exclusions on 1 % of the cases): the time of `drawInspection` and the memory it takes
// above what the process held before, against the floor of reading the same million case numbers from a
// database (an in-memory PGlite, `SELECT case_no, stratum FROM t ORDER BY case_no`).
//
// The draw runs in a child process of its own (this file with `--draw`), which holds nothing but the
// pool: a process that had just read a million rows through PGlite keeps a heap of over a gigabyte, in
// which the draw's memory would not show. It draws from the pool as the database gives it (sorted by
// case number, what the server will pass) and from the same entries shuffled (the sort then does all its
// work: the worst case). Memory is the resident set size: sampled every millisecond by a worker thread
// while the draw holds the main thread, and the process's peak (getrusage maxrss) when the draw raised
// it; "above idle" is over the RSS measured just before the draw, after a full garbage collection.
//
// Settings (environment): BENCH_ROUNDS rounds per figure, whose medians are shown (3), BENCH_POOL cases
// (1 000 000).
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import {
  drawInputHash,
  drawInspection,
  type PoolEntry,
  poolHash,
  shortOfInspectors,
} from '../src/supervision/inspection-draw.ts';

const GOAL_MS = 2000;
const GOAL_MB = 256;
const MB = 1024 * 1024;

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}
const rounds = setting('BENCH_ROUNDS', 3, 1);
const poolSize = setting('BENCH_POOL', 1_000_000, 100);

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => Math.round(value);
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

// 5 strata of unequal size (40/30/15/10/5 %) at rates from 1 to 10 %, the same in SQL and in the child.
const rates = { 'A-良好': 1, 'B-一般': 3, 'C-关注': 5, 'N-新设': 7.5, 'D-重点': 10 };
const bucketOf = (g: number) => (g * 7919) % 100;
const stratumOf = (g: number) => {
  const b = bucketOf(g);
  return b < 40 ? 'A-良好' : b < 70 ? 'B-一般' : b < 85 ? 'C-关注' : b < 95 ? 'N-新设' : 'D-重点';
};
const stratumSql = `CASE WHEN (g * 7919) % 100 < 40 THEN 'A-良好' WHEN (g * 7919) % 100 < 70 THEN 'B-一般'
  WHEN (g * 7919) % 100 < 85 THEN 'C-关注' WHEN (g * 7919) % 100 < 95 THEN 'N-新设' ELSE 'D-重点' END`;
const caseNoOf = (g: number) => `LS-2026-${String(g).padStart(7, '0')}`;

interface DrawFigure {
  name: string;
  ms: number;
  /** CPU time of the process (user + system, all threads: GC helpers and the sampler's ~2 % too). */
  cpuMs: number;
  aboveIdle: number;
  idle: number;
  objects: number;
}
interface ChildResult {
  first: DrawFigure;
  figures: DrawFigure[];
  approval: { poolHash: number; inputHash: number; shortOfInspectors: number };
}

// The child: the draw alone ------------------------------------------------------------------------------

async function drawBench(): Promise<ChildResult> {
  const inspectors = Array.from({ length: 500 }, (_, i) => `37021220${String(i + 1).padStart(4, '0')}`);
  // 1 % of the cases exclude two inspectors each (their own agency's, a declared conflict).
  const exclusions: Record<string, string[]> = {};
  for (let g = 37; g <= poolSize; g += 100) {
    exclusions[caseNoOf(g)] = [inspectors[(g * 13) % 500]!, inspectors[(g * 17 + 1) % 500]!];
  }
  const seed = 'c0ffee'.padEnd(64, '0');
  // Through JSON, as a driver hands rows over: flat strings rather than the concatenations built here.
  const asRead: PoolEntry[] = JSON.parse(
    JSON.stringify(
      Array.from({ length: poolSize }, (_, i) => ({ caseNo: caseNoOf(i + 1), stratum: stratumOf(i + 1) })),
    ),
  );
  // The same entries in a fixed pseudo-random order (mulberry32), so every run shuffles alike.
  let state = 0x5eed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const shuffled = asRead.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }

  // A worker thread reads the process's RSS while the main thread draws.
  const shared = new BigInt64Array(new SharedArrayBuffer(16)); // [0] highest RSS seen, [1] 1 = stop
  const sampler = new Worker(
    `const { workerData: shared, parentPort } = require('node:worker_threads');
     const pause = new Int32Array(new SharedArrayBuffer(4));
     parentPort.postMessage('ready');
     while (Atomics.load(shared, 1) === 0n) {
       const rss = BigInt(process.memoryUsage.rss());
       if (rss > Atomics.load(shared, 0)) Atomics.store(shared, 0, rss);
       Atomics.wait(pause, 0, 0, 1);
     }`,
    { eval: true, workerData: shared },
  );
  await new Promise((resolve) => sampler.once('message', resolve));

  const drawRound = (name: string, pool: readonly PoolEntry[]): DrawFigure => {
    gc();
    const maxBefore = process.resourceUsage().maxRSS * 1024;
    const idle = process.memoryUsage.rss();
    Atomics.store(shared, 0, BigInt(idle));
    const cpu = process.cpuUsage();
    const begin = performance.now();
    const drawn = drawInspection({ seed, pool, rates, inspectors, inspectorsPerObject: 2, exclusions });
    const elapsed = performance.now() - begin;
    const { user, system } = process.cpuUsage(cpu);
    const maxAfter = process.resourceUsage().maxRSS * 1024;
    // maxrss says something about this draw only if the draw raised it.
    const peak = Math.max(Number(Atomics.load(shared, 0)), maxAfter > maxBefore ? maxAfter : 0);
    const figure = {
      name,
      ms: elapsed,
      cpuMs: (user + system) / 1000,
      aboveIdle: peak - idle,
      idle,
      objects: drawn.length,
    };
    console.log(
      `  ${name}: ${ms(figure.ms)} ms (CPU ${ms(figure.cpuMs)} ms), peak RSS +${mb(figure.aboveIdle)} MB ` +
        `over ${mb(idle)} MB, ${figure.objects} objects`,
    );
    return figure;
  };

  // The first draw of the process also compiles the code; its heap still holds the garbage of building the
  // pool, so its RSS says little: shown, not counted.
  const first = drawRound('first draw of the process (pool shuffled)', shuffled);
  const figures: DrawFigure[] = [];
  for (const [name, pool] of [
    ['draw, pool as read (sorted)', asRead],
    ['draw, pool shuffled', shuffled],
  ] as const) {
    const results = Array.from({ length: rounds }, (_, round) =>
      drawRound(`${name} round ${round + 1}`, pool),
    );
    figures.push({
      name,
      ms: median(results.map((r) => r.ms)),
      cpuMs: median(results.map((r) => r.cpuMs)),
      aboveIdle: median(results.map((r) => r.aboveIdle)),
      idle: median(results.map((r) => r.idle)),
      objects: results[0]!.objects,
    });
  }
  Atomics.store(shared, 1, 1n);
  await sampler.terminate();

  // What the approval computes once, not the draw: informative.
  const settings = { pool: shuffled, rates, inspectors, inspectorsPerObject: 2, exclusions };
  const once = (f: () => unknown) => {
    gc();
    const begin = performance.now();
    f();
    return performance.now() - begin;
  };
  const approval = {
    poolHash: once(() => poolHash(shuffled.map((e) => e.caseNo))),
    inputHash: once(() => drawInputHash(settings)),
    shortOfInspectors: once(() => shortOfInspectors(settings)),
  };
  return { first, figures, approval };
}

if (process.argv.includes('--draw')) {
  console.log(JSON.stringify(await drawBench()));
  process.exit(0);
}

// The parent: the draw's child, then the floor -----------------------------------------------------------

function runChild(): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, '--draw'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = out.trim().split('\n');
      const last = lines.pop() ?? '';
      for (const line of lines) console.log(line);
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`the draw's child exited ${code}: ${out}`));
      else resolve(JSON.parse(last) as ChildResult);
    });
  });
}

console.log(
  `draw: ${poolSize} cases, 5 strata, 500 inspectors, 2 per object, 1 % of the cases with exclusions`,
);
const child = await runChild();

const db = await PGlite.create();
await db.exec('CREATE TABLE t (case_no text PRIMARY KEY, stratum text NOT NULL)');
let started = performance.now();
await db.exec(
  `INSERT INTO t SELECT 'LS-2026-' || lpad(g::text, 7, '0'), ${stratumSql} FROM generate_series(1::bigint, ${poolSize}) g`,
);
await db.exec('VACUUM ANALYZE t');
console.log(`  ${poolSize} cases inserted into an in-memory PGlite in ${ms(performance.now() - started)} ms`);
const floorTimes: number[] = [];
for (let round = 0; round < rounds; round++) {
  gc();
  started = performance.now();
  const { rows } = await db.query<[string, string]>('SELECT case_no, stratum FROM t ORDER BY case_no', [], {
    rowMode: 'array',
  });
  floorTimes.push(performance.now() - started);
  if (rows.length !== poolSize || rows[0]![0] !== caseNoOf(1) || rows[0]![1] !== stratumOf(1)) {
    throw new Error(`the table holds other cases than the draw's pool (${rows.length} rows)`);
  }
  console.log(
    `  floor round ${round + 1}: SELECT … ORDER BY case_no, ${rows.length} rows in ${ms(floorTimes.at(-1)!)} ms`,
  );
}
await db.close();
const floor = median(floorTimes);

console.log(
  `draw: medians of ${rounds} round(s); nproc ${availableParallelism()}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const f of child.figures) {
  console.log(
    `${f.name}: ${ms(f.ms)} ms (goal ≤ ${GOAL_MS}; CPU ${ms(f.cpuMs)} ms), ` +
      `peak RSS +${mb(f.aboveIdle)} MB above idle (goal ≤ ${GOAL_MB}; idle ${mb(f.idle)} MB), ` +
      `${f.objects} objects; ${(f.ms / floor).toFixed(2)}× the floor`,
  );
}
console.log(`floor, SELECT case_no, stratum FROM t ORDER BY case_no (PGlite, in memory): ${ms(floor)} ms`);
const { approval } = child;
console.log(
  `at approval (once, shuffled pool): poolHash ${ms(approval.poolHash)} ms, ` +
    `drawInputHash ${ms(approval.inputHash)} ms, shortOfInspectors ${ms(approval.shortOfInspectors)} ms`,
);

const figure = (name: string, value: number, unit: 'ms' | 'MB', goal: number | null) => {
  const shown = unit === 'MB' ? mb(value) : ms(value);
  return { name, value: shown, unit, goal, met: goal === null ? null : shown <= goal };
};
console.log(
  JSON.stringify({
    figures: [
      ...child.figures.flatMap((f) => [
        figure(`${f.name}: time`, f.ms, 'ms', GOAL_MS),
        figure(`${f.name}: CPU time`, f.cpuMs, 'ms', null),
        figure(`${f.name}: peak RSS above idle`, f.aboveIdle, 'MB', GOAL_MB),
      ]),
      figure('floor: SELECT case_no, stratum FROM t ORDER BY case_no (PGlite)', floor, 'ms', null),
      figure('approval: poolHash', approval.poolHash, 'ms', null),
      figure('approval: drawInputHash', approval.inputHash, 'ms', null),
      figure('approval: shortOfInspectors', approval.shortOfInspectors, 'ms', null),
    ],
  }),
);
