import { createHttpConnector, type HttpConnector } from '../connectors/http-connector.ts';

export interface SmsMessage {
  to: string;
  text: string;
  /** The same on every retry of one message. */
  requestId: string;
}

/** The SMS service as the platform sees it; the HTTP one below, or another province's gateway. */
export interface SmsSender {
  readonly connector: HttpConnector;
  send(message: SmsMessage): Promise<{ receipt: string }>;
}

/** Sends SMS through the gateway at `baseUrl` (the stand-in, or the province's service). */
export function httpSmsSender(options: {
  baseUrl: string;
  key: { privateKey: string; publicKey: string };
  timeoutMs?: number;
  retries?: number;
}): SmsSender {
  const connector = createHttpConnector({ name: 'sms', ...options });
  return {
    connector,
    async send(message) {
      const answer = await connector.request('POST', '/v1/sms', {
        body: { to: message.to, text: message.text },
        requestId: message.requestId,
      });
      return { receipt: (JSON.parse(answer.body) as { messageId: string }).messageId };
    },
  };
}
