// Security issue, point 1 (SPEC §10 Claiming a party): knowing an identifier and a name proves
// nothing. A new account reaches a party's cases and files only after a proof the party controls:
// an SMS code to the phone on record, a code handed over at the counter, the identity provider, or
// (for a company's agent) the company's administrator. Registration tells nobody who is known.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../tests/support/lists.ts';
import { provenPhone } from '../../tests/support/registration.ts';
import {
  createTestApp,
  freshDatabase,
  type Session,
  type TestApp,
  testConfig,
} from '../../tests/support/test-app.ts';
import { parties } from '../organisation/schema.ts';
import { loadPlatformKey } from '../platform/crypto/platform-key.ts';
import { createMessageRelay, type MessageRelay } from '../platform/messaging/message-relay.ts';
import { outboundMessages } from '../platform/messaging/schema.ts';
import { httpSmsSender } from '../platform/messaging/sms-sender.ts';
import { createServer } from '../server.ts';
import { type SmsGateway, startSmsGateway } from '../stand-ins/sms-gateway/gateway.ts';

const LS_APPLICANT = { identifier: '370212197803122135', name: '张立新', phone: '13905321234' };
const LS_COMPANY = { identifier: '91370212MA3C4K7H2P', name: '青岛崂信海洋科技有限公司' };
const STRANGER_PHONE = '13800138000';
/** The mobile number of a company's agent, proven at registration like anyone's. */
const AGENT_PHONE = '13700137000';

let t: TestApp;
let gateway: SmsGateway;
let gatewayPort: number;
let relay: MessageRelay;
let publicKey: string;

async function startGateway(port = 0) {
  gateway = await startSmsGateway({ port, dataDir: null, trustedKeys: [publicKey] });
  gatewayPort = Number(new URL(gateway.url).port);
}

beforeAll(async () => {
  const database = await freshDatabase();
  const key = await loadPlatformKey(database.db, testConfig());
  publicKey = key.publicKey;
  await startGateway();
  relay = createMessageRelay({
    database,
    sms: httpSmsSender({ baseUrl: gateway.url, key, timeoutMs: 1000, retries: 0 }),
    now: () => t.clock.now,
  });
  t = await createTestApp({ database, messages: relay });
});
afterAll(async () => {
  await gateway.close();
  await t.close();
});

let serial = 0;
/** Registers an account claiming whom `claim` names, and signs it in. */
async function register(claim: Record<string, string>): Promise<Session> {
  const username = `claimant-${++serial}`;
  const response = await t.anonymous('POST', '/api/auth/register', {
    username,
    password: 'Register2026',
    districtCode: '370212',
    ...claim,
    ...(await provenPhone(t, claim.phone ?? AGENT_PHONE)),
  });
  expect(response.statusCode, response.body).toBe(201);
  return t.login(username, 'Register2026');
}

const person = (who: { identifier: string; name: string }, phone = STRANGER_PHONE) => ({
  kind: 'person',
  ...who,
  phone,
});
const company = (agentName = '某经办人') => ({
  kind: 'organisation',
  ...LS_COMPANY,
  agentName,
  agentIdNumber: '370212199109300578',
});

/** The codes the simulated handset of `phone` received, newest first. */
async function smsCodes(phone: string): Promise<string[]> {
  await relay.settled();
  await relay.runOnce();
  const messages = (await (await fetch(`${gateway.url}/v1/sms?to=${phone}`)).json()) as { text: string }[];
  return messages.map((m) => /\d{6}/.exec(m.text)?.[0] ?? '');
}

async function seesNothing(session: Session) {
  expect(await ok<unknown[]>(session.request('GET', '/api/cases'))).toEqual([]);
  const file = await session.request('GET', '/api/credit/integrity-file');
  expect(file.statusCode).toBe(403);
  expect(file.json().details).toEqual({ identityCheck: 'pending' });
  const me = await ok<{ party: unknown; identityCheck: string }>(session.request('GET', '/api/auth/me'));
  expect(me.party).toBeNull();
  expect(me.identityCheck).toBe('pending');
}

