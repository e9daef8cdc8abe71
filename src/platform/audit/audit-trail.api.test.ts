import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_NOW } from '../../../tests/support/fixed-time.ts';
import { createTestApp, type TestApp, templateImage } from '../../../tests/support/test-app.ts';
import { districtSettings, users } from '../../organisation/schema.ts';
import { projectRoot } from '../config.ts';
import { lockDataFolder } from '../db/data-folder-lock.ts';
import type { Database } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { recordAudit, systemActor } from './record.ts';
import { auditChainHeads, auditEntries } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LS = '370212';
const ST = '370406';
const PLATFORM = '370000';

const entriesOf = (database: Database, chain: string) =>
  database.db.select().from(auditEntries).where(eq(auditEntries.chain, chain)).orderBy(asc(auditEntries.seq));

const headOf = async (database: Database, chain: string) =>
  (await database.db.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)))[0];

const userId = async (username: string) =>
  (await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;

/** What an attacker with superuser rights on the database can do: switch the guard off for a moment. */
async function asAttacker(database: Database, statement: string, params: unknown[]) {
  await database.sql.exec('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete');
  try {
    await database.sql.query(statement, params);
  } finally {
    await database.sql.exec('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update_delete');
  }
}

const seqsOf = (entries: { seq: number }[]) => entries.map((e) => e.seq);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('GOV-5 every change through the API is recorded: who, when, what, before and after', () => {
  it('records a login and a district-settings change of ls-admin in chain 370212', async () => {
    t.clock.now = new Date('2026-09-24T03:15:00.000Z');
    const before = await entriesOf(t.database, LS);
    const admin = await t.login('ls-admin');
    const adminId = await userId('ls-admin');

    const settings = (await admin.request('GET', `/api/districts/${LS}/settings`)).json();
    expect(settings.reminderLeadWorkingDays).toBe(3);
    t.clock.now = new Date('2026-09-24T03:20:00.000Z');
    const { districtCode: _d, version, updatedAt: _u, ...values } = settings;
    const put = await admin.request('PUT', `/api/districts/${LS}/settings`, {
      ...values,
      reminderLeadWorkingDays: 4,
      version,
    });
    expect(put.statusCode).toBe(200);

    const added = (await entriesOf(t.database, LS)).slice(before.length);
    expect(added.map((e) => e.action)).toEqual(['session.opened', 'district-settings.updated']);
    const [login, change] = added;
    expect(login).toMatchObject({
      actorId: adminId,
      actorName: 'ls-admin',
      actorRole: 'admin',
      entityType: 'user',
      entityId: adminId,
      occurredAt: new Date('2026-09-24T03:15:00.000Z'),
    });
    expect(change).toMatchObject({
      actorId: adminId,
      actorName: 'ls-admin',
      actorRole: 'admin',
      ip: '127.0.0.1',
      entityType: 'district-settings',
      entityId: LS,
      occurredAt: new Date('2026-09-24T03:20:00.000Z'),
      before: expect.objectContaining({ reminderLeadWorkingDays: 3, version }),
      after: expect.objectContaining({ reminderLeadWorkingDays: 4, version: version + 1 }),
    });
    expect(change!.requestId).toBeTruthy();
    // Linked to its predecessor, numbered after it.
    expect(change!.prevHash).toBe(login!.hash);
    expect(change!.seq).toBe(login!.seq + 1);
  });

  it('records an agency created by ls-admin with its new values, and shows it newest first', async () => {
    const admin = await t.login('ls-admin');
    const created = await admin.request('POST', '/api/agencies', {
      jurisdictionCode: LS,
      name: '崂山区审计局',
      shortName: '区审计局',
      kind: 'handling-agency',
    });
    expect(created.statusCode).toBe(201);
    const listed = await admin.request('GET', `/api/audit/entries?chain=${LS}&limit=5`);
    expect(listed.statusCode).toBe(200);
    const [newest] = listed.json();
    expect(newest).toMatchObject({
      chain: LS,
      action: 'agency.created',
      actorName: 'ls-admin',
      entityType: 'agency',
      entityId: created.json().id,
      before: null,
      after: expect.objectContaining({ name: '崂山区审计局', jurisdictionCode: LS }),
    });
  });

  it('keeps one chain per district: an ST change lands in 370406, each chain numbered 1, 2, 3 …', async () => {
    const lsBefore = await entriesOf(t.database, LS);
    const stBefore = await entriesOf(t.database, ST);
    const stAdmin = await t.login('st-admin');
    const settings = (await stAdmin.request('GET', `/api/districts/${ST}/settings`)).json();
    const { districtCode: _d, updatedAt: _u, ...values } = settings;
    const put = await stAdmin.request('PUT', `/api/districts/${ST}/settings`, {
      ...values,
      townsAdjustLists: false,
    });
    expect(put.statusCode).toBe(200);

    const st = await entriesOf(t.database, ST);
    expect(st.slice(stBefore.length).map((e) => [e.action, e.actorName])).toEqual([
      ['session.opened', 'st-admin'],
      ['district-settings.updated', 'st-admin'],
    ]);
    expect(await entriesOf(t.database, LS)).toHaveLength(lsBefore.length);
    for (const chain of [LS, ST, PLATFORM]) {
      const entries = await entriesOf(t.database, chain);
      expect(seqsOf(entries), chain).toEqual(oneTo(entries.length));
      expect((await headOf(t.database, chain))?.seq).toBe(entries.length);
    }
  });

  it('shows a district admin only their own district’s chain', async () => {
    const admin = await t.login('ls-admin');
    expect((await admin.request('GET', `/api/audit/entries?chain=${ST}`)).statusCode).toBe(404);
    const verification = await admin.request('GET', '/api/audit/verification');
    expect(verification.json().map((r: { chain: string }) => r.chain)).toEqual([LS]);
  });
});

describe('GOV-5 tampering is detected', () => {
  it('refuses a plain UPDATE or DELETE of an audit entry (append-only)', async () => {
    const [first] = await entriesOf(t.database, LS);
    await expect(
      t.database.sql.query(`UPDATE audit_entries SET actor_name = 'mallory' WHERE id = $1`, [first!.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.database.sql.query('DELETE FROM audit_entries WHERE id = $1', [first!.id]),
    ).rejects.toThrow(/append-only/);
    expect((await entriesOf(t.database, LS))[0]).toEqual(first);
  });

  it('names the altered entry (hash-mismatch) while the other chains still verify', async () => {
    const admin = await t.login('ls-admin');
    const platformAdmin = await t.login('platform-admin');
    const intact = (await platformAdmin.request('GET', '/api/audit/verification')).json();
    expect(intact.map((r: { chain: string }) => r.chain).sort()).toEqual([PLATFORM, LS, ST]);
    expect(intact.every((r: { firstBreak: unknown }) => r.firstBreak === null)).toBe(true);

    const target = (await entriesOf(t.database, LS)).find((e) => e.action === 'district-settings.updated')!;
    await asAttacker(
      t.database,
      `UPDATE audit_entries SET "after" = jsonb_set("after", '{reminderLeadWorkingDays}', '9') WHERE id = $1`,
      [target.id],
    );

    const report = await admin.request('GET', `/api/audit/verification?chain=${LS}`);
    expect(report.statusCode).toBe(200);
    expect(report.json()).toEqual([
      {
        chain: LS,
        entries: (await headOf(t.database, LS))!.seq,
        firstBreak: { chain: LS, seq: target.seq, entryId: target.id, reason: 'hash-mismatch' },
      },
    ]);
    const all = (await platformAdmin.request('GET', '/api/audit/verification')).json();
    const byChain = Object.fromEntries(all.map((r: { chain: string; firstBreak: unknown }) => [r.chain, r]));
    expect(byChain[ST].firstBreak).toBeNull();
    expect(byChain[PLATFORM].firstBreak).toBeNull();

    // Putting the original content back makes the chain verify again: the hash covers the content.
    await asAttacker(t.database, `UPDATE audit_entries SET "after" = $2::jsonb WHERE id = $1`, [
      target.id,
      JSON.stringify(target.after),
    ]);
    expect(
      (await admin.request('GET', `/api/audit/verification?chain=${LS}`)).json()[0].firstBreak,
    ).toBeNull();
  });

  it('names the entry after a deleted one (sequence-gap) while the other chains still verify', async () => {
    const st = await entriesOf(t.database, ST);
    expect(st.length).toBeGreaterThan(3);
    const removed = st[1]!;
    await asAttacker(t.database, 'DELETE FROM audit_entries WHERE id = $1', [removed.id]);

    const platformAdmin = await t.login('platform-admin');
    const all = (await platformAdmin.request('GET', '/api/audit/verification')).json();
    const byChain = Object.fromEntries(all.map((r: { chain: string; firstBreak: unknown }) => [r.chain, r]));
    expect(byChain[ST].firstBreak).toEqual({
      chain: ST,
      seq: removed.seq + 1,
      entryId: st[2]!.id,
      reason: 'sequence-gap',
    });
    expect(byChain[LS].firstBreak).toBeNull();
    expect(byChain[PLATFORM].firstBreak).toBeNull();
  });
});

describe('GOV-5 concurrent writers never fork a chain', () => {
  it('numbers 20 concurrent audited transactions on one chain without gaps or doubles, and they verify', async () => {
    const chain = LS;
    const start = (await headOf(t.database, chain))!.seq;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.database.transaction(async (tx) => {
          // Read something first, as a use case does, so the transactions overlap.
          await tx.db.select().from(districtSettings);
          await recordAudit(tx, {
            chain,
            actor: systemActor('concurrency-test'),
            at: TEST_NOW,
            action: 'reminders.written',
            entityType: 'test',
            entityId: `writer-${i}`,
          });
        }),
      ),
    );
    const entries = await entriesOf(t.database, chain);
    expect(seqsOf(entries)).toEqual(oneTo(start + 20));
    expect(new Set(entries.slice(start).map((e) => e.entityId)).size).toBe(20);
    expect(await headOf(t.database, chain)).toMatchObject({ seq: start + 20, hash: entries.at(-1)!.hash });
    const admin = await t.login('ls-admin');
    expect(
      (await admin.request('GET', `/api/audit/verification?chain=${chain}`)).json()[0].firstBreak,
    ).toBeNull();
  });

  it('starts a new chain at seq 1 even when its first writers come at once', async () => {
    const chain = '370213'; // no entry yet
    expect(await headOf(t.database, chain)).toBeUndefined();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.database.transaction((tx) =>
          recordAudit(tx, {
            chain,
            actor: systemActor('concurrency-test'),
            at: TEST_NOW,
            action: 'reminders.written',
            entityType: 'test',
            entityId: `first-${i}`,
          }),
        ),
      ),
    );
    expect(seqsOf(await entriesOf(t.database, chain))).toEqual(oneTo(12));
  });

  it('numbers concurrent logins (API) in order', async () => {
    const start = (await headOf(t.database, LS))!.seq;
    const names = ['ls-admin', 'ls-justice', 'ls-credit', 'ls-data', 'ls-verifier', 'ls-regulator'];
    await Promise.all([...names, ...names].map((name) => t.login(name)));
    const entries = await entriesOf(t.database, LS);
    expect(seqsOf(entries)).toEqual(oneTo(start + 12));
    expect(entries.slice(start).every((e) => e.action === 'session.opened')).toBe(true);
    const admin = await t.login('ls-admin');
    expect(
      (await admin.request('GET', `/api/audit/verification?chain=${LS}`)).json()[0].firstBreak,
    ).toBeNull();
  });
});

