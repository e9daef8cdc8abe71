// `npm run bench` → the public list in force, GET /api/public/districts/370212/list: the real application
// against a bare Fastify route in this same process serving the same bytes, for a full 200 and for a
// conditional request (If-None-Match) answered 304.
//
// The load comes from the autocannon command in a child process, so that it does not share this event
// loop; this process serves only, and its CPU time per request is reported next to req/s and p99.
//
// Settings (environment): BENCH_DURATION seconds per run (10), BENCH_WARMUP seconds of load before each
// run (2), BENCH_CONNECTIONS (10), BENCH_ROUNDS real/bare pairs per figure, whose medians are shown (3),
// BENCH_CLIENT_WORKERS worker threads of autocannon (0: its main thread; more needs more cores).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfig } from '../src/platform/config.ts';
import { openPglite } from '../src/platform/db/pglite.ts';
import { prepareDatabase } from '../src/prepare-database.ts';
import { createServer } from '../src/server.ts';

const ROUTE = '/api/public/districts/370212/list';
const GOAL = 0.7;
const AUTOCANNON = path.join(
  path.dirname(createRequire(import.meta.url).resolve('autocannon/package.json')),
  'autocannon.js',
);

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return value;
}

const duration = setting('BENCH_DURATION', 10, 1);
const warmup = setting('BENCH_WARMUP', 2, 0);
const connections = Math.round(setting('BENCH_CONNECTIONS', 10, 1));
const rounds = Math.round(setting('BENCH_ROUNDS', 3, 1));
const clientWorkers = Math.round(setting('BENCH_CLIENT_WORKERS', 0, 0));

/** The part of autocannon's JSON result read here. */
interface AutocannonResult {
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
  latency: { p50: number; p99: number; totalCount: number };
  requests: { average: number };
}

interface Figure {
  /** Requests per second (autocannon's average of its per-second samples). */
  rps: number;
  /** Latency percentiles in ms (autocannon's resolution is 1 ms). */
  p99: number;
  p50: number;
  /** CPU time (user + system) of this process, i.e. of the server, per request, in µs. */
  cpuUs: number;
  requests: number;
}

function autocannon(
  url: string,
  seconds: number,
  headers: Record<string, string>,
): Promise<AutocannonResult> {
  const args = [AUTOCANNON, '--json', '--no-progress', '-c', String(connections), '-d', String(seconds)];
  if (clientWorkers > 0) args.push('-w', String(clientWorkers));
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`autocannon exited ${code}: ${out}`));
      else resolve(JSON.parse(last) as AutocannonResult);
    });
  });
}

