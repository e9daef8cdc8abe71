import type { CommitmentState, Eligibility, PartyKind, SignatureMethod } from '../cases/types.ts';

/** GET /api/credit/integrity-file and POST /api/credit/integrity-files/lookup (CRED-1). */
export interface IntegrityFile {
  party: { kind: PartyKind; name: string; identifier: string };
  eligibility: Eligibility;
  summary: {
    commitments: number;
    inVerification: number;
    kept: number;
    false: number;
    pending: number;
    withdrawn: number;
  };
  commitments: {
    id: string;
    caseId: string;
    caseNo: string;
    districtCode: string;
    matterName: string;
    proofName: string;
    signedAt: string;
    signatureMethod: SignatureMethod;
    state: CommitmentState;
    stateNote: string | null;
    stateChangedAt: string;
    decisionNo: string | null;
  }[];
  records: {
    id: string;
    districtCode: string;
    kind: 'false-commitment' | 'dishonesty';
    severity: 'serious' | 'general';
    description: string;
    authority: string;
    basis: string;
    recordedAt: string;
    repairedAt: string | null;
    barsCommitment: boolean;
  }[];
}
