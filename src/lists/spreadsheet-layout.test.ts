// LIST-8: the government column layout, read and written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListItem } from '../common/list-item.ts';
import { DomainError } from '../platform/errors.ts';
import {
  layoutColumns,
  parseRow,
  parseVerificationCell,
  readLayout,
  type SheetRow,
  verificationCell,
} from './spreadsheet-layout.ts';
import { readWorkbookRows, writeListWorkbook } from './workbook.ts';

const HEADER = layoutColumns.map((c) => c.header);
const row = (rowNumber: number, values: string[]) => ({ rowNumber, values });

const cells = (over: Partial<SheetRow['cells']> = {}): SheetRow['cells'] => ({
  序号: '1',
  证明名称: '婚姻状况证明',
  '证明用途/办理事项': '最低生活保障审批',
  设定依据: '《社会救助暂行办法》',
  开具单位: '婚姻登记机关',
  实施单位: '区（市）民政部门',
  核查方式: '线上核查',
  备注: '',
  ...over,
});

describe('LIST-8 layout: the header row, after a title row', () => {
  it('finds the header under a title row and reads each row by header with its own row number', () => {
    const layout = readLayout([
      row(1, ['青岛市实行告知承诺制的证明事项通用清单']),
      row(2, HEADER.slice(0, 8)),
      row(3, [
        '1',
        '婚姻状况证明',
        '最低生活保障审批',
        '《社会救助暂行办法》',
        '婚姻登记机关',
        '区（市）民政部门',
        '线上核查',
        '',
      ]),
      row(4, ['', '', '', '', '', '', '', '']),
      row(5, ['2', '残疾证明', '残疾人两项补贴申领', '', '', '区（市）民政部门', '线上核查', '']),
    ]);
    expect('rows' in layout).toBe(true);
    if (!('rows' in layout)) return;
    // the blank row is skipped, the numbers are the spreadsheet's
    expect(layout.rows.map((r) => r.rowNumber)).toEqual([3, 5]);
    expect(layout.rows[0]!.cells).toMatchObject({ 证明名称: '婚姻状况证明', 实施单位: '区（市）民政部门' });
    expect(layout.rows[1]!.cells.证明名称).toBe('残疾证明');
  });

  it('reads columns by header, whatever their order, and tolerates line breaks and spaces inside headers', () => {
    const shuffled = [
      '证明\n名称',
      '序号',
      '实施单位',
      '核查方式',
      '证明用途/办理事项',
      '设定依据',
      '开具单位',
      '备注',
    ];
    const layout = readLayout([
      row(1, shuffled),
      row(2, ['学历证明', '1', '区教体局', '线上核查', '教师资格认定', '', '', '']),
    ]);
    if (!('rows' in layout)) throw new Error('no rows');
    expect(layout.rows[0]!.cells).toMatchObject({
      证明名称: '学历证明',
      实施单位: '区教体局',
      核查方式: '线上核查',
    });
  });

  it('names the missing required headers', () => {
    expect(readLayout([row(1, ['序号', '证明名称', '实施单位'])])).toEqual({
      missingHeaders: ['证明用途/办理事项', '设定依据', '开具单位', '核查方式', '备注'],
    });
    expect(readLayout([row(1, ['清单']), row(2, ['a', 'b'])])).toHaveProperty('missingHeaders');
  });
});

describe('LIST-8 核查方式 cells', () => {
  it('reads each class and its aliases', () => {
    expect(parseVerificationCell('线上核查')).toEqual({ verification: 'online', assistingAgency: null });
    expect(parseVerificationCell('网上核查')?.verification).toBe('online');
    expect(parseVerificationCell('现场核查')?.verification).toBe('on-site');
    expect(parseVerificationCell('实地核查')?.verification).toBe('on-site');
    expect(parseVerificationCell('免于核查')).toEqual({ verification: 'exempt', assistingAgency: null });
  });
  it('reads 行政协助（协助单位） with full- or half-width brackets', () => {
    expect(parseVerificationCell('行政协助（公安机关）')).toEqual({
      verification: 'assistance',
      assistingAgency: '公安机关',
    });
    expect(parseVerificationCell('行政协助(区民政局)')).toEqual({
      verification: 'assistance',
      assistingAgency: '区民政局',
    });
    expect(parseVerificationCell(' 行政协助 （ 崂山区卫生健康局 ） ')?.assistingAgency).toBe(
      '崂山区卫生健康局',
    );
  });
  it('answers nothing for an unknown method', () => {
    expect(parseVerificationCell('电话核查')).toBeUndefined();
    expect(parseVerificationCell('')).toBeUndefined();
  });
  it('writes the class back the way it reads', () => {
    expect(verificationCell({ verification: 'assistance', assistingAgency: '崂山区民政局' })).toBe(
      '行政协助（崂山区民政局）',
    );
    expect(verificationCell({ verification: 'online', assistingAgency: null })).toBe('线上核查');
  });
});