describe('GOV-5 / Q-3 nothing half-written', () => {
  it('keeps neither the change nor its audit entry when the transaction throws after recording', async () => {
    const headBefore = await headOf(t.database, LS);
    const entriesBefore = await entriesOf(t.database, LS);
    const [settingsBefore] = await t.database.db
      .select()
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, LS));

    await expect(
      t.database.transaction(async (tx) => {
        await tx.db
          .update(districtSettings)
          .set({ reminderLeadWorkingDays: 1, version: sql`${districtSettings.version} + 1` })
          .where(eq(districtSettings.districtCode, LS));
        await recordAudit(tx, {
          chain: LS,
          actor: systemActor('half-written-test'),
          at: TEST_NOW,
          action: 'district-settings.updated',
          entityType: 'district-settings',
          entityId: LS,
          before: settingsBefore,
          after: { ...settingsBefore, reminderLeadWorkingDays: 1 },
        });
        throw new Error('the step after the audit fails');
      }),
    ).rejects.toThrow('the step after the audit fails');

    const [settingsAfter] = await t.database.db
      .select()
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, LS));
    expect(settingsAfter).toEqual(settingsBefore);
    expect(await entriesOf(t.database, LS)).toEqual(entriesBefore);
    expect(await headOf(t.database, LS)).toEqual(headBefore);
  });
});

