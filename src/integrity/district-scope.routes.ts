// ORG-2 for the routes of credit (integrity files): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { byEach, type RouteCase } from '../../tests/support/district-scope/probes.ts';
import { defaultRulebook } from '../common/credit-rules.ts';

const { version: _version, ...RULES } = defaultRulebook;
/** A record another authority found, in a category no district has. */
const foundRecord = (identifier: string) => ({
  identifier,
  name: '某',
  category: 'no-such-category',
  description: 'x',
  authority: 'x',
  documentNo: 'x',
  basis: 'x',
});

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
  {
    method: 'GET',
    path: '/api/credit/rules',
    rule: 'the credit rules of the officer’s own district',
    probes: () => [
      ...byEach(['ls-credit', 'st-credit', 'ls-auditor'], '/api/credit/rules', 'clean'),
      ...byEach(['ls-applicant', 'st-case-officer'], '/api/credit/rules', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/rules',
    rule: 'a new version of the own district’s rules only, by its credit office',
    probes: () => [
      ...byEach(['ls-applicant', 'ls-auditor', 'st-verifier'], '/api/credit/rules', 403, {
        rules: RULES,
        reason: 'x',
      }),
      {
        as: 'st-credit',
        url: '/api/credit/rules',
        body: { reason: 'x' },
        expect: { status: 400, field: 'rules' },
      },
    ],
  },
  {
    method: 'GET',
    path: '/api/credit/records',
    rule: 'the dishonesty records made in the officer’s district',
    probes: () => [
      ...byEach(['ls-credit', 'st-credit', 'st-auditor'], '/api/credit/records', 'clean'),
      ...byEach(['ls-applicant', 'ls-justice'], '/api/credit/records', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/records',
    rule: 'a record is made in the officer’s own district, whoever the party',
    probes: (w) => [
      ...byEach(['ls-applicant', 'ls-case-officer', 'st-auditor'], '/api/credit/records', 403, {
        ...foundRecord(w.cases.ls.identifier),
        category: 'general',
      }),
      {
        as: 'st-credit',
        url: '/api/credit/records',
        body: foundRecord(w.cases.ls.identifier),
        expect: { status: 400, field: 'category' },
      },
    ],
  },
  {
    method: 'GET',
    path: '/api/credit/grades',
    rule: 'the grades of the parties known to the officer’s district',
    probes: () => [
      ...byEach(['ls-credit', 'st-credit'], '/api/credit/grades', 'clean'),
      ...byEach(['ls-applicant', 'st-regulator'], '/api/credit/grades', 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/credit/repairs',
    rule: 'the repair applications about the district’s records',
    probes: () => [
      ...byEach(['ls-credit', 'st-credit', 'ls-auditor'], '/api/credit/repairs', 'clean'),
      ...byEach(['st-applicant', 'ls-verifier'], '/api/credit/repairs', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/repairs',
    rule: 'an applicant applies for repair of their own records only',
    probes: (w) => [
      {
        as: 'st-applicant',
        url: '/api/credit/repairs',
        body: { recordId: w.credit.ls.recordId, rectification: 'x', evidence: [] },
        expect: 404,
      },
      {
        as: 'ls-applicant',
        url: '/api/credit/repairs',
        body: { recordId: w.credit.st.recordId, rectification: 'x', evidence: [] },
        expect: 404,
      },
      ...byEach(['ls-credit', 'st-case-officer'], '/api/credit/repairs', 403, {
        recordId: w.credit.ls.recordId,
        rectification: 'x',
        evidence: [],
      }),
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/repairs/{id}/decision',
    rule: 'only the credit office of the record’s district decides a repair',
    probes: (w) => [
      {
        as: 'st-credit',
        url: `/api/credit/repairs/${w.credit.ls.repairId}/decision`,
        body: { granted: true, reason: '同意' },
        expect: 404,
      },
      {
        as: 'ls-credit',
        url: `/api/credit/repairs/${w.credit.st.repairId}/decision`,
        body: { granted: true, reason: '同意' },
        expect: 404,
      },
      ...byEach(
        ['ls-applicant', 'ls-verifier'],
        `/api/credit/repairs/${w.credit.ls.repairId}/decision`,
        403,
        { granted: true, reason: '同意' },
      ),
    ],
  },
  {
    method: 'GET',
    path: '/api/credit/objections',
    rule: 'the objections about the district’s records and findings',
    probes: () => [
      ...byEach(['ls-credit', 'st-credit', 'ls-verifier', 'st-verifier'], '/api/credit/objections', 'clean'),
      ...byEach(['ls-applicant', 'st-justice'], '/api/credit/objections', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/objections',
    rule: 'an applicant objects to their own records and findings only',
    probes: (w) => [
      {
        as: 'st-company',
        url: '/api/credit/objections',
        body: { recordId: w.credit.ls.recordId, reasons: 'x', evidence: [] },
        expect: 404,
      },
      {
        as: 'ls-applicant',
        url: '/api/credit/objections',
        body: { taskId: w.verification.st.taskId, reasons: 'x', evidence: [] },
        expect: 404,
      },
      ...byEach(['ls-credit'], '/api/credit/objections', 403, {
        recordId: w.credit.ls.recordId,
        reasons: 'x',
        evidence: [],
      }),
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/objections/{id}/decision',
    rule: 'an objection is re-examined in its own district only',
    probes: (w) => [
      ...byEach(
        ['st-credit', 'st-verifier'],
        `/api/credit/objections/${w.credit.ls.objectionId}/decision`,
        404,
        { outcome: 'kept', answer: '维持' },
      ),
      {
        as: 'ls-verifier',
        url: `/api/credit/objections/${w.credit.st.objectionId}/decision`,
        body: { outcome: 'kept', answer: '维持' },
        expect: 404,
      },
      ...byEach(
        ['ls-applicant', 'ls-justice'],
        `/api/credit/objections/${w.credit.ls.objectionId}/decision`,
        403,
        { outcome: 'kept', answer: '维持' },
      ),
    ],
  },
  {
    method: 'GET',
    path: '/api/credit/evidence/{id}',
    rule: 'evidence of a repair or an objection, for its applicant and its district’s staff',
    probes: (w) => [
      ...byEach(['ls-credit', 'ls-applicant'], `/api/credit/evidence/${w.docs.st.stored}`, 404),
      ...byEach(['st-credit', 'st-company'], `/api/credit/evidence/${w.docs.ls.stored}`, 404),
      ...byEach(['ls-justice'], `/api/credit/evidence/${w.docs.ls.stored}`, 403),
    ],
  },
];
