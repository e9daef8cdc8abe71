// ORG-2, route by route, for the routes of organisation: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import { leaks } from '../../tests/support/district-scope/leaks.ts';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('sees the jurisdictions, agencies, users and settings of both districts', async () => {
    const w = world();
    const codes = (await get<Row[]>(w, '/api/jurisdictions')).map((j) => j.code);
    expect(codes).toEqual(expect.arrayContaining(['370212', '370212001', '370406', '370406101']));
    const agencies = await get<Row[]>(w, '/api/agencies');
    expect(leaks(agencies, w.st).length).toBeGreaterThan(20);
    expect(leaks(agencies, w.ls).length).toBeGreaterThan(20);
    const users = (await get<Row[]>(w, '/api/users')).map((u) => u.username);
    expect(users).toEqual(expect.arrayContaining(['ls-justice', 'ls-auditor', 'st-justice', 'zz-justice']));
    for (const code of ['370212', '370406']) {
      expect((await get<Row>(w, `/api/districts/${code}/settings`)).districtCode).toBe(code);
    }
  });

  it('the leak check finds the other district when it is there (the probes are not vacuous)', async () => {
    const w = world();
    expect(w.st.ids.size).toBeGreaterThan(40);
    expect(w.ls.ids.size).toBeGreaterThan(40);
    const stAgencies = await get<Row[]>(w, '/api/agencies', 'st-admin');
    expect(leaks(stAgencies, w.ls)).toEqual([]);
    expect(leaks(stAgencies, w.st).length).toBeGreaterThan(0);
    const stInbox = await get<{ items: Row[] }>(w, '/api/inbox', 'st-justice');
    expect(stInbox.items.length).toBeGreaterThan(0);
    expect(leaks(stInbox, w.st).length).toBeGreaterThan(0);
    expect(leaks({ code: '370406101' }, w.st)).toEqual(['$.code = 370406101']);
    expect(leaks({ code: '370000' }, w.st)).toEqual([]);
  });
});
