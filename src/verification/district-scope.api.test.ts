// ORG-2, route by route, for the routes of verification: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('their own verifiers reach the verification tasks of the cases the probes aim at', async () => {
    const w = world();
    for (const [m, verifier] of [
      [w.cases.ls, 'ls-verifier'],
      [w.cases.st, 'st-verifier'],
    ] as const) {
      const tasks = await get<Row[]>(w, '/api/verification/tasks', verifier);
      expect(tasks.filter((task) => task.caseId === m.approved.id).length, m.district).toBe(
        m.approved.verificationTasks.length,
      );
    }
  });
});
