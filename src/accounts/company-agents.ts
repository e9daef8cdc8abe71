import type { Actor } from '../platform/auth/actor.ts';
import { DomainError } from '../platform/errors.ts';

/** The organisation an actor administers (单位管理员), or a refusal: only its administrator manages agents. */
export function administeredParty(actor: Actor): string {
  if (actor.role !== 'applicant' || !actor.partyId || actor.partyCapacity !== 'administrator')
    throw new DomainError(
      'FORBIDDEN',
      '只有单位管理员账号可以管理经办人',
      "Only the organisation's administrator account manages its agents",
    );
  return actor.partyId;
}
