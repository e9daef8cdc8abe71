import { and, asc, eq, isNotNull, like, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../tests/support/fixed-time.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { filingDeadlineKey } from '../lists/filing-hops.ts';
import { listFilings } from '../lists/schema.ts';
import { users } from '../organisation/schema.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import { deadlineScanJob } from './deadline-scan-job.ts';
import { scanDeadlines } from './scan-deadlines.ts';
import { deadlines, notifications } from './schema.ts';

// The demo deadlines are registered relative to TEST_NOW, Thursday 2026-09-24 (25–27 September is
// the Mid-Autumn holiday, 1–7 October National Day, Sunday 20 September and Saturday 10 October
// make-up workdays):
//   demo:370212:rule-of-law-report  ls-justice           +2 working days → 2026-09-29
//   demo:370212:credit-mechanism    ls-credit            +8              → 2026-10-13
//   demo:370212:assistance-list     ls-case-officer      −2              → 2026-09-22
//   demo:370406:rule-of-law-report  st-justice           +3              → 2026-09-30
//   demo:370406:satisfaction        st-admin             +12
// and the demo lists open one filing deadline per hop (LIST-7: 7 working days after publication, for
// the justice officer of the sending level). Open today are only those of version 2:
//   list-filing:<LS v2, 370212 → 370200>  ls-justice     published 2026-09-21 → 2026-10-08 (+4)
//   list-filing:<ST v2, 370406 → 370400>  st-justice     published 2026-09-09 → 2026-09-18 (−5)
// DOC-3: 崂山区's version 2 added two items whose texts are not published yet, each with a clock of
// 10 working days from 2026-09-21 (→ 2026-10-12) for the case officers of its handling agency:
//   text-publication:370212:<item>  退役证明 (退役军人事务局), 社会保险缴纳证明 (公安崂山分局)
// The filings of version 1 were sent (their deadlines are done), and so was 店子镇's town list
// (sent 2026-09-23, awaiting receipt by st-justice). An overdue deadline is escalated to the
// district justice bureau, which for the ST filing is st-justice itself: one message.
// The demo cases (demo/cases.json) add their clocks (CASE-6/7: accept within 5, decide within 20
// working days; VER-1: verify within the item's limit after the decision), for the handling agency's
// case officers or verifiers:
//   370212-2026-000011 accept (submitted 09-22)           ls-case-officer  → 2026-09-30 (+3)
//   370212-2026-000009 decide (accepted 09-22)            ls-case-officer  → 2026-10-27
//   370212-2026-000007 verify 死亡证明 (decided 09-20)     ls-verifier      → 2026-09-23 (−1)
//   370212-2026-000007 verify 亲属关系证明                  ls-verifier      → 2026-09-28 (+1)
//   370212-2026-000006 verify 社会保险缴纳证明 (09-23)      ls-verifier      → 2026-09-28 (+1)
//   370212-2026-000006 verify 学历证明, 不动产权属证明       ls-verifier      → 2026-09-29 (+2)
//   370212-2026-000008/000010 verify 经营场所证明           (区行政审批服务局) → 2026-10-13/14
//   370406-2026-000009 accept (submitted 09-23)           st-case-officer  → 2026-10-08 (+4)
//   370406-2026-000008 decide (accepted 09-21)            st-case-officer  → 2026-10-26
//   370406-2026-000005 verify 营业执照 (decided 09-21)      st-verifier      → 2026-09-22 (−2)
//   370406-2026-000007 verify 营业执照 (decided 09-23)      st-verifier      → 2026-09-24 (today)
//   370406-2026-000007 verify 专业技术资格证明               st-verifier      → 2026-10-08 (+4)
//   370406-2026-000005/000007 verify 经营场所证明           st-verifier      → 2026-10-12/14
// Both districts remind 3 working days ahead.
const DUE_DAY = new Date('2026-09-29T01:00:00.000Z'); // 09:00 in Shanghai on the report's due date

/** The deadline key of the one filing hop of version 2 still to be sent from `from`. */
async function openFilingKey(from: string) {
  const open = await t.database.db
    .select({ id: listFilings.id })
    .from(listFilings)
    .where(and(eq(listFilings.fromJurisdictionCode, from), eq(listFilings.state, 'pending')));
  expect(open, from).toHaveLength(1);
  return filingDeadlineKey(open[0]!.id);
}
const filingKey = { ls: '', st: '' };
/** The keys of 崂山区's open text-publication clocks (DOC-3), in key order. */
let textKeys: string[] = [];
/** 崂山区's open clocks of the demo cases (CASE-6/7, VER-1). */
let caseClocks: { key: string; title: string; dueDate: string }[] = [];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  filingKey.ls = await openFilingKey('370212');
  filingKey.st = await openFilingKey('370406');
  const clocks = await t.database.db
    .select({ key: deadlines.key, dueDate: deadlines.dueDate })
    .from(deadlines)
    .where(and(like(deadlines.key, 'text-publication:%'), eq(deadlines.state, 'open')))
    .orderBy(asc(deadlines.key));
  expect(clocks.map((c) => [c.key.slice(0, 24), c.dueDate])).toEqual([
    ['text-publication:370212:', '2026-10-12'],
    ['text-publication:370212:', '2026-10-12'],
  ]);
  textKeys = clocks.map((c) => c.key);
  caseClocks = await t.database.db
    .select({ key: deadlines.key, title: deadlines.title, dueDate: deadlines.dueDate })
    .from(deadlines)
    .where(
      and(
        eq(deadlines.districtCode, '370212'),
        eq(deadlines.state, 'open'),
        or(
          like(deadlines.key, 'case:%'),
          like(deadlines.key, 'verification:%'),
          // VER-4: 山亭区 asked 崂山区人社局 (跨区域协查): the answer is due in 崂山区.
          like(deadlines.key, 'assistance:%'),
          // CRED-5: ls-company's objection, under review by the credit office.
          like(deadlines.key, 'credit-objection:%'),
        ),
      ),
    );
});
afterAll(() => t.close());

