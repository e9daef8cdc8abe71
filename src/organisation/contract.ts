import { Type } from '@sinclair/typebox';
import { DateTime } from '../platform/http/schemas.ts';

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
export const GetAgenciesResponse = Type.Array(
  Type.Object({
    version: Type.Number(),
    jurisdictionCode: Type.String(),
    name: Type.String(),
    createdAt: DateTime,
    id: Type.String(),
    districtCode: Type.Union([Type.Null(), Type.String()]),
    shortName: Type.String(),
    kind: Type.String(),
    active: Type.Boolean(),
  }),
);
export const PutAgenciesByIdResponse = Type.Object({
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
export const GetUsersResponse = Type.Array(
  Type.Object({
    agentIdNumber: Type.Union([Type.Null(), Type.String()]),
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
    phone: Type.Union([Type.Null(), Type.String()]),
    active: Type.Boolean(),
    mustChangePassword: Type.Boolean(),
    version: Type.Number(),
    createdAt: DateTime,
  }),
);
export const PutUsersByIdResponse = Type.Object({
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
export const GetDistrictsByCodeSettingsResponse = Type.Object({
  version: Type.Number(),
  districtCode: Type.String(),
  filingDeadlineWorkingDays: Type.Number(),
  textPublicationDeadlineWorkingDays: Type.Number(),
  reminderLeadWorkingDays: Type.Number(),
  townsAdjustLists: Type.Boolean(),
  creditPlatforms: Type.Array(Type.String()),
  leadUnits: Type.Record(Type.String(), Type.String()),
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
export const PostAgenciesResponse = Type.Object({
  name: Type.String(),
  version: Type.Number(),
  createdAt: DateTime,
  districtCode: Type.Union([Type.Null(), Type.String()]),
  id: Type.String(),
  jurisdictionCode: Type.String(),
  shortName: Type.String(),
  kind: Type.String(),
  active: Type.Boolean(),
});
export const PostUsersResponse = Type.Object({
  version: Type.Number(),
  createdAt: DateTime,
  districtCode: Type.String(),
  id: Type.String(),
  jurisdictionCode: Type.String(),
  active: Type.Boolean(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  agencyId: Type.Union([Type.Null(), Type.String()]),
  phone: Type.Union([Type.Null(), Type.String()]),
  partyId: Type.Union([Type.Null(), Type.String()]),
  partyCapacity: Type.Union([
    Type.Null(),
    Type.Literal('self'),
    Type.Literal('administrator'),
    Type.Literal('agent'),
  ]),
  agentName: Type.Union([Type.Null(), Type.String()]),
  agentIdNumber: Type.Union([Type.Null(), Type.String()]),
  mustChangePassword: Type.Boolean(),
});
