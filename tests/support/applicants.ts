// A new applicant as a test needs one: registered, then proven at the window of its district with a
// counter code (SPEC §10), so it reaches its party's cases like any real applicant.
import { expect } from 'vitest';
import { provenPhone } from './registration.ts';
import type { Session, TestApp } from './test-app.ts';

const WINDOW_OFFICER: Record<string, string> = { '370212': 'ls-case-officer', '370406': 'st-case-officer' };

export async function registerProvenApplicant(
  t: TestApp,
  registration: {
    username: string;
    password: string;
    name: string;
    identifier: string;
    districtCode: string;
    phone: string;
  },
): Promise<Session> {
  const registered = await t.anonymous('POST', '/api/auth/register', {
    kind: 'person',
    ...registration,
    ...(await provenPhone(t, registration.phone)),
  });
  expect(registered.statusCode, registered.body).toBe(201);
  const officer = await t.login(WINDOW_OFFICER[registration.districtCode]!);
  const issued = await officer.request('POST', '/api/counter-codes', {
    kind: 'person',
    identifier: registration.identifier,
    name: registration.name,
    capacity: 'self',
  });
  expect(issued.statusCode, issued.body).toBe(201);
  const session = await t.login(registration.username, registration.password);
  const proven = await session.request('POST', '/api/auth/party-claim/verification', {
    code: issued.json().code,
  });
  expect(proven.statusCode, proven.body).toBe(200);
  return session;
}
