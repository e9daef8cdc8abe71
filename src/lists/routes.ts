import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../platform/auth/actor.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { shanghaiDate } from '../platform/time.ts';
import { getCatalogue } from './catalogue.ts';
import type { Proposal } from './change-request-store.ts';
import { claimItems } from './claim-items.ts';
import * as S from './contract.ts';
import { editDraft } from './edit-draft.ts';
import { getListDashboard } from './get-list-dashboard.ts';
import { getListWorkspace } from './get-list-workspace.ts';
import { importListWorkbook, previewListImport } from './import-list-workbook.ts';
import { getChangeRequest, listChangeRequests } from './list-change-requests.ts';
import { listExemptions } from './list-exemptions.ts';
import { listFilingsFor } from './list-filings.ts';
import { publishList } from './publish-list.ts';
import type { PublishedLists } from './published-lists.ts';
import { receiveFiling } from './receive-filing.ts';
import { recordRegulatorOpinion } from './record-regulator-opinion.ts';
import { reviewChangeRequest } from './review-change-request.ts';
import { resubmitChangeRequest, withdrawChangeRequest } from './revise-change-request.ts';
import { saveAdministrativeMatter } from './save-administrative-matter.ts';
import { saveCertificationMatter } from './save-certification-matter.ts';
import { submitChangeRequest } from './submit-change-request.ts';
import { submitFiling } from './submit-filing.ts';

type SaveCatalogueEntry<I> = (options: {
  database: AppContext['database'];
  actor: Actor;
  now: Date;
  districtCode: string;
  id: string | null;
  version: number | null;
  input: I;
}) => Promise<unknown>;