const scan = async (now: Date) =>
  scanDeadlines({ database: t.database, now, calendar: await loadWorkingCalendar(t.database.db) });

const idOf = async (username: string) =>
  (await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;

/** A user's messages with the key of their deadline, in a stable order. */
async function messagesOf(username: string) {
  return t.database.db
    .select({
      key: deadlines.key,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
    })
    .from(notifications)
    .innerJoin(deadlines, eq(notifications.deadlineId, deadlines.id))
    .where(eq(notifications.userId, await idOf(username)))
    .orderBy(asc(deadlines.key), asc(notifications.title));
}

const allNotifications = () => t.database.db.select().from(notifications).orderBy(asc(notifications.id));

const scanAudits = (chain: string) =>
  t.database.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.chain, chain), eq(auditEntries.action, 'reminders.written')))
    .orderBy(asc(auditEntries.seq));

describe('GOV-4 the daily deadline scan writes reminders before and escalations after a deadline', () => {
  it('reminds ls-justice of the report due in 2 working days', async () => {
    const result = await scan(TEST_NOW);
    expect(result).toEqual({ today: '2026-09-24', written: 9 });
    expect(await messagesOf('ls-justice')).toContainEqual({
      key: 'demo:370212:rule-of-law-report',
      kind: 'reminder',
      title: '【即将到期】报送告知承诺制推进情况（年度法治政府建设督察）',
      body: '截止日期2026年9月29日，还剩 2 个工作日。',
    });
  });

  it('tells the ls case officer of the overdue list and escalates it to the district justice bureau', async () => {
    const overdue = {
      key: 'demo:370212:assistance-list',
      kind: 'overdue',
      title: '【已逾期】配合编制行政协助事项清单（人社领域）',
      body: expect.stringContaining('截止日期2026年9月22日，已逾期 2 个工作日'),
    };
    const accept = expect.objectContaining({
      kind: 'reminder',
      title: '【即将到期】受理申请 370212-2026-000011（失业保险金申领）',
      body: '截止日期2026年9月30日，还剩 3 个工作日。',
    });
    expect(await messagesOf('ls-case-officer')).toEqual([accept, overdue]);
    // The verifier's overdue check of a demo case is escalated too.
    const overdueCheck = expect.objectContaining({
      kind: 'overdue',
      title: '【已逾期】核查承诺 370212-2026-000007「死亡证明」',
      body: expect.stringContaining('截止日期2026年9月23日，已逾期 1 个工作日'),
    });
    // Nothing yet of the LS list's filing: 4 working days off, beyond the 3-day lead.
    expect(await messagesOf('ls-justice')).toEqual([
      overdue,
      expect.objectContaining({ key: 'demo:370212:rule-of-law-report', kind: 'reminder' }),
      overdueCheck,
    ]);
    // The demo's other checks are done (VER-2, VER-4): their clocks closed with them.
    expect((await messagesOf('ls-verifier')).map((m) => m.title)).toEqual([
      '【已逾期】核查承诺 370212-2026-000007「死亡证明」',
    ]);
    // Colleagues of other roles and the city bureau are not bothered.
    for (const username of ['ls-admin', 'qd-justice', 'ls-credit'])
      expect(await messagesOf(username), username).toEqual([]);
  });

  it('sends the ST list’s overdue filing to st-justice, who is also the bureau it escalates to: once', async () => {
    expect(await messagesOf('st-justice')).toEqual([
      expect.objectContaining({
        key: 'demo:370406:rule-of-law-report',
        kind: 'reminder',
        body: '截止日期2026年9月30日，还剩 3 个工作日。',
      }),
      {
        key: filingKey.st,
        kind: 'overdue',
        title: '【已逾期】山亭区证明事项清单报枣庄市备案',
        body: '截止日期2026年9月18日，已逾期 5 个工作日，已同时抄送区司法局督办。',
      },
    ]);
    // The escalation to the district justice bureau (st-justice again) adds no second message.
    const recipients = await t.database.db
      .select({ user: users.username })
      .from(notifications)
      .innerJoin(deadlines, eq(notifications.deadlineId, deadlines.id))
      .innerJoin(users, eq(notifications.userId, users.id))
      .where(eq(deadlines.key, filingKey.st));
    expect(recipients).toEqual([{ user: 'st-justice' }]);
    // 370406-2026-000005's licence was found true online at the demo's decision (VER-2): no clock left.
    expect((await messagesOf('st-verifier')).map((m) => m.title)).toEqual([
      '【今日到期】核查承诺 370406-2026-000007「营业执照」',
    ]);
    // 店子镇 sent its filing, so its 司法所 has nothing; the city bureau receiving the ST filing is
    // not reminded of the sender's deadline, nor are other ST staff (the case officer's clock of
    // 370406-2026-000009 is 4 working days off).
    for (const username of [
      'st-dianzi-justice',
      'st-dianzi-officer',
      'zz-justice',
      'st-case-officer',
      'st-admin',
    ])
      expect(await messagesOf(username), username).toEqual([]);
  });

  it('keeps each district’s reminders within the district', async () => {
    const rows = await t.database.db
      .select({
        user: users.username,
        userDistrict: users.districtCode,
        district: notifications.districtCode,
      })
      .from(notifications)
      .innerJoin(users, eq(notifications.userId, users.id))
      .where(isNotNull(notifications.deadlineId));
    expect(rows.length).toBe(9);
    for (const row of rows) expect(row.district, row.user).toBe(row.userDistrict);
  });

  it('records one reminders.written audit entry per district that got reminders', async () => {
    for (const [chain, deadlinesReminded] of [
      ['370212', 4],
      ['370406', 3],
    ] as const) {
      const entries = await scanAudits(chain);
      expect(entries, chain).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actorName: 'deadline-scan',
        actorRole: 'system',
        entityType: 'deadline-scan',
        entityId: '2026-09-24',
        occurredAt: TEST_NOW,
      });
      expect((entries[0]!.after as { reminded: string[] }).reminded).toHaveLength(deadlinesReminded);
    }
  });

  it('writes nothing new when run again (the job handler, same day)', async () => {
    const before = await allNotifications();
    const job = deadlineScanJob(t.database, () => TEST_NOW);
    expect(job).toMatchObject({ name: 'deadline-scan', cron: '0 8 * * *', runAtStart: true });
    await job.handler({}, new AbortController().signal);
    expect(await scan(TEST_NOW)).toEqual({ today: '2026-09-24', written: 0 });
    expect(await allNotifications()).toEqual(before);
    expect(await scanAudits('370212')).toHaveLength(1);
    expect(await scanAudits('370406')).toHaveLength(1);
  });

  it('reminds on the due date itself, once, and audits only the district that got something', async () => {
    // The report falls due; the LS filing (due 2026-10-08) and the credit office's objection review
    // (due 2026-10-09, after the National Day holidays) come within the 3-working-day lead.
    expect(await scan(DUE_DAY)).toEqual({ today: '2026-09-29', written: 8 });
    expect(await messagesOf('ls-justice')).toContainEqual(
      expect.objectContaining({
        key: 'demo:370212:rule-of-law-report',
        kind: 'reminder',
        title: '【今日到期】报送告知承诺制推进情况（年度法治政府建设督察）',
      }),
    );
    expect(await messagesOf('ls-justice')).toContainEqual({
      key: filingKey.ls,
      kind: 'reminder',
      title: '【即将到期】崂山区证明事项清单报青岛市备案',
      body: '截止日期2026年10月8日，还剩 2 个工作日。',
    });
    expect(await scan(DUE_DAY)).toEqual({ today: '2026-09-29', written: 0 });
    expect(await scanAudits('370212')).toHaveLength(2);
    // 山亭区's demo cases have clocks coming due too (an acceptance, two verifications).
    expect(await scanAudits('370406')).toHaveLength(2);
  });
});

