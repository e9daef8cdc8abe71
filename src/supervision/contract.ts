import { Type } from '@sinclair/typebox';
import {
  AllowedActions,
  DateTime,
  IsoDate,
  PartyIdentifier,
  Uuid,
  Version,
} from '../platform/http/schemas.ts';

/** Requests and answers of SUP-1/SUP-2 (the contract the web client is generated from). */
const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([Type.Null(), schema]);
const Hex64 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SM3, lowercase hex' });
const Rate = Type.Number({ minimum: 0, maximum: 100, description: 'percent of the stratum drawn' });
const Risk = Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')], {
  description: 'GOV-3: 低 / 中 / 高风险',
});
const PlanState = Type.Union(
  ['draft', 'approved', 'drawn', 'completed', 'cancelled'].map((s) => Type.Literal(s)),
  { description: '草拟中 / 已批准待抽取 / 已抽取检查中 / 已完成 / 已撤销' },
);
const Result = Type.Union([Type.Literal('passed'), Type.Literal('failed')], { description: '合格 / 不合格' });
const ConflictKind = Type.Union(
  [Type.Literal('company'), Type.Literal('person'), Type.Literal('relative-company')],
  { description: '本人关联企业 / 利害关系人 / 近亲属关联企业' },
);
const RiskRates = Type.Object({ low: Rate, medium: Rate, high: Rate }, { additionalProperties: false });
const GradeRates = Type.Object(
  { B: Type.Optional(Rate), C: Type.Optional(Rate), D: Type.Optional(Rate) },
  {
    additionalProperties: false,
    description:
      'CRED-3: rates per credit grade (B 基本守信 / C 失信 / D 严重失信), optional; a worse grade samples at least at a better one’s rate',
  },
);

export const DistrictParam = Type.Object({ district: Type.String({ pattern: '^\\d{6}$' }) });
export const PlanParam = Type.Object({ planId: Uuid });
export const ObjectParams = Type.Object({ id: Uuid, objectId: Uuid });
export const ConflictParams = Type.Object({ id: Uuid, conflictId: Uuid });
export const AttachmentParams = Type.Object({ id: Uuid, objectId: Uuid, documentId: Uuid });
export const ItemRiskParams = Type.Object({
  district: Type.String({ pattern: '^\\d{6}$' }),
  itemKey: Text(64),
});

// ── inspectors ────────────────────────────────────────────────────────────────
export const InspectorBody = Type.Object(
  {
    agencyId: Uuid,
    name: Text(40),
    certificateNo: Text(20),
    fields: Type.Array(Text(40), { maxItems: 20 }),
    active: Type.Boolean(),
  },
  { additionalProperties: false },
);
export const PutInspectorBody = Type.Composite([InspectorBody, Type.Object({ revision: Version })], {
  additionalProperties: false,
});
export const ConflictBody = Type.Object(
  { kind: ConflictKind, partyIdentifier: PartyIdentifier, partyName: Text(100), note: Text(200, 0) },
  { additionalProperties: false },
);
export const ImportInspectorsBody = Type.Object(
  {
    fileName: Text(200),
    contentBase64: Type.String({ minLength: 4, maxLength: 7_000_000, description: 'The .xlsx file, base64' }),
  },
  { additionalProperties: false },
);
export const Conflict = Type.Object({
  id: Type.String(),
  kind: ConflictKind,
  partyName: Type.String(),
  partyIdentifier: Type.String({ description: 'in full to those who keep the pool, masked to others' }),
  note: Type.String(),
  declaredAt: DateTime,
});
export const Inspector = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  agencyId: Type.String(),
  agencyName: Type.String(),
  name: Type.String(),
  certificateNo: Type.String(),
  fields: Type.Array(Type.String()),
  active: Type.Boolean(),
  revision: Type.Integer(),
  editable: Type.Boolean({ description: 'whether the viewer keeps this pool' }),
  conflicts: Type.Array(Conflict),
});
export const SavedInspector = Type.Object({
  id: Type.String(),
  name: Type.String(),
  certificateNo: Type.String(),
  active: Type.Boolean(),
  revision: Type.Integer(),
});
export const ImportInspectorsResponse = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  conflicts: Type.Integer(),
});

