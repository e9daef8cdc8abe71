import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { FeedPage, PushReceipt } from '../../common/credit-feed.ts';
import { verifyRequest } from '../../platform/connectors/request-signature.ts';
import { injectableFaults } from '../faults.ts';
import { asFeedRecord, envelopeProblem, feedRecordProblem, parseObject } from './envelope.ts';
import { openPushStore, type ReceivedPush, type SeedFeedRecord } from './push-store.ts';
import { pushesPage } from './pushes-page.ts';
import seedFeed from './seed-feed.json' with { type: 'json' };

/**
 * Pushes the receiver refuses (answered 422, as a platform refuses a push it cannot match): each
 * rule's given fields must all match. The demo refuses one to show a failed push and its retry.
 */
export interface RefusalRule {
  platform?: string;
  kind?: string;
  subjectId?: string;
  /** The party's identifier in the push. */
  identifier?: string;
  reason?: string;
  /** How many pushes it refuses before it lapses; without, until the rules are replaced. */
  times?: number;
}

export interface CreditReceiver {
  url: string;
  /** Replaces the refusal rules (an empty list accepts everything again). */
  refuse(rules: RefusalRule[]): void;
  close(): Promise<void>;
}

const FEED_PAGE = 100;

const refusedBy = (rules: readonly RefusalRule[], push: Record<string, unknown>) =>
  rules.find(
    (rule) =>
      (rule.platform === undefined || rule.platform === push.platform) &&
      (rule.kind === undefined || rule.kind === push.kind) &&
      (rule.subjectId === undefined || rule.subjectId === push.subjectId) &&
      (rule.identifier === undefined ||
        rule.identifier === (push.party as { identifier?: unknown } | undefined)?.identifier),
  );

/**
 * A stand-in for the public credit information platforms (信用山东, 枣庄市公共信用信息平台) and the
 * national enterprise credit publicity system (国家企业信用信息公示系统): its own HTTP server and store.
 * It accepts SM2-signed pushes from keys it trusts, keeps each by its idempotency key (a repeat answers
 * the first receipt), serves a feed of dishonesty records (e.g. 失信被执行人) to pull, and shows what
 * it received at `/`. It can be told to fail, hang, answer slowly or refuse chosen pushes.
 */
export async function startCreditReceiver(options: {
  port?: number;
  host?: string;
  /** Its own data folder; none keeps everything in memory. */
  dataDir: string | null;
  trustedKeys: string[];
  /** Start with the seed's demo refusals (one push refused once, to show a failure and its retry). */
  demoRefusals?: boolean;
  now?: () => number;
}): Promise<CreditReceiver> {
  const now = options.now ?? Date.now;
  const seed = seedFeed as { records: SeedFeedRecord[]; demoRefusals: RefusalRule[] };
  const store = openPushStore(options.dataDir, seed.records);
  let refusals: RefusalRule[] = options.demoRefusals ? seed.demoRefusals.map((rule) => ({ ...rule })) : [];
  const app: FastifyInstance = Fastify({ logger: false });
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  const faults = injectableFaults(app);

  /** Every push, pull and feed write is signed by a trusted key: the request id, or a 401. */
  function signed(request: FastifyRequest, reply: FastifyReply) {
    const check = verifyRequest(
      {
        method: request.method,
        path: request.url,
        body: (request.body as string | undefined) ?? '',
        headers: request.headers,
      },
      options.trustedKeys,
      now(),
    );
    return check.ok
      ? { requestId: check.requestId }
      : { refused: reply.status(401).send({ error: check.reason }) };
  }

  const receiptOf = (push: ReceivedPush, repeated: boolean): PushReceipt => ({
    receiptId: push.receiptId,
    receivedAt: push.receivedAt,
    platform: push.platform,
    repeated,
  });

  app.get('/v1/health', async () => ({ status: 'ok', service: 'credit-receiver (stand-in)' }));

  app.post('/v1/pushes', async (request, reply) => {
    const accepted = signed(request, reply);
    if ('refused' in accepted) return accepted.refused;
    const body = parseObject((request.body as string | undefined) ?? '');
    if (!body) return reply.status(400).send({ error: 'body must be a JSON object' });
    const problem = envelopeProblem(body);
    if (problem) return reply.status(400).send({ error: problem });
    const seen = store.byKey(body.idempotencyKey as string);
    if (seen) return reply.status(200).send(receiptOf(seen, true));
    const refusal = refusedBy(refusals, body);
    if (refusal) {
      if (refusal.times !== undefined && --refusal.times <= 0)
        refusals = refusals.filter((r) => r !== refusal);
      return reply.status(422).send({ error: refusal.reason ?? '推送被拒收 refused by the platform' });
    }
    const push: ReceivedPush = {
      receiptId: randomUUID(),
      receivedAt: new Date(now()).toISOString(),
      idempotencyKey: body.idempotencyKey as string,
      requestId: accepted.requestId,
      platform: body.platform as string,
      districtCode: body.districtCode as string,
      kind: body.kind as string,
      subjectId: (body.subjectId as string | undefined) ?? null,
      envelope: body,
    };
    store.add(push);
    return reply.status(201).send(receiptOf(push, false));
  });

  app.get<{ Querystring: { platform?: string; districtCode?: string } }>('/v1/pushes', async (request) =>
    store.list({
      platform: request.query.platform || undefined,
      districtCode: request.query.districtCode || undefined,
    }),
  );

  app.get<{ Querystring: { districtCode?: string; after?: string } }>(
    '/v1/feeds/dishonesty',
    async (request, reply) => {
      const accepted = signed(request, reply);
      if ('refused' in accepted) return accepted.refused;
      const { districtCode = '', after = '0' } = request.query;
      if (!/^\d{6}$/.test(districtCode))
        return reply.status(400).send({ error: 'districtCode must be a 6-digit region code' });
      if (!/^\d{1,12}$/.test(after))
        return reply.status(400).send({ error: 'after must be a feed position' });
      const records = store.feedAfter(districtCode, Number(after), FEED_PAGE);
      const page: FeedPage = { records, next: records.at(-1)?.position ?? after };
      return page;
    },
  );

  app.put('/v1/feeds/dishonesty', async (request, reply) => {
    const accepted = signed(request, reply);
    if ('refused' in accepted) return accepted.refused;
    const body = parseObject((request.body as string | undefined) ?? '');
    if (!body) return reply.status(400).send({ error: 'body must be a JSON object' });
    const problem = feedRecordProblem(body);
    if (problem) return reply.status(400).send({ error: problem });
    if (store.hasFeedRecord(body.id as string))
      return reply.status(409).send({ error: 'a feed record with this id exists' });
    return reply.status(201).send(store.addFeedRecord(asFeedRecord(body)));
  });

  app.post('/v1/refusals', async (request, reply) => {
    const body = parseObject((request.body as string | undefined) || '{"rules":[]}');
    if (!body || !Array.isArray(body.rules))
      return reply
        .status(400)
        .send({ error: 'rules must be a list of {platform, kind, subjectId, identifier, reason}' });
    refusals = (body.rules as RefusalRule[]).map((rule) => ({ ...rule }));
    return { rules: refusals };
  });

  app.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(pushesPage(store.list({}, 200))),
  );

  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    refuse: (rules) => {
      refusals = rules.map((rule) => ({ ...rule }));
    },
    close: async () => {
      faults.reset();
      app.server.closeAllConnections();
      await app.close();
    },
  };
}
