import type { HumanCheck } from './auth/human-check.ts';
import type { IdentityProvider } from './auth/identity-provider.ts';
import type { Config } from './config.ts';
import type { PlatformKey } from './crypto/platform-key.ts';
import type { Database } from './db/database.ts';
import type { MessageRelay } from './messaging/message-relay.ts';

/** What route plugins are built from. Use cases take only the parts they use. */
export interface AppContext {
  config: Config;
  database: Database;
  /** Time comes in from here, so tests are deterministic. */
  clock: () => Date;
  /** Randomness (the draw's seeds, SUP-1) too; node:crypto when not given. */
  randomBytes?: (size: number) => Uint8Array;
  identity: IdentityProvider;
  /** Asked after repeated failed logins, when a captcha service is configured. */
  humanCheck?: HumanCheck;
  /** The platform's SM2 key, which countersigns commitments (CASE-3). */
  platformKey: PlatformKey;
  /** Delivers the outbox (SMS); absent where no gateway is configured (most tests). */
  messages?: MessageRelay;
}
