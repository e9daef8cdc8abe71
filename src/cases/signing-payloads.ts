import { checkCommittedFacts } from '../common/committed-facts.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { applicationContext } from './application-context.ts';
import { fillLetters } from './case-letters.ts';
import { draftOf, storedRequests } from './submit-draft.ts';

/**
 * CASE-3 with an applicant's own SM2 key: what to sign for each committed proof of a draft. The
 * client signs each payload and submits the signatures with the `signedAt` given here.
 */
export async function signingPayloads(options: { database: Database; actor: Actor; now: Date; id: string }) {
  const { database, actor, now } = options;
  const { caseRow, party } = await draftOf(database, actor, options.id);
  if (caseRow.state !== 'draft')
    throw new DomainError('ILLEGAL_TRANSITION', '只有草稿需要签署', 'Only a draft is signed', 'state');
  const context = await applicationContext(database.db, caseRow.administrativeMatterId, now);
  const requests = await storedRequests(database, caseRow.id);
  return requests
    .filter((r) => r.choice === 'commit' && context.listed.has(r.proof))
    .map((r, index) => {
      const item = context.listed.get(r.proof)!;
      const declared = context.facts.get(r.proof) ?? null;
      const committed = checkCommittedFacts(declared, r.facts, `proofs[${index}].facts`);
      const letters = fillLetters({
        item,
        texts: context.texts.get(item.key)!,
        committer: {
          kind: party.kind,
          identifier: party.identifier,
          name: party.name,
          phone: caseRow.applicantPhone,
        },
        disclosure: item.disclosure ? (r.disclosure ?? null) : null,
        facts: { declared, committed },
        method: 'applicant-sm2',
        signedAt: now,
      });
      return {
        proof: r.proof,
        signedAt: now.toISOString(),
        textSm3: letters.textSm3,
        payload: letters.payload,
      };
    });
}
