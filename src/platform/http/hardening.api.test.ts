// Security issue, points 4, 7, 8 and 9: what an attacker probing the HTTP surface meets. Every
// answer is in the one error shape, nothing is a 500, an anonymous caller of a protected operation
// is told to sign in before anything reads its input, a forged X-Forwarded-For changes nothing.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../../../tests/support/log-capture.ts';
import { createTestApp, freshDatabase, type TestApp, testConfig } from '../../../tests/support/test-app.ts';
import { createServer } from '../../server.ts';
import { loggableError } from '../db/database-errors.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGINS_PER_ADDRESS_PER_MINUTE: '10' } });
});
afterAll(() => t.close());

const errorShape = (body: unknown) =>
  expect(body).toEqual({
    code: expect.any(String),
    message: expect.any(String),
    message_en: expect.any(String),
    ...((body as { field?: string }).field ? { field: expect.any(String) } : {}),
    ...((body as { details?: unknown }).details ? { details: expect.anything() } : {}),
  });

interface Operation {
  method: string;
  path: string;
  security: unknown[];
}

async function operations(): Promise<Operation[]> {
  const spec = (await t.anonymous('GET', '/api/openapi.json')).json() as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, security: op.security ?? [] })),
  );
}

describe('authentication comes before validation', () => {
  it('answers 401 to an anonymous call of every protected operation, whatever it sends', async () => {
    const protectedOps = (await operations()).filter((op) => op.security.length > 0);
    expect(protectedOps.length).toBeGreaterThan(60);
    for (const op of protectedOps) {
      const url = op.path.replace(/\{[^}]+\}/g, 'not-valid').concat('?version=abc&limit=-1');
      const response = await t.app.inject({
        method: op.method.toUpperCase() as 'GET',
        url,
        headers: { 'content-type': 'application/json' },
        payload: op.method === 'get' || op.method === 'delete' ? undefined : '{"bad": ',
      });
      expect(response.statusCode, `${op.method} ${op.path}`).toBe(401);
      expect(response.json().code, `${op.method} ${op.path}`).toBe('UNAUTHENTICATED');
    }
  });

  it('documents in OpenAPI what each operation needs: nothing, the session, or the session and CSRF token', async () => {
    const all = await operations();
    const security = (method: string, path: string) =>
      all.find((op) => op.method === method && op.path === path)?.security;
    expect(security('get', '/api/public/districts/{code}/list')).toEqual([]);
    expect(security('get', '/api/public/districts/{code}/search')).toEqual([]);
    expect(security('get', '/api/public/districts/{code}/site')).toEqual([]);
    expect(security('post', '/api/auth/register/sms-code')).toEqual([]);
    expect(security('post', '/api/auth/login')).toEqual([]);
    expect(security('get', '/api/cases')).toEqual([{ session: [] }]);
    expect(security('post', '/api/cases')).toEqual([{ session: [], csrf: [] }]);
  });
});

