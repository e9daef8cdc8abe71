// `npm run probe`: the security issue's figures, measured the same way every time, printed as a table
// and written to docs/reliability.md. Sections (PROBE_ONLY=a,b to choose): anonymous, fuzz, xff,
// kill-pglite, kill-postgres, connections, sigterm. PROBE_FUZZ requests per role (10000), PROBE_ROUNDS
// kill -9 rounds per database (5), PROBE_POSTGRES_URL the server's maintenance database
// (postgres://postgres@127.0.0.1:5432/postgres); PostgreSQL sections are skipped if it does not answer.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { connectionLoss } from './sections/connection-loss.ts';
import { anonymousCalls, forgedForwardedFor, fuzz, inProcessApp, logIn } from './sections/in-process.ts';
import {
  killDuringSubmissionsOnPglite,
  killDuringSubmissionsOnPostgres,
} from './sections/kill-during-submissions.ts';
import { sigtermThroughNpm } from './sections/sigterm.ts';
import { root } from './server.ts';

const only = process.env.PROBE_ONLY?.split(',');
const wanted = (section: string) => !only || only.includes(section);
const FUZZ = Number(process.env.PROBE_FUZZ ?? 10_000);
const ROUNDS = Number(process.env.PROBE_ROUNDS ?? 5);
const MAINTENANCE = process.env.PROBE_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROLES = [
  'ls-applicant',
  'ls-case-officer',
  'ls-verifier',
  'ls-assisting-officer',
  'ls-regulator',
  'ls-justice',
  'ls-credit',
  'ls-data',
  'ls-auditor',
  'ls-admin',
  'qd-justice',
  'platform-admin',
];

interface Row {
  probe: string;
  measured: string;
  goal: string;
  met: boolean;
}
const rows: Row[] = [];
const record = (row: Row) => {
  rows.push(row);
  process.stdout.write(`${row.met ? 'MET ' : 'MISS'}  ${row.probe}: ${row.measured}\n`);
};

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: MAINTENANCE });
  try {
    await admin.connect();
  } catch {
    process.stdout.write(`PostgreSQL at ${MAINTENANCE} does not answer: skipped\n`);
    return null;
  }
  const name = `chengnuo_probe_${randomUUID().slice(0, 8)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(MAINTENANCE);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

execFileSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], { stdio: 'inherit' });

if (wanted('anonymous') || wanted('fuzz')) {
  // The fuzzing logs in many times from one address: the per-address cap is not what it probes.
  const { app, close } = await inProcessApp({ LOGINS_PER_ADDRESS_PER_MINUTE: '100000' });
  if (wanted('anonymous')) {
    const { protectedOps, not401 } = await anonymousCalls(app);
    record({
      probe: 'anonymous call of every protected operation',
      measured: `${protectedOps - not401.length} of ${protectedOps} answer 401${not401.length ? `; ${not401.slice(0, 3).join('; ')}` : ''}`,
      goal: 'all 401',
      met: not401.length === 0,
    });
  }
  if (wanted('fuzz')) {
    let requests = 0;
    const errors: string[] = [];
    const shapes: string[] = [];
    const sessions = [{ cookies: {}, csrf: '' }];
    for (const who of ROLES) sessions.push(await logIn(app, who));
    for (const [i, { cookies, csrf }] of sessions.entries()) {
      const result = await fuzz(app, cookies, csrf, FUZZ, 20261206 + i);
      requests += result.requests;
      errors.push(...result.serverErrors);
      shapes.push(...result.badShapes);
    }
    record({
      probe: `${FUZZ} OpenAPI-generated bad requests per role (${ROLES.length} roles and anonymous, fast-check)`,
      measured: `${errors.length} × 5xx in ${requests}; ${shapes.length} 4xx outside the one shape${errors.length ? `; first: ${errors[0]}` : ''}${shapes.length ? `; first: ${shapes[0]}` : ''}`,
      goal: '0 × 5xx; every 4xx in the one error shape naming the field',
      met: errors.length === 0 && shapes.length === 0,
    });
  }
  await close();
}

if (wanted('xff')) {
  const { capped } = await forgedForwardedFor();
  record({
    probe: 'forged X-Forwarded-For after the per-address login cap',
    measured: capped ? 'still capped (429)' : 'cap bypassed',
    goal: 'ignored unless configured',
    met: capped,
  });
}

const killRow = (where: string, r: Awaited<ReturnType<typeof killDuringSubmissionsOnPglite>>): Row => ({
  probe: `kill -9 during 20 concurrent submissions, ${r.rounds} rounds on ${where}`,
  measured: `${r.lost} lost, ${r.duplicated} duplicated, ${r.halfWritten} half-written (${r.acknowledged} acknowledged)`,
  goal: '0 lost, 0 duplicated, 0 half-written',
  met: r.lost === 0 && r.duplicated === 0 && r.halfWritten === 0,
});
if (wanted('kill-pglite')) record(killRow('PGlite', await killDuringSubmissionsOnPglite(ROUNDS)));
if (wanted('kill-postgres')) {
  const r = await withDatabase((url) => killDuringSubmissionsOnPostgres(ROUNDS, url));
  if (r) record(killRow('PostgreSQL', r));
}
if (wanted('connections')) {
  const r = await withDatabase((url) => connectionLoss(url));
  if (r)
    record({
      probe: 'database connections terminated under load (5 times)',
      measured: `${r.crashes} crashes, recovered in ≤ ${r.recoverySeconds.toFixed(1)} s, ${r.lost} lost of ${r.acknowledged} acknowledged (${r.unavailable} answered 503)`,
      goal: '0 crashes, recovery without a hand within 5 s, 0 lost acknowledged',
      met: r.crashes === 0 && r.recoverySeconds <= 5 && r.lost === 0,
    });
}
if (wanted('sigterm')) {
  const r = await sigtermThroughNpm();
  record({
    probe: 'SIGTERM under load through npm start (to npm, then to the process group)',
    measured: `stopped in ${r.stopMs.map((ms) => `${ms} ms`).join(' / ')}, lock ${r.lockReleased ? 'released' : 'left'}, ${r.orphaned} orphaned, ${r.unansweredAfterRead} read and not answered (${r.answered} answered; ${r.cutBetweenRequests} idle keep-alive connections closed)`,
    goal: 'stops ≤ 5 s, lock released, 0 requests reset after they were read',
    met:
      r.stopMs.every((ms) => ms <= 5000) && r.lockReleased && r.orphaned === 0 && r.unansweredAfterRead === 0,
  });
}

const table = [
  '| probe | measured | goal | |',
  '|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.probe} | ${r.measured.replace(/\|/g, '\\|')} | ${r.goal} | ${r.met ? 'met' : '**not met**'} |`,
  ),
].join('\n');
process.stdout.write(`\n${table}\n`);
if (!only) {
  const report = path.join(root, 'docs/reliability.md');
  writeFileSync(
    report,
    `# Reliability and security probes\n\nMeasured by \`npm run probe\` on ${new Date().toISOString().slice(0, 10)} (2 cores, Node ${process.version}, PostgreSQL server on 127.0.0.1). What each probe does is in \`probe/\`.\n\n${table}\n`,
  );
  // The report is committed, so it is written as the formatter would write it.
  execFileSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', report], {
    stdio: 'ignore',
  });
}
process.exitCode = rows.every((r) => r.met) ? 0 : 1;
