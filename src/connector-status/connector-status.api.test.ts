// 接口状态: the big-data centre sees each outside system its district's work goes through — whether it
// answers, its circuit, its last success and failure, and what waits in the district's outboxes.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCreditReceiver, type TestCreditReceiver } from '../../tests/support/credit-receiver.ts';
import { startTestExchange, type TestExchange } from '../../tests/support/exchange.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, freshDatabase, type TestApp } from '../../tests/support/test-app.ts';
import { creditPushes } from '../credit/index.ts';

interface Status {
  district: { code: string; name: string };
  connectors: {
    key: 'exchange' | 'sms' | 'credit';
    answers: boolean | null;
    circuit: string | null;
    lastSuccessAt: string | null;
    lastFailureAt: string | null;
    lastFailure: { kind: string; status: number | null } | null;
    recentCalls: number;
    recentFailures: number;
    queued: number;
    givenUp: number;
    platformWide: boolean;
    platforms: { name: string; queued: number; givenUp: number; lastDeliveredAt: string | null }[];
  }[];
}

let t: TestApp;
let credit: TestCreditReceiver;
let exchange: TestExchange;

beforeAll(async () => {
  const database = await freshDatabase();
  credit = await startTestCreditReceiver(database, () => t.clock.now);
  exchange = await startTestExchange(database, () => t.clock.now);
  t = await createTestApp({
    database,
    creditPushes: credit.relay,
    onlineChecks: { ...exchange.runner, nudge: () => {} },
  });
});
afterAll(async () => {
  await credit.stop();
  await exchange.stop();
  await t.close();
});

const status = async (username: string) =>
  ok<Status>((await t.login(username)).request('GET', '/api/connectors'));
const row = (s: Status, key: string) => s.connectors.find((c) => c.key === key)!;
const stored = async (district: string, state: 'pending' | 'failed') =>
  (
    await t.database.db
      .select({ n: count() })
      .from(creditPushes)
      .where(and(eq(creditPushes.districtCode, district), eq(creditPushes.state, state)))
  )[0]!.n;

describe('接口状态 of the district’s outside systems', () => {
  it('names each system with its state, and counts the district’s outbox as it stands', async () => {
    const s = await status('ls-data');
    expect(s.district).toEqual({ code: '370212', name: '崂山区' });
    expect(s.connectors.map((c) => c.key)).toEqual(['exchange', 'sms', 'credit']);
    expect(row(s, 'exchange')).toMatchObject({ answers: true, circuit: 'closed' });
    // No SMS gateway is connected in this test: the row says so rather than guessing.
    expect(row(s, 'sms')).toMatchObject({ answers: null, circuit: null, platformWide: true });
    const pushes = row(s, 'credit');
    expect(pushes).toMatchObject({ answers: true, queued: await stored('370212', 'pending') });
    expect(pushes.givenUp).toBe(await stored('370212', 'failed'));
    expect(pushes.platforms.map((p) => p.name)).toContain('国家企业信用信息公示系统（山东）');
    expect(pushes.queued).toBeGreaterThan(0);
  });

  it('a relay run empties the queue and is the last success; an unreachable system is the last failure', async () => {
    await credit.relay.runOnce();
    const delivered = row(await status('ls-data'), 'credit');
    expect(delivered.queued).toBe(0);
    expect(delivered.lastSuccessAt).not.toBeNull();
    expect(delivered.recentCalls).toBeGreaterThan(0);
    expect(delivered.platforms.every((p) => p.queued === 0)).toBe(true);

    await credit.stop();
    await expect(
      credit.platform.pullFeed({ districtCode: '370212', platform: '信用山东', after: '0' }),
    ).rejects.toThrow();
    const down = row(await status('ls-data'), 'credit');
    expect(down.answers).toBe(false);
    expect(down.lastFailure).toEqual({ kind: 'unavailable', status: null });
    expect(Date.parse(down.lastFailureAt!)).toBeGreaterThanOrEqual(Date.parse(down.lastSuccessAt!));
    expect(down.recentFailures).toBeGreaterThan(0);
    await credit.restart();
  });

  it('each district’s centre counts its own outbox; other roles are refused', async () => {
    const st = row(await status('st-data'), 'credit');
    expect(st.platforms.map((p) => p.name)).toContain('枣庄市公共信用信息平台');
    const ls = row(await status('ls-data'), 'credit');
    expect(ls.platforms.map((p) => p.name)).not.toContain('枣庄市公共信用信息平台');
    for (const username of ['ls-verifier', 'ls-justice', 'ls-admin', 'ls-auditor', 'ls-applicant'])
      expect((await (await t.login(username)).request('GET', '/api/connectors')).statusCode, username).toBe(
        403,
      );
  });
});
