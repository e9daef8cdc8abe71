import { type TSchema, Type } from '@sinclair/typebox';
import { DivisionCode, IsoDate, Uuid, Version } from '../platform/http/schemas.ts';
import { exclusionCategoryIds } from './exclusions.ts';
import { administrativeMatterKinds, matterFields, verificationClassIds } from './list-item.ts';

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
  { certificationMatterId: Uuid, administrativeMatterId: Uuid, ...itemTerms, revision: Version },
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
export const FilingActionBody = Type.Object({ revision: Version }, { additionalProperties: false });

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
  kind: literals(['exempt', 'online', 'assistance', 'disclosure', 'retained'] as const),
});
