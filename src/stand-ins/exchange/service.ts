import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { sm2 } from 'sm-crypto-v2';
import {
  type RecordsByType,
  type RecordType,
  recordTypeIds,
  type SharedRecordsAnswer,
} from '../../common/shared-records.ts';
import { signAnswer } from '../../platform/connectors/answer-signature.ts';
import { verifyRequest } from '../../platform/connectors/request-signature.ts';
import { injectableFaults } from '../faults.ts';
import { queriesPage } from './queries-page.ts';
import { type KeyPair, openRecordStore, recordProblem, type SeedFile } from './record-store.ts';
import seedRecords from './seed-records.json' with { type: 'json' };

export interface Exchange {
  url: string;
  /** The key its answers are signed with; the platform trusts it. */
  publicKey: string;
  close(): Promise<void>;
}

/** Which register answers each record type (shown with the evidence). */
export const registerNames: Record<RecordType, string> = {
  household: '山东省公安厅人口信息库（示例）',
  marriage: '山东省民政厅婚姻登记信息系统（示例）',
  education: '全国高等教育学历信息（示例）',
  'social-insurance': '山东省人力资源社会保障一体化信息平台（示例）',
  'criminal-record': '山东省公安厅违法犯罪记录查询系统（示例）',
  'business-licence': '山东省市场监督管理局电子营业执照库（示例）',
  'real-estate': '山东省不动产登记信息平台（示例）',
  qualification: '山东省电子证照库·执业资格证照（示例）',
};

/** 居民身份证号 (15 or 18) or 统一社会信用代码 (18): digits and capital letters. */
const IDENTIFIER = /^[0-9A-Z]{15,18}$/;

const isRecordType = (value: unknown): value is RecordType =>
  typeof value === 'string' && (recordTypeIds as string[]).includes(value);
const isText = (value: unknown, max = 500): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;

interface Query {
  recordType: RecordType;
  identifier: string;
  name: string | null;
  purpose: string;
  caseNo: string | null;
  requestedBy: { agency: string; user: string };
}

function parseJson(raw: string): { ok: true; value: Record<string, unknown> } | { ok: false } {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? { ok: true, value: value as Record<string, unknown> }
      : { ok: false };
  } catch {
    return { ok: false };
  }
}

function parseQuery(raw: string): Query | { error: string } {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { error: 'body must be a JSON object' };
  const body = parsed.value;
  if (!isRecordType(body.recordType))
    return { error: `recordType must be one of ${recordTypeIds.join(', ')}` };
  if (typeof body.identifier !== 'string' || !IDENTIFIER.test(body.identifier))
    return { error: 'identifier must have 15 to 18 digits or capital letters' };
  if (body.name !== undefined && body.name !== null && !isText(body.name, 200))
    return { error: 'name must be text' };
  if (!isText(body.purpose)) return { error: 'purpose is required' };
  if (body.caseNo !== undefined && body.caseNo !== null && !isText(body.caseNo, 100))
    return { error: 'caseNo must be text' };
  const by = body.requestedBy as Record<string, unknown> | undefined;
  if (!by || typeof by !== 'object' || !isText(by.agency, 200) || !isText(by.user, 200))
    return { error: 'requestedBy must name the agency and the user' };
  return {
    recordType: body.recordType,
    identifier: body.identifier,
    name: (body.name as string | undefined) ?? null,
    purpose: body.purpose,
    caseNo: (body.caseNo as string | undefined) ?? null,
    requestedBy: { agency: by.agency, user: by.user },
  };
}

/**
 * A stand-in for the province's data-sharing platform (政务数据共享交换平台) and e-license library
 * (电子证照库): its own HTTP server and store, seeded with fictional records of the demo parties. It
 * answers signed queries from keys it trusts, refuses a request id it has seen before, signs every
 * answer with its own SM2 key, and logs the queries (shown at `/`).
 */
export async function startExchange(options: {
  port?: number;
  host?: string;
  /** Its own data folder; none keeps everything in memory (seeded afresh). */
  dataDir: string | null;
  trustedKeys: string[];
  /** Its SM2 key pair; without one it is made at first start and kept in the data folder. */
  key?: KeyPair;
  now?: () => number;
}): Promise<Exchange> {
  const now = options.now ?? Date.now;
  const store = openRecordStore(options.dataDir, seedRecords as unknown as SeedFile);
  const key = options.key ?? store.keyPair(() => sm2.generateKeyPairHex());
  const app: FastifyInstance = Fastify({ logger: false });
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  const faults = injectableFaults(app);

  /** The signature check and replay rule every change and query passes: the request id or an answer. */
  function accept(request: FastifyRequest, reply: FastifyReply) {
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
    if (!check.ok) return { refused: reply.status(401).send({ error: check.reason }) };
    if (store.hasSeen(check.requestId))
      return { refused: reply.status(409).send({ error: 'replayed request id' }) };
    return { requestId: check.requestId };
  }

  app.get('/v1/health', async () => ({ status: 'ok', service: 'exchange (stand-in)' }));

  app.get('/v1/public-key', async () => ({ publicKey: key.publicKey }));

  app.post('/v1/records/query', async (request, reply) => {
    const accepted = accept(request, reply);
    if ('refused' in accepted) return accepted.refused;
    const query = parseQuery((request.body as string | undefined) ?? '');
    if ('error' in query) return reply.status(400).send({ error: query.error });
    const held = store.lookup(query.identifier, query.recordType);
    const answeredAt = new Date(now()).toISOString();
    const answer: SharedRecordsAnswer = {
      requestId: accepted.requestId,
      answeredAt,
      recordType: query.recordType,
      subject: { identifier: query.identifier, name: held.name },
      found: held.found,
      records: held.records,
      source: registerNames[query.recordType],
    };
    store.logQuery({ requestId: accepted.requestId, ...query, found: held.found, at: answeredAt });
    const text = JSON.stringify(answer);
    return reply.headers(signAnswer(text, key)).type('application/json').send(text);
  });

  app.put<{ Params: { recordType: string; identifier: string } }>(
    '/v1/records/:recordType/:identifier',
    async (request, reply) => {
      const accepted = accept(request, reply);
      if ('refused' in accepted) return accepted.refused;
      const { recordType, identifier } = request.params;
      if (!isRecordType(recordType))
        return reply.status(400).send({ error: `recordType must be one of ${recordTypeIds.join(', ')}` });
      if (!IDENTIFIER.test(identifier))
        return reply.status(400).send({ error: 'identifier must have 15 to 18 digits or capital letters' });
      const parsed = parseJson((request.body as string | undefined) ?? '');
      if (!parsed.ok) return reply.status(400).send({ error: 'body must be a JSON object' });
      const { name, records } = parsed.value;
      if (!isText(name, 200)) return reply.status(400).send({ error: 'name is required' });
      if (!Array.isArray(records)) return reply.status(400).send({ error: 'records must be a list' });
      for (const [index, record] of records.entries()) {
        const problem = recordProblem(recordType, record);
        if (problem) return reply.status(400).send({ error: `records[${index}]: ${problem}` });
      }
      store.replace(
        { requestId: accepted.requestId, at: new Date(now()).toISOString(), identifier, name, recordType },
        records as RecordsByType[typeof recordType][],
      );
      return { stored: records.length };
    },
  );

  app.get<{ Querystring: { identifier?: string } }>('/v1/queries', async (request) =>
    store.queries(request.query.identifier || undefined),
  );

  app.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(queriesPage(store.queries(undefined, 100))),
  );

  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    publicKey: key.publicKey,
    close: async () => {
      faults.reset();
      app.server.closeAllConnections();
      await app.close();
    },
  };
}
