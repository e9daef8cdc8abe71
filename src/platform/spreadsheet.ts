import ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet's title row (bold, merged across its columns) and the subtitle under it. */
export function titleRows(sheet: ExcelJS.Worksheet, text: string, subtitle: string, width: number) {
  sheet.addRow([text]).font = { bold: true, size: 16 };
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).alignment = { horizontal: 'center' };
  sheet.addRow([subtitle]);
  sheet.mergeCells(2, 1, 2, width);
}

/** The column headings, shaded, as government tables set them. */
export function headerRow(sheet: ExcelJS.Worksheet, headers: string[]) {
  const row = sheet.addRow(headers);
  row.font = { bold: true };
  row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

export function bodyRow(row: ExcelJS.Row) {
  row.alignment = { vertical: 'top', wrapText: true };
}

/** One table as a workbook: title, subtitle, headings frozen above the rows (what a page exports). */
export async function writeTableWorkbook(options: {
  sheet: string;
  title: string;
  subtitle: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chengnuo';
  const sheet = workbook.addWorksheet(options.sheet, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = options.columns.map((c) => ({ width: c.width }));
  titleRows(sheet, options.title, options.subtitle, options.columns.length);
  headerRow(
    sheet,
    options.columns.map((c) => c.header),
  );
  for (const row of options.rows) bodyRow(sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
