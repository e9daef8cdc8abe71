import { desc, eq } from 'drizzle-orm';
import type { AppDb } from '../platform/db/database.ts';
import { phoneCodes } from './schema.ts';

/** The latest code sent to a number, locked for the registration about to use or count it. */
export async function latestPhoneCodeForUpdate(db: AppDb, phone: string) {
  const [row] = await db
    .select()
    .from(phoneCodes)
    .where(eq(phoneCodes.phone, phone))
    .orderBy(desc(phoneCodes.sentAt))
    .limit(1)
    .for('update');
  return row;
}
