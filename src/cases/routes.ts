import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { type CaseState, caseStates } from '../common/case-states.ts';
import type { AppContext } from '../platform/context.ts';
import { invalid } from '../platform/errors.ts';
import { PdfResponses, sendPdf } from '../platform/http/pdf.ts';
import { authorize, requireActor } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { applicableMatters, applicationForm } from './application-form.ts';
import { caseDecisionPdf, caseDocumentPdf, verifyCaseDocument } from './case-documents.ts';
import { caseFileDownload } from './case-file-download.ts';
import { changeProof } from './change-proof.ts';
import * as S from './contract.ts';
import { decideCase } from './decide-case.ts';
import { getCase } from './get-case.ts';
import { listCases } from './list-cases.ts';
import { resubmitCase } from './resubmit-case.ts';
import { signingPayloads } from './signing-payloads.ts';
import { submitApplication } from './submit-application.ts';
import { submitDraft } from './submit-draft.ts';
import { type SimpleCaseAction, takeCaseAction } from './take-case-action.ts';
import { uploadCaseFile } from './upload-case-file.ts';
import type { VerificationPort } from './verification-port.ts';
import { viewApplicantPersonalData } from './view-applicant-personal-data.ts';

const tags = ['cases'];

function parseStates(raw: string | undefined): CaseState[] | undefined {
  if (!raw) return undefined;
  const states = raw.split(',');
  const unknown = states.find((s) => !(caseStates as readonly string[]).includes(s));
  if (unknown) throw invalid('state', `未知的案件状态“${unknown}”`, `Unknown case state "${unknown}"`);
  return states as CaseState[];
}

