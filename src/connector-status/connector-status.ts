import { and, count, eq, isNotNull, isNull, max, ne, sql } from 'drizzle-orm';
import { creditFeedCursors, creditPushes } from '../credit/index.ts';
import { districtSettings, jurisdictions } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { ConnectorActivity } from '../platform/connectors/connector-activity.ts';
import type { ConnectorView } from '../platform/connectors/http-connector.ts';
import type { AppDb } from '../platform/db/database.ts';
import { outboundMessages } from '../platform/messaging/schema.ts';
import { dataAccessLog, verificationTasks } from '../verification/index.ts';

export type ConnectorKey = 'exchange' | 'sms' | 'credit';

/** The connectors this instance reaches its outside systems through (absent: not connected here). */
export type Connectors = Partial<Record<ConnectorKey, ConnectorView>>;

const later = (...moments: (Date | null | undefined)[]): Date | null =>
  moments.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);

const idle: ConnectorActivity = {
  lastSuccessAt: null,
  lastFailureAt: null,
  lastFailure: null,
  recentCalls: 0,
  recentFailures: 0,
};

/** What the connector itself says now: whether its system answers, its circuit, its recent calls. */
async function live(connector: ConnectorView | undefined) {
  if (!connector) return { answers: null, circuit: null, activity: idle };
  return { answers: await connector.ping(), circuit: connector.circuit(), activity: connector.activity() };
}

/**
 * 接口状态 (SPEC §10 Stand-ins, VER-2, CRED-6, GOV-4): each outside system the platform reaches for the
 * actor's district — the data-sharing exchange, the SMS gateway, the credit platforms — with whether
 * it answers, its circuit breaker, its last success and failure, its recent failure rate and what
 * waits in its outbox. The records counted are the district's; the SMS outbox, which serves every
 * district and names none, is counted whole.
 */
export async function connectorStatus(options: {
  db: AppDb;
  actor: Actor;
  connectors: Connectors;
  now: Date;
}) {
  const { db, actor } = options;
  const district = actor.districtCode;
  const [place] = await db
    .select({ name: jurisdictions.name })
    .from(jurisdictions)
    .where(eq(jurisdictions.code, district));
  const [exchange, sms, credit] = await Promise.all([
    exchangeStatus(db, district, options.connectors.exchange),
    smsStatus(db, options.connectors.sms),
    creditStatus(db, district, options.connectors.credit),
  ]);
  return {
    district: { code: district, name: place?.name ?? district },
    checkedAt: options.now,
    connectors: [exchange, sms, credit],
  };
}

/** VER-2: the district's queries (VER-8 log) and the online checks waiting for the exchange. */
async function exchangeStatus(db: AppDb, district: string, connector: ConnectorView | undefined) {
  const [now, [log], [waiting], [stopped]] = await Promise.all([
    live(connector),
    db
      .select({
        answered: max(
          sql<Date>`case when ${dataAccessLog.answered} <> 'failed' then ${dataAccessLog.at} end`,
        ),
        failed: max(sql<Date>`case when ${dataAccessLog.answered} = 'failed' then ${dataAccessLog.at} end`),
      })
      .from(dataAccessLog)
      .where(eq(dataAccessLog.districtCode, district)),
    db
      .select({ n: count() })
      .from(verificationTasks)
      .where(and(eq(verificationTasks.districtCode, district), isNotNull(verificationTasks.runDueAt))),
    // A check that stopped retrying leaves its task to the verifier, with the error it ended on.
    db
      .select({ n: count() })
      .from(verificationTasks)
      .where(
        and(
          eq(verificationTasks.districtCode, district),
          isNull(verificationTasks.runDueAt),
          isNotNull(verificationTasks.lastRunError),
          ne(verificationTasks.state, 'done'),
        ),
      ),
  ]);
  return view('exchange', now, {
    lastSuccessAt: toDate(log?.answered),
    lastFailureAt: toDate(log?.failed),
    queued: waiting?.n ?? 0,
    givenUp: stopped?.n ?? 0,
  });
}

