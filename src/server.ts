import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { claimRoutes } from './accounts/claim-routes.ts';
import { endSessionsOf } from './accounts/end-sessions.ts';
import { localPasswordProvider } from './accounts/local-password-provider.ts';
import { resolveSession } from './accounts/resolve-session.ts';
import { accountRoutes } from './accounts/routes.ts';
import { auditRoutes } from './audit-trail/routes.ts';
import { calendarRoutes } from './calendar-admin/routes.ts';
import { caseDeadlineFollower } from './cases/case-deadline-follower.ts';
import { publicCaseRoutes } from './cases/public-routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { connectorStatusRoutes } from './connector-status/routes.ts';
import type { CreditPushRelay } from './credit/push-relay.ts';
import { creditRoutes } from './credit/routes.ts';
import { publicDocumentRoutes } from './documents/public-routes.ts';
import { documentRoutes } from './documents/routes.ts';
import { inboxRoutes } from './inbox/routes.ts';
import { creditOfficeRoutes } from './integrity/credit-office-routes.ts';
import { integrityRoutes } from './integrity/routes.ts';
import { filingDeadlineFollower } from './lists/filing-deadline-follower.ts';
import { publicListRoutes } from './lists/public-routes.ts';
import { createPublishedLists } from './lists/published-lists.ts';
import { listRoutes } from './lists/routes.ts';
import { organisationRoutes } from './organisation/routes.ts';
import { oversightRoutes } from './oversight/routes.ts';
import type { HumanCheck } from './platform/auth/human-check.ts';
import type { IdentityProvider } from './platform/auth/identity-provider.ts';
import type { Config } from './platform/config.ts';
import type { AppContext } from './platform/context.ts';
import { loadFieldKey } from './platform/crypto/field-key.ts';
import { loadPlatformKey, type PlatformKey } from './platform/crypto/platform-key.ts';
import type { Database } from './platform/db/database.ts';
import { buildHttpApp } from './platform/http/app.ts';
import { healthRoutes } from './platform/http/health.ts';
import type { StartingServer } from './platform/http/starting-server.ts';
import { idempotentDatabase } from './platform/idempotency/request-idempotency.ts';
import type { MessageRelay } from './platform/messaging/message-relay.ts';
import { publicPortalRoutes } from './portal/public-routes.ts';
import { publicInspectionRoutes } from './supervision/public-routes.ts';
import { supervisionRoutes } from './supervision/routes.ts';
import { caseVerification } from './verification/case-verification.ts';
import type { OnlineCheckRunner } from './verification/online-check-runner.ts';
import { verificationRoutes } from './verification/routes.ts';
import { taskDeadlineFollower } from './verification/task-deadline-follower.ts';

/** The composition root of the HTTP application: every capability's routes over one context. */
export async function createServer(options: {
  config: Config;
  database: Database;
  clock?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Replaces local passwords, e.g. with the province's unified identity service (统一身份认证). */
  identity?: IdentityProvider;
  humanCheck?: HumanCheck;
  messages?: MessageRelay;
  /** VER-2: the online checks' runner (its connector reaches the data-sharing platform). */
  onlineChecks?: OnlineCheckRunner;
  /** CRED-6: the relay of pushes to the credit platforms, nudged after a retry. */
  creditPushes?: CreditPushRelay;
  platformKey?: PlatformKey;
  /** Randomness for the draw's seeds (SUP-1); tests pass their own. */
  randomBytes?: (size: number) => Uint8Array;
  /** The server that listened while the database was prepared (`src/main.ts`). */
  serverFactory?: StartingServer['serverFactory'];
}): Promise<FastifyInstance> {
  const { config } = options;
  const clock = options.clock ?? (() => new Date());
  // Every transaction a request with an Idempotency-Key opens also records the key.
  const database = idempotentDatabase(options.database);
  // Personal data at rest is encrypted with the deployment's key (loaded before anything reads it).
  await loadFieldKey(options.database.db, config);
  const ctx: AppContext = {
    config,
    database,
    clock,
    identity: options.identity ?? localPasswordProvider(database.db, config.passwordHashing),
    humanCheck: options.humanCheck,
    platformKey: options.platformKey ?? (await loadPlatformKey(database.db, config)),
    messages: options.messages,
    randomBytes: options.randomBytes,
  };
  // A decision's online checks run right after it commits, not at the job's next minute.
  const verification = { ...caseVerification, afterDecision: () => options.onlineChecks?.nudge() };
  const connectors = {
    sms: options.messages?.sms.connector,
    exchange: options.onlineChecks?.source.connector,
    credit: options.creditPushes?.platform.connector,
  };
  // Which version is in force is re-read at most every second, so other instances' publications show promptly.
  const published = createPublishedLists(database.db, { pointerTtlMs: 1000, now: Date.now });
  return buildHttpApp({
    config,
    database: options.database,
    clock,
    logger: options.logger,
    serverFactory: options.serverFactory,
    resolveSession: (token) => resolveSession(database.db, token, clock()),
    routes: [
      healthRoutes(
        database,
        config.version,
        [connectors.sms, connectors.exchange, connectors.credit].filter((c) => c !== undefined),
      ),
      connectorStatusRoutes(ctx, connectors),
      accountRoutes(ctx),
      claimRoutes(ctx),
      organisationRoutes(ctx, endSessionsOf),
      inboxRoutes(ctx),
      calendarRoutes(ctx, [filingDeadlineFollower, caseDeadlineFollower, taskDeadlineFollower]),
      auditRoutes(ctx),
      listRoutes(ctx, published),
      publicListRoutes(ctx, published),
      documentRoutes(ctx),
      publicDocumentRoutes(ctx),
      caseRoutes(ctx, verification),
      publicCaseRoutes(ctx),
      integrityRoutes(ctx),
      creditOfficeRoutes(ctx),
      creditRoutes(ctx, options.creditPushes ?? null),
      verificationRoutes(ctx, options.onlineChecks ?? null),
      supervisionRoutes(ctx),
      publicInspectionRoutes(ctx),
      publicPortalRoutes(ctx),
      oversightRoutes(ctx),
    ],
  });
}
