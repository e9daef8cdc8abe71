import { eq } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import type { Tx } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import type { FilingRow } from './filing-hops.ts';
import { listFilings } from './schema.ts';

export const filingNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    '备案记录不存在或不在您的管辖范围内',
    'No such filing within your jurisdiction',
  );

/** A filing hop locked for a change by one of its two ends (the sending or the receiving level). */
export async function lockFiling(
  tx: Tx,
  actor: Actor,
  id: string,
  revision: number,
  end: 'from' | 'to',
): Promise<FilingRow> {
  const [row] = await tx.db.select().from(listFilings).where(eq(listFilings.id, id)).for('update');
  const code = end === 'from' ? row?.fromJurisdictionCode : row?.toJurisdictionCode;
  if (!row || actor.role !== 'justice-officer' || actor.jurisdictionCode !== code) {
    if (
      row &&
      actor.role === 'justice-officer' &&
      [row.fromJurisdictionCode, row.toJurisdictionCode].includes(actor.jurisdictionCode)
    )
      throw new DomainError(
        'FORBIDDEN',
        end === 'from' ? '只有报送层级可以报送备案' : '只有接收层级可以确认接收',
        end === 'from'
          ? 'Only the sending level sends the filing'
          : 'Only the receiving level marks it received',
      );
    throw filingNotFound();
  }
  if (row.revision !== revision) throw staleVersion();
  return row;
}
