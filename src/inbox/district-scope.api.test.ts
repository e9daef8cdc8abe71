// ORG-2, route by route, for the routes of the inbox: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('sees the deadlines of both districts', async () => {
    const w = world();
    for (const code of ['370212', '370406']) {
      const deadlines = await get<Row[]>(w, `/api/deadlines?district=${code}`);
      expect(deadlines.length, code).toBeGreaterThan(0);
      expect(deadlines.every((d) => d.districtCode === code)).toBe(true);
    }
  });
});
