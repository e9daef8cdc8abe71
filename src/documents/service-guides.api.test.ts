// DOC-4 service guides (办事指南) through the HTTP API on the demo data: one per administrative matter,
// published by the demo; edited and published as a new version, refused while a part is missing; public
// per district as JSON and PDF; kept by the matter's agency or the district justice bureau; filed (DOC-5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentFilings,
  expectRealPdf,
  type GuideAnswer,
  type GuideRow,
  type PublicGuide,
  type PublishedVersion,
} from '../../tests/support/documents.ts';
import { ok, publicList } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import type { ServiceGuide } from '../common/service-guide.ts';

let t: TestApp;
let justice: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
  officer = await t.login('ls-case-officer');
});
afterAll(() => t.close());

const guides = (session: Session, district = '370212') =>
  ok<GuideRow[]>(session.request('GET', `/api/documents/guides?district=${district}`));
const guideUrl = (id: string, district = '370212') => `/api/documents/guides/${id}?district=${district}`;
const readGuide = (session: Session, id: string) => ok<GuideAnswer>(session.request('GET', guideUrl(id)));
const saveGuide = (
  session: Session,
  id: string,
  guide: ServiceGuide,
  revision: number,
  district = '370212',
) => session.request('PUT', guideUrl(id, district), { guide, revision });
const publishGuide = (session: Session, id: string, revision: number, district = '370212') =>
  session.request('POST', `/api/documents/guides/${id}/publication?district=${district}`, { revision });
const publicGuides = (code = '370212') =>
  ok<PublicGuide[]>(t.anonymous('GET', `/api/public/districts/${code}/guides`));

describe('DOC-4 a guide for every administrative matter (demo)', () => {
  it('lists the 35 administrative matters of each district, each with its published guide', async () => {
    for (const [code, session] of [
      ['370212', justice],
      ['370406', await t.login('st-justice')],
    ] as const) {
      const rows = await guides(session, code);
      expect(rows.length).toBe(35);
      expect(rows.length).toBeGreaterThanOrEqual(10);
      expect(rows.every((r) => r.version === 1 && r.publishedAt !== null && !r.hasDraft)).toBe(true);
      const published = await publicGuides(code);
      expect(published.map((g) => g.administrativeMatterId).sort()).toEqual(rows.map((r) => r.id).sort());
      for (const g of published) {
        expect(g.title).toBe(`${g.name}办事指南（告知承诺制）`);
        expect(g.pdfUrl).toBe(`/api/public/guides/${g.id}/pdf`);
      }
    }
    // the officer's own matters are marked as theirs
    const mine = (await guides(officer)).filter((r) => r.mine).map((r) => r.agency);
    expect(new Set(mine)).toEqual(new Set(['崂山区人力资源和社会保障局']));
    expect((await guides(justice)).every((r) => r.mine)).toBe(true);
  });

  it('states which proofs may be committed and which must still be submitted, with both procedures', async () => {
    const rows = await guides(justice);
    const assistance = rows.find((r) => r.name === '最低生活保障审批')!;
    const { guide, missing, revision } = await readGuide(justice, assistance.id);
    expect(missing).toEqual([]);
    expect(revision).toBe(0);
    const listed = (await publicList(t)).items
      .filter((i) => i.administrativeMatter === '最低生活保障审批')
      .map((i) => i.name);
    expect(listed.length).toBeGreaterThan(0);
    for (const name of listed) expect(guide.conditions).toContain(`“${name}”`);
    expect(guide.conditions).toContain('选择告知承诺');
    expect(guide.withCommitment.length).toBeGreaterThanOrEqual(3);
    expect(guide.withCommitment[0]).toContain('崂山区民政局');
    expect(guide.withoutCommitment.join('')).toContain('提交全部申请材料和证明');
    expect(guide.withdrawal).toContain('撤回');
    // as the public reads it
    const entry = (await publicGuides()).find((g) => g.administrativeMatterId === assistance.id)!;
    const page = await ok<{ title: string; subtitle: string; blocks: { kind: string; text?: string }[] }>(
      t.anonymous('GET', `/api/public/guides/${entry.id}`),
    );
    expect(page.title).toBe('最低生活保障审批办事指南（告知承诺制）');
    expect(page.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '一、选择告知承诺的条件',
      '二、告知承诺办理流程',
      '三、一般程序办理流程（不选择告知承诺）',
      '四、中途撤回承诺',
    ]);
  });
});

