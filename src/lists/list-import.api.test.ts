// LIST-8 (import all-or-nothing, export in the government layout) and LIST-3 (taking over the city
// general list item by item), through the HTTP API on the demo data.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutHeaders, listWorkbook, termHeaders } from '../../tests/support/list-workbook.mjs';
import { catalogue, draftRow, ok, publicList, workspace } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import type { ImportOutcome, ImportPreview } from './import-list-workbook.ts';
import type { RowProblem } from './spreadsheet-layout.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = [...layoutHeaders, ...termHeaders];

let t: TestApp;
let justice: Session;

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
});
afterAll(() => t.close());

/** A file as the import form sends it. */
const upload = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });
const fixture = (name: string) => upload(name, readFileSync(`tests/fixtures/${name}`));

const importInto = (
  session: Session,
  code: string,
  file: { fileName: string; contentBase64: string; confirmFileSm3?: string },
) => session.request('POST', `/api/lists/${code}/imports`, file);

/** A 400 refusing the whole file for one problem, at `row` and `column`, whose message says `says`. */
function expectOneProblem(response: LightMyRequestResponse, row: number, column: string, says: string) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json().details.problems).toEqual([
    expect.objectContaining({ row, column, message: expect.stringContaining(says) }),
  ]);
}

/** Every row of every sheet of a workbook as text, the way a user's spreadsheet program shows it. */
async function sheetsOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cell.value === null || cell.value === undefined ? '' : String(cell.value);
      });
      rows.push(Array.from(values, (v) => v ?? ''));
    });
    return { name: sheet.name, rows };
  });
}

