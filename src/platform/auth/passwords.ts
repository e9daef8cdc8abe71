import argon2 from 'argon2';
import { invalid } from '../errors.ts';

export type HashingProfile = 'standard' | 'fast';

// `fast` exists so API tests can create many accounts; configuration allows it only in tests.
const options = {
  standard: { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  fast: { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 },
} as const;

export const hashPassword = (password: string, profile: HashingProfile) =>
  argon2.hash(password, options[profile]);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the username is unknown, so both paths take as long. */
let decoyHash: Promise<string> | undefined;
export const decoy = (profile: HashingProfile) => {
  decoyHash ??= hashPassword('decoy-password-never-matches', profile);
  return decoyHash;
};

/** Password rule: 8–64 characters with letters and digits. */
export function assertPasswordRule(password: string, field = 'password'): void {
  if (password.length < 8 || password.length > 64 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw invalid(
      field,
      '密码须为 8–64 位，且同时包含字母和数字',
      'The password needs 8–64 characters with both letters and digits',
    );
  }
}