function runTool(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/tools/audit-verify.ts'],
      { cwd: projectRoot, env: { ...process.env, ...env, DATABASE_URL: '' }, stdio: 'pipe' },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('GOV-5 `npm run audit:verify` checks the data folder', () => {
  // The tool is about the embedded database's data folder; the server case is the API's verification.
  it.skipIf(process.env.DATABASE_URL)(
    'exits 0 naming the intact chains, 1 naming the broken seq after tampering, 2 while the folder is in use',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-audit-verify-'));
      try {
        const dataDir = path.join(dir, 'pgdata');
        // A data folder holding the demo database as `prepareDatabase` leaves it (the run's template).
        const template = inject('databaseTemplate');
        if (template.kind !== 'pglite') throw new Error('the embedded database’s template is needed');
        const database = await openPglite({ dataDir, image: templateImage(template.imageFile) });
        const lsEntries = await entriesOf(database, LS);
        await database.close();

        const ok = await runTool({ CHENGNUO_DATA: dir });
        expect(ok.stderr).toBe('');
        expect(ok.code).toBe(0);
        expect(ok.stdout).toContain(`chain ${LS}: ok, ${lsEntries.length} entries`);
        expect(ok.stdout).toMatch(new RegExp(`chain ${ST}: ok`));
        expect(ok.stdout).toMatch(new RegExp(`chain ${PLATFORM}: ok`));
        expect(ok.stdout).toContain('all 3 chains intact');

        const target = lsEntries[1]!;
        const tampered = await openPglite({ dataDir });
        await asAttacker(tampered, `UPDATE audit_entries SET actor_name = 'mallory' WHERE id = $1`, [
          target.id,
        ]);
        await tampered.close();

        const broken = await runTool({ CHENGNUO_DATA: dir });
        expect(broken.code).toBe(1);
        expect(broken.stdout).toContain(
          `chain ${LS}: BROKEN at seq ${target.seq} (entry id ${target.id}): hash-mismatch`,
        );
        expect(broken.stdout).toMatch(new RegExp(`chain ${ST}: ok`));
        expect(broken.stdout).toContain('1 chain(s) broken');

        const lock = lockDataFolder(dir);
        try {
          const refused = await runTool({ CHENGNUO_DATA: dir });
          expect(refused.code).toBe(2);
          expect(refused.stderr).toContain(String(process.pid));
        } finally {
          lock.release();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
