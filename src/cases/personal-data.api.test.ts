// Security issue, personal data at rest: ID numbers and phone numbers are stored SM4-encrypted
// (searchable by equality), shown masked to staff unless they need them, and each unmasked view of
// another party's data is audited.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { parties } from '../organisation/schema.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import { encryptStoredFields } from '../platform/crypto/encrypt-stored-fields.ts';
import { loadFieldKey } from '../platform/crypto/field-key.ts';
import { PERSONAL_DATA_COLUMNS } from '../prepare-database.ts';

const LS_APPLICANT = '370212197803122135';
const LS_PHONE = '13905321234';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('ID numbers and phone numbers are encrypted at rest', () => {
  it('stores every one of them as SM4 ciphertext; nothing in the tables shows the value', async () => {
    for (const { table, column } of PERSONAL_DATA_COLUMNS) {
      const { rows } = await t.database.sql.query<{ value: string }>(
        `SELECT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      for (const { value } of rows) expect(value, `${table}.${column}`).toMatch(/^sm4:[\w-]+$/);
    }
    const dump = JSON.stringify((await t.database.sql.query('SELECT * FROM parties')).rows);
    expect(dump).not.toContain(LS_APPLICANT);
    expect(dump).not.toContain(LS_PHONE);
  });

  it('still finds a party by its ID number, and reads it back in clear through the application', async () => {
    const [party] = await t.database.db.select().from(parties).where(eq(parties.identifier, LS_APPLICANT));
    expect(party).toMatchObject({ name: '张立新', identifier: LS_APPLICANT, phone: LS_PHONE });
    const credit = await t.login('ls-credit');
    const file = await credit.request('POST', '/api/credit/integrity-files/lookup', {
      identifier: LS_APPLICANT,
    });
    expect(file.statusCode).toBe(200);
  });

  it('encrypts at start what an older version stored in clear', async () => {
    await t.database.sql.query(
      `INSERT INTO parties (kind, identifier, name, phone, created_at)
       VALUES ('person', '370212199109300578', '旧数据', '13800001111', now())`,
    );
    const key = await loadFieldKey(t.database.db, { fieldKey: undefined });
    expect(await encryptStoredFields(t.database, key, PERSONAL_DATA_COLUMNS)).toBe(2);
    const { rows } = await t.database.sql.query<{ identifier: string }>(
      "SELECT identifier FROM parties WHERE name = '旧数据'",
    );
    expect(rows[0]!.identifier).toMatch(/^sm4:/);
    const [party] = await t.database.db
      .select()
      .from(parties)
      .where(eq(parties.identifier, '370212199109300578'));
    expect(party?.phone).toBe('13800001111');
    expect(await encryptStoredFields(t.database, key, PERSONAL_DATA_COLUMNS)).toBe(0);
  });
});

describe('shown masked unless the viewer needs them, and each full view audited', () => {
  it('staff see a case’s applicant masked; the handling officer asks for them in full and it is recorded', async () => {
    const applicant = await t.login('ls-applicant');
    const [mine] = await ok<{ id: string }[]>(applicant.request('GET', '/api/cases'));
    const own = await ok<{ applicant: { identifier: string; masked: boolean } }>(
      applicant.request('GET', `/api/cases/${mine!.id}`),
    );
    expect(own.applicant).toMatchObject({ identifier: LS_APPLICANT, masked: false });

    const officer = await t.login('ls-case-officer');
    const seen = await officer.request('GET', `/api/cases/${mine!.id}`);
    expect(seen.json().applicant).toMatchObject({
      identifier: '370212********2135',
      masked: true,
      mayUnmask: true,
    });
    expect(seen.body).not.toContain(LS_APPLICANT);
    expect(seen.body).not.toContain(LS_PHONE);

    const full = await officer.request('POST', `/api/cases/${mine!.id}/personal-data`);
    expect(full.statusCode).toBe(200);
    expect(full.json()).toMatchObject({ identifier: LS_APPLICANT });
    const views = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'personal-data.viewed'));
    expect(views.some((v) => v.entityId === mine!.id && v.actorName === 'ls-case-officer')).toBe(true);
  });
});
