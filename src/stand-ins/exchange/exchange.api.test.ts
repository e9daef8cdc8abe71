import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateCreditCode, validateResidentId } from '../../common/identifiers/index.ts';
import type { SharedRecordsAnswer } from '../../common/shared-records.ts';
import { ANSWER_HEADERS, verifyAnswer } from '../../platform/connectors/answer-signature.ts';
import { signRequest } from '../../platform/connectors/request-signature.ts';
import { recordProblem, type SeedFile } from './record-store.ts';
import seedRecords from './seed-records.json' with { type: 'json' };
import { type Exchange, startExchange } from './service.ts';

const platform = sm2.generateKeyPairHex();
const stranger = sm2.generateKeyPairHex();
const seed = seedRecords as unknown as SeedFile;

const folders: string[] = [];
const running: Exchange[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'exchange-'));
  folders.push(folder);
  return folder;
};
const start = async (dataDir: string | null) => {
  const exchange = await startExchange({ dataDir, trustedKeys: [platform.publicKey] });
  running.push(exchange);
  return exchange;
};
const stop = async (exchange: Exchange) => {
  running.splice(running.indexOf(exchange), 1);
  await exchange.close();
};
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Sends a request signed as the platform (or another key), as the platform's connector does. */
async function send(
  exchange: Exchange,
  method: 'POST' | 'PUT',
  urlPath: string,
  body: unknown,
  options: { key?: { privateKey: string; publicKey: string }; requestId?: string; signed?: boolean } = {},
) {
  const text = JSON.stringify(body);
  const requestId = options.requestId ?? randomUUID();
  const signature =
    options.signed === false
      ? {}
      : signRequest(
          { method, path: urlPath, requestId, timestamp: new Date().toISOString(), body: text },
          options.key ?? platform,
        );
  const response = await fetch(`${exchange.url}${urlPath}`, {
    method,
    headers: { 'content-type': 'application/json', ...signature },
    body: text,
  });
  return { status: response.status, headers: response.headers, text: await response.text(), requestId };
}

const query = (identifier: string, recordType: string, extra: Record<string, unknown> = {}) => ({
  recordType,
  identifier,
  purpose: '告知承诺核查',
  caseNo: '370212-2026-000007',
  requestedBy: { agency: '崂山区人力资源和社会保障局', user: 'ls-verifier' },
  ...extra,
});

