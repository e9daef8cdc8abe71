import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { responses } from './schemas.ts';

/** A PDF download in OpenAPI (the bytes are sent as they are, never serialised), with the usual errors. */
export const PdfResponses = responses({
  200: Type.Unsafe<Buffer>({
    description: 'PDF (A4, fonts embedded)',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  }),
});

/** Sends stored PDF bytes; public documents may be cached anywhere, a case's only by its reader. */
export const sendPdf = (
  reply: FastifyReply,
  doc: { bytes: Buffer; sm3: string },
  fileName: string,
  audience: 'public' | 'private' = 'public',
) =>
  reply
    .header('etag', `"${doc.sm3}"`)
    .header('cache-control', audience === 'public' ? 'public, max-age=86400, immutable' : 'private, no-store')
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .type('application/pdf')
    .send(doc.bytes);
