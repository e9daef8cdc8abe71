// ORG-2 for the routes of verification (VER-1 tasks): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { APPLICANTS, CASE_READERS } from '../../tests/support/district-scope/actors.ts';
import { byEach, type RouteCase } from '../../tests/support/district-scope/probes.ts';

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/verification/tasks',
    rule: 'the verification tasks of the actor’s district (agency staff: their agency’s)',
    probes: () => [
      ...byEach(CASE_READERS.ls, '/api/verification/tasks', 'clean'),
      ...byEach(CASE_READERS.st, '/api/verification/tasks', 'clean'),
      ...byEach([...APPLICANTS.ls, ...APPLICANTS.st], '/api/verification/tasks', 403),
    ],
  },
];
