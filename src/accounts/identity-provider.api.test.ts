import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testConfig } from '../../tests/support/test-app.ts';
import { users } from '../organisation/schema.ts';
import type { IdentityProvider } from '../platform/auth/identity-provider.ts';
import type { Database } from '../platform/db/database.ts';
import { createServer } from '../server.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('login sits behind an identity-provider interface', () => {
  it('lets a unified identity service replace local passwords without touching the rest', async () => {
    const [justice] = await database.db.select().from(users).where(eq(users.username, 'st-justice'));
    // Stands in for the province's 统一身份认证: it vouches for a one-time ticket, not a password.
    const unified: IdentityProvider = {
      name: 'shandong-unified-identity',
      authenticate: async ({ username, password }) =>
        username === 'st-justice' && password === 'ticket-7f3a' ? { userId: justice!.id } : null,
    };
    const app = await createServer({ config: testConfig(), database, identity: unified, logger: false });
    const login = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'st-justice', password }),
      });
    expect((await login('Chengnuo@2026')).statusCode).toBe(401);
    const ok = await login('ticket-7f3a');
    expect(ok.statusCode).toBe(200);
    const cookie = ok.cookies.find((c) => c.name === 'cn_session')!.value;
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { cn_session: cookie } });
    expect(me.json()).toMatchObject({
      username: 'st-justice',
      role: 'justice-officer',
      agency: { name: '山亭区司法局' },
    });
    await app.close();
  });
});
