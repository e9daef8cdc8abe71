import { Type } from '@sinclair/typebox';
import { workRuleSections } from '../common/work-rule.ts';
import { ListItem } from '../lists/contract.ts';
import {
  AllowedActions,
  CalendarWarning,
  DateTime,
  DistrictParam,
  Uuid,
  Version,
} from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

export { DistrictParam };
export const DistrictQuery = Type.Object({ district: Type.String({ pattern: '^\\d{6}$' }) });
const Kind = Type.Union([Type.Literal('notice'), Type.Literal('commitment')]);
export const TextParams = Type.Object({ itemKey: Uuid, kind: Kind });
const Revision = Type.Integer({ minimum: 0, description: 'The draft revision read (0: never saved)' });
const Text = (max: number) => Type.String({ maxLength: max });
export const FormatTextBody = Type.Object(
  {
    text: Type.Object(
      {
        title: Type.String({ minLength: 1, maxLength: 100 }),
        sections: Type.Array(
          Type.Object(
            {
              element: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
              heading: Text(100),
              body: Text(4000),
            },
            { additionalProperties: false },
          ),
          { maxItems: 30 },
        ),
      },
      { additionalProperties: false },
    ),
    revision: Revision,
  },
  { additionalProperties: false },
);
export const WorkRuleBody = Type.Object(
  {
    rule: Type.Object(
      {
        title: Type.String({ minLength: 1, maxLength: 100 }),
        ...Object.fromEntries(Object.keys(workRuleSections).map((k) => [k, Text(20000)])),
      },
      { additionalProperties: false },
    ),
    revision: Revision,
  },
  { additionalProperties: false },
);
export const ServiceGuideBody = Type.Object(
  {
    guide: Type.Object(
      {
        title: Type.String({ minLength: 1, maxLength: 100 }),
        conditions: Text(4000),
        withCommitment: Type.Array(Text(500), { maxItems: 20 }),
        withoutCommitment: Type.Array(Text(500), { maxItems: 20 }),
        withdrawal: Text(4000),
      },
      { additionalProperties: false },
    ),
    revision: Revision,
  },
  { additionalProperties: false },
);
export const PublishBody = Type.Object({ revision: Revision }, { additionalProperties: false });

export const PostDocumentsFilingsByIdReceiptBody = Type.Object(
  { revision: Version },
  { additionalProperties: false },
);

