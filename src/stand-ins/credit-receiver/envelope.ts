import type { SeedFeedRecord } from './push-store.ts';

/** The kinds of push the receiver takes (docs/credit-push.md names each one's fields). */
export const PUSH_KINDS = [
  'commitment',
  'fulfilment',
  'dishonesty-record',
  'repair',
  'correction',
  'objection',
] as const;
/** Reports about a record of the integrity file: they name the party, whom the platform matches by identifier. */
const RECORD_KINDS = ['dishonesty-record', 'repair', 'correction'];
const IDENTIFIER = /^[0-9A-Z]{15,18}$/;

const isText = (value: unknown, max = 500): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;
const isInstant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function parseObject(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function partyProblem(party: unknown): string | null {
  const p = party as Record<string, unknown> | null;
  if (!p || typeof p !== 'object') return 'party must name the party';
  if (p.kind !== 'person' && p.kind !== 'organisation')
    return "party.kind must be 'person' or 'organisation'";
  if (typeof p.identifier !== 'string' || !IDENTIFIER.test(p.identifier))
    return 'party.identifier must have 15 to 18 digits or capital letters';
  if (!isText(p.name, 200)) return 'party.name is required';
  return null;
}

/** What is wrong with a push's envelope (`chengnuo.credit-push/1`), or null. */
export function envelopeProblem(body: Record<string, unknown>): string | null {
  if (body.schema !== 'chengnuo.credit-push/1') return "schema must be 'chengnuo.credit-push/1'";
  if (!isText(body.idempotencyKey, 300)) return 'idempotencyKey is required (at most 300 characters)';
  if (!(PUSH_KINDS as readonly unknown[]).includes(body.kind))
    return `kind must be one of ${PUSH_KINDS.join(', ')}`;
  if (typeof body.districtCode !== 'string' || !/^\d{6}$/.test(body.districtCode))
    return 'districtCode must be a 6-digit region code';
  if (!isText(body.platform, 80)) return 'platform is required';
  if (!isInstant(body.reportedAt)) return 'reportedAt must be an ISO 8601 instant';
  if (body.subjectId !== undefined && !isText(body.subjectId, 80)) return 'subjectId must be text';
  if (RECORD_KINDS.includes(body.kind as string)) {
    if (!isText(body.recordId, 80)) return 'recordId is required';
    if (!body.category || typeof body.category !== 'object') return 'category is required';
    if (!isText(body.description, 2000)) return 'description is required';
  }
  if (RECORD_KINDS.includes(body.kind as string) || body.party !== undefined) return partyProblem(body.party);
  return null;
}

/** What is wrong with a feed record to add (PUT /v1/feeds/dishonesty), or null. */
export function feedRecordProblem(body: Record<string, unknown>): string | null {
  if (!isText(body.id, 80)) return 'id is required';
  if (typeof body.districtCode !== 'string' || !/^\d{6}$/.test(body.districtCode))
    return 'districtCode must be a 6-digit region code';
  const party = partyProblem({ kind: body.partyKind, identifier: body.identifier, name: body.name });
  if (party) return party.replace('party.kind', 'partyKind').replace('party.', '');
  for (const field of ['category', 'description', 'authority', 'basis'] as const)
    if (!isText(body[field], 2000)) return `${field} is required`;
  if (body.documentNo !== null && body.documentNo !== undefined && !isText(body.documentNo, 200))
    return 'documentNo must be text or null';
  if (!isInstant(body.recordedAt)) return 'recordedAt must be an ISO 8601 instant';
  return null;
}

export const asFeedRecord = (body: Record<string, unknown>): SeedFeedRecord => ({
  id: body.id as string,
  districtCode: body.districtCode as string,
  identifier: body.identifier as string,
  partyKind: body.partyKind as 'person' | 'organisation',
  name: body.name as string,
  category: body.category as string,
  description: body.description as string,
  authority: body.authority as string,
  documentNo: (body.documentNo as string | null | undefined) ?? null,
  basis: body.basis as string,
  recordedAt: new Date(body.recordedAt as string).toISOString(),
});
