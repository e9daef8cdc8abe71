// ORG-2, route by route, for the routes of documents: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import type { ActorName } from '../../tests/support/district-scope/actors.ts';
import { leaks } from '../../tests/support/district-scope/leaks.ts';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { type DocumentMarks, get, type Row } from '../../tests/support/district-scope/world.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('sees the documents of both districts; their own staff reach the records the probes aim at', async () => {
    const w = world();
    for (const [m, staff, officer] of [
      [w.docs.ls, 'ls-justice', 'ls-case-officer'],
      [w.docs.st, 'st-justice', 'st-case-officer'],
    ] as const) {
      const board = await get<{ items: Row[] }>(w, `/api/documents/texts?district=${m.district}`);
      expect(board.items.length, m.district).toBeGreaterThanOrEqual(40);
      const text = await get<Row>(
        w,
        `/api/documents/texts/${m.item.key}/notice?district=${m.district}`,
        officer,
      );
      expect(text).toMatchObject({ revision: 0, missing: [] });
      expect(
        (await get<Row>(w, `/api/documents/guides/${m.guide.id}?district=${m.district}`, staff)).missing,
      ).toEqual([]);
      const filings = await get<Row[]>(w, `/api/documents/filings?district=${m.district}`, staff);
      expect(filings.find((f) => f.id === m.filing.id)).toMatchObject({
        state: 'submitted',
        allowedActions: ['receive'],
      });
      const verification = await get<Row>(w, `/api/documents/stored/${m.stored}/verification`, officer);
      expect(verification.intact).toBe(true);
    }
    // each work rule's filing waits for the city bureau above the district
    const city = (who: ActorName, m: DocumentMarks) =>
      get<Row[]>(w, `/api/documents/filings?district=${m.district}`, who).then((f) =>
        f.find((x) => x.id === m.ruleFiling.id),
      );
    expect(await city('qd-justice', w.docs.ls)).toMatchObject({
      toJurisdictionCode: '370200',
      allowedActions: ['receive'],
    });
    expect(await city('zz-justice', w.docs.st)).toMatchObject({
      toJurisdictionCode: '370400',
      allowedActions: ['receive'],
    });
    // the documents' ids are marks of their district, so a leak of one would be found
    expect(leaks({ id: w.docs.st.stored }, w.st)).toHaveLength(1);
    expect(leaks({ id: w.docs.ls.filing.id }, w.ls)).toHaveLength(1);
  });
});
