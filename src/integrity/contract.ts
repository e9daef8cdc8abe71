import { type TSchema, Type } from '@sinclair/typebox';
import { CreditStanding, Eligibility, Grade, Punishments } from '../credit/contract.ts';
import { PartyIdentifier } from '../platform/http/schemas.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
export const RecordSource = Type.Union([
  Type.Literal('verification'),
  Type.Literal('supervision'),
  Type.Literal('manual'),
  Type.Literal('feed'),
  Type.Literal('migrated'),
]);
export const RepairState = Type.Union([
  Type.Literal('under-review'),
  Type.Literal('granted'),
  Type.Literal('refused'),
]);
export const ObjectionState = Type.Union([
  Type.Literal('under-review'),
  Type.Literal('kept'),
  Type.Literal('corrected'),
]);

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
  grade: CreditStanding,
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
      category: Type.Object({
        code: Type.String(),
        name: Type.String(),
        nameEn: Type.String(),
        grade: Grade,
        punishments: Punishments,
      }),
      ruleVersion: Type.Integer(),
      source: RecordSource,
      description: Type.String(),
      authority: Type.String(),
      basis: Type.String(),
      documentNo: Nullable(Type.String()),
      recordedAt: Type.String(),
      expiresAt: Nullable(Type.String()),
      repairedAt: Nullable(Type.String()),
      correctedAt: Nullable(Type.String()),
      correctionNote: Nullable(Type.String()),
      inEffect: Type.Boolean(),
      /** 异议中: an objection is under review (CRED-5). */
      disputed: Type.Boolean(),
      barsCommitment: Type.Boolean(),
      repairableFrom: Type.String(),
      mayApplyForRepair: Type.Boolean(),
      mayObject: Type.Boolean(),
    }),
  ),
  repairs: Type.Array(
    Type.Object({
      id: Type.String(),
      recordId: Type.String(),
      state: RepairState,
      rectification: Type.String(),
      appliedAt: Type.String(),
      dueOn: Type.String(),
      decidedAt: Nullable(Type.String()),
      decisionReason: Nullable(Type.String()),
    }),
  ),
  objections: Type.Array(
    Type.Object({
      id: Type.String(),
      recordId: Nullable(Type.String()),
      taskId: Nullable(Type.String()),
      subject: Type.String(),
      state: ObjectionState,
      reasons: Type.String(),
      filedAt: Type.String(),
      dueOn: Type.String(),
      decidedAt: Nullable(Type.String()),
      answer: Nullable(Type.String()),
    }),
  ),
});

// CRED-2..5: the credit office's rules, records, repairs and objections.

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const GradeMethod = Type.Union([Type.Literal('assistance'), Type.Literal('on-site')]);

export const DishonestyCategory = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$' }),
    name: Text(40),
    nameEn: Text(80),
    criteria: Text(500),
    basis: Text(500),
    grade: Type.Union([Type.Literal('B'), Type.Literal('C'), Type.Literal('D')]),
    punishments: Punishments,
    durationMonths: Type.Integer({ minimum: 1, maximum: 120 }),
    repairWaitingMonths: Type.Integer({ minimum: 0, maximum: 120 }),
  },
  { additionalProperties: false },
);

export const CreditRulebookInput = Type.Object(
  {
    categories: Type.Array(DishonestyCategory, { minItems: 3, maxItems: 20 }),
    recentMonths: Type.Integer({ minimum: 0, maximum: 60 }),
    commitmentGrades: Type.Array(Grade, { minItems: 2, maxItems: 4, uniqueItems: true }),
    gradeMethods: Type.Object(
      {
        A: Type.Optional(GradeMethod),
        B: Type.Optional(GradeMethod),
        C: Type.Optional(GradeMethod),
        D: Type.Optional(GradeMethod),
      },
      { additionalProperties: false },
    ),
    repairDecisionWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }),
    objectionReviewWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }),
    note: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const GetCreditRulesResponse = Type.Object({
  current: Type.Intersect([CreditRulebookInput, Type.Object({ version: Type.Integer() })]),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      reason: Type.String(),
      publishedAt: Nullable(Type.String()),
      publishedBy: Nullable(Type.String()),
    }),
  ),
});

