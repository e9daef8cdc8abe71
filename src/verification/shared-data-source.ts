import type { RecordType, SharedRecordsAnswer } from '../common/shared-records.ts';
import { ANSWER_HEADERS, verifyAnswer } from '../platform/connectors/answer-signature.ts';
import {
  ConnectorRefusedError,
  type ConnectorView,
  createHttpConnector,
} from '../platform/connectors/http-connector.ts';

export interface SharedDataQuery {
  recordType: RecordType;
  identifier: string;
  name: string | null;
  /** Why the data is asked for (VER-8 shows it to the subject). */
  purpose: string;
  caseNo: string | null;
  requestedBy: { agency: string; user: string };
}

/** A signed answer as received: the parsed records and the exact bytes and signature that prove them. */
export interface SignedSharedAnswer {
  answer: SharedRecordsAnswer;
  bodyText: string;
  signature: string;
  publicKey: string;
}

/** The answer did not come from the service (bad signature, or an answer to another request). */
export class ForgedAnswerError extends Error {
  override name = 'ForgedAnswerError';
}

/**
 * VER-2: the province's data-sharing platform and e-license library as verification uses them. The
 * HTTP implementation below speaks to the stand-in (docs/exchange-api.md); a real provincial
 * platform plugs in as another implementation of this interface.
 */
export interface SharedDataSource {
  readonly connector: ConnectorView;
  query(query: SharedDataQuery, requestId: string): Promise<SignedSharedAnswer>;
}

export function httpSharedDataSource(options: {
  baseUrl: string;
  key: { privateKey: string; publicKey: string };
  /** The service's SM2 public key: answers signed with any other are refused. */
  answerKey: string;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  openMs?: number;
}): SharedDataSource {
  const connector = createHttpConnector({
    name: 'exchange',
    baseUrl: options.baseUrl,
    key: options.key,
    timeoutMs: options.timeoutMs ?? 5000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs,
    openMs: options.openMs,
    freshRequestIdPerAttempt: true,
  });
  return {
    connector,
    async query(query, requestId) {
      const reply = await connector.request('POST', '/v1/records/query', { body: query, requestId });
      if (!verifyAnswer(reply.body, reply.headers, options.answerKey))
        throw new ForgedAnswerError('the answer’s signature does not verify with the service’s key');
      const answer = JSON.parse(reply.body) as SharedRecordsAnswer;
      if (answer.requestId !== reply.requestId || answer.recordType !== query.recordType)
        throw new ForgedAnswerError('the answer is not to this request');
      return {
        answer,
        bodyText: reply.body,
        signature: reply.headers[ANSWER_HEADERS.signature] ?? '',
        publicKey: reply.headers[ANSWER_HEADERS.key] ?? options.answerKey,
      };
    },
  };
}

export { ConnectorRefusedError };
