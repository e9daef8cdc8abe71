import { Type } from '@sinclair/typebox';
import type { AppContext } from '../platform/context.ts';
import { DistrictParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import {
  getPublicInspection,
  getPublicPool,
  listPublicInspections,
  rerunPublicDraw,
} from './public-inspections.ts';

const tags = ['public'];

/** 一公开 (SUP-1): published plans, their frozen pools and a re-run anyone can ask for, without login. */
export function publicInspectionRoutes(ctx: AppContext) {
  const db = ctx.database.db;
  return async (app: TypedApp) => {
    app.get(
      '/api/public/districts/:code/inspections',
      {
        schema: {
          tags,
          summary: '双随机抽查公示 A district’s published sampling plans and results (SUP-1)',
          params: DistrictParam,
          response: responses({ 200: Type.Array(Contract.PublicInspection) }),
        },
      },
      async (request) => listPublicInspections(db, request.params.code),
    );
    app.get(
      '/api/public/inspections/:planId',
      {
        schema: {
          tags,
          summary:
            '抽查计划（含抽取输入）A plan with the frozen input of its draw, for `npm run verify-draw`',
          params: Contract.PlanParam,
          response: responses({ 200: Contract.PublicInspectionWithInput }),
        },
      },
      async (request) => getPublicInspection(db, request.params.planId),
    );
    app.get(
      '/api/public/inspections/:planId/pool',
      {
        schema: {
          tags,
          summary: '冻结的对象库 The frozen pool as case numbers (what poolHash covers)',
          params: Contract.PlanParam,
          response: responses({ 200: Contract.PublicPool }),
        },
      },
      async (request) => getPublicPool(db, request.params.planId),
    );
    app.post(
      '/api/public/inspections/:planId/rerun',
      {
        schema: {
          tags,
          summary:
            '重新演算抽取 Re-run the draw from the published seed and pool; equal to the published one?',
          params: Contract.PlanParam,
          body: Type.Optional(Contract.RerunBody),
          response: responses({ 200: Contract.RerunResponse }),
        },
      },
      async (request) => rerunPublicDraw(db, request.params.planId),
    );
  };
}
