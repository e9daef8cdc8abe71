// `npm run bench -- submit` → applications submitted per second: POST /api/cases with 3 proofs of which
// 2 are committed (platform SM2 countersignature) and 1 uploaded, each request with its own
// Idempotency-Key, through real HTTP on a listening server:
//
// - on PGlite (the embedded database, in a temporary data folder as `npm start` keeps it);
// - on the PostgreSQL server (a fresh database created, loaded with the demo data, and dropped);
// - the SQL of one submission, captured from the driver and replayed by pgbench on that same server
//   database with as many clients: the floor the database sets. Two scripts: the whole request (the
//   reads before, BEGIN … COMMIT, the reads of the answer) and the transaction alone.
//
// Also the same captured SQL replayed in-process on PGlite (no HTTP, no application code), the floor of
// the embedded database. Figures are printed, never asserted.
//
// The load comes from a child process (this file with `--load`): one keep-alive connection and one
// session per virtual client, each posting the next application as soon as the last one is answered.
//
// Settings (environment): BENCH_DURATION seconds per run (10), BENCH_WARMUP seconds of load before each
// run (2), BENCH_CONNECTIONS virtual clients = pgbench clients (10), BENCH_ROUNDS (3), BENCH_DATABASES
// (`pglite,postgres`), BENCH_POSTGRES_URL the server's maintenance database
// (postgres://postgres@127.0.0.1:5432/postgres), BENCH_PGBENCH (/usr/lib/postgresql/15/bin/pgbench),
// BENCH_PGLITE (`disk`, as npm start; or `memory`), BENCH_MATTER a matter code to apply for instead of
// the first of 370212 with 3 proofs, 2 of them listed; for profiling, BENCH_KEEP_SCRIPTS=<folder> writes
// the pgbench scripts there and BENCH_KEEP_DATABASE=1 keeps the server database.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { Database } from '../src/platform/db/database.ts';

const DISTRICT = '370212';
const APPLICANT = 'ls-applicant';
const PASSWORD = 'Chengnuo@2026';
const GOAL_RATIO = 0.6;
const GOAL_PGLITE = 300;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

// ---------------------------------------------------------------------------------------------------
// The load generator (child process): reads its job as JSON on stdin, prints one line of JSON.

interface LoadJob {
  url: string;
  clients: { cookie: string; csrf: string; body: string }[];
  seconds: number;
  keyPrefix: string;
}

interface LoadResult {
  requests: number;
  seconds: number;
  statuses: Record<string, number>;
  errors: number;
  firstError: string | null;
  p50: number;
  p99: number;
}

