import { DomainError, forbidden } from '../errors.ts';
import type { Actor } from './actor.ts';

/**
 * The party an applicant account has proven to be or to act for (SPEC §10). An account still to
 * prove it is told how, and reaches no party's cases or files meanwhile.
 */
export function provenParty(actor: Actor): string {
  if (actor.role !== 'applicant') throw forbidden();
  if (!actor.partyId)
    throw new DomainError(
      'FORBIDDEN',
      '请先完成身份核验（短信验证码或窗口核验码）后再办理',
      'Prove whom you are first (an SMS code, or a code from a service window)',
      undefined,
      { identityCheck: 'pending' },
    );
  return actor.partyId;
}
