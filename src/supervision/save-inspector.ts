import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid, staleVersion } from '../platform/errors.ts';
import { agencyOfDistrict, assertKeepsPool, type InspectorRow, lockInspector } from './inspector-access.ts';
import { inspectors } from './schema.ts';

export interface InspectorInput {
  agencyId: string;
  name: string;
  certificateNo: string;
  fields: string[];
  active: boolean;
}

/** 执法证号: letters and digits as printed on the card, 6–20 characters. */
const CERTIFICATE_NO = /^[0-9A-Za-z-]{6,20}$/;

export function normaliseInspector(input: InspectorInput): InspectorInput {
  const name = input.name.trim();
  const certificateNo = input.certificateNo.trim().toUpperCase();
  if (!name) throw invalid('name', '请填写姓名', 'Give the inspector’s name');
  if (!CERTIFICATE_NO.test(certificateNo))
    throw invalid(
      'certificateNo',
      '执法证号应为 6–20 位字母或数字',
      'An enforcement certificate number has 6–20 letters or digits',
    );
  const fields = [...new Set(input.fields.map((f) => f.trim()).filter(Boolean))];
  return { ...input, name, certificateNo, fields };
}

async function assertBadgeFree(tx: Tx, certificateNo: string, self: string | null) {
  const [other] = await tx.db
    .select({ id: inspectors.id })
    .from(inspectors)
    .where(eq(inspectors.certificateNo, certificateNo));
  if (other && other.id !== self)
    throw new DomainError(
      'CONFLICT',
      `执法证号 ${certificateNo} 已在人员库中`,
      `Badge number ${certificateNo} is already in a pool`,
      'certificateNo',
    );
}

/** Adds an inspector to an agency's pool (or, with `inspectorId`, changes one at its revision). */
export async function saveInspector(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  inspectorId: string | null;
  revision: number | null;
  input: InspectorInput;
}): Promise<InspectorRow> {
  const { database, actor, now, districtCode } = options;
  assertKeepsPool(actor, districtCode, options.input.agencyId);
  const input = normaliseInspector(options.input);
  return database.transaction(async (tx) => {
    await agencyOfDistrict(tx.db, districtCode, input.agencyId);
    await assertBadgeFree(tx, input.certificateNo, options.inspectorId);
    if (options.inspectorId) {
      const before = await lockInspector(tx, actor, options.inspectorId);
      if (before.districtCode !== districtCode)
        throw invalid('districtCode', '人员不属于该区', 'Not an inspector of this district');
      if (before.revision !== options.revision) throw staleVersion();
      const [after] = await tx.db
        .update(inspectors)
        .set({ ...input, revision: before.revision + 1, updatedAt: now })
        .where(eq(inspectors.id, before.id))
        .returning();
      await audit(tx, actor, now, after!, before);
      return after!;
    }
    const [created] = await tx.db
      .insert(inspectors)
      .values({ ...input, districtCode, createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, actor, now, created!, null);
    return created!;
  });
}

const auditedOf = ({ agencyId, name, certificateNo, fields, active }: InspectorRow) => ({
  agencyId,
  name,
  certificateNo,
  fields,
  active,
});

export async function audit(
  tx: Tx,
  actor: Actor,
  now: Date,
  after: InspectorRow,
  before: InspectorRow | null,
) {
  await recordAudit(tx, {
    chain: after.districtCode,
    actor: actorOf(actor),
    at: now,
    action: 'inspector.saved',
    entityType: 'inspector',
    entityId: after.id,
    before: before ? auditedOf(before) : undefined,
    after: auditedOf(after),
  });
}
