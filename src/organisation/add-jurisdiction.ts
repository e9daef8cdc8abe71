import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { levelOf, parentOf } from '../platform/auth/jurisdiction-codes.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import type { JurisdictionRow } from './list-jurisdictions.ts';
import { referenceRegions } from './reference-regions.ts';
import { jurisdictions } from './schema.ts';
import { assertManages, chainOf } from './scope.ts';

/** The level a parent must have: a town hangs under a county, never directly under a city. */
const parentLevel = { city: 'province', county: 'city', town: 'county' } as const;

/**
 * Adds a jurisdiction under an existing parent. Codes in the official reference take its name when
 * none is given; a code missing from it (a newer town) is accepted when its structure fits the parent.
 */
export async function addJurisdiction(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { code: string; name?: string };
}): Promise<JurisdictionRow> {
  const { database, actor, now, input } = options;
  let level: ReturnType<typeof levelOf>;
  try {
    level = levelOf(input.code);
  } catch {
    throw invalid('code', '区划代码应为 6 位或 9 位数字', 'A division code has 6 or 9 digits');
  }
  const parentCode = parentOf(input.code);
  if (!parentCode)
    throw invalid('code', '省级区划已存在，不能新增', 'Province-level divisions cannot be added');
  assertManages(actor, parentCode);
  const reference = referenceRegions().get(input.code);
  const name = input.name?.trim() || reference?.name;
  if (!name)
    throw invalid(
      'name',
      '该代码不在官方区划代码中，请填写名称',
      'This code is not in the official list; give a name',
    );
  return database.transaction(async (tx) => {
    const [parent] = await tx.db.select().from(jurisdictions).where(eq(jurisdictions.code, parentCode));
    if (!parent)
      throw invalid(
        'code',
        `上级区划 ${parentCode} 尚未建立`,
        `The parent division ${parentCode} does not exist yet`,
      );
    if (level === 'province' || parent.level !== parentLevel[level])
      throw invalid(
        'code',
        `区划代码 ${input.code} 与上级 ${parent.name}（${parentCode}）的层级不符`,
        `The code ${input.code} does not fit the level of its parent ${parentCode}`,
      );
    const [created] = await tx.db
      .insert(jurisdictions)
      .values({ code: input.code, name, level, parentCode, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (!created) throw new DomainError('CONFLICT', '该区划已存在', 'This division already exists', 'code');
    await recordAudit(tx, {
      chain: chainOf(created.code),
      actor: actorOf(actor),
      at: now,
      action: 'jurisdiction.created',
      entityType: 'jurisdiction',
      entityId: created.code,
      after: created,
    });
    return created;
  });
}
