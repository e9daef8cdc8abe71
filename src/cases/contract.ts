import { type Static, Type } from '@sinclair/typebox';
import { caseStates } from '../common/case-states.ts';
import {
  CalendarWarning,
  DistrictParam,
  DivisionCode,
  IsoDate,
  PartyIdentifier,
  Uuid,
  Version,
} from '../platform/http/schemas.ts';

export const DistrictQuery = Type.Object({ district: DivisionCode });
export { DistrictParam };
export const FormQuery = Type.Object({
  matterId: Uuid,
  /** Window officers: the applicant at the counter, to show their eligibility (CASE-2). */
  identifier: Type.Optional(PartyIdentifier),
});
export const CaseListQuery = Type.Object({
  state: Type.Optional(
    Type.String({
      description: `Comma-separated states: ${caseStates.join(', ')}`,
      pattern: '^[a-z-]+(,[a-z-]+)*$',
    }),
  ),
});

const AskedFact = Type.Object({
  key: Type.String(),
  label: Type.String(),
  labelEn: Type.String(),
  type: Type.Union([
    Type.Literal('text'),
    Type.Literal('integer'),
    Type.Literal('year'),
    Type.Literal('date'),
    Type.Literal('choice'),
    Type.Literal('identifier'),
  ]),
  choices: Type.Optional(Type.Array(Type.String())),
  required: Type.Boolean(),
  min: Type.Optional(Type.Number()),
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
    facts: Type.Optional(
      Type.Union([
        Type.Null(),
        Type.Record(
          Type.String({ pattern: '^[A-Za-z]{1,40}$' }),
          Type.Union([Type.String({ maxLength: 200 }), Type.Number()]),
          {
            maxProperties: 12,
            description: 'VER-2: the facts committed to, by key, as the form asks them',
          },
        ),
      ]),
    ),
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
          identifier: PartyIdentifier,
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
  {
    revision: Version,
    proofs: Type.Optional(Proofs),
    signature: Type.Optional(Signature),
  },
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
export const DocumentVerification = Type.Object({
  documentId: Type.String(),
  storedDocumentId: Type.String(),
  recorded: Type.String({ description: 'SM3 stored with the PDF when it was rendered' }),
  computed: Type.String({ description: 'SM3 of the stored bytes now' }),
  intact: Type.Boolean(),
});
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

import { Eligibility } from '../credit/contract.ts';
import { DocumentModel } from '../documents/contract.ts';

// Answers
export const GetCasesMattersResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    agencyName: Type.String(),
    proofs: Type.Array(
      Type.Object({
        name: Type.String(),
        listed: Type.Boolean(),
        verification: Type.Union([
          Type.Null(),
          Type.Literal('online'),
          Type.Literal('on-site'),
          Type.Literal('assistance'),
          Type.Literal('exempt'),
        ]),
        disclosure: Type.Boolean(),
      }),
    ),
  }),
);
const CaseStateSchema = Type.Union(caseStates.map((state) => Type.Literal(state)));

/** An application of the same party for the same matter, under way at the same time. */
const CaseRef = Type.Object({ id: Type.String(), caseNo: Type.String() });

