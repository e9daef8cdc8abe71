import { type Column, like, type SQL } from 'drizzle-orm';
import type { Actor } from './actor.ts';
import { levelOf } from './jurisdiction-codes.ts';

/**
 * The districts an actor reaches (ORG-2), as the prefix every such district code starts with: a
 * district's (or a town's) staff their own district, a city's its districts, the province all.
 * The same rule as `can(actor, 'read', { type: 'district' })`, in a form a query can use.
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

/** ORG-2 in SQL: only rows whose district column lies in the actor's reach. */
export const withinReach = (actor: Pick<Actor, 'jurisdictionCode'>, districtColumn: Column): SQL =>
  like(districtColumn, `${reachPrefix(actor)}%`);