async function runLoad(job: LoadJob): Promise<LoadResult> {
  const target = new URL(job.url);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const until = started + job.seconds * 1000;
  const post = (agent: http.Agent, client: LoadJob['clients'][number], key: string) =>
    new Promise<number>((resolve, reject) => {
      const body = Buffer.from(client.body);
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            cookie: client.cookie,
            'x-csrf-token': client.csrf,
            'idempotency-key': key,
            // as the web's wizard asks: it opens the case next, so only its id comes back
            prefer: 'return=minimal',
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status !== 201 && firstError === null)
              firstError = `${status} ${Buffer.concat(chunks).toString('utf8').slice(0, 500)}`;
            resolve(status);
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  await Promise.all(
    job.clients.map(async (client, index) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let n = 0; performance.now() < until; n++) {
        const sent = performance.now();
        try {
          const status = await post(agent, client, `${job.keyPrefix}-${index}-${n}`);
          statuses[status] = (statuses[status] ?? 0) + 1;
          latencies.push(performance.now() - sent);
        } catch (error) {
          errors += 1;
          firstError ??= String(error);
        }
      }
      agent.destroy();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    seconds,
    statuses,
    errors,
    firstError,
    p50: round1(at(0.5)),
    p99: round1(at(0.99)),
  };
}

function round1(value: number) {
  return Math.round(value * 10) / 10;
}
const round2 = (value: number) => Math.round(value * 100) / 100;

if (process.argv[2] === '--load') {
  const input = readFileSync(0, 'utf8');
  console.log(JSON.stringify(await runLoad(JSON.parse(input) as LoadJob)));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------
// Settings.

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
const databases = (process.env.BENCH_DATABASES || 'pglite,postgres').split(',').map((d) => d.trim());
const serverUrl = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const pgbenchPath = process.env.BENCH_PGBENCH || '/usr/lib/postgresql/15/bin/pgbench';
const pgliteStorage = process.env.BENCH_PGLITE || 'disk';
const wantedMatter = process.env.BENCH_MATTER || null;
for (const d of databases)
  if (d !== 'pglite' && d !== 'postgres') throw new Error(`BENCH_DATABASES: unknown database "${d}"`);
if (pgliteStorage !== 'disk' && pgliteStorage !== 'memory')
  throw new Error(`BENCH_PGLITE must be disk or memory, got "${pgliteStorage}"`);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Share of all cores busy (any process) over a run, from /proc/stat; null where there is none. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const idle = fields[3]! + (fields[4] ?? 0);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}
const machineBusy = (before: ReturnType<typeof cpuTicks>) => {
  const after = cpuTicks();
  if (!before || !after || after.total === before.total) return null;
  return Math.round((100 * (after.busy - before.busy)) / (after.total - before.total));
};

/** What the database's sessions were doing on average (pg_stat_activity sampled every 20 ms). */
interface Sessions {
  /** Waiting for a lock another transaction holds (the case counter, the audit chain head). */
  lockWaits: number;
  /** In an open transaction, waiting for their client to send the next statement. */
  idleInTransaction: number;
  /** Running a statement (including waiting for the WAL to reach the disk). */
  running: number;
}

function sampleSessions(url: string, database: string): () => Promise<Sessions> {
  let sampling = true;
  let samples = 0;
  const counts = { lockWaits: 0, idleInTransaction: 0, running: 0 };
  const done = (async () => {
    const { default: pgModule } = await import('pg');
    const client = new pgModule.Client({ connectionString: url });
    await client.connect();
    try {
      while (sampling) {
        const { rows } = await client.query<{ state: string | null; wait: string | null }>(
          `select state, wait_event_type as wait from pg_stat_activity
           where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`,
          [database],
        );
        samples += 1;
        for (const row of rows) {
          if (row.wait === 'Lock') counts.lockWaits += 1;
          else if (row.state === 'idle in transaction') counts.idleInTransaction += 1;
          else if (row.state === 'active') counts.running += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await client.end();
    }
  })();
  return async () => {
    sampling = false;
    await done;
    const average = (n: number) => round1(n / Math.max(1, samples));
    return {
      lockWaits: average(counts.lockWaits),
      idleInTransaction: average(counts.idleInTransaction),
      running: average(counts.running),
    };
  };
}
const formatSessions = (s: Sessions | undefined) =>
  s
    ? `sessions: ${s.lockWaits} waiting for a lock, ${s.idleInTransaction} idle in transaction, ${s.running} running`
    : '';

// ---------------------------------------------------------------------------------------------------
// The application under load.

interface Figure {
  /** Completed submissions (201) per second. */
  rps: number;
  /** Latency percentiles in ms. */
  p50: number;
  p99: number;
  /** CPU time (user + system) of this process, the server, per submission, in µs. */
  cpuUs: number | null;
  /** Share of the machine's cores busy during the run (all processes), in %. */
  machine: number | null;
  requests: number;
  sessions?: Sessions;
}

interface Target {
  name: string;
  url: string;
  clients: LoadJob['clients'];
}

function load(target: Target, seconds: number, keyPrefix: string): Promise<LoadResult> {
  const job: LoadJob = { url: target.url, clients: target.clients, seconds, keyPrefix };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--load'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`load generator exited ${code}: ${out}`));
      else resolve(JSON.parse(last) as LoadResult);
    });
    child.stdin.end(JSON.stringify(job));
  });
}

let runNo = 0;
async function measureApi(target: Target, observe?: () => () => Promise<Sessions>): Promise<Figure> {
  runNo += 1;
  if (warmup > 0) await load(target, warmup, `warm-${runNo}-${randomUUID()}`);
  const stop = observe?.();
  const ticks = cpuTicks();
  const before = process.cpuUsage();
  const result = await load(target, duration, `run-${runNo}-${randomUUID()}`);
  const cpu = process.cpuUsage(before);
  const machine = machineBusy(ticks);
  const sessions = await stop?.();
  const other = Object.entries(result.statuses).filter(([status]) => status !== '201');
  if (result.errors || other.length > 0 || result.requests === 0)
    throw new Error(
      `${target.name}: expected only 201, got ${JSON.stringify(result.statuses)}, ${result.errors} errors; ` +
        `first: ${result.firstError}`,
    );
  return {
    rps: Math.round(result.requests / result.seconds),
    p50: result.p50,
    p99: result.p99,
    cpuUs: Math.round((cpu.user + cpu.system) / result.requests),
    machine,
    requests: result.requests,
    sessions,
  };
}

