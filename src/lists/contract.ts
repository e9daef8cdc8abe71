import { type TSchema, Type } from '@sinclair/typebox';
import { derivedListKindIds } from '../common/derived-lists.ts';
import { exclusionCategoryIds } from '../common/exclusions.ts';
import { administrativeMatterKinds, matterFields, verificationClassIds } from '../common/list-item.ts';
import { recordTypeIds } from '../common/shared-records.ts';
import {
  AllowedActions,
  CalendarWarning,
  DivisionCode,
  IsoDate,
  Uuid,
  Version,
} from '../platform/http/schemas.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Text = (max: number) => Type.String({ maxLength: max });
const Name = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ListCodeParam = Type.Object({ code: DivisionCode });
export const ItemParams = Type.Object({ code: DivisionCode, id: Uuid });
export const RevisionQuery = Type.Object({ revision: Type.Integer({ minimum: 1 }) });

const itemTerms = {
  verification: literals(verificationClassIds),
  assistingAgencyId: Nullable(Uuid),
  timeLimitWorkingDays: Type.Integer({ minimum: 0, maximum: 60 }),
  standard: Text(500),
  method: Text(500),
  disclosure: Type.Boolean(),
  remarks: Text(500),
  legalBasis: Type.Optional(Text(1000)),
  issuingBody: Type.Optional(Text(200)),
};
export const ItemTermsBody = Type.Object(
  { certificationMatterId: Uuid, administrativeMatterId: Uuid, ...itemTerms },
  { additionalProperties: false },
);
export const ItemAmendBody = Type.Object(
  {
    certificationMatterId: Uuid,
    administrativeMatterId: Uuid,
    ...itemTerms,
    /** VER-5: the industry regulator (an agency of the district) where it is not the handling agency. */
    industryRegulator: Type.Optional(Nullable(Text(200))),
    revision: Version,
  },
  { additionalProperties: false },
);
export const ClaimBody = Type.Object(
  { itemKeys: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 1000 })) },
  { additionalProperties: false },
);
export const ImportBody = Type.Object(
  {
    fileName: Name(200),
    contentBase64: Type.String({
      minLength: 4,
      maxLength: 14_000_000,
      description: 'The .xlsx file, base64',
    }),
    publishedOn: Type.Optional(IsoDate),
    confirmFileSm3: Type.Optional(
      Type.String({
        pattern: '^[0-9a-f]{64}$',
        description: 'An import that publishes (the city general list): the fileSm3 of the preview confirmed',
      }),
    ),
  },
  { additionalProperties: false },
);
export const PublishBody = Type.Object(
  { draftRevision: Type.Integer({ minimum: 1 }), note: Text(500) },
  { additionalProperties: false },
);

