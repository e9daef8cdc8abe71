import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatDate } from '../common/dates.ts';
import { type DerivedListKind, derivedListKinds, deriveItems } from '../common/derived-lists.ts';
import type { AppContext } from '../platform/context.ts';
import { matchesEtag } from '../platform/http/etag.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as S from './contract.ts';
import { listPublishedPlaces } from './list-published-places.ts';
import type { ListVersionRow } from './list-store.ts';
import type { PublishedLists } from './published-lists.ts';
import { diffVersions } from './version-diff.ts';
import { writeListWorkbook, XLSX_TYPE } from './workbook.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

const wantsXlsx = (request: FastifyRequest & { query: { format?: string } }) =>
  request.query.format === 'xlsx' ||
  (request.query.format === undefined && (request.headers.accept ?? '').includes(XLSX_TYPE));

/** Serves cached bytes of an immutable version with an ETag from its id; a matching If-None-Match gets 304. */
function sendVersionBytes(
  request: FastifyRequest,
  reply: FastifyReply,
  etag: string,
  type: string,
  bytes: Buffer,
  fileName?: string,
) {
  reply
    .header('etag', etag)
    .header('cache-control', 'public, max-age=0, must-revalidate')
    .header('vary', 'accept');
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send();
  if (fileName)
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  return reply.type(type).send(bytes);
}

const publicList = (version: ListVersionRow, code: string) => ({
  jurisdictionCode: code,
  title: version.title,
  version: version.versionNo,
  publishedAt: version.publishedAt.toISOString(),
  publishedOn: version.publishedOn,
  contentSm3: version.contentSm3,
  items: version.items,
  retained: version.retained,
});

/** LIST-4, LIST-5, LIST-8 open data: lists in force, earlier versions, diffs, derived lists, .xlsx. */
export function publicListRoutes(ctx: AppContext, published: PublishedLists) {
  const tags = ['public'];
  return async (app: TypedApp) => {
    app.get(
      '/api/public/lists',
      {
        schema: {
          tags,
          summary: '已公布清单的地区 Places with a published list (city, district, town)',
          response: responses({
            200: S.GetPublicListsResponse,
          }),
        },
      },
      async () => listPublishedPlaces(ctx.database.db),
    );
    app.get(
      '/api/public/districts/:code/list',
      {
        schema: {
          tags,
          summary: '现行清单（或指定版本）The list in force, or version N (LIST-4)',
          description: `JSON by default; .xlsx with ?format=xlsx or Accept: ${XLSX_TYPE}`,
          params: S.ListCodeParam,
          querystring: S.PublicListQuery,
          response: responses({ 200: S.PublicList, 304: Type.Null() }),
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const { version } = await published.version(code, request.query.version);
        if (wantsXlsx(request)) {
          const bytes = await published.rendered(version.id, 'xlsx', () =>
            writeListWorkbook({
              title: version.title,
              subtitle: `第 ${version.versionNo} 版 · ${formatDate(version.publishedOn)}发布`,
              items: version.items,
              retained: version.retained,
            }),
          );
          return sendVersionBytes(
            request,
            reply,
            `"${version.id}-xlsx"`,
            XLSX_TYPE,
            bytes,
            `${version.title}-第${version.versionNo}版.xlsx`,
          );
        }
        const bytes = await published.rendered(version.id, 'json', async () =>
          Buffer.from(JSON.stringify(publicList(version, code))),
        );
        return sendVersionBytes(request, reply, `"${version.id}"`, JSON_TYPE, bytes);
      },
    );
    app.get(
      '/api/public/districts/:code/list/versions',
      {
        schema: {
          tags,
          summary: '历次版本 Every published version (LIST-4)',
          params: S.ListCodeParam,
          response: responses({
            200: S.GetPublicListVersionsResponse,
          }),
        },
      },
      async (request) =>
        (await published.versions(request.params.code)).map(({ versionNo, publishedAt, ...v }) => ({
          version: versionNo,
          publishedAt: publishedAt.toISOString(),
          ...v,
        })),
    );
    app.get(
      '/api/public/districts/:code/list/diff',
      {
        schema: {
          tags,
          summary: '两版差异 Differences between two versions (LIST-4)',
          params: S.ListCodeParam,
          querystring: S.DiffQuery,
          response: responses({ 200: S.GetPublicDistrictsByCodeListDiffResponse }),
        },
      },
      async (request) => {
        const { code } = request.params;
        const [from, to] = [
          (await published.version(code, request.query.from)).version,
          (await published.version(code, request.query.to)).version,
        ];
        return {
          from: { version: from.versionNo, publishedOn: from.publishedOn },
          to: { version: to.versionNo, publishedOn: to.publishedOn },
          ...diffVersions(from.items, to.items),
        };
      },
    );
    app.get(
      '/api/public/districts/:code/derived/:kind',
      {
        schema: {
          tags,
          summary:
            '派生清单 Derived lists: exempt, online, on-site, assistance, disclosure, retained (LIST-5)',
          params: S.DerivedParams,
          querystring: S.PublicListQuery,
          response: responses({ 200: S.DerivedList, 304: Type.Null() }),
        },
      },
      async (request, reply) => {
        const { code, kind } = request.params;
        const { version } = await published.version(code, request.query.version);
        const title = `${version.title.replace(/清单$/, '')}·${derivedListKinds[kind as DerivedListKind].zh}`;
        const items = kind === 'retained' ? [] : deriveItems(kind, version.items);
        if (wantsXlsx(request)) {
          const bytes = await published.rendered(version.id, `${kind}.xlsx`, () =>
            writeListWorkbook({
              title,
              subtitle: `依据第 ${version.versionNo} 版清单（${formatDate(version.publishedOn)}发布）`,
              items,
              ...(kind === 'retained' ? { retained: version.retained } : {}),
            }),
          );
          return sendVersionBytes(
            request,
            reply,
            `"${version.id}-${kind}-xlsx"`,
            XLSX_TYPE,
            bytes,
            `${title}.xlsx`,
          );
        }
        const bytes = await published.rendered(version.id, kind, async () =>
          Buffer.from(
            JSON.stringify({
              jurisdictionCode: code,
              kind,
              title,
              version: version.versionNo,
              publishedAt: version.publishedAt.toISOString(),
              publishedOn: version.publishedOn,
              items: kind === 'retained' ? version.retained : items,
            }),
          ),
        );
        return sendVersionBytes(request, reply, `"${version.id}-${kind}"`, JSON_TYPE, bytes);
      },
    );
  };
}
