import { type ListItem, type VerificationClass, verificationClasses } from '../common/list-item.ts';

/**
 * LIST-8: the column layout governments publish lists in. The first eight columns are the layout;
 * the four after them carry LIST-5's terms and are optional on import.
 */
export const layoutColumns = [
  { header: '序号', en: 'No.', width: 6 },
  { header: '证明名称', en: 'Proof', width: 24 },
  { header: '证明用途/办理事项', en: 'Administrative matter', width: 28 },
  { header: '设定依据', en: 'Legal basis', width: 40 },
  { header: '开具单位', en: 'Issuing body', width: 22 },
  { header: '实施单位', en: 'Handling agency', width: 24 },
  { header: '核查方式', en: 'Verification', width: 24 },
  { header: '备注', en: 'Remarks', width: 24 },
  { header: '核查时限（工作日）', en: 'Time limit (working days)', width: 10 },
  { header: '核查标准', en: 'Standard', width: 30 },
  { header: '核查方法', en: 'Method', width: 30 },
  { header: '承诺书公开', en: 'Letters public', width: 10 },
] as const;
export type LayoutHeader = (typeof layoutColumns)[number]['header'];
const requiredHeaders = layoutColumns.slice(0, 8).map((c) => c.header);

/** 核查方式 as written in a cell; assistance names its assisting agency in brackets. */
export function verificationCell(item: Pick<ListItem, 'verification' | 'assistingAgency'>): string {
  const label = verificationClasses[item.verification].zh;
  return item.verification === 'assistance' && item.assistingAgency
    ? `${label}（${item.assistingAgency}）`
    : label;
}

/** The wordings real lists use for the four classes (the seeds', and those of published city lists). */
const verificationAliases: Record<string, VerificationClass> = {
  线上核查: 'online',
  在线核查: 'online',
  网上核查: 'online',
  网络核查: 'online',
  信息核查: 'online',
  数据共享核查: 'online',
  共享核查: 'online',
  电子证照核查: 'online',
  现场核查: 'on-site',
  实地核查: 'on-site',
  现场勘验: 'on-site',
  现场检查: 'on-site',
  行政协助: 'assistance',
  协助核查: 'assistance',
  行政协助核查: 'assistance',
  部门协助核查: 'assistance',
  部门核查: 'assistance',
  函询核查: 'assistance',
  协查: 'assistance',
  免于核查: 'exempt',
  免核查: 'exempt',
  免予核查: 'exempt',
  免于信息核查: 'exempt',
  无需核查: 'exempt',
  不需核查: 'exempt',
  不核查: 'exempt',
};

