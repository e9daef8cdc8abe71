import { Type } from '@sinclair/typebox';
import { CaseVerificationTask } from '../cases/contract.ts';
import { recordTypeIds } from '../common/shared-records.ts';
import { AllowedActions, CalendarWarning, IsoDate, Uuid } from '../platform/http/schemas.ts';

/** What the routes of this capability answer (the contract the web client is generated from). */
const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([Type.Null(), schema]);
const Outcome = Type.Union([Type.Literal('true'), Type.Literal('false'), Type.Literal('unverifiable')], {
  description: '属实 true / 不实 false / 无法核查 unverifiable',
});
const VerificationClass = Type.Union([
  Type.Literal('online'),
  Type.Literal('on-site'),
  Type.Literal('assistance'),
  Type.Literal('exempt'),
]);
const TaskState = CaseVerificationTask.properties.state;

export const TaskQuery = Type.Object({
  state: Type.Optional(TaskState),
  method: Type.Optional(VerificationClass),
  matter: Type.Optional(Text(100)),
  agencyId: Type.Optional(Uuid),
});

export const TaskSummary = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNo: Type.String(),
  matterName: Type.String(),
  decidedOn: Nullable(Type.String()),
  proofName: Type.String(),
  partyName: Type.String(),
  kind: Type.Union([Type.Literal('verification'), Type.Literal('supervision')]),
  verification: VerificationClass,
  method: Type.String(),
  agencyId: Type.String(),
  agencyName: Type.String(),
  assistingAgency: Nullable(Type.String()),
  dueDate: Nullable(Type.String()),
  dueWarnings: Type.Array(CalendarWarning),
  overdue: Type.Boolean(),
  state: TaskState,
  outcome: Nullable(Outcome),
  visitId: Nullable(Type.String()),
});
export const GetVerificationTasksResponse = Type.Array(TaskSummary);

const Evidence = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  summary: Type.String(),
  comparison: Type.Unknown(),
  documentId: Nullable(Type.String()),
  sm3: Nullable(Type.String()),
  recordedAt: Type.String(),
  recordedBy: Nullable(Type.String()),
});

export const AssistanceRequest = Type.Object({
  id: Type.String(),
  requestingDistrict: Type.String(),
  requestingAgency: Type.String(),
  assistingAgency: Type.String(),
  matterName: Type.String(),
  proofName: Type.String(),
  question: Type.String(),
  subjectName: Type.String(),
  subjectIdentifier: Type.String({ description: '脱敏 masked' }),
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  state: Type.Union([Type.Literal('open'), Type.Literal('answered'), Type.Literal('withdrawn')]),
  answerOutcome: Nullable(Outcome),
  answer: Nullable(Type.String()),
  attachments: Type.Array(Type.Object({ id: Type.String(), sm3: Type.String() })),
  answeredAt: Nullable(Type.String()),
  requestedAt: Type.String(),
  allowedActions: AllowedActions,
});
export const GetAssistanceResponse = Type.Array(AssistanceRequest);

const Inspector = Type.Object({
  name: Text(40),
  certificateNo: Type.String({ pattern: '^[0-9A-Za-z-]{6,24}$', description: '执法证号' }),
});

export const Visit = Type.Object({
  id: Type.String(),
  scheduledOn: Type.String(),
  address: Type.String(),
  inspectors: Type.Array(Inspector),
  state: Type.Union([Type.Literal('scheduled'), Type.Literal('recorded')]),
  findings: Nullable(Type.String()),
  tasks: Type.Array(Type.Object({ id: Type.String(), caseNo: Type.String(), proofName: Type.String() })),
  attachments: Type.Array(Type.Object({ id: Type.String(), sm3: Type.String() })),
  recordedAt: Nullable(Type.String()),
});
export const GetVisitsResponse = Type.Array(Visit);

export const VisitProposal = Type.Object({
  reason: Type.Union([Type.Literal('same-party'), Type.Literal('same-address')]),
  partyName: Type.String(),
  address: Type.String(),
  tasks: Type.Array(Type.Object({ id: Type.String(), caseNo: Type.String(), proofName: Type.String() })),
});
export const GetVisitProposalsResponse = Type.Array(VisitProposal);

export const HandlingAction = Type.Object({
  id: Type.String(),
  kind: Type.Union([
    Type.Literal('terminate'),
    Type.Literal('rectify'),
    Type.Literal('revoke'),
    Type.Literal('penalise'),
    Type.Literal('transfer'),
  ]),
  documentNo: Type.String(),
  decidedOn: Type.String(),
  deadline: Nullable(Type.String()),
  details: Type.String(),
  state: Type.Union([Type.Literal('in-force'), Type.Literal('complied'), Type.Literal('not-complied')]),
  outcome: Nullable(Type.String()),
  recordedAt: Type.String(),
  /** `conclude` while a rectification is in force, for those who act on the record. */
  allowedActions: AllowedActions,
});

