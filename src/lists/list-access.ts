import { can } from '../platform/auth/access-policy.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { districtOf } from '../platform/auth/jurisdiction-codes.ts';
import { DomainError } from '../platform/errors.ts';
import type { ListRow } from './list-store.ts';
import { listNotFound } from './list-store.ts';

/**
 * ORG-2 for lists: staff read the lists of their district (and its towns); a city list is read by
 * staff of the districts under it and by the levels above.
 */
export const canReadList = (actor: Actor, list: Pick<ListRow, 'jurisdictionCode' | 'districtCode'>) =>
  can(actor, 'read', asList(list));

const asList = (list: Pick<ListRow, 'jurisdictionCode' | 'districtCode'>) => ({
  type: 'list' as const,
  jurisdictionCode: list.jurisdictionCode,
  districtCode: list.districtCode,
});

/** Whether the actor keeps (imports into, edits, publishes) the list at `code`, by the access policy. */
export const keepsListAt = (actor: Actor, code: string) =>
  can(actor, 'keep', { type: 'list', jurisdictionCode: code, districtCode: districtOf(code) ?? null });

export function assertReadsList(actor: Actor, list: ListRow | undefined): asserts list is ListRow {
  if (!list || !canReadList(actor, list)) throw listNotFound();
}

/** Who keeps a list: the justice body of its own level (区司法局, an ST town's 司法所, 市司法局). */
export function assertKeepsList(actor: Actor, list: ListRow): void {
  if (actor.role !== 'justice-officer' || !canReadList(actor, list)) throw listNotFound();
  if (!can(actor, 'keep', asList(list)))
    throw new DomainError(
      'FORBIDDEN',
      '只有本级司法行政机关可以维护和发布此清单',
      'Only the justice body of this level keeps and publishes this list',
    );
}

/**
 * ORG-2 before anything else is looked at: a list code outside the actor's reach is "not found",
 * so neither another district's settings nor the parsing of an upload answer for it.
 */
export function assertReachesListCode(actor: Actor, code: string): void {
  if (!can(actor, 'read', { type: 'list-code', code, districtCode: districtOf(code) })) throw listNotFound();
}
