import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../errors.ts';
import { newCspNonce } from './security-headers.ts';

/** What the web build writes where each page's CSP nonce goes (web/vite.config.ts `html.cspNonce`). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

const notFoundBody: ErrorBody = { code: 'NOT_FOUND', message: '没有这个地址', message_en: 'No such route' };

/**
 * The built web app: its files as they are, and every page address (`/`, `/workbench/…`) as its
 * index.html with a fresh nonce, so client routes work on reload and the CSP can name the nonce.
 */
export async function serveWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  const template = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  if (template) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      allowedPath: (pathName) => pathName !== '/index.html',
    });
  }
  const sendPage = (request: FastifyRequest, reply: FastifyReply, html: string) => {
    const nonce = newCspNonce();
    request.cspNonce = nonce;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(html.replaceAll(NONCE_PLACEHOLDER, nonce));
  };
  if (template)
    app.get('/', { schema: { hide: true } }, (request, reply) => sendPage(request, reply, template));
  app.setNotFoundHandler((request, reply) => {
    const page = request.url.split('?')[0] ?? '';
    const isPage =
      template !== null &&
      request.method === 'GET' &&
      !page.startsWith('/api') &&
      !/\.[a-z0-9]+$/i.test(page);
    if (isPage) return sendPage(request, reply, template);
    return reply.status(404).send(notFoundBody);
  });
}
