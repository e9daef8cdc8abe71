import rateLimit from '@fastify/rate-limit';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../platform/context.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as S from './contract.ts';
import { searchDistrict } from './search-district.ts';

/** Issue 17, the portal: one search over a district's published matters, list items and guides. */
export function publicPortalRoutes(ctx: AppContext) {
  return async (app: TypedApp) => {
    await app.register(rateLimit, { global: false });
    app.get(
      '/api/public/districts/:code/search',
      {
        // A search reads more than a page does; a generous cap per address keeps one caller from crowding out others.
        config: { rateLimit: { max: 120, timeWindow: 60_000 } },
        schema: {
          tags: ['public'],
          summary: '站内搜索 Search a district’s matters, list items and service guides',
          description: 'Published data only: the list in force and the latest version of each guide.',
          params: S.DistrictParam,
          querystring: S.GetPublicDistrictsByCodeSearchQuery,
          response: responses({
            200: S.GetPublicDistrictsByCodeSearchResponse,
            429: Type.Ref('ErrorResponse'),
          }),
        },
      },
      async (request) =>
        searchDistrict({
          db: ctx.database.db,
          now: ctx.clock(),
          districtCode: request.params.code,
          query: request.query.q,
        }),
    );
  };
}
