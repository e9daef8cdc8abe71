import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decryptField,
  ENCRYPTED_PREFIX,
  encryptField,
  FieldIntegrityError,
  fieldKeyFrom,
} from './field-encryption.ts';

const key = fieldKeyFrom('00112233445566778899aabbccddeeff');
const other = fieldKeyFrom('ffeeddccbbaa99887766554433221100');

describe('personal data at rest: SM4 with a keyed SM3 synthetic IV', () => {
  it('round-trips any text, and shows nothing of it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        const stored = encryptField(key, value);
        expect(stored.startsWith(ENCRYPTED_PREFIX)).toBe(true);
        expect(decryptField(key, stored)).toBe(value);
        if (value.length >= 4) expect(stored).not.toContain(value);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2000 },
    );
  });

  it('gives one value one stored text (searchable and unique by equality), another value another', () => {
    expect(encryptField(key, '370212197803122135')).toBe(encryptField(key, '370212197803122135'));
    expect(encryptField(key, '370212197803122135')).not.toBe(encryptField(key, '370212197803122136'));
    expect(encryptField(key, '370212197803122135')).not.toBe(encryptField(other, '370212197803122135'));
  });

  it('refuses a value altered in the database, or read with another key', () => {
    const stored = encryptField(key, '13905321234');
    const bytes = Buffer.from(stored.slice(ENCRYPTED_PREFIX.length), 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(() => decryptField(key, ENCRYPTED_PREFIX + bytes.toString('base64url'))).toThrow(
      FieldIntegrityError,
    );
    expect(() => decryptField(other, stored)).toThrow(FieldIntegrityError);
  });

  it('reads a value an older version stored in clear as it is (until it is encrypted at start)', () => {
    expect(decryptField(key, '13905321234')).toBe('13905321234');
  });
});
