import { desc, eq } from 'drizzle-orm';
import {
  type CreditRulebookInput,
  checkRulebook,
  creditRuleVersions,
  currentRulebook,
  defaultRulebook,
} from '../credit/index.ts';
import { districtSettings, users } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';

/** CRED-2: the rulebook in force in the actor's district and the history of its versions. */
export async function creditRules(db: AppDb, actor: Actor) {
  const [current, versions] = await Promise.all([
    currentRulebook(db, actor.districtCode),
    db
      .select({
        version: creditRuleVersions.version,
        reason: creditRuleVersions.reason,
        publishedAt: creditRuleVersions.publishedAt,
        publishedBy: users.displayName,
      })
      .from(creditRuleVersions)
      .leftJoin(users, eq(users.id, creditRuleVersions.publishedBy))
      .where(eq(creditRuleVersions.districtCode, actor.districtCode))
      .orderBy(desc(creditRuleVersions.version)),
  ]);
  return {
    current,
    versions: [
      ...versions.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })),
      { version: 1, reason: '内置默认规则（示例）', publishedAt: null, publishedBy: null },
    ].filter((v, i, all) => all.findIndex((w) => w.version === v.version) === i),
  };
}

/**
 * CRED-2: the credit officer publishes a new version of the district's rulebook. It applies to
 * records made from now on; existing records keep the version they name.
 */
export async function publishCreditRules(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { rules: CreditRulebookInput; reason: string };
}) {
  const { database, actor, now, input } = options;
  assertCan(actor, 'credit.manage');
  if (!input.reason.trim()) throw invalid('reason', '请写明修订理由', 'Say why the rules change');
  checkRulebook(input.rules);
  return database.transaction(async (tx) => {
    // Two officers publishing at once take turns: each version number is taken once.
    await tx.db
      .select({ code: districtSettings.districtCode })
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, actor.districtCode))
      .for('update');
    const current = await currentRulebook(tx.db, actor.districtCode);
    const version = Math.max(current.version, defaultRulebook.version) + 1;
    await tx.db.insert(creditRuleVersions).values({
      districtCode: actor.districtCode,
      version,
      rules: input.rules,
      reason: input.reason.trim(),
      publishedBy: actor.userId,
      publishedAt: now,
    });
    await recordAudit(tx, {
      chain: actor.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'credit-rules.published',
      entityType: 'credit-rules',
      entityId: `${actor.districtCode}:${version}`,
      before: { version: current.version },
      after: { version, reason: input.reason.trim(), categories: input.rules.categories.map((c) => c.code) },
    });
    return { version };
  });
}
