import { eq } from 'drizzle-orm';
import { formatDate } from '../common/dates.ts';
import { guideDocument, textDocument, workRuleDocument } from '../common/document-models.ts';
import { jurisdictions } from '../organisation/index.ts';
import type { AppContext } from '../platform/context.ts';
import { PdfResponses, sendPdf } from '../platform/http/pdf.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { districtContextFor, documentNotFound } from './document-scope.ts';
import type { DocumentModel } from './pdf/render-document.ts';
import {
  guideVersion,
  publicWorkRule,
  publishedGuides,
  publishedTexts,
  textVersion,
} from './published-documents.ts';
import { workRuleVersions } from './schema.ts';
import { publishedPdf } from './stored-documents.ts';

const kindName = { notice: '告知书', commitment: '承诺书' } as const;

/** DOC-2..4 open data: published texts, guides and the work rule, each as JSON (for its page) and PDF. */
export function publicDocumentRoutes(ctx: AppContext) {
  const { database } = ctx;
  const tags = ['public'];
  const districtName = async (code: string) =>
    (
      await database.db
        .select({ name: jurisdictions.name })
        .from(jurisdictions)
        .where(eq(jurisdictions.code, code))
    )[0]?.name ?? code;
  const textModel = async (id: string): Promise<{ model: DocumentModel; district: string; name: string }> => {
    const v = await textVersion(database.db, id);
    return {
      district: v.districtCode,
      name: `${v.itemName}-${kindName[v.kind]}`,
      model: textDocument(v.text, {
        subtitle: `${v.administrativeMatter} · ${v.itemName}`,
        footer: `${await districtName(v.districtCode)} · 第 ${v.versionNo} 版 · ${formatDate(v.publishedAt)}公布`,
      }),
    };
  };
  return async (app: TypedApp) => {
    app.get(
      '/api/public/districts/:code/texts',
      {
        schema: {
          tags,
          summary: '已公布的告知书、承诺书格式文本 Published format texts (DOC-2, DOC-3)',
          params: Contract.DistrictParam,
          response: responses({ 200: Contract.GetPublicDistrictsByCodeTextsResponse }),
        },
      },
      async (request) => {
        await districtContextFor(database.db, null, request.params.code);
        return publishedTexts(database.db, request.params.code);
      },
    );
    app.get(
      '/api/public/districts/:code/guides',
      {
        schema: {
          tags,
          summary: '已公布的办事指南 Published service guides (DOC-4)',
          params: Contract.DistrictParam,
          response: responses({ 200: Contract.GetPublicDistrictsByCodeGuidesResponse }),
        },
      },
      async (request) => {
        await districtContextFor(database.db, null, request.params.code);
        return publishedGuides(database.db, request.params.code);
      },
    );
    app.get(
      '/api/public/districts/:code/work-rule',
      {
        schema: {
          tags,
          summary: '现行通用性工作规程 The work rule in force (DOC-1)',
          params: Contract.DistrictParam,
          response: responses({ 200: Contract.GetPublicDistrictsByCodeWorkRuleResponse }),
        },
      },
      async (request) => {
        await districtContextFor(database.db, null, request.params.code);
        return publicWorkRule(database.db, request.params.code);
      },
    );
    app.get(
      '/api/public/texts/:id',
      {
        schema: {
          tags,
          summary: '格式文本（网页版）A published text as a document',
          params: IdParam,
          response: responses({ 200: Contract.GetPublicTextsByIdResponse }),
        },
      },
      async (request) => {
        const { model } = await textModel(request.params.id);
        return { ...model, pdfUrl: `/api/public/texts/${request.params.id}/pdf` };
      },
    );
    app.get(
      '/api/public/texts/:id/pdf',
      {
        schema: {
          tags,
          summary: '格式文本 PDF（空白表样）A published text as a blank PDF form',
          params: IdParam,
          response: PdfResponses,
        },
      },
      async (request, reply) => {
        const { model, district, name } = await textModel(request.params.id);
        const doc = await publishedPdf(database, {
          districtCode: district,
          subject: `text:${request.params.id}`,
          model: () => model,
          now: ctx.clock(),
        });
        return sendPdf(request, reply, doc, `${name}.pdf`);
      },
    );
    app.get(
      '/api/public/guides/:id',
      {
        schema: {
          tags,
          summary: '办事指南（网页版）A published guide as a document',
          params: IdParam,
          response: responses({ 200: Contract.GetPublicTextsByIdResponse }),
        },
      },
      async (request) => {
        const v = await guideVersion(database.db, request.params.id);
        return {
          ...guideDocument(v.guide, { subtitle: v.matterName, footer: `第 ${v.versionNo} 版` }),
          pdfUrl: `/api/public/guides/${v.id}/pdf`,
        };
      },
    );
    app.get(
      '/api/public/guides/:id/pdf',
      { schema: { tags, summary: '办事指南 PDF', params: IdParam, response: PdfResponses } },
      async (request, reply) => {
        const v = await guideVersion(database.db, request.params.id);
        const model = guideDocument(v.guide, {
          subtitle: v.matterName,
          footer: `${await districtName(v.districtCode)} · 第 ${v.versionNo} 版`,
        });
        const doc = await publishedPdf(database, {
          districtCode: v.districtCode,
          subject: `guide:${v.id}`,
          model: () => model,
          now: ctx.clock(),
        });
        return sendPdf(request, reply, doc, `${v.guide.title}.pdf`);
      },
    );
    app.get(
      '/api/public/work-rules/:id/pdf',
      { schema: { tags, summary: '工作规程 PDF', params: IdParam, response: PdfResponses } },
      async (request, reply) => {
        const [v] = await database.db
          .select()
          .from(workRuleVersions)
          .where(eq(workRuleVersions.id, request.params.id));
        if (!v) throw documentNotFound();
        const model = workRuleDocument(
          v.rule,
          `${await districtName(v.districtCode)} · 第 ${v.versionNo} 版`,
        );
        const doc = await publishedPdf(database, {
          districtCode: v.districtCode,
          subject: `work-rule:${v.id}`,
          model: () => model,
          now: ctx.clock(),
        });
        return sendPdf(request, reply, doc, `${v.rule.title}.pdf`);
      },
    );
  };
}
