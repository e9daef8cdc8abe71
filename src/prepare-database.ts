import { readDemoData } from './demo/demo-files.ts';
import { loadDemoCredit } from './demo/load-demo-credit.ts';
import { demoLoaded, loadDemoData } from './demo/load-demo-data.ts';
import { loadDemoSupervision } from './demo/load-demo-supervision.ts';
import { demoVerificationLoaded, loadDemoVerification } from './demo/load-demo-verification.ts';
import { loadWorkingCalendar } from './platform/calendar/load-calendar.ts';
import type { Config } from './platform/config.ts';
import { encryptStoredFields } from './platform/crypto/encrypt-stored-fields.ts';
import { loadFieldKey } from './platform/crypto/field-key.ts';
import { loadPlatformKey } from './platform/crypto/platform-key.ts';
import type { Database } from './platform/db/database.ts';
import { migrate } from './platform/db/migrate.ts';

/** The columns holding ID numbers and phone numbers, encrypted at rest (src/platform/crypto). */
export const PERSONAL_DATA_COLUMNS = [
  { table: 'parties', column: 'identifier' },
  { table: 'parties', column: 'phone' },
  { table: 'users', column: 'agent_id_number' },
  { table: 'users', column: 'phone' },
  { table: 'party_claims', column: 'identifier' },
  { table: 'party_claims', column: 'phone' },
  { table: 'counter_codes', column: 'identifier' },
  { table: 'cases', column: 'applicant_phone' },
  { table: 'outbound_messages', column: 'recipient' },
] as const;

/**
 * Brings a database up to date at start: migrations always, personal data stored in clear by an
 * older version encrypted, demo data once when configured.
 */
export async function prepareDatabase(options: {
  config: Pick<Config, 'loadDemo' | 'passwordHashing'> & Partial<Pick<Config, 'sm2PrivateKey' | 'fieldKey'>>;
  database: Database;
  now: Date;
}): Promise<{ migrations: string[]; demoLoaded: boolean }> {
  const { config, database, now } = options;
  const migrations = await migrate(database);
  const fieldKey = await loadFieldKey(database.db, { fieldKey: config.fieldKey });
  await encryptStoredFields(database, fieldKey, PERSONAL_DATA_COLUMNS);
  if (!config.loadDemo) return { migrations, demoLoaded: false };
  const platformKey = await loadPlatformKey(database.db, { sm2PrivateKey: config.sm2PrivateKey });
  const loading = !(await demoLoaded(database));
  if (loading)
    await loadDemoData({
      database,
      data: readDemoData(),
      now,
      hashing: config.passwordHashing,
      calendar: await loadWorkingCalendar(database.db),
      platformKey,
    });
  // Its own step after the cases: it calls the data-sharing stand-in between its transactions. A data
  // folder whose demo an older version loaded keeps its cases as they were.
  if (loading && !(await demoVerificationLoaded(database))) {
    await loadDemoVerification({ database, platformKey, now });
    await loadDemoCredit({ database, now });
    await loadDemoSupervision({ database, now });
  }
  return { migrations, demoLoaded: loading };
}