export const GetCasesApplicationFormResponse = Type.Object({
  openApplications: Type.Array(Type.Composite([CaseRef, Type.Object({ state: CaseStateSchema })])),
  matter: Type.Object({
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    districtCode: Type.String(),
    agencyName: Type.String(),
  }),
  list: Type.Union([
    Type.Null(),
    Type.Object({ id: Type.String(), versionNo: Type.Number(), publishedAt: Type.String() }),
  ]),
  applicant: Type.Union([
    Type.Null(),
    Type.Object({
      agentName: Type.Union([Type.Null(), Type.String()]),
      kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
      identifier: Type.String(),
      name: Type.String(),
      phone: Type.Union([Type.Null(), Type.String()]),
    }),
  ]),
  eligibility: Type.Union([Type.Null(), Eligibility]),
  proofs: Type.Array(
    Type.Union([
      Type.Object({
        name: Type.String(),
        listed: Type.Literal(false),
        item: Type.Null(),
        notice: Type.Null(),
        commitment: Type.Null(),
      }),
      Type.Object({
        name: Type.String(),
        listed: Type.Literal(true),
        item: Type.Object({
          key: Type.String(),
          proves: Type.String(),
          issuingBody: Type.String(),
          legalBasis: Type.String(),
          verification: Type.Union([
            Type.Literal('online'),
            Type.Literal('on-site'),
            Type.Literal('assistance'),
            Type.Literal('exempt'),
          ]),
          verificationLabel: Type.Union([
            Type.Literal('线上核查'),
            Type.Literal('现场核查'),
            Type.Literal('行政协助'),
            Type.Literal('免于核查'),
          ]),
          assistingAgency: Type.Union([Type.Null(), Type.String()]),
          timeLimitWorkingDays: Type.Number(),
          standard: Type.String(),
          method: Type.String(),
          disclosure: Type.Boolean(),
        }),
        /** VER-2: the facts the commitment asserts, for the applicant to fill in. */
        facts: Type.Array(AskedFact),
        notice: DocumentModel,
        commitment: DocumentModel,
      }),
    ]),
  ),
});
export const PostCasesFilesResponse = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  size: Type.Number(),
  sm3: Type.String(),
});

const Words = Type.Object({ zh: Type.String(), en: Type.String() });
/** CASE-6: how this case's decision is named, after its matter's kind (准予给付, 不予确认 …). */
const DecisionWording = Type.Object({
  approve: Words,
  refuse: Words,
  approvedState: Words,
  refusedState: Words,
});

export const GetCasesResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    caseNo: Type.String(),
    matterName: Type.String(),
    applicantName: Type.String(),
    applicantKind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
    channel: Type.Union([Type.Literal('counter'), Type.Literal('online')]),
    state: CaseStateSchema,
    /** The state as this case names it: a decision in its matter's words. */
    stateLabel: Words,
    revision: Type.Number(),
    submittedAt: Type.Union([Type.Null(), Type.String()]),
    dueDate: Type.Union([Type.Null(), Type.String()]),
    decidedOn: Type.Union([Type.Null(), Type.String()]),
    decisionNo: Type.Union([Type.Null(), Type.String()]),
    committed: Type.Number(),
    proofCount: Type.Number(),
    likelyDuplicate: Type.Boolean(),
    dueWarnings: Type.Array(CalendarWarning),
    createdAt: Type.String(),
  }),
);
const Outcome = Type.Union([Type.Literal('true'), Type.Literal('false'), Type.Literal('unverifiable')]);
/** VER-9: a commitment's verification as the case page shows it, to the applicant and to staff. */
export const CaseVerificationTask = Type.Object({
  id: Type.String(),
  proofName: Type.String(),
  kind: Type.Union([Type.Literal('verification'), Type.Literal('supervision')]),
  verification: Type.Union([
    Type.Literal('online'),
    Type.Literal('on-site'),
    Type.Literal('assistance'),
    Type.Literal('exempt'),
  ]),
  method: Type.String(),
  /** The agency checking (the handling agency) and the one asked to assist, if any. */
  checkingAgency: Type.String(),
  assistingAgency: Type.Union([Type.Null(), Type.String()]),
  dueDate: Type.Union([Type.Null(), Type.String()]),
  state: Type.Union([
    Type.Literal('planned'),
    Type.Literal('in-progress'),
    Type.Literal('awaiting-assistance'),
    Type.Literal('regularising'),
    Type.Literal('done'),
  ]),
  outcome: Type.Union([Type.Null(), Outcome]),
  outcomeReason: Type.Union([Type.Null(), Type.String()]),
  finishedAt: Type.Union([Type.Null(), Type.String()]),
  /** CRED-5: the latest objection to this finding (异议中 while under review), with its answer. */
  objection: Type.Union([
    Type.Null(),
    Type.Object({
      id: Type.String(),
      state: Type.Union([Type.Literal('under-review'), Type.Literal('kept'), Type.Literal('corrected')]),
      dueOn: Type.String(),
      answer: Type.Union([Type.Null(), Type.String()]),
    }),
  ]),
  regularisation: Type.Union([
    Type.Null(),
    Type.Object({
      id: Type.String(),
      request: Type.String(),
      dueDate: Type.String(),
      state: Type.Union([Type.Literal('open'), Type.Literal('corrected'), Type.Literal('lapsed')]),
    }),
  ]),
  handling: Type.Union([
    Type.Null(),
    Type.Object({
      id: Type.String(),
      stage: Type.Union([Type.Literal('before-decision'), Type.Literal('after-decision')]),
      finding: Type.String(),
      actions: Type.Array(
        Type.Object({
          kind: Type.Union([
            Type.Literal('terminate'),
            Type.Literal('rectify'),
            Type.Literal('revoke'),
            Type.Literal('penalise'),
            Type.Literal('transfer'),
          ]),
          documentNo: Type.String(),
          decidedOn: Type.String(),
          deadline: Type.Union([Type.Null(), Type.String()]),
          state: Type.Union([
            Type.Literal('in-force'),
            Type.Literal('complied'),
            Type.Literal('not-complied'),
          ]),
        }),
      ),
    }),
  ]),
});
export type CaseVerificationTask = Static<typeof CaseVerificationTask>;

