// ORG-2 for the routes of organisation (jurisdictions, agencies, users, district settings): what each
// route is probed with. Run by district-scope.api.test.ts; the coverage test in platform/http checks
// that every route has its entry.
import { expect } from 'vitest';
import type { RouteCase } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';

const agencyChange = (a: Row, name = `${a.name as string}（改）`) => ({
  name,
  shortName: a.shortName,
  kind: a.kind,
  active: true,
  version: a.version,
});
const userChange = (u: Row, change: Record<string, unknown> = {}) => ({
  displayName: u.displayName,
  role: u.role,
  jurisdictionCode: u.jurisdictionCode,
  agencyId: u.agencyId,
  active: false,
  version: u.version,
  ...change,
});
const settingsBody = (s: Record<string, unknown>) => {
  const { districtCode: _d, updatedAt: _u, ...body } = s;
  return { ...body, townsAdjustLists: !s.townsAdjustLists };
};
const newUser = (username: string, placement: Record<string, unknown>) => ({
  username,
  password: 'Initial2026',
  displayName: '测试用户',
  role: 'case-officer',
  ...placement,
});

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/jurisdictions',
    rule: 'the tree above and below the actor’s own jurisdiction',
    probes: () =>
      (
        [
          'ls-admin',
          'ls-justice',
          'ls-auditor',
          'qd-justice',
          'st-admin',
          'zz-justice',
          'st-dianzi-justice',
        ] as const
      ).map((as) => ({ as, url: '/api/jurisdictions', expect: 'clean' as const })),
  },
  {
    method: 'POST',
    path: '/api/jurisdictions',
    rule: 'only under a parent the admin manages',
    probes: () => [
      { as: 'ls-admin', url: '/api/jurisdictions', body: { code: '370406110', name: '新设镇' }, expect: 403 },
      { as: 'ls-admin', url: '/api/jurisdictions', body: { code: '370405' }, expect: 403 },
      {
        as: 'st-admin',
        url: '/api/jurisdictions',
        body: { code: '370212006', name: '新设街道' },
        expect: 403,
      },
      {
        as: 'ls-justice',
        url: '/api/jurisdictions',
        body: { code: '370406110', name: '新设镇' },
        expect: 403,
      },
    ],
    async unchanged(w) {
      const codes = (await get<Row[]>(w, '/api/jurisdictions')).map((j) => j.code);
      expect(codes).not.toContain('370406110');
      expect(codes).not.toContain('370405');
      expect(codes).not.toContain('370212006');
    },
  },
  {
    method: 'PUT',
    path: '/api/jurisdictions/{code}',
    rule: 'only a jurisdiction the admin manages',
    probes: () => [
      {
        as: 'ls-admin',
        url: '/api/jurisdictions/370406101',
        body: { name: '改名镇', version: 1 },
        expect: 403,
      },
      { as: 'ls-admin', url: '/api/jurisdictions/370406', body: { name: '改名区', version: 1 }, expect: 403 },
      { as: 'ls-admin', url: '/api/jurisdictions/370400', body: { name: '改名市', version: 1 }, expect: 403 },
      {
        as: 'st-admin',
        url: '/api/jurisdictions/370212001',
        body: { name: '改名街道', version: 1 },
        expect: 403,
      },
      { as: 'st-admin', url: '/api/jurisdictions/370200', body: { name: '改名市', version: 1 }, expect: 403 },
    ],
    async unchanged(w) {
      const tree = await get<Row[]>(w, '/api/jurisdictions');
      const named = Object.fromEntries(tree.map((j) => [j.code, [j.name, j.version]]));
      expect(named).toMatchObject({
        '370406101': ['店子镇', 1],
        '370406': ['山亭区', 1],
        '370400': ['枣庄市', 1],
        '370212001': ['中韩街道', 1],
        '370200': ['青岛市', 1],
      });
    },
  },
  {
    method: 'GET',
    path: '/api/agencies',
    rule: 'agencies of the districts the actor reaches and the bodies above their own district',
    probes: () => [
      ...(
        [
          'ls-admin',
          'ls-justice',
          'ls-auditor',
          'qd-justice',
          'ls-case-officer',
          'st-admin',
          'st-justice',
          'st-auditor',
          'zz-justice',
          'st-dianzi-justice',
        ] as const
      ).map((as) => ({ as, url: '/api/agencies', expect: 'clean' as const })),
      { as: 'ls-admin', url: '/api/agencies?district=370406', expect: 'empty' },
      { as: 'ls-auditor', url: '/api/agencies?district=370406', expect: 'empty' },
      { as: 'st-admin', url: '/api/agencies?district=370212', expect: 'empty' },
    ],
  },
  {
    method: 'POST',
    path: '/api/agencies',
    rule: 'only in a jurisdiction the admin manages',
    probes: () => {
      const agency = (jurisdictionCode: string) => ({
        jurisdictionCode,
        name: '越权新设单位',
        shortName: '越权单位',
        kind: 'handling-agency',
      });
      return [
        { as: 'ls-admin', url: '/api/agencies', body: agency('370406'), expect: 403 },
        { as: 'ls-admin', url: '/api/agencies', body: agency('370406101'), expect: 403 },
        { as: 'ls-admin', url: '/api/agencies', body: agency('370400'), expect: 403 },
        { as: 'st-admin', url: '/api/agencies', body: agency('370212'), expect: 403 },
        { as: 'st-admin', url: '/api/agencies', body: agency('370200'), expect: 403 },
      ];
    },
    async unchanged(w) {
      const names = (await get<Row[]>(w, '/api/agencies')).map((a) => a.name);
      expect(names).not.toContain('越权新设单位');
    },
  },
  {
    method: 'PUT',
    path: '/api/agencies/{id}',
    rule: 'an agency the admin cannot see does not exist for them (404)',
    probes: (w) =>
      (
        [
          ['ls-admin', '山亭区司法局'],
          ['ls-admin', '店子镇司法所'],
          ['ls-admin', '枣庄市司法局'],
          ['st-admin', '崂山区司法局'],
          ['st-admin', '中韩司法所'],
          ['st-admin', '青岛市司法局'],
        ] as const
      ).map(([as, name]) => {
        const agency = w.agency(name);
        return { as, url: `/api/agencies/${agency.id}`, body: agencyChange(agency), expect: 404 as const };
      }),
    async unchanged(w) {
      const byName = new Map((await get<Row[]>(w, '/api/agencies')).map((a) => [a.name, a]));
      for (const name of [
        '山亭区司法局',
        '店子镇司法所',
        '枣庄市司法局',
        '崂山区司法局',
        '中韩司法所',
        '青岛市司法局',
      ]) {
        expect(byName.get(name), name).toMatchObject({ version: 1, active: true });
      }
    },
  },
  {
    method: 'GET',
    path: '/api/users',
    rule: 'the accounts within the admin’s jurisdiction; staff may not list users',
    probes: () => [
      { as: 'ls-admin', url: '/api/users', expect: 'clean' },
      { as: 'st-admin', url: '/api/users', expect: 'clean' },
      { as: 'ls-justice', url: '/api/users', expect: 403 },
      { as: 'ls-auditor', url: '/api/users', expect: 403 },
      { as: 'st-justice', url: '/api/users', expect: 403 },
    ],
  },
  {
    method: 'POST',
    path: '/api/users',
    rule: 'only at a jurisdiction the admin manages, only with an agency of that jurisdiction',
    probes: (w) => [
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-in-st', {
          jurisdictionCode: '370406',
          agencyId: w.agency('山亭区行政审批服务局').id,
        }),
        expect: 403,
      },
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-in-dianzi', {
          role: 'justice-officer',
          jurisdictionCode: '370406101',
          agencyId: w.agency('店子镇司法所').id,
        }),
        expect: 403,
      },
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-zz-auditor', {
          role: 'auditor',
          jurisdictionCode: '370400',
          districtCode: '370406',
          agencyId: w.agency('枣庄市司法局').id,
        }),
        expect: 403,
      },
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-st-agency', {
          jurisdictionCode: '370212',
          agencyId: w.agency('山亭区司法局').id,
        }),
        expect: { status: 400, field: 'agencyId' },
      },
      {
        as: 'st-admin',
        url: '/api/users',
        body: newUser('x-st-in-ls', {
          jurisdictionCode: '370212',
          agencyId: w.agency('崂山区人力资源和社会保障局').id,
        }),
        expect: 403,
      },
      {
        as: 'st-admin',
        url: '/api/users',
        body: newUser('x-st-ls-agency', {
          jurisdictionCode: '370406',
          agencyId: w.agency('崂山区司法局').id,
        }),
        expect: { status: 400, field: 'agencyId' },
      },
    ],
    async unchanged(w) {
      const names = (await get<Row[]>(w, '/api/users')).map((u) => u.username);
      expect(names.filter((n) => (n as string).startsWith('x-'))).toEqual([]);
    },
  },
  {
    method: 'PUT',
    path: '/api/users/{id}',
    rule: 'a user outside the admin’s jurisdiction does not exist for them; nobody is moved out of it',
    probes: (w) => [
      ...(
        [
          ['ls-admin', 'st-justice'],
          ['ls-admin', 'st-dianzi-justice'],
          ['ls-admin', 'zz-justice'],
          ['ls-admin', 'st-applicant'],
          ['st-admin', 'ls-justice'],
          ['st-admin', 'qd-justice'],
          ['st-admin', 'ls-applicant'],
        ] as const
      ).map(([as, username]) => {
        const user = w.user(username);
        return { as, url: `/api/users/${user.id}`, body: userChange(user), expect: 404 as const };
      }),
      {
        as: 'ls-admin',
        url: `/api/users/${w.user('ls-credit').id}`,
        body: userChange(w.user('ls-credit'), {
          active: true,
          jurisdictionCode: '370406',
          agencyId: w.agency('山亭区发展和改革局').id,
        }),
        expect: 403,
      },
    ],
    async unchanged(w) {
      const users = new Map((await get<Row[]>(w, '/api/users')).map((u) => [u.username, u]));
      for (const name of [
        'st-justice',
        'st-dianzi-justice',
        'zz-justice',
        'ls-justice',
        'qd-justice',
        'ls-credit',
      ]) {
        expect(users.get(name), name).toMatchObject({ active: true, version: 1 });
      }
      expect(users.get('ls-credit')?.jurisdictionCode).toBe('370212');
      expect((await w.sessions['st-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
    },
  },
  {
    method: 'POST',
    path: '/api/users/{id}/password-reset',
    rule: 'a user outside the admin’s jurisdiction does not exist for them',
    probes: (w) =>
      (
        [
          ['ls-admin', 'st-justice'],
          ['ls-admin', 'zz-justice'],
          ['ls-admin', 'st-admin'],
          ['st-admin', 'ls-justice'],
          ['st-admin', 'ls-auditor'],
        ] as const
      ).map(([as, username]) => ({
        as,
        url: `/api/users/${w.user(username).id}/password-reset`,
        body: { password: 'Takeover2026' },
        expect: 404 as const,
      })),
    async unchanged(w) {
      expect((await w.sessions['st-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await w.sessions['ls-auditor'].request('GET', '/api/auth/me')).statusCode).toBe(200);
      const users = new Map((await get<Row[]>(w, '/api/users')).map((u) => [u.username, u]));
      for (const name of ['st-justice', 'zz-justice', 'st-admin', 'ls-justice', 'ls-auditor']) {
        expect(users.get(name), name).toMatchObject({ mustChangePassword: false, version: 1 });
      }
    },
  },
  {
    method: 'GET',
    path: '/api/districts/{code}/settings',
    rule: 'the settings of a district the actor reaches; another district’s are not found',
    probes: () => [
      ...(['ls-admin', 'ls-justice', 'ls-auditor', 'qd-justice', 'ls-case-officer'] as const).map((as) => ({
        as,
        url: '/api/districts/370406/settings',
        expect: 404 as const,
      })),
      ...(['st-admin', 'st-justice', 'st-auditor', 'zz-justice', 'st-dianzi-justice'] as const).map((as) => ({
        as,
        url: '/api/districts/370212/settings',
        expect: 404 as const,
      })),
      { as: 'ls-auditor', url: '/api/districts/370212/settings', expect: 'clean' },
      { as: 'st-dianzi-justice', url: '/api/districts/370406/settings', expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/districts/{code}/settings',
    rule: 'only the district’s own admin (or the platform admin) changes its settings',
    probes: (w) => [
      {
        as: 'ls-admin',
        url: '/api/districts/370406/settings',
        body: settingsBody(w.settings['370406']),
        expect: 404,
      },
      {
        as: 'st-admin',
        url: '/api/districts/370212/settings',
        body: settingsBody(w.settings['370212']),
        expect: 404,
      },
      {
        as: 'ls-auditor',
        url: '/api/districts/370406/settings',
        body: settingsBody(w.settings['370406']),
        expect: 403,
      },
      {
        as: 'zz-justice',
        url: '/api/districts/370406/settings',
        body: settingsBody(w.settings['370406']),
        expect: 403,
      },
    ],
    async unchanged(w) {
      expect(await get(w, '/api/districts/370406/settings')).toEqual(w.settings['370406']);
      expect(await get(w, '/api/districts/370212/settings')).toEqual(w.settings['370212']);
    },
  },
];
