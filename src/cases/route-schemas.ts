import { Type } from '@sinclair/typebox';
import { DivisionCode, IsoDate, Uuid, Version } from '../platform/http/schemas.ts';
import { caseStates } from './case-states.ts';

export const Anything = Type.Object({}, { additionalProperties: true });
export const Listing = Type.Array(Anything);

export const DistrictQuery = Type.Object({ district: DivisionCode });
export const FormQuery = Type.Object({
  matterId: Uuid,
  identifier: Type.Optional(
    Type.String({
      minLength: 18,
      maxLength: 18,
      description: 'window officers: the applicant at the counter, to show their eligibility (CASE-2)',
    }),
  ),
});
export const CaseListQuery = Type.Object({
  state: Type.Optional(
    Type.String({
      description: `Comma-separated states: ${caseStates.join(', ')}`,
      pattern: '^[a-z-]+(,[a-z-]+)*$',
    }),
  ),
});

const ProofRequest = Type.Object(
  {
    proof: Type.String({ minLength: 1, maxLength: 100, description: '证明材料名称 as the matter lists it' }),
    choice: Type.Union([Type.Literal('commit'), Type.Literal('upload')], {
      description: 'commit (承诺) or upload the proof',
    }),
    disclosure: Type.Optional(
      Type.Union([Type.Literal('consent'), Type.Literal('refuse'), Type.Null()], {
        description: 'CASE-4, for items on the disclosure list',
      }),
    ),
    fileId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);

export const Signature = Type.Union([
  Type.Object({ method: Type.Literal('platform') }, { additionalProperties: false }),
  Type.Object({ method: Type.Literal('paper'), scanFileId: Uuid }, { additionalProperties: false }),
  Type.Object(
    {
      method: Type.Literal('applicant-sm2'),
      publicKey: Type.String({ pattern: '^04[0-9a-fA-F]{128}$', description: 'uncompressed SM2 public key' }),
      signatures: Type.Array(
        Type.Object({
          proof: Type.String({ minLength: 1 }),
          signature: Type.String({ pattern: '^[0-9a-fA-F]{64,200}$' }),
          signedAt: Type.String({ format: 'date-time' }),
        }),
        { maxItems: 10 },
      ),
    },
    { additionalProperties: false },
  ),
]);

const Proofs = Type.Array(ProofRequest, { minItems: 1, maxItems: 10 });

export const ApplicationBody = Type.Object(
  {
    administrativeMatterId: Uuid,
    proofs: Proofs,
    submit: Type.Boolean({ default: true, description: 'false keeps a draft' }),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    applicant: Type.Optional(
      Type.Object(
        {
          kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
          identifier: Type.String({ minLength: 1, maxLength: 18 }),
          name: Type.String({ minLength: 1, maxLength: 100 }),
          phone: Type.Optional(Type.String({ maxLength: 20 })),
          agentName: Type.Optional(Type.String({ maxLength: 50 })),
        },
        { additionalProperties: false, description: 'window officers: the applicant they enter for' },
      ),
    ),
    signature: Type.Optional(Signature),
  },
  { additionalProperties: false },
);

export const SubmitDraftBody = Type.Object(
  { revision: Version, proofs: Type.Optional(Proofs), signature: Type.Optional(Signature) },
  { additionalProperties: false },
);

export const ActionBody = Type.Object(
  {
    action: Type.Union(
      ['accept', 'request-correction', 'terminate', 'withdraw', 'resubmit'].map((a) => Type.Literal(a)),
    ),
    revision: Version,
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
    revision: Version,
    decidedOn: Type.Optional(IsoDate),
    documentNo: Type.String({ maxLength: 60, description: '决定文号, e.g. 崂人社许〔2026〕15号' }),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const ProofChangeBody = Type.Object(
  {
    revision: Version,
    fileId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const ProofParams = Type.Object({ id: Uuid, proofId: Uuid });
export const DocumentParams = Type.Object({ id: Uuid, documentId: Uuid });
export const FileParams = Type.Object({ id: Uuid, fileId: Uuid });

export const UploadBody = Type.Object(
  {
    districtCode: Type.String({ pattern: '^\\d{6}$' }),
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    contentType: Type.String({ maxLength: 100 }),
    contentBase64: Type.String({ minLength: 1, maxLength: 7_100_000 }),
  },
  { additionalProperties: false },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100, description: 'Q-4' })),
  prefer: Type.Optional(
    Type.String({ description: '`return=minimal` answers only {id, caseNo, state, revision} (RFC 7240)' }),
  ),
});

export const ApplicantPersonalData = Type.Object({
  name: Type.String(),
  identifier: Type.String({ description: '居民身份证号 or 统一社会信用代码, in full' }),
  phone: Type.Union([Type.String(), Type.Null()]),
});
