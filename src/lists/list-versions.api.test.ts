// LIST-1 (catalogue), LIST-2 (exclusions, dashboard), LIST-4 (immutable versions, diff, caching),
// LIST-5 (derived lists), concurrent draft edits and bad input, through the HTTP API on the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBody,
  amendItem,
  catalogue,
  draftRow,
  type Matter,
  matterBody,
  ok,
  publicList,
  publish,
  workspace,
} from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import type { ListItem } from '../common/list-item.ts';

let t: TestApp;
let justice: Session;

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
});
afterAll(() => t.close());

describe('LIST-1 the catalogue of certification and administrative matters', () => {
  it('records each matter with the fields of LIST-1, and the administrative matters requiring proofs', async () => {
    const { certificationMatters, administrativeMatters } = await catalogue(justice);
    expect(certificationMatters.length).toBeGreaterThanOrEqual(30);
    expect(certificationMatters.find((m) => m.name === '婚姻状况证明')).toMatchObject({
      proves: expect.any(String),
      legalBasis: expect.any(String),
      issuingBody: expect.any(String),
      field: '户籍管理',
      frequency: expect.stringMatching(/^(high|medium|low)$/),
      difficulty: expect.stringMatching(/^(high|medium|low)$/),
      verifiability: expect.stringMatching(/^(easy|medium|hard)$/),
      eLicense: true,
      exclusion: null,
    });
    expect(administrativeMatters.length).toBeGreaterThanOrEqual(15);
    expect(new Set(administrativeMatters.map((a) => a.kind))).toEqual(
      new Set(['行政许可', '行政确认', '行政给付', '其他']),
    );
    expect(administrativeMatters.find((a) => a.name === '最低生活保障审批')).toMatchObject({
      agencyName: '崂山区民政局',
      proofs: ['收入证明', '婚姻状况证明', '不动产权属证明'],
    });
  });

  it('is invisible to another district’s staff (404)', async () => {
    const other = await t.login('st-justice');
    expect((await other.request('GET', '/api/catalogue?district=370212')).statusCode).toBe(404);
    expect((await other.request('GET', '/api/lists/370212')).statusCode).toBe(404);
  });
});