export function parseVerificationCell(
  cell: string,
): { verification: VerificationClass; assistingAgency: string | null } | undefined {
  const match = /^([^（(]+)(?:[（(](.+)[）)])?$/.exec(cell.replace(/\s+/g, ''));
  const verification = match ? verificationAliases[match[1]!] : undefined;
  if (!verification) return undefined;
  return { verification, assistingAgency: match?.[2] ?? null };
}

export function itemCells(item: ListItem, index: number): (string | number)[] {
  return [
    index + 1,
    item.name,
    item.administrativeMatter,
    item.legalBasis,
    item.issuingBody,
    item.handlingAgency,
    verificationCell(item),
    item.remarks,
    item.timeLimitWorkingDays,
    item.standard,
    item.method,
    item.disclosure ? '是' : '否',
  ];
}

/** A row of an imported sheet, its cells keyed by header, with the spreadsheet's own row number. */
export interface SheetRow {
  rowNumber: number;
  cells: Partial<Record<LayoutHeader, string>>;
}

export interface RowProblem {
  row: number;
  column: LayoutHeader | null;
  message: string;
  message_en: string;
}

/** Finds the header row (a title row may come first) and reads every row under it by header. */
export function readLayout(
  rows: { rowNumber: number; values: string[] }[],
): { rows: SheetRow[] } | { missingHeaders: string[] } {
  const headerIndex = rows
    .slice(0, 6)
    .findIndex((r) => r.values.some((v) => v.replace(/\s+/g, '') === '证明名称'));
  if (headerIndex < 0) return { missingHeaders: requiredHeaders };
  const header = rows[headerIndex]!.values.map((v) => v.replace(/\s+/g, ''));
  const missing = requiredHeaders.filter((h) => !header.includes(h));
  if (missing.length > 0) return { missingHeaders: missing };
  const columns = layoutColumns
    .map((c) => ({ header: c.header, at: header.indexOf(c.header) }))
    .filter((c) => c.at >= 0);
  return {
    rows: rows
      .slice(headerIndex + 1)
      .filter((r) => r.values.some((v) => v.trim() !== ''))
      .map((r) => ({
        rowNumber: r.rowNumber,
        cells: Object.fromEntries(columns.map((c) => [c.header, (r.values[c.at] ?? '').trim()])),
      })),
  };
}

/** One row as an item's terms, or the problems found in it (every one, so a user fixes all at once). */
export interface ParsedRow {
  rowNumber: number;
  name: string;
  administrativeMatter: string;
  legalBasis: string;
  issuingBody: string;
  handlingAgency: string;
  verification: VerificationClass;
  assistingAgency: string | null;
  remarks: string;
  timeLimitWorkingDays: number | null;
  standard: string;
  method: string;
  disclosure: boolean;
}

const problem = (row: number, column: LayoutHeader, zh: string, en: string): RowProblem => ({
  row,
  column,
  message: zh,
  message_en: en,
});

/** What a row names, read even when the row is wrong, so every problem of it can be told at once. */
export const namedAgencies = (row: SheetRow) => ({
  handlingAgency: row.cells.实施单位 ?? '',
  assistingAgency: row.cells.核查方式
    ? (parseVerificationCell(row.cells.核查方式)?.assistingAgency ?? null)
    : null,
});

export function parseRow(row: SheetRow): { item?: ParsedRow; problems: RowProblem[] } {
  const c = row.cells;
  const problems: RowProblem[] = [];
  const n = row.rowNumber;
  for (const header of ['证明名称', '证明用途/办理事项', '实施单位', '核查方式'] as const)
    if (!c[header]) problems.push(problem(n, header, `${header}不能为空`, `${header} is required`));
  const verification = c.核查方式 ? parseVerificationCell(c.核查方式) : undefined;
  if (c.核查方式 && !verification)
    problems.push(
      problem(
        n,
        '核查方式',
        `核查方式“${c.核查方式}”无法识别，应为线上核查、现场核查、行政协助（协助单位）或免于核查`,
        `Unknown verification "${c.核查方式}": use 线上核查, 现场核查, 行政协助（assisting agency） or 免于核查`,
      ),
    );
  if (verification?.verification === 'assistance' && !verification.assistingAgency)
    problems.push(
      problem(
        n,
        '核查方式',
        `“${c.核查方式}”是协助核查，但未写明协助单位：请在括号中写明，如“${c.核查方式}（区民政局）”`,
        `"${c.核查方式}" is verification with assistance, but the assisting agency is missing: name it in brackets, e.g. "${c.核查方式}（区民政局）"`,
      ),
    );
  const limitText = c['核查时限（工作日）'] ?? '';
  const limit = limitText === '' ? null : Number(limitText);
  if (limit !== null && !(Number.isInteger(limit) && limit >= 0 && limit <= 60))
    problems.push(
      problem(
        n,
        '核查时限（工作日）',
        '核查时限应为 0 至 60 的整数',
        'The time limit must be a whole number from 0 to 60',
      ),
    );
  // LIST-5: an exempt item has no verification clock; every other class is checked within one.
  if (verification && limit !== null && Number.isInteger(limit)) {
    if (verification.verification === 'exempt' && limit !== 0)
      problems.push(
        problem(
          n,
          '核查时限（工作日）',
          '免于核查的事项核查时限应为 0',
          'An exempt item has a time limit of 0',
        ),
      );
    if (verification.verification !== 'exempt' && limit === 0)
      problems.push(
        problem(
          n,
          '核查时限（工作日）',
          '核查时限至少为 1 个工作日',
          'The verification time limit is at least 1 working day',
        ),
      );
  }
  const disclosureText = c.承诺书公开 ?? '';
  if (!['', '是', '否'].includes(disclosureText))
    problems.push(problem(n, '承诺书公开', '承诺书公开应填“是”或“否”', 'Letters public must be 是 or 否'));
  if (problems.length > 0 || !verification) return { problems };
  return {
    problems,
    item: {
      rowNumber: n,
      name: c.证明名称!,
      administrativeMatter: c['证明用途/办理事项']!,
      legalBasis: c.设定依据 ?? '',
      issuingBody: c.开具单位 ?? '',
      handlingAgency: c.实施单位!,
      ...verification,
      remarks: c.备注 ?? '',
      timeLimitWorkingDays: limit,
      standard: c.核查标准 ?? '',
      method: c.核查方法 ?? '',
      disclosure: disclosureText === '是',
    },
  };
}

/** When a row gives no time limit: exempt items have none; others take the class's usual limit. */
export const defaultTimeLimit: Record<VerificationClass, number> = {
  exempt: 0,
  online: 3,
  'on-site': 10,
  assistance: 10,
};
