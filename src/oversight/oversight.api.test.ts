// GOV-2, LIST-7, DOC-5: what a city's and the province's justice bureaus and the auditors read of the
// districts below them — the filings sent to their level, each district's standing, and statistics.
import { and, between, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { cases } from '../cases/index.ts';
import { endOfShanghaiDay, startOfShanghaiDay } from '../platform/time.ts';
import { verificationTasks } from '../verification/index.ts';

interface Overview {
  filings: {
    lists: { notSent: number; overdue: number; awaiting: number; received: number };
    documents: { awaiting: number; received: number };
  };
  districts: {
    code: string;
    name: string;
    cityName: string;
    list: { versionNo: number; publishedOn: string } | null;
    openListFilings: number;
    openDocumentFilings: number;
    overdueDeadlines: number;
    casesThisYear: number;
    falseFindingsThisYear: number;
  }[];
}
interface Statistics {
  district: { code: string; name: string };
  districts: { code: string; name: string }[];
  period: { from: string; to: string };
  cases: {
    submitted: number;
    byState: { state: string; count: number }[];
    withCommitment: number;
    proofs: number;
    committedProofs: number;
    decided: number;
    averageDaysToDecide: number | null;
  };
  matters: { name: string; cases: number; withCommitment: number; approved: number }[];
  verification: {
    finished: number;
    byOutcome: { true: number; false: number; unverifiable: number };
    open: number;
    overdue: number;
  };
  deadlines: { overdue: number; byKind: { kind: string; count: number }[] };
}
interface ListHop {
  id: string;
  listCode: string;
  toJurisdictionCode: string;
  state: string;
  overdue: boolean;
  revision: number;
}
interface DocumentFiling {
  id: string;
  toJurisdictionCode: string;
  state: string;
  revision: number;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async <T>(username: string, url: string) => ok<T>((await t.login(username)).request('GET', url));
const status = async (username: string, url: string) =>
  (await (await t.login(username)).request('GET', url)).statusCode;

describe('the workbench of the levels above the districts (LIST-7, DOC-5)', () => {
  it('a city names its districts with their standing, and counts the filings sent to it as its filing pages do', async () => {
    const overview = await get<Overview>('qd-justice', '/api/oversight/districts');
    expect(overview.districts.map((d) => [d.code, d.name, d.cityName])).toEqual([
      ['370212', '崂山区', '青岛市'],
    ]);
    const [laoshan] = overview.districts;
    expect(laoshan!.list?.versionNo).toBeGreaterThanOrEqual(1);
    expect(laoshan!.casesThisYear).toBeGreaterThan(0);

    const hops = (await get<ListHop[]>('qd-justice', '/api/list-filings')).filter(
      (f) => f.toJurisdictionCode === '370200',
    );
    expect(overview.filings.lists).toEqual({
      notSent: hops.filter((f) => f.state === 'pending' && !f.overdue).length,
      overdue: hops.filter((f) => f.overdue).length,
      awaiting: hops.filter((f) => f.state === 'submitted').length,
      received: hops.filter((f) => f.state === 'received').length,
    });
    const documents = (
      await get<DocumentFiling[]>('qd-justice', '/api/documents/filings?district=370212')
    ).filter((f) => f.toJurisdictionCode === '370200');
    expect(overview.filings.documents).toEqual({
      awaiting: documents.filter((f) => f.state === 'submitted').length,
      received: documents.filter((f) => f.state === 'received').length,
    });
  });

  it('sending and receiving a filing move it from one count to the next, and the filing climbs to the province', async () => {
    const before = await get<Overview>('qd-justice', '/api/oversight/districts');
    const province = await get<Overview>('sd-justice', '/api/oversight/districts');
    const hop = (await get<ListHop[]>('ls-justice', '/api/list-filings')).find(
      (f) => f.listCode === '370212' && f.toJurisdictionCode === '370200' && f.state === 'pending',
    )!;
    const send = await (await t.login('ls-justice')).request('POST', `/api/list-filings/${hop.id}/submit`, {
      revision: hop.revision,
    });
    expect(send.statusCode).toBe(200);
    const sent = await get<Overview>('qd-justice', '/api/oversight/districts');
    expect(sent.filings.lists.awaiting).toBe(before.filings.lists.awaiting + 1);
    expect(sent.filings.lists.notSent + sent.filings.lists.overdue).toBe(
      before.filings.lists.notSent + before.filings.lists.overdue - 1,
    );
    expect(sent.districts[0]!.openListFilings).toBe(before.districts[0]!.openListFilings);
    const receive = await (await t.login('qd-justice')).request(
      'POST',
      `/api/list-filings/${hop.id}/receive`,
      {
        revision: hop.revision + 1,
      },
    );
    expect(receive.statusCode).toBe(200);
    const received = await get<Overview>('qd-justice', '/api/oversight/districts');
    expect(received.filings.lists.received).toBe(before.filings.lists.received + 1);
    // Received by the city, the version's next hop opens: the city now owes the province its filing.
    expect(received.districts[0]!.openListFilings).toBe(before.districts[0]!.openListFilings);
    const climbed = await get<Overview>('sd-justice', '/api/oversight/districts');
    expect(climbed.filings.lists.notSent).toBe(province.filings.lists.notSent + 1);
  });

  it('the province sees every district with its city, and what the cities sent up', async () => {
    const overview = await get<Overview>('sd-justice', '/api/oversight/districts');
    expect(overview.districts.map((d) => `${d.cityName}${d.name}`)).toEqual(['青岛市崂山区', '枣庄市山亭区']);
    expect(overview.filings.lists.received).toBeGreaterThanOrEqual(2);
    expect(overview.filings.documents).toEqual({ awaiting: 0, received: 0 });
  });

  it('a district’s bureau and a town’s office read their own district only; other roles are refused', async () => {
    expect(
      (await get<Overview>('st-dianzi-justice', '/api/oversight/districts')).districts.map((d) => d.code),
    ).toEqual(['370406']);
    for (const username of ['ls-data', 'ls-case-officer', 'ls-admin', 'ls-applicant'])
      expect(await status(username, '/api/oversight/districts'), username).toBe(403);
  });
});

describe('GOV-2 statistics of a district over a period', () => {
  it('counts the applications, proofs, decisions and verifications of the district in the period', async () => {
    const stats = await get<Statistics>('ls-auditor', '/api/oversight/statistics');
    expect(stats.district).toEqual({ code: '370212', name: '崂山区' });
    expect(stats.districts).toEqual([{ code: '370212', name: '崂山区' }]);
    expect(stats.period).toEqual({ from: '2026-01-01', to: '2026-09-24' });
    const [submitted] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(
        and(
          eq(cases.districtCode, '370212'),
          between(cases.submittedAt, startOfShanghaiDay('2026-01-01'), endOfShanghaiDay('2026-09-24')),
        ),
      );
    expect(stats.cases.submitted).toBe(submitted!.n);
    expect(stats.cases.submitted).toBeGreaterThan(0);
    expect(stats.cases.byState.reduce((n, s) => n + s.count, 0)).toBe(stats.cases.submitted);
    expect(stats.matters.reduce((n, m) => n + m.cases, 0)).toBe(stats.cases.submitted);
    expect(stats.cases.withCommitment).toBeGreaterThan(0);
    expect(stats.cases.committedProofs).toBeLessThanOrEqual(stats.cases.proofs);
    expect(stats.cases.decided).toBeGreaterThan(0);
    expect(stats.cases.averageDaysToDecide).toBeGreaterThanOrEqual(0);

    const [falseFindings] = await t.database.db
      .select({ n: count() })
      .from(verificationTasks)
      .where(and(eq(verificationTasks.districtCode, '370212'), eq(verificationTasks.outcome, 'false')));
    expect(stats.verification.byOutcome.false).toBe(falseFindings!.n);
    expect(stats.verification.byOutcome.false).toBeGreaterThan(0);
  });

  it('a period before any application counts nothing; an end before the start is refused naming the field', async () => {
    const empty = await get<Statistics>(
      'ls-justice',
      '/api/oversight/statistics?from=2020-01-01&to=2020-12-31',
    );
    expect(empty.cases).toMatchObject({ submitted: 0, decided: 0, averageDaysToDecide: null, byState: [] });
    expect(empty.matters).toEqual([]);
    expect(empty.verification.finished).toBe(0);
    const response = await (await t.login('ls-justice')).request(
      'GET',
      '/api/oversight/statistics?from=2026-09-01&to=2026-08-01',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'to', message: '统计期止不能早于统计期起' });
  });

  it('the province picks among every district; a district outside reach is not found; other roles are refused', async () => {
    const first = await get<Statistics>('sd-justice', '/api/oversight/statistics');
    expect(first.districts.map((d) => d.name)).toEqual(['崂山区', '山亭区']);
    expect(first.district.code).toBe('370212');
    expect(
      (await get<Statistics>('sd-justice', '/api/oversight/statistics?district=370406')).district.name,
    ).toBe('山亭区');
    expect(await status('ls-auditor', '/api/oversight/statistics?district=370406')).toBe(404);
    expect(await status('zz-justice', '/api/oversight/statistics?district=370212')).toBe(404);
    expect(await status('ls-justice', '/api/oversight/statistics?district=370200')).toBe(404);
    expect(await status('ls-data', '/api/oversight/statistics')).toBe(403);
    expect(await status('ls-regulator', '/api/oversight/statistics')).toBe(403);
  });
});
