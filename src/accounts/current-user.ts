import { eq } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { agencies, jurisdictions, parties } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { levelOf } from '../platform/auth/jurisdiction-codes.ts';
import { isPlatformAdmin, rolePermissions } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { latestClaimOf } from './claim-store.ts';
import { findUserById } from './user-store.ts';

/** What the web app needs to know about the signed-in user to build its workbench. */
export async function currentUser(db: AppDb, actor: Actor) {
  const user = await findUserById(db, actor.userId);
  const nameOf = async (code: string) =>
    (await db.select({ name: jurisdictions.name }).from(jurisdictions).where(eq(jurisdictions.code, code)))[0]
      ?.name ?? code;
  const agency = actor.agencyId
    ? (await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)))[0]
    : undefined;
  const party = actor.partyId
    ? (await db.select().from(parties).where(eq(parties.id, actor.partyId)))[0]
    : undefined;
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    permissions: [...rolePermissions[actor.role]],
    platformAdmin: isPlatformAdmin(actor),
    /** The level decides which workbench the user lands on (a city's or province's oversees those below). */
    jurisdiction: {
      code: actor.jurisdictionCode,
      name: await nameOf(actor.jurisdictionCode),
      level: levelOf(actor.jurisdictionCode),
    },
    district: { code: actor.districtCode, name: await nameOf(actor.districtCode) },
    agency: agency && actor.agencyId ? { id: actor.agencyId, name: agency.name } : null,
    party: party
      ? {
          kind: party.kind,
          name: party.name,
          identifier: maskIdentifier(party.identifier),
          capacity: actor.partyCapacity,
        }
      : null,
    /** An applicant without a party is still to prove whom it is (SPEC §10). */
    identityCheck:
      actor.role !== 'applicant'
        ? null
        : party
          ? 'proven'
          : ((await latestClaimOf(db, actor.userId))?.status ?? 'none'),
    mustChangePassword: user?.mustChangePassword ?? false,
  };
}
