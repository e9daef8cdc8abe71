// Workbooks in the column layout governments publish lists in (LIST-8), for the import fixtures
// (scripts/make-list-fixture.mjs) and the tests that upload one. Plain JavaScript so that the script
// runs on Node without a TypeScript loader; list-workbook.d.mts gives the TypeScript tests its types.
import ExcelJS from 'exceljs';

/** The columns of the layout, as a published list heads them. */
export const layoutHeaders = [
  '序号',
  '证明名称',
  '证明用途/办理事项',
  '设定依据',
  '开具单位',
  '实施单位',
  '核查方式',
  '备注',
];

/** The optional columns after them, carrying LIST-5's verification terms. */
export const termHeaders = ['核查时限（工作日）', '核查标准', '核查方法', '承诺书公开'];

/**
 * A workbook of one sheet 清单: a title row, the header row, then each row numbered from 1 (a row
 * holds the cells after 序号, in the order of `headers`). Fixed dates keep the bytes stable.
 */
export async function listWorkbook(title, rows, { headers = [...layoutHeaders, ...termHeaders] } = {}) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chengnuo test fixtures';
  workbook.created = new Date('2026-09-01T00:00:00Z');
  workbook.modified = new Date('2026-09-01T00:00:00Z');
  const sheet = workbook.addWorksheet('清单');
  sheet.columns = headers.map((h) => ({ width: h === '设定依据' ? 40 : 18 }));
  sheet.addRow([title]).font = { bold: true, size: 16 };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow(headers).font = { bold: true };
  rows.forEach((row, i) => {
    sheet.addRow([i + 1, ...row]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
