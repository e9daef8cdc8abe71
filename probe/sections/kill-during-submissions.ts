// kill -9 during 20 concurrent submissions, then a restart and the clients' retries with their keys:
// nothing acknowledged is lost, nothing is there twice, nothing is half-written.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { HttpSession } from '../http.ts';
import { startServer } from '../server.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const CONCURRENT = 20;

interface Matter {
  id: string;
  proofs: { name: string; listed: boolean; disclosure: boolean }[];
}

export interface KillResult {
  rounds: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  halfWritten: number;
}

async function applicationBody(session: HttpSession): Promise<object> {
  const matters = (await session.request('GET', '/api/cases/matters?district=370212')).json<Matter[]>();
  const matter = matters.find((m) => m.proofs.some((p) => p.listed) && m.proofs.length >= 2)!;
  const file = (
    await session.request('POST', '/api/cases/files', {
      districtCode: '370212',
      fileName: '证明.pdf',
      contentType: 'application/pdf',
      contentBase64: PDF.toString('base64'),
    })
  ).json<{ id: string }>();
  return {
    administrativeMatterId: matter.id,
    submit: true,
    signature: { method: 'platform' },
    proofs: matter.proofs.map((p) =>
      p.listed
        ? { proof: p.name, choice: 'commit', disclosure: p.disclosure ? 'consent' : null }
        : { proof: p.name, choice: 'upload', fileId: file.id },
    ),
  };
}

/** What the database holds for the keys: cases per key, and cases missing proofs or commitments. */
type Inspect = (keys: string[]) => Promise<{ perKey: Map<string, number>; halfWritten: number }>;

const INSPECT_SQL = {
  perKey: `SELECT idempotency_key AS key, count(*)::int AS n FROM cases WHERE idempotency_key = ANY($1) GROUP BY 1`,
  halfWritten: `SELECT count(*)::int AS n FROM cases c WHERE c.idempotency_key = ANY($1) AND (
      NOT EXISTS (SELECT 1 FROM case_proofs p WHERE p.case_id = c.id)
      OR EXISTS (SELECT 1 FROM case_proofs p WHERE p.case_id = c.id AND p.choice = 'commit'
                 AND NOT EXISTS (SELECT 1 FROM commitments m WHERE m.case_id = c.id AND m.proof_name = p.proof_name)))`,
};

async function inspectWith(query: <R>(text: string, params: unknown[]) => Promise<R[]>, keys: string[]) {
  const rows = await query<{ key: string; n: number }>(INSPECT_SQL.perKey, [keys]);
  const [half] = await query<{ n: number }>(INSPECT_SQL.halfWritten, [keys]);
  return { perKey: new Map(rows.map((r) => [r.key, Number(r.n)])), halfWritten: Number(half?.n ?? 0) };
}

async function rounds(
  start: () => Promise<Awaited<ReturnType<typeof startServer>>>,
  inspect: Inspect,
  count: number,
): Promise<KillResult> {
  const result: KillResult = { rounds: count, acknowledged: 0, lost: 0, duplicated: 0, halfWritten: 0 };
  for (let round = 0; round < count; round++) {
    let server = await start();
    const session = await HttpSession.logIn(server.url, 'ls-applicant');
    const body = await applicationBody(session);
    const keys = Array.from({ length: CONCURRENT }, () => `probe-${randomUUID()}`);
    const acknowledged = new Set<string>();
    const burst = keys.map((key) =>
      session
        .request('POST', '/api/cases', body, { 'idempotency-key': key, prefer: 'return=minimal' })
        .then((a) => (a.status < 300 ? acknowledged.add(key) : undefined))
        .catch(() => undefined),
    );
    // Killed at a different point each round: after 1, 4, 7 … answers, or after two seconds.
    const killAfter = 1 + round * 3;
    const since = Date.now();
    while (acknowledged.size < killAfter && Date.now() - since < 2000)
      await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    await server.exited;
    await Promise.all(burst);
    result.acknowledged += acknowledged.size;
    // The clients retry everything not acknowledged, and everything acknowledged once more.
    server = await start();
    const again = await HttpSession.logIn(server.url, 'ls-applicant');
    for (const key of keys) {
      const retry = await again.request('POST', '/api/cases', body, {
        'idempotency-key': key,
        prefer: 'return=minimal',
      });
      if (retry.status >= 300) throw new Error(`retry of ${key}: ${retry.status} ${retry.body}`);
    }
    server.child.kill('SIGTERM');
    await server.exited;
    const { perKey, halfWritten } = await inspect(keys);
    result.lost += [...acknowledged].filter((k) => !perKey.has(k)).length;
    result.duplicated += [...perKey.values()].filter((n) => n > 1).length;
    result.halfWritten += halfWritten;
  }
  return result;
}

export async function killDuringSubmissionsOnPglite(count: number): Promise<KillResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-probe-kill-'));
  return rounds(
    () => startServer({ dataDir }),
    async (keys) => {
      const db = await openPglite({ dataDir: path.join(dataDir, 'pgdata') });
      try {
        return await inspectWith(
          async (text, params) => (await db.sql.query(text, params)).rows as never,
          keys,
        );
      } finally {
        await db.close();
      }
    },
    count,
  );
}

export async function killDuringSubmissionsOnPostgres(count: number, url: string): Promise<KillResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-probe-kill-'));
  return rounds(
    () => startServer({ dataDir, databaseUrl: url }),
    async (keys) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await inspectWith(async (text, params) => (await client.query(text, params)).rows, keys);
      } finally {
        await client.end();
      }
    },
    count,
  );
}
