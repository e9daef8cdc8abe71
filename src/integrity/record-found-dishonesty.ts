import { checkedAnyIdentifier } from '../common/identifiers/checked.ts';
import { categoryOf, currentRulebook, partyOfIdentifier, recordDishonesty } from '../credit/index.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';

/**
 * CRED-2: dishonesty another authority found (a court's 失信被执行人, a penalty decision), entered by
 * the credit officer with its document number, in a category of the rulebook in force; the party is
 * matched by identifier (created when new), so CASE-2 sees the record at once.
 */
export async function recordFoundDishonesty(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: {
    identifier: string;
    name: string;
    category: string;
    description: string;
    authority: string;
    documentNo: string;
    basis: string;
  };
}) {
  const { database, actor, now, input } = options;
  assertCan(actor, 'credit.manage');
  const identifier = checkedAnyIdentifier(input.identifier, 'identifier');
  return database.transaction(async (tx) => {
    const rulebook = await currentRulebook(tx.db, actor.districtCode);
    if (!rulebook.categories.some((c) => c.code === input.category))
      throw invalid(
        'category',
        `本区信用规则没有类别「${input.category}」`,
        `The district's rules have no category "${input.category}"`,
      );
    const partyId = await partyOfIdentifier(tx, { identifier, name: input.name.trim(), now });
    const record = await recordDishonesty(tx, {
      partyId,
      districtCode: actor.districtCode,
      kind: 'dishonesty',
      category: categoryOf(rulebook, input.category).code,
      description: input.description.trim(),
      authority: input.authority.trim(),
      basis: input.basis.trim(),
      documentNo: input.documentNo.trim(),
      source: 'manual',
      foundBy: actor.userId,
      at: now,
      actor: actorOf(actor),
    });
    return { id: record.id, ruleVersion: record.ruleVersion, category: record.category };
  });
}
