// ORG-2: every non-public route the app registers is probed for district scope — each has exactly one
// entry in the district-scope table of the capability that registers it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { routes as accounts } from '../../accounts/district-scope.routes.ts';
import { routes as auditTrail } from '../../audit-trail/district-scope.routes.ts';
import { routes as calendarAdmin } from '../../calendar-admin/district-scope.routes.ts';
import { routes as cases } from '../../cases/district-scope.routes.ts';
import { routes as connectorStatus } from '../../connector-status/district-scope.routes.ts';
import { routes as credit } from '../../credit/district-scope.routes.ts';
import { routes as documents } from '../../documents/district-scope.routes.ts';
import { routes as inbox } from '../../inbox/district-scope.routes.ts';
import { routes as integrity } from '../../integrity/district-scope.routes.ts';
import { routes as lists } from '../../lists/district-scope.routes.ts';
import { routes as organisation } from '../../organisation/district-scope.routes.ts';
import { routes as oversight } from '../../oversight/district-scope.routes.ts';
import { routes as supervision } from '../../supervision/district-scope.routes.ts';
import { routes as verification } from '../../verification/district-scope.routes.ts';

const routes = [
  ...accounts,
  ...organisation,
  ...inbox,
  ...calendarAdmin,
  ...auditTrail,
  ...lists,
  ...documents,
  ...cases,
  ...integrity,
  ...credit,
  ...verification,
  ...supervision,
  ...oversight,
  ...connectorStatus,
];

/** Routes anyone may call without a session. */
const PUBLIC = [
  '/api/public',
  '/api/health',
  '/api/auth/login',
  '/api/auth/register',
  '/api/docs',
  '/api/openapi.json',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('ORG-2 every non-public route the app registers has an entry in the district-scope tables', async () => {
  const response = await t.anonymous('GET', '/api/openapi.json');
  expect(response.statusCode).toBe(200);
  const paths = response.json().paths as Record<string, Record<string, unknown>>;
  const registered = Object.entries(paths)
    .filter(([path]) => path.startsWith('/api/') && !PUBLIC.some((p) => path.startsWith(p)))
    .flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
  const covered = routes.map((r) => `${r.method} ${r.path}`);
  expect(registered.length).toBeGreaterThanOrEqual(20);
  expect(
    registered.filter((r) => !covered.includes(r)),
    'routes without an ORG-2 entry: add them to the district-scope.routes.ts of their capability',
  ).toEqual([]);
  expect(
    covered.filter((r) => !registered.includes(r)),
    'entries of routes that no longer exist',
  ).toEqual([]);
  expect(new Set(covered).size).toBe(covered.length);
});
