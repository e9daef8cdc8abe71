import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provenPhone } from '../../tests/support/registration.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login and sessions', () => {
  it('answers 200 with httpOnly SameSite session cookie and a CSRF token', async () => {
    const response = await t.anonymous('POST', '/api/auth/login', {
      username: 'ls-justice',
      password: 'Chengnuo@2026',
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'cn_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(response.json().csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('refuses a wrong password with 401 and a bilingual message', async () => {
    const response = await t.anonymous('POST', '/api/auth/login', {
      username: 'ls-justice',
      password: 'wrong-password1',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: '用户名或密码错误',
      field: 'password',
    });
    expect(response.json().message_en).toMatch(/wrong username or password/i);
  });

  it('names the missing field of an empty login (400)', async () => {
    const response = await t.anonymous('POST', '/api/auth/login', {});
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'username' });
  });

  it('slows an account after 5 failed logins with a delay that grows, never a lock its owner cannot lift', async () => {
    const attempt = (password: string, ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'st-credit', password }),
      });
    for (let i = 0; i < 5; i++) expect((await attempt(`bad-${i}-password`, '10.7.0.9')).statusCode).toBe(401);
    // The guessing address waits, whatever password it sends, and is told how long.
    const slowed = await attempt('Chengnuo@2026', '10.7.0.9');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('2');
    expect(slowed.json().details.retryAfterSeconds).toBe(2);
    // Each further failure doubles the guesser's wait …
    for (const [seconds, wait] of [
      [2, 4],
      [4, 8],
      [8, 16],
      [16, 32],
    ] as const) {
      t.clock.now = new Date(t.clock.now.getTime() + seconds * 1000);
      expect((await attempt('another-guess1', '10.7.0.9')).statusCode).toBe(401);
      expect((await attempt('another-guess1', '10.7.0.9')).json().details.retryAfterSeconds).toBe(wait);
    }
    // … while the owner, from their own address, waits at most half a minute and gets in.
    const owner = await attempt('Chengnuo@2026', '192.168.8.8');
    expect(owner.statusCode).toBe(429);
    expect(owner.json().details.retryAfterSeconds).toBeLessThanOrEqual(30);
    t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    expect((await attempt('Chengnuo@2026', '192.168.8.8')).statusCode).toBe(200);
  });

  it('asks for a human check after repeated failures when a captcha service is configured', async () => {
    const { createServer } = await import('../server.ts');
    const { testConfig } = await import('../../tests/support/test-app.ts');
    const checked: string[] = [];
    const app = await createServer({
      config: testConfig(),
      database: t.database,
      clock: () => t.clock.now,
      logger: false,
      humanCheck: {
        name: 'slider',
        verify: async (token) => {
          checked.push(token);
          return token === 'human-ok';
        },
      },
    });
    const attempt = (password: string, humanCheck?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'st-data', password, ...(humanCheck ? { humanCheck } : {}) }),
      });
    for (let i = 0; i < 5; i++) {
      expect((await attempt(`bad-${i}-password`)).statusCode).toBe(401);
      t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    }
    const asked = await attempt('Chengnuo@2026');
    expect(asked.statusCode).toBe(400);
    expect(asked.json()).toMatchObject({ code: 'VALIDATION', field: 'humanCheck' });
    expect((await attempt('Chengnuo@2026', 'robot')).json().field).toBe('humanCheck');
    expect((await attempt('Chengnuo@2026', 'human-ok')).statusCode).toBe(200);
    expect(checked).toEqual(['robot', 'human-ok']);
    await app.close();
  });

  it('tells who is signed in, and nobody after logout', async () => {
    const session = await t.login('ls-case-officer');
    const me = await session.request('GET', '/api/auth/me');
    expect(me.json()).toMatchObject({
      username: 'ls-case-officer',
      role: 'case-officer',
      district: { code: '370212', name: '崂山区' },
    });
    expect(me.json().agency.name).toBe('崂山区人力资源和社会保障局');
    expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await session.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('answers the session to anyone: the user signed in, or none to a visitor (200, never 401)', async () => {
    const visitor = await t.anonymous('GET', '/api/auth/session');
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ user: null });
    const session = await t.login('ls-applicant');
    const signedIn = await session.request('GET', '/api/auth/session');
    expect(signedIn.json().user).toMatchObject({ username: 'ls-applicant', role: 'applicant' });
    expect(signedIn.json().user.csrfToken).toBe(session.csrfToken);
    expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    const ended = await session.request('GET', '/api/auth/session');
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toEqual({ user: null });
  });
});

