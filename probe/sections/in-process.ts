// Probes made in-process against a fresh demo database: every protected operation called anonymously,
// schema-driven bad requests per role (fast-check), and a forged X-Forwarded-For against the cap.
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/platform/config.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { prepareDatabase } from '../../src/prepare-database.ts';
import { createServer } from '../../src/server.ts';

interface Operation {
  method: string;
  path: string;
  secured: boolean;
  parameters: { name: string; in: string; schema?: Schema }[];
  body?: Schema;
}
type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[] };

export async function inProcessApp(env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'test', CHENGNUO_FAST_HASH: '1', CHENGNUO_DEMO: '1', ...env }, []);
  const database = await openPglite({});
  await prepareDatabase({ config, database, now: new Date() });
  const app = await createServer({ config, database, logger: false });
  await app.ready();
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { app, close };
}

function operations(app: FastifyInstance): Operation[] {
  const spec = app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        {
          security?: unknown[];
          parameters?: Operation['parameters'];
          requestBody?: { content: Record<string, { schema: Schema }> };
        }
      >
    >;
  };
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      secured: (op.security ?? []).length > 0,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
}

export async function anonymousCalls(
  app: FastifyInstance,
): Promise<{ protectedOps: number; not401: string[] }> {
  const ops = operations(app).filter((op) => op.secured);
  const not401: string[] = [];
  for (const op of ops) {
    const response = await app.inject({
      method: op.method as 'GET',
      url: op.path.replace(/\{[^}]+\}/g, 'x'),
      headers: { 'content-type': 'application/json' },
      payload: ['GET', 'DELETE'].includes(op.method) ? undefined : '{}',
    });
    if (response.statusCode !== 401) not401.push(`${op.method} ${op.path} → ${response.statusCode}`);
  }
  return { protectedOps: ops.length, not401 };
}

/** A value for a schema, often wrong: the right shape, another type, huge numbers, NUL bytes, junk. */
function valueFor(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.string(),
    fc.constantFrom('\u0000', '1e308', '2147483648', '-1', '../../etc/passwd', '<script>', '%', ''),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  if (!schema || depth > 3) return junk;
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), junk);
  if (schema.type === 'object' && schema.properties) {
    const entries = Object.entries(schema.properties).map(([k, s]) => [k, valueFor(s, depth + 1)] as const);
    return fc.oneof(fc.record(Object.fromEntries(entries), { requiredKeys: [] }), junk);
  }
  if (schema.type === 'array')
    return fc.oneof(fc.array(valueFor(schema.items, depth + 1), { maxLength: 3 }), junk);
  return junk;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

export interface FuzzResult {
  requests: number;
  serverErrors: string[];
  badShapes: string[];
}

/** Schema-driven bad requests of one user (or none): every answer below 500 and in the one shape. */
export async function fuzz(
  app: FastifyInstance,
  cookies: Record<string, string>,
  csrf: string,
  count: number,
  seed: number,
): Promise<FuzzResult> {
  // Logging out would end the session the rest of the run needs.
  const ops = operations(app).filter((op) => op.path !== '/api/auth/logout');
  const result: FuzzResult = { requests: 0, serverErrors: [], badShapes: [] };
  const arbitrary = fc.integer({ min: 0, max: ops.length - 1 }).chain((i) => {
    const op = ops[i]!;
    const params = Object.fromEntries(op.parameters.map((p) => [`${p.in}:${p.name}`, valueFor(p.schema)]));
    return fc.record({
      op: fc.constant(op),
      params: fc.record(params, { requiredKeys: [] }),
      body: valueFor(op.body),
    });
  });
  const samples = fc.sample(arbitrary, { numRuns: count, seed });
  for (const { op, params, body } of samples) {
    let url = op.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-csrf-token': csrf };
    for (const [key, value] of Object.entries(params)) {
      const [where, name] = key.split(':') as [string, string];
      if (where === 'path') url = url.replace(`{${name}}`, encodeURIComponent(asText(value)));
      else if (where === 'query') query.set(name, asText(value));
      else if (where === 'header') headers[name] = asText(value).replace(/[^\x20-\x7e]/g, '');
    }
    url = url.replace(/\{[^}]+\}/g, 'x');
    const response: LightMyRequestResponse = await app.inject({
      method: op.method as 'GET',
      url: `${url}${query.size ? `?${query}` : ''}`,
      headers,
      cookies,
      payload: ['GET', 'DELETE'].includes(op.method) ? undefined : JSON.stringify(body ?? null),
    });
    result.requests += 1;
    const what = `${op.method} ${url} → ${response.statusCode}`;
    if (response.statusCode >= 500) result.serverErrors.push(`${what} ${response.body.slice(0, 200)}`);
    else if (response.statusCode >= 400) {
      let shapeOk = false;
      try {
        const b = response.json() as Record<string, unknown>;
        shapeOk =
          typeof b.code === 'string' && typeof b.message === 'string' && typeof b.message_en === 'string';
        if (b.code === 'VALIDATION' && typeof b.field !== 'string') shapeOk = false;
      } catch {
        shapeOk = false;
      }
      if (!shapeOk) result.badShapes.push(`${what} ${response.body.slice(0, 200)}`);
    }
  }
  return result;
}

export async function logIn(app: FastifyInstance, username: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password: 'Chengnuo@2026' }),
  });
  return {
    cookies: Object.fromEntries(response.cookies.map((c) => [c.name, c.value])),
    csrf: (response.json() as { csrfToken: string }).csrfToken,
  };
}

/** Ten wrong logins from one address, then one more with a forged X-Forwarded-For: still capped? */
export async function forgedForwardedFor(): Promise<{ capped: boolean }> {
  const { app, close } = await inProcessApp({ LOGINS_PER_ADDRESS_PER_MINUTE: '10' });
  const login = (i: number, forwarded?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.1.2.3',
      headers: { 'content-type': 'application/json', ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) },
      payload: JSON.stringify({ username: `nobody-${i}`, password: 'wrong-password' }),
    });
  for (let i = 0; i < 10; i++) await login(i);
  const forged = await login(99, '203.0.113.9');
  await close();
  return { capped: forged.statusCode === 429 };
}
