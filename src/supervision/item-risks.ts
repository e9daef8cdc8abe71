import { and, eq } from 'drizzle-orm';
import type { RiskLevel } from '../common/inspection-plan-states.ts';
import { listInForce } from '../lists/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { itemRisks } from './schema.ts';

/** GOV-3: the items of the district's list in force, each with its risk level (medium unless assessed). */
export async function listItemRisks(db: AppDb, actor: Actor, districtCode: string, now: Date) {
  assertCan(actor, 'supervision.read');
  assertDistrictAccess(actor, districtCode);
  const [list, assessed] = await Promise.all([
    listInForce(db, { jurisdictionCode: districtCode, districtCode }, now),
    db.select().from(itemRisks).where(eq(itemRisks.districtCode, districtCode)),
  ]);
  return (list?.items ?? []).map((item) => {
    const risk = assessed.find((r) => r.itemKey === item.key);
    return {
      itemKey: item.key,
      itemName: item.name,
      matter: item.administrativeMatter,
      handlingAgency: item.handlingAgency,
      verification: item.verification,
      level: risk?.level ?? ('medium' as RiskLevel),
      assessed: Boolean(risk),
      basis: risk?.basis ?? '',
      insuranceRequired: risk?.insuranceRequired ?? false,
      assessedAt: risk?.assessedAt ?? null,
    };
  });
}

/** GOV-3: the risk assessment of one item of the list in force; plans approved from now on use it. */
export async function assessItemRisk(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  itemKey: string;
  input: { level: RiskLevel; basis: string; insuranceRequired: boolean };
}) {
  const { database, actor, now, districtCode, itemKey, input } = options;
  assertCan(actor, 'supervision.key');
  assertDistrictAccess(actor, districtCode);
  const basis = input.basis.trim();
  if (!basis) throw invalid('basis', '请写明风险评估的依据', 'Give the basis of the assessment');
  return database.transaction(async (tx) => {
    const list = await listInForce(tx.db, { jurisdictionCode: districtCode, districtCode }, now);
    const item = list?.items.find((i) => i.key === itemKey);
    if (!item)
      throw new DomainError('NOT_FOUND', '现行清单中没有该事项', 'No such item in the list in force');
    const values = {
      level: input.level,
      basis,
      insuranceRequired: input.insuranceRequired,
      itemName: item.name,
      assessedBy: actor.userId,
      assessedAt: now,
    };
    const [before] = await tx.db
      .select()
      .from(itemRisks)
      .where(and(eq(itemRisks.districtCode, districtCode), eq(itemRisks.itemKey, itemKey)))
      .for('update');
    await tx.db
      .insert(itemRisks)
      .values({ districtCode, itemKey, ...values })
      .onConflictDoUpdate({ target: [itemRisks.districtCode, itemRisks.itemKey], set: values });
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'item-risk.assessed',
      entityType: 'list-item',
      entityId: itemKey,
      before: before ? { level: before.level, basis: before.basis } : undefined,
      after: { level: input.level, basis, insuranceRequired: input.insuranceRequired },
    });
    return { itemKey, ...values };
  });
}
