import { assertVerificationTerms, type VerificationClass } from '../common/list-item.ts';
import type { AuditActor } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { type NamedAgency, resolveAgency } from './agency-resolution.ts';
import { ensureAdministrativeMatter, ensureCertificationMatter } from './catalogue-store.ts';
import type { ItemTerms } from './item-terms.ts';
import { defaultTimeLimit, type LayoutHeader } from './spreadsheet-layout.ts';

/** A list row as text, the way an xlsx row or an upstream list's item names things. */
export interface RowText {
  name: string;
  administrativeMatter: string;
  administrativeMatterKind?: string;
  handlingAgency: string;
  issuingBody: string;
  legalBasis: string;
  field?: string;
  proves?: string;
  verification: VerificationClass;
  assistingAgency: string | null;
  timeLimitWorkingDays: number | null;
  standard: string;
  method: string;
  disclosure: boolean;
  remarks: string;
}

export interface TermsProblem {
  column: LayoutHeader;
  message: string;
  message_en: string;
}

/** A row's handling and assisting agencies among the district's, and the names that are none of them. */
export function resolveAgencies(
  row: Pick<RowText, 'handlingAgency' | 'assistingAgency'>,
  agencies: readonly NamedAgency[],
) {
  const problems: TermsProblem[] = [];
  const agency = resolveAgency(row.handlingAgency, agencies);
  if (!agency)
    problems.push({
      column: '实施单位',
      message: `实施单位“${row.handlingAgency}”不是本区的单位`,
      message_en: `Handling agency "${row.handlingAgency}" is not an agency of this district`,
    });
  const assisting = row.assistingAgency ? resolveAgency(row.assistingAgency, agencies) : undefined;
  if (row.assistingAgency && !assisting)
    problems.push({
      column: '核查方式',
      message: `协助单位“${row.assistingAgency}”不是本区的单位`,
      message_en: `Assisting agency "${row.assistingAgency}" is not an agency of this district`,
    });
  return { agency, assisting, problems };
}

/**
 * Resolves a row's names to the district's agencies and catalogue (adding matters met for the first
 * time), or says everything wrong with it. Callers run it inside the transaction they abandon on any
 * problem, so nothing it adds survives a refused import or claim.
 */
export async function resolveRowTerms(
  tx: Tx,
  options: {
    districtCode: string;
    agencies: readonly NamedAgency[];
    row: RowText;
    actor: AuditActor;
    now: Date;
  },
): Promise<{ terms: ItemTerms } | { problems: TermsProblem[] }> {
  const { row, agencies, districtCode, actor, now } = options;
  const { agency, assisting, problems } = resolveAgencies(row, agencies);
  const matter = await ensureCertificationMatter(tx, { districtCode, ...row, actor, now });
  if (matter.exclusion)
    problems.push({
      column: '证明名称',
      message: `“${row.name}”涉及${matter.exclusion.category}，不适用告知承诺制：${matter.exclusion.reason}`,
      message_en: `"${row.name}" is excluded from commitment (${matter.exclusion.category})`,
    });
  const timeLimitWorkingDays = row.timeLimitWorkingDays ?? defaultTimeLimit[row.verification];
  try {
    assertVerificationTerms({
      verification: row.verification,
      assistingAgency: row.assistingAgency,
      timeLimitWorkingDays,
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problems.push({ column: '核查方式', message: error.messageZh, message_en: error.messageEn });
  }
  if (problems.length > 0 || !agency) return { problems };
  const administrative = await ensureAdministrativeMatter(tx, {
    districtCode,
    name: row.administrativeMatter,
    kind: row.administrativeMatterKind,
    agencyId: agency.id,
    proof: matter.name,
    actor,
    now,
  });
  return {
    terms: {
      certificationMatterId: matter.id,
      administrativeMatterId: administrative.id,
      agencyId: agency.id,
      assistingAgencyId: assisting?.id ?? null,
      name: matter.name,
      proves: matter.proves,
      field: matter.field,
      administrativeMatter: administrative.name,
      administrativeMatterKind: administrative.kind,
      handlingAgency: agency.name,
      issuingBody: row.issuingBody || matter.issuingBody,
      legalBasis: row.legalBasis || matter.legalBasis,
      verification: row.verification,
      assistingAgency: assisting?.name ?? null,
      timeLimitWorkingDays,
      standard: row.standard,
      method: row.method,
      disclosure: row.disclosure,
      remarks: row.remarks,
    },
  };
}
