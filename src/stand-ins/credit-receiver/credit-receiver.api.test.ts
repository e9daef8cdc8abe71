// CRED-6/CRED-2: the credit platforms' reference receiver on its own — signed pushes kept once by
// their idempotency key, faults and refusals, the dishonesty feed, and a store that survives a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { signedInit } from '../../../tests/support/credit-receiver.ts';
import type { FeedPage } from '../../common/credit-feed.ts';
import { defaultRulebook } from '../../common/credit-rules.ts';
import { validateCreditCode, validateResidentId } from '../../common/identifiers/index.ts';
import { type CreditReceiver, startCreditReceiver } from './receiver.ts';
import seedFeed from './seed-feed.json' with { type: 'json' };

const platform = sm2.generateKeyPairHex();
const stranger = sm2.generateKeyPairHex();
const folders: string[] = [];
const running: CreditReceiver[] = [];
const start = async (dataDir: string | null) => {
  const receiver = await startCreditReceiver({ dataDir, trustedKeys: [platform.publicKey] });
  running.push(receiver);
  return receiver;
};
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const envelope = (over: Record<string, unknown> = {}) => ({
  schema: 'chengnuo.credit-push/1',
  kind: 'dishonesty-record',
  districtCode: '370406',
  platform: '枣庄市公共信用信息平台',
  reportedAt: '2026-09-24T02:00:00.000Z',
  idempotencyKey: '370406/枣庄市公共信用信息平台/7d0c6f43-2d6a-4a8e-9a43-2b0b1c3e9f10/1',
  subjectId: '7d0c6f43-2d6a-4a8e-9a43-2b0b1c3e9f10',
  recordId: '7d0c6f43-2d6a-4a8e-9a43-2b0b1c3e9f10',
  party: { kind: 'person', name: '魏红霞', identifier: '37040619870328352X' },
  category: { code: 'minor', name: '轻微失信（其他部门认定）', ruleVersion: 1 },
  description: '未按规定报送年度报告',
  ...over,
});

const push = (receiver: CreditReceiver, body: unknown, key = platform) =>
  fetch(`${receiver.url}/v1/pushes`, signedInit(key, 'POST', '/v1/pushes', JSON.stringify(body)));

