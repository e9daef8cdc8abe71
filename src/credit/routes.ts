import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { listCreditPushes } from './list-credit-pushes.ts';
import type { CreditPushRelay } from './push-relay.ts';
import { retryCreditPush } from './retry-credit-push.ts';

const tags = ['credit'];

/** CRED-6 for the credit officer: the district's pushes to the credit platforms, and retrying a failed one. */
export function creditRoutes(ctx: AppContext, pushes: Pick<CreditPushRelay, 'nudge'> | null) {
  const { database } = ctx;
  return async (app: TypedApp) => {
    app.get(
      '/api/credit/pushes',
      {
        schema: {
          tags,
          summary:
            '信用信息推送 The district’s pushes to the credit platforms, with state and receipt (CRED-6)',
          querystring: Contract.GetCreditPushesQuery,
          response: responses({ 200: Contract.GetCreditPushesResponse }),
        },
      },
      async (request) =>
        listCreditPushes(database.db, authorize(request, 'credit.manage'), request.query.state),
    );
    app.post(
      '/api/credit/pushes/:id/retry',
      {
        schema: {
          tags,
          summary: '重新推送 Send a failed push again (CRED-6)',
          params: IdParam,
          body: Contract.PostCreditPushesRetryBody,
          response: responses({ 200: Contract.PostCreditPushesRetryResponse }),
        },
      },
      async (request) => {
        const retried = await retryCreditPush({
          database,
          actor: authorize(request, 'credit.manage'),
          now: ctx.clock(),
          pushId: request.params.id,
          note: request.body.note,
        });
        pushes?.nudge();
        return retried;
      },
    );
  };
}
