import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { shanghaiDate } from '../platform/time.ts';
import * as Contract from './contract.ts';
import { districtStatistics } from './district-statistics.ts';
import { districtsOverview } from './districts-overview.ts';

/** GOV-2, LIST-7, DOC-5: what the upper levels and the overseers read of the districts. */
export function oversightRoutes(ctx: AppContext) {
  const tags = ['oversight'];
  return async (app: TypedApp) => {
    app.get(
      '/api/oversight/districts',
      {
        schema: {
          tags,
          summary: '辖区概况与收到的备案 Filings received and the districts within reach',
          response: responses({ 200: Contract.GetOversightDistrictsResponse }),
        },
      },
      async (request) =>
        districtsOverview(ctx.database.db, authorize(request, 'oversight.read'), shanghaiDate(ctx.clock())),
    );
    app.get(
      '/api/oversight/statistics',
      {
        schema: {
          tags,
          summary: '统计 Statistics of a district over a period (GOV-2)',
          querystring: Contract.GetOversightStatisticsQuery,
          response: responses({ 200: Contract.GetOversightStatisticsResponse }),
        },
      },
      async (request) =>
        districtStatistics(
          ctx.database.db,
          authorize(request, 'oversight.read'),
          request.query,
          shanghaiDate(ctx.clock()),
        ),
    );
  };
}
