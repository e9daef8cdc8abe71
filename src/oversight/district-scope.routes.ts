// ORG-2 for the routes of oversight (GOV-2, LIST-7, DOC-5): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { APPLICANTS } from '../../tests/support/district-scope/actors.ts';
import { byEach, type RouteCase } from '../../tests/support/district-scope/probes.ts';

/** Justice bureaus at every level and the auditors read oversight; the rest of the staff do not. */
const OVERSEERS = {
  ls: ['ls-justice', 'qd-justice', 'ls-auditor'],
  st: ['st-justice', 'zz-justice', 'st-auditor', 'st-dianzi-justice'],
} as const;
const OTHER_STAFF = [
  'ls-admin',
  'ls-case-officer',
  'ls-verifier',
  'ls-credit',
  'ls-data',
  'st-admin',
  'st-regulator',
  'st-data',
] as const;

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/oversight/districts',
    rule: 'the districts within the actor’s reach and the filings sent to their own level only',
    probes: () => [
      ...byEach([...OVERSEERS.ls, ...OVERSEERS.st], '/api/oversight/districts', 'clean'),
      ...byEach([...OTHER_STAFF, ...APPLICANTS.ls, ...APPLICANTS.st], '/api/oversight/districts', 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/oversight/statistics',
    rule: 'statistics of a district within reach; another district is not found',
    probes: () => [
      ...byEach(OVERSEERS.ls, '/api/oversight/statistics', 'clean'),
      ...byEach(OVERSEERS.st, '/api/oversight/statistics', 'clean'),
      ...byEach(OVERSEERS.ls, '/api/oversight/statistics?district=370406', 404),
      ...byEach(OVERSEERS.st, '/api/oversight/statistics?district=370212', 404),
      ...byEach(
        OVERSEERS.ls,
        '/api/oversight/statistics?district=370212&from=2026-01-01&to=2026-12-31',
        'clean',
      ),
      ...byEach([...OTHER_STAFF, ...APPLICANTS.ls], '/api/oversight/statistics?district=370212', 403),
    ],
  },
];
