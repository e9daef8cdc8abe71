import { DomainError } from '../platform/errors.ts';
import {
  type ParsedRow,
  parseRow,
  type RowProblem,
  readLayout,
  type SheetRow,
} from './spreadsheet-layout.ts';
import { readWorkbookRows } from './workbook.ts';

export const rowKey = (r: Pick<ParsedRow, 'name' | 'administrativeMatter' | 'handlingAgency'>) =>
  `${r.name}\u0000${r.administrativeMatter}\u0000${r.handlingAgency}`;

export const duplicateOf = (row: number, first: number): RowProblem => ({
  row,
  column: '证明名称',
  message: `与第 ${first} 行重复（同一证明、办理事项和实施单位）`,
  message_en: `Duplicates row ${first} (same proof, matter and agency)`,
});

export const refuse = (problems: RowProblem[]) =>
  new DomainError(
    'VALIDATION',
    `导入失败：${new Set(problems.map((p) => p.row)).size} 行有误，未导入任何条目`,
    `Import refused: ${new Set(problems.map((p) => p.row)).size} rows are wrong; nothing was imported`,
    'file',
    { problems },
  );

/**
 * LIST-8: the rows of an uploaded workbook, each read by the layout: the good ones, every problem of
 * every row, and the rows the layout refused (still checked against the district's agencies).
 */
export async function readImportRows(file: Buffer) {
  const layout = readLayout(await readWorkbookRows(file));
  if ('missingHeaders' in layout)
    throw new DomainError(
      'VALIDATION',
      `表头不符合清单格式，缺少：${layout.missingHeaders.join('、')}`,
      `The header row does not follow the list layout; missing: ${layout.missingHeaders.join(', ')}`,
      'file',
      {
        problems: layout.missingHeaders.map((h) => ({
          row: 1,
          column: h,
          message: `缺少“${h}”列`,
          message_en: `Column ${h} is missing`,
        })),
      },
    );
  if (layout.rows.length === 0)
    throw new DomainError('VALIDATION', '文件中没有清单条目', 'The file holds no list rows', 'file');
  const problems: RowProblem[] = [];
  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  const wrongRows: SheetRow[] = [];
  for (const row of layout.rows) {
    const result = parseRow(row);
    problems.push(...result.problems);
    if (!result.item) {
      wrongRows.push(row);
      continue;
    }
    const first = seen.get(rowKey(result.item));
    if (first !== undefined) {
      problems.push(duplicateOf(row.rowNumber, first));
      continue;
    }
    seen.set(rowKey(result.item), row.rowNumber);
    parsed.push(result.item);
  }
  return { parsed, problems, wrongRows };
}
