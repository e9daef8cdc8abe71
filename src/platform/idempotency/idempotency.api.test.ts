// Security issue, point 11: every creating POST takes an Idempotency-Key; a retry answers the
// first answer instead of creating a second record, and the key of one request cannot serve another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_BYTES } from '../../../tests/support/cases.ts';
import { draftRow, workspace } from '../../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../../tests/support/test-app.ts';

let t: TestApp;
let officer: Session;
let applicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  [officer, applicant] = [await t.login('ls-case-officer'), await t.login('ls-applicant')];
});
afterAll(() => t.close());

const count = async (table: string) =>
  Number((await t.database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n);

/** Sends one request twice with one key, as a client retrying after a lost answer. */
async function twice(session: Session, url: string, body: unknown, key: string) {
  const first = await session.request('POST', url, body, { 'idempotency-key': key });
  const retry = await session.request('POST', url, body, { 'idempotency-key': key });
  return { first, retry };
}

describe('Q-4 a retried creating POST takes effect once', () => {
  it('POST /api/list-changes: one change request, the retry answers the same one', async () => {
    const target = draftRow(await workspace(officer), '学历证明', '高校毕业生住房补贴申领');
    const body = {
      listCode: '370212',
      proposal: { remove: true },
      targetItemId: target.id,
      reason: '学历信息已由教育部门共享',
      legalBasis:
        '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
    };
    const before = await count('list_change_requests');
    const { first, retry } = await twice(officer, '/api/list-changes', body, 'change-req-0001');
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    expect(await count('list_change_requests')).toBe(before + 1);
  });

  it('POST /api/cases/files: one stored file, the retry answers the same id', async () => {
    const body = {
      districtCode: '370212',
      fileName: '证明.pdf',
      contentType: 'application/pdf',
      contentBase64: PDF_BYTES.toString('base64'),
    };
    const before = await count('case_files');
    const { first, retry } = await twice(applicant, '/api/cases/files', body, 'upload-0000001');
    expect(first.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
    expect(await count('case_files')).toBe(before + 1);
    // Without a key, two requests are two uploads, as before.
    await applicant.request('POST', '/api/cases/files', body);
    await applicant.request('POST', '/api/cases/files', body);
    expect(await count('case_files')).toBe(before + 3);
  });

  it('refuses the same key with another body, and concurrent twins act once', async () => {
    const code = (name: string) => ({
      kind: 'person',
      identifier: '370212199109300578',
      name,
      capacity: 'self',
    });
    const { first } = await twice(officer, '/api/counter-codes', code('张敏'), 'counter-00001');
    expect(first.statusCode).toBe(201);
    const other = await officer.request('POST', '/api/counter-codes', code('李敏'), {
      'idempotency-key': 'counter-00001',
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().field).toBe('Idempotency-Key');
    const before = await count('counter_codes');
    const twins = await Promise.all(
      [0, 1, 2].map(() =>
        officer.request('POST', '/api/counter-codes', code('王敏'), { 'idempotency-key': 'counter-00002' }),
      ),
    );
    expect(await count('counter_codes')).toBe(before + 1);
    expect(twins.filter((r) => r.statusCode === 201).length).toBeGreaterThanOrEqual(1);
    for (const r of twins) expect([201, 409]).toContain(r.statusCode);
  });

  it('documents the header on every creating POST in OpenAPI', async () => {
    const spec = (await t.anonymous('GET', '/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    for (const path of [
      '/api/list-changes',
      '/api/cases/files',
      '/api/counter-codes',
      '/api/agencies',
      '/api/cases',
    ]) {
      const names = (spec.paths[path]!.post!.parameters ?? []).map((p) => `${p.in}:${p.name}`);
      expect(names, path).toContain('header:idempotency-key');
    }
  });
});
