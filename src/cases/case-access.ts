import type { CaseSide } from '../common/case-states.ts';
import { can } from '../platform/auth/access-policy.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { DomainError } from '../platform/errors.ts';

export const caseNotFound = () =>
  new DomainError('NOT_FOUND', '案件不存在或无权查看', 'No such case, or not visible to you');

export interface CaseScope {
  districtCode: string;
  agencyId: string;
  partyId: string;
  channel: 'online' | 'counter';
}

const asCase = (c: CaseScope) => ({
  type: 'case' as const,
  districtCode: c.districtCode,
  agencyId: c.agencyId,
  partyId: c.partyId,
  channel: c.channel,
});

/**
 * ORG-2 for cases: applicants see their own party's cases; staff see cases of their district, and
 * agency staff only their agency's. Anything else is "not found", so no case's existence leaks.
 */
export const canSeeCase = (actor: Actor, c: CaseScope): boolean => can(actor, 'read', asCase(c));

export function assertSeesCase(actor: Actor, c: CaseScope): void {
  if (!canSeeCase(actor, c)) throw caseNotFound();
}

/** Handling officers of the case's agency decide it (a district-level case officer may too). */
export const handlesCase = (actor: Actor, c: CaseScope) => can(actor, 'handle', asCase(c));

/**
 * Which side an actor takes on a case: the applicant's own account, or the handling officer. At the
 * window the officer also acts for the applicant of a counter case (paper-signed).
 */
export function sideOf(actor: Actor, c: CaseScope, wants: CaseSide): CaseSide {
  assertSeesCase(actor, c);
  if (wants === 'applicant' && can(actor, 'act-for-applicant', asCase(c))) return 'applicant';
  if (wants === 'officer' && handlesCase(actor, c)) return 'officer';
  throw new DomainError(
    'FORBIDDEN',
    wants === 'officer' ? '只有承办单位的窗口人员可以办理此案件' : '只有申请人本人可以进行此操作',
    wants === 'officer'
      ? "Only the handling agency's case officers may act on this case"
      : 'Only the applicant may do this',
  );
}

/**
 * who may see a case's applicant unmasked (ID number, phone): the handling officers, who check
 * identity and contact the applicant, and the agency's verifiers, who query shared data about them.
 * Each such view is audited; everyone else sees them masked.
 */
export const mayViewPersonalData = (actor: Actor, c: CaseScope) =>
  can(actor, 'view-personal-data', asCase(c));
