import { PLATFORM_CHAIN } from '../platform/audit/record.ts';
import { can } from '../platform/auth/access-policy.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { districtOf } from '../platform/auth/jurisdiction-codes.ts';
import { DomainError, forbidden } from '../platform/errors.ts';

/** The audit chain of a change at a jurisdiction: its district's, or the platform's above districts. */
export const chainOf = (jurisdictionCode: string) => districtOf(jurisdictionCode) ?? PLATFORM_CHAIN;

/** An admin manages what lies within their own jurisdiction (a district admin: the district and its towns). */
export function assertManages(actor: Actor, jurisdictionCode: string): void {
  if (!can(actor, 'manage', { type: 'jurisdiction', jurisdictionCode })) throw forbidden();
}

/**
 * Staff see an agency of a district they can access, and upper-level bodies above their own district
 * (e.g. 青岛市司法局 for 崂山区 staff), never another district's.
 */
export function canSeeAgency(
  actor: Actor,
  agency: { districtCode: string | null; jurisdictionCode: string },
): boolean {
  return can(actor, 'read', {
    type: 'agency',
    districtCode: agency.districtCode,
    jurisdictionCode: agency.jurisdictionCode,
  });
}

export const agencyNotFound = () =>
  new DomainError('NOT_FOUND', '单位不存在或不在您的管辖范围内', 'No such agency within your jurisdiction');
export const userNotFound = () =>
  new DomainError('NOT_FOUND', '用户不存在或不在您的管辖范围内', 'No such user within your jurisdiction');
