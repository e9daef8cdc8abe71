// ORG-2, route by route, for the routes of credit pushes (CRED-6): staff of 崂山区 (LS) reach nothing
// of 山亭区 (ST) through them, and vice versa (the probes: district-scope.routes.ts).
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { failedPushes, routes } from './district-scope.routes.ts';
import { queueCreditPush } from './queue-credit-push.ts';
import { creditPushes } from './schema.ts';

const world = openWorld();

/** One push of each district, refused by its platform (failed), for the probes to aim at. */
beforeAll(async () => {
  const { database } = world().testApp;
  for (const [mark, districtCode] of [
    ['ls', '370212'],
    ['st', '370406'],
  ] as const) {
    const subjectId = crypto.randomUUID();
    await database.transaction((tx) =>
      queueCreditPush(tx, {
        districtCode,
        kind: 'commitment',
        subjectId,
        summary: `ORG-2 probe push of ${districtCode}`,
        data: { probe: true },
        at: new Date('2026-09-20T02:00:00Z'),
      }),
    );
    const [row] = await database.db
      .update(creditPushes)
      .set({ state: 'failed', attempts: 1, lastError: 'credit: refused with 422' })
      .where(eq(creditPushes.subjectId, subjectId))
      .returning({ id: creditPushes.id });
    failedPushes[mark] = row!.id;
  }
});

describeRoutes(
  routes.map((route) =>
    route.method === 'POST'
      ? {
          ...route,
          // Refused retries left both pushes failed.
          unchanged: async (w) => {
            const rows = await w.testApp.database.db
              .select({ state: creditPushes.state })
              .from(creditPushes)
              .where(inArray(creditPushes.id, [failedPushes.ls, failedPushes.st]));
            expect(rows.map((r) => r.state)).toEqual(['failed', 'failed']);
          },
        }
      : route,
  ),
  world,
);

describe('ORG-2 positive control: each credit officer sees and retries their own district’s push', () => {
  it('CRED-6: ls-credit and st-credit list their own failed push and may retry it', async () => {
    const w = world();
    for (const [mark, credit] of [
      ['ls', 'ls-credit'],
      ['st', 'st-credit'],
    ] as const) {
      const list = await w.sessions[credit].request('GET', '/api/credit/pushes?state=failed');
      expect(list.statusCode).toBe(200);
      const item = (list.json().items as { id: string; allowedActions: string[] }[]).find(
        (i) => i.id === failedPushes[mark],
      );
      expect(item?.allowedActions).toEqual(['retry']);
    }
  });
});
