/** Masking for lists, logs and exports, where staff need to recognise a record but not copy its data. */
import { validateCreditCode } from './credit-code.ts';
import { validateResidentId } from './resident-id.ts';

/** Keeps the region (first 6) and the last 4, the parts people use to tell two records apart. */
export function maskResidentId(id: string): string {
  if (id.length <= 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/**
 * Credit codes are public and stay readable. Everything else is masked, not only valid ID numbers:
 * an ID number with a typo in it still gives away almost all of someone's ID number.
 */
export function maskIdentifier(value: string): string {
  const resident = validateResidentId(value);
  if (resident.ok) return maskResidentId(resident.normalized);
  if (validateCreditCode(value).ok) return value;
  return value.length === 18 ? maskResidentId(value) : '*'.repeat(value.length);
}

/**
 * '张伟' → '张*'. Counted in code points, as names may use characters outside the BMP (𠇔).
 * A one-character name is masked entirely, since keeping its first character would reveal it.
 */
export function maskPersonName(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= 1) return '*'.repeat(characters.length);
  return `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

/** '13905321234' → '139****1234'; other numbers keep their last 4 only. */
export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return phone.length <= 4 ? '*'.repeat(phone.length) : `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}`;
}
