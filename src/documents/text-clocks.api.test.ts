// DOC-3 the 10-working-day clock for publishing an item's texts (SPEC §10 Clocks: it starts when the item
// first appears in a published version of the district list), counted on the official calendar; the
// dashboard of published / due / overdue per item and per agency; the clock closed once both texts are
// out, cancelled when the item leaves the list, and reminded and escalated by the daily deadline scan.
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboard, publishText } from '../../tests/support/documents.ts';
import { TEST_NOW } from '../../tests/support/fixed-time.ts';
import {
  addBody,
  amendItem,
  catalogue,
  type DraftRow,
  ok,
  publish,
  workspace,
} from '../../tests/support/lists.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { scanDeadlines } from '../inbox/scan-deadlines.ts';
import { deadlines, notifications } from '../inbox/schema.ts';
import { textDeadlineKey } from '../lists/text-clocks.ts';
import { users } from '../organisation/schema.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A fresh session at the clock's current time (moving the clock on ends older sessions). */
const as = (username: string) => t.login(username);
const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const deadlineOf = async (key: string) =>
  (await t.database.db.select().from(deadlines).where(eq(deadlines.key, key)))[0];
const textClocks = () =>
  t.database.db.select().from(deadlines).where(like(deadlines.key, 'text-publication:370212:%'));
const rowOf = async (itemKey: string) =>
  (await dashboard(await as('ls-justice'))).items.find((i) => i.itemKey === itemKey);

describe('DOC-3 the demo: the items 崂山区 list version 2 added still have their clocks running', () => {
  it('shows them due on 2026-10-12: 10 working days after 2026-09-21, across Mid-Autumn and National Day', async () => {
    const calendar = await loadWorkingCalendar(t.database.db);
    expect(calendar.addWorkingDays('2026-09-21', 10).value).toBe('2026-10-12');
    const board = await dashboard(await as('ls-justice'));
    expect(board.versionNo).toBe(2);
    const pending = board.items.filter((i) => i.status !== 'published');
    expect(
      pending.map((i) => [i.name, i.agency, i.status, i.dueDate, i.notice, i.commitment]).sort(),
    ).toEqual([
      ['社会保险缴纳证明', '青岛市公安局崂山分局', 'due', '2026-10-12', false, false],
      ['退役证明', '崂山区退役军人事务局', 'due', '2026-10-12', false, false],
    ]);
    expect(board.items.length).toBeGreaterThanOrEqual(40);
    expect(board.items.filter((i) => i.status === 'published').every((i) => i.notice && i.commitment)).toBe(
      true,
    );
    expect(board.agencies.find((a) => a.agency === '崂山区退役军人事务局')).toEqual({
      agency: '崂山区退役军人事务局',
      published: 1,
      due: 1,
      overdue: 0,
    });
    const byAgency = board.agencies.reduce((n, a) => n + a.published + a.due + a.overdue, 0);
    expect(byAgency).toBe(board.items.length);
    // the clocks are deadlines of the handling agencies' case officers
    for (const item of pending)
      expect(await deadlineOf(textDeadlineKey('370212', item.itemKey))).toMatchObject({
        state: 'open',
        dueDate: '2026-10-12',
        responsibleRole: 'case-officer',
        responsibleAgencyId: item.agencyId,
      });
    // 山亭区 published every text
    const st = await dashboard(await as('st-justice'), '370406');
    expect(st.items.length).toBeGreaterThanOrEqual(40);
    expect(st.items.every((i) => i.status === 'published')).toBe(true);
  });
});