describe('data-sharing exchange stand-in', () => {
  let exchange: Exchange;
  beforeAll(async () => {
    exchange = await startExchange({ dataDir: null, trustedKeys: [platform.publicKey] });
  });
  afterAll(async () => {
    await exchange.close();
  });

  it('VER-2 a signed query answers a signed record that verifies and names the request id', async () => {
    const published = (await (await fetch(`${exchange.url}/v1/public-key`)).json()) as { publicKey: string };
    expect(published.publicKey).toBe(exchange.publicKey);

    const answer = await send(
      exchange,
      'POST',
      '/v1/records/query',
      query('370212198009142328', 'household'),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get(ANSWER_HEADERS.key)).toBe(exchange.publicKey);
    expect(verifyAnswer(answer.text, answer.headers, exchange.publicKey)).toBe(true);
    expect(verifyAnswer(answer.text, answer.headers, platform.publicKey)).toBe(false);
    const body = JSON.parse(answer.text) as SharedRecordsAnswer<'household'>;
    expect(body).toMatchObject({
      requestId: answer.requestId,
      recordType: 'household',
      subject: { identifier: '370212198009142328', name: '林淑珍' },
      found: true,
      source: '山东省公安厅人口信息库（示例）',
    });
    expect(Date.parse(body.answeredAt)).not.toBeNaN();
    expect(body.records).toEqual([
      expect.objectContaining({
        status: 'cancelled',
        cancelReason: '死亡',
        headIdentifier: '370212197803122135',
      }),
    ]);

    const log = (await (
      await fetch(`${exchange.url}/v1/queries?identifier=370212198009142328`)
    ).json()) as Array<Record<string, unknown>>;
    expect(log[0]).toMatchObject({
      requestId: answer.requestId,
      recordType: 'household',
      purpose: '告知承诺核查',
      requestedBy: { agency: '崂山区人力资源和社会保障局', user: 'ls-verifier' },
    });
    const page = await (await fetch(`${exchange.url}/`)).text();
    expect(page).toContain(answer.requestId);
  });

  it('VER-8 an unsigned request, or one signed by a key the exchange does not trust, is refused with 401', async () => {
    const unsigned = await send(
      exchange,
      'POST',
      '/v1/records/query',
      query('370212197803122135', 'marriage'),
      {
        signed: false,
      },
    );
    expect(unsigned.status).toBe(401);
    const untrusted = await send(
      exchange,
      'POST',
      '/v1/records/query',
      query('370212197803122135', 'marriage'),
      {
        key: stranger,
      },
    );
    expect(untrusted.status).toBe(401);
    expect(JSON.parse(untrusted.text)).toEqual({ error: 'key not trusted' });
    const put = await send(
      exchange,
      'PUT',
      '/v1/records/marriage/370212197803122135',
      { name: 'x', records: [] },
      {
        key: stranger,
      },
    );
    expect(put.status).toBe(401);
  });

  it('VER-8 the same request id twice is refused with 409', async () => {
    const requestId = randomUUID();
    const first = await send(exchange, 'POST', '/v1/records/query', query('370212197803122135', 'marriage'), {
      requestId,
    });
    expect(first.status).toBe(200);
    const again = await send(exchange, 'POST', '/v1/records/query', query('370212197803122135', 'marriage'), {
      requestId,
    });
    expect(again.status).toBe(409);
    expect(JSON.parse(again.text)).toEqual({ error: 'replayed request id' });
  });

  it('VER-2 a subject or type it holds nothing of answers found:false; a clean criminal record is found with none', async () => {
    const unknown = await send(
      exchange,
      'POST',
      '/v1/records/query',
      query('370212199001011221', 'household'),
    );
    expect(unknown.status).toBe(200);
    expect(verifyAnswer(unknown.text, unknown.headers, exchange.publicKey)).toBe(true);
    expect(JSON.parse(unknown.text)).toMatchObject({
      subject: { identifier: '370212199001011221', name: null },
      found: false,
      records: [],
    });
    // 张立新's degree is from a school abroad: the education register holds nothing (LS-15).
    const abroad = await send(
      exchange,
      'POST',
      '/v1/records/query',
      query('370212197803122135', 'education'),
    );
    expect(JSON.parse(abroad.text)).toMatchObject({ subject: { name: '张立新' }, found: false, records: [] });
    const clean = await send(
      exchange,
      'POST',
      '/v1/records/query',
      query('370212197803122135', 'criminal-record'),
    );
    expect(JSON.parse(clean.text)).toMatchObject({ found: true, records: [] });
  });

  it('VER-2 a bad query is refused with 400', async () => {
    for (const bad of [
      query('370212197803122135', 'horoscope'),
      query('3702121978', 'household'),
      query('370212197803122135x', 'household'),
      query('370212197803122135', 'household', { purpose: '' }),
      query('370212197803122135', 'household', { requestedBy: undefined }),
    ]) {
      const answer = await send(exchange, 'POST', '/v1/records/query', bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(JSON.parse(answer.text)).toHaveProperty('error');
    }
  });

  it('VER-2 PUT replaces the records of a subject and type, and a query then answers them', async () => {
    const records = [
      {
        school: '青岛大学',
        major: '法学',
        level: '本科',
        graduationYear: 2020,
        certificateNo: '110651202005001234',
      },
    ];
    const put = await send(exchange, 'PUT', '/v1/records/education/370212199802281512', {
      name: '测试人',
      records,
    });
    expect(put.status).toBe(200);
    expect(JSON.parse(put.text)).toEqual({ stored: 1 });
    const answer = await send(
      exchange,
      'POST',
      '/v1/records/query',
      query('370212199802281512', 'education'),
    );
    expect(JSON.parse(answer.text)).toMatchObject({
      subject: { name: '测试人' },
      found: true,
      records,
      source: '全国高等教育学历信息（示例）',
    });
    const replayed = await send(
      exchange,
      'PUT',
      '/v1/records/education/370212199802281512',
      { name: '测试人', records },
      { requestId: put.requestId },
    );
    expect(replayed.status).toBe(409);
    const misshapen = await send(exchange, 'PUT', '/v1/records/education/370212199802281512', {
      name: '测试人',
      records: [{ ...records[0], level: '小学' }],
    });
    expect(misshapen.status).toBe(400);
  });

  it('fault modes: fail answers 503, slow answers late; /v1/faults itself never faults', async () => {
    const setFault = (fault: unknown) =>
      fetch(`${exchange.url}/v1/faults`, { method: 'POST', body: JSON.stringify(fault) });
    try {
      expect((await setFault({ mode: 'fail' })).status).toBe(200);
      const failed = await send(
        exchange,
        'POST',
        '/v1/records/query',
        query('370212197803122135', 'marriage'),
      );
      expect(failed.status).toBe(503);
      expect((await fetch(`${exchange.url}/v1/health`)).status).toBe(503);

      expect((await setFault({ mode: 'slow', delayMs: 300 })).status).toBe(200);
      const started = Date.now();
      const slow = await send(exchange, 'POST', '/v1/records/query', query('370212197803122135', 'marriage'));
      expect(slow.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(verifyAnswer(slow.text, slow.headers, exchange.publicKey)).toBe(true);

      expect((await setFault({ mode: 'sometimes' })).status).toBe(400);
    } finally {
      await setFault({ mode: 'none' });
    }
    expect(await (await fetch(`${exchange.url}/v1/health`)).json()).toEqual({
      status: 'ok',
      service: 'exchange (stand-in)',
    });
  });
});

describe('data-sharing exchange stand-in on a data folder', () => {
  it('VER-8 data, its key and the request ids it has seen survive a restart', async () => {
    const folder = freshFolder();
    const first = await start(folder);
    const records = [{ employer: '青岛测试科技有限公司', from: '2025-01', to: '2026-12' }];
    const put = await send(first, 'PUT', '/v1/records/social-insurance/370212199802281512', {
      name: '测试人',
      records,
    });
    expect(put.status).toBe(200);
    const asked = await send(
      first,
      'POST',
      '/v1/records/query',
      query('370212199802281512', 'social-insurance'),
    );
    expect(asked.status).toBe(200);
    const key = first.publicKey;
    await stop(first);

    const second = await start(folder);
    expect(second.publicKey).toBe(key);
    const answer = await send(
      second,
      'POST',
      '/v1/records/query',
      query('370212199802281512', 'social-insurance'),
    );
    expect(verifyAnswer(answer.text, answer.headers, key)).toBe(true);
    expect(JSON.parse(answer.text)).toMatchObject({ subject: { name: '测试人' }, found: true, records });
    const replayed = await send(
      second,
      'POST',
      '/v1/records/query',
      query('370212199802281512', 'social-insurance'),
      { requestId: asked.requestId },
    );
    expect(replayed.status).toBe(409);
    const replayedPut = await send(
      second,
      'PUT',
      '/v1/records/social-insurance/370212199802281512',
      { name: '测试人', records: [] },
      { requestId: put.requestId },
    );
    expect(replayedPut.status).toBe(409);
    const log = (await (await fetch(`${second.url}/v1/queries`)).json()) as Array<{ requestId: string }>;
    expect(log.map((q) => q.requestId)).toEqual([answer.requestId, asked.requestId]);
    // The seed is still there beside the new subject.
    const seeded = await send(
      second,
      'POST',
      '/v1/records/query',
      query('91370406MA3N2P8R5T', 'business-licence'),
    );
    expect(JSON.parse(seeded.text)).toMatchObject({
      found: true,
      subject: { name: '枣庄山亭翼云农产品有限公司' },
    });
  });
});

describe('seed records (示例)', () => {
  it('every identifier in the seed is a valid 居民身份证号 or 统一社会信用代码', () => {
    const identifiers = seed.subjects.flatMap((s) => [
      s.identifier,
      ...(s.records.household ?? []).map((h) => h.headIdentifier),
      ...(s.records.marriage ?? []).flatMap((m) => (m.spouseIdentifier ? [m.spouseIdentifier] : [])),
      ...(s.records['business-licence'] ?? []).map((b) => b.creditCode),
    ]);
    for (const id of identifiers) {
      const valid = /^9/.test(id) ? validateCreditCode(id) : validateResidentId(id, new Date('2026-12-07'));
      expect(valid.ok, id).toBe(true);
    }
  });

  it('every seeded record has its type’s shape', () => {
    for (const subject of seed.subjects) {
      for (const [type, records] of Object.entries(subject.records)) {
        for (const record of records as unknown[])
          expect(recordProblem(type as never, record), `${subject.name} ${type}`).toBeNull();
      }
    }
  });
});
