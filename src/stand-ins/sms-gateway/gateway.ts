import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { verifyRequest } from '../../platform/connectors/request-signature.ts';
import { injectableFaults } from '../faults.ts';
import { openMessageStore } from './message-store.ts';
import { messagesPage } from './messages-page.ts';

export interface SmsGateway {
  url: string;
  close(): Promise<void>;
}

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * A stand-in for the SMS service (短信平台) the province would provide: its own HTTP server and store.
 * It accepts signed requests from keys it trusts, keeps each message by its request id (a repeat
 * answers the first receipt), and shows the messages of the simulated handsets at `/`.
 */
export async function startSmsGateway(options: {
  port?: number;
  host?: string;
  /** Its own data folder; none keeps messages in memory. */
  dataDir: string | null;
  trustedKeys: string[];
  now?: () => number;
}): Promise<SmsGateway> {
  const now = options.now ?? Date.now;
  const store = openMessageStore(options.dataDir);
  const app: FastifyInstance = Fastify({ logger: false });
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  const faults = injectableFaults(app);

  app.get('/v1/health', async () => ({ status: 'ok', service: 'sms-gateway (stand-in)' }));

  app.post('/v1/sms', async (request, reply) => {
    const raw = (request.body as string | undefined) ?? '';
    const check = verifyRequest(
      { method: 'POST', path: '/v1/sms', body: raw, headers: request.headers },
      options.trustedKeys,
      now(),
    );
    if (!check.ok) return reply.status(401).send({ error: check.reason });
    const seen = store.byRequestId(check.requestId);
    if (seen) return { messageId: seen.messageId, repeated: true };
    let body: { to?: unknown; text?: unknown };
    try {
      body = JSON.parse(raw) as typeof body;
    } catch {
      return reply.status(400).send({ error: 'body is not JSON' });
    }
    if (typeof body.to !== 'string' || !MOBILE.test(body.to))
      return reply.status(400).send({ error: 'to must be a mobile number' });
    if (typeof body.text !== 'string' || body.text.length === 0 || body.text.length > 500)
      return reply.status(400).send({ error: 'text must have 1 to 500 characters' });
    const message = {
      messageId: randomUUID(),
      requestId: check.requestId,
      to: body.to,
      text: body.text,
      receivedAt: new Date(now()).toISOString(),
    };
    store.add(message);
    return reply.status(201).send({ messageId: message.messageId, repeated: false });
  });

  app.get<{ Querystring: { to?: string } }>('/v1/sms', async (request) => store.list(request.query.to));

  app.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(messagesPage(store.list(undefined, 100))),
  );

  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      faults.reset();
      app.server.closeAllConnections();
      await app.close();
    },
  };
}