/** CASE-1..7: applying, signing, withdrawing, handling and tracking cases. */
export function caseRoutes(ctx: AppContext, verification: VerificationPort) {
  const { database } = ctx;
  const reload = (request: FastifyRequest, id: string) =>
    getCase(database.db, verification, authorize(request, 'cases.read'), id);
  return async (app: TypedApp) => {
    app.get(
      '/api/cases/matters',
      {
        schema: {
          tags,
          summary: '可申请的行政事项 Matters one may apply for, proofs marked as listed today (CASE-1)',
          querystring: S.DistrictQuery,
          response: responses({ 200: S.GetCasesMattersResponse }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'cases.apply');
        return applicableMatters(database.db, actor, request.query.district, ctx.clock());
      },
    );
    app.get(
      '/api/cases/application-form',
      {
        schema: {
          tags,
          summary: '申请表：每项证明可否承诺、告知书与承诺书预览、适用资格 Application form (CASE-1..4)',
          querystring: S.FormQuery,
          response: responses({ 200: S.GetCasesApplicationFormResponse }),
        },
      },
      async (request) =>
        applicationForm(
          database.db,
          authorize(request, 'cases.apply'),
          request.query.matterId,
          ctx.clock(),
          request.query.identifier ?? null,
        ),
    );
    app.post(
      '/api/cases/files',
      {
        bodyLimit: 7_500_000,
        schema: {
          tags,
          summary: '上传证明材料或签字扫描件（PDF/JPG/PNG，≤5MB，base64）Upload a proof or a signature scan',
          body: S.UploadBody,
          response: responses({ 201: S.PostCasesFilesResponse }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        reply.status(201);
        return uploadCaseFile({ database, actor, now: ctx.clock(), input: request.body });
      },
    );
    app.post(
      '/api/cases',
      {
        // The case keeps its own key (in the same row), and a replay answers 200 with the case.
        config: { ownIdempotency: true },
        schema: {
          tags,
          summary: '提交申请（或保存草稿）Apply for a matter, or save a draft (CASE-1..4, Q-4)',
          description:
            'With an Idempotency-Key header the same request answers the same case (200) instead of a second one (201).',
          headers: S.IdempotencyHeaders,
          body: S.ApplicationBody,
          response: responses({ 200: S.PostCasesResponse, 201: S.PostCasesResponse }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'cases.apply');
        const { caseRow, replayed } = await submitApplication({
          database,
          actor,
          now: ctx.clock(),
          platformKey: ctx.platformKey,
          idempotencyKey: request.headers['idempotency-key'] ?? null,
          input: request.body,
        });
        reply.status(replayed ? 200 : 201);
        // A client that opens the case next needs only where it is (saves reading it all back).
        if (request.headers.prefer?.includes('return=minimal')) {
          reply.header('preference-applied', 'return=minimal');
          const { id, caseNo, state, revision } = caseRow;
          return { id, caseNo, state, revision };
        }
        return getCase(database.db, verification, actor, caseRow.id);
      },
    );
    app.get(
      '/api/cases',
      {
        schema: {
          tags,
          summary: '我的申请 / 办件队列 My cases, or the officer queue with due dates (CASE-7)',
          querystring: S.CaseListQuery,
          response: responses({ 200: S.GetCasesResponse }),
        },
      },
      async (request) =>
        listCases(database.db, authorize(request, 'cases.read'), {
          states: parseStates(request.query.state),
        }),
    );
    app.get(
      '/api/cases/:id',
      {
        schema: {
          tags,
          summary:
            '案件详情 A case: proofs, commitments, letters, clocks, verification plan, history (CASE-7)',
          params: IdParam,
          response: responses({ 200: S.GetCasesByIdResponse }),
        },
      },
      async (request) => reload(request, request.params.id),
    );
    // POST: each view is a record of its own (audited), and the answer must never be cached.
    app.post(
      '/api/cases/:id/personal-data',
      {
        schema: {
          tags,
          summary:
            '查看申请人完整证件号码和电话（留痕）The applicant’s full ID number and phone, audited (Q-2)',
          params: IdParam,
          response: responses({ 200: S.ApplicantPersonalData }),
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return viewApplicantPersonalData({
          database,
          actor: authorize(request, 'cases.read'),
          now: ctx.clock(),
          caseId: request.params.id,
        });
      },
    );
    app.get(
      '/api/cases/:id/signing-payloads',
      {
        schema: {
          tags,
          summary: '待签名内容（申请人SM2证书签名）What to sign with an applicant SM2 key (CASE-3)',
          params: IdParam,
          response: responses({ 200: S.GetCasesByIdSigningPayloadsResponse }),
        },
      },
      async (request) =>
        signingPayloads({
          database,
          actor: authorize(request, 'cases.apply'),
          now: ctx.clock(),
          id: request.params.id,
        }),
    );
    app.post(
      '/api/cases/:id/submit',
      {
        schema: {
          tags,
          summary: '提交草稿 Submit a draft (CASE-1..3)',
          params: IdParam,
          body: S.SubmitDraftBody,
          response: responses({ 200: S.GetCasesByIdResponse }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'cases.apply');
        await submitDraft({
          database,
          actor,
          now: ctx.clock(),
          platformKey: ctx.platformKey,
          id: request.params.id,
          revision: request.body.revision,
          proofs: request.body.proofs,
          signature: request.body.signature,
        });
        return reload(request, request.params.id);
      },
    );
    app.post(
      '/api/cases/:id/actions',
      {
        schema: {
          tags,
          summary:
            '受理、要求补正、终止、撤回、补正后提交 Accept, ask for correction, terminate, withdraw, resubmit',
          params: IdParam,
          body: S.ActionBody,
          response: responses({ 200: S.GetCasesByIdResponse }),
        },
      },
      async (request) => {
        const { action, revision, note } = request.body;
        const actor = authorize(
          request,
          action === 'withdraw' || action === 'resubmit' ? 'cases.apply' : 'cases.handle',
        );
        const common = { database, actor, now: ctx.clock(), id: request.params.id, revision };
        if (action === 'resubmit') await resubmitCase(common);
        else await takeCaseAction({ ...common, action: action as SimpleCaseAction, note: note ?? '' });
        return reload(request, request.params.id);
      },
    );
    app.post(
      '/api/cases/:id/decision',
      {
        schema: {
          tags,
          summary:
            '作出决定（准予/不予）Decide: approve or refuse, with date and document number (CASE-6, VER-1)',
          params: IdParam,
          body: S.DecisionBody,
          response: responses({ 200: S.PostCasesByIdDecisionResponse }),
        },
      },
      async (request) => {
        const { revision, ...input } = request.body;
        const result = await decideCase({
          database,
          actor: authorize(request, 'cases.handle'),
          now: ctx.clock(),
          id: request.params.id,
          revision,
          input,
          verification,
        });
        if (result.verificationTasks > 0) verification.afterDecision?.();
        return { ...(await reload(request, request.params.id)), eligibilityFailed: result.eligibilityFailed };
      },
    );
    for (const change of ['withdraw-commitment', 'attach-file'] as const)
      app.post(
        `/api/cases/:id/proofs/:proofId/${change}`,
        {
          schema: {
            tags,
            summary:
              change === 'withdraw-commitment'
                ? '中途撤回承诺、改交证明 Withdraw a commitment and submit the proof instead (CASE-5)'
                : '上传证明材料 Attach the file of a proof',
            params: S.ProofParams,
            body: S.ProofChangeBody,
            response: responses({ 200: S.GetCasesByIdResponse }),
          },
        },
        async (request) => {
          await changeProof({
            database,
            actor: authorize(request, 'cases.apply'),
            now: ctx.clock(),
            id: request.params.id,
            proofId: request.params.proofId,
            revision: request.body.revision,
            change,
            fileId: request.body.fileId ?? null,
            reason: request.body.reason ?? '',
          });
          return reload(request, request.params.id);
        },
      );
    app.get(
      '/api/cases/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: '下载证明材料或签字扫描件 Download an uploaded proof or signature scan of a case',
          params: S.FileParams,
          response: responses({
            200: Type.Unsafe<Buffer>({
              description: 'the file as uploaded (PDF, JPEG or PNG)',
              content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
            }),
          }),
        },
      },
      async (request, reply) => {
        const file = await caseFileDownload(
          database.db,
          authorize(request, 'cases.read'),
          request.params.id,
          request.params.fileId,
        );
        return reply
          .header('cache-control', 'private, no-store')
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-sm3', file.sm3)
          .type(file.contentType)
          .send(file.bytes);
      },
    );
    app.get(
      '/api/cases/:id/documents/:documentId/pdf',
      {
        schema: {
          tags,
          summary: '告知书、承诺书 PDF The filled notice or signed commitment (CASE-3, DOC-6)',
          params: S.DocumentParams,
          response: PdfResponses,
        },
      },
      async (request, reply) => {
        const { title, stored } = await caseDocumentPdf(
          database,
          authorize(request, 'cases.read'),
          request.params.id,
          request.params.documentId,
        );
        return sendPdf(request, reply, stored, `${title}.pdf`, 'private');
      },
    );
    app.get(
      '/api/cases/:id/decision/pdf',
      {
        schema: {
          tags,
          summary: '决定书 PDF The decision document of a decided case (CASE-6, DOC-6)',
          params: IdParam,
          response: PdfResponses,
        },
      },
      async (request, reply) => {
        const { title, stored } = await caseDecisionPdf(
          database,
          authorize(request, 'cases.read'),
          request.params.id,
        );
        return sendPdf(request, reply, stored, `${title}.pdf`, 'private');
      },
    );
    app.get(
      '/api/cases/:id/documents/:documentId/verification',
      {
        schema: {
          tags,
          summary: '校验文书 Whether a letter’s stored PDF is unaltered: its SM3 computed again (DOC-6)',
          params: S.DocumentParams,
          response: responses({ 200: S.DocumentVerification }),
        },
      },
      async (request) =>
        verifyCaseDocument(
          database,
          authorize(request, 'cases.read'),
          request.params.id,
          request.params.documentId,
        ),
    );
  };
}
