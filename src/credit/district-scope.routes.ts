// ORG-2 for the routes of credit pushes (CRED-6): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { byEach, type RouteCase } from '../../tests/support/district-scope/probes.ts';

/** A failed push of each district, queued by district-scope.api.test.ts before the probes. */
export const failedPushes = { ls: '', st: '' };

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/credit/pushes',
    rule: 'credit officers list their own district’s pushes only; other staff and applicants none',
    probes: () => [
      { as: 'ls-credit', url: '/api/credit/pushes', expect: 'clean' },
      { as: 'st-credit', url: '/api/credit/pushes?state=failed', expect: 'clean' },
      ...byEach(
        ['ls-auditor', 'ls-case-officer', 'st-justice', 'st-applicant', 'st-company'],
        '/api/credit/pushes',
        403,
      ),
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/pushes/{id}/retry',
    rule: 'a credit officer retries a failed push of their own district; another district’s is not found',
    probes: () => [
      { as: 'ls-credit', url: `/api/credit/pushes/${failedPushes.st}/retry`, body: {}, expect: 404 },
      { as: 'st-credit', url: `/api/credit/pushes/${failedPushes.ls}/retry`, body: {}, expect: 404 },
      ...byEach(['ls-case-officer', 'ls-applicant'], `/api/credit/pushes/${failedPushes.ls}/retry`, 403, {}),
      ...byEach(['st-verifier', 'st-admin'], `/api/credit/pushes/${failedPushes.st}/retry`, 403, {}),
    ],
  },
];
