// ORG-1 (jurisdictions and agencies), ORG-3 (district settings) and the administration of agencies
// and users, through the HTTP API as the demo users see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../tests/support/fixed-time.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';

interface Jurisdiction {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  version: number;
}
interface Agency {
  id: string;
  jurisdictionCode: string;
  districtCode: string | null;
  name: string;
  shortName: string;
  kind: string;
  active: boolean;
  version: number;
}
interface Settings {
  districtCode: string;
  filingDeadlineWorkingDays: number;
  textPublicationDeadlineWorkingDays: number;
  reminderLeadWorkingDays: number;
  townsAdjustLists: boolean;
  creditPlatforms: string[];
  leadUnits: Record<string, string>;
  version: number;
  updatedAt: string;
}
interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  jurisdictionCode: string;
  districtCode: string;
  agencyId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
}
interface AuditEntry {
  chain: string;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string;
  actorRole: string;
  before: unknown;
  after: unknown;
}

let t: TestApp;
let lsAdmin: Session;
let stAdmin: Session;
let platformAdmin: Session;
let lsJustice: Session;

beforeAll(async () => {
  t = await createTestApp();
  [lsAdmin, stAdmin, platformAdmin, lsJustice] = await Promise.all([
    t.login('ls-admin'),
    t.login('st-admin'),
    t.login('platform-admin'),
    t.login('ls-justice'),
  ]);
});
afterAll(() => t.close());

const json = async <T>(
  response: Promise<{ statusCode: number; json(): unknown; body: string }>,
  status = 200,
) => {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
};
const jurisdictionsOf = (session: Session) =>
  json<Jurisdiction[]>(session.request('GET', '/api/jurisdictions'));
const agenciesOf = (session: Session, query = '') =>
  json<Agency[]>(session.request('GET', `/api/agencies${query}`));
const agencyNamed = async (session: Session, name: string) => {
  const agency = (await agenciesOf(session)).find((a) => a.name === name);
  if (!agency) throw new Error(`${session.username} sees no agency ${name}`);
  return agency;
};
const settingsOf = (session: Session, code: string) =>
  json<Settings>(session.request('GET', `/api/districts/${code}/settings`));
const usersOf = (session: Session) => json<User[]>(session.request('GET', '/api/users'));
const userNamed = async (session: Session, username: string) => {
  const user = (await usersOf(session)).find((u) => u.username === username);
  if (!user) throw new Error(`${session.username} sees no user ${username}`);
  return user;
};
/** The audit entries of one record, newest first (read by an admin of the chain). */
const auditOf = (session: Session, chain: string, entityId: string) =>
  json<AuditEntry[]>(
    session.request('GET', `/api/audit/entries?chain=${chain}&entityId=${entityId}&limit=200`),
  );

const LS_STREETS = {
  '370212001': '中韩街道',
  '370212002': '沙子口街道',
  '370212003': '王哥庄街道',
  '370212004': '北宅街道',
  '370212005': '金家岭街道',
};
const ST_TOWNS = {
  '370406001': '山城街道',
  '370406101': '店子镇',
  '370406102': '西集镇',
  '370406103': '桑村镇',
  '370406104': '北庄镇',
  '370406105': '城头镇',
  '370406106': '徐庄镇',
  '370406107': '水泉镇',
  '370406108': '冯卯镇',
  '370406109': '凫城镇',
  '370406405': '山亭经济开发区',
};

