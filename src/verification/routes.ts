import { Type } from '@sinclair/typebox';
import type { AppContext } from '../platform/context.ts';
import { DomainError } from '../platform/errors.ts';
import { authorize, requireActor } from '../platform/http/request-auth.ts';
import { IdParam, responses, Uuid } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { sendWorkbook } from '../platform/http/workbook-download.ts';
import { XLSX_TYPE } from '../platform/spreadsheet.ts';
import { shanghaiDate } from '../platform/time.ts';
import { answerAssistance, assistingAgencies, requestAssistance } from './assistance.ts';
import * as Contract from './contract.ts';
import {
  dataAccessWorkbook,
  delayDisplay,
  districtDataAccessLog,
  myDataAccessLog,
} from './data-access-log.ts';
import { recordFindingBeforeDecision } from './finding-before-decision.ts';
import { getTask } from './get-task.ts';
import { concludeHandlingAction, getHandling, listHandlings, takeHandlingAction } from './handling.ts';
import { listAssistance } from './list-assistance.ts';
import { listVerificationTasks } from './list-verification-tasks.ts';
import type { OnlineCheckRunner } from './online-check-runner.ts';
import { runDueOnlineChecks } from './online-checks.ts';
import { recordResult } from './record-result.ts';
import { requestRegularisation, submitCorrection } from './regularise.ts';
import { evidenceOf, startTask } from './task-steps.ts';
import { listVisits, recordVisit, scheduleVisit, visitProposals } from './visits.ts';

const tags = ['verification'];
const ActionParams = Type.Object({ id: Uuid, actionId: Uuid });

/**
 * VER-1..9 and SUP-3: the verifier's workbench (tasks, online checks, assistance, visits, results),
 * the handling of false commitments, and the subject's log of who looked at their data.
 */