describe('LIST-4 published versions: versions, diff, conditional requests', () => {
  it('lists every version with its date, newest first', async () => {
    const versions = await ok<{ version: number; publishedOn: string; contentSm3: string }[]>(
      t.anonymous('GET', '/api/public/districts/370212/list/versions'),
    );
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.map((v) => v.publishedOn)).toEqual(['2026-09-21', '2026-07-31']);
    const inForce = await publicList(t);
    expect(inForce).toMatchObject({ jurisdictionCode: '370212', version: 2, publishedOn: '2026-09-21' });
    expect(inForce.items.length).toBeGreaterThanOrEqual(40);
    expect(inForce.contentSm3).toBe(versions[0]!.contentSm3);
  });

  it('shows the demo adjustment between versions 1 and 2: added, removed, changed fields', async () => {
    const diff = await ok<{
      from: { version: number };
      to: { version: number };
      added: ListItem[];
      removed: ListItem[];
      changed: { name: string; changes: { field: string; from: unknown; to: unknown }[] }[];
    }>(t.anonymous('GET', '/api/public/districts/370212/list/diff?from=1&to=2'));
    expect(diff.from.version).toBe(1);
    expect(diff.to.version).toBe(2);
    expect(diff.added.map((i) => i.name).sort()).toEqual(['社会保险缴纳证明', '退役证明'].sort());
    expect(diff.removed.map((i) => [i.name, i.administrativeMatter])).toEqual([
      ['无工作单位证明', '灵活就业人员社会保险补贴申领'],
    ]);
    const criminal = diff.changed.find((c) => c.name === '未受过刑事处罚证明')!;
    expect(criminal.changes.map((c) => c.field)).toEqual([
      'verification',
      'assistingAgency',
      'timeLimitWorkingDays',
      'method',
      'remarks',
    ]);
    expect(criminal.changes[0]).toEqual({ field: 'verification', from: 'assistance', to: 'online' });
    expect(diff.changed.map((c) => c.name).sort()).toEqual(['家庭住房情况证明', '未受过刑事处罚证明'].sort());
    // the other way round, what was added is removed
    const back = await ok<{ added: ListItem[]; removed: ListItem[] }>(
      t.anonymous('GET', '/api/public/districts/370212/list/diff?from=2&to=1'),
    );
    expect(back.added.map((i) => i.name)).toEqual(['无工作单位证明']);
    expect(back.removed).toHaveLength(2);
  });

  it('answers a conditional request with 304 when the ETag matches, per version and per format', async () => {
    const first = await t.anonymous('GET', '/api/public/districts/370212/list');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/public/districts/370212/list',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const v1 = await t.anonymous('GET', '/api/public/districts/370212/list?version=1');
    expect(v1.headers.etag).not.toBe(etag);
    const xlsx = await t.anonymous('GET', '/api/public/districts/370212/list?format=xlsx');
    expect(xlsx.headers.etag).not.toBe(etag);
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/public/districts/370212/list',
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(stale.statusCode).toBe(200);
    for (const header of [`W/${etag}`, `"something-else", ${etag}`, '*']) {
      const weak = await t.app.inject({
        method: 'GET',
        url: '/api/public/districts/370212/list',
        headers: { 'if-none-match': header },
      });
      expect(weak.statusCode, header).toBe(304);
    }
  });

  it('names every place with a published list, towns included, with its version in force', async () => {
    const places = await ok<{ code: string; level: string; districtCode: string | null; version: number }[]>(
      t.anonymous('GET', '/api/public/lists'),
    );
    expect(places).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '370200', level: 'city', districtCode: null, version: 1 }),
        expect.objectContaining({ code: '370212', level: 'county', districtCode: '370212', version: 2 }),
        expect.objectContaining({ code: '370406101', level: 'town', districtCode: '370406', version: 1 }),
      ]),
    );
  });

  it('answers 404 for a version that does not exist and for a place without a list', async () => {
    const missing = await t.anonymous('GET', '/api/public/districts/370212/list?version=9');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
    expect((await t.anonymous('GET', '/api/public/districts/370212/list/diff?from=1&to=9')).statusCode).toBe(
      404,
    );
    expect((await t.anonymous('GET', '/api/public/districts/370406102/list')).statusCode).toBe(404);
  });
});

describe('LIST-5 derived lists of the version in force', () => {
  const derived = (kind: string, query = '') =>
    ok<{ kind: string; title: string; version: number; items: ListItem[] }>(
      t.anonymous('GET', `/api/public/districts/370212/derived/${kind}${query}`),
    );

  it('holds exactly the matching items of the version in force, for each kind', async () => {
    const { items, version } = await publicList(t);
    const keys = (list: ListItem[]) => list.map((i) => i.key);
    const exempt = await derived('exempt');
    expect(exempt.version).toBe(version);
    expect(exempt.title).toContain('免于核查清单');
    expect(keys(exempt.items)).toEqual(keys(items.filter((i) => i.verification === 'exempt')));
    expect(exempt.items.length).toBeGreaterThan(0);
    expect(keys((await derived('online')).items)).toEqual(
      keys(items.filter((i) => i.verification === 'online')),
    );
    const onSite = await derived('on-site');
    expect(onSite.title).toContain('现场核查清单');
    expect(keys(onSite.items)).toEqual(keys(items.filter((i) => i.verification === 'on-site')));
    expect(onSite.items.length).toBeGreaterThan(0);
    const disclosure = await derived('disclosure');
    expect(disclosure.title).toContain('公开告知承诺书清单');
    expect(keys(disclosure.items)).toEqual(keys(items.filter((i) => i.disclosure)));
    expect(disclosure.items.length).toBeGreaterThan(0);
  });

  it('names the assisting agency of every item on the administrative-assistance list', async () => {
    const { items } = await publicList(t);
    const assistance = await derived('assistance');
    expect(assistance.title).toContain('行政协助事项清单');
    expect(assistance.items.map((i) => i.key)).toEqual(
      items.filter((i) => i.verification === 'assistance').map((i) => i.key),
    );
    expect(assistance.items.length).toBeGreaterThan(0);
    for (const item of assistance.items) expect(item.assistingAgency, item.name).toMatch(/局|分局|中心/);
  });

  it('shows the retained-proof list (保留清单) beside the list, excluded matters with their category', async () => {
    const { retained } = await publicList(t);
    expect((await derived('retained')).items).toEqual(retained);
    expect(retained.find((r) => r.name === '特种设备定期检验合格证明')!.reason).toMatch(/^生命财产安全：/);
    expect(retained.map((r) => r.name)).toContain('劳动能力鉴定结论书');
  });

  it('derives from an earlier version when asked', async () => {
    const v1 = await publicList(t, '370212', '?version=1');
    expect((await derived('assistance', '?version=1')).items.map((i) => i.key)).toEqual(
      v1.items.filter((i) => i.verification === 'assistance').map((i) => i.key),
    );
  });
});

