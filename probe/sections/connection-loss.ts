// PostgreSQL drops the server's connections under load (pg_terminate_backend, as a restart would):
// the process must live on, recover without a hand, and keep every write it acknowledged.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { HttpSession } from '../http.ts';
import { healthy, startServer } from '../server.ts';

export interface ConnectionLossResult {
  crashes: number;
  recoverySeconds: number;
  acknowledged: number;
  lost: number;
  unavailable: number;
}

async function terminate(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { rows } = await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'chengnuo' AND datname = current_database() AND pid <> pg_backend_pid()`,
  );
  await admin.end();
  return rows.length;
}

export async function connectionLoss(url: string): Promise<ConnectionLossResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-probe-conn-'));
  const server = await startServer({ dataDir, databaseUrl: url, env: { CHENGNUO_JOBS: '1' } });
  let crashed = false;
  void server.exited.then(() => {
    crashed = true;
  });
  // Applicants still to prove whom they are: each names itself again and again, one write each.
  const sessions: HttpSession[] = [];
  for (let i = 0; i < 8; i++) {
    const username = `probe-conn-${Date.now()}-${i}`;
    await fetch(`${server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username,
        password: 'Register2026',
        kind: 'person',
        name: '探测',
        identifier: '370212199109300578',
        districtCode: '370212',
      }),
    });
    sessions.push(await HttpSession.logIn(server.url, username, 'Register2026'));
  }
  const acknowledged: string[] = [];
  let unavailable = 0;
  let stop = false;
  const load = sessions.map(async (session, w) => {
    for (let i = 0; !stop && !crashed; i++) {
      const name = `探测${w}-${i}`;
      try {
        const answer = await session.request('POST', '/api/auth/party-claim', {
          kind: 'person',
          name,
          identifier: '370212199109300578',
        });
        if (answer.status === 204) acknowledged.push(name);
        else if (answer.status === 503) unavailable += 1;
      } catch {
        // the connection itself failed: counted by the crash check
      }
    }
  });
  let recoverySeconds = 0;
  for (let round = 0; round < 5; round++) {
    await new Promise((r) => setTimeout(r, 400));
    await terminate(url);
    const cut = Date.now();
    while (!crashed && !(await healthy(server.url))) await new Promise((r) => setTimeout(r, 50));
    recoverySeconds = Math.max(recoverySeconds, (Date.now() - cut) / 1000);
  }
  stop = true;
  await Promise.all(load);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM party_claims WHERE name LIKE '探测%'`,
  );
  await client.end();
  const stored = new Set(rows.map((r) => r.name));
  const crashes = crashed ? 1 : 0;
  if (!crashed) {
    server.child.kill('SIGTERM');
    await server.exited;
  } else process.stderr.write(`server ended:\n${server.output().slice(-3000)}\n`);
  return {
    crashes,
    recoverySeconds,
    acknowledged: acknowledged.length,
    lost: acknowledged.filter((n) => !stored.has(n)).length,
    unavailable,
  };
}
