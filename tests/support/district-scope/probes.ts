// The ORG-2 probes: what each capability's table declares per route, and the runner that sends
// every probe as its actor and checks the answer for the other district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { home, type Prober } from './actors.ts';
import { leaks } from './leaks.ts';
import type { World } from './world.ts';
import { copyOfWorld } from './world-template.ts';

export type Expectation =
  | 403
  | 404
  /** 200, and nothing of the other district anywhere in the answer. */
  | 'clean'
  /** 200 and an empty array. */
  | 'empty'
  | { status: number; field?: string };

export interface Probe {
  as: Prober;
  url: string;
  body?: unknown;
  expect: Expectation;
}

export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As OpenAPI names it, e.g. `/api/agencies/{id}`. */
  path: string;
  /** Why the route cannot reach another district. */
  rule: string;
  /** LS actors against ST records and ST actors against LS records. */
  probes(w: World): Probe[];
  /** Afterwards: the refused changes left no trace (seen by the platform admin), or a route's own check. */
  unchanged?(w: World): Promise<void>;
}

/** The same request by each of `actors`, each answered as `expected` says. */
export const byEach = (
  actors: readonly Prober[],
  url: string,
  expected: Expectation,
  body?: unknown,
): Probe[] => actors.map((as) => ({ as, url, body, expect: expected }));
/** A request that must find nothing (404). */
export const notFound = (as: Prober, url: string, body?: unknown): Probe => ({ as, url, body, expect: 404 });

/** The world of this file's tests: a copy of its own, opened before them and closed after them. */
export function openWorld(): () => World {
  let world: World | undefined;
  // Longer than a hook's usual minute: the file may wait for another to build the world first.
  beforeAll(async () => {
    world = await copyOfWorld();
  }, 150_000);
  afterAll(() => world?.testApp.close());
  return () => {
    if (!world) throw new Error('the ORG-2 world is opened before the tests');
    return world;
  };
}

/** One test per route: each probe as its actor, then the route's check afterwards. */
export function describeRoutes(routes: RouteCase[], world: () => World) {
  describe('ORG-2 route by route: no district reaches another’s data', () => {
    for (const route of routes) {
      it(`ORG-2 ${route.method} ${route.path}: ${route.rule}`, async () => {
        const w = world();
        for (const probe of route.probes(w)) {
          const response = await w.sessions[probe.as].request(route.method, probe.url, probe.body);
          const what = `${probe.as} ${route.method} ${probe.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          const other = home(probe.as) === 'ls' ? w.st : w.ls;
          if (probe.expect === 'clean' || probe.expect === 'empty') {
            expect(response.statusCode, what).toBe(200);
            if (probe.expect === 'empty') expect(response.json(), what).toEqual([]);
            expect(leaks(response.json(), other), what).toEqual([]);
          } else if (typeof probe.expect === 'number') {
            expect(response.statusCode, what).toBe(probe.expect);
            expect(response.json().code, what).toBe(probe.expect === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
            // A refusal says nothing about the record it refuses.
            expect(leaks(response.json(), other), what).toEqual([]);
          } else {
            expect(response.statusCode, what).toBe(probe.expect.status);
            expect(response.json().field, what).toBe(probe.expect.field);
          }
        }
        await route.unchanged?.(w);
      });
    }
  });
}
