import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchesEtag } from './etag.ts';
import { responses } from './schemas.ts';

/** A PDF download in OpenAPI (the bytes are sent as they are, never serialised), with the usual errors. */
export const PdfResponses = responses({
  200: Type.Unsafe<Buffer>({
    description: 'PDF (A4, fonts embedded)',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  }),
  304: Type.Null({ description: 'Not modified: the If-None-Match tag is the document’s SM3' }),
});

/**
 * Sends stored PDF bytes, tagged by their SM3 (a matching If-None-Match gets 304, as the lists do);
 * public documents may be cached anywhere, a case's only by its reader.
 */
export function sendPdf(
  request: FastifyRequest,
  reply: FastifyReply,
  doc: { bytes: Buffer; sm3: string },
  fileName: string,
  audience: 'public' | 'private' = 'public',
) {
  const etag = `"${doc.sm3}"`;
  reply
    .header('etag', etag)
    .header(
      'cache-control',
      audience === 'public' ? 'public, max-age=86400, immutable' : 'private, no-store',
    );
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send();
  return reply
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .type('application/pdf')
    .send(doc.bytes);
}
