import { Type } from '@sinclair/typebox';
import type { AppContext } from '../platform/context.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as S from './contract.ts';
import { Disclosure } from './contract.ts';
import { publicDisclosures } from './public-disclosures.ts';

/** CASE-4 open data: disclosed commitments of a district. */
export function publicCaseRoutes(ctx: AppContext) {
  return async (app: TypedApp) => {
    app.get(
      '/api/public/districts/:code/disclosures',
      {
        schema: {
          tags: ['public'],
          summary: '承诺公开 Disclosed commitments, personal data masked (CASE-4, Q-2)',
          params: S.DistrictParam,
          response: responses({ 200: Type.Array(Disclosure) }),
        },
      },
      async (request) => publicDisclosures(ctx.database.db, request.params.code),
    );
  };
}
