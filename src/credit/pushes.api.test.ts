// CRED-6: pushes to the credit platforms leave through the outbox, are never lost or duplicated
// (a relay that dies between send and receipt, a receiver away for ten minutes), and their state is
// visible to the district's credit officer, who retries a refused one.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCreditReceiver, type TestCreditReceiver } from '../../tests/support/credit-receiver.ts';
import { createTestApp, freshDatabase, type TestApp } from '../../tests/support/test-app.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import type { CreditPlatform } from './credit-platform.ts';
import { relayCreditPushes } from './push-relay.ts';
import { queueCreditPush } from './queue-credit-push.ts';
import { creditPushes } from './schema.ts';

const LS = '370212';
let t: TestApp;
let credit: TestCreditReceiver;

beforeAll(async () => {
  const database = await freshDatabase();
  credit = await startTestCreditReceiver(database, () => t.clock.now);
  t = await createTestApp({ database, creditPushes: credit.relay });
  // What the demo queued leaves first, so each test's relay handles its own pushes only.
  await credit.relay.runOnce();
});
afterAll(async () => {
  await credit.stop();
  await t.close();
});

const later = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

/** A push about a new subject of 崂山区, one per platform the district configures (two in the demo). */
async function queued(): Promise<{ subjectId: string; ids: string[] }> {
  const subjectId = randomUUID();
  await t.database.transaction((tx) =>
    queueCreditPush(tx, {
      districtCode: LS,
      kind: 'commitment',
      subjectId,
      summary: '张立新：申领失业保险金的告知承诺',
      data: {
        commitmentId: subjectId,
        party: { kind: 'person', name: '张立新', identifier: '370212197803122135' },
      },
      at: t.clock.now,
    }),
  );
  const rows = await pushesOf(subjectId);
  expect(rows).toHaveLength(2);
  return { subjectId, ids: rows.map((r) => r.id) };
}

const pushesOf = (subjectId: string) =>
  t.database.db
    .select()
    .from(creditPushes)
    .where(eq(creditPushes.subjectId, subjectId))
    .orderBy(creditPushes.platform);

/** What the receiver holds about a subject, by idempotency key. */
async function heldFor(subjectId: string) {
  return (await credit.received()).filter((p) => p.subjectId === subjectId);
}

