// ORG-2, route by route, for the routes of credit: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import type { Row } from '../../tests/support/district-scope/world.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('their own credit officers find the parties of the cases the probes aim at, with those cases', async () => {
    const w = world();
    for (const [m, credit] of [
      [w.cases.ls, 'ls-credit'],
      [w.cases.st, 'st-credit'],
    ] as const) {
      const response = await w.sessions[credit].request('POST', '/api/credit/integrity-files/lookup', {
        identifier: m.identifier,
      });
      expect(response.statusCode, m.district).toBe(200);
      const file = response.json() as { commitments: Row[] };
      expect(
        file.commitments.some((c) => c.caseId === m.approved.id),
        m.district,
      ).toBe(true);
    }
  });
});
