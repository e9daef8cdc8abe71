import path from 'node:path';
import type { Config } from '../config.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import type { Database } from './database.ts';
import { type EmbeddedDatabase, openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

/** Opens the configured database, locking the embedded one's folder first (it throws if in use). */
export async function openConfiguredDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<Database & Partial<Pick<EmbeddedDatabase, 'dumpImage'>>> {
  if (config.databaseUrl) return openPostgres({ url: config.databaseUrl });
  const lock = lockDataFolder(config.dataDir);
  // A process that ends without closing (a stop past its time limit) still leaves the folder free.
  const releaseAtExit = () => lock.release();
  process.once('exit', releaseAtExit);
  try {
    const database = await openPglite({ dataDir: path.join(config.dataDir, 'pgdata') });
    return {
      ...database,
      close: async () => {
        await database.close();
        lock.release();
        process.off('exit', releaseAtExit);
      },
    };
  } catch (error) {
    lock.release();
    process.off('exit', releaseAtExit);
    throw error;
  }
}
