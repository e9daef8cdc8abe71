import { eq } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { districtSettings, users } from '../organisation/index.ts';
import { recordAudit } from '../platform/audit/record.ts';
import { assertPasswordRule, type HashingProfile, hashPassword } from '../platform/auth/passwords.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { type ClaimInput, checkedClaim, insertClaim } from './claim-input.ts';
import { type OpenedSession, openSession } from './open-session.ts';
import { findUserByUsername } from './user-store.ts';

export interface ApplicantRegistration extends ClaimInput {
  username: string;
  password: string;
  districtCode: string;
}

/**
 * Q-1 and SPEC §10 Claiming a party: a new applicant account with a claim to be the person (or to act
 * for the organisation) it names. The claim reaches nothing until proven; the answer is the same
 * whether the platform knows the identifier or not, so registration tells no one who is known.
 */
export async function registerApplicant(options: {
  database: Database;
  now: Date;
  hashing: HashingProfile;
  sessionHours: number;
  input: ApplicantRegistration;
  ip: string | null;
  requestId: string | null;
}): Promise<OpenedSession & { userId: string }> {
  const { database, now, input } = options;
  assertPasswordRule(input.password);
  const claim = checkedClaim(input);
  if (await findUserByUsername(database.db, input.username)) {
    throw new DomainError('CONFLICT', '该用户名已被使用', 'This username is taken', 'username');
  }
  const [served] = await database.db
    .select()
    .from(districtSettings)
    .where(eq(districtSettings.districtCode, input.districtCode));
  if (!served)
    throw invalid('districtCode', '本平台未开通该区县', 'This district is not served by the platform');
  const passwordHash = await hashPassword(input.password, options.hashing);
  return database.transaction(async (tx) => {
    const [user] = await tx.db
      .insert(users)
      .values({
        username: input.username.trim(),
        displayName: claim.agentName ?? claim.name,
        passwordHash,
        role: 'applicant',
        jurisdictionCode: input.districtCode,
        districtCode: input.districtCode,
        agentName: claim.agentName,
        agentIdNumber: claim.agentIdNumber,
        phone: claim.phone,
        createdAt: now,
      })
      .returning();
    await insertClaim(tx, { userId: user!.id, districtCode: input.districtCode, claim, now });
    const actor = {
      userId: user!.id,
      name: user!.username,
      role: 'applicant',
      ip: options.ip,
      requestId: options.requestId,
    };
    await recordAudit(tx, {
      chain: input.districtCode,
      actor,
      at: now,
      action: 'account.registered',
      entityType: 'user',
      entityId: user!.id,
      after: {
        username: user!.username,
        claims: { kind: claim.kind, identifier: maskIdentifier(claim.identifier), name: claim.name },
      },
    });
    const session = await openSession(tx, {
      user: user!,
      now,
      hours: options.sessionHours,
      ip: options.ip,
      requestId: options.requestId,
      via: 'registration',
    });
    return { ...session, userId: user!.id };
  });
}
