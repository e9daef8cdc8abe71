import { and, eq, sql } from 'drizzle-orm';
import type { FeedRecord } from '../common/credit-feed.ts';
import { formatDate } from '../common/dates.ts';
import { validateCreditCode, validateResidentId } from '../common/identifiers/index.ts';
import { districtSettings } from '../organisation/index.ts';
import { systemActor } from '../platform/audit/record.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import type { CreditPlatform } from './credit-platform.ts';
import { partyOfIdentifier } from './party-of-identifier.ts';
import { recordDishonesty } from './record-dishonesty.ts';
import { currentRulebook } from './rulebooks.ts';
import { creditFeedCursors, creditRecords } from './schema.ts';

export interface FeedPullResult {
  recorded: number;
  /** Already in the file (pulled before), by the feed's id. */
  known: number;
  /** Records that cannot be entered (a wrong identifier, a category the rulebook lacks), with why. */
  unreadable: { id: string; reason: string }[];
}

const FEED_ACTOR = systemActor('credit-feed');

/** The party a feed record names, by its identifier, or a new party when the platform knows it first. */
/** Why a feed record cannot be entered in the district's file, or null. */
async function unreadable(tx: Tx, record: FeedRecord): Promise<string | null> {
  const check =
    record.partyKind === 'person'
      ? validateResidentId(record.identifier)
      : validateCreditCode(record.identifier);
  if (!check.ok) return `identifier: ${check.reason}`;
  const rulebook = await currentRulebook(tx.db, record.districtCode);
  if (!rulebook.categories.some((c) => c.code === record.category))
    return `category "${record.category}" is not in rulebook version ${rulebook.version}`;
  return null;
}

async function moveCursor(tx: Tx, districtCode: string, platform: string, position: string, at: Date) {
  await tx.db
    .insert(creditFeedCursors)
    .values({ districtCode, platform, position, pulledAt: at })
    .onConflictDoUpdate({
      target: [creditFeedCursors.districtCode, creditFeedCursors.platform],
      set: { position, pulledAt: at },
    });
}

/**
 * CRED-2: pulls each district's new dishonesty records (e.g. 失信被执行人) from the credit platform
 * the district names first (its public credit information platform, ORG-3) into the integrity files,
 * so eligibility (CASE-2) sees them. Each record and the cursor past it are written in one
 * transaction; a record whose feed id is already in a file is skipped, so pulling again adds nothing.
 */
export async function pullCreditFeed(options: {
  database: Database;
  platform: CreditPlatform;
  now: () => Date;
}): Promise<FeedPullResult> {
  const { database } = options;
  const result: FeedPullResult = { recorded: 0, known: 0, unreadable: [] };
  const districts = await database.db
    .select({ districtCode: districtSettings.districtCode, platforms: districtSettings.creditPlatforms })
    .from(districtSettings)
    .where(sql`jsonb_array_length(${districtSettings.creditPlatforms}) > 0`);
  for (const { districtCode, platforms } of districts) {
    const source = platforms[0]!;
    const [cursor] = await database.db
      .select({ position: creditFeedCursors.position })
      .from(creditFeedCursors)
      .where(and(eq(creditFeedCursors.districtCode, districtCode), eq(creditFeedCursors.platform, source)));
    let after = cursor?.position ?? '0';
    for (;;) {
      const page = await options.platform.pullFeed({ districtCode, platform: source, after });
      for (const record of page.records) {
        await database.transaction(async (tx) => {
          const at = options.now();
          const [seen] = await tx.db
            .select({ id: creditRecords.id })
            .from(creditRecords)
            .where(eq(creditRecords.externalId, record.id));
          const problem = seen ? null : await unreadable(tx, record);
          if (seen) result.known += 1;
          else if (problem) result.unreadable.push({ id: record.id, reason: problem });
          else {
            await recordDishonesty(tx, {
              partyId: await partyOfIdentifier(tx, {
                identifier: record.identifier,
                name: record.name,
                now: at,
              }),
              districtCode,
              kind: 'dishonesty',
              category: record.category,
              description: `${record.description}（${record.authority}${formatDate(record.recordedAt)}认定，自${source}获取）`,
              authority: record.authority,
              basis: record.basis,
              documentNo: record.documentNo,
              source: 'feed',
              externalId: record.id,
              foundBy: null,
              at,
              actor: FEED_ACTOR,
              // It came from the platforms: reporting it back would tell them what they told us.
              push: false,
            });
            result.recorded += 1;
          }
          await moveCursor(tx, districtCode, source, record.position, at);
        });
      }
      if (page.records.length === 0) {
        // Nothing new: the cursor only notes when the district last pulled.
        await database.transaction((tx) => moveCursor(tx, districtCode, source, after, options.now()));
        break;
      }
      after = page.next;
    }
  }
  return result;
}

/**
 * The hourly pull (and one at start). New records queue their own pushes (CRED-6): `afterPull` nudges
 * the push relay so they leave at once.
 */
export function creditFeedJob(options: {
  database: Database;
  platform: CreditPlatform;
  now: () => Date;
  afterPull?: (result: FeedPullResult) => void;
}): JobDefinition {
  return {
    name: 'credit-feed',
    cron: '0 * * * *',
    runAtStart: true,
    handler: async () => {
      const result = await pullCreditFeed(options);
      options.afterPull?.(result);
    },
  };
}
