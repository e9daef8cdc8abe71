import { Type } from '@sinclair/typebox';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { addJurisdiction } from './add-jurisdiction.ts';
import * as Contract from './contract.ts';
import { PublicDistrict } from './contract.ts';
import { createAgency } from './create-agency.ts';
import { createUser } from './create-user.ts';
import { getDistrictSettings } from './get-district-settings.ts';
import { getDistrictSite } from './get-district-site.ts';
import { listAgencies } from './list-agencies.ts';
import { listJurisdictions } from './list-jurisdictions.ts';
import { listServedDistricts } from './list-served-districts.ts';
import { listUsers } from './list-users.ts';
import { renameJurisdiction } from './rename-jurisdiction.ts';
import { resetUserPassword } from './reset-user-password.ts';
import { updateAgency } from './update-agency.ts';
import { updateDistrictSettings } from './update-district-settings.ts';
import { updateUser } from './update-user.ts';

/** ORG-1..3: jurisdictions, agencies, users and district settings. */
export function organisationRoutes(ctx: AppContext, endSessions: (tx: Tx, userId: string) => Promise<void>) {
  const { database } = ctx;
  const tags = ['organisation'];
  return async (app: TypedApp) => {
    app.get(
      '/api/public/districts',
      {
        schema: {
          tags: ['public'],
          summary: '开通的区县 Served districts',
          response: responses({ 200: Type.Array(PublicDistrict) }),
        },
      },
      async () => listServedDistricts(database.db),
    );
    app.get(
      '/api/public/districts/:code/site',
      {
        schema: {
          tags: ['public'],
          summary: '网站信息 The district site’s sponsor, contacts and registrations (ORG-3)',
          params: Contract.DistrictParam,
          response: responses({ 200: Contract.GetPublicDistrictsByCodeSiteResponse }),
        },
      },
      async (request) => getDistrictSite(database.db, request.params.code),
    );
    app.get(
      '/api/jurisdictions',
      {
        schema: {
          tags,
          summary: '区划树 Jurisdiction tree (ORG-1)',
          response: responses({ 200: Contract.GetJurisdictionsResponse }),
        },
      },
      async (request) => listJurisdictions(database.db, authorize(request, 'organisation.read')),
    );
    app.post(
      '/api/jurisdictions',
      {
        schema: {
          tags,
          summary: '新增区划 Add a jurisdiction',
          body: Contract.PostJurisdictionsBody,
          response: responses({ 201: Contract.PostJurisdictionsResponse }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'organisation.manage');
        return reply
          .status(201)
          .send(await addJurisdiction({ database, actor, now: ctx.clock(), input: request.body }));
      },
    );
    app.put(
      '/api/jurisdictions/:code',
      {
        schema: {
          tags,
          summary: '修改区划名称 Rename',
          params: Contract.PutJurisdictionsByCodeParams,
          body: Contract.PutJurisdictionsByCodeBody,
          response: responses({ 200: Contract.PutJurisdictionsByCodeResponse }),
        },
      },
      async (request) =>
        renameJurisdiction({
          database,
          actor: authorize(request, 'organisation.manage'),
          now: ctx.clock(),
          code: request.params.code,
          input: request.body,
        }),
    );
    app.get(
      '/api/agencies',
      {
        schema: {
          tags,
          summary: '单位 Agencies',
          querystring: Contract.GetAgenciesQuery,
          response: responses({ 200: Contract.GetAgenciesResponse }),
        },
      },
      async (request) =>
        listAgencies(database.db, authorize(request, 'organisation.read'), {
          districtCode: request.query.district,
        }),
    );
    app.post(
      '/api/agencies',
      {
        schema: {
          tags,
          summary: '新增单位 Create an agency',
          body: Contract.PostAgenciesBody,
          response: responses({ 201: Contract.PostAgenciesResponse }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'organisation.manage');
        return reply
          .status(201)
          .send(await createAgency({ database, actor, now: ctx.clock(), input: request.body }));
      },
    );
    app.put(
      '/api/agencies/:id',
      {
        schema: {
          tags,
          summary: '修改单位 Update an agency',
          params: IdParam,
          body: Contract.PutAgenciesByIdBody,
          response: responses({ 200: Contract.PutAgenciesByIdResponse }),
        },
      },
      async (request) =>
        updateAgency({
          database,
          actor: authorize(request, 'organisation.manage'),
          now: ctx.clock(),
          id: request.params.id,
          input: request.body,
        }),
    );
    app.get(
      '/api/users',
      {
        schema: {
          tags,
          summary: '用户 Users (ORG-2)',
          response: responses({ 200: Contract.GetUsersResponse }),
        },
      },
      async (request) => listUsers(database.db, authorize(request, 'organisation.manage')),
    );
    app.post(
      '/api/users',
      {
        schema: {
          tags,
          summary: '新增用户 Create a user',
          body: Contract.PostUsersBody,
          response: responses({ 201: Contract.PostUsersResponse }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'organisation.manage');
        const user = await createUser({
          database,
          actor,
          now: ctx.clock(),
          hashing: ctx.config.passwordHashing,
          input: request.body,
        });
        return reply.status(201).send(user);
      },
    );
    app.put(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: '修改用户角色与范围 Update a user',
          params: IdParam,
          body: Contract.PutUsersByIdBody,
          response: responses({ 200: Contract.PutUsersByIdResponse }),
        },
      },
      async (request) =>
        updateUser({
          database,
          actor: authorize(request, 'organisation.manage'),
          now: ctx.clock(),
          id: request.params.id,
          input: request.body,
          endSessions,
        }),
    );
    app.post(
      '/api/users/:id/password-reset',
      {
        schema: {
          tags,
          summary: '重置密码 Reset a password',
          params: IdParam,
          body: Contract.PostUsersByIdPasswordResetBody,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await resetUserPassword({
          database,
          actor: authorize(request, 'organisation.manage'),
          now: ctx.clock(),
          hashing: ctx.config.passwordHashing,
          id: request.params.id,
          password: request.body.password,
          endSessions,
        });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/districts/:code/settings',
      {
        schema: {
          tags,
          summary: '区县配置 District settings (ORG-3)',
          params: Contract.DistrictParam,
          response: responses({ 200: Contract.GetDistrictsByCodeSettingsResponse }),
        },
      },
      async (request) =>
        getDistrictSettings(database.db, authorize(request, 'organisation.read'), request.params.code),
    );
    app.put(
      '/api/districts/:code/settings',
      {
        schema: {
          tags,
          summary: '修改区县配置 Update district settings (ORG-3)',
          params: Contract.DistrictParam,
          body: Contract.PutDistrictsByCodeSettingsBody,
          response: responses({ 200: Contract.GetDistrictsByCodeSettingsResponse }),
        },
      },
      async (request) =>
        updateDistrictSettings({
          database,
          actor: authorize(request, 'settings.manage'),
          now: ctx.clock(),
          districtCode: request.params.code,
          input: request.body,
        }),
    );
  };
}
