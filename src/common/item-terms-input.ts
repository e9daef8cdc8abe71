import type { VerificationClass } from './list-item.ts';

/** LIST-4: the terms an officer gives a list item (the same on the page and in the request). */
export interface ItemTermsInput {
  certificationMatterId: string;
  administrativeMatterId: string;
  verification: VerificationClass;
  assistingAgencyId: string | null;
  timeLimitWorkingDays: number;
  standard: string;
  method: string;
  disclosure: boolean;
  remarks: string;
  /** The basis for requiring this proof in this matter, when it differs from the matter's own. */
  legalBasis?: string;
  issuingBody?: string;
}