describe('no input gives a 500', () => {
  it('refuses version numbers beyond a stored integer on the public list and diff (400, naming the field)', async () => {
    for (const query of ['version=2147483648', 'version=1e308', 'version=9223372036854775808']) {
      const response = await t.anonymous('GET', `/api/public/districts/370212/list?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().field).toBe('querystring.version');
    }
    const diff = await t.anonymous('GET', '/api/public/districts/370212/list/diff?from=1&to=1e308');
    expect(diff.statusCode).toBe(400);
    expect(diff.json().field).toBe('querystring.to');
  });

  it('refuses a NUL character in any field with 400 naming it, anonymous or signed in', async () => {
    const login = await t.anonymous('POST', '/api/auth/login', { username: 'a\u0000b', password: 'x' });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({ code: 'VALIDATION', field: 'username' });
    const register = await t.anonymous('POST', '/api/auth/register', {
      username: 'nul-test',
      password: 'Register2026',
      kind: 'person',
      name: '张\u0000三',
      identifier: '370212199109300578',
      districtCode: '370212',
      phone: '13912345678',
      smsCode: '123456',
      privacyConsent: true,
      privacyNoticeVersion: '2026.1',
    });
    expect(register.statusCode).toBe(400);
    expect(register.json().field).toBe('name');
    const officer = await t.login('ls-justice');
    const note = await officer.request('POST', '/api/list-changes', {
      listCode: '370212',
      action: 'add',
      reason: 'x\u0000y',
    });
    expect(note.statusCode).toBe(400);
    expect(note.json().field).toBe('reason');
  });

  it('treats a malformed Origin header as another origin (403), not a crash', async () => {
    const session = await t.login('ls-applicant');
    const response = await session.request('POST', '/api/auth/logout', undefined, { origin: 'not a url' });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_REJECTED');
  });

  it('logs a failed statement without its parameters or the values PostgreSQL quotes', () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "370212197803122135"'), {
      code: '22P02',
      detail: 'Key (identifier)=(370212197803122135) already exists.',
    });
    const failed = Object.assign(
      new Error('Failed query: select * from parties where identifier = $1\nparams: 370212197803122135'),
      { query: 'select * from parties where identifier = $1', params: ['370212197803122135'], cause },
    );
    const logged = JSON.stringify(loggableError(failed));
    expect(logged).not.toContain('370212197803122135');
    expect(logged).toContain('select * from parties where identifier = $1');
    expect(logged).toContain('22P02');
  });
});

describe('one error shape for every refusal', () => {
  it('answers routing errors (bad URL escapes) in the one shape, without echoing the address', async () => {
    const response = await t.anonymous('GET', '/api/public/districts/%E0%A4%A/list');
    expect(response.statusCode).toBe(400);
    errorShape(response.json());
    expect(response.body).not.toContain('%E0');
    const long = await t.anonymous('GET', `/api/public/districts/${'9'.repeat(300)}/list`);
    expect(long.statusCode).toBe(414);
    expect(long.json()).toMatchObject({ code: 'URI_TOO_LONG', message: '请求地址过长' });
  });

  it('codes a body over the limit as PAYLOAD_TOO_LARGE (413), an unread content type 415', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '请求体过大' });
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers headers over the limit (431) from the HTTP parser in the one shape', async () => {
    const server = await createServer({ config: testConfig(), database: t.database, logger: false });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { port, host: '127.0.0.1', path: '/api/health', headers: { 'x-big': 'a'.repeat(20_000) } },
        (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    await server.close();
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'HEADERS_TOO_LARGE', message: '请求头过大' });
  });
});

describe('headers', () => {
  it('sends a strict CSP on pages, naming a fresh nonce that the page carries', async () => {
    const first = await t.anonymous('GET', '/');
    const second = await t.anonymous('GET', '/workbench/cases');
    const policy = String(first.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(first.body).toContain(`nonce="${nonce}"`);
    expect(first.body).not.toContain('__CSP_NONCE__');
    expect(String(second.headers['content-security-policy'])).not.toContain(nonce!);
  });

  it('sends CSP and frame protection on API answers and on the API docs too', async () => {
    for (const url of ['/api/health', '/api/public/districts', '/api/docs/', '/api/openapi.json']) {
      const response = await t.anonymous('GET', url);
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('sends HSTS when the request came over HTTPS through a trusted proxy, never over plain HTTP', async () => {
    const plain = await t.anonymous('GET', '/api/health');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const database = await freshDatabase();
    const proxied = await createServer({
      config: testConfig({ TRUST_PROXY: '127.0.0.1' }),
      database,
      logger: false,
    });
    const https = await proxied.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    // Not from an untrusted client.
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
    await proxied.close();
    await database.close();
  });
});

describe('limits count the real address', () => {
  it('keeps the per-address login cap whatever X-Forwarded-For says', async () => {
    let attempt = 0;
    const login = (forwarded?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.66.0.1',
        headers: {
          'content-type': 'application/json',
          ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
        },
        payload: JSON.stringify({ username: `nobody-${attempt++}`, password: 'wrong-password1' }),
      });
    for (let i = 0; i < 10; i++) expect((await login(`10.9.${i}.1`)).statusCode).toBe(401);
    const capped = await login('10.9.99.1');
    expect(capped.statusCode).toBe(429);
    errorShape(capped.json());
  });

  it('believes X-Forwarded-For only from a proxy named by TRUST_PROXY', async () => {
    const { stream, lines } = captureLogs();
    const database = await freshDatabase();
    const behindProxy = await createServer({
      config: testConfig({ TRUST_PROXY: '10.0.0.2' }),
      database,
      logger: { level: 'info', stream },
    });
    const via = (remoteAddress: string) =>
      behindProxy.inject({
        method: 'GET',
        url: '/api/health',
        remoteAddress,
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
    await via('10.0.0.2');
    await via('10.0.0.3');
    await behindProxy.close();
    await database.close();
    const ips = lines
      .map((line) => JSON.parse(line) as { req?: { remoteAddress?: string } })
      .flatMap((entry) => (entry.req?.remoteAddress ? [entry.req.remoteAddress] : []));
    expect(ips).toEqual(['203.0.113.7', '10.0.0.3']);
  });
});