/** What the routes of this capability answer (the contract the web client is generated from). */
/** DOC-1: a work rule as stored: its title and every section (empty while still drafted). */
const WorkRule = Type.Object({
  title: Type.String(),
  rightsAndDuties: Type.String(),
  notification: Type.String(),
  commitment: Type.String(),
  verification: Type.String(),
  procedure: Type.String(),
  creditManagement: Type.String(),
  legalLiability: Type.String(),
});
export const DocumentModel = Type.Object({
  title: Type.String(),
  subtitle: Type.Optional(Type.String()),
  documentNo: Type.Optional(Type.String()),
  blocks: Type.Array(
    Type.Union([
      Type.Object({ kind: Type.Literal('heading'), text: Type.String() }),
      Type.Object({ kind: Type.Literal('paragraph'), text: Type.String() }),
      Type.Object({
        kind: Type.Literal('list'),
        items: Type.Array(Type.String()),
        ordered: Type.Optional(Type.Boolean()),
      }),
      Type.Object({
        kind: Type.Literal('checkbox'),
        items: Type.Array(Type.Object({ label: Type.String(), checked: Type.Optional(Type.Boolean()) })),
      }),
      Type.Object({
        kind: Type.Literal('fields'),
        rows: Type.Array(Type.Object({ label: Type.String(), value: Type.Optional(Type.String()) })),
      }),
    ]),
  ),
  signature: Type.Optional(
    Type.Object({
      lines: Type.Array(Type.Object({ label: Type.String(), value: Type.Optional(Type.String()) })),
      date: Type.Optional(Type.String()),
    }),
  ),
  footer: Type.Optional(Type.String()),
});
export const GetDocumentsTextsResponse = Type.Object({
  versionNo: Type.Union([Type.Null(), Type.Number()]),
  items: Type.Array(
    Type.Object({
      itemKey: Type.String(),
      name: Type.String(),
      administrativeMatter: Type.String(),
      agency: Type.String(),
      agencyId: Type.Union([Type.Null(), Type.String()]),
      notice: Type.Boolean(),
      commitment: Type.Boolean(),
      dueDate: Type.Union([Type.Null(), Type.String()]),
      /** Why the due date is provisional (SPEC §10 Clocks); empty when it is final. */
      dueWarnings: Type.Array(CalendarWarning),
      status: Type.Union([Type.Literal('overdue'), Type.Literal('published'), Type.Literal('due')]),
      mine: Type.Boolean(),
    }),
  ),
  agencies: Type.Array(
    Type.Object({
      agency: Type.String(),
      published: Type.Number(),
      due: Type.Number(),
      overdue: Type.Number(),
    }),
  ),
});
export const GetDocumentsGuidesResponse = Type.Array(
  Type.Object({
    version: Type.Union([Type.Null(), Type.Number()]),
    publishedAt: Type.Union([Type.Null(), Type.String()]),
    hasDraft: Type.Boolean(),
    mine: Type.Boolean(),
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    agencyId: Type.String(),
    agency: Type.String(),
  }),
);
export const GetDocumentsFilingsResponse = Type.Array(
  Type.Object({
    allowedActions: AllowedActions,
    id: Type.String(),
    districtCode: Type.String(),
    subjectType: Type.Union([Type.Literal('guide'), Type.Literal('work-rule'), Type.Literal('format-text')]),
    subjectId: Type.String(),
    title: Type.String(),
    fromName: Type.String(),
    toJurisdictionCode: Type.String(),
    state: Type.Union([Type.Literal('submitted'), Type.Literal('received')]),
    submittedAt: DateTime,
    receivedAt: Type.Union([Type.Null(), DateTime]),
    receivedBy: Type.Union([Type.Null(), Type.String()]),
    revision: Type.Number(),
  }),
);
export const PostDocumentsFilingsByIdReceiptResponse = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  subjectType: Type.Union([Type.Literal('guide'), Type.Literal('work-rule'), Type.Literal('format-text')]),
  subjectId: Type.String(),
  title: Type.String(),
  fromName: Type.String(),
  toJurisdictionCode: Type.String(),
  state: Type.Union([Type.Literal('submitted'), Type.Literal('received')]),
  submittedAt: DateTime,
  receivedAt: Type.Union([Type.Null(), DateTime]),
  receivedBy: Type.Union([Type.Null(), Type.String()]),
  revision: Type.Number(),
});
export const GetDocumentsStoredByIdVerificationResponse = Type.Object({
  id: Type.String(),
  subject: Type.String(),
  recorded: Type.String(),
  computed: Type.String(),
  intact: Type.Boolean(),
});
export const GetPublicDistrictsByCodeTextsResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    itemId: Type.String(),
    itemName: Type.String(),
    administrativeMatter: Type.String(),
    kind: Type.Union([Type.Literal('notice'), Type.Literal('commitment')]),
    version: Type.Number(),
    publishedAt: Type.String(),
    htmlUrl: Type.String(),
    pdfUrl: Type.String(),
  }),
);
export const GetPublicDistrictsByCodeGuidesResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    administrativeMatterId: Type.String(),
    name: Type.String(),
    title: Type.String(),
    version: Type.Number(),
    publishedAt: Type.String(),
    htmlUrl: Type.String(),
    pdfUrl: Type.String(),
  }),
);
export const GetPublicDistrictsByCodeWorkRuleResponse = Type.Object({
  id: Type.String(),
  version: Type.Number(),
  publishedAt: Type.String(),
  rule: WorkRule,
  pdfUrl: Type.String(),
});
export const GetPublicTextsByIdResponse = Type.Object({
  pdfUrl: Type.String(),
  title: Type.String(),
  subtitle: Type.Optional(Type.String()),
  documentNo: Type.Optional(Type.String()),
  blocks: Type.Array(
    Type.Union([
      Type.Object({ kind: Type.Literal('heading'), text: Type.String() }),
      Type.Object({ kind: Type.Literal('paragraph'), text: Type.String() }),
      Type.Object({
        kind: Type.Literal('list'),
        items: Type.Array(Type.String()),
        ordered: Type.Optional(Type.Boolean()),
      }),
      Type.Object({
        kind: Type.Literal('checkbox'),
        items: Type.Array(Type.Object({ label: Type.String(), checked: Type.Optional(Type.Boolean()) })),
      }),
      Type.Object({
        kind: Type.Literal('fields'),
        rows: Type.Array(Type.Object({ label: Type.String(), value: Type.Optional(Type.String()) })),
      }),
    ]),
  ),
  signature: Type.Optional(
    Type.Object({
      lines: Type.Array(Type.Object({ label: Type.String(), value: Type.Optional(Type.String()) })),
      date: Type.Optional(Type.String()),
    }),
  ),
  footer: Type.Optional(Type.String()),
});

