import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../../../tests/support/log-capture.ts';
import { createTestApp, freshDatabase, type TestApp, testConfig } from '../../../tests/support/test-app.ts';
import { createServer } from '../../server.ts';
import { logRedactions } from './app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the HTTP conventions every route follows', () => {
  it('answers health with the database kind and version', async () => {
    const response = await t.anonymous('GET', '/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', version: '0.1.0' });
    expect(['pglite', 'postgres']).toContain(response.json().database);
  });

  it('publishes OpenAPI 3 in which every operation has a schema for its input and its answers', async () => {
    const spec = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    const operations = Object.entries(
      spec.paths as Record<string, Record<string, Record<string, unknown>>>,
    ).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const { path, method, op } of operations) {
      expect(op.responses, `${method} ${path}`).toBeDefined();
      expect(Object.keys(op.responses as object), `${method} ${path}`).toContain('400');
      if (
        ['post', 'put'].includes(method) &&
        !/\/(logout|read|read-all|sms-code|personal-data)$/.test(path)
      ) {
        expect(op.requestBody, `${method} ${path} documents its body`).toBeDefined();
      }
    }
    const docs = await t.anonymous('GET', '/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/html/);
  });

  it('names every operation once, says where it is served, and describes every JSON answer', async () => {
    const spec = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(spec.servers).toEqual([{ url: '/', description: 'This server' }]);
    interface Schema {
      type?: string;
      items?: Schema;
      properties?: Record<string, Schema>;
      $ref?: string;
      anyOf?: Schema[];
      oneOf?: Schema[];
      allOf?: Schema[];
      additionalProperties?: unknown;
    }
    type Response = { content?: Record<string, { schema?: Schema }> };
    const operations = Object.entries(
      spec.paths as Record<
        string,
        Record<string, { operationId?: string; responses: Record<string, Response> }>
      >,
    ).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('getCasesById');
    // An answer described as "an object" with nothing in it says nothing: none is left.
    const empty = (schema: Schema | undefined): boolean =>
      !schema ||
      (schema.type === 'array'
        ? empty(schema.items)
        : (!schema.type || schema.type === 'object') &&
          !Object.keys(schema.properties ?? {}).length &&
          !schema.$ref &&
          !schema.anyOf &&
          !schema.oneOf &&
          !schema.allOf &&
          !schema.additionalProperties);
    const undescribed = operations.filter(({ op }) => {
      const ok = op.responses['200'] ?? op.responses['201'];
      const json = ok?.content?.['application/json'];
      return json && empty(json.schema);
    });
    expect(undescribed.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('answers unknown API routes with 404 in the one error shape', async () => {
    const response = await t.anonymous('GET', '/api/no-such-route');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      code: 'NOT_FOUND',
      message: '没有这个地址',
      message_en: 'No such route',
    });
  });

  it('refuses bad input with 400 naming the field, in Chinese and English, never 500', async () => {
    const garbage = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().message).toBe('请求体不是有效的 JSON');
    const extra = await t.anonymous('POST', '/api/auth/login', {
      username: 'a',
      password: 'b',
      role: 'admin',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ field: 'role', message: '不允许的字段「role」' });
    const wrongType = await t.anonymous('POST', '/api/auth/login', { username: 42, password: 'b' });
    expect(wrongType.json()).toMatchObject({ code: 'VALIDATION', field: 'username' });
    const session = await t.login('ls-admin');
    const badQuery = await session.request('GET', '/api/audit/entries?chain=abc');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().field).toBe('querystring.chain');
    const badId = await session.request('PUT', '/api/agencies/not-a-uuid', {});
    expect(badId.statusCode).toBe(400);
    expect(badId.json().field).toMatch(/^params\.id|^name/);
  });

  it('answers 401 to a protected route without a session', async () => {
    const response = await t.anonymous('GET', '/api/agencies');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('gives every response a request id, keeping a sane one the client sent', async () => {
    const fresh = await t.anonymous('GET', '/api/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(given.headers['x-request-id']).toBe('trace-12345678');
  });

  it('serves the web app for page addresses so client routes survive a reload', async () => {
    const page = await t.anonymous('GET', '/workbench/admin/users');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<div id="root">');
  });
});

describe('structured logs keep secrets and personal data out', () => {
  it('redacts cookies, passwords and identifiers', async () => {
    const { stream, lines } = captureLogs();
    const database = await freshDatabase();
    const app = await createServer({
      config: testConfig(),
      database,
      logger: { level: 'trace', stream, redact: { paths: logRedactions, censor: '[redacted]' } },
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'ls-admin', password: 'Chengnuo@2026' }),
    });
    const cookie = login.cookies.find((c) => c.name === 'cn_session')!.value;
    app.log.info({ body: { password: 'Chengnuo@2026', identifier: '370212197803122135' } }, 'probe');
    await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { cn_session: cookie } });
    await app.close();
    await database.close();
    const log = lines.join('');
    expect(log).toContain('"reqId"');
    expect(log).not.toContain('Chengnuo@2026');
    expect(log).not.toContain('370212197803122135');
    expect(log).not.toContain(cookie);
  });
});
