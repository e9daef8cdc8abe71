// Issue 17: each message says what happened (申请, 受理, 补正, 决定 … 期限提醒, 逾期), the inbox filters
// by it, and 全部已读 marks every message read once, audited.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { users } from '../organisation/schema.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import { scanDeadlines } from './scan-deadlines.ts';
import { notifications } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await scanDeadlines({
    database: t.database,
    now: t.clock.now,
    calendar: await loadWorkingCalendar(t.database.db),
  });
});
afterAll(() => t.close());

interface Item {
  id: string;
  topic: string;
  title: string;
  readAt: string | null;
}
const inboxOf = async (username: string, query = '') => {
  const session = await t.login(username);
  const answer = await session.request('GET', `/api/inbox?limit=200${query}`);
  expect(answer.statusCode).toBe(200);
  return answer.json() as { unread: number; items: Item[] };
};

describe('issue 17 messages are typed by what happened', () => {
  it('tags the steps of a case by what they were, not all as 期限提醒', async () => {
    const { items } = await inboxOf('ls-case-officer');
    const topicOf = (pattern: RegExp) =>
      new Set(items.filter((i) => pattern.test(i.title)).map((i) => i.topic));
    expect(topicOf(/ 已提交申请$/)).toEqual(new Set(['application']));
    expect(topicOf(/ 已受理$/)).toEqual(new Set(['acceptance']));
    expect(topicOf(/ 已作出\S+决定$/)).toEqual(new Set(['decision']));
    expect(topicOf(/^【已逾期】/)).toEqual(new Set(['overdue']));
    expect(topicOf(/^【(即将到期|今日到期)】/)).toEqual(new Set(['reminder']));
  });

  it('tags assistance for the assisting officers, and the demo sends most kinds', async () => {
    const assisting = await inboxOf('ls-assisting-officer');
    expect(assisting.items.filter((i) => i.title.startsWith('新的协查请求')).map((i) => i.topic)).toContain(
      'assistance',
    );
    const all = await t.database.db.select({ topic: notifications.topic }).from(notifications);
    // The demo's cases, verifications, assistance and deadlines between them send most kinds.
    expect(new Set(all.map((n) => n.topic)).size).toBeGreaterThanOrEqual(6);
  });

  it('filters by topic, and refuses a topic that is not one', async () => {
    const decisions = await inboxOf('ls-case-officer', '&topic=decision');
    expect(decisions.items.length).toBeGreaterThan(0);
    expect(new Set(decisions.items.map((i) => i.topic))).toEqual(new Set(['decision']));
    const all = await inboxOf('ls-case-officer');
    expect(decisions.unread).toBe(all.unread); // the header's count stays that of every message
    const session = await t.login('ls-case-officer');
    const bad = await session.request('GET', '/api/inbox?topic=spam');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('topic');
  });

  it('gives messages written before the column the topic the code gives them now (the migration’s backfill)', async () => {
    const migration = readFileSync(
      path.resolve(import.meta.dirname, '../../drizzle/0021_notification_topics.sql'),
      'utf8',
    );
    const backfill = /SET "topic" = (CASE[\s\S]+?END);/.exec(migration)?.[1];
    expect(backfill).toBeDefined();
    const { rows: list } = await t.database.sql.query<{ topic: string; backfilled: string }>(
      `SELECT topic, ${backfill} AS backfilled FROM notifications`,
    );
    expect(list.length).toBeGreaterThan(20);
    expect(list.filter((r) => r.topic !== r.backfilled)).toEqual([]);
  });
});

describe('issue 17 全部已读', () => {
  it('marks every unread message of mine read, audits it once per district, and does nothing the second time', async () => {
    t.clock.now = new Date('2026-09-24T05:00:00.000Z');
    const before = await inboxOf('ls-verifier');
    expect(before.unread).toBeGreaterThan(1);
    const verifier = await t.login('ls-verifier');
    const [user] = await t.database.db.select().from(users).where(eq(users.username, 'ls-verifier'));
    const audited = () =>
      t.database.db
        .select()
        .from(auditEntries)
        .where(and(eq(auditEntries.action, 'notification.all-read'), eq(auditEntries.entityId, user!.id)));

    const first = await verifier.request('POST', '/api/inbox/read-all');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ marked: before.unread });
    const after = await inboxOf('ls-verifier');
    expect(after.unread).toBe(0);
    expect(after.items.every((i) => i.readAt === '2026-09-24T05:00:00.000Z')).toBe(true);
    const entries = await audited();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      chain: '370212',
      actorName: 'ls-verifier',
      after: { marked: before.unread },
    });

    const second = await verifier.request('POST', '/api/inbox/read-all');
    expect(second.json()).toEqual({ marked: 0 });
    expect(await audited()).toHaveLength(1);
    // Nobody else's messages changed.
    expect((await inboxOf('ls-case-officer')).unread).toBeGreaterThan(0);
  });
});
