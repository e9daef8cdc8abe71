import type { CaseAction, CaseState } from '../../../../src/cases/case-states.ts';
import type { CommitmentState, DisclosureChoice, ProofChoice } from '../../../../src/cases/proof-plan.ts';
import type { Eligibility } from '../../../../src/credit/eligibility.ts';
import type { DocumentModel } from '../../../../src/documents/pdf/render-document.ts';
import type { VerificationClass } from '../../../../src/lists/list-item.ts';

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

export type PartyKind = 'person' | 'organisation';
export type Channel = 'online' | 'counter';
export type SignatureMethod = 'platform' | 'paper' | 'applicant-sm2';

/** GET /api/cases/matters?district= (CASE-1). */
export interface MatterOption {
  id: string;
  code: string;
  name: string;
  kind: string;
  agencyName: string;
  proofs: { name: string; listed: boolean; verification: VerificationClass | null; disclosure: boolean }[];
}

/** One proof of GET /api/cases/application-form (CASE-1..4). */
export interface FormProof {
  name: string;
  listed: boolean;
  item: {
    key: string;
    proves: string;
    issuingBody: string;
    legalBasis: string;
    verification: VerificationClass;
    verificationLabel: string;
    assistingAgency: string | null;
    timeLimitWorkingDays: number | null;
    standard: string;
    method: string;
    disclosure: boolean;
  } | null;
  notice: DocumentModel | null;
  commitment: DocumentModel | null;
}

export interface ApplicationForm {
  matter: {
    id: string;
    code: string;
    name: string;
    kind: string;
    districtCode: string;
    agencyName: string;
  };
  list: { id: string; versionNo: number; publishedAt: string } | null;
  applicant: {
    kind: PartyKind;
    identifier: string;
    name: string;
    phone: string | null;
    agentName: string | null;
  } | null;
  eligibility: Eligibility | null;
  proofs: FormProof[];
}

/** POST /api/cases/files. */
export interface UploadedFile {
  id: string;
  fileName: string;
  size: number;
  sm3: string;
}

/** A row of GET /api/cases (CASE-7). */
export interface CaseRow {
  id: string;
  caseNo: string;
  matterName: string;
  applicantName: string;
  applicantKind: PartyKind;
  channel: Channel;
  state: CaseState;
  revision: number;
  submittedAt: string | null;
  dueDate: string | null;
  decidedOn: string | null;
  decisionNo: string | null;
  committed: number;
  proofCount: number;
  createdAt: string;
}

export interface CaseProof {
  id: string;
  position: number;
  proofName: string;
  listed: boolean;
  item: {
    key: string;
    verification: VerificationClass;
    timeLimitWorkingDays: number | null;
    disclosure: boolean;
    issuingBody: string;
  } | null;
  choice: ProofChoice;
  disclosure: DisclosureChoice | null;
  file: CaseFile | null;
  /** The latest commitment in any state: a withdrawn or lapsed one still shows why. */
  lastCommitment: { id: string; state: CommitmentState; stateNote: string | null; signedAt: string } | null;
  commitment: {
    id: string;
    state: CommitmentState;
    signedAt: string;
    signatureMethod: SignatureMethod;
    textSm3: string;
    signature: string;
    signerPublicKey: string;
    disclosed: boolean;
    scan: CaseFile | null;
  } | null;
}

export interface CaseFile {
  id: string;
  fileName: string;
  size: number;
  sm3: string;
  /** Opens the uploaded proof or signature scan. */
  url: string;
}

export interface CaseTask {
  id: string;
  proofName: string;
  kind: 'verification' | 'supervision';
  verification: VerificationClass;
  method: string;
  assistingAgency: string | null;
  dueDate: string | null;
  state: string;
}

/** GET /api/cases/:id (CASE-7). */
export interface CaseDetail {
  id: string;
  caseNo: string;
  districtCode: string;
  matterName: string;
  administrativeMatterId: string;
  agencyName: string;
  channel: Channel;
  state: CaseState;
  revision: number;
  applicant: {
    kind: PartyKind;
    name: string;
    identifier: string;
    phone: string | null;
    agentName: string | null;
    /** Staff see ID number and phone masked; `mayUnmask` ones may ask for them in full (audited). */
    masked: boolean;
    mayUnmask: boolean;
  };
  listVersionNo: number | null;
  eligibility: Eligibility | null;
  decisionEligibility: Eligibility | null;
  submittedAt: string | null;
  acceptDueDate: string | null;
  acceptedAt: string | null;
  decisionDueDate: string | null;
  decidedOn: string | null;
  decisionNo: string | null;
  officerNote: string | null;
  proofsOpen: boolean;
  actions: CaseAction[];
  proofs: CaseProof[];
  documents: {
    id: string;
    kind: 'notice' | 'commitment';
    title: string;
    pdfUrl: string;
    rendered: boolean;
  }[];
  verificationTasks: CaseTask[];
  history: {
    at: string;
    action: string;
    actorName: string;
    actorRole: string;
    note: string | null;
    proof: string | null;
  }[];
  /** Only in the answer to a decision: eligibility failed and the case went back for correction. */
  eligibilityFailed?: boolean;
}
