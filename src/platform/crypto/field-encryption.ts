import { createCipheriv, createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { customType } from 'drizzle-orm/pg-core';

/**
 * Personal data at rest (ID numbers, phone numbers): SM4-CBC with a synthetic IV, the first 16 bytes
 * of the value's HMAC-SM3 under a second key. The same value always gives the same stored text, so
 * a column stays searchable and unique by equality (the IV is the keyed SM3 digest beside the
 * ciphertext), the HMAC is checked on every read, and nothing in the database shows the value.
 */
export interface FieldKey {
  readonly encryption: Buffer;
  readonly digest: Buffer;
}

export const ENCRYPTED_PREFIX = 'sm4:';

/** The two keys, derived from one 128-bit secret (32 hex digits) by SM3 with distinct labels. */
export function fieldKeyFrom(secretHex: string): FieldKey {
  const secret = Buffer.from(secretHex, 'hex');
  if (secret.length !== 16) throw new Error('the field key is 32 hexadecimal digits (128 bits)');
  const derive = (label: string) => createHash('sm3').update(secret).update(label).digest();
  return {
    encryption: derive('chengnuo field encryption').subarray(0, 16),
    digest: derive('chengnuo field digest'),
  };
}

const syntheticIv = (key: FieldKey, plain: Buffer) =>
  createHmac('sm3', key.digest).update(plain).digest().subarray(0, 16);

export function encryptField(key: FieldKey, value: string): string {
  const plain = Buffer.from(value, 'utf8');
  const iv = syntheticIv(key, plain);
  const cipher = createCipheriv('sm4-cbc', key.encryption, iv);
  return ENCRYPTED_PREFIX + Buffer.concat([iv, cipher.update(plain), cipher.final()]).toString('base64url');
}

export class FieldIntegrityError extends Error {
  override name = 'FieldIntegrityError';
}

export function decryptField(key: FieldKey, stored: string): string {
  if (!stored.startsWith(ENCRYPTED_PREFIX)) return stored;
  const bytes = Buffer.from(stored.slice(ENCRYPTED_PREFIX.length), 'base64url');
  const iv = bytes.subarray(0, 16);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('sm4-cbc', key.encryption, iv);
    plain = Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]);
  } catch {
    throw new FieldIntegrityError('an encrypted field does not decrypt: another key, or altered');
  }
  if (!timingSafeEqual(iv, syntheticIv(key, plain)))
    throw new FieldIntegrityError('an encrypted field fails its SM3 check: another key, or altered');
  return plain.toString('utf8');
}

let current: FieldKey | null = null;

/** The key of this process's database, set once at start (all instances of a deployment share it). */
export function setFieldKey(key: FieldKey): void {
  current = key;
}

function key(): FieldKey {
  if (!current) throw new Error('personal data encryption key not loaded (loadFieldKey at start)');
  return current;
}

/** A text column kept encrypted; reads give the value, equality in queries compares like for like. */
export const encryptedText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => encryptField(key(), value),
  fromDriver: (value) => decryptField(key(), value),
});