describe('GOV-4 / CASE-7 the inbox shows reminders and marks them read', () => {
  it('lists the reminders newest first with the unread count', async () => {
    t.clock.now = DUE_DAY;
    const justice = await t.login('ls-justice');
    const inbox = await justice.request('GET', '/api/inbox');
    expect(inbox.statusCode).toBe(200);
    const { unread, items } = inbox.json();
    expect(unread).toBe(5);
    const titles: string[] = items.map((i: { title: string }) => i.title);
    // Newest first; the ones written by each scan share its instant.
    expect(items.map((i: { createdAt: string }) => i.createdAt)).toEqual([
      ...Array(2).fill(DUE_DAY.toISOString()),
      ...Array(3).fill(TEST_NOW.toISOString()),
    ]);
    expect(titles.slice(0, 2).sort()).toEqual(
      [
        '【今日到期】报送告知承诺制推进情况（年度法治政府建设督察）',
        '【即将到期】崂山区证明事项清单报青岛市备案',
      ].sort(),
    );
    expect(titles.slice(2).sort()).toEqual(
      [
        '【即将到期】报送告知承诺制推进情况（年度法治政府建设督察）',
        '【已逾期】配合编制行政协助事项清单（人社领域）',
        '【已逾期】核查承诺 370212-2026-000007「死亡证明」',
      ].sort(),
    );
    const dueToday = items.find((i: { title: string }) => i.title.startsWith('【今日到期】'));
    expect(dueToday).toMatchObject({ titleEn: expect.stringMatching(/^Due today: /), readAt: null });
    expect(dueToday).not.toHaveProperty('dedupeKey');
  });

  it('marks one of my messages read (unread count drops); another user’s message is not found', async () => {
    t.clock.now = DUE_DAY;
    const justice = await t.login('ls-justice');
    const officer = await t.login('ls-case-officer');
    const [newest] = (await justice.request('GET', '/api/inbox')).json().items;

    expect((await officer.request('POST', `/api/inbox/${newest.id}/read`)).statusCode).toBe(404);
    expect((await justice.request('GET', '/api/inbox')).json().unread).toBe(5);

    expect((await justice.request('POST', `/api/inbox/${newest.id}/read`)).statusCode).toBe(204);
    const after = (await justice.request('GET', '/api/inbox')).json();
    expect(after.unread).toBe(4);
    expect(after.items.find((i: { id: string }) => i.id === newest.id).readAt).toBe(DUE_DAY.toISOString());
    // The officer's own inbox is untouched: two reminders and the 23 notices of the demo cases
    // (CASE-7: every step of the agency's cases).
    expect((await officer.request('GET', '/api/inbox')).json().unread).toBe(25);
  });
});

