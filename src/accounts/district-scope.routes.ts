// ORG-2 for the routes of accounts (session, party claims, counter codes, companies' agents): what
// each route is probed with. Run by district-scope.api.test.ts; the coverage test in platform/http
// checks that every route has its entry.
import { expect } from 'vitest';
import { strangerId } from '../../tests/support/district-scope/actors.ts';
import { byEach, notFound, type RouteCase } from '../../tests/support/district-scope/probes.ts';

/** An id no record has. */
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/auth/me',
    rule: 'answers about the signed-in user only',
    probes: () => [
      { as: 'ls-admin', url: '/api/auth/me', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/auth/me', expect: 'clean' },
      { as: 'st-dianzi-justice', url: '/api/auth/me', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/auth/session',
    rule: 'answers about the signed-in user only (nobody, without a session)',
    probes: () => [
      { as: 'ls-admin', url: '/api/auth/session', expect: 'clean' },
      { as: 'st-dianzi-justice', url: '/api/auth/session', expect: 'clean' },
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    rule: 'ends the session of the cookie sent, nobody else’s',
    // No probe by a shared session (it would end it): a fresh one logs out instead.
    probes: () => [],
    async unchanged(w) {
      const session = await w.testApp.login('ls-justice');
      expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
      expect((await session.request('GET', '/api/auth/me')).statusCode).toBe(401);
      expect((await w.sessions['ls-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await w.sessions['st-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
    },
  },
  {
    method: 'GET',
    path: '/api/auth/party-claim',
    rule: 'the signed-in account’s own identity check',
    probes: () =>
      byEach(['ls-applicant', 'st-applicant', 'ls-company', 'st-company'], '/api/auth/party-claim', 'clean'),
  },
  {
    method: 'POST',
    path: '/api/auth/party-claim',
    rule: 'an applicant account without a party names whom it is; proven accounts and staff may not',
    probes: (w) => [
      ...byEach(['ls-justice', 'st-case-officer'], '/api/auth/party-claim', 403, {
        kind: 'person',
        name: '某人',
        identifier: w.cases.st.identifier,
      }),
      {
        as: 'ls-applicant',
        url: '/api/auth/party-claim',
        body: { kind: 'person', name: '某人', identifier: w.cases.st.identifier },
        expect: { status: 409 },
      },
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/party-claim/sms-code',
    rule: 'sends a code for the account’s own open claim only',
    probes: () => [
      { as: 'ls-applicant', url: '/api/auth/party-claim/sms-code', expect: { status: 409 } },
      { as: 'st-justice', url: '/api/auth/party-claim/sms-code', expect: { status: 409 } },
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/party-claim/verification',
    rule: 'proves the account’s own open claim only',
    probes: () => [
      {
        as: 'st-applicant',
        url: '/api/auth/party-claim/verification',
        body: { code: '123456' },
        expect: { status: 409 },
      },
    ],
  },
  {
    method: 'POST',
    path: '/api/counter-codes',
    rule: 'window officers only; the code vouches for the document in front of them, and answers nothing of any party',
    probes: () =>
      byEach(['ls-justice', 'st-credit', 'st-applicant', 'ls-company'], '/api/counter-codes', 403, {
        kind: 'person',
        identifier: strangerId,
        name: '某人',
        capacity: 'self',
      }),
  },
  {
    method: 'GET',
    path: '/api/company/agents',
    rule: 'a company’s administrator sees its own accounts and requests only',
    probes: () => [
      ...byEach(['ls-company', 'st-company'], '/api/company/agents', 'clean'),
      ...byEach(['ls-applicant', 'st-justice'], '/api/company/agents', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/company/agent-requests/{id}/decision',
    rule: 'decides requests naming the administrator’s own company only',
    probes: () => [
      notFound('st-company', `/api/company/agent-requests/${NO_SUCH_ID}/decision`, { decision: 'approve' }),
      {
        as: 'ls-applicant',
        url: `/api/company/agent-requests/${NO_SUCH_ID}/decision`,
        body: { decision: 'approve' },
        expect: 403,
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/api/company/agents/{id}',
    rule: 'removes agents of the administrator’s own company only',
    probes: (w) => [
      notFound('st-company', `/api/company/agents/${w.user('ls-company').id}`),
      notFound('ls-company', `/api/company/agents/${w.user('st-company').id}`),
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/password',
    rule: 'changes the signed-in user’s password; no field can name another user',
    probes: () => [
      {
        as: 'ls-justice',
        url: '/api/auth/password',
        body: { currentPassword: 'Chengnuo@2026', newPassword: 'Takeover2026', username: 'st-justice' },
        expect: { status: 400, field: 'username' },
      },
    ],
  },
];
