import { can } from '../platform/auth/access-policy.ts';
import type { Actor } from '../platform/auth/actor.ts';

/** A district's chain for those who reach the district; the platform chain for province level only. */
export const canReadChain = (actor: Actor, chain: string): boolean =>
  can(actor, 'read', { type: 'audit-chain', chain });
