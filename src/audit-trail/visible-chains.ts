import { PLATFORM_CHAIN } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';

/** A district's chain for those who reach the district; the platform chain for province level only. */
export function canReadChain(actor: Actor, chain: string): boolean {
  return chain === PLATFORM_CHAIN
    ? actor.jurisdictionCode === PLATFORM_CHAIN
    : canAccessDistrict(actor, chain);
}
