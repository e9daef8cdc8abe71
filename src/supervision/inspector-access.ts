import { and, eq } from 'drizzle-orm';
import { agencies } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { inspectors } from './schema.ts';

export type InspectorRow = typeof inspectors.$inferSelect;

/**
 * SUP-1: an agency keeps its own pool; a district's admin keeps every agency's. Another district's
 * inspector is not found (ORG-2); another agency's is refused.
 */
export function assertKeepsPool(actor: Actor, districtCode: string, agencyId: string): void {
  assertCan(actor, 'supervision.inspectors');
  assertDistrictAccess(actor, districtCode);
  if (actor.role !== 'admin' && actor.agencyId !== agencyId)
    throw new DomainError(
      'FORBIDDEN',
      '只能维护本单位的执法人员库',
      'You can keep only your own agency’s inspector pool',
    );
}

/** The agency must be one of the district's. */
export async function agencyOfDistrict(db: AppDb, districtCode: string, agencyId: string) {
  const [agency] = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.id, agencyId), eq(agencies.districtCode, districtCode)));
  if (!agency) throw invalid('agencyId', '该单位不属于本区', 'The agency is not one of this district');
  return agency;
}

export const inspectorNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    '执法人员不存在或不在您的管辖范围内',
    'No such inspector within your jurisdiction',
  );

export async function lockInspector(tx: Tx, actor: Actor, id: string): Promise<InspectorRow> {
  const [row] = await tx.db.select().from(inspectors).where(eq(inspectors.id, id)).for('update');
  if (!row) throw inspectorNotFound();
  assertDistrictAccess(actor, row.districtCode);
  assertKeepsPool(actor, row.districtCode, row.agencyId);
  return row;
}