/** GOV-4: the SMS outbox, the platform's whole (messages name no district). */
async function smsStatus(db: AppDb, connector: ConnectorView | undefined) {
  const [now, rows] = await Promise.all([
    live(connector),
    db
      .select({ state: outboundMessages.state, n: count(), sentAt: max(outboundMessages.sentAt) })
      .from(outboundMessages)
      .groupBy(outboundMessages.state),
  ]);
  const of = (state: string) => rows.find((r) => r.state === state);
  return {
    ...view('sms', now, {
      lastSuccessAt: toDate(of('sent')?.sentAt),
      lastFailureAt: null,
      queued: of('pending')?.n ?? 0,
      givenUp: of('failed')?.n ?? 0,
    }),
    platformWide: true,
  };
}

/** CRED-6, CRED-2: the district's pushes per credit platform, and where each platform's feed was pulled. */
async function creditStatus(db: AppDb, district: string, connector: ConnectorView | undefined) {
  const [now, [settings], pushes, pulls] = await Promise.all([
    live(connector),
    db
      .select({ platforms: districtSettings.creditPlatforms })
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, district)),
    db
      .select({
        platform: creditPushes.platform,
        queued: sql<number>`count(*) filter (where ${creditPushes.state} = 'pending')::int`,
        givenUp: sql<number>`count(*) filter (where ${creditPushes.state} = 'failed')::int`,
        lastDeliveredAt: max(creditPushes.deliveredAt),
      })
      .from(creditPushes)
      .where(eq(creditPushes.districtCode, district))
      .groupBy(creditPushes.platform),
    db
      .select({ platform: creditFeedCursors.platform, pulledAt: creditFeedCursors.pulledAt })
      .from(creditFeedCursors)
      .where(eq(creditFeedCursors.districtCode, district)),
  ]);
  const names = [...new Set([...(settings?.platforms ?? []), ...pushes.map((p) => p.platform)])];
  const platforms = names.map((name) => {
    const push = pushes.find((p) => p.platform === name);
    return {
      name,
      queued: push?.queued ?? 0,
      givenUp: push?.givenUp ?? 0,
      lastDeliveredAt: toDate(push?.lastDeliveredAt),
      lastPulledAt: pulls.find((p) => p.platform === name)?.pulledAt ?? null,
    };
  });
  return {
    ...view('credit', now, {
      lastSuccessAt: later(...platforms.map((p) => p.lastDeliveredAt)),
      lastFailureAt: null,
      queued: platforms.reduce((n, p) => n + p.queued, 0),
      givenUp: platforms.reduce((n, p) => n + p.givenUp, 0),
    }),
    platforms,
  };
}

/** A connector's row: what it saw itself, with what the stored records add (they outlive a restart). */
function view(
  key: ConnectorKey,
  now: Awaited<ReturnType<typeof live>>,
  stored: { lastSuccessAt: Date | null; lastFailureAt: Date | null; queued: number; givenUp: number },
) {
  const { activity } = now;
  const lastFailureAt = later(activity.lastFailureAt, stored.lastFailureAt);
  return {
    key,
    answers: now.answers,
    circuit: now.circuit,
    lastSuccessAt: later(activity.lastSuccessAt, stored.lastSuccessAt),
    lastFailureAt,
    // How it failed is known of the calls this instance made; a later stored failure has no detail.
    lastFailure: lastFailureAt && lastFailureAt === activity.lastFailureAt ? activity.lastFailure : null,
    recentCalls: activity.recentCalls,
    recentFailures: activity.recentFailures,
    queued: stored.queued,
    givenUp: stored.givenUp,
    platformWide: false,
    platforms: [],
  };
}

/** Aggregates over timestamps come back as text from some drivers: read them as moments. */
const toDate = (value: Date | string | null | undefined): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(value);
