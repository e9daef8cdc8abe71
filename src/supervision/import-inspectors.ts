import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type ConflictKind, conflictKindLabels } from '../common/inspection-plan-states.ts';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { writeConflict } from './declare-conflict.ts';
import { assertKeepsPool } from './inspector-access.ts';
import { audit, type InspectorInput, normaliseInspector } from './save-inspector.ts';
import { inspectorConflicts, inspectors } from './schema.ts';

/** The documented layout (docs/double-random.md): sheet 执法人员 and, optional, sheet 回避申报. */
export const inspectorColumns = ['姓名', '执法证号', '所属单位', '执法领域', '状态'] as const;
export const conflictColumns = ['执法证号', '回避类型', '名称', '证件号码', '说明'] as const;

const text = (cell: ExcelJS.CellValue) =>
  cell === null || cell === undefined
    ? ''
    : typeof cell === 'object' && 'text' in cell
      ? String(cell.text)
      : String(cell);

function rowsOf(sheet: ExcelJS.Worksheet, columns: readonly string[], field: string): string[][] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((c) => text(c).trim());
  const missing = columns.filter((c, i) => header[i] !== c);
  if (missing.length)
    throw invalid(
      field,
      `工作表「${sheet.name}」的表头应为：${columns.join('、')}`,
      `Sheet "${sheet.name}" must have the header row: ${columns.join(', ')}`,
    );
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells = columns.map((_, i) => text(row.getCell(i + 1).value).trim());
    if (cells.some(Boolean)) rows.push(cells);
  });
  return rows;
}

const kindOf = (label: string, field: string): ConflictKind => {
  const found = (Object.entries(conflictKindLabels) as [ConflictKind, { zh: string }][]).find(
    ([, l]) => l.zh === label,
  );
  if (!found)
    throw invalid(
      field,
      `回避类型应为：${Object.values(conflictKindLabels)
        .map((l) => l.zh)
        .join('、')}`,
      'Unknown conflict kind',
    );
  return found[0];
};

/**
 * SUP-1: an agency's pool from a workbook: each row adds or updates an inspector by 执法证号; conflicts
 * are added. All rows or none: the first bad cell is a 400 naming its sheet, row and column.
 */
export async function importInspectors(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  file: Buffer;
}) {
  const { database, actor, now, districtCode } = options;
  assertCan(actor, 'supervision.inspectors');
  assertDistrictAccess(actor, districtCode);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(options.file as unknown as ArrayBuffer);
  } catch {
    throw invalid('contentBase64', '文件不是有效的 .xlsx 工作簿', 'The file is not a valid .xlsx workbook');
  }
  const people = workbook.getWorksheet('执法人员');
  if (!people)
    throw invalid('contentBase64', '工作簿缺少工作表「执法人员」', 'The workbook has no sheet 执法人员');
  const inspectorRows = rowsOf(people, inspectorColumns, 'contentBase64');
  const conflictSheet = workbook.getWorksheet('回避申报');
  const conflictRows = conflictSheet ? rowsOf(conflictSheet, conflictColumns, 'contentBase64') : [];

  return database.transaction(async (tx) => {
    const districtAgencies = await tx.db
      .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName })
      .from(agencies)
      .where(eq(agencies.districtCode, districtCode));
    let created = 0;
    let updated = 0;
    const byBadge = new Map<string, typeof inspectors.$inferSelect>();
    for (const [i, [name, certificateNo, agencyName, fields, status]] of inspectorRows.entries()) {
      const field = (column: string) => `执法人员[${i + 2}].${column}`;
      const agency = districtAgencies.find((a) => a.name === agencyName || a.shortName === agencyName);
      if (!agency)
        throw invalid(
          field('所属单位'),
          `第 ${i + 2} 行：本区没有单位「${agencyName}」`,
          `Row ${i + 2}: no agency "${agencyName}" in this district`,
        );
      if (!['在岗', '停用'].includes(status!))
        throw invalid(
          field('状态'),
          `第 ${i + 2} 行：状态应为「在岗」或「停用」`,
          `Row ${i + 2}: status is 在岗 or 停用`,
        );
      assertKeepsPool(actor, districtCode, agency.id);
      let input: InspectorInput;
      try {
        input = normaliseInspector({
          agencyId: agency.id,
          name: name!,
          certificateNo: certificateNo!,
          fields: fields!.split(/[、,，;；]/),
          active: status === '在岗',
        });
      } catch (error) {
        if (error instanceof DomainError)
          throw invalid(
            field(error.field === 'name' ? '姓名' : '执法证号'),
            `第 ${i + 2} 行：${error.messageZh}`,
            `Row ${i + 2}: ${error.messageEn}`,
          );
        throw error;
      }
      const [before] = await tx.db
        .select()
        .from(inspectors)
        .where(eq(inspectors.certificateNo, input.certificateNo))
        .for('update');
      if (before && before.districtCode !== districtCode)
        throw invalid(
          field('执法证号'),
          `第 ${i + 2} 行：执法证号已在其他区的人员库中`,
          `Row ${i + 2}: the certificate number is in another district’s pool`,
        );
      if (before) assertKeepsPool(actor, districtCode, before.agencyId);
      const [row] = before
        ? await tx.db
            .update(inspectors)
            .set({ ...input, revision: before.revision + 1, updatedAt: now })
            .where(eq(inspectors.id, before.id))
            .returning()
        : await tx.db
            .insert(inspectors)
            .values({ ...input, districtCode, createdAt: now, updatedAt: now })
            .returning();
      if (before) updated += 1;
      else created += 1;
      await audit(tx, actor, now, row!, before ?? null);
      byBadge.set(row!.certificateNo, row!);
    }
    let conflicts = 0;
    for (const [i, [certificateNo, kind, partyName, partyIdentifier, note]] of conflictRows.entries()) {
      const field = (column: string) => `回避申报[${i + 2}].${column}`;
      const badge = certificateNo!.toUpperCase();
      const inspector =
        byBadge.get(badge) ??
        (await tx.db.select().from(inspectors).where(eq(inspectors.certificateNo, badge)))[0];
      if (!inspector || inspector.districtCode !== districtCode)
        throw invalid(
          field('执法证号'),
          `回避申报第 ${i + 2} 行：人员库中没有执法证号 ${badge}`,
          `Conflicts row ${i + 2}: no inspector ${badge}`,
        );
      assertKeepsPool(actor, districtCode, inspector.agencyId);
      const existing = await tx.db
        .select({ id: inspectorConflicts.id, party: inspectorConflicts.partyIdentifier })
        .from(inspectorConflicts)
        .where(eq(inspectorConflicts.inspectorId, inspector.id));
      if (existing.some((c) => c.party === partyIdentifier!.trim().toUpperCase())) continue;
      try {
        await writeConflict(
          tx,
          inspector.id,
          {
            kind: kindOf(kind!, field('回避类型')),
            partyName: partyName!,
            partyIdentifier: partyIdentifier!,
            note: note!,
          },
          now,
        );
      } catch (error) {
        if (error instanceof DomainError && error.field === 'partyIdentifier')
          throw invalid(
            field('证件号码'),
            `回避申报第 ${i + 2} 行：${error.messageZh}`,
            `Conflicts row ${i + 2}: ${error.messageEn}`,
          );
        throw error;
      }
      conflicts += 1;
    }
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'inspector.pool-imported',
      entityType: 'inspector-pool',
      entityId: districtCode,
      after: { created, updated, conflicts },
    });
    return { created, updated, conflicts };
  });
}
