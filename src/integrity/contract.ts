import { Type } from '@sinclair/typebox';
import { Eligibility } from '../credit/contract.ts';
import { PartyIdentifier } from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

export const PostCreditIntegrityFilesLookupBody = Type.Object(
  {
    identifier: PartyIdentifier,
  },
  { additionalProperties: false },
);

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetCreditIntegrityFileResponse = Type.Object({
  party: Type.Object({
    kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
    name: Type.String(),
    identifier: Type.String(),
  }),
  eligibility: Eligibility,
  summary: Type.Object({
    commitments: Type.Number(),
    inVerification: Type.Number(),
    kept: Type.Number(),
    false: Type.Number(),
    pending: Type.Number(),
    withdrawn: Type.Number(),
  }),
  commitments: Type.Array(
    Type.Object({
      signedAt: Type.String(),
      stateChangedAt: Type.String(),
      id: Type.String(),
      caseId: Type.String(),
      caseNo: Type.String(),
      districtCode: Type.String(),
      matterName: Type.String(),
      proofName: Type.String(),
      signatureMethod: Type.Union([
        Type.Literal('platform'),
        Type.Literal('paper'),
        Type.Literal('applicant-sm2'),
      ]),
      state: Type.Union([
        Type.Literal('withdrawn'),
        Type.Literal('false'),
        Type.Literal('signed'),
        Type.Literal('in-verification'),
        Type.Literal('kept'),
        Type.Literal('lapsed'),
      ]),
      stateNote: Type.Union([Type.Null(), Type.String()]),
      decisionNo: Type.Union([Type.Null(), Type.String()]),
    }),
  ),
  records: Type.Array(
    Type.Object({
      id: Type.String(),
      districtCode: Type.String(),
      kind: Type.Union([Type.Literal('false-commitment'), Type.Literal('dishonesty')]),
      severity: Type.Union([Type.Literal('serious'), Type.Literal('general')]),
      description: Type.String(),
      authority: Type.String(),
      basis: Type.String(),
      recordedAt: Type.String(),
      repairedAt: Type.Union([Type.Null(), Type.String()]),
      barsCommitment: Type.Boolean(),
    }),
  ),
});
