import type { CaseAction, CaseState } from '@common/case-states.ts';
import type { DocumentModel } from '@common/document-model.ts';
import type { Eligibility } from '@common/eligibility.ts';
import type { VerificationClass } from '@common/list-item.ts';
import type { CommitmentState, DisclosureChoice, ProofChoice } from '@common/proof-choices.ts';
import type { Answer } from '../../api/answers.ts';

export type {
  CaseAction,
  CaseState,
  CommitmentState,
  DisclosureChoice,
  DocumentModel,
  Eligibility,
  ProofChoice,
  VerificationClass,
};

/** CASE-1: the matters one may apply for in a district. */
export type MatterOption = Answer<'/api/cases/matters'>[number];
/** CASE-1..4: what the application form shows for a matter. */
export type ApplicationForm = Answer<'/api/cases/application-form'>;
export type FormProof = ApplicationForm['proofs'][number];
export type UploadedFile = Answer<'/api/cases/files', 'post'>;
/** CASE-7: a row of the case lists. */
export type CaseRow = Answer<'/api/cases'>[number];
/** CASE-7: one case. */
export type CaseDetail = Answer<'/api/cases/{id}'>;
export type CaseProof = CaseDetail['proofs'][number];
export type CaseTask = CaseDetail['verificationTasks'][number];
export type PartyKind = CaseDetail['applicant']['kind'];
export type SignatureMethod = NonNullable<CaseProof['commitment']>['signatureMethod'];
