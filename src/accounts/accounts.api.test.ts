import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('locks an account for a while after 5 failed logins, whatever the password then', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.anonymous('POST', '/api/auth/login', {
        username: 'st-credit',
        password: `bad-${i}-password`,
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.anonymous('POST', '/api/auth/login', {
      username: 'st-credit',
      password: 'Chengnuo@2026',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().details.retryAfterSeconds).toBeGreaterThan(0);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    const later = await t.anonymous('POST', '/api/auth/login', {
      username: 'st-credit',
      password: 'Chengnuo@2026',
    });
    expect(later.statusCode).toBe(200);
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
      identifier: '370212199109300579',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'identifier' });
    expect(response.json().message).toMatch(/校验/);
  });

  it('refuses a company without a valid 统一社会信用代码', async () => {
    const response = await t.anonymous('POST', '/api/auth/register', {
      ...person,
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

  it('registers a person, signs them in, and refuses a second account for the same ID', async () => {
    const response = await t.anonymous('POST', '/api/auth/register', person);
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((c) => c.name === 'cn_session')!;
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { cn_session: cookie.value },
    });
    expect(me.json()).toMatchObject({
      role: 'applicant',
      party: { kind: 'person', name: '张敏', identifier: '370212********0578' },
    });
    const again = await t.anonymous('POST', '/api/auth/register', { ...person, username: 'zhang.min2' });
    expect(again.statusCode).toBe(409);
    expect(again.json().field).toBe('identifier');
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
    });
    expect(response.statusCode).toBe(201);
  });
});
