import type { Database } from '../db/database.ts';
import { ENCRYPTED_PREFIX, encryptField, type FieldKey } from './field-encryption.ts';

/** A column that holds personal data encrypted (SQL names). */
export interface EncryptedColumn {
  table: string;
  column: string;
}

const BATCH = 500;

/**
 * Encrypts what an older version stored in clear, batch by batch, each in its own transaction (so a
 * start interrupted halfway resumes): run at start after the migrations, a no-op once done.
 */
export async function encryptStoredFields(
  database: Database,
  key: FieldKey,
  columns: readonly EncryptedColumn[],
): Promise<number> {
  let encrypted = 0;
  for (const { table, column } of columns) {
    for (;;) {
      const done = await database.transaction(async (tx) => {
        const { rows } = await tx.sql.query<{ row: string; value: string }>(
          `SELECT ctid::text AS row, "${column}" AS value FROM "${table}"
            WHERE "${column}" IS NOT NULL AND "${column}" NOT LIKE '${ENCRYPTED_PREFIX}%' LIMIT ${BATCH} FOR UPDATE`,
        );
        for (const { row, value } of rows)
          await tx.sql.query(`UPDATE "${table}" SET "${column}" = $1 WHERE ctid = $2::tid`, [
            encryptField(key, value),
            row,
          ]);
        return rows.length;
      });
      encrypted += done;
      if (done < BATCH) break;
    }
  }
  return encrypted;
}
