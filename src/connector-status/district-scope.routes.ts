// ORG-2 for the routes of the connector status: what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { APPLICANTS, CASE_READERS } from '../../tests/support/district-scope/actors.ts';
import { byEach, type RouteCase } from '../../tests/support/district-scope/probes.ts';

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/connectors',
    rule: 'the big-data centre reads its own district’s outboxes and queries only; other roles are refused',
    probes: () => [
      ...byEach(['ls-data', 'st-data'], '/api/connectors', 'clean'),
      ...byEach(
        [...CASE_READERS.ls, ...CASE_READERS.st, ...APPLICANTS.ls, ...APPLICANTS.st],
        '/api/connectors',
        403,
      ),
    ],
  },
];
