// DOC-6 documents are real: every published text downloads as a PDF with the Chinese text and its fonts
// embedded (checked with pdftotext and pdffonts); a text filled with a case's data is rendered, stored
// with its SM3 and never changes; the stored copy is checked against the hash, also through the API.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectRealPdf,
  type PublicText,
  type PublicWorkRule,
  pdfText,
} from '../../tests/support/documents.ts';
import { ok, publicList } from '../../tests/support/lists.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { textDocument } from '../common/document-models.ts';
import type { ListItem } from '../common/list-item.ts';
import { users } from '../organisation/schema.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import { textVersion } from './published-documents.ts';
import { storedDocuments } from './schema.ts';
import { storeFilledDocument, verifyStoredDocument } from './stored-documents.ts';

let t: TestApp;
let item: ListItem;
let texts: PublicText[];

beforeAll(async () => {
  t = await createTestApp();
  // an item whose commitment is made public (its notice and commitment say so)
  item = (await publicList(t)).items.find((i) => i.disclosure) as ListItem;
  expect(item).toBeDefined();
  texts = (await ok<PublicText[]>(t.anonymous('GET', '/api/public/districts/370212/texts'))).filter(
    (x) => x.itemId === item.key,
  );
  expect(texts.map((x) => x.kind)).toEqual(['commitment', 'notice']);
});
afterAll(() => t.close());

const pdfOf = async (url: string) => {
  const response = await t.anonymous('GET', url);
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return response;
};

async function actorOf(username: string): Promise<Actor> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return { ...u!, userId: u!.id, role: u!.role as Role, ip: null, requestId: null };
}

describe('DOC-6 the published texts as PDFs (blank forms to print)', () => {
  it('serves a notice as a real PDF: the matter, the proof and every consequence of a false commitment', async () => {
    const notice = texts.find((x) => x.kind === 'notice')!;
    const response = await pdfOf(notice.pdfUrl);
    const text = expectRealPdf(response.rawPayload);
    for (const words of [
      '证明事项告知书',
      item.administrativeMatter,
      item.name,
      item.handlingAgency,
      '承诺不实的法律后果',
      '终止办理',
      '撤销',
      '行政处罚',
      '信用记录',
      '移送司法机关',
      '承诺书将依法向社会公开',
      '撤回承诺',
    ])
      expect(text, words).toContain(words.replace(/\s+/g, ''));
    expect(text).not.toContain('{{');
    expect(response.headers.etag).toBe(`"${sm3Hex(response.rawPayload)}"`);
    expect(decodeURIComponent(response.headers['content-disposition'] as string)).toContain(
      `${item.name}-告知书.pdf`,
    );
  });

  it('serves a commitment with blanks to sign on and to date, and the disclosure choice', async () => {
    const commitment = texts.find((x) => x.kind === 'commitment')!;
    const text = expectRealPdf((await pdfOf(commitment.pdfUrl)).rawPayload);
    for (const words of [
      '证明事项告知承诺书',
      item.administrativeMatter,
      '承诺人（签字/盖章）',
      '日期',
      '同意公开本承诺书',
    ])
      expect(text, words).toContain(words);
    expect(text).not.toContain('{{');
    // the date is printed once
    expect(text.match(/日期/g)).toHaveLength(1);
  });

  it('renders each PDF once and keeps it: the same bytes on every download', async () => {
    const notice = texts.find((x) => x.kind === 'notice')!;
    const [a, b] = [await pdfOf(notice.pdfUrl), await pdfOf(notice.pdfUrl)];
    expect(Buffer.compare(a.rawPayload, b.rawPayload)).toBe(0);
    const stored = await t.database.db
      .select()
      .from(storedDocuments)
      .where(eq(storedDocuments.subject, `text:${notice.id}`));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.sm3).toBe(sm3Hex(a.rawPayload));
    expect(stored[0]!.districtCode).toBe('370212');
  });

  it('answers a download it already gave with 304, as the lists do (If-None-Match is the SM3)', async () => {
    const notice = texts.find((x) => x.kind === 'notice')!;
    const first = await pdfOf(notice.pdfUrl);
    const etag = String(first.headers.etag);
    expect(etag).toBe(`"${sm3Hex(first.rawPayload)}"`);
    const again = await t.app.inject({
      method: 'GET',
      url: notice.pdfUrl,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const other = await t.app.inject({
      method: 'GET',
      url: notice.pdfUrl,
      headers: { 'if-none-match': '"x"' },
    });
    expect(other.statusCode).toBe(200);
  });

  it('serves the work rule of each district as a PDF with its sections', async () => {
    for (const [code, name] of [
      ['370212', '崂山区'],
      ['370406', '山亭区'],
    ] as const) {
      const rule = await ok<PublicWorkRule>(t.anonymous('GET', `/api/public/districts/${code}/work-rule`));
      const text = expectRealPdf((await pdfOf(rule.pdfUrl)).rawPayload);
      for (const words of [
        `${name}证明事项告知承诺制通用性工作规程`,
        '一、行政机关和当事人的权利义务',
        '七、法律责任',
        '移送司法机关',
      ])
        expect(text, words).toContain(words);
    }
  });

  it('answers 404 for a text, guide or rule that was never published', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    for (const url of [
      `/api/public/texts/${none}`,
      `/api/public/texts/${none}/pdf`,
      `/api/public/guides/${none}/pdf`,
      `/api/public/work-rules/${none}/pdf`,
    ])
      expect((await t.anonymous('GET', url)).statusCode, url).toBe(404);
  });
});