describe('CRED-6 reference receiver: pushes', () => {
  it('CRED-6: takes only pushes signed by a trusted key', async () => {
    const receiver = await start(null);
    const unsigned = await fetch(`${receiver.url}/v1/pushes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(envelope()),
    });
    expect(unsigned.status).toBe(401);
    expect((await push(receiver, envelope(), stranger)).status).toBe(401);
    const tampered = signedInit(platform, 'POST', '/v1/pushes', JSON.stringify(envelope()));
    tampered.body = JSON.stringify(envelope({ description: '改过的' }));
    expect((await fetch(`${receiver.url}/v1/pushes`, tampered)).status).toBe(401);
    expect(await (await fetch(`${receiver.url}/v1/pushes`)).json()).toEqual([]);
  });

  it('CRED-6: answers a receipt, and a repeat of the idempotency key the first receipt, holding the push once', async () => {
    const receiver = await start(null);
    const first = await push(receiver, envelope());
    expect(first.status).toBe(201);
    const receipt = await first.json();
    expect(receipt).toEqual({
      receiptId: expect.any(String),
      receivedAt: expect.any(String),
      platform: '枣庄市公共信用信息平台',
      repeated: false,
    });
    const again = await push(receiver, envelope());
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...receipt, repeated: true });
    const held = await (await fetch(`${receiver.url}/v1/pushes?districtCode=370406`)).json();
    expect(held).toHaveLength(1);
    expect(held[0].envelope.party.identifier).toBe('37040619870328352X');
  });

  it('CRED-6: refuses a malformed envelope with 400 naming the field', async () => {
    const receiver = await start(null);
    for (const [over, field] of [
      [{ schema: 'other/1' }, 'schema'],
      [{ idempotencyKey: '' }, 'idempotencyKey'],
      [{ kind: 'gossip' }, 'kind'],
      [{ districtCode: '3704' }, 'districtCode'],
      [{ reportedAt: 'yesterday' }, 'reportedAt'],
      [{ party: { kind: 'person', name: '魏红霞', identifier: 'abc' } }, 'party.identifier'],
    ] as const) {
      const response = await push(receiver, envelope(over));
      expect(response.status, field).toBe(400);
      expect((await response.json()).error, field).toContain(field);
    }
  });

  it('CRED-6: fails, hangs, answers slowly or refuses chosen pushes when told', async () => {
    const receiver = await start(null);
    const setFault = (fault: unknown) =>
      fetch(`${receiver.url}/v1/faults`, { method: 'POST', body: JSON.stringify(fault) });
    expect((await setFault({ mode: 'fail' })).status).toBe(200);
    expect((await push(receiver, envelope())).status).toBe(503);
    await setFault({ mode: 'slow', delayMs: 250 });
    const started = Date.now();
    expect((await push(receiver, envelope())).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    await setFault({ mode: 'hang' });
    await expect(fetch(`${receiver.url}/v1/health`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    await setFault({ mode: 'none' });
    expect((await setFault({ mode: 'sometimes' })).status).toBe(400);

    const rules = {
      rules: [
        {
          identifier: '37040619870328352X',
          platform: '枣庄市公共信用信息平台',
          times: 1,
          reason: '主体不一致',
        },
      ],
    };
    expect(
      (await fetch(`${receiver.url}/v1/refusals`, { method: 'POST', body: JSON.stringify(rules) })).status,
    ).toBe(200);
    const other = envelope({ idempotencyKey: 'k-2', subjectId: 's-2' });
    const refused = await push(receiver, other);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error).toBe('主体不一致');
    // Once: the same push sent again is taken.
    expect((await push(receiver, other)).status).toBe(201);
  });

  it('CRED-6: keeps what it received across a restart on the same folder', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'credit-receiver-'));
    folders.push(folder);
    const receiver = await start(folder);
    const receipt = await (await push(receiver, envelope())).json();
    await receiver.close();
    running.splice(running.indexOf(receiver), 1);
    // A new port: the client's kept-alive socket to the old server is not reused.
    const again = await start(folder);
    expect(await (await push(again, envelope())).json()).toEqual({ ...receipt, repeated: true });
    const page = await (await fetch(`${again.url}/`)).text();
    expect(page).toContain('魏红霞');
  });
});

describe('CRED-2 reference receiver: the dishonesty feed', () => {
  const pull = (receiver: CreditReceiver, query: string, key = platform) => {
    const urlPath = `/v1/feeds/dishonesty?${query}`;
    return fetch(`${receiver.url}${urlPath}`, signedInit(key, 'GET', urlPath));
  };

  it('CRED-2: the seed names valid identifiers and default categories, for both districts', () => {
    const codes = defaultRulebook.categories.map((c) => c.code);
    for (const record of seedFeed.records) {
      const check =
        record.partyKind === 'person'
          ? validateResidentId(record.identifier)
          : validateCreditCode(record.identifier);
      expect(check.ok, record.id).toBe(true);
      expect(codes, record.id).toContain(record.category);
      expect(record.documentNo, record.id).toContain('示例');
    }
    expect(new Set(seedFeed.records.map((r) => r.districtCode))).toEqual(new Set(['370212', '370406']));
  });

  it('CRED-2: serves a district’s records after a position to signed requests, and records added later', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'credit-receiver-'));
    folders.push(folder);
    const receiver = await start(folder);
    expect((await fetch(`${receiver.url}/v1/feeds/dishonesty?districtCode=370406&after=0`)).status).toBe(401);
    expect((await pull(receiver, 'districtCode=370406&after=0', stranger)).status).toBe(401);
    const first = (await (await pull(receiver, 'districtCode=370406&after=0')).json()) as FeedPage;
    expect(first.records.map((r) => r.districtCode)).toEqual(['370406', '370406']);
    expect(first.next).toBe(first.records.at(-1)!.position);
    const none = (await (await pull(receiver, `districtCode=370406&after=${first.next}`)).json()) as FeedPage;
    expect(none).toEqual({ records: [], next: first.next });

    const record = {
      id: 'feed-test-1',
      districtCode: '370406',
      identifier: '91370406MA3Q5R2B7B',
      partyKind: 'organisation',
      name: '枣庄示例商贸有限公司',
      category: 'serious',
      description: '被纳入失信被执行人名单',
      authority: '山东省枣庄市山亭区人民法院',
      documentNo: '（2026）鲁0406执1号（示例）',
      basis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》',
      recordedAt: '2026-09-01T00:00:00Z',
    };
    const put = (body: unknown) =>
      fetch(
        `${receiver.url}/v1/feeds/dishonesty`,
        signedInit(platform, 'PUT', '/v1/feeds/dishonesty', JSON.stringify(body)),
      );
    expect((await put(record)).status).toBe(201);
    expect((await put(record)).status).toBe(409);
    expect((await put({ ...record, id: 'feed-test-2', identifier: 'x' })).status).toBe(400);
    await receiver.close();
    running.splice(running.indexOf(receiver), 1);
    // A new port: the client's kept-alive socket to the old server is not reused.
    const again = await start(folder);
    const added = (await (await pull(again, `districtCode=370406&after=${first.next}`)).json()) as FeedPage;
    expect(added.records.map((r) => r.id)).toEqual(['feed-test-1']);
  });
});
