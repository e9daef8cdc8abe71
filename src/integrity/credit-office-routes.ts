import { Type } from '@sinclair/typebox';
import { can } from '../platform/auth/permissions.ts';
import type { AppContext } from '../platform/context.ts';
import { forbidden } from '../platform/errors.ts';
import { authorize, requireActor } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { applyForRepair } from './apply-for-repair.ts';
import * as Contract from './contract.ts';
import { decideObjection } from './decide-objection.ts';
import { decideRepair } from './decide-repair.ts';
import { fileObjection } from './file-objection.ts';
import { gradeDistribution } from './grade-distribution.ts';
import { listObjections, listRepairs } from './list-credit-applications.ts';
import { listCreditRecords } from './list-credit-records.ts';
import { creditRules, publishCreditRules } from './publish-rulebook.ts';
import { recordFoundDishonesty } from './record-found-dishonesty.ts';
import { creditEvidence } from './stored-documents.ts';

const tags = ['credit'];

/** CRED-2..5: the credit office's rules, records, grades, repairs and objections; the applicant's side. */
export function creditOfficeRoutes(ctx: AppContext) {
  const { database } = ctx;
  return async (app: TypedApp) => {
    app.get(
      '/api/credit/rules',
      {
        schema: {
          tags,
          summary:
            '信用规则（失信类别、惩戒、分级）The district’s credit rules in force and their versions (CRED-2)',
          response: responses({ 200: Contract.GetCreditRulesResponse }),
        },
      },
      async (request) => creditRules(database.db, authorize(request, 'credit.read')),
    );
    app.post(
      '/api/credit/rules',
      {
        schema: {
          tags,
          summary: '发布信用规则新版本 Publish a new version of the credit rules (CRED-2)',
          body: Contract.PostCreditRulesBody,
          response: responses({ 201: Contract.PostCreditRulesResponse }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await publishCreditRules({
            database,
            actor: authorize(request, 'credit.manage'),
            now: ctx.clock(),
            input: request.body,
          }),
        ),
    );
    app.get(
      '/api/credit/records',
      {
        schema: {
          tags,
          summary: '本区失信记录 The district’s dishonesty records (CRED-2)',
          response: responses({ 200: Contract.GetCreditRecordsResponse }),
        },
      },
      async (request) => listCreditRecords(database.db, authorize(request, 'credit.read')),
    );
    app.post(
      '/api/credit/records',
      {
        schema: {
          tags,
          summary: '录入其他部门认定的失信信息 Enter dishonesty another authority found (CRED-2)',
          body: Contract.PostCreditRecordsBody,
          response: responses({ 201: Contract.PostCreditRecordsResponse }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordFoundDishonesty({
            database,
            actor: authorize(request, 'credit.manage'),
            now: ctx.clock(),
            input: request.body,
          }),
        ),
    );
    app.get(
      '/api/credit/grades',
      {
        schema: {
          tags,
          summary: '本区信用等级分布 How the district’s parties are graded (CRED-3)',
          response: responses({ 200: Contract.GetCreditGradesResponse }),
        },
      },
      async (request) => gradeDistribution(database.db, authorize(request, 'credit.read'), ctx.clock()),
    );
    app.get(
      '/api/credit/repairs',
      {
        schema: {
          tags,
          summary: '信用修复申请 The district’s credit repair applications (CRED-4)',
          response: responses({ 200: Contract.GetCreditRepairsResponse }),
        },
      },
      async (request) => listRepairs(database.db, authorize(request, 'credit.read')),
    );
    app.post(
      '/api/credit/repairs',
      {
        schema: {
          tags,
          summary: '申请信用修复 Apply for credit repair of one of one’s records (CRED-4)',
          body: Contract.PostCreditRepairsBody,
          response: responses({ 201: Contract.CreditApplicationAnswer }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await applyForRepair({
            database,
            actor: authorize(request, 'cases.apply'),
            now: ctx.clock(),
            input: request.body,
          }),
        ),
    );
    app.post(
      '/api/credit/repairs/:id/decision',
      {
        schema: {
          tags,
          summary: '信用修复决定 Grant or refuse a repair, with reasons (CRED-4)',
          params: IdParam,
          body: Contract.PostRepairDecisionBody,
          response: responses({ 200: Contract.DecisionAnswer }),
        },
      },
      async (request) =>
        decideRepair({
          database,
          actor: authorize(request, 'credit.manage'),
          now: ctx.clock(),
          id: request.params.id,
          input: request.body,
        }),
    );
    app.get(
      '/api/credit/objections',
      {
        schema: {
          tags,
          summary: '异议 The district’s objections to records and findings (CRED-5)',
          response: responses({ 200: Contract.GetCreditObjectionsResponse }),
        },
      },
      async (request) => listObjections(database.db, authorize(request, 'credit.review')),
    );
    app.post(
      '/api/credit/objections',
      {
        schema: {
          tags,
          summary: '提出异议 Object to a record or a verification finding (CRED-5)',
          body: Contract.PostCreditObjectionsBody,
          response: responses({ 201: Contract.CreditApplicationAnswer }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await fileObjection({
            database,
            actor: authorize(request, 'cases.apply'),
            now: ctx.clock(),
            input: request.body,
          }),
        ),
    );
    app.post(
      '/api/credit/objections/:id/decision',
      {
        schema: {
          tags,
          summary: '异议复核 Keep or correct what was objected to (never by its finder) (CRED-5)',
          params: IdParam,
          body: Contract.PostObjectionDecisionBody,
          response: responses({ 200: Contract.DecisionAnswer }),
        },
      },
      async (request) =>
        decideObjection({
          database,
          actor: authorize(request, 'credit.review'),
          now: ctx.clock(),
          id: request.params.id,
          input: request.body,
        }),
    );
    app.get(
      '/api/credit/evidence/:id',
      {
        schema: {
          tags,
          summary: '修复或异议的证明材料 An evidence file of a repair or an objection (CRED-4/5)',
          params: IdParam,
          response: responses({
            200: Type.Unsafe<Buffer>({
              description: '申请人上传的证明材料（PDF/JPG/PNG）；x-content-sm3 为其 SM3',
              content: {
                'application/pdf': { schema: { type: 'string', format: 'binary' } },
                'image/jpeg': { schema: { type: 'string', format: 'binary' } },
                'image/png': { schema: { type: 'string', format: 'binary' } },
              },
            }),
          }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!(['cases.apply', 'credit.read', 'credit.review'] as const).some((p) => can(actor, p)))
          throw forbidden();
        const document = await creditEvidence(database.db, actor, request.params.id);
        reply
          .type(document.contentType)
          .header('content-disposition', `attachment; filename="evidence-${document.id}"`)
          .header('x-content-sm3', document.sm3);
        return reply.send(document.bytes);
      },
    );
  };
}