describe('DOC-6 a commitment filled with a case’s data, stored unalterably', () => {
  let stored: { id: string; sm3: string; warnings: string[] };
  const values = {
    applicantName: '张三',
    applicantId: '370212199001011237',
    applicantPhone: '13912345678',
    signature: '张三',
    commitmentDate: '2026年9月24日',
    disclosureChoice: '同意公开本承诺书',
  };

  it('renders the published version with the case data and stores it with its SM3', async () => {
    const commitment = texts.find((x) => x.kind === 'commitment')!;
    const version = await textVersion(t.database.db, commitment.id);
    const model = textDocument(version.text, {
      subtitle: `${version.administrativeMatter} · ${version.itemName}`,
      footer: `崂山区 · 第 ${version.versionNo} 版`,
    });
    const officer = await actorOf('ls-case-officer');
    stored = await t.database.transaction((tx) =>
      storeFilledDocument(tx, {
        districtCode: '370212',
        subject: `case:TEST-0001:commitment:${version.id}`,
        model,
        values,
        actor: { userId: officer.userId, name: officer.displayName, role: officer.role },
        now: t.clock.now,
      }),
    );
    expect(stored.warnings).toEqual([]);
    expect(stored.sm3).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await t.database.db.select().from(storedDocuments).where(eq(storedDocuments.id, stored.id));
    expect(row).toMatchObject({ districtCode: '370212', contentType: 'application/pdf', sm3: stored.sm3 });
    expect(sm3Hex(row!.bytes)).toBe(stored.sm3);
    const text = expectRealPdf(row!.bytes);
    for (const words of [
      '证明事项告知承诺书',
      '承诺人：张三',
      '370212199001011237',
      '13912345678',
      '承诺人（签字/盖章）：张三',
      '日期：2026年9月24日',
      item.administrativeMatter,
      item.name,
    ])
      expect(text, words).toContain(words);
    expect(text).not.toContain('{{');
    // the blank form of the same version is another document
    expect(pdfText((await pdfOf(commitment.pdfUrl)).rawPayload)).not.toContain('张三');
    // the storing is on the district's audit chain, with the hash
    const audit = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'document.stored'), eq(auditEntries.entityId, stored.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ chain: '370212', actorName: '刘芳', after: { sm3: stored.sm3 } });
  });

  it('verifies the stored copy against its hash: intact', async () => {
    expect(await verifyStoredDocument(t.database.db, stored.id, await actorOf('ls-case-officer'))).toEqual({
      id: stored.id,
      subject: expect.stringMatching(/^case:TEST-0001:commitment:/),
      recorded: stored.sm3,
      computed: stored.sm3,
      intact: true,
    });
  });

  it('answers the verification through the API to the district’s staff, 404 to another district’s', async () => {
    const url = `/api/documents/stored/${stored.id}/verification`;
    for (const username of ['ls-case-officer', 'ls-justice', 'qd-justice', 'ls-auditor']) {
      const answer = await ok<{ intact: boolean; recorded: string }>(
        (await t.login(username)).request('GET', url),
      );
      expect(answer, username).toMatchObject({ intact: true, recorded: stored.sm3 });
    }
    for (const username of ['st-justice', 'st-case-officer', 'zz-justice', 'st-dianzi-justice']) {
      const response = await (await t.login(username)).request('GET', url);
      expect(response.statusCode, username).toBe(404);
      expect(response.body).not.toContain(stored.sm3);
    }
    await expect(verifyStoredDocument(t.database.db, stored.id, await actorOf('st-justice'))).rejects.toThrow(
      /not within your jurisdiction|No such document/,
    );
    expect((await t.anonymous('GET', url)).statusCode).toBe(401);
  });

  it('refuses to change or delete a stored document (the trigger keeps the table append-only)', async () => {
    await expect(
      t.database.sql.query(`UPDATE stored_documents SET bytes = 'forged'::bytea WHERE id = $1`, [stored.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.database.sql.query('UPDATE stored_documents SET sm3 = $2 WHERE id = $1', [stored.id, '0'.repeat(64)]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.database.sql.query('DELETE FROM stored_documents WHERE id = $1', [stored.id]),
    ).rejects.toThrow(/append-only/);
    expect((await verifyStoredDocument(t.database.db, stored.id, await actorOf('ls-justice'))).intact).toBe(
      true,
    );
  });

  it('finds a copy changed behind the trigger’s back not intact', async () => {
    // Someone with the power to disable the trigger swaps a byte: the hash check still finds it.
    await t.database.sql.exec(`
      ALTER TABLE stored_documents DISABLE TRIGGER stored_documents_no_update_delete;
      UPDATE stored_documents SET bytes = set_byte(bytes, 199, get_byte(bytes, 199) # 1) WHERE id = '${stored.id}';
      ALTER TABLE stored_documents ENABLE TRIGGER stored_documents_no_update_delete;
    `);
    const answer = await ok<{ intact: boolean; recorded: string; computed: string }>(
      (await t.login('ls-justice')).request('GET', `/api/documents/stored/${stored.id}/verification`),
    );
    expect(answer.intact).toBe(false);
    expect(answer.recorded).toBe(stored.sm3);
    expect(answer.computed).not.toBe(stored.sm3);
  });
});
