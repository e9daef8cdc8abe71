import { and, asc, eq } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { verificationTasks } from './schema.ts';

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
        const rows = await database.db
          .select({
            task: verificationTasks,
            caseNo: cases.caseNo,
            matterName: cases.matterName,
            decidedOn: cases.decidedOn,
          })
          .from(verificationTasks)
          .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
          .where(
            and(
              eq(verificationTasks.districtCode, actor.districtCode),
              actor.agencyId ? eq(verificationTasks.agencyId, actor.agencyId) : undefined,
            ),
          )
          .orderBy(asc(verificationTasks.dueDate));
        return rows.map(({ task, caseNo, matterName, decidedOn }) => ({
          id: task.id,
          caseId: task.caseId,
          caseNo,
          matterName,
          decidedOn,
          proofName: task.proofName,
          kind: task.kind,
          verification: task.verification,
          method: task.method,
          assistingAgency: task.assistingAgency,
          dueDate: task.dueDate,
          state: task.state,
        }));
      },
    );
  };
}
