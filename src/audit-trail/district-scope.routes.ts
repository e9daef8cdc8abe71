// ORG-2 for the routes of the audit trail: what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import type { RouteCase } from '../../tests/support/district-scope/probes.ts';

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/audit/entries',
    rule: 'the chain of a district the actor reaches; others are not found',
    probes: () => [
      { as: 'ls-admin', url: '/api/audit/entries?chain=370406', expect: 404 },
      { as: 'ls-auditor', url: '/api/audit/entries?chain=370406', expect: 404 },
      { as: 'ls-admin', url: '/api/audit/entries?chain=370000', expect: 404 },
      { as: 'st-admin', url: '/api/audit/entries?chain=370212', expect: 404 },
      { as: 'st-auditor', url: '/api/audit/entries?chain=370212', expect: 404 },
      { as: 'ls-justice', url: '/api/audit/entries?chain=370212', expect: 403 },
      { as: 'ls-admin', url: '/api/audit/entries?chain=370212&limit=200', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/audit/entries?chain=370212&limit=200', expect: 'clean' },
      { as: 'st-admin', url: '/api/audit/entries?chain=370406&limit=200', expect: 'clean' },
      { as: 'st-auditor', url: '/api/audit/entries?chain=370406&limit=200', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/audit/verification',
    rule: 'reports on the chains the actor may read only',
    probes: () => [
      { as: 'ls-admin', url: '/api/audit/verification', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/audit/verification', expect: 'clean' },
      { as: 'st-admin', url: '/api/audit/verification', expect: 'clean' },
      { as: 'ls-admin', url: '/api/audit/verification?chain=370406', expect: 'empty' },
      { as: 'ls-auditor', url: '/api/audit/verification?chain=370406', expect: 'empty' },
      { as: 'st-auditor', url: '/api/audit/verification?chain=370212', expect: 'empty' },
      { as: 'qd-justice', url: '/api/audit/verification', expect: 403 },
    ],
  },
];
