import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
import { assertCan, type Permission } from '../auth/permissions.ts';
import { DomainError } from '../errors.ts';

export const SESSION_COOKIE = 'cn_session';
export const CSRF_COOKIE = 'cn_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface ResolvedSession {
  actor: Omit<Actor, 'ip' | 'requestId'>;
  csrfToken: string;
}

/** Looks a session cookie up; accounts implements it, the platform only calls it. */
export type ResolveSession = (token: string) => Promise<ResolvedSession | null>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Set false on routes that change state without a session (login, registration). */
    csrf?: boolean;
    /** Set true on API routes anyone may call without signing in. */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** API routes open to anonymous callers: flagged `public`, or under these prefixes. */
const PUBLIC_PREFIXES = ['/api/public/', '/api/docs'];

export function isPublicRoute(url: string, config: { public?: boolean } | undefined): boolean {
  return config?.public === true || PUBLIC_PREFIXES.some((prefix) => url.startsWith(prefix));
}

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const csrfRejected = (why: string, whyEn: string) =>
  new DomainError('CSRF_REJECTED', why, whyEn, CSRF_HEADER);

const unauthenticated = () => new DomainError('UNAUTHENTICATED', '请先登录', 'Please sign in first');

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * An operation's name in the contract (and the generated client) when its route names none:
 * method and path in camel case, `{id}` as `ById` — `GET /api/cases/:id` is `getCasesById`.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

/**
 * Resolves the session cookie of every API request into `request.actor` before anything else reads
 * the request, so an anonymous call of a protected route is a 401 whatever its body or query; then
 * refuses state changes made with that cookie unless they carry its CSRF token from the same origin.
 */
export function installRequestAuth(app: FastifyInstance, resolveSession: ResolveSession): void {
  // OpenAPI says of every operation what it needs: nothing, the session, or the session and CSRF token.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || !route.schema) return;
    const methods = [route.method].flat();
    route.schema.operationId ??= operationIdOf(methods[0]!, route.url);
    route.schema.security = isPublicRoute(route.url, route.config)
      ? []
      : methods.every((m) => SAFE_METHODS.has(m))
        ? [{ session: [] }]
        : [{ session: [], csrf: [] }];
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const routeUrl = request.routeOptions.url;
    // An unknown route answers 404 whoever asks.
    if (routeUrl === undefined) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(token) : null;
    if (!session) {
      if (isPublicRoute(routeUrl, request.routeOptions.config)) return;
      throw unauthenticated();
    }
    request.actor = { ...session.actor, ip: request.ip, requestId: request.id };
    request.csrfToken = session.csrfToken;
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.csrf === false) return;
    const origin = request.headers.origin;
    if (origin && origin !== 'null' && hostOf(origin) !== request.headers.host) {
      throw csrfRejected('请求来源与本站不一致', 'The request comes from another origin');
    }
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
      throw csrfRejected(
        '缺少或错误的 CSRF 令牌，请刷新页面后重试',
        'Missing or wrong CSRF token; reload the page',
      );
    }
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** The signed-in actor, if their role holds `permission`; otherwise 401/403. */
export function authorize(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  assertCan(actor, permission);
  return actor;
}
