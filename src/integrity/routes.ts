import { provenParty } from '../platform/auth/proven-party.ts';
import type { AppContext } from '../platform/context.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { integrityFile } from './integrity-file.ts';
import { lookUpIntegrityFile } from './look-up-integrity-file.ts';

/** CRED-1: the applicant's own integrity file, and credit officers' look-up of a party's. */
export function integrityRoutes(ctx: AppContext) {
  const { database } = ctx;
  return async (app: TypedApp) => {
    app.get(
      '/api/credit/integrity-file',
      {
        schema: {
          tags: ['credit'],
          summary: '我的诚信档案 My integrity file: commitments and how they stand (CRED-1)',
          response: responses({ 200: Contract.GetCreditIntegrityFileResponse }),
        },
      },
      async (request) => {
        const actor = authorize(request, 'cases.apply');
        return integrityFile(database.db, provenParty(actor), ctx.clock(), null);
      },
    );
    // POST keeps the identifier out of URLs and access logs.
    app.post(
      '/api/credit/integrity-files/lookup',
      {
        schema: {
          tags: ['credit'],
          summary: '查询申请人诚信档案（本区）Look up a party’s integrity file in one’s district (CRED-1)',
          body: Contract.PostCreditIntegrityFilesLookupBody,
          response: responses({ 200: Contract.GetCreditIntegrityFileResponse }),
        },
      },
      async (request) =>
        lookUpIntegrityFile({
          database,
          actor: authorize(request, 'credit.read'),
          now: ctx.clock(),
          identifier: request.body.identifier,
        }),
    );
  };
}