describe('concurrent edits of one draft (LIST-4 draft): the later save is refused, not lost', () => {
  it('refuses the second save of an item read at the same revision with 409 STALE_VERSION', async () => {
    const [alice, bob] = [justice, await t.login('ls-justice')];
    const [seenByAlice, seenByBob] = [await workspace(alice), await workspace(bob)];
    const row = draftRow(seenByAlice, '婚姻状况证明', '最低生活保障审批');
    const first = await amendItem(alice, row, {
      verification: 'exempt',
      timeLimitWorkingDays: 0,
      standard: '',
      method: '',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ verification: 'exempt', revision: row.revision + 1 });
    const bobsRow = draftRow(seenByBob, '婚姻状况证明', '最低生活保障审批');
    const second = await amendItem(bob, bobsRow, { timeLimitWorkingDays: 4 });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'STALE_VERSION', field: 'version' });
    expect(second.json().message).toContain('已被他人修改');
    expect(second.json().message_en).toMatch(/reload/i);
    // Alice's save stands
    expect(draftRow(await workspace(justice), '婚姻状况证明', '最低生活保障审批')).toMatchObject({
      verification: 'exempt',
      timeLimitWorkingDays: 0,
    });
    // removing on a stale read is refused too
    const remove = await bob.request(
      'DELETE',
      `/api/lists/370212/items/${bobsRow.id}?revision=${bobsRow.revision}`,
    );
    expect(remove.statusCode).toBe(409);
    expect(remove.json().code).toBe('STALE_VERSION');
  });

  it('refuses to publish a draft that changed since the publisher read it (409), publishing nothing', async () => {
    const stale = (await workspace(justice)).draftRevision;
    const row = draftRow(await workspace(justice), '居住证明', '居住证办理');
    expect((await amendItem(justice, row, { remarks: '申请人居住信息以公安机关登记为准' })).statusCode).toBe(
      200,
    );
    const response = await publish(justice, stale, '调整');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('STALE_VERSION');
    expect((await publicList(t)).version).toBe(2);
  });
});

