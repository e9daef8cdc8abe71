// CRED-2: the districts' dishonesty records pulled from the credit platform's feed (e.g. 失信被执行人)
// land in the parties' integrity files, matched by identifier, so eligibility (CASE-2) sees them;
// pulling again adds nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCreditReceiver, type TestCreditReceiver } from '../../tests/support/credit-receiver.ts';
import { createTestApp, freshDatabase, type TestApp } from '../../tests/support/test-app.ts';
import { parties } from '../organisation/index.ts';
import { partyStanding } from './party-standing.ts';
import { pullCreditFeed } from './pull-credit-feed.ts';
import { creditFeedCursors, creditPushes, creditRecords } from './schema.ts';

let t: TestApp;
let credit: TestCreditReceiver;

beforeAll(async () => {
  const database = await freshDatabase();
  credit = await startTestCreditReceiver(database, () => t.clock.now);
  t = await createTestApp({ database, creditPushes: credit.relay });
});
afterAll(async () => {
  await credit.stop();
  await t.close();
});

const pull = () =>
  pullCreditFeed({ database: t.database, platform: credit.platform, now: () => t.clock.now });
const partyOf = async (identifier: string) =>
  (await t.database.db.select().from(parties).where(eq(parties.identifier, identifier)))[0];

describe('CRED-2 credit feed pull', () => {
  it('CRED-2: the seed’s records enter the files of both districts, matched or created by identifier; pulling again adds nothing', async () => {
    const before = await partyOf('91370212MA3D8W6L4X');
    expect(before).toBeUndefined();
    const first = await pull();
    expect(first).toEqual({ recorded: 4, known: 0, unreadable: [] });
    const records = await t.database.db.select().from(creditRecords).where(eq(creditRecords.source, 'feed'));
    expect(records.map((r) => r.externalId).sort()).toEqual([
      'feed-000001',
      'feed-000002',
      'feed-000003',
      'feed-000004',
    ]);
    // 鑫源 is a demo party (a counter case of 山亭区): its record joins its existing file.
    const xinyuan = records.find((r) => r.externalId === 'feed-000003')!;
    expect(xinyuan).toMatchObject({
      districtCode: '370406',
      kind: 'dishonesty',
      category: 'serious',
      foundBy: null,
    });
    expect(xinyuan.partyId).toBe((await partyOf('91370406MA3P7X6Q1N'))!.id);
    // The LS company was unknown here: it is made from the feed.
    expect(await partyOf('91370212MA3D8W6L4X')).toMatchObject({
      kind: 'organisation',
      name: '青岛崂东示例建材有限公司',
    });
    const cursors = await t.database.db.select().from(creditFeedCursors);
    expect(cursors.map((c) => [c.districtCode, c.platform, c.position]).sort()).toEqual([
      ['370212', '信用山东（山东省公共信用信息平台）', '2'],
      ['370406', '信用山东（山东省公共信用信息平台）', '4'],
    ]);
    // What the platforms sent is not reported back to them (CRED-6 reports what the district found).
    const pushes = await t.database.db
      .select()
      .from(creditPushes)
      .where(eq(creditPushes.subjectId, xinyuan.id));
    expect(pushes).toEqual([]);

    expect(await pull()).toEqual({ recorded: 0, known: 0, unreadable: [] });
    // Even from the start of the feed (a lost cursor), a record already in a file is not made twice.
    await t.database.db.delete(creditFeedCursors);
    expect(await pull()).toEqual({ recorded: 0, known: 4, unreadable: [] });
    expect(
      await t.database.db.select().from(creditRecords).where(eq(creditRecords.source, 'feed')),
    ).toHaveLength(4);
  });

  it('CRED-2, CASE-2: a 失信被执行人 record added to the feed bars its party from commitment; its credit officer finds it in the file', async () => {
    await credit.addFeedRecord({
      id: 'feed-test-serious',
      districtCode: '370212',
      identifier: '370212198509174414',
      partyKind: 'person',
      name: '赵明远',
      category: 'serious',
      description: '有履行能力而拒不履行生效法律文书确定的义务，被纳入失信被执行人名单',
      authority: '山东省青岛市崂山区人民法院',
      documentNo: '（2026）鲁0212执9号（示例）',
      basis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条',
      recordedAt: '2026-09-20T02:00:00.000Z',
    });
    await credit.addFeedRecord({
      id: 'feed-test-unknown-category',
      districtCode: '370212',
      identifier: '370212198509174414',
      partyKind: 'person',
      name: '赵明远',
      category: 'gossip',
      description: '—',
      authority: '—',
      documentNo: null,
      basis: '—',
      recordedAt: '2026-09-20T02:00:00.000Z',
    });
    const result = await pull();
    expect(result.recorded).toBe(1);
    expect(result.unreadable).toEqual([
      { id: 'feed-test-unknown-category', reason: expect.stringContaining('gossip') },
    ]);
    const party = (await partyOf('370212198509174414'))!;
    const standing = await partyStanding(t.database.db, party.id, t.clock.now, '370212');
    expect(standing.eligibility.eligible).toBe(false);
    expect(standing.grade.value).toBe('D');

    const officer = await t.login('ls-credit');
    const file = await officer.request('POST', '/api/credit/integrity-files/lookup', {
      identifier: '370212198509174414',
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('失信被执行人');
    const other = await t.login('st-credit');
    expect(
      (
        await other.request('POST', '/api/credit/integrity-files/lookup', {
          identifier: '370212198509174414',
        })
      ).statusCode,
    ).toBe(404);
  });
});
