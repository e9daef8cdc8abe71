import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sm2 } from 'sm-crypto-v2';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorRefusedError, ConnectorUnavailableError, createHttpConnector } from './http-connector.ts';
import { verifyRequest } from './request-signature.ts';

const key = sm2.generateKeyPairHex();
let server: Server | undefined;
afterEach(() => server?.close());

/** A local service answering each request with the next status of `statuses`, recording what came. */
async function service(statuses: number[], hang = false) {
  const seen: { requestId: string; verified: boolean }[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const check = verifyRequest(
        { method: req.method!, path: req.url!, body, headers: req.headers },
        [key.publicKey],
        Date.now(),
      );
      seen.push({ requestId: String(req.headers['x-cn-request-id']), verified: check.ok });
      if (hang) return;
      res.writeHead(statuses.shift() ?? 200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const noWait = { sleep: async () => {}, random: () => 0.5 };

describe('the HTTP connector to an outside system', () => {
  it('signs every request and retries 5xx under the same request id', async () => {
    const { url, seen } = await service([503, 502, 200]);
    const connector = createHttpConnector({ name: 'test', baseUrl: url, key, retries: 2, ...noWait });
    const answer = await connector.request('POST', '/v1/x', { body: { a: 1 }, requestId: 'req-00000001' });
    expect(answer.status).toBe(200);
    expect(seen).toEqual([1, 2, 3].map(() => ({ requestId: 'req-00000001', verified: true })));
    // One call, however many attempts: it succeeded.
    expect(connector.activity()).toMatchObject({ lastFailure: null, recentCalls: 1, recentFailures: 0 });
    expect(connector.activity().lastSuccessAt).toBeInstanceOf(Date);
  });

  it('does not retry a refusal (4xx)', async () => {
    const { url, seen } = await service([400]);
    const connector = createHttpConnector({ name: 'test', baseUrl: url, key, retries: 3, ...noWait });
    await expect(connector.request('POST', '/v1/x', { body: {} })).rejects.toBeInstanceOf(
      ConnectorRefusedError,
    );
    expect(seen).toHaveLength(1);
    expect(connector.activity()).toMatchObject({
      lastSuccessAt: null,
      lastFailure: { kind: 'refused', status: 400 },
      recentCalls: 1,
      recentFailures: 1,
    });
  });

  it('gives up on a hanging system after its time-out, and the open circuit then fails at once', async () => {
    const { url, seen } = await service([], true);
    const connector = createHttpConnector({
      name: 'test',
      baseUrl: url,
      key,
      timeoutMs: 100,
      retries: 1,
      failureThreshold: 2,
      ...noWait,
    });
    await expect(connector.request('GET', '/v1/x')).rejects.toBeInstanceOf(ConnectorUnavailableError);
    expect(connector.circuit()).toBe('open');
    expect(connector.activity().lastFailure).toEqual({ kind: 'unavailable', status: null });
    await expect(connector.request('GET', '/v1/x')).rejects.toThrow(/circuit open/);
    expect(seen).toHaveLength(2);
    expect(connector.activity()).toMatchObject({
      lastFailure: { kind: 'circuit-open', status: null },
      recentCalls: 2,
      recentFailures: 2,
    });
  });
});
