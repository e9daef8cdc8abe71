import { eq, sql } from 'drizzle-orm';
import { districtSettings, parties } from '../organisation/index.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';
import { creditPushes, type PushKind } from './schema.ts';

/** The envelope every push carries; docs/credit-push.md describes each kind's fields. */
export const PUSH_SCHEMA = 'chengnuo.credit-push/1';

export interface CreditPush {
  districtCode: string;
  kind: PushKind;
  subjectId: string;
  /** One line for the officer's page, without identifiers. */
  summary: string;
  /** The kind's own fields. */
  data: Record<string, unknown>;
  at: Date;
}

/**
 * CRED-6: writes a push to each credit platform the district configures (ORG-3) into the outbox, in
 * the caller's transaction, so the change and its push stand or fall together. The idempotency key
 * is fixed here: every retry of the push sends the same one.
 */
export async function queueCreditPush(tx: Tx, push: CreditPush): Promise<number> {
  const [settings] = await tx.db
    .select({ platforms: districtSettings.creditPlatforms })
    .from(districtSettings)
    .where(eq(districtSettings.districtCode, push.districtCode));
  const platforms = settings?.platforms ?? [];
  if (platforms.length === 0) return 0;
  // The n-th report about a subject: a key no later report can take, the same on every retry.
  const [{ n } = { n: 0 }] = await tx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(creditPushes)
    .where(eq(creditPushes.subjectId, push.subjectId));
  const sequence = Math.floor(n / platforms.length) + 1;
  await tx.db.insert(creditPushes).values(
    platforms.map((platform) => ({
      districtCode: push.districtCode,
      platform,
      kind: push.kind,
      subjectId: push.subjectId,
      idempotencyKey: `${push.districtCode}/${platform}/${push.subjectId}/${sequence}`,
      payload: JSON.stringify({
        schema: PUSH_SCHEMA,
        kind: push.kind,
        districtCode: push.districtCode,
        platform,
        reportedAt: push.at.toISOString(),
        ...push.data,
      }),
      summary: push.summary,
      nextAttemptAt: push.at,
      createdAt: push.at,
    })),
  );
  return platforms.length;
}

/** How a push names a party: the platforms match by identifier (统一社会信用代码 / 身份证号). */
export async function pushedParty(db: AppDb, partyId: string) {
  const [party] = await db
    .select({ kind: parties.kind, name: parties.name, identifier: parties.identifier })
    .from(parties)
    .where(eq(parties.id, partyId));
  return party!;
}