describe('DOC-3 a new item published in the district list on Monday 2026-09-28', () => {
  let added: DraftRow;
  let key: string;
  const HRSS = '崂山区人力资源和社会保障局';

  it('opens text-publication:370212:<itemKey> due 2026-10-16 (10 working days on the official calendar)', async () => {
    at('2026-09-28T02:00:00.000Z');
    const justice = await as('ls-justice');
    const { certificationMatters, administrativeMatters } = await catalogue(justice);
    const injury = administrativeMatters.find((a) => a.name === '工伤保险待遇核定')!;
    const proof = certificationMatters.find((m) => m.name === '劳动能力鉴定结论书')!;
    expect(injury.agencyName).toBe(HRSS);
    const before = await textClocks();
    added = await ok<DraftRow>(
      justice.request('POST', '/api/lists/370212/items', addBody(proof, injury.id)),
      201,
    );
    const ws = await workspace(justice);
    const version = await ok<{ versionNo: number; publishedOn: string }>(
      publish(justice, ws.draftRevision, '增列劳动能力鉴定结论书'),
      201,
    );
    expect(version).toMatchObject({ versionNo: 3, publishedOn: '2026-09-28' });

    key = textDeadlineKey('370212', added.id);
    expect(key).toBe(`text-publication:370212:${added.id}`);
    const after = await textClocks();
    expect(after.length).toBe(before.length + 1);
    const clock = await deadlineOf(key);
    expect(clock).toMatchObject({
      state: 'open',
      districtCode: '370212',
      dueDate: '2026-10-16',
      responsibleJurisdictionCode: '370212',
      responsibleRole: 'case-officer',
      responsibleAgencyId: added.agencyId,
    });
    expect(clock?.title).toContain('劳动能力鉴定结论书');
    // 29, 30 September, 8, 9, 10 (a make-up Saturday), 12 … 16 October; 1–7 October are National Day
    const calendar = await loadWorkingCalendar(t.database.db);
    expect(calendar.addWorkingDays('2026-09-28', 10).value).toBe('2026-10-16');
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    // the case officer of the handling agency answers for it
    const mine = await ok<{ key: string; dueDate: string }[]>(
      (await as('ls-case-officer')).request('GET', '/api/deadlines'),
    );
    expect(mine.find((d) => d.key === key)).toMatchObject({ dueDate: '2026-10-16' });
  });

  it('shows the item due on the dashboard for the agency, until the end of its due date', async () => {
    const row = await rowOf(added.id);
    expect(row).toMatchObject({
      name: '劳动能力鉴定结论书',
      administrativeMatter: '工伤保险待遇核定',
      agency: HRSS,
      notice: false,
      commitment: false,
      dueDate: '2026-10-16',
      status: 'due',
    });
    const officer = await dashboard(await as('ls-case-officer'));
    expect(officer.items.find((i) => i.itemKey === added.id)?.mine).toBe(true);
    expect(officer.agencies.find((a) => a.agency === HRSS)).toMatchObject({ due: 1, overdue: 0 });
    // 23:59 in Shanghai on the due date: still due
    at('2026-10-16T15:59:00.000Z');
    expect((await rowOf(added.id))?.status).toBe('due');
  });

  it('shows it overdue from the day after, and the daily scan reminds the agency and escalates', async () => {
    at('2026-10-16T16:00:00.000Z'); // 00:00 on Saturday 17 October in Shanghai
    expect((await rowOf(added.id))?.status).toBe('overdue');
    const board = await dashboard(await as('ls-case-officer'));
    expect(board.agencies.find((a) => a.agency === HRSS)).toMatchObject({ due: 0, overdue: 1 });
    // the demo's two clocks ran out on 12 October
    expect(
      board.items
        .filter((i) => i.status === 'overdue')
        .map((i) => i.name)
        .sort(),
    ).toEqual(['劳动能力鉴定结论书', '社会保险缴纳证明', '退役证明'].sort());

    at('2026-10-19T01:00:00.000Z');
    await scanDeadlines({
      database: t.database,
      now: t.clock.now,
      calendar: await loadWorkingCalendar(t.database.db),
    });
    const clock = (await deadlineOf(key))!;
    const messages = await t.database.db
      .select({ username: users.username, kind: notifications.kind })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.deadlineId, clock.id));
    expect(messages.map((m) => m.username).sort()).toEqual(['ls-case-officer', 'ls-justice']);
  });

  it('stays overdue with one text out, and is published (its clock done) once both are', async () => {
    const officer = await as('ls-case-officer');
    expect((await publishText(officer, added.id, 'notice', 0)).statusCode).toBe(201);
    expect(await rowOf(added.id)).toMatchObject({ notice: true, commitment: false, status: 'overdue' });
    expect((await deadlineOf(key))?.state).toBe('open');
    expect((await publishText(officer, added.id, 'commitment', 0)).statusCode).toBe(201);
    expect(await rowOf(added.id)).toMatchObject({ notice: true, commitment: true, status: 'published' });
    expect(await deadlineOf(key)).toMatchObject({ state: 'done', closedAt: t.clock.now });
    const open = await ok<{ key: string }[]>(officer.request('GET', '/api/deadlines'));
    expect(open.map((d) => d.key)).not.toContain(key);
    // both texts are public
    const texts = await ok<{ itemId: string; kind: string }[]>(
      t.anonymous('GET', '/api/public/districts/370212/texts'),
    );
    expect(texts.filter((x) => x.itemId === added.id).map((x) => x.kind)).toEqual(['commitment', 'notice']);
  });

  it('cancels the clock of an item taken off the list before its texts are out', async () => {
    const justice = await as('ls-justice');
    const ws = await workspace(justice);
    // 退役证明 for 退役军人优待证申领, added by version 2 (退役证明 is listed for other matters too)
    const pending = (await dashboard(justice)).items.find(
      (i) => i.name === '退役证明' && i.status !== 'published',
    )!;
    const veteran = ws.draft.find((r) => r.id === pending.itemKey)!;
    expect(veteran.administrativeMatter).toBe('退役军人优待证申领');
    const veteranKey = textDeadlineKey('370212', veteran.id);
    expect((await deadlineOf(veteranKey))?.state).toBe('open');
    const removed = await justice.request(
      'DELETE',
      `/api/lists/370212/items/${veteran.id}?revision=${veteran.revision}`,
    );
    expect(removed.statusCode, removed.body).toBe(204);
    // still running until the list without it is published
    expect((await deadlineOf(veteranKey))?.state).toBe('open');
    await ok(publish(justice, (await workspace(justice)).draftRevision, '删除退役证明'), 201);
    expect(await deadlineOf(veteranKey)).toMatchObject({ state: 'cancelled', closedAt: t.clock.now });
    const board = await dashboard(justice);
    expect(board.versionNo).toBe(4);
    expect(board.items.map((i) => i.itemKey)).not.toContain(veteran.id);
    // the other item of version 2 still runs, overdue
    const unpublished = board.items.filter((i) => i.status !== 'published');
    expect(unpublished.map((i) => [i.name, i.agency, i.dueDate, i.status])).toEqual([
      ['社会保险缴纳证明', '青岛市公安局崂山分局', '2026-10-12', 'overdue'],
    ]);
    const other = unpublished[0]!;
    expect((await deadlineOf(textDeadlineKey('370212', other.itemKey)))?.state).toBe('open');
    // a text of an item no longer listed is not found
    expect(
      (await justice.request('GET', `/api/documents/texts/${veteran.id}/notice?district=370212`)).statusCode,
    ).toBe(404);
  });

  it('does not start a new clock for items already listed when a later version is published', async () => {
    const before = await textClocks();
    const justice = await as('ls-justice');
    const ws = await workspace(justice);
    const row = ws.draft.find((r) => r.id === added.id)!;
    expect((await amendItem(justice, row, { remarks: '调整备注' })).statusCode).toBe(200);
    await ok(publish(justice, (await workspace(justice)).draftRevision, '调整备注'), 201);
    const after = await textClocks();
    expect(after.map((d) => [d.key, d.state]).sort()).toEqual(before.map((d) => [d.key, d.state]).sort());
    t.clock.now = TEST_NOW;
  });
});
