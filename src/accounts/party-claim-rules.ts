import { randomInt } from 'node:crypto';
import { sm3Hex } from '../platform/crypto/sm3.ts';

/**
 * SPEC §10 Claiming a party: knowing an identifier and a name proves nothing. An account reaches a
 * party only after a proof the party controls; these are the rules of those proofs.
 */

export const SMS_CODE_MINUTES = 10;
/** A new SMS code may be asked for once a minute. */
export const SMS_INTERVAL_SECONDS = 60;
export const COUNTER_CODE_HOURS = 48;
/** Wrong codes a claim may try in an hour before it must wait. */
export const CODE_ATTEMPTS_PER_HOUR = 5;

/** Counter codes avoid characters read alike (0/O, 1/I/L). */
const COUNTER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export const newSmsCode = (random: (max: number) => number = randomInt) =>
  String(random(1_000_000)).padStart(6, '0');

export function newCounterCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += COUNTER_ALPHABET[random(COUNTER_ALPHABET.length)];
  return code;
}

/** What a person types, made comparable: no spaces or dashes, upper case. */
export const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/** Only the SM3 of a code is kept, salted with what it belongs to. */
export const codeHash = (salt: string, code: string) => sm3Hex(`${salt}:${normaliseCode(code)}`);

export const sameName = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');

export interface ClaimFacts {
  kind: 'person' | 'organisation';
  name: string;
  /** The phone the account gave. */
  phone: string | null;
}

export interface KnownParty {
  name: string;
  phone: string | null;
}

/**
 * Where an SMS code for a claim goes, or nowhere. A person the platform knows gets it on the phone
 * on record, and only if the claimed name is theirs; a person it has never met, on the phone the
 * account gave (no one else's cases or files exist to reach). An organisation proves itself at the
 * counter or through its administrator, never by SMS.
 */
export function smsRecipient(claim: ClaimFacts, party: KnownParty | null): string | null {
  if (claim.kind !== 'person') return null;
  if (!party) return claim.phone;
  return party.phone && sameName(party.name, claim.name) ? party.phone : null;
}

/** Seconds until a claim may try another code, or 0. */
export function codeAttemptWait(
  claim: { failedAttempts: number; lastFailedAt: Date | null },
  now: Date,
): number {
  if (claim.failedAttempts < CODE_ATTEMPTS_PER_HOUR || !claim.lastFailedAt) return 0;
  const until = claim.lastFailedAt.getTime() + 60 * 60 * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