describe('CRED-6 outbox relay', () => {
  it('CRED-6: a relay killed between send and receipt: after its lease another delivers, and the receiver holds each push once with its first receipt', async () => {
    const { subjectId } = await queued();
    // The dying process: the push reaches the receiver, then nothing more happens (no receipt stored).
    const dying: CreditPlatform = {
      ...credit.platform,
      deliver: async (push) => {
        await credit.platform.deliver(push);
        return new Promise(() => {});
      },
    };
    void relayCreditPushes({ database: t.database, platform: dying, now: () => t.clock.now });
    await expect.poll(async () => (await heldFor(subjectId)).length, { timeout: 10_000 }).toBe(1);
    const first = (await heldFor(subjectId))[0]!;

    // Still leased: a restarted relay leaves it alone until the lease runs out.
    later(30_000);
    await credit.relay.runOnce();
    expect((await pushesOf(subjectId)).map((r) => r.state)).toEqual(['pending', 'pending']);

    later(31_000);
    await credit.relay.runOnce();
    const rows = await pushesOf(subjectId);
    expect(rows.map((r) => r.state)).toEqual(['delivered', 'delivered']);
    const held = await heldFor(subjectId);
    expect(held.map((p) => p.idempotencyKey).sort()).toEqual(rows.map((r) => r.idempotencyKey).sort());
    const resent = rows.find((r) => r.idempotencyKey === first.idempotencyKey)!;
    expect(resent.receipt).toEqual({ receiptId: first.receiptId, receivedAt: first.receivedAt });
    expect(resent.attempts).toBe(1);
  });

  it('CRED-6: a receiver stopped for ten minutes loses nothing: retries back off, and once it is back each push arrives once', async () => {
    const { subjectId } = await queued();
    await credit.stop();
    for (let minute = 0; minute < 10; minute++) {
      await credit.relay.runOnce();
      later(60_000);
    }
    const waiting = await pushesOf(subjectId);
    for (const row of waiting) {
      expect(row.state).toBe('pending');
      // Tried at 0, 1, 2, 3, 5 and 9 minutes: 15 s, 30 s, 1, 2, 4, 8 min apart.
      expect(row.attempts).toBe(6);
      expect(row.lastError).toMatch(/^credit: /);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(t.clock.now.getTime());
    }
    await credit.restart();
    await credit.relay.runOnce();
    expect((await pushesOf(subjectId)).map((r) => r.state)).toEqual(['pending', 'pending']);
    later(8 * 60_000);
    await credit.relay.runOnce();
    const rows = await pushesOf(subjectId);
    expect(rows.map((r) => r.state)).toEqual(['delivered', 'delivered']);
    expect(rows.every((r) => r.lastError === null && r.deliveredAt && r.receipt)).toBe(true);
    expect(await heldFor(subjectId)).toHaveLength(2);
  });

  it('CRED-6: a change that fails after queueing its push leaves no push', async () => {
    const subjectId = randomUUID();
    await expect(
      t.database.transaction(async (tx) => {
        await queueCreditPush(tx, {
          districtCode: LS,
          kind: 'fulfilment',
          subjectId,
          summary: '回滚的变更',
          data: {},
          at: t.clock.now,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await pushesOf(subjectId)).toEqual([]);
  });
});

describe('CRED-6 the credit officer’s pushes', () => {
  it('CRED-6: a refused push fails at once; its officer sees it and retries it once the refusal is cleared; others cannot', async () => {
    const { subjectId, ids } = await queued();
    credit.receiver.refuse([
      { subjectId, platform: '信用山东（山东省公共信用信息平台）', reason: '主体信息不一致' },
    ]);
    await credit.relay.runOnce();
    const rows = await pushesOf(subjectId);
    const refused = rows.find((r) => r.platform === '信用山东（山东省公共信用信息平台）')!;
    expect(refused.state).toBe('failed');
    expect(refused.attempts).toBe(1);
    expect(refused.lastError).toContain('主体信息不一致');
    expect(rows.find((r) => r !== refused)!.state).toBe('delivered');

    const officer = await t.login('ls-credit');
    const list = await officer.request('GET', '/api/credit/pushes?state=failed');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.counts.failed).toBeGreaterThanOrEqual(1);
    expect(body.items.every((i: { state: string }) => i.state === 'failed')).toBe(true);
    const item = body.items.find((i: { id: string }) => i.id === refused.id);
    expect(item).toMatchObject({
      kind: 'commitment',
      summary: '张立新：申领失业保险金的告知承诺',
      attempts: 1,
      receipt: null,
      allowedActions: ['retry'],
    });
    expect(JSON.stringify(body)).not.toContain('370212197803122135');

    const stranger = await t.login('st-credit');
    expect((await stranger.request('POST', `/api/credit/pushes/${refused.id}/retry`, {})).statusCode).toBe(
      404,
    );
    expect(
      (await stranger.request('GET', '/api/credit/pushes'))
        .json()
        .items.some((i: { id: string }) => ids.includes(i.id)),
    ).toBe(false);
    const delivered = rows.find((r) => r !== refused)!;
    const notFailed = await officer.request('POST', `/api/credit/pushes/${delivered.id}/retry`, {});
    expect(notFailed.statusCode).toBe(409);
    expect(notFailed.json().params.allowedActions).toEqual([]);

    credit.receiver.refuse([]);
    const retried = await officer.request('POST', `/api/credit/pushes/${refused.id}/retry`, {});
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual({ id: refused.id, state: 'pending' });
    await credit.relay.settled();
    const [after] = await t.database.db.select().from(creditPushes).where(eq(creditPushes.id, refused.id));
    expect(after).toMatchObject({ state: 'delivered', attempts: 2, lastError: null });
    expect(await heldFor(subjectId)).toHaveLength(2);
    const audit = await t.database.db
      .select()
      .from(auditEntries)
      .where(
        and(eq(auditEntries.action, 'credit-push.retried'), inArray(auditEntries.entityId, [refused.id])),
      );
    expect(audit).toHaveLength(1);
  });
});