export function verificationRoutes(ctx: AppContext, runner: OnlineCheckRunner | null) {
  const { database } = ctx;
  return async (app: TypedApp) => {
    const detail = (request: Parameters<typeof requireActor>[0], id: string) =>
      getTask(database.db, requireActor(request), id, ctx.clock());

    app.get(
      '/api/verification/tasks',
      {
        schema: {
          tags,
          summary: '核查任务（按到期日）Verification tasks by due date, with filters (VER-1)',
          querystring: Contract.TaskQuery,
          response: responses({ 200: Contract.GetVerificationTasksResponse }),
        },
      },
      async (request) =>
        listVerificationTasks(
          database.db,
          authorize(request, 'verification.read'),
          request.query,
          ctx.clock(),
        ),
    );
    app.get(
      '/api/verification/tasks/:id',
      {
        schema: {
          tags,
          summary: '核查任务详情 A task: commitment, facts, method, evidence, history (VER-1)',
          params: IdParam,
          response: responses({ 200: Contract.TaskDetail }),
        },
      },
      async (request) => {
        authorize(request, 'verification.read');
        return detail(request, request.params.id);
      },
    );
    app.post(
      '/api/verification/tasks/:id/run',
      {
        schema: {
          tags,
          summary: '立即线上核查 Run the online check now (VER-2)',
          params: IdParam,
          body: Contract.TaskStepBody,
          response: responses({ 200: Contract.TaskDetail }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'verification.perform');
        await detail(request, request.params.id);
        if (!runner)
          throw new DomainError(
            'UNAVAILABLE',
            '数据共享平台未配置',
            'The data-sharing platform is not configured',
          );
        await startTask({ database, actor, id: request.params.id, now: ctx.clock(), online: true });
        await runDueOnlineChecks({
          database,
          source: runner.source,
          now: ctx.clock,
          actor: { userId: actor.userId, name: actor.displayName, role: actor.role },
          taskId: request.params.id,
          batch: 1,
        });
        return detail(request, request.params.id);
      },
    );
    app.post(
      '/api/verification/tasks/:id/start',
      {
        schema: {
          tags,
          summary: '开始核查 Start a planned task (VER-1)',
          params: IdParam,
          body: Contract.TaskStepBody,
          response: responses({ 200: Contract.TaskDetail }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'verification.perform');
        await startTask({
          database,
          actor,
          id: request.params.id,
          now: ctx.clock(),
          online: false,
          revision: request.body.revision,
        });
        return detail(request, request.params.id);
      },
    );
    app.post(
      '/api/verification/tasks/:id/result',
      {
        schema: {
          tags,
          summary: '记录核查结果：属实、不实、无法核查 Record the outcome (VER-6, SUP-3)',
          params: IdParam,
          body: Contract.ResultBody,
          response: responses({ 200: Contract.TaskDetail }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'verification.perform');
        await recordResult({ database, actor, id: request.params.id, input: request.body, now: ctx.clock() });
        return detail(request, request.params.id);
      },
    );
    app.post(
      '/api/verification/tasks/:id/regularisation',
      {
        schema: {
          tags,
          summary: '告知补正（非主观故意的差错）Ask for a correction of a good-faith error (VER-7)',
          params: IdParam,
          body: Contract.RegulariseBody,
          response: responses({ 201: Contract.TaskDetail }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'verification.perform');
        await requestRegularisation({
          database,
          actor,
          id: request.params.id,
          input: request.body,
          now: ctx.clock(),
        });
        reply.status(201);
        return detail(request, request.params.id);
      },
    );
    app.post(
      '/api/verification/tasks/:id/assistance',
      {
        schema: {
          tags,
          summary: '发起协查（可跨区）Request assistance from another agency, in either district (VER-4)',
          params: IdParam,
          body: Contract.AssistanceBody,
          response: responses({ 201: Contract.TaskDetail }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'verification.perform');
        await requestAssistance({
          database,
          actor,
          id: request.params.id,
          input: request.body,
          now: ctx.clock(),
        });
        reply.status(201);
        return detail(request, request.params.id);
      },
    );
    app.get(
      '/api/verification/tasks/:id/evidence/:actionId',
      {
        schema: {
          tags,
          summary: '下载核查证据（签名的共享数据答复、附件）Download a piece of evidence (VER-2)',
          params: ActionParams,
          response: responses({
            200: Type.Unsafe<Buffer>({
              description: '签名的共享数据答复（JSON）或附件（PDF/JPG/PNG）；x-content-sm3 为其 SM3',
              content: {
                'application/json': { schema: { type: 'string', format: 'binary' } },
                'application/pdf': { schema: { type: 'string', format: 'binary' } },
                'image/jpeg': { schema: { type: 'string', format: 'binary' } },
                'image/png': { schema: { type: 'string', format: 'binary' } },
              },
            }),
          }),
        },
      },
      async (request, reply) => {
        authorize(request, 'verification.read');
        const evidence = await evidenceOf(
          database.db,
          requireActor(request),
          request.params.id,
          request.params.actionId,
        );
        reply
          .type(evidence.contentType)
          .header(
            'content-disposition',
            `attachment; filename="evidence-${evidence.id}${evidence.extension}"`,
          )
          .header('x-content-sm3', evidence.sm3);
        return reply.send(evidence.bytes);
      },
    );
    app.get(
      '/api/verification/assistance',
      {
        schema: {
          tags,
          summary:
            '协查请求（发给本单位的，及本单位发出的）Assistance requests to and from one’s agency (VER-4)',
          response: responses({ 200: Contract.GetAssistanceResponse }),
        },
      },
      async (request) => listAssistance(database.db, requireActor(request), ctx.clock()),
    );
    app.post(
      '/api/verification/assistance/:id/answer',
      {
        schema: {
          tags,
          summary: '答复协查 Answer an assistance request (VER-4)',
          params: IdParam,
          body: Contract.AnswerBody,
          response: responses({ 200: Contract.GetAssistanceResponse }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'verification.assist');
        await answerAssistance({
          database,
          actor,
          id: request.params.id,
          input: request.body,
          now: ctx.clock(),
        });
        return listAssistance(database.db, actor, ctx.clock());
      },
    );
    app.get(
      '/api/verification/assisting-agencies',
      {
        schema: {
          tags,
          summary: '可协查的单位（本平台各区）Agencies that can be asked, in every district served (VER-4)',
          response: responses({ 200: Contract.GetAssistingAgenciesResponse }),
        },
      },
      async (request) => {
        authorize(request, 'verification.perform');
        return assistingAgencies(database.db);
      },
    );
    app.get(
      '/api/verification/visits',
      {
        schema: {
          tags,
          summary: '现场核查安排 The agency’s on-site visits (VER-3)',
          response: responses({ 200: Contract.GetVisitsResponse }),
        },
      },
      async (request) => listVisits(database.db, authorize(request, 'verification.perform')),
    );
    app.get(
      '/api/verification/visits/proposals',
      {
        schema: {
          tags,
          summary: '可合并的现场核查（避免烦企扰民）On-site tasks one visit could check (VER-3)',
          response: responses({ 200: Contract.GetVisitProposalsResponse }),
        },
      },
      async (request) => visitProposals(database.db, authorize(request, 'verification.perform')),
    );
    app.post(
      '/api/verification/visits',
      {
        schema: {
          tags,
          summary: '安排现场核查（两名以上执法人员）Schedule a visit with two or more inspectors (VER-3)',
          body: Contract.ScheduleVisitBody,
          response: responses({ 201: Contract.GetVisitsResponse }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'verification.perform');
        await scheduleVisit({ database, actor, input: request.body, now: ctx.clock() });
        reply.status(201);
        return listVisits(database.db, actor);
      },
    );
    app.post(
      '/api/verification/visits/:id/record',
      {
        schema: {
          tags,
          summary: '记录现场核查结果 Record a visit’s findings and each task’s result (VER-3, VER-6)',
          params: IdParam,
          body: Contract.RecordVisitBody,
          response: responses({ 200: Contract.GetVisitsResponse }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'verification.perform');
        await recordVisit({ database, actor, id: request.params.id, input: request.body, now: ctx.clock() });
        return listVisits(database.db, actor);
      },
    );
    app.get(
      '/api/verification/handling',
      {
        schema: {
          tags,
          summary: '虚假承诺处理记录 Handling records of false commitments (SUP-3)',
          response: responses({ 200: Contract.GetHandlingsResponse }),
        },
      },
      async (request) => listHandlings(database.db, authorize(request, 'verification.read')),
    );
    app.get(
      '/api/verification/handling/:id',
      {
        schema: {
          tags,
          summary: '虚假承诺处理记录详情 A handling record with the actions its stage allows (SUP-3)',
          params: IdParam,
          response: responses({ 200: Contract.Handling }),
        },
      },
      async (request) => getHandling(database.db, authorize(request, 'verification.read'), request.params.id),
    );
    app.post(
      '/api/verification/handling/:id/actions',
      {
        schema: {
          tags,
          summary: '采取处理措施（终止办理、责令整改、撤销、处罚、移送）Take an action (SUP-3)',
          params: IdParam,
          body: Contract.HandlingActionBody,
          response: responses({ 201: Contract.Handling }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'verification.handle');
        await takeHandlingAction({
          database,
          actor,
          id: request.params.id,
          input: request.body,
          now: ctx.clock(),
        });
        reply.status(201);
        return getHandling(database.db, actor, request.params.id);
      },
    );
    app.post(
      '/api/verification/handling/:id/actions/:actionId/outcome',
      {
        schema: {
          tags,
          summary: '整改结果 How a rectification order ended (SUP-3)',
          params: ActionParams,
          body: Contract.HandlingActionOutcomeBody,
          response: responses({ 200: Contract.Handling }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'verification.handle');
        await concludeHandlingAction({
          database,
          actor,
          id: request.params.id,
          actionId: request.params.actionId,
          input: request.body,
          now: ctx.clock(),
        });
        return getHandling(database.db, actor, request.params.id);
      },
    );
    app.post(
      '/api/verification/findings',
      {
        schema: {
          tags,
          summary: '决定前认定承诺不实 Find a commitment false before the decision (SUP-3)',
          body: Type.Object({ commitmentId: Uuid, finding: Type.String({ minLength: 1, maxLength: 1000 }) }),
          response: responses({ 201: Contract.Handling }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'verification.handle');
        const handling = await recordFindingBeforeDecision({
          database,
          actor,
          input: request.body,
          now: ctx.clock(),
        });
        reply.status(201);
        return getHandling(database.db, actor, handling.id);
      },
    );
    app.post(
      '/api/verification/regularisations/:id/correction',
      {
        schema: {
          tags,
          summary: '申请人提交补正 The applicant’s correction of a good-faith error (VER-7)',
          params: IdParam,
          body: Contract.CorrectionBody,
          response: responses({ 200: Type.Object({ corrected: Type.Boolean() }) }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'cases.apply');
        await submitCorrection({
          database,
          actor,
          id: request.params.id,
          correction: request.body.correction,
          now: ctx.clock(),
        });
        return { corrected: true };
      },
    );
    app.get(
      '/api/me/data-access-log',
      {
        schema: {
          tags,
          summary: '谁查询了我的数据 Who looked at my data (VER-8)',
          response: responses({ 200: Contract.GetDataAccessLogResponse }),
        },
      },
      async (request) => myDataAccessLog(database.db, authorize(request, 'cases.apply'), ctx.clock()),
    );
    app.get(
      '/api/verification/data-access-log',
      {
        schema: {
          tags,
          summary: '本区（本单位）的数据查询记录 Queries one’s district or agency made (VER-8)',
          description: `JSON by default; .xlsx with ?format=xlsx (${XLSX_TYPE})`,
          querystring: Contract.GetDataAccessLogQuery,
          response: responses({ 200: Contract.GetDataAccessLogResponse }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'verification.read');
        const { format, ...filter } = request.query;
        if (format !== 'xlsx') return districtDataAccessLog(database.db, actor, filter);
        const entries = await districtDataAccessLog(database.db, actor, filter, 5000);
        const today = shanghaiDate(ctx.clock());
        const bytes = await dataAccessWorkbook(
          entries,
          '数据查询记录',
          `${filter.from ?? '—'} 至 ${filter.to ?? today} · 共 ${entries.length} 条 · ${today} 导出`,
        );
        return sendWorkbook(reply, bytes, `数据查询记录-${today}.xlsx`);
      },
    );
    app.post(
      '/api/verification/data-access-log/:id/delay',
      {
        schema: {
          tags,
          summary: '延迟向本人展示（须说明理由）Delay showing a query to its subject (VER-8)',
          params: IdParam,
          body: Contract.DelayBody,
          response: responses({ 200: Type.Object({ delayedUntil: Type.String() }) }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'verification.delay-display');
        await delayDisplay({ database, actor, id: request.params.id, input: request.body, now: ctx.clock() });
        return { delayedUntil: request.body.until };
      },
    );
  };
}