describe('GOV-4 open deadlines: mine, or a whole district I oversee', () => {
  it('lists for ls-justice only the deadlines they answer for, with their status', async () => {
    t.clock.now = TEST_NOW;
    const justice = await t.login('ls-justice');
    const mine = await justice.request('GET', '/api/deadlines');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual([
      expect.objectContaining({
        key: 'demo:370212:rule-of-law-report',
        dueDate: '2026-09-29',
        status: 'due-soon',
        workingDaysLeft: 2,
      }),
      expect.objectContaining({
        key: filingKey.ls,
        dueDate: '2026-10-08',
        status: 'open',
        workingDaysLeft: 4,
        responsibleJurisdictionCode: '370212',
      }),
    ]);
    const st = await t.login('st-justice');
    expect((await st.request('GET', '/api/deadlines')).json()).toEqual([
      expect.objectContaining({
        key: filingKey.st,
        dueDate: '2026-09-18',
        status: 'overdue',
        workingDaysLeft: -5,
      }),
      expect.objectContaining({
        key: 'demo:370406:rule-of-law-report',
        dueDate: '2026-09-30',
        status: 'due-soon',
        workingDaysLeft: 3,
      }),
    ]);
    // 店子镇 sent its town list for filing: its 司法所 answers for no open deadline.
    const dianzi = await t.login('st-dianzi-justice');
    expect((await dianzi.request('GET', '/api/deadlines')).json()).toEqual([]);
  });

  it('lists every LS deadline for ?district=370212, and hides 370406 from ls-justice (404)', async () => {
    t.clock.now = TEST_NOW;
    const justice = await t.login('ls-justice');
    const district = await justice.request('GET', '/api/deadlines?district=370212');
    expect(district.statusCode).toBe(200);
    // in due-date order (the two text clocks share theirs: by key here)
    const answer = district.json() as { key: string; status: string; dueDate: string }[];
    expect(answer.map((d) => d.dueDate)).toEqual(answer.map((d) => d.dueDate).sort());
    const listed = [...answer]
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key))
      .map((d) => [d.key, d.status]);
    expect(caseClocks.map((c) => [c.title, c.dueDate]).sort()).toEqual(
      [
        ['受理申请 370212-2026-000011（失业保险金申领）', '2026-09-30'],
        ['作出决定 370212-2026-000009（城乡居民基本养老保险待遇申领）', '2026-10-27'],
        // (370212-2026-000006's checks and the kinship of 000007 are done: their clocks closed.)
        ['协查请求「专业技术资格证明」（农作物种子生产经营许可）', '2026-10-15'],
        ['核查承诺 370212-2026-000007「死亡证明」', '2026-09-23'],
        ['核查承诺 370212-2026-000008「经营场所证明」', '2026-10-13'],
        ['核查承诺 370212-2026-000010「经营场所证明」', '2026-10-14'],
        ['异议待复核', '2026-10-09'],
      ].sort(),
    );
    const status = (dueDate: string) =>
      dueDate < '2026-09-24' ? 'overdue' : dueDate <= '2026-09-30' ? 'due-soon' : 'open';
    expect(listed).toEqual(
      [
        ['demo:370212:assistance-list', '2026-09-22', 'overdue'],
        ['demo:370212:rule-of-law-report', '2026-09-29', 'due-soon'],
        [filingKey.ls, '2026-10-08', 'open'],
        ...textKeys.map((key) => [key, '2026-10-12', 'open']),
        ['demo:370212:credit-mechanism', '2026-10-13', 'open'],
        ...caseClocks.map((c) => [c.key, c.dueDate, status(c.dueDate)]),
      ]
        .sort((a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!))
        .map(([key, , s]) => [key, s]),
    );
    const other = await justice.request('GET', '/api/deadlines?district=370406');
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('NOT_FOUND');
  });
});

describe('GOV-4 / Q-5 two instances scanning at the same moment', () => {
  it('write each reminder once, and one audit entry per district', async () => {
    const other = await createTestApp();
    try {
      const calendar = await loadWorkingCalendar(other.database.db);
      const runs = await Promise.all(
        [1, 2].map(() => scanDeadlines({ database: other.database, now: TEST_NOW, calendar })),
      );
      expect(runs.map((r) => r.written).reduce((a, b) => a + b)).toBe(9);
      expect(
        await other.database.db.select().from(notifications).where(isNotNull(notifications.deadlineId)),
      ).toHaveLength(9);
      const audits = await other.database.db
        .select({ chain: auditEntries.chain })
        .from(auditEntries)
        .where(eq(auditEntries.action, 'reminders.written'));
      expect(audits.map((a) => a.chain).sort()).toEqual(['370212', '370406']);
    } finally {
      await other.close();
    }
  });
});
