import { and, eq, exists, or } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import { checkedAnyIdentifier } from '../common/identifiers/checked.ts';
import { creditRecords } from '../credit/index.ts';
import { parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { integrityFile } from './integrity-file.ts';

/**
 * CRED-1 for staff: a party's integrity file as their district knows it. A party that never applied
 * in the district and has no record there is "not found", exactly like an unknown identifier, so a
 * look-up tells nothing of other districts (ORG-1); every look-up that finds a file is audited.
 */
export async function lookUpIntegrityFile(options: {
  database: Database;
  actor: Actor;
  now: Date;
  identifier: string;
}) {
  const { database, actor, now } = options;
  const identifier = checkedAnyIdentifier(options.identifier, 'identifier');
  const district = actor.districtCode;
  const [party] = await database.db
    .select({ id: parties.id })
    .from(parties)
    .where(
      and(
        eq(parties.identifier, identifier),
        or(
          exists(
            database.db
              .select({ one: cases.id })
              .from(cases)
              .where(and(eq(cases.partyId, parties.id), eq(cases.districtCode, district))),
          ),
          exists(
            database.db
              .select({ one: creditRecords.id })
              .from(creditRecords)
              .where(and(eq(creditRecords.partyId, parties.id), eq(creditRecords.districtCode, district))),
          ),
        ),
      ),
    );
  if (!party) throw notFound('诚信档案', 'Integrity file');
  // Reading a party's file is personal data: who looked, and when, is kept (GOV-5).
  await database.transaction((tx) =>
    recordAudit(tx, {
      chain: district,
      actor: actorOf(actor),
      at: now,
      action: 'integrity-file.viewed',
      entityType: 'party',
      entityId: party.id,
    }),
  );
  return integrityFile(database.db, party.id, now, district);
}
