import http from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ErrorBody } from '../errors.ts';
import { newCspNonce } from './security-headers.ts';

/** What `GET /api/health` answers (503) until the application is ready. */
export const STARTING_HEALTH = { status: 'starting' } as const;

/** What every other API request gets (503) meanwhile. */
export const STARTING_ERROR: ErrorBody = {
  code: 'STARTING',
  message: '系统正在启动，请稍候再试',
  message_en: 'The system is starting; please try again in a moment',
};

const RETRY_AFTER_SECONDS = 2;

/** The page a browser gets meanwhile: it says what is happening and opens the real page once health is ok. */
function startingPage(nonce: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>系统正在启动 · 证明事项告知承诺制</title>
<noscript><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 3}"></noscript>
<style nonce="${nonce}">
body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
  background: #f5f5f5; color: #1f1f1f; font: 18px/1.7 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
main { background: #fff; border-top: 6px solid #a8071a; padding: 32px 40px; max-width: 560px; margin: 16px;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.12); }
h1 { font-size: 26px; margin: 0 0 8px; color: #a8071a; }
p { margin: 8px 0; }
.en { color: #434343; }
</style>
</head>
<body>
<main role="status">
<h1>系统正在启动，请稍候…</h1>
<p class="en" lang="en">The system is starting, please wait…</p>
<p>系统就绪后，本页会自动打开，无需操作。</p>
<p class="en" lang="en">This page opens by itself as soon as the system is ready.</p>
</main>
<script nonce="${nonce}">
(function poll() {
  var again = function () { setTimeout(poll, ${RETRY_AFTER_SECONDS * 1000}); };
  fetch('/api/health', { cache: 'no-store' }).then(function (r) { r.ok ? location.reload() : again(); }, again);
})();
</script>
</body>
</html>
`;
}

const COMMON_HEADERS = {
  'retry-after': String(RETRY_AFTER_SECONDS),
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

function answerJson(res: http.ServerResponse, body: object): void {
  res.writeHead(503, {
    ...COMMON_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(JSON.stringify(body));
}

/** Until the application is ready: health says "starting", the API a bilingual 503, a page address the waiting page. */
function answerStarting(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0]!;
  const isPage = req.method === 'GET' && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path);
  if (!isPage) {
    answerJson(res, path === '/api/health' ? STARTING_HEALTH : STARTING_ERROR);
    return;
  }
  const nonce = newCspNonce();
  res.writeHead(503, {
    ...COMMON_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
  });
  res.end(startingPage(nonce));
}

export interface StartingServer {
  /** Listens from the first moment; the application answers through it once it is ready. */
  readonly server: http.Server;
  /** For `Fastify({ serverFactory })`: the application is built on this server and does not listen itself. */
  readonly serverFactory: NonNullable<FastifyServerOptions<http.Server>['serverFactory']>;
  /** Hands every request from now on to the application (built with `serverFactory`), once it is ready. */
  serve(app: FastifyInstance): Promise<void>;
}

/**
 * SPEC §10 Process: the server listens at once, while migrations and the demo data load (seconds on
 * a ready data folder, half a minute on a fresh one), so a health check or a visitor learns that the
 * system is starting instead of finding nobody there or waiting on a request that hangs.
 */
export function startingServer(): StartingServer {
  let handle: http.RequestListener = answerStarting;
  let application: http.RequestListener | null = null;
  const server = http.createServer((req, res) => handle(req, res));
  return {
    server,
    serverFactory: (handler, options) => {
      application = handler;
      // The timeouts Fastify gives a server it creates itself.
      const { keepAliveTimeout, requestTimeout, connectionTimeout } = options;
      if (typeof keepAliveTimeout === 'number') server.keepAliveTimeout = keepAliveTimeout;
      if (typeof requestTimeout === 'number') server.requestTimeout = requestTimeout;
      if (typeof connectionTimeout === 'number') server.setTimeout(connectionTimeout);
      return server;
    },
    async serve(app) {
      await app.ready();
      if (!application || app.server !== server)
        throw new Error('the application was not built on this server');
      handle = application;
    },
  };
}

/** Listens on the configured address; refuses (rejects) when it is taken. */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
