import { eq } from 'drizzle-orm';
import { parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { canSeeCase, caseNotFound, mayViewPersonalData } from './case-access.ts';
import { cases } from './schema.ts';

/**
 * a handling officer or verifier reads the applicant's ID number and phone in full; the view is
 * recorded in the audit trail (who, when, which case), so the party's data is never read unseen.
 */
export async function viewApplicantPersonalData(options: {
  database: Database;
  actor: Actor;
  now: Date;
  caseId: string;
}) {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const [c] = await tx.db.select().from(cases).where(eq(cases.id, options.caseId));
    if (!c || !canSeeCase(actor, c)) throw caseNotFound();
    if (!mayViewPersonalData(actor, c))
      throw new DomainError(
        'FORBIDDEN',
        '只有承办窗口人员和核查人员可以查看申请人的完整证件号码和电话',
        "Only the handling officers and verifiers may see the applicant's full ID number and phone",
      );
    const [party] = await tx.db.select().from(parties).where(eq(parties.id, c.partyId));
    await recordAudit(tx, {
      chain: c.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'personal-data.viewed',
      entityType: 'case',
      entityId: c.id,
      after: { fields: ['identifier', 'phone'] },
    });
    return { name: party!.name, identifier: party!.identifier, phone: c.applicantPhone };
  });
}
