// DOC-2 format texts through the HTTP API on the demo data: the district defaults of every demo item,
// editing and publishing a text (refused while an element is missing), versions kept for the cases that
// used them, who may keep which text, and another district's staff finding nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectDefaultCommitment,
  expectDefaultNotice,
  getText,
  type PublicText,
  type PublishedVersion,
  publishText,
  saveText,
  section,
  withSection,
} from '../../tests/support/documents.ts';
import { ok, type PublicList, publicList } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import type { ListItem } from '../common/list-item.ts';
import { type FormatText, missingElements } from '../common/text-elements.ts';
import { defaultCommitment, defaultNotice } from './default-texts.ts';

let t: TestApp;
let justice: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
  officer = await t.login('ls-case-officer');
});
afterAll(() => t.close());

const DISTRICTS = [
  { code: '370212', name: '崂山区', admin: 'ls-admin', justice: 'ls-justice' },
  { code: '370406', name: '山亭区', admin: 'st-admin', justice: 'st-justice' },
] as const;

/** Every item of every published version of a district's list (an item changed later counts twice). */
async function everyItem(code: string): Promise<{ inForce: ListItem[]; all: ListItem[] }> {
  const versions = await ok<{ version: number }[]>(
    t.anonymous('GET', `/api/public/districts/${code}/list/versions`),
  );
  expect(versions.length).toBeGreaterThanOrEqual(2);
  const lists: PublicList[] = [];
  for (const v of versions) lists.push(await publicList(t, code, `?version=${v.version}`));
  const seen = new Map<string, ListItem>();
  for (const list of lists) for (const item of list.items as ListItem[]) seen.set(JSON.stringify(item), item);
  return { inForce: lists[0]!.items as ListItem[], all: [...seen.values()] };
}

describe('DOC-2 the district default texts of every demo item state every required element', () => {
  for (const d of DISTRICTS) {
    it(`${d.name} (${d.code}): every item of every list version, as generated and as the API answers it`, async () => {
      const settings = await ok<{ creditPlatforms: string[] }>(
        (await t.login(d.admin)).request('GET', `/api/districts/${d.code}/settings`),
      );
      expect(settings.creditPlatforms.length).toBeGreaterThan(0);
      const rule = await ok<{ rule: { title: string } }>(
        t.anonymous('GET', `/api/public/districts/${d.code}/work-rule`),
      );
      // DOC-1: the notice is given under the work rule in force.
      const district = {
        districtName: d.name,
        creditPlatforms: settings.creditPlatforms,
        workRuleTitle: rule.rule.title,
      };
      const { inForce, all } = await everyItem(d.code);
      expect(inForce.length).toBeGreaterThanOrEqual(40);
      expect(all.length).toBeGreaterThan(inForce.length);
      // the demo items cover every verification class and both disclosure flags: nothing goes unchecked
      expect(new Set(all.map((i) => i.verification))).toEqual(
        new Set(['online', 'on-site', 'assistance', 'exempt']),
      );
      expect(new Set(all.map((i) => i.disclosure))).toEqual(new Set([true, false]));
      for (const item of all) {
        const notice = defaultNotice(item, district);
        const commitment = defaultCommitment(item, district);
        expect(missingElements('notice', notice), item.name).toEqual([]);
        expect(missingElements('commitment', commitment), item.name).toEqual([]);
        expectDefaultNotice(notice, item, district);
        expectDefaultCommitment(commitment, item, district);
      }
      // the editor starts from the same defaults (the demo saved no drafts)
      const staff = await t.login(d.justice);
      for (const item of inForce) {
        const [notice, commitment] = [
          await getText(staff, item.key, 'notice', d.code),
          await getText(staff, item.key, 'commitment', d.code),
        ];
        expect(notice, item.name).toMatchObject({
          isDefault: true,
          revision: 0,
          missing: [],
          kind: 'notice',
        });
        expect(notice.text).toEqual(defaultNotice(item, district));
        expect(commitment, item.name).toMatchObject({ isDefault: true, revision: 0, missing: [] });
        expect(commitment.text).toEqual(defaultCommitment(item, district));
        expect(notice.item).toEqual(item);
      }
    });
  }
});

