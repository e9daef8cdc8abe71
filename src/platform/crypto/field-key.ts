import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { AppDb } from '../db/database.ts';
import { type FieldKey, fieldKeyFrom, setFieldKey } from './field-encryption.ts';
import { platformKeys } from './schema.ts';

const NAME = 'field-sm4';

/**
 * The key that encrypts personal data at rest comes from configuration (CHENGNUO_FIELD_KEY, required
 * in production, kept outside the database); in development and tests one is made on first start and
 * kept in the database, so the demo needs no setup. Loaded once at start, before any such data is read.
 */
export async function loadFieldKey(db: AppDb, config: Pick<Config, 'fieldKey'>): Promise<FieldKey> {
  let secret = config.fieldKey;
  if (!secret) {
    await db
      .insert(platformKeys)
      .values({
        name: NAME,
        privateKey: randomBytes(16).toString('hex'),
        publicKey: '',
        createdAt: new Date(),
      })
      .onConflictDoNothing();
    const [row] = await db.select().from(platformKeys).where(eq(platformKeys.name, NAME));
    secret = row!.privateKey;
  }
  const key = fieldKeyFrom(secret);
  setFieldKey(key);
  return key;
}