describe('LIST-8 import is all or nothing: a file with bad rows imports nothing', () => {
  it('refuses the bad fixture with 400, listing every bad row with row number, column and reason', async () => {
    const [before, catalogueBefore] = [await workspace(justice), await catalogue(justice)];
    const response = await importInto(justice, '370212', fixture('laoshan-bad-rows.xlsx'));
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json() as {
      code: string;
      field: string;
      message: string;
      details: { problems: RowProblem[] };
    };
    expect(body).toMatchObject({ code: 'VALIDATION', field: 'file' });
    expect(body.message).toContain('未导入任何条目');
    expect(body.details.problems.map((p) => [p.row, p.column])).toEqual([
      [4, '证明名称'], // 证明名称 missing
      [5, '实施单位'], // 崂山区海洋发展局 is no agency of 崂山区
      [6, '核查方式'], // 电话核查 is no verification class
      [8, '证明名称'], // repeats row 7
      [9, '核查方式'], // 行政协助 without the assisting agency
    ]);
    const byRow = new Map(body.details.problems.map((p) => [p.row, p]));
    expect(byRow.get(4)!.message).toContain('证明名称不能为空');
    expect(byRow.get(5)!.message).toContain('崂山区海洋发展局');
    expect(byRow.get(6)!.message).toContain('电话核查');
    expect(byRow.get(8)!.message).toContain('与第 7 行重复');
    for (const p of body.details.problems) expect(p.message_en).toBeTruthy();
    // nothing imported: not the good rows 3 and 7, nor the new matter of row 5 in the catalogue
    const after = await workspace(justice);
    expect(after.draftRevision).toBe(before.draftRevision);
    expect(after.draft).toEqual(before.draft);
    expect(await catalogue(justice)).toEqual(catalogueBefore);
  });

  it('refuses a file whose only bad row is the last one, after the good rows were resolved', async () => {
    const [before, catalogueBefore] = [await workspace(justice), await catalogue(justice)];
    const response = await importInto(justice, '370212', fixture('laoshan-one-bad-row.xlsx'));
    expectOneProblem(response, 6, '实施单位', '崂山区海洋发展局');
    expect((await workspace(justice)).draft).toEqual(before.draft);
    expect(await catalogue(justice)).toEqual(catalogueBefore);
  });

  it('refuses a file that is not a workbook, or lacks the layout’s headers, naming what is wrong', async () => {
    const notXlsx = await importInto(
      justice,
      '370212',
      upload('list.xlsx', Buffer.from('序号,证明名称\n1,学历证明')),
    );
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json()).toMatchObject({ code: 'VALIDATION', field: 'file' });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('清单').addRow(['序号', '证明名称', '实施单位']);
    const noLayout = await importInto(
      justice,
      '370212',
      upload('list.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    );
    expect(noLayout.statusCode).toBe(400);
    expect(noLayout.json().details.problems.map((p: RowProblem) => p.column)).toEqual([
      '证明用途/办理事项',
      '设定依据',
      '开具单位',
      '核查方式',
      '备注',
    ]);
  });

  it('reports a row that repeats another under another name of the same agency (区卫健局 = 崂山区卫生健康局)', async () => {
    const row = ['医疗机构执业许可证', '放射诊疗许可', '《放射诊疗管理规定》', '卫生健康部门'];
    const twins = await listWorkbook('崂山区清单', [
      [...row, '区卫健局', '线上核查', '', 2],
      [...row, '崂山区卫生健康局', '线上核查', '', 2],
    ]);
    const before = await workspace(justice);
    const response = await importInto(justice, '370212', upload('twins.xlsx', twins));
    expectOneProblem(response, 4, '证明名称', '与第 3 行重复');
    expect((await workspace(justice)).draft).toEqual(before.draft);
  });

  it('only the justice body keeping the list imports into it (403 for a case officer, 404 across districts)', async () => {
    const officer = await t.login('ls-case-officer');
    expect((await importInto(officer, '370212', fixture('laoshan-local-items.xlsx'))).statusCode).toBe(403);
    const other = await t.login('st-justice');
    expect((await importInto(other, '370212', fixture('laoshan-local-items.xlsx'))).statusCode).toBe(404);
    expect((await importInto(other, '370200', fixture('qingdao-general-list.xlsx'))).statusCode).toBe(404);
  });

  it('a district justice bureau cannot publish the city general list: only the city does (403, nothing published)', async () => {
    const before = await publicList(t, '370200');
    for (const route of ['imports', 'imports/preview']) {
      const response = await justice.request(
        'POST',
        `/api/lists/370200/${route}`,
        fixture('qingdao-general-list.xlsx'),
      );
      expect(response.statusCode, route).toBe(403);
      expect(response.json().message).toContain('只有本级司法行政机关');
    }
    expect((await publicList(t, '370200')).version).toBe(before.version);
  });

  it('reports every problem of a row at once, those of its layout and those of its agencies', async () => {
    const file = await listWorkbook('崂山区清单', [
      ['体检证明', '教师资格认定', '', '医疗机构', '崂山区海洋发展局', '行政协助（崂山区渔业局）', '', 99],
    ]);
    const response = await importInto(justice, '370212', upload('two-problems.xlsx', file));
    expect(response.statusCode).toBe(400);
    expect(response.json().details.problems.map((p: RowProblem) => [p.row, p.column, p.message])).toEqual([
      [3, '核查时限（工作日）', expect.stringContaining('0 至 60')],
      [3, '实施单位', expect.stringContaining('崂山区海洋发展局')],
      [3, '核查方式', expect.stringContaining('崂山区渔业局')],
    ]);
  });

  it('reads the wordings real lists use for 核查方式, and names a missing assisting agency as such', async () => {
    const row = (verification: string, matter: string) => [
      '体检证明',
      matter,
      '',
      '医疗机构',
      '崂山区教育和体育局',
      verification,
      '',
    ];
    const missing = await importInto(
      justice,
      '370212',
      upload('assist.xlsx', await listWorkbook('崂山区清单', [row('部门协助核查', '教师资格认定（中学）')])),
    );
    expectOneProblem(missing, 3, '核查方式', '未写明协助单位');
    const preview = await ok<{ added: { name: string }[] }>(
      justice.request(
        'POST',
        '/api/lists/370212/imports/preview',
        upload(
          'aliases.xlsx',
          await listWorkbook('崂山区清单', [
            row('部门协助核查（崂山区卫生健康局）', '教师资格认定（中学）'),
            row('网上核查', '教师资格认定（小学）'),
            row('实地核查', '教师资格认定（幼儿园）'),
            row('免于核查', '教师资格认定（中职）'),
          ]),
        ),
      ),
    );
    expect(preview.added).toHaveLength(4);
  });
});

describe('LIST-8 import of good files', () => {
  it('adds the rows of a good file to the district draft, agencies resolved by full, short or generic name', async () => {
    const before = await workspace(justice);
    const outcome = await ok<ImportOutcome>(
      importInto(justice, '370212', fixture('laoshan-local-items.xlsx')),
      201,
    );
    expect(outcome).toEqual({ listCode: '370212', imported: 3, publishedVersion: null });
    const after = await workspace(justice);
    expect(after.draftRevision).toBeGreaterThan(before.draftRevision);
    const added = after.draft.filter((r) => !before.draft.some((b) => b.id === r.id));
    expect(
      added.map((r) => [r.name, r.administrativeMatter, r.handlingAgency, r.verification, r.assistingAgency]),
    ).toEqual([
      ['医疗机构执业许可证', '放射诊疗许可', '崂山区卫生健康局', 'online', null],
      ['完税证明', '契税减免（个人购买家庭住房）', '国家税务总局青岛市崂山区税务局', 'online', null],
      ['体检证明', '教师资格认定', '崂山区教育和体育局', 'assistance', '崂山区卫生健康局'],
    ]);
    // the draft changed, the list in force did not
    const inForce = await publicList(t);
    expect(inForce.version).toBe(2);
    expect(
      inForce.items.some((i) => i.name === '完税证明' && i.administrativeMatter.startsWith('契税')),
    ).toBe(false);
  });

  it('refuses the same file again: the draft holds those items already', async () => {
    const response = await importInto(justice, '370212', fixture('laoshan-local-items.xlsx'));
    expect(response.statusCode).toBe(400);
    expect(response.json().details.problems.map((p: RowProblem) => p.row)).toEqual([3, 4, 5]);
  });

  it('the city bureau imports the city general list (青岛市通用清单): preview, confirm, a new published version', async () => {
    const city = await t.login('qd-justice');
    const before = await publicList(t, '370200');
    expect(before.version).toBe(1);
    const file = fixture('qingdao-general-list.xlsx');
    const preview = await ok<ImportPreview>(city.request('POST', '/api/lists/370200/imports/preview', file));
    expect(preview).toMatchObject({ listCode: '370200', publishes: true, rows: 9 });
    expect(preview.added.length + preview.changed.length + preview.unchanged).toBe(9);
    expect(preview.added.map((r) => r.name)).toContain('出生医学证明');
    // the preview changed nothing; an import without confirming that preview publishes nothing
    expect((await publicList(t, '370200')).version).toBe(1);
    const unconfirmed = await importInto(city, '370200', file);
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.json()).toMatchObject({ field: 'confirmFileSm3' });
    const outcome = await ok<ImportOutcome>(
      importInto(city, '370200', { ...file, confirmFileSm3: preview.fileSm3 }),
      201,
    );
    expect(outcome).toEqual({ listCode: '370200', imported: 9, publishedVersion: 2 });
    const published = await publicList(t, '370200');
    expect(published.version).toBe(2);
    expect(published.items).toHaveLength(9);
    expect(published.items[1]).toMatchObject({
      name: '亲属关系证明',
      handlingAgency: '区（市）人力资源社会保障部门',
      verification: 'assistance',
      assistingAgency: '公安机关',
      timeLimitWorkingDays: 5,
    });
    // a row without a time limit takes its class's usual one, never an invalid 0 (LIST-5)
    expect(published.items[2]).toMatchObject({
      name: '婚姻状况证明',
      verification: 'online',
      timeLimitWorkingDays: 3,
    });
    // version 1 is still there, unchanged
    expect((await publicList(t, '370200', '?version=1')).items).toEqual(before.items);
    // the same file again is the same items: nothing added, removed or changed
    const again = await ok<ImportPreview>(city.request('POST', '/api/lists/370200/imports/preview', file));
    expect(again).toMatchObject({ added: [], removed: [], changed: [], unchanged: 9 });
  });
});

