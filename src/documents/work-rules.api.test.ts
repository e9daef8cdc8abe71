// DOC-1 the district's general work rule (通用性工作规程) through the HTTP API on the demo data: edited as a
// draft with revisions, published as a version (every section stated), kept by the district justice
// bureau alone, and filed with the justice bureau of the level above (DOC-5), which records it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentFilings,
  type PublicWorkRule,
  type PublishedVersion,
  receiveFiling,
  type WorkRuleAnswer,
} from '../../tests/support/documents.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import type { WorkRule } from '../common/work-rule.ts';

let t: TestApp;
let justice: Session;

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
});
afterAll(() => t.close());

const URL = '/api/documents/work-rule?district=370212';
const PUBLICATION = '/api/documents/work-rule/publication?district=370212';
const readRule = (session: Session = justice) => ok<WorkRuleAnswer>(session.request('GET', URL));
const publicRule = (code = '370212') =>
  ok<PublicWorkRule>(t.anonymous('GET', `/api/public/districts/${code}/work-rule`));
const CREDIT = '实施单位应当在作出不实承诺认定之日起 7 个工作日内将相关信息推送至崂山区公共信用信息平台。';

describe('DOC-1 the work rule each district published (demo)', () => {
  it('is public per district with every section, version 1, and a PDF link', async () => {
    for (const [code, name] of [
      ['370212', '崂山区'],
      ['370406', '山亭区'],
    ] as const) {
      const rule = await publicRule(code);
      expect(rule).toMatchObject({ version: 1, pdfUrl: `/api/public/work-rules/${rule.id}/pdf` });
      expect(rule.rule.title).toBe(`${name}证明事项告知承诺制通用性工作规程`);
      for (const key of [
        'rightsAndDuties',
        'notification',
        'commitment',
        'verification',
        'procedure',
        'creditManagement',
        'legalLiability',
      ] as const)
        expect(rule.rule[key].length, `${code} ${key}`).toBeGreaterThan(20);
      expect(JSON.stringify(rule.rule)).not.toContain('{{district}}');
    }
    expect((await t.anonymous('GET', '/api/public/districts/370200/work-rule')).statusCode).toBe(404);
  });

  it('opens in the editor as the saved draft, with nothing missing', async () => {
    const rule = await readRule();
    expect(rule).toMatchObject({ revision: 1, missing: [], published: { versionNo: 1 } });
    expect(rule.rule).toEqual((await publicRule()).rule);
  });
});

