import { Type } from '@sinclair/typebox';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { listDeadlines } from './list-deadlines.ts';
import { listInbox } from './list-inbox.ts';
import { markAllNotificationsRead } from './mark-all-read.ts';
import { markNotificationRead } from './mark-read.ts';

/** GOV-4 / CASE-7: each user's inbox and the deadlines they answer for. */
export function inboxRoutes(ctx: AppContext) {
  const { database } = ctx;
  const tags = ['inbox'];
  return async (app: TypedApp) => {
    app.get(
      '/api/inbox',
      {
        schema: {
          tags,
          summary: '站内消息 My inbox',
          querystring: Contract.GetInboxQuery,
          response: responses({ 200: Contract.GetInboxResponse }),
        },
      },
      async (request) => listInbox(database.db, authorize(request, 'inbox.use'), request.query),
    );
    app.post(
      '/api/inbox/read-all',
      {
        schema: {
          tags,
          summary: '全部已读 Mark every message read',
          description: 'Idempotent: a second call marks and records nothing.',
          response: responses({ 200: Contract.MarkAllReadResponse }),
        },
      },
      async (request) =>
        markAllNotificationsRead({ database, actor: authorize(request, 'inbox.use'), now: ctx.clock() }),
    );
    app.post(
      '/api/inbox/:id/read',
      {
        schema: {
          tags,
          summary: '标记已读 Mark read',
          params: IdParam,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'inbox.use');
        await markNotificationRead({ database, actor, now: ctx.clock(), id: request.params.id });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/deadlines',
      {
        schema: {
          tags,
          summary: '期限 Open deadlines: mine, or a district’s (GOV-4)',
          querystring: Contract.GetDeadlinesQuery,
          response: responses({ 200: Contract.GetDeadlinesResponse }),
        },
      },
      async (request) => {
        const actor = authorize(request, request.query.district ? 'organisation.read' : 'inbox.use');
        return listDeadlines(database.db, actor, {
          now: ctx.clock(),
          calendar: await loadWorkingCalendar(database.db),
          districtCode: request.query.district,
        });
      },
    );
  };
}