async function measure(url: string, status: number, headers: Record<string, string>): Promise<Figure> {
  if (warmup > 0) await autocannon(url, warmup, headers);
  const before = process.cpuUsage();
  const result = await autocannon(url, duration, headers);
  const cpu = process.cpuUsage(before);
  const counts = Object.entries(result.statusCodeStats ?? {});
  const total = counts.reduce((sum, [, { count }]) => sum + count, 0);
  if (result.errors || result.timeouts || total === 0 || counts.some(([code]) => code !== String(status))) {
    throw new Error(
      `${url}: expected only ${status}, got ${JSON.stringify(result.statusCodeStats)}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    p50: result.latency.p50,
    cpuUs: Math.round(((cpu.user + cpu.system) / total) * 10) / 10,
    requests: total,
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return `${address}${ROUTE}`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round2 = (value: number) => Math.round(value * 100) / 100;
const medianFigure = (figures: Figure[]): Figure => ({
  rps: Math.round(median(figures.map((f) => f.rps))),
  p99: median(figures.map((f) => f.p99)),
  p50: median(figures.map((f) => f.p50)),
  cpuUs: median(figures.map((f) => f.cpuUs)),
  requests: figures.reduce((sum, f) => sum + f.requests, 0),
});
// autocannon records latency in whole milliseconds: 0 means under one.
const format = (f: Figure) => `${f.rps} req/s p99 ${f.p99 < 1 ? '<1' : f.p99} ms`;

// The real application over a fresh in-memory database with the demo data, as the tests build it, with
// production settings but logging only warnings.
const database = await openPglite({});
await prepareDatabase({ config: { loadDemo: true, passwordHashing: 'fast' }, database, now: new Date() });
const config = loadConfig(
  {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    CHENGNUO_SM2_PRIVATE_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    CHENGNUO_JOBS: '0',
    CHENGNUO_DEMO: '0',
  },
  [],
);
const real = await createServer({ config, database });
const realUrl = await listen(real);

const first = await fetch(realUrl);
if (first.status !== 200) throw new Error(`${realUrl}: ${first.status} ${await first.text()}`);
const bytes = Buffer.from(await first.arrayBuffer());
const contentType = first.headers.get('content-type') ?? 'application/json; charset=utf-8';
const etag = first.headers.get('etag');
if (!etag) throw new Error(`${realUrl}: no ETag`);
const revalidated = await fetch(realUrl, { headers: { 'if-none-match': etag } });
if (revalidated.status !== 304)
  throw new Error(`${realUrl}: If-None-Match ${etag} got ${revalidated.status}`);

// The floor: a bare Fastify route in this same process answering the same bytes, ETag and 304.
const bare = Fastify({ logger: false });
bare.get(ROUTE, (request, reply) => {
  reply.header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type(contentType).send(bytes);
});
const bareUrl = await listen(bare);
const check = await fetch(bareUrl);
if (!bytes.equals(Buffer.from(await check.arrayBuffer())))
  throw new Error('the bare route serves other bytes');

const scenarios: { name: string; status: number; headers: Record<string, string> }[] = [
  { name: 'public-list 200', status: 200, headers: {} },
  { name: 'public-list 304', status: 304, headers: { 'if-none-match': etag } },
];
console.log(
  `public-list: GET ${ROUTE} (${bytes.length} bytes, ETag ${etag}); autocannon ${connections} connections, ` +
    `${duration} s after ${warmup} s warm-up${clientWorkers ? `, ${clientWorkers} client workers` : ''}, ` +
    `${rounds} round(s) alternating real and bare, medians shown`,
);
const results = [];
for (const scenario of scenarios) {
  const runs: { real: Figure; bare: Figure; ratio: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first so that neither always gets the quieter moment.
    const order = round % 2 === 0 ? (['real', 'bare'] as const) : (['bare', 'real'] as const);
    const figures: Partial<Record<'real' | 'bare', Figure>> = {};
    for (const side of order) {
      figures[side] = await measure(side === 'real' ? realUrl : bareUrl, scenario.status, scenario.headers);
    }
    const { real: r, bare: b } = figures as Record<'real' | 'bare', Figure>;
    runs.push({ real: r, bare: b, ratio: round2(r.rps / b.rps) });
    console.log(
      `  ${scenario.name} round ${round + 1}: real ${format(r)} ${r.cpuUs} µs CPU/req | ` +
        `bare ${format(b)} ${b.cpuUs} µs CPU/req`,
    );
  }
  const realFigure = medianFigure(runs.map((r) => r.real));
  const bareFigure = medianFigure(runs.map((r) => r.bare));
  // The median of the rounds' ratios: the real and bare runs of one round ran back to back.
  const ratio = round2(median(runs.map((r) => r.ratio)));
  console.log(
    `${scenario.name}: real ${format(realFigure)} | bare ${format(bareFigure)} | ratio ${ratio.toFixed(2)}` +
      (ratio < GOAL ? ` (below the goal of ${GOAL})` : ''),
  );
  console.log(
    `${scenario.name}: server CPU per request: real ${realFigure.cpuUs} µs | bare ${bareFigure.cpuUs} µs | ` +
      `ratio bare/real ${(bareFigure.cpuUs / realFigure.cpuUs).toFixed(2)}`,
  );
  results.push({
    name: scenario.name,
    status: scenario.status,
    real: realFigure,
    bare: bareFigure,
    ratio,
    runs,
  });
}

await bare.close();
await real.close();
await database.close();

console.log(
  JSON.stringify({
    bench: 'public-list',
    route: ROUTE,
    bytes: bytes.length,
    connections,
    duration,
    warmup,
    rounds,
    clientWorkers,
    goal: GOAL,
    results,
  }),
);
