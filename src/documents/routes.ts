import type { Static, TObject, TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../platform/auth/actor.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { shanghaiDate } from '../platform/time.ts';
import * as Contract from './contract.ts';
import { listDocumentFilings, receiveDocumentFiling } from './document-filings.ts';
import { getFormatText, publishFormatText, saveFormatText } from './format-texts.ts';
import { listServiceGuides } from './service-guide-list.ts';
import { getServiceGuide, publishServiceGuide, saveServiceGuide } from './service-guides.ts';
import { verifyStoredDocument } from './stored-documents.ts';
import { textsDashboard } from './texts-dashboard.ts';
import { getWorkRule, publishWorkRule, saveWorkRule } from './work-rules.ts';

interface DraftBase {
  database: AppContext['database'];
  actor: Actor;
  now: Date;
  districtCode: string;
}

/**
 * The three routes of an edited document (work rule, format text, guide): GET the draft (or
 * default), PUT a draft read at a revision, POST its publication at that revision.
 */
function draftRoutes<P extends TObject, B extends TObject>(
  app: TypedApp,
  ctx: AppContext,
  route: {
    path: string;
    params: P | null;
    body: B;
    summaries: [string, string, string];
    /** What GET, PUT and POST …/publication answer. */
    answers: { draft: TSchema; saved: TSchema; published: TSchema };
    get: (actor: Actor, district: string, params: Static<P>) => Promise<unknown>;
    save: (base: DraftBase, params: Static<P>, body: Static<B>) => Promise<unknown>;
    publish: (base: DraftBase, params: Static<P>, revision: number) => Promise<unknown>;
  },
) {
  const tags = ['documents'];
  const params = route.params ? { params: route.params } : {};
  type Request = FastifyRequest<{ Params: Static<P>; Querystring: Static<typeof Contract.DistrictQuery> }>;
  const base = (request: Request): DraftBase => ({
    database: ctx.database,
    actor: authorize(request, 'documents.manage'),
    now: ctx.clock(),
    districtCode: request.query.district,
  });
  const [getSummary, saveSummary, publishSummary] = route.summaries;
  app.get(
    route.path,
    {
      schema: {
        tags,
        summary: getSummary,
        ...params,
        querystring: Contract.DistrictQuery,
        response: responses({ 200: route.answers.draft }),
      },
    },
    async (request) => {
      const r = request as Request;
      return route.get(authorize(r, 'documents.read'), r.query.district, r.params as Static<P>);
    },
  );
  app.put(
    route.path,
    {
      schema: {
        tags,
        summary: saveSummary,
        ...params,
        querystring: Contract.DistrictQuery,
        body: route.body,
        response: responses({ 200: route.answers.saved }),
      },
    },
    async (request) => {
      const r = request as Request;
      return route.save(base(r), r.params as Static<P>, request.body as Static<B>);
    },
  );
  app.post(
    `${route.path}/publication`,
    {
      schema: {
        tags,
        summary: publishSummary,
        ...params,
        querystring: Contract.DistrictQuery,
        body: Contract.PublishBody,
        response: responses({ 201: route.answers.published }),
      },
    },
    async (request, reply) => {
      const r = request as Request;
      const revision = (request.body as Static<typeof Contract.PublishBody>).revision;
      return reply.status(201).send(await route.publish(base(r), r.params as Static<P>, revision));
    },
  );
}

/** DOC-1..6 for staff: work rule, format texts, guides, their publication, filings, stored documents. */
export function documentRoutes(ctx: AppContext) {
  const { database } = ctx;
  const tags = ['documents'];
  return async (app: TypedApp) => {
    app.get(
      '/api/documents/texts',
      {
        schema: {
          tags,
          summary: '格式文本公布情况 Texts per item: published / due / overdue (DOC-3)',
          querystring: Contract.DistrictQuery,
          response: responses({ 200: Contract.GetDocumentsTextsResponse }),
        },
      },
      async (request) =>
        textsDashboard(
          database.db,
          authorize(request, 'documents.read'),
          request.query.district,
          shanghaiDate(ctx.clock()),
          await loadWorkingCalendar(database.db),
        ),
    );
    draftRoutes(app, ctx, {
      path: '/api/documents/texts/:itemKey/:kind',
      params: Contract.TextParams,
      body: Contract.FormatTextBody,
      summaries: [
        '告知书或承诺书（草稿或默认文本）A format text (DOC-2)',
        '保存格式文本草稿 Save a text draft',
        '发布格式文本 Publish a text (DOC-2, DOC-3, DOC-5)',
      ],
      get: (actor, district, p) => getFormatText(database.db, actor, district, p.itemKey, p.kind),
      save: (base, p, body) =>
        saveFormatText({ ...base, ...p, text: body.text as never, revision: body.revision }),
      answers: {
        draft: Contract.FormatTextDraft,
        saved: Contract.FormatTextSaved,
        published: Contract.FormatTextPublished,
      },
      publish: (base, p, revision) => publishFormatText({ ...base, ...p, revision }),
    });
    draftRoutes(app, ctx, {
      path: '/api/documents/work-rule',
      params: null,
      body: Contract.WorkRuleBody,
      summaries: [
        '通用性工作规程 The work rule being edited (DOC-1)',
        '保存工作规程草稿 Save the work rule draft',
        '发布工作规程 Publish the work rule as a version (DOC-1)',
      ],
      get: (actor, district) => getWorkRule(database.db, actor, district),
      save: (base, _p, body) => saveWorkRule({ ...base, rule: body.rule as never, revision: body.revision }),
      answers: {
        draft: Contract.WorkRuleDraft,
        saved: Contract.WorkRuleSaved,
        published: Contract.WorkRulePublished,
      },
      publish: (base, _p, revision) => publishWorkRule({ ...base, revision }),
    });
    app.get(
      '/api/documents/guides',
      {
        schema: {
          tags,
          summary: '办事指南 Guides per administrative matter (DOC-4)',
          querystring: Contract.DistrictQuery,
          response: responses({ 200: Contract.GetDocumentsGuidesResponse }),
        },
      },
      async (request) =>
        listServiceGuides(database.db, authorize(request, 'documents.read'), request.query.district),
    );
    draftRoutes(app, ctx, {
      path: '/api/documents/guides/:id',
      params: IdParam,
      body: Contract.ServiceGuideBody,
      summaries: [
        '办事指南（草稿或默认）A guide being edited',
        '保存办事指南草稿 Save a guide draft',
        '发布办事指南 Publish a guide (DOC-4)',
      ],
      get: (actor, district, p) => getServiceGuide(database.db, actor, district, p.id),
      save: (base, p, body) =>
        saveServiceGuide({ ...base, id: p.id, guide: body.guide, revision: body.revision }),
      answers: {
        draft: Contract.ServiceGuideDraft,
        saved: Contract.ServiceGuideSaved,
        published: Contract.ServiceGuidePublished,
      },
      publish: (base, p, revision) => publishServiceGuide({ ...base, id: p.id, revision }),
    });
    app.get(
      '/api/documents/filings',
      {
        schema: {
          tags,
          summary: '规程与文本备案 Filings of rules, texts and guides (DOC-5)',
          querystring: Contract.DistrictQuery,
          response: responses({ 200: Contract.GetDocumentsFilingsResponse }),
        },
      },
      async (request) =>
        listDocumentFilings(database.db, authorize(request, 'documents.read'), request.query.district),
    );
    app.post(
      '/api/documents/filings/:id/receipt',
      {
        schema: {
          tags,
          summary: '确认备案 Record a filing received (DOC-5)',
          params: IdParam,
          body: Contract.PostDocumentsFilingsByIdReceiptBody,
          response: responses({ 200: Contract.PostDocumentsFilingsByIdReceiptResponse }),
        },
      },
      async (request) =>
        receiveDocumentFiling({
          database,
          actor: authorize(request, 'documents.manage'),
          now: ctx.clock(),
          id: request.params.id,
          revision: request.body.revision,
        }),
    );
    app.get(
      '/api/documents/stored/:id/verification',
      {
        schema: {
          tags,
          summary: '核验存档文书 Check a stored document against its SM3 (DOC-6)',
          params: IdParam,
          response: responses({ 200: Contract.GetDocumentsStoredByIdVerificationResponse }),
        },
      },
      async (request) =>
        verifyStoredDocument(database.db, request.params.id, authorize(request, 'documents.read')),
    );
  };
}
