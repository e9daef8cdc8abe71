// Q-1 and issue 17: an account is opened only with consent to the personal-information notice (its
// version and time recorded) and a mobile number proven by a code sent to it — rate-limited sending,
// codes that expire, a few tries at most.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../tests/support/fixed-time.ts';
import { provenPhone } from '../../tests/support/registration.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { PRIVACY_NOTICE_VERSION } from '../common/privacy-notice.ts';
import { users } from '../organisation/schema.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import { outboundMessages } from '../platform/messaging/schema.ts';
import { privacyConsents } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterEach(() => {
  t.clock.now = new Date(TEST_NOW);
});
afterAll(() => t.close());

let serial = 0;
/** A registration of a new person for `phone`, without its code and consent yet. */
const registration = (phone: string) => ({
  username: `new-applicant-${++serial}`,
  password: 'Register2026',
  kind: 'person',
  name: '王新',
  identifier: '370212199109300578',
  districtCode: '370212',
  phone,
});

const consent = { privacyConsent: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION };

const sendCode = (phone: string, districtCode = '370212') =>
  t.anonymous('POST', '/api/auth/register/sms-code', { phone, districtCode });

/** The code the outbox holds for the number's handset (these tests run no gateway). */
async function codeSentTo(phone: string): Promise<string> {
  const [message] = await t.database.db
    .select({ body: outboundMessages.body })
    .from(outboundMessages)
    .where(and(eq(outboundMessages.recipient, phone), eq(outboundMessages.purpose, 'registration-code')))
    .orderBy(desc(outboundMessages.createdAt))
    .limit(1);
  return /\d{6}/.exec(message?.body ?? '')?.[0] ?? '';
}

const userNamed = async (username: string) =>
  (await t.database.db.select().from(users).where(eq(users.username, username)))[0];

describe('consent to the personal-information notice', () => {
  it('refuses a registration without consent, in both languages, naming the field, and opens no account', async () => {
    const body = registration('13912340001');
    const refused = await t.anonymous('POST', '/api/auth/register', {
      ...body,
      ...(await provenPhone(t, body.phone)),
      privacyConsent: false,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION',
      field: 'privacyConsent',
      message: expect.stringContaining('个人信息保护告知'),
      message_en: expect.stringContaining('personal information notice'),
    });
    const { privacyConsent: _left, ...withoutConsent } = {
      ...body,
      ...(await provenPhone(t, body.phone)),
    };
    const missing = await t.anonymous('POST', '/api/auth/register', withoutConsent);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().field).toBe('privacyConsent');
    expect(await userNamed(body.username)).toBeUndefined();
  });

  it('refuses consent to a notice that is no longer the one in force', async () => {
    const body = registration('13912340002');
    const refused = await t.anonymous('POST', '/api/auth/register', {
      ...body,
      ...(await provenPhone(t, body.phone)),
      privacyNoticeVersion: '2025.1',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().field).toBe('privacyNoticeVersion');
  });
});

describe('the mobile number is proven by a code sent to it', () => {
  it('sends a code, refuses a wrong one, opens the account with the right one and records the consent', async () => {
    const body = registration('13912340003');
    const sent = await sendCode(body.phone);
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toMatchObject({ retryAfterSeconds: 60 });
    expect(sent.json().message).toContain('139****0003');
    const code = await codeSentTo(body.phone);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await t.anonymous('POST', '/api/auth/register', {
      ...body,
      ...consent,
      smsCode: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'VALIDATION', field: 'smsCode' });
    expect(wrong.json().message).toMatch(/验证码/);
    expect(wrong.json().message_en).toMatch(/code/);
    expect(await userNamed(body.username)).toBeUndefined();

    const opened = await t.anonymous('POST', '/api/auth/register', { ...body, ...consent, smsCode: code });
    expect(opened.statusCode, opened.body).toBe(201);
    const user = await userNamed(body.username);
    expect(user?.phone).toBe(body.phone);
    const consents = await t.database.db
      .select()
      .from(privacyConsents)
      .where(eq(privacyConsents.userId, user!.id));
    expect(consents).toEqual([
      expect.objectContaining({ noticeVersion: PRIVACY_NOTICE_VERSION, consentedAt: TEST_NOW }),
    ]);
    const [audit] = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, user!.id), eq(auditEntries.action, 'account.registered')));
    expect(audit?.after).toMatchObject({
      phone: '139****0003',
      privacyConsent: { version: PRIVACY_NOTICE_VERSION, at: TEST_NOW.toISOString() },
    });

    // A code opens one account only.
    const reused = await t.anonymous('POST', '/api/auth/register', {
      ...registration(body.phone),
      ...consent,
      smsCode: code,
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().field).toBe('smsCode');
  });

  it('sends to a number once a minute, naming the wait', async () => {
    const phone = '13912340004';
    expect((await sendCode(phone)).statusCode).toBe(202);
    t.clock.now = new Date(TEST_NOW.getTime() + 20_000);
    const again = await sendCode(phone);
    expect(again.statusCode).toBe(429);
    expect(again.json()).toMatchObject({
      code: 'RATE_LIMITED',
      field: 'phone',
      details: { retryAfterSeconds: 40 },
    });
    expect(again.json().message).toContain('40 秒');
    expect(again.headers['retry-after']).toBe('40');
    t.clock.now = new Date(TEST_NOW.getTime() + 61_000);
    expect((await sendCode(phone)).statusCode).toBe(202);
  });

  it('refuses a code that has expired', async () => {
    const body = registration('13912340005');
    expect((await sendCode(body.phone)).statusCode).toBe(202);
    const code = await codeSentTo(body.phone);
    t.clock.now = new Date(TEST_NOW.getTime() + 11 * 60_000);
    const late = await t.anonymous('POST', '/api/auth/register', { ...body, ...consent, smsCode: code });
    expect(late.statusCode).toBe(400);
    expect(late.json().field).toBe('smsCode');
  });

  it('gives up a code after five wrong tries: a new one is needed', async () => {
    const body = registration('13912340006');
    expect((await sendCode(body.phone)).statusCode).toBe(202);
    const code = await codeSentTo(body.phone);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const wrong = await t.anonymous('POST', '/api/auth/register', {
        ...body,
        ...consent,
        smsCode: wrongCode,
      });
      expect(wrong.statusCode).toBe(400);
    }
    const right = await t.anonymous('POST', '/api/auth/register', { ...body, ...consent, smsCode: code });
    expect(right.statusCode).toBe(400);
    expect(right.json().field).toBe('smsCode');
  });

  it('refuses to send to a number that is not a mobile number, or for a district not served', async () => {
    const badPhone = await sendCode('12345');
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().field).toBe('phone');
    const badDistrict = await sendCode('13912340007', '110101');
    expect(badDistrict.statusCode).toBe(400);
    expect(badDistrict.json().field).toBe('districtCode');
  });
});
