import { checkedPartyIdentifier } from '../common/identifiers/checked.ts';
import { maskIdentifier } from '../common/identifiers/index.ts';
import type { PartyCapacity } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { forbidden, invalid } from '../platform/errors.ts';
import { COUNTER_CODE_HOURS, codeHash, newCounterCode } from './party-claim-rules.ts';
import { counterCodes } from './schema.ts';

export interface CounterCodeRequest {
  kind: 'person' | 'organisation';
  /** As the ID card or business licence in front of the officer shows it. */
  identifier: string;
  name: string;
  /** For an organisation: whether the bearer becomes its administrator or one of its agents. */
  capacity: PartyCapacity;
}

/**
 * At the window, after checking a person's ID card (or a company's licence and its letter of
 * authorisation) in person, the officer issues a one-time code the bearer enters in their account to
 * prove the claim. The code is shown once; only its SM3 is kept.
 */
export async function issueCounterCode(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: CounterCodeRequest;
  random?: (max: number) => number;
}): Promise<{ code: string; expiresAt: string; name: string; identifier: string }> {
  const { database, actor, now, input } = options;
  if (actor.role !== 'case-officer') throw forbidden();
  const identifier = checkedPartyIdentifier(input.kind, input.identifier, 'identifier');
  const name = input.name.trim();
  if (!name) throw invalid('name', '请填写证件上的名称', 'The name on the document is required');
  const allowed: PartyCapacity[] = input.kind === 'person' ? ['self'] : ['administrator', 'agent'];
  if (!allowed.includes(input.capacity))
    throw invalid(
      'capacity',
      input.kind === 'person' ? '个人只能核验本人身份' : '单位须选择管理员或经办人',
      input.kind === 'person'
        ? 'A person proves only themself'
        : 'An organisation names administrator or agent',
    );
  const code = newCounterCode(options.random);
  const expiresAt = new Date(now.getTime() + COUNTER_CODE_HOURS * 3_600_000);
  await database.transaction(async (tx) => {
    const [row] = await tx.db
      .insert(counterCodes)
      .values({
        kind: input.kind,
        identifier,
        name,
        capacity: input.capacity,
        codeHash: codeHash(identifier, code),
        districtCode: actor.districtCode,
        issuedBy: actor.userId,
        issuedAt: now,
        expiresAt,
      })
      .returning({ id: counterCodes.id });
    await recordAudit(tx, {
      chain: actor.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'counter-code.issued',
      entityType: 'counter-code',
      entityId: row!.id,
      after: { kind: input.kind, identifier: maskIdentifier(identifier), name, capacity: input.capacity },
    });
  });
  return { code, expiresAt: expiresAt.toISOString(), name, identifier: maskIdentifier(identifier) };
}
