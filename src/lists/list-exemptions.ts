import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { forbidden } from '../platform/errors.ts';
import { agencyNameOf } from './record-regulator-opinion.ts';
import { draftItems, lists } from './schema.ts';

/**
 * VER-5: the draft rows of the actor's district's lists (the district's and its towns') that are
 * exempt from verification and name an industry regulator other than their handling agency, with
 * the opinion recorded (or null). A regulator sees the rows naming its agency; a justice officer
 * sees them all, so what waits for an opinion is visible before publishing.
 */
export async function listExemptions(db: AppDb, actor: Actor) {
  if (actor.role !== 'regulator' && actor.role !== 'justice-officer') throw forbidden();
  const district = actor.districtCode;
  if (!district || !canAccessDistrict(actor, district)) return [];
  const agency = actor.role === 'regulator' ? await agencyNameOf(db, actor) : null;
  if (actor.role === 'regulator' && !agency) return [];
  const rows = await db
    .select({ row: draftItems, listCode: lists.jurisdictionCode, listTitle: lists.title })
    .from(draftItems)
    .innerJoin(lists, eq(lists.id, draftItems.listId))
    .where(
      and(
        eq(lists.districtCode, district),
        eq(draftItems.verification, 'exempt'),
        isNotNull(draftItems.industryRegulator),
        ne(draftItems.industryRegulator, draftItems.handlingAgency),
        agency ? eq(draftItems.industryRegulator, agency) : undefined,
      ),
    )
    .orderBy(asc(lists.jurisdictionCode), asc(draftItems.position));
  return rows.map(({ row, listCode, listTitle }) => ({
    listCode,
    listTitle,
    rowId: row.id,
    revision: row.revision,
    name: row.name,
    proves: row.proves,
    administrativeMatter: row.administrativeMatter,
    handlingAgency: row.handlingAgency,
    industryRegulator: row.industryRegulator!,
    verification: row.verification,
    regulatorOpinion: row.regulatorOpinion ?? null,
    /** The regulator named records (or replaces) its opinion; the justice bureau follows. */
    allowedActions: (agency ? ['agree', 'disagree'] : []) as ('agree' | 'disagree')[],
  }));
}
