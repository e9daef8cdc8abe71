import { invalid } from '../platform/errors.ts';

/** LIST-5: how a listed proof is verified after the decision. */
export const verificationClasses = {
  online: { zh: '线上核查', en: 'Online verification' },
  'on-site': { zh: '现场核查', en: 'On-site verification' },
  assistance: { zh: '行政协助', en: 'Administrative assistance' },
  exempt: { zh: '免于核查', en: 'Exempt from verification' },
} as const;
export type VerificationClass = keyof typeof verificationClasses;
export const verificationClassIds = Object.keys(verificationClasses) as VerificationClass[];

/** LIST-1: the fields the scheme pushes first (dashboards show coverage by field). */
export const keyFields = [
  '户籍管理',
  '市场主体准营',
  '资格考试',
  '社会保险',
  '社会救助',
  '健康体检',
  '法律服务',
] as const;
export const matterFields = [...keyFields, '其他'] as const;
export type MatterField = (typeof matterFields)[number];

/** LIST-1: kinds of administrative matter (行政事项) that require proofs. */
export const administrativeMatterKinds = ['行政许可', '行政确认', '行政给付', '其他'] as const;

/**
 * One row of a published list (SPEC §10: one proof for one administrative matter at one handling
 * agency). `key` survives from version to version so versions can be compared item by item.
 */
export interface ListItem {
  key: string;
  name: string;
  proves: string;
  field: string;
  administrativeMatter: string;
  administrativeMatterKind: string;
  handlingAgency: string;
  issuingBody: string;
  legalBasis: string;
  verification: VerificationClass;
  assistingAgency: string | null;
  timeLimitWorkingDays: number;
  standard: string;
  method: string;
  disclosure: boolean;
  remarks: string;
}

/** A proof kept out of commitment, shown beside the list (保留清单). */
export interface RetainedProof {
  name: string;
  legalBasis: string;
  issuingBody: string;
  reason: string;
}

/** The fields a user compares between versions, in the order the public diff shows them. */
export const comparedFields = [
  'name',
  'administrativeMatter',
  'handlingAgency',
  'issuingBody',
  'legalBasis',
  'field',
  'verification',
  'assistingAgency',
  'timeLimitWorkingDays',
  'standard',
  'method',
  'disclosure',
  'remarks',
] as const satisfies readonly (keyof ListItem)[];

export interface VerificationTerms {
  verification: VerificationClass;
  assistingAgency: string | null;
  timeLimitWorkingDays: number;
}

/**
 * LIST-5 rules for one item: an assisted item names who assists, an exempt item has no clock, every
 * other class is checked within a time limit.
 */
export function assertVerificationTerms(terms: VerificationTerms): void {
  if (terms.verification === 'assistance' && !terms.assistingAgency)
    throw invalid(
      'assistingAgencyId',
      '行政协助核查须指明协助单位',
      'Verification by administrative assistance must name the assisting agency',
    );
  if (terms.verification !== 'assistance' && terms.assistingAgency)
    throw invalid(
      'assistingAgencyId',
      '只有行政协助核查才填写协助单位',
      'Only verification by administrative assistance names an assisting agency',
    );
  if (terms.verification === 'exempt' && terms.timeLimitWorkingDays !== 0)
    throw invalid(
      'timeLimitWorkingDays',
      '免于核查的事项核查时限应为 0',
      'An exempt item has a time limit of 0',
    );
  if (terms.verification !== 'exempt' && terms.timeLimitWorkingDays < 1)
    throw invalid(
      'timeLimitWorkingDays',
      '核查时限至少为 1 个工作日',
      'The verification time limit is at least 1 working day',
    );
}
