import { and, eq } from 'drizzle-orm';
import type { Actor, Role } from '../platform/auth/actor.ts';
import { contains, districtOf } from '../platform/auth/jurisdiction-codes.ts';
import type { Tx } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { agencies, districtSettings, jurisdictions } from './schema.ts';
import { assertManages } from './scope.ts';

/** Roles whose work is done for one agency (SPEC §1); their users must name it. */
export const agencyRoles: readonly Role[] = [
  'case-officer',
  'verifier',
  'assisting-officer',
  'regulator',
  'justice-officer',
  'credit-officer',
  'data-officer',
];

export interface Placement {
  role: Role;
  jurisdictionCode: string;
  agencyId?: string | null;
  /** For users above district level: the district they oversee. */
  districtCode?: string;
}

/**
 * ORG-2: where a staff user sits. The admin must manage the jurisdiction; an agency must be of that
 * jurisdiction; users above county level name the served district they oversee (or the province).
 */
export async function resolvePlacement(tx: Tx, actor: Actor, placement: Placement) {
  if (placement.role === 'applicant') {
    throw invalid(
      'role',
      '申请人账号由申请人自行注册',
      'Applicant accounts are registered by applicants themselves',
    );
  }
  assertManages(actor, placement.jurisdictionCode);
  const [jurisdiction] = await tx.db
    .select()
    .from(jurisdictions)
    .where(eq(jurisdictions.code, placement.jurisdictionCode));
  if (!jurisdiction) throw invalid('jurisdictionCode', '所属区划不存在', 'No such jurisdiction');
  let agencyId: string | null = null;
  if (placement.agencyId) {
    const [agency] = await tx.db
      .select()
      .from(agencies)
      .where(
        and(eq(agencies.id, placement.agencyId), eq(agencies.jurisdictionCode, placement.jurisdictionCode)),
      );
    if (!agency?.active)
      throw invalid(
        'agencyId',
        '所选单位不属于该区划或已停用',
        'The agency is not of this jurisdiction or is disabled',
      );
    agencyId = agency.id;
  } else if (agencyRoles.includes(placement.role)) {
    throw invalid('agencyId', '该角色须指定所在单位', 'This role needs an agency');
  }
  let districtCode = districtOf(placement.jurisdictionCode);
  if (!districtCode) {
    districtCode = placement.districtCode ?? placement.jurisdictionCode;
    const oversees =
      districtCode === placement.jurisdictionCode || contains(placement.jurisdictionCode, districtCode);
    const [served] = await tx.db
      .select()
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, districtCode));
    if (!oversees || (districtCode !== placement.jurisdictionCode && !served)) {
      throw invalid(
        'districtCode',
        '请选择该单位所辖、本平台开通的区县',
        'Choose a served district within this jurisdiction',
      );
    }
  }
  return { jurisdictionCode: placement.jurisdictionCode, agencyId, districtCode };
}