describe('DOC-4 editing and publishing a guide', () => {
  let id: string;
  let v1: PublicGuide;
  let v1Page: unknown;
  let guide: ServiceGuide;
  const STEP = '可通过崂山区政务服务网全程网办，无需到现场';

  beforeAll(async () => {
    id = (await guides(officer)).find((r) => r.name === '失业保险金申领')!.id;
    v1 = (await publicGuides()).find((g) => g.administrativeMatterId === id)!;
    v1Page = await ok(t.anonymous('GET', `/api/public/guides/${v1.id}`));
    guide = (await readGuide(officer, id)).guide;
  });

  it('refuses to publish a guide missing a part, naming it (400)', async () => {
    expect(
      (await saveGuide(officer, id, { ...guide, withdrawal: '', withoutCommitment: [] }, 0)).statusCode,
    ).toBe(200);
    const read = await readGuide(officer, id);
    expect(read).toMatchObject({ revision: 1, missing: ['withoutCommitment', 'withdrawal'] });
    const refused = await publishGuide(officer, id, 1);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION',
      field: 'withoutCommitment',
      details: { missing: ['withoutCommitment', 'withdrawal'] },
    });
    expect((await publicGuides()).find((g) => g.id === v1.id)?.version).toBe(1);
  });

  it('refuses a stale save or publication (409)', async () => {
    expect((await saveGuide(officer, id, guide, 0)).statusCode).toBe(409);
    expect((await publishGuide(officer, id, 0)).statusCode).toBe(409);
  });

  it('publishes the edited guide as version 2, public at once; version 1 stays readable as it was', async () => {
    const edited = { ...guide, withCommitment: [...guide.withCommitment, STEP] };
    expect((await saveGuide(officer, id, edited, 1)).statusCode).toBe(200);
    const v2 = await ok<PublishedVersion>(publishGuide(officer, id, 2), 201);
    expect(v2).toMatchObject({ versionNo: 2, administrativeMatterId: id, matterName: '失业保险金申领' });
    const entry = (await publicGuides()).find((g) => g.administrativeMatterId === id);
    expect(entry).toMatchObject({ id: v2.id, version: 2 });
    const page = await ok<{ blocks: { kind: string; items?: string[] }[] }>(
      t.anonymous('GET', `/api/public/guides/${v2.id}`),
    );
    expect(page.blocks.find((b) => b.kind === 'list')?.items).toContain(STEP);
    expect(await ok(t.anonymous('GET', `/api/public/guides/${v1.id}`))).toEqual(v1Page);
    expect((await guides(justice)).find((r) => r.id === id)).toMatchObject({ version: 2, hasDraft: true });
    // filed with the district justice bureau, from the matter's agency (DOC-5)
    const filing = (await documentFilings(justice)).find((f) => f.subjectId === v2.id);
    expect(filing).toMatchObject({
      subjectType: 'guide',
      title: '失业保险金申领办事指南（告知承诺制）（第 2 版）',
      fromName: '崂山区人力资源和社会保障局',
      toJurisdictionCode: '370212',
      state: 'submitted',
      allowedActions: ['receive'],
    });
  });

  it('serves the guide as a PDF with the Chinese text and its fonts embedded', async () => {
    const entry = (await publicGuides()).find((g) => g.administrativeMatterId === id)!;
    const response = await t.anonymous('GET', entry.pdfUrl);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = expectRealPdf(response.rawPayload);
    for (const words of ['失业保险金申领办事指南（告知承诺制）', '选择告知承诺的条件', '中途撤回承诺', STEP])
      expect(text).toContain(words.replace(/\s+/g, ''));
  });

  it('lets a case officer keep the guides of their agency’s matters only; other districts find nothing', async () => {
    const other = (await guides(officer)).find((r) => r.agency === '崂山区民政局')!;
    const foreign = (await readGuide(officer, other.id)).guide;
    expect((await saveGuide(officer, other.id, foreign, 0)).statusCode).toBe(403);
    expect((await publishGuide(officer, other.id, 0)).statusCode).toBe(403);
    for (const username of ['st-justice', 'st-case-officer']) {
      const st = await t.login(username);
      for (const r of [
        await st.request('GET', guideUrl(id)),
        await st.request('GET', guideUrl(id, '370406')),
        await saveGuide(st, id, foreign, 2),
        await saveGuide(st, id, foreign, 2, '370406'),
        await publishGuide(st, id, 2, '370406'),
      ]) {
        expect(r.statusCode, `${username} ${r.body}`).toBe(404);
        expect(r.json().code).toBe('NOT_FOUND');
      }
    }
    expect((await readGuide(justice, id)).revision).toBe(2);
  });
});
