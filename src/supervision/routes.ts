import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { approvePlan } from './approve-plan.ts';
import { completePlan } from './complete-plan.ts';
import * as Contract from './contract.ts';
import { declareConflict, withdrawConflict } from './declare-conflict.ts';
import { drawPlan } from './draw-plan.ts';
import { getPlan } from './get-plan.ts';
import { importInspectors } from './import-inspectors.ts';
import { inspectionAttachment } from './inspection-attachment.ts';
import { assessItemRisk, listItemRisks } from './item-risks.ts';
import {
  keySupervisionOfCase,
  liftKeySupervision,
  listKeySupervisions,
  putUnderKeySupervision,
} from './key-supervision.ts';
import { listInspectors } from './list-inspectors.ts';
import { listPlans } from './list-plans.ts';
import { recordInspectionResult } from './record-inspection-result.ts';
import { saveInspector } from './save-inspector.ts';
import { cancelPlan, createPlan, editPlan } from './save-plan.ts';

const tags = ['supervision'];
const InspectorParams = Type.Object({
  district: Contract.DistrictParam.properties.district,
  id: IdParam.properties.id,
});

/** SUP-1/SUP-2 for a district's staff: inspector pools, sampling plans and their draws, key supervision. */
export function supervisionRoutes(ctx: AppContext) {
  const { database } = ctx;
  const random = ctx.randomBytes ?? ((size: number) => new Uint8Array(randomBytes(size)));
  return async (app: TypedApp) => {
    const plan = (actor: ReturnType<typeof authorize>, id: string) =>
      getPlan(database.db, actor, id, ctx.clock());

    app.get(
      '/api/supervision/:district/inspectors',
      {
        schema: {
          tags,
          summary: '执法人员库 The district’s inspector pools with declared conflicts (SUP-1)',
          params: Contract.DistrictParam,
          response: responses({ 200: Type.Array(Contract.Inspector) }),
        },
      },
      async (request) =>
        listInspectors(database.db, authorize(request, 'supervision.read'), request.params.district),
    );
    app.post(
      '/api/supervision/:district/inspectors',
      {
        schema: {
          tags,
          summary: '新增执法人员 Add an inspector to an agency’s pool (SUP-1)',
          params: Contract.DistrictParam,
          body: Contract.InspectorBody,
          response: responses({ 201: Contract.SavedInspector }),
        },
      },
      async (request, reply) => {
        const saved = await saveInspector({
          database,
          actor: authorize(request, 'supervision.inspectors'),
          now: ctx.clock(),
          districtCode: request.params.district,
          inspectorId: null,
          revision: null,
          input: request.body,
        });
        return reply.status(201).send(saved);
      },
    );
    app.put(
      '/api/supervision/:district/inspectors/:id',
      {
        schema: {
          tags,
          summary: '修改执法人员 Change an inspector (name, fields, active) (SUP-1)',
          params: InspectorParams,
          body: Contract.PutInspectorBody,
          response: responses({ 200: Contract.SavedInspector }),
        },
      },
      async (request) => {
        const { revision, ...input } = request.body;
        return saveInspector({
          database,
          actor: authorize(request, 'supervision.inspectors'),
          now: ctx.clock(),
          districtCode: request.params.district,
          inspectorId: request.params.id,
          revision,
          input,
        });
      },
    );
    app.post(
      '/api/supervision/:district/inspectors/import',
      {
        schema: {
          tags,
          summary:
            '导入执法人员库 Import inspectors and conflicts from .xlsx (layout in docs/double-random.md)',
          params: Contract.DistrictParam,
          body: Contract.ImportInspectorsBody,
          response: responses({ 200: Contract.ImportInspectorsResponse }),
        },
      },
      async (request) =>
        importInspectors({
          database,
          actor: authorize(request, 'supervision.inspectors'),
          now: ctx.clock(),
          districtCode: request.params.district,
          file: Buffer.from(request.body.contentBase64, 'base64'),
        }),
    );
    app.post(
      '/api/supervision/inspectors/:id/conflicts',
      {
        schema: {
          tags,
          summary: '申报回避 Declare an inspector’s conflict with a company or person (SUP-1)',
          params: IdParam,
          body: Contract.ConflictBody,
          response: responses({ 201: Contract.Conflict }),
        },
      },
      async (request, reply) => {
        const row = await declareConflict({
          database,
          actor: authorize(request, 'supervision.inspectors'),
          now: ctx.clock(),
          inspectorId: request.params.id,
          input: request.body,
        });
        return reply.status(201).send(row);
      },
    );
    app.delete(
      '/api/supervision/inspectors/:id/conflicts/:conflictId',
      {
        schema: {
          tags,
          summary: '撤回回避申报 Withdraw a declared conflict (SUP-1)',
          params: Contract.ConflictParams,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await withdrawConflict({
          database,
          actor: authorize(request, 'supervision.inspectors'),
          now: ctx.clock(),
          inspectorId: request.params.id,
          conflictId: request.params.conflictId,
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/supervision/:district/plans',
      {
        schema: {
          tags,
          summary: '抽查计划 The district’s sampling plans (SUP-1)',
          params: Contract.DistrictParam,
          response: responses({ 200: Type.Array(Contract.PlanSummary) }),
        },
      },
      async (request) =>
        listPlans(database.db, authorize(request, 'supervision.read'), request.params.district),
    );
    app.post(
      '/api/supervision/:district/plans',
      {
        schema: {
          tags,
          summary: '制定抽查计划 Draft a sampling plan (SUP-1)',
          params: Contract.DistrictParam,
          body: Contract.PlanBody,
          response: responses({ 201: Contract.PlanDetail }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'supervision.plan');
        const created = await createPlan({
          database,
          actor,
          now: ctx.clock(),
          districtCode: request.params.district,
          input: request.body,
        });
        return reply.status(201).send(await plan(actor, created.id));
      },
    );
    app.get(
      '/api/supervision/plans/:id',
      {
        schema: {
          tags,
          summary: '抽查计划详情 A plan: terms, published hashes, strata, drawn objects and results (SUP-1)',
          params: IdParam,
          response: responses({ 200: Contract.PlanDetail }),
        },
      },
      async (request) => plan(authorize(request, 'supervision.read'), request.params.id),
    );
    app.put(
      '/api/supervision/plans/:id',
      {
        schema: {
          tags,
          summary: '修改草拟的计划 Edit a draft plan (SUP-1)',
          params: IdParam,
          body: Contract.PutPlanBody,
          response: responses({ 200: Contract.PlanDetail }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'supervision.plan');
        const { revision, ...input } = request.body;
        await editPlan({ database, actor, now: ctx.clock(), planId: request.params.id, revision, input });
        return plan(actor, request.params.id);
      },
    );
    const steps = {
      approve: {
        summary: '批准并冻结对象库，公布种子哈希 Approve: freeze the pool, publish the seed’s hash (SUP-1)',
        run: approvePlan,
      },
      cancel: { summary: '撤销草拟的计划 Cancel a draft plan', run: cancelPlan },
      draw: {
        summary: '公开抽取（公布种子）Draw on the draw date, revealing the seed (SUP-1)',
        run: drawPlan,
      },
      complete: { summary: '办结并公示 Complete once every result is in (SUP-1)', run: completePlan },
    } as const;
    for (const [step, { summary, run }] of Object.entries(steps))
      app.post(
        `/api/supervision/plans/:id/${step}`,
        {
          schema: {
            tags,
            summary,
            params: IdParam,
            body: Contract.PlanStepBody,
            response: responses({ 200: Contract.PlanDetail }),
          },
        },
        async (request) => {
          const actor = authorize(request, 'supervision.plan');
          await run({
            database,
            actor,
            now: ctx.clock(),
            randomBytes: random,
            planId: request.params.id,
            revision: request.body.revision,
          });
          return plan(actor, request.params.id);
        },
      );
    app.post(
      '/api/supervision/plans/:id/objects/:objectId/result',
      {
        schema: {
          tags,
          summary:
            '录入检查结果 Record an object’s result; a false commitment opens its handling (SUP-1, SUP-3)',
          params: Contract.ObjectParams,
          body: Contract.ResultBody,
          response: responses({ 200: Contract.PlanDetail }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'supervision.plan');
        await recordInspectionResult({
          database,
          actor,
          now: ctx.clock(),
          planId: request.params.id,
          objectId: request.params.objectId,
          input: request.body,
        });
        return plan(actor, request.params.id);
      },
    );

    app.get(
      '/api/supervision/plans/:id/objects/:objectId/attachments/:documentId',
      {
        schema: {
          tags,
          summary: '下载检查记录附件 Download an inspection record kept with a result (SUP-1)',
          params: Contract.AttachmentParams,
          response: responses({
            200: Type.Unsafe<Buffer>({
              description: '附件（PDF/JPG/PNG）；x-content-sm3 为其 SM3',
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
        const { id: planId, objectId, documentId } = request.params;
        const file = await inspectionAttachment(database.db, authorize(request, 'supervision.read'), {
          planId,
          objectId,
          documentId,
        });
        reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="inspection-${file.id}${file.extension}"`)
          .header('x-content-sm3', file.sm3);
        return reply.send(file.bytes);
      },
    );
    app.get(
      '/api/supervision/:district/key-supervisions',
      {
        schema: {
          tags,
          summary: '重点监管名单 Items and parties under key supervision (SUP-2)',
          params: Contract.DistrictParam,
          response: responses({ 200: Type.Array(Contract.KeySupervision) }),
        },
      },
      async (request) =>
        listKeySupervisions(
          database.db,
          authorize(request, 'supervision.read'),
          request.params.district,
          ctx.clock(),
        ),
    );
    app.post(
      '/api/supervision/:district/key-supervisions',
      {
        schema: {
          tags,
          summary: '列入重点监管 Put an item or a party under key supervision (SUP-2)',
          params: Contract.DistrictParam,
          body: Contract.KeySupervisionBody,
          response: responses({ 201: Contract.KeySupervision }),
        },
      },
      async (request, reply) => {
        const row = await putUnderKeySupervision({
          database,
          actor: authorize(request, 'supervision.key'),
          now: ctx.clock(),
          districtCode: request.params.district,
          input: request.body,
        });
        return reply.status(201).send(row);
      },
    );
    app.post(
      '/api/supervision/key-supervisions/:id/lift',
      {
        schema: {
          tags,
          summary: '解除重点监管 Lift key supervision early, with the reason (SUP-2)',
          params: IdParam,
          body: Contract.LiftBody,
          response: responses({ 200: Contract.KeySupervision }),
        },
      },
      async (request) =>
        liftKeySupervision({
          database,
          actor: authorize(request, 'supervision.key'),
          now: ctx.clock(),
          id: request.params.id,
          reason: request.body.reason,
        }),
    );
    app.get(
      '/api/supervision/cases/:id/key-supervision',
      {
        schema: {
          tags,
          summary: '案件的重点监管标记 What puts a case under key supervision today (SUP-2)',
          params: IdParam,
          response: responses({ 200: Type.Array(Contract.KeySupervision) }),
        },
      },
      async (request) =>
        keySupervisionOfCase(
          database.db,
          authorize(request, 'supervision.read'),
          request.params.id,
          ctx.clock(),
        ),
    );
    app.get(
      '/api/supervision/:district/item-risks',
      {
        schema: {
          tags,
          summary: '事项风险等级 Risk levels of the items in force (GOV-3)',
          params: Contract.DistrictParam,
          response: responses({ 200: Type.Array(Contract.ItemRisk) }),
        },
      },
      async (request) =>
        listItemRisks(
          database.db,
          authorize(request, 'supervision.read'),
          request.params.district,
          ctx.clock(),
        ),
    );
    app.put(
      '/api/supervision/:district/item-risks/:itemKey',
      {
        schema: {
          tags,
          summary: '评估事项风险 Assess an item’s risk (GOV-3)',
          params: Contract.ItemRiskParams,
          body: Contract.ItemRiskBody,
          response: responses({ 200: Contract.SavedItemRisk }),
        },
      },
      async (request) =>
        assessItemRisk({
          database,
          actor: authorize(request, 'supervision.key'),
          now: ctx.clock(),
          districtCode: request.params.district,
          itemKey: request.params.itemKey,
          input: request.body,
        }),
    );
  };
}
