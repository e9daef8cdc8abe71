import { and, type Column, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { Actor } from './actor.ts';
import { areaPrefix, levelOf, levelsAbove } from './jurisdiction-codes.ts';

/**
 * The access policy's scope rules (ORG-2) in a form a query can use, so that a listing narrows its
 * rows in SQL by the same rule `can` applies to one record; each is tested against the policy.
 */

/**
 * The districts an actor reaches, as the prefix every such district code starts with: a district's
 * (or a town's) staff their own district, a city's its districts, the province all.
 * The same rule as `can(actor, 'read', { type: 'district' })`.
 */
export function reachPrefix(actor: Pick<Actor, 'jurisdictionCode'>): string {
  const code = actor.jurisdictionCode;
  switch (levelOf(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    default:
      return code.slice(0, 6);
  }
}

/** Rows whose district column lies in the actor's reach. */
export const withinReach = (actor: Pick<Actor, 'jurisdictionCode'>, districtColumn: Column): SQL =>
  like(districtColumn, `${reachPrefix(actor)}%`);

/** Rows of a jurisdiction within the actor's own (a town's staff: their town only). */
export const withinJurisdiction = (actor: Pick<Actor, 'jurisdictionCode'>, column: Column): SQL =>
  like(column, `${areaPrefix(actor.jurisdictionCode)}%`);

/** Rows of a jurisdiction within the actor's or above it: the part of the tree the actor stands in. */
export const onActorsBranch = (actor: Pick<Actor, 'jurisdictionCode'>, column: Column): SQL =>
  or(inArray(column, levelsAbove(actor.jurisdictionCode)), withinJurisdiction(actor, column))!;

/**
 * Rows that belong to a district the actor reaches, or (no district) to an upper-level body the
 * actor's district lies under or the actor oversees: 青岛市司法局 for 崂山区's staff.
 */
export const withinReachOrAbove = (
  actor: Pick<Actor, 'jurisdictionCode' | 'districtCode'>,
  columns: { districtCode: Column; jurisdictionCode: Column },
): SQL =>
  or(
    withinReach(actor, columns.districtCode),
    and(
      isNull(columns.districtCode),
      or(
        inArray(columns.jurisdictionCode, [actor.districtCode, ...levelsAbove(actor.districtCode)]),
        withinJurisdiction(actor, columns.jurisdictionCode),
      ),
    ),
  )!;