export const PostCreditRulesBody = Type.Object(
  { rules: CreditRulebookInput, reason: Text(500) },
  { additionalProperties: false },
);
export const PostCreditRulesResponse = Type.Object({ version: Type.Integer() });

const CategoryRef = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  grade: Grade,
});

export const GetCreditRecordsResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    partyName: Type.String(),
    identifier: Type.String(),
    kind: Type.Union([Type.Literal('false-commitment'), Type.Literal('dishonesty')]),
    category: CategoryRef,
    ruleVersion: Type.Integer(),
    source: RecordSource,
    description: Type.String(),
    authority: Type.String(),
    documentNo: Nullable(Type.String()),
    recordedAt: Type.String(),
    expiresAt: Nullable(Type.String()),
    repairedAt: Nullable(Type.String()),
    correctedAt: Nullable(Type.String()),
    disputed: Type.Boolean(),
  }),
);

export const PostCreditRecordsBody = Type.Object(
  {
    identifier: PartyIdentifier,
    name: Text(100),
    category: Text(32),
    description: Text(500),
    authority: Text(100),
    documentNo: Text(60),
    basis: Text(500),
  },
  { additionalProperties: false },
);
export const PostCreditRecordsResponse = Type.Object({
  id: Type.String(),
  ruleVersion: Type.Integer(),
  category: Type.String(),
});

export const GetCreditGradesResponse = Type.Object({
  districtCode: Type.String(),
  ruleVersion: Type.Integer(),
  evaluatedAt: Type.String(),
  total: Type.Integer(),
  counts: Type.Object({ A: Type.Integer(), B: Type.Integer(), C: Type.Integer(), D: Type.Integer() }),
});

const EvidenceFile = Type.Object({ id: Type.String(), contentType: Type.String(), sm3: Type.String() });
const Evidence = Type.Array(Type.String({ format: 'uuid' }), { maxItems: 10 });

export const GetCreditRepairsResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    recordId: Type.String(),
    record: Type.String(),
    partyName: Type.String(),
    identifier: Type.String(),
    state: RepairState,
    rectification: Type.String(),
    evidence: Type.Array(EvidenceFile),
    appliedAt: Type.String(),
    dueOn: Type.String(),
    decidedBy: Nullable(Type.String()),
    decidedAt: Nullable(Type.String()),
    decisionReason: Nullable(Type.String()),
  }),
);

export const PostCreditRepairsBody = Type.Object(
  { recordId: Type.String({ format: 'uuid' }), rectification: Text(2000), evidence: Evidence },
  { additionalProperties: false },
);
export const CreditApplicationAnswer = Type.Object({
  id: Type.String(),
  state: Type.String(),
  dueOn: Type.String(),
});

export const PostRepairDecisionBody = Type.Object(
  { granted: Type.Boolean(), reason: Text(1000) },
  { additionalProperties: false },
);
export const DecisionAnswer = Type.Object({ id: Type.String(), state: Type.String() });

export const GetCreditObjectionsResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    recordId: Nullable(Type.String()),
    taskId: Nullable(Type.String()),
    subject: Type.String(),
    partyName: Type.String(),
    identifier: Type.String(),
    state: ObjectionState,
    reasons: Type.String(),
    evidence: Type.Array(EvidenceFile),
    filedAt: Type.String(),
    dueOn: Type.String(),
    decidedBy: Nullable(Type.String()),
    decidedAt: Nullable(Type.String()),
    answer: Nullable(Type.String()),
    mayDecide: Type.Boolean(),
  }),
);

export const PostCreditObjectionsBody = Type.Object(
  {
    recordId: Type.Optional(Type.String({ format: 'uuid' })),
    taskId: Type.Optional(Type.String({ format: 'uuid' })),
    reasons: Text(2000),
    evidence: Evidence,
  },
  { additionalProperties: false },
);

export const PostObjectionDecisionBody = Type.Object(
  { outcome: Type.Union([Type.Literal('kept'), Type.Literal('corrected')]), answer: Text(1000) },
  { additionalProperties: false },
);