// ── plans ─────────────────────────────────────────────────────────────────────
export const PlanBody = Type.Object(
  {
    title: Text(100),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    drawOn: IsoDate,
    matterIds: Type.Array(Uuid, { maxItems: 200, description: 'matters covered; empty: all' }),
    rates: RiskRates,
    gradeRates: Type.Optional(GradeRates),
    inspectorsPerObject: Type.Integer({ minimum: 2, maximum: 5 }),
    excludeHandlingAgency: Type.Boolean(),
    inspectorAgencyIds: Type.Array(Uuid, {
      maxItems: 20,
      description: 'agencies whose inspectors are drawn; empty: the planning agency',
    }),
  },
  { additionalProperties: false },
);
export const PutPlanBody = Type.Composite([PlanBody, Type.Object({ revision: Version })], {
  additionalProperties: false,
});
export const PlanStepBody = Type.Object({ revision: Version }, { additionalProperties: false });
export const ResultBody = Type.Object(
  {
    result: Result,
    findings: Text(2000, 0),
    inspectedOn: IsoDate,
    attachments: Type.Array(Uuid, { maxItems: 10, description: 'files uploaded with POST /api/cases/files' }),
    falseCommitmentId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
const Stratum = Type.Object({
  stratum: Type.String(),
  size: Type.Integer(),
  rate: Type.Number(),
  count: Type.Integer(),
});
const DrawnInspector = Type.Object({ name: Type.String(), number: Type.String() });
export const PlanSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  agencyName: Type.String(),
  periodFrom: Type.String(),
  periodTo: Type.String(),
  drawOn: Type.String(),
  state: PlanState,
  poolSize: Nullable(Type.Integer()),
  seedHash: Nullable(Type.String()),
  objectCount: Type.Integer(),
  resultCount: Type.Integer(),
  revision: Type.Integer(),
  allowedActions: AllowedActions,
});
export const PlanDetail = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  title: Type.String(),
  agencyId: Type.String(),
  agencyName: Type.String(),
  periodFrom: Type.String(),
  periodTo: Type.String(),
  drawOn: Type.String(),
  matterIds: Type.Array(Type.String()),
  matters: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  rates: RiskRates,
  gradeRates: GradeRates,
  keyRaise: Nullable(Type.Integer()),
  inspectorsPerObject: Type.Integer(),
  excludeHandlingAgency: Type.Boolean(),
  inspectorAgencyIds: Type.Array(Type.String()),
  inspectorAgencies: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  inspectorCount: Type.Integer(),
  state: PlanState,
  algorithm: Nullable(Type.String()),
  seedHash: Nullable(Type.String()),
  poolHash: Nullable(Type.String()),
  inputHash: Nullable(Type.String()),
  seed: Nullable(Type.String({ description: 'revealed at the draw' })),
  poolSize: Nullable(Type.Integer()),
  strata: Type.Array(Stratum, {
    description: 'frozen at approval; for a draft, the pool it would freeze today',
  }),
  createdAt: DateTime,
  approvedAt: Nullable(DateTime),
  drawnAt: Nullable(DateTime),
  completedAt: Nullable(DateTime),
  revision: Type.Integer(),
  allowedActions: AllowedActions,
  objects: Type.Array(
    Type.Object({
      id: Type.String(),
      position: Type.Integer(),
      caseId: Type.String(),
      caseNo: Type.String(),
      matterName: Type.String(),
      partyName: Type.String(),
      stratum: Type.String(),
      inspectors: Type.Array(DrawnInspector),
      result: Nullable(Result),
      findings: Nullable(Type.String()),
      inspectedOn: Nullable(Type.String()),
      attachmentIds: Type.Array(Type.String()),
      handlingId: Nullable(Type.String()),
      commitments: Type.Array(
        Type.Object({ id: Type.String(), proofName: Type.String(), state: Type.String() }),
      ),
    }),
  ),
});

