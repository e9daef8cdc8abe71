// ORG-2, route by route, for the routes of lists: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import type { ActorName } from '../../tests/support/district-scope/actors.ts';
import { leaks } from '../../tests/support/district-scope/leaks.ts';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';
import type { Workspace } from '../../tests/support/lists.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('sees the lists, change requests and filings of both districts; their own staff reach them', async () => {
    const w = world();
    for (const m of [w.lists.ls, w.lists.st, w.lists.town]) {
      const ws = await get<Workspace>(w, `/api/lists/${m.code}`);
      expect(
        ws.draft.map((r) => r.id),
        m.code,
      ).toContain(m.item.id);
      expect(ws.versions.length, m.code).toBeGreaterThan(0);
    }
    const changes = await get<Row[]>(w, '/api/list-changes');
    const filings = await get<Row[]>(w, '/api/list-filings');
    for (const marks of [w.ls, w.st]) {
      expect(leaks(changes, marks).length, marks.district).toBeGreaterThan(0);
      expect(leaks(filings, marks).length, marks.district).toBeGreaterThan(0);
    }
    // The records the probes aim at are live: the side they belong to may act on them.
    const request = (id: unknown, as: ActorName) => get<Row>(w, `/api/list-changes/${id}`, as);
    expect(await request(w.lists.ls.changeRequest.id, 'ls-justice')).toMatchObject({
      state: 'submitted',
      allowedActions: ['approve', 'reject', 'return'],
    });
    expect(await request(w.lists.st.changeRequest.id, 'st-case-officer')).toMatchObject({
      state: 'returned',
      allowedActions: ['resubmit', 'withdraw'],
    });
    const lsFilings = await get<Row[]>(w, '/api/list-filings', 'ls-justice');
    expect(lsFilings.find((f) => f.id === w.lists.ls.filing.id)).toMatchObject({
      state: 'pending',
      overdue: false,
      allowedActions: ['submit'],
    });
    const stFilings = await get<Row[]>(w, '/api/list-filings', 'st-justice');
    expect(stFilings.find((f) => f.id === w.lists.st.filing.id)).toMatchObject({
      state: 'pending',
      overdue: true,
      allowedActions: ['submit'],
    });
    expect(stFilings.find((f) => f.id === w.lists.town.filing.id)).toMatchObject({
      state: 'submitted',
      allowedActions: ['receive'],
    });
  });
});
