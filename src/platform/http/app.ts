import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';
import type { ErrorBody } from '../errors.ts';
import { installErrorHandler } from './error-handler.ts';
import { installRequestAuth, type ResolveSession } from './request-auth.ts';
import { ErrorResponse } from './schemas.ts';
import { installValidators } from './validators.ts';

export type RoutePlugin = (app: FastifyInstance) => Promise<void>;

const REQUEST_ID = /^[\w-]{8,64}$/;

/** Personal data and secrets never reach the logs. */
export const logRedactions = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.identifier',
  '*.idNumber',
  '*.agentIdNumber',
  '*.phone',
];

export interface HttpAppOptions {
  config: Pick<Config, 'environment' | 'logLevel' | 'version' | 'webDist' | 'sessionSecret'>;
  resolveSession: ResolveSession;
  routes: RoutePlugin[];
  logger?: FastifyServerOptions['logger'];
}

/** Fastify with the platform's conventions: request ids, one error shape, OpenAPI, the web build. */
export async function buildHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: { paths: logRedactions, censor: '[redacted]' },
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    ajv: {
      customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true },
    },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!request.url.startsWith('/api/docs')) reply.header('x-frame-options', 'DENY');
  });
  installErrorHandler(app);
  installValidators(app);
  await app.register(cookie, { secret: config.sessionSecret });
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Chengnuo 承诺 API',
        description: '证明事项告知承诺制 platform. Errors: `{code, message, message_en, field?}`.',
        version: config.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cn_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  installRequestAuth(app, options.resolveSession);
  for (const routes of options.routes) await app.register(routes);
  await serveWeb(app, config.webDist);
  return app;
}

const notFoundBody: ErrorBody = { code: 'NOT_FOUND', message: '没有这个地址', message_en: 'No such route' };

/** The built web app at `/`; any other non-API GET gets its index so client routes work on reload. */
async function serveWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(`${webDist}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api') && hasWeb;
    if (isPage && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send(notFoundBody);
  });
}