/** The answer of fetch as JSON, failing on another status. */
async function expectJson<T>(response: Response, status: number, what: string): Promise<T> {
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

interface MatterProof {
  name: string;
  listed: boolean;
  disclosure: boolean;
}
interface Matter {
  id: string;
  code: string;
  name: string;
  proofs: MatterProof[];
}
interface CaseView {
  id: string;
  caseNo: string;
  state: string;
  proofs: { choice: string; commitment: { state: string; signatureMethod: string } | null }[];
  documents: unknown[];
}

/** One virtual client: its own session (one login), its own uploaded proof, its application body. */
async function prepareClients(origin: string, count: number) {
  const clients: LoadJob['clients'] = [];
  let matter: Matter | null = null;
  for (let index = 0; index < count; index++) {
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: APPLICANT, password: PASSWORD }),
    });
    const { csrfToken } = await expectJson<{ csrfToken: string }>(login, 200, `login ${APPLICANT}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    if (!matter) {
      const matters = await expectJson<Matter[]>(
        await fetch(`${origin}/api/cases/matters?district=${DISTRICT}`, { headers: { cookie } }),
        200,
        'GET /api/cases/matters',
      );
      const listed = (m: Matter) => m.proofs.filter((p) => p.listed).length;
      matter =
        (wantedMatter
          ? matters.find((m) => m.code === wantedMatter)
          : (matters.find((m) => m.proofs.length === 3 && listed(m) === 2) ??
            matters.find((m) => m.proofs.length === 3 && listed(m) >= 2))) ?? null;
      if (!matter) throw new Error(`no matter of ${DISTRICT} to apply for (BENCH_MATTER ${wantedMatter})`);
    }
    const file = await expectJson<{ id: string }>(
      await fetch(`${origin}/api/cases/files`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          districtCode: DISTRICT,
          fileName: '证明.pdf',
          contentType: 'application/pdf',
          contentBase64: PDF.toString('base64'),
        }),
      }),
      201,
      'POST /api/cases/files',
    );
    // Two listed proofs committed (consenting to disclosure where asked), the rest uploaded.
    let committed = 0;
    const proofs = matter.proofs.map((p) =>
      p.listed && committed++ < 2
        ? { proof: p.name, choice: 'commit', disclosure: p.disclosure ? 'consent' : null }
        : { proof: p.name, choice: 'upload', fileId: file.id },
    );
    const body = JSON.stringify({
      administrativeMatterId: matter.id,
      proofs,
      submit: true,
      signature: { method: 'platform' },
    });
    clients.push({ cookie, csrf: csrfToken, body });
  }
  return { clients, matter: matter! };
}

/** One submission, checked: 201, submitted, the commitments signed (read back in full). */
async function submitOnce(origin: string, client: LoadJob['clients'][number], key: string, status = 201) {
  const view = await expectJson<CaseView>(await postMinimal(origin, client, key), status, 'POST /api/cases');
  return checkedView(origin, client, view.id);
}

/** One submission exactly the way the load sends it (Prefer: return=minimal). */
const postMinimal = (origin: string, client: LoadJob['clients'][number], key: string) =>
  fetch(`${origin}/api/cases`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: client.cookie,
      'x-csrf-token': client.csrf,
      'idempotency-key': key,
      prefer: 'return=minimal',
    },
    body: client.body,
  });

async function checkedView(origin: string, client: LoadJob['clients'][number], id: string) {
  const response = await fetch(`${origin}/api/cases/${id}`, { headers: { cookie: client.cookie } });
  const view = await expectJson<CaseView>(response, 200, 'GET /api/cases/:id');
  const signed = view.proofs.filter((p) => p.commitment?.state === 'signed').length;
  const uploaded = view.proofs.filter((p) => p.choice === 'upload').length;
  if (view.state !== 'submitted' || signed !== 2 || signed + uploaded !== view.proofs.length)
    throw new Error(`POST /api/cases: unexpected case ${JSON.stringify(view).slice(0, 500)}`);
  return view;
}

// ---------------------------------------------------------------------------------------------------
// Capturing the SQL of one submission and turning it into a replay (pgbench script or in-process).

interface Captured {
  text: string;
  params: unknown[];
  fields: string[];
  rows: unknown[][];
}

type Step =
  | { kind: 'set'; name: string; expr: string; value: (vars: Map<string, string>) => string }
  | { kind: 'sql'; sql: string; gset: string | null; inTransaction: boolean; control: boolean };

interface Replay {
  steps: Step[];
  /** Statements of the request, and of its transaction (BEGIN and COMMIT not counted). */
  statements: number;
  transactionStatements: number;
  /** Tables the submission inserts into, for checking that a replay writes what the API writes. */
  tables: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HASH = /^[0-9a-f]{64}$/;
const isControl = (text: string) => /^(BEGIN|COMMIT|ROLLBACK)\b/i.test(text.trim());

/** A value as the SQL literal node-postgres would have sent as the parameter's text. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? "'true'" : "'false'";
  if (value instanceof Date) return quote(value.toISOString());
  if (Buffer.isBuffer(value)) return quote(`\\x${value.toString('hex')}`);
  if (typeof value === 'string') return quote(value);
  return quote(JSON.stringify(value));
}
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Turns the statements one submission issued into a replay with fresh unique values each time:
 * the Idempotency-Key becomes `bench-<random>`; every id or hash a statement RETURNING (or SELECT …
 * FOR UPDATE) produced, and which a later statement sends, becomes a pgbench variable set by `\gset`
 * (several rows: through a CTE and array_agg); the case number is made from the counter the way the
 * application makes it; the audit sequence number read from the chain head is used plus one.
 */
function buildReplay(captured: Captured[], options: { idempotencyKey: string; caseNo: string }): Replay {
  const steps: Step[] = [
    {
      kind: 'set',
      name: 'key',
      expr: 'random(1, 9000000000000000000)',
      value: () => String(Math.floor(Math.random() * 9e15) + 1),
    },
  ];
  // Old literal text → replacement; applied to string parameters (also inside JSON and titles).
  const strings = new Map<string, string>([[options.idempotencyKey, 'bench-:key']]);
  // Old integer → variable; applied to whole integer parameters of the audit statements only.
  const integers = new Map<number, string>();
  const later = (index: number) => captured.slice(index + 1).flatMap((c) => c.params);
  const sentLater = (index: number, value: string) =>
    later(index).some((p) => typeof p === 'string' && p.includes(value));
  const sentBefore = (index: number, value: string) =>
    captured
      .slice(0, index + 1)
      .some((c) => c.params.some((p) => typeof p === 'string' && p.includes(value)));
  const defined = new Set(['key']);
  let inTransaction = false;
  let statements = 0;
  let transactionStatements = 0;
  const tables = new Set<string>();
  captured.forEach((entry, index) => {
    if (isControl(entry.text)) {
      inTransaction = /^BEGIN/i.test(entry.text.trim());
      steps.push({ kind: 'sql', sql: entry.text.trim(), gset: null, inTransaction: true, control: true });
      return;
    }
    statements += 1;
    if (inTransaction) transactionStatements += 1;
    const inserted = /^\s*insert into "(\w+)"/i.exec(entry.text);
    if (inserted) tables.add(inserted[1]!);
    const audit = /"audit_(entries|chain_heads)"/.test(entry.text);
    const params = entry.params.map((value) => {
      if (typeof value === 'number' && audit && integers.has(value)) return `:${integers.get(value)}`;
      if (typeof value !== 'string') return literal(value);
      let text = value;
      for (const [from, to] of strings) text = text.replaceAll(from, to);
      return quote(text);
    });
    let sql = entry.text.replace(/\$(\d+)/g, (_, n: string) => params[Number(n) - 1]!);
    // What this statement produced that later ones send: ids, hashes, the counter, the audit sequence.
    const producing = /\breturning\b/i.test(entry.text) || /\bfor update\s*$/i.test(entry.text);
    const prefix = `v${index}_`;
    const columns: { expr: string; name: string }[] = [];
    const afterwards: Step[] = [];
    if (producing && entry.rows.length > 0) {
      const one = entry.rows.length === 1;
      entry.fields.forEach((field, column) => {
        entry.rows.forEach((row, rowIndex) => {
          const value = row[column];
          const name = one ? field : `${field}_${rowIndex + 1}`;
          const cell = one ? `"${field}"` : `(array_agg("${field}"))[${rowIndex + 1}]`;
          if (field === 'next' && one && typeof value !== 'object') {
            // The case number: `<district>-<year>-<counter, 6 digits>` (nextCaseNo).
            const counter = Number(value);
            const stem = options.caseNo.slice(0, -6);
            if (options.caseNo !== `${stem}${String(counter).padStart(6, '0')}`) return;
            columns.push({ expr: cell, name });
            columns.push({ expr: `'${stem}' || lpad("next"::text, 6, '0')`, name: 'case_no' });
            strings.set(options.caseNo, `:${prefix}case_no`);
            return;
          }
          if (field === 'seq' && one && /"audit_chain_heads"/.test(entry.text)) {
            // recordAudit writes the entry `seq + 1` and moves the head there.
            const seq = Number(value);
            columns.push({ expr: cell, name });
            afterwards.push({
              kind: 'set',
              name: `${prefix}seq_1`,
              expr: `:${prefix}seq + 1`,
              value: (vars) => String(Number(vars.get(`${prefix}seq`)) + 1),
            });
            integers.set(seq, `${prefix}seq`);
            integers.set(seq + 1, `${prefix}seq_1`);
            return;
          }
          if (typeof value !== 'string' || !(UUID.test(value) || HASH.test(value))) return;
          if (!sentLater(index, value) || sentBefore(index, value)) return;
          columns.push({ expr: cell, name });
          // A variable right after a colon (`case:<id>:accept`) would read as `::`: the colon goes in.
          if (later(index).some((p) => typeof p === 'string' && p.includes(`:${value}`))) {
            columns.push({ expr: `':' || ${cell}`, name: `${name}_colon` });
            strings.set(`:${value}`, `:${prefix}${name}_colon`);
          }
          strings.set(value, `:${prefix}${name}`);
        });
      });
    }
    // Every variable named must have been set before: a replaced value running into a letter or digit
    // (`:name` takes them all) would name another, which pgbench would leave as it is.
    for (const [, colons, name] of sql.matchAll(/(:+)([A-Za-z0-9_]+)/g))
      if (colons!.length === 1 && /^(v\d+_|key$)/.test(name!) && !defined.has(name!))
        throw new Error(`replay: :${name} is not set before ${sql.slice(0, 300)}`);
    let gset: string | null = null;
    if (columns.length > 0) {
      const plain = entry.rows.length === 1 && columns.every((c) => c.expr === `"${c.name}"`);
      if (!plain)
        sql = `WITH r AS (${sql}) SELECT ${columns.map((c) => `${c.expr} AS "${c.name}"`).join(', ')} FROM r`;
      for (const name of plain ? entry.fields : columns.map((c) => c.name)) defined.add(`${prefix}${name}`);
      gset = prefix;
    }
    for (const step of afterwards) if (step.kind === 'set') defined.add(step.name);
    steps.push({ kind: 'sql', sql, gset, inTransaction, control: false }, ...afterwards);
  });
  return { steps, statements, transactionStatements, tables: [...tables] };
}

/** The replay as a pgbench script; `transactionOnly` keeps the statements between BEGIN and COMMIT. */
function pgbenchScript(replay: Replay, transactionOnly: boolean): string {
  const lines = [
    '-- One application submitted through POST /api/cases, as captured from the driver (bench/submit.ts).',
  ];
  for (const step of replay.steps) {
    if (step.kind === 'set') lines.push(`\\set ${step.name} ${step.expr}`);
    else if (!transactionOnly || step.inTransaction)
      lines.push(step.gset ? `${step.sql} \\gset ${step.gset}` : `${step.sql};`);
  }
  return `${lines.join('\n')}\n`;
}

/** pgbench's substitution of `:name` (a defined variable; `::` is a cast and skipped). */
function substitute(sql: string, vars: Map<string, string>): string {
  return sql.replace(/(:+)([A-Za-z0-9_]+)/g, (match, colons: string, name: string) =>
    colons.length === 1 && vars.has(name) ? vars.get(name)! : match,
  );
}

/** The replay run in-process on PGlite, one submission after another (PGlite serves one at a time). */
async function replayOnPglite(client: PGlite, replay: Replay): Promise<void> {
  const vars = new Map<string, string>();
  const run = async (query: PGlite['query'], step: Extract<Step, { kind: 'sql' }>) => {
    const result = await query.call(client, substitute(step.sql, vars));
    if (step.gset) {
      const row = result.rows[0] as Record<string, unknown> | undefined;
      if (!row || result.rows.length !== 1)
        throw new Error(`\\gset: ${result.rows.length} rows: ${step.sql}`);
      for (const [name, value] of Object.entries(row)) vars.set(`${step.gset}${name}`, String(value));
    }
  };
  const steps = replay.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.kind === 'set') vars.set(step.name, step.value(vars));
    else if (step.control && /^BEGIN/i.test(step.sql)) {
      const end = steps.findIndex((s, j) => j > i && s.kind === 'sql' && s.control);
      await client.transaction(async (tx) => {
        for (const inner of steps.slice(i + 1, end)) {
          if (inner.kind === 'set') vars.set(inner.name, inner.value(vars));
          else await run(tx.query as PGlite['query'], inner);
        }
      });
      i = end;
    } else await run(client.query, step);
  }
}

/** Counts of the tables a submission writes, to check that a replay writes the same rows. */
async function rowCounts(database: Database, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await database.sql.query<{ n: number | string }>(`select count(*) as n from "${table}"`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}
const delta = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.keys(after).map((t) => [t, after[t]! - (before[t] ?? 0)]));

/** Records every statement the driver sends while `work` runs (one request at a time). */
async function captureSql<T>(
  kind: 'pglite' | 'postgres',
  work: () => Promise<T>,
): Promise<{ captured: Captured[]; view: T }> {
  const captured: Captured[] = [];
  const record = (text: string, params: unknown[] | undefined) => {
    const entry: Captured = { text, params: params ?? [], fields: [], rows: [] };
    captured.push(entry);
    return (result: { fields?: { name: string }[]; rows?: unknown[] }) => {
      entry.fields = (result.fields ?? []).map((f) => f.name);
      entry.rows = (result.rows ?? []).map((row) =>
        Array.isArray(row) ? row : entry.fields.map((f) => (row as Record<string, unknown>)[f]),
      );
    };
  };
  if (kind === 'postgres') {
    const { default: pgModule } = await import('pg');
    const proto = pgModule.Client.prototype as unknown as {
      query: (config: unknown, values?: unknown, callback?: unknown) => unknown;
    };
    const original = proto.query;
    // Drizzle calls `query(config, values)` on a transaction's client; the pool calls it with a callback.
    proto.query = function (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) {
      const text = typeof config === 'string' ? config : (config as { text: string }).text;
      const params = (Array.isArray(values) ? values : (config as { values?: unknown[] }).values) ?? [];
      const done = record(text, params);
      const last = typeof values === 'function' ? values : callback;
      if (typeof last === 'function') {
        const wrapped = (error: unknown, result: pg.QueryResult) => {
          if (!error) done(result);
          return (last as (e: unknown, r: unknown) => unknown)(error, result);
        };
        return typeof values === 'function'
          ? original.call(this, config, wrapped)
          : original.call(this, config, values, wrapped);
      }
      const result = original.call(this, config, values);
      if (result instanceof Promise) result.then(done, () => undefined);
      return result;
    };
    try {
      return { captured, view: await work() };
    } finally {
      proto.query = original;
    }
  }
  const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
  type Query = (text: string, params?: unknown[], options?: unknown) => Promise<never>;
  const proto = PGliteClass.prototype as unknown as { query: Query; transaction: PGlite['transaction'] };
  const { query, transaction } = proto;
  const wrap =
    (original: Query, self: unknown): Query =>
    async (text, params, options) => {
      const done = record(text, params);
      const result = await original.call(self, text, params, options);
      done(result);
      return result;
    };
  proto.query = function (this: PGlite, text, params, options) {
    return wrap(query, this)(text, params, options);
  };
  proto.transaction = function <T>(
    this: PGlite,
    callback: (tx: Parameters<Parameters<PGlite['transaction']>[0]>[0]) => Promise<T>,
  ) {
    record('BEGIN', [])({});
    return transaction
      .call(this, (tx) => {
        tx.query = wrap(tx.query as unknown as Query, tx) as unknown as typeof tx.query;
        return callback(tx);
      })
      .finally(() => record('COMMIT', [])({})) as Promise<T>;
  } as PGlite['transaction'];
  try {
    return { captured, view: await work() };
  } finally {
    proto.query = query;
    proto.transaction = transaction;
  }
}

interface PgbenchFigure {
  tps: number;
  latencyMs: number;
  transactions: number;
  machine: number | null;
  sessions?: Sessions;
}

function pgbench(url: string, scriptFile: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgbenchPath, ['-n', '-f', scriptFile, ...args, url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', (error) => reject(new Error(`${pgbenchPath}: ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0 || /aborted|error:/i.test(out))
        reject(new Error(`pgbench exited ${code}:\n${out.slice(0, 3000)}`));
      else resolve(out);
    });
  });
}