describe('LIST-4 a published version never changes', () => {
  const bytes = async (url: string) => (await t.anonymous('GET', url)).rawPayload;
  let before: Record<string, Buffer>;
  let etagBefore: string;

  it('publishes the edited draft as version 3; the in-force answer changes at once (cache invalidated)', async () => {
    before = {
      v1: await bytes('/api/public/districts/370212/list?version=1'),
      v2: await bytes('/api/public/districts/370212/list?version=2'),
      v1x: await bytes('/api/public/districts/370212/list?version=1&format=xlsx'),
      v2x: await bytes('/api/public/districts/370212/list?version=2&format=xlsx'),
    };
    const inForce = await t.anonymous('GET', '/api/public/districts/370212/list');
    etagBefore = inForce.headers.etag as string;
    const ws = await workspace(justice);
    expect(ws.unpublishedChanges).toBe(true);
    const version = await ok<{ versionNo: number; publishedOn: string }>(
      publish(justice, ws.draftRevision, '婚姻状况证明改为免于核查'),
      201,
    );
    expect(version).toMatchObject({ versionNo: 3, publishedOn: '2026-09-24' });
    const after = await t.anonymous('GET', '/api/public/districts/370212/list');
    expect(after.json().version).toBe(3);
    expect(after.headers.etag).not.toBe(etagBefore);
    const conditional = await t.app.inject({
      method: 'GET',
      url: '/api/public/districts/370212/list',
      headers: { 'if-none-match': etagBefore },
    });
    expect(conditional.statusCode).toBe(200);
    expect(conditional.json().version).toBe(3);
    // the derived lists follow the version in force
    const exempt = await ok<{ version: number; items: ListItem[] }>(
      t.anonymous('GET', '/api/public/districts/370212/derived/exempt'),
    );
    expect(exempt.version).toBe(3);
    expect(exempt.items.map((i) => i.name)).toContain('婚姻状况证明');
  });

  it('serves versions 1 and 2 byte for byte as before, also from a fresh instance without caches', async () => {
    for (const [key, url] of [
      ['v1', '/api/public/districts/370212/list?version=1'],
      ['v2', '/api/public/districts/370212/list?version=2'],
      ['v1x', '/api/public/districts/370212/list?version=1&format=xlsx'],
      ['v2x', '/api/public/districts/370212/list?version=2&format=xlsx'],
    ] as const)
      expect((await bytes(url)).equals(before[key]!), key).toBe(true);
    const fresh = await createTestApp({ database: t.database });
    try {
      for (const [key, url] of [
        ['v1', '/api/public/districts/370212/list?version=1'],
        ['v2', '/api/public/districts/370212/list?version=2'],
      ] as const)
        expect((await fresh.anonymous('GET', url)).rawPayload.equals(before[key]!), key).toBe(true);
    } finally {
      await fresh.app.close();
    }
    const diff = await ok<{ changed: { name: string }[]; added: unknown[]; removed: unknown[] }>(
      t.anonymous('GET', '/api/public/districts/370212/list/diff?from=2&to=3'),
    );
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => c.name).sort()).toEqual(['婚姻状况证明', '居住证明'].sort());
  });

  it('the database refuses to update or delete a published version', async () => {
    await expect(
      t.database.sql.query(`UPDATE list_versions SET note = 'rewritten' WHERE version_no = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.sql.query('DELETE FROM list_versions')).rejects.toThrow(/append-only/);
    const versions = await ok<{ version: number; note: string }[]>(
      t.anonymous('GET', '/api/public/districts/370212/list/versions'),
    );
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions.map((v) => v.note)).not.toContain('rewritten');
  });

  it('refuses to publish a draft identical to the version in force (409)', async () => {
    const response = await publish(justice, (await workspace(justice)).draftRevision, '无变化');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('CONFLICT');
  });

  it('only the district’s justice bureau publishes (403 for the city or a case officer, 404 across districts)', async () => {
    const { draftRevision } = await workspace(justice);
    const publishAs = async (username: string) =>
      (await publish(await t.login(username), draftRevision, 'x')).statusCode;
    expect(await publishAs('qd-justice')).toBe(403);
    expect(await publishAs('ls-case-officer')).toBe(403);
    expect(await publishAs('st-justice')).toBe(404);
  });
});

describe('LIST-2 exclusions: the server refuses to list an excluded matter', () => {
  it('refuses to add an excluded matter to the draft with 400 naming certificationMatterId and the category', async () => {
    const { certificationMatters, administrativeMatters } = await catalogue(justice);
    const before = await workspace(justice);
    for (const [name, matterName, category] of [
      ['特种设备定期检验合格证明', '燃气经营许可', '生命财产安全'],
      ['放射诊疗设备检测合格证明', '放射诊疗许可', '人身健康'],
    ] as const) {
      const matter = certificationMatters.find((m) => m.name === name)!;
      expect(matter.exclusion?.category).toBe(category);
      const administrative = administrativeMatters.find((a) => a.name === matterName)!;
      // whatever the terms: a clean, coherent item is refused all the same
      for (const over of [{}, { verification: 'exempt', timeLimitWorkingDays: 0 }, { disclosure: true }]) {
        const response = await justice.request(
          'POST',
          '/api/lists/370212/items',
          addBody(matter, administrative.id, over),
        );
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json()).toMatchObject({
          code: 'VALIDATION',
          field: 'certificationMatterId',
          details: { category },
        });
        expect(response.json().message).toContain(category);
      }
      // a client cannot lift the exclusion through the item form
      const smuggled = await justice.request('POST', '/api/lists/370212/items', {
        ...addBody(matter, administrative.id),
        exclusion: null,
      });
      expect(smuggled.statusCode).toBe(400);
    }
    expect((await workspace(justice)).draftRevision).toBe(before.draftRevision);
  });

  it('refuses to mark a matter excluded while the draft lists it (409 exclusion), and leaves it listable', async () => {
    const { certificationMatters } = await catalogue(justice);
    const licence = certificationMatters.find((m) => m.name === '营业执照')!;
    const { id, version, createdAt: _c, updatedAt: _u, districtCode: _d, ...fields } = licence;
    const response = await justice.request('PUT', `/api/catalogue/matters/${id}?district=370212`, {
      ...fields,
      exclusion: { category: '公共安全', reason: '测试' },
      version,
    });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', field: 'exclusion' });
    expect((await catalogue(justice)).certificationMatters.find((m) => m.id === id)!.exclusion).toBeNull();
  });

  it('excludes a matter that is not listed; it is then refused as an item and leaves the should-adopt flags', async () => {
    const before = await ok<{ shouldAdopt: string[]; excluded: number }>(
      justice.request('GET', '/api/lists/370212/dashboard'),
    );
    expect(before.shouldAdopt).toContain('机动车驾驶证');
    const { certificationMatters, administrativeMatters } = await catalogue(justice);
    const licence = certificationMatters.find((m) => m.name === '机动车驾驶证')!;
    const { id, version, createdAt: _c, updatedAt: _u, districtCode: _d, ...fields } = licence;
    const saved = await ok<Matter>(
      justice.request('PUT', `/api/catalogue/matters/${id}?district=370212`, {
        ...fields,
        exclusion: { category: '公共安全', reason: '道路运输安全，承诺不实可能危及公共安全' },
        version,
      }),
    );
    expect(saved.exclusion).toEqual({
      category: '公共安全',
      reason: '道路运输安全，承诺不实可能危及公共安全',
    });
    const after = await ok<{ shouldAdopt: string[]; excluded: number }>(
      justice.request('GET', '/api/lists/370212/dashboard'),
    );
    expect(after.shouldAdopt).not.toContain('机动车驾驶证');
    expect(after.excluded).toBe(before.excluded + 1);
    const transport = administrativeMatters.find((a) => a.name === '经营性道路旅客运输驾驶员从业资格')!;
    const refused = await justice.request('POST', '/api/lists/370212/items', addBody(saved, transport.id));
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      field: 'certificationMatterId',
      details: { category: '公共安全' },
    });
  });

  it('refuses an unknown exclusion category, naming the field', async () => {
    const response = await justice.request(
      'POST',
      '/api/catalogue/matters?district=370212',
      matterBody('测试证明', { exclusion: { category: '个人隐私', reason: '测试' } }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toMatch(/^exclusion/);
  });
});

describe('LIST-2 dashboard: should adopt commitment, key-field coverage', () => {
  it('flags e-license matters not listed and shows coverage of the key fields of LIST-1', async () => {
    const dashboard = await ok<{
      versionNo: number;
      itemCount: number;
      shouldAdopt: string[];
      fields: { field: string; matters: number; listed: number; items: number; share: number | null }[];
      byVerification: Record<string, number>;
    }>(justice.request('GET', '/api/lists/370212/dashboard'));
    expect(dashboard.versionNo).toBe(3);
    // e-license matters of the catalogue that the list in force does not hold
    expect(dashboard.shouldAdopt.sort()).toEqual(['出生医学证明', '医疗机构执业许可证'].sort());
    expect(dashboard.fields.map((f) => f.field)).toEqual([
      '户籍管理',
      '市场主体准营',
      '资格考试',
      '社会保险',
      '社会救助',
      '健康体检',
      '法律服务',
    ]);
    const market = dashboard.fields.find((f) => f.field === '市场主体准营')!;
    expect(market).toMatchObject({ matters: 4, listed: 3, share: 0.75 });
    expect(market.items).toBeGreaterThan(3);
    expect(Object.values(dashboard.byVerification).reduce((a, b) => a + b, 0)).toBe(dashboard.itemCount);
  });

  it('is invisible across districts (404)', async () => {
    expect(
      (await (await t.login('st-justice')).request('GET', '/api/lists/370212/dashboard')).statusCode,
    ).toBe(404);
  });
});

describe('bad input: a 400 names the field at fault (LIST-5 terms)', () => {
  const attempt = async (over: Record<string, unknown>) => {
    const { certificationMatters, administrativeMatters } = await catalogue(justice);
    const matter = certificationMatters.find((m) => m.name === '医疗机构执业许可证')!;
    const radiology = administrativeMatters.find((a) => a.name === '放射诊疗许可')!;
    return justice.request('POST', '/api/lists/370212/items', addBody(matter, radiology.id, over));
  };
  const fieldOf = async (over: Record<string, unknown>) => {
    const response = await attempt(over);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().message).toBeTruthy();
    expect(response.json().message_en).toBeTruthy();
    return response.json().field as string;
  };

  it('a negative or excessive time limit names timeLimitWorkingDays', async () => {
    expect(await fieldOf({ timeLimitWorkingDays: -1 })).toBe('timeLimitWorkingDays');
    expect(await fieldOf({ timeLimitWorkingDays: 61 })).toBe('timeLimitWorkingDays');
    expect(await fieldOf({ timeLimitWorkingDays: 1.5 })).toBe('timeLimitWorkingDays');
  });
  it('an unknown verification class names verification', async () => {
    expect(await fieldOf({ verification: 'telephone' })).toBe('verification');
  });
  it('incoherent verification terms name the field (assisting agency, exempt clock)', async () => {
    expect(await fieldOf({ verification: 'assistance', assistingAgencyId: null })).toBe('assistingAgencyId');
    expect(await fieldOf({ verification: 'exempt', timeLimitWorkingDays: 5 })).toBe('timeLimitWorkingDays');
    expect(await fieldOf({ verification: 'online', timeLimitWorkingDays: 0 })).toBe('timeLimitWorkingDays');
  });
  it('an assisting agency of another district names assistingAgencyId', async () => {
    const agencies = await ok<{ id: string; name: string }[]>(
      (await t.login('st-admin')).request('GET', '/api/agencies?district=370406'),
    );
    const stCivil = agencies.find((a) => a.name === '山亭区民政局')!;
    expect(await fieldOf({ verification: 'assistance', assistingAgencyId: stCivil.id })).toBe(
      'assistingAgencyId',
    );
  });
  it('an administrative matter that does not require the proof names administrativeMatterId', async () => {
    const { administrativeMatters } = await catalogue(justice);
    const other = administrativeMatters.find((a) => a.name === '失业保险金申领')!;
    expect(await fieldOf({ administrativeMatterId: other.id })).toBe('administrativeMatterId');
  });
  it('a diff without a valid version names the query field', async () => {
    const response = await t.anonymous('GET', '/api/public/districts/370212/list/diff?from=0&to=2');
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toContain('from');
  });
  it('a good item is accepted (the same body, coherent)', async () => {
    const response = await attempt({});
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      name: '医疗机构执业许可证',
      handlingAgency: '崂山区卫生健康局',
      revision: 1,
    });
  });
});