describe('LIST-3 taking over the city general list, tracked item by item', () => {
  it('shows the claim status of each item of the new city version: kept items claimed, new ones pending', async () => {
    const { upstream } = await workspace(justice);
    expect(upstream).toMatchObject({ code: '370200', versionNo: 2 });
    const status = Object.fromEntries(
      upstream!.items.map((i) => [`${i.name}/${i.administrativeMatter}`, i.status]),
    );
    expect(status).toEqual({
      '解除或终止劳动关系证明/失业保险金申领': 'claimed',
      '亲属关系证明/失业保险丧葬补助金和抚恤金申领': 'claimed',
      '婚姻状况证明/最低生活保障审批': 'claimed',
      '机动车驾驶证/经营性道路旅客运输驾驶员从业资格': 'pending',
      '出生医学证明/出生登记': 'pending',
      '经营场所证明/个体工商户登记': 'claimed',
      '经济困难状况证明/法律援助申请': 'claimed',
      '营业执照/公共场所卫生许可': 'pending',
      '医师执业证书/医疗机构执业登记': 'claimed',
    });
    // an item kept from version 1 keeps its key, so the claim follows it
    expect(upstream!.items[0]!.key).toBe('370200-001');
  });

  it('claims one item by key', async () => {
    const { upstream } = await workspace(justice);
    const licence = upstream!.items.find((i) => i.name === '机动车驾驶证')!;
    const outcome = await ok<{ claimed: number }>(
      justice.request('POST', '/api/lists/370212/claims', { itemKeys: [licence.key] }),
    );
    expect(outcome).toEqual({ claimed: 1, refreshed: 0, unchanged: 0, refused: [] });
    const after = await workspace(justice);
    expect(after.upstream!.items.find((i) => i.key === licence.key)!.status).toBe('claimed');
    expect(after.upstream!.items.find((i) => i.name === '出生医学证明')!.status).toBe('pending');
    const row = after.draft.find((r) => r.sourceItemKey === licence.key)!;
    // the generic 区（市）交通运输部门 of the city list is 崂山区交通运输局 here
    expect(row).toMatchObject({
      name: '机动车驾驶证',
      handlingAgency: '崂山区交通运输局',
      verification: 'online',
    });
  });

  it('claims the whole list: adds the new items, refreshes the changed ones, reports what it cannot take', async () => {
    const before = await workspace(justice);
    const dismissal = before.draft.find((r) => r.sourceItemKey === '370200-001')!;
    const outcome = await ok<{
      claimed: number;
      refreshed: number;
      unchanged: number;
      refused: { name: string; reason: string }[];
    }>(justice.request('POST', '/api/lists/370212/claims', {}));
    expect(outcome.claimed).toBe(2); // 出生医学证明, and 营业执照 taken over by the local row
    expect(outcome.refreshed).toBe(6); // the six kept items, with the city's new texts
    expect(outcome.unchanged).toBe(1); // 机动车驾驶证, claimed just before
    // 营业执照 for 公共场所卫生许可 is on the district list already as a local item: that row takes the
    // city item over instead of a duplicate being added
    expect(outcome.refused).toEqual([]);
    const after = await workspace(justice);
    const refreshed = after.draft.find((r) => r.id === dismissal.id)!;
    expect(refreshed.timeLimitWorkingDays).toBe(1);
    expect(refreshed.revision).toBe(dismissal.revision + 1);
    const licence = after.draft.filter(
      (r) => r.name === '营业执照' && r.administrativeMatter === '公共场所卫生许可',
    );
    expect(licence).toHaveLength(1);
    expect(licence[0]!.sourceItemKey).not.toBeNull();
    expect(after.upstream!.items.filter((i) => i.status === 'pending')).toEqual([]);
  });

  it('claiming again changes nothing', async () => {
    const before = await workspace(justice);
    const outcome = await ok<{ claimed: number; refreshed: number; unchanged: number }>(
      justice.request('POST', '/api/lists/370212/claims', {}),
    );
    expect(outcome).toMatchObject({ claimed: 0, refreshed: 0, unchanged: 9 });
    expect((await workspace(justice)).draftRevision).toBe(before.draftRevision);
  });

  it('an ST town claims its district list: every item of the district version in force is claimed', async () => {
    const dianzi = await t.login('st-dianzi-justice');
    const town = await workspace(dianzi, '370406101');
    expect(town.upstream!.code).toBe('370406');
    expect(town.upstream!.items.length).toBeGreaterThan(40);
    expect(town.upstream!.items.every((i) => i.status === 'claimed')).toBe(true);
  });
});