describe('ORG-1 the jurisdiction tree carries the official division codes', () => {
  it('ORG-1 shows the platform admin 山东省 > 青岛市 > 崂山区 > 5 streets and 枣庄市 > 山亭区 > 11 towns', async () => {
    const tree = await jurisdictionsOf(platformAdmin);
    const byCode = new Map(tree.map((j) => [j.code, j]));
    expect(byCode.get('370000')).toMatchObject({ name: '山东省', level: 'province', parentCode: null });
    expect(byCode.get('370200')).toMatchObject({ name: '青岛市', level: 'city', parentCode: '370000' });
    expect(byCode.get('370212')).toMatchObject({ name: '崂山区', level: 'county', parentCode: '370200' });
    expect(byCode.get('370400')).toMatchObject({ name: '枣庄市', level: 'city', parentCode: '370000' });
    expect(byCode.get('370406')).toMatchObject({ name: '山亭区', level: 'county', parentCode: '370400' });
    const childrenOf = (code: string) =>
      Object.fromEntries(tree.filter((j) => j.parentCode === code).map((j) => [j.code, j.name]));
    expect(childrenOf('370212')).toEqual(LS_STREETS);
    expect(childrenOf('370406')).toEqual(ST_TOWNS);
    for (const code of [...Object.keys(LS_STREETS), ...Object.keys(ST_TOWNS)]) {
      expect(byCode.get(code)?.level).toBe('town');
    }
  });

  it('ORG-1 shows the LS admin the 崂山区 subtree and its ancestors, and no 山亭区 node', async () => {
    const codes = (await jurisdictionsOf(lsAdmin)).map((j) => j.code).sort();
    expect(codes).toEqual(['370000', '370200', '370212', ...Object.keys(LS_STREETS)].sort());
  });

  it('ORG-1 shows the ST admin the 山亭区 subtree and its ancestors, and no 崂山区 node', async () => {
    const codes = (await jurisdictionsOf(stAdmin)).map((j) => j.code).sort();
    expect(codes).toEqual(['370000', '370400', '370406', ...Object.keys(ST_TOWNS)].sort());
  });

  it('ORG-1 refuses a district admin a town of another county (403)', async () => {
    // 香港中路街道 of 市南区, and 店子镇 of 山亭区: neither lies in 崂山区.
    for (const code of ['370202001', '370406101']) {
      const response = await lsAdmin.request('POST', '/api/jurisdictions', { code });
      expect(response.statusCode, code).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
    const st = await stAdmin.request('POST', '/api/jurisdictions', { code: '370212006', name: '某街道' });
    expect(st.statusCode).toBe(403);
  });

  it('ORG-1 asks for a name when the code is not in the official reference (400 name)', async () => {
    const response = await lsAdmin.request('POST', '/api/jurisdictions', { code: '370212006' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(response.json().message).toMatch(/名称/);
  });

  it('ORG-1 refuses malformed codes and codes whose parent is missing (400 code)', async () => {
    for (const code of ['37021', '3702120011', '37O212']) {
      const response = await lsAdmin.request('POST', '/api/jurisdictions', { code, name: '某街道' });
      expect(response.statusCode, code).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'code' });
    }
    // 李沧区's first street: official, but 李沧区 itself is not in the tree yet.
    const orphan = await platformAdmin.request('POST', '/api/jurisdictions', { code: '370213001' });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json()).toMatchObject({ code: 'VALIDATION', field: 'code' });
    expect(orphan.json().message).toContain('370213');
    // A 9-digit code starts with its county's code: '370200…' would hang a town under 青岛市 itself.
    const underCity = await platformAdmin.request('POST', '/api/jurisdictions', {
      code: '370200001',
      name: '某街道',
    });
    expect(underCity.statusCode).toBe(400);
    expect(underCity.json()).toMatchObject({ code: 'VALIDATION', field: 'code' });
    expect((await jurisdictionsOf(platformAdmin)).map((j) => j.code)).not.toContain('370200001');
  });

  it('ORG-1 refuses a code that exists already (409 code)', async () => {
    const response = await lsAdmin.request('POST', '/api/jurisdictions', { code: '370212001' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('ORG-1 adds a newer street under 崂山区, audited in its chain, visible to LS only; renames it with version', async () => {
    const created = await json<Jurisdiction>(
      lsAdmin.request('POST', '/api/jurisdictions', { code: '370212100', name: '崂山新城街道' }),
      201,
    );
    expect(created).toMatchObject({
      code: '370212100',
      name: '崂山新城街道',
      level: 'town',
      parentCode: '370212',
      version: 1,
    });
    const [entry] = await auditOf(lsAdmin, '370212', '370212100');
    expect(entry).toMatchObject({
      chain: '370212',
      action: 'jurisdiction.created',
      actorName: 'ls-admin',
      actorRole: 'admin',
      after: { code: '370212100', name: '崂山新城街道' },
    });
    expect((await jurisdictionsOf(lsAdmin)).map((j) => j.code)).toContain('370212100');
    expect((await jurisdictionsOf(stAdmin)).map((j) => j.code)).not.toContain('370212100');

    const renamed = await json<Jurisdiction>(
      lsAdmin.request('PUT', '/api/jurisdictions/370212100', { name: '崂山新区街道', version: 1 }),
    );
    expect(renamed).toMatchObject({ name: '崂山新区街道', version: 2 });
    const stale = await lsAdmin.request('PUT', '/api/jurisdictions/370212100', { name: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect((await auditOf(lsAdmin, '370212', '370212100'))[0]).toMatchObject({
      action: 'jurisdiction.renamed',
      before: { name: '崂山新城街道' },
      after: { name: '崂山新区街道' },
    });
  });

  it('ORG-1 takes the official name from the reference when none is given (platform admin, another county)', async () => {
    const created = await json<Jurisdiction>(
      platformAdmin.request('POST', '/api/jurisdictions', { code: '370213' }),
      201,
    );
    expect(created).toMatchObject({ code: '370213', name: '李沧区', level: 'county', parentCode: '370200' });
  });

  it('ORG-1 has the agencies of each district as seeded, each seen by its own district only', async () => {
    const ls = await agenciesOf(lsAdmin);
    const st = await agenciesOf(stAdmin);
    const lsNames = ls.map((a) => a.name);
    const stNames = st.map((a) => a.name);
    expect(lsNames).toEqual(
      expect.arrayContaining([
        '崂山区司法局',
        '崂山区电子政务和大数据中心',
        '崂山区人力资源和社会保障局',
        '中韩司法所',
        '青岛市司法局',
        '山东省司法厅',
      ]),
    );
    expect(stNames).toEqual(
      expect.arrayContaining([
        '山亭区司法局',
        '山亭区大数据局',
        '店子镇司法所',
        '枣庄市司法局',
        '山东省司法厅',
      ]),
    );
    expect(lsNames.filter((n) => /山亭|枣庄|店子/.test(n))).toEqual([]);
    expect(stNames.filter((n) => /崂山|青岛|中韩/.test(n))).toEqual([]);
    expect(ls.find((a) => a.name === '崂山区电子政务和大数据中心')).toMatchObject({
      jurisdictionCode: '370212',
      districtCode: '370212',
      kind: 'big-data',
    });
    expect(st.find((a) => a.name === '店子镇司法所')).toMatchObject({
      jurisdictionCode: '370406101',
      districtCode: '370406',
      kind: 'town-justice-office',
    });
    expect(st.find((a) => a.name === '枣庄市司法局')).toMatchObject({
      jurisdictionCode: '370400',
      districtCode: null,
    });
    // The district filter keeps the district's own agencies, without upper-level bodies.
    const onlyLs = await agenciesOf(lsJustice, '?district=370212');
    expect(onlyLs.length).toBeGreaterThan(20);
    expect(onlyLs.every((a) => a.districtCode === '370212')).toBe(true);
  });
});

describe('ORG-3 per-district settings', () => {
  it('ORG-3 shows 山亭区 its seeded settings: 7 and 10 working days, towns adjust, 枣庄 credit platform', async () => {
    const st = await settingsOf(stAdmin, '370406');
    expect(st).toMatchObject({
      districtCode: '370406',
      filingDeadlineWorkingDays: 7,
      textPublicationDeadlineWorkingDays: 10,
      reminderLeadWorkingDays: 3,
      townsAdjustLists: true,
    });
    expect(st.creditPlatforms).toEqual(
      expect.arrayContaining(['枣庄市公共信用信息平台', '国家企业信用信息公示系统（山东）']),
    );
    expect(st.leadUnits.justice).toBe((await agencyNamed(stAdmin, '山亭区司法局')).id);
    expect(st.leadUnits.data).toBe((await agencyNamed(stAdmin, '山亭区大数据局')).id);
  });

  it('ORG-3 shows 崂山区 staff its settings: towns do not adjust lists, lead units are LS agencies', async () => {
    const ls = await settingsOf(lsJustice, '370212');
    expect(ls).toMatchObject({
      districtCode: '370212',
      filingDeadlineWorkingDays: 7,
      textPublicationDeadlineWorkingDays: 10,
      townsAdjustLists: false,
    });
    expect(ls.creditPlatforms).toContain('国家企业信用信息公示系统（山东）');
    expect(ls.creditPlatforms).not.toContain('枣庄市公共信用信息平台');
    expect(ls.leadUnits.justice).toBe((await agencyNamed(lsJustice, '崂山区司法局')).id);
    expect(ls.leadUnits.data).toBe((await agencyNamed(lsJustice, '崂山区电子政务和大数据中心')).id);
  });

  it('ORG-3 lets the LS admin change LS settings with the version read; before and after are audited', async () => {
    const before = await settingsOf(lsAdmin, '370212');
    const { districtCode: _code, updatedAt: _at, ...body } = before;
    const updated = await json<Settings>(
      lsAdmin.request('PUT', '/api/districts/370212/settings', {
        ...body,
        filingDeadlineWorkingDays: 6,
        reminderLeadWorkingDays: 2,
        creditPlatforms: [...before.creditPlatforms, ' 青岛市公共信用信息平台 '],
      }),
    );
    expect(updated).toMatchObject({
      districtCode: '370212',
      filingDeadlineWorkingDays: 6,
      reminderLeadWorkingDays: 2,
      version: before.version + 1,
      updatedAt: TEST_NOW.toISOString(),
    });
    expect(updated.creditPlatforms.at(-1)).toBe('青岛市公共信用信息平台');
    expect(await settingsOf(lsJustice, '370212')).toMatchObject({
      filingDeadlineWorkingDays: 6,
      version: before.version + 1,
    });
    const [entry] = await auditOf(lsAdmin, '370212', '370212');
    expect(entry).toMatchObject({
      chain: '370212',
      action: 'district-settings.updated',
      entityType: 'district-settings',
      actorRole: 'admin',
      before: { filingDeadlineWorkingDays: 7, reminderLeadWorkingDays: 3, version: before.version },
      after: { filingDeadlineWorkingDays: 6, reminderLeadWorkingDays: 2, version: before.version + 1 },
    });
    // 山亭区 is untouched.
    expect(await settingsOf(stAdmin, '370406')).toMatchObject({ filingDeadlineWorkingDays: 7, version: 1 });
  });

  it('ORG-3 refuses a stale version (409 STALE_VERSION) and changes nothing', async () => {
    const current = await settingsOf(lsAdmin, '370212');
    const { districtCode: _code, updatedAt: _at, ...body } = current;
    const response = await lsAdmin.request('PUT', '/api/districts/370212/settings', {
      ...body,
      textPublicationDeadlineWorkingDays: 15,
      version: current.version - 1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'STALE_VERSION', field: 'version' });
    expect(await settingsOf(lsAdmin, '370212')).toEqual(current);
  });

  it('ORG-3 refuses invalid settings, naming the field', async () => {
    const current = await settingsOf(lsAdmin, '370212');
    const { districtCode: _code, updatedAt: _at, ...body } = current;
    const stJustice = await agencyNamed(stAdmin, '山亭区司法局');
    const cases: [unknown, string][] = [
      [{ ...body, reminderLeadWorkingDays: body.filingDeadlineWorkingDays }, 'reminderLeadWorkingDays'],
      [{ ...body, leadUnits: { ...body.leadUnits, justice: stJustice.id } }, 'leadUnits.justice'],
      [{ ...body, leadUnits: { ...body.leadUnits, tourism: body.leadUnits.justice } }, 'leadUnits.tourism'],
      [
        {
          ...body,
          creditPlatforms: ['国家企业信用信息公示系统（山东）', '国家企业信用信息公示系统（山东）'],
        },
        'creditPlatforms',
      ],
      [{ ...body, filingDeadlineWorkingDays: 0 }, 'filingDeadlineWorkingDays'],
      [{ ...body, townsAdjustLists: 'yes' }, 'townsAdjustLists'],
    ];
    for (const [input, field] of cases) {
      const response = await lsAdmin.request('PUT', '/api/districts/370212/settings', input);
      expect(response.statusCode, field).toBe(400);
      expect(response.json(), field).toMatchObject({ code: 'VALIDATION', field });
    }
    expect(await settingsOf(lsAdmin, '370212')).toEqual(current);
  });

  it('ORG-3 refuses staff who are not admins (403)', async () => {
    const current = await settingsOf(lsJustice, '370212');
    const { districtCode: _code, updatedAt: _at, ...body } = current;
    const response = await lsJustice.request('PUT', '/api/districts/370212/settings', {
      ...body,
      townsAdjustLists: true,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
    expect((await settingsOf(lsJustice, '370212')).townsAdjustLists).toBe(false);
  });
});

describe('ORG-1 agencies managed by the district admin', () => {
  const emergency = {
    jurisdictionCode: '370212',
    name: '崂山区应急管理局',
    shortName: '区应急局',
    kind: 'handling-agency',
  };
  let created: Agency;

  it('creates an agency of the district (201), audited as agency.created', async () => {
    created = await json<Agency>(lsAdmin.request('POST', '/api/agencies', emergency), 201);
    expect(created).toMatchObject({ ...emergency, districtCode: '370212', active: true, version: 1 });
    expect((await agenciesOf(lsJustice)).map((a) => a.id)).toContain(created.id);
    expect((await agenciesOf(stAdmin)).map((a) => a.id)).not.toContain(created.id);
    const [entry] = await auditOf(lsAdmin, '370212', created.id);
    expect(entry).toMatchObject({
      action: 'agency.created',
      entityType: 'agency',
      after: { name: '崂山区应急管理局', jurisdictionCode: '370212' },
    });
  });

  it('creates an agency of a street, which belongs to the district', async () => {
    const street = await json<Agency>(
      lsAdmin.request('POST', '/api/agencies', {
        jurisdictionCode: '370212002',
        name: '沙子口街道便民服务中心',
        shortName: '沙子口便民中心',
        kind: 'handling-agency',
      }),
      201,
    );
    expect(street).toMatchObject({ jurisdictionCode: '370212002', districtCode: '370212' });
  });

  it('refuses a second agency of the same name in the same jurisdiction (409 name), not elsewhere', async () => {
    const again = await lsAdmin.request('POST', '/api/agencies', { ...emergency, shortName: '应急局' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const seeded = await lsAdmin.request('POST', '/api/agencies', {
      ...emergency,
      name: '崂山区司法局',
      shortName: '区司法局',
    });
    expect(seeded.statusCode).toBe(409);
    // The same name is fine under a street.
    const elsewhere = await lsAdmin.request('POST', '/api/agencies', {
      ...emergency,
      jurisdictionCode: '370212001',
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses an agency in another district (403), an unknown jurisdiction (400) and non-admins (403)', async () => {
    const st = await lsAdmin.request('POST', '/api/agencies', { ...emergency, jurisdictionCode: '370406' });
    expect(st.statusCode).toBe(403);
    const unknown = await lsAdmin.request('POST', '/api/agencies', {
      ...emergency,
      jurisdictionCode: '370212099',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toBe('jurisdictionCode');
    const badKind = await lsAdmin.request('POST', '/api/agencies', { ...emergency, kind: 'ministry' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().field).toBe('kind');
    const staff = await lsJustice.request('POST', '/api/agencies', { ...emergency, name: '崂山区某局' });
    expect(staff.statusCode).toBe(403);
  });

  it('updates an agency with the version read (audited), refuses a stale version and a clashing name', async () => {
    const change = { name: created.name, shortName: '应急局', kind: 'handling-agency', active: true };
    const updated = await json<Agency>(
      lsAdmin.request('PUT', `/api/agencies/${created.id}`, { ...change, version: 1 }),
    );
    expect(updated).toMatchObject({ shortName: '应急局', version: 2 });
    const stale = await lsAdmin.request('PUT', `/api/agencies/${created.id}`, { ...change, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const clash = await lsAdmin.request('PUT', `/api/agencies/${created.id}`, {
      ...change,
      name: '崂山区司法局',
      version: 2,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(clash.json().message_en).toBeTruthy();
    expect((await agencyNamed(lsAdmin, created.name)).version).toBe(2);
    const [entry] = await auditOf(lsAdmin, '370212', created.id);
    expect(entry).toMatchObject({
      action: 'agency.updated',
      before: { shortName: '区应急局', version: 1 },
      after: { shortName: '应急局', version: 2 },
    });
  });

  it('refuses an upper-level body (403) and another district’s agency (404) to the LS admin', async () => {
    const city = await agencyNamed(lsAdmin, '青岛市司法局');
    const response = await lsAdmin.request('PUT', `/api/agencies/${city.id}`, {
      name: city.name,
      shortName: 'x',
      kind: city.kind,
      active: true,
      version: city.version,
    });
    expect(response.statusCode).toBe(403);
    const st = await agencyNamed(stAdmin, '山亭区大数据局');
    const other = await lsAdmin.request('PUT', `/api/agencies/${st.id}`, {
      name: st.name,
      shortName: 'x',
      kind: st.kind,
      active: true,
      version: st.version,
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('ORG-2 users managed by the district admin', () => {
  const PASSWORD = 'Initial2026';
  const newOfficer = (agencyId: string | null, extra: Record<string, unknown> = {}) => ({
    username: 'ls-hr-officer2',
    password: PASSWORD,
    displayName: '韩雪',
    role: 'case-officer',
    jurisdictionCode: '370212',
    agencyId,
    ...extra,
  });
  let hr: Agency;
  let officer: User;

  beforeAll(async () => {
    hr = await agencyNamed(lsAdmin, '崂山区人力资源和社会保障局');
  });

  it('creates a case officer at an LS agency (201): no secret returned, audited, must change password', async () => {
    const response = await lsAdmin.request('POST', '/api/users', newOfficer(hr.id));
    expect(response.statusCode, response.body).toBe(201);
    officer = response.json();
    expect(officer).toMatchObject({
      username: 'ls-hr-officer2',
      role: 'case-officer',
      jurisdictionCode: '370212',
      districtCode: '370212',
      agencyId: hr.id,
      active: true,
      mustChangePassword: true,
      version: 1,
    });
    expect(response.body).not.toMatch(/passwordHash|argon|\$scrypt|Initial2026/);
    const [entry] = await auditOf(lsAdmin, '370212', officer.id);
    expect(entry).toMatchObject({ action: 'user.created', after: { username: 'ls-hr-officer2' } });
    expect(JSON.stringify(entry)).not.toMatch(/passwordHash/);
  });

  it('lets the new user log in with the initial password; /api/auth/me asks for a new password', async () => {
    const login = await t.anonymous('POST', '/api/auth/login', {
      username: 'ls-hr-officer2',
      password: PASSWORD,
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
    const session = await t.login('ls-hr-officer2', PASSWORD);
    const me = await json<Record<string, unknown>>(session.request('GET', '/api/auth/me'));
    expect(me).toMatchObject({
      username: 'ls-hr-officer2',
      role: 'case-officer',
      mustChangePassword: true,
      district: { code: '370212', name: '崂山区' },
      agency: { id: hr.id, name: '崂山区人力资源和社会保障局' },
    });
  });

  it('refuses a username taken already, whatever its case (409 username)', async () => {
    for (const username of ['ls-hr-officer2', 'LS-HR-Officer2', 'ls-justice']) {
      const response = await lsAdmin.request('POST', '/api/users', newOfficer(hr.id, { username }));
      expect(response.statusCode, username).toBe(409);
      expect(response.json(), username).toMatchObject({ code: 'CONFLICT', field: 'username' });
      expect(response.json().message).toBeTruthy();
      expect(response.json().message_en).toBeTruthy();
    }
  });

  it('refuses agency staff without an agency, or with an agency of another jurisdiction (400 agencyId)', async () => {
    const none = await lsAdmin.request('POST', '/api/users', newOfficer(null, { username: 'ls-no-agency' }));
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'VALIDATION', field: 'agencyId' });
    // 中韩司法所 sits at the street 370212001, not at the district.
    const street = await agencyNamed(lsAdmin, '中韩司法所');
    const wrongLevel = await lsAdmin.request(
      'POST',
      '/api/users',
      newOfficer(street.id, { username: 'ls-wrong-level' }),
    );
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().field).toBe('agencyId');
    const stAgency = await agencyNamed(stAdmin, '山亭区行政审批服务局');
    const otherDistrict = await lsAdmin.request(
      'POST',
      '/api/users',
      newOfficer(stAgency.id, { username: 'ls-st-agency' }),
    );
    expect(otherDistrict.statusCode).toBe(400);
    expect(otherDistrict.json().field).toBe('agencyId');
    // A street's justice officer at the street's own 司法所 is fine.
    const ok = await lsAdmin.request(
      'POST',
      '/api/users',
      newOfficer(street.id, {
        username: 'ls-zhonghan-justice',
        role: 'justice-officer',
        jurisdictionCode: '370212001',
      }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ jurisdictionCode: '370212001', districtCode: '370212' });
    const names = (await usersOf(lsAdmin)).map((u) => u.username);
    expect(names).not.toContain('ls-no-agency');
    expect(names).not.toContain('ls-st-agency');
  });

  it('refuses a user in 山亭区 (403) and applicant accounts (400 role)', async () => {
    const stAgency = await agencyNamed(stAdmin, '山亭区行政审批服务局');
    const st = await lsAdmin.request(
      'POST',
      '/api/users',
      newOfficer(stAgency.id, { username: 'ls-into-st', jurisdictionCode: '370406' }),
    );
    expect(st.statusCode).toBe(403);
    const applicant = await lsAdmin.request(
      'POST',
      '/api/users',
      newOfficer(null, { username: 'ls-new-applicant', role: 'applicant' }),
    );
    expect(applicant.statusCode).toBe(400);
    expect(applicant.json().field).toBe('role');
  });

  it('changes a user’s role with the version read; their open sessions end (401)', async () => {
    const session = await t.login('ls-hr-officer2', PASSWORD);
    expect((await session.request('GET', '/api/auth/me')).statusCode).toBe(200);
    const { id, username: _u, districtCode: _d, mustChangePassword: _m, ...current } = officer;
    const updated = await json<User>(
      lsAdmin.request('PUT', `/api/users/${id}`, {
        displayName: current.displayName,
        role: 'verifier',
        jurisdictionCode: current.jurisdictionCode,
        agencyId: current.agencyId,
        active: true,
        version: 1,
      }),
    );
    expect(updated).toMatchObject({ role: 'verifier', version: 2, active: true });
    expect(JSON.stringify(updated)).not.toMatch(/passwordHash/);
    expect((await session.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const stale = await lsAdmin.request('PUT', `/api/users/${id}`, {
      displayName: '韩雪',
      role: 'case-officer',
      jurisdictionCode: '370212',
      agencyId: hr.id,
      active: true,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const [entry] = await auditOf(lsAdmin, '370212', id);
    expect(entry).toMatchObject({
      action: 'user.updated',
      before: { role: 'case-officer' },
      after: { role: 'verifier' },
    });
  });

  it('disables a user: their session gets 401 and they cannot log in again', async () => {
    const session = await t.login('ls-hr-officer2', PASSWORD);
    const response = await lsAdmin.request('PUT', `/api/users/${officer.id}`, {
      displayName: '韩雪',
      role: 'verifier',
      jurisdictionCode: '370212',
      agencyId: hr.id,
      active: false,
      version: 2,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ active: false, version: 3 });
    const me = await session.request('GET', '/api/auth/me');
    expect(me.statusCode).toBe(401);
    const again = await t.anonymous('POST', '/api/auth/login', {
      username: 'ls-hr-officer2',
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(403);
    expect((await userNamed(lsAdmin, 'ls-hr-officer2')).active).toBe(false);
  });

  it('does not let an admin disable themselves or change their own role (400), and they stay admin', async () => {
    const me = await userNamed(lsAdmin, 'ls-admin');
    const base = {
      displayName: me.displayName,
      role: me.role,
      jurisdictionCode: me.jurisdictionCode,
      agencyId: me.agencyId,
      active: true,
      version: me.version,
    };
    const disable = await lsAdmin.request('PUT', `/api/users/${me.id}`, { ...base, active: false });
    expect(disable.statusCode).toBe(400);
    expect(disable.json()).toMatchObject({ code: 'VALIDATION', field: 'active' });
    const demote = await lsAdmin.request('PUT', `/api/users/${me.id}`, { ...base, role: 'auditor' });
    expect(demote.statusCode).toBe(400);
    expect(demote.json()).toMatchObject({ code: 'VALIDATION', field: 'role' });
    expect(await userNamed(lsAdmin, 'ls-admin')).toMatchObject({
      active: true,
      role: 'admin',
      version: me.version,
    });
    expect((await lsAdmin.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('resets a password: old sessions end, the old password fails, the new one works and must be changed', async () => {
    const verifier = await userNamed(lsAdmin, 'ls-verifier');
    const session = await t.login('ls-verifier');
    const weak = await lsAdmin.request('POST', `/api/users/${verifier.id}/password-reset`, {
      password: 'onlyletters',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().field).toBe('password');
    const reset = await lsAdmin.request('POST', `/api/users/${verifier.id}/password-reset`, {
      password: 'Temporary2026',
    });
    expect(reset.statusCode).toBe(204);
    expect((await session.request('GET', '/api/auth/me')).statusCode).toBe(401);
    await expect(t.login('ls-verifier')).rejects.toThrow(/401/);
    const fresh = await t.login('ls-verifier', 'Temporary2026');
    expect(
      (await json<{ mustChangePassword: boolean }>(fresh.request('GET', '/api/auth/me'))).mustChangePassword,
    ).toBe(true);
    // The reset is followed by the user's own new session; both are in the district's chain.
    const entries = await auditOf(lsAdmin, '370212', verifier.id);
    const entry = entries.find((e) => e.action === 'user.password-reset');
    expect(entry).toMatchObject({ chain: '370212', actorName: 'ls-admin', entityType: 'user' });
    expect(JSON.stringify(entry)).not.toMatch(/Temporary2026|passwordHash/);
  });

  it('lists the district’s users without password hashes, and masks agents’ ID numbers', async () => {
    const response = await lsAdmin.request('GET', '/api/users');
    expect(response.statusCode).toBe(200);
    const users = response.json() as (User & Record<string, unknown>)[];
    expect(response.body).not.toMatch(/passwordHash|password_hash|\$argon2/);
    expect(users.every((u) => !('passwordHash' in u))).toBe(true);
    expect(users.every((u) => u.jurisdictionCode.startsWith('370212'))).toBe(true);
    expect(users.map((u) => u.username)).toEqual(
      expect.arrayContaining(['ls-admin', 'ls-justice', 'ls-company', 'ls-hr-officer2']),
    );
    const company = users.find((u) => u.username === 'ls-company')!;
    expect(company.agentIdNumber).toBe('370212********4224');
    expect(response.body).not.toContain('370212198506174224');
  });

  it('refuses the user list to staff who are not admins (403)', async () => {
    const response = await lsJustice.request('GET', '/api/users');
    expect(response.statusCode).toBe(403);
  });
});