async function measurePgbench(
  url: string,
  scriptFile: string,
  observe?: () => () => Promise<Sessions>,
): Promise<PgbenchFigure> {
  const common = ['-c', String(connections), '-j', String(Math.min(connections, cpus().length))];
  if (warmup > 0) await pgbench(url, scriptFile, [...common, '-T', String(warmup)]);
  const stop = observe?.();
  const ticks = cpuTicks();
  const out = await pgbench(url, scriptFile, [...common, '-T', String(duration)]);
  const machine = machineBusy(ticks);
  const sessions = await stop?.();
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
  const latency = /latency average = ([\d.]+) ms/.exec(out);
  const processed = /number of transactions actually processed: (\d+)/.exec(out);
  const failed = /number of failed transactions: (\d+)/.exec(out);
  if (!tps || !processed || (failed && failed[1] !== '0'))
    throw new Error(`pgbench: unexpected output\n${out}`);
  return {
    tps: Math.round(Number(tps[1])),
    latencyMs: Number(latency?.[1] ?? 0),
    transactions: Number(processed[1]),
    machine,
    sessions,
  };
}

// ---------------------------------------------------------------------------------------------------
// The run.

const { loadConfig } = await import('../src/platform/config.ts');
const { openPglite } = await import('../src/platform/db/pglite.ts');
const { openPostgres } = await import('../src/platform/db/postgres.ts');
const { prepareDatabase } = await import('../src/prepare-database.ts');
const { createServer } = await import('../src/server.ts');
const { default: pgModule } = await import('pg');

