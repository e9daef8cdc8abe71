// The leak check of ORG-2: an answer must hold nothing that marks the other district.
import { contains } from '../../../src/platform/auth/jurisdiction-codes.ts';

/** What belongs to one district: its codes, names, and the ids of its records. */
export interface DistrictMarks {
  district: string;
  city: string;
  names: string[];
  ids: Set<string>;
}

/**
 * VER-4 (跨区域协查): the two sides of an assistance request know each other's agency and district by
 * name, and the agency asked sees what the request carries (matter, fact to confirm, subject's name
 * and masked identifier); nothing else of the other district travels with it.
 */
const COUNTERPART_FIELDS = new Set(['assistingAgency', 'requestingAgency', 'requestingDistrict']);
const REQUEST_CARRIES = new Set(['matterName', 'proofName', 'question', 'subjectName', 'subjectIdentifier']);
const isAssistanceRequest = (value: object) => 'question' in value && 'subjectIdentifier' in value;

/** The leaves of a JSON answer that belong to `other`: its codes, names or record ids. */
export function leaks(value: unknown, other: DistrictMarks, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, other, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(
        ([k, v]) =>
          typeof v !== 'string' ||
          !(COUNTERPART_FIELDS.has(k) || (REQUEST_CARRIES.has(k) && isAssistanceRequest(value))),
      )
      .flatMap(([k, v]) => leaks(v, other, `${path}.${k}`));
  if (typeof value !== 'string') return [];
  const isCode = /^\d{6}(\d{3})?$/.test(value);
  const foreign =
    other.ids.has(value) ||
    (isCode && (contains(other.district, value) || value === other.city)) ||
    other.names.some((n) => value.includes(n));
  return foreign ? [`${path} = ${value}`] : [];
}
