import { createHash } from 'node:crypto';
import { verifyAuditTrail } from '../../platform/audit/verify-audit-trail.ts';
import type { Database } from '../../platform/db/database.ts';

/** What a backup must bring back unchanged: rows per table, intact audit chains, stored documents' SM3. */
export interface IntegrityReport {
  rows: Record<string, number>;
  auditChains: { chain: string; entries: number; intact: boolean }[];
  documents: { total: number; intact: number };
}

/** Counts every table of the public schema, verifies every audit chain and every stored document. */
export async function integrityReport(database: Database): Promise<IntegrityReport> {
  const { rows: tables } = await database.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const rows: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows: counted } = await database.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${name}"`,
    );
    rows[name] = Number(counted[0]!.n);
  }
  const chains = await verifyAuditTrail(database.db);
  const { rows: documents } = await database.sql.query<{ sm3: string; bytes: Uint8Array }>(
    'SELECT sm3, bytes FROM stored_documents',
  );
  const intact = documents.filter((d) => createHash('sm3').update(d.bytes).digest('hex') === d.sm3).length;
  return {
    rows,
    auditChains: chains.map((c) => ({ chain: c.chain, entries: c.entries, intact: c.firstBreak === null })),
    documents: { total: documents.length, intact },
  };
}

/** The differences between two reports, in words; empty when the restore is faithful. */
export function compareReports(before: IntegrityReport, after: IntegrityReport): string[] {
  const problems: string[] = [];
  for (const [table, n] of Object.entries(before.rows))
    if (after.rows[table] !== n)
      problems.push(`${table}: ${n} rows backed up, ${after.rows[table] ?? 0} restored`);
  for (const chain of after.auditChains)
    if (!chain.intact) problems.push(`audit chain ${chain.chain} does not verify`);
  if (after.documents.intact !== after.documents.total)
    problems.push(
      `${after.documents.total - after.documents.intact} stored documents no longer match their SM3`,
    );
  if (after.documents.total !== before.documents.total) problems.push('stored documents missing');
  return problems;
}
