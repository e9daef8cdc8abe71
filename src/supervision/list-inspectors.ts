import { asc, eq, inArray } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { agencies } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, assertDistrictAccess, can } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { inspectorConflicts, inspectors } from './schema.ts';

/**
 * SUP-1: a district's inspector pools. Conflicts name the party with its identifier masked, except
 * to those who keep that pool.
 */
export async function listInspectors(db: AppDb, actor: Actor, districtCode: string) {
  assertCan(actor, 'supervision.read');
  assertDistrictAccess(actor, districtCode);
  const rows = await db
    .select({ inspector: inspectors, agencyName: agencies.name })
    .from(inspectors)
    .innerJoin(agencies, eq(agencies.id, inspectors.agencyId))
    .where(eq(inspectors.districtCode, districtCode))
    .orderBy(asc(agencies.name), asc(inspectors.certificateNo));
  const conflicts = rows.length
    ? await db
        .select()
        .from(inspectorConflicts)
        .where(
          inArray(
            inspectorConflicts.inspectorId,
            rows.map((r) => r.inspector.id),
          ),
        )
        .orderBy(asc(inspectorConflicts.declaredAt))
    : [];
  const keeps = (agencyId: string) =>
    can(actor, 'supervision.inspectors') && (actor.role === 'admin' || actor.agencyId === agencyId);
  return rows.map(({ inspector, agencyName }) => ({
    ...inspector,
    agencyName,
    editable: keeps(inspector.agencyId),
    conflicts: conflicts
      .filter((c) => c.inspectorId === inspector.id)
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        partyName: c.partyName,
        partyIdentifier: keeps(inspector.agencyId) ? c.partyIdentifier : maskIdentifier(c.partyIdentifier),
        note: c.note,
        declaredAt: c.declaredAt,
      })),
  }));
}