describe('registration claims a party; it does not get one', () => {
  it("an ID number and a name do not reach a person's cases or integrity file", async () => {
    const owner = await t.login('ls-applicant');
    const theirs = await ok<{ id: string }[]>(owner.request('GET', '/api/cases'));
    expect(theirs.length).toBeGreaterThan(0);
    const stranger = await register(person(LS_APPLICANT));
    await seesNothing(stranger);
    const probe = await stranger.request('GET', `/api/cases/${theirs[0]!.id}`);
    expect(probe.statusCode).toBe(404);
  });

  it("a credit code and a registered name do not reach a company's cases, even as a second account", async () => {
    const stranger = await register(company());
    await seesNothing(stranger);
  });

  it('answers alike whether the identifier is known or not, and a second claim of one identity is no error', async () => {
    const known = await t.anonymous('POST', '/api/auth/register', {
      username: 'probe-known',
      password: 'Register2026',
      districtCode: '370212',
      ...person(LS_APPLICANT),
      ...(await provenPhone(t, STRANGER_PHONE)),
    });
    const again = await t.anonymous('POST', '/api/auth/register', {
      username: 'probe-known-2',
      password: 'Register2026',
      districtCode: '370212',
      ...person(LS_APPLICANT),
      ...(await provenPhone(t, STRANGER_PHONE)),
    });
    const unknown = await t.anonymous('POST', '/api/auth/register', {
      username: 'probe-unknown',
      password: 'Register2026',
      districtCode: '370212',
      ...person({ identifier: '110101199003074477', name: '未见过' }),
      ...(await provenPhone(t, STRANGER_PHONE)),
    });
    for (const response of [known, again, unknown]) {
      expect(response.statusCode).toBe(201);
      expect(Object.keys(response.json()).sort()).toEqual(['csrfToken', 'mustChangePassword']);
    }
    const wrongName = await t.anonymous('POST', '/api/auth/register', {
      username: 'probe-wrong-name',
      password: 'Register2026',
      districtCode: '370212',
      ...person({ identifier: LS_APPLICANT.identifier, name: '别人' }),
      ...(await provenPhone(t, STRANGER_PHONE)),
    });
    expect(wrongName.statusCode).toBe(201);
  });
});

describe('proving a claim by SMS', () => {
  it('sends the code to the phone on record of a known person, never to the phone the claimant gave', async () => {
    const stranger = await register(person(LS_APPLICANT, '13811112222'));
    const sent = await stranger.request('POST', '/api/auth/party-claim/sms-code');
    expect(sent.statusCode).toBe(202);
    expect(await smsCodes('13811112222')).toEqual([]);
    const onRecord = await smsCodes(LS_APPLICANT.phone);
    expect(onRecord.length).toBe(1);
    // Guessing is throttled: five wrong codes, then a wait, whatever the sixth is.
    for (let i = 0; i < 5; i++) {
      const wrong = await stranger.request('POST', '/api/auth/party-claim/verification', { code: '000000' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().field).toBe('code');
    }
    const waits = await stranger.request('POST', '/api/auth/party-claim/verification', { code: onRecord[0] });
    expect(waits.statusCode).toBe(429);
    await seesNothing(stranger);
  });

  it('answers the same when no message goes out (a company, or a name that is not the one on record)', async () => {
    const wrongName = await register(
      person({ identifier: LS_APPLICANT.identifier, name: '李某' }, '13833334444'),
    );
    const org = await register(company('另一经办人'));
    const answers = [
      await wrongName.request('POST', '/api/auth/party-claim/sms-code'),
      await org.request('POST', '/api/auth/party-claim/sms-code'),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.json().message).toMatch(/如该证件号码/);
    }
    expect(await smsCodes('13833334444')).toEqual([]);
  });

  it('lets a person the platform never met prove themself by a code to their own phone, once a minute', async () => {
    const newcomer = { identifier: '370212199109300578', name: '张敏' };
    const session = await register(person(newcomer, '13912345678'));
    expect((await session.request('POST', '/api/auth/party-claim/sms-code')).statusCode).toBe(202);
    const tooSoon = await session.request('POST', '/api/auth/party-claim/sms-code');
    expect(tooSoon.statusCode).toBe(429);
    const [code] = await smsCodes('13912345678');
    const proven = await session.request('POST', '/api/auth/party-claim/verification', { code });
    expect(proven.statusCode).toBe(200);
    const me = await ok<{ party: { name: string; capacity: string }; identityCheck: string }>(
      session.request('GET', '/api/auth/me'),
    );
    expect(me).toMatchObject({ identityCheck: 'proven', party: { name: '张敏', capacity: 'self' } });
    const [party] = await t.database.db
      .select()
      .from(parties)
      .where(eq(parties.identifier, newcomer.identifier));
    expect(party?.phone).toBe('13912345678');
    // The code is gone from the outbox once delivered.
    const rows = await t.database.db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.recipient, '13912345678'));
    expect(rows.every((r) => !/\d{6}/.test(r.body))).toBe(true);
  });
});

