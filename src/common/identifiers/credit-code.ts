/**
 * 统一社会信用代码, GB 32100-2015: registration authority, organisation type, 6-digit region code,
 * 9-character organisation code, 1 check character.
 */
import { CENTRAL_REGION_PREFIX, type IdentifierProblem, PROVINCE_PREFIXES } from './problems.ts';

// I, O, Z, S and V are left out because they are easily mistaken for 1, 0, 2, 5 and U.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CHARSET_CLASS = '[0-9A-HJ-NPQRTUWXY]';
const FIRST_17 = new RegExp(`^${CHARSET_CLASS}{17}$`);
const SHAPE = new RegExp(`^${CHARSET_CLASS}{18}$`);

export type CreditCodeResult =
  | { ok: true; normalized: string; registrationAuthority: string; provinceCode: string }
  | { ok: false; reason: IdentifierProblem };

export function creditCodeCheckCharacter(first17: string): string {
  const upper = first17.toUpperCase();
  if (!FIRST_17.test(upper)) {
    throw new RangeError(`not 17 credit code characters: ${first17}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(upper[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * Positions 1 and 2 only have to come from the character set: the authorities keep adding codes
 * for new kinds of organisation, and rejecting a real code would lock that organisation out.
 */
export function validateCreditCode(value: string): CreditCodeResult {
  if (value.length !== 18) return { ok: false, reason: 'length' };
  const normalized = value.toUpperCase();
  if (!SHAPE.test(normalized)) return { ok: false, reason: 'format' };

  const region = normalized.slice(2, 8);
  const provinceCode = region.slice(0, 2);
  const knownProvince = PROVINCE_PREFIXES.has(provinceCode) || provinceCode === CENTRAL_REGION_PREFIX;
  if (!/^\d{6}$/.test(region) || !knownProvince) return { ok: false, reason: 'region' };

  if (creditCodeCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: 'check-character' };
  }
  return { ok: true, normalized, registrationAuthority: normalized[0]!, provinceCode };
}