const config = loadConfig(
  {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    CHENGNUO_SM2_PRIVATE_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    CHENGNUO_JOBS: '0',
    CHENGNUO_DEMO: '0',
    LOGINS_PER_ADDRESS_PER_MINUTE: '100000',
  },
  [],
);

async function startApp(database: Database): Promise<{ app: FastifyInstance; origin: string }> {
  await prepareDatabase({ config: { loadDemo: true, passwordHashing: 'fast' }, database, now: new Date() });
  const app = await createServer({ config, database });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, origin };
}

/** Submits once through the API while capturing its SQL, and checks the replay writes the same rows. */
async function captureReplay(
  kind: 'pglite' | 'postgres',
  database: Database,
  origin: string,
  client: LoadJob['clients'][number],
) {
  const key = `capture-${randomUUID()}`;
  const tablesOfSubmission = [
    'cases',
    'case_proofs',
    'commitments',
    'case_documents',
    'deadlines',
    'notifications',
    'audit_entries',
  ];
  const before = await rowCounts(database, tablesOfSubmission);
  const { captured, view: posted } = await captureSql(kind, async () =>
    expectJson<{ id: string }>(await postMinimal(origin, client, key), 201, 'POST /api/cases'),
  );
  const apiDelta = delta(before, await rowCounts(database, tablesOfSubmission));
  const view = await checkedView(origin, client, posted.id);
  const replay = buildReplay(captured, { idempotencyKey: key, caseNo: view.caseNo });
  return { replay, apiDelta, tables: tablesOfSubmission };
}

