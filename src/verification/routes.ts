import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { listVerificationTasks } from './list-verification-tasks.ts';

/** VER-1: the verification tasks of one's agency (or district), planned at decisions. */
export function verificationRoutes(ctx: AppContext) {
  const { database } = ctx;
  return async (app: TypedApp) => {
    app.get(
      '/api/verification/tasks',
      {
        schema: {
          tags: ['verification'],
          summary: '核查任务 Verification tasks planned at decisions (VER-1)',
          response: responses({ 200: Contract.GetVerificationTasksResponse }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'lists.read');
        return listVerificationTasks(database.db, actor);
      },
    );
  };
}
