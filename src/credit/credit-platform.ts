import type { FeedPage, PushReceipt } from '../common/credit-feed.ts';
import { type ConnectorView, createHttpConnector } from '../platform/connectors/http-connector.ts';

/** One push as it leaves the outbox: its envelope, and what stays the same on every attempt. */
export interface OutgoingPush {
  /** The stored envelope (`chengnuo.credit-push/1`). */
  envelope: Record<string, unknown>;
  idempotencyKey: string;
  subjectId: string;
  /** The same on every attempt of one push (the outbox row's id). */
  requestId: string;
}

/**
 * CRED-6 and CRED-2: the credit platforms as the platform sees them — where pushes go and whence the
 * district's dishonesty records are pulled. The HTTP implementation below speaks to the reference
 * receiver (docs/credit-push.md); another province's platform plugs in as another implementation.
 */
export interface CreditPlatform {
  readonly connector: ConnectorView;
  /** Delivers one push; a repeat of its idempotency key answers the first receipt. */
  deliver(push: OutgoingPush): Promise<PushReceipt>;
  /** The district's feed records after a position (CRED-2), oldest first. */
  pullFeed(options: { districtCode: string; platform: string; after: string }): Promise<FeedPage>;
}

export function httpCreditPlatform(options: {
  baseUrl: string;
  key: { privateKey: string; publicKey: string };
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  openMs?: number;
}): CreditPlatform {
  const connector = createHttpConnector({ name: 'credit', ...options });
  return {
    connector,
    async deliver(push) {
      // The key and subject travel inside the signed body: the key names the platform (Chinese text,
      // which a header cannot carry), and the receiver needs the whole envelope anyway.
      const answer = await connector.request('POST', '/v1/pushes', {
        body: { ...push.envelope, idempotencyKey: push.idempotencyKey, subjectId: push.subjectId },
        requestId: push.requestId,
      });
      return JSON.parse(answer.body) as PushReceipt;
    },
    async pullFeed({ districtCode, platform, after }) {
      const query = new URLSearchParams({ districtCode, platform, after });
      const answer = await connector.request('GET', `/v1/feeds/dishonesty?${query}`);
      return JSON.parse(answer.body) as FeedPage;
    },
  };
}