const summary: Record<string, unknown> = {};
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const formatFigure = (f: Figure) =>
  `${f.rps} submissions/s p50 ${f.p50} ms p99 ${f.p99} ms` +
  (f.cpuUs !== null ? `, server CPU ${(f.cpuUs / 1000).toFixed(2)} ms/submission` : '') +
  (f.machine !== null ? `, machine ${f.machine}% busy` : '');

console.log(
  `submit: POST /api/cases (3 proofs: 2 committed with the platform's SM2 signature, 1 uploaded), ` +
    `${connections} virtual clients each with its own session, ${duration} s after ${warmup} s warm-up, ` +
    `${rounds} round(s), medians shown; ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`,
);

if (databases.includes('pglite')) {
  const dataDir = pgliteStorage === 'disk' ? mkdtempSync(path.join(tmpdir(), 'chengnuo-bench-')) : undefined;
  const database = await openPglite({ dataDir: dataDir ? path.join(dataDir, 'pgdata') : undefined });
  try {
    const { app, origin } = await startApp(database);
    const { clients, matter } = await prepareClients(origin, connections);
    const checked = await submitOnce(origin, clients[0]!, 'check-pglite-1');
    const again = await submitOnce(origin, clients[0]!, 'check-pglite-1', 200);
    if (again.id !== checked.id) throw new Error('the same Idempotency-Key answered another case');
    console.log(
      `  matter ${matter.code} ${matter.name}: ${matter.proofs.map((p) => `${p.name}${p.listed ? '（清单）' : ''}`).join('、')}`,
    );
    const { replay, apiDelta, tables } = await captureReplay('pglite', database, origin, clients[0]!);
    const pglite = (database as unknown as { db: { $client: PGlite } }).db.$client;
    const replayBefore = await rowCounts(database, tables);
    await replayOnPglite(pglite, replay);
    const replayDelta = delta(replayBefore, await rowCounts(database, tables));
    if (JSON.stringify(replayDelta) !== JSON.stringify(apiDelta))
      throw new Error(
        `the replay writes ${JSON.stringify(replayDelta)}, the API ${JSON.stringify(apiDelta)}`,
      );
    console.log(
      `  one submission: ${replay.statements} statements, ${replay.transactionStatements} in its transaction; writes ${JSON.stringify(apiDelta)}`,
    );
    const target = { name: 'pglite', url: `${origin}/api/cases`, clients };
    const runs: { api: Figure; replay: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const api = await measureApi(target);
      // The same SQL in this process, one submission after another, for `duration` seconds.
      let replays = 0;
      const started = performance.now();
      while (performance.now() - started < duration * 1000) {
        await replayOnPglite(pglite, replay);
        replays += 1;
      }
      const replayRate = Math.round(replays / ((performance.now() - started) / 1000));
      runs.push({ api, replay: replayRate });
      console.log(
        `  pglite round ${round + 1}: API ${formatFigure(api)} | SQL replay in-process ${replayRate}/s`,
      );
    }
    const api = medianOf(runs.map((r) => r.api));
    const replayRate = Math.round(median(runs.map((r) => r.replay)));
    say(
      `submit pglite: API ${formatFigure(api)} | SQL replay ${replayRate}/s | ratio ${(api.rps / replayRate).toFixed(2)}` +
        (api.rps < GOAL_PGLITE ? ` (below the goal of ${GOAL_PGLITE}/s)` : ''),
    );
    summary.pglite = { storage: pgliteStorage, api, replay: replayRate, runs, statements: replay.statements };
    await app.close();
  } finally {
    await database.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

function medianOf(figures: Figure[]): Figure {
  const m = (pick: (f: Figure) => number | null) => {
    const values = figures.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  return {
    rps: Math.round(m((f) => f.rps)!),
    p50: m((f) => f.p50)!,
    p99: m((f) => f.p99)!,
    cpuUs: m((f) => f.cpuUs),
    machine: m((f) => f.machine),
    requests: figures.reduce((sum, f) => sum + f.requests, 0),
  };
}

if (databases.includes('postgres')) {
  const name = `chengnuo_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pgModule.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const scriptDir = mkdtempSync(path.join(tmpdir(), 'chengnuo-pgbench-'));
  let database: Database | null = null;
  try {
    database = await openPostgres({ url: databaseUrl });
    const { app, origin } = await startApp(database);
    const { clients } = await prepareClients(origin, connections);
    const checked = await submitOnce(origin, clients[0]!, 'check-postgres-1');
    const again = await submitOnce(origin, clients[0]!, 'check-postgres-1', 200);
    if (again.id !== checked.id) throw new Error('the same Idempotency-Key answered another case');
    const target = { name: 'postgres', url: `${origin}/api/cases`, clients };
    // A first load so that the captured statements carry realistic counters, then the capture.
    await load(target, 1, `prime-${randomUUID()}`);
    const { replay, apiDelta, tables } = await captureReplay('postgres', database, origin, clients[0]!);
    const requestScript = path.join(scriptDir, 'submit-request.sql');
    const transactionScript = path.join(scriptDir, 'submit-transaction.sql');
    writeFileSync(requestScript, pgbenchScript(replay, false));
    writeFileSync(transactionScript, pgbenchScript(replay, true));
    for (const script of [requestScript, transactionScript]) {
      const before = await rowCounts(database, tables);
      await pgbench(databaseUrl, script, ['-c', '1', '-t', '1']);
      const written = delta(before, await rowCounts(database, tables));
      if (JSON.stringify(written) !== JSON.stringify(apiDelta))
        throw new Error(`${script} writes ${JSON.stringify(written)}, the API ${JSON.stringify(apiDelta)}`);
    }
    console.log(
      `  one submission: ${replay.statements} statements, ${replay.transactionStatements} in its transaction; ` +
        `pgbench scripts ${requestScript} and ${transactionScript} write the same rows as the API`,
    );
    if (process.env.BENCH_KEEP_SCRIPTS) {
      writeFileSync(
        path.join(process.env.BENCH_KEEP_SCRIPTS, 'submit-request.sql'),
        pgbenchScript(replay, false),
      );
      writeFileSync(
        path.join(process.env.BENCH_KEEP_SCRIPTS, 'submit-transaction.sql'),
        pgbenchScript(replay, true),
      );
    }
    const observe = () => sampleSessions(databaseUrl, name);
    const runs: { api: Figure; request: PgbenchFigure; transaction: PgbenchFigure; ratio: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['api', 'pgbench'] as const) : (['pgbench', 'api'] as const);
      let api: Figure | null = null;
      let request: PgbenchFigure | null = null;
      let transaction: PgbenchFigure | null = null;
      for (const side of order) {
        if (side === 'api') api = await measureApi(target, observe);
        else {
          request = await measurePgbench(databaseUrl, requestScript, observe);
          transaction = await measurePgbench(databaseUrl, transactionScript);
        }
      }
      runs.push({
        api: api!,
        request: request!,
        transaction: transaction!,
        ratio: round2(api!.rps / request!.tps),
      });
      console.log(
        `  postgres round ${round + 1}: API ${formatFigure(api!)} | pgbench request ${request!.tps} tps ` +
          `(${request!.latencyMs} ms, machine ${request!.machine}% busy), transaction ${transaction!.tps} tps ` +
          `(${transaction!.latencyMs} ms)\n    API ${formatSessions(api!.sessions)}\n    pgbench request ${formatSessions(request!.sessions)}`,
      );
    }
    const api = medianOf(runs.map((r) => r.api));
    const request = Math.round(median(runs.map((r) => r.request.tps)));
    const transaction = Math.round(median(runs.map((r) => r.transaction.tps)));
    const ratio = round2(median(runs.map((r) => r.ratio)));
    say(
      `submit postgres: API ${formatFigure(api)} | pgbench request ${request} tps | ` +
        `pgbench transaction ${transaction} tps | ratio API/pgbench request ${ratio.toFixed(2)}` +
        (ratio < GOAL_RATIO ? ` (below the goal of ${GOAL_RATIO})` : '') +
        `, API/pgbench transaction ${(api.rps / transaction).toFixed(2)}`,
    );
    summary.postgres = { api, request, transaction, ratio, runs, statements: replay.statements };
    await app.close();
  } finally {
    await database?.close();
    if (process.env.BENCH_KEEP_DATABASE) console.log(`  kept the database ${databaseUrl}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(scriptDir, { recursive: true, force: true });
  }
}

console.log(
  JSON.stringify({
    bench: 'submit',
    connections,
    duration,
    warmup,
    rounds,
    pgliteStorage,
    goal: { ratio: GOAL_RATIO, pglite: GOAL_PGLITE },
    loadAverage: loadavg(),
    ...summary,
  }),
);
