import { PLATFORM_CHAIN } from '../audit/record.ts';
import type { Actor } from './actor.ts';
import { contains } from './jurisdiction-codes.ts';

/**
 * The one access policy: whether an actor may take an action on a resource, by role, jurisdiction
 * (ORG-2), agency and ownership. A resource is described by the facts that decide access, so the
 * policy needs no capability's tables; each capability turns a "no" into its own answer (a record out
 * of reach is "not found", so its existence does not leak; a visible one the actor may not change is
 * "forbidden").
 */
export type Resource =
  | { type: 'district'; districtCode: string }
  | { type: 'jurisdiction'; jurisdictionCode: string }
  | { type: 'agency'; districtCode: string | null; jurisdictionCode: string }
  | { type: 'list'; jurisdictionCode: string; districtCode: string | null }
  | { type: 'list-code'; code: string; districtCode: string | undefined }
  | { type: 'case'; districtCode: string; agencyId: string; partyId: string; channel: 'online' | 'counter' }
  | { type: 'document'; districtCode: string; agencyId: string | null }
  | { type: 'audit-chain'; chain: string };

interface Actions {
  district: 'read';
  jurisdiction: 'manage';
  agency: 'read';
  list: 'read' | 'keep';
  'list-code': 'read';
  case: 'read' | 'handle' | 'act-for-applicant' | 'view-personal-data';
  document: 'keep';
  'audit-chain': 'read';
}

type ResourceType = Resource['type'];
type Of<T extends ResourceType> = Extract<Resource, { type: T }>;
type Rules = { [T in ResourceType]: Record<Actions[T], (actor: Actor, resource: Of<T>) => boolean> };

/**
 * ORG-2 scope: a user reaches the districts their jurisdiction contains (city and province levels
 * oversee several) or lies in (a town's staff work within their district). Nothing else.
 */
export const reachesDistrict = (actor: Pick<Actor, 'jurisdictionCode'>, districtCode: string) =>
  contains(actor.jurisdictionCode, districtCode) || contains(districtCode, actor.jurisdictionCode);

/** An upper-level body (a city's) is seen by the districts below it and the levels above it. */
const reachesUpperLevel = (actor: Actor, jurisdictionCode: string) =>
  contains(jurisdictionCode, actor.districtCode) || contains(actor.jurisdictionCode, jurisdictionCode);

/** Applicants see their own party's cases; staff their district's, agency staff only their agency's. */
const seesCase = (actor: Actor, c: Of<'case'>) => {
  if (actor.role === 'applicant') return actor.partyId !== null && actor.partyId === c.partyId;
  if (!reachesDistrict(actor, c.districtCode)) return false;
  return actor.agencyId === null || actor.agencyId === c.agencyId;
};

const readsList = (actor: Actor, list: Of<'list'>) =>
  list.districtCode
    ? reachesDistrict(actor, list.districtCode)
    : reachesUpperLevel(actor, list.jurisdictionCode);

const rules: Rules = {
  district: { read: (actor, r) => reachesDistrict(actor, r.districtCode) },
  /** An admin manages what lies within their own jurisdiction (a district admin: the district and its towns). */
  jurisdiction: { manage: (actor, r) => contains(actor.jurisdictionCode, r.jurisdictionCode) },
  agency: {
    read: (actor, r) =>
      r.districtCode ? reachesDistrict(actor, r.districtCode) : reachesUpperLevel(actor, r.jurisdictionCode),
  },
  list: {
    read: readsList,
    /**
     * The justice body of the list's own level keeps it (区司法局 for a district, 司法所 for a town,
     * 市司法局 for the city general list). The districts below take the city list over into their own
     * lists (LIST-3); they never change or publish the city's.
     */
    keep: (actor, list) =>
      actor.role === 'justice-officer' &&
      readsList(actor, list) &&
      actor.jurisdictionCode === list.jurisdictionCode,
  },
  'list-code': {
    read: (actor, r) =>
      r.districtCode ? reachesDistrict(actor, r.districtCode) : reachesUpperLevel(actor, r.code),
  },
  case: {
    read: seesCase,
    /** Handling officers of the case's agency decide it (a district-level case officer may too). */
    handle: (actor, c) => actor.role === 'case-officer' && seesCase(actor, c),
    /** The applicant's own account; at the window, the officer for a counter (paper-signed) case. */
    'act-for-applicant': (actor, c) =>
      seesCase(actor, c) &&
      (actor.role === 'applicant' || (c.channel === 'counter' && actor.role === 'case-officer')),
    /**
     * the handling officers, who check identity and contact the applicant, and the agency's
     * verifiers, who query shared data about them. Each such view is audited.
     */
    'view-personal-data': (actor, c) =>
      (actor.role === 'case-officer' || actor.role === 'verifier') && seesCase(actor, c),
  },
  /** An item's texts and a matter's guide: its handling agency's staff, and the district's justice bureau. */
  document: {
    keep: (actor, d) =>
      (actor.role === 'justice-officer' && actor.jurisdictionCode === d.districtCode) ||
      (d.agencyId !== null && actor.agencyId === d.agencyId),
  },
  /** A district's chain for those who reach the district; the platform chain for province level only. */
  'audit-chain': {
    read: (actor, r) =>
      r.chain === PLATFORM_CHAIN
        ? actor.jurisdictionCode === PLATFORM_CHAIN
        : reachesDistrict(actor, r.chain),
  },
};

export function can<R extends Resource>(actor: Actor, action: Actions[R['type']], resource: R): boolean {
  const rule = (rules[resource.type] as Record<string, (actor: Actor, resource: R) => boolean>)[action];
  return rule?.(actor, resource) ?? false;
}
