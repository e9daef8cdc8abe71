// SPEC §10 Process: the server listens at once and says it is starting until the application is
// ready. The preparation is held here until the test lets it go, so each phase is seen for certain.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freshDatabase, testConfig } from '../../../tests/support/test-app.ts';
import { createServer } from '../../server.ts';
import { listen, startingServer } from './starting-server.ts';

describe('SPEC §10 Process: a starting server', () => {
  it('answers health 503 "starting", the API a bilingual 503 and pages a waiting page, then hands over', async () => {
    const starting = startingServer();
    await listen(starting.server, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${(starting.server.address() as AddressInfo).port}`;
    let letGo!: () => void;
    const preparation = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const application = (async () => {
      const database = await freshDatabase();
      await preparation;
      const app = await createServer({
        config: testConfig(),
        database,
        logger: false,
        serverFactory: starting.serverFactory,
      });
      await starting.serve(app);
      return { app, database };
    })();

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('2');
    expect(await health.json()).toEqual({ status: 'starting' });
    for (const [method, path] of [
      ['GET', '/api/public/districts'],
      ['POST', '/api/auth/login'],
      ['GET', '/assets/index.js'],
    ] as const) {
      const answer = await fetch(`${url}${path}`, { method });
      expect(answer.status, path).toBe(503);
      expect(await answer.json()).toEqual({
        code: 'STARTING',
        message: '系统正在启动，请稍候再试',
        message_en: 'The system is starting; please try again in a moment',
      });
    }
    const page = await fetch(`${url}/workbench/cases`);
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
    const html = await page.text();
    expect(html).toContain('系统正在启动，请稍候…');
    expect(html).toContain('The system is starting, please wait…');
    // It asks health again and opens the page once the answer is ok.
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain("fetch('/api/health'");

    letGo();
    const { app, database } = await application;
    const ready = await fetch(`${url}/api/health`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', version: '0.1.0', connectors: [] });
    expect((await fetch(`${url}/api/public/districts`)).status).toBe(200);
    // A clean stop closes the server the application was handed.
    await app.stopGracefully();
    expect(starting.server.listening).toBe(false);
    await database.close();
  });
});