// ── key supervision, item risks ──────────────────────────────────────────────
export const KeySupervisionBody = Type.Object(
  {
    subject: Type.Union([Type.Literal('item'), Type.Literal('party')]),
    itemKey: Type.Optional(Text(64)),
    partyIdentifier: Type.Optional(PartyIdentifier),
    reason: Text(500),
    startsOn: IsoDate,
    endsOn: IsoDate,
  },
  { additionalProperties: false },
);
export const LiftBody = Type.Object({ reason: Text(500) }, { additionalProperties: false });
export const KeySupervision = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  subject: Type.Union([Type.Literal('item'), Type.Literal('party')]),
  itemKey: Nullable(Type.String()),
  partyId: Nullable(Type.String()),
  subjectName: Type.String(),
  reason: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  active: Type.Boolean(),
  createdAt: DateTime,
  liftedAt: Nullable(DateTime),
  liftReason: Nullable(Type.String()),
});
export const ItemRiskBody = Type.Object(
  { level: Risk, basis: Text(500), insuranceRequired: Type.Boolean() },
  { additionalProperties: false },
);
export const ItemRisk = Type.Object({
  itemKey: Type.String(),
  itemName: Type.String(),
  matter: Type.String(),
  handlingAgency: Type.String(),
  verification: Type.String(),
  level: Risk,
  assessed: Type.Boolean(),
  basis: Type.String(),
  insuranceRequired: Type.Boolean(),
  assessedAt: Nullable(DateTime),
});
export const SavedItemRisk = Type.Object({
  itemKey: Type.String(),
  level: Risk,
  basis: Type.String(),
  insuranceRequired: Type.Boolean(),
});

// ── open data ────────────────────────────────────────────────────────────────
const DrawInput = Type.Object({
  pool: Type.Array(Type.Object({ caseNo: Type.String(), stratum: Type.String() })),
  rates: Type.Record(Type.String(), Type.Number()),
  inspectors: Type.Array(Type.String()),
  inspectorsPerObject: Type.Integer(),
  exclusions: Type.Record(Type.String(), Type.Array(Type.String())),
});
export const PublicInspection = Type.Object({
  planId: Type.String(),
  title: Type.String(),
  districtCode: Type.String(),
  agency: Type.String(),
  period: Type.Object({ from: Type.String(), to: Type.String() }),
  drawOn: Type.String(),
  state: PlanState,
  algorithm: Type.String(),
  seedHash: Hex64,
  poolHash: Hex64,
  inputHash: Hex64,
  seed: Type.Optional(Type.String({ description: 'revealed at the draw; absent before it' })),
  poolSize: Type.Integer(),
  rates: Type.Record(Type.String(), Type.Number(), { description: 'per stratum, percent' }),
  riskRates: RiskRates,
  gradeRates: GradeRates,
  keyRaise: Type.Integer(),
  inspectorsPerObject: Type.Integer(),
  approvedAt: DateTime,
  drawnAt: Nullable(DateTime),
  drawn: Type.Array(
    Type.Object({
      caseNo: Type.String(),
      stratum: Type.String(),
      matter: Type.String(),
      party: Type.String({ description: 'a person’s name masked (Q-2)' }),
      inspectors: Type.Array(DrawnInspector),
      result: Nullable(Result),
      findings: Nullable(Type.String()),
      inspectedOn: Nullable(Type.String()),
    }),
  ),
});
export const PublicInspectionWithInput = Type.Composite([
  PublicInspection,
  Type.Object({ input: DrawInput }),
]);
export const PublicPool = Type.Object({
  planId: Type.String(),
  poolHash: Hex64,
  poolSize: Type.Integer(),
  caseNos: Type.Array(Type.String()),
});
export const RerunResponse = Type.Object({
  equal: Type.Boolean(),
  checks: Type.Array(
    Type.Object({
      name: Type.String(),
      ok: Type.Boolean(),
      message: Type.String(),
      message_en: Type.String(),
    }),
  ),
  drawn: Type.Array(
    Type.Object({ caseNo: Type.String(), stratum: Type.String(), inspectors: Type.Array(Type.String()) }),
  ),
});
export const RerunBody = Type.Object({}, { additionalProperties: false });
