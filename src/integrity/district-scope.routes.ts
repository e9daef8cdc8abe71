// ORG-2 for the routes of credit (integrity files): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { byEach, type RouteCase } from '../../tests/support/district-scope/probes.ts';

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/credit/integrity-file',
    rule: 'an applicant’s own integrity file; staff have none',
    probes: () => [
      ...byEach(
        ['ls-credit', 'ls-case-officer', 'st-credit', 'st-justice'],
        '/api/credit/integrity-file',
        403,
      ),
      { as: 'ls-applicant', url: '/api/credit/integrity-file', expect: 'clean' },
      { as: 'st-applicant', url: '/api/credit/integrity-file', expect: 'clean' },
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/integrity-files/lookup',
    rule: 'credit officers and auditors find a party known to their own district only, with its records there',
    probes: (w) => [
      ...(['ls-credit', 'ls-auditor'] as const).flatMap((as) => [
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.st.identifier },
          expect: 404 as const,
        },
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.ls.identifier },
          expect: 'clean' as const,
        },
      ]),
      ...(['st-credit', 'st-auditor'] as const).flatMap((as) => [
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.ls.identifier },
          expect: 404 as const,
        },
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.st.identifier },
          expect: 'clean' as const,
        },
      ]),
      ...byEach(
        ['ls-justice', 'ls-case-officer', 'ls-applicant', 'st-verifier'],
        '/api/credit/integrity-files/lookup',
        403,
        { identifier: w.cases.st.identifier },
      ),
    ],
  },
];
