// Security issue, point 2: on PostgreSQL, a server that cuts the app's connections (a restart,
// pg_terminate_backend) fails only the requests in flight, with 503 and Retry-After; the process
// lives on, reconnects by itself, and every write it acknowledged is there.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provenPhone } from '../../../tests/support/registration.ts';
import { createTestApp, freshPostgresUrl, type TestApp } from '../../../tests/support/test-app.ts';
import { openPostgres } from './postgres.ts';

const onServer = Boolean(process.env.DATABASE_URL);
let t: TestApp;
let url: string;

beforeAll(async () => {
  if (!onServer) return;
  url = await freshPostgresUrl();
  t = await createTestApp({ database: await openPostgres({ url }) });
});
afterAll(() => t?.close());

/** Ends every server session of the app's pool (as an operator or a restart would). */
async function terminateAppConnections(): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE application_name = 'chengnuo' AND datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.length;
  } finally {
    await admin.end();
  }
}

describe.skipIf(!onServer)('Q-4 a server that drops its connections', () => {
  it('keeps answering while its connections are terminated under load, and keeps every acknowledged write', async () => {
    // Six applicants still to prove whom they are; each names itself again and again (a write each).
    const sessions = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (w) => {
        const username = `load-${w}`;
        await t.anonymous('POST', '/api/auth/register', {
          username,
          password: 'Register2026',
          kind: 'person',
          name: '负载测试',
          identifier: '370212199109300578',
          districtCode: '370212',
          ...(await provenPhone(t, `1391234567${w}`)),
        });
        return t.login(username, 'Register2026');
      }),
    );
    const acknowledged: string[] = [];
    let unavailable = 0;
    const other: string[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `负载${w}号${i}次`;
        const response = await sessions[w]!.request('POST', '/api/auth/party-claim', {
          kind: 'person',
          name,
          identifier: '370212199109300578',
        });
        if (response.statusCode === 204) acknowledged.push(name);
        else if (response.statusCode === 503) {
          unavailable += 1;
          expect(response.headers['retry-after']).toBe('5');
          expect(response.json().code).toBe('UNAVAILABLE');
        } else other.push(`${response.statusCode} ${response.body}`);
        // Requests injected in-process never wait on a socket: give the database's I/O its turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const load = Promise.all(sessions.map((_, w) => worker(w)));
    // Each round waits for the load to have written more (not for a time), then cuts the connections.
    const moreWrites = async (count: number) => {
      const target = acknowledged.length + count;
      while (acknowledged.length < target && other.length === 0) await new Promise((r) => setImmediate(r));
    };
    let ended = 0;
    for (let round = 0; round < 4; round++) {
      await moreWrites(5);
      ended += await terminateAppConnections();
    }
    await moreWrites(5);
    stop = true;
    await load;
    expect(ended).toBeGreaterThan(0);
    expect(other).toEqual([]);
    // Recovered without a hand: the next request works.
    expect((await t.anonymous('GET', '/api/health')).statusCode).toBe(200);
    const { rows } = await t.database.sql.query<{ name: string }>(
      "SELECT name FROM party_claims WHERE name LIKE '负载%'",
    );
    const stored = new Set(rows.map((r) => r.name));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(20);
    // Terminating idle connections too is survived.
    await terminateAppConnections();
    const health = await t.anonymous('GET', '/api/health');
    expect(health.statusCode, health.body).toBe(200);
    console.info(`connection loss: ${acknowledged.length} acknowledged, ${unavailable} answered 503`);
  });
});
