import { and, eq } from 'drizzle-orm';
import { assertListable } from '../common/exclusions.ts';
/** What a user enters for one item (LIST-1 and LIST-5); names are resolved from the catalogue. */
import type { ItemTermsInput } from '../common/item-terms-input.ts';
import { assertVerificationTerms } from '../common/list-item.ts';
import { agencies } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import type { DraftItemRow } from './list-store.ts';
import { administrativeMatters, certificationMatters } from './schema.ts';

export type { ItemTermsInput };

export type ItemTerms = Omit<
  DraftItemRow,
  | 'id'
  | 'listId'
  | 'position'
  | 'sourceItemKey'
  | 'claimedAt'
  | 'claimedBy'
  | 'revision'
  | 'updatedAt'
  | 'industryRegulator'
  | 'regulatorOpinion'
>;

/**
 * Resolves an item's input against the district's catalogue, refusing an excluded matter (LIST-2),
 * a matter the administrative matter does not require, and incoherent verification terms (LIST-5).
 */
export async function resolveItemTerms(
  db: AppDb,
  districtCode: string,
  input: ItemTermsInput,
): Promise<ItemTerms> {
  const [matter] = await db
    .select()
    .from(certificationMatters)
    .where(
      and(
        eq(certificationMatters.id, input.certificationMatterId),
        eq(certificationMatters.districtCode, districtCode),
      ),
    );
  if (!matter)
    throw invalid(
      'certificationMatterId',
      '证明事项不在本区目录中',
      'The certification matter is not in this district’s catalogue',
    );
  assertListable(matter);
  const [administrative] = await db
    .select({ matter: administrativeMatters, agency: agencies })
    .from(administrativeMatters)
    .innerJoin(agencies, eq(agencies.id, administrativeMatters.agencyId))
    .where(
      and(
        eq(administrativeMatters.id, input.administrativeMatterId),
        eq(administrativeMatters.districtCode, districtCode),
      ),
    );
  if (!administrative)
    throw invalid(
      'administrativeMatterId',
      '行政事项不在本区目录中',
      'The administrative matter is not in this district’s catalogue',
    );
  if (!administrative.matter.proofs.includes(matter.name))
    throw invalid(
      'administrativeMatterId',
      `行政事项“${administrative.matter.name}”不要求提交“${matter.name}”，请先在目录中登记`,
      `"${administrative.matter.name}" does not require "${matter.name}"; record it in the catalogue first`,
    );
  let assistingAgency: string | null = null;
  if (input.assistingAgencyId) {
    const [assisting] = await db
      .select()
      .from(agencies)
      .where(and(eq(agencies.id, input.assistingAgencyId), eq(agencies.districtCode, districtCode)));
    if (!assisting)
      throw invalid('assistingAgencyId', '协助单位不在本区', 'The assisting agency is not in this district');
    assistingAgency = assisting.name;
  }
  assertVerificationTerms({ ...input, assistingAgency });
  return {
    certificationMatterId: matter.id,
    administrativeMatterId: administrative.matter.id,
    agencyId: administrative.agency.id,
    assistingAgencyId: input.assistingAgencyId,
    name: matter.name,
    proves: matter.proves,
    field: matter.field,
    administrativeMatter: administrative.matter.name,
    administrativeMatterKind: administrative.matter.kind,
    handlingAgency: administrative.agency.name,
    issuingBody: input.issuingBody?.trim() || matter.issuingBody,
    legalBasis: input.legalBasis?.trim() || matter.legalBasis,
    verification: input.verification,
    assistingAgency,
    timeLimitWorkingDays: input.timeLimitWorkingDays,
    standard: input.standard.trim(),
    method: input.method.trim(),
    disclosure: input.disclosure,
    remarks: input.remarks.trim(),
  };
}
