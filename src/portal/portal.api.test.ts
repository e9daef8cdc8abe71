// Issue 17, the portal conventions of a government site: one search over a district's published
// matters, list items and guides, and the site's foot (主办单位, 备案号…) as district configuration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';

interface Search {
  districtCode: string;
  q: string;
  listVersion: number | null;
  matters: { total: number; hits: { name: string; itemCount: number; guideId: string | null }[] };
  items: { total: number; hits: { key: string; name: string; administrativeMatter: string }[] };
  guides: { total: number; hits: { id: string; name: string; title: string }[] };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = async (district: string, q: string): Promise<Search> => {
  const response = await t.anonymous(
    'GET',
    `/api/public/districts/${district}/search?q=${encodeURIComponent(q)}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('the search of a district, for anyone', () => {
  it('finds a matter, its list items and its guide by a word, each linked to what it names', async () => {
    const found = await search('370212', ' 失业保险金 ');
    expect(found.q).toBe('失业保险金');
    expect(found.listVersion).toBeGreaterThanOrEqual(1);
    const matter = found.matters.hits.find((m) => m.name === '失业保险金申领');
    expect(matter).toMatchObject({ itemCount: 1, guideId: expect.any(String) });
    expect(found.items.hits).toContainEqual(
      expect.objectContaining({ name: '解除或终止劳动关系证明', administrativeMatter: '失业保险金申领' }),
    );
    const guide = found.guides.hits.find((g) => g.name === '失业保险金申领');
    expect(guide?.id).toBe(matter?.guideId);
    const page = await t.anonymous('GET', `/api/public/guides/${guide!.id}`);
    expect(page.statusCode).toBe(200);
  });

  it('finds a list item by its proof, and puts hits on the name before hits elsewhere', async () => {
    const found = await search('370212', '营业执照');
    expect(found.items.total).toBeGreaterThan(1);
    expect(found.items.hits.every((i) => i.name.includes('营业执照'))).toBe(true);
    // Every word must occur: the agency's name narrows the items to those it handles.
    const byAgency = await search('370212', '行政审批服务局 营业执照');
    expect(byAgency.items.total).toBeGreaterThan(0);
    expect(byAgency.items.total).toBeLessThanOrEqual(found.items.total);
    expect((await search('370212', '行政审批服务局')).matters.total).toBeGreaterThan(0);
  });

  it("keeps to the district asked: another district's matters and agencies are not found", async () => {
    const laoshan = await search('370212', '崂山区');
    expect(laoshan.items.total + laoshan.matters.total).toBeGreaterThan(0);
    const shanting = await search('370406', '崂山区');
    expect([shanting.items.total, shanting.matters.total, shanting.guides.total]).toEqual([0, 0, 0]);
    const own = await search('370406', '山亭区');
    expect(own.items.total + own.matters.total).toBeGreaterThan(0);
  });

  it('reads the published data only: a matter entered in the catalogue is not found before it is listed', async () => {
    const justice = await t.login('ls-justice');
    const catalogue = (await justice.request('GET', '/api/catalogue?district=370212')).json() as {
      administrativeMatters: { name: string; agencyId: string }[];
    };
    const agencyId = catalogue.administrativeMatters.find((a) => a.name === '失业保险金申领')!.agencyId;
    const created = await justice.request('POST', '/api/catalogue/administrative-matters?district=370212', {
      code: 'LS-97',
      name: '门户检索未公布事项',
      kind: '行政确认',
      agencyId,
      proofs: ['解除或终止劳动关系证明'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const found = await search('370212', '门户检索未公布事项');
    expect([found.matters.total, found.items.total, found.guides.total]).toEqual([0, 0, 0]);
  });

  it('refuses an empty or blank q, and one too long, in both languages naming q', async () => {
    for (const q of ['', '%20%20', 'x'.repeat(51)]) {
      const response = await t.anonymous('GET', `/api/public/districts/370212/search?q=${q}`);
      expect(response.statusCode, q).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION',
        field: 'querystring.q',
        message: expect.stringMatching(/[\u4e00-\u9fa5]/),
        message_en: expect.stringMatching(/[a-z]/),
      });
    }
    const missing = await t.anonymous('GET', '/api/public/districts/370212/search');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().field).toBe('querystring.q');
  });

  it('answers 404 for a district the platform does not serve', async () => {
    const response = await t.anonymous('GET', '/api/public/districts/110101/search?q=证明');
    expect(response.statusCode).toBe(404);
  });
});

describe("the site's foot is district configuration (ORG-3)", () => {
  it('serves each district its sponsor, contacts and registrations, the demo ones marked 示例', async () => {
    const response = await t.anonymous('GET', '/api/public/districts/370212/site');
    expect(response.statusCode).toBe(200);
    const { site, ...district } = response.json();
    expect(district).toEqual({ code: '370212', name: '崂山区', cityName: '青岛市' });
    expect(site).toMatchObject({
      sponsor: '青岛市崂山区人民政府办公室',
      organiser: '青岛市崂山区司法局',
      hotline: '12345',
      errorReportUrl: expect.stringMatching(/^https:\/\//),
    });
    for (const field of ['siteCode', 'icpRecord', 'policeRecord', 'phone', 'address'])
      expect(site[field], field).toContain('示例');
    expect(site.icpRecord).toMatch(/^鲁ICP备/);
    const shanting = (await t.anonymous('GET', '/api/public/districts/370406/site')).json();
    expect(shanting.site.sponsor).toBe('枣庄市山亭区人民政府办公室');
    expect((await t.anonymous('GET', '/api/public/districts/110101/site')).statusCode).toBe(404);
  });

  it("lets the district's admin change it (audited) and refuses a link that is not a web address", async () => {
    const admin = await t.login('ls-admin');
    const settings = (await admin.request('GET', '/api/districts/370212/settings')).json();
    const { districtCode: _code, updatedAt: _at, ...body } = settings;
    const bad = await admin.request('PUT', '/api/districts/370212/settings', {
      ...body,
      site: { ...settings.site, errorReportUrl: 'javascript:alert(1)' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('site.errorReportUrl');
    const saved = await admin.request('PUT', '/api/districts/370212/settings', {
      ...body,
      site: { ...settings.site, phone: ' 0532-12345678 ' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const site = (await t.anonymous('GET', '/api/public/districts/370212/site')).json().site;
    expect(site.phone).toBe('0532-12345678');
    // A change that does not name the site leaves it as it was.
    const unchanged = await admin.request('PUT', '/api/districts/370212/settings', {
      ...body,
      version: saved.json().version,
      site: undefined,
    });
    expect(unchanged.statusCode, unchanged.body).toBe(200);
    expect(unchanged.json().site.phone).toBe('0532-12345678');
  });
});
