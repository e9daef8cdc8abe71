// ORG-2, route by route, for the routes of the audit trail: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('sees the audit chains of both districts', async () => {
    const w = world();
    for (const code of ['370212', '370406']) {
      const entries = await get<Row[]>(w, `/api/audit/entries?chain=${code}`);
      expect(entries.length, code).toBeGreaterThan(0);
    }
    const chains = (await get<Row[]>(w, '/api/audit/verification')).map((r) => r.chain);
    expect(chains).toEqual(expect.arrayContaining(['370000', '370212', '370406']));
  });
});