/** POST (create) and PUT (update at a version) of one kind of catalogue entry of a district. */
function catalogueEntryRoutes<B extends TObject, C extends TObject>(
  app: TypedApp,
  ctx: AppContext,
  entry: {
    path: string;
    create: string;
    update: string;
    body: B;
    changeBody: C;
    save: SaveCatalogueEntry<Static<B>>;
    answer: TSchema;
  },
) {
  const save = (
    request: FastifyRequest & { query: Static<typeof S.DistrictQuery> },
    id: string | null,
    version: number | null,
    input: Static<B>,
  ) =>
    entry.save({
      database: ctx.database,
      actor: authorize(request, 'lists.manage'),
      now: ctx.clock(),
      districtCode: request.query.district,
      id,
      version,
      input,
    });
  app.post(
    entry.path,
    {
      schema: {
        tags: ['lists'],
        summary: entry.create,
        querystring: S.DistrictQuery,
        body: entry.body,
        response: responses({ 201: entry.answer }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await save(request, null, null, request.body as Static<B>)),
  );
  app.put(
    `${entry.path}/:id`,
    {
      schema: {
        tags: ['lists'],
        summary: entry.update,
        params: S.MatterParams,
        querystring: S.DistrictQuery,
        body: entry.changeBody,
        response: responses({ 200: entry.answer }),
      },
    },
    async (request) => {
      const { version, ...input } = request.body as unknown as Static<B> & { version: number };
      const { id } = request.params as Static<typeof S.MatterParams>;
      return save(request as Parameters<typeof save>[0], id, version, input as Static<B>);
    },
  );
}

/** LIST-1..8 for staff: catalogue, drafts, claims, import, publication, change requests, filings. */
export function listRoutes(ctx: AppContext, published: PublishedLists) {
  const { database } = ctx;
  const tags = ['lists'];
  const calendar = () => loadWorkingCalendar(database.db);
  return async (app: TypedApp) => {
    app.get(
      '/api/catalogue',
      {
        schema: {
          tags,
          summary: '证明事项与行政事项目录 Catalogue (LIST-1)',
          querystring: S.DistrictQuery,
          response: responses({ 200: S.GetCatalogueResponse }),
        },
      },
      async (request) => getCatalogue(database.db, authorize(request, 'lists.read'), request.query.district),
    );
    catalogueEntryRoutes(app, ctx, {
      path: '/api/catalogue/matters',
      create: '新增证明事项 Add a certification matter (LIST-1)',
      update: '修改证明事项（含不适用类别）Update a matter (LIST-2)',
      body: S.CertificationMatterBody,
      changeBody: S.CertificationMatterChangeBody,
      save: saveCertificationMatter,
      answer: S.CertificationMatter,
    });
    catalogueEntryRoutes(app, ctx, {
      path: '/api/catalogue/administrative-matters',
      create: '新增行政事项 Add an administrative matter and the proofs it requires (LIST-1)',
      update: '修改行政事项 Update an administrative matter',
      body: S.AdministrativeMatterBody,
      changeBody: S.AdministrativeMatterChangeBody,
      save: saveAdministrativeMatter,
      answer: S.AdministrativeMatter,
    });
    app.get(
      '/api/lists/:code',
      {
        schema: {
          tags,
          summary: '清单工作台 List workspace: draft, versions, claims (LIST-3, LIST-4)',
          params: S.ListCodeParam,
          response: responses({ 200: S.GetListsByCodeResponse }),
        },
      },
      async (request) => getListWorkspace(database.db, authorize(request, 'lists.read'), request.params.code),
    );
    app.get(
      '/api/lists/:code/dashboard',
      {
        schema: {
          tags,
          summary: '应承诺未承诺与重点领域覆盖 Dashboard (LIST-2)',
          params: S.ListCodeParam,
          response: responses({ 200: S.GetListsByCodeDashboardResponse }),
        },
      },
      async (request) => getListDashboard(database.db, authorize(request, 'lists.read'), request.params.code),
    );
    app.post(
      '/api/lists/:code/items',
      {
        schema: {
          tags,
          summary: '草稿新增条目 Add a draft item (LIST-1, LIST-5)',
          params: S.ListCodeParam,
          body: S.ItemTermsBody,
          response: responses({ 201: S.PostListsByCodeItemsResponse }),
        },
      },
      async (request, reply) => {
        const item = await editDraft({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          listCode: request.params.code,
          edit: { kind: 'add', input: request.body },
        });
        return reply.status(201).send(item);
      },
    );
    app.put(
      '/api/lists/:code/items/:id',
      {
        schema: {
          tags,
          summary: '修改草稿条目 Amend a draft item',
          params: S.ItemParams,
          body: S.ItemAmendBody,
          response: responses({ 200: S.PutListsByCodeItemsByIdResponse }),
        },
      },
      async (request) => {
        const { revision, industryRegulator, ...input } = request.body;
        return editDraft({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          listCode: request.params.code,
          edit: { kind: 'amend', itemId: request.params.id, revision, input, industryRegulator },
        });
      },
    );
    app.post(
      '/api/lists/:code/draft/:rowId/regulator-opinion',
      {
        schema: {
          tags,
          summary: '行业主管部门出具免予核查意见 The industry regulator’s opinion on an exemption (VER-5)',
          params: S.DraftRowParams,
          body: S.RegulatorOpinionBody,
          response: responses({ 200: S.PutListsByCodeItemsByIdResponse }),
        },
      },
      async (request) =>
        recordRegulatorOpinion({
          database,
          actor: authorize(request, 'lists.regulate'),
          now: ctx.clock(),
          listCode: request.params.code,
          rowId: request.params.rowId,
          input: request.body,
        }),
    );
    app.get(
      '/api/lists/exemptions',
      {
        schema: {
          tags,
          summary: '免予核查事项及行业主管部门意见 Exempt items and their regulators’ opinions (VER-5)',
          response: responses({ 200: S.GetListsExemptionsResponse }),
        },
      },
      async (request) => listExemptions(database.db, authorize(request, 'lists.read')),
    );
    app.delete(
      '/api/lists/:code/items/:id',
      {
        schema: {
          tags,
          summary: '删除草稿条目 Remove a draft item',
          params: S.ItemParams,
          querystring: S.RevisionQuery,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await editDraft({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          listCode: request.params.code,
          edit: { kind: 'remove', itemId: request.params.id, revision: request.query.revision },
        });
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/lists/:code/claims',
      {
        schema: {
          tags,
          summary: '认领上级清单 Claim items of the list above (LIST-3)',
          params: S.ListCodeParam,
          body: S.ClaimBody,
          response: responses({ 200: S.PostListsByCodeClaimsResponse }),
        },
      },
      async (request) =>
        claimItems({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          listCode: request.params.code,
          itemKeys: request.body.itemKeys ?? null,
        }),
    );
    /** An uploaded workbook as the import (or its preview) reads it. */
    const importOf = async (
      request: FastifyRequest & { params: { code: string }; body: Static<typeof S.ImportBody> },
    ) => ({
      database,
      actor: authorize(request, 'lists.manage'),
      now: ctx.clock(),
      calendar: await calendar(),
      listCode: request.params.code,
      file: Buffer.from(request.body.contentBase64, 'base64'),
      fileName: request.body.fileName,
      publishedOn: request.body.publishedOn ?? null,
    });
    app.post(
      '/api/lists/:code/imports/preview',
      {
        bodyLimit: 15_000_000,
        schema: {
          tags,
          summary: '导入预览 What importing a list workbook would change (LIST-8), changing nothing',
          params: S.ListCodeParam,
          body: S.ImportBody,
          response: responses({ 200: S.ImportPreview }),
        },
      },
      async (request) => previewListImport(await importOf(request)),
    );
    app.post(
      '/api/lists/:code/imports',
      {
        bodyLimit: 15_000_000,
        schema: {
          tags,
          summary: '导入 .xlsx 清单 Import a list workbook (LIST-8)',
          params: S.ListCodeParam,
          body: S.ImportBody,
          response: responses({ 201: S.PostListsByCodeImportsResponse }),
        },
      },
      async (request, reply) => {
        const outcome = await importListWorkbook({
          ...(await importOf(request)),
          confirmFileSm3: request.body.confirmFileSm3,
        });
        published.invalidate(request.params.code);
        return reply.status(201).send(outcome);
      },
    );
    app.post(
      '/api/lists/:code/versions',
      {
        schema: {
          tags,
          summary: '发布新版本 Publish the draft as a version (LIST-4, LIST-7)',
          params: S.ListCodeParam,
          body: S.PublishBody,
          response: responses({ 201: S.PostListsByCodeVersionsResponse }),
        },
      },
      async (request, reply) => {
        const { items: _items, ...version } = await publishList({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          calendar: await calendar(),
          listCode: request.params.code,
          draftRevision: request.body.draftRevision,
          note: request.body.note,
          onPublished: published.invalidate,
        });
        return reply.status(201).send(version);
      },
    );
    app.get(
      '/api/list-changes',
      {
        schema: {
          tags,
          summary: '清单变更申请 Change requests (LIST-6)',
          querystring: S.ChangeRequestQuery,
          response: responses({ 200: S.GetListChangesResponse }),
        },
      },
      async (request) => listChangeRequests(database.db, authorize(request, 'lists.read'), request.query),
    );
    app.get(
      '/api/list-changes/:id',
      {
        schema: {
          tags,
          summary: '变更申请详情 A change request with its history',
          params: IdParam,
          response: responses({ 200: S.GetListChangesByIdResponse }),
        },
      },
      async (request) => getChangeRequest(database.db, authorize(request, 'lists.read'), request.params.id),
    );
    app.post(
      '/api/list-changes',
      {
        schema: {
          tags,
          summary: '提出变更申请 Submit a change request (LIST-6)',
          body: S.ChangeRequestBody,
          response: responses({ 201: S.PostListChangesResponse }),
        },
      },
      async (request, reply) => {
        const { targetItemId, proposal, ...rest } = request.body;
        const row = await submitChangeRequest({
          database,
          actor: authorize(request, 'lists.request'),
          now: ctx.clock(),
          input: { ...rest, proposal: proposal as Proposal, targetItemId: targetItemId ?? null },
        });
        return reply.status(201).send(row);
      },
    );
    app.post(
      '/api/list-changes/:id/review',
      {
        schema: {
          tags,
          summary: '审核：通过、不予通过、退回 Review (LIST-6)',
          params: IdParam,
          body: S.ReviewBody,
          response: responses({ 200: S.PostListChangesByIdReviewResponse }),
        },
      },
      async (request) =>
        reviewChangeRequest({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          id: request.params.id,
          ...request.body,
        }),
    );
    app.post(
      '/api/list-changes/:id/resubmit',
      {
        schema: {
          tags,
          summary: '修改后重新提交 Resubmit a returned request',
          params: IdParam,
          body: S.ResubmitBody,
          response: responses({ 200: S.PostListChangesByIdReviewResponse }),
        },
      },
      async (request) => {
        const { revision, proposal, ...rest } = request.body;
        return resubmitChangeRequest({
          database,
          actor: authorize(request, 'lists.request'),
          now: ctx.clock(),
          id: request.params.id,
          revision,
          input: { ...rest, proposal: proposal as Proposal, targetItemId: null },
        });
      },
    );
    app.post(
      '/api/list-changes/:id/withdraw',
      {
        schema: {
          tags,
          summary: '撤回变更申请 Withdraw a request',
          params: IdParam,
          body: S.WithdrawBody,
          response: responses({ 200: S.PostListChangesByIdReviewResponse }),
        },
      },
      async (request) =>
        withdrawChangeRequest({
          database,
          actor: authorize(request, 'lists.request'),
          now: ctx.clock(),
          id: request.params.id,
          ...request.body,
        }),
    );
    app.get(
      '/api/list-filings',
      {
        schema: {
          tags,
          summary: '清单备案 Filings (LIST-7)',
          response: responses({ 200: S.GetListFilingsResponse }),
        },
      },
      async (request) =>
        listFilingsFor(
          database.db,
          authorize(request, 'lists.read'),
          shanghaiDate(ctx.clock()),
          await calendar(),
        ),
    );
    app.post(
      '/api/list-filings/:id/submit',
      {
        schema: {
          tags,
          summary: '报送备案 Send for filing',
          params: IdParam,
          body: S.FilingActionBody,
          response: responses({ 200: S.PostListFilingsByIdSubmitResponse }),
        },
      },
      async (request) =>
        submitFiling({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          id: request.params.id,
          ...request.body,
        }),
    );
    app.post(
      '/api/list-filings/:id/receive',
      {
        schema: {
          tags,
          summary: '确认接收备案 Mark a filing received',
          params: IdParam,
          body: S.FilingActionBody,
          response: responses({ 200: S.PostListFilingsByIdReceiveResponse }),
        },
      },
      async (request) =>
        receiveFiling({
          database,
          actor: authorize(request, 'lists.manage'),
          now: ctx.clock(),
          calendar: await calendar(),
          id: request.params.id,
          ...request.body,
        }),
    );
  };
}
