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
import { duplicateOf, readImportRows, refuse, rowKey } from './import-rows.ts';
import { assertKeepsList, assertReachesListCode } from './list-access.ts';
import { agenciesOfDistrict, draftOf, ensureList, latestVersion } from './list-store.ts';
import { publishVersion } from './publish-version.ts';
import { resolveAgencies, resolveRowTerms } from './row-terms.ts';
import { defaultTimeLimit, namedAgencies } from './spreadsheet-layout.ts';
import { diffVersions, type FieldChange } from './version-diff.ts';

export interface ImportOutcome {
  listCode: string;
  imported: number;
  /** The city general list is published as the city published it; a district's rows join its draft. */
  publishedVersion: number | null;
}

type NamedRow = Pick<ListItem, 'name' | 'administrativeMatter' | 'handlingAgency'>;

/** What an import would do, shown before it is done: a publishing import needs this confirmed. */
export interface ImportPreview {
  listCode: string;
  /** SM3 of the file previewed; the import that publishes must name it (`confirmFileSm3`). */
  fileSm3: string;
  publishes: boolean;
  rows: number;
  added: NamedRow[];
  removed: NamedRow[];
  changed: (NamedRow & { changes: FieldChange[] })[];
  unchanged: number;
}

const named = ({ name, administrativeMatter, handlingAgency }: NamedRow): NamedRow => ({
  name,
  administrativeMatter,
  handlingAgency,
});

/** Thrown inside the transaction to abandon everything a preview had to resolve. */
class PreviewOnly extends Error {
  constructor(readonly preview: ImportPreview) {
    super('preview');
  }
}

/**
 * LIST-8: imports a workbook in the government layout, all or nothing. Into the city general list,
 * by the city's justice bureau, it becomes the city's published version (LIST-3 then claims from it),
 * once the bureau has seen what changes (`preview`) and confirmed that file; into a district or town
 * list its rows join the draft, resolved against the district's agencies and catalogue.
 */
interface ImportOptions {
  database: Database;
  actor: Actor;
  now: Date;
  calendar: WorkingCalendar;
  listCode: string;
  file: Buffer;
  fileName: string;
  publishedOn: string | null;
  /** The SM3 of the file whose preview the city's bureau confirmed (an import that publishes). */
  confirmFileSm3?: string;
}

export const importListWorkbook = (options: ImportOptions) => runImport({ ...options, preview: false });

/** What importing the file would do; nothing is kept (whatever was resolved is rolled back). */
export async function previewListImport(
  options: Omit<ImportOptions, 'confirmFileSm3'>,
): Promise<ImportPreview> {
  try {
    await runImport({ ...options, preview: true });
  } catch (error) {
    if (error instanceof PreviewOnly) return error.preview;
    throw error;
  }
  throw new Error('an import preview ended without its preview');
}

async function runImport(options: ImportOptions & { preview: boolean }): Promise<ImportOutcome> {
  const { database, actor, now } = options;
  assertReachesListCode(actor, options.listCode);
  const fileSm3 = sm3Hex(options.file);
  const { parsed, problems, wrongRows } = await readImportRows(options.file);
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
      if (options.preview) {
        const diff = diffVersions(previous?.items ?? [], items);
        throw new PreviewOnly({
          listCode: list.jurisdictionCode,
          fileSm3,
          publishes: true,
          rows: items.length,
          added: diff.added.map(named),
          removed: diff.removed.map(named),
          changed: diff.changed.map((c) => ({
            ...named(items.find((i) => i.key === c.key)!),
            changes: c.changes,
          })),
          unchanged: diff.unchanged,
        });
      }
      if (options.confirmFileSm3 !== fileSm3)
        throw new DomainError(
          'VALIDATION',
          '导入将发布市级通用清单的新版本：请先预览变更，确认后再导入同一文件',
          'This import publishes a new version of the city general list: preview the changes, then confirm the same file',
          'confirmFileSm3',
        );
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
      // A row refused by its layout is still checked against the district's agencies.
      for (const row of wrongRows) {
        const named = namedAgencies(row);
        if (!named.handlingAgency) continue;
        problems.push(
          ...resolveAgencies(named, agencies).problems.map((p) => ({ row: row.rowNumber, ...p })),
        );
      }
      if (problems.length > 0) throw refuse(problems.sort((a, b) => a.row - b.row));
      if (options.preview)
        throw new PreviewOnly({
          listCode: list.jurisdictionCode,
          fileSm3,
          publishes: false,
          rows: resolved.length,
          added: resolved.map(named),
          removed: [],
          changed: [],
          unchanged: 0,
        });
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
      after: { fileName: options.fileName, fileSm3, rows: parsed.length, ...outcome },
    });
    return outcome;
  });
}
