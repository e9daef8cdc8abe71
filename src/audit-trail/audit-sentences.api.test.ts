// GOV-5 / issue 17: the audit trail as people read it: each entry a sentence naming who, what, which
// object by its human identifier and when; the stored entry kept for the technical details.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { cases } from '../cases/index.ts';
import { auditEntries } from '../platform/audit/schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LS = '370212';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Listed {
  seq: number;
  action: string;
  entityType: string;
  entityId: string;
  hash: string;
  before: unknown;
  after: unknown;
  sentence: { zh: string; en: string };
}

const listed = async (query: string) => {
  const admin = await t.login('ls-admin');
  const answer = await admin.request('GET', `/api/audit/entries?chain=${LS}&${query}`);
  expect(answer.statusCode).toBe(200);
  return answer.json() as Listed[];
};

describe('GOV-5 audit entries read as sentences', () => {
  it('writes every entry of a page as a sentence without ids, codes or JSON, and keeps the stored entry', async () => {
    const entries = await listed('limit=200');
    expect(entries.length).toBeGreaterThan(50);
    for (const e of entries) {
      expect(e.sentence.zh, e.action).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}，.+。$/);
      expect(e.sentence.zh, e.action).not.toMatch(UUID);
      expect(e.sentence.zh, e.action).not.toContain(e.action);
      expect(e.sentence.zh, e.action).not.toMatch(/[{}"]/);
      expect(e.sentence.en, e.action).not.toMatch(UUID);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // More than one kind of object is named, each by its words.
    expect(new Set(entries.map((e) => e.entityType)).size).toBeGreaterThan(3);
  });

  it('names a case by its case number and the officer by name, role and agency', async () => {
    const [accepted] = await listed('limit=1&action=case.accepted');
    expect(accepted).toBeDefined();
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, accepted!.entityId));
    const [stored] = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.chain, LS), eq(auditEntries.seq, accepted!.seq)));
    expect(accepted!.sentence.zh).toContain(`受理了案件 ${row!.caseNo}`);
    expect(accepted!.sentence.zh).toMatch(/（窗口人员，崂山区.+）受理了案件/);
    expect(accepted!.sentence.en).toContain(`accepted case ${row!.caseNo}`);
    expect(stored!.actorName).not.toBe('');
    expect(accepted!.sentence.zh).not.toContain(stored!.actorName);
  });

  it('says who created an agency and names it, in Chinese and English', async () => {
    t.clock.now = new Date('2026-09-24T06:30:00.000Z');
    const admin = await t.login('ls-admin');
    const created = await admin.request('POST', '/api/agencies', {
      jurisdictionCode: LS,
      name: '崂山区审计局',
      shortName: '区审计局',
      kind: 'handling-agency',
    });
    expect(created.statusCode).toBe(201);
    const [newest] = await listed('limit=1&action=agency.created');
    expect(newest!.entityId).toBe(created.json().id);
    expect(newest!.sentence).toEqual({
      zh: '2026-09-24 14:30，王海（系统管理员）新增了单位「崂山区审计局」。',
      en: '24 Sep 2026 14:30: 王海 (Administrator) created agency “崂山区审计局”.',
    });
  });

  it('names the platform’s own jobs and the signing-in of a user in words', async () => {
    const [login] = await listed('limit=1&action=session.opened');
    expect(login!.sentence.zh).toMatch(/，王海（系统管理员）登录了平台。$/);
    const demo = await listed('limit=5&action=demo.loaded');
    expect(demo[0]!.sentence.zh).toMatch(/，平台载入了崂山区的演示数据。$/);
  });

  it('filters by one kind of action and refuses an action that is not one, naming the field', async () => {
    const only = await listed('limit=200&action=case.submitted');
    expect(only.length).toBeGreaterThan(0);
    expect(new Set(only.map((e) => e.action))).toEqual(new Set(['case.submitted']));
    const admin = await t.login('ls-admin');
    const bad = await admin.request(
      'GET',
      `/api/audit/entries?chain=${LS}&action=${encodeURIComponent('drop table')}`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('action');
  });
});
