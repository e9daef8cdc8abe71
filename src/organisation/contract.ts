import { type TSchema, Type } from '@sinclair/typebox';
import { agencyKindIds } from '../common/agency-kinds.ts';
import { roles } from '../platform/auth/actor.ts';
import { DateTime, DistrictParam, DivisionCode, Version } from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

const Name = (max: number) => Type.String({ minLength: 1, maxLength: max });
const AgencyKind = Type.Union(agencyKindIds.map((k) => Type.Literal(k)));
const RoleSchema = Type.Union(roles.map((r) => Type.Literal(r)));
const Password = Type.String({ minLength: 8, maxLength: 64 });
const Phone = Type.Union([Type.String({ pattern: '^1[3-9]\\d{9}$' }), Type.Null()]);
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const PostJurisdictionsBody = Type.Object(
  { code: DivisionCode, name: Type.Optional(Name(50)) },
  { additionalProperties: false },
);
export const PutJurisdictionsByCodeBody = Type.Object(
  { name: Name(50), version: Version },
  { additionalProperties: false },
);
export const PostAgenciesBody = Type.Object(
  { jurisdictionCode: DivisionCode, name: Name(80), shortName: Name(30), kind: AgencyKind },
  { additionalProperties: false },
);
export const PutAgenciesByIdBody = Type.Object(
  { name: Name(80), shortName: Name(30), kind: AgencyKind, active: Type.Boolean(), version: Version },
  { additionalProperties: false },
);
const placement = {
  displayName: Name(50),
  role: RoleSchema,
  jurisdictionCode: DivisionCode,
  agencyId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  districtCode: Type.Optional(DivisionCode),
  phone: Type.Optional(Phone),
};
export const PostUsersBody = Type.Object(
  { username: Type.String({ pattern: '^[A-Za-z0-9_.@-]{3,40}$' }), password: Password, ...placement },
  { additionalProperties: false },
);
export const PutUsersByIdBody = Type.Object(
  { ...placement, active: Type.Boolean(), version: Version },
  { additionalProperties: false },
);
export const PostUsersByIdPasswordResetBody = Type.Object(
  { password: Password },
  { additionalProperties: false },
);
/** The public site's foot (《政府网站发展指引》): who runs it, how to reach them, its registrations. */
export const SiteIdentity = Type.Object(
  {
    sponsor: Type.String({ minLength: 1, maxLength: 80, description: '主办单位' }),
    organiser: Type.String({ maxLength: 80, description: '承办单位' }),
    address: Type.String({ maxLength: 120, description: '联系地址' }),
    phone: Type.String({ maxLength: 40, description: '联系电话' }),
    hotline: Type.String({ maxLength: 20, description: '政务服务便民热线 (12345)' }),
    siteCode: Type.String({ maxLength: 40, description: '网站标识码' }),
    icpRecord: Type.String({ maxLength: 60, description: 'ICP备案号' }),
    policeRecord: Type.String({ maxLength: 60, description: '公安机关备案号' }),
    errorReportUrl: Type.String({
      pattern: '^https?://\\S+$',
      maxLength: 300,
      description: '政府网站找错 (where visitors report an error of the site)',
    }),
  },
  { additionalProperties: false },
);
export const PutDistrictsByCodeSettingsBody = Type.Object(
  {
    filingDeadlineWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }),
    textPublicationDeadlineWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }),
    reminderLeadWorkingDays: Type.Integer({ minimum: 0, maximum: 30 }),
    /** VER-4: working days an agency asked for assistance has to answer (default 10). */
    assistanceWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    /** SUP-2: percentage points added to the sampling rate of key-supervised items and parties (default 20). */
    keySupervisionRaise: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    townsAdjustLists: Type.Boolean(),
    creditPlatforms: Type.Array(Name(80), { maxItems: 10 }),
    leadUnits: Type.Record(Type.String(), Type.String({ format: 'uuid' })),
    /** Absent leaves the site's foot as it is; null clears it. */
    site: Type.Optional(Nullable(SiteIdentity)),
    version: Version,
  },
  { additionalProperties: false },
);
export { DistrictParam };
export const PutJurisdictionsByCodeParams = Type.Object({ code: DivisionCode });
export const GetAgenciesQuery = Type.Object({
  district: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetJurisdictionsResponse = Type.Array(
  Type.Object({
    code: Type.String(),
    version: Type.Number(),
    name: Type.String(),
    level: Type.Union([
      Type.Literal('province'),
      Type.Literal('city'),
      Type.Literal('county'),
      Type.Literal('town'),
    ]),
    parentCode: Type.Union([Type.Null(), Type.String()]),
    createdAt: DateTime,
  }),
);
export const PutJurisdictionsByCodeResponse = Type.Object({
  code: Type.String(),
  version: Type.Number(),
  name: Type.String(),
  level: Type.Union([
    Type.Literal('province'),
    Type.Literal('city'),
    Type.Literal('county'),
    Type.Literal('town'),
  ]),
  parentCode: Type.Union([Type.Null(), Type.String()]),
  createdAt: DateTime,
});
/** An agency as staff see it. */
const Agency = Type.Object({
  version: Type.Number(),
  jurisdictionCode: Type.String(),
  name: Type.String(),
  createdAt: DateTime,
  id: Type.String(),
  districtCode: Type.Union([Type.Null(), Type.String()]),
  shortName: Type.String(),
  kind: Type.String(),
  active: Type.Boolean(),
});
export const PutAgenciesByIdResponse = Agency;
export const GetAgenciesResponse = Type.Array(Agency);
/** A user account as its administrators see it. */
const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  jurisdictionCode: Type.String(),
  districtCode: Type.String(),
  agencyId: Type.Union([Type.Null(), Type.String()]),
  partyId: Type.Union([Type.Null(), Type.String()]),
  partyCapacity: Type.Union([
    Type.Null(),
    Type.Literal('self'),
    Type.Literal('administrator'),
    Type.Literal('agent'),
  ]),
  agentName: Type.Union([Type.Null(), Type.String()]),
  agentIdNumber: Type.Union([Type.Null(), Type.String()]),
  phone: Type.Union([Type.Null(), Type.String()]),
  active: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  version: Type.Number(),
  createdAt: DateTime,
});
export const PutUsersByIdResponse = User;
export const GetUsersResponse = Type.Array(User);
export const GetDistrictsByCodeSettingsResponse = Type.Object({
  version: Type.Number(),
  districtCode: Type.String(),
  filingDeadlineWorkingDays: Type.Number(),
  textPublicationDeadlineWorkingDays: Type.Number(),
  reminderLeadWorkingDays: Type.Number(),
  assistanceWorkingDays: Type.Number(),
  keySupervisionRaise: Type.Number(),
  townsAdjustLists: Type.Boolean(),
  creditPlatforms: Type.Array(Type.String()),
  leadUnits: Type.Record(Type.String(), Type.String()),
  site: Nullable(SiteIdentity),
  updatedAt: DateTime,
});
export const PostJurisdictionsResponse = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union([
    Type.Literal('province'),
    Type.Literal('city'),
    Type.Literal('county'),
    Type.Literal('town'),
  ]),
  parentCode: Type.Union([Type.Null(), Type.String()]),
  version: Type.Number(),
  createdAt: DateTime,
});
export const PostAgenciesResponse = Agency;
export const PostUsersResponse = User;

/** A served district's name and the foot of its public site (null: not entered yet). */
export const GetPublicDistrictsByCodeSiteResponse = Type.Object({
  code: Type.String(),
  name: Type.String(),
  cityName: Type.String(),
  site: Nullable(SiteIdentity),
});

export const PublicDistrict = Type.Object({
  code: Type.String(),
  name: Type.String(),
  cityCode: Type.String(),
  cityName: Type.String(),
});
