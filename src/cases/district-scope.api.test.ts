// ORG-2, route by route, for the routes of cases: staff of 崂山区 (LS) reach nothing of 山亭区 (ST)
// through them, and vice versa (the probes: district-scope.routes.ts).
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../tests/support/cases.ts';
import { leaks } from '../../tests/support/district-scope/leaks.ts';
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';
import { routes } from './district-scope.routes.ts';

const world = openWorld();
describeRoutes(routes, world);

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('sees the cases of both districts; their own staff and applicants reach the cases the probes aim at', async () => {
    const w = world();
    for (const [m, officer, applicant] of [
      [w.cases.ls, 'ls-case-officer', 'ls-applicant'],
      [w.cases.st, 'st-case-officer', 'st-applicant'],
    ] as const) {
      expect(
        (await get<CaseView>(w, `/api/cases/${m.accepted.id}`, officer)).allowedActions,
        m.district,
      ).toEqual(expect.arrayContaining(['approve', 'refuse']));
      expect((await get<CaseView>(w, `/api/cases/${m.submitted.id}`, officer)).allowedActions).toContain(
        'accept',
      );
      const queue = await get<Row[]>(w, '/api/cases', officer);
      expect(queue.find((c) => c.id === m.submitted.id)?.dueDate, m.district).toBe(m.submitted.acceptDueDate);
      expect(
        (await get<Row[]>(w, `/api/cases/${m.draft.id}/signing-payloads`, applicant)).length,
      ).toBeGreaterThan(0);
      const pdf = await w.sessions[applicant].request('GET', m.accepted.documents[0]!.pdfUrl);
      expect(pdf.statusCode, m.district).toBe(200);
    }
    // a case of either district is a mark of it, so a leak of one would be found
    expect(leaks({ id: w.cases.st.approved.id }, w.st)).toHaveLength(1);
    expect(leaks({ caseNo: w.cases.ls.submitted.caseNo }, w.ls)).toHaveLength(1);
    expect(leaks({ caseNo: w.cases.ls.submitted.caseNo }, w.st)).toEqual([]);
  });
});
