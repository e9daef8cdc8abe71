/** 居民身份证号, GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence, 1 check character. */
import { type IdentifierProblem, PROVINCE_PREFIXES } from './problems.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';
// China has no daylight saving time, so a fixed offset gives the Asia/Shanghai calendar date.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type ResidentIdResult =
  | { ok: true; normalized: string; birthDate: string; sex: 'male' | 'female'; provinceCode: string }
  | { ok: false; reason: IdentifierProblem };

export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** YYYY-MM-DD, or undefined when the digits name no calendar day (19990230). */
function calendarDate(yyyymmdd: string): string | undefined {
  const [year, month, day] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  // Date.UTC rolls over (Feb 30 becomes Mar 2), so a round trip catches impossible days.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** `today` is compared as a date in China, where the ID was issued, whatever the server's time zone. */
export function validateResidentId(value: string, today: Date = new Date()): ResidentIdResult {
  if (value.length !== 18) return { ok: false, reason: 'length' };
  const normalized = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(normalized)) return { ok: false, reason: 'format' };

  const provinceCode = normalized.slice(0, 2);
  if (!PROVINCE_PREFIXES.has(provinceCode)) return { ok: false, reason: 'province' };

  const birthDate = calendarDate(normalized.slice(6, 14));
  const todayInChina = new Date(today.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  if (birthDate === undefined || birthDate < EARLIEST_BIRTH_DATE || birthDate > todayInChina) {
    return { ok: false, reason: 'birth-date' };
  }

  if (residentIdCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: 'check-character' };
  }
  const sex = Number(normalized[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, normalized, birthDate, sex, provinceCode };
}
