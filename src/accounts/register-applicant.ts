import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { maskIdentifier, maskPhone } from '../common/identifiers/index.ts';
import { PRIVACY_NOTICE_VERSION } from '../common/privacy-notice.ts';
import { districtSettings, users } from '../organisation/index.ts';
import { recordAudit } from '../platform/audit/record.ts';
import { assertPasswordRule, type HashingProfile, hashPassword } from '../platform/auth/passwords.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { type ClaimInput, checkedClaim, insertClaim } from './claim-input.ts';
import { type OpenedSession, openSession } from './open-session.ts';
import { codeHash } from './party-claim-rules.ts';
import { phoneCodeUsable } from './phone-code-rules.ts';
import { latestPhoneCodeForUpdate } from './phone-code-store.ts';
import { phoneCodes, privacyConsents } from './schema.ts';
import { findUserByUsername } from './user-store.ts';

export interface ApplicantRegistration extends ClaimInput {
  username: string;
  password: string;
  districtCode: string;
  /** The mobile number, proven by the code sent to it (`smsCode`). */
  phone: string;
  smsCode: string;
  /** 《个人信息保护法》: the notice was read and agreed to, in this version. */
  privacyConsent: boolean;
  privacyNoticeVersion: string;
}

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** no account without consent to the notice in force (个人信息保护法 第十四条). */
function assertConsent(input: ApplicantRegistration): void {
  if (input.privacyConsent !== true)
    throw invalid(
      'privacyConsent',
      '请阅读并同意《个人信息保护告知》后再注册',
      'Read and agree to the personal information notice to register',
    );
  if (input.privacyNoticeVersion !== PRIVACY_NOTICE_VERSION)
    throw invalid(
      'privacyNoticeVersion',
      '《个人信息保护告知》已更新，请刷新页面重新阅读并同意',
      'The personal information notice has changed; reload the page, read it and agree again',
    );
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
  assertConsent(input);
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
  const opened = await database.transaction(async (tx) => {
    // The number is proven by the latest code sent to it; a wrong try counts even though no account follows.
    const code = await latestPhoneCodeForUpdate(tx.db, claim.phone!);
    if (!code || !phoneCodeUsable(code, now)) return null;
    if (!sameHash(code.codeHash, codeHash(code.id, input.smsCode))) {
      await tx.db
        .update(phoneCodes)
        .set({ failedAttempts: code.failedAttempts + 1 })
        .where(eq(phoneCodes.id, code.id));
      return null;
    }
    await tx.db.update(phoneCodes).set({ usedAt: now }).where(eq(phoneCodes.id, code.id));
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
    await tx.db.insert(privacyConsents).values({
      userId: user!.id,
      noticeVersion: input.privacyNoticeVersion,
      consentedAt: now,
      ip: options.ip,
    });
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
        phone: maskPhone(claim.phone!),
        privacyConsent: { version: input.privacyNoticeVersion, at: now.toISOString() },
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
  if (!opened)
    throw invalid(
      'smsCode',
      '短信验证码不正确或已过期，请重新获取',
      'The SMS code is wrong or has expired; ask for a new one',
    );
  return opened;
}
