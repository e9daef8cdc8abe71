import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import type { Database } from './database.ts';

const migrationsFolder = path.join(projectRoot, 'drizzle');
// Any constant: serialises migrations of several instances starting at once on one server.
const MIGRATION_LOCK = 7_202_120_406;

interface Journal {
  entries: { idx: number; tag: string }[];
}

/**
 * Applies the committed drizzle-kit migrations not yet applied, each in its own transaction.
 * Returns the tags applied, so a caller knows whether the database was new.
 */
export async function migrate(database: Database): Promise<string[]> {
  const journal = JSON.parse(
    readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
  ) as Journal;
  // Under the lock too: two servers running CREATE TABLE IF NOT EXISTS at once on a new database make
  // one of them fail (duplicate key in pg_type).
  await database.transaction(async (tx) => {
    await tx.sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.sql.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: string[] = [];
  for (const { tag } of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
    const statements = readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8')
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter(Boolean);
    const didApply = await database.transaction(async (tx) => {
      await tx.sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.sql.query('SELECT 1 FROM schema_migrations WHERE tag = $1', [tag]);
      if (done.rows.length > 0) return false;
      for (const statement of statements) await tx.sql.exec(statement);
      await tx.sql.query('INSERT INTO schema_migrations (tag) VALUES ($1)', [tag]);
      return true;
    });
    if (didApply) applied.push(tag);
  }
  return applied;
}
