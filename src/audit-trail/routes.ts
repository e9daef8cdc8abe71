import { auditActions } from '../platform/audit/actions.ts';
import { verifyAuditTrail } from '../platform/audit/verify-audit-trail.ts';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { Report } from './contract.ts';
import { listAuditEntries } from './list-audit-entries.ts';
import { canReadChain } from './visible-chains.ts';

/** GOV-5: browse the audit trail and verify its hash chains. */
export function auditRoutes(ctx: AppContext) {
  const tags = ['audit'];
  return async (app: TypedApp) => {
    app.get(
      '/api/audit/entries',
      {
        schema: {
          tags,
          summary: '审计记录 Audit entries (GOV-5)',
          querystring: Contract.GetAuditEntriesQuery,
          response: responses({ 200: Contract.GetAuditEntriesResponse }),
        },
      },
      async (request) => listAuditEntries(ctx.database.db, authorize(request, 'audit.read'), request.query),
    );
    app.get(
      '/api/audit/verification',
      {
        schema: {
          tags,
          summary: '校验审计链 Verify the hash chains (GOV-5)',
          description: `Recomputes the SM3 chain and names the first broken link. Actions: ${auditActions.join(', ')}`,
          querystring: Contract.GetAuditVerificationQuery,
          response: responses({ 200: Report }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'audit.read');
        const reports = await verifyAuditTrail(
          ctx.database.db,
          request.query.chain ? [request.query.chain] : undefined,
        );
        return reports.filter((r) => canReadChain(actor, r.chain));
      },
    );
  };
}