// The edited documents: a draft (or the default), a saved draft, a published version.
export const TextSection = Type.Object({
  element: Type.Union([
    Type.Null(),
    Type.Literal('verification'),
    Type.Literal('matter'),
    Type.Literal('legalBasis'),
    Type.Literal('conditions'),
    Type.Literal('consequences'),
    Type.Literal('disclosure'),
    Type.Literal('withdrawal'),
    Type.Literal('committer'),
    Type.Literal('conditionsMet'),
    Type.Literal('understood'),
    Type.Literal('disclosureConsent'),
    Type.Literal('signature'),
  ]),
  heading: Type.String(),
  body: Type.String(),
});
export const FormatText = Type.Object({ title: Type.String(), sections: Type.Array(TextSection) });
export const MissingElement = Type.Object({ element: Type.String(), zh: Type.String(), en: Type.String() });
export const ServiceGuide = Type.Object({
  title: Type.String(),
  conditions: Type.String(),
  withCommitment: Type.Array(Type.String()),
  withoutCommitment: Type.Array(Type.String()),
  withdrawal: Type.String(),
});
export const FormatTextDraft = Type.Object({
  allowedActions: AllowedActions,
  item: ListItem,
  agencyId: Type.Union([Type.Null(), Type.String()]),
  kind: Type.Union([Type.Literal('notice'), Type.Literal('commitment')]),
  text: FormatText,
  revision: Type.Number(),
  isDefault: Type.Boolean(),
  missing: Type.Array(MissingElement),
  versions: Type.Array(
    Type.Object({
      id: Type.String(),
      versionNo: Type.Number(),
      publishedAt: DateTime,
      publishedBy: Type.String(),
    }),
  ),
});
export const FormatTextSaved = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  itemKey: Type.String(),
  kind: Type.Union([Type.Literal('notice'), Type.Literal('commitment')]),
  text: FormatText,
  revision: Type.Number(),
  updatedAt: DateTime,
});
export const FormatTextPublished = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  versionNo: Type.Number(),
  publishedAt: DateTime,
  publishedBy: Type.String(),
  kind: Type.Union([Type.Literal('notice'), Type.Literal('commitment')]),
  agencyId: Type.Union([Type.Null(), Type.String()]),
  itemKey: Type.String(),
  text: FormatText,
  itemName: Type.String(),
  administrativeMatter: Type.String(),
});
export const WorkRuleDraft = Type.Object({
  allowedActions: AllowedActions,
  rule: WorkRule,
  revision: Type.Number(),
  published: Type.Union([
    Type.Null(),
    Type.Object({
      id: Type.String(),
      districtCode: Type.String(),
      versionNo: Type.Number(),
      rule: WorkRule,
      publishedAt: DateTime,
      publishedBy: Type.String(),
    }),
  ]),
  missing: Type.Array(
    Type.Union([
      Type.Literal('commitment'),
      Type.Literal('rightsAndDuties'),
      Type.Literal('notification'),
      Type.Literal('verification'),
      Type.Literal('procedure'),
      Type.Literal('creditManagement'),
      Type.Literal('legalLiability'),
    ]),
  ),
});
export const WorkRuleSaved = Type.Object({
  districtCode: Type.String(),
  rule: WorkRule,
  revision: Type.Number(),
  updatedAt: DateTime,
});
export const WorkRulePublished = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  versionNo: Type.Number(),
  publishedAt: DateTime,
  publishedBy: Type.String(),
  rule: WorkRule,
});
export const ServiceGuideDraft = Type.Object({
  allowedActions: AllowedActions,
  matter: Type.Object({
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
  agencyName: Type.String(),
  guide: ServiceGuide,
  revision: Type.Number(),
  missing: Type.Array(Type.String()),
  versions: Type.Array(Type.Object({ id: Type.String(), versionNo: Type.Number(), publishedAt: DateTime })),
});
export const ServiceGuideSaved = Type.Object({
  administrativeMatterId: Type.String(),
  districtCode: Type.String(),
  guide: ServiceGuide,
  revision: Type.Number(),
  updatedAt: DateTime,
});
export const ServiceGuidePublished = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  versionNo: Type.Number(),
  publishedAt: DateTime,
  publishedBy: Type.String(),
  agencyId: Type.Union([Type.Null(), Type.String()]),
  administrativeMatterId: Type.String(),
  guide: ServiceGuide,
  matterName: Type.String(),
});
