import { randomUUID } from 'node:crypto';
import type { ListItem } from '../common/list-item.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { addDraftItem, chainOfList } from './draft-edits.ts';
import { assertKeepsList, assertReachesListCode } from './list-access.ts';
import { agenciesOfDistrict, draftOf, ensureList, latestVersion } from './list-store.ts';
import { publishVersion } from './publish-version.ts';
import { resolveRowTerms } from './row-terms.ts';
import {
  defaultTimeLimit,
  type ParsedRow,
  parseRow,
  type RowProblem,
  readLayout,
} from './spreadsheet-layout.ts';
import { readWorkbookRows } from './workbook.ts';

export interface ImportOutcome {
  listCode: string;
  imported: number;
  /** The city general list is published as the city published it; a district's rows join its draft. */
  publishedVersion: number | null;
}

const rowKey = (r: Pick<ParsedRow, 'name' | 'administrativeMatter' | 'handlingAgency'>) =>
  `${r.name}\u0000${r.administrativeMatter}\u0000${r.handlingAgency}`;

const duplicateOf = (row: number, first: number): RowProblem => ({
  row,
  column: '证明名称',
  message: `与第 ${first} 行重复（同一证明、办理事项和实施单位）`,
  message_en: `Duplicates row ${first} (same proof, matter and agency)`,
});

const refuse = (problems: RowProblem[]) =>
  new DomainError(
    'VALIDATION',
    `导入失败：${new Set(problems.map((p) => p.row)).size} 行有误，未导入任何条目`,
    `Import refused: ${new Set(problems.map((p) => p.row)).size} rows are wrong; nothing was imported`,
    'file',
    { problems },
  );

/**
 * LIST-8: imports a workbook in the government layout, all or nothing. Into the city general list it
 * becomes the city's published version (LIST-3 then claims from it); into a district or town list its
 * rows join the draft, resolved against the district's agencies and catalogue.
 */
export async function importListWorkbook(options: {
  database: Database;
  actor: Actor;
  now: Date;
  calendar: WorkingCalendar;
  listCode: string;
  file: Buffer;
  fileName: string;
  publishedOn: string | null;
}): Promise<ImportOutcome> {
  const { database, actor, now } = options;
  assertReachesListCode(actor, options.listCode);
  const layout = readLayout(await readWorkbookRows(options.file));
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
  for (const row of layout.rows) {
    const result = parseRow(row);
    problems.push(...result.problems);
    if (!result.item) continue;
    const first = seen.get(rowKey(result.item));
    if (first !== undefined) {
      problems.push(duplicateOf(row.rowNumber, first));
      continue;
    }
    seen.set(rowKey(result.item), row.rowNumber);
    parsed.push(result.item);
  }
  return database.transaction(async (tx) => {
    const list = await ensureList(tx, options.listCode, now);
    assertKeepsList(actor, list);
    const audit = actorOf(actor);
    let outcome: ImportOutcome;
    if (list.districtCode === null) {
      if (problems.length > 0) throw refuse(problems);
      const previous = await latestVersion(tx.db, list.id);
      const keys = new Map((previous?.items ?? []).map((i) => [rowKey(i), i.key]));
      const items: ListItem[] = parsed.map((r) => ({
        key: keys.get(rowKey(r)) ?? randomUUID(),
        name: r.name,
        proves: '',
        field: '其他',
        administrativeMatter: r.administrativeMatter,
        administrativeMatterKind: '其他',
        handlingAgency: r.handlingAgency,
        issuingBody: r.issuingBody,
        legalBasis: r.legalBasis,
        verification: r.verification,
        assistingAgency: r.assistingAgency,
        timeLimitWorkingDays: r.timeLimitWorkingDays ?? defaultTimeLimit[r.verification],
        standard: r.standard,
        method: r.method,
        disclosure: r.disclosure,
        remarks: r.remarks,
      }));
      const version = await publishVersion(tx, {
        list,
        note: `导入《${options.fileName}》`,
        actor: audit,
        now,
        calendar: options.calendar,
        imported: { items, publishedOn: options.publishedOn ?? shanghaiDate(now) },
      });
      outcome = {
        listCode: list.jurisdictionCode,
        imported: items.length,
        publishedVersion: version.versionNo,
      };
    } else {
      const agencies = await agenciesOfDistrict(tx.db, list.districtCode);
      const existing = new Set((await draftOf(tx.db, list.id)).map(rowKey));
      // Rows naming one agency differently (全称, 简称, generic department) are the same item.
      const inFile = new Map<string, number>();
      const resolved = [];
      for (const row of parsed) {
        const result = await resolveRowTerms(tx, {
          districtCode: list.districtCode,
          agencies,
          row,
          actor: audit,
          now,
        });
        if ('problems' in result) {
          problems.push(...result.problems.map((p) => ({ row: row.rowNumber, ...p })));
          continue;
        }
        const key = rowKey(result.terms);
        const first = inFile.get(key);
        if (existing.has(key))
          problems.push({
            row: row.rowNumber,
            column: '证明名称',
            message: '草稿中已有相同条目（同一证明、办理事项和实施单位）',
            message_en: 'The draft already holds this item (same proof, matter and agency)',
          });
        else if (first !== undefined) problems.push(duplicateOf(row.rowNumber, first));
        else inFile.set(key, row.rowNumber);
        resolved.push(result.terms);
      }
      if (problems.length > 0) throw refuse(problems.sort((a, b) => a.row - b.row));
      for (const terms of resolved)
        await addDraftItem(tx, { list, terms, actor: audit, now, cause: 'import' });
      outcome = { listCode: list.jurisdictionCode, imported: resolved.length, publishedVersion: null };
    }
    await recordAudit(tx, {
      chain: chainOfList(list),
      actor: audit,
      at: now,
      action: 'list.imported',
      entityType: 'list',
      entityId: list.id,
      after: { fileName: options.fileName, fileSm3: sm3Hex(options.file), rows: parsed.length, ...outcome },
    });
    return outcome;
  });
}