describe('DOC-1 editing and publishing the work rule', () => {
  let draft: WorkRule;

  it('saves an edit as the next revision of the draft; the public rule stays as published', async () => {
    draft = {
      ...(await readRule()).rule,
      creditManagement: `${(await readRule()).rule.creditManagement}\n${CREDIT}`,
    };
    const saved = await ok<{ revision: number; rule: WorkRule }>(
      justice.request('PUT', URL, { rule: draft, revision: 1 }),
    );
    expect(saved.revision).toBe(2);
    expect(await readRule()).toMatchObject({ revision: 2, rule: draft, missing: [] });
    expect((await publicRule()).rule.creditManagement).not.toContain(CREDIT);
  });

  it('refuses to save over a newer revision (409)', async () => {
    const stale = await justice.request('PUT', URL, { rule: draft, revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect((await justice.request('POST', PUBLICATION, { revision: 1 })).statusCode).toBe(409);
  });

  it('refuses to publish a rule missing a section, naming it (400)', async () => {
    expect(
      (await justice.request('PUT', URL, { rule: { ...draft, legalLiability: '  ' }, revision: 2 }))
        .statusCode,
    ).toBe(200);
    const refused = await justice.request('POST', PUBLICATION, { revision: 3 });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION',
      field: 'legalLiability',
      details: { missing: ['legalLiability'] },
    });
    expect(refused.json().message).toContain('法律责任');
    expect((await readRule()).missing).toEqual(['legalLiability']);
    // a body without the section at all is malformed
    const { legalLiability: _l, ...partial } = draft;
    const malformed = await justice.request('PUT', URL, { rule: partial, revision: 3 });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().field).toMatch(/legalLiability/);
  });

  it('lets no case officer or other district’s officer keep the rule', async () => {
    const officer = await t.login('ls-case-officer');
    for (const r of [
      await officer.request('PUT', URL, { rule: draft, revision: 3 }),
      await officer.request('POST', PUBLICATION, { revision: 3 }),
      // the city bureau oversees the district but does not write its rule
      await (await t.login('qd-justice')).request('POST', PUBLICATION, { revision: 3 }),
    ]) {
      expect(r.statusCode, r.body).toBe(403);
      expect(r.json().code).toBe('FORBIDDEN');
    }
    const st = await t.login('st-justice');
    expect((await st.request('GET', URL)).statusCode).toBe(404);
    expect((await st.request('PUT', URL, { rule: draft, revision: 3 })).statusCode).toBe(404);
    expect((await st.request('POST', PUBLICATION, { revision: 3 })).statusCode).toBe(404);
    expect((await readRule()).revision).toBe(3);
  });

  it('publishes the completed rule as version 2, public at once; version 1 stays on record', async () => {
    const v1 = await publicRule();
    expect((await justice.request('PUT', URL, { rule: draft, revision: 3 })).statusCode).toBe(200);
    const version = await ok<PublishedVersion>(justice.request('POST', PUBLICATION, { revision: 4 }), 201);
    expect(version).toMatchObject({ versionNo: 2, districtCode: '370212', publishedBy: '李明' });
    const rule = await publicRule();
    expect(rule).toMatchObject({ id: version.id, version: 2 });
    expect(rule.rule.creditManagement).toContain(CREDIT);
    expect(rule.rule).toEqual(draft);
    expect(rule.publishedAt).toBe(t.clock.now.toISOString());
    // version 1's PDF is still served, and differs from version 2's
    const [pdf1, pdf2] = [await t.anonymous('GET', v1.pdfUrl), await t.anonymous('GET', rule.pdfUrl)];
    expect(pdf1.statusCode).toBe(200);
    expect(pdf2.statusCode).toBe(200);
    expect(pdf1.headers.etag).not.toBe(pdf2.headers.etag);
    expect((await readRule()).published?.versionNo).toBe(2);
  });
});

describe('DOC-5 the work rule is filed with the justice bureau of the level above', () => {
  it('files each published version with 青岛市 (370200), submitted, from 崂山区司法局', async () => {
    const filings = (await documentFilings(justice)).filter((f) => f.subjectType === 'work-rule');
    const rule = await publicRule();
    expect(filings.map((f) => [f.title, f.state, f.toJurisdictionCode])).toEqual([
      ['崂山区证明事项告知承诺制通用性工作规程（第 2 版）', 'submitted', '370200'],
      ['崂山区证明事项告知承诺制通用性工作规程（第 1 版）', 'submitted', '370200'],
    ]);
    expect(filings[0]).toMatchObject({
      subjectId: rule.id,
      fromName: '崂山区司法局',
      submittedAt: t.clock.now.toISOString(),
      receivedAt: null,
      allowedActions: [],
    });
  });

  it('is recorded (已备案) by qd-justice with the date; not by the district bureau that sent it', async () => {
    const filing = (await documentFilings(justice)).find((f) => f.subjectType === 'work-rule')!;
    const own = await receiveFiling(justice, filing);
    expect(own.statusCode).toBe(403);
    const st = await receiveFiling(await t.login('zz-justice'), filing);
    expect(st.statusCode).toBe(404);

    const city = await t.login('qd-justice');
    const seen = (await documentFilings(city)).find((f) => f.id === filing.id)!;
    expect(seen.allowedActions).toEqual(['receive']);
    t.clock.now = new Date('2026-09-24T03:30:00.000Z');
    const received = await ok<{ state: string; receivedAt: string; receivedBy: string; revision: number }>(
      receiveFiling(city, seen),
    );
    expect(received).toMatchObject({
      state: 'received',
      receivedAt: '2026-09-24T03:30:00.000Z',
      receivedBy: '冯敏',
      revision: 2,
    });
    const again = await receiveFiling(city, { id: filing.id, revision: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');
    const listed = (await documentFilings(justice)).find((f) => f.id === filing.id);
    expect(listed).toMatchObject({ state: 'received', receivedAt: '2026-09-24T03:30:00.000Z' });
  });
});
