import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { loggableError } from '../db/database-errors.ts';
import { installIdempotency } from '../idempotency/request-idempotency.ts';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandler } from './error-handler.ts';
import { installGracefulStop } from './graceful-stop.ts';
import { installRequestAuth, type ResolveSession } from './request-auth.ts';
import { ErrorResponse } from './schemas.ts';
import { installSecurityHeaders } from './security-headers.ts';
import type { StartingServer } from './starting-server.ts';
import type { RoutePlugin } from './typed-app.ts';
import { installValidators } from './validators.ts';
import { serveWeb } from './web-app.ts';

export type { RoutePlugin } from './typed-app.ts';

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

/**
 * Log options: the level configured, personal data redacted, errors through `loggableError` (no
 * SQL parameters). A caller's options (tests give a stream) go on top, keeping the error serializer.
 */
function loggerOptions(level: string, given: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  const defaults = {
    level,
    redact: { paths: logRedactions, censor: '[redacted]' },
    serializers: { err: loggableError },
  };
  if (given === undefined) return defaults;
  if (typeof given !== 'object' || given === null) return given;
  return { ...defaults, ...given, serializers: { ...defaults.serializers, ...given.serializers } };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Requests read and not yet answered (a clean stop answers all of them first). */
    requestsInFlight(): number;
  }
}

function countRequestsInFlight(app: FastifyInstance): void {
  const open = new Set<object>();
  app.decorate('requestsInFlight', () => open.size);
  app.addHook('onRequest', async (request) => {
    open.add(request);
  });
  app.addHook('onResponse', async (request) => {
    open.delete(request);
  });
  app.addHook('onRequestAbort', async (request) => {
    open.delete(request);
  });
}

export interface HttpAppOptions {
  /** For the Idempotency-Key records of creating requests. */
  database: Database;
  clock: () => Date;
  config: Pick<Config, 'environment' | 'logLevel' | 'version' | 'webDist' | 'sessionSecret' | 'trustProxy'>;
  resolveSession: ResolveSession;
  routes: RoutePlugin[];
  logger?: FastifyServerOptions['logger'];
  /** The server to answer on, already listening (`startingServer`); without it Fastify makes its own. */
  serverFactory?: StartingServer['serverFactory'];
}

/** Fastify with the platform's conventions: request ids, one error shape, OpenAPI, the web build. */
export async function buildHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logger),
    serverFactory: options.serverFactory,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Forwarded addresses are believed only from the proxies named by TRUST_PROXY.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    // A closing server answers 503 to requests that arrive on kept-alive connections.
    return503OnClosing: true,
    ajv: {
      customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true },
    },
  });
  countRequestsInFlight(app);
  installGracefulStop(app);
  installSecurityHeaders(app);
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
        license: { name: 'Proprietary' },
      },
      // The API is served from the same address as the web app, whichever host that is.
      servers: [{ url: '/', description: 'This server' }],
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
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  installRequestAuth(app, options.resolveSession);
  installIdempotency(app, options.database, options.clock);
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  for (const routes of options.routes) await typed.register(routes);
  await serveWeb(app, config.webDist);
  return app;
}