describe('CSRF protection of state changes', () => {
  it('refuses a change made with the cookie but without the token', async () => {
    const session = await t.login('ls-justice');
    const response = await session.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': '' });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_REJECTED');
  });

  it('refuses a change coming from another origin even with the token', async () => {
    const session = await t.login('ls-justice');
    const response = await session.request('POST', '/api/auth/logout', undefined, {
      origin: 'https://evil.example',
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('password change', () => {
  it('requires the current password, applies the rule, and then the new one works', async () => {
    const session = await t.login('st-data');
    const wrong = await session.request('POST', '/api/auth/password', {
      currentPassword: 'nope-1234',
      newPassword: 'Newpass2026',
    });
    expect(wrong.json()).toMatchObject({ code: 'VALIDATION', field: 'currentPassword' });
    const weak = await session.request('POST', '/api/auth/password', {
      currentPassword: 'Chengnuo@2026',
      newPassword: 'short',
    });
    expect(weak.json()).toMatchObject({ code: 'VALIDATION', field: 'newPassword' });
    const ok = await session.request('POST', '/api/auth/password', {
      currentPassword: 'Chengnuo@2026',
      newPassword: 'Newpass2026',
    });
    expect(ok.statusCode).toBe(204);
    await expect(t.login('st-data')).rejects.toThrow(/401/);
    await expect(t.login('st-data', 'Newpass2026')).resolves.toBeTruthy();
  });
});

describe('sessions end with the password', () => {
  it('ends every other session of the account when its password changes, keeping the one that changed it', async () => {
    const laptop = await t.login('st-regulator');
    const phone = await t.login('st-regulator');
    const changed = await laptop.request('POST', '/api/auth/password', {
      currentPassword: 'Chengnuo@2026',
      newPassword: 'Regulator2027',
    });
    expect(changed.statusCode).toBe(204);
    expect((await laptop.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await phone.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it("ends all of a user's sessions when an admin resets the password", async () => {
    const user = await t.login('st-verifier');
    const admin = await t.login('st-admin');
    const users = (await admin.request('GET', '/api/users')).json() as { id: string; username: string }[];
    const id = users.find((u) => u.username === 'st-verifier')!.id;
    const reset = await admin.request('POST', `/api/users/${id}/password-reset`, {
      password: 'Temporary2026',
    });
    expect(reset.statusCode).toBe(204);
    expect((await user.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('throttles guesses of the current password from a stolen session like guesses at login', async () => {
    const session = await t.login('st-assisting-officer');
    for (let i = 0; i < 5; i++) {
      const wrong = await session.request('POST', '/api/auth/password', {
        currentPassword: `guess-${i}-password`,
        newPassword: 'Whatever2027',
      });
      expect(wrong.json().field).toBe('currentPassword');
    }
    const slowed = await session.request('POST', '/api/auth/password', {
      currentPassword: 'Chengnuo@2026',
      newPassword: 'Whatever2027',
    });
    expect(slowed.statusCode).toBe(429);
  });
});

describe('Q-1 applicant registration with a validated identifier', () => {
  const person = {
    username: 'zhang.min',
    password: 'Register2026',
    kind: 'person',
    name: '张敏',
    identifier: '370212199109300578',
    districtCode: '370212',
    phone: '13912345678',
  };

  it('refuses an ID number whose check digit is wrong, naming the field', async () => {
    const response = await t.anonymous('POST', '/api/auth/register', {
      ...person,
      ...(await provenPhone(t, person.phone)),
      identifier: '370212199109300579',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'identifier' });
    expect(response.json().message).toMatch(/校验/);
  });

  it('refuses a company without a valid 统一社会信用代码', async () => {
    const response = await t.anonymous('POST', '/api/auth/register', {
      ...person,
      ...(await provenPhone(t, person.phone)),
      username: 'acme',
      kind: 'organisation',
      name: '青岛某某有限公司',
      identifier: '91370212MA3C4K7P9A',
      agentName: '张敏',
      agentIdNumber: '370212199109300578',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('identifier');
  });

  it('registers a person and signs them in, with a claim to prove before any party is theirs (SPEC §10)', async () => {
    // a number pasted with spaces around it is the number, not "too long"
    const response = await t.anonymous('POST', '/api/auth/register', {
      ...person,
      ...(await provenPhone(t, person.phone)),
      identifier: ` ${person.identifier} `,
    });
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((c) => c.name === 'cn_session')!;
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { cn_session: cookie.value },
    });
    expect(me.json()).toMatchObject({ role: 'applicant', party: null, identityCheck: 'pending' });
    const claim = await t.app.inject({
      method: 'GET',
      url: '/api/auth/party-claim',
      cookies: { cn_session: cookie.value },
    });
    expect(claim.json()).toMatchObject({
      status: 'pending',
      claim: { kind: 'person', name: '张敏', identifier: '370212********0578', ways: ['sms', 'counter'] },
    });
    // A second account for the same ID is no error: an error would tell who is registered.
    const again = await t.anonymous('POST', '/api/auth/register', {
      ...person,
      ...(await provenPhone(t, person.phone)),
      username: 'zhang.min2',
    });
    expect(again.statusCode).toBe(201);
    const taken = await t.anonymous('POST', '/api/auth/register', {
      ...person,
      ...(await provenPhone(t, person.phone)),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().field).toBe('username');
  });

  it('registers an organisation through its agent', async () => {
    const response = await t.anonymous('POST', '/api/auth/register', {
      username: 'haiyun-agent',
      password: 'Register2026',
      kind: 'organisation',
      name: '青岛海韵文化传媒有限公司',
      identifier: '91370212MA3D2N8T6U',
      agentName: '李娜',
      agentIdNumber: '370212198302090264',
      districtCode: '370212',
      ...(await provenPhone(t, '13712345678')),
    });
    expect(response.statusCode).toBe(201);
  });
});
