import { readDemoData } from './demo/demo-files.ts';
import { demoLoaded, loadDemoData } from './demo/load-demo-data.ts';
import { loadWorkingCalendar } from './platform/calendar/load-calendar.ts';
import type { Config } from './platform/config.ts';
import { loadPlatformKey } from './platform/crypto/platform-key.ts';
import type { Database } from './platform/db/database.ts';
import { migrate } from './platform/db/migrate.ts';

/** Brings a database up to date at start: migrations always, demo data once when configured. */
export async function prepareDatabase(options: {
  config: Pick<Config, 'loadDemo' | 'passwordHashing'> & Partial<Pick<Config, 'sm2PrivateKey'>>;
  database: Database;
  now: Date;
}): Promise<{ migrations: string[]; demoLoaded: boolean }> {
  const { config, database, now } = options;
  const migrations = await migrate(database);
  if (!config.loadDemo || (await demoLoaded(database))) return { migrations, demoLoaded: false };
  await loadDemoData({
    database,
    data: readDemoData(),
    now,
    hashing: config.passwordHashing,
    calendar: await loadWorkingCalendar(database.db),
    platformKey: await loadPlatformKey(database.db, { sm2PrivateKey: config.sm2PrivateKey }),
  });
  return { migrations, demoLoaded: true };
}
