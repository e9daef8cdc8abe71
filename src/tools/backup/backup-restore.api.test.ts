// Security issue, backup and restore: `npm run backup` and `npm run restore` round-trip the database
// (PGlite image, or pg_dump on a server) with the same rows, intact audit chains and documents' SM3.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresUrl, templateImage } from '../../../tests/support/test-app.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import { openPglite } from '../../platform/db/pglite.ts';
import { openPostgres } from '../../platform/db/postgres.ts';
import { backUp, RestoreRefusedError, restore } from './backup-restore.ts';

const now = new Date('2026-12-06T10:00:00Z');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const template = inject('databaseTemplate');

describe.skipIf(template.kind !== 'pglite')('backup and restore of the embedded database', () => {
  it('round-trips a data folder: same rows, chains intact, documents match their SM3', async () => {
    if (template.kind !== 'pglite') return;
    const source = path.join(scratch, 'source');
    mkdirSync(source);
    const seeded = await openPglite({
      dataDir: path.join(source, 'pgdata'),
      image: templateImage(template.imageFile),
    });
    // A stored PDF to bring back byte for byte (DOC-6).
    const pdf = Buffer.from('%PDF-1.4 backup probe');
    await seeded.sql.query(
      `INSERT INTO stored_documents (district_code, subject, content_type, bytes, sm3, created_at)
       VALUES ('370212', 'backup-probe', 'application/pdf', $1, $2, now())`,
      [pdf, sm3Hex(pdf)],
    );
    await seeded.close();
    const file = path.join(scratch, 'backup.tar.gz');
    const backedUp = await backUp({ dataDir: source, databaseUrl: undefined }, file, now);
    expect(backedUp.rows.cases).toBeGreaterThan(0);
    expect(backedUp.documents.total).toBeGreaterThan(0);
    expect(backedUp.auditChains.every((c) => c.intact)).toBe(true);

    const target = path.join(scratch, 'target');
    const { report, problems } = await restore({ dataDir: target, databaseUrl: undefined }, file, {
      force: false,
      now,
    });
    expect(problems).toEqual([]);
    expect(report.rows).toEqual(backedUp.rows);
    // A second restore over a database is refused unless forced, then moves the old one aside.
    await expect(
      restore({ dataDir: target, databaseUrl: undefined }, file, { force: false, now }),
    ).rejects.toThrow(RestoreRefusedError);
    const forced = await restore({ dataDir: target, databaseUrl: undefined }, file, { force: true, now });
    expect(forced.problems).toEqual([]);
  });
});

describe.skipIf(template.kind !== 'postgres')('backup and restore on a PostgreSQL server', () => {
  it('round-trips through pg_dump and pg_restore into an empty database', async () => {
    const sourceUrl = await freshPostgresUrl();
    const file = path.join(scratch, 'backup.dump');
    const backedUp = await backUp({ databaseUrl: sourceUrl, dataDir: scratch }, file, now);
    const targetUrl = await freshPostgresUrl({ empty: true });
    const { report, problems } = await restore({ databaseUrl: targetUrl, dataDir: scratch }, file, {
      force: false,
      now,
    });
    expect(problems).toEqual([]);
    expect(report.rows).toEqual(backedUp.rows);
    // Never over a database in use.
    await expect(
      restore({ databaseUrl: sourceUrl, dataDir: scratch }, file, { force: false, now }),
    ).rejects.toThrow(/not empty/);
    const probe = await openPostgres({ url: targetUrl });
    expect((await probe.sql.query('SELECT 1 FROM cases LIMIT 1')).rows.length).toBe(1);
    await probe.close();
  });
});
