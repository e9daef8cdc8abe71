import ExcelJS from 'exceljs';
import type { ListItem, RetainedProof } from '../common/list-item.ts';
import { invalid } from '../platform/errors.ts';
import { bodyRow as body, headerRow as header, titleRows as title } from '../platform/spreadsheet.ts';
import { itemCells, layoutColumns } from './spreadsheet-layout.ts';

export { XLSX_TYPE } from '../platform/spreadsheet.ts';

/** LIST-8: a list (or derived list) as a workbook in the government layout, title row first. */
export async function writeListWorkbook(options: {
  title: string;
  subtitle: string;
  items: readonly ListItem[];
  retained?: readonly RetainedProof[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chengnuo';
  const sheet = workbook.addWorksheet('清单', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = layoutColumns.map((c) => ({ width: c.width }));
  title(sheet, options.title, options.subtitle, layoutColumns.length);
  header(
    sheet,
    layoutColumns.map((c) => c.header),
  );
  for (const [i, item] of options.items.entries()) body(sheet.addRow(itemCells(item, i)));
  if (options.retained) {
    const retained = workbook.addWorksheet('保留清单');
    retained.columns = [{ width: 6 }, { width: 28 }, { width: 40 }, { width: 24 }, { width: 60 }];
    title(retained, `${options.title}（保留证明事项）`, options.subtitle, 5);
    header(retained, ['序号', '证明名称', '设定依据', '开具单位', '保留理由']);
    for (const [i, p] of options.retained.entries())
      body(retained.addRow([i + 1, p.name, p.legalBasis, p.issuingBody, p.reason]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
};

/** The first sheet's rows as text cells; a file that is not a workbook is refused naming the field. */
export async function readWorkbookRows(file: Buffer): Promise<{ rowNumber: number; values: string[] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw invalid('file', '文件不是有效的 .xlsx 工作簿', 'The file is not a valid .xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('file', '工作簿中没有工作表', 'The workbook has no sheet');
  const rows: { rowNumber: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellText(cell.value).trim();
    });
    rows.push({ rowNumber: row.number, values: Array.from(values, (v) => v ?? '') });
  });
  return rows;
}
