import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The nonce of the page being served; styles the web app inserts at run time carry it. */
    cspNonce: string | null;
  }
}

export const newCspNonce = () => randomBytes(18).toString('base64');

/**
 * The web app: its scripts and style sheets come from this origin; the styles Ant Design writes at
 * run time carry the page's nonce. Style *attributes* stay allowed: React sets them through the CSSOM
 * and rc-components through `style=`, and an attribute cannot load or run anything.
 */
export function pagePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Swagger UI (its own bundle and style sheets; it sets inline styles as it renders). */
const DOCS_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON, PDFs, spreadsheets and static files: nothing in them may run or be framed. */
const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function policyFor(request: FastifyRequest): string {
  if (request.cspNonce) return pagePolicy(request.cspNonce);
  if (request.url.startsWith('/api/docs')) return DOCS_POLICY;
  return RESOURCE_POLICY;
}

/**
 * Headers every answer carries: a Content-Security-Policy, no framing anywhere, no MIME sniffing,
 * same-origin referrers, and HSTS whenever the request came over HTTPS (directly or through a
 * proxy trusted by `TRUST_PROXY`).
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.decorateRequest('cspNonce', null);
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('x-request-id', request.id);
    reply.header('content-security-policy', policyFor(request));
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
  });
}