const AmendTerms = Type.Partial(Type.Object(itemTerms), { additionalProperties: false, minProperties: 1 });
export const ProposalBody = Type.Union([
  Type.Object({ add: Type.Omit(ItemTermsBody, []) }, { additionalProperties: false }),
  Type.Object({ amend: AmendTerms }, { additionalProperties: false }),
  Type.Object({ remove: Type.Literal(true) }, { additionalProperties: false }),
]);
const changeText = { reason: Name(1000), legalBasis: Name(1000) };
export const ChangeRequestBody = Type.Object(
  {
    listCode: DivisionCode,
    proposal: ProposalBody,
    targetItemId: Type.Optional(Nullable(Uuid)),
    ...changeText,
  },
  { additionalProperties: false },
);
export const ResubmitBody = Type.Object(
  { proposal: ProposalBody, ...changeText, revision: Version },
  { additionalProperties: false },
);
export const ReviewBody = Type.Object(
  { decision: literals(['approve', 'reject', 'return'] as const), comment: Text(1000), revision: Version },
  { additionalProperties: false },
);
export const WithdrawBody = Type.Object(
  { comment: Text(1000), revision: Version },
  { additionalProperties: false },
);
export const ChangeRequestQuery = Type.Object({
  list: Type.Optional(DivisionCode),
  state: Type.Optional(
    literals(['submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'published'] as const),
  ),
});
/** VER-5: the industry regulator's opinion on exempting a draft row from verification. */
export const RegulatorOpinionBody = Type.Object(
  { agrees: Type.Boolean(), opinion: Name(1000) },
  { additionalProperties: false },
);
export const DraftRowParams = Type.Object({ code: DivisionCode, rowId: Uuid });
export const FilingActionBody = Type.Object({ revision: Version }, { additionalProperties: false });

/** VER-2: the facts a certification matter's commitment asserts, and the record type they are checked against. */
const MatterFactsSchema = Type.Object(
  {
    recordType: literals(recordTypeIds),
    facts: Type.Array(
      Type.Object(
        {
          key: Type.String({ pattern: '^[A-Za-z]{1,40}$' }),
          required: Type.Boolean(),
          min: Type.Optional(Type.Integer({ minimum: 0 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 12 },
    ),
  },
  { additionalProperties: false },
);

export const CertificationMatterBody = Type.Object(
  {
    name: Name(100),
    proves: Text(500),
    legalBasis: Name(1000),
    issuingBody: Name(200),
    field: literals(matterFields),
    frequency: literals(['high', 'medium', 'low'] as const),
    difficulty: literals(['high', 'medium', 'low'] as const),
    verifiability: literals(['easy', 'medium', 'hard'] as const),
    eLicense: Type.Boolean(),
    exclusion: Nullable(
      Type.Object(
        { category: literals(exclusionCategoryIds), reason: Name(1000) },
        { additionalProperties: false },
      ),
    ),
    retainedReason: Nullable(Text(1000)),
    /** VER-2: the facts its commitment asserts, checked online against this record type. */
    facts: Type.Optional(Nullable(MatterFactsSchema)),
  },
  { additionalProperties: false },
);
export const CertificationMatterChangeBody = Type.Composite(
  [CertificationMatterBody, Type.Object({ version: Version })],
  { additionalProperties: false },
);
export const AdministrativeMatterBody = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Za-z0-9-]{1,30}$' }),
    name: Name(100),
    kind: literals(administrativeMatterKinds),
    agencyId: Uuid,
    proofs: Type.Array(Name(100), { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export const AdministrativeMatterChangeBody = Type.Composite(
  [AdministrativeMatterBody, Type.Object({ version: Version })],
  { additionalProperties: false },
);
export const DistrictQuery = Type.Object({ district: Type.String({ pattern: '^\\d{6}$' }) });
export const MatterParams = Type.Object({ id: Uuid });

/** The public shapes (open data): an item of a published list. */
export const PublicItem = Type.Object({
  key: Type.String(),
  name: Type.String({ description: '证明名称' }),
  proves: Type.String(),
  field: Type.String({ description: '领域' }),
  administrativeMatter: Type.String({ description: '证明用途/办理事项' }),
  administrativeMatterKind: Type.String(),
  handlingAgency: Type.String({ description: '实施单位' }),
  issuingBody: Type.String({ description: '开具单位' }),
  legalBasis: Type.String({ description: '设定依据' }),
  verification: literals(verificationClassIds),
  assistingAgency: Nullable(Type.String()),
  timeLimitWorkingDays: Type.Integer(),
  standard: Type.String(),
  method: Type.String(),
  disclosure: Type.Boolean({ description: '告知承诺书是否公开' }),
  remarks: Type.String(),
});
export const RetainedProofSchema = Type.Object({
  name: Type.String(),
  legalBasis: Type.String(),
  issuingBody: Type.String(),
  reason: Type.String(),
});
export const PublicList = Type.Object({
  jurisdictionCode: Type.String(),
  title: Type.String(),
  version: Type.Integer(),
  publishedAt: Type.String({ format: 'date-time' }),
  publishedOn: Type.String(),
  contentSm3: Type.String(),
  items: Type.Array(PublicItem),
  retained: Type.Array(RetainedProofSchema),
});
export const PublicListQuery = Type.Object({
  version: Type.Optional(Type.Integer({ minimum: 1 })),
  format: Type.Optional(literals(['json', 'xlsx'] as const)),
});
export const DiffQuery = Type.Object({
  from: Type.Integer({ minimum: 1 }),
  to: Type.Integer({ minimum: 1 }),
});
export const DerivedParams = Type.Object({
  code: DivisionCode,
  kind: literals(derivedListKindIds),
});

import { DateTime } from '../platform/http/schemas.ts';

// Answers
export const Exclusion = Type.Object({
  category: Type.Union([
    Type.Literal('国家安全'),
    Type.Literal('国家秘密'),
    Type.Literal('公共安全'),
    Type.Literal('金融业审慎监管'),
    Type.Literal('生态环境保护'),
    Type.Literal('人身健康'),
    Type.Literal('生命财产安全'),
    Type.Literal('重要涉外'),
  ]),
  reason: Type.String(),
});
export const FieldChange = Type.Object({
  field: Type.Union([
    Type.Literal('field'),
    Type.Literal('method'),
    Type.Literal('name'),
    Type.Literal('standard'),
    Type.Literal('legalBasis'),
    Type.Literal('issuingBody'),
    Type.Literal('administrativeMatter'),
    Type.Literal('handlingAgency'),
    Type.Literal('verification'),
    Type.Literal('assistingAgency'),
    Type.Literal('timeLimitWorkingDays'),
    Type.Literal('disclosure'),
    Type.Literal('remarks'),
  ]),
  from: Type.Unknown(),
  to: Type.Unknown(),
});
export const ListItem = Type.Object({
  key: Type.String(),
  name: Type.String(),
  proves: Type.String(),
  field: Type.String(),
  administrativeMatter: Type.String(),
  administrativeMatterKind: Type.String(),
  handlingAgency: Type.String(),
  issuingBody: Type.String(),
  legalBasis: Type.String(),
  verification: Type.Union([
    Type.Literal('online'),
    Type.Literal('on-site'),
    Type.Literal('assistance'),
    Type.Literal('exempt'),
  ]),
  assistingAgency: Type.Union([Type.Null(), Type.String()]),
  timeLimitWorkingDays: Type.Number(),
  standard: Type.String(),
  method: Type.String(),
  disclosure: Type.Boolean(),
  remarks: Type.String(),
});
export const RegulatorOpinion = Type.Object({
  agrees: Type.Boolean(),
  opinion: Type.String(),
  agency: Type.String(),
  recordedBy: Type.String(),
  recordedAt: Type.String(),
});
export const GetCatalogueResponse = Type.Object({
  certificationMatters: Type.Array(
    Type.Object({
      id: Type.String(),
      districtCode: Type.String(),
      name: Type.String(),
      proves: Type.String(),
      legalBasis: Type.String(),
      issuingBody: Type.String(),
      field: Type.String(),
      frequency: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
      difficulty: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
      verifiability: Type.Union([Type.Literal('medium'), Type.Literal('easy'), Type.Literal('hard')]),
      eLicense: Type.Boolean(),
      exclusion: Type.Union([Type.Null(), Exclusion]),
      retainedReason: Type.Union([Type.Null(), Type.String()]),
      version: Type.Number(),
      createdAt: DateTime,
      updatedAt: DateTime,
    }),
  ),
  administrativeMatters: Type.Array(
    Type.Object({
      agencyName: Type.String(),
      id: Type.String(),
      districtCode: Type.String(),
      code: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      agencyId: Type.String(),
      proofs: Type.Array(Type.String()),
      version: Type.Number(),
      createdAt: DateTime,
    }),
  ),
});
export const GetListsByCodeResponse = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Optional(Type.Union([Type.Literal('city'), Type.Literal('county'), Type.Literal('town')])),
  title: Type.Union([Type.Null(), Type.String()]),
  draftRevision: Type.Number(),
  keeps: Type.Boolean(),
  draft: Type.Array(
    Type.Object({
      id: Type.String(),
      listId: Type.String(),
      position: Type.Number(),
      certificationMatterId: Type.Union([Type.Null(), Type.String()]),
      administrativeMatterId: Type.Union([Type.Null(), Type.String()]),
      agencyId: Type.Union([Type.Null(), Type.String()]),
      assistingAgencyId: Type.Union([Type.Null(), Type.String()]),
      name: Type.String(),
      proves: Type.String(),
      field: Type.String(),
      administrativeMatter: Type.String(),
      administrativeMatterKind: Type.String(),
      handlingAgency: Type.String(),
      issuingBody: Type.String(),
      legalBasis: Type.String(),
      verification: Type.Union([
        Type.Literal('online'),
        Type.Literal('on-site'),
        Type.Literal('assistance'),
        Type.Literal('exempt'),
      ]),
      assistingAgency: Type.Union([Type.Null(), Type.String()]),
      industryRegulator: Type.Union([Type.Null(), Type.String()]),
      regulatorOpinion: Type.Union([Type.Null(), RegulatorOpinion]),
      timeLimitWorkingDays: Type.Number(),
      standard: Type.String(),
      method: Type.String(),
      disclosure: Type.Boolean(),
      remarks: Type.String(),
      sourceItemKey: Type.Union([Type.Null(), Type.String()]),
      claimedAt: Type.Union([Type.Null(), DateTime]),
      claimedBy: Type.Union([Type.Null(), Type.String()]),
      revision: Type.Number(),
      updatedAt: DateTime,
    }),
  ),
  unpublishedChanges: Type.Boolean(),
  versions: Type.Array(
    Type.Object({
      itemCount: Type.Number(),
      id: Type.String(),
      versionNo: Type.Number(),
      publishedOn: Type.String(),
      publishedBy: Type.String(),
      note: Type.String(),
    }),
  ),
  pendingChangeRequests: Type.Number(),
  upstream: Type.Union([
    Type.Null(),
    Type.Object({
      code: Type.String(),
      title: Type.String(),
      versionNo: Type.Number(),
      publishedOn: Type.String(),
      items: Type.Array(
        Type.Object({
          key: Type.String(),
          name: Type.String(),
          administrativeMatter: Type.String(),
          handlingAgency: Type.String(),
          verification: Type.Union([
            Type.Literal('online'),
            Type.Literal('on-site'),
            Type.Literal('assistance'),
            Type.Literal('exempt'),
          ]),
          status: Type.Union([Type.Literal('pending'), Type.Literal('claimed')]),
          claimedAt: Type.Union([Type.Null(), DateTime]),
          claimedBy: Type.Union([Type.Null(), Type.String()]),
        }),
      ),
    }),
  ]),
});
export const GetListsByCodeDashboardResponse = Type.Object({
  shouldAdopt: Type.Array(Type.String()),
  fields: Type.Array(
    Type.Object({
      field: Type.Union([
        Type.Literal('户籍管理'),
        Type.Literal('市场主体准营'),
        Type.Literal('资格考试'),
        Type.Literal('社会保险'),
        Type.Literal('社会救助'),
        Type.Literal('健康体检'),
        Type.Literal('法律服务'),
      ]),
      matters: Type.Number(),
      listed: Type.Number(),
      items: Type.Number(),
      share: Type.Union([Type.Null(), Type.Number()]),
    }),
  ),
  byVerification: Type.Object({
    online: Type.Number(),
    'on-site': Type.Number(),
    assistance: Type.Number(),
    exempt: Type.Number(),
  }),
  disclosed: Type.Number(),
  incomplete: Type.Array(
    Type.Object({ key: Type.String(), name: Type.String(), administrativeMatter: Type.String() }),
  ),
  excluded: Type.Number(),
  districtCode: Type.String(),
  versionNo: Type.Union([Type.Null(), Type.Number()]),
  publishedOn: Type.Union([Type.Null(), Type.String()]),
  itemCount: Type.Number(),
  catalogueSize: Type.Number(),
});
export const PutListsByCodeItemsByIdResponse = Type.Union([
  Type.Null(),
  Type.Object({
    field: Type.String(),
    method: Type.String(),
    name: Type.String(),
    id: Type.String(),
    agencyId: Type.Union([Type.Null(), Type.String()]),
    updatedAt: DateTime,
    standard: Type.String(),
    proves: Type.String(),
    legalBasis: Type.String(),
    issuingBody: Type.String(),
    listId: Type.String(),
    position: Type.Number(),
    certificationMatterId: Type.Union([Type.Null(), Type.String()]),
    administrativeMatterId: Type.Union([Type.Null(), Type.String()]),
    assistingAgencyId: Type.Union([Type.Null(), Type.String()]),
    administrativeMatter: Type.String(),
    administrativeMatterKind: Type.String(),
    handlingAgency: Type.String(),
    verification: Type.Union([
      Type.Literal('online'),
      Type.Literal('on-site'),
      Type.Literal('assistance'),
      Type.Literal('exempt'),
    ]),
    assistingAgency: Type.Union([Type.Null(), Type.String()]),
    industryRegulator: Type.Union([Type.Null(), Type.String()]),
    regulatorOpinion: Type.Union([Type.Null(), RegulatorOpinion]),
    timeLimitWorkingDays: Type.Number(),
    disclosure: Type.Boolean(),
    remarks: Type.String(),
    sourceItemKey: Type.Union([Type.Null(), Type.String()]),
    claimedAt: Type.Union([Type.Null(), DateTime]),
    claimedBy: Type.Union([Type.Null(), Type.String()]),
    revision: Type.Number(),
  }),
]);
export const PostListsByCodeClaimsResponse = Type.Object({
  claimed: Type.Number(),
  refreshed: Type.Number(),
  unchanged: Type.Number(),
  refused: Type.Array(
    Type.Object({
      key: Type.String(),
      name: Type.String(),
      administrativeMatter: Type.String(),
      reason: Type.String(),
      reason_en: Type.String(),
    }),
  ),
});
/** An item of a list as a change request saw it before, or proposes after, the change. */
export const ItemSnapshot = Type.Object({
  key: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  proves: Type.Optional(Type.String()),
  field: Type.Optional(Type.String()),
  administrativeMatter: Type.Optional(Type.String()),
  administrativeMatterKind: Type.Optional(Type.String()),
  handlingAgency: Type.Optional(Type.String()),
  issuingBody: Type.Optional(Type.String()),
  legalBasis: Type.Optional(Type.String()),
  verification: Type.Optional(
    Type.Union([
      Type.Literal('online'),
      Type.Literal('on-site'),
      Type.Literal('assistance'),
      Type.Literal('exempt'),
    ]),
  ),
  assistingAgency: Type.Optional(Type.Union([Type.Null(), Type.String()])),
  timeLimitWorkingDays: Type.Optional(Type.Number()),
  standard: Type.Optional(Type.String()),
  method: Type.Optional(Type.String()),
  disclosure: Type.Optional(Type.Boolean()),
  remarks: Type.Optional(Type.String()),
});
export const GetListChangesResponse = Type.Array(
  Type.Object({
    listCode: Type.String(),
    listTitle: Type.String(),
    agencyName: Type.String(),
    requestedByName: Type.String(),
    itemName: Type.String(),
    administrativeMatter: Type.String(),
    proposal: Type.Union([Type.Null(), Type.Record(Type.String(), Type.Unknown())]),
    before: Type.Union([Type.Null(), ItemSnapshot]),
    after: Type.Union([Type.Null(), ItemSnapshot]),
    changes: Type.Array(FieldChange),
    allowedActions: Type.Array(Type.String()),
    number: Type.String(),
    createdAt: DateTime,
    id: Type.String(),
    districtCode: Type.String(),
    updatedAt: DateTime,
    state: Type.Union([
      Type.Literal('withdrawn'),
      Type.Literal('submitted'),
      Type.Literal('returned'),
      Type.Literal('approved'),
      Type.Literal('rejected'),
      Type.Literal('published'),
    ]),
    action: Type.Union([Type.Literal('remove'), Type.Literal('add'), Type.Literal('amend')]),
    reason: Type.String(),
    legalBasis: Type.String(),
    listId: Type.String(),
    revision: Type.Number(),
    targetItemId: Type.Union([Type.Null(), Type.String()]),
    requestingAgencyId: Type.String(),
    requestedBy: Type.String(),
    reviewJurisdictionCode: Type.String(),
    publishedVersionId: Type.Union([Type.Null(), Type.String()]),
  }),
);
export const GetListChangesByIdResponse = Type.Object({
  events: Type.Array(
    Type.Object({
      id: Type.String(),
      changeRequestId: Type.String(),
      at: DateTime,
      action: Type.String(),
      actorName: Type.String(),
      actorUserId: Type.Union([Type.Null(), Type.String()]),
      comment: Type.String(),
      stateAfter: Type.Union([
        Type.Literal('withdrawn'),
        Type.Literal('submitted'),
        Type.Literal('returned'),
        Type.Literal('approved'),
        Type.Literal('rejected'),
        Type.Literal('published'),
      ]),
    }),
  ),
  listCode: Type.String(),
  listTitle: Type.String(),
  agencyName: Type.String(),
  requestedByName: Type.String(),
  itemName: Type.String(),
  administrativeMatter: Type.String(),
  proposal: Type.Union([Type.Null(), Type.Record(Type.String(), Type.Unknown())]),
  before: Type.Union([Type.Null(), ItemSnapshot]),
  after: Type.Union([Type.Null(), ItemSnapshot]),
  changes: Type.Array(FieldChange),
  allowedActions: Type.Array(Type.String()),
  number: Type.String(),
  createdAt: DateTime,
  id: Type.String(),
  districtCode: Type.String(),
  updatedAt: DateTime,
  state: Type.Union([
    Type.Literal('withdrawn'),
    Type.Literal('submitted'),
    Type.Literal('returned'),
    Type.Literal('approved'),
    Type.Literal('rejected'),
    Type.Literal('published'),
  ]),
  action: Type.Union([Type.Literal('remove'), Type.Literal('add'), Type.Literal('amend')]),
  reason: Type.String(),
  legalBasis: Type.String(),
  listId: Type.String(),
  revision: Type.Number(),
  targetItemId: Type.Union([Type.Null(), Type.String()]),
  requestingAgencyId: Type.String(),
  requestedBy: Type.String(),
  reviewJurisdictionCode: Type.String(),
  publishedVersionId: Type.Union([Type.Null(), Type.String()]),
});
export const PostListChangesByIdReviewResponse = Type.Object({
  number: Type.String(),
  createdAt: DateTime,
  id: Type.String(),
  districtCode: Type.String(),
  updatedAt: DateTime,
  state: Type.Union([
    Type.Literal('withdrawn'),
    Type.Literal('submitted'),
    Type.Literal('returned'),
    Type.Literal('approved'),
    Type.Literal('rejected'),
    Type.Literal('published'),
  ]),
  action: Type.Union([Type.Literal('remove'), Type.Literal('add'), Type.Literal('amend')]),
  reason: Type.String(),
  legalBasis: Type.String(),
  listId: Type.String(),
  revision: Type.Number(),
  targetItemId: Type.Union([Type.Null(), Type.String()]),
  targetSnapshot: Type.Union([Type.Null(), ItemSnapshot]),
  proposal: Type.Union([Type.Null(), Type.Record(Type.String(), Type.Unknown())]),
  requestingAgencyId: Type.String(),
  requestedBy: Type.String(),
  reviewJurisdictionCode: Type.String(),
  publishedVersionId: Type.Union([Type.Null(), Type.String()]),
});
export const GetListFilingsResponse = Type.Array(
  Type.Object({
    listCode: Type.String(),
    listTitle: Type.String(),
    versionNo: Type.Number(),
    publishedOn: Type.String(),
    fromName: Type.String(),
    toName: Type.String(),
    overdue: Type.Boolean(),
    stateLabel: Type.String(),
    stateLabelEn: Type.String(),
    late: Type.Boolean(),
    allowedActions: AllowedActions,
    /** Why the due date is provisional (SPEC §10 Clocks); empty when it is final. */
    dueWarnings: Type.Array(CalendarWarning),
    id: Type.String(),
    listVersionId: Type.String(),
    districtCode: Type.Union([Type.Null(), Type.String()]),
    hop: Type.Number(),
    fromJurisdictionCode: Type.String(),
    toJurisdictionCode: Type.String(),
    state: Type.Union([Type.Literal('pending'), Type.Literal('submitted'), Type.Literal('received')]),
    dueDate: Type.String(),
    submittedAt: Type.Union([Type.Null(), DateTime]),
    submittedBy: Type.Union([Type.Null(), Type.String()]),
    receivedAt: Type.Union([Type.Null(), DateTime]),
    receivedBy: Type.Union([Type.Null(), Type.String()]),
    revision: Type.Number(),
    createdAt: DateTime,
  }),
);
export const PostListFilingsByIdSubmitResponse = Type.Object({
  createdAt: DateTime,
  id: Type.String(),
  districtCode: Type.Union([Type.Null(), Type.String()]),
  dueDate: Type.String(),
  state: Type.Union([Type.Literal('pending'), Type.Literal('submitted'), Type.Literal('received')]),
  revision: Type.Number(),
  listVersionId: Type.String(),
  hop: Type.Number(),
  fromJurisdictionCode: Type.String(),
  toJurisdictionCode: Type.String(),
  submittedAt: Type.Union([Type.Null(), DateTime]),
  submittedBy: Type.Union([Type.Null(), Type.String()]),
  receivedAt: Type.Union([Type.Null(), DateTime]),
  receivedBy: Type.Union([Type.Null(), Type.String()]),
});
export const PostListFilingsByIdReceiveResponse = Type.Object({
  filing: Type.Object({
    createdAt: DateTime,
    id: Type.String(),
    districtCode: Type.Union([Type.Null(), Type.String()]),
    dueDate: Type.String(),
    state: Type.Union([Type.Literal('pending'), Type.Literal('submitted'), Type.Literal('received')]),
    revision: Type.Number(),
    listVersionId: Type.String(),
    hop: Type.Number(),
    fromJurisdictionCode: Type.String(),
    toJurisdictionCode: Type.String(),
    submittedAt: Type.Union([Type.Null(), DateTime]),
    submittedBy: Type.Union([Type.Null(), Type.String()]),
    receivedAt: Type.Union([Type.Null(), DateTime]),
    receivedBy: Type.Union([Type.Null(), Type.String()]),
  }),
  next: Type.Union([
    Type.Null(),
    Type.Object({
      createdAt: DateTime,
      id: Type.String(),
      districtCode: Type.Union([Type.Null(), Type.String()]),
      dueDate: Type.String(),
      state: Type.Union([Type.Literal('pending'), Type.Literal('submitted'), Type.Literal('received')]),
      revision: Type.Number(),
      listVersionId: Type.String(),
      hop: Type.Number(),
      fromJurisdictionCode: Type.String(),
      toJurisdictionCode: Type.String(),
      submittedAt: Type.Union([Type.Null(), DateTime]),
      submittedBy: Type.Union([Type.Null(), Type.String()]),
      receivedAt: Type.Union([Type.Null(), DateTime]),
      receivedBy: Type.Union([Type.Null(), Type.String()]),
    }),
  ]),
});
export const GetPublicDistrictsByCodeListDiffResponse = Type.Object({
  added: Type.Array(ListItem),
  removed: Type.Array(ListItem),
  changed: Type.Array(
    Type.Object({
      key: Type.String(),
      name: Type.String(),
      administrativeMatter: Type.String(),
      changes: Type.Array(FieldChange),
    }),
  ),
  unchanged: Type.Number(),
  from: Type.Object({ version: Type.Number(), publishedOn: Type.String() }),
  to: Type.Object({ version: Type.Number(), publishedOn: Type.String() }),
});
export const PostListsByCodeItemsResponse = Type.Union([
  Type.Null(),
  Type.Object({
    field: Type.String(),
    name: Type.String(),
    updatedAt: DateTime,
    method: Type.String(),
    id: Type.String(),
    agencyId: Type.Union([Type.Null(), Type.String()]),
    standard: Type.String(),
    proves: Type.String(),
    legalBasis: Type.String(),
    issuingBody: Type.String(),
    listId: Type.String(),
    position: Type.Number(),
    certificationMatterId: Type.Union([Type.Null(), Type.String()]),
    administrativeMatterId: Type.Union([Type.Null(), Type.String()]),
    assistingAgencyId: Type.Union([Type.Null(), Type.String()]),
    administrativeMatter: Type.String(),
    administrativeMatterKind: Type.String(),
    handlingAgency: Type.String(),
    verification: Type.Union([
      Type.Literal('online'),
      Type.Literal('on-site'),
      Type.Literal('assistance'),
      Type.Literal('exempt'),
    ]),
    assistingAgency: Type.Union([Type.Null(), Type.String()]),
    industryRegulator: Type.Union([Type.Null(), Type.String()]),
    regulatorOpinion: Type.Union([Type.Null(), RegulatorOpinion]),
    timeLimitWorkingDays: Type.Number(),
    disclosure: Type.Boolean(),
    remarks: Type.String(),
    sourceItemKey: Type.Union([Type.Null(), Type.String()]),
    claimedAt: Type.Union([Type.Null(), DateTime]),
    claimedBy: Type.Union([Type.Null(), Type.String()]),
    revision: Type.Number(),
  }),
]);
/** A derived list (LIST-5): the items of one kind, or the retained proofs, of a published version. */
export const DerivedList = Type.Object({
  jurisdictionCode: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  version: Type.Integer(),
  publishedAt: Type.String({ format: 'date-time' }),
  publishedOn: Type.String(),
  items: Type.Union([Type.Array(PublicItem), Type.Array(RetainedProofSchema)]),
});
export const PostListsByCodeImportsResponse = Type.Object({
  listCode: Type.String(),
  imported: Type.Number(),
  publishedVersion: Type.Union([Type.Null(), Type.Number()]),
});
const NamedRow = Type.Object({
  name: Type.String(),
  administrativeMatter: Type.String(),
  handlingAgency: Type.String(),
});
export const ImportPreview = Type.Object({
  listCode: Type.String(),
  fileSm3: Type.String(),
  publishes: Type.Boolean(),
  rows: Type.Integer(),
  added: Type.Array(NamedRow),
  removed: Type.Array(NamedRow),
  changed: Type.Array(Type.Composite([NamedRow, Type.Object({ changes: Type.Array(FieldChange) })])),
  unchanged: Type.Integer(),
});
export const PostListsByCodeVersionsResponse = Type.Object({
  title: Type.String(),
  id: Type.String(),
  listId: Type.String(),
  versionNo: Type.Number(),
  publishedAt: DateTime,
  publishedOn: Type.String(),
  publishedBy: Type.String(),
  retained: Type.Array(RetainedProofSchema),
  contentSm3: Type.String(),
  note: Type.String(),
  changeRequestIds: Type.Array(Type.String()),
});
export const PostListChangesResponse = Type.Object({
  number: Type.String(),
  createdAt: DateTime,
  districtCode: Type.String(),
  updatedAt: DateTime,
  id: Type.String(),
  legalBasis: Type.String(),
  listId: Type.String(),
  revision: Type.Number(),
  action: Type.Union([Type.Literal('remove'), Type.Literal('add'), Type.Literal('amend')]),
  targetItemId: Type.Union([Type.Null(), Type.String()]),
  targetSnapshot: Type.Union([Type.Null(), ItemSnapshot]),
  proposal: Type.Union([Type.Null(), Type.Record(Type.String(), Type.Unknown())]),
  reason: Type.String(),
  state: Type.Union([
    Type.Literal('submitted'),
    Type.Literal('returned'),
    Type.Literal('approved'),
    Type.Literal('rejected'),
    Type.Literal('withdrawn'),
    Type.Literal('published'),
  ]),
  requestingAgencyId: Type.String(),
  requestedBy: Type.String(),
  reviewJurisdictionCode: Type.String(),
  publishedVersionId: Type.Union([Type.Null(), Type.String()]),
});
export const CertificationMatter = Type.Object({
  id: Type.String(),
  name: Type.String(),
  version: Type.Number(),
  createdAt: DateTime,
  districtCode: Type.String(),
  updatedAt: DateTime,
  legalBasis: Type.String(),
  proves: Type.String(),
  issuingBody: Type.String(),
  field: Type.String(),
  frequency: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
  difficulty: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
  verifiability: Type.Union([Type.Literal('medium'), Type.Literal('easy'), Type.Literal('hard')]),
  eLicense: Type.Boolean(),
  exclusion: Type.Union([Type.Null(), Exclusion]),
  retainedReason: Type.Union([Type.Null(), Type.String()]),
  facts: Type.Union([Type.Null(), MatterFactsSchema]),
});
export const AdministrativeMatter = Type.Object({
  id: Type.String(),
  name: Type.String(),
  code: Type.String(),
  version: Type.Number(),
  createdAt: DateTime,
  districtCode: Type.String(),
  kind: Type.String(),
  agencyId: Type.String(),
  proofs: Type.Array(Type.String()),
});

/** The places with a published list (city, district, town). */
export const GetPublicListsResponse = Type.Array(
  Type.Object({
    code: Type.String(),
    name: Type.String(),
    level: Type.String(),
    districtCode: Type.Union([Type.String(), Type.Null()]),
    title: Type.String(),
    version: Type.Integer(),
  }),
);

/** Every published version of a list (LIST-4). */
export const GetPublicListVersionsResponse = Type.Array(
  Type.Object({
    version: Type.Integer(),
    publishedOn: Type.String(),
    publishedAt: Type.String(),
    note: Type.String(),
    contentSm3: Type.String(),
  }),
);

/** VER-5: an exempt draft row naming an industry regulator, with the opinion recorded (or null). */
export const GetListsExemptionsResponse = Type.Array(
  Type.Object({
    listCode: Type.String(),
    listTitle: Type.String(),
    rowId: Type.String(),
    revision: Type.Number(),
    name: Type.String(),
    proves: Type.String(),
    administrativeMatter: Type.String(),
    handlingAgency: Type.String(),
    industryRegulator: Type.String(),
    verification: literals(verificationClassIds),
    regulatorOpinion: Type.Union([Type.Null(), RegulatorOpinion]),
    allowedActions: Type.Array(literals(['agree', 'disagree'] as const)),
  }),
);