describe('LIST-8 row problems name the row number and the column', () => {
  it('reads a good row into an item, leaving the time limit to the class when none is given', () => {
    const { item, problems } = parseRow({ rowNumber: 7, cells: cells() });
    expect(problems).toEqual([]);
    expect(item).toMatchObject({
      rowNumber: 7,
      name: '婚姻状况证明',
      administrativeMatter: '最低生活保障审批',
      handlingAgency: '区（市）民政部门',
      verification: 'online',
      assistingAgency: null,
      timeLimitWorkingDays: null,
      disclosure: false,
    });
  });

  it('reads the optional LIST-5 columns', () => {
    const { item } = parseRow({
      rowNumber: 3,
      cells: cells({
        核查方式: '行政协助（公安机关）',
        '核查时限（工作日）': '5',
        核查标准: '标准',
        核查方法: '方法',
        承诺书公开: '是',
      }),
    });
    expect(item).toMatchObject({
      verification: 'assistance',
      assistingAgency: '公安机关',
      timeLimitWorkingDays: 5,
      standard: '标准',
      method: '方法',
      disclosure: true,
    });
  });

  it('reports every problem of a row at once, each with row and column', () => {
    const { item, problems } = parseRow({
      rowNumber: 9,
      cells: cells({
        证明名称: '',
        实施单位: '',
        核查方式: '电话核查',
        '核查时限（工作日）': '-2',
        承诺书公开: '公开',
      }),
    });
    expect(item).toBeUndefined();
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [9, '证明名称'],
      [9, '实施单位'],
      [9, '核查方式'],
      [9, '核查时限（工作日）'],
      [9, '承诺书公开'],
    ]);
    for (const p of problems) {
      expect(p.message).toBeTruthy();
      expect(p.message_en).toBeTruthy();
    }
  });

  it('refuses 行政协助 without the assisting agency in brackets', () => {
    const { problems } = parseRow({ rowNumber: 4, cells: cells({ 核查方式: '行政协助' }) });
    expect(problems).toEqual([expect.objectContaining({ row: 4, column: '核查方式' })]);
  });

  it('refuses a time limit that is not a whole number of working days from 0 to 60', () => {
    for (const bad of ['abc', '2.5', '61', '-1'])
      expect(
        parseRow({ rowNumber: 5, cells: cells({ '核查时限（工作日）': bad }) }).problems.map((p) => p.column),
        bad,
      ).toEqual(['核查时限（工作日）']);
  });

  it('refuses a time limit that breaks LIST-5: an exempt item with a clock, a checked one without', () => {
    const exempt = parseRow({
      rowNumber: 5,
      cells: cells({ 核查方式: '免于核查', '核查时限（工作日）': '3' }),
    });
    expect(exempt.problems).toEqual([expect.objectContaining({ row: 5, column: '核查时限（工作日）' })]);
    const online = parseRow({ rowNumber: 6, cells: cells({ '核查时限（工作日）': '0' }) });
    expect(online.problems).toEqual([expect.objectContaining({ row: 6, column: '核查时限（工作日）' })]);
    expect(
      parseRow({ rowNumber: 7, cells: cells({ 核查方式: '免于核查', '核查时限（工作日）': '0' }) }).problems,
    ).toEqual([]);
  });
});

describe('LIST-8 workbooks: the committed fixture and a written list read back', () => {
  it('reads the committed city fixture: title row, then header, then every row good', async () => {
    const rows = await readWorkbookRows(readFileSync('tests/fixtures/qingdao-general-list.xlsx'));
    expect(rows[0]!.values[0]).toContain('通用清单');
    const layout = readLayout(rows);
    if (!('rows' in layout)) throw new Error(`missing ${layout.missingHeaders}`);
    expect(layout.rows.map((r) => r.rowNumber)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const parsed = layout.rows.map(parseRow);
    expect(parsed.flatMap((p) => p.problems)).toEqual([]);
    expect(parsed[1]!.item).toMatchObject({ verification: 'assistance', assistingAgency: '公安机关' });
  });

  it('finds the faults of the committed bad fixture by row and column', async () => {
    const layout = readLayout(await readWorkbookRows(readFileSync('tests/fixtures/laoshan-bad-rows.xlsx')));
    if (!('rows' in layout)) throw new Error('no rows');
    const problems = layout.rows.flatMap((r) => parseRow(r).problems);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [4, '证明名称'],
      [6, '核查方式'],
      [9, '核查方式'],
    ]);
  });

  it('writes a list in the layout (title, subtitle, header) that reads back item for item', async () => {
    const items: ListItem[] = [
      {
        key: 'k1',
        name: '亲属关系证明',
        proves: '',
        field: '户籍管理',
        administrativeMatter: '不动产转移登记（继承）',
        administrativeMatterKind: '行政确认',
        handlingAgency: '青岛市自然资源和规划局崂山分局',
        issuingBody: '公安机关',
        legalBasis: '《不动产登记暂行条例》',
        verification: 'assistance',
        assistingAgency: '青岛市公安局崂山分局',
        timeLimitWorkingDays: 10,
        standard: '亲属关系与户籍登记一致',
        method: '行政协助',
        disclosure: true,
        remarks: '备注',
      },
    ];
    const bytes = await writeListWorkbook({ title: '崂山区清单', subtitle: '第 1 版', items });
    const rows = await readWorkbookRows(bytes);
    expect(rows[0]!.values[0]).toBe('崂山区清单');
    expect(rows[2]!.values).toEqual(HEADER);
    const layout = readLayout(rows);
    if (!('rows' in layout)) throw new Error('no rows');
    const { item } = parseRow(layout.rows[0]!);
    expect(item).toMatchObject({
      name: '亲属关系证明',
      administrativeMatter: '不动产转移登记（继承）',
      handlingAgency: '青岛市自然资源和规划局崂山分局',
      verification: 'assistance',
      assistingAgency: '青岛市公安局崂山分局',
      timeLimitWorkingDays: 10,
      disclosure: true,
      remarks: '备注',
    });
  });

  it('refuses a file that is not a workbook, naming the field', async () => {
    await expect(readWorkbookRows(Buffer.from('not a workbook'))).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'file',
    });
    await expect(readWorkbookRows(Buffer.from('x'))).rejects.toBeInstanceOf(DomainError);
  });
});