export const GetCasesByIdResponse = Type.Object({
  id: Type.String(),
  caseNo: Type.String(),
  districtCode: Type.String(),
  matterName: Type.String(),
  /** LIST-1: 行政许可, 行政确认, 行政给付 or 其他, as when applied for. */
  matterKind: Type.String(),
  administrativeMatterId: Type.String(),
  agencyName: Type.String(),
  channel: Type.Union([Type.Literal('counter'), Type.Literal('online')]),
  state: CaseStateSchema,
  stateLabel: Words,
  decisionWording: DecisionWording,
  revision: Type.Number(),
  applicant: Type.Object({
    kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
    name: Type.String(),
    identifier: Type.String(),
    phone: Type.Union([Type.Null(), Type.String()]),
    agentName: Type.Union([Type.Null(), Type.String()]),
    masked: Type.Boolean(),
    mayUnmask: Type.Boolean(),
  }),
  listVersionNo: Type.Union([Type.Null(), Type.Number()]),
  eligibility: Type.Union([Type.Null(), Eligibility]),
  decisionEligibility: Type.Union([Type.Null(), Eligibility]),
  submittedAt: Type.Union([Type.Null(), Type.String()]),
  acceptDueDate: Type.Union([Type.Null(), Type.String()]),
  acceptedAt: Type.Union([Type.Null(), Type.String()]),
  decisionDueDate: Type.Union([Type.Null(), Type.String()]),
  decidedOn: Type.Union([Type.Null(), Type.String()]),
  decisionNo: Type.Union([Type.Null(), Type.String()]),
  /** CASE-6, DOC-6: the decision document (决定书) once decided, and where its PDF is downloaded. */
  decisionDocument: Type.Union([
    Type.Null(),
    Type.Object({ id: Type.String(), title: Type.String(), pdfUrl: Type.String() }),
  ]),
  officerNote: Type.Union([Type.Null(), Type.String()]),
  proofsOpen: Type.Boolean(),
  /** Why the running clock's due date is provisional (SPEC §10 Clocks); empty when it is final. */
  dueWarnings: Type.Array(CalendarWarning),
  /** Other applications of the same party for the same matter under way at the same time. */
  likelyDuplicates: Type.Array(CaseRef),
  allowedActions: Type.Array(
    Type.Union([
      Type.Literal('accept'),
      Type.Literal('approve'),
      Type.Literal('refuse'),
      Type.Literal('submit'),
      Type.Literal('resubmit'),
      Type.Literal('withdraw'),
      Type.Literal('request-correction'),
      Type.Literal('terminate'),
    ]),
  ),
  proofs: Type.Array(
    Type.Object({
      id: Type.String(),
      position: Type.Number(),
      proofName: Type.String(),
      listed: Type.Boolean(),
      item: Type.Union([
        Type.Null(),
        Type.Object({
          key: Type.String(),
          verification: Type.Union([
            Type.Literal('online'),
            Type.Literal('on-site'),
            Type.Literal('assistance'),
            Type.Literal('exempt'),
          ]),
          timeLimitWorkingDays: Type.Number(),
          disclosure: Type.Boolean(),
          issuingBody: Type.String(),
        }),
      ]),
      choice: Type.Union([Type.Literal('commit'), Type.Literal('upload')]),
      disclosure: Type.Union([Type.Null(), Type.Literal('refuse'), Type.Literal('consent')]),
      file: Type.Union([
        Type.Null(),
        Type.Object({
          url: Type.String(),
          id: Type.String(),
          fileName: Type.String(),
          size: Type.Number(),
          sm3: Type.String(),
        }),
      ]),
      commitment: Type.Union([
        Type.Null(),
        Type.Object({
          id: Type.String(),
          state: Type.Union([
            Type.Literal('withdrawn'),
            Type.Literal('false'),
            Type.Literal('signed'),
            Type.Literal('in-verification'),
            Type.Literal('kept'),
            Type.Literal('lapsed'),
          ]),
          signedAt: Type.String(),
          signatureMethod: Type.Union([
            Type.Literal('platform'),
            Type.Literal('paper'),
            Type.Literal('applicant-sm2'),
          ]),
          textSm3: Type.String(),
          signature: Type.String(),
          signerPublicKey: Type.String(),
          disclosed: Type.Boolean(),
          scan: Type.Union([
            Type.Null(),
            Type.Object({
              url: Type.String(),
              id: Type.String(),
              fileName: Type.String(),
              size: Type.Number(),
              sm3: Type.String(),
            }),
          ]),
        }),
      ]),
      lastCommitment: Type.Union([
        Type.Null(),
        Type.Object({
          id: Type.String(),
          state: Type.Union([
            Type.Literal('withdrawn'),
            Type.Literal('false'),
            Type.Literal('signed'),
            Type.Literal('in-verification'),
            Type.Literal('kept'),
            Type.Literal('lapsed'),
          ]),
          stateNote: Type.Union([Type.Null(), Type.String()]),
          signedAt: Type.String(),
        }),
      ]),
    }),
  ),
  documents: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.Union([Type.Literal('notice'), Type.Literal('commitment'), Type.Literal('decision')]),
      title: Type.String(),
      pdfUrl: Type.String(),
      rendered: Type.Boolean(),
      /** DOC-6: the stored PDF (null until rendered) and where its SM3 is checked again. */
      storedDocumentId: Type.Union([Type.Null(), Type.String()]),
      verificationUrl: Type.String(),
    }),
  ),
  verificationTasks: Type.Array(CaseVerificationTask),
  history: Type.Array(
    Type.Object({
      at: Type.String(),
      action: Type.String(),
      actorName: Type.String(),
      actorRole: Type.String(),
      note: Type.Union([Type.Null(), Type.String()]),
      proof: Type.Union([Type.Null(), Type.String()]),
    }),
  ),
});
/** A new case in full, or for a draft its number, state and revision. */
export const PostCasesResponse = Type.Union([
  GetCasesByIdResponse,
  Type.Object({
    id: Type.String(),
    caseNo: Type.String(),
    state: CaseStateSchema,
    revision: Type.Number(),
  }),
]);
export const GetCasesByIdSigningPayloadsResponse = Type.Array(
  Type.Object({
    proof: Type.String(),
    signedAt: Type.String(),
    textSm3: Type.String(),
    payload: Type.String(),
  }),
);
/** The case as GET answers it, and whether the decision found the applicant no longer eligible. */
export const PostCasesByIdDecisionResponse = Type.Composite([
  GetCasesByIdResponse,
  Type.Object({ eligibilityFailed: Type.Boolean() }),
]);

export const Disclosure = Type.Object({
  caseNo: Type.String(),
  matter: Type.String(),
  item: Type.String(),
  committer: Type.String({ description: 'organisations in full, persons masked (张*)' }),
  committedAt: Type.String({ format: 'date-time' }),
  text: Type.String({ description: 'the commitment, identifiers and phone numbers masked' }),
});
