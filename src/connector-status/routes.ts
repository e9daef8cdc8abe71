import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { type Connectors, connectorStatus } from './connector-status.ts';
import * as Contract from './contract.ts';

/** 接口状态: the big-data centre watches the outside systems its district's work goes through. */
export function connectorStatusRoutes(ctx: AppContext, connectors: Connectors) {
  return async (app: TypedApp) => {
    app.get(
      '/api/connectors',
      {
        schema: {
          tags: ['connectors'],
          summary: '接口状态 The outside systems the district reaches, and their outboxes',
          response: responses({ 200: Contract.GetConnectorsResponse }),
        },
      },
      async (request) =>
        connectorStatus({
          db: ctx.database.db,
          actor: authorize(request, 'connectors.read'),
          connectors,
          now: ctx.clock(),
        }),
    );
  };
}
