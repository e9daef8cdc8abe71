import path from 'node:path';
import type { Config } from '../config.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

/** Opens the configured database, locking the embedded one's folder first (it throws if in use). */
export async function openConfiguredDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<Database> {
  if (config.databaseUrl) return openPostgres({ url: config.databaseUrl });
  const lock = lockDataFolder(config.dataDir);
  try {
    const database = await openPglite({ dataDir: path.join(config.dataDir, 'pgdata') });
    return {
      ...database,
      close: async () => {
        await database.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