describe('LIST-8 export in the government layout', () => {
  const publicItems = async () => (await publicList(t)).items;

  it('exports the list in force with ?format=xlsx: title row, then the layout header, then every item', async () => {
    const items = await publicItems();
    const response = await t.anonymous('GET', '/api/public/districts/370212/list?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX);
    expect(String(response.headers['content-disposition'])).toContain('attachment');
    const [list, retained] = await sheetsOf(response.rawPayload);
    expect(list!.rows[0]![0]).toBe('崂山区实行告知承诺制的证明事项清单');
    expect(list!.rows[1]![0]).toContain('第 2 版');
    expect(list!.rows[2]).toEqual(HEADER);
    const body = list!.rows.slice(3);
    expect(body).toHaveLength(items.length);
    expect(body.map((r) => [r[0], r[1], r[2], r[5]])).toEqual(
      items.map((i, n) => [String(n + 1), i.name, i.administrativeMatter, i.handlingAgency]),
    );
    const assisted = items.findIndex((i) => i.verification === 'assistance');
    expect(body[assisted]![6]).toBe(`行政协助（${items[assisted]!.assistingAgency}）`);
    // the retained-proof list (保留清单) beside it
    expect(retained!.name).toBe('保留清单');
    expect(retained!.rows[2]!.slice(0, 2)).toEqual(['序号', '证明名称']);
  });

  it('answers the same workbook to Accept: the xlsx media type, and JSON without it', async () => {
    const byQuery = await t.anonymous('GET', '/api/public/districts/370212/list?format=xlsx');
    const byAccept = await t.app.inject({
      method: 'GET',
      url: '/api/public/districts/370212/list',
      headers: { accept: XLSX },
    });
    expect(byAccept.statusCode).toBe(200);
    expect(byAccept.headers['content-type']).toContain(XLSX);
    expect(byAccept.rawPayload.equals(byQuery.rawPayload)).toBe(true);
    const json = await t.anonymous('GET', '/api/public/districts/370212/list');
    expect(json.headers['content-type']).toContain('application/json');
  });

  it('exports an earlier version and a derived list in the same layout', async () => {
    const v1 = await publicList(t, '370212', '?version=1');
    const [sheet] = await sheetsOf(
      (await t.anonymous('GET', '/api/public/districts/370212/list?version=1&format=xlsx')).rawPayload,
    );
    expect(sheet!.rows[1]![0]).toContain('第 1 版');
    expect(sheet!.rows.slice(3).map((r) => r[1])).toEqual(v1.items.map((i) => i.name));

    const assisted = (await publicItems()).filter((i) => i.verification === 'assistance');
    const response = await t.anonymous('GET', '/api/public/districts/370212/derived/assistance?format=xlsx');
    expect(response.statusCode).toBe(200);
    const [derived] = await sheetsOf(response.rawPayload);
    expect(derived!.rows[0]![0]).toContain('行政协助事项清单');
    expect(derived!.rows[2]).toEqual(HEADER);
    expect(derived!.rows.slice(3).map((r) => [r[1], r[6]])).toEqual(
      assisted.map((i) => [i.name, `行政协助（${i.assistingAgency}）`]),
    );
  });

  it('exports the retained-proof list (保留清单) as its own workbook', async () => {
    const retained = (await publicList(t)).retained;
    const [, sheet] = await sheetsOf(
      (await t.anonymous('GET', '/api/public/districts/370212/derived/retained?format=xlsx')).rawPayload,
    );
    expect(sheet!.rows.slice(3).map((r) => r[1])).toEqual(retained.map((r) => r.name));
  });

  it('an exported list imports back: the export is in the layout the import reads', async () => {
    const exported = (await t.anonymous('GET', '/api/public/districts/370212/list?format=xlsx')).rawPayload;
    // into the city list, which takes rows as written: every row reads, none is refused
    const city = await t.login('qd-justice');
    const file = upload('laoshan-export.xlsx', exported);
    const { fileSm3 } = await ok<ImportPreview>(
      city.request('POST', '/api/lists/370200/imports/preview', file),
    );
    const outcome = await ok<ImportOutcome>(
      importInto(city, '370200', { ...file, confirmFileSm3: fileSm3 }),
      201,
    );
    expect(outcome.imported).toBe((await publicItems()).length);
    expect(outcome.publishedVersion).toBe(3);
  });
});

describe('LIST-4 an item is its proof, matter and handling agency', () => {
  it('a row removed from the draft and imported again is the item in force under its key: no change to publish', async () => {
    const inForce = await publicList(t);
    const before = await workspace(justice);
    const item = inForce.items.find(
      (i) => i.verification === 'online' && before.draft.some((r) => r.id === i.key),
    )!;
    const row = before.draft.find((r) => r.id === item.key)!;
    const removed = await justice.request(
      'DELETE',
      `/api/lists/370212/items/${row.id}?revision=${row.revision}`,
    );
    expect(removed.statusCode, removed.body).toBe(204);
    const file = await listWorkbook('崂山区清单', [
      [
        item.name,
        item.administrativeMatter,
        item.legalBasis,
        item.issuingBody,
        item.handlingAgency,
        '线上核查',
        item.remarks,
        item.timeLimitWorkingDays,
        item.standard,
        item.method,
        item.disclosure ? '是' : '否',
      ],
    ]);
    await ok(importInto(justice, '370212', upload('again.xlsx', file)), 201);
    const after = await workspace(justice);
    const back = draftRow(after, item.name, item.administrativeMatter);
    expect(back.id).toBe(item.key);
  });
});