export const Handling = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNo: Type.String(),
  matterName: Type.String(),
  proofName: Type.String(),
  partyName: Type.String(),
  stage: Type.Union([Type.Literal('before-decision'), Type.Literal('after-decision')]),
  finding: Type.String(),
  foundAt: Type.String(),
  creditRecordId: Type.String(),
  state: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  actions: Type.Array(HandlingAction),
  /** The actions its stage still allows (SUP-3), for the viewer if they may take them. */
  allowedActions: AllowedActions,
  revision: Type.Integer(),
});
export const GetHandlingsResponse = Type.Array(Handling);

export const TaskDetail = Type.Composite([
  TaskSummary,
  Type.Object({
    standard: Type.String(),
    partyIdentifier: Type.String({ description: '脱敏 masked' }),
    outcomeReason: Nullable(Type.String()),
    followUp: Nullable(Type.String()),
    /** CRED-5: the latest objection to the finding (异议中 while under review). */
    objection: Nullable(
      Type.Object({
        state: Type.Union([Type.Literal('under-review'), Type.Literal('kept'), Type.Literal('corrected')]),
        dueOn: Type.String(),
        answer: Nullable(Type.String()),
      }),
    ),
    commitment: Type.Object({
      id: Type.String(),
      signedAt: Type.String(),
      textSm3: Type.String(),
      recordType: Nullable(Type.String()),
      facts: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() })),
    }),
    evidence: Type.Array(Evidence),
    assistance: Type.Array(AssistanceRequest),
    regularisation: CaseVerificationTask.properties.regularisation,
    handlingId: Nullable(Type.String()),
    visit: Nullable(Visit),
    history: Type.Array(
      Type.Object({
        at: Type.String(),
        action: Type.String(),
        actorName: Type.String(),
        note: Nullable(Type.String()),
      }),
    ),
    allowedActions: AllowedActions,
    revision: Type.Integer(),
  }),
]);

const Attachments = Type.Optional(
  Type.Array(Uuid, {
    maxItems: 10,
    description: '已上传文件的 id（POST /api/cases/files）Uploaded file ids',
  }),
);

export const TaskStepBody = Type.Object({
  revision: Type.Optional(Type.Integer({ minimum: 1, description: '读取时的版本 The revision read' })),
});

export const ResultBody = Type.Object({
  outcome: Outcome,
  reason: Text(1000),
  /** For 无法核查: what follows. */
  followUp: Type.Optional(
    Type.Union([Type.Literal('assistance'), Type.Literal('on-site'), Type.Literal('none')]),
  ),
  attachments: Attachments,
  revision: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const RegulariseBody = Type.Object({
  request: Text(1000),
  workingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
});

export const CorrectionBody = Type.Object({ correction: Text(2000) });

export const AssistanceBody = Type.Object({
  agencyId: Type.Optional(Uuid),
  question: Text(1000),
});

export const AnswerBody = Type.Object({
  outcome: Outcome,
  answer: Text(2000),
  attachments: Attachments,
});

export const ScheduleVisitBody = Type.Object({
  taskIds: Type.Array(Uuid, { minItems: 1, maxItems: 20 }),
  scheduledOn: IsoDate,
  address: Text(200),
  inspectors: Type.Array(Inspector, { minItems: 2, maxItems: 6 }),
});

export const RecordVisitBody = Type.Object({
  findings: Text(4000),
  results: Type.Array(Type.Object({ taskId: Uuid, outcome: Outcome, reason: Text(1000) }), {
    minItems: 1,
    maxItems: 20,
  }),
  attachments: Attachments,
});

export const HandlingActionBody = Type.Object({
  kind: HandlingAction.properties.kind,
  documentNo: Text(60),
  decidedOn: IsoDate,
  deadline: Type.Optional(IsoDate),
  details: Text(2000),
});

export const HandlingActionOutcomeBody = Type.Object({
  state: Type.Union([Type.Literal('complied'), Type.Literal('not-complied')]),
  outcome: Text(1000),
});

export const DataAccessEntry = Type.Object({
  id: Type.String(),
  at: Type.String(),
  agencyName: Type.String(),
  userName: Type.String(),
  caseNo: Nullable(Type.String()),
  recordType: Type.String(),
  recordTypeLabel: Type.String(),
  purpose: Type.String(),
  subjectName: Nullable(Type.String()),
  answered: Type.Union([Type.Literal('found'), Type.Literal('not-found'), Type.Literal('failed')]),
  displayDelayedUntil: Nullable(Type.String()),
});
export const GetDataAccessLogResponse = Type.Array(DataAccessEntry);
export const GetDataAccessLogQuery = Type.Object(
  {
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    recordType: Type.Optional(Type.Union(recordTypeIds.map((t) => Type.Literal(t)))),
    answered: Type.Optional(DataAccessEntry.properties.answered),
    agency: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '查询单位名称' })),
    format: Type.Optional(Type.Literal('xlsx', { description: '导出 .xlsx（最多 5000 条）' })),
  },
  { additionalProperties: false },
);

export const DelayBody = Type.Object({ until: IsoDate, reason: Text(500) });

export const AssistingAgency = Type.Object({
  id: Type.String(),
  name: Type.String(),
  districtCode: Type.String(),
  districtName: Type.String(),
});
export const GetAssistingAgenciesResponse = Type.Array(AssistingAgency);
