import { eq } from 'drizzle-orm';
import { districtSettings, parties, users } from '../organisation/schema.ts';
import { recordAudit } from '../platform/audit/record.ts';
import { assertPasswordRule, type HashingProfile, hashPassword } from '../platform/auth/passwords.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { checkedPartyIdentifier } from '../platform/identifiers/checked.ts';
import { maskIdentifier } from '../platform/identifiers/index.ts';
import { type OpenedSession, openSession } from './open-session.ts';
import { findUserByUsername } from './user-store.ts';

export interface ApplicantRegistration {
  username: string;
  password: string;
  kind: 'person' | 'organisation';
  /** The person's name, or the organisation's registered name. */
  name: string;
  /** 居民身份证号 of a person, 统一社会信用代码 of an organisation. */
  identifier: string;
  districtCode: string;
  phone?: string;
  /** 经办人 acting for an organisation. */
  agentName?: string;
  agentIdNumber?: string;
}

/** an applicant account is tied to a party with a validated identifier; the new user is signed in. */
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
  const identifier = checkedPartyIdentifier(input.kind, input.identifier, 'identifier');
  let agentIdNumber: string | null = null;
  if (input.kind === 'organisation') {
    if (!input.agentName?.trim())
      throw invalid('agentName', '请填写经办人姓名', 'The agent (经办人) name is required');
    agentIdNumber = checkedPartyIdentifier('person', input.agentIdNumber ?? '', 'agentIdNumber');
  }
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
    const [existing] = await tx.db.select().from(parties).where(eq(parties.identifier, identifier));
    if (existing && existing.kind === 'person') {
      const [account] = await tx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.partyId, existing.id));
      if (account) {
        throw new DomainError(
          'CONFLICT',
          '该身份证号已注册账号',
          'An account already exists for this ID number',
          'identifier',
        );
      }
    }
    if (existing && existing.name !== input.name.trim()) {
      throw new DomainError(
        'CONFLICT',
        '名称与该证件号码登记的名称不一致',
        'The name does not match the one registered for this identifier',
        'name',
      );
    }
    const [party] = existing
      ? [existing]
      : await tx.db
          .insert(parties)
          .values({ kind: input.kind, identifier, name: input.name.trim(), createdAt: now })
          .returning();
    const [user] = await tx.db
      .insert(users)
      .values({
        username: input.username.trim(),
        displayName: input.kind === 'person' ? input.name.trim() : (input.agentName ?? '').trim(),
        passwordHash,
        role: 'applicant',
        jurisdictionCode: input.districtCode,
        districtCode: input.districtCode,
        partyId: party!.id,
        agentName: input.agentName?.trim() || null,
        agentIdNumber,
        phone: input.phone || null,
        createdAt: now,
      })
      .returning();
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
        party: { kind: party!.kind, identifier: maskIdentifier(identifier), name: party!.name },
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
