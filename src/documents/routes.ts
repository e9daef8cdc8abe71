import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { IdParam, responses, Uuid, Version } from '../platform/http/schemas.ts';
import { shanghaiDate } from '../platform/time.ts';
import { listDocumentFilings, receiveDocumentFiling } from './document-filings.ts';
import { getFormatText, publishFormatText, saveFormatText } from './format-texts.ts';
import { listServiceGuides } from './service-guide-list.ts';
import { getServiceGuide, publishServiceGuide, saveServiceGuide } from './service-guides.ts';
import { verifyStoredDocument } from './stored-documents.ts';
import { textsDashboard } from './texts-dashboard.ts';
import { workRuleSections } from './work-rule.ts';
import { getWorkRule, publishWorkRule, saveWorkRule } from './work-rules.ts';

const Anything = Type.Object({}, { additionalProperties: true });
const DistrictQuery = Type.Object({ district: Type.String({ pattern: '^\\d{6}$' }) });
const Kind = Type.Union([Type.Literal('notice'), Type.Literal('commitment')]);
const TextParams = Type.Object({ itemKey: Uuid, kind: Kind });
const Revision = Type.Integer({ minimum: 0, description: 'The draft revision read (0: never saved)' });
const Text = (max: number) => Type.String({ maxLength: max });
const FormatTextBody = Type.Object(
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
const WorkRuleBody = Type.Object(
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
const GuideBody = Type.Object(
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
const PublishBody = Type.Object({ revision: Revision }, { additionalProperties: false });

/** DOC-1..6 for staff: work rule, format texts, guides, their publication, filings, stored documents. */
export function documentRoutes(ctx: AppContext) {
  const { database } = ctx;
  const tags = ['documents'];
  const read = { querystring: DistrictQuery, response: responses({ 200: Anything }) };
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof DistrictQuery> }>(
      '/api/documents/texts',
      {
        schema: {
          tags,
          summary: '格式文本公布情况 Texts per item: published / due / overdue (DOC-3)',
          ...read,
        },
      },
      async (request) =>
        textsDashboard(
          database.db,
          authorize(request, 'documents.read'),
          request.query.district,
          shanghaiDate(ctx.clock()),
        ),
    );
    app.get<{ Params: Static<typeof TextParams>; Querystring: Static<typeof DistrictQuery> }>(
      '/api/documents/texts/:itemKey/:kind',
      {
        schema: {
          tags,
          summary: '告知书或承诺书（草稿或默认文本）A format text (DOC-2)',
          params: TextParams,
          ...read,
        },
      },
      async (request) =>
        getFormatText(
          database.db,
          authorize(request, 'documents.read'),
          request.query.district,
          request.params.itemKey,
          request.params.kind,
        ),
    );
    app.put<{
      Params: Static<typeof TextParams>;
      Querystring: Static<typeof DistrictQuery>;
      Body: Static<typeof FormatTextBody>;
    }>(
      '/api/documents/texts/:itemKey/:kind',
      {
        schema: {
          tags,
          summary: '保存格式文本草稿 Save a text draft',
          params: TextParams,
          querystring: DistrictQuery,
          body: FormatTextBody,
          response: responses({ 200: Anything }),
        },
      },
      async (request) =>
        saveFormatText({
          database,
          actor: authorize(request, 'documents.manage'),
          now: ctx.clock(),
          districtCode: request.query.district,
          ...request.params,
          text: request.body.text as never,
          revision: request.body.revision,
        }),
    );
    app.post<{
      Params: Static<typeof TextParams>;
      Querystring: Static<typeof DistrictQuery>;
      Body: Static<typeof PublishBody>;
    }>(
      '/api/documents/texts/:itemKey/:kind/publication',
      {
        schema: {
          tags,
          summary: '发布格式文本 Publish a text (DOC-2, DOC-3, DOC-5)',
          params: TextParams,
          querystring: DistrictQuery,
          body: PublishBody,
          response: responses({ 201: Anything }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await publishFormatText({
            database,
            actor: authorize(request, 'documents.manage'),
            now: ctx.clock(),
            districtCode: request.query.district,
            ...request.params,
            revision: request.body.revision,
          }),
        ),
    );
    app.get<{ Querystring: Static<typeof DistrictQuery> }>(
      '/api/documents/work-rule',
      { schema: { tags, summary: '通用性工作规程 The work rule being edited (DOC-1)', ...read } },
      async (request) =>
        getWorkRule(database.db, authorize(request, 'documents.read'), request.query.district),
    );
    app.put<{ Querystring: Static<typeof DistrictQuery>; Body: Static<typeof WorkRuleBody> }>(
      '/api/documents/work-rule',
      {
        schema: {
          tags,
          summary: '保存工作规程草稿 Save the work rule draft',
          querystring: DistrictQuery,
          body: WorkRuleBody,
          response: responses({ 200: Anything }),
        },
      },
      async (request) =>
        saveWorkRule({
          database,
          actor: authorize(request, 'documents.manage'),
          now: ctx.clock(),
          districtCode: request.query.district,
          rule: request.body.rule as never,
          revision: request.body.revision,
        }),
    );
    app.post<{ Querystring: Static<typeof DistrictQuery>; Body: Static<typeof PublishBody> }>(
      '/api/documents/work-rule/publication',
      {
        schema: {
          tags,
          summary: '发布工作规程 Publish the work rule as a version (DOC-1)',
          querystring: DistrictQuery,
          body: PublishBody,
          response: responses({ 201: Anything }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await publishWorkRule({
            database,
            actor: authorize(request, 'documents.manage'),
            now: ctx.clock(),
            districtCode: request.query.district,
            revision: request.body.revision,
          }),
        ),
    );
    app.get<{ Querystring: Static<typeof DistrictQuery> }>(
      '/api/documents/guides',
      {
        schema: {
          tags,
          summary: '办事指南 Guides per administrative matter (DOC-4)',
          querystring: DistrictQuery,
          response: responses({ 200: Type.Array(Anything) }),
        },
      },
      async (request) =>
        listServiceGuides(database.db, authorize(request, 'documents.read'), request.query.district),
    );
    app.get<{ Params: Static<typeof IdParam>; Querystring: Static<typeof DistrictQuery> }>(
      '/api/documents/guides/:id',
      { schema: { tags, summary: '办事指南（草稿或默认）A guide being edited', params: IdParam, ...read } },
      async (request) =>
        getServiceGuide(
          database.db,
          authorize(request, 'documents.read'),
          request.query.district,
          request.params.id,
        ),
    );
    app.put<{
      Params: Static<typeof IdParam>;
      Querystring: Static<typeof DistrictQuery>;
      Body: Static<typeof GuideBody>;
    }>(
      '/api/documents/guides/:id',
      {
        schema: {
          tags,
          summary: '保存办事指南草稿 Save a guide draft',
          params: IdParam,
          querystring: DistrictQuery,
          body: GuideBody,
          response: responses({ 200: Anything }),
        },
      },
      async (request) =>
        saveServiceGuide({
          database,
          actor: authorize(request, 'documents.manage'),
          now: ctx.clock(),
          districtCode: request.query.district,
          id: request.params.id,
          guide: request.body.guide,
          revision: request.body.revision,
        }),
    );
    app.post<{
      Params: Static<typeof IdParam>;
      Querystring: Static<typeof DistrictQuery>;
      Body: Static<typeof PublishBody>;
    }>(
      '/api/documents/guides/:id/publication',
      {
        schema: {
          tags,
          summary: '发布办事指南 Publish a guide (DOC-4)',
          params: IdParam,
          querystring: DistrictQuery,
          body: PublishBody,
          response: responses({ 201: Anything }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await publishServiceGuide({
            database,
            actor: authorize(request, 'documents.manage'),
            now: ctx.clock(),
            districtCode: request.query.district,
            id: request.params.id,
            revision: request.body.revision,
          }),
        ),
    );
    app.get<{ Querystring: Static<typeof DistrictQuery> }>(
      '/api/documents/filings',
      {
        schema: {
          tags,
          summary: '规程与文本备案 Filings of rules, texts and guides (DOC-5)',
          querystring: DistrictQuery,
          response: responses({ 200: Type.Array(Anything) }),
        },
      },
      async (request) =>
        listDocumentFilings(database.db, authorize(request, 'documents.read'), request.query.district),
    );
    app.post<{ Params: Static<typeof IdParam>; Body: { revision: number } }>(
      '/api/documents/filings/:id/receipt',
      {
        schema: {
          tags,
          summary: '确认备案 Record a filing received (DOC-5)',
          params: IdParam,
          body: Type.Object({ revision: Version }, { additionalProperties: false }),
          response: responses({ 200: Anything }),
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
    app.get<{ Params: Static<typeof IdParam> }>(
      '/api/documents/stored/:id/verification',
      {
        schema: {
          tags,
          summary: '核验存档文书 Check a stored document against its SM3 (DOC-6)',
          params: IdParam,
          response: responses({ 200: Anything }),
        },
      },
      async (request) =>
        verifyStoredDocument(database.db, request.params.id, authorize(request, 'documents.read')),
    );
  };
}