describe('proving a claim at the counter', () => {
  it('a code an officer issues after checking the ID card proves the claim of that identity and name only', async () => {
    const officer = await t.login('ls-case-officer');
    const issued = await ok<{ code: string; expiresAt: string }>(
      officer.request('POST', '/api/counter-codes', {
        kind: 'person',
        identifier: LS_APPLICANT.identifier,
        name: LS_APPLICANT.name,
        capacity: 'self',
      }),
      201,
    );
    expect(issued.code).toMatch(/^[2-9A-Z]{8}$/);
    const wrongPerson = await register(person({ identifier: '370212199109300578', name: '张敏' }));
    const refused = await wrongPerson.request('POST', '/api/auth/party-claim/verification', {
      code: issued.code,
    });
    expect(refused.statusCode).toBe(400);
    const bearer = await register(person(LS_APPLICANT));
    const proven = await bearer.request('POST', '/api/auth/party-claim/verification', {
      code: issued.code.toLowerCase().replace(/(....)/, '$1-'),
    });
    expect(proven.statusCode).toBe(200);
    const owner = await t.login('ls-applicant');
    const theirs = await ok<{ id: string }[]>(owner.request('GET', '/api/cases'));
    const mine = await ok<{ id: string }[]>(bearer.request('GET', '/api/cases'));
    expect(mine.map((c) => c.id).sort()).toEqual(theirs.map((c) => c.id).sort());
    // One time only.
    const reuse = await register(person(LS_APPLICANT));
    expect(
      (await reuse.request('POST', '/api/auth/party-claim/verification', { code: issued.code })).statusCode,
    ).toBe(400);
  });

  it('only window officers issue codes', async () => {
    for (const who of ['ls-applicant', 'ls-justice', 'ls-credit']) {
      const session = await t.login(who);
      const response = await session.request('POST', '/api/counter-codes', {
        kind: 'person',
        identifier: LS_APPLICANT.identifier,
        name: LS_APPLICANT.name,
        capacity: 'self',
      });
      expect(response.statusCode, who).toBe(403);
    }
  });
});

