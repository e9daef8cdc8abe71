import { and, eq, inArray } from 'drizzle-orm';
import {
  checkDistrictSettings,
  type DistrictSettingsInput,
  type SiteIdentity,
} from '../common/district-settings-rules.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid, staleVersion } from '../platform/errors.ts';
import type { DistrictSettingsRow } from './get-district-settings.ts';
import { agencies, districtSettings } from './schema.ts';
import { assertManages } from './scope.ts';

const trimmedSite = (site: SiteIdentity) =>
  Object.fromEntries(Object.entries(site).map(([field, value]) => [field, value.trim()])) as SiteIdentity;

/** ORG-3: a district's admin changes its configuration; the old and new values are audited. */
export async function updateDistrictSettings(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  input: DistrictSettingsInput & { version: number };
}): Promise<DistrictSettingsRow> {
  const { database, actor, now, districtCode, input } = options;
  assertDistrictAccess(actor, districtCode);
  assertManages(actor, districtCode);
  checkDistrictSettings(input);
  const { version, ...values } = input;
  return database.transaction(async (tx) => {
    const [before] = await tx.db
      .select()
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, districtCode))
      .for('update');
    if (!before) throw new DomainError('NOT_FOUND', '该区县未开通', 'This district is not served');
    if (before.version !== version) throw staleVersion();
    const leadAgencies = Object.values(values.leadUnits);
    const found = leadAgencies.length
      ? await tx.db
          .select({ id: agencies.id })
          .from(agencies)
          .where(and(inArray(agencies.id, leadAgencies), eq(agencies.districtCode, districtCode)))
      : [];
    const unknown = Object.entries(values.leadUnits).find(([, id]) => !found.some((a) => a.id === id));
    if (unknown)
      throw invalid(
        `leadUnits.${unknown[0]}`,
        '牵头单位须为本区县的单位',
        'A lead unit must be an agency of this district',
      );
    const [after] = await tx.db
      .update(districtSettings)
      .set({
        ...values,
        creditPlatforms: values.creditPlatforms.map((p) => p.trim()),
        ...(values.site !== undefined && { site: values.site && trimmedSite(values.site) }),
        version: version + 1,
        updatedAt: now,
      })
      .where(eq(districtSettings.districtCode, districtCode))
      .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'district-settings.updated',
      entityType: 'district-settings',
      entityId: districtCode,
      before,
      after,
    });
    return after!;
  });
}