describe('DOC-2 editing and publishing a text', () => {
  // An item of 崂山区人力资源和社会保障局, the agency of ls-case-officer.
  const ITEM = { name: '解除或终止劳动关系证明', matter: '失业保险金申领' };
  let key: string;
  let v1: Pick<PublishedVersion, 'id' | 'versionNo' | 'publishedAt'>;
  let v1Page: unknown;
  let published: FormatText;

  const publicTexts = () => ok<PublicText[]>(t.anonymous('GET', '/api/public/districts/370212/texts'));
  const publicEntry = async (kind: 'notice' | 'commitment') =>
    (await publicTexts()).find((p) => p.itemId === key && p.kind === kind);

  beforeAll(async () => {
    const item = (await publicList(t)).items.find(
      (i) => i.name === ITEM.name && i.administrativeMatter === ITEM.matter,
    ) as ListItem;
    expect(item.handlingAgency).toBe('崂山区人力资源和社会保障局');
    key = item.key;
    const entry = (await publicEntry('notice'))!;
    expect(entry).toMatchObject({ itemName: ITEM.name, administrativeMatter: ITEM.matter, version: 1 });
    v1 = { id: entry.id, versionNo: 1, publishedAt: entry.publishedAt };
    v1Page = await ok(t.anonymous('GET', `/api/public/texts/${v1.id}`));
  });

  it('starts from the default, which the demo published as version 1', async () => {
    const text = await getText(officer, key, 'notice');
    expect(text).toMatchObject({ isDefault: true, revision: 0, missing: [] });
    expect(text.versions.map((v) => [v.id, v.versionNo])).toEqual([[v1.id, 1]]);
    published = text.text;
  });

  it('saves an edit that drops the criminal referral, and refuses to publish it naming consequences.referral', async () => {
    const consequences = section(published, 'consequences');
    const cut = consequences.replace(
      '涉嫌犯罪的，依法移送司法机关追究刑事责任。',
      '情节严重的，依法从重处理。',
    );
    expect(cut).not.toMatch(/移送|刑事责任/);
    const saved = await ok<{ revision: number; text: FormatText }>(
      saveText(officer, key, 'notice', withSection(published, 'consequences', cut), 0),
    );
    expect(saved.revision).toBe(1);
    const draft = await getText(officer, key, 'notice');
    expect(draft).toMatchObject({ isDefault: false, revision: 1 });
    expect(draft.missing.map((m) => m.element)).toEqual(['consequences.referral']);

    const refused = await publishText(officer, key, 'notice', 1);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION',
      field: 'sections',
      details: { missing: [{ element: 'consequences.referral' }] },
    });
    expect(refused.json().message).toContain('移送司法机关');
    expect((await publicEntry('notice'))?.version).toBe(1);
  });

  it('refuses a notice without a required section, naming each one missing', async () => {
    const gutted: FormatText = {
      ...published,
      sections: published.sections.filter((s) => s.element !== 'withdrawal' && s.element !== 'legalBasis'),
    };
    expect((await saveText(justice, key, 'notice', gutted, 1)).statusCode).toBe(200);
    const refused = await publishText(justice, key, 'notice', 2);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.missing.map((m: { element: string }) => m.element)).toEqual([
      'legalBasis',
      'withdrawal',
    ]);
  });

  it('refuses a save or a publication at a revision someone else has saved over (409)', async () => {
    const stale = await saveText(officer, key, 'notice', published, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const stalePublish = await publishText(officer, key, 'notice', 1);
    expect(stalePublish.statusCode).toBe(409);
    // a draft already saved is not started again from the default
    expect((await saveText(officer, key, 'notice', published, 0)).statusCode).toBe(409);
  });

  it('publishes a valid edit as version 2; version 1 stays readable unchanged (cases keep the version they used)', async () => {
    const withdrawal = `${section(published, 'withdrawal')}您也可以通过崂山区政务服务网在线撤回承诺。`;
    const edited = withSection(published, 'withdrawal', withdrawal);
    expect((await saveText(officer, key, 'notice', edited, 2)).statusCode).toBe(200);
    const v2 = await ok<PublishedVersion>(publishText(officer, key, 'notice', 3), 201);
    expect(v2).toMatchObject({ versionNo: 2, itemKey: key, kind: 'notice', publishedBy: '刘芳' });
    expect(v2.id).not.toBe(v1.id);

    // the district's list of texts shows the latest version of each text
    const notice = await publicEntry('notice');
    expect(notice).toMatchObject({ id: v2.id, version: 2, pdfUrl: `/api/public/texts/${v2.id}/pdf` });
    expect((await publicEntry('commitment'))?.version).toBe(1);
    const entries = await publicTexts();
    expect(entries.filter((e) => e.itemId === key).map((e) => [e.kind, e.version])).toEqual([
      ['commitment', 1],
      ['notice', 2],
    ]);

    // version 1, as a case that used it reads it, has not changed
    expect(await ok(t.anonymous('GET', `/api/public/texts/${v1.id}`))).toEqual(v1Page);
    const page2 = await ok<{ blocks: { text?: string }[]; footer: string }>(
      t.anonymous('GET', `/api/public/texts/${v2.id}`),
    );
    expect(page2.blocks.map((b) => b.text)).toContain(withdrawal);
    expect(JSON.stringify(v1Page)).not.toContain('在线撤回承诺');
    expect(page2.footer).toContain('第 2 版');

    const after = await getText(officer, key, 'notice');
    expect(after.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(after.text).toEqual(edited);
  });

  it('keeps published versions append-only in the database: an UPDATE or DELETE is refused', async () => {
    await expect(
      t.database.sql.query(`UPDATE format_text_versions SET text = '{}'::jsonb WHERE id = $1`, [v1.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.database.sql.query('DELETE FROM format_text_versions WHERE id = $1', [v1.id]),
    ).rejects.toThrow(/append-only/);
    expect(await ok(t.anonymous('GET', `/api/public/texts/${v1.id}`))).toEqual(v1Page);
  });

  it('lets a case officer keep the texts of the items of their agency only (403 for another agency’s)', async () => {
    const other = (await publicList(t)).items.find((i) => i.handlingAgency === '崂山区民政局') as ListItem;
    // reading is open to the district's staff
    const text = await getText(officer, other.key, 'commitment');
    expect(text.missing).toEqual([]);
    for (const response of [
      await saveText(officer, other.key, 'commitment', text.text, 0),
      await publishText(officer, other.key, 'commitment', 0),
    ]) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
    // a verifier of the officer's own agency keeps no texts at all
    const verifier = await t.login('ls-verifier');
    expect((await saveText(verifier, key, 'commitment', text.text, 0)).statusCode).toBe(403);
    // the district justice bureau may keep any text of its district
    expect((await saveText(justice, other.key, 'commitment', text.text, 0)).statusCode).toBe(200);
    expect((await getText(officer, other.key, 'commitment')).revision).toBe(1);
  });

  it('shows another district’s staff nothing (404), by either district in the query', async () => {
    const text = await getText(justice, key, 'commitment');
    for (const username of ['st-justice', 'st-case-officer', 'zz-justice', 'st-dianzi-justice']) {
      const st = await t.login(username);
      const responses = [
        await st.request('GET', `/api/documents/texts/${key}/notice?district=370212`),
        await st.request('GET', `/api/documents/texts/${key}/notice?district=370406`),
        await saveText(st, key, 'commitment', text.text, 0),
        await saveText(st, key, 'commitment', text.text, 0, '370406'),
        await publishText(st, key, 'commitment', 0),
        await publishText(st, key, 'commitment', 0, '370406'),
      ];
      for (const r of responses) {
        expect(r.statusCode, `${username}: ${r.body}`).toBe(404);
        expect(r.body).not.toContain(ITEM.name);
      }
    }
    expect((await getText(justice, key, 'commitment')).revision).toBe(0);
    expect((await publicEntry('commitment'))?.version).toBe(1);
  });

  it('refuses malformed input naming the field (400)', async () => {
    const bad = await saveText(officer, key, 'commitment', { title: '', sections: [] }, 0);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toMatch(/title/);
    const kind = await officer.request('GET', `/api/documents/texts/${key}/letter?district=370212`);
    expect(kind.statusCode).toBe(400);
    const unknown = await officer.request(
      'GET',
      '/api/documents/texts/00000000-0000-4000-8000-000000000000/notice?district=370212',
    );
    expect(unknown.statusCode).toBe(404);
  });
});