describe("a company's agents are linked by its administrator", () => {
  it('the administrator sees the request, accepts it, and can remove the agent again', async () => {
    const agent = await register(company('李经办'));
    await seesNothing(agent);
    const admin = await t.login('ls-company');
    const listing = await ok<{ requests: { claimId: string; agentName: string; nameMatches: boolean }[] }>(
      admin.request('GET', '/api/company/agents'),
    );
    const request = listing.requests.find((r) => r.agentName === '李经办')!;
    expect(request.nameMatches).toBe(true);
    expect(
      (
        await admin.request('POST', `/api/company/agent-requests/${request.claimId}/decision`, {
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(204);
    const cases = await ok<unknown[]>(agent.request('GET', '/api/cases'));
    expect(cases.length).toBeGreaterThan(0);
    const me = await ok<{ party: { capacity: string } }>(agent.request('GET', '/api/auth/me'));
    expect(me.party.capacity).toBe('agent');
    // An agent does not manage agents.
    expect((await agent.request('GET', '/api/company/agents')).statusCode).toBe(403);
    const accounts = await ok<{ accounts: { userId: string; agentName: string }[] }>(
      admin.request('GET', '/api/company/agents'),
    );
    const linked = accounts.accounts.find((a) => a.agentName === '李经办')!;
    expect((await admin.request('DELETE', `/api/company/agents/${linked.userId}`)).statusCode).toBe(204);
    expect(await ok<unknown[]>(agent.request('GET', '/api/cases'))).toEqual([]);
  });

  it('a refused request reaches nothing, and an administrator of one company decides nothing of another', async () => {
    const agent = await register(company('王某'));
    const admin = await t.login('ls-company');
    const { requests } = await ok<{ requests: { claimId: string; agentName: string }[] }>(
      admin.request('GET', '/api/company/agents'),
    );
    const request = requests.find((r) => r.agentName === '王某')!;
    const other = await t.login('st-company');
    const foreign = await other.request('POST', `/api/company/agent-requests/${request.claimId}/decision`, {
      decision: 'approve',
    });
    expect(foreign.statusCode).toBe(404);
    await admin.request('POST', `/api/company/agent-requests/${request.claimId}/decision`, {
      decision: 'refuse',
    });
    expect(await ok<{ status: string }>(agent.request('GET', '/api/auth/party-claim'))).toMatchObject({
      status: 'refused',
    });
    expect(await ok<unknown[]>(agent.request('GET', '/api/cases'))).toEqual([]);
  });
});

describe('the SMS connector loses nothing while the gateway is away', () => {
  it('keeps the code in the outbox while the gateway is down and delivers it once when it is back', async () => {
    const newcomer = { identifier: '370212198302090264', name: '李娜' };
    const session = await register(person(newcomer, '13700001111'));
    await gateway.close();
    expect((await session.request('POST', '/api/auth/party-claim/sms-code')).statusCode).toBe(202);
    await relay.settled();
    await relay.runOnce();
    const [waiting] = await t.database.db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.recipient, '13700001111'));
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
    await startGateway(gatewayPort);
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const [code] = await smsCodes('13700001111');
    expect(code).toMatch(/^\d{6}$/);
    await relay.runOnce();
    expect(await smsCodes('13700001111')).toHaveLength(1);
    expect((await session.request('POST', '/api/auth/party-claim/verification', { code })).statusCode).toBe(
      200,
    );
  });

  it('refuses requests the platform did not sign, and answers a repeated request id with the first receipt', async () => {
    const unsigned = await fetch(`${gateway.url}/v1/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: '13700002222', text: 'x' }),
    });
    expect(unsigned.status).toBe(401);
    const { connector } = relay.sms;
    const first = await connector.request('POST', '/v1/sms', {
      body: { to: '13700002222', text: '测试' },
      requestId: 'repeat-test-0001',
    });
    const second = await connector.request('POST', '/v1/sms', {
      body: { to: '13700002222', text: '测试' },
      requestId: 'repeat-test-0001',
    });
    expect(JSON.parse(second.body).messageId).toBe(JSON.parse(first.body).messageId);
    expect(await smsCodes('13700002222')).toHaveLength(1);
  });
});

describe('the identity provider vouches for whom a user is', () => {
  it('links the account to the party the unified identity service verified, at login', async () => {
    await register(person({ identifier: '370212199109300578', name: '错填' }));
    const username = `claimant-${serial}`;
    const app = await createServer({
      config: testConfig(),
      database: t.database,
      clock: () => t.clock.now,
      logger: false,
      identity: {
        name: 'shandong-unified-identity',
        authenticate: async ({ username: given, password }) => {
          if (given !== username || password !== 'ticket-1') return null;
          const row = await t.database.sql.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [
            given,
          ]);
          return {
            userId: row.rows[0]!.id,
            verifiedParty: { kind: 'person', ...LS_APPLICANT, capacity: 'self' },
          };
        },
      },
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username, password: 'ticket-1' }),
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'cn_session')!.value;
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { cn_session: cookie } });
    expect(me.json()).toMatchObject({ identityCheck: 'proven', party: { name: '张立新', capacity: 'self' } });
    await app.close();
  });
});
