// LIST-1: the administrative matters (行政事项) of the catalogue, the agency handling each and the
// proofs each requires; the draft follows a rename, and a proof still listed cannot be dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';

interface AdministrativeMatter {
  id: string;
  code: string;
  name: string;
  kind: string;
  agencyId: string;
  agencyName: string;
  proofs: string[];
  version: number;
}
interface Catalogue {
  administrativeMatters: AdministrativeMatter[];
}

let t: TestApp;
let justice: Session;
const catalogue = async (): Promise<Catalogue> =>
  (await justice.request('GET', '/api/catalogue?district=370212')).json();
const body = (m: AdministrativeMatter, change: Partial<AdministrativeMatter> = {}) => {
  const { code, name, kind, agencyId, proofs, version } = { ...m, ...change };
  return { code, name, kind, agencyId, proofs, version };
};

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
});
afterAll(() => t.close());

describe('LIST-1 administrative matters and the proofs they require', () => {
  it('records a new matter at a district agency, requiring catalogue proofs not yet listed', async () => {
    const unemployment = (await catalogue()).administrativeMatters.find((a) => a.name === '失业保险金申领')!;
    const created = await justice.request('POST', '/api/catalogue/administrative-matters?district=370212', {
      code: 'LS-36',
      name: '就业困难人员认定',
      kind: '行政确认',
      agencyId: unemployment.agencyId,
      proofs: ['解除或终止劳动关系证明', '收入证明'],
    });
    expect(created.statusCode).toBe(201);
    const listed = (await catalogue()).administrativeMatters.find((a) => a.code === 'LS-36')!;
    expect(listed).toMatchObject({ name: '就业困难人员认定', agencyName: '崂山区人力资源和社会保障局' });
    expect(listed.proofs).toEqual(['解除或终止劳动关系证明', '收入证明']);
  });

  it('refuses a proof that is not in the catalogue and an agency of another district, naming the field', async () => {
    const matter = (await catalogue()).administrativeMatters.find((a) => a.code === 'LS-36')!;
    const unknown = await justice.request(
      'PUT',
      `/api/catalogue/administrative-matters/${matter.id}?district=370212`,
      body(matter, { proofs: ['不存在的证明'] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'proofs' });
    const stAgency = (await (await t.login('st-justice')).request('GET', '/api/agencies')).json()[0].id;
    const foreign = await justice.request(
      'PUT',
      `/api/catalogue/administrative-matters/${matter.id}?district=370212`,
      body(matter, { agencyId: stAgency }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ field: 'agencyId' });
  });

  it('renames a listed matter and the draft rows follow; dropping a listed proof is refused', async () => {
    const matter = (await catalogue()).administrativeMatters.find((a) => a.name === '失业保险金申领')!;
    const drop = await justice.request(
      'PUT',
      `/api/catalogue/administrative-matters/${matter.id}?district=370212`,
      body(matter, { proofs: [] }),
    );
    expect(drop.statusCode).toBe(409);
    expect(drop.json().message).toContain('解除或终止劳动关系证明');
    const renamed = await justice.request(
      'PUT',
      `/api/catalogue/administrative-matters/${matter.id}?district=370212`,
      body(matter, { name: '失业保险金申领（含一次性生活补助）' }),
    );
    expect(renamed.statusCode).toBe(200);
    const draft = (await justice.request('GET', '/api/lists/370212')).json().draft as {
      administrativeMatterId: string;
      administrativeMatter: string;
    }[];
    const rows = draft.filter((r) => r.administrativeMatterId === matter.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.administrativeMatter === '失业保险金申领（含一次性生活补助）')).toBe(true);
    const stale = await justice.request(
      'PUT',
      `/api/catalogue/administrative-matters/${matter.id}?district=370212`,
      body(matter),
    );
    expect(stale.statusCode).toBe(409);
  });

  it('is kept by the district justice bureau only: a case officer gets 403, another district 404', async () => {
    const matter = (await catalogue()).administrativeMatters[0]!;
    const officer = await t.login('ls-case-officer');
    expect(
      (
        await officer.request(
          'PUT',
          `/api/catalogue/administrative-matters/${matter.id}?district=370212`,
          body(matter),
        )
      ).statusCode,
    ).toBe(403);
    const other = await t.login('st-justice');
    expect(
      (
        await other.request(
          'PUT',
          `/api/catalogue/administrative-matters/${matter.id}?district=370212`,
          body(matter),
        )
      ).statusCode,
    ).toBe(404);
  });
});
