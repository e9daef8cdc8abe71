// Registration proves the mobile number with a code sent to it and records consent to the notice.
// Tests that only need an account put a code in place for the number, as if it had been sent.
import { randomUUID } from 'node:crypto';
import { codeHash } from '../../src/accounts/party-claim-rules.ts';
import { phoneCodes } from '../../src/accounts/schema.ts';
import { PRIVACY_NOTICE_VERSION } from '../../src/common/privacy-notice.ts';
import type { TestApp } from './test-app.ts';

const CODE = '246810';
let serial = 0;

/** What a registration body adds for `phone`: the number, a valid code sent to it, and the consent. */
export async function provenPhone(t: Pick<TestApp, 'database' | 'clock'>, phone: string) {
  const id = randomUUID();
  // Each one a millisecond after the last, so the newest is the one a registration reads.
  const sentAt = new Date(t.clock.now.getTime() - 60_000 + ++serial);
  await t.database.db.insert(phoneCodes).values({
    id,
    phone,
    codeHash: codeHash(id, CODE),
    sentAt,
    expiresAt: new Date(t.clock.now.getTime() + 600_000),
  });
  return { phone, smsCode: CODE, privacyConsent: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION };
}
