// DOC-5 filings (备案) of format texts and guides with the district justice bureau, through the HTTP API
// on the demo data: one per published version, submitted on publication, recorded by the bureau with its
// date; nobody else records it, and another district finds nothing. (The work rule, filed with the city,
// is in work-rules.api.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentFilings,
  type Filing,
  getText,
  type PublicText,
  type PublishedVersion,
  publishText,
  receiveFiling,
  saveText,
  section,
  withSection,
} from '../../tests/support/documents.ts';
import { ok, publicList } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';

let t: TestApp;
let justice: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
  officer = await t.login('ls-case-officer');
});
afterAll(() => t.close());

describe('DOC-5 every publication is filed with the district justice bureau', () => {
  it('holds one filing per published text, guide and work rule of the demo, each with its date', async () => {
    for (const [code, session] of [
      ['370212', justice],
      ['370406', await t.login('st-justice')],
    ] as const) {
      const filings = await documentFilings(session, code);
      const texts = await ok<PublicText[]>(t.anonymous('GET', `/api/public/districts/${code}/texts`));
      const guides = await ok<{ id: string }[]>(t.anonymous('GET', `/api/public/districts/${code}/guides`));
      const of = (type: Filing['subjectType']) => filings.filter((f) => f.subjectType === type);
      expect(
        of('format-text')
          .map((f) => f.subjectId)
          .sort(),
        code,
      ).toEqual(texts.map((x) => x.id).sort());
      expect(
        of('guide')
          .map((f) => f.subjectId)
          .sort(),
        code,
      ).toEqual(guides.map((g) => g.id).sort());
      expect(of('work-rule'), code).toHaveLength(1);
      for (const f of [...of('format-text'), ...of('guide')]) {
        expect(f, f.title).toMatchObject({ toJurisdictionCode: code, state: 'submitted', receivedAt: null });
        expect(Date.parse(f.submittedAt)).toBeLessThan(t.clock.now.getTime());
      }
      // newest first
      const dates = filings.map((f) => f.submittedAt);
      expect([...dates].sort().reverse()).toEqual(dates);
    }
  });

  it('files a newly published text at once, submitted, from the handling agency', async () => {
    const item = (await publicList(t)).items.find((i) => i.name === '死亡证明')!;
    const text = await getText(officer, item.key, 'commitment');
    const edited = withSection(
      text.text,
      'understood',
      `${section(text.text, 'understood')}本人承诺如实配合核查。`,
    );
    expect((await saveText(officer, item.key, 'commitment', edited, 0)).statusCode).toBe(200);
    t.clock.now = new Date('2026-09-24T03:00:00.000Z');
    const version = await ok<PublishedVersion>(publishText(officer, item.key, 'commitment', 1), 201);
    const filing = (await documentFilings(justice)).find((f) => f.subjectId === version.id);
    expect(filing).toEqual({
      id: expect.any(String),
      districtCode: '370212',
      subjectType: 'format-text',
      subjectId: version.id,
      title: `死亡证明（${item.administrativeMatter}）承诺书第 2 版`,
      fromName: '崂山区人力资源和社会保障局',
      toJurisdictionCode: '370212',
      state: 'submitted',
      submittedAt: '2026-09-24T03:00:00.000Z',
      receivedAt: null,
      receivedBy: null,
      revision: 1,
      allowedActions: ['receive'],
    });
  });
});

describe('DOC-5 the district justice bureau records a filing (已备案)', () => {
  let filing: Filing;

  beforeAll(async () => {
    filing = (await documentFilings(justice)).find((f) => f.subjectType === 'format-text')!;
  });

  it('is refused to the agency that filed it, to the city bureau and to another district', async () => {
    expect((await documentFilings(officer)).find((f) => f.id === filing.id)?.allowedActions).toEqual([]);
    const city = await t.login('qd-justice');
    expect((await documentFilings(city)).find((f) => f.id === filing.id)?.allowedActions).toEqual([]);
    for (const [session, status] of [
      [officer, 403],
      [city, 403],
      [await t.login('st-justice'), 404],
      [await t.login('zz-justice'), 404],
    ] as const) {
      const response = await receiveFiling(session, filing);
      expect(response.statusCode, response.body).toBe(status);
    }
    const st = await t.login('st-justice');
    expect((await st.request('GET', '/api/documents/filings?district=370212')).statusCode).toBe(404);
    expect(
      (await (await t.login('ls-applicant')).request('GET', '/api/documents/filings?district=370212'))
        .statusCode,
    ).toBe(403);
    expect((await documentFilings(justice)).find((f) => f.id === filing.id)).toMatchObject({
      state: 'submitted',
      revision: 1,
    });
  });

  it('records it received with the date and who recorded it; once only, at the revision read', async () => {
    t.clock.now = new Date('2026-09-24T06:30:00.000Z');
    const stale = await receiveFiling(justice, { id: filing.id, revision: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const received = await ok<Filing>(receiveFiling(justice, filing));
    expect(received).toMatchObject({
      id: filing.id,
      state: 'received',
      receivedAt: '2026-09-24T06:30:00.000Z',
      receivedBy: '李明',
      revision: 2,
    });
    const again = await receiveFiling(justice, { id: filing.id, revision: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');
    const listed = (await documentFilings(officer)).find((f) => f.id === filing.id);
    expect(listed).toMatchObject({
      state: 'received',
      receivedAt: '2026-09-24T06:30:00.000Z',
      allowedActions: [],
    });
    expect(listed?.submittedAt).toBe(filing.submittedAt);
  });

  it('answers 404 for a filing that does not exist', async () => {
    const response = await receiveFiling(justice, {
      id: '00000000-0000-4000-8000-000000000000',
      revision: 1,
    });
    expect(response.statusCode).toBe(404);
  });
});
