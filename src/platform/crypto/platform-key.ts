import { eq } from 'drizzle-orm';
import { sm2 } from 'sm-crypto-v2';
import type { Config } from '../config.ts';
import type { AppDb } from '../db/database.ts';
import { platformKeys } from './schema.ts';

export interface PlatformKey {
  privateKey: string;
  publicKey: string;
}

const NAME = 'platform-sm2';

/**
 * SPEC §10 Keys: the platform's SM2 key comes from configuration; in development and tests it is
 * generated on first start and kept in the database, so every instance signs with the same key.
 */
export async function loadPlatformKey(db: AppDb, config: Pick<Config, 'sm2PrivateKey'>) {
  if (config.sm2PrivateKey) {
    const privateKey = config.sm2PrivateKey;
    return { privateKey, publicKey: sm2.getPublicKeyFromPrivateKey(privateKey) } satisfies PlatformKey;
  }
  const pair = sm2.generateKeyPairHex();
  await db
    .insert(platformKeys)
    .values({ name: NAME, privateKey: pair.privateKey, publicKey: pair.publicKey, createdAt: new Date() })
    .onConflictDoNothing();
  const [row] = await db.select().from(platformKeys).where(eq(platformKeys.name, NAME));
  return { privateKey: row!.privateKey, publicKey: row!.publicKey } satisfies PlatformKey;
}
